"""Turning an article into a draft deck: reading it, finding candidate cards, keeping the best."""
