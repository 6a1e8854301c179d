"""Messages of the core: help, prompts, labels, errors and file problems.

Keys are grouped by prefix: ``help.*`` (command help), ``prompt.*`` (questions asked),
``ui.*`` (labels and headings), ``status.*``/``answer.*`` (words), ``error.*``, ``file.*``,
``yaml.*`` and ``set.*`` (problems in user files). Placeholders use ``str.format``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts -------------------------------------------------------------------------
    "help.app": (
        "partnerschap: een coach voor partnerschap in moeilijke gesprekken met ouders "
        "(Signs of Safety). Reflecteer na een gesprek, oefen met casussen, bekijk je logboek.",
        "partnerschap: a coach for partnership in difficult conversations with parents "
        "(Signs of Safety). Reflect after a conversation, practise with cases, review your log.",
    ),
    "help.version": ("Toon het versienummer en stop.", "Show the version and exit."),
    "help.lang": ("Taal: nl (standaard) of en.", "Language: nl (default) or en."),
    "help.reflect": (
        "Reflecteer op een moeilijk gesprek: beantwoord de checkvragen, zie welke "
        "uitgangspunten gemist zijn en welke vragen je volgende keer kunt stellen.",
        "Reflect on a difficult conversation: answer the check questions, see which principles "
        "were missed and which questions to ask next time.",
    ),
    "help.reflect.set": (
        "Welke set uitgangspunten (bijv. partnerschap, client-perspective, all).",
        "Which principle set (e.g. partnerschap, client-perspective, all).",
    ),
    "help.reflect.scenario": (
        "Hoe het gesprek verliep: opgelucht, boos, geen-vertrouwen of anders "
        "(of relieved, angry, no-trust, other).",
        "How the conversation went: relieved, angry, no-trust or other.",
    ),
    "help.reflect.quick": (
        "Stel alleen de checkvragen die bij het verloop van het gesprek horen.",
        "Ask only the check questions that belong to how the conversation went.",
    ),
    "help.reflect.answers": (
        "Lees de antwoorden uit een YAML-bestand in plaats van ze te vragen.",
        "Read the answers from a YAML file instead of asking.",
    ),
    "help.reflect.json": (
        "Toon de bevindingen als JSON.",
        "Print the findings as JSON.",
    ),
    "help.reflect.output": (
        "Schrijf de reflectie ook als markdown naar dit bestand.",
        "Also write the reflection as markdown to this file.",
    ),
    "help.principles": (
        "Bekijk en controleer sets met uitgangspunten.",
        "View and check principle sets.",
    ),
    "help.principles.list": (
        "Toon de uitgangspunten van een set (en welke sets er zijn).",
        "List the principles of a set (and which sets there are).",
    ),
    "help.principles.show": (
        "Toon één uitgangspunt: uitleg, checkvragen en voorbeeldvragen.",
        "Show one principle: explanation, check questions and example questions.",
    ),
    "help.principles.validate": (
        "Controleer YAML-bestanden met uitgangspunten en meld alle problemen.",
        "Check principle set YAML files and report every problem.",
    ),
    "help.principles.dir": (
        "Map met extra sets (ook via PARTNERSCHAP_PRINCIPLES).",
        "Folder with extra sets (also via PARTNERSCHAP_PRINCIPLES).",
    ),
    "help.principles.init": (
        "Schrijf een startbestand voor een eigen set (een kopie om aan te passen, of een "
        "kleine basis met uitleg).",
        "Write a starting file for a set of your own (a copy to adapt, or a small commented "
        "skeleton).",
    ),
    "help.principles.init.from": (
        "Begin met een kopie van deze set (bijv. partnerschap).",
        "Start from a copy of this set (e.g. partnerschap).",
    ),
    "help.principles.init.force": (
        "Overschrijf het bestand als het al bestaat.",
        "Overwrite the file if it exists.",
    ),
    "help.config": (
        "Bekijk of wijzig instellingen (taal, standaardset).",
        "View or change settings (language, default set).",
    ),
    "help.config.show": (
        "Toon de instellingen en waar ze vandaan komen.",
        "Show the settings and where they come from.",
    ),
    "help.config.set": (
        "Wijzig een instelling: language of default_set.",
        "Change a setting: language or default_set.",
    ),
    "help.set": ("Welke set (id).", "Which set (id)."),
    "help.json": ("Uitvoer als JSON.", "Output as JSON."),
    # --- answers and statuses --------------------------------------------------------------
    "answer.yes": ("ja", "yes"),
    "answer.partly": ("deels", "partly"),
    "answer.no": ("nee", "no"),
    "answer.na": ("nvt", "n/a"),
    "answer.skip": ("overslaan", "skip"),
    "status.missed": ("gemist", "missed"),
    "status.partly": ("deels", "partly"),
    "status.honoured": ("gelukt", "honoured"),
    "status.not_applicable": ("niet van toepassing", "not applicable"),
    "status.not_asked": ("niet gevraagd", "not asked"),
    # --- prompts ---------------------------------------------------------------------------
    "prompt.date": ("Datum van het gesprek", "Date of the conversation"),
    "prompt.date.instruction": ("(Enter = deze datum)", "(Enter = this date)"),
    "prompt.confirm.default_yes": ("[J/n]", "[Y/n]"),
    "prompt.confirm.default_no": ("[j/N]", "[y/N]"),
    "prompt.checkbox.done.zero": ("klaar", "done"),
    "prompt.checkbox.done.one": ("klaar (1 gekozen)", "done (1 chosen)"),
    "prompt.checkbox.done.many": ("klaar ({n} gekozen)", "done ({n} chosen)"),
    "prompt.select.instruction": ("(pijltjestoetsen, Enter)", "(arrow keys, Enter)"),
    "prompt.checkbox.instruction": (
        "(pijltjestoetsen, spatie = kiezen, Enter = klaar)",
        "(arrow keys, space = select, Enter = done)",
    ),
    "prompt.kind": ("Wat voor gesprek was het?", "What kind of conversation was it?"),
    "prompt.kind.instruction": (
        "(bijv. huisbezoek, telefonisch, netwerkberaad; Enter = overslaan)",
        "(e.g. home visit, phone call, network meeting; Enter = skip)",
    ),
    "prompt.participants": (
        "Wie waren erbij? Alleen rollen, geen namen",
        "Who took part? Roles only, no names",
    ),
    "prompt.participants.instruction": (
        "(bijv. moeder, vader, jeugdige, oma; met komma's; Enter = overslaan)",
        "(e.g. mother, father, young person, grandmother; with commas; Enter = skip)",
    ),
    "prompt.scenario": ("Hoe verliep het gesprek?", "How did the conversation go?"),
    "prompt.check.instruction": (
        "(j = ja, d = deels, n = nee, v = nvt)",
        "(y = yes, p = partly, n = no, a = n/a)",
    ),
    "prompt.note": (
        "Notitie bij ‘{principle}’: wat deed je concreet?",
        "Note on ‘{principle}’: what did you actually do?",
    ),
    "prompt.note.instruction": ("(Enter = geen notitie)", "(Enter = no note)"),
    "prompt.strength": ("{question}", "{question}"),
    "prompt.strength.instruction": ("(Enter = overslaan)", "(Enter = skip)"),
    "prompt.next.questions": (
        "Welke vragen wil je volgende keer stellen?",
        "Which questions do you want to ask next time?",
    ),
    "prompt.next.intention": (
        "Je eigen voornemen voor het volgende gesprek",
        "Your own intention for the next conversation",
    ),
    "prompt.next.intention.instruction": ("(Enter = geen)", "(Enter = none)"),
    "prompt.bad_date": (
        "Geen geldige datum; gebruik bijvoorbeeld {today} of {today_nl}.",
        "Not a valid date; use for example {today} or {today_nl}.",
    ),
    # --- interface labels ------------------------------------------------------------------
    "ui.reflect.title": (
        "Reflectie op een moeilijk gesprek",
        "Reflection on a difficult conversation",
    ),
    "ui.reflect.intro": (
        "Je loopt de checkvragen van '{set}' langs. Beantwoord ze eerlijk: het is voor jou. "
        "Ctrl-C stopt.",
        "You will go through the check questions of '{set}'. Answer honestly: it is for you. "
        "Ctrl-C stops.",
    ),
    "ui.context": ("Het gesprek", "The conversation"),
    "ui.checks": ("Checkvragen", "Check questions"),
    "ui.findings": ("Bevindingen", "Findings"),
    "ui.principle": ("Uitgangspunt", "Principle"),
    "ui.status": ("Resultaat", "Result"),
    "ui.set": ("Set", "Set"),
    "ui.suggestions": ("Vragen voor het volgende gesprek", "Questions for the next conversation"),
    "ui.general_questions": (
        "Vragen over de samenwerking zelf (altijd bruikbaar)",
        "Questions about the working relationship itself (always useful)",
    ),
    "ui.next_step": ("Volgende stap", "Next step"),
    "ui.summary": ("Samenvatting", "Summary"),
    "ui.summary.counts": (
        "{honoured} gelukt, {partly} deels, {missed} gemist, {not_applicable} nvt, "
        "{not_asked} niet gevraagd",
        "{honoured} honoured, {partly} partly, {missed} missed, {not_applicable} n/a, "
        "{not_asked} not asked",
    ),
    "ui.nothing_missed": (
        "Geen uitgangspunten gemist of deels gehaald. Wat heb je gedaan dat werkte? Houd dat vast.",
        "No principles missed or partly met. What did you do that worked? Hold on to it.",
    ),
    "ui.strengths": ("Wat werkte", "What worked"),
    "ui.notes": ("Notities", "Notes"),
    "ui.transcript_measures": ("Gemeten in het transcript", "Measured in the transcript"),
    "ui.date": ("Datum", "Date"),
    "ui.kind": ("Soort gesprek", "Kind of conversation"),
    "ui.participants": ("Deelnemers", "Participants"),
    "ui.scenario": ("Verloop", "How it went"),
    "ui.intention": ("Voornemen", "Intention"),
    "ui.chosen_questions": ("Gekozen vragen", "Chosen questions"),
    "ui.none": ("(geen)", "(none)"),
    "ui.written": ("Reflectie geschreven naar {path}", "Reflection written to {path}"),
    "ui.aborted": (
        "Gestopt. Er is niets opgeslagen.",
        "Stopped. Nothing was saved.",
    ),
    "ui.id": ("Id", "Id"),
    "ui.title": ("Titel", "Title"),
    "ui.checks_count": ("Checkvragen", "Checks"),
    "ui.explanation": ("Waarom", "Why"),
    "ui.example_questions": ("Voorbeeldvragen", "Example questions"),
    "ui.examples_from_practice": (
        "Voorbeelden uit de praktijk (bij één gezin)",
        "Examples from practice (with one family)",
    ),
    "ui.source": ("Bron", "Source"),
    "ui.sets": ("Beschikbare sets", "Available sets"),
    "ui.origin": ("Herkomst", "Origin"),
    "ui.origin.bundled": ("meegeleverd", "bundled"),
    "ui.origin.user": ("gebruikersmap", "user folder"),
    "ui.origin.extra": ("--principles", "--principles"),
    "ui.version": ("Versie", "Version"),
    "ui.file": ("Bestand", "File"),
    "ui.valid.one": ("{file}: in orde (1 uitgangspunt)", "{file}: valid (1 principle)"),
    "ui.valid.many": (
        "{file}: in orde ({count} uitgangspunten)",
        "{file}: valid ({count} principles)",
    ),
    "ui.broken_skipped": (
        "Overgeslagen, want het bestand bevat fouten:",
        "Skipped, because the file has errors:",
    ),
    "ui.init_written": (
        "Geschreven: {path}. Pas het aan en controleer met 'partnerschap principles validate'.",
        "Written: {path}. Adapt it and check with 'partnerschap principles validate'.",
    ),
    "ui.setting": ("Instelling", "Setting"),
    "ui.value": ("Waarde", "Value"),
    "ui.from": ("Bron", "From"),
    "ui.from.option": ("optie of omgevingsvariabele", "option/environment"),
    "ui.from.file": ("instellingenbestand", "settings file"),
    "ui.from.default": ("standaard", "default"),
    "ui.config_file": ("Instellingenbestand: {path}", "Settings file: {path}"),
    "ui.config_set": ("{key} = {value} (in {path})", "{key} = {value} (in {path})"),
    "ui.md.title": ("Reflectie", "Reflection"),
    "ui.md.generated": ("Gemaakt met partnerschap {version}.", "Made with partnerschap {version}."),
    "ui.md.generated.redacted": (
        "Gemaakt met partnerschap {version}. Gevonden persoonsgegevens zijn vervangen door "
        "placeholders; kijk zelf na of er geen namen van cliënten meer in staan.",
        "Made with partnerschap {version}. Personal data that was found is replaced by "
        "placeholders; check yourself that no client names are left.",
    ),
    "ui.md.generated.as_stored": (
        "Gemaakt met partnerschap {version}. Zoals opgeslagen: persoonsgegevens zijn niet "
        "vervangen. Deel dit bestand niet.",
        "Made with partnerschap {version}. As stored: personal data is not replaced. "
        "Do not share this file.",
    ),
    # --- errors ----------------------------------------------------------------------------
    "error.prefix": ("Fout", "Error"),
    "error.file_problems.one": ("1 probleem gevonden", "1 problem found"),
    "error.file_problems.many": ("{count} problemen gevonden", "{count} problems found"),
    "error.unknown_set": (
        "Onbekende set '{set}'. Beschikbaar: {available}.",
        "Unknown set '{set}'. Available: {available}.",
    ),
    "error.principle_ambiguous": (
        "Het uitgangspunt '{principle}' staat in meer dan één set: {sets}. Kies er een met --set.",
        "The principle '{principle}' is in more than one set: {sets}. Choose one with --set.",
    ),
    "error.unknown_principle_any": (
        "Onbekend uitgangspunt '{principle}'. Beschikbaar per set: {available}.",
        "Unknown principle '{principle}'. Available per set: {available}.",
    ),
    "error.unknown_principle": (
        "Onbekend uitgangspunt '{principle}' in set '{set}'. Beschikbaar: {available}.",
        "Unknown principle '{principle}' in set '{set}'. Available: {available}.",
    ),
    "error.unknown_scenario": (
        "Onbekend verloop '{scenario}'. Kies uit: {available}.",
        "Unknown scenario '{scenario}'. Choose from: {available}.",
    ),
    "error.unknown_check": (
        "Onbekende checkvraag '{ref}'.",
        "Unknown check question '{ref}'.",
    ),
    "error.no_sets": ("Er zijn geen bruikbare sets gevonden.", "No usable sets were found."),
    "error.sets_clash": (
        "Uitgangspunt '{principle}' staat in set '{first}' en in set '{second}'; "
        "die kunnen niet samen in één reflectie.",
        "Principle '{principle}' is in set '{first}' and in set '{second}'; "
        "they cannot be combined in one reflection.",
    ),
    "error.bad_lang": (
        "Onbekende taal '{lang}'; kies nl of en.",
        "Unknown language '{lang}'; choose nl or en.",
    ),
    "error.file_exists": (
        "{path} bestaat al; kies een andere naam of gebruik --force.",
        "{path} already exists; choose another name or use --force.",
    ),
    "config.unknown_key": (
        "Onbekende instelling '{key}'. Bekend: {known}.",
        "Unknown setting '{key}'. Known: {known}.",
    ),
    "warning.config_unreadable": (
        "Let op: de instellingen zijn niet gelezen, dus de standaardinstellingen gelden: {problem}",
        "Note: the settings were not read, so the defaults apply: {problem}",
    ),
    "error.config.not_utf8": (
        "{path}: het bestand is geen UTF-8-tekst",
        "{path}: the file is not UTF-8 text",
    ),
    "warning.config_language": (
        'Let op: {path}:{line}: de taal "{value}" bestaat niet (mogelijk: {allowed}); '
        "de taal is nu {chosen}. Wijzigen: partnerschap config set language nl",
        'Note: {path}:{line}: the language "{value}" does not exist (possible: {allowed}); '
        "the language is now {chosen}. To change it: partnerschap config set language en",
    ),
    "config.bad_value": (
        "'{value}' kan niet voor {key}; kies uit {allowed}.",
        "'{value}' is not allowed for {key}; choose from {allowed}.",
    ),
    "error.write_failed": (
        "Kon {path} niet schrijven: {detail}. Een eerder bestand met die naam is niet aangeraakt.",
        "Could not write {path}: {detail}. An earlier file by that name was left as it was.",
    ),
    "error.stdout_failed": (
        "Kon niet naar de standaarduitvoer schrijven: {detail}.",
        "Could not write to standard output: {detail}.",
    ),
    "error.not_interactive": (
        "Geen terminal om vragen te stellen. Gebruik --answers BESTAND.yaml.",
        "No terminal to ask questions in. Use --answers FILE.yaml.",
    ),
    # --- answers files ---------------------------------------------------------------------
    "answers.unknown_check": (
        "onbekende checkvraag '{ref}'",
        "unknown check question '{ref}'",
    ),
    "answers.bad_answer": (
        "'{word}' bij '{ref}' is geen antwoord; gebruik ja, deels, nee of nvt",
        "'{word}' for '{ref}' is not an answer; use yes, partly, no or na",
    ),
    "answers.unknown_scenario": (
        "onbekend verloop '{scenario}'; kies uit {available}",
        "unknown scenario '{scenario}'; choose from {available}",
    ),
    "answers.unknown_set": (
        "onbekende set '{set}'; beschikbaar: {available}",
        "unknown set '{set}'; available: {available}",
    ),
    "answers.unknown_principle": (
        "notitie bij onbekend uitgangspunt '{principle}'",
        "note on unknown principle '{principle}'",
    ),
    "answers.unknown_field": ("onbekend veld '{field}'", "unknown field '{field}'"),
    "answers.wrong_type": (
        "'{field}' moet een {expected} zijn",
        "'{field}' must be a {expected}",
    ),
    "answers.not_mapping": (
        "het antwoordbestand moet een mapping zijn (sleutel: waarde)",
        "the answers file must be a mapping (key: value)",
    ),
    # The kinds of value in a YAML file, as problems name them.
    "type.text": ("tekst", "text"),
    "type.str": ("tekst", "text"),
    "type.list": ("lijst", "list"),
    "type.list of text": ("lijst met teksten", "list of text"),
    "type.mapping": ("mapping (sleutel: waarde)", "mapping (key: value)"),
    "type.int": ("getal", "number"),
    "type.float": ("getal", "number"),
    "type.bool": ("ja/nee-waarde", "true/false value"),
    "type.NoneType": ("lege waarde", "empty value"),
    "answers.bad_date": (
        "'{value}' is geen datum (gebruik JJJJ-MM-DD)",
        "'{value}' is not a date (use YYYY-MM-DD)",
    ),
    "answers.bad_lang": ("onbekende taal '{lang}'", "unknown language '{lang}'"),
    # --- file problems ---------------------------------------------------------------------
    "file.not_found": ("bestand niet gevonden", "file not found"),
    "file.is_dir": ("dit is een map, geen bestand", "this is a folder, not a file"),
    "file.unreadable": ("bestand niet leesbaar ({detail})", "file not readable ({detail})"),
    "file.too_big": (
        "bestand is te groot ({size_mb} MB); hooguit {limit_mb} MB wordt gelezen",
        "file is too big ({size_mb} MB); at most {limit_mb} MB is read",
    ),
    "file.not_regular": (
        "dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pipe)",
        "this is not a regular file (but, for example, a device or a pipe)",
    ),
    "error.file.not_found": ("{path}: bestand niet gevonden", "{path}: file not found"),
    "error.file.is_dir": (
        "{path}: dit is een map, geen bestand",
        "{path}: this is a folder, not a file",
    ),
    "error.file.unreadable": (
        "{path}: bestand niet leesbaar ({detail})",
        "{path}: file not readable ({detail})",
    ),
    "error.file.not_regular": (
        "{path}: dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pipe)",
        "{path}: this is not a regular file (but, for example, a device or a pipe)",
    ),
    "error.file.too_big": (
        "{path}: bestand is te groot ({size_mb} MB); hooguit {limit_mb} MB wordt gelezen",
        "{path}: file is too big ({size_mb} MB); at most {limit_mb} MB is read",
    ),
    "file.not_utf8": (
        "bestand is geen UTF-8-tekst; sla het op als UTF-8",
        "file is not UTF-8 text; save it as UTF-8",
    ),
    "file.empty": ("bestand is leeg", "file is empty"),
    # --- YAML problems ---------------------------------------------------------------------
    "yaml.syntax": ("geen geldige YAML: {detail}", "not valid YAML: {detail}"),
    "yaml.tab": (
        "tab gevonden; YAML gebruikt spaties om in te springen",
        "tab found; YAML indents with spaces",
    ),
    "json.too_deep": (
        "lijsten of objecten te diep in elkaar genest",
        "arrays or objects nested too deeply",
    ),
    "json.number_too_long": (
        "een getal van {digits} cijfers is te lang",
        "a number of {digits} digits is too long",
    ),
    "yaml.bad_date": (
        "'{value}' is geen bestaande datum (gebruik JJJJ-MM-DD)",
        "'{value}' is not a date that exists (use YYYY-MM-DD)",
    ),
    "yaml.number_too_long": (
        "een getal van {digits} cijfers is te lang; zet het tussen aanhalingstekens als het "
        "tekst is",
        "a number of {digits} digits is too long; put it in quotes if it is text",
    ),
    "yaml.alias": (
        "ankers en aliassen (& en *) zijn niet toegestaan",
        "anchors and aliases (& and *) are not allowed",
    ),
    "yaml.duplicate_key": (
        "sleutel '{key}' staat er twee keer",
        "key '{key}' appears twice",
    ),
    "yaml.unsafe_tag": (
        "niet toegestane YAML-tag ({detail}); alleen gewone tekst, lijsten en mappings",
        "YAML tag not allowed ({detail}); only plain text, lists and mappings",
    ),
    # --- where in a file ---
    "where.set": ("de set", "the set"),
    "where.principle": ("uitgangspunt '{id}'", "principle '{id}'"),
    "where.check": (
        "check '{id}' in uitgangspunt '{principle}'",
        "check '{id}' in principle '{principle}'",
    ),
    "where.scenario": ("verloop '{id}'", "scenario '{id}'"),
    "where.item": ("oefening '{id}'", "item '{id}'"),
    "where.principle.anon": ("een uitgangspunt", "a principle"),
    "where.scenario.anon": ("een verloop", "a scenario"),
    "where.item.anon": ("een oefening", "an item"),
    # --- set problems ----------------------------------------------------------------------
    "set.not_mapping": (
        "een set moet een mapping zijn (sleutel: waarde), geen {kind}",
        "a set must be a mapping (key: value), not a {kind}",
    ),
    "set.bad_schema": (
        "schema {schema} wordt niet ondersteund (wel: {supported})",
        "schema {schema} is not supported (supported: {supported})",
    ),
    "set.missing_field": ("{where} mist '{field}'", "{where} has no '{field}'"),
    "set.missing_id": ("{where} heeft geen id", "{where} has no id"),
    "set.bad_id": (
        "{where} heeft een ongeldig id '{id}' (kleine letters, cijfers en streepjes)",
        "{where} has an invalid id '{id}' (lowercase letters, digits and dashes)",
    ),
    "set.missing_source": (
        "de set mist 'source': noem de bron van de tekst",
        "the set has no 'source': name where the text comes from",
    ),
    "set.not_bilingual": (
        "'{field}' van {where} moet tekst per taal zijn ({{nl: ..., en: ...}})",
        "'{field}' of {where} must be text per language ({{nl: ..., en: ...}})",
    ),
    "set.missing_dutch": (
        "'{field}' van {where} heeft geen Nederlandse tekst",
        "'{field}' of {where} has no Dutch text",
    ),
    "set.missing_english": (
        "'{field}' van {where} heeft geen Engelse tekst",
        "'{field}' of {where} has no English text",
    ),
    "set.unknown_language": (
        "onbekende taal '{lang}' in {where} (alleen nl en en)",
        "unknown language '{lang}' in {where} (only nl and en)",
    ),
    "set.wrong_type": (
        "'{field}' van {where} moet een {expected} zijn",
        "'{field}' of {where} must be a {expected}",
    ),
    "set.empty_list": (
        "'{field}' van {where} is leeg",
        "'{field}' of {where} is empty",
    ),
    "set.unknown_field": (
        "onbekend veld '{field}' in {where}",
        "unknown field '{field}' in {where}",
    ),
    "set.check_count.one": (
        "{where} heeft 1 checkvraag; dat moeten er {min} tot {max} zijn",
        "{where} has 1 check question; it needs {min} to {max}",
    ),
    "set.check_count.many": (
        "{where} heeft {count} checkvragen; dat moeten er {min} tot {max} zijn",
        "{where} has {count} check questions; it needs {min} to {max}",
    ),
    "set.bad_evidence_kind": (
        "onbekende soort bewijs '{kind}' in {where}; kies uit {kinds}",
        "unknown kind of evidence '{kind}' in {where}; choose from {kinds}",
    ),
    "set.bad_example_kind": (
        "onbekende soort '{kind}' bij {field} in {where}; kies {kinds}",
        "unknown kind '{kind}' for {field} in {where}; choose {kinds}",
    ),
    "set.example_count.one": (
        "{where} heeft 1 voorbeeldvraag; minstens {min}",
        "{where} has 1 example question; at least {min}",
    ),
    "set.example_count.many": (
        "{where} heeft {count} voorbeeldvragen; minstens {min}",
        "{where} has {count} example questions; at least {min}",
    ),
    "set.duplicate_check": (
        "check '{id}' staat twee keer in {where}",
        "check '{id}' appears twice in {where}",
    ),
    "set.duplicate_principle": (
        "uitgangspunt '{id}' staat er twee keer",
        "principle '{id}' appears twice",
    ),
    "set.duplicate_scenario": (
        "verloop '{id}' staat er twee keer",
        "scenario '{id}' appears twice",
    ),
    "set.unknown_check_ref": (
        "{where} noemt een onbekende check '{ref}'",
        "{where} names an unknown check '{ref}'",
    ),
    "set.duplicate_focus": (
        "{where} noemt check '{ref}' twee keer",
        "{where} names check '{ref}' twice",
    ),
    "set.bad_regex": (
        "ongeldig patroon '{pattern}' in {where}: {detail}",
        "invalid pattern '{pattern}' in {where}: {detail}",
    ),
}
