"""Messages of transcript analysis: ``analyze`` and ``reflect --transcript``.

The transcript library keeps its own file messages (:mod:`partnerschap.transcript.errors`)
and reference texts (:data:`partnerschap.transcript.REFERENCES`); everything else the
commands show is here.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts -------------------------------------------------------------------------
    "help.analyze": (
        "Analyseer een transcript (Teams/Zoom .vtt, .srt of tekst): open en gesloten vragen, "
        "reflecties, opdrachten, vaktermen en per uitgangspunt de regels die het laten zien.",
        "Analyse a transcript (Teams/Zoom .vtt, .srt or text): open and closed questions, "
        "reflections, directives, jargon and, per principle, the lines that show it.",
    ),
    "help.analyze.file": (
        "Het transcript: .vtt, .srt of tekst met 'Naam: tekst' per beurt.",
        "The transcript: .vtt, .srt or text with 'Name: text' per turn.",
    ),
    "help.analyze.professional": (
        "Naam van de professional in het transcript (mag vaker; hoofdletters maken niet uit). "
        "Zonder deze optie wordt het gevraagd.",
        "Name of the professional in the transcript (repeatable; case-insensitive). "
        "Without it you are asked.",
    ),
    "help.analyze.set": (
        "Welke set uitgangspunten levert de signalen (standaard: je standaardset).",
        "Which principle set provides the signals (default: your default set).",
    ),
    "help.analyze.transcript_lang": (
        "Taal van het transcript (nl of en); standaard herkend uit de tekst.",
        "Language of the transcript (nl or en); detected from the text by default.",
    ),
    "help.analyze.format": (
        "Uitvoer: text (rapport in de terminal), md (document voor intervisie) of json.",
        "Output: text (report in the terminal), md (document for supervision) or json.",
    ),
    "help.analyze.output": (
        "Schrijf naar dit bestand in plaats van naar het scherm.",
        "Write to this file instead of the screen.",
    ),
    "help.analyze.keep_identifiers": (
        "Citaten niet anonimiseren (namen, telefoonnummers en dergelijke blijven staan).",
        "Do not redact quotes (names, phone numbers and the like stay in).",
    ),
    "help.reflect.transcript": (
        "Transcript van het gesprek: toont eerst wat eruit blijkt en stelt antwoorden voor.",
        "Transcript of the conversation: shows what it suggests first and proposes answers.",
    ),
    "help.reflect.professional": (
        "Naam van de professional in het transcript (mag vaker).",
        "Name of the professional in the transcript (repeatable).",
    ),
    # --- errors and warnings ----------------------------------------------------------------
    "error.analyze.format": (
        "Onbekend formaat '{value}'. Kies text, md of json.",
        "Unknown format '{value}'. Choose text, md or json.",
    ),
    "error.analyze.language": (
        "Onbekende transcripttaal '{value}'. Kies nl of en.",
        "Unknown transcript language '{value}'. Choose nl or en.",
    ),
    "error.analyze.transcript_answers": (
        "--transcript werkt alleen bij een interactieve reflectie, niet met --answers.",
        "--transcript works with an interactive reflection only, not with --answers.",
    ),
    "error.analyze.explain_line": (
        "{path} heeft geen beurt op regel {line} of ervoor.",
        "{path} has no turn at line {line} or before it.",
    ),
    "error.analyze.explain_format": (
        "--explain werkt bij het rapport in de terminal (--format text); in JSON staat per "
        'beurt onder "why" welke regels golden.',
        "--explain works with the report in the terminal (--format text); in JSON every turn "
        'lists the rules that fired under "why".',
    ),
    "help.analyze.explain": (
        "Laat voor de beurt op deze regel van het bestand zien hoe elke zin gecodeerd is en "
        "waarom.",
        "Show for the turn at this line of the file how each sentence was coded and why.",
    ),
    "ui.analyze.keep_identifiers": (
        "Let op: citaten zijn niet geanonimiseerd (--keep-identifiers). Deel deze uitvoer niet.",
        "Note: quotes are not redacted (--keep-identifiers). Do not share this output.",
    ),
    "ui.analyze.written": ("Analyse geschreven naar {path}", "Analysis written to {path}"),
    # --- choosing the professional ----------------------------------------------------------
    "prompt.analyze.professional": (
        "Wie is de professional in dit transcript?",
        "Who is the professional in this transcript?",
    ),
    "prompt.analyze.speaker.one": (
        "{name}: {share} van de woorden, 1 beurt",
        "{name}: {share} of the words, 1 turn",
    ),
    "prompt.analyze.speaker.many": (
        "{name}: {share} van de woorden, {n} beurten",
        "{name}: {share} of the words, {n} turns",
    ),
    # --- the report -------------------------------------------------------------------------
    "ui.analyze.title": ("Gespreksanalyse", "Conversation analysis"),
    "ui.analyze.file": ("Bestand", "File"),
    "ui.analyze.format": ("Formaat", "Format"),
    "ui.analyze.language": ("Taal transcript", "Transcript language"),
    "ui.analyze.language.detected": ("{language} (herkend)", "{language} (detected)"),
    "ui.analyze.language.nl": ("Nederlands", "Dutch"),
    "ui.analyze.language.en": ("Engels", "English"),
    "ui.analyze.set": ("Set", "Set"),
    "ui.analyze.speakers": ("Sprekers", "Speakers"),
    "ui.analyze.speakers.value": (
        "{professionals}, {others}; {turns}",
        "{professionals}, {others}; {turns}",
    ),
    "count.professionals.one": ("1 professional", "1 professional"),
    "count.professionals.many": ("{n} professionals", "{n} professionals"),
    "count.others.zero": ("geen anderen", "no others"),
    "count.others.one": ("1 ander", "1 other"),
    "count.others.many": ("{n} anderen", "{n} others"),
    "count.turns.one": ("1 beurt", "1 turn"),
    "count.turns.many": ("{n} beurten", "{n} turns"),
    "ui.analyze.format.vtt": ("WebVTT", "WebVTT"),
    "ui.analyze.format.srt": ("SubRip", "SubRip"),
    "ui.analyze.format.txt": ("tekst", "text"),
    "ui.analyze.measures": (
        "Maten (beurten van de professional)",
        "Measures (the professional's turns)",
    ),
    "ui.analyze.measure": ("Maat", "Measure"),
    "ui.analyze.value": ("Waarde", "Value"),
    "ui.analyze.anchor": ("MITI", "MITI"),
    "ui.analyze.meaning": ("Wat het betekent", "What it means"),
    "ui.analyze.rating.below": ("onder de drempel", "below threshold"),
    "ui.analyze.rating.fair": ("redelijk", "fair"),
    "ui.analyze.rating.good": ("goed", "good"),
    "ui.analyze.jargon_terms": ("Vaktermen", "Jargon"),
    "ui.analyze.principles": ("Per uitgangspunt", "Per principle"),
    "ui.analyze.status.evidence": ("gezien", "seen"),
    "ui.analyze.status.counter_evidence": ("alleen ondermijnd", "only undermined"),
    "ui.analyze.status.mixed": ("gemengd", "mixed"),
    "ui.analyze.status.none": ("geen signalen", "no signals"),
    "ui.analyze.counts": (
        "{honours} × gezien, {undermines} × ondermijnd",
        "{honours} × seen, {undermines} × undermined",
    ),
    "ui.analyze.more": ("… en nog {count}", "… and {count} more"),
    "ui.analyze.undermined": (
        "Regels die een uitgangspunt ondermijnden",
        "Lines that undermined a principle",
    ),
    "ui.analyze.undermined.none": (
        "Geen regels gevonden die een uitgangspunt ondermijnden.",
        "No lines found that undermined a principle.",
    ),
    "ui.analyze.directives": (
        "Opdrachten en advies zonder toestemming",
        "Directives and advice without permission",
    ),
    "ui.analyze.no_signals": (
        "Deze set heeft geen signalen per uitgangspunt; alleen de maten hierboven.",
        "This set has no signals per principle; only the measures above.",
    ),
    "ui.analyze.no_signals_lang": (
        "Deze set heeft geen signalen in het {language}; alleen de maten hierboven.",
        "This set has no signals in {language}; only the measures above.",
    ),
    "ui.analyze.line": ("r. {line}", "line {line}"),
    "ui.analyze.redacted": (
        "In de citaten zijn identificerende gegevens en namen na een rolwoord vervangen; "
        "sprekers heten [professional] en [other].",
        "Identifiers and names after a role word replaced in the quotes; speakers are called "
        "[professional] and [other].",
    ),
    "ui.analyze.check_one": (
        "1 citaat bevat nog een woord met een hoofdletter dat een naam kan zijn (een naam "
        "zonder rolwoord, zoals in 'met Daan thuis', wordt niet herkend): lees het na voordat "
        "je het deelt.",
        "1 quote still holds a capitalised word that may be a name (a name without a role "
        "word, as in 'at home with Daan', is not recognised): read it before you share it.",
    ),
    "ui.analyze.check_many": (
        "{count} citaten bevatten nog een woord met een hoofdletter dat een naam kan zijn "
        "(een naam zonder rolwoord, zoals in 'met Daan thuis', wordt niet herkend): lees ze "
        "na voordat je ze deelt.",
        "{count} quotes still hold a capitalised word that may be a name (a name without a "
        "role word, as in 'at home with Daan', is not recognised): read them before you "
        "share them.",
    ),
    "ui.analyze.not_redacted": (
        "Citaten zijn NIET geanonimiseerd; sprekers heten [professional] en [other].",
        "Quotes are NOT redacted; speakers are called [professional] and [other].",
    ),
    "ui.analyze.generated": (
        "Gemaakt met partnerschap {version}.",
        "Made with partnerschap {version}.",
    ),
    # --- what the measures mean (where the library has no reference text) -------------------
    "ui.analyze.m.professional_turns": ("Beurten", "Turns"),
    "ui.analyze.m.questions": ("Vragen", "Questions"),
    "ui.analyze.m.open_questions": ("Open vragen", "Open questions"),
    "ui.analyze.m.closed_questions": ("Gesloten vragen", "Closed questions"),
    "ui.analyze.m.open_question_share": ("Deel open vragen", "Open-question share"),
    "ui.analyze.m.reflections": ("Reflecties", "Reflections"),
    "ui.analyze.m.reflection_to_question": ("Reflecties per vraag", "Reflections per question"),
    "ui.analyze.m.directives": ("Opdrachten, advies", "Directives, advice"),
    "ui.analyze.m.compliments": ("Complimenten", "Compliments"),
    "ui.analyze.m.jargon": ("Vaktermen", "Jargon"),
    "ui.analyze.m.professional_word_share": ("Deel van de woorden", "Share of the words"),
    "ui.analyze.m.longest_professional_run": ("Langste reeks", "Longest run"),
    "ui.analyze.m.simple_reflections": ("Enkelvoudige reflecties", "Simple reflections"),
    "ui.analyze.m.complex_reflections": ("Complexe reflecties", "Complex reflections"),
    "ui.analyze.m.complex_reflection_share": (
        "Deel complexe reflecties",
        "Complex-reflection share",
    ),
    "ui.analyze.ref.simple_reflections": (
        "Reflecties die teruggeven wat de ander zei, met eigen of dezelfde woorden.",
        "Reflections that give back what the other said, in the same or other words.",
    ),
    "ui.analyze.ref.complex_reflections": (
        "Reflecties die iets toevoegen: een gevoel dat de ander niet noemde, twee kanten "
        "tegelijk, een samenvatting, de zin van de ander afmaken.",
        "Reflections that add something: a feeling the other did not name, two sides at "
        "once, a summary, finishing the other's sentence.",
    ),
    "ui.analyze.ref.professional_turns": (
        "Hoe vaak de professional aan het woord was.",
        "How often the professional spoke.",
    ),
    "ui.analyze.ref.questions": (
        "Alle vragen; meerdere vragen in één beurt tellen elk.",
        "All questions; several questions in one turn each count.",
    ),
    "ui.analyze.ref.open_questions": (
        "Vragen die uitnodigen tot een verhaal of een eigen kijk ('vertel eens', 'hoe ging dat?').",
        "Questions that invite a story or a view ('tell me about', 'how did that go?').",
    ),
    "ui.analyze.ref.closed_questions": (
        "Vragen naar ja of nee, een keuze of één feit ('hoe oud is hij?', 'heeft u …?').",
        "Questions asking for yes or no, a choice or one fact ('how old is he?', 'do you …?').",
    ),
    "ui.analyze.ref.reflections": (
        "Beurten waarin de professional teruggeeft wat de ander zegt ('dus u zegt …', "
        "'het klinkt alsof …').",
        "Turns in which the professional says back what the other said ('so you're saying …', "
        "'it sounds like …').",
    ),
    # --- --explain LINE -----------------------------------------------------------------------
    "ui.analyze.explain.title": ("Uitleg bij {line}", "Explanation of {line}"),
    "ui.analyze.explain.before": (
        "De ander zei net (hiermee is de beurt vergeleken):",
        "The other person had just said (what the turn was compared with):",
    ),
    "ui.analyze.explain.nothing_before": (
        "De ander zei hiervoor niets; de beurt is op zichzelf gecodeerd.",
        "The other person said nothing just before; the turn was coded on its own.",
    ),
    "ui.analyze.explain.not_professional": (
        "Deze beurt is van de ander; alleen beurten van de professional worden gecodeerd.",
        "This turn is the other person's; only the professional's turns are coded.",
    ),
    "ui.analyze.explain.sentence": ("Zin {n}", "Sentence {n}"),
    "ui.analyze.explain.no_rule": ("geen regel", "no rule"),
    "ui.analyze.explain.open": ("open vraag", "open question"),
    "ui.analyze.explain.closed": ("gesloten vraag", "closed question"),
    "ui.analyze.explain.simple": ("enkelvoudige reflectie", "simple reflection"),
    "ui.analyze.explain.complex": ("complexe reflectie", "complex reflection"),
    "ui.analyze.explain.other": ("geen vraag of reflectie", "no question or reflection"),
    "ui.analyze.why.lead": (
        "begint als een reflectie: '{detail}'",
        "a reflective lead: '{detail}'",
    ),
    "ui.analyze.why.double-sided": ("twee kanten tegelijk", "two sides at once"),
    "ui.analyze.why.so-restatement": (
        "herhaalt na 'dus' wat de ander zei",
        "restates what the other said after 'so'",
    ),
    "ui.analyze.why.you+state": (
        "zegt wat de ander voelt, denkt of wil: '{detail}'",
        "says what the other feels, thinks or wants: '{detail}'",
    ),
    "ui.analyze.why.feeling": (
        "noemt een gevoel van de ander: '{detail}'",
        "names a feeling of the other: '{detail}'",
    ),
    "ui.analyze.why.overlap": (
        "neemt woorden van de ander over: {detail}",
        "takes up the other's words: {detail}",
    ),
    "ui.analyze.why.fragment": (
        "een halve zin die aansluit op wat de ander zei",
        "a fragment that follows on from what the other said",
    ),
    "ui.analyze.why.completes-turn": (
        "maakt de zin van de ander af",
        "finishes the other's sentence",
    ),
    "ui.analyze.why.echo": (
        "geeft de woorden van de ander terug ('ik' wordt 'u')",
        "gives the other's own words back ('I' becomes 'you')",
    ),
    "ui.analyze.why.you-statement": (
        "zegt iets over de ander, met 'u' of 'je' als onderwerp",
        "says something about the other, with 'you' as its subject",
    ),
    "ui.analyze.why.frame+you": (
        "zegt hoe iets voor de ander voelt of klinkt",
        "says how something feels or sounds to the other",
    ),
    "ui.analyze.why.fragment+you": (
        "een halve zin over de ander",
        "a fragment about the other",
    ),
    "ui.analyze.why.continues-reflection": (
        "gaat door op de reflectie ervoor",
        "carries on the reflection just before",
    ),
    "ui.analyze.why.declarative+?": (
        "een mededeling met een vraagteken: geen vraag, want ze geeft terug",
        "a statement with a question mark: not a question, as it gives back",
    ),
    "ui.analyze.why.declarative+tag": (
        "een mededeling met 'toch?' of 'hè?': geen vraag, want ze geeft terug",
        "a statement with a tag ('right?'): not a question, as it gives back",
    ),
    "ui.analyze.why.summary": ("een samenvatting", "a summary"),
    "ui.analyze.why.summary-of-turns": (
        "neemt iets op uit {detail} beurten van de ander",
        "takes up {detail} turns of the other",
    ),
    "ui.analyze.why.feeling-not-said": (
        "noemt een gevoel dat de ander niet noemde: '{detail}'",
        "names a feeling the other did not name: '{detail}'",
    ),
    "ui.analyze.why.contrast": (
        "zet twee dingen naast elkaar ('maar', 'terwijl')",
        "sets two things side by side ('but', 'while')",
    ),
    "ui.analyze.why.adds-meaning": (
        "voegt vooral eigen woorden toe aan wat de ander zei",
        "adds mostly words of its own to what the other said",
    ),
    "ui.analyze.why.open": ("open", "open"),
    "ui.analyze.why.closed": ("gesloten", "closed"),
    "ui.analyze.why.q.request": ("een verzoek om te vertellen", "a request to tell"),
    "ui.analyze.why.q.directive-question": ("een advies als vraag", "advice as a question"),
    "ui.analyze.why.q.elliptical": ("een korte vraag om meer", "a short question for more"),
    "ui.analyze.why.q.open-phrase": (
        "vraagt om meer van het verhaal",
        "asks for more of the story",
    ),
    "ui.analyze.why.q.scale": ("vraagt een getal op een schaal", "asks a number on a scale"),
    "ui.analyze.why.q.wh": ("begint met '{word}'", "starts with '{word}'"),
    "ui.analyze.why.q.verb-first": ("begint met het werkwoord", "starts with the verb"),
    "ui.analyze.why.q.exclamative": ("een uitroep", "an exclamation"),
    "ui.analyze.why.q.tag": ("een mededeling met 'toch?'", "a statement with a tag"),
    "ui.analyze.why.q.declarative": (
        "een mededeling met een vraagteken die niet teruggeeft",
        "a statement with a question mark that does not give back",
    ),
    # --- reflect --transcript ---------------------------------------------------------------
    "ui.hint.title": ("Wat het transcript laat zien", "What the transcript shows"),
    "ui.hint.intro": (
        "Bij checks waar het transcript een duidelijk signaal geeft, staat een antwoord "
        "voorgekozen. Bevestig het met Enter of kies zelf.",
        "Where the transcript gives a clear signal, an answer is pre-selected. Confirm it "
        "with Enter or choose your own.",
    ),
    "ui.hint.reason.evidence": (
        "{line} \u201c{quote}\u201d",
        "{line} \u201c{quote}\u201d",
    ),
    "ui.hint.reason.counter_evidence": (
        "ondermijnd in {line} \u201c{quote}\u201d",
        "undermined in {line} \u201c{quote}\u201d",
    ),
    "ui.hint.reason.mixed": (
        "{line} \u201c{quote}\u201d, maar {line2} \u201c{quote2}\u201d",
        "{line} \u201c{quote}\u201d, but {line2} \u201c{quote2}\u201d",
    ),
    "ui.hint.reason.no_effect": (
        "compliment zonder het effect erbij, {line} \u201c{quote}\u201d",
        "compliment without its effect, {line} \u201c{quote}\u201d",
    ),
    "ui.hint.reason.asked_meaning": (
        "na een vakterm vroeg de ouder in {line} \u201c{quote}\u201d",
        "after a technical term the parent asked in {line} \u201c{quote}\u201d",
    ),
    "ui.hint.suggested": (
        "voorstel uit het transcript: {answer}",
        "suggested by the transcript: {answer}",
    ),
}
