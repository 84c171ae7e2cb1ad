"""Dates: absolute and relative dates resolved against the publication day."""
