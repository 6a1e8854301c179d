"""Detection of personal data in reflection notes.

Rule-based and fast (no model, no network): structured identifiers with a precise
match (checksums where they exist) plus a heuristic for names after role words and
greetings. An optional deduce backend adds full names, places and institutions
(see :mod:`partnerschap.privacy.deduce_backend`).

Decisions (documented here because callers rely on them):

* A 9-digit number is a BSN only when it passes the elfproef (``stdnum.nl.bsn``); a
  number directly labelled as a dossier, case, client or reference number is not.
* Every date is reported. A date directly tied to a birth ("geboren op", "geb.",
  "geboortedatum:", "(8 jaar, 12-03-2016)", "... 3 mei 2016 geboren", "jarig op")
  has kind ``birth_date``; any other date (a meeting, a court hearing) has kind
  ``date``, which is of low sensitivity: :func:`partnerschap.privacy.redact.redact`
  leaves it in place unless the caller asks for it through ``kinds``.
* Ages alone ("zoon (8)", "8 jaar") and times, amounts, percentages, house numbers
  without a street and school groups are not identifiers and are not reported.
* Names are numbered per text (per reflection with :func:`detect_fields`): the same
  name, compared without regard to case and spacing, gets the same ``[NAAM-n]``.
* Overlapping candidates are resolved: the longest wins, and on equal length the
  most specific kind (``birth_date`` over ``date``, ``bsn`` over ``phone``, ...).
* A name found once (after a role word, a greeting, "(8)", or by deduce) is found at
  every other occurrence in the text or reflection ("Moeder Fatima belde. Fatima ...").
* Placeholders such as ``[NAAM-1]`` are never detected again, so redaction is
  idempotent; new names are numbered after any ``[NAAM-n]`` already present.
* The text is normalised first (:class:`_Normalised`: NFKC, invisible characters
  removed, dashes as "-"), and every finding is mapped back to the original text, so
  "06\u00a012345678" and "0612\u200b345678" are found with their own characters.
* Typed forms are found: a BSN glued to its label or grouped 4-2-3, an IBAN with dots
  or dashes, a phone number with a slash, an e-mail address with "(at)", "[at]", " AT " or
  spaces around "@", a postcode in lower case (unless its letters are a word or it may be
  a year, without a place after it or a label before it), a street in lower case or
  abbreviated ("kerkstraat 12", "Kerkstr. 12"), a plate without dashes or in lower case
  (groups of two, or in lower case, only after "kenteken", "auto", ...), and a name in
  lower case or capitals after a role word, title or greeting, or a surname after "fam.",
  "familie" or "gezin", only when it is in :mod:`partnerschap.name_lists`.
* Not detected: names without a trigger (sentence start, apposition, "met Daan thuis")
  unless deduce is used; names typed in lower case that are not in the list; streets
  without house number; day-month dates in digits without a year ("12-3"); months with a
  year only ("maart 2024"); foreign phone numbers except +31/0031; 0800/0900 service
  numbers; IBANs with a wrong checksum.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from partnerschap import regex_cache
from partnerschap.name_lists import FIRST_NAMES, SURNAMES


def _emulate_atomic(pattern: str) -> str:
    """``pattern`` with every atomic group ``(?>X)`` written as ``(?:(?=(?P<g>X))(?P=g))``.

    Python's ``re`` has atomic groups from 3.11 on; on 3.10 a look-ahead that captures and a
    back-reference to the capture do the same: the look-ahead finds its first match and is
    never entered again on backtracking, and the back-reference consumes exactly that text.
    """
    closing: dict[int, int] = {}  # position of "(" -> position of its ")"
    stack: list[int] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)  # a "]" first in a class is a character
            continue
        elif c == "(":
            stack.append(i)
        elif c == ")":
            closing[stack.pop()] = i
        i += 1
    count = 0

    def build(lo: int, hi: int) -> str:
        nonlocal count
        parts: list[str] = []
        i = lo
        while i < hi:
            if i in closing and pattern.startswith("(?>", i):
                count += 1
                name = f"_atomic{count}"
                parts.append(f"(?:(?=(?P<{name}>{build(i + 3, closing[i])}))(?P={name}))")
                i = closing[i] + 1
            else:
                parts.append(pattern[i])
                i += 1
        return "".join(parts)

    return build(0, len(pattern))


def _compile(pattern: str) -> re.Pattern[str]:
    """The module's fixed patterns, from the on-disk cache of compiled patterns (they are
    code, never user text); atomic groups are emulated before Python 3.11."""
    if sys.version_info < (3, 11):  # pragma: no cover - exercised by a test on any version
        pattern = _emulate_atomic(pattern)
    return regex_cache.compile(pattern)


__all__ = [
    "DEFAULT_REDACT_KINDS",
    "LOW_SENSITIVITY_KINDS",
    "PLACEHOLDER_RE",
    "STRUCTURED_KINDS",
    "Finding",
    "Kind",
    "detect",
    "detect_fields",
    "possible_names",
]


class Kind(str, Enum):
    """The kind of a finding; compares equal to its plain string value ("bsn")."""

    BSN = "bsn"
    IBAN = "iban"
    PHONE = "phone"
    EMAIL = "email"
    POSTCODE = "postcode"
    ADDRESS = "address"
    DATE = "date"
    BIRTH_DATE = "birth_date"
    PLATE = "plate"
    NAME = "name"
    PLACE = "place"
    INSTITUTION = "institution"

    def __str__(self) -> str:
        return self.value


PLACEHOLDERS: dict[Kind, str] = {
    Kind.BSN: "[BSN]",
    Kind.IBAN: "[IBAN]",
    Kind.PHONE: "[TELEFOON]",
    Kind.EMAIL: "[E-MAIL]",
    Kind.POSTCODE: "[POSTCODE]",
    Kind.ADDRESS: "[ADRES]",
    Kind.DATE: "[DATUM]",
    Kind.BIRTH_DATE: "[GEBOORTEDATUM]",
    Kind.PLATE: "[KENTEKEN]",
    Kind.NAME: "[NAAM]",  # numbered per text: [NAAM-1], [NAAM-2], ...
    Kind.PLACE: "[PLAATS]",
    Kind.INSTITUTION: "[INSTELLING]",
}

#: Identifiers with a fixed form, measured for recall by the quality benchmark.
STRUCTURED_KINDS: frozenset[Kind] = frozenset(
    {
        Kind.BSN,
        Kind.IBAN,
        Kind.PHONE,
        Kind.EMAIL,
        Kind.POSTCODE,
        Kind.ADDRESS,
        Kind.DATE,
        Kind.BIRTH_DATE,
        Kind.PLATE,
    }
)
#: Reported, but only redacted when the caller asks for them.
LOW_SENSITIVITY_KINDS: frozenset[Kind] = frozenset({Kind.DATE})
#: What :func:`redact` replaces when no ``kinds`` are given.
DEFAULT_REDACT_KINDS: frozenset[Kind] = frozenset(Kind) - LOW_SENSITIVITY_KINDS

#: Matches every placeholder this module produces.
PLACEHOLDER_RE = _compile(
    r"\[(?:BSN|IBAN|TELEFOON|E-MAIL|POSTCODE|ADRES|DATUM|GEBOORTEDATUM|KENTEKEN"
    r"|NAAM-\d+|PLAATS|INSTELLING)\]"
)

# On equal length the kind earlier in this list wins.
_SPECIFICITY: dict[Kind, int] = {
    kind: rank
    for rank, kind in enumerate(
        [
            Kind.BSN,
            Kind.IBAN,
            Kind.EMAIL,
            Kind.PHONE,
            Kind.BIRTH_DATE,
            Kind.DATE,
            Kind.POSTCODE,
            Kind.PLATE,
            Kind.ADDRESS,
            Kind.INSTITUTION,
            Kind.NAME,
            Kind.PLACE,
        ]
    )
}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: ``text == source[start:end]``."""

    kind: Kind
    start: int
    end: int
    text: str
    placeholder: str


class _Cand(NamedTuple):
    start: int
    end: int
    kind: Kind


# --------------------------------------------------------------------------- words


def _words(text: str) -> list[str]:
    return text.split()


_MONTHS_NL = _words(
    "januari februari maart april mei juni juli augustus september oktober november december"
)
_MONTHS_EN = _words(
    "january february march april may june july august september october november december"
)
_MONTH_ABBR = _words("jan feb mrt mar apr jun jul aug sep sept okt oct nov dec")
_WEEKDAYS = _words(
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "monday tuesday wednesday thursday friday saturday sunday"
)

