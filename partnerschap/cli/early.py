"""What a command starts before Typer and the rest of the command-line layer are imported.

Only one thing so far: when the passphrase of an encrypted log comes from a file
(``PARTNERSCHAP_PASSPHRASE_FILE``) and the command opens the log, the key derivation
(about 0.1 s of PBKDF2) starts in a background thread at once, so that it overlaps the
imports instead of following them. The key is still checked where the log is opened
(:func:`partnerschap.cli.unlock.key_for`); a missing file, a wrong passphrase or a plain
log change nothing here. No Typer, rich or store import in this module.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

PASSPHRASE_ENV = "PARTNERSCHAP_PASSPHRASE_FILE"
# The commands that open the log (the others never need its key).
LOG_COMMANDS = frozenset({"reflect", "log", "export", "import", "paths"})
PASSPHRASE_MAX_BYTES = 64 * 1024


def without_line_end(text: str) -> str:
    """A passphrase file's text without its final line break (``\\n`` or ``\\r\\n``)."""
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    return text


def start(argv: Sequence[str]) -> None:
    """Start deriving the log key early when ``argv`` runs a command that opens the log."""
    value = os.environ.get(PASSPHRASE_ENV)
    if not value or not LOG_COMMANDS.intersection(argv) or {"--help", "-h"}.intersection(argv):
        return
    try:
        filename = os.path.expanduser(value)
        if not os.path.isfile(filename) or os.path.getsize(filename) > PASSPHRASE_MAX_BYTES:
            return
        with open(filename, encoding="utf-8") as f:
            passphrase = without_line_end(f.read())
    except (OSError, UnicodeDecodeError):
        return  # said properly when the log is opened
    from partnerschap.log import kdf
    from partnerschap.paths import LOG_FILE, data_dir

    kdf.start(os.path.join(data_dir(), LOG_FILE), passphrase)
