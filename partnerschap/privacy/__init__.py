"""Detection and redaction of personal data in text (library code only).

Owns the rules that find identifiers (BSN, IBAN, phone, e-mail, postcode, address, licence
plate, dates of birth, names after a role word or title, also as people type them: with
dots, slashes, invisible characters, in lower case), the optional deduce backend for names
and places, redaction with numbered placeholders, the words left that may be a name the
rules cannot judge (:func:`possible_names`), and the findings of ``privacy check``
(:mod:`.check`). It knows text and fields of text, never reflections or transcripts:
the code that applies it to those lives with them (``reflection.privacy``,
``transcript.privacy``).

May use: the shared ground only (errors, messages, regex_cache, name_lists).

>>> from partnerschap.privacy import detect, redact
>>> redact("Moeder (Sanne) belde op 0612345678.")
'Moeder ([NAAM-1]) belde op [TELEFOON].'
"""

from partnerschap.privacy.deduce_backend import (
    PrivacyExtraMissing,
    deduce_available,
    warm_up_in_background,
)
from partnerschap.privacy.detect import (
    DEFAULT_REDACT_KINDS,
    LOW_SENSITIVITY_KINDS,
    PLACEHOLDER_RE,
    PLACEHOLDERS,
    STRUCTURED_KINDS,
    Finding,
    Kind,
    detect,
    detect_fields,
    possible_names,
)
from partnerschap.privacy.redact import apply_findings, redact, redact_fields

__all__ = [
    "DEFAULT_REDACT_KINDS",
    "LOW_SENSITIVITY_KINDS",
    "PLACEHOLDERS",
    "PLACEHOLDER_RE",
    "STRUCTURED_KINDS",
    "Finding",
    "Kind",
    "PrivacyExtraMissing",
    "apply_findings",
    "deduce_available",
    "detect",
    "detect_fields",
    "possible_names",
    "redact",
    "redact_fields",
    "warm_up_in_background",
]
