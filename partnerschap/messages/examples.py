"""The examples at the end of each command's help: ``examples.<command path>``: lines of a
command and, indented under it, what it does."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "examples.root": (
        (
            "partnerschap reflect\n"
            "    na een moeilijk gesprek: loop de checkvragen langs\n"
            "partnerschap drill -n 5\n"
            "    oefen met vijf korte casussen\n"
            "partnerschap log stats\n"
            "    welke uitgangspunten je het vaakst mist"
        ),
        (
            "partnerschap reflect\n"
            "    after a difficult conversation: go through the check questions\n"
            "partnerschap drill -n 5\n"
            "    practise with five short cases\n"
            "partnerschap log stats\n"
            "    which principles you miss most often"
        ),
    ),
    "examples.reflect": (
        (
            "partnerschap reflect --quick\n"
            "    alleen de vragen die bij het verloop horen\n"
            "partnerschap reflect --transcript gesprek.vtt -p Sanne\n"
            "    eerst zien wat het transcript laat zien\n"
            "partnerschap reflect --resume\n"
            "    verder met een onafgemaakte reflectie"
        ),
        (
            "partnerschap reflect --quick\n"
            "    only the questions that fit how it went\n"
            "partnerschap reflect --transcript gesprek.vtt -p Sanne\n"
            "    first see what the transcript shows\n"
            "partnerschap reflect --resume\n"
            "    continue an unfinished reflection"
        ),
    ),
    "examples.export": (
        (
            "partnerschap export --since 2026-11-01 -o supervisie.md\n"
            "    reflecties sinds 1 november voor supervisie\n"
            "partnerschap export --format json -o backup.json\n"
            "    een reservekopie van je hele logboek"
        ),
        (
            "partnerschap export --since 2026-11-01 -o supervisie.md\n"
            "    reflections since 1 November for supervision\n"
            "partnerschap export --format json -o backup.json\n"
            "    a backup of your whole log"
        ),
    ),
    "examples.import": (
        ("partnerschap import backup.json\n    zet een reservekopie terug"),
        ("partnerschap import backup.json\n    restore a backup"),
    ),
    "examples.analyze": (
        (
            "partnerschap analyze gesprek.vtt -p Sanne\n"
            "    het rapport in de terminal\n"
            "partnerschap analyze gesprek.srt -f md -o rapport.md\n"
            "    het rapport als markdown\n"
            "partnerschap analyze gesprek.txt --explain 12\n"
            "    waarom de beurt op regel 12 zo is gecodeerd"
        ),
        (
            "partnerschap analyze gesprek.vtt -p Sanne\n"
            "    the report in the terminal\n"
            "partnerschap analyze gesprek.srt -f md -o rapport.md\n"
            "    the report as markdown\n"
            "partnerschap analyze gesprek.txt --explain 12\n"
            "    why the turn on line 12 was coded that way"
        ),
    ),
    "examples.paths": (
        (
            "partnerschap paths\n"
            "    waar je logboek en instellingen staan\n"
            "partnerschap paths --json\n"
            "    hetzelfde als JSON, voor een script"
        ),
        (
            "partnerschap paths\n"
            "    where your log and settings are\n"
            "partnerschap paths --json\n"
            "    the same as JSON, for a script"
        ),
    ),
    "examples.log": (
        (
            "partnerschap log list\n"
            "    je laatste reflecties\n"
            "partnerschap log search boos\n"
            "    zoek in je notities\n"
            "partnerschap log stats --since 2026-01-01\n"
            "    wat je dit jaar het vaakst mist"
        ),
        (
            "partnerschap log list\n"
            "    your latest reflections\n"
            "partnerschap log search boos\n"
            "    search your notes\n"
            "partnerschap log stats --since 2026-01-01\n"
            "    what you missed most this year"
        ),
    ),
    "examples.log.list": (
        (
            "partnerschap log list -n 5\n"
            "    de vijf nieuwste\n"
            "partnerschap log list --missed respect\n"
            "    waar respect gemist is\n"
            "partnerschap log list --drafts\n"
            "    onafgemaakte reflecties"
        ),
        (
            "partnerschap log list -n 5\n"
            "    the five newest\n"
            "partnerschap log list --missed respect\n"
            "    where respect was missed\n"
            "partnerschap log list --drafts\n"
            "    unfinished reflections"
        ),
    ),
    "examples.log.show": (
        (
            "partnerschap log show 3f2a\n"
            "    de reflectie waarvan de id met 3f2a begint\n"
            "partnerschap log show 3f2a --json\n"
            "    dezelfde als JSON"
        ),
        (
            "partnerschap log show 3f2a\n"
            "    the reflection whose id starts with 3f2a\n"
            "partnerschap log show 3f2a --json\n"
            "    the same as JSON"
        ),
    ),
    "examples.log.search": (
        (
            "partnerschap log search 'eerst luisteren'\n"
            "    zoek een zin\n"
            "partnerschap log search school --since 2026-09-01\n"
            "    alleen gesprekken sinds september"
        ),
        (
            "partnerschap log search 'eerst luisteren'\n"
            "    search for a phrase\n"
            "partnerschap log search school --since 2026-09-01\n"
            "    only conversations since September"
        ),
    ),
    "examples.log.delete": (
        (
            "partnerschap log delete 3f2a\n"
            "    verwijder één reflectie (na bevestiging)\n"
            "partnerschap log delete 3f2a 9c01 --yes\n"
            "    verwijder er twee zonder te vragen"
        ),
        (
            "partnerschap log delete 3f2a\n"
            "    delete one reflection (after confirming)\n"
            "partnerschap log delete 3f2a 9c01 --yes\n"
            "    delete two without asking"
        ),
    ),
    "examples.log.stats": (
        (
            "partnerschap log stats\n"
            "    over je hele logboek\n"
            "partnerschap log stats --since 2026-10-01 --until 2026-12-31\n"
            "    over het laatste kwartaal"
        ),
        (
            "partnerschap log stats\n"
            "    over your whole log\n"
            "partnerschap log stats --since 2026-10-01 --until 2026-12-31\n"
            "    over the last quarter"
        ),
    ),
    "examples.log.check": (
        (
            "partnerschap log check\n"
            "    is het logboek heel?\n"
            "partnerschap log check -o gered.json\n"
            "    red wat nog leesbaar is"
        ),
        (
            "partnerschap log check\n"
            "    is the log intact?\n"
            "partnerschap log check -o gered.json\n"
            "    save what is still readable"
        ),
    ),
    "examples.log.encrypt": (
        (
            "partnerschap log encrypt\n"
            "    versleutel met een wachtwoordzin\n"
            "partnerschap log encrypt --remember\n"
            "    en bewaar de sleutel in de wachtwoordkluis"
        ),
        (
            "partnerschap log encrypt\n"
            "    encrypt with a passphrase\n"
            "partnerschap log encrypt --remember\n"
            "    and keep the key in the keyring"
        ),
    ),
    "examples.log.decrypt": (
        ("partnerschap log decrypt\n    maak het logboek weer een gewoon bestand"),
        ("partnerschap log decrypt\n    make the log a plain file again"),
    ),
    "examples.log.passphrase": (
        (
            "partnerschap log passphrase\n"
            "    kies een nieuwe wachtwoordzin\n"
            "partnerschap log passphrase --new-passphrase-file nieuw.txt\n"
            "    lees de nieuwe uit een bestand"
        ),
        (
            "partnerschap log passphrase\n"
            "    choose a new passphrase\n"
            "partnerschap log passphrase --new-passphrase-file nieuw.txt\n"
            "    read the new one from a file"
        ),
    ),
    "examples.principles": (
        (
            "partnerschap principles list\n"
            "    de uitgangspunten van je standaardset\n"
            "partnerschap principles show respect\n"
            "    één uitgangspunt met zijn vragen"
        ),
        (
            "partnerschap principles list\n"
            "    the principles of your default set\n"
            "partnerschap principles show respect\n"
            "    one principle with its questions"
        ),
    ),
    "examples.principles.list": (
        (
            "partnerschap principles list\n"
            "    de uitgangspunten en welke sets er zijn\n"
            "partnerschap principles list --set client-perspective\n"
            "    die van een andere set"
        ),
        (
            "partnerschap principles list\n"
            "    the principles and which sets there are\n"
            "partnerschap principles list --set client-perspective\n"
            "    those of another set"
        ),
    ),
    "examples.principles.show": (
        (
            "partnerschap principles show respect\n"
            "    uitleg en checkvragen van respect\n"
            "partnerschap principles show respect --json\n"
            "    hetzelfde als JSON"
        ),
        (
            "partnerschap principles show respect\n"
            "    explanation and check questions of respect\n"
            "partnerschap principles show respect --json\n"
            "    the same as JSON"
        ),
    ),
    "examples.principles.init": (
        (
            "partnerschap principles init team.yaml\n"
            "    een startbestand voor een eigen set\n"
            "partnerschap principles init team.yaml --from partnerschap\n"
            "    begin met een kopie"
        ),
        (
            "partnerschap principles init team.yaml\n"
            "    a starter file for a set of your own\n"
            "partnerschap principles init team.yaml --from partnerschap\n"
            "    start from a copy"
        ),
    ),
    "examples.principles.validate": (
        (
            "partnerschap principles validate team.yaml\n"
            "    controleer je eigen set\n"
            "partnerschap principles validate sets/*.yaml --json\n"
            "    alle sets, als JSON"
        ),
        (
            "partnerschap principles validate team.yaml\n"
            "    check your own set\n"
            "partnerschap principles validate sets/*.yaml --json\n"
            "    all sets, as JSON"
        ),
    ),
    "examples.drill": (
        (
            "partnerschap drill -n 5\n"
            "    vijf oefeningen\n"
            "partnerschap drill --type better --principle respect\n"
            "    kies de betere vraag, alleen bij respect\n"
            "partnerschap drill --class --timer 60\n"
            "    klassikaal op de beamer, een minuut per casus"
        ),
        (
            "partnerschap drill -n 5\n"
            "    five items\n"
            "partnerschap drill --type better --principle respect\n"
            "    choose the better question, respect only\n"
            "partnerschap drill --class --timer 60\n"
            "    in class on the projector, a minute per case"
        ),
    ),
    "examples.drill.report": (
        (
            "partnerschap drill report resultaten/\n"
            "    het overzicht van de hele groep\n"
            "partnerschap drill report resultaten/ -o groep.md\n"
            "    en als markdown voor de mail"
        ),
        (
            "partnerschap drill report resultaten/\n"
            "    the overview of the whole group\n"
            "partnerschap drill report resultaten/ -o groep.md\n"
            "    and as markdown for the e-mail"
        ),
    ),
    "examples.drill.live": (
        (
            "partnerschap drill live\n"
            "    deelnemers antwoorden op hun telefoon\n"
            "partnerschap drill live -n 8 --timer 45 --anonymous\n"
            "    acht casussen, zonder namen"
        ),
        (
            "partnerschap drill live\n"
            "    participants answer on their phones\n"
            "partnerschap drill live -n 8 --timer 45 --anonymous\n"
            "    eight cases, without names"
        ),
    ),
    "examples.drill.validate": (
        ("partnerschap drill validate drills-team.yaml\n    controleer een eigen oefenbank"),
        ("partnerschap drill validate drills-team.yaml\n    check a drill bank of your own"),
    ),
    "examples.privacy": (
        (
            "partnerschap privacy check notities.txt\n"
            "    staan er persoonsgegevens in?\n"
            "partnerschap privacy check --redact notities.txt\n"
            "    druk de tekst af zonder die gegevens"
        ),
        (
            "partnerschap privacy check notities.txt\n"
            "    is there personal data in it?\n"
            "partnerschap privacy check --redact notities.txt\n"
            "    print the text without that data"
        ),
    ),
    "examples.privacy.check": (
        (
            "partnerschap privacy check notities.txt\n"
            "    staan er persoonsgegevens in?\n"
            "partnerschap privacy check --redact notities.txt > schoon.txt\n"
            "    een versie zonder persoonsgegevens\n"
            "partnerschap privacy check - < brief.txt\n"
            "    lees de tekst van standaardinvoer"
        ),
        (
            "partnerschap privacy check notities.txt\n"
            "    is there personal data in it?\n"
            "partnerschap privacy check --redact notities.txt > schoon.txt\n"
            "    a version without personal data\n"
            "partnerschap privacy check - < brief.txt\n"
            "    read the text from standard input"
        ),
    ),
    "examples.config": (
        (
            "partnerschap config show\n"
            "    je instellingen\n"
            "partnerschap config set language en\n"
            "    voortaan in het Engels"
        ),
        (
            "partnerschap config show\n"
            "    your settings\n"
            "partnerschap config set language en\n"
            "    in English from now on"
        ),
    ),
    "examples.config.show": (
        (
            "partnerschap config show\n"
            "    de instellingen en waar ze vandaan komen\n"
            "partnerschap config show --json\n"
            "    hetzelfde als JSON"
        ),
        (
            "partnerschap config show\n"
            "    the settings and where they come from\n"
            "partnerschap config show --json\n"
            "    the same as JSON"
        ),
    ),
    "examples.config.set": (
        (
            "partnerschap config set language nl\n"
            "    altijd Nederlands\n"
            "partnerschap config set default_set client-perspective\n"
            "    een andere standaardset"
        ),
        (
            "partnerschap config set language nl\n"
            "    always Dutch\n"
            "partnerschap config set default_set client-perspective\n"
            "    another default set"
        ),
    ),
}