_FAMILY_ROLES = _words(
    "moeder vader mama papa mams paps ouder stiefmoeder stiefvader pleegmoeder pleegvader "
    "pleegouder pleegzoon pleegdochter pleegkind zoon zoontje dochter dochtertje broer "
    "broertje zus zusje zuster halfbroer halfbroertje halfzus halfzusje tweelingbroer "
    "tweelingzus oma opa grootmoeder grootvader overgrootmoeder tante oom neef neefje nicht "
    "nichtje schoonmoeder schoonvader kind kindje baby peuter puber jongen meisje partner "
    "vriend vriendje vriendin vriendinnetje ex ex-partner ex-man ex-vrouw man vrouw buurman "
    "buurvrouw juf juffrouw meester collega gezinsvoogd jeugdbeschermer mentor leerkracht "
    "docent huisarts jeugdarts jeugdverpleegkundige cliënt client casemanager wijkagent "
    "hulpverlener begeleider ambulant gastouder stagiair stagiaire "
    # English (issue 14 item 13)
    "mum mom mummy mommy mother dad daddy father son daughter grandma grandmother grandad "
    "granddad grandpa grandfather granny nan nana nanna brother sister aunt auntie uncle "
    "nephew niece cousin wife husband girlfriend boyfriend stepmother stepfather stepmum "
    "stepmom stepdad stepson stepdaughter carer teacher child kid"
)
_PLURAL_ROLES = _words(
    "ouders kinderen kids broers zussen broertjes zusjes grootouders pleegouders "
    "jongens meisjes tweeling parents children brothers sisters grandparents"
)
_FORMAL_ROLES = _words("meneer mevrouw mevr mw dhr mr dr drs heer mrs ms miss mx sir madam")

_COMMON_CAPITALISED = _words(
    # articles, pronouns, prepositions, conjunctions and frequent sentence starters
    "de het een ik jij je u hij zij ze wij we jullie hun hen haar zijn mijn ons onze "
    "die dat deze dit daar hier er wie wat waar wanneer waarom hoe welke "
    "in op aan bij met na naar van voor tot uit over om door onder tegen tijdens volgens "
    "via vanaf sinds zonder binnen buiten achter naast tussen rond per "
    "en of maar want dus omdat als toen terwijl nadat voordat zodat hoewel ook wel niet "
    "geen nog al alle beide iedereen niemand samen daarna daarnaast daarom daardoor verder "
    "vervolgens eerst later straks nu vandaag gisteren morgen vanochtend vanmiddag vanavond "
    "vannacht eergisteren overmorgen afgelopen vorige volgende deze week maand jaar "
    "ja nee oké ok goed fijn dank bedankt groet groeten groetjes beste lieve hoi hallo dag "
    "mvg gr "
    # youth care, justice, school and health care words that are capitalised in notes
    "veilig thuis raad kinderbescherming jeugdzorg jeugdbescherming jeugdhulp wijkteam "
    "gemeente politie rechtbank rechter kinderrechter school basisschool opvang "
    "kinderopvang bso kdv ggd ggz zorg hulp team sociaal sociale wijk buurtteam "
    "jeugdarts huisarts ziekenhuis wet jeugdwet ots uhp gi jb vt wt signs safety "
    "gezinshuis gezinsvoogd voogd voogdij crisis crisisdienst spoed melding onderzoek "
    "veiligheidsplan plan zorgen sterktes gevaar doelen schaal vraag vragen "
    "hulpverlening hulpverlener instelling advies contact gesprek huisbezoek overleg "
    "mdo ouders kinderen kind gezin familie netwerk moeder vader zoon dochter "
    # countries and languages (not smaller than a country)
    "nederland nederlands nederlandse engels engelse turks turkse turkije marokko "
    "marokkaans marokkaanse arabisch syrië syrisch pools polen duits duitsland belgië "
    "suriname surinaams eritrea eritrees somalië frans spaans europa afrika azië "
    # holidays and other capitalised words
    "buren buurt "
    "kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas "
    "oud nieuw oudejaarsavond nieuwjaar koningsdag god allah corona covid whatsapp "
    "teams zoom facebook instagram tiktok snapchat google "
    # English words that start a sentence or follow a greeting ("Hi all", "Thanks. The ...")
    "the you he she we they it this that these those and or but so if then there here "
    "all everyone everybody guys folks colleagues team regards wishes thanks thank cheers "
    "best kind dear hello yes no please sorry today tomorrow yesterday tonight morning "
    "afternoon evening night week next last my your his her our their on at for to from "
    "with of by as is was are were has have had do does did what when where who why how "
    "not also just after before during"
)

_STOP_WORDS: frozenset[str] = frozenset(
    w.casefold()
    for w in (
        *_MONTHS_NL,
        *_MONTHS_EN,
        *_MONTH_ABBR,
        *_WEEKDAYS,
        *_FAMILY_ROLES,
        *_PLURAL_ROLES,
        *_FORMAL_ROLES,
        *_COMMON_CAPITALISED,
    )
    # months that are also given names
    if w not in ("jan", "april", "may", "june", "august")
)

_PARTICLE_WORDS: frozenset[str] = frozenset(
    _words("van de der den het 't ten ter in op el al von da di du le la vd v.d.")
)


def _alt(words: Iterable[str]) -> str:
    # Longest first, then alphabetical: the same words always give the same pattern (a set's
    # order changes with the hash seed), so the compiled-pattern cache finds it again.
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# ----------------------------------------------------------------------- patterns

# Every pattern is linear in the text: a repetition never has two ways to match the same
# characters (that is what made "De Vries De Vries ..." take minutes: "De" is a name and a
# particle), or its parts are atomic groups ``(?>...)`` that are never re-split on
# backtracking, and runs of words are bounded (a name has at most _NAME_WORDS words).
# tests/test_privacy_properties.py checks the work done on texts of the patterns' own words.
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LO = "a-zß-öø-ÿ\u0100-\u017f"
_SP = r"[ \t]+"
#: Most words in a name, a place or an institution after its first one.
_NAME_WORDS = 6
_NAME_TOKEN = rf"(?>[{_UP}][{_LO}]+(?:[-'][{_UP}{_LO}][{_LO}]+){{0,3}})"
_PARTICLE = (
    r"(?:[Vv]an(?:[ \t]+(?:[Dd]e[nr]?|'t|[Hh]et))?|[Dd]e[nr]?|'t|[Tt]e[nr]|[Ii]n[ \t]+'t"
    r"|[Ee]l|[Aa]l|[Vv]on|[Dd][aiu]|[Ll][ae]|v\.d\.|vd)"
)
_INITIALS = rf"(?:[{_UP}]\.[ \t]?){{1,4}}"
# A first name followed by more names, with particles in between ("Jan de Vries"): each
# further word, with its particle, is atomic ("De" is a particle or a name, not both).
_NAME_MORE = rf"(?>{_SP}(?:{_PARTICLE}{_SP})?{_NAME_TOKEN})"
_FULL_NAME = rf"{_NAME_TOKEN}{_NAME_MORE}{{0,{_NAME_WORDS}}}"
# A surname, possibly with initials and a leading particle ("A. van den Berg").
_SURNAME = rf"(?:{_INITIALS}[ \t]*)?(?:{_PARTICLE}{_SP})?{_FULL_NAME}"


