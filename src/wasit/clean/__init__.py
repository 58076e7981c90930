"""clean stage(s)."""
