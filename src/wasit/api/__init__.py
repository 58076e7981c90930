"""api stage(s)."""
