"""Compiled regular expressions kept on disk between runs.

Compiling the coding cues and principle signals (a few dozen alternations of 1,000 to 3,000
characters) takes Python's regex compiler about 0.1 s, a third of a whole ``analyze`` run.
The compiled form is a list of integers that :func:`_sre.compile` turns back into a pattern
in microseconds, so :func:`compile` keeps it in one small file in the user's cache folder
and the next run skips the compiler. The pattern behaves exactly as ``re.compile``'s: it is
the same compiled code.

The file is keyed by the interpreter (``cache_tag``, ``_sre.MAGIC``, ``_sre.CODESIZE``) and
by partnerschap's version, so another Python version or release never reads it; anything
unexpected (no cache folder, a damaged or foreign file, a change in the interpreter's
internals) falls back to ``re.compile``. Only regular expressions built from the YAML
files and the code are stored, never transcript text. Set
``PARTNERSCHAP_REGEX_CACHE=0`` to switch the cache off.

:func:`compile_built` keys a pattern by the text it is built from (the phrases of a YAML
list) rather than by the pattern itself, so a warm run skips building it too;
:func:`cached_data` keeps the parsed coding rules the patterns are built from. Each entry
notes the day it was last used; entries unused for :data:`KEEP_DAYS` days are dropped, so
patterns of phrases that have since changed do not pile up.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from partnerschap import __version__

try:  # Python 3.11+
    from re import _compiler as _sre_compiler
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

#: One file per interpreter, so two Python versions do not overwrite each other's cache.
FILE_NAME = f"regex-cache.{sys.implementation.cache_tag}.marshal"
#: Entries kept at most (the most recently used); a release needs about 200.
MAX_ENTRIES = 400
#: Entries not used for this many days are dropped (patterns of changed phrases).
KEEP_DAYS = 30

# The file format, the release (which may build patterns differently from the same
# phrases) and the interpreter's regex internals.
_VERSION = (4, __version__, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)

#: key -> (day last used, payload); a payload is (extra..., pattern, compiled parts...)
_entries: dict[bytes, tuple[int, tuple[Any, ...]]] | None = None
_dirty = False
_registered = False


def cache_path() -> Path | None:
    """The cache file: in ``$PARTNERSCHAP_HOME/cache`` or the platform's user cache folder."""
    if os.environ.get("PARTNERSCHAP_REGEX_CACHE", "1") == "0":
        return None
    home = os.environ.get("PARTNERSCHAP_HOME")
    if home:
        return Path(home).expanduser() / "cache" / FILE_NAME
    try:
        from platformdirs import user_cache_path
    except ImportError:  # pragma: no cover
        return None
    return user_cache_path("partnerschap", appauthor=False) / FILE_NAME


def _today() -> int:
    return int(time.time() // 86400)


def _load() -> dict[bytes, tuple[int, tuple[Any, ...]]]:
    global _entries
    if _entries is None:
        _entries = {}
        path = cache_path()
        if path is not None:
            try:
                version, entries = marshal.loads(path.read_bytes())
                if version == _VERSION and isinstance(entries, dict):
                    _entries = entries
            except (OSError, ValueError, EOFError, TypeError):
                pass
    return _entries


def _changed() -> None:
    global _dirty, _registered
    _dirty = True
    if not _registered:
        atexit.register(save)
        _registered = True


def save() -> None:
    """Write the entries if they changed (called at exit; at most once a day when nothing
    new was compiled); failures are ignored, the cache is optional."""
    global _dirty
    path = cache_path()
    if not _dirty or path is None or _entries is None:
        return
    _dirty = False
    oldest = _today() - KEEP_DAYS
    recent = sorted(
        ((key, entry) for key, entry in _entries.items() if entry[0] >= oldest),
        key=lambda item: item[1][0],
        reverse=True,
    )
    entries = dict(recent[:MAX_ENTRIES])
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        from partnerschap.paths import ensure_private_dir

        ensure_private_dir(path.parent)  # 0700, as every folder of the tool's own
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps((_VERSION, entries)))
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()


def _key(material: str, flags: int) -> bytes:
    return hashlib.blake2b(f"{flags}\0{material}".encode(), digest_size=16).digest()


def _compiled_parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re``'s compiler hands to ``_sre.compile`` (as in ``re._compiler.compile``)."""
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],  # opcodes are int subclasses, which marshal refuses
        int(parsed.state.groups - 1),
        {str(k): int(v) for k, v in groupindex.items()},
        tuple(indexgroup),
    )


