"""Outputs beyond the sheet: the SQLite store, flat exports (CSV, JSON Lines), their shared
columns."""
