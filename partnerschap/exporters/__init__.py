"""Exporters: one small module per format."""
