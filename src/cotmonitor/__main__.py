"""``python -m cotmonitor``: the same command line as the ``cotmonitor`` script."""

from cotmonitor.cli import main

raise SystemExit(main())
