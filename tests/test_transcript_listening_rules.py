"""Rules of the listening coder added after the dialogue benchmark (issue 17): each on a
small hand-written dialogue in Dutch and English — the other's turn, then the
professional's — with the rule that fired, and a look-alike that the rule leaves alone."""

from __future__ import annotations

import pytest

from partnerschap.transcript import code_turn


def codes(text: str, lang: str, *before: str) -> list[tuple[str, str | None]]:
    return [(s.type, s.reflection) for s in code_turn(text, lang, before).sentences]


def types(text: str, lang: str, *before: str) -> list[str]:
    return [s.type for s in code_turn(text, lang, before).sentences]


def why(text: str, lang: str, *before: str) -> tuple[str, ...]:
    return code_turn(text, lang, before).why


# (language, the other's turn, the professional's turn, codes per sentence, a rule that fired);
# the depth is checked only where the rule decides it (simple or complex is the depth rules')
REFLECTIONS = [
    # the other's own words given back, "ik"/"I" turned into "u"/"you": an echo
    (
        "nl",
        "Ik kan het gewoon niet meer aan, alles komt op mij neer.",
        "U kunt het niet meer aan.",
        [("reflection", "simple")],
        "echo",
    ),
    (
        "en",
        "Honestly? I'm done. I'm just done with all of it.",
        "You're done with all of it.",
        [("reflection", "simple")],
        "echo",
    ),
    (
        "nl",
        "Ik heb het echt gehad met die school, hoor.",
        "U heeft het gehad.",
        [("reflection", "simple")],
        "echo",
    ),
    # Dutch verb forms with "ik" and "u" share a stem ("sta", "staat")
    (
        "nl",
        "Ik sta er gewoon helemaal alleen voor.",
        "U staat er helemaal alleen voor.",
        [("reflection", "simple")],
        "echo",
    ),
    # a statement with "u"/"you" as its subject about what the other went through
    (
        "nl",
        "Elke ochtend sta ik om zes uur op om hem naar school te brengen.",
        "U doet er alles voor.",
        [("reflection", "complex")],
        "you-statement",
    ),
    (
        "en",
        "I get up at six every morning to drive him to school.",
        "You go out of your way for him.",
        [("reflection", "complex")],
        "you-statement",
    ),
    # a frame ("het voelt als", "it feels like") that applies a meaning to the other
    (
        "nl",
        "Ik moet van de rechter naar die training. Elke dinsdag.",
        "Het voelt als een straf voor u.",
        [("reflection", "complex")],
        "frame+you",
    ),
    (
        "en",
        "The judge says I have to go to that course. Every Tuesday.",
        "The whole course feels like a punishment to you.",
        [("reflection", "complex")],
        "frame+you",
    ),
    # a fragment about the other ("voor uzelf", "to yourself")
    (
        "nl",
        "Als ik ga hardlopen ben ik even weg van alles.",
        "Even helemaal voor uzelf.",
        [("reflection", "complex")],
        "fragment+you",
    ),
    (
        "en",
        "When I go running I'm away from everything for a bit.",
        "Some space for yourself.",
        [("reflection", "complex")],
        "fragment+you",
    ),
    # an inference marker at the end: ", dus." / ", then."
    (
        "nl",
        "Als hij boos is gaat hij op zijn kamer gamen tot hij rustig is.",
        "Zijn manier om af te koelen, dus.",
        [("reflection", "complex")],
        "so-restatement",
    ),
    (
        "en",
        "When he's angry he goes up to his room and games until he's calm.",
        "His way of cooling off, then.",
        [("reflection", "complex")],
        "so-restatement",
    ),
    # "En …"/"And …" after a reflection in the same turn carries that reflection on
    (
        "nl",
        "Ik doe alles alleen, de hele dag, en 's nachts ook.",
        "U bent moe. En niemand die het even van u overneemt.",
        [("reflection", "complex"), ("reflection", "complex")],
        "continues-reflection",
    ),
    (
        "en",
        "I do everything on my own, all day, and at night too.",
        "You're tired. And no one around to take over for a while.",
        [("reflection", "complex"), ("reflection", "complex")],
        "continues-reflection",
    ),
]


