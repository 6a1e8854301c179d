"""Starting files for a new principle set (``partnerschap principles init``)."""

from __future__ import annotations

from pathlib import Path

from partnerschap.sets.model import PrincipleSet

SKELETON = """\
# Een eigen set uitgangspunten voor partnerschap / Your own principle set.
#
# Pas de teksten aan en controleer met: partnerschap principles validate {name}
# Zet het bestand in je map met sets (zie: partnerschap paths) of gebruik --principles MAP.
# Regels / rules:
# - Elke tekst in het Nederlands (nl) en het Engels (en).
# - Ids: kleine letters, cijfers en streepjes; verander ze niet meer zodra je ze gebruikt.
# - Per uitgangspunt 2 tot 4 checkvragen ("Heb je ...?") en minstens 3 voorbeeldvragen.
# - Een verloop (scenario) noemt in 'focus' de checks die eerst gevraagd worden,
#   als uitgangspunt.check.
# Schema: docs/set-schema.md in de repository van partnerschap.

schema: 1
id: {set_id}
version: "1"
title:
  nl: "Mijn set uitgangspunten"
  en: "My principle set"
description:
  nl: "Waar deze set voor is en voor wie."
  en: "What this set is for and for whom."
source: "Noem hier de bron van de tekst / name the source of the text here"

principles:
  - id: luisteren
    title:
      nl: "Luister eerst"
      en: "Listen first"
    explanation:
      nl: "Ouders werken eerder mee als ze zich gehoord voelen."
      en: "Parents are more willing to work with you when they feel heard."
    checks:
      - id: asked-first
        text:
          nl: "Heb je eerst gevraagd hoe ouders de situatie zien?"
          en: "Did you first ask how the parents see the situation?"
      - id: summarised
        text:
          nl: "Heb je samengevat wat je hoorde en gecheckt of dat klopte?"
          en: "Did you summarise what you heard and check it was right?"
    example_questions:
      - nl: "Hoe kijkt u zelf naar wat er thuis gebeurt?"
        en: "How do you see what is happening at home?"
      - nl: "Wat is voor u het belangrijkste om te bespreken?"
        en: "What matters most to you to talk about?"
      - nl: "Heb ik het goed begrepen dat ...?"
        en: "Have I understood correctly that ...?"

scenarios:
  - id: angry
    title:
      nl: "Ouders worden boos"
      en: "Parents get angry"
    description:
      nl: "Ouders voelen zich niet gehoord of aangevallen."
      en: "Parents feel unheard or attacked."
    focus: [luisteren.asked-first, luisteren.summarised]
  - id: other
    title:
      nl: "Anders"
      en: "Other"
    description:
      nl: "Het gesprek verliep anders."
      en: "The conversation went differently."

general_questions:
  - nl: "Wat vindt u prettig aan hoe we samenwerken?"
    en: "What do you like about how we work together?"
"""

COPY_HEADER = """\
# Kopie van de set '{set_id}' ({version}) om aan te passen / a copy of the set to adapt.
#
# Laat je het id '{set_id}' staan, dan vervangt dit bestand de meegeleverde set zodra het in
# je map met sets staat (zie: partnerschap paths). Kies een nieuw id voor een eigen set
# naast de meegeleverde. Controleer met: partnerschap principles validate {name}
#
# Keep the id '{set_id}' to replace the bundled set, or choose a new id for a set of your
# own beside it. Check it with: partnerschap principles validate {name}

"""


def skeleton(path: Path) -> str:
    set_id = "".join(c if c.isalnum() else "-" for c in path.stem.lower()).strip("-") or "mijn-set"
    return SKELETON.format(name=path.name, set_id=set_id)


def copy_of(pset: PrincipleSet, path: Path) -> str:
    source = Path(pset.path).read_text(encoding="utf-8")
    header = COPY_HEADER.format(set_id=pset.id, version=pset.version, name=path.name)
    return header + source
