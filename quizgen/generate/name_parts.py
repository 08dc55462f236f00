"""Half a name: a word or two the article only ever writes inside a longer
name ("Anti-Doping Agency" of "Russian Anti-Doping Agency") or as a modifier
("the BC Liberal government"), which is nothing to offer as an option."""
from __future__ import annotations

import re

from .context import Context


def only_part_of_a_name(ctx: Context, name: str) -> bool:
    """Every time the article writes ``name`` another capitalised word runs on
    from it ("Abul Maal Abdul Muhith" read as two people, "Anti-Doping Agency"
    of "Russian Anti-Doping Agency"): half a name is nothing to offer."""
    return ctx.remembered(("only_part_of_a_name", name), lambda: _only_part_of_a_name(ctx, name))


def _only_part_of_a_name(ctx: Context, name: str) -> bool:
    text = ctx.text()
    spots = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))
    if not spots:
        return False
    def runs_on(m: re.Match) -> bool:
        after = re.match(r"\s+([A-Z][\w'-]*)", text[m.end():])
        before = re.search(r"([A-Z][\w'-]*)\s+$", text[max(0, m.start() - 40):m.start()])
        word = before.group(1) if before else ""
        named_before = bool(word) and word.lower() not in _TITLE_WORDS and word not in _SENTENCE_STARTS \
            and not word.isupper() \
            and not word.endswith(("'s", "\u2019s")) and not text[:m.start()].rstrip().endswith((".", '"'))
        listed = bool(re.match(r",?\s+(?:and|&)\s+[A-Z]", text[m.end():])) and bool(
            re.search(r"\b[A-Z][\w'-]* of (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*,\s+$", text[max(0, m.start() - 60):m.start()]))
        # "the Ministry of Transport, Maritime Affairs and Communications": a name's middle (panel 65)
        inside = re.search(r"\b[A-Z][\w'-]*\s+(?:in|of|for|on)\s+(?:the\s+)?$", text[max(0, m.start() - 40):m.start()])
        # "Center for Science in the Public Interest": the name goes on to the left (panel 85)
        modifier = re.match(r"\s+([a-z]+)\b", text[m.end():])  # "the previous BC Liberal government" (panel 83)
        return bool(after and after.group(1) not in _SENTENCE_STARTS) or named_before or listed \
            or bool(modifier and modifier.group(1) in _GOVERNED_BODIES) or bool(inside)
    return all(runs_on(m) for m in spots)


#: Nouns a party or country name modifies ("the BC Liberal government", "the Labour leader"):
#: the name before them is an adjective, not a body to offer as an option.
_GOVERNED_BODIES = frozenset("government governments administration leader leadership candidate candidates "
                             "supporters voters members member official officials mp mps minister ministers "
                             "politician politicians senator senators lawmakers delegates".split())
_SENTENCE_STARTS = {"The", "A", "An", "He", "She", "It", "They", "In", "On", "At", "But", "And"}
#: Words before a name that are titles, not part of another name.
_TITLE_WORDS = {"mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary", "chief", "director", "mayor",
                "senator", "governor", "judge", "general", "captain", "coach", "professor", "prince", "king", "queen",
                "officer", "chairman", "leader", "spokesman", "spokeswoman", "spokesperson", "executive", "head",
                "ceo", "mp", "senior", "deputy", "vice", "sir", "lord", "lady", "saint", "st"}
