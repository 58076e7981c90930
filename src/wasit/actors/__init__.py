"""actors stage(s)."""
