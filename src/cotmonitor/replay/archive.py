"""Reading the members of a zip archive (an Inspect ``.eval`` log), whatever it compresses with.

Python's ``zipfile`` reads stored, deflate, bzip2 and lzma members. Inspect AI writes deflate
and, in recent versions, Zstandard (zip method 93), which ``zipfile`` cannot decompress before
Python 3.14: those members are read here from their local header and decompressed with the
``zstandard`` package (``cotmonitor[replay]``). Every way a member can fail (an unknown
method, encryption, a bad CRC, a truncated archive, a member past the size cap) becomes an
``ArchiveError`` whose message names the member, never a bare traceback.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib
from typing import IO

ZSTANDARD = 93
"""The zip compression method number of Zstandard (APPNOTE 4.4.5)."""

MAX_MEMBER_BYTES = 1 << 28
"""A member larger than this (256 MiB) uncompressed is refused: memory stays bounded."""

_LOCAL_HEADER = struct.Struct("<4s22xHH")
_LOCAL_MAGIC = b"PK\x03\x04"
_METHODS = {
    zipfile.ZIP_STORED: "stored",
    zipfile.ZIP_DEFLATED: "deflate",
    zipfile.ZIP_BZIP2: "bzip2",
    zipfile.ZIP_LZMA: "lzma",
    ZSTANDARD: "zstandard",
}
# What a damaged member raises while it is decompressed, from each codec.
_DAMAGE = (
    EOFError,
    OSError,
    zlib.error,
    lzma.LZMAError,
    zipfile.BadZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
    struct.error,
)


class ArchiveError(Exception):
    """A member (or the whole archive) cannot be read; the message says which and why."""


def method_name(method: int) -> str:
    """A compression method's name, or its number when unknown."""
    return _METHODS.get(method, f"method {method}")


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
    """The uncompressed bytes of member ``name``.

    Raises:
        ArchiveError: the member cannot be read (the message names it and says why).
    """
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise ArchiveError(f"{name}: no such member") from exc
    if info.flag_bits & 0x1:
        raise ArchiveError(f"{name}: encrypted members cannot be read")
    try:
        if info.compress_type == ZSTANDARD and not _zipfile_reads_zstandard():
            data = _read_zstandard(archive, info, limit)
        else:
            with archive.open(info) as member:
                data = member.read(limit + 1)
    except ArchiveError:
        raise
    except _DAMAGE as exc:
        method = method_name(info.compress_type)
        raise ArchiveError(f"{name}: unreadable {method} member ({_brief(exc)})") from exc
    if len(data) > limit:
        raise ArchiveError(f"{name}: larger than {limit:,} bytes uncompressed")
    return data


def _zipfile_reads_zstandard() -> bool:
    return hasattr(zipfile, "ZIP_ZSTANDARD")


def _read_zstandard(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        import zstandard
    except ImportError as exc:
        raise ArchiveError(
            f"{info.filename}: Zstandard-compressed; install cotmonitor[replay] to read it"
        ) from exc
    compressed = _raw_member(archive, info)
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(compressed))
    try:
        data = reader.read(limit + 1)
    except zstandard.ZstdError as exc:
        raise ArchiveError(f"{info.filename}: unreadable zstandard member ({exc})") from exc
    if len(data) <= limit and zlib.crc32(data) != info.CRC:
        raise ArchiveError(f"{info.filename}: CRC check failed (the archive is damaged)")
    return data


def _raw_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The compressed bytes of a member, read past its local header."""
    handle: IO[bytes] | None = archive.fp
    if handle is None:
        raise ArchiveError(f"{info.filename}: the archive is closed")
    handle.seek(info.header_offset)
    magic, name_length, extra_length = _LOCAL_HEADER.unpack(handle.read(_LOCAL_HEADER.size))
    if magic != _LOCAL_MAGIC:
        raise ArchiveError(f"{info.filename}: bad local header (the archive is damaged)")
    handle.seek(name_length + extra_length, io.SEEK_CUR)
    compressed = handle.read(info.compress_size)
    if len(compressed) != info.compress_size:
        raise ArchiveError(f"{info.filename}: the archive ends inside this member")
    return compressed


def _brief(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
