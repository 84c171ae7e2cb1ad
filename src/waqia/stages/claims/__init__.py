"""Claims: casualty figures, their side (party) and their source."""
