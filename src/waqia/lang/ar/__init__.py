"""Arabic: every word list the reading uses, one TSV file per concept."""
