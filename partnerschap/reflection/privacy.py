"""The privacy guard applied to reflections (no terminal code).

A reflection's *user-typed* fields are the only texts checked: the kind of conversation,
the participants, the notes per principle, what worked (strengths) and the own intention
for the next step. The chosen example questions come from the principle set and are not
checked. The fields form one mapping (keys below), detected together with
:func:`partnerschap.privacy.detect_fields`, so a name gets the same ``[NAAM-n]`` in every
field and a name found in one field is found in the others too.

Field keys: ``context.kind``, ``context.participants.<n>`` (one per participant, counted
from 1; :func:`field_label` groups them as ``context.participants``), ``notes.<principle>``,
``strengths``, ``next_step.intention``. Empty fields are left out.

Only findings that redaction replaces count (:data:`~partnerschap.privacy.DEFAULT_REDACT_KINDS`:
everything but plain dates such as the date of a meeting; birth dates do count).

Nothing here changes a reflection: :func:`with_fields` and :func:`redacted` return a copy.

Speed (export of a large log): the detection rules cost about 0.1 ms per short text, so
:class:`Redactor` skips a reflection whose texts cannot hold an identifier
(:func:`may_identify`) or were found clean before (a text without any finding within one
reflection has none on its own either, since other fields only add names, and it gives no
name to other fields). Any other reflection is detected as a whole (one name numbering,
names carried between fields), so the result is exactly that of :func:`check_fields`.
Without deduce only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from partnerschap.errors import PartnerschapError
from partnerschap.messages import t
from partnerschap.name_lists import may_hold_typed_name
from partnerschap.prompts import Choice, Prompter
from partnerschap.reflection.record import Reflection

if TYPE_CHECKING:
    from partnerschap.privacy import Finding

__all__ = [
    "CHOICES",
    "MODES",
    "PrivacyPresenter",
    "PrivacyReport",
    "PrivacyReview",
    "Redactor",
    "check_fields",
    "check_reflection",
    "doc_fields",
    "field_label",
    "field_title",
    "guard",
    "may_identify",
    "outline_fields",
    "redact_doc",
    "redact_outline",
    "redacted",
    "reflection_fields",
    "summary_lines",
    "with_fields",
]

#: What ``reflect --privacy`` accepts.
MODES = ("redact", "warn", "block")

PARTICIPANTS = "context.participants"


# ----------------------------------------------------------------------------- fields


def _fields(
    kind: str,
    participants: Iterable[str],
    notes: Iterable[tuple[str, str]],
    strengths: str | None,
    intention: str | None,
) -> dict[str, str]:
    fields: dict[str, str] = {}
    if kind:
        fields["context.kind"] = kind
    for number, participant in enumerate(participants, 1):
        if participant:
            fields[f"{PARTICIPANTS}.{number}"] = participant
    for principle, note in notes:
        if note:
            fields[f"notes.{principle}"] = note
    if strengths:
        fields["strengths"] = strengths
    if intention:
        fields["next_step.intention"] = intention
    return fields


def reflection_fields(reflection: Reflection) -> dict[str, str]:
    """The non-empty user-typed fields of a reflection, in reading order."""
    return _fields(
        reflection.context.kind,
        reflection.context.participants,
        reflection.notes.items(),
        reflection.strengths,
        reflection.next_step.intention,
    )


def doc_fields(doc: Mapping[str, Any]) -> dict[str, str]:
    """The same fields of a stored JSON document (:meth:`Reflection.to_json`)."""
    ctx = doc.get("context") or {}
    step = doc.get("next_step") or {}
    intention = step if isinstance(step, str) else step.get("intention")
    return _fields(
        str(ctx.get("kind") or ""),
        [str(p) for p in ctx.get("participants") or []],
        [(str(k), str(v)) for k, v in (doc.get("notes") or {}).items()],
        doc.get("strengths"),
        intention,
    )


def outline_fields(o: Mapping[str, Any]) -> dict[str, str]:
    """The same fields of an outline (:mod:`partnerschap.log.outline`)."""
    return _fields(o["k"], o["p"], [(k, v) for k, v in o["n"]], o["w"], o["i"])


def field_label(key: str) -> str:
    """``context.participants.2`` -> ``context.participants``; other keys unchanged."""
    if key.startswith(PARTICIPANTS + "."):
        return PARTICIPANTS
    return key


def _participant_number(key: str) -> int | None:
    if key.startswith(PARTICIPANTS + "."):
        return int(key.rsplit(".", 1)[1])
    return None


def with_fields(reflection: Reflection, fields: Mapping[str, str]) -> Reflection:
    """A copy of ``reflection`` with the given fields replaced (keys as above).

    A participant edited into text with commas becomes several participants; an emptied
    participant or note is dropped.
    """
    from partnerschap.reflection.flow import split_roles

    copy = Reflection.from_json(reflection.to_json())
    participants: list[str] = []
    for number, participant in enumerate(copy.context.participants, 1):
        key = f"{PARTICIPANTS}.{number}"
        if key in fields:
            participants += split_roles(fields[key])
        else:
            participants.append(participant)
    copy.context.participants = participants
    for key, value in fields.items():
        if key == "context.kind":
            copy.context.kind = value
        elif key.startswith("notes."):
            principle = key.split(".", 1)[1]
            if value.strip():
                copy.notes[principle] = value
            else:
                copy.notes.pop(principle, None)
        elif key == "strengths":
            copy.strengths = value
        elif key == "next_step.intention":
            copy.next_step.intention = value
        elif _participant_number(key) is None:
            raise KeyError(key)
    return copy


def redact_doc(doc: dict[str, Any], fields: Mapping[str, str]) -> None:
    """Put (redacted) field texts back into a stored JSON document, in place."""
    for key, value in fields.items():
        if key == "context.kind":
            doc["context"]["kind"] = value
        elif (number := _participant_number(key)) is not None:
            doc["context"]["participants"][number - 1] = value
        elif key.startswith("notes."):
            doc["notes"][key.split(".", 1)[1]] = value
        elif key == "strengths":
            doc["strengths"] = value
        elif key == "next_step.intention":
            if isinstance(doc.get("next_step"), str):
                doc["next_step"] = value
            else:
                doc["next_step"]["intention"] = value


def redact_outline(o: dict[str, Any], fields: Mapping[str, str]) -> None:
    """Put (redacted) field texts back into an outline, in place."""
    notes = {k: i for i, (k, _v) in enumerate(o["n"])}
    for key, value in fields.items():
        if key == "context.kind":
            o["k"] = value
        elif (number := _participant_number(key)) is not None:
            o["p"][number - 1] = value
        elif key.startswith("notes."):
            o["n"][notes[key.split(".", 1)[1]]][1] = value
        elif key == "strengths":
            o["w"] = value
        elif key == "next_step.intention":
            o["i"] = value


# -------------------------------------------------------------------------- pre-filter

_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LO = "a-zß-öø-ÿ\u0100-\u017f"
_RISK = re.compile(rf"[\d@]|[{_UP}][{_LO}]")
# A sentence ends at "?" or "!", or at "." after a word of two or more letters that is no
# abbreviation ("mevr. Yilmaz", "A. Jansen" and "dhr. De Vries" go on).
_SENTENCE_END = re.compile(r"(?:[?!]|(?<![\w.])(?P<word>[^\W\d_]{2,})\.)[ \t\r\n]+$")
_ABBREVIATIONS = frozenset(
    {"mevr", "mw", "mej", "dhr", "hr", "mr", "mrs", "ms", "mx", "dr", "drs", "ir", "ing"}
    | {"prof", "ds", "jr", "sr", "geb", "nr", "fam", "wed", "st", "bc", "mgr", "ca", "vd"}
)
_TYPED_EMAIL = re.compile(r"(?i:[(\[{][ \t]*(?:at|apenstaartje)[ \t]*[)\]}])|[ \t]AT[ \t]")


def may_identify(text: str) -> bool:
    """False only for a text in which the rules cannot find anything (deduce aside).

    Every rule needs a digit, an ``@`` or "(at)", a capitalised word after a trigger word
    or a listed name in lower case or capitals, so a text without those whose capitalised
    words all start a sentence is safe.
    """
    for m in _RISK.finditer(text):
        if len(m.group()) == 1:  # a digit or "@"
            return True
        before = text[: m.start()]
        if not before.strip():
            continue  # the first word
        end = _SENTENCE_END.search(before[-30:])
        if end is None or (end.group("word") or "").casefold() in _ABBREVIATIONS:
            return True
    # typed as people type: "jan(at)example.nl", "moeder fatima", "MOEDER FATIMA"
    return bool(_TYPED_EMAIL.search(text)) or may_hold_typed_name(text)


# ------------------------------------------------------------------------------ report


@dataclass(frozen=True)
class PrivacyReport:
    """What the guard found in the fields of one reflection.

    ``findings`` holds, per field, the findings that redaction replaces (fields without
    any are left out); ``redacted`` the fields with those replaced by placeholders;
    ``kept`` the findings that are reported by the rules but not replaced (plain dates).
    """

    fields: dict[str, str]
    findings: dict[str, list[Finding]] = field(default_factory=dict)
    redacted: dict[str, str] = field(default_factory=dict)
    kept: dict[str, list[Finding]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.findings)

    def count(self) -> int:
        return sum(len(found) for found in self.findings.values())

    def summary(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """``[(field label, [(kind, count), ...]), ...]`` in field order, kinds by count."""
        per_label: dict[str, Counter[str]] = {}
        for key, found in self.findings.items():
            counter = per_label.setdefault(field_label(key), Counter())
            counter.update(str(f.kind) for f in found)
        return [(label, counter.most_common()) for label, counter in per_label.items()]

    def changed(self) -> dict[str, str]:
        """Only the fields that redaction changes."""
        return {k: v for k, v in self.redacted.items() if v != self.fields.get(k)}


def check_fields(fields: Mapping[str, str], *, use_deduce: bool = False) -> PrivacyReport:
    """Detect in all fields together and redact.

    The same as :func:`partnerschap.privacy.redact_fields` (redacted again until nothing
    changes, so redaction is idempotent), reusing the first detection for the report.
    """
    fields = dict(fields)
    if not fields or (not use_deduce and not any(map(may_identify, fields.values()))):
        return PrivacyReport(fields)  # without importing the rules (0.08 s)
    from partnerschap.privacy import DEFAULT_REDACT_KINDS, apply_findings, detect_fields

    found = detect_fields(fields, use_deduce=use_deduce)
    relevant: dict[str, list[Finding]] = {}
    kept: dict[str, list[Finding]] = {}
    for key in fields:
        for finding in found[key]:
            (relevant if finding.kind in DEFAULT_REDACT_KINDS else kept).setdefault(key, []).append(
                finding
            )
    if not relevant:
        return PrivacyReport(fields, kept=kept)
    current = fields
    while True:
        redacted = {key: apply_findings(text, found[key]) for key, text in current.items()}
        if redacted == current or (not use_deduce and not _may_identify_any(redacted)):
            # Stable: detecting again would find nothing (placeholders are never found).
            return PrivacyReport(fields, relevant, redacted, kept)
        current = redacted
        found = detect_fields(current, use_deduce=use_deduce)


def _may_identify_any(fields: Mapping[str, str]) -> bool:
    from partnerschap.privacy import PLACEHOLDER_RE

    def mask(text: str) -> str:  # as the rules see a redacted text
        return PLACEHOLDER_RE.sub(lambda m: "x" * len(m.group()), text)

    return any(may_identify(mask(text)) for text in fields.values())


def check_reflection(reflection: Reflection, *, use_deduce: bool = False) -> PrivacyReport:
    """The report of a reflection's user-typed fields."""
    return check_fields(reflection_fields(reflection), use_deduce=use_deduce)


