"""Incidents: linking the events of different articles that report one real event."""