class _Triggered:
    """A pattern that starts with case-insensitive trigger words ("moeder", "school"),
    tried only where one of them starts.

    A case-insensitive alternation of a hundred words is slow to search: the engine tries
    every word at every position of the text. The words are found first, case-sensitively
    in the text in lower case (same positions, same word boundaries), and the pattern is
    tried at each of those positions, left to right, as a search would. So the matches are
    exactly the pattern's. That holds when lowering keeps every character one character and
    the text has none of the few letters that the regex engine equates with an ASCII letter
    of another lower case (long s, Kelvin sign, dotless and dotted i); such rare texts are
    searched directly. The words of all such patterns are looked for in one pass over the
    text (:func:`_trigger_starts`).
    """

    __slots__ = ("regex", "trigger")
    #: the trigger words of every instance, for the one pass
    sources: list[str] = []

    def __init__(self, pattern: str, *words: str) -> None:
        """``words``: each ``\\b(?:word|word…)`` or ``\\bword``, in lower case, no (?i)."""
        self.regex = _compile(pattern)
        self.trigger = _compile("|".join(words))
        _Triggered.sources.extend(words)
        letters = _first_letters(words)
        if letters is not None:
            _TRIGGER_LETTERS[self.trigger] = letters

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not text.isascii() and not _lowers_in_place(text):
            return self.regex.finditer(text)
        return self._at_triggers(text)

    def _at_triggers(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        for start in _own_starts(text, self.trigger):
            if start < pos:
                continue
            m = self.regex.match(text, start)
            if m is not None:
                yield m
                pos = max(m.end(), start + 1)


_RE_OTHER_FOLDS = _compile("[\u017f\u212a\u0131\u0130]")


def _lowers_in_place(text: str) -> bool:
    """Whether ``text.lower()`` has the same positions and the same case-insensitive words."""
    return len(_trigger_starts(text)[0]) == len(text) and not _RE_OTHER_FOLDS.search(text)


_starts_pattern: re.Pattern[str] | None = None
_last_starts: tuple[str, str, list[int]] = ("", "", [])


def _union_of_triggers(sources: list[str]) -> str:
    """One pattern that matches (without consuming) where any of ``sources`` matches.

    Each source is ``\\b(?:word|word…)`` or ``\\bword``. Their words are grouped by first
    letter (``\\b(?=m(?:oeder|eneer)|v(?:ader))``), so at a word start only the words with
    its letter are tried; a source of another shape is kept whole. Whether some word matches
    is all that counts, so order does not matter.
    """
    by_letter: dict[str, list[str]] = {}
    whole: list[str] = []
    for source in dict.fromkeys(sources):
        inner = source.removeprefix("\\b")
        if inner.startswith("(?:") and inner.endswith(")") and "(" not in inner[3:]:
            words = inner[3:-1].split("|")
        elif "(" not in inner and "|" not in inner:
            words = [inner]
        else:
            whole.append(source)
            continue
        for word in words:
            if word[:1].isalpha() and word[1:2] not in ("?", "*", "+", "{"):
                by_letter.setdefault(word[0], []).append(word[1:])
            else:
                whole.append(rf"\b(?:{word})")
    grouped = [
        f"{letter}(?:{'|'.join(dict.fromkeys(rests))})" for letter, rests in by_letter.items()
    ]
    return (
        rf"(?:\b(?={'|'.join(grouped)}){'|' if whole else ''}{'|'.join(f'(?={w})' for w in whole)})"
    )


def _trigger_starts(text: str) -> tuple[str, list[int]]:
    """``text`` in lower case and every position where a trigger word of any
    :class:`_Triggered` pattern starts (kept for the last text: all of them ask)."""
    global _starts_pattern, _last_starts
    last = _last_starts
    if last[0] is text or last[0] == text:
        return last[1], last[2]
    if _starts_pattern is None:
        _starts_pattern = _compile(_union_of_triggers(_Triggered.sources))
    lower = text.lower()
    starts = [m.start() for m in _starts_pattern.finditer(lower)]
    _last_starts = (text, lower, starts)  # one assignment: safe if another thread asks too
    return lower, starts


_last_own_starts: tuple[str, dict[re.Pattern[str], list[int]]] = ("", {})


def _own_starts(text: str, trigger: re.Pattern[str]) -> list[int]:
    """The positions of :func:`_trigger_starts` where ``trigger`` matches, kept for the last
    text: patterns with the same trigger words ("moeder Fatima", "moeder fatima") share it."""
    global _last_own_starts
    last_text, per_trigger = _last_own_starts
    if not (last_text is text or last_text == text):
        per_trigger = {}
        _last_own_starts = (text, per_trigger)  # one assignment: safe with threads
    found = per_trigger.get(trigger)
    if found is None:
        lower, starts = _trigger_starts(text)
        letters = _TRIGGER_LETTERS.get(trigger)
        if letters is not None:  # only the starts with a first letter of its words
            by_letter = per_trigger.get(None)
            if by_letter is None:
                by_letter = {}
                for start in starts:
                    by_letter.setdefault(lower[start], []).append(start)
                per_trigger[None] = by_letter  # type: ignore[index]
            starts = sorted(s for c in letters for s in by_letter.get(c, ()))
        found = [start for start in starts if trigger.match(lower, start)]
        per_trigger[trigger] = found
    return found


#: The first letters of a trigger's words, where each word begins with a letter.
_TRIGGER_LETTERS: dict[re.Pattern[str], frozenset[str]] = {}


def _first_letters(words: Iterable[str]) -> frozenset[str] | None:
    """The letters the ``\\b(?:word|word…)`` or ``\\bword`` sources can start with, or None."""
    letters: set[str] = set()
    for source in words:
        inner = source.removeprefix("\\b")
        if inner.startswith("(?:") and inner.endswith(")") and "(" not in inner[3:]:
            alternatives = inner[3:-1].split("|")
        elif "(" not in inner and "|" not in inner:
            alternatives = [inner]
        else:
            return None
        for word in alternatives:
            if not (word[:1].isalpha() and word[1:2] not in ("?", "*", "+", "{")):
                return None
            letters.add(word[0])
    return frozenset(letters)


def _lower_alt(words: Iterable[str]) -> str:
    return _alt(w.lower() for w in words)


_FAMILY_ROLE_WORDS = rf"\b(?:{_lower_alt(_FAMILY_ROLES)})"
_PLURAL_ROLE_WORDS = rf"\b(?:{_lower_alt(_PLURAL_ROLES)})"
_FORMAL_ROLE_WORDS = (
    r"\b(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de[ \t]+heer|mr\.|dr\.|drs\.|"
    # English titles, with or without a dot ("Dear Mr Smith")
    r"mrs\.?|ms\.?|mx\.?|miss|mr(?![\w.])|dr(?![\w.]))"
)
_FAMILY_ROLE_RE = rf"(?i:{_FAMILY_ROLE_WORDS})"
_PLURAL_ROLE_RE = rf"(?i:{_PLURAL_ROLE_WORDS})"
_FORMAL_ROLE_RE = rf"(?i:{_FORMAL_ROLE_WORDS})"

_RE_ROLE_NAME = _Triggered(
    rf"{_FAMILY_ROLE_RE}(?:{_SP}|[ \t]*:[ \t]*)(?P<name>(?:van{_SP})?{_FULL_NAME})",
    _FAMILY_ROLE_WORDS,
)
_RE_ROLE_PAREN_TYPED = _Triggered(
    rf"(?:{_FAMILY_ROLE_RE}|{_FORMAL_ROLE_RE}){_SP}?\([ \t]*"
    rf"(?P<name>[{_UP}{_LO}][{_UP}{_LO}'-]{{0,40}})[ \t]*\)",
    _FAMILY_ROLE_WORDS,
    _FORMAL_ROLE_WORDS,
)
_RE_ROLE_PAREN = _Triggered(
    rf"(?:{_FAMILY_ROLE_RE}|{_FORMAL_ROLE_RE}){_SP}?\([ \t]*(?P<name>{_SURNAME})[ \t]*\)",
    _FAMILY_ROLE_WORDS,
    _FORMAL_ROLE_WORDS,
)
_RE_FORMAL_NAME = _Triggered(rf"{_FORMAL_ROLE_RE}{_SP}(?P<name>{_SURNAME})", _FORMAL_ROLE_WORDS)
_RE_PLURAL_NAMES = _Triggered(rf"{_PLURAL_ROLE_RE}{_SP}(?P<name>{_FULL_NAME})", _PLURAL_ROLE_WORDS)
_RE_NAME_CONTINUATION = _compile(rf"(?:[ \t]*,|{_SP}en){_SP}(?P<name>{_FULL_NAME})")
_GREETING_WORDS = (
    r"\b(?:beste|lieve|hoi|hallo|hey|hi|goedemorgen|goedemiddag|goedenavond|geachte|dear|hello)"
)
_RE_GREETING = _Triggered(
    rf"(?:(?i:{_GREETING_WORDS})|\bDag){_SP}(?P<name>{_FULL_NAME})",
    _GREETING_WORDS,
    r"\bdag",
)
_SIGNATURE_WORDS = r"\b(?:groet|regards|wishes|sincerely|faithfully|thanks|bedankt)"
_RE_SIGNATURE = _Triggered(
    rf"(?i:\bgroet(?:en|jes)?|{_SIGNATURE_WORDS})[ \t]*,?\s*(?P<name>{_FULL_NAME})",
    _SIGNATURE_WORDS,
)
# A name in lower case or capitals after a role word or greeting ("moeder fatima",
# "MOEDER FATIMA", "hoi sarah"): the word is a name only if it is in the list of names.
_TYPED_WORD = rf"(?P<name>[{_UP}{_LO}][{_UP}{_LO}'-]{{0,40}})(?![\w'-])"
_RE_ROLE_TYPED = _Triggered(
    rf"{_FAMILY_ROLE_RE}(?:{_SP}|[ \t]*:[ \t]*)(?:(?i:van){_SP})?{_TYPED_WORD}",
    _FAMILY_ROLE_WORDS,
)
_RE_GREETING_TYPED = _Triggered(
    rf"(?i:{_GREETING_WORDS}|\bdag){_SP}{_TYPED_WORD}", _GREETING_WORDS, r"\bdag"
)
# "fam. Jansen", "familie De Vries", "het gezin Yilmaz", "fam. de vries" (lower case: listed)
_FAMILY_WORDS = r"\b(?:fam|familie|gezin)"
# the dot only after "fam": "de familie. Evaluatie ..." is no name
_FAMILY_RE = r"(?i:\b(?:fam\.?|familie|gezin))"
_RE_FAMILY_NAME = _Triggered(rf"{_FAMILY_RE}{_SP}(?P<name>{_SURNAME})", _FAMILY_WORDS)
_RE_FAMILY_TYPED = _Triggered(
    rf"{_FAMILY_RE}{_SP}(?P<name>(?:(?i:{_PARTICLE}){_SP}){{0,2}}"
    rf"[{_UP}{_LO}][{_UP}{_LO}'-]{{0,40}})(?![\w'-])",
    _FAMILY_WORDS,
)
_RE_FORMAL_TYPED = _Triggered(
    rf"{_FORMAL_ROLE_RE}{_SP}(?P<name>(?:(?i:{_PARTICLE}){_SP}){{0,2}}"
    rf"[{_UP}{_LO}][{_UP}{_LO}'-]{{0,40}})(?![\w'-])",
    _FORMAL_ROLE_WORDS,
)
_RE_TYPED_MORE = _compile(rf"{_SP}(?P<word>[{_UP}{_LO}][{_UP}{_LO}'-]{{0,40}})(?![\w'-])")


def _typed(word: str) -> bool:
    """Whether ``word`` is written in lower case or in capitals (not "Fatima")."""
    return word.islower() or (word.isupper() and len(word) > 1)


def _typed_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The listed first name at ``start:end`` in lower case or capitals, with a listed
    surname after it ("fatima el amrani"), or None."""
    word = text[start:end]
    if not _typed(word) or word.casefold() not in FIRST_NAMES:
        return None
    # a surname of up to three words after it, all in the same case as the first name
    words: list[tuple[int, int]] = []
    pos = end
    while len(words) < 3 and (more := _RE_TYPED_MORE.match(text, pos)):
        words.append(more.span("word"))
        pos = more.end()
    for n in range(len(words), 0, -1):
        piece = text[words[0][0] : words[n - 1][1]]
        if piece.islower() == word.islower() and " ".join(piece.split()).casefold() in SURNAMES:
            return start, words[n - 1][1]
    return start, end


def _typed_surname(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A listed surname in lower case or capitals at ``start:end`` ("de vries"), or None."""
    piece = text[start:end]
    if not _typed(piece.replace(" ", "").replace("\t", "")):
        return None
    return (start, end) if " ".join(piece.split()).casefold() in SURNAMES else None


_NAMING_WORDS = r"\b(?:genaamd|heet|heette|roepnaam|voornaam|achternaam)"
_RE_NAMING = _Triggered(
    rf"(?:(?i:{_NAMING_WORDS})[ \t]*:?"
    rf"|(?i:\bnaam)(?:[ \t]+\w+)?[ \t]*:)[ \t]*(?P<name>{_SURNAME})",
    _NAMING_WORDS,
    r"\bnaam",
)
_RE_NAME_AGE = _compile(
    rf"(?P<name>{_FULL_NAME})[ \t]*\([ \t]*\d{{1,2}}[ \t]*"
    r"(?:jaar|jr\.?|j\.|mnd\.?|maanden|weken|wk\.?)?[ \t]*[,;)]"
)

_INSTITUTION_WORDS = (
    r"\b(?:basisschool|school|kindcentrum|ikc|kinderdagverblijf|kdv|bso|"
    r"peuterspeelzaal|peuteropvang|opvang|crèche|creche|voetbalclub|voetbalvereniging|"
    r"sportvereniging|sportclub|vereniging|scholengemeenschap|lyceum|college|gymnasium|"
    r"praktijk|huisartsenpraktijk|gezinshuis|woongroep|leefgroep|internaat|kliniek|"
    r"zorgboerderij|jeugdinstelling)"
)
_RE_INSTITUTION = _Triggered(
    rf"(?i:{_INSTITUTION_WORDS})"
    rf"{_SP}(?P<name>(?:(?:[Dd]e|[Hh]et|'[Tt]){_SP})?{_NAME_TOKEN}"
    rf"(?:{_SP}{_NAME_TOKEN}){{0,{_NAME_WORDS}}})",
    _INSTITUTION_WORDS,
)

_PLACE_TOKEN = rf"(?:'s-{_NAME_TOKEN}|{_NAME_TOKEN})"
_PLACE_NAME = (
    rf"{_PLACE_TOKEN}(?>(?:{_SP}|-)(?:aan[ \t]+(?:de|den)[ \t]+)?{_PLACE_TOKEN}){{0,{_NAME_WORDS}}}"
)
_MOVING_WORDS = (
    r"\b(?:woont|wonen|woonde|woonden|woonachtig|wonend|verhuisd|verhuist|verhuizen|"
    r"verhuisde|verhuisden|afkomstig|opgegroeid|ingeschreven|gevlucht)"
)
_RE_PLACE_AFTER_VERB = _Triggered(
    rf"(?i:{_MOVING_WORDS}(?:[ \t]+[a-z]+){{0,3}}?[ \t]+(?:in|te|naar|uit))"
    rf"{_SP}(?P<name>{_PLACE_NAME})",
    _MOVING_WORDS,
)

# Structured identifiers.
# "@" also as "(at)", "[at]", "{at}", "(apenstaartje)", with spaces around it or not; "." in
# the domain also as "(dot)", "[punt]".
_AT_WORD = r"[(\[{][ \t]*(?i:at|apenstaartje)[ \t]*[)\]}]"
_DOT_WORD = r"[(\[{][ \t]*(?i:dot|punt)[ \t]*[)\]}]"
_EMAIL_AT = rf"(?:[ \t]*(?:@|{_AT_WORD})[ \t]*|[ \t]+AT[ \t]+)"
_EMAIL_DOT = rf"(?:\.|[ \t]+\.[ \t]+|[ \t]*{_DOT_WORD}[ \t]*)"
_EMAIL_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_RE_EMAIL = _compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w-])"
)
# Searched only where the text has one of its signs (_RE_AT_WORD).
_RE_EMAIL_TYPED = _compile(
    rf"(?<![\w.+-])(?>[A-Za-z0-9][A-Za-z0-9._%+-]*){_EMAIL_AT}{_EMAIL_LABEL}"
    rf"(?:{_EMAIL_DOT}{_EMAIL_LABEL})*{_EMAIL_DOT}[A-Za-z]{{2,}}(?![\w-])"
)
_RE_AT_WORD = _compile(rf"{_AT_WORD}|[ \t]AT[ \t]|[ \t]@|@[ \t]|{_DOT_WORD}")
# Groups separated by spaces, dots or dashes ("NL91.ABNA.0417.1643.00").
_RE_IBAN = _compile(
    # a space after the country code only in capitals ("NL 39 RABO ..."; not "op 12 ...")
    r"(?<![A-Za-z0-9])(?:[A-Z]{2}[ .-]|[A-Za-z]{2})\d{2}(?:[ .-]?[A-Za-z0-9]){11,30}"
    r"(?![A-Za-z0-9])"
)
_BSN_NUMBER = (
    r"(?:\d{9}|\d{4}(?P<sep1>[.-])\d{2}(?P=sep1)\d{3}|\d{3}(?P<sep2>[.-])\d{3}(?P=sep2)\d{3}"
    r"|\d{3}(?P<sep3>[.-])\d{2}(?P=sep3)\d{2}(?P=sep3)\d{2}"
    # 3-3-3, 4-2-3 and 3-2-2-2 with spaces: not when part of a longer run of digit groups
    r"|(?<!\d[ ])(?:\d{3} \d{3} \d{3}|\d{4} \d{2} \d{3}|\d{3} \d{2} \d{2} \d{2})(?![ ]\d))"
    r"(?![\w])(?![.,/-]\d)"
)
_RE_BSN = _compile(rf"(?<![\w.,/-]){_BSN_NUMBER}")
# Glued to its label: "bsn111222333", "BSN-nr.123456782".
# Found from the digits (the engine skips to them), the label checked before them.
_RE_BSN_GLUED = _compile(
    r"\d(?<=[A-Za-z:#.-]\d)(?:\d{8}|\d{3}(?P<s1>[.-])\d{2}(?P=s1)\d{3}"
    r"|\d{2}(?P<s2>[.-])\d{3}(?P=s2)\d{3}|\d{2}(?P<s3>[.-])\d{2}(?P=s3)\d{2}(?P=s3)\d{2}"
    r"|(?:\d{2} \d{3} \d{3}|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2})(?![ ]\d))"
    r"(?![\w])(?![.,/-]\d)"
)
_RE_BSN_LABEL_BEFORE = _compile(
    r"(?i:\b(?:bsn|burgerservicenummer|sofinummer)(?:-?(?:nr|nummer))?[.:#-]?)$"
)
# The end of an IBAN-shaped string (valid or not): digits after it are not a phone number.
_RE_IBAN_BEFORE = _compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: [A-Za-z0-9]{4})+ $")
_PHONE_NATIONAL = r"[1-9](?:(?:[ \t][/-][ \t]|[./-]|[ \t]|\)[ \t]?)?\d){8}"
_RE_PHONE = _compile(
    r"(?<![\w+])(?:(?:\+|00)31[ \t-]?(?:\(0\)[ \t-]?)?|\(0|0)"
    rf"{_PHONE_NATIONAL}(?!\d)(?![./-]\d)"
)
# Patterns that begin with a digit check what stands before it right after that digit
# ("\d(?<![\w-]\d)" is "\d not preceded by [\w-]"): beginning with the digit lets the
# regex engine skip straight to the digits of a text. The same matches as a look-behind in
# front (tested against those patterns).
_RE_POSTCODE = _compile(
    r"[1-9](?<![\w-][1-9])\d{3}(?P<space>[ ]?)(?P<letters>[A-Z]{2}|[a-z]{2})(?![\w-])"
)
# Letters of a postcode in lower case that are also words or abbreviations ("1234 en"):
# such a postcode is found only after "postcode" or before a place name.
_POSTCODE_LOWER_WORDS = frozenset(
    _words(
        "en in op is of om de te ik je we ze al na nu zo er ja ga ps ok uw bv ca nr km kg mg "
        "ml cm mm jr pm am tv pc wc at to on by an as it be me my no or so up us he do go vs "
        "mb gb eu nl uk ex id pp st sr mr dr ir ie eg ma di wo vr za ha oh wk uu ct hu kb "
        "ms mw hr pa ma th nd rd"
    )
)
_RE_POSTCODE_LABEL = _compile(r"(?i:\b(?:postcode|pc|adres))[ \t]*:?[ \t]*$")
_POSTCODE_STOP = frozenset(_words("SA SD SS VT JB GI WT JZ KM KG MB GB CM MM ML EU NL UK VS"))
_RE_PLACE_AFTER_POSTCODE = _compile(rf"{_SP}(?P<name>{_PLACE_NAME})")

