"""Places: place mentions, their role in the event, and geocoding against the gazetteer."""
