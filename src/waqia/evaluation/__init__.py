"""Scoring extractions against a gold file (`waqia evaluate`), measure by measure."""