_STREET_SUFFIXES = _words(
    "straat straatweg laan weg plein pleintje gracht burgwal kade singel dijk steeg hof "
    "hoven pad dreef baan park plantsoen markt ring wal haven dam kanaal allee boulevard "
    "promenade erf veld akker weide zoom gaarde kamp werf kwartier oever lei plaats"
)
_STREET_WORD = (
    rf"(?:[{_UP}][\w'-]{{0,40}}?(?:{_alt(_STREET_SUFFIXES)})"
    rf"|(?:{_alt(s.capitalize() for s in _STREET_SUFFIXES)}))"
)
_HOUSE_NUMBER = (
    r"[1-9]\d{0,4}(?:[a-zA-Z]{1,2}(?![\w])|[ \t]?(?:-|/)[ \t]?(?:\d{1,4}|[A-Za-z]{1,4}|"
    r"I{1,3}|IV)(?![\w])|[ \t](?:hs|bis|bs|zw|huis|hoog|I{1,3}|IV|[A-Z])(?![\w-]))?"
)
_STREET_PREFIX_WORD = rf"(?:[{_UP}][{_LO}'-]*\.?|(?:[{_UP}]\.)+|\d{{1,2}}e)"
# Words in front of the street word: each with its particles is atomic, at most four.
_STREET_PREFIX = rf"(?>{_STREET_PREFIX_WORD}{_SP}(?:{_PARTICLE}{_SP}){{0,2}})"
_RE_ADDRESS = _compile(
    rf"(?<![\w.-])(?P<street>{_STREET_PREFIX}{{0,4}}{_STREET_WORD})"
    rf"{_SP}(?P<number>{_HOUSE_NUMBER})(?![\d,.]\d)"
)

