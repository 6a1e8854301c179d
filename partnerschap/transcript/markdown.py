"""A transcript analysis as a markdown document for supervision (no terminal code).

Renders the :class:`~partnerschap.transcript.report.Report` that the terminal view shows:
the measures with their references, per principle the status and a few quotes, the lines
that undermined a principle, and the note that these are signals, not a verdict. Quoted
text is escaped so a line of the transcript cannot break the document's structure.
"""

from __future__ import annotations

from partnerschap import __version__
from partnerschap.markdown_text import escape_inline
from partnerschap.messages import t
from partnerschap.transcript.report import Report, quote_place

STATUS_SYMBOL = {"evidence": "✓", "counter_evidence": "✗", "mixed": "◐", "none": "·"}
RATING_SYMBOL = {"good": "✓", "fair": "◐", "below": "○"}


def _cell(text: str) -> str:
    return escape_inline(text) if text else ""


def report_to_markdown(report: Report, lang: str) -> str:
    """The whole report as markdown, ending in a newline."""
    # The transcript's file name is left out: a document for a supervisor must not carry a
    # family name that the file happens to be named after.
    out: list[str] = [f"# {t('ui.analyze.title', lang)}", ""]
    out += [
        f"- **{t('ui.analyze.format', lang)}:** {report.format_label}",
        f"- **{t('ui.analyze.language', lang)}:** {report.language_label}",
        f"- **{t('ui.analyze.set', lang)}:** {escape_inline(report.set_title)}",
        f"- **{t('ui.analyze.speakers', lang)}:** {report.speakers}",
        "",
        f"## {t('ui.analyze.measures', lang)}",
        "",
        f"| {t('ui.analyze.measure', lang)} | {t('ui.analyze.value', lang)} "
        f"| {t('ui.analyze.anchor', lang)} | {t('ui.analyze.meaning', lang)} |",
        "|---|---:|---|---|",
    ]
    for row in report.metrics:
        rated = f"{RATING_SYMBOL[row.rating]} {row.rating_label}" if row.rating else ""
        out.append(f"| {_cell(row.label)} | {_cell(row.value)} | {rated} | {_cell(row.meaning)} |")
    if report.jargon:
        terms = ", ".join(f"{escape_inline(term)} ({n})" for term, n in report.jargon)
        out += ["", f"**{t('ui.analyze.jargon_terms', lang)}:** {terms}"]
    out += ["", f"## {t('ui.analyze.principles', lang)}", ""]
    if report.signals_note:
        out += [f"_{report.signals_note}_", ""]
    for row in report.principles:
        out.append(
            f"### {STATUS_SYMBOL[row.status]} {escape_inline(row.title)}: {row.status_label}"
        )
        out.append("")
        if row.status == "none":
            continue
        counts = t(
            "ui.analyze.counts", lang, honours=row.honours_total, undermines=row.undermines_total
        )
        out += [f"_{counts}_", ""]
        for quote in row.honours:
            out.append(f"- {quote_place(quote, lang)}: \u201c{escape_inline(quote.text)}\u201d")
        if row.more:
            out.append(f"- {t('ui.analyze.more', lang, count=row.more)}")
        if row.honours:
            out.append("")
    out += [f"## {t('ui.analyze.undermined', lang)}", ""]
    if report.undermining:
        for line in report.undermining:
            titles = "; ".join(escape_inline(title) for title in line.principles)
            out.append(
                f"- {quote_place(line.quote, lang)}: \u201c{escape_inline(line.quote.text)}\u201d "
                f"({titles})"
            )
    else:
        out.append(t("ui.analyze.undermined.none", lang))
    if report.directives:
        out += ["", f"## {t('ui.analyze.directives', lang)}", ""]
        for quote in report.directives:
            out.append(f"- {quote_place(quote, lang)}: \u201c{escape_inline(quote.text)}\u201d")
        more = report.directives_total - len(report.directives)
        if more:
            out.append(f"- {t('ui.analyze.more', lang, count=more)}")
    out += [
        "",
        "---",
        "",
        f"_{report.privacy_note}_",
        "",
        f"**{report.note}**",
        "",
        f"<sub>{t('ui.analyze.generated', lang, version=__version__)}</sub>",
        "",
    ]
    return "\n".join(out)
