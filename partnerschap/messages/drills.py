"""Messages of the drills: practice (``drill``), projector mode (``drill --class``), the class
report (``drill report``) and problems in drill banks (``drill.*``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts --------------------------------------------------------------------------
    "help.drill": (
        "Oefen partnerschap met korte casussen: herken welk uitgangspunt verloren ging, of "
        "kies de betere vraag. Met --class voor de klas (beamer), met 'drill report' het "
        "overzicht van de groep.",
        "Practise partnership with short cases: spot which principle went missing, or pick "
        "the better question. With --class for the classroom (projector); 'drill report' "
        "sums up the group.",
    ),
    "help.drill.rounds": ("Hoeveel oefeningen.", "How many items."),
    "help.drill.set": (
        "Alleen oefeningen bij deze sets: partnerschap, client-perspective (één of meer, met "
        "komma's ertussen; standaard alle).",
        "Only items of this set (or sets): partnerschap, client-perspective (commas; default all).",
    ),
    "help.drill.principle": (
        "Alleen oefeningen bij dit uitgangspunt (id, bijv. respect; komma's mogen).",
        "Only items for this principle (id, e.g. respect; commas allowed).",
    ),
    "help.drill.type": (
        "spot = herken het uitgangspunt, better = kies de betere vraag.",
        "spot = spot the principle, better = pick the better question.",
    ),
    "help.drill.seed": (
        "Vaste toevalswaarde: dezelfde waarde geeft dezelfde oefeningen in dezelfde volgorde.",
        "Fixed seed: the same seed gives the same items with the options in the same order.",
    ),
    "help.drill.name": (
        "Je naam voor de trainer: alleen een voornaam of een schuilnaam.",
        "Your name for the trainer: a first name or a pseudonym only.",
    ),
    "help.drill.results": (
        "Schrijf de resultaten (JSON) ook naar dit bestand of deze map, om aan de trainer te "
        "geven.",
        "Also write the results (JSON) to this file or folder, to hand to the trainer.",
    ),
    "help.drill.list": (
        "Toon de gekozen oefeningen (met de opties in de getoonde volgorde) zonder te vragen.",
        "Show the chosen items (with the options in the order shown) without asking.",
    ),
    "help.drill.json": (
        "Uitvoer als JSON (met --list of --answers).",
        "Output as JSON (with --list or --answers).",
    ),
    "help.drill.answers": (
        "Beantwoord de oefeningen zonder te vragen: de nummers van de opties zoals getoond, "
        "gescheiden door komma's.",
        "Answer the items without asking: the numbers of the options as shown, separated by "
        "commas.",
    ),
    "help.drill.class": (
        "Klassikaal op de beamer: één casus tegelijk, groot; de trainer toont het antwoord. "
        "Er wordt niets gescoord of opgeslagen.",
        "In class on the projector: one case at a time, large; the trainer reveals the answer. "
        "Nothing is scored or saved.",
    ),
    "help.drill.timer": (
        "Met --class: aftellen per casus, in seconden (bijv. 60).",
        "With --class: a countdown per case, in seconds (e.g. 60).",
    ),
    "help.drill.no_save": (
        "Bewaar de resultaten niet in je datamap (--results schrijft wel).",
        "Do not keep the results in your data folder (--results still writes).",
    ),
    "help.drill.report": (
        "Overzicht van de groep uit resultaatbestanden (of een map): per uitgangspunt, de "
        "moeilijkste oefeningen en per deelnemer.",
        "Class overview from results files (or a folder): per principle, the hardest items "
        "and per trainee.",
    ),
    "help.drill.report.short": (
        "Overzicht van de groep, voor de trainer.",
        "Class overview, for the trainer.",
    ),
    "help.drill.validate": (
        "Controleer oefenbanken (drills*.yaml) en meld alle problemen met bestand:regel.",
        "Check drill banks (drills*.yaml) and report every problem as file:line.",
    ),
    "help.drill.validate.short": ("Controleer oefenbanken.", "Check drill banks."),
    "help.drill.paths": (
        "Resultaatbestanden (JSON) of mappen met resultaatbestanden.",
        "Results files (JSON) or folders with results files.",
    ),
    "help.drill.output": (
        "Schrijf het overzicht ook als markdown naar dit bestand (voor een mail aan de groep).",
        "Also write the overview as markdown to this file (for an e-mail to the group).",
    ),
    # --- prompts -----------------------------------------------------------------------------
    "prompt.drill.spot": (
        "Welk uitgangspunt ging hier verloren?",
        "Which principle went missing here?",
    ),
    "prompt.drill.better": (
        "Welke vraag dient het partnerschap hier het best?",
        "Which question serves partnership best here?",
    ),
    "prompt.drill.instruction": (
        "(pijltjestoetsen of 1-4, Enter = kiezen)",
        "(arrows or 1-4, Enter = choose)",
    ),
    "prompt.drill.name": (
        "Je naam voor de trainer",
        "Your name for the trainer",
    ),
    "prompt.drill.name.instruction": (
        "(alleen een voornaam of een schuilnaam; Enter = zonder naam)",
        "(a first name or a pseudonym only; Enter = no name)",
    ),
    # --- practice ----------------------------------------------------------------------------
    "ui.drill.title": ("Oefenen met partnerschap", "Practising partnership"),
    "ui.drill.intro": (
        "{count} korte casussen. Lees de situatie en kies het beste antwoord; je krijgt meteen "
        "uitleg. Daarna zie je je score per uitgangspunt.\n"
        "Oefenset {seed}: met --seed {seed} krijg je precies dezelfde oefeningen. Ctrl-C stopt.",
        "{count} short cases. Read the situation and choose the best answer; you get an "
        "explanation straight away. Afterwards you see your score per principle.\n"
        "Drill set {seed}: --seed {seed} gives exactly the same items again. Ctrl-C stops.",
    ),
    "ui.drill.item_title": ("Oefening {number} van {total}", "Item {number} of {total}"),
    "ui.drill.type.spot": ("Herken het uitgangspunt", "Spot the principle"),
    "ui.drill.type.better": ("Kies de betere vraag", "Pick the better question"),
    "ui.drill.pitfall.closed": ("gesloten vraag", "closed question"),
    "ui.drill.pitfall.directive": ("sturend", "directive"),
    "ui.drill.pitfall.judging": ("oordelend", "judging"),
    "ui.drill.pitfall.jargon": ("vol jargon", "full of jargon"),
    "ui.drill.pitfall.knows-better": ("'ik weet het beter'", "'I know better'"),
    "ui.drill.right_answer": ("Goed!", "Right!"),
    "ui.drill.wrong_answer": ("Niet goed.", "Not quite."),
    "ui.drill.answer": ("Het juiste antwoord", "Right answer"),
    "ui.drill.your_answer": ("Jouw antwoord", "Your answer"),
    "ui.drill.your_pitfall": (
        "Jouw keuze is een valkuil: {pitfall}.",
        "Your choice is a pitfall: {pitfall}.",
    ),
    "ui.drill.explanation": ("Uitleg", "Explanation"),
    "ui.drill.practice_for": (
        "Zo klonk het in de praktijk bij '{principle}' (bij één gezin):",
        "How it sounded in practice for '{principle}' (with one family):",
    ),
    "ui.drill.examples_for": (
        "Vragen die helpen bij '{principle}':",
        "Questions that help with '{principle}':",
    ),
    "ui.drill.press_key": (
        "Druk op een toets voor de volgende oefening (q = stoppen)",
        "Press a key for the next item (q = stop)",
    ),
    "ui.drill.score_title": (
        "Je score: {right} van {total} goed",
        "Your score: {right} of {total} right",
    ),
    "ui.drill.right": ("Goed", "Right"),
    "ui.drill.nothing_answered": ("Geen oefeningen beantwoord.", "No items answered."),
    "ui.drill.stopped_early": (
        "Gestopt na {done} van {total} oefeningen.",
        "Stopped after {done} of {total} items.",
    ),
    "ui.drill.saved": ("Resultaten bewaard in {path}", "Results kept in {path}"),
    "ui.drill.hand_in": (
        "Voor je trainer: stuur dit bestand door, of oefen met --results BESTAND.",
        "For your trainer: send this file, or practise with --results FILE.",
    ),
    "ui.drill.saved_for_trainer": (
        "Resultaten voor de trainer geschreven naar {path}",
        "Results for the trainer written to {path}",
    ),
    "ui.drill.not_saved_empty": (
        "Niets beantwoord, dus niets opgeslagen.",
        "Nothing answered, so nothing saved.",
    ),
    "ui.drill.list_title.one": (
        "1 oefening (oefenset {seed})",
        "1 item (drill set {seed})",
    ),
    "ui.drill.list_title.many": (
        "{count} oefeningen (oefenset {seed})",
        "{count} items (drill set {seed})",
    ),
    "ui.drill.valid.one": ("{file}: in orde (1 oefening)", "{file}: valid (1 item)"),
    "ui.drill.valid.many": (
        "{file}: in orde ({count} oefeningen)",
        "{file}: valid ({count} items)",
    ),
    "ui.drill.name": ("Naam", "Name"),
    "ui.drill.no_name": ("(zonder naam)", "(no name)"),
    "ui.drill.sessions": ("Sessies", "Sessions"),
    # --- class mode --------------------------------------------------------------------------
    "ui.drill.class.keys": (
        "Spatie/→ antwoord tonen   ← terug   t tijd opnieuw   q stoppen",
        "Space/→ show answer   ← back   t restart timer   q quit",
    ),
    "ui.drill.class.keys_revealed": (
        "Spatie/→ volgende   ← antwoord verbergen   q stoppen",
        "Space/→ next   ← hide answer   q quit",
    ),
    "ui.drill.class.where": ("{number}/{total} · {set}", "{number}/{total} · {set}"),
    "ui.drill.class.time_up": ("Tijd!", "Time!"),
    "ui.drill.class.end.one": (
        "Klaar: 1 casus besproken.",
        "Done: 1 case discussed.",
    ),
    "ui.drill.class.end.many": (
        "Klaar: {count} casussen besproken.",
        "Done: {count} cases discussed.",
    ),
    "ui.drill.class.end_keys": (
        "← terug   Spatie/q afsluiten",
        "← back   Space/q close",
    ),
    "ui.drill.class.bye": (
        "Klassikale oefening gesloten. Er is niets gescoord of opgeslagen.",
        "Class drill closed. Nothing was scored or saved.",
    ),
    # --- class report ------------------------------------------------------------------------
    "ui.drill.report.title": ("Oefenresultaten van de groep", "Class drill results"),
    "ui.drill.report.overview": (
        "{files}, {trainees}, {answers}, {right} goed ({percent}%).",
        "{files}, {trainees}, {answers}, {right} right ({percent}%).",
    ),
    "count.results_files.one": ("1 resultaatbestand", "1 results file"),
    "count.results_files.many": ("{n} resultaatbestanden", "{n} results files"),
    "count.trainees.one": ("1 deelnemer", "1 trainee"),
    "count.trainees.many": ("{n} deelnemers", "{n} trainees"),
    "count.answers.one": ("1 antwoord", "1 answer"),
    "count.answers.many": ("{n} antwoorden", "{n} answers"),
    "ui.drill.report.per_principle": ("Per uitgangspunt", "Per principle"),
    "ui.drill.report.hardest": ("De moeilijkste oefeningen", "The hardest items"),
    "ui.drill.report.none_hard": (
        "Alle oefeningen zijn door iedereen goed beantwoord.",
        "Every item was answered right by everyone.",
    ),
    "ui.drill.report.item_score": (
        "{right} van {total} goed ({percent}%)",
        "{right} of {total} right ({percent}%)",
    ),
    "ui.drill.report.item_gone": (
        "(deze oefening staat niet meer in de oefenbank)",
        "(this item is no longer in the drill bank)",
    ),
    "ui.drill.report.per_trainee": ("Per deelnemer", "Per trainee"),
    "ui.drill.report.skipped": ("Overgeslagen bestanden", "Skipped files"),
    "ui.drill.report.skipped_files": (
        "Overgeslagen bestanden:",
        "Skipped files:",
    ),
    "ui.drill.report.generated": (
        "Gemaakt met partnerschap {version}. Namen zoals de deelnemers ze zelf invulden.",
        "Made with partnerschap {version}. Names as the trainees typed them.",
    ),
    "ui.drill.report.written": ("Overzicht geschreven naar {path}", "Report written to {path}"),
    "report.skip.foreign": (
        "geen resultaatbestand van partnerschap drill",
        "not a partnerschap drill results file",
    ),
    "report.skip.version": (
        "resultaatbestand van een nieuwere versie (formaat {version}); werk partnerschap bij",
        "results file from a newer version (format {version}); update partnerschap",
    ),
    "report.skip.field": (
        "resultaatbestand is beschadigd: '{field}' ontbreekt of klopt niet",
        "results file is damaged: '{field}' is missing or wrong",
    ),
    "report.skip.item": (
        "resultaatbestand is beschadigd: antwoord {number} is onvolledig",
        "results file is damaged: answer {number} is incomplete",
    ),
    "report.skip.too_big": ("bestand is te groot", "file is too big"),
    "report.skip.unreadable": ("bestand niet leesbaar ({detail})", "file not readable ({detail})"),
    "report.skip.not_utf8": ("bestand is geen UTF-8-tekst", "file is not UTF-8 text"),
    "report.skip.not_json": (
        "geen geldige JSON (regel {line}: {detail})",
        "not valid JSON (line {line}: {detail})",
    ),
    "report.skip.not_found": ("bestand niet gevonden", "file not found"),
    "report.skip.not_regular": (
        "geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pipe)",
        "not a regular file (but, for example, a folder, a device or a pipe)",
    ),
    "report.skip.duplicate": (
        "dezelfde sessie als een ander bestand; één keer geteld",
        "the same session as another file; counted once",
    ),
    # --- errors ------------------------------------------------------------------------------
    "error.drill.no_bank": (
        "Geen bruikbare oefenbank gevonden (drills*.yaml).",
        "No usable drill bank found (drills*.yaml).",
    ),
    "error.drill.no_items": (
        "Geen oefeningen die bij deze keuze passen; probeer het met minder filters.",
        "No items match this choice; try fewer filters.",
    ),
    "error.drill.unknown_set": (
        "Geen oefeningen bij set '{set}'. Sets met oefeningen: {available}.",
        "No items for set '{set}'. Sets with items: {available}.",
    ),
    "error.drill.unknown_principle": (
        "Onbekend uitgangspunt '{principle}'. Beschikbaar: {available}.",
        "Unknown principle '{principle}'. Available: {available}.",
    ),
    "error.drill.bad_rounds": (
        "--rounds moet minstens 1 zijn (niet {rounds}).",
        "--rounds must be at least 1 (not {rounds}).",
    ),
    "error.drill.bad_answer": (
        "'{answer}' is geen antwoord; gebruik de nummers 1 tot en met 4, bijv. --answers 2,1,4",
        "'{answer}' is not an answer; use the numbers 1 to 4, e.g. --answers 2,1,4",
    ),
    "error.drill.answer_count": (
        "Het aantal antwoorden ({given}) past niet bij het aantal oefeningen ({count}); geef "
        "er precies {count} (zie --list)",
        "The number of answers ({given}) does not match the number of items ({count}); give "
        "exactly {count} (see --list)",
    ),
    "error.drill.no_results_found": (
        "Geen resultaatbestanden (*.json) gevonden in: {paths}",
        "No results files (*.json) found in: {paths}",
    ),
    "error.drill.no_results": (
        "Geen bruikbare resultaatbestanden ({count} overgeslagen):\n{files}",
        "No usable results files ({count} skipped):\n{files}",
    ),
    "error.drill.not_interactive": (
        "Geen terminal om vragen te stellen. Gebruik --list --json en --answers 2,1,4,...",
        "No terminal to ask questions in. Use --list --json and --answers 2,1,4,...",
    ),
    "error.drill.options_clash": (
        "{first} en {second} gaan niet samen.",
        "{first} and {second} cannot be used together.",
    ),
    "error.drill.timer_needs_class": (
        "--timer werkt alleen met --class.",
        "--timer only works with --class.",
    ),
    "error.drill.json_needs": (
        "--json werkt alleen met --list of --answers.",
        "--json works with --list or --answers.",
    ),
    # --- problems in a drill bank ------------------------------------------------------------
    "drill.not_mapping": (
        "een oefenbank moet een mapping zijn (sleutel: waarde), geen {kind}",
        "a drill bank must be a mapping (key: value), not a {kind}",
    ),
    "drill.missing_source": (
        "de oefenbank mist 'source': noem waar de casussen op gebaseerd zijn",
        "the drill bank has no 'source': name what the cases are based on",
    ),
    "drill.bank.missing_field": ("de oefenbank mist '{field}'", "the drill bank has no '{field}'"),
    "drill.bank.missing_id": ("de oefenbank heeft geen id", "the drill bank has no id"),
    "drill.bank.bad_id": (
        "de oefenbank heeft een ongeldig id '{id}' (kleine letters, cijfers en streepjes)",
        "the drill bank has an invalid id '{id}' (lowercase letters, digits and dashes)",
    ),
    "drill.bank.not_bilingual": (
        "'{field}' van de oefenbank moet tekst per taal zijn ({{nl: ..., en: ...}})",
        "'{field}' of the drill bank must be text per language ({{nl: ..., en: ...}})",
    ),
    "drill.bank.missing_dutch": (
        "'{field}' van de oefenbank heeft geen Nederlandse tekst",
        "'{field}' of the drill bank has no Dutch text",
    ),
    "drill.bank.missing_english": (
        "'{field}' van de oefenbank heeft geen Engelse tekst",
        "'{field}' of the drill bank has no English text",
    ),
    "drill.bank.unknown_language": (
        "onbekende taal '{lang}' in de oefenbank (alleen nl en en)",
        "unknown language '{lang}' in the drill bank (only nl and en)",
    ),
    "drill.bank.wrong_type": (
        "'{field}' van de oefenbank moet een {expected} zijn",
        "'{field}' of the drill bank must be a {expected}",
    ),
    "drill.bank.empty_list": (
        "'{field}' van de oefenbank is leeg",
        "'{field}' of the drill bank is empty",
    ),
    "drill.bank.unknown_field": (
        "onbekend veld '{field}' in de oefenbank",
        "unknown field '{field}' in the drill bank",
    ),
    "drill.duplicate_item": (
        "oefening '{id}' staat er twee keer (eerst op regel {first}); geef elke oefening een "
        "eigen id",
        "item '{id}' appears twice (first on line {first}); give every item its own id",
    ),
    "drill.bad_type": (
        "{where} heeft type '{type}'; kies spot of better",
        "{where} has type '{type}'; choose spot or better",
    ),
    "drill.unknown_set": (
        "{where} noemt een onbekende set '{set}' (beschikbaar: {available})",
        "{where} names an unknown set '{set}' (available: {available})",
    ),
    "drill.unknown_principle": (
        "{where} noemt uitgangspunt '{principle}', dat niet in set '{set}' staat "
        "(wel: {available})",
        "{where} names principle '{principle}', which is not in set '{set}' "
        "(there are: {available})",
    ),
    "drill.duplicate_principle": (
        "{where} noemt uitgangspunt '{principle}' twee keer",
        "{where} names principle '{principle}' twice",
    ),
    "drill.option_count": (
        "{where} heeft {count} antwoordmogelijkheden; het moeten er precies {need} zijn",
        "{where} has {count} options; it needs exactly {need}",
    ),
    "drill.correct_count": (
        "{where} heeft {count} goede antwoorden; precies één optie krijgt 'correct: true'",
        "{where} has {count} correct options; exactly one option gets 'correct: true'",
    ),
    "drill.bad_correct": (
        "'correct' in {where} moet true zijn (of weggelaten)",
        "'correct' in {where} must be true (or left out)",
    ),
    "drill.spot_option": (
        "optie {number} van {where} moet een uitgangspunt noemen: {{principle: id}}",
        "option {number} of {where} must name a principle: {{principle: id}}",
    ),
    "drill.better_option": (
        "optie {number} van {where} moet een vraag hebben: {{text: {{nl: ..., en: ...}}}}",
        "option {number} of {where} must have a question: {{text: {{nl: ..., en: ...}}}}",
    ),
    "drill.duplicate_option": (
        "{where} biedt uitgangspunt '{principle}' twee keer aan",
        "{where} offers principle '{principle}' twice",
    ),
    "drill.bad_pitfall": (
        "{where} noemt een onbekende valkuil '{pitfall}' (kies uit: {available})",
        "{where} names an unknown pitfall '{pitfall}' (choose from: {available})",
    ),
    "drill.correct_with_pitfall": (
        "het goede antwoord van {where} heeft een valkuil; dat kan niet allebei",
        "the correct option of {where} has a pitfall; it cannot be both",
    ),
    "drill.correct_not_listed": (
        "het goede antwoord van {where} is '{principle}', maar dat staat niet in 'principles'",
        "the correct option of {where} is '{principle}', but it is not listed in 'principles'",
    ),
}
