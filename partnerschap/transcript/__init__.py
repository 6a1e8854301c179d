"""Transcript analysis (issue 9): what was actually said, principle by principle.

Placeholder; the public API is filled in below as the modules land.
"""
