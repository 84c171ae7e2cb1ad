"""Geography: the gazetteer, its build from GeoNames / Who's On First / OpenSyria."""