_MONTH_WORD = rf"(?:{_alt([*_MONTHS_NL, *_MONTHS_EN])}|(?:{_alt(_MONTH_ABBR)})\.?)"
_RE_DATE_NUMERIC = _compile(
    r"(?P<d>\d(?<![\w./-]\d)\d?)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4}|'?\d{2})(?![\w])(?![./-]\d)"
)
_RE_DATE_ISO = _compile(r"(?P<y>\d(?<![\w./-]\d)\d{3})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
_RE_DATE_TEXT = _compile(
    rf"(?P<d>\d(?<![\w.,/-]\d)\d?)(?:e|ste|de|th|st|nd|rd)?[ \t]+(?i:(?P<m>{_MONTH_WORD}))"
    r"(?![\w])(?:,?[ \t]+(?P<y>\d{4})(?![\w]))?"
)
_RE_DATE_TEXT_EN = _compile(
    rf"(?<![\w])(?i:(?P<m>{_alt(_MONTHS_EN)}))[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    r",?[ \t]+(?P<y>\d{4})(?![\w])"
)
_RE_BIRTH_BEFORE = _compile(
    r"(?i:(?:\bgeboren(?:[ \t]+(?:in|te)[ \t]+\S+)?|\bgeb\b\.?|\bgeboortedatum|"
    r"\bgeb\.?[ \t]?datum|\bdate[ \t]+of[ \t]+birth|\bborn(?:[ \t]+on)?|\bd\.?o\.?b\.?|"
    r"\bjarig|\bverjaardag|\bverjaart|\b\d{1,2}[ \t]*(?:jaar|jr\.?|j\.)[ \t]*[,;/]))"
    r"[ \t]*(?:(?i:op|on|d\.d\.|is)[ \t]*)?[:(]?[ \t]*$"
)
_RE_BIRTH_LABEL = _compile(
    r"(?i:\b(?:geboortedatum|geb\.?[ \t]?datum|geboren|geb\.))(?:[ \t]+\w+){0,2}[ \t]*:[ \t]*$"
)
_RE_BIRTH_AFTER = _compile(r"[ \t]*\)?[ \t]*,?[ \t]*(?i:geboren|ter[ \t]+wereld\b)")

# Dutch licence plates: the sidecodes with dashes (1-14); letters always capitals.
_PLATE_SHAPES = _words(
    "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D D-LLL-DD "
    "LL-DDD-L L-DDD-LL LLL-DD-L L-DD-LLL D-LL-DDD DDD-LL-D"
)
# Written with or without dashes, in capitals or lower case (checked in _find_plates).
_RE_PLATE = _compile(
    # a plate has a digit among its first four characters: checked once per word start
    r"(?<![\w-])(?=[A-Za-z]{0,3}-?\d)(?:"
    + "|".join(
        "-?".join(
            ("[A-Za-z]" if part[0] == "L" else r"\d") + f"{{{len(part)}}}"
            for part in shape.split("-")
        )
        for shape in _PLATE_SHAPES
    )
    + r")(?![\w-])"
)
_RE_PLATE_RUN = _compile(r"[A-Za-z]+|\d+")
_RE_PLATE_CONTEXT = _compile(r"(?i:\b(?:kenteken|nummerbord|auto|wagen|car|plate))")

_RE_NON_PERSONAL_LABEL = _compile(
    r"(?i:\b(?:dossier|zaak|kenmerk|registratie|referentie|factuur|klant|cliënt|client|"
    r"order|relatie|polis|contract|meldings?|casus)\w*[ \t]*(?:nr\.?|nummer|no\.?|id)?"
    # up to two words between label and number: "registratienummer kinderopvang 1234..."
    r"(?:[ \t]+[a-zà-ÿ]+){0,2}[ \t]*[:#.]?[ \t]*)$"
)


# ---------------------------------------------------------------------- collectors


def _labelled_as_other_number(text: str, start: int) -> bool:
    window = text[max(0, start - 40) : start]
    return bool(_RE_NON_PERSONAL_LABEL.search(window)) and "bsn" not in window.casefold()


def _find_emails(text: str) -> Iterator[_Cand]:
    if "@" in text:
        for m in _RE_EMAIL.finditer(text):
            yield _Cand(m.start(), m.end(), Kind.EMAIL)
    if _RE_AT_WORD.search(text):
        for m in _RE_EMAIL_TYPED.finditer(text):
            yield _Cand(m.start(), m.end(), Kind.EMAIL)


def _find_ibans(text: str) -> Iterator[_Cand]:
    pos = 0
    while m := _RE_IBAN.search(text, pos):
        raw = m.group()
        pos = m.start() + 1
        # The longest prefix that is a valid IBAN (the pattern may have eaten a following
        # word or even the start of the next IBAN, so go on searching right after it).
        for end in reversed(_iban_checksum_ends(raw)):
            if _iban_valid(raw[:end].upper()):
                yield _Cand(m.start(), m.start() + end, Kind.IBAN)
                pos = m.start() + end
                break


def _iban_checksum_ends(raw: str) -> list[int]:
    """The ends of the prefixes of ``raw`` (an IBAN-shaped string) of 15 to 34 letters and
    digits whose ISO 7064 check (mod 97) holds: one pass, so that a long run of words and
    digits costs no check of every prefix."""
    chars = [(i, c) for i, c in enumerate(raw.upper()) if c.isalnum()]
    if len(chars) < 15:
        return []
    # the country code and check digits go last: their value, six digits
    tail = int("".join(str(int(c, 36)) for _, c in chars[:4]))
    ends: list[int] = []
    rest = 0
    for n, (i, c) in enumerate(chars[4:34], start=5):
        value = int(c, 36)
        rest = (rest * (100 if value > 9 else 10) + value) % 97
        if n >= 15 and (rest * 1_000_000 + tail) % 97 == 1:
            ends.append(i + 1)
    return ends


def _iban_valid(value: str) -> bool:
    from stdnum import iban  # imported on first use: most texts hold no IBAN

    return bool(iban.is_valid(value))


def _bsn_valid(value: str) -> bool:
    from stdnum.nl import bsn

    return bool(bsn.is_valid(value))


def _find_bsns(text: str) -> Iterator[_Cand]:
    for m in _RE_BSN.finditer(text):
        if _labelled_as_other_number(text, m.start()):
            continue
        if _bsn_valid(m.group()):
            yield _Cand(m.start(), m.end(), Kind.BSN)
    for m in _RE_BSN_GLUED.finditer(text):
        if _RE_BSN_LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start()) and (
            _bsn_valid(m.group())
        ):
            yield _Cand(m.start(), m.end(), Kind.BSN)


