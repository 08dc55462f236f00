"""When two options are the same answer for a student: equal, equated by the
article (an acronym, "better known as"), one inside the other, one the
other's initials, a formal and a short state name, or a one-letter misspelling."""
from __future__ import annotations

import functools
import unicodedata

from ..lexicons.places import same_state, speaks_for_the_state
from ..questions import normalize
from .context import Context, strip_det


@functools.lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """The text as a student would match it: no article, and no accents
    ("Neuquén" and "Neuquen" are one place spelt two ways)."""
    folded = unicodedata.normalize("NFKD", strip_det(text))
    return normalize("".join(ch for ch in folded if not unicodedata.combining(ch)))


def similar(a: str, b: str, ctx: Context | None = None) -> bool:
    """Same answer for a student: equal, equated, one inside the other, or one
    the other's initials ("UN" beside "the United Nations")."""
    if ctx is None:
        return _similar(a, b, None)
    return ctx.remembered(("similar", a, b), lambda: _similar(a, b, ctx))


def _similar(a: str, b: str, ctx: Context | None) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb or na == nb:
        return True
    if _initials_of(strip_det(a), strip_det(b)) or _initials_of(strip_det(b), strip_det(a)):
        return True
    if f" {na} " in f" {nb} " or f" {nb} " in f" {na} ":
        return True
    if ctx is not None and (ctx.equivalents(a) & ctx.equivalents(b) or
                            ctx.equivalents(ctx.full_name(a)) & ctx.equivalents(ctx.full_name(b))):
        return True  # "Londoño" and "Timochenko" beside "Rodrigo Londoño, better known as Timochenko"
    return _formal_and_short_name(na, nb) or _number_variant(na, nb) or same_state(strip_det(a), strip_det(b)) or near_spelling(na, nb) \
        or speaks_for_the_state(strip_det(a), b) or speaks_for_the_state(strip_det(b), a)


def near_spelling(a: str, b: str) -> bool:
    """Two names with a word of five letters or more that differs by one
    letter ("Takata" and "Shigehisa Takada"): side by side, students take one
    for a misprint of the other."""
    for x in a.split():
        for y in b.split():
            if len(x) >= 5 and len(x) == len(y) and x != y and sum(p != q for p, q in zip(x, y)) == 1:
                return True
    return False


def _initials_of(short: str, long: str) -> bool:
    """``short`` is an acronym spelt by ``long``'s capitalised words."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    initials = "".join(w[0] for w in long.split() if w[:1].isupper())
    if len(long.split()) > 1 and initials == letters:
        return True
    capitals = "".join(ch for ch in long if ch.isupper())  # "GSK" for "GlaxoSmithKline" (panel 83)
    return len(letters) > 2 and capitals == letters and not long.isupper()


def _number_variant(na: str, nb: str) -> bool:
    """"BC Liberal" and "BC Liberals": one name in the singular and the plural (panel 83)."""
    wa, wb = na.split(), nb.split()
    return na != nb and len(wa) == len(wb) and all(x.rstrip("s") == y.rstrip("s") for x, y in zip(wa, wb))


#: Words of a state's formal name: "the Democratic Republic of Korea" is also "North Korea".
_FORMAL = {"republic", "kingdom", "democratic", "federation", "federal", "united", "emirates",
           "commonwealth", "people", "peoples", "people's", "state", "states", "islamic", "arab",
           "socialist", "union", "of", "the", "and"}


def _formal_and_short_name(na: str, nb: str) -> bool:
    """One text is a formal state name and the other shares its distinctive
    word: students cannot tell a formal name from the short one it stands for."""
    wa, wb = set(na.split()), set(nb.split())
    if not (wa & _FORMAL - {"of", "the", "and"} or wb & _FORMAL - {"of", "the", "and"}):
        return False
    return bool((wa - _FORMAL) & (wb - _FORMAL))
