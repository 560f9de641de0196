"""Anki packages (``.apkg``): note types, card HTML, scheduling and the package writer."""
