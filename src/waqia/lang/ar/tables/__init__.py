"""Arabic tables read by one module each, outside the lexicon: page cues, evaluation words, the phrases and English names of incident notes."""
