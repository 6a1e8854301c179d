"""Coding rules on hand-checked utterances (MITI 4.2.1 style), in Dutch and English."""

from __future__ import annotations

import pytest

from partnerschap.transcript import code_turn, split_sentences
from partnerschap.transcript.phrases import (
    PhraseError,
    compile_named,
    compile_phrases,
    normalize,
    phrase_regex,
)

# (text, question types, reflection, directive, compliment)
NL = [
    ("Hoe gaat het nu met de kinderen?", ["open"], False, False, False),
    ("Wat vindt u daar zelf van?", ["open"], False, False, False),
    ("Waarom is dat zo moeilijk voor u?", ["open"], False, False, False),
    ("Hoe oud is uw dochter?", ["closed"], False, False, False),
    ("Hoeveel nachten per week slaapt hij bij zijn vader?", ["closed"], False, False, False),
    ("Hoe laat gaat ze naar bed?", ["closed"], False, False, False),
    ("Is het beter of slechter geworden?", ["closed"], False, False, False),
    ("Heeft u ontbeten vanochtend?", ["closed"], False, False, False),
    ("Zou u dat willen proberen?", ["closed"], False, False, False),
    # a statement with a question mark or tag that restates is a reflection (issue 17)
    ("Dus u bent moe?", [], True, False, False),
    ("Vertel eens wat er goed gaat.", ["open"], False, False, False),
    ("Kunt u iets meer vertellen over school?", ["open"], False, False, False),
    ("Ik ben benieuwd hoe u dat ziet.", ["open"], False, False, False),
    ("Het is best zwaar zo, toch?", [], True, False, False),
    ("U bent gisteren bij de huisarts geweest?", ["closed"], False, False, False),
    ("Eh, nou, hoe, eh, hoe reageert hij dan?", ["open"], False, False, False),
    ("Heeft u, nou ja, wat heeft u toen gedaan?", ["open"], False, False, False),
    ("Wanneer gaat het wel goed?", ["open"], False, False, False),
    ("Wanneer is ze jarig?", ["closed"], False, False, False),
    ("Waar bent u het meest trots op?", ["open"], False, False, False),
    ("Waar werkt u?", ["closed"], False, False, False),
    ("Wie woont er bij u in huis?", ["closed"], False, False, False),
    ("Wie kan u daarbij helpen?", ["open"], False, False, False),
    ("Hoe gaat het? Slaapt ze goed?", ["open", "closed"], False, False, False),
    ("En toen?", ["open"], False, False, False),
    ("Het klinkt alsof u het gevoel heeft dat niemand luistert.", [], True, False, False),
    ("Als ik u goed begrijp wilt u eerst rust.", [], True, False, False),
    ("U maakt zich grote zorgen over hem.", [], True, False, False),
    ("Dus de buurvrouw helpt al mee.", [], True, False, False),
    ("Wat ik u hoor zeggen is dat het u te veel wordt.", [], True, False, False),
    ("U moet hem gewoon vaker naar bed sturen.", [], False, True, False),
    ("Jullie moeten gewoon ophouden met ruzie.", [], False, True, False),
    ("U mag haar niet meer alleen laten.", [], False, True, False),
    ("Als ik u was zou ik de school bellen.", [], False, True, False),
    ("Volgens mij moet u eerst naar de huisarts.", [], False, True, False),
    ("Bel morgen de school.", [], False, True, False),
    ("U hoeft niet alles in één keer te doen.", [], False, False, False),
    ("U moet wel moe zijn.", [], True, False, False),
    ("Wat goed dat u vandaag gekomen bent.", [], False, False, True),
    ("Fijn dat u zo eerlijk bent.", [], False, False, True),
    ("Wat fijn!", [], False, False, False),
    ("Neem gerust de tijd.", [], False, False, False),
    ("Kijk, zo zit het.", [], False, False, False),
]

EN = [
    ("How are things at home?", ["open"], False, False, False),
    ("What do you make of that?", ["open"], False, False, False),
    ("Why is that so hard for you?", ["open"], False, False, False),
    ("How old is she?", ["closed"], False, False, False),
    ("How many times did that happen last week?", ["closed"], False, False, False),
    ("Did you talk to her teacher?", ["closed"], False, False, False),
    ("Would you be willing to try that?", ["closed"], False, False, False),
    ("So you're tired?", [], True, False, False),
    ("Tell me about a good day.", ["open"], False, False, False),
    ("Can you say more about that?", ["open"], False, False, False),
    ("That's hard, right?", [], True, False, False),
    ("You went to the doctor yesterday?", ["closed"], False, False, False),
    ("So, um, what, uh, what happened then?", ["open"], False, False, False),
    ("When do things go well?", ["open"], False, False, False),
    ("When is his birthday?", ["closed"], False, False, False),
    ("Where does he go to school?", ["closed"], False, False, False),
    ("Who lives with you?", ["closed"], False, False, False),
    ("Who could help you with that?", ["open"], False, False, False),
    ("How's he sleeping? Is he eating?", ["open", "closed"], False, False, False),
    ("What else?", ["open"], False, False, False),
    ("It sounds like you're exhausted.", [], True, False, False),
    ("So you're saying the mornings are the hardest.", [], True, False, False),
    ("You feel like nobody listens.", [], True, False, False),
    ("You're worried about him.", [], True, False, False),
    ("You have to stop drinking.", [], False, True, False),
    ("You can't leave them alone.", [], False, True, False),
    ("If I were you I'd call the school.", [], False, True, False),
    ("Make sure she's in bed by eight.", [], False, True, False),
    ("You don't have to do it all at once.", [], False, False, False),
    ("Well done for getting them to school.", [], False, False, True),
    ("It's great that you asked for help.", [], False, False, True),
    ("Take your time.", [], False, False, False),
    ("Let me know if you need anything.", [], False, False, False),
]


