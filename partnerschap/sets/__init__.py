"""Principle sets: the YAML under ``principles/`` and everything that reads it.

Owns the model of a set (principles, checks, example questions, scenarios), the safe YAML
reader that keeps line numbers, loading and validating sets with ``file:line`` problems, the
catalogue of sets a command may use, and the starting files of a new set.

Public names, by module (import from the module; this package imports nothing, so that
``partnerschap --help`` stays fast):

- :mod:`.model`: ``PrincipleSet``, ``Principle``, ``Check``, ``Scenario``
- :mod:`.yaml_lines`: ``read_yaml_file``, ``parse_text``, ``LineDict``, ``LineList``
- :mod:`.loader`: ``Catalog``, ``discover``, ``load_set_file``, ``validate_file``, ``bundled_dir``
- :mod:`.catalog`: ``load_catalog``, ``select_sets``, ``DEFAULT_SET``, ``ALL``
- :mod:`.template`: ``skeleton``, ``copy_of`` (the files ``principles init`` writes)

May use: the shared ground only (errors, paths, i18n, messages).
"""
