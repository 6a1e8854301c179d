"""The small settings file ``<config dir>/config.yaml``.

The file is flat ``key: value`` YAML. It is read on every start (for the language), so it
is parsed by a few lines of code here instead of importing PyYAML (0.04 s) for three keys;
only lines that start a top-level key count (an indented line continues a value). It is
written by the YAML emitter (``yaml.safe_dump``), never by formatting strings, so no value
can add a line of its own. Values are checked before they are written: the language
against :data:`SETTINGS`, the default set (by the command) against the sets that exist.
Environment variables and command-line options win over the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from partnerschap.errors import PartnerschapError
from partnerschap.paths import config_dir

SETTINGS: dict[str, tuple[str, ...] | None] = {
    "language": ("nl", "en"),
    "default_set": None,  # any set id
}


def config_path() -> Path:
    return config_dir() / "config.yaml"


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    if " #" in value:
        value = value.split(" #", 1)[0].strip()
    return value


#: Largest settings file that is read; a few lines are expected.
MAX_BYTES = 64 * 1024


def _read(path: Path) -> str:
    """The file's text; a refusal for a device, a FIFO, a folder, too large or not UTF-8.

    Checked before it is read, so ``config.yaml`` pointing at ``/dev/zero`` or a FIFO never
    stops a command (it is read at every start).
    """
    from partnerschap.safe_files import read_bounded

    data = read_bounded(path, MAX_BYTES)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PartnerschapError("error.config.not_utf8", path=str(path)) from None


def read_checked(
    path: Path | None = None,
) -> tuple[dict[str, tuple[str, int]], PartnerschapError | None]:
    """The settings in the file with the line each is on (``{key: (value, line)}``), and why
    the file cannot be read (None when it can, or when there is none: then no settings)."""
    path = path or config_path()
    try:
        text = _read(path)
    except PartnerschapError as exc:
        return {}, None if getattr(exc, "reason", None) == "not_found" else exc
    settings: dict[str, tuple[str, int]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw or raw[0].isspace():  # a value continued from the line above
            continue
        line = raw.strip()
        if line.startswith("#") or ":" not in line:
            continue
        key, value = line.split(":", 1)
        key = key.strip()
        if key in SETTINGS:
            settings[key] = (_unquote(value), number)
    return settings, None


def read_located(path: Path | None = None) -> dict[str, tuple[str, int]]:
    """The settings in the file with the line each is on; none when it cannot be read (the
    defaults apply; the start of every command says why, see :func:`read_checked`)."""
    return read_checked(path)[0]


def read_settings(path: Path | None = None) -> dict[str, str]:
    return {key: value for key, (value, _) in read_located(path).items()}


def read_setting(key: str) -> str | None:
    if os.environ.get("PARTNERSCHAP_HOME") is None and os.environ.get("PARTNERSCHAP_NO_CONFIG"):
        return None
    return read_settings().get(key) or None


def write_setting(key: str, value: str, path: Path | None = None) -> Path:
    if key not in SETTINGS:
        raise PartnerschapError("config.unknown_key", key=key, known=", ".join(SETTINGS))
    allowed = SETTINGS[key]
    if allowed is not None and value not in allowed:
        raise PartnerschapError(
            "config.bad_value", key=key, value=value, allowed=", ".join(allowed)
        )
    path = path or config_path()
    settings = read_settings(path)
    settings[key] = value
    import yaml

    from partnerschap.atomic_write import write_failed, write_file
    from partnerschap.paths import ensure_private_dir

    try:
        ensure_private_dir(path.parent)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    body = yaml.safe_dump(
        settings, allow_unicode=True, default_flow_style=False, sort_keys=False, width=1000
    )
    write_file(path, HEADER + body)
    return path


HEADER = "# partnerschap settings (partnerschap config set KEY VALUE)\n"
