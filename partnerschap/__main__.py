"""Entry point of ``partnerschap`` and ``python -m partnerschap``.

``--version`` is answered before Typer, rich or anything else is imported: it is what people
(and scripts) run to check the install, and it should cost no more than Python's start.
"""

from __future__ import annotations

import sys


def main() -> None:
    from partnerschap.cli.streams import guarded

    # A closed pipe ends quietly, a full device is an error message (cli/streams.py).
    with guarded():
        run()


def run() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from partnerschap import __version__

        sys.stdout.write(f"partnerschap {__version__}\n")
        return
    from partnerschap.cli.early import start

    start(sys.argv[1:])  # the log key's derivation, beside the imports below
    from partnerschap.cli.app import main as app_main

    app_main()


if __name__ == "__main__":
    main()
