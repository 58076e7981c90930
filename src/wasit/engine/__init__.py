"""engine stage(s)."""
