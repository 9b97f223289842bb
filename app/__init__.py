"""USH İzin: remote health service (USH) activity permit handling for İSM, SHGM and KTS officers."""

__version__ = "0.1.0"
APP_NAME = "ush-izin"
APP_TITLE = "USH İzin"