# The code is stored as machine words (bytes), not a list of numbers: a file of bytes loads
# in a fraction of the time, and only the patterns a run uses are unpacked.
_PACKED = array("I").itemsize == _sre.CODESIZE


def _pack(parts: tuple[Any, ...]) -> tuple[Any, ...]:
    flags, code, *rest = parts
    return (flags, array("I", code).tobytes() if _PACKED else code, *rest)


def _unpack(parts: tuple[Any, ...]) -> tuple[Any, ...]:
    flags, code, *rest = parts
    if isinstance(code, bytes):
        words = array("I")
        words.frombytes(code)
        code = words.tolist()
    return (flags, code, *rest)


def _cached(key: bytes) -> tuple[Any, ...] | None:
    """The stored payload under ``key`` (and a note that it was used today)."""
    entries = _load()
    entry = entries.get(key)
    if entry is None:
        return None
    today = _today()
    if entry[0] != today:
        entries[key] = (today, entry[1])
        _changed()
    return entry[1]


def _revive(key: bytes, pattern: str, parts: tuple[Any, ...]) -> re.Pattern[str] | None:
    try:
        return _sre.compile(pattern, *_unpack(parts))
    except Exception:  # a damaged entry: compiled afresh by the caller
        _load().pop(key, None)
        return None


def _store(key: bytes, pattern: str, flags: int, extra: tuple[Any, ...] = ()) -> re.Pattern[str]:
    try:
        parts = _compiled_parts(pattern, flags)
        compiled = _sre.compile(pattern, *parts)
    except re.error:
        raise
    except Exception:  # the interpreter's internals differ: no caching
        return re.compile(pattern, flags)
    _load()[key] = (_today(), (*extra, pattern, *_pack(parts)))
    _changed()
    return compiled


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """``re.compile(pattern, flags)``, from the disk cache when it is there.

    Raises ``re.error`` for an invalid pattern, as ``re.compile`` does.
    """
    key = _key(pattern, flags)
    entry = _cached(key)
    if entry is not None and len(entry) == 6 and entry[0] == pattern:
        found = _revive(key, pattern, entry[1:])
        if found is not None:
            return found
    return _store(key, pattern, flags)


def _built_key(material: str, flags: int) -> bytes:
    return _key("\1built\0" + material, flags)


def has_built(material: str, flags: int = 0) -> bool:
    """Whether :func:`compile_built` has compiled ``material`` before (so it is valid)."""
    return _built_key(material, flags) in _load()


def compile_built(
    material: str,
    build: Callable[[], tuple[str, Any]],
    flags: int = 0,
    check: Callable[[Any], bool] | None = None,
) -> tuple[re.Pattern[str], Any]:
    """The pattern ``build()`` returns, compiled, with what ``build`` returned beside it
    (``extra``, anything :mod:`marshal` can store). Cached under ``material`` (the text
    the pattern is built from), so that a warm run skips building it as well as compiling.

    ``build`` returns ``(pattern, extra)`` and must be deterministic: the same
    ``material`` must always give the same result. A stored ``extra`` that ``check``
    refuses (written by another build of the code) is built again. Whatever ``build``
    raises, or ``re.error``, reaches the caller.
    """
    key = _built_key(material, flags)
    entry = _cached(key)
    if entry is not None and len(entry) == 7 and (check is None or check(entry[0])):
        found = _revive(key, entry[1], entry[2:])
        if found is not None:
            return found, entry[0]
    pattern, extra = build()
    return _store(key, pattern, flags, (extra,)), extra


def _data_key(material: str) -> bytes:
    return _key("\2data\0" + material, 0)


def cached_data(material: str, build: Callable[[], Any]) -> Any:
    """What ``build()`` returns for ``material`` (such as the text of a YAML file), kept in
    the same file, so a warm run skips building it: reading the coding rules' YAML takes
    about 8 ms, loading the stored result a tenth of a millisecond.

    ``build`` must be deterministic and return what :mod:`marshal` can store (dicts, lists,
    text, numbers); anything else is returned without being kept.
    """
    key = _data_key(material)
    entry = _cached(key)
    if entry is not None and len(entry) == 1:
        return entry[0]
    value = build()
    try:
        marshal.dumps(value)
    except ValueError:
        return value
    _load()[key] = (_today(), (value,))
    _changed()
    return value
