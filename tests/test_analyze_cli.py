"""``partnerschap analyze``: every format on the sample transcripts, the analysis JSON,
quotes with line numbers, choosing the professional, bad files, ``--output`` and
redaction of quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.test_transcript_analysis import METRIC_KEYS, UTTERANCE_KEYS  # the fixed shape

DATA = Path(__file__).parent / "data"
TRANSCRIPTS = DATA / "transcripts"
EXPECTED = yaml.safe_load((TRANSCRIPTS / "expected.yaml").read_text(encoding="utf-8"))
REPO = Path(__file__).resolve().parent.parent

SAMPLES = {
    "teams_nl.vtt": "Anna",
    "zoom_en.vtt": "sarah cole",
    "gesprek_nl.srt": "gezinsvoogd",
    "visit_en.srt": "Worker",
    "huisbezoek_nl.txt": "anna",
    "notes_en.txt": "Sarah",
    "zoom_nl.txt": "Anna de Vries",
}

ENTER = "\r"
DOWN = "\x1b[B"


def analyze_json(invoke, *args: str) -> dict:
    result = invoke("analyze", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_json_on_every_sample(invoke, name):
    data = analyze_json(invoke, TRANSCRIPTS / name, "--professional", SAMPLES[name])
    assert data["file"] == name
    assert data["set"] == "partnerschap"
    expected = EXPECTED.get(name, {})
    if "language" in expected:
        assert data["language"] == expected["language"]
    if "metrics" in expected:
        assert data["metrics"] == expected["metrics"]
    speakers = [s for s in expected.get("speakers", {})]
    text = json.dumps(data, ensure_ascii=False)
    for speaker in speakers:  # names never appear, only roles
        assert speaker not in text


@pytest.mark.parametrize("name", ["teams_nl.vtt", "zoom_en.vtt", "gesprek_nl.srt", "notes_en.txt"])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_text_and_markdown_on_samples(invoke, name, fmt):
    result = invoke("analyze", TRANSCRIPTS / name, "-p", SAMPLES[name], "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "text":  # the terminal names the file; the markdown document does not
        assert name in out
    else:
        assert name.replace("_", "\\_") not in out and name not in out
    assert "Deel open vragen" in out and "MITI 3.1.1" in out and "MITI 4.2.1" in out
    assert "Dit zijn signalen om over na te denken, geen oordeel over het gesprek." in out
    assert out.count("Dit zijn signalen") == 1
    for speaker in EXPECTED[name]["speakers"]:
        assert speaker not in out


def test_json_shape_is_the_issues(invoke):
    data = analyze_json(invoke, TRANSCRIPTS / "teams_nl.vtt", "-p", "anna de vries")
    assert list(data)[:5] == ["file", "language", "set", "metrics", "principles"]
    assert "utterances" in data
    assert list(data["metrics"]) == METRIC_KEYS
    principle_ids = [p["principle"] for p in data["principles"]]
    assert principle_ids[:2] == ["respect", "person-not-abuse"] and "details" in principle_ids
    for p in data["principles"]:
        assert set(p) >= {"principle", "status", "honours", "undermines"}
        assert p["status"] in ("evidence", "counter_evidence", "mixed", "none")
        for quote in p["honours"] + p["undermines"]:
            assert set(quote) == {"line", "time", "text"}
    assert len(data["utterances"]) == 9
    for u in data["utterances"]:
        assert list(u)[: len(UTTERANCE_KEYS)] == UTTERANCE_KEYS
        assert u["role"] in ("professional", "other")
        for q in u["questions"]:
            assert set(q) == {"type", "text"} and q["type"] in ("open", "closed")
    first = data["utterances"][0]
    assert (first["line"], first["time"], first["role"]) == (5, "00:00:01", "professional")
    details = next(p for p in data["principles"] if p["principle"] == "details")
    assert details["status"] == "evidence"
    assert {"line": 26, "time": "00:00:23", "text": "Hoe vaak gaat het 's avonds echt mis?"} in (
        details["honours"]
    )


def test_json_time_is_null_without_timestamps(invoke, tmp_path):
    path = tmp_path / "notities.txt"
    path.write_text("Anna: Hoe gaat het?\nVader: Goed.\n", encoding="utf-8")
    data = analyze_json(invoke, path, "-p", "Anna")
    assert [u["time"] for u in data["utterances"]] == [None, None]
    assert [u["line"] for u in data["utterances"]] == [1, 2]


def test_text_report_quotes_with_line_and_time(invoke):
    result = invoke("analyze", TRANSCRIPTS / "teams_nl.vtt", "-p", "anna")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "r. 26 · 00:00:23" in out
    assert "\u201cHoe vaak gaat het 's avonds echt mis?\u201d" in out
    assert "Zoek altijd naar de details en naar uitzonderingen" in out
    assert "✓ gezien" in out and "geen signalen" in out
    assert "Vaktermen: netwerk (1), OTS (1)" in out
    directives = out.split("Opdrachten en advies zonder toestemming")[1]
    assert "r. 34 · 00:00:33  \u201cU moet gewoon eerder ingrijpen." in directives


def test_text_report_in_english_with_undermining_lines(invoke, tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(
        "Worker: You just have to do what the court says. Everything has to change.\n"
        "Mum: OK.\n"
        "Worker: What matters most to you?\n",
        encoding="utf-8",
    )
    result = invoke("--lang", "en", "analyze", path, "-p", "worker")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Lines that undermined a principle" in out
    assert "line 1" in out
    assert "These are signals to reflect on, not a verdict on the conversation." in out
    assert "English (detected)" in out


def test_markdown_is_a_document(invoke):
    result = invoke("analyze", TRANSCRIPTS / "teams_nl.vtt", "-p", "anna", "-f", "md")
    assert result.exit_code == 0, result.output
    md = result.stdout
    assert md.startswith("# Gespreksanalyse\n\n- **Formaat:** WebVTT\n")
    assert "| Maat | Waarde | MITI | Wat het betekent |" in md
    assert "| Deel open vragen | 75 % | ✓ goed |" in md
    assert "- r. 26 · 00:00:23: \u201cHoe vaak gaat het 's avonds echt mis?\u201d" in md
    assert "## Regels die een uitgangspunt ondermijnden" in md
    assert "## Opdrachten en advies zonder toestemming\n\n- r. 34 · 00:00:33: \u201cU moet" in md


def test_transcript_language_option_overrides_detection(invoke):
    data = analyze_json(
        invoke, TRANSCRIPTS / "teams_nl.vtt", "-p", "anna", "--transcript-lang", "en"
    )
    assert data["language"] == "en"


def test_user_set_signals_are_used(invoke, tmp_path):
    folder = tmp_path / "sets"
    folder.mkdir()
    text = (REPO / "principles" / "partnerschap.yaml").read_text(encoding="utf-8")
    text = text.replace("id: partnerschap\n", "id: mijn-set\n", 1)
    line = '          - "rustiger"\n'
    assert line in text
    text = text.replace(line, line + '          - "koffie"\n')
    (folder / "mijn-set.yaml").write_text(text, encoding="utf-8")
    path = tmp_path / "bezoek.txt"
    path.write_text("Anna: Wilt u koffie?\nVader: Ja, graag.\n", encoding="utf-8")
    mine = analyze_json(invoke, path, "-p", "anna", "--set", "mijn-set", "--principles", folder)
    assert mine["set"] == "mijn-set"
    status = {p["principle"]: p["status"] for p in mine["principles"]}
    assert status["signs-of-safety"] == "evidence"
    bundled = analyze_json(invoke, path, "-p", "anna")
    assert {p["principle"]: p["status"] for p in bundled["principles"]}["signs-of-safety"] == (
        "none"
    )


def test_set_without_signals_gets_the_coding(invoke, tmp_path):
    folder = tmp_path / "sets"
    folder.mkdir()
    text = (REPO / "principles" / "partnerschap.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["id"] = "kaal"
    for principle in data["principles"]:
        principle.pop("signals", None)
    (folder / "kaal.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = invoke(
        "analyze", TRANSCRIPTS / "teams_nl.vtt", "-p", "anna", "-s", "kaal", "--principles", folder
    )
    assert result.exit_code == 0, result.output
    assert "geen signalen per uitgangspunt" in result.stdout
    assert "Deel open vragen" in result.stdout


# --------------------------------------------------------------------------- the professional


def test_missing_professional_exits_2_listing_speakers(invoke):
    result = invoke("analyze", TRANSCRIPTS / "teams_nl.vtt", "--format", "json")
    assert result.exit_code == 2
    assert "teams_nl.vtt" in result.stderr
    assert "Anna de Vries (63%)" in result.stderr and "Mark Jansen (37%)" in result.stderr
    assert result.stdout == ""


def test_unknown_professional_exits_2(invoke):
    result = invoke("analyze", TRANSCRIPTS / "zoom_en.vtt", "-p", "Bob")
    assert result.exit_code == 2
    assert "Bob" in result.stderr and "Sarah Cole" in result.stderr
    assert "Traceback" not in result.output


def test_two_professionals(invoke):
    data = analyze_json(invoke, TRANSCRIPTS / "zoom_en.vtt", "-p", "sarah", "-p", "dan")
    assert {u["role"] for u in data["utterances"]} == {"professional"}


@pytest.mark.parametrize(("keys", "turns"), [(ENTER, 5), (DOWN + ENTER, 4)])
def test_professional_chosen_with_keystrokes(invoke, keyboard, keys, turns):
    keyboard(keys)
    data = analyze_json(invoke, TRANSCRIPTS / "teams_nl.vtt")
    assert data["metrics"]["professional_turns"] == turns


def test_speaker_choices_show_share_of_words():
    from partnerschap.transcript import read_transcript
    from partnerschap.transcript.report import speaker_choices

    transcript = read_transcript(TRANSCRIPTS / "teams_nl.vtt")
    assert speaker_choices(transcript, "nl") == [
        ("Anna de Vries", "Anna de Vries: 63 % van de woorden, 5 beurten"),
        ("Mark Jansen", "Mark Jansen: 37 % van de woorden, 4 beurten"),
    ]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "leeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "geen tekstbestand"),
        (b"Zomaar wat tekst zonder sprekers.\nNog een regel.\n", "geen sprekers"),
    ],
)
def test_bad_files_exit_2_naming_the_file(invoke, tmp_path, content, expected):
    path = tmp_path / "kapot.vtt"
    path.write_bytes(content)
    for fmt in ("text", "json"):
        result = invoke("analyze", path, "-p", "anna", "-f", fmt)
        assert result.exit_code == 2, result.output
        assert "kapot.vtt" in result.stderr and expected in result.stderr
        assert "Traceback" not in result.output
        assert result.stdout == ""


def test_missing_file_and_directory(invoke, tmp_path):
    result = invoke("analyze", tmp_path / "weg.vtt", "-p", "anna")
    assert result.exit_code == 2 and "weg.vtt: dit bestand bestaat niet" in result.stderr
    result = invoke("--lang", "en", "analyze", tmp_path, "-p", "anna")
    assert result.exit_code == 2 and "not a regular file" in result.stderr


def test_too_large_file_is_refused(invoke, tmp_path, monkeypatch):
    from partnerschap.transcript import reader

    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    path = tmp_path / "groot.txt"
    path.write_text("Anna: " + "bla " * 100 + "\n", encoding="utf-8")
    result = invoke("analyze", path, "-p", "anna")
    assert result.exit_code == 2 and "groot.txt" in result.stderr and "MB" in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-f", "pdf"], "Onbekend formaat 'pdf'"),
        (["--transcript-lang", "de"], "Onbekende transcripttaal 'de'"),
        (["--set", "bestaat-niet"], "Onbekende set 'bestaat-niet'"),
    ],
)
def test_bad_options(invoke, args, expected):
    result = invoke("analyze", TRANSCRIPTS / "teams_nl.vtt", "-p", "anna", *args)
    assert result.exit_code == 2
    assert expected in result.stderr


# --------------------------------------------------------------------------- --output


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_output_file(invoke, tmp_path, fmt):
    target = tmp_path / f"analyse.{fmt}"
    result = invoke("analyze", TRANSCRIPTS / "zoom_en.vtt", "-p", "sarah", "-f", fmt, "-o", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert str(target) in result.stderr
    written = target.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(written)["file"] == "zoom_en.vtt"
    else:
        assert "When do things go well at home?" in written
        assert "\x1b[" not in written  # no terminal codes in the file


def test_output_to_a_missing_folder_exits_2(invoke, tmp_path):
    target = tmp_path / "nergens" / "analyse.md"
    result = invoke("analyze", TRANSCRIPTS / "zoom_en.vtt", "-p", "sarah", "-f", "md", "-o", target)
    assert result.exit_code == 2
    assert "Kon" in result.stderr and "analyse.md" in result.stderr


# --------------------------------------------------------------------------- redaction


@pytest.fixture
def identifying(tmp_path) -> Path:
    path = tmp_path / "huisbezoek.txt"
    path.write_text(
        "[00:00:05] Anna: Wat gaat er goed bij uw dochter Lisa?\n"
        "[00:00:09] Vader: Lisa slaapt slecht. Bel me maar op 0612345678.\n"
        "[00:00:15] Anna: Lisa slaapt slecht, hoe vaak gebeurt dat?\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_quotes_are_redacted_by_default(invoke, identifying, fmt):
    result = invoke("analyze", identifying, "-p", "anna", "-f", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Lisa" not in out and "0612345678" not in out
    assert "[NAAM-1]" in out or "\\[NAAM-1\\]" in out
    if fmt == "json":
        data = json.loads(out)
        texts = [u["text"] for u in data["utterances"]]
        assert texts[1] == "[NAAM-1] slaapt slecht. Bel me maar op [TELEFOON]."
        # "Lisa" at the start of a sentence is found through the first turn
        assert texts[2] == "[NAAM-1] slaapt slecht, hoe vaak gebeurt dat?"
        quotes = [q["text"] for p in data["principles"] for q in p["honours"]]
        assert "Wat gaat er goed bij uw dochter [NAAM-1]?" in quotes
        assert "[NAAM-1] slaapt slecht, hoe vaak gebeurt dat?" in quotes


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_keep_identifiers_warns(invoke, identifying, fmt):
    result = invoke("analyze", identifying, "-p", "anna", "-f", fmt, "--keep-identifiers")
    assert result.exit_code == 0, result.output
    assert "Lisa" in result.stdout
    assert "niet geanonimiseerd" in result.stderr


def _corpus_texts() -> list[str]:
    texts: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in ("privacy_corpus.yaml", "utterances_nl.yaml", "utterances_en.yaml"):
        walk(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))
    from partnerschap.transcript import read_transcript

    for name in SAMPLES:
        texts += [turn.text for turn in read_transcript(TRANSCRIPTS / name).turns]
    return texts


def test_skipped_texts_are_ones_the_privacy_guard_finds_nothing_in():
    from partnerschap.privacy import detect
    from partnerschap.transcript import split_sentences
    from partnerschap.transcript.privacy import may_identify

    texts = _corpus_texts()
    pieces = texts + [s for text in texts for s in split_sentences(text)]
    skipped = [text for text in pieces if not may_identify(text)]
    assert len(skipped) > 300  # the shortcut is worth having
    assert [text for text in skipped if detect(text)] == []


# --------------------------------------------------------------------------- reflect --transcript


def reflect_keys(
    plan,
    scenario_index: int,
    answer_keys: dict[str, str],
    quick: bool = False,
    *,
    hinted: tuple[str, ...] = (),
    yes: str = "j",
) -> str:
    """Keystrokes for a full reflection: Enter (the pre-selected answer) for the ``hinted``
    checks (refs, or principle ids for all their checks), ``yes`` for the others (nothing
    is pre-selected there), unless ``answer_keys`` gives another key; no notes, no next
    step."""
    scenario_id = plan.scenario_ids()[scenario_index]
    keys = ENTER + "huisbezoek" + ENTER + "moeder" + ENTER  # date: today
    keys += DOWN * (scenario_index + 1) + ENTER  # nothing is pointed at first
    for principle, refs in plan.ordered_principles(scenario_id, quick=quick):
        for ref in refs:
            default = "" if ref in hinted or principle.id in hinted else yes
            keys += answer_keys.get(ref, default) + ENTER
        keys += ENTER  # no note
    if plan.scenario(scenario_id).strength_question:
        keys += ENTER
    keys += ENTER + ENTER  # no questions chosen, no intention
    return keys


def test_reflect_with_transcript_preselects_answers(invoke, keyboard, isolated_home):
    from partnerschap.log.store import Store
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.sets.catalog import load_catalog

    plan = choose_sets(load_catalog(), "partnerschap")
    # gesprek_nl.srt: what goes well seen (-> yes), a compliment without its effect
    # (-> partly), only a ban for keeping the child safe (-> no); hints per check only;
    # one answer changed by hand
    hinted = (
        "signs-of-safety.what-goes-well",
        "signs-of-safety.compliments",
        "child-central.who-keeps-safe",
    )
    keyboard(reflect_keys(plan, 1, {"details.concrete": "v"}, hinted=hinted))
    result = invoke("reflect", "--transcript", TRANSCRIPTS / "gesprek_nl.srt", "-p", "gezinsvoogd")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Wat het transcript laat zien" in out
    assert "✗ alleen ondermijnd" in out and "Stel de veiligheid en het welzijn" in out
    assert "Dit zijn signalen om over na te denken" in out
    store = Store.open()
    try:
        [(reflection_id, doc)] = list(store.iter_docs())
        reflection = store.get(reflection_id)
    finally:
        store.close()
    answers = {ref: a.value for ref, a in reflection.answers.items()}
    assert answers["child-central.who-keeps-safe"] == "no"
    assert answers["child-central.common-ground"] == "yes"  # nothing pre-selected: typed
    assert answers["signs-of-safety.compliments"] == "partly"
    assert answers["signs-of-safety.not-only-wrong"] == "yes"  # typed, not pre-selected
    assert answers["details.concrete"] == "na"  # changed with a key
    kept = reflection.extra["transcript"]
    assert kept["metrics"]["professional_turns"] == 3
    assert kept["principles"]["child-central"] == {
        "status": "counter_evidence",
        "honours": 0,
        "undermines": 1,
    }
    for text in ("alleen thuis", "school", "gesprek_nl", "Gezinsvoogd", "Sem"):
        assert text not in doc


def test_reflect_transcript_asks_for_the_professional(invoke, keyboard):
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.sets.catalog import load_catalog

    plan = choose_sets(load_catalog(), "partnerschap")
    keyboard(ENTER + reflect_keys(plan, 0, {}, quick=True, yes="y"))  # Anna de Vries, then --quick
    result = invoke(
        "--lang",
        "en",
        "reflect",
        "--no-save",
        "--quick",
        "--transcript",
        TRANSCRIPTS / "teams_nl.vtt",
    )
    assert result.exit_code == 0, result.output
    assert "What the transcript shows" in result.stdout
    assert "✓ seen" in result.stdout


def test_reflect_transcript_errors(invoke, tmp_path):
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text("scenario: angry\n", encoding="utf-8")
    result = invoke("reflect", "--answers", answers, "--transcript", TRANSCRIPTS / "teams_nl.vtt")
    assert result.exit_code == 2 and "--transcript" in result.stderr


# --------------------------------------------------------------------------- --explain


def test_explain_shows_the_codes_of_a_line_and_why(invoke):
    result = invoke("analyze", TRANSCRIPTS / "teams_nl.vtt", "-p", "anna", "--explain", "18")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Uitleg bij r. 18 · 00:00:14" in out
    # what the coder compared the turn with: the other's turn just before
    assert "r. 13 · 00:00:08" in out and "De ochtenden zijn eigenlijk best goed" in out
    assert "Zin 1" in out and "enkelvoudige reflectie" in out
    assert "herhaalt na 'dus' wat de ander zei" in out
    assert "neemt woorden van de ander over: ochtenden" in out
    assert "Zin 2" in out and "open vraag" in out


def test_explain_in_english_names_a_feeling_not_said(invoke):
    result = invoke(
        "--lang", "en", "analyze", TRANSCRIPTS / "zoom_en.vtt", "-p", "sarah", "--explain", "13"
    )
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Explanation of line 13" in out and "complex reflection" in out
    assert "names a feeling the other did not name: 'worn out'" in out
    assert "open: starts with 'when'" in out


def test_explain_a_line_inside_a_turn_and_the_other_speakers_turn(invoke):
    result = invoke("analyze", TRANSCRIPTS / "teams_nl.vtt", "-p", "anna", "--explain", "14")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Uitleg bij r. 13" in out
    assert "Deze beurt is van de ander" in out


def test_explain_writes_to_the_output_file_too(invoke, tmp_path):
    target = tmp_path / "analyse.txt"
    args = ("analyze", TRANSCRIPTS / "zoom_en.vtt", "-p", "sarah", "--explain", "13", "-o", target)
    result = invoke("--lang", "en", *args)
    assert result.exit_code == 0, result.output
    assert "Explanation of line 13" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--explain", "2"], "teams_nl.vtt heeft geen beurt op regel 2 of ervoor."),
        (["--explain", "18", "--format", "json"], "--explain werkt bij het rapport"),
        (["--explain", "0"], "0"),
    ],
)
def test_explain_errors_exit_2(invoke, args, expected):
    result = invoke("analyze", TRANSCRIPTS / "teams_nl.vtt", "-p", "anna", *args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_json_says_why_and_which_kind_of_reflection(invoke):
    data = analyze_json(invoke, TRANSCRIPTS / "zoom_nl.txt", "-p", "anna de vries")
    prof = [u for u in data["utterances"] if u["role"] == "professional"]
    other = [u for u in data["utterances"] if u["role"] == "other"]
    assert all(u["reflection_type"] is None and u["why"] == [] for u in other)
    last = prof[-1]
    assert last["reflection"] is True and last["reflection_type"] == "complex"
    assert "feeling-not-said:bang" in last["why"]
    assert prof[0]["reflection_type"] is None and prof[0]["why"] == ["open:wh:waar"]
    metrics = data["metrics"]
    assert (metrics["simple_reflections"], metrics["complex_reflections"]) == (0, 1)
    assert metrics["complex_reflection_share"] == 1.0


def test_why_never_brings_back_a_redacted_name(invoke, tmp_path):
    path = tmp_path / "gesprek.txt"
    path.write_text(
        "Anna: Hoe gaat het thuis?\n"
        "Vader: Mijn dochter Lisa huilt elke avond, Lisa wil niet slapen.\n"
        "Anna: Lisa huilt elke avond.\n",
        encoding="utf-8",
    )
    data = analyze_json(invoke, path, "-p", "Anna")
    text = json.dumps(data, ensure_ascii=False)
    assert "Lisa" not in text and "lisa" not in text
    last = data["utterances"][-1]
    assert last["reflection"] is True
    assert any(w.startswith("overlap:") and "…" in w for w in last["why"]), last["why"]
    kept = analyze_json(invoke, path, "-p", "Anna", "--keep-identifiers")["utterances"][-1]
    assert "overlap:lisa,huilt,avond" in kept["why"]


def test_markdown_does_not_carry_the_file_name(invoke, tmp_path):
    """A family name in the transcript's file name must not reach the supervisor's copy."""
    path = tmp_path / "gesprek-fam-jansen-2026.txt"
    path.write_text((TRANSCRIPTS / "teams_nl.vtt").read_text(encoding="utf-8"), encoding="utf-8")
    md = invoke("analyze", path, "-p", "anna", "-f", "md").stdout
    assert md.startswith("# Gespreksanalyse\n")
    assert "jansen" not in md.casefold()
