"""Words for places: the head nouns of place names and the prepositions that
introduce a place (written for quizgen; no outside source)."""
from __future__ import annotations

#: Head nouns of place names the small model often leaves untagged ("the Grand Mosque").
PLACE_NOUNS = frozenset("""mosque church cathedral temple synagogue chapel school university college hospital
stadium arena centre center park square street avenue road bridge airport station harbour harbor port
museum palace castle hall building tower library theatre theater hotel prison embassy market mall
plaza river lake sea ocean bay island mountain valley desert forest beach coast border province region
district county city town village capital base camp observatory""".split())

#: Prepositions whose object is a place when it is a named place ("in Oslo", "to the harbour").
PLACE_PREPS = frozenset({"in", "at", "into", "to", "from", "near", "inside", "outside", "across", "on",
                         "onto", "toward", "towards", "throughout"})
