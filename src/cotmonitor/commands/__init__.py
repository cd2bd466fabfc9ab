"""The subcommands of the ``cotmonitor`` CLI, one module each."""