def _find_phones(text: str) -> Iterator[_Cand]:
    for m in _RE_PHONE.finditer(text):
        raw, start = m.group(), m.start()
        if raw.count("(") != raw.count(")"):
            if not raw.startswith("("):
                continue
            start += 1  # "(06-12345678)": the bracket encloses the number
        if _labelled_as_other_number(text, start):
            continue
        if _RE_IBAN_BEFORE.search(text, max(0, start - 50), start):
            continue
        if _RE_DATE_NUMERIC.match(raw):  # "01-01-2005 45" is a date and a number
            continue
        yield _Cand(start, m.end(), Kind.PHONE)


def _find_postcodes(text: str) -> Iterator[_Cand]:
    for m in _RE_POSTCODE.finditer(text):
        letters = m.group("letters")
        if letters.upper() in _POSTCODE_STOP:
            continue
        place = _RE_PLACE_AFTER_POSTCODE.match(text, m.end())
        span = None
        if place:
            span = _clean_name(text, place.start("name"), place.end("name"), tail=False)
        if letters.islower():
            # "1234 ab": letters that are no word ("2024 in"), and a year ("in 2023 vt")
            # only before a place name; or labelled ("postcode 1234 en")
            digits = int(m.group()[:4])
            doubtful = letters in _POSTCODE_LOWER_WORDS or (
                not span and m.group("space") and 1900 <= digits <= 2099
            )
            label = _RE_POSTCODE_LABEL.search(text, max(0, m.start() - 20), m.start())
            if doubtful and not label:
                continue
        yield _Cand(m.start(), m.end(), Kind.POSTCODE)
        if span:
            yield _Cand(span[0], span[1], Kind.PLACE)


def _find_plates(text: str) -> Iterator[_Cand]:
    for m in _RE_PLATE.finditer(text):
        plate = m.group()
        dashes = plate.count("-")
        letters = [c for c in plate if c.isalpha()]
        if dashes == 1 or not (plate.isupper() or plate.islower()):
            continue  # "AB-123C", "Ab-123-c"
        # Without dashes, "AB1234", "12AB34" (groups of two) or a plate in lower case are
        # plates only after a word such as "kenteken" or "auto" ("KL1234" is a flight).
        runs = [len(r) for r in _RE_PLATE_RUN.findall(plate)]
        doubtful = dashes == 0 and (len(runs) < 3 or runs == [2, 2, 2] or letters[0].islower())
        if doubtful and not _RE_PLATE_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
            continue
        yield _Cand(m.start(), m.end(), Kind.PLATE)


_LOWER_STREET_SUFFIXES = _words(
    "straat straatweg laan weg plein gracht burgwal kade singel dijk steeg dreef plantsoen"
)
# A street in lower case ("kerkstraat 12") or abbreviated ("Kerkstr. 12"): found from the
# end of its word; the word itself is checked in Python (a compound, not "onderweg").
_RE_STREET_END = _compile(
    rf"(?:{_alt(_LOWER_STREET_SUFFIXES)}|(?P<abbr>str\.?))"
    rf"{_SP}(?P<number>{_HOUSE_NUMBER})(?![\d,.]\d)"
)
_RE_STREET_WORD_BEFORE = _compile(rf"(?<![\w.-])[{_UP}{_LO}][{_LO}'-]{{0,40}}$")
_NOT_STREETS = frozenset(
    _words(
        "onderweg halfweg snelweg omweg uitweg zijweg doorweg achterweg rijweg spoorweg "
        "waterweg luchtweg hoofdweg wegweg"
    )
)
_RE_NOT_A_HOUSE_NUMBER = _compile(
    r"[ \t]*(?:keer|uur|jaar|maanden|maand|weken|week|dagen|dag|minuten|min|km|kilometer|"
    r"meter|euro|procent|%|x|kinderen|mensen|personen|gezinnen)\b"
)


def _find_typed_streets(text: str) -> Iterator[_Cand]:
    for m in _RE_STREET_END.finditer(text):
        word = _RE_STREET_WORD_BEFORE.search(text, max(0, m.start() - 41), m.start())
        if word is None:
            continue
        stem = word.group()
        street = text[word.start() : m.start("number")].split()[0]
        if m.group("abbr"):
            wrong = len(stem) < 2  # "Kerkstr. 12", "kerkstr 12"; not "str. 12"
        else:
            # capitalised streets are the address pattern's; "laan 3" is no street
            wrong = (
                stem[0].isupper()
                or len(stem) < 3
                or street in _NOT_STREETS
                or bool(_RE_NOT_A_HOUSE_NUMBER.match(text, m.end()))
            )
        if not wrong:
            yield _Cand(word.start(), m.end(), Kind.ADDRESS)


def _find_addresses(text: str) -> Iterator[_Cand]:
    yield from _find_typed_streets(text)
    for m in _RE_ADDRESS.finditer(text):
        start = m.start("street")
        # Drop capitalised sentence words in front of the street ("Bij Kerkstraat 12").
        for word in re.finditer(r"\S+", m.group("street")):
            token = word.group()
            street_particle = token in ("Van", "De", "Den", "Der", "Het", "Ter", "Ten", "'T")
            lowercase_particle = token in _PARTICLE_WORDS
            if lowercase_particle or (token.casefold() in _STOP_WORDS and not street_particle):
                start = m.start("street") + word.end()
                continue
            break
        while start < m.end() and text[start] in " \t":
            start += 1
        street = text[start : m.end("street")]
        if not street or not (street[0].isupper() or street[0].isdigit()):
            continue
        yield _Cand(start, m.end(), Kind.ADDRESS)