@pytest.mark.parametrize(("lang", "before", "text", "want", "rule"), REFLECTIONS)
def test_reflection_rule(
    lang: str, before: str, text: str, want: list[tuple[str, str | None]], rule: str
) -> None:
    if rule == "continues-reflection":
        assert codes(text, lang, before) == want
    assert types(text, lang, before) == [t for t, _ in want]
    assert any(w == rule or w.startswith(rule + ":") for w in why(text, lang, before))


# look-alikes the new rules leave alone: (language, the other's turn, the professional's turn)
NOT_REFLECTIONS = [
    # disagreeing or correcting, even with the other's words in it
    (
        "nl",
        "Jullie vinden me vast een slechte moeder.",
        "Niemand zegt dat u een slechte moeder bent.",
    ),
    ("en", "You all think I'm a bad mother.", "Nobody's saying you're a bad mother."),
    # emphasising autonomy
    ("nl", "Ik ken mijn rechten, hoor. Ik hoef niks.", "Dat is ook uw recht."),
    ("en", "I know my rights. I don't have to do anything.", "That's your right."),
    # information with "u"/"you" as its subject
    ("nl", "Wat gebeurt er nu verder met ons?", "U krijgt binnen twee weken een brief."),
    ("en", "So what happens to us now?", "You'll get a letter within two weeks."),
    ("en", "I don't see why I should come here at all.", "You're required to attend six sessions."),
    ("nl", "Ik snap niet waarom ik hier moet komen.", "U bent verplicht om zes keer te komen."),
    # ... or an arrangement still to come
    (
        "nl",
        "Ik ben die brief van het consultatiebureau kwijt.",
        "U heeft morgen om tien uur een afspraak bij de jeugdarts.",
    ),
    (
        "en",
        "I lost the letter they sent me.",
        "You've got an appointment with the nurse next week.",
    ),
    # a courtesy is no fragment about the other
    ("nl", "Ik heb de papieren voor u meegenomen.", "Dank u wel."),
    ("en", "I brought the forms you asked for.", "Thank you."),
    # a sentence with a finite verb is no fragment: information that reuses the other's words
    (
        "nl",
        "Ik gaf hem een tik op zijn billen, dat is toch normaal.",
        "Een tik op de billen is in Nederland bij wet verboden.",
    ),
    (
        "en",
        "I drink about twenty units a week, maybe more.",
        "The guideline for adults is fourteen units a week at most.",
    ),
    # the professional's own plan after "En …"
    (
        "nl",
        "Ik doe alles alleen, de hele dag.",
        "U bent moe. En ik ga kijken wat we kunnen regelen.",
    ),
    ("en", "I do everything on my own, all day.", "You're tired. And I'll see what we can set up."),
]


@pytest.mark.parametrize(("lang", "before", "text"), NOT_REFLECTIONS)
def test_not_a_reflection(lang: str, before: str, text: str) -> None:
    got = codes(text, lang, before)
    assert got[-1][0] != "reflection", why(text, lang, before)


def test_explain_names_the_new_rules_in_words(invoke, tmp_path):
    """``analyze --explain`` says in words why an echo and a statement about the other are
    reflections."""
    transcript = tmp_path / "gesprek.txt"
    transcript.write_text(
        "Moeder: Ik heb het echt gehad met die school, hoor.\n"
        "Sanne: U heeft het gehad.\n"
        "Moeder: Elke ochtend sta ik om zes uur op om hem naar school te brengen.\n"
        "Sanne: U doet er alles voor. En niemand die het even van u overneemt.\n",
        encoding="utf-8",
    )
    result = invoke("analyze", transcript, "-p", "sanne", "--explain", "2")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "geeft de woorden van de ander terug" in out
    result = invoke("analyze", transcript, "-p", "sanne", "--explain", "4")
    out = " ".join(result.stdout.split())
    assert "zegt iets over de ander, met 'u' of 'je' als onderwerp" in out
    assert "gaat door op de reflectie ervoor" in out


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "rule", ["echo", "you-statement", "frame+you", "fragment+you", "continues-reflection"]
)
def test_every_new_rule_has_words(lang: str, rule: str) -> None:
    from partnerschap.transcript.report import why_text

    assert why_text(rule, lang) != rule
