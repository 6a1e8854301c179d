"""Messages of the privacy guard: ``privacy check``, ``reflect --privacy`` and the choice
before saving, and ``export`` (redaction and ``--keep-identifiers``)."""

from __future__ import annotations

_INSTALL = "pip install 'partnerschap[privacy]'"

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts -------------------------------------------------------------------------
    "help.privacy": (
        "Privacy: controleer tekst op gegevens waarmee een cliënt te herkennen is.",
        "Privacy: check text for data that could identify a client.",
    ),
    "help.privacy.check": (
        "Toon de persoonsgegevens in een tekst (BSN, IBAN, telefoon, e-mail, postcode, adres, "
        "geboortedatum, kenteken, namen na 'moeder', 'meneer' ...). Exitcode 0: niets "
        "gevonden, 1: iets gevonden, 2: fout (bijvoorbeeld een ontbrekend bestand).",
        "Show the personal data in a text (BSN, IBAN, phone, e-mail, postcode, address, date "
        "of birth, licence plate, names after 'moeder', 'meneer' ...). Exit code 0: nothing "
        "found, 1: something found, 2: error (for example a missing file).",
    ),
    "help.privacy.check.file": (
        "Tekstbestand (UTF-8), of - om van standaardinvoer te lezen.",
        "Text file (UTF-8), or - to read standard input.",
    ),
    "help.privacy.check.json": (
        "Uitvoer als JSON (soort, tekst, positie, regel, kolom, placeholder).",
        "Output as JSON (kind, text, position, line, column, placeholder).",
    ),
    "help.privacy.check.redact": (
        "Toon de tekst met de gevonden gegevens vervangen door placeholders.",
        "Print the text with what was found replaced by placeholders.",
    ),
    "help.privacy.check.dates": (
        "Ook gewone datums (zoals de datum van een gesprek) melden en vervangen.",
        "Also report and replace plain dates (such as the date of a meeting).",
    ),
    "help.privacy.deduce": (
        "Gebruik ook deduce (extra, " + _INSTALL + ") voor namen, plaatsen en instellingen. "
        "Het laden duurt de eerste keer op een computer ongeveer 2,5 minuut, daarna ongeveer "
        "15 seconden.",
        "Also use deduce (extra, " + _INSTALL + ") for names, places and institutions. "
        "Loading takes about 2.5 minutes the first time on a computer, then about 15 seconds.",
    ),
    "help.reflect.privacy": (
        "Persoonsgegevens in de antwoorden: redact (vervangen door placeholders), warn "
        "(waarschuwen, opslaan zoals getypt; standaard met --answers) of block (niet "
        "opslaan). Interactief wordt het anders gevraagd.",
        "Personal data in the answers: redact (replace by placeholders), warn (warn, save as "
        "typed; the default with --answers) or block (do not save). Interactively you are "
        "asked otherwise.",
    ),
    "help.export.keep_identifiers": (
        "Exporteer zoals opgeslagen, zonder persoonsgegevens te vervangen (niet delen).",
        "Export as stored, without replacing personal data (do not share).",
    ),
    # --- the choice before saving -----------------------------------------------------------
    "ui.privacy.title": ("Privacy", "Privacy"),
    "ui.privacy.explain": (
        "Deze reflectie lijkt gegevens te bevatten waarmee een cliënt te herkennen is. Een "
        "persoonlijke reflectie hoort geen cliënten te identificeren (AVG). Er gaat niets "
        "van deze computer af; wat je typte blijft bewaard tot je kiest.",
        "This reflection seems to hold data that could identify a client. A personal "
        "reflection should not identify clients (GDPR). Nothing leaves this computer; what "
        "you typed is kept until you choose.",
    ),
    "ui.privacy.becomes": ("wordt", "becomes"),
    "ui.privacy.field.note": ("Notitie bij {principle}", "Note on {principle}"),
    "prompt.privacy": ("Wat wil je doen?", "What do you want to do?"),
    "prompt.privacy.choice.redact": (
        "Vervangen door placeholders (aanbevolen)",
        "Replace by placeholders (recommended)",
    ),
    "prompt.privacy.choice.keep": ("Laten staan zoals getypt", "Keep as typed"),
    "prompt.privacy.edit": ("{field}:", "{field}:"),
    "prompt.privacy.choice.edit": ("Zelf aanpassen", "Edit the text"),
    "prompt.privacy.edit.instruction": (
        "(pas de tekst aan, Enter = klaar)",
        "(edit the text, Enter = done)",
    ),
    "ui.privacy.done.redact.one": (
        "Eén persoonsgegeven vervangen door een placeholder.",
        "One item of personal data replaced by a placeholder.",
    ),
    "ui.privacy.done.redact.many": (
        "{count} persoonsgegevens vervangen door placeholders.",
        "{count} items of personal data replaced by placeholders.",
    ),
    "ui.privacy.done.keep": (
        "Opgeslagen zoals getypt; let op bij delen en exporteren.",
        "Saved as typed; take care when sharing and exporting.",
    ),
    "ui.privacy.done.keep_unsaved": (
        "Gelaten zoals getypt en niet opgeslagen (--no-save); let op bij delen.",
        "Kept as typed and not saved (--no-save); take care when sharing.",
    ),
    "ui.privacy.done.edit": (
        "Aangepast; er zijn geen persoonsgegevens meer gevonden.",
        "Edited; no personal data found any more.",
    ),
    # --- kinds ------------------------------------------------------------------------------
    "ui.privacy.kind.bsn": ("BSN", "BSN"),
    "ui.privacy.kind.iban": ("IBAN", "IBAN"),
    "ui.privacy.kind.phone": ("telefoonnummer", "phone number"),
    "ui.privacy.kind.email": ("e-mailadres", "e-mail address"),
    "ui.privacy.kind.postcode": ("postcode", "postcode"),
    "ui.privacy.kind.address": ("adres", "address"),
    "ui.privacy.kind.date": ("datum", "date"),
    "ui.privacy.kind.birth_date": ("geboortedatum", "date of birth"),
    "ui.privacy.kind.plate": ("kenteken", "licence plate"),
    "ui.privacy.kind.name": ("naam", "name"),
    "ui.privacy.kind.place": ("plaats", "place"),
    "ui.privacy.kind.institution": ("instelling", "institution"),
    "ui.privacy.kind_count": ("{kind} ({count} keer)", "{kind} ({count}×)"),
    # --- reflect --privacy ------------------------------------------------------------------
    "ui.privacy.warn": (
        "Let op: deze reflectie bevat mogelijk persoonsgegevens (opgeslagen zoals getypt):",
        "Note: this reflection may hold personal data (saved as typed):",
    ),
    "ui.privacy.warn_unsaved": (
        "Let op: deze reflectie bevat mogelijk persoonsgegevens (niet opgeslagen, --no-save):",
        "Note: this reflection may hold personal data (not saved, --no-save):",
    ),
    "ui.privacy.warn.hint": (
        "Vervang ze met --privacy redact, of pas het antwoordbestand aan.",
        "Replace them with --privacy redact, or edit the answers file.",
    ),
    "ui.privacy.redacted": (
        "Persoonsgegevens vervangen door placeholders:",
        "Personal data replaced by placeholders:",
    ),
    "error.privacy.bad_mode": (
        "onbekende waarde '{mode}' voor --privacy; kies {modes}",
        "unknown value '{mode}' for --privacy; choose {modes}",
    ),
    "error.privacy.blocked": (
        "niet opgeslagen: de reflectie bevat persoonsgegevens (--privacy block):\n{findings}\n"
        "Vervang ze (--privacy redact) of pas het antwoordbestand aan.",
        "not saved: the reflection holds personal data (--privacy block):\n{findings}\n"
        "Replace them (--privacy redact) or edit the answers file.",
    ),
    "error.privacy.blocked_draft": (
        "niet opgeslagen als reflectie: er staan persoonsgegevens in (--privacy block):\n"
        "{findings}\nHet concept is bewaard; ga verder met 'partnerschap reflect --resume'.",
        "not saved as a reflection: it holds personal data (--privacy block):\n"
        "{findings}\nThe draft is kept; continue with 'partnerschap reflect --resume'.",
    ),
    # --- export -----------------------------------------------------------------------------
    "ui.export.redacted.one": (
        "Persoonsgegevens vervangen door placeholders in 1 reflectie "
        "(--keep-identifiers exporteert zoals opgeslagen).",
        "Personal data replaced by placeholders in 1 reflection "
        "(--keep-identifiers exports as stored).",
    ),
    "ui.export.redacted.many": (
        "Persoonsgegevens vervangen door placeholders in {count} reflecties "
        "(--keep-identifiers exporteert zoals opgeslagen).",
        "Personal data replaced by placeholders in {count} reflections "
        "(--keep-identifiers exports as stored).",
    ),
    "ui.export.keep_identifiers": (
        "Let op: export zoals opgeslagen, persoonsgegevens niet vervangen "
        "(--keep-identifiers). Deel dit bestand niet.",
        "Note: exported as stored, personal data not replaced (--keep-identifiers). "
        "Do not share this file.",
    ),
    # --- privacy check ----------------------------------------------------------------------
    "ui.privacy.col.kind": ("Soort", "Kind"),
    "ui.privacy.col.text": ("Tekst", "Text"),
    "ui.privacy.col.where": ("Regel:kolom", "Line:column"),
    "ui.privacy.col.placeholder": ("Vervangen door", "Placeholder"),
    "ui.privacy.check.none": (
        "Geen persoonsgegevens gevonden in {source}.",
        "No personal data found in {source}.",
    ),
    "ui.privacy.check.found.one": (
        "1 persoonsgegeven gevonden in {source}.",
        "1 item of personal data found in {source}.",
    ),
    "ui.privacy.check.found.many": (
        "{count} persoonsgegevens gevonden in {source}.",
        "{count} items of personal data found in {source}.",
    ),
    "ui.privacy.stdin": ("standaardinvoer", "standard input"),
    "ui.privacy.deduce_loading": (
        "deduce laden (de eerste keer op deze computer ongeveer 2,5 minuut, daarna ongeveer "
        "15 seconden) ...",
        "Loading deduce (the first time on this computer about 2.5 minutes, then about "
        "15 seconds) ...",
    ),
    "error.privacy.no_deduce": (
        "--deduce heeft de extra 'deduce' nodig, die niet is geïnstalleerd. Installeer met: "
        + _INSTALL
        + " (ongeveer 120 MB; het eerste gebruik duurt ongeveer 2,5 minuut).",
        "--deduce needs the extra 'deduce', which is not installed. Install it with: "
        + _INSTALL
        + " (about 120 MB; the first use takes about 2.5 minutes).",
    ),
    "error.privacy.not_found": ("{path}: bestand niet gevonden", "{path}: file not found"),
    "error.privacy.is_dir": (
        "{path}: dit is een map, geen bestand",
        "{path}: this is a folder, not a file",
    ),
    "error.privacy.unreadable": (
        "{path}: niet leesbaar ({detail})",
        "{path}: not readable ({detail})",
    ),
    "error.privacy.binary": (
        "{path}: dit lijkt een binair bestand, geen tekst; sla notities op als tekst (UTF-8)",
        "{path}: this looks like a binary file, not text; save notes as text (UTF-8)",
    ),
    "error.privacy.too_large": (
        "{path}: groter dan {limit_mb} MB; privacy check controleert teksten tot {limit_mb} MB. "
        "Verdeel de tekst over kleinere bestanden.",
        "{path}: larger than {limit_mb} MB; privacy check checks texts up to {limit_mb} MB. "
        "Split the text into smaller files.",
    ),
    "error.privacy.not_utf8": (
        "{path}: geen UTF-8-tekst; sla het bestand op als UTF-8",
        "{path}: not UTF-8 text; save the file as UTF-8",
    ),
}
