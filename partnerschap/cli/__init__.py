"""The command-line layer: parses options, calls the core, renders with rich."""
