"""The ``analyze`` command as one class: it wires the transcript library, the set and the
renderers together. The work is in :mod:`partnerschap.transcript.run` (the analysis),
:mod:`partnerschap.transcript.report` (the report)
and :mod:`partnerschap.transcript.privacy` (redaction).

Kept light for ``--format json``: rich is imported only for the text report, a prompt or a
message on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerschap.cli import state
from partnerschap.errors import PartnerschapError
from partnerschap.messages import t
from partnerschap.sets.catalog import DEFAULT_SET, load_catalog
from partnerschap.sets.model import PrincipleSet
from partnerschap.transcript import Transcript, read_transcript
from partnerschap.transcript.run import (
    Analysis,
    check_options,
    professional_required,
    run_analysis,
    user_errors,
)

if TYPE_CHECKING:
    from partnerschap.prompts import Prompter
    from partnerschap.reflection.engine import ReflectionPlan


def say(message: str, style: str | None = None) -> None:
    """A message on stderr, wrapped between words (styled only on a terminal: rich is not
    imported for a plain line, so ``--format json`` stays fast)."""
    if not sys.stderr.isatty():
        sys.stderr.write(message + "\n")
        return
    from partnerschap.cli import safe_text

    safe_text.say(state.err(), message, style or "")


def load_transcript(path: Path) -> Transcript:
    with user_errors():
        return read_transcript(path)


def pick_set(set_id: str | None, principles_dir: Path | None) -> PrincipleSet:
    """The set whose signals are used: ``--set``, else the default set."""
    wanted = set_id or state.default_set() or DEFAULT_SET
    catalog = load_catalog(principles_dir, wanted=(wanted,))
    pset = catalog.get(wanted)
    state.warn_broken(catalog.broken)
    if pset is None:
        raise PartnerschapError(
            "error.unknown_set", set=wanted, available=", ".join(catalog.ids) or "-"
        )
    return pset


def choose_professional(
    transcript: Transcript, lang: str, prompter: Prompter | None = None
) -> list[str]:
    """Ask which speaker is the professional; without a terminal, the error listing the
    speakers (exit 2)."""
    from partnerschap.prompts import Choice, PromptAborted
    from partnerschap.transcript.report import speaker_choices

    if prompter is None:
        from partnerschap.cli.prompter import make_prompter

        try:
            prompter = make_prompter()
        except PartnerschapError:
            raise professional_required(transcript) from None
    choices = [Choice(name, label) for name, label in speaker_choices(transcript, lang)]
    try:
        chosen = prompter.select(
            "professional",
            t("prompt.analyze.professional", lang),
            choices,
            instruction=t("prompt.select.instruction", lang),
        )
    except PromptAborted:
        state.interrupted()
    if not chosen:
        raise professional_required(transcript)
    return [chosen]


@dataclass
class AnalyzeCommand:
    file: Path
    professionals: Sequence[str] = field(default_factory=list)
    set_id: str | None = None
    transcript_lang: str | None = None
    fmt: str = "text"
    output: Path | None = None
    keep_identifiers: bool = False
    principles_dir: Path | None = None
    explain: int | None = None

    def run(self) -> None:
        check_options(self.fmt, self.transcript_lang)
        if self.explain is not None and self.fmt != "text":
            raise PartnerschapError("error.analyze.explain_format")
        lang = state.lang()
        transcript = load_transcript(self.file)
        pset = pick_set(self.set_id, self.principles_dir)
        names = list(self.professionals) or choose_professional(transcript, lang)
        if self.keep_identifiers:
            say(t("ui.analyze.keep_identifiers", lang), "yellow")
        analysis = run_analysis(
            transcript,
            names,
            pset,
            language=self.transcript_lang,
            redact=not self.keep_identifiers,
        )
        if self.fmt == "json":
            indent = 2 if self.output is None and sys.stdout.isatty() else None
            self.emit(analysis.result.to_json(indent=indent) + "\n")
        elif self.fmt == "md":
            from partnerschap.transcript.markdown import report_to_markdown
            from partnerschap.transcript.report import build_report

            self.emit(report_to_markdown(build_report(analysis, lang), lang))
        else:
            self.text_report(analysis, lang)

    def emit(self, text: str) -> None:
        if self.output is None:
            sys.stdout.write(text)
            return
        self.write_file(text)

    def write_file(self, text: str) -> None:
        path = self.output
        assert path is not None
        from partnerschap.atomic_write import write_file

        write_file(path, text)
        say(t("ui.analyze.written", state.lang(), path=str(path)))

    def text_report(self, analysis: Analysis, lang: str) -> None:
        from partnerschap.cli.analyze.view import render_explanation, render_report
        from partnerschap.transcript.report import build_report, explain_line

        report = build_report(analysis, lang)
        explanation = explain_line(analysis, self.explain) if self.explain is not None else None
        if self.output is None:
            render_report(state.out(), report, lang)
            if explanation is not None:
                render_explanation(state.out(), explanation, lang)
            return
        import io

        from partnerschap.cli.safe_text import make_console

        buffer = io.StringIO()
        console = make_console(file=buffer, width=100, color_system=None)
        render_report(console, report, lang)
        if explanation is not None:
            render_explanation(console, explanation, lang)
        self.write_file(buffer.getvalue())


def reflection_hints(
    path: Path,
    professionals: Sequence[str],
    plan: ReflectionPlan,
    prompter: Prompter,
    lang: str,
) -> tuple[dict[str, tuple[str, str]], dict[str, Any]]:
    """For ``reflect --transcript``: analyse the transcript against every set of the plan,
    show the evidence, and return the hints for the flow (``{ref: (answer, text)}``) and
    the summary the saved reflection keeps (metrics and evidence counts, no text)."""
    from partnerschap.cli.analyze.view import evidence_panel
    from partnerschap.reflection.hints import flow_hints, saved_summary, suggest_answers
    from partnerschap.transcript.report import build_report

    transcript = load_transcript(path)
    names = list(professionals) or choose_professional(transcript, lang, prompter)
    analyses = [run_analysis(transcript, names, pset) for pset in plan.sets]
    state.out().print(evidence_panel([build_report(a, lang) for a in analyses], lang))
    hints = {}
    for analysis in analyses:
        result = analysis.result
        hints.update(
            suggest_answers(
                result.principles,
                analysis.pset.principles,
                lang,
                result.utterances,
                transcript_lang=result.language,
            )
        )
    return flow_hints(hints, lang), saved_summary([a.result for a in analyses])