def redacted(reflection: Reflection, report: PrivacyReport) -> Reflection:
    """A copy of ``reflection`` with the report's findings replaced by placeholders."""
    changed = report.changed()
    return with_fields(reflection, changed) if changed else reflection


class Redactor:
    """Redacts many reflections fast (export): see the module's note on speed.

    ``redacted_count`` counts the reflections in which something was replaced.
    """

    CACHE_LIMIT = 50_000

    def __init__(self, *, use_deduce: bool = False) -> None:
        self.use_deduce = use_deduce
        self.redacted_count = 0
        self._clean: set[str] = set()  # texts in which the rules find nothing to replace
        self._seen: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}

    def _safe(self, text: str) -> bool:
        if may_identify(text):
            return False
        if len(self._clean) >= self.CACHE_LIMIT:
            self._clean.clear()
        self._clean.add(text)
        return True

    def changes(self, fields: Mapping[str, str]) -> dict[str, str]:
        """The redacted texts of the fields that change (empty: nothing to redact)."""
        if not fields:
            return {}
        if self.use_deduce:
            changed = check_fields(fields, use_deduce=True).changed()
        else:
            clean = self._clean
            if all(text in clean or self._safe(text) for text in fields.values()):
                return {}
            key = tuple(fields.items())
            changed = self._seen.get(key)  # type: ignore[assignment]
            if changed is None:
                report = check_fields(fields)
                changed = report.changed()
                if len(clean) >= self.CACHE_LIMIT:
                    clean.clear()
                # No finding at all in a field within its reflection: none alone either
                # (other fields only add names), and it gives no name to other fields.
                clean.update(
                    text
                    for k, text in fields.items()
                    if k not in report.findings and k not in report.kept
                )
                if changed:
                    if len(self._seen) >= self.CACHE_LIMIT:
                        self._seen.clear()
                    self._seen[key] = changed
        if changed:
            self.redacted_count += 1
        return changed

    def outline(self, o: dict[str, Any]) -> dict[str, Any]:
        """An outline with its user-typed texts redacted (in place; returned for chaining)."""
        changed = self.changes(outline_fields(o))
        if changed:
            redact_outline(o, changed)
        return o

    def doc(self, raw: str, outline: str | None = None) -> str:
        """A stored JSON document, redacted; the same string when nothing changes.

        Given the document's stored ``outline`` (JSON), the fields are read from it, which
        is much cheaper than decoding the whole document.
        """
        import json

        if outline is not None:
            changed = self.changes(outline_fields(json.loads(outline)))
            if not changed:
                return raw
            data = json.loads(raw)
        else:
            data = json.loads(raw)
            changed = self.changes(doc_fields(data))
            if not changed:
                return raw
        redact_doc(data, changed)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# ------------------------------------------------------------------------ for people


