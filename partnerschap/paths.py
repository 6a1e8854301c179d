"""Where partnerschap keeps its data: the platform's user dirs, or ``PARTNERSCHAP_HOME``."""

from __future__ import annotations

import os
from pathlib import Path

APP = "partnerschap"
LOG_FILE = "partnerschap.db"  # the reflection log, in the data dir


def home_override() -> Path | None:
    value = os.environ.get("PARTNERSCHAP_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    override = home_override()
    if override:
        return override
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False)


def config_dir() -> Path:
    override = home_override()
    if override:
        return override
    from platformdirs import user_config_path

    return user_config_path(APP, appauthor=False)


def user_principles_dir() -> Path:
    return data_dir() / "principles"


#: ``partnerschap --principles DIR <command>``: the folder given before the command.
_principles_before_command: Path | None = None


def set_principles_dir(path: Path | None) -> None:
    """The folder of ``--principles`` given before the command (None: not given)."""
    global _principles_before_command
    _principles_before_command = path


def extra_principles_dirs(option: Path | None = None) -> list[Path]:
    """``--principles DIR`` wins (after the command, then before it); otherwise
    ``PARTNERSCHAP_PRINCIPLES`` (os.pathsep-separated)."""
    if option is not None:
        return [option]
    if _principles_before_command is not None:
        return [_principles_before_command]
    value = os.environ.get("PARTNERSCHAP_PRINCIPLES")
    if not value:
        return []
    return [Path(p).expanduser() for p in value.split(os.pathsep) if p]


def make_private_dirs(path: Path) -> Path:
    """Create ``path`` and the folders above it that are missing, each readable for the
    owner only (0700, whatever the umask); folders that were there are left as they are."""
    missing: list[Path] = []
    here = Path(path)
    while not here.exists() and not here.is_symlink() and here != here.parent:
        missing.append(here)
        here = here.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # made at the same moment by another run
            continue
        if os.name == "posix":
            os.chmod(folder, 0o700)  # mkdir's mode is reduced by the umask
    if not missing and not Path(path).is_dir():
        Path(path).mkdir(exist_ok=True)  # a file there: the same error as mkdir gives
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and the missing folders above it, see :func:`make_private_dirs`)
    and make it readable for the owner only: one of the tool's own folders."""
    make_private_dirs(path)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
