"""Command line: `ush-izin --help`."""