def field_title(key: str, lang: str, principle_titles: Mapping[str, str] | None = None) -> str:
    """A field's name for people: ``Notitie bij Respect``, ``Deelnemers``, ``Voornemen``."""
    label = field_label(key)
    if label.startswith("notes."):
        principle = label.split(".", 1)[1]
        title = (principle_titles or {}).get(principle, principle)
        return t("ui.privacy.field.note", lang, principle=title)
    names = {
        "context.kind": "ui.kind",
        PARTICIPANTS: "ui.participants",
        "strengths": "ui.strengths",
        "next_step.intention": "ui.intention",
    }
    return t(names[label], lang) if label in names else label


def kind_name(kind: str, lang: str) -> str:
    return t(f"ui.privacy.kind.{kind}", lang)


def summary_lines(report: PrivacyReport, lang: str) -> list[str]:
    """``notes.respect: BSN (1 keer), telefoonnummer (2 keer)``: kinds and counts per field,
    without repeating the identifiers themselves."""
    return [
        f"{label}: "
        + ", ".join(
            t("ui.privacy.kind_count", lang, kind=kind_name(kind, lang), count=count)
            for kind, count in kinds
        )
        for label, kinds in report.summary()
    ]


def guard(
    reflection: Reflection, mode: str, lang: str, *, use_deduce: bool = False
) -> tuple[Reflection, PrivacyReport]:
    """Apply ``reflect --privacy MODE`` without asking: the reflection to save and the report.

    ``warn`` and ``redact`` return the reflection as typed or redacted (a copy); ``block``
    raises a user error naming the findings when there are any.
    """
    if mode not in MODES:
        raise PartnerschapError("error.privacy.bad_mode", mode=mode, modes="|".join(MODES))
    report = check_reflection(reflection, use_deduce=use_deduce)
    if not report:
        return reflection, report
    if mode == "block":
        raise PartnerschapError(
            "error.privacy.blocked",
            findings="\n".join("  " + line for line in summary_lines(report, lang)),
        )
    if mode == "redact":
        return redacted(reflection, report), report
    return reflection, report