def _valid_day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _month_number(word: str) -> int:
    w = word.casefold().rstrip(".")
    for names in (_MONTHS_NL, _MONTHS_EN):
        if w in names:
            return names.index(w) + 1
    abbr = {"jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
    abbr |= {"sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
    return abbr.get(w, 0)


def _date_kind(text: str, start: int, end: int) -> Kind:
    before = text[max(0, start - 60) : start]
    if (
        _RE_BIRTH_BEFORE.search(before)
        or _RE_BIRTH_LABEL.search(before)
        or _RE_BIRTH_AFTER.match(text, end)
    ):
        return Kind.BIRTH_DATE
    return Kind.DATE


def _find_dates(text: str) -> Iterator[_Cand]:
    spans: list[tuple[int, int]] = []
    for m in _RE_DATE_NUMERIC.finditer(text):
        year = m.group("y")
        if len(year.lstrip("'")) == 2 and m.group("sep") == ".":
            continue  # "1.2.24" is more often a version or a paragraph than a date
        if _valid_day_month(int(m.group("d")), int(m.group("m"))):
            spans.append(m.span())
    for m in _RE_DATE_ISO.finditer(text):
        if _valid_day_month(int(m.group("d")), int(m.group("m"))):
            spans.append(m.span())
    for regex in (_RE_DATE_TEXT, _RE_DATE_TEXT_EN):
        for m in regex.finditer(text):
            if _month_number(m.group("m")) and _valid_day_month(int(m.group("d")), 1):
                spans.append(m.span())
    for start, end in spans:
        yield _Cand(start, end, _date_kind(text, start, end))


def _clean_name(text: str, start: int, end: int, *, tail: bool) -> tuple[int, int] | None:
    """Trim a name span to its plausible part.

    With ``tail`` the name is the run of tokens after the last common word (used when
    the trigger follows the name: "Daarna Sem (8)"); otherwise the name ends before the
    first common word ("vader Jan Zaterdag"). Trailing particles are dropped.
    """
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]

    def is_stop(tok: tuple[int, int]) -> bool:
        return text[tok[0] : tok[1]].rstrip(".:,").casefold() in _STOP_WORDS

    def is_particle(tok: tuple[int, int]) -> bool:
        return text[tok[0] : tok[1]].casefold() in _PARTICLE_WORDS

    if tail:
        last_stop = max(
            (i for i, t in enumerate(tokens) if is_stop(t) and not is_particle(t)), default=-1
        )
        tokens = tokens[last_stop + 1 :]
    else:
        for i, tok in enumerate(tokens):
            if is_stop(tok) and not is_particle(tok):
                tokens = tokens[:i]
                break
    while tokens and is_particle(tokens[-1]):
        tokens = tokens[:-1]

    def capitalised(tok: tuple[int, int]) -> bool:
        letters = [c for c in text[tok[0] : tok[1]] if c.isalpha()]
        if text[tok[0] : tok[1]].startswith("'s-"):
            letters = letters[1:]
        return bool(letters) and letters[0].isupper()

    if not any(capitalised(t) and not is_particle(t) for t in tokens):
        return None
    return tokens[0][0], tokens[-1][1]


def _name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names found through the heuristic triggers."""
    for m in _RE_ROLE_NAME.finditer(text):
        start, end = m.start("name"), m.end("name")
        possessive = re.match(r"van[ \t]+", text[start:end])
        if possessive:  # "moeder van Sanne": the name is Sanne
            start += possessive.end()
        span = _clean_name(text, start, end, tail=False)
        if span:
            yield span
    for regex in (_RE_ROLE_TYPED, _RE_GREETING_TYPED, _RE_ROLE_PAREN_TYPED):
        for m in regex.finditer(text):
            span = _typed_name(text, m.start("name"), m.end("name"))
            if span:
                yield span
    for regex in (_RE_FAMILY_TYPED, _RE_FORMAL_TYPED):
        for m in regex.finditer(text):
            span = _typed_surname(text, m.start("name"), m.end("name"))
            if span:
                yield span
    for regex in (
        _RE_ROLE_PAREN,
        _RE_FORMAL_NAME,
        _RE_GREETING,
        _RE_SIGNATURE,
        _RE_NAMING,
        _RE_FAMILY_NAME,
    ):
        for m in regex.finditer(text):
            span = _clean_name(text, m.start("name"), m.end("name"), tail=False)
            if span:
                yield span
    for m in _RE_PLURAL_NAMES.finditer(text):
        span = _clean_name(text, m.start("name"), m.end("name"), tail=False)
        if not span:
            continue
        yield span
        pos = m.end("name")
        while cont := _RE_NAME_CONTINUATION.match(text, pos):
            span = _clean_name(text, cont.start("name"), cont.end("name"), tail=False)
            if not span:
                break
            yield span
            pos = cont.end("name")
    for m in _RE_NAME_AGE.finditer(text):
        span = _clean_name(text, m.start("name"), m.end("name"), tail=True)
        if span:
            yield span


def _find_institutions(text: str) -> Iterator[_Cand]:
    for m in _RE_INSTITUTION.finditer(text):
        span = _clean_name(text, m.start("name"), m.end("name"), tail=False)
        if span:
            yield _Cand(span[0], span[1], Kind.INSTITUTION)


def _find_places(text: str) -> Iterator[_Cand]:
    for m in _RE_PLACE_AFTER_VERB.finditer(text):
        span = _clean_name(text, m.start("name"), m.end("name"), tail=False)
        if span:
            yield _Cand(span[0], span[1], Kind.PLACE)


def _name_variants(name: str) -> set[str]:
    """The forms of a found name that are looked for elsewhere in the text."""
    tokens = name.split()
    variants = {" ".join(tokens)}
    if len(tokens) > 1 and tokens[0].casefold() not in _PARTICLE_WORDS:
        if not tokens[0].endswith("."):
            variants.add(tokens[0])
        rest = tokens[1:]
        if any(t.casefold() not in _PARTICLE_WORDS for t in rest):
            variants.add(" ".join(rest))
    return {
        v
        for v in variants
        if len(v) >= 2 and v.casefold() not in _STOP_WORDS and not v.endswith(".")
    }


def _variant_regex(variant: str) -> re.Pattern[str]:
    parts = []
    for token in variant.split():
        if token.casefold() in _PARTICLE_WORDS:
            parts.append(f"(?i:{re.escape(token)})")
        else:
            parts.append(re.escape(token))
    return re.compile(r"(?<![\w'-])" + _SP.join(parts) + r"(?![\w'-]|-\w)")


_RE_NAME_EXTENSION = _compile(rf"{_NAME_MORE}{{1,{_NAME_WORDS}}}")


#: Up to this many name variants, each is looked for with its own pattern (fast in C);
#: more are looked up in an index of their words, so the work does not grow with their
#: number (many names share a first name: "Sanne Vos", "Sanne Bakker", ...).
_VARIANTS_PER_PATTERN = 24
_RE_WORD_RUN = _compile(r"[\w'-]+")
_RE_NON_WORD_CHAR = _compile(r"[^\w'-]")
_RE_LEADING_RUN = _compile(r"[\w'-]*")
_RE_CHUNK = _compile(r"\S{1,80}")
_RE_BLANKS = _compile(r"[ \t]+")


def _fold_particle(token: str) -> str:
    """A word as the index keeps it: particles in lower case (they match in any case)."""
    return token.lower() if token.casefold() in _PARTICLE_WORDS else token


class _NamePropagation:
    """Finds every occurrence of the names found anywhere in a reflection, as
    :func:`_variant_regex` finds each of their variants."""

    def __init__(self, names: Iterable[str]) -> None:
        variants: set[str] = set()
        for name in names:
            variants |= _name_variants(name)
        ordered = sorted(variants, key=lambda v: (-len(v), v))
        self._patterns: list[re.Pattern[str]] = []
        self._index: set[tuple[str, ...]] = set()  # the variants' words, particles folded
        self._first: set[str] = set()  # the letters and digits their first words begin with
        self._most = 0  # words in the longest variant
        if len(ordered) <= _VARIANTS_PER_PATTERN:
            self._patterns = [_variant_regex(v) for v in ordered]
            return
        for variant in ordered:
            tokens = tuple(_fold_particle(t) for t in variant.split())
            key = _RE_LEADING_RUN.match(tokens[0]).group()
            if not key or any(len(t) > 80 for t in tokens):  # an odd shape: its own pattern
                self._patterns.append(_variant_regex(variant))
                continue
            self._index.add(tokens)
            self._first.add(_fold_particle(key))
            self._most = max(self._most, len(tokens))

    def candidates(self, text: str) -> Iterator[_Cand]:
        for rx in self._patterns:
            for m in rx.finditer(text):
                yield self._extended(text, m.start(), m.end())
        if not self._index:
            return
        for run in _RE_WORD_RUN.finditer(text):
            if _fold_particle(run.group()) not in self._first:
                continue
            for end in self._ends_at(text, run.start()):
                yield self._extended(text, run.start(), end)

    def _ends_at(self, text: str, start: int) -> Iterator[int]:
        """The ends of the variants that stand at ``start``: words separated by spaces or
        tabs, the last one followed by anything but a letter, digit, ``'`` or ``-``."""
        chunks: list[tuple[int, int]] = []  # runs of non-space, up to the longest variant
        pos = start
        while len(chunks) < self._most and (chunk := _RE_CHUNK.match(text, pos)):
            chunks.append(chunk.span())
            blanks = _RE_BLANKS.match(text, chunk.end())
            if blanks is None:
                break
            pos = blanks.end()
        head: tuple[str, ...] = ()
        for s, e in chunks:
            # a variant ends at the end of a chunk or before a sign inside it, not in a word
            for end in (*(m.start() for m in _RE_NON_WORD_CHAR.finditer(text, s + 1, e)), e):
                if head + (_fold_particle(text[s:end]),) in self._index:
                    yield end
            head += (_fold_particle(text[s:e]),)

    @staticmethod
    def _extended(text: str, start: int, end: int) -> _Cand:
        """The name at ``start:end`` with the name words that follow it ("Jan" + " de Vries")."""
        ext = _RE_NAME_EXTENSION.match(text, end)
        if ext:
            span = _clean_name(text, start, ext.end(), tail=False)
            if span and span[1] > end:
                end = span[1]
        return _Cand(start, end, Kind.NAME)


# --------------------------------------------------------------------- normalising


# Removed before matching: soft hyphen, zero-width spaces and joiners, direction marks,
# word joiner, byte-order mark. Written as "-": the hyphens and dashes of Unicode.
_INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
_RE_NON_ASCII = _compile(r"[^\x00-\x7f]+")
_RE_NEEDS_WORK = _compile(f"[{_INVISIBLE}{_DASHES}]")
_RE_INVISIBLE = _compile(f"[{_INVISIBLE}]")
_RE_DASH = _compile(f"[{_DASHES}]")


class _Normalised:
    """A text as the rules see it, with the way back to the original's positions.

    The text is in Unicode NFKC (full-width digits become digits, a non-breaking or thin
    space becomes a space, ligatures become letters), invisible characters are removed and
    dashes become "-", so "06\u00a012345678" and "0612\u200b345678" are phone numbers.
    Each character with its combining marks is normalised on its own, so every character of
    the result comes from one piece of the original: a finding in the result is mapped to
    the smallest piece of the original that holds it (:meth:`span`).
    """

    __slots__ = ("_n_ends", "_n_starts", "_o_ends", "_o_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # the changed pieces, in order: where they start and end in the result and the original
        self._n_starts: list[int] = []
        self._n_ends: list[int] = []
        self._o_starts: list[int] = []
        self._o_ends: list[int] = []
        if text.isascii() or (
            unicodedata.is_normalized("NFKC", text) and not _RE_NEEDS_WORK.search(text)
        ):
            return
        parts: list[str] = []
        pos = 0  # in the original, copied up to here
        shift = 0  # length of the result minus length of the original, up to pos
        for run in _RE_NON_ASCII.finditer(text):
            start, end = run.span()
            if start > 0 and start - 1 >= pos and unicodedata.combining(text[start]):
                start -= 1  # a combining mark on an ASCII letter ("e\u0301")
            i = start
            while i < end:
                j = i + 1
                if not _RE_INVISIBLE.match(text, i):
                    while j < end and unicodedata.combining(text[j]):
                        j += 1
                piece = text[i:j]
                if _RE_INVISIBLE.match(piece):
                    new = ""
                elif _RE_DASH.match(piece):
                    new = "-"
                else:
                    new = unicodedata.normalize("NFKC", piece)
                if new != piece:
                    parts.append(text[pos:i])
                    n_start = i + shift
                    self._n_starts.append(n_start)
                    self._n_ends.append(n_start + len(new))
                    self._o_starts.append(i)
                    self._o_ends.append(j)
                    parts.append(new)
                    shift += len(new) - len(piece)
                    pos = j
                i = j
        parts.append(text[pos:])
        self.text = "".join(parts)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original positions of ``self.text[start:end]``."""
        if not self._n_starts:
            return start, end
        k = bisect.bisect_right(self._n_starts, start) - 1
        if k >= 0:
            if start < self._n_ends[k]:
                o_start = self._o_starts[k]
            else:
                o_start = self._o_ends[k] + start - self._n_ends[k]
        else:
            o_start = start
        k = bisect.bisect_left(self._n_starts, end) - 1
        if k >= 0:
            if end <= self._n_ends[k]:
                o_end = self._o_ends[k]
            else:
                o_end = self._o_ends[k] + end - self._n_ends[k]
        else:
            o_end = end
        return o_start, o_end


# ---------------------------------------------------------------------- resolution


def _resolve(cands: Iterable[_Cand], protected: list[tuple[int, int]], length: int) -> list[_Cand]:
    """Drop overlaps: the longest candidate wins, then the most specific kind.

    ``length`` is the text's; a byte per character marks what is taken (a placeholder in
    ``protected`` or a chosen candidate), so each test costs the candidate's length.
    """
    ordered = sorted(
        {c for c in cands if c.end > c.start},
        key=lambda c: (-(c.end - c.start), _SPECIFICITY[c.kind], c.start),
    )
    taken = bytearray(length)
    for start, end in protected:
        taken[start:end] = b"\x01" * (end - start)
    result: list[_Cand] = []
    for cand in ordered:
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        result.append(cand)
    return sorted(result, key=lambda c: c.start)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


_RE_NAME_PLACEHOLDER_NUMBER = _compile(r"\[NAAM-(\d+)\]")


class _NameNumbering:
    """Gives the same name the same number within one text or reflection.

    Numbering continues after the highest ``[NAAM-n]`` already in the texts, so that a
    partly redacted text never gets a number twice for different names.
    """

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._numbers: dict[str, int] = {}
        self._offset = max(
            (int(n) for text in texts for n in _RE_NAME_PLACEHOLDER_NUMBER.findall(text)),
            default=0,
        )

    def placeholder(self, name: str) -> str:
        key = _name_key(name)
        if key not in self._numbers:
            self._numbers[key] = self._offset + len(self._numbers) + 1
        return f"[NAAM-{self._numbers[key]}]"


_DIGIT = _compile(r"\d")
_FINDERS = (
    _find_emails,
    _find_ibans,
    _find_bsns,
    _find_phones,
    _find_postcodes,
    _find_plates,
    _find_addresses,
    _find_dates,
    _find_institutions,
    _find_places,
)
# Without a digit only these can find anything: every pattern of the others needs one (an
# IBAN's check digits, a house number, a plate's digits, a day), an e-mail address an "@".
_FINDERS_WITHOUT_DIGITS = (_find_emails, _find_institutions, _find_places)


def _structured_candidates(text: str) -> list[_Cand]:
    cands: list[_Cand] = []
    finders = _FINDERS if _DIGIT.search(text) else _FINDERS_WITHOUT_DIGITS
    for finder in finders:
        if finder is _find_emails and "@" not in text and not _RE_AT_WORD.search(text):
            continue
        cands.extend(finder(text))
    return cands


def _trim_deduce(text: str, cand: _Cand, rules: list[_Cand]) -> _Cand | None:
    """Fit a deduce annotation to the rules' conventions.

    The precise rule-based identifiers win: a deduce span loses the part that overlaps
    one ("1234 AB Utrecht" -> "Utrecht"). Role words and titles are not part of a name
    ("Vader Jan" -> "Jan", "dhr. A. de Vries" -> "A. de Vries"), and a span of common
    words only ("Jeugdzorg", "2023 VT") is dropped.
    """
    start, end = cand.start, cand.end
    for rule in rules:
        if rule.start < end and start < rule.end:
            left, right = (start, max(start, rule.start)), (min(end, rule.end), end)
            start, end = max(left, right, key=lambda span: span[1] - span[0])
    while start < end and not (text[start].isalnum() or text[start] == "'"):
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if end <= start:
        return None
    span = _clean_name(text, start, end, tail=cand.kind == Kind.NAME)
    return _Cand(span[0], span[1], cand.kind) if span else None


def _mask_placeholders(text: str) -> str:
    """Hide placeholders behind letters of the same length.

    A placeholder stands for text that began and ended with a letter or digit; masking
    it with word characters keeps the boundaries the same as before redaction, so a
    second pass finds nothing new next to a placeholder ("[IBAN]111222333").
    """
    return PLACEHOLDER_RE.sub(lambda m: "x" * len(m.group()), text)


def _detect_many(originals: list[str], *, use_deduce: bool) -> list[list[Finding]]:
    normalised = [_Normalised(text) for text in originals]
    texts = [n.text for n in normalised]
    per_text: list[list[_Cand]] = []
    found_names: list[str] = []
    masked_texts = [_mask_placeholders(text) for text in texts]
    for text, masked in zip(texts, masked_texts, strict=True):
        cands = _structured_candidates(masked)
        for start, end in _name_spans(masked):
            cands.append(_Cand(start, end, Kind.NAME))
            found_names.append(text[start:end])
        if use_deduce:
            from partnerschap.privacy.deduce_backend import deduce_candidates

            rules = [c for c in cands if c.kind in STRUCTURED_KINDS]
            for start, end, kind in deduce_candidates(text):
                cand = _trim_deduce(masked, _Cand(start, end, Kind(kind)), rules)
                if cand:
                    cands.append(cand)
                    if cand.kind == Kind.NAME:
                        found_names.append(text[cand.start : cand.end])
        per_text.append(cands)

    numbering = _NameNumbering(texts)
    propagation = _NamePropagation(found_names)
    results: list[list[Finding]] = []
    for original, norm, masked, cands in zip(
        originals, normalised, masked_texts, per_text, strict=True
    ):
        text = norm.text
        cands.extend(propagation.candidates(masked))
        protected = [m.span() for m in PLACEHOLDER_RE.finditer(text)]
        findings: list[Finding] = []
        for cand in _resolve(cands, protected, len(text)):
            start, end = norm.span(cand.start, cand.end)
            if findings and start < findings[-1].end:
                continue  # both inside one character of the original ("\ufb01"): rare
            if cand.kind == Kind.NAME:
                placeholder = numbering.placeholder(text[cand.start : cand.end])
            else:
                placeholder = PLACEHOLDERS[cand.kind]
            findings.append(Finding(cand.kind, start, end, original[start:end], placeholder))
        results.append(findings)
    return results


# ----------------------------------------------------------------------- public API


def detect(text: str, *, use_deduce: bool = False) -> list[Finding]:
    """Find personal data in ``text``, sorted by position, without overlaps.

    With ``use_deduce`` the optional deduce backend adds names, places and institutions;
    it raises :class:`~partnerschap.privacy.deduce_backend.PrivacyExtraMissing` when
    deduce is not installed.
    """
    return _detect_many([text], use_deduce=use_deduce)[0]


def detect_fields(
    fields: Mapping[str, str], *, use_deduce: bool = False
) -> dict[str, list[Finding]]:
    """Detect per named field of one reflection, with one name numbering for all fields.

    A name found in one field is also found wherever it occurs in the other fields.
    Fields are numbered in the mapping's order.
    """
    keys = list(fields)
    results = _detect_many([fields[k] for k in keys], use_deduce=use_deduce)
    return dict(zip(keys, results, strict=True))


_RE_CAPITALISED = _compile(rf"(?<![\w'-])[{_UP}][{_UP}{_LO}'-]*")
_SENTENCE_ENDS = ".!?:\n\r"
_BEFORE_A_SENTENCE = " \t\"'([-\u201c\u2018\u2013\u2014"


def possible_names(text: str) -> list[str]:
    """The words of ``text`` that may be a name the rules cannot judge, in order.

    Meant for a text after redaction: what the rules found is a placeholder by then. A
    word with a capital inside a sentence ("met Daan thuis") that is no common word, and a
    listed first name at the start of a sentence or in capitals ("Daan slaapt", "DAAN"),
    are such words: the rules find a name only after a role word, a title or a greeting.
    Abbreviations in capitals ("GGD", "CJG") are not.
    """
    norm = _Normalised(text).text
    masked = _mask_placeholders(norm)
    words: list[str] = []
    for m in _RE_CAPITALISED.finditer(masked):
        word = m.group().strip("'-")
        key = word.casefold()
        i = m.start() - 1
        while i >= 0 and masked[i] in _BEFORE_A_SENTENCE:
            i -= 1
        at_start = i < 0 or masked[i] in _SENTENCE_ENDS
        if (word.isupper() and len(word) > 1) or at_start:
            doubtful = key in FIRST_NAMES
        else:
            doubtful = key not in _STOP_WORDS and key not in _PARTICLE_WORDS
        if doubtful and len(word) > 1:
            words.append(word)
    return words
