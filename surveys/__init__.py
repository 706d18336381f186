"""Arrives with a later issue; the app exists so the layout is in place."""
