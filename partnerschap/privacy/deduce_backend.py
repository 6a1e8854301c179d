"""Optional backend: deduce 3.x (rule-based Dutch de-identification, UMC Utrecht).

Installed with the ``partnerschap[privacy]`` extra. It adds what the built-in rules do
not find: full names without a role word, places and institutions.

deduce is imported lazily, only when asked for. Constructing ``deduce.Deduce()`` is slow
(the first time on a machine it builds lookup structures, about 160 s; later about 10 s
per process), after which a text takes milliseconds. Therefore one instance is cached per
process, and :func:`warm_up_in_background` lets a command line start building it early.
"""

from __future__ import annotations

import contextlib
import importlib.util
import threading
from typing import Any

__all__ = [
    "DEDUCE_TAGS",
    "PrivacyExtraMissing",
    "deduce_available",
    "deduce_candidates",
    "get_deduce",
    "warm_up_in_background",
]

#: deduce annotation tags mapped to finding kinds. Tags not listed here (datum, leeftijd,
#: bsn, id, telefoonnummer, emailadres, url) are left to the precise built-in rules.
DEDUCE_TAGS: dict[str, str] = {
    "persoon": "name",
    "patient": "name",
    "locatie": "place",
    "ziekenhuis": "institution",
    "zorginstelling": "institution",
    "instelling": "institution",
}


class PrivacyExtraMissing(ImportError):
    """deduce was asked for but is not installed."""

    def __init__(self, detail: str = "") -> None:
        message = (
            "The deduce backend is not installed. "
            "Install it with: pip install 'partnerschap[privacy]'"
        )
        if detail:
            message += f" ({detail})"
        super().__init__(message)


_lock = threading.Lock()
_instance: Any = None
_warm_thread: threading.Thread | None = None


def deduce_available() -> bool:
    """Whether deduce can be imported, without importing it."""
    return importlib.util.find_spec("deduce") is not None


def get_deduce() -> Any:
    """The process-wide ``deduce.Deduce`` instance, built on first use (thread-safe)."""
    global _instance
    if _instance is not None:
        return _instance
    with _lock:
        if _instance is None:
            try:
                import deduce
            except ImportError as exc:
                raise PrivacyExtraMissing(str(exc)) from exc
            _instance = deduce.Deduce()
    return _instance


def warm_up_in_background() -> threading.Thread:
    """Start building the deduce instance in a daemon thread and return the thread.

    Raises :class:`PrivacyExtraMissing` at once when deduce is not installed. Calling it
    again while a warm-up runs returns the same thread. A later :func:`get_deduce` (or
    ``detect(..., use_deduce=True)``) waits for the warm-up instead of building twice.
    """
    global _warm_thread
    if not deduce_available():
        raise PrivacyExtraMissing()
    with _lock:
        if _warm_thread is not None and (_warm_thread.is_alive() or _instance is not None):
            return _warm_thread

        def build() -> None:
            # A failure is raised again by the next get_deduce() in the caller's thread.
            with contextlib.suppress(Exception):
                get_deduce()

        _warm_thread = threading.Thread(target=build, name="deduce-warm-up", daemon=True)
        _warm_thread.start()
        return _warm_thread


def deduce_candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) for the names, places and institutions deduce finds."""
    document = get_deduce().deidentify(text)
    found: list[tuple[int, int, str]] = []
    for annotation in document.annotations:
        kind = DEDUCE_TAGS.get(str(annotation.tag).split("+")[0])
        if kind is None:
            continue
        start, end = int(annotation.start_char), int(annotation.end_char)
        # deduce may include surrounding whitespace or punctuation; trim it.
        while start < end and not (text[start].isalnum() or text[start] in "'"):
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end > start:
            found.append((start, end, kind))
    return found
