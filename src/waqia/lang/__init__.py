"""Language data: one folder per language, a TSV file per concept (see docs/lexicons.md)."""
