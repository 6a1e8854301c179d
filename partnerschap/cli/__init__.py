"""The command-line layer: parses options, calls the core, renders with rich.

One folder per command, named after it, with the same parts in each: ``command`` (the
Typer options and ``register(app, h)``), ``flow`` (the wiring of core calls, where a command
has more than one step) and ``view`` (rendering with rich). Shared here: ``app`` (the
root command, ``--lang`` anywhere, errors without a traceback), ``state`` (language,
settings, exit codes), ``streams`` (a closed pipe or a full device on standard output),
``render`` (the console), ``prompter`` (the questionary
implementation of :class:`partnerschap.prompts.Prompter`) and ``validation_view``.

No business logic here: what a command decides lives in the core.
"""
