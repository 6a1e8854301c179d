"""A live session's answers as ``drill report`` results files: one file per trainee.

The files are the same as ``partnerschap drill`` writes (:mod:`partnerschap.drills.results`),
0600 in a 0700 folder, each written through a temporary file. Writing again (after every
reveal, at the end, when the server stops) replaces each trainee's file with the newer one, so
a session stopped halfway leaves what was answered. The live app takes the results from the
session on its event loop (:meth:`ResultsWriter.results_of`, quick) and writes them in a worker
thread (:meth:`ResultsWriter.write_results`, one fsync per file), so a reveal reaches every
phone without waiting for the disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from partnerschap.drills.live.session import LiveSession
from partnerschap.drills.practice import Filters
from partnerschap.drills.results import DrillResults, drills_dir, write_private


def default_folder(now: dt.datetime | None = None) -> Path:
    """``<data dir>/drills/live-2026-12-02-0930``: a dated folder per session."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M")
    return drills_dir() / f"live-{stamp}"


@dataclass
class ResultsWriter:
    folder: Path
    seed: str
    filters: Filters = field(default_factory=Filters)
    banks: Sequence[dict[str, str]] = ()
    sets: Sequence[dict[str, str]] = ()
    written: dict[str, Path] = field(default_factory=dict)  # trainee token → file

    def results_of(self, session: LiveSession) -> list[tuple[str, DrillResults]]:
        out = []
        for trainee in session.trainees.values():
            answers = session.answers_of(trainee)
            if not answers:
                continue
            out.append(
                (
                    trainee.token,
                    DrillResults(
                        answers=answers,
                        seed=self.seed,
                        rounds=session.total,
                        filters=self.filters,
                        trainee=trainee.name,
                        language=session.lang,
                        banks=list(self.banks),
                        sets=list(self.sets),
                        stopped_early=session.stopped_early,
                        id=trainee.results_id,
                        created=trainee.joined,
                    ),
                )
            )
        return out

    def write(self, session: LiveSession) -> list[Path]:
        """Write (or rewrite) the file of every trainee who answered anything."""
        return self.write_results(self.results_of(session))

    def write_results(self, results: Sequence[tuple[str, DrillResults]]) -> list[Path]:
        """Write what :meth:`results_of` took from the session (in any thread: it reads
        nothing of the session itself)."""
        from partnerschap.paths import ensure_private_dir

        if not results:
            return []
        if self.folder.parent == drills_dir():
            ensure_private_dir(self.folder.parent)
        ensure_private_dir(self.folder)
        for token, result in results:
            path = self.written.get(token) or self.folder / result.file_name()
            write_private(path, result.dumps())
            self.written[token] = path
        return sorted(self.written.values())
