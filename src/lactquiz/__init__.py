"""lactquiz: spaced-repetition study of lactation and infant-health science."""

__version__ = "0.1.0"

__all__ = ["__version__"]
