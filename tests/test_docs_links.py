"""Every relative link in the README and docs/ points to a file (or folder) that exists,
and every Dutch page in docs/nl has its English twin in docs/en and the other way round."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _relative_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return [
        target
        for target in LINK.findall(text)
        if not re.match(r"[a-z][a-z0-9+.-]*:", target) and not target.startswith("#")
    ]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page: Path) -> None:
    missing = [
        target
        for target in _relative_links(page)
        if not (page.parent / target.split("#", 1)[0]).exists()
    ]
    assert missing == []


def test_readme_links_to_every_user_page() -> None:
    linked = {(ROOT / t).resolve() for t in _relative_links(ROOT / "README.md")}
    pages = {p.resolve() for lang in ("nl", "en") for p in (ROOT / "docs" / lang).glob("*.md")}
    assert pages - linked == set()


def test_same_topics_in_both_languages() -> None:
    nl = {p.name for p in (ROOT / "docs" / "nl").glob("*.md")}
    en = {p.name for p in (ROOT / "docs" / "en").glob("*.md")}
    assert nl == en
    assert len(nl) >= 7


def test_readme_is_a_front_page() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) < 300
    head = "\n".join(text.splitlines()[:45])
    assert "pip install . && partnerschap reflect" in head
    assert 'pip install -q -e ".[test]" && python -m pytest -q' in head
