"""ingest stage(s)."""
