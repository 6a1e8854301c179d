"""The disk cache of compiled regular expressions gives exactly what ``re.compile`` gives."""

from __future__ import annotations

import re

import pytest

from partnerschap import regex_cache
from partnerschap.transcript.coding import _analysis_data
from partnerschap.transcript.phrases import _alternation


@pytest.fixture
def fresh(monkeypatch):
    """An empty in-memory cache (the file lives in the test's temporary home)."""
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_dirty", False)
    yield regex_cache
    monkeypatch.setattr(regex_cache, "_entries", None)


def patterns() -> list[str]:
    out = []
    for spec in _analysis_data(None).values():
        for key in ("directive", "reflection", "closed_wh", "compliment", "open_requests"):
            rx = _alternation([str(p) for p in spec.get(key) or []])
            if rx:
                out.append(rx)
    return out + [r"(?P<name>[A-Z]\w+) (?P=name)", r"(?i)hoe\s+vaak", r"a|b"]


TEXTS = [
    "U moet gewoon eerder naar bed, dus u zegt dat het niet lukt?",
    "Wat goed dat u dat zo samen doet. Hoe vaak gaat het mis?",
    "You have to stop. So you're saying it's hard. Anna Anna",
    "HOE   VAAK",
]


def test_cached_patterns_behave_as_re_compile(fresh, isolated_home):
    cold = {rx: fresh.compile(rx) for rx in patterns()}
    fresh.save()
    assert fresh.cache_path() == isolated_home / "cache" / regex_cache.FILE_NAME
    assert fresh.cache_path().is_file()
    fresh._entries = None  # as a new process: read from the file
    for rx, first in cold.items():
        again = fresh.compile(rx)
        plain = re.compile(rx)
        assert again.pattern == plain.pattern == first.pattern
        assert again.flags == plain.flags and again.groupindex == plain.groupindex
        for text in TEXTS:
            norm = text.lower()
            assert [m.span() for m in again.finditer(norm)] == [
                m.span() for m in plain.finditer(norm)
            ]
            assert [m.groups() for m in again.finditer(text)] == [
                m.groups() for m in plain.finditer(text)
            ]


def test_flags_are_part_of_the_key(fresh):
    assert fresh.compile("abc").search("ABC") is None
    assert fresh.compile("abc", re.IGNORECASE).search("ABC") is not None


def test_invalid_pattern_raises_re_error(fresh):
    with pytest.raises(re.error):
        fresh.compile("(unbalanced")


def test_damaged_or_foreign_file_is_ignored(fresh):
    path = fresh.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not marshal at all")
    assert fresh.compile("hoe vaak").search("en hoe vaak dan") is not None
    fresh.save()
    fresh._entries = None
    assert fresh.compile("hoe vaak").search("hoe vaak") is not None


def test_switched_off(fresh, monkeypatch):
    monkeypatch.setenv("PARTNERSCHAP_REGEX_CACHE", "0")
    assert fresh.cache_path() is None
    assert fresh.compile("x+").fullmatch("xxx")
    fresh.save()  # nothing to write to, no error


ANALYZE_AND_REDACT = """
import sys
from partnerschap import regex_cache
from partnerschap.transcript import analyze_file
from partnerschap.transcript.privacy import redact_result
result = redact_result(analyze_file(sys.argv[1], ["Anna"], set_file=sys.argv[2]))
print(len(regex_cache._load()), int(regex_cache._dirty))
"""


def test_a_second_process_finds_every_pattern_in_the_cache(tmp_path, isolated_home):
    """Patterns built from word sets must not depend on the hash seed: otherwise every run
    misses the cache, compiles afresh and the file keeps growing."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    transcript = tmp_path / "gesprek.txt"
    transcript.write_text(
        "Anna: Wat gaat er goed bij u thuis, mevrouw De Vries? U moet gewoon eerder beginnen.\n"
        "Mark: Op 3 maart belde ik 06-12345678.\n",
        encoding="utf-8",
    )
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PARTNERSCHAP_HOME": str(isolated_home)}
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                ANALYZE_AND_REDACT,
                str(transcript),
                str(root / "principles" / "partnerschap.yaml"),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
        )
        runs.append(out.stdout.split())
    (entries_first, _), (entries_second, dirty_second) = runs
    assert int(entries_first) > 20
    assert entries_second == entries_first
    assert dirty_second == "0"  # nothing new compiled in the second process


def test_cached_data_is_built_once_and_kept(fresh):
    calls = []

    def build():
        calls.append(1)
        return {"nl": {"fillers": ["eh", "nou"]}}

    assert fresh.cached_data("analysis.yaml\0tekst", build) == {"nl": {"fillers": ["eh", "nou"]}}
    fresh.save()
    fresh._entries = None  # as a new process
    assert fresh.cached_data("analysis.yaml\0tekst", build) == {"nl": {"fillers": ["eh", "nou"]}}
    assert len(calls) == 1
    assert fresh.cached_data("analysis.yaml\0andere tekst", build) is not None
    assert len(calls) == 2  # other material, built again

    class NotStorable:
        pass

    value = NotStorable()
    assert fresh.cached_data("x", lambda: value) is value
    assert fresh.cached_data("x", NotStorable) is not value  # not kept: built again


def test_entries_unused_for_a_month_are_dropped(fresh, monkeypatch):
    today = fresh._today()
    fresh.compile("oud patroon")
    fresh.compile("nieuw patroon")
    entries = fresh._load()
    old_key = fresh._key("oud patroon", 0)
    entries[old_key] = (today - fresh.KEEP_DAYS - 1, entries[old_key][1])
    fresh.save()
    fresh._entries = None  # as a new process
    assert fresh._key("oud patroon", 0) not in fresh._load()
    assert fresh._key("nieuw patroon", 0) in fresh._load()
    fresh.compile("nieuw patroon")
    assert not fresh._dirty  # used again on the same day: nothing to write


def test_at_most_max_entries_are_kept_the_most_recently_used(fresh, monkeypatch):
    monkeypatch.setattr(fresh, "MAX_ENTRIES", 3)
    days = iter(range(100, 105))
    for word in ("a", "b", "c", "d", "e"):
        monkeypatch.setattr(fresh, "_today", lambda d=next(days): d)
        fresh.compile(word)
    fresh.save()
    fresh._entries = None
    kept = {k for k in fresh._load()}
    assert kept == {fresh._key(w, 0) for w in ("c", "d", "e")}


def test_an_extra_of_another_shape_is_built_again(fresh):
    built = []

    def build():
        built.append(1)
        return "a+", ("new", "shape")

    fresh.compile_built("material", lambda: ("a+", "old"))
    pattern, extra = fresh.compile_built(
        "material", build, check=lambda e: isinstance(e, tuple) and len(e) == 2
    )
    assert extra == ("new", "shape") and built == [1] and pattern.fullmatch("aaa")
