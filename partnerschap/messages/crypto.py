"""Messages of the encrypted log: ``log encrypt``, ``log decrypt``, ``log passphrase``, asking
the passphrase, the keyring, and the notes on exports of an encrypted log."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts -------------------------------------------------------------------------
    "help.log.encrypt": (
        "Versleutel je logboek met een wachtwoordzin, zodat een verloren laptop het niet "
        "prijsgeeft. Met PARTNERSCHAP_PASSPHRASE_FILE wordt de wachtwoordzin uit dat bestand "
        "gelezen.",
        "Encrypt your log with a passphrase, so that a lost laptop does not give it away. "
        "With PARTNERSCHAP_PASSPHRASE_FILE the passphrase is read from that file.",
    ),
    "help.log.decrypt": (
        "Haal de versleuteling van je logboek af (het wordt weer een gewoon bestand).",
        "Remove the encryption from your log (it becomes a plain file again).",
    ),
    "help.log.passphrase": (
        "Kies een nieuwe wachtwoordzin voor je versleutelde logboek.",
        "Choose a new passphrase for your encrypted log.",
    ),
    "help.log.remember": (
        "Bewaar de sleutel in de wachtwoordkluis van je systeem (Sleutelhanger, "
        "Referentiebeheer), zodat partnerschap er op deze computer niet meer om vraagt.",
        "Keep the key in your system's keyring (Keychain, Credential Manager), so that "
        "partnerschap no longer asks for it on this computer.",
    ),
    "help.log.new_passphrase_file": (
        "Lees de nieuwe wachtwoordzin uit dit bestand in plaats van erom te vragen.",
        "Read the new passphrase from this file instead of asking for it.",
    ),
    # --- questions --------------------------------------------------------------------------
    "prompt.passphrase": (
        "Wachtwoordzin van je logboek",
        "Passphrase of your log",
    ),
    "prompt.passphrase.new": ("Nieuwe wachtwoordzin", "New passphrase"),
    "prompt.passphrase.again": ("Typ hem nog een keer", "Type it once more"),
    # --- what happens -----------------------------------------------------------------------
    "ui.crypto.warning": (
        "Je logboek wordt versleuteld met een wachtwoordzin. Onthoud hem goed: ben je hem "
        "kwijt, dan ben je je logboek kwijt. Niemand kan hem terughalen, ook de makers van "
        "partnerschap niet. Kies een zin van een paar woorden die alleen jij kent.",
        "Your log will be encrypted with a passphrase. Remember it well: if you lose it, you "
        "lose your log. Nobody can recover it, not even the makers of partnerschap. Choose a "
        "phrase of a few words that only you know.",
    ),
    "ui.crypto.mismatch": (
        "De twee wachtwoordzinnen waren niet gelijk; probeer het opnieuw.",
        "The two entries were not the same; try again.",
    ),
    "ui.crypto.try_again": ("{reason} Probeer het opnieuw.", "{reason} Try again."),
    "ui.crypto.encrypted": (
        "Je logboek {path} is versleuteld. Vanaf nu vraagt partnerschap je wachtwoordzin "
        "wanneer het je logboek opent.",
        "Your log {path} is encrypted. From now on partnerschap asks for your passphrase "
        "when it opens your log.",
    ),
    "ui.crypto.remembered": (
        "De sleutel staat in de wachtwoordkluis van je systeem; op deze computer vraagt "
        "partnerschap er niet meer om.",
        "The key is in your system's keyring; on this computer partnerschap no longer asks for it.",
    ),
    "ui.crypto.decrypted": (
        "Je logboek {path} is niet meer versleuteld.",
        "Your log {path} is no longer encrypted.",
    ),
    "ui.crypto.changed": (
        "Je logboek {path} heeft een nieuwe wachtwoordzin; de oude opent het niet meer.",
        "Your log {path} has a new passphrase; the old one no longer opens it.",
    ),
    "ui.crypto.keyring_unavailable": (
        "De sleutel staat niet in de wachtwoordkluis van je systeem ({detail}).",
        "The key is not in your system's keyring ({detail}).",
    ),
    "ui.crypto.keyring_dropped": (
        "De sleutel kon niet in de wachtwoordkluis worden bijgewerkt ({detail}); "
        "partnerschap vraagt voortaan je wachtwoordzin.",
        "The key could not be updated in the keyring ({detail}); partnerschap will ask for "
        "your passphrase from now on.",
    ),
    "ui.crypto.export_plain": (
        "Let op: je logboek is versleuteld, deze export niet. Iedereen die hem krijgt, kan "
        "hem lezen.",
        "Note: your log is encrypted, this export is not. Anyone who gets it can read it.",
    ),
    "ui.crypto.export_json_plain": (
        "Let op: deze JSON-reservekopie is niet versleuteld, ook al is je logboek dat wel. "
        "Wie het bestand heeft, kan al je reflecties lezen; bewaar het op een veilige plek.",
        "Note: this JSON backup is not encrypted, even though your log is. Whoever has the "
        "file can read all your reflections; keep it somewhere safe.",
    ),
    "ui.paths.encrypted": ("(versleuteld)", "(encrypted)"),
    "ui.paths.not_encrypted": ("(niet versleuteld)", "(not encrypted)"),
    "ui.stats.encrypted": ("Je logboek is versleuteld.", "Your log is encrypted."),
    "ui.stats.not_encrypted": (
        "Je logboek is niet versleuteld (versleutelen: partnerschap log encrypt).",
        "Your log is not encrypted (to encrypt it: partnerschap log encrypt).",
    ),
    # --- reasons the keyring cannot be used -------------------------------------------------
    "ui.crypto.keyring.no_package": (
        "het pakket keyring is niet geïnstalleerd; installeer het met: "
        'pip install "partnerschap[keyring]"',
        "the keyring package is not installed; install it with: "
        'pip install "partnerschap[keyring]"',
    ),
    "ui.crypto.keyring.no_backend": (
        "er is op deze computer geen wachtwoordkluis gevonden",
        "no keyring was found on this computer",
    ),
    "ui.crypto.keyring.failed": (
        "de wachtwoordkluis gaf een fout: {detail}",
        "the keyring reported an error: {detail}",
    ),
    "ui.crypto.keyring.missing": (
        "hij is daar niet (meer) te vinden",
        "it is not (or no longer) there",
    ),
    # --- errors -----------------------------------------------------------------------------
    "error.crypto.no_extra": (
        "Het logboek is versleuteld, maar de versleuteling van partnerschap is hier niet "
        "geïnstalleerd. Installeer die met: {command}",
        "The log is encrypted, but partnerschap's encryption is not installed here. Install "
        "it with: {command}",
    ),
    "error.crypto.wrong": (
        "Die wachtwoordzin opent het logboek {path} niet. Het logboek is niet aangeraakt.",
        "That passphrase does not open the log {path}. The log was not touched.",
    ),
    "error.crypto.too_many": (
        "Drie keer een wachtwoordzin die het logboek niet opent; partnerschap stopt. Het "
        "logboek is niet aangeraakt.",
        "Three times a passphrase that does not open the log; partnerschap stops. The log "
        "was not touched.",
    ),
    "error.crypto.mismatch": (
        "Drie keer twee verschillende wachtwoordzinnen; partnerschap stopt. Het logboek is "
        "niet aangeraakt.",
        "Three times two different passphrases; partnerschap stops. The log was not touched.",
    ),
    "error.crypto.empty": (
        "Een lege wachtwoordzin kan niet.",
        "A passphrase cannot be empty.",
    ),
    "error.crypto.locked": (
        "Het logboek {path} is versleuteld en er is geen wachtwoordzin gegeven.",
        "The log {path} is encrypted and no passphrase was given.",
    ),
    "error.crypto.no_passphrase": (
        "Geen wachtwoordzin gekregen; het logboek is niet aangeraakt. Zonder terminal: zet "
        "PARTNERSCHAP_PASSPHRASE_FILE op een bestand met de wachtwoordzin.",
        "No passphrase given; the log was not touched. Without a terminal: set "
        "PARTNERSCHAP_PASSPHRASE_FILE to a file holding the passphrase.",
    ),
    "error.crypto.file_missing": (
        "Het wachtwoordbestand {path} (PARTNERSCHAP_PASSPHRASE_FILE) bestaat niet. Het "
        "logboek is niet aangeraakt.",
        "The passphrase file {path} (PARTNERSCHAP_PASSPHRASE_FILE) does not exist. The log "
        "was not touched.",
    ),
    "error.crypto.file_unreadable": (
        "Kan het wachtwoordbestand {path} niet lezen: {detail}. Het logboek is niet aangeraakt.",
        "Cannot read the passphrase file {path}: {detail}. The log was not touched.",
    ),
    "error.crypto.file_empty": (
        "Het wachtwoordbestand {path} is leeg. Het logboek is niet aangeraakt.",
        "The passphrase file {path} is empty. The log was not touched.",
    ),
    "error.crypto.already": (
        "Het logboek {path} is al versleuteld. Een nieuwe wachtwoordzin kiezen: "
        "partnerschap log passphrase",
        "The log {path} is already encrypted. To choose a new passphrase: "
        "partnerschap log passphrase",
    ),
    "error.crypto.not_encrypted": (
        "Het logboek {path} is niet versleuteld. Versleutelen: partnerschap log encrypt",
        "The log {path} is not encrypted. To encrypt it: partnerschap log encrypt",
    ),
    "error.crypto.no_log": (
        "Er is nog geen logboek ({path}).",
        "There is no log yet ({path}).",
    ),
    "error.crypto.in_use": (
        "Het logboek {path} is open in een ander venster van partnerschap (bijvoorbeeld een "
        "reflectie die nog loopt). Sluit dat eerst en probeer het dan opnieuw; het logboek "
        "is niet aangeraakt.",
        "The log {path} is open in another partnerschap window (for instance a reflection "
        "still running). Close that first, then try again; the log was not touched.",
    ),
    "error.crypto.verify_failed": (
        "De nieuwe versie van het logboek ({path}) kwam bij de controle niet overeen met "
        "het oude; het oude logboek is niet aangeraakt.",
        "The new version of the log ({path}) did not match the old one when checked; the "
        "old log was not touched.",
    ),
    "error.crypto.failed": (
        "Het omzetten van het logboek {path} is mislukt ({detail}); het oude logboek is niet "
        "aangeraakt.",
        "Converting the log {path} failed ({detail}); the old log was not touched.",
    ),
    "error.crypto.no_keyring": (
        "--remember kan hier niet: {detail}. Het logboek is niet aangeraakt.",
        "--remember does not work here: {detail}. The log was not touched.",
    ),
}
