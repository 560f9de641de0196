"""Built-in defaults: the preset decks use, its daily limits, and the hour the study day starts."""

DEFAULT_PRESET = "default"
NEW_PER_DAY = 20
REVIEWS_PER_DAY = 200
DAY_STARTS_AT = 4  # local hour, as in Anki
