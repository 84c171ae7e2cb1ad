"""Numbers: digits, number words, hedges and ranges read as quantities."""
