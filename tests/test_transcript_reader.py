"""Reading transcripts: formats, encodings, line numbers, speakers and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from partnerschap.transcript import TranscriptError, parse_text, read_transcript
from partnerschap.transcript import reader as reader_mod
from partnerschap.transcript.errors import MESSAGES

DATA = Path(__file__).parent / "data" / "transcripts"
EXPECTED = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_files_parse_with_format_encoding_lines_and_times(name: str) -> None:
    exp = EXPECTED[name]
    t = read_transcript(DATA / name)
    assert t.format == exp["format"]
    assert t.encoding == exp["encoding"]
    assert [[x.line, x.time] for x in t.turns] == [row[:2] for row in exp["turns"]]
    assert {s.name: s.words for s in t.speakers()} == exp["speakers"]


def test_speaker_shares_add_up_and_keep_first_appearance_order() -> None:
    t = read_transcript(DATA / "teams_nl.vtt")
    speakers = t.speakers()
    assert [s.name for s in speakers] == ["Anna de Vries", "Mark Jansen"]
    assert [s.turns for s in speakers] == [5, 4]
    assert speakers[0].share == round(74 / 117, 4)
    assert sum(s.share for s in speakers) == pytest.approx(1.0, abs=1e-3)


def test_teams_consecutive_cues_of_one_speaker_form_one_turn() -> None:
    t = read_transcript(DATA / "teams_nl.vtt")
    first = t.turns[0]
    assert first.speaker == "Anna de Vries"
    assert first.text == (
        "Goedemorgen Mark, fijn dat ik even mag komen. Vertel eens, hoe gaat het nu thuis?"
    )
    # multi-line cue text and entities
    assert t.turns[1].text.endswith("maar de avonden zijn echt zwaar.")
    assert "'s ochtends" in t.turns[2].text


def test_zoom_vtt_labels_in_cue_text() -> None:
    t = read_transcript(DATA / "zoom_en.vtt")
    assert t.turns[0].speaker == "Sarah Cole"
    assert t.turns[0].text.startswith("Hi Dan,")
    assert t.turns[2].text == "It sounds like you're worn out. When do things go well at home?"


def test_srt_utf16_crlf_and_bracket_labels() -> None:
    t = read_transcript(DATA / "gesprek_nl.srt")
    assert [x.speaker for x in t.turns] == ["Gezinsvoogd", "Moeder"] * 2 + ["Gezinsvoogd"]
    assert t.turns[3].text == "Hij vindt het leuk, denk ik. Hij heeft al een vriendje."
    t2 = read_transcript(DATA / "visit_en.srt")
    assert [x.speaker for x in t2.turns] == ["Worker", "Mum", "Worker"]


def test_txt_timestamps_before_and_after_name_and_continuation_lines() -> None:
    t = read_transcript(DATA / "huisbezoek_nl.txt")
    assert [x.speaker for x in t.turns] == [
        "Anna",
        "Vader",
        "Anna",
        "Vader",
        "Anna",
        "Anna",
        "Vader",
    ]
    assert t.turns[3].text == "Wel goed. Maar ze slaapt slecht. En ze is vaak moe op school."
    # the title line and "Datum: ..." before the dialogue are not speakers
    assert "Datum" not in {s.name for s in t.speakers()}


def test_txt_zoom_header_lines_put_the_turn_on_its_first_text_line() -> None:
    t = read_transcript(DATA / "zoom_nl.txt")
    assert [(x.line, x.speaker) for x in t.turns] == [
        (2, "Anna de Vries"),
        (5, "Mark Jansen"),
        (9, "Anna de Vries"),
    ]
    assert t.turns[1].text == "Dat hij weer gaat spijbelen. Net als vorig jaar."


def test_vtt_voice_tags_without_closing_tag_and_classes() -> None:
    text = (
        "WEBVTT\n\nNOTE exported\n\n00:01.000 --> 00:03.000\n<v.loud Jan>Hallo daar\n\n"
        "00:03.000 --> 00:05.000\n<v Piet>Hoi <i>Jan</i>\n\n00:05.000 --> 00:06.000\nnog iets\n"
    )
    t = parse_text(text, "x.vtt")
    assert [(x.line, x.time, x.speaker, x.text) for x in t.turns] == [
        (6, "00:00:01", "Jan", "Hallo daar"),
        (9, "00:00:03", "Piet", "Hoi Jan nog iets"),
    ]


def test_lone_cr_and_crlf_line_ends_count_lines_like_an_editor() -> None:
    t = parse_text("A: een\r\nB: twee\rA: drie\n", "x.txt")
    assert [x.line for x in t.turns] == [1, 2, 3]


def test_utf16_without_bom_and_cp1252_are_read(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("Anna: Hoe gaat het?\nPiet: Goed.\n".encode("utf-16-le"))
    assert read_transcript(f).encoding == "utf-16-le"
    g = tmp_path / "b.txt"
    g.write_bytes("Anna: Hoe gaat het met José?\nPiet: Goed.\n".encode("cp1252"))
    t = read_transcript(g)
    assert t.encoding == "cp1252" and "José" in t.turns[0].text


def _error(path: Path) -> TranscriptError:
    with pytest.raises(TranscriptError) as info:
        read_transcript(path)
    return info.value


def test_binary_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "photo.vtt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    err = _error(f)
    assert err.message_key == "binary"
    assert "photo.vtt" in err.message("nl") and "photo.vtt" in err.message("en")


def test_undecodable_bytes_without_nul_are_refused(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50)
    assert _error(f).message_key == "binary"


def test_empty_and_whitespace_files_are_refused(tmp_path: Path) -> None:
    f = tmp_path / "leeg.txt"
    f.write_bytes(b"")
    assert _error(f).message_key == "empty"
    f.write_bytes(b"\xef\xbb\xbf \r\n\r\n")
    assert _error(f).message_key == "empty"


def test_no_recognisable_speaker() -> None:
    err = _error(DATA / "no_speaker.txt")
    assert err.message_key == "no_speaker"
    assert err.message("nl").startswith("no_speaker.txt: geen sprekers gevonden")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert _error(tmp_path / "weg.txt").message_key == "not_found"
    assert _error(tmp_path).message_key == "not_a_file"


def test_too_large_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    f = tmp_path / "groot.vtt"
    with open(f, "wb") as fh:  # a sparse file: 60 MB on paper, nothing on disk
        fh.truncate(60 * 1024 * 1024)

    def boom(self):  # reading it would be a failure of the size check
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", boom)
    err = _error(f)
    assert err.message_key == "too_large"
    assert err.params["size_mb"] == 60.0 and err.params["limit_mb"] == 50.0
    assert "50" in err.message("nl")


def test_limit_can_be_lowered(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(reader_mod, "MAX_BYTES", 10)
    f = tmp_path / "a.txt"
    f.write_text("Anna: Hoe gaat het met u?\n", encoding="utf-8")
    assert _error(f).message_key == "too_large"


def test_every_message_exists_in_both_languages() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == {"nl", "en"}, key
        assert "{file}" in texts["nl"] and "{file}" in texts["en"], key


def test_error_with_a_line_names_it() -> None:
    err = TranscriptError("x/gesprek.vtt", 12, "no_speaker")
    assert err.message("nl").startswith("gesprek.vtt: regel 12: ")
    assert err.message("en").startswith("gesprek.vtt: line 12: ")
    assert str(err) == err.message("en")
