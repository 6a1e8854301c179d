"""The examples at the end of each command's help: ``examples.<command path>``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "examples.root": (
        "partnerschap reflect\n    na een moeilijk gesprek: loop de checkvragen langs\npartnerschap drill -n 5\n    oefen met vijf korte casussen\npartnerschap log stats\n    welke uitgangspunten je het vaakst mist",
        "partnerschap reflect\n    after a difficult conversation: go through the check questions\npartnerschap drill -n 5\n    practise with five short cases\npartnerschap log stats\n    which principles you miss most often",
    ),
    "examples.reflect": (
        "partnerschap reflect --quick\n    alleen de vragen die bij het verloop horen\npartnerschap reflect --transcript gesprek.vtt -p Sanne\n    eerst zien wat het transcript laat zien\npartnerschap reflect --resume\n    verder met een onafgemaakte reflectie",
        "partnerschap reflect --quick\n    only the questions that fit how it went\npartnerschap reflect --transcript gesprek.vtt -p Sanne\n    first see what the transcript shows\npartnerschap reflect --resume\n    continue an unfinished reflection",
    ),
    "examples.export": (
        "partnerschap export --since 2026-11-01 -o supervisie.md\n    reflecties sinds 1 november voor supervisie\npartnerschap export --format json -o backup.json\n    een reservekopie van je hele logboek",
        "partnerschap export --since 2026-11-01 -o supervisie.md\n    reflections since 1 November for supervision\npartnerschap export --format json -o backup.json\n    a backup of your whole log",
    ),
    "examples.import": (
        "partnerschap import backup.json\n    zet een reservekopie terug",
        "partnerschap import backup.json\n    restore a backup",
    ),
    "examples.analyze": (
        "partnerschap analyze gesprek.vtt -p Sanne\n    het rapport in de terminal\npartnerschap analyze gesprek.srt -f md -o rapport.md\n    het rapport als markdown\npartnerschap analyze gesprek.txt --explain 12\n    waarom de beurt op regel 12 zo is gecodeerd",
        "partnerschap analyze gesprek.vtt -p Sanne\n    the report in the terminal\npartnerschap analyze gesprek.srt -f md -o rapport.md\n    the report as markdown\npartnerschap analyze gesprek.txt --explain 12\n    why the turn on line 12 was coded that way",
    ),
    "examples.paths": (
        "partnerschap paths\n    waar je logboek en instellingen staan\npartnerschap paths --json\n    hetzelfde als JSON, voor een script",
        "partnerschap paths\n    where your log and settings are\npartnerschap paths --json\n    the same as JSON, for a script",
    ),
    "examples.log": (
        "partnerschap log list\n    je laatste reflecties\npartnerschap log search boos\n    zoek in je notities\npartnerschap log stats --since 2026-01-01\n    wat je dit jaar het vaakst mist",
        "partnerschap log list\n    your latest reflections\npartnerschap log search boos\n    search your notes\npartnerschap log stats --since 2026-01-01\n    what you missed most this year",
    ),
    "examples.log.list": (
        "partnerschap log list -n 5\n    de vijf nieuwste\npartnerschap log list --missed respect\n    waar respect gemist is\npartnerschap log list --drafts\n    onafgemaakte reflecties",
        "partnerschap log list -n 5\n    the five newest\npartnerschap log list --missed respect\n    where respect was missed\npartnerschap log list --drafts\n    unfinished reflections",
    ),
    "examples.log.show": (
        "partnerschap log show 3f2a\n    de reflectie waarvan de id met 3f2a begint\npartnerschap log show 3f2a --json\n    dezelfde als JSON",
        "partnerschap log show 3f2a\n    the reflection whose id starts with 3f2a\npartnerschap log show 3f2a --json\n    the same as JSON",
    ),
    "examples.log.search": (
        "partnerschap log search 'eerst luisteren'\n    zoek een zin\npartnerschap log search school --since 2026-09-01\n    alleen gesprekken sinds september",
        "partnerschap log search 'eerst luisteren'\n    search for a phrase\npartnerschap log search school --since 2026-09-01\n    only conversations since September",
    ),
    "examples.log.delete": (
        "partnerschap log delete 3f2a\n    verwijder één reflectie (na bevestiging)\npartnerschap log delete 3f2a 9c01 --yes\n    verwijder er twee zonder te vragen",
        "partnerschap log delete 3f2a\n    delete one reflection (after confirming)\npartnerschap log delete 3f2a 9c01 --yes\n    delete two without asking",
    ),
    "examples.log.stats": (
        "partnerschap log stats\n    over je hele logboek\npartnerschap log stats --since 2026-10-01 --until 2026-12-31\n    over het laatste kwartaal",
        "partnerschap log stats\n    over your whole log\npartnerschap log stats --since 2026-10-01 --until 2026-12-31\n    over the last quarter",
    ),
    "examples.log.check": (
        "partnerschap log check\n    is het logboek heel?\npartnerschap log check -o gered.json\n    red wat nog leesbaar is",
        "partnerschap log check\n    is the log intact?\npartnerschap log check -o gered.json\n    save what is still readable",
    ),
    "examples.log.encrypt": (
        "partnerschap log encrypt\n    versleutel met een wachtwoordzin\npartnerschap log encrypt --remember\n    en bewaar de sleutel in de wachtwoordkluis",
        "partnerschap log encrypt\n    encrypt with a passphrase\npartnerschap log encrypt --remember\n    and keep the key in the keyring",
    ),
    "examples.log.decrypt": (
        "partnerschap log decrypt\n    maak het logboek weer een gewoon bestand",
        "partnerschap log decrypt\n    make the log a plain file again",
    ),
    "examples.log.passphrase": (
        "partnerschap log passphrase\n    kies een nieuwe wachtwoordzin\npartnerschap log passphrase --new-passphrase-file nieuw.txt\n    lees de nieuwe uit een bestand",
        "partnerschap log passphrase\n    choose a new passphrase\npartnerschap log passphrase --new-passphrase-file nieuw.txt\n    read the new one from a file",
    ),
    "examples.principles": (
        "partnerschap principles list\n    de uitgangspunten van je standaardset\npartnerschap principles show respect\n    één uitgangspunt met zijn vragen",
        "partnerschap principles list\n    the principles of your default set\npartnerschap principles show respect\n    one principle with its questions",
    ),
    "examples.principles.list": (
        "partnerschap principles list\n    de uitgangspunten en welke sets er zijn\npartnerschap principles list --set client-perspective\n    die van een andere set",
        "partnerschap principles list\n    the principles and which sets there are\npartnerschap principles list --set client-perspective\n    those of another set",
    ),
    "examples.principles.show": (
        "partnerschap principles show respect\n    uitleg en checkvragen van respect\npartnerschap principles show respect --json\n    hetzelfde als JSON",
        "partnerschap principles show respect\n    explanation and check questions of respect\npartnerschap principles show respect --json\n    the same as JSON",
    ),
    "examples.principles.init": (
        "partnerschap principles init team.yaml\n    een startbestand voor een eigen set\npartnerschap principles init team.yaml --from partnerschap\n    begin met een kopie",
        "partnerschap principles init team.yaml\n    a starter file for a set of your own\npartnerschap principles init team.yaml --from partnerschap\n    start from a copy",
    ),
    "examples.principles.validate": (
        "partnerschap principles validate team.yaml\n    controleer je eigen set\npartnerschap principles validate sets/*.yaml --json\n    alle sets, als JSON",
        "partnerschap principles validate team.yaml\n    check your own set\npartnerschap principles validate sets/*.yaml --json\n    all sets, as JSON",
    ),
    "examples.drill": (
        "partnerschap drill -n 5\n    vijf oefeningen\npartnerschap drill --type better --principle respect\n    kies de betere vraag, alleen bij respect\npartnerschap drill --class --timer 60\n    klassikaal op de beamer, een minuut per casus",
        "partnerschap drill -n 5\n    five items\npartnerschap drill --type better --principle respect\n    choose the better question, respect only\npartnerschap drill --class --timer 60\n    in class on the projector, a minute per case",
    ),
    "examples.drill.report": (
        "partnerschap drill report resultaten/\n    het overzicht van de hele groep\npartnerschap drill report resultaten/ -o groep.md\n    en als markdown voor de mail",
        "partnerschap drill report resultaten/\n    the overview of the whole group\npartnerschap drill report resultaten/ -o groep.md\n    and as markdown for the e-mail",
    ),
    "examples.drill.live": (
        "partnerschap drill live\n    deelnemers antwoorden op hun telefoon\npartnerschap drill live -n 8 --timer 45 --anonymous\n    acht casussen, zonder namen",
        "partnerschap drill live\n    participants answer on their phones\npartnerschap drill live -n 8 --timer 45 --anonymous\n    eight cases, without names",
    ),
    "examples.drill.validate": (
        "partnerschap drill validate drills-team.yaml\n    controleer een eigen oefenbank",
        "partnerschap drill validate drills-team.yaml\n    check a drill bank of your own",
    ),
    "examples.privacy": (
        "partnerschap privacy check notities.txt\n    staan er persoonsgegevens in?\npartnerschap privacy check --redact notities.txt\n    druk de tekst af zonder die gegevens",
        "partnerschap privacy check notities.txt\n    is there personal data in it?\npartnerschap privacy check --redact notities.txt\n    print the text without that data",
    ),
    "examples.privacy.check": (
        "partnerschap privacy check notities.txt\n    staan er persoonsgegevens in?\npartnerschap privacy check --redact notities.txt > schoon.txt\n    een versie zonder persoonsgegevens\npartnerschap privacy check - < brief.txt\n    lees de tekst van standaardinvoer",
        "partnerschap privacy check notities.txt\n    is there personal data in it?\npartnerschap privacy check --redact notities.txt > schoon.txt\n    a version without personal data\npartnerschap privacy check - < letter.txt\n    read the text from standard input",
    ),
    "examples.config": (
        "partnerschap config show\n    je instellingen\npartnerschap config set language en\n    voortaan in het Engels",
        "partnerschap config show\n    your settings\npartnerschap config set language en\n    in English from now on",
    ),
    "examples.config.show": (
        "partnerschap config show\n    de instellingen en waar ze vandaan komen\npartnerschap config show --json\n    hetzelfde als JSON",
        "partnerschap config show\n    the settings and where they come from\npartnerschap config show --json\n    the same as JSON",
    ),
    "examples.config.set": (
        "partnerschap config set language nl\n    altijd Nederlands\npartnerschap config set default_set client-perspective\n    een andere standaardset",
        "partnerschap config set language nl\n    always Dutch\npartnerschap config set default_set client-perspective\n    another default set",
    ),
}
