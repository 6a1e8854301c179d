"""Messages of ``drill live``: the command, the terminal, the projector page and the trainee's
phone page (``live.page.*`` are sent to the pages)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts --------------------------------------------------------------------------
    "help.drill.live": (
        "Klassikaal met telefoons: de deelnemers beantwoorden de casussen op hun telefoon, de "
        "beamer toont hoeveel er geantwoord hebben en daarna de verdeling. Alles draait op deze "
        "laptop: geen account, geen cloud, niets te installeren op de telefoons.",
        "In class with phones: the trainees answer the cases on their phones, the projector "
        "shows how many have answered and then how the answers were spread. Everything runs on "
        "this laptop: no account, no cloud, nothing to install on the phones.",
    ),
    "help.drill.live.short": (
        "Klassikaal oefenen: deelnemers antwoorden op hun telefoon.",
        "Practise in class: trainees answer on their phones.",
    ),
    "help.drill.live.rounds": ("Hoeveel casussen.", "How many cases."),
    "help.drill.live.timer": (
        "Aftellen per casus, in seconden (bijv. 60); daarna kan niemand meer antwoorden.",
        "A countdown per case, in seconds (e.g. 60); after it nobody can answer any more.",
    ),
    "help.drill.live.host": (
        "Het adres om op te luisteren (standaard het adres van deze laptop in het netwerk; "
        "127.0.0.1 houdt het op deze computer).",
        "The address to listen on (default this laptop's address in the network; 127.0.0.1 "
        "keeps it on this computer).",
    ),
    "help.drill.live.port": (
        "De poort (standaard 8765, of een vrije poort als die bezet is).",
        "The port (default 8765, or a free port when that one is taken).",
    ),
    "help.drill.live.no_browser": (
        "Open de beamerpagina niet in de browser; toon alleen het adres.",
        "Do not open the projector page in the browser; only show its address.",
    ),
    "help.drill.live.results": (
        "De map voor de resultaten, één bestand per deelnemer (standaard een map met de datum "
        "in de gegevensmap).",
        "The folder for the results, one file per trainee (default a dated folder in the data "
        "folder).",
    ),
    "help.drill.live.anonymous": (
        "Deelnemers doen mee zonder naam.",
        "Trainees join without a name.",
    ),
    "help.drill.live.ranking": (
        "Toon aan het eind een ranglijst (standaard niet: een klas professionals is geen "
        "spelshow).",
        "Show a ranking at the end (not by default: a class of professionals is not a game show).",
    ),
    # --- terminal ----------------------------------------------------------------------------
    "ui.live.title": ("Live oefenen in de klas", "Live class drill"),
    "ui.live.join": ("Meedoen op de telefoon:", "Join on a phone:"),
    "ui.live.code": ("Code:", "Code:"),
    "ui.live.projector": (
        "Beamerpagina (met het geheim van de trainer, niet delen):",
        "Projector page (carries the trainer's secret, do not share):",
    ),
    "ui.live.results": ("Resultaten:", "Results:"),
    "ui.live.keys": (
        "Spatie/Enter/→/PageDown: antwoord tonen, dan volgende · ←/PageUp: vorige · "
        "t: aftellen opnieuw · e: einde · q/Ctrl-C: stoppen",
        "Space/Enter/→/PageDown: reveal, then next · ←/PageUp: previous · t: restart the "
        "countdown · e: end · q/Ctrl-C: stop",
    ),
    "ui.live.no_keys": (
        "Geen toetsenbord: bedien de sessie met de knoppen op de beamerpagina; stop met "
        "Ctrl-C of SIGTERM.",
        "No keyboard: control the session with the buttons on the projector page; stop with "
        "Ctrl-C or SIGTERM.",
    ),
    "ui.live.status.lobby": (
        "Wachtkamer · {joined} aangemeld",
        "Waiting room · {joined} joined",
    ),
    "ui.live.status.question.one": (
        "Casus {number} van {total} · 1 van {joined} heeft geantwoord",
        "Case {number} of {total} · 1 of {joined} has answered",
    ),
    "ui.live.status.question.many": (
        "Casus {number} van {total} · {answered} van {joined} hebben geantwoord",
        "Case {number} of {total} · {answered} of {joined} have answered",
    ),
    "ui.live.status.revealed.one": (
        "Casus {number} van {total} · antwoord getoond · 1 van {joined} heeft geantwoord",
        "Case {number} of {total} · answer shown · 1 of {joined} has answered",
    ),
    "ui.live.status.revealed.many": (
        "Casus {number} van {total} · antwoord getoond · {answered} van {joined} hebben geantwoord",
        "Case {number} of {total} · answer shown · {answered} of {joined} have answered",
    ),
    "ui.live.status.end.one": ("Afgelopen · 1 deelnemer", "Finished · 1 trainee"),
    "ui.live.status.end.many": (
        "Afgelopen · {joined} deelnemers",
        "Finished · {joined} trainees",
    ),
    "ui.live.port_free": (
        "Poort {wanted} is bezet; de sessie gebruikt poort {port}.",
        "Port {wanted} is taken; the session uses port {port}.",
    ),
    "ui.live.no_network": (
        "Deze laptop is met geen enkel netwerk verbonden, dus telefoons kunnen hem niet "
        "bereiken. Zet de mobiele hotspot van de laptop aan (Windows: Instellingen > Netwerk > "
        "Mobiele hotspot; macOS: Internetdeling; Linux: Wi-Fi > Hotspot aanzetten), laat de "
        "deelnemers daarmee verbinden en start opnieuw. Tot dan luistert de sessie alleen op "
        "deze computer (127.0.0.1).",
        "This laptop is not connected to any network, so phones cannot reach it. Turn on the "
        "laptop's mobile hotspot (Windows: Settings > Network > Mobile hotspot; macOS: Internet "
        "Sharing; Linux: Wi-Fi > Turn on hotspot), let the trainees connect to it and start "
        "again. Until then the session listens on this computer only (127.0.0.1).",
    ),
    "ui.live.saved": (
        "{count} resultaatbestanden in {path}",
        "{count} results files in {path}",
    ),
    "ui.live.saved_one": ("1 resultaatbestand in {path}", "1 results file in {path}"),
    "ui.live.not_saved": (
        "Niemand heeft iets beantwoord; er zijn geen resultaten geschreven.",
        "Nobody answered anything; no results were written.",
    ),
    "ui.live.report_hint": (
        "Het verslag van de klas in markdown:",
        "The class report in markdown:",
    ),
    "ui.live.stopped": ("De sessie is gestopt.", "The session has stopped."),
    "error.drill.live.port_taken": (
        "Poort {port} op {host} is al in gebruik; kies een andere met --port.",
        "Port {port} on {host} is already in use; choose another with --port.",
    ),
    "error.drill.live.cannot_listen": (
        "Kan niet luisteren op {host}:{port}: {detail}",
        "Cannot listen on {host}:{port}: {detail}",
    ),
    "error.drill.live.missing": (
        "Voor 'drill live' ontbreekt het pakket {package}; installeer partnerschap opnieuw "
        "(pip install partnerschap).",
        "'drill live' needs the package {package}; install partnerschap again "
        "(pip install partnerschap).",
    ),
    # --- errors a page can get ---------------------------------------------------------------
    "live.error.name_empty": ("Vul een naam in.", "Please type a name."),
    "live.error.name_long": (
        "Een naam mag hoogstens {max} tekens lang zijn.",
        "A name of at most {max} characters, please.",
    ),
    "live.error.name_chars": (
        "Een naam mag alleen letters, cijfers, spaties en . ' - bevatten.",
        "Only letters, digits, spaces and . ' - in a name, please.",
    ),
    "live.error.ended": ("De sessie is afgelopen.", "The session has ended."),
    "live.error.full": ("De sessie is vol.", "The session is full."),
    "live.error.unknown_trainee": (
        "Je bent (nog) niet aangemeld; vul je naam opnieuw in.",
        "You have not joined (yet); please type your name again.",
    ),
    "live.error.bad_option": ("Die keuze bestaat niet.", "That option does not exist."),
    "live.error.closed": (
        "Voor deze casus kun je niet meer antwoorden.",
        "This case no longer takes answers.",
    ),
    "live.error.time_up": ("De tijd is om.", "Time is up."),
    "live.error.too_fast": (
        "Even rustig aan: te veel berichten tegelijk.",
        "Slow down a little: too many messages at once.",
    ),
    "live.error.bad_request": ("Dat bericht begrijp ik niet.", "I do not understand that message."),
    "live.error.not_trainer": (
        "Alleen de trainer kan de sessie bedienen.",
        "Only the trainer can control the session.",
    ),
    "live.anonymous_name": ("Deelnemer {n}", "Trainee {n}"),
    "live.case_title": ("Casus {number} van {total}", "Case {number} of {total}"),
    # --- the pages ---------------------------------------------------------------------------
    "live.page.title": ("Partnerschap live", "Partnerschap live"),
    "live.page.projector_title": ("Partnerschap live: beamer", "Partnerschap live: projector"),
    "live.page.join_heading": ("Doe mee", "Join in"),
    "live.page.join_intro": (
        "Je naam is alleen zichtbaar voor de trainer. Een voornaam of een schuilnaam is genoeg.",
        "Only the trainer sees your name. A first name or a nickname is enough.",
    ),
    "live.page.join_anonymous_intro": (
        "Je doet mee zonder naam: niemand ziet wat jij antwoordt.",
        "You join without a name: nobody sees what you answer.",
    ),
    "live.page.join_label": ("Je naam", "Your name"),
    "live.page.join_submit": ("Meedoen", "Join"),
    "live.page.waiting": (
        "Je doet mee. Zodra de trainer begint, zie je hier de eerste casus.",
        "You are in. As soon as the trainer starts, the first case appears here.",
    ),
    "live.page.hello": ("Hallo {name}!", "Hello {name}!"),
    "live.page.chosen": (
        "Je antwoord is doorgegeven. Je kunt het nog veranderen tot de trainer het antwoord toont.",
        "Your answer is in. You can still change it until the trainer reveals the answer.",
    ),
    "live.page.pick": ("Tik op je antwoord.", "Tap your answer."),
    "live.page.right": ("Goed!", "Right!"),
    "live.page.wrong": (
        "Niet goed. Het juiste antwoord is {number}.",
        "Not quite. The right answer is {number}.",
    ),
    "live.page.no_answer": (
        "Je hebt deze casus niet beantwoord. Het juiste antwoord is {number}.",
        "You did not answer this case. The right answer is {number}.",
    ),
    "live.page.wait_next": ("Wacht op de volgende casus.", "Wait for the next case."),
    "live.page.time_up": ("Tijd!", "Time!"),
    "live.page.time_left": ("Nog {time}", "{time} left"),
    "live.page.explanation": ("Uitleg", "Explanation"),
    "live.page.your_score": ("Jouw resultaat", "Your result"),
    "live.page.score_line": (
        "{right} van {answered} goed ({cases})",
        "{right} of {answered} right ({cases})",
    ),
    "live.page.cases": ("{count} casussen", "{count} cases"),
    "live.page.cases_one": ("1 casus", "1 case"),
    "live.page.trainees": ("{count} deelnemers", "{count} trainees"),
    "live.page.trainees_one": ("1 deelnemer", "1 trainee"),
    "live.page.thanks": (
        "Bedankt voor het meedoen! Je kunt deze pagina nu sluiten.",
        "Thank you for taking part! You can close this page now.",
    ),
    "live.page.ended": ("De sessie is afgelopen.", "The session has ended."),
    "live.page.offline": (
        "Geen verbinding met de laptop van de trainer; opnieuw verbinden …",
        "No connection to the trainer's laptop; reconnecting …",
    ),
    "live.page.join_on_phone": ("Doe mee op je telefoon", "Join on your phone"),
    "live.page.scan": (
        "Scan de QR-code, of typ het adres in de browser van je telefoon. Zit je telefoon op "
        "hetzelfde wifi-netwerk als deze laptop?",
        "Scan the QR code, or type the address into your phone's browser. Is your phone on the "
        "same Wi-Fi network as this laptop?",
    ),
    "live.page.code": ("Code", "Code"),
    "live.page.joined": ("Aangemeld: {count}", "Joined: {count}"),
    "live.page.nobody": ("Nog niemand aangemeld.", "Nobody has joined yet."),
    "live.page.answered": ("geantwoord", "answered"),
    "live.page.answered_of": ("{answered} van {joined}", "{answered} of {joined}"),
    "live.page.start": ("Beginnen", "Start"),
    "live.page.reveal": ("Antwoord tonen", "Reveal"),
    "live.page.next": ("Volgende", "Next"),
    "live.page.previous": ("Vorige", "Previous"),
    "live.page.end": ("Afronden", "End"),
    "live.page.to_end": ("Naar de uitslag", "To the results"),
    "live.page.right_answer": ("juist", "right"),
    "live.page.votes": ("{count} stemmen", "{count} votes"),
    "live.page.vote": ("1 stem", "1 vote"),
    "live.page.class_result": (
        "Resultaat van de klas per uitgangspunt",
        "Class result per principle",
    ),
    "live.page.hardest": ("De moeilijkste casussen", "The hardest cases"),
    "live.page.hardest_line": (
        "Casus {number}: {percent}% goed · juist: {answer}",
        "Case {number}: {percent}% right · right answer: {answer}",
    ),
    "live.page.no_hardest": (
        "Geen casus met een fout antwoord.",
        "No case had a wrong answer.",
    ),
    "live.page.ranking": ("Ranglijst", "Ranking"),
    "live.page.ranking_line": ("{place}. {name}: {right} goed", "{place}. {name}: {right} right"),
    "live.page.end_summary": (
        "{cases} besproken met {joined}.",
        "{cases} discussed with {joined}.",
    ),
    "live.page.nothing_answered": ("Er is niets beantwoord.", "Nothing was answered."),
    "live.page.keys": (
        "Toetsen: spatie of PageDown = antwoord tonen, daarna volgende; PageUp = vorige.",
        "Keys: Space or PageDown = reveal, then next; PageUp = previous.",
    ),
    "live.page.not_trainer": (
        "Deze pagina mist het geheim van de trainer: open het beameradres uit de terminal.",
        "This page lacks the trainer's secret: open the projector address from the terminal.",
    ),
}
