"""Events: triggers and claims grouped into ACLED events, and the document record."""