# -------------------------------------------------------------------- interactive choice

#: The answers of the interactive choice; the first is the default.
CHOICES = ("redact", "keep", "edit")
_SHORTCUTS = {"nl": ("v", "b", "a"), "en": ("r", "k", "e")}


class PrivacyPresenter(Protocol):
    """What the review shows; the CLI renders it with rich."""

    def privacy_findings(self, report: PrivacyReport) -> None: ...

    def privacy_done(self, choice: str, report: PrivacyReport) -> None: ...


class _SilentPresenter:
    def privacy_findings(self, report: PrivacyReport) -> None:
        pass

    def privacy_done(self, choice: str, report: PrivacyReport) -> None:
        pass


class PrivacyReview:
    """The choice before a reflection is saved as complete: replace the findings by
    placeholders (default), keep the text as typed, or edit it (checked again after).

    Called by :class:`~partnerschap.reflection.flow.ReflectionFlow` with the reflection
    (whose draft in the store still holds what was typed); returns the reflection to save,
    a copy when something changed. Prompt keys: ``privacy`` and
    ``privacy.edit:<field key>`` in the first round, ``privacy:<n>`` and
    ``privacy.edit:<field key>:<n>`` after the n-th check. A missing answer (a scripted
    prompter) is the default, so a script never loops.

    With ``preset`` (``reflect --privacy``) nothing is asked: ``redact`` replaces, ``warn``
    keeps, ``block`` raises a user error (the draft stays).
    """

    def __init__(
        self,
        prompter: Prompter,
        lang: str,
        presenter: PrivacyPresenter | None = None,
        *,
        use_deduce: bool = False,
        preset: str | None = None,
        principle_titles: Mapping[str, str] | None = None,
    ) -> None:
        if preset is not None and preset not in MODES:
            raise PartnerschapError("error.privacy.bad_mode", mode=preset, modes="|".join(MODES))
        self.prompter = prompter
        self.lang = lang
        self.presenter = presenter or _SilentPresenter()
        self.use_deduce = use_deduce
        self.preset = preset
        self.principle_titles = dict(principle_titles or {})

    def choices(self) -> list[Choice]:
        shortcuts = _SHORTCUTS["en" if self.lang == "en" else "nl"]
        return [
            Choice(value, t(f"prompt.privacy.choice.{value}", self.lang), shortcut)
            for value, shortcut in zip(CHOICES, shortcuts, strict=True)
        ]

    def __call__(self, reflection: Reflection) -> Reflection:
        report = check_reflection(reflection, use_deduce=self.use_deduce)
        if not report:
            return reflection
        if self.preset == "block":
            raise PartnerschapError(
                "error.privacy.blocked_draft",
                findings="\n".join("  " + line for line in summary_lines(report, self.lang)),
            )
        if self.preset is not None:  # redact or warn, without asking
            choice = "redact" if self.preset == "redact" else "keep"
            self.presenter.privacy_findings(report)
            self.presenter.privacy_done(choice, report)
            return redacted(reflection, report) if choice == "redact" else reflection
        round_ = 1
        while report:
            suffix = "" if round_ == 1 else f":{round_}"
            self.presenter.privacy_findings(report)
            choice = (
                self.prompter.select(
                    "privacy" + suffix,
                    t("prompt.privacy", self.lang),
                    self.choices(),
                    default=CHOICES[0],
                    instruction=t("prompt.select.instruction", self.lang),
                )
                or CHOICES[0]
            )
            if choice == "redact":
                self.presenter.privacy_done(choice, report)
                return redacted(reflection, report)
            if choice == "keep":
                self.presenter.privacy_done(choice, report)
                return reflection
            edits = {}
            for key in report.findings:
                edits[key] = self.prompter.text(
                    f"privacy.edit:{key}{suffix}",
                    t(
                        "prompt.privacy.edit",
                        self.lang,
                        field=field_title(key, self.lang, self.principle_titles),
                    ),
                    default=report.fields[key],
                    instruction=t("prompt.privacy.edit.instruction", self.lang),
                ).strip()
            reflection = with_fields(reflection, edits)
            report = check_reflection(reflection, use_deduce=self.use_deduce)
            round_ += 1
        self.presenter.privacy_done("edit", report)
        return reflection
