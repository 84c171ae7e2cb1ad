"""Sources: who reports, read from the grammar of reporting constructions."""
