"""Shipped geographic data: the compact gazetteer and the hand-written bundled places."""
