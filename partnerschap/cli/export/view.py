"""What ``export`` and ``import`` do. Imported only when one of them runs.

Export streams: documents come from the database one at a time and are written in chunks,
so ten thousand reflections need neither ten thousand objects nor the whole text in memory.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import typer

from partnerschap.atomic_write import atomic_open, write_file
from partnerschap.cli import state
from partnerschap.cli.safe_text import say
from partnerschap.cli.unlock import open_log
from partnerschap.errors import PartnerschapError
from partnerschap.log.exporters.json_export import json_document
from partnerschap.log.exporters.markdown import MarkdownWriter
from partnerschap.log.store import Filters, Store, parse_date_option, store_error
from partnerschap.messages import t

if TYPE_CHECKING:
    from partnerschap.reflection.privacy import Redactor

FORMATS = ("md", "json")
PROGRESS_MIN = 300  # show a progress bar above this many reflections
CHUNK = 200  # pieces joined per write
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Tick = Callable[[int], None]


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def progress_wanted(total: int, to_stdout: bool) -> bool:
    """A bar only for many reflections, on a terminal, and not over the export itself."""
    if total <= PROGRESS_MIN or not stderr_is_terminal():
        return False
    return not (to_stdout and sys.stdout.isatty())


@contextmanager
def progress(total: int, key: str, wanted: bool) -> Iterator[Tick | None]:
    if not wanted:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=state.err(),
        transient=True,
    ) as bar:
        task = bar.add_task(t(key), total=total)
        pending = 0

        def tick(n: int = 1) -> None:
            nonlocal pending
            pending += n
            if pending >= 50:
                bar.advance(task, pending)
                pending = 0

        yield tick
        bar.advance(task, pending)


def slug(text: str, limit: int = 40) -> str:
    """``Huisbezoek (moeder)`` -> ``huisbezoek-moeder``: safe in any file system."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


@lru_cache(maxsize=512)
def _kind_fits(kind: str) -> bool:
    from partnerschap.privacy.redact import fit_for_a_file_name

    return fit_for_a_file_name(kind)


def export_filename(doc: dict[str, Any], ext: str) -> str:
    """``2026-11-20-huisbezoek-<id>.md``: readable, and sorted by date in a folder. The kind
    of conversation is left out when the privacy guard finds anything in it (also when the
    export itself keeps identifiers: a file name travels further than its text)."""
    ctx = doc.get("context") or {}
    dates = [str(ctx.get("date") or ""), str(doc.get("created") or "")[:10], "undated"]
    date = next(d for d in dates if d == "undated" or _DATE.match(d))
    kind = str(ctx.get("kind") or "")
    kind = slug(kind) if kind and _kind_fits(kind) else ""
    parts = [date, kind, re.sub(r"[^A-Za-z0-9_-]", "", doc["id"])]
    return "-".join(p for p in parts if p) + f".{ext}"


def write_pieces(out: IO[str], pieces: Iterable[str]) -> None:
    buffer: list[str] = []
    for piece in pieces:
        buffer.append(piece)
        if len(buffer) >= CHUNK:
            out.write("".join(buffer))
            buffer.clear()
    out.write("".join(buffer))


def counted(docs: Iterable[tuple[str, str]], tick: Tick | None) -> Iterator[tuple[str, str]]:
    for item in docs:
        yield item
        if tick:
            tick(1)


def document_pieces(
    store: Store,
    filters: Filters,
    fmt: str,
    lang: str,
    tick: Tick | None,
    redactor: Redactor | None = None,
) -> Iterator[str]:
    """The export as stored, or with personal data replaced when given a ``redactor``."""
    if fmt == "json":
        return json_document(
            doc for _id, doc in counted(stored_docs(store, filters, redactor), tick)
        )
    writer = MarkdownWriter(lang, store.texts(), "redacted" if redactor else "as_stored")
    rows = counted(store.iter_outlines(filters), tick)
    outlines = (stored_json(store, sketch) for _id, sketch in rows)
    return writer.document(map(redactor.outline, outlines) if redactor else outlines)


def stored_docs(
    store: Store, filters: Filters, redactor: Redactor | None = None
) -> Iterator[tuple[str, str]]:
    """``(id, JSON document)``, redacted when given a ``redactor``: the small outline is
    checked, and only a document with something to replace is decoded."""
    if redactor is None:
        yield from store.iter_docs(filters)
        return
    # Both queries return the same rows in the same order (sorted on a unique key).
    for (rid, doc), (_same, sketch) in zip(
        store.iter_docs(filters), store.iter_outlines(filters), strict=True
    ):
        try:
            yield rid, redactor.doc(doc, sketch)
        except ValueError as exc:  # a stored document that no longer decodes
            raise store_error(exc, store.display_path) from exc


def stored_json(store: Store, text: str) -> Any:
    """A JSON text read from the store; one that does not decode is damage to the log."""
    try:
        return json.loads(text)
    except ValueError as exc:
        raise store_error(exc, store.display_path) from exc


