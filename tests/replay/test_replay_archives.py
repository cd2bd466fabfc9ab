"""Inspect ``.eval`` archives in every compression Inspect writes; unreadable ones fail cleanly."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pytest
import zstandard

from cotmonitor.cli import main
from cotmonitor.replay import ReplayOptions, read_traces, replay

LOGS = Path(__file__).parents[2] / "examples" / "logs"
EXAMPLE = LOGS / "inspect-moons.eval"


def members() -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(EXAMPLE) as source:
        return [(name, source.read(name)) for name in source.namelist()]


def write_zstandard_zip(path: Path, entries: list[tuple[str, bytes]]) -> None:
    """A zip whose members are Zstandard-compressed (method 93), as inspect-ai 0.3.285 writes."""
    local, central = b"", b""
    for name, data in entries:
        packed = zstandard.ZstdCompressor().compress(data)
        crc, raw_name = zlib.crc32(data), name.encode()
        sizes = (crc, len(packed), len(data), len(raw_name), 0)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 63, 63, 0, 93, 0, 0x21,
                               *sizes, 0, 0, 0, 0, len(local)) + raw_name  # fmt: skip
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 63, 0, 93, 0, 0x21, *sizes)
        local += raw_name + packed
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                      len(central), len(local), 0)  # fmt: skip
    path.write_bytes(local + central + end)


def test_a_zstandard_eval_log_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "log.eval"
    write_zstandard_zip(path, members())
    with zipfile.ZipFile(path) as archive:
        assert {info.compress_type for info in archive.infolist()} == {93}
    expected = [t.model_dump() for t in read_traces(str(EXAMPLE))]
    assert [t.model_dump() for t in read_traces(str(path))] == expected
    assert main(["replay", str(path), "--fail-on", "high"]) == 1  # the hinted sample alerts
    assert "2 traces checked" in capsys.readouterr().out


@pytest.mark.parametrize(
    "method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
)
def test_every_zipfile_compression_is_read(tmp_path: Path, method: int) -> None:
    path = tmp_path / "log.eval"
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in members():
            archive.writestr(name, data)
    result = replay(ReplayOptions(paths=[str(path)]))
    assert (result.summary.traces, result.summary.skipped_total) == (2, 0)


def test_a_damaged_zstandard_member_is_skipped_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "log.eval"
    write_zstandard_zip(path, members())
    data = bytearray(path.read_bytes())
    packed = zstandard.ZstdCompressor().compress(dict(members())["samples/moons-1_epoch_1.json"])
    at = bytes(data).index(packed)
    data[at + 10 : at + 30] = b"\x00" * 20
    path.write_bytes(bytes(data))
    result = replay(ReplayOptions(paths=[str(path)]))
    assert result.summary.traces == 1
    (example,) = result.summary.skip_examples["corrupt_input"]
    assert example.startswith(f"{path}#1: samples/moons-1_epoch_1.json: ")


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 not really a zip", b"PK\x03\x04" + b"\x00" * 200],
    ids=["garbage", "zeros"],
)
def test_an_unreadable_archive_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    bad = tmp_path / "bad.eval"
    bad.write_bytes(content)
    assert main(["replay", str(bad), str(EXAMPLE), "--quiet"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"cotmonitor replay: {bad}: not a readable .eval archive")


def test_an_archive_with_a_broken_header_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "log.eval"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members():
            archive.writestr(name, b"{not json" if name == "header.json" else data)
    assert main(["replay", str(path), "--quiet"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"cotmonitor replay: {path}: header.json: not valid JSON")
