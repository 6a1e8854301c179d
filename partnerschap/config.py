"""The small settings file ``<config dir>/config.yaml``.

The file is flat ``key: value`` YAML. It is read on every start (for the language), so it
is parsed by a few lines of code here instead of importing PyYAML (0.04 s) for three keys.
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


def read_settings(path: Path | None = None) -> dict[str, str]:
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    settings: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        key, value = line.split(":", 1)
        key = key.strip()
        if key in SETTINGS:
            settings[key] = _unquote(value)
    return settings


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
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# partnerschap settings (partnerschap config set KEY VALUE)"]
    lines += [f'{k}: "{v}"' for k, v in settings.items()]
    from partnerschap.atomic_write import write_file

    write_file(path, "\n".join(lines) + "\n")
    return path