def is_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def write_folder(
    folder: Path,
    store: Store,
    filters: Filters,
    fmt: str,
    lang: str,
    tick: Tick | None,
    redactor: Redactor | None = None,
) -> int:
    from partnerschap.paths import make_private_dirs

    try:
        make_private_dirs(folder)  # a new folder is 0700; one that was there keeps its mode
    except OSError as exc:
        raise PartnerschapError(
            "error.write_failed", path=str(folder), detail=exc.strerror or str(exc)
        ) from exc
    writer = MarkdownWriter(lang, store.texts(), "redacted" if redactor else "as_stored")
    footer = writer.footer()
    count = 0
    if fmt == "json":
        rows = counted(stored_docs(store, filters, redactor), tick)
    else:
        rows = counted(store.iter_outlines(filters), tick)
    for _id, raw in rows:
        data = stored_json(store, raw)
        if fmt == "md":
            # The outline has the same date, kind, created and id as the document. The kind
            # is named as stored: the guard judges it again for the name (export_filename).
            context = {"date": data["d"], "kind": data["k"]}
            if redactor:
                redactor.outline(data)
        else:
            context = None
        naming = {"id": data["id"], "created": data["c"], "context": context} if context else data
        path = folder / export_filename(naming, fmt)
        text = (
            "".join(json_document([raw]))
            if fmt == "json"
            else (writer.render_outline(data) + "\n" + footer)
        )
        write_file(path, text)
        count += 1
    return count


def write_stdout(pieces: Iterable[str]) -> None:
    try:
        write_pieces(sys.stdout, pieces)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `partnerschap export | head`
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise typer.Exit(0) from None


def export_reflections(
    ids: list[str],
    *,
    since: str | None,
    until: str | None,
    fmt: str,
    output: str | None,
    keep_identifiers: bool = False,
    deduce: bool = False,
    drafts: bool = False,
) -> None:
    lang = state.lang()
    from partnerschap.cli.privacy.view import export_privacy_notice, export_redactor

    redactor = export_redactor(keep_identifiers, deduce)
    fmt = fmt.lower().lstrip(".")
    if fmt == "markdown":
        fmt = "md"
    if fmt not in FORMATS:
        raise PartnerschapError("error.export.bad_format", format=fmt)
    if drafts and fmt != "json":  # a draft has no findings for a supervisor to read
        raise PartnerschapError("error.export.drafts_json")
    filters = Filters(
        since=parse_date_option(since), until=parse_date_option(until), with_drafts=drafts
    )
    with open_log(create=False) as store:
        if ids:
            chosen = tuple(dict.fromkeys(store.resolve(i) for i in ids))
            for rid in chosen if not drafts else ():
                if store.is_draft(rid):
                    raise PartnerschapError("error.store.is_draft", id=rid)
            filters = replace(filters, ids=chosen)
        total = store.count(filters)
        if total == 0 and (fmt == "md" or (output and is_folder(output))):
            say(state.err(), t("ui.export.nothing", lang))
            return
        if store.encrypted:  # on purpose: an export goes to a supervisor, or is a backup
            key = "ui.crypto.export_json_plain" if fmt == "json" else "ui.crypto.export_plain"
            say(state.err(), t(key, lang), style="yellow")
        wanted = progress_wanted(total, output is None)
        with progress(total, "ui.export.progress", wanted) as tick:
            if output is None:
                write_stdout(document_pieces(store, filters, fmt, lang, tick, redactor))
                export_privacy_notice(redactor, lang)
                return
            if is_folder(output):
                count = write_folder(Path(output), store, filters, fmt, lang, tick, redactor)
            else:
                path = Path(output)
                try:
                    with atomic_open(path) as out:
                        pieces = document_pieces(store, filters, fmt, lang, tick, redactor)
                        write_pieces(out, pieces)
                except OSError as exc:
                    raise PartnerschapError(
                        "error.write_failed", path=str(path), detail=exc.strerror or str(exc)
                    ) from exc
                count = total
    export_privacy_notice(redactor, lang)
    say(state.err(), t("ui.export.written", lang, count=count, path=output))


def import_reflections(file: Path) -> None:
    from partnerschap.log.importer import import_docs, read_export

    lang = state.lang()
    export = read_export(file)
    with open_log() as store:
        wanted = progress_wanted(export.count, to_stdout=False)
        with progress(export.count, "ui.import.progress", wanted) as tick:
            result = import_docs(store, export.documents(), export.path, tick)
        path = store.display_path
    console = state.out()
    say(
        console,
        t(
            "ui.import.done",
            lang,
            count=len(result.imported),
            skipped=len(result.skipped),
            path=path,
        ),
    )
    if result.skipped:
        shown = ", ".join(result.skipped[:10]) + (" …" if len(result.skipped) > 10 else "")
        say(console, t("ui.import.skipped", lang, ids=shown), style="dim")
