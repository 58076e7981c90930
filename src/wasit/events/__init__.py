"""events stage(s)."""
