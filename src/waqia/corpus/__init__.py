"""Corpora: reading inputs (files, folders, web pages), batch runs, the Dask cluster path."""
