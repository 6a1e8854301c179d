"""The coder that listens (issue 17): each rule on small hand-checked dialogues, in Dutch
and English — the other's turn, then the professional's — with the rules that fired."""

from __future__ import annotations

import pytest

from partnerschap.transcript import code_turn


def codes(text: str, lang: str, *before: str) -> list[tuple[str, str | None]]:
    return [(s.type, s.reflection) for s in code_turn(text, lang, before).sentences]


def why(text: str, lang: str, *before: str) -> tuple[str, ...]:
    return code_turn(text, lang, before).why


# (the other's turn, the professional's turn, codes per sentence, a rule that fired)
DIALOGUES = [
    # a statement with a question mark that restates is a reflection, not a question
    (
        "nl",
        "Ik drink eigenlijk alleen in het weekend, doordeweeks niet.",
        "Dus u drinkt vooral in het weekend?",
        [("reflection", "simple")],
        "declarative+?",
    ),
    (
        "en",
        "I only drink at weekends, never during the week.",
        "So you drink at weekends?",
        [("reflection", "simple")],
        "declarative+?",
    ),
    # ... and one that asks a new fact stays a closed question
    (
        "nl",
        "Ik was gisteren bij de dokter.",
        "U bent er met de auto heen gegaan?",
        [("closed", None)],
        "closed:declarative",
    ),
    (
        "en",
        "I saw the doctor yesterday.",
        "You drove there?",
        [("closed", None)],
        "closed:declarative",
    ),
    # a tag on a restatement
    (
        "nl",
        "Overdag gaat het prima met hem, maar 's avonds is het elke keer ruzie.",
        "Overdag gaat het goed en 's avonds is het ruzie, toch?",
        [("reflection", "simple")],
        "declarative+tag",
    ),
    # Dutch word order: the adverb in first place makes "dan schreeuwt hij" verb-second
    (
        "nl",
        "Als hij moe is van zijn werk, dan wordt het thuis meteen schreeuwen.",
        "Dus als hij moe is van zijn werk, dan schreeuwt hij?",
        [("reflection", "simple")],
        "so-restatement",
    ),
    # verb-first stays a question
    (
        "nl",
        "Hij schreeuwt vaak als hij moe is.",
        "Schreeuwt hij dan ook tegen de kinderen?",
        [("closed", None)],
        "closed:verb-first",
    ),
    # short reflections without a lead: the other's words, second person or a fragment
    (
        "nl",
        "Hij duwde me alleen een beetje, meer niet.",
        "Hij duwde u.",
        [("reflection", "simple")],
        "overlap:duwde",
    ),
    (
        "en",
        "I just want a steady job and a place of my own.",
        "A steady job, a place of your own.",
        [("reflection", "simple")],
        "overlap:steady,job,place",
    ),
    (
        "en",
        "Nobody visits any more. I feel so lonely.",
        "Lonely, yes.",
        [("reflection", "simple")],
        "feeling:lonely",
    ),
    # a feeling the other did not name makes it complex
    (
        "nl",
        "Ik lig elke nacht wakker van de rekeningen.",
        "Dat klinkt uitputtend.",
        [("reflection", "complex")],
        "feeling-not-said:uitputtend",
    ),
    (
        "en",
        "The school keeps ringing me about him.",
        "You're fed up with the school.",
        [("reflection", "complex")],
        "feeling-not-said:fed up",
    ),
    # two sides at once
    (
        "nl",
        "Ik wil dat ze hun vader zien. Maar als hij drinkt, wil ik ze niet bij hem.",
        "Aan de ene kant wilt u dat ze hun vader zien, aan de andere kant wilt u ze beschermen.",
        [("reflection", "complex")],
        "double-sided",
    ),
    (
        "en",
        "I want them to see their dad. But not when he's been drinking.",
        "On the one hand you want them to see him, on the other you want them safe.",
        [("reflection", "complex")],
        "double-sided",
    ),
    # a reflection and a question in one turn: both, and the turn's question is open
    (
        "en",
        "It's been a really hard year with the kids.",
        "So it's been a hard year. What helped you get through it?",
        [("reflection", "simple"), ("open", None)],
        "open:wh:what",
    ),
    # the other asked; the professional answers: information, not a reflection
    (
        "nl",
        "Wanneer is de zitting bij de rechter?",
        "De zitting bij de rechter is op twaalf maart.",
        [("other", None)],
        None,
    ),
    (
        "en",
        "When is the meeting with the school?",
        "The meeting with the school is on Tuesday.",
        [("other", None)],
        None,
    ),
    # the professional's own view is no reflection, however many words it shares
    (
        "nl",
        "Ik vind die school echt slecht.",
        "Ik vind de school eigenlijk best goed.",
        [("other", None)],
        None,
    ),
    # permission is no reflection
    (
        "nl",
        "Ik wil niet naar een psycholoog.",
        "U hoeft niet naar een psycholoog als u dat niet wilt.",
        [("other", None)],
        None,
    ),
    # open questions: "how come", "anything else", a scale asks a number, its follow-up is open
    (
        "en",
        "I've cut down a bit.",
        "Anything else going on with the drinking?",
        [("open", None)],
        "open:open-phrase",
    ),
    (
        "en",
        "Maybe.",
        "On a scale of zero to ten, how ready are you to cut down?",
        [("closed", None)],
        "closed:scale",
    ),
    ("en", "A six.", "Why a six and not a three?", [("open", None)], "open:open-phrase"),
    (
        "nl",
        "Een zes.",
        "Op een schaal van nul tot tien, hoe klaar bent u ervoor?",
        [("closed", None)],
        "closed:scale",
    ),
    (
        "nl",
        "Ik ben naar school gegaan.",
        "Sinds wanneer gaat hij weer?",
        [("closed", None)],
        "closed:wh:sinds",
    ),
]


@pytest.mark.parametrize("lang,before,text,expected,rule", DIALOGUES)
def test_each_rule_on_a_dialogue(lang, before, text, expected, rule) -> None:
    assert codes(text, lang, before) == expected, why(text, lang, before)
    if rule is not None:
        assert rule in why(text, lang, before)


def test_without_the_other_turn_overlap_cannot_fire() -> None:
    assert codes("Hij duwde u.", "nl") == [("other", None)]
    assert codes("Hij duwde u.", "nl", "Hij duwde me.") == [("reflection", "simple")]


def test_the_turn_codes_add_up() -> None:
    c = code_turn(
        "Dus het was zwaar. Wat hielp?", "nl", ["Het was een heel zwaar jaar met de kinderen."]
    )
    assert c.reflection and c.reflection_type == "simple"
    assert [q.type for q in c.questions] == ["open"] and c.question_type == "open"


def test_a_complex_sentence_makes_the_turn_complex() -> None:
    c = code_turn(
        "U slaapt slecht. U bent doodop.", "nl", ["Ik slaap al weken slecht door de baby."]
    )
    assert [s.reflection for s in c.sentences] == ["simple", "complex"]
    assert c.reflection_type == "complex"


def test_stems_match_across_word_forms() -> None:
    from partnerschap.transcript import get_coder

    nl, en = get_coder("nl"), get_coder("en")
    assert nl.stem("drinkt") == nl.stem("drinken") == nl.stem("drink")
    assert nl.stem("zware") == nl.stem("zwaar")
    assert en.stem("worried") == en.stem("worry") == en.stem("worries")
    assert en.stem("stopped") == en.stem("stopping") == en.stem("stop")
