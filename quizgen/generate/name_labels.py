"""Labels the article itself gives names, whatever the model tagged: a name
never used as a place is no place ("a medal from Barack Obama"), and an
apposition says what a name is ("SK Sharif, senior deputy director …" is a
person, "COVID-19, the respiratory disease …" a thing)."""
from __future__ import annotations

from ..lexicons.people import AGENT_SUFFIX, INSTITUTION_NOUNS, NOT_PERSON, PERSON_NOUNS
from ..lexicons.places import PLACE_NOUNS, is_capital, place_level
from ..questions import normalize
from .context import Context, strip_det

#: Prepositions that put a named place as their object ("in Stockholm", "near
#: Guiuan"); "from" is left out ("a medal from Barack Obama").
_AT_PLACE = frozenset("in at into to near inside outside across onto toward towards throughout within "
                      "around off via".split())


#: Words whose "from" names a giver or a source, not a place of origin.
_FROM_A_SOURCE = frozenset("""
receive get hear learn obtain accept buy win take inherit borrow request letter message call support
award medal prize donation gift help advice praise criticism quote
""".split())


def unattested_places(ctx: Context) -> set[str]:
    """Names tagged as places that the article never uses as one: no "in X",
    "the town of X", "X province", and no country, state or region of the
    gazetteer.  The model tags "Barack Obama", "Sappho" or a storm's local
    name as places; offered for "Where …?" they are absurd."""
    tagged = {normalize(strip_det(m.text)) for m in ctx.mentions if m.label in {"GPE", "LOC"}}
    placed: set[str] = set()
    for info in ctx.sents:
        for ent in info.span.ents:
            if _used_as_place(ent.root):
                placed.add(normalize(strip_det(ent.text)))
    return {n for n in tagged - placed if not place_level(n) and not is_capital(n)}


def _used_as_place(root) -> bool:
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "on the islands of Leyte and Samar"
    head = root.head
    if root.dep_ == "pobj":
        if head.lower_ == "from":  # "troops from Hamhung", not "a medal from Barack Obama"
            return head.head.lemma_.lower() not in _FROM_A_SOURCE
        return head.lower_ in _AT_PLACE or (head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS)
    if root.dep_ in {"compound", "poss", "nmod", "appos"}:
        return head.lemma_.lower() in PLACE_NOUNS or head.lemma_.lower() in {"resident", "mayor", "governor"}
    return False


def labels_by_apposition(ctx: Context) -> dict[str, str]:
    """What the article says a name is: "SK Sharif, senior deputy director of
    health services," is a person, "Wajir, a district in the north," a place,
    whatever the model tagged them."""
    out: dict[str, str] = {}
    for info in ctx.sents:
        for ent in info.span.ents:
            if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}:
                continue
            root = ent.root
            described = _described_after(ent)
            if ent.label_ in {"PERSON", "ORG"} and described is not None and described.lemma_.lower() in THING_NOUNS:
                out[normalize(strip_det(ent.text))] = "PRODUCT"  # "COVID-19, the respiratory disease …"
                continue
            nouns = [c for c in root.children if c.dep_ in {"appos", "compound"} and c.pos_ == "NOUN"]
            if root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN":
                nouns.append(root.head)  # "the Wembley stadium", "the club, Chelsea"
            for noun in nouns:
                lemma = noun.lemma_.lower()
                name = normalize(strip_det(ent.text))
                if lemma in PERSON_NOUNS or (AGENT_SUFFIX.search(lemma) and lemma not in NOT_PERSON):
                    if root.dep_ == "compound" and noun.i == root.head.i:
                        continue  # "FARC leaders", "Samsung executives": the name is whose they are
                    out[name] = "PERSON"
                elif lemma in PLACE_NOUNS or lemma in {"country", "nation"}:
                    out[name] = "FAC" if root.dep_ == "compound" and lemma in PLACE_NOUNS else "GPE"
                elif lemma in INSTITUTION_NOUNS and lemma not in PLACE_NOUNS and not place_level(name):
                    out[name] = "ORG"  # not "Italy, the worst-affected country": a country stays a place
                elif ent.label_ == "PERSON" and noun.i < root.i and lemma in THING_NOUNS | WORK_NOUNS:
                    out[name] = "WORK_OF_ART"  # "her graphic novel Angel Catbird": a named thing
                    # (not "Egyptian producer Baher Mohamed": a role noun names a person)
                elif ent.label_ in {"PERSON", "ORG"} and noun.dep_ == "appos" and lemma in THING_NOUNS:
                    out[name] = "PRODUCT"  # "Pokémon Go, a mobile game that …": no person to offer
    return out


def _described_after(ent):
    """The head noun of "X, the respiratory disease …" right after the name,
    however the parse attached it (None if no ", the/a …" follows)."""
    doc = ent.doc
    i = ent.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"the", "a", "an"}:
        return None
    for tok in doc[i + 2:min(len(doc), i + 6)]:
        if tok.pos_ == "NOUN":
            return tok
        if tok.pos_ not in {"ADJ", "ADV", "PUNCT"}:
            return None
    return None


#: Nouns before a name that make it a creative work ("the play Hamlet").
WORK_NOUNS = frozenset("play opera poem painting sculpture documentary musical comic cartoon character".split())

#: Nouns an apposition uses for a named thing the model may tag as a person.
THING_NOUNS = frozenset("""
game app application program programme software system device phone vaccine drug medicine product brand model
film movie book novel song album series show ship boat plane aircraft car vehicle robot satellite probe
spacecraft rocket telescope website platform tool virus disease storm hurricane typhoon
""".split())