def _check(text, lang, questions, reflection, directive, compliment):
    c = code_turn(text, lang)
    assert [q.type for q in c.questions] == questions, text
    assert (c.reflection, c.directive, c.compliment) == (reflection, directive, compliment), text


@pytest.mark.parametrize("text,questions,reflection,directive,compliment", NL)
def test_dutch_coding(text, questions, reflection, directive, compliment) -> None:
    _check(text, "nl", questions, reflection, directive, compliment)


@pytest.mark.parametrize("text,questions,reflection,directive,compliment", EN)
def test_english_coding(text, questions, reflection, directive, compliment) -> None:
    _check(text, "en", questions, reflection, directive, compliment)


def test_several_questions_keep_their_own_text() -> None:
    c = code_turn("Wie kan u helpen? Uw zus? Wie nog meer?", "nl")
    assert [(q.type, q.text) for q in c.questions] == [
        ("open", "Wie kan u helpen?"),
        ("closed", "Uw zus?"),
        ("open", "Wie nog meer?"),
    ]
    assert c.question_type == "open"


def test_unpunctuated_turns_are_coded_by_how_they_start() -> None:
    assert [q.type for q in code_turn("hoe gaat het nu met hem", "nl").questions] == ["open"]
    assert [q.type for q in code_turn("did you call them", "en").questions] == ["closed"]
    assert code_turn("ik kom volgende week terug", "nl").questions == ()


def test_jargon_is_reported_once_per_turn_by_its_list_entry() -> None:
    c = code_turn("De OTS loopt af. Het netwerk en de netwerken, en weer de OTS en regie.", "nl")
    assert c.jargon == ("OTS", "netwerk", "regie")
    assert code_turn("We need a safety plan before the core group.", "en").jargon == (
        "safety plan",
        "core group",
    )
    assert code_turn("Hij werkt bij een netwerkbedrijf", "nl").jargon == ("netwerk",)
    assert code_turn("Dat is de regiegroep", "nl").jargon == ()


def test_named_phrases_name_the_first_group_in_list_order() -> None:
    named = compile_named(
        [
            ("e-mail", ["e-mail"]),
            ("veilig*", ["veilig*"]),
            ("veiligheidsplan", ["veiligheidsplan"]),
            ("plan van aanpak", ["plan van aanpak"]),
            ("ots", ["OTS", "ondertoezichtstelling*"]),
            ("gezin", ["re:gezins?"]),
        ]
    )
    assert named is not None
    text = normalize(
        "Het veiligheidsplan, een plan, van aanpak en de OTS: ondertoezichtstellingen, "
        "via de e-mail (niet e mail) naar het gezin en gezinnen."
    )
    assert list(named.finditer_names(text)) == [
        "veilig*",  # also a plain group, but the wildcard comes first in the list
        "plan van aanpak",  # words of a phrase may stand apart by punctuation
        "ots",
        "ots",
        "e-mail",
        "gezin",
        "gezin",
    ]


def test_sentence_splitting_keeps_abbreviations_and_pauses() -> None:
    assert split_sentences("Bijv. op school. En thuis? Ja!") == [
        "Bijv. op school.",
        "En thuis?",
        "Ja!",
    ]
    assert split_sentences("Ik dacht... misschien morgen. Goed?") == [
        "Ik dacht... misschien morgen.",
        "Goed?",
    ]
    assert split_sentences("Mevr. J. de Vries komt ook.") == ["Mevr. J. de Vries komt ook."]


def test_phrase_syntax() -> None:
    def hit(phrase: str, text: str) -> bool:
        pat = compile_phrases([phrase])
        assert pat is not None
        return bool(pat.search(normalize(text)))

    assert hit("wanneer gaat het (wel) goed*", "Wanneer gaat het WÉL goed thuis?")
    assert hit("wanneer gaat het (wel) goed*", "wanneer gaat het goed")
    assert not hit("wanneer gaat het (wel) goed*", "wanneer gaat het")
    assert hit("verander*", "veranderingen")
    assert not hit("verander*", "onveranderd")
    assert hit("[u|je] moet", "Je moet")
    assert not hit("[u|je] moet", "jullie moet")
    assert hit("wat … goed", "wat gaat er nu eigenlijk goed")
    assert hit("wat ... goed", "wat gaat goed")
    assert not hit("wat … goed", "wat. Goed")  # no gap across a sentence end
    assert hit("re:\\bhoe (vaak|lang)\\b", "Hoe lang al?")
    assert hit("cafe", "Café")
    assert hit("what's", "What’s up")
    with pytest.raises(PhraseError):
        phrase_regex("re:(")
    with pytest.raises(PhraseError):
        phrase_regex("[u|je")
    with pytest.raises(PhraseError):
        phrase_regex("  ")
