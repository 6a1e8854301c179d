"""Messages of the reflection log: saving and drafts, ``log``, ``export``, ``import``,
``paths``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts -------------------------------------------------------------------------
    "help.reflect.no_save": (
        "Sla de reflectie niet op in het logboek (en bewaar geen concept).",
        "Do not save the reflection in the log (and keep no draft).",
    ),
    "help.reflect.resume": (
        "Ga verder met de laatste onafgemaakte reflectie (concept).",
        "Continue the latest unfinished reflection (draft).",
    ),
    "help.paths": (
        "Toon waar partnerschap je logboek, instellingen en eigen sets bewaart.",
        "Show where partnerschap keeps your log, settings and own principle sets.",
    ),
    "help.log": (
        "Je logboek: eerdere reflecties bekijken, zoeken, verwijderen en samenvatten.",
        "Your log: view, search, delete and summarise earlier reflections.",
    ),
    "help.log.list": (
        "Toon je reflecties, nieuwste eerst.",
        "List your reflections, newest first.",
    ),
    "help.log.show": (
        "Toon één reflectie helemaal.",
        "Show one reflection in full.",
    ),
    "help.log.search": (
        "Zoek in notities, volgende stappen en context (hoofdletters maken niet uit).",
        "Search notes, next steps and context (case-insensitive).",
    ),
    "help.log.delete": (
        "Verwijder reflecties (vraagt eerst om bevestiging).",
        "Delete reflections (asks for confirmation first).",
    ),
    "help.log.stats": (
        "Per uitgangspunt hoe vaak het gelukt, deels gelukt of gemist is, de trend per "
        "maand en je laatste volgende stappen.",
        "Per principle how often it was honoured, partly met or missed, the trend per month "
        "and your latest next steps.",
    ),
    "help.log.id": (
        "Id van de reflectie (het begin is genoeg).",
        "Id of the reflection (its start will do).",
    ),
    "help.log.text": ("Tekst om te zoeken.", "Text to search for."),
    "help.log.limit": (
        "Hoeveel reflecties hooguit (0: alle).",
        "How many reflections at most (0: all).",
    ),
    "help.log.since": (
        "Alleen gesprekken op of na deze datum (JJJJ-MM-DD of DD-MM-JJJJ).",
        "Only conversations on or after this date (YYYY-MM-DD or DD-MM-YYYY).",
    ),
    "help.log.until": (
        "Alleen gesprekken op of voor deze datum (JJJJ-MM-DD of DD-MM-JJJJ).",
        "Only conversations on or before this date (YYYY-MM-DD or DD-MM-YYYY).",
    ),
    "help.log.scenario": (
        "Alleen gesprekken met dit verloop (opgelucht, boos, geen-vertrouwen, anders).",
        "Only conversations that went this way (relieved, angry, no-trust, other).",
    ),
    "help.log.missed": (
        "Alleen reflecties waarin dit uitgangspunt gemist is (bijv. respect).",
        "Only reflections in which this principle was missed (e.g. respect).",
    ),
    "help.log.drafts": (
        "Toon onafgemaakte reflecties (concepten) in plaats van afgemaakte.",
        "List unfinished reflections (drafts) instead of finished ones.",
    ),
    "help.log.yes": ("Niet om bevestiging vragen.", "Do not ask for confirmation."),
    "help.export": (
        "Exporteer reflecties als markdown (voor supervisie, intervisie, portfolio) of JSON "
        "(om terug te zetten).",
        "Export reflections as markdown (for supervision, intervision, portfolio) or JSON "
        "(to restore).",
    ),
    "help.export.ids": (
        "Ids van de reflecties (zonder: alle).",
        "Ids of the reflections (none: all).",
    ),
    "help.export.format": ("Formaat: md of json.", "Format: md or json."),
    "help.export.drafts": (
        "Neem ook de onafgemaakte reflecties (concepten) mee in de back-up (alleen met "
        "--format json); import zet ze terug.",
        "Include the unfinished reflections (drafts) in the backup (only with --format json); "
        "import restores them.",
    ),
    "help.export.output": (
        "Schrijf naar dit bestand, of met MAP/ één bestand per reflectie in die map.",
        "Write to this file, or with DIR/ one file per reflection in that folder.",
    ),
    "help.import": (
        "Zet reflecties terug uit een JSON-export (ids die er al zijn worden overgeslagen).",
        "Restore reflections from a JSON export (ids already present are skipped).",
    ),
    "help.import.file": ("Het JSON-bestand van export.", "The JSON file made by export."),
    # --- questions --------------------------------------------------------------------------
    "prompt.resume": (
        "Je hebt een onafgemaakte reflectie ({draft}). Wil je daarmee verder?",
        "You have an unfinished reflection ({draft}). Do you want to continue it?",
    ),
    "prompt.keep_draft": (
        "Dat concept bewaren voor later?",
        "Keep that draft for later?",
    ),
    "prompt.log.delete.one": (
        "1 reflectie definitief verwijderen? [j/N]",
        "Delete 1 reflection for good? [y/N]",
    ),
    "prompt.log.delete.many": (
        "{count} reflecties definitief verwijderen? [j/N]",
        "Delete {count} reflections for good? [y/N]",
    ),
    # --- saving and drafts ------------------------------------------------------------------
    "ui.store.saved": (
        "Opgeslagen in je logboek met id {id} ({path}). Terugzien: partnerschap log show {id}",
        "Saved in your log with id {id} ({path}). See it again: partnerschap log show {id}",
    ),
    "ui.store.draft_kept": (
        "Gestopt. Je antwoorden zijn bewaard als concept {id}. "
        "Ga verder met: partnerschap reflect --resume",
        "Stopped. Your answers are kept as draft {id}. "
        "Continue with: partnerschap reflect --resume",
    ),
    "ui.store.draft_label": (
        "{date}, {kind}, {answers}",
        "{date}, {kind}, {answers}",
    ),
    "ui.store.draft_label_notes": (
        "{date}, {kind}, {answers} en {notes}",
        "{date}, {kind}, {answers} and {notes}",
    ),
    "count.notes.one": ("1 notitie", "1 note"),
    "count.notes.many": ("{n} notities", "{n} notes"),
    "ui.store.resuming": (
        "Verder met concept {id} ({draft}): je antwoorden en notities zijn terug.",
        "Continuing draft {id} ({draft}): your answers and notes are back.",
    ),
    "ui.store.draft_discarded": ("Concept {id} weggegooid.", "Draft {id} discarded."),
    "ui.store.draft_for_later": (
        "Concept {id} blijft bewaard (partnerschap log list --drafts).",
        "Draft {id} is kept (partnerschap log list --drafts).",
    ),
    # --- paths ------------------------------------------------------------------------------
    "ui.paths.data": ("Gegevens", "Data"),
    "ui.paths.db": ("Logboek", "Log"),
    "ui.paths.principles": ("Eigen sets", "Own principle sets"),
    "ui.paths.extra": ("Extra sets", "Extra principle sets"),
    "ui.paths.config": ("Instellingen", "Settings"),
    "ui.paths.missing": ("(bestaat nog niet)", "(does not exist yet)"),
    # --- log --------------------------------------------------------------------------------
    "ui.log.title": ("Logboek", "Log"),
    "ui.log.drafts_title": ("Concepten", "Drafts"),
    "ui.log.draft": ("concept", "draft"),
    "ui.log.missed": ("Gemist", "Missed"),
    "ui.log.partly": ("Deels", "Partly"),
    "ui.log.updated": ("Bijgewerkt", "Updated"),
    "ui.log.empty": (
        "Je logboek is nog leeg. Reflecteer na een gesprek met: partnerschap reflect",
        "Your log is still empty. Reflect after a conversation with: partnerschap reflect",
    ),
    "ui.log.no_drafts": ("Geen onafgemaakte reflecties.", "No unfinished reflections."),
    "ui.log.no_match": (
        "Geen reflecties gevonden die hierbij passen.",
        "No reflections match.",
    ),
    "ui.log.shown": (
        "{shown} van {total} getoond; alle met --limit 0.",
        "{shown} of {total} shown; all with --limit 0.",
    ),
    "ui.log.found_in": ("Gevonden in", "Found in"),
    "ui.log.field.note": ("notitie", "note"),
    "ui.log.field.strengths": ("wat werkte", "what worked"),
    "ui.log.field.next": ("volgende stap", "next step"),
    "ui.log.field.context": ("context", "context"),
    "ui.log.to_delete": ("Dit wordt verwijderd:", "This will be deleted:"),
    "ui.log.deleted.one": ("1 reflectie verwijderd.", "1 reflection deleted."),
    "ui.log.deleted.many": ("{count} reflecties verwijderd.", "{count} reflections deleted."),
    "ui.log.not_deleted": ("Niets verwijderd.", "Nothing deleted."),
    "ui.log.draft_title": (
        "Onafgemaakte reflectie (concept)",
        "Unfinished reflection (draft)",
    ),
    # --- stats ------------------------------------------------------------------------------
    "ui.stats.empty": (
        "Nog geen reflecties om samen te vatten.",
        "No reflections to summarise yet.",
    ),
    "ui.stats.heading.one": ("1 reflectie{range}", "1 reflection{range}"),
    "ui.stats.heading.many": ("{count} reflecties{range}", "{count} reflections{range}"),
    "ui.stats.range": (" van {since} tot en met {until}", " from {since} to {until}"),
    "ui.stats.range_month": (" in {month}", " in {month}"),
    "month.1": ("januari", "January"),
    "month.2": ("februari", "February"),
    "month.3": ("maart", "March"),
    "month.4": ("april", "April"),
    "month.5": ("mei", "May"),
    "month.6": ("juni", "June"),
    "month.7": ("juli", "July"),
    "month.8": ("augustus", "August"),
    "month.9": ("september", "September"),
    "month.10": ("oktober", "October"),
    "month.11": ("november", "November"),
    "month.12": ("december", "December"),
    "ui.stats.table": ("Per uitgangspunt", "Per principle"),
    "ui.stats.chart": (
        "Gelukt, deels en gemist per uitgangspunt",
        "Honoured, partly and missed per principle",
    ),
    "ui.stats.legend": (
        "█ gelukt   ▒ deels   ░ gemist",
        "█ honoured   ▒ partly   ░ missed",
    ),
    "ui.stats.most_missed": (
        "Het vaakst gemist: {title} ({missed} van de {answered} keer).",
        "Missed most often: {title} ({missed} of {answered} times).",
    ),
    "ui.stats.most_missed_tied": (
        "Het vaakst gemist: {title} (elk {missed} van de {answered} keer).",
        "Missed most often: {title} ({missed} of {answered} times each).",
    ),
    "ui.list.and": ("{first} en {last}", "{first} and {last}"),
    "ui.stats.none_missed": (
        "Geen enkel uitgangspunt gemist. Wat werkt er zo goed?",
        "No principle was missed. What is working so well?",
    ),
    "ui.stats.trend": ("Per maand", "Per month"),
    "ui.stats.month": ("Maand", "Month"),
    "ui.stats.reflections": ("Reflecties", "Reflections"),
    "ui.stats.missed_share": ("Gemist", "Missed"),
    "ui.stats.next_steps": (
        "Je laatste volgende stappen",
        "The next steps you set most recently",
    ),
    # --- export and import ------------------------------------------------------------------
    "ui.export.nothing": (
        "Geen reflecties om te exporteren.",
        "No reflections to export.",
    ),
    "ui.export.written.one": (
        "1 reflectie geschreven naar {path}",
        "1 reflection written to {path}",
    ),
    "ui.export.written.many": (
        "{count} reflecties geschreven naar {path}",
        "{count} reflections written to {path}",
    ),
    "ui.export.progress": ("Exporteren", "Exporting"),
    "ui.import.progress": ("Importeren", "Importing"),
    "ui.import.done.one": (
        "1 reflectie geïmporteerd in {path}; {skipped} overgeslagen (id al aanwezig).",
        "1 reflection imported into {path}; {skipped} skipped (id already present).",
    ),
    "ui.import.done.many": (
        "{count} reflecties geïmporteerd in {path}; {skipped} overgeslagen (id al aanwezig).",
        "{count} reflections imported into {path}; {skipped} skipped (id already present).",
    ),
    "ui.import.skipped": ("Overgeslagen: {ids}", "Skipped: {ids}"),
    # --- errors -----------------------------------------------------------------------------
    "error.store.bad_date": (
        "'{value}' is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ.",
        "'{value}' is not a date; use YYYY-MM-DD or DD-MM-YYYY.",
    ),
    "error.store.unknown_id": (
        "Geen reflectie met id '{id}'. Zie: partnerschap log list",
        "No reflection with id '{id}'. See: partnerschap log list",
    ),
    "error.store.ambiguous_id": (
        "'{id}' past bij meer reflecties ({matches}); typ meer tekens van het id.",
        "'{id}' matches several reflections ({matches}); type more of the id.",
    ),
    "error.store.is_draft": (
        "'{id}' is een onafgemaakte reflectie (concept); maak hem eerst af met "
        "partnerschap reflect --resume.",
        "'{id}' is an unfinished reflection (draft); finish it first with "
        "partnerschap reflect --resume.",
    ),
    "error.store.too_new": (
        "Het logboek {path} is gemaakt met een nieuwere versie van partnerschap (schema "
        "{version}; deze versie kent tot en met {supported}). Werk partnerschap bij; het "
        "logboek is niet aangeraakt.",
        "The log {path} was written by a newer version of partnerschap (schema {version}; "
        "this version knows up to {supported}). Upgrade partnerschap; the log was not "
        "touched.",
    ),
    "error.store.unreadable": (
        "Kan het logboek {path} niet lezen: {detail}",
        "Cannot read the log {path}: {detail}",
    ),
    "error.store.unwritable": (
        "Kan het logboek {path} niet aanmaken: {detail}",
        "Cannot create the log {path}: {detail}",
    ),
    "error.store.full": (
        "Het logboek {path} kon niet worden bijgewerkt: de schijf is vol ({detail}). Er is "
        "niets half opgeslagen. Maak ruimte vrij op de schijf en probeer het opnieuw.",
        "The log {path} could not be updated: the disk is full ({detail}). Nothing was half "
        "saved. Free some space on the disk and try again.",
    ),
    "error.store.io": (
        "Lezen of schrijven van het logboek {path} is mislukt: een schijffout ({detail}). Dat "
        "gebeurt als een bestand naast het logboek (zoals {path}-wal) is weggehaald terwijl een "
        "ander programma het logboek open had. Sluit elk ander partnerschap-venster, controleer "
        "het logboek met partnerschap log check en zet zo nodig een back-up terug met "
        "partnerschap import.",
        "Reading or writing the log {path} failed: a disk error ({detail}). This happens when a "
        "file next to the log (such as {path}-wal) was removed while another program had the "
        "log open. Close every other partnerschap window, check the log with partnerschap log "
        "check and restore a backup with partnerschap import if needed.",
    ),
    "error.store.damaged": (
        "Het logboek {path} is beschadigd ({detail}). Er is niets veranderd. Kijk met "
        "partnerschap log check welke reflecties nog leesbaar zijn; zet daarna het beschadigde "
        "bestand opzij en zet je laatste back-up terug met partnerschap import.",
        "The log {path} is damaged ({detail}). Nothing was changed. See which reflections can "
        "still be read with partnerschap log check; then move the damaged file aside and "
        "restore your latest backup with partnerschap import.",
    ),
    "error.store.readonly": (
        "Het logboek {path} kan alleen gelezen worden ({detail}); er is niets opgeslagen. "
        "Controleer of je schrijfrechten hebt op het bestand en de map.",
        "The log {path} can only be read ({detail}); nothing was saved. Check that you may "
        "write to the file and its folder.",
    ),
    "error.store.symlink": (
        "{path} is een symbolische koppeling (naar {target}); partnerschap opent zijn logboek "
        "alleen als gewoon bestand en heeft niets aangeraakt. Zet het echte bestand op die plek, "
        "of kies met PARTNERSCHAP_HOME een andere map.",
        "{path} is a symbolic link (to {target}); partnerschap opens its log only as a regular "
        "file and touched nothing. Put the real file in its place, or choose another folder "
        "with PARTNERSCHAP_HOME.",
    ),
    "error.store.not_file": (
        "{path} is geen gewoon bestand; partnerschap heeft het niet aangeraakt.",
        "{path} is not a regular file; partnerschap did not touch it.",
    ),
    "error.store.save_failed_draft": (
        "{problem}\nJe antwoorden zijn bewaard als concept {id}. Ga verder met partnerschap "
        "reflect --resume zodra het probleem is opgelost.",
        "{problem}\nYour answers are kept as draft {id}. Continue with partnerschap reflect "
        "--resume once the problem is solved.",
    ),
    "error.store.save_failed_recovery": (
        "{problem}\nJe antwoorden zijn niet verloren: ze staan in {file} (alleen voor jou "
        "leesbaar). Zet ze terug met partnerschap import {file} zodra het probleem is opgelost.",
        "{problem}\nYour answers are not lost: they are in {file} (readable for you only). "
        "Restore them with partnerschap import {file} once the problem is solved.",
    ),
    "error.store.save_failed_nowhere": (
        "{problem}\nOok een herstelbestand kon niet worden geschreven ({detail}). Je antwoorden "
        "staan hierboven als JSON; bewaar die tekst en zet hem later terug met partnerschap "
        "import.",
        "{problem}\nA recovery file could not be written either ({detail}). Your answers are "
        "above as JSON; keep that text and restore it later with partnerschap import.",
    ),
    # --- log check --------------------------------------------------------------------------
    "help.log.check": (
        "Controleer het logboek (integriteitscontrole van SQLite) en toon welke reflecties nog "
        "leesbaar zijn. Verandert niets.",
        "Check the log (SQLite's integrity check) and show which reflections can still be "
        "read. Changes nothing.",
    ),
    "help.log.check.output": (
        "Schrijf de reflecties die nog leesbaar zijn als JSON-export naar dit bestand (terug "
        "te zetten met partnerschap import).",
        "Write the reflections that can still be read as a JSON export to this file (to "
        "restore with partnerschap import).",
    ),
    "ui.log.check.missing": (
        "Er is nog geen logboek ({path}); niets te controleren.",
        "There is no log yet ({path}); nothing to check.",
    ),
    "ui.log.check.ok": (
        "Het logboek {path} is in orde: de integriteitscontrole meldt geen problemen en alle "
        "reflecties zijn leesbaar ({count}).",
        "The log {path} is sound: the integrity check reports no problems and every reflection "
        "can be read ({count}).",
    ),
    "ui.log.check.damaged": (
        "Het logboek {path} is beschadigd. De integriteitscontrole meldt:",
        "The log {path} is damaged. The integrity check reports:",
    ),
    "ui.log.check.unopenable": (
        "Het logboek {path} kan niet geopend worden: {detail}",
        "The log {path} cannot be opened: {detail}",
    ),
    "ui.log.check.readable": (
        "Leesbaar: {readable} van de {total}.",
        "Readable: {readable} of {total}.",
    ),
    "ui.log.check.unreadable": (
        "Niet leesbaar: {ids}",
        "Cannot be read: {ids}",
    ),
    "ui.log.check.no_list": (
        "De lijst van reflecties zelf is niet te lezen ({detail}).",
        "The list of reflections itself cannot be read ({detail}).",
    ),
    "ui.log.check.advice": (
        "Er is niets veranderd. Bewaar de leesbare reflecties met partnerschap log check "
        "--output BESTAND.json, zet het beschadigde logboek opzij en zet je laatste back-up "
        "terug met partnerschap import (daarna ook BESTAND.json: wat er al is, wordt "
        "overgeslagen).",
        "Nothing was changed. Keep the readable reflections with partnerschap log check "
        "--output FILE.json, move the damaged log aside and restore your latest backup with "
        "partnerschap import (then FILE.json too: what is already there is skipped).",
    ),
    "ui.log.check.written": (
        "De leesbare reflecties ({count}) staan in {path}.",
        "The readable reflections ({count}) are in {path}.",
    ),
    "error.store.busy": (
        "Het logboek {path} is bezet door een ander programma; probeer het zo nog eens.",
        "The log {path} is busy in another program; try again in a moment.",
    ),
    "error.store.no_draft": (
        "Er is geen onafgemaakte reflectie om mee verder te gaan.",
        "There is no unfinished reflection to continue.",
    ),
    "error.store.resume_no_save": (
        "--resume en --no-save gaan niet samen.",
        "--resume and --no-save do not go together.",
    ),
    "error.store.resume_answers": (
        "--resume en --answers gaan niet samen.",
        "--resume and --answers do not go together.",
    ),
    "error.store.draft_sets": (
        "Het concept {id} hoort bij een set die er niet meer is: {detail}",
        "Draft {id} belongs to a principle set that is gone: {detail}",
    ),
    "error.export.bad_format": (
        "Onbekend formaat '{format}'; kies md of json.",
        "Unknown format '{format}'; choose md or json.",
    ),
    "error.export.drafts_json": (
        "--drafts hoort bij de back-up: gebruik het met --format json.",
        "--drafts belongs to the backup: use it with --format json.",
    ),
    "error.import.not_found": ("Bestand {path} niet gevonden.", "File {path} not found."),
    "error.import.unreadable": (
        "Kan {path} niet lezen: {detail}",
        "Cannot read {path}: {detail}",
    ),
    "error.import.not_json": (
        "{path} is geen geldige JSON (regel {line}): {detail}",
        "{path} is not valid JSON (line {line}): {detail}",
    ),
    "error.import.not_export": (
        "{path} is geen export van partnerschap (maak er een met partnerschap export "
        "--format json).",
        "{path} is not a partnerschap export (make one with partnerschap export --format json).",
    ),
    "error.import.too_new": (
        "{path} is gemaakt met een nieuwere versie van partnerschap (formaat {version}; deze "
        "versie kent tot en met {supported}).",
        "{path} was made by a newer version of partnerschap (format {version}; this version "
        "knows up to {supported}).",
    ),
    "import.field_problem": (
        "veld {path}: {expected} verwacht, maar hier staat {found}",
        "field {path}: {expected} expected, but it holds {found}",
    ),
    "import.expected.text": ("een tekst", "a text"),
    "import.expected.flag": ("true of false", "true or false"),
    "import.expected.texts": ("een lijst met teksten", "a list of texts"),
    "import.expected.text_map": ("een object met teksten", "an object of texts"),
    "import.expected.object": ("een object", "an object"),
    "import.expected.localized": (
        "een tekst of een object met nl en en",
        "a text or an object with nl and en",
    ),
    "import.expected.localized_list": ("een lijst met teksten", "a list of texts"),
    "import.expected.findings": ("een lijst met bevindingen", "a list of findings"),
    "import.expected.next_step": (
        "een object met questions en intention",
        "an object with questions and intention",
    ),
    "import.expected.answer": ("yes, partly, no of na", "yes, partly, no or na"),
    "import.expected.status": (
        "missed, partly, honoured, not_applicable of not_asked",
        "missed, partly, honoured, not_applicable or not_asked",
    ),
    "import.found.null": ("null", "null"),
    "import.found.true": ("true", "true"),
    "import.found.false": ("false", "false"),
    "import.found.number": ("een getal", "a number"),
    "import.found.text": ("een tekst", "a text"),
    "import.found.list": ("een lijst", "a list"),
    "import.found.object": ("een object", "an object"),
    "import.found.missing": ("niets (het veld ontbreekt)", "nothing (the field is missing)"),
    "import.found.word": ("'{word}'", "'{word}'"),
    "error.import.bad_reflection": (
        "{path}: reflectie {number} (id {id}) is ongeldig ({detail}); er is niets geïmporteerd.",
        "{path}: reflection {number} (id {id}) is not valid ({detail}); nothing was imported.",
    ),
}
