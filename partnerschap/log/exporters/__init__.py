"""Exporters of the log: one small module per format (``markdown``, ``json_export``)."""
