"""Bringing records in: reading files, mapping headers, validating rows, and
the import that writes them as sourced facts."""
