"""The reflection log: what is kept of every reflection, and everything read back from it.

Owns the SQLite store in the data dir (one JSON document per reflection plus columns to
filter on, drafts that survive Ctrl-C), its schema migrations, the outline a markdown
rendering needs, the statistics over months (``log stats``), the exporters (markdown for
supervision, JSON for a backup) and the import of a JSON backup.

Public names, by module (import from the module; this package imports nothing):

- :mod:`.store`: ``Store``, ``Filters``, ``Summary``, ``db_path``, ``encode``
- :mod:`.migrations`: ``migrate``, ``latest_version``, ``StoreTooNew``
- :mod:`.outline`: ``outline``, ``TextTable``, ``text_key``
- :mod:`.stats`: ``compute``, ``from_store``, ``most_missed``, ``Stats``
- :mod:`.exporters.markdown`: ``MarkdownWriter``, ``reflections_to_markdown``
- :mod:`.exporters.json_export`: ``json_document``, ``reflections_to_json``
- :mod:`.importer`: ``read_export``, ``import_docs``, ``import_file``

May use: ``reflection``, ``sets`` and the shared ground. Never the network.
"""
