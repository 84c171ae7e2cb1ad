"""The core every stage shares: documents and spans, normalisation, morphology, the lexicon, the stage context."""
