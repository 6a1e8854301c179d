"""Export → import into an empty store → export again gives identical output, for any
reflection (a hypothesis property), and the store's stats agree with the pure ones."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerschap.cli.export.view import document_pieces
from partnerschap.i18n import LocalizedText
from partnerschap.log import stats
from partnerschap.log.importer import import_docs
from partnerschap.log.store import Filters, Store
from partnerschap.reflection.engine import Answer, Finding, Status
from partnerschap.reflection.record import Context, NextStep, Reflection

# Any text a person could type or paste: markdown, pipes, newlines, emoji, control characters.
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
words = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
ident = st.from_regex(r"[a-z][a-z0-9-]{0,11}", fullmatch=True)
localized = st.builds(LocalizedText, nl=words, en=st.none() | words)
iso_date = st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)
stamp = st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 12, 31)).map(
    lambda d: d.replace(microsecond=0, tzinfo=dt.timezone.utc).isoformat()
)


@st.composite
def findings(draw) -> list[Finding]:
    principles = draw(st.lists(ident, unique=True, max_size=6))
    sets = draw(st.lists(ident, min_size=1, max_size=2, unique=True))
    result = []
    for principle in principles:
        refs = draw(st.lists(ident, max_size=3, unique=True))
        result.append(
            Finding(
                set_id=draw(st.sampled_from(sets)),
                principle_id=principle,
                title=draw(localized),
                status=draw(st.sampled_from(list(Status))),
                answers={f"{principle}.{r}": draw(st.sampled_from(list(Answer))) for r in refs},
                suggestions=tuple(draw(st.lists(localized, max_size=3))),
            )
        )
    return result


@st.composite
def reflections(draw) -> Reflection:
    """Any reflection as it reaches the log: through input, which strips NUL."""
    return Reflection.from_json(draw(raw_reflections()).to_json())


@st.composite
def raw_reflections(draw) -> Reflection:
    found = draw(findings())
    principles = [f.principle_id for f in found]
    answers = {ref: a for f in found for ref, a in f.answers.items()}
    return Reflection(
        id=draw(st.from_regex(r"[0-9a-f]{10}", fullmatch=True)),
        created=draw(stamp),
        updated=draw(stamp),
        language=draw(st.sampled_from(["nl", "en"])),
        set_ids=sorted({f.set_id for f in found}),
        set_versions=draw(
            st.dictionaries(
                ident, st.fixed_dictionaries({"version": words, "digest": ident}), max_size=2
            )
        ),
        scenario=draw(st.none() | ident),
        scenario_title=draw(st.none() | localized),
        quick=draw(st.booleans()),
        context=Context(
            date=draw(st.just("") | iso_date),
            kind=draw(text),
            participants=draw(st.lists(words, max_size=3)),
        ),
        context_done=True,
        answers=answers,
        asked=list(answers),
        notes={p: draw(text) for p in principles if draw(st.booleans())},
        noted=principles,
        strengths=draw(st.none() | text),
        findings=found,
        next_step=NextStep(questions=draw(st.lists(words, max_size=3)), intention=draw(text)),
        next_questions_done=True,
        next_step_done=True,
        complete=True,
        extra=draw(st.dictionaries(ident, st.integers() | words, max_size=2)),
    )


def export(store: Store, fmt: str, lang: str = "nl") -> str:
    return "".join(document_pieces(store, Filters(), fmt, lang, None))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(reflections(), max_size=5, unique_by=lambda r: r.id))
def test_export_import_export_identical(items):
    import json

    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "a.db") as first:
            first.save_many(items)
            exported = export(first, "json")
            markdown = {lang: export(first, "md", lang) for lang in ("nl", "en")}
            pure = stats.compute(items)
            from_sql = stats.from_store(first)
        with Store.open(Path(tmp) / "b.db") as second:
            result = import_docs(second, json.loads(exported)["reflections"], "export.json")
            assert sorted(result.imported) == sorted(r.id for r in items)
            assert export(second, "json") == exported
            for lang, text_md in markdown.items():
                assert export(second, "md", lang) == text_md
            for original in items:
                assert second.get(original.id).to_json() == original.to_json()
    # The SQL aggregates say what the pure functions say.
    assert from_sql.reflections == pure.reflections
    key = [
        (p.set_id, p.principle_id, p.honoured, p.partly, p.missed, p.not_applicable, p.not_asked)
        for p in pure.principles
    ]
    assert [
        (p.set_id, p.principle_id, p.honoured, p.partly, p.missed, p.not_applicable, p.not_asked)
        for p in from_sql.principles
    ] == key
    assert [m.to_json() for m in from_sql.months] == [m.to_json() for m in pure.months]
    assert [n.id for n in from_sql.next_steps] == [n.id for n in pure.next_steps]


@settings(max_examples=40, deadline=None)
@given(reflections())
def test_markdown_of_a_stored_reflection_matches_the_direct_one(reflection):
    from partnerschap.log.exporters.markdown import reflections_to_markdown

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "a.db") as store:
        store.save(reflection)
        for lang in ("nl", "en"):
            direct = reflections_to_markdown([reflection], lang, privacy="as_stored")
            assert export(store, "md", lang) == direct


@settings(max_examples=60, deadline=None)
@given(text)
def test_user_text_stays_one_paragraph_line(note):
    """Whatever a note holds, escaped it cannot open a heading, list, table or quote."""
    from partnerschap.markdown_text import escape_block, escape_inline

    for line in escape_block(note) + [escape_inline(note)]:
        if not line:
            continue
        assert not line.startswith(("#", "-", "+", "*", ">", "|", "=", "`", "~"))
        assert "|" not in line.replace("\\|", "")
        assert "\n" not in line


def test_nul_in_typed_text_is_stripped_at_input():
    """A NUL typed or pasted (or in an imported file) never reaches the log: the store's SQL
    and Python would disagree on it (SQLite's JSON functions end a string at a NUL)."""
    from partnerschap.prompts import ScriptedPrompter

    prompter = ScriptedPrompter({"next.intention": "eerst\x00 vragen"})
    assert prompter.text("next.intention", "?") == "eerst vragen"
    data = Reflection(next_step=NextStep(intention="\x00"), notes={"respect": "a\x00b"}).to_json()
    back = Reflection.from_json(data)
    assert back.next_step.intention == "" and back.notes == {"respect": "ab"}
