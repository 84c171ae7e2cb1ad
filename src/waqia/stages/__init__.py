"""The reading stages, in pipeline order: sentences, numbers, dates, sources, places, actors, claims, events.

Each stage is a function ``(Document, Context) -> Document`` that adds one layer; a
stage that needs more than one file is a package whose ``stage`` module holds it.
"""
