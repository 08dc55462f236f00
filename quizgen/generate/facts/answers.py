"""Key extraction: the phrase a fact question asks for, its entity label and
the wh-phrase that asks for it ("Who", "How many agents", "Which website")."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicons.people import INSTITUTION_NOUNS, PERSON_SUFFIX, names_people
from ...lexicons.places import ADMINISTRATIVE_AREAS, CELESTIAL_BODIES, INSTRUMENT_NOUNS, place_level
from ...lexicons.quantities import COUNTED_CATEGORIES
from ...lexicons.speech import SAYING
from ...lexicons.stance import STANCE_VERBS
from ...questions import content_words, normalize
from ..agents import names_a_body
from ..aliases import expands_an_acronym, spelled_out_in_common_words
from ..clauses import common_word, is_pronoun
from ..context import (
    FIGURE_LABELS,
    NUMBER_LABELS,
    Context,
    phrase_text,
    phrase_tokens,
)
from ..kinds import label_for
from .amounts import number_wh
from .appositions import appositive_name, named_by_apposition
from .keys import Answer, entity_tokens, label_of
from .wh_words import as_law, predicated_thing
from .key_cuts import (BACK_REFERENCE, DEMONSTRATIVES, core_phrase, cut_name, drops_a_defining_clause,
                       drops_an_infinitive, glued_phrases, without_medium, without_person_tail)
from .words import (
    AGENT_OBJECT_VERBS,
    EVENT_NOUNS,
    EVENT_OBJECT_VERBS,
    EVENT_VERBS,
    GENERAL_NOUNS,
    GENERIC_KINDS,
    GROUP_NOUNS,
    MADE_OR_OWNED,
    NAMING,
    PERSON_NOUNS,
    REACTION_CARRIERS,
    REACTION_NOUNS,
    STATE_VERBS,
    TITLE_NOUNS,
    UNNAMED_PEOPLE,
    VAGUE_PEOPLE,
)

WH_BY_LABEL = {"PERSON": "Who", "ORG": "Which organisation", "GPE": "Which place", "LOC": "Which place",
               "FAC": "Which place", "NORP": "Which group", "EVENT": "Which event",
               "PRODUCT": "What", "WORK_OF_ART": "What", "LAW": "Which law", "LANGUAGE": "Which language"}


#: Nouns of a share of something: with "only" before them, the "only" is the point.
_PARTS = frozenset("part portion fraction share handful minority few bit percentage proportion".split())


def _key_tokens(ctx: Context, head: Token) -> list[Token] | None:
    """The argument's phrase (or its core) as a key; None with a pronoun or a leading "this"."""
    tokens = phrase_tokens(head, keep_conj=True, max_words=9) or core_phrase(head)
    if tokens is None or drops_an_infinitive(head, tokens) or drops_a_defining_clause(tokens):
        return None
    tokens = with_name_tag(head, tokens)
    while len(tokens) > 1 and tokens[0].lower_ in {"only", "just", "even"} and tokens[0].dep_ == "advmod":
        if head.lemma_.lower() in _PARTS:
            return None  # "only a small part of the area was excavated": without "only" the key says the opposite
        tokens = tokens[1:]  # "only the Australian Capital Territory": the focus word is no part of the answer
    if any(is_pronoun(t) and t.dep_ != "poss" for t in tokens if t.dep_ not in {"det"}) \
            or any(t.lower_ in DEMONSTRATIVES for t in tokens[:1]):
        return None
    if label_for(ctx, head) == "PERSON" and head.pos_ == "PROPN":
        tokens = entity_tokens(head, tokens)
    elif head.pos_ == "PROPN" and head.ent_type_ in _NAME_TYPES and _common_noun_before_name(head, tokens):
        tokens = entity_tokens(head, tokens)  # "organization Comic Corps of Canada" -> the name
    return tokens


_NAME_TYPES = {"ORG", "GPE", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"}


def _common_noun_before_name(head: Token, tokens: list[Token]) -> bool:
    """A lower-case noun right before the name inside the phrase ("the charitable
    organization Comic Corps of Canada"): kept, the key's form gives it away
    among options that are names alone."""
    first = next((t for t in tokens if t.ent_type_ == head.ent_type_ and t.ent_iob_ == "B"), None)
    return first is not None and first.i > 0 and tokens[0].i < first.i and \
        head.doc[first.i - 1].pos_ == "NOUN" and head.doc[first.i - 1].is_lower


_CAMPAIGNS = frozenset("campaign movement coalition alliance initiative".split())
_QUANTITY_HEADS = frozenset("""several many some most all none few each one two three both share number majority
minority proportion third half quarter fraction handful""".split())


def _people_by_context(head: Token) -> bool:
    """A phrase the tagger left without a label that the sentence shows to be
    people: a name with a person noun in apposition ("Laurent Wauquiez, leader
    of …"), or "several of the women"."""
    if head.pos_ == "PROPN" and any(c.dep_ == "appos" and (c.lemma_.lower() in PERSON_NOUNS or c.lemma_.lower()
                                                           in GROUP_NOUNS | _CAMPAIGNS) for c in head.children):
        return True  # "Block Sidewalk, a residents' campaign, welcomed …"
    if head.lower_ in _QUANTITY_HEADS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return of is not None and any(c.dep_ == "pobj" and c.lemma_.lower() in PERSON_NOUNS for c in of.children)
    return False


def _raised(subject: Token) -> bool:
    """"Governments … are expected to watch closely": the passive's subject does
    the infinitive, so it is a "Who" (panel 49 read "What is expected to watch …?")."""
    verb = subject.head
    return verb.lemma_.lower() in {"expect", "say", "believe", "think", "report", "set", "schedule", "allow"} \
        and any(c.dep_ == "xcomp" for c in verb.children)


def _speaking_verb(verb: Token) -> bool:
    """A verb of saying or of taking a stance ("argued", "welcomed", "accused"),
    whose subject is someone, not something (documents aside: "the report
    argued" has a common noun as subject)."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in SAYING or lemma in STANCE_VERBS)


def _named_wh(head: Token, label: str | None, role: str) -> str | None:
    """The wh-phrase for an argument that is not an amount (None: not asked)."""
    if label == "DATE" or label == "TIME":
        return None  # dates are asked through "When" on their phrase, not as arguments
    if head.lower_ in CELESTIAL_BODIES or head.lower_ in INSTRUMENT_NOUNS:
        return "What"  # "What must a planet orbit? — the Sun"; "What had failed to detect it? — the Spitzer Space Telescope"
    if label == "PERSON" or (label is None and names_people(head.lemma_.lower())):
        return "Who"
    if head.pos_ == "PROPN" and head.lower_ in ADMINISTRATIVE_AREAS and label in {None, "ORG", "GPE", "LOC"}:
        return f"Which {head.lower_}"  # "Which territory voted in favour? — the Australian Capital Territory"
    if label is None and _people_by_context(head):
        return "Who"  # "Laurent Wauquiez, leader of …" untagged; "several of the women detained"
    if label is None and head.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.i < head.i and c.lower_ in TITLE_NOUNS for c in head.children):
        return "Who"  # "Mayor Ana Ruiz" with the name untagged: a title shows a person
    if label is None and head.pos_ == "PROPN" and role == "subject" and _speaking_verb(head.head):
        return "Who"  # "Ndung'u argued …", "Block Sidewalk welcomed …": untagged, but names that speak
    if label is None and head.pos_ == "NOUN" and role == "subject" and PERSON_SUFFIX.search(head.lemma_.lower()) \
            and (_speaking_verb(head.head) or head.head.lemma_.lower() in {"express", "voice"}):
        return "Who"  # "tourism operators expressed concern": people who speak (panel 72: "What expressed …?")
    level = place_level(head.text) if label == "GPE" else None
    if level in {"country", "state"}:
        return f"Which {level}"  # "Which state is expecting waves …? — Hawaii", "Which country … persuade?"
    if label in {"ORG", "PRODUCT"} and head.dep_ == "nsubjpass" and head.head.lemma_.lower() in MADE_OR_OWNED:
        return "What"  # "What is partly owned by Nintendo? — The Pokémon Company"
    if (label in {"ORG", "GPE", "NORP"} or label is None and head.lemma_.lower() in GROUP_NOUNS) \
            and role in {"subject", "agent", "dative"} and (head.dep_ != "nsubjpass" or _raised(head)) \
            and not (label is None and head.head.lemma_ in STATE_VERBS):
        return "Who"  # "Who denied …? — the government": a body acts (not "Who would be run …?", "Who will stay closed?")
    if role == "object" and (label in {"ORG", "PRODUCT", "NORP"} or label is None and head.lemma_.lower() in GROUP_NOUNS) \
            and head.head.lemma_.lower() in AGENT_OBJECT_VERBS:
        return "Who"  # "Who did politicians accuse of hiding the risk? — Sanofi", "— the Russian authorities"
    if role == "object" and label in {"GPE", "LOC"} and head.head.lemma_.lower() in AGENT_OBJECT_VERBS:
        return None  # "accused Brussels of targeting US companies": a city standing for a government
    if head.pos_ == "NOUN" and head.text.islower() and any(
            c.i < head.i and c.dep_ in {"compound", "amod"} and (c.pos_ == "PROPN" or c.ent_type_)  # no owner (panel 80)
            and c.ent_type_ not in FIGURE_LABELS for c in head.children):  # not "the 157-year-old section"
        nouns = [t for t in head.children if t.pos_ == "NOUN" and t.dep_ == "compound" and t.i < head.i
                 and head.doc[t.i - 1].text != "-"]  # not "Which month delay" of "the six-month delay"
        if any(c.ent_type_ == "NORP" for c in head.children if c.i < head.i) \
                and not any(t.lemma_ == head.lemma_ and t.i != head.i for t in head.doc):
            return "What"  # "Which pound rose? — the British pound": with one pound in the article, "which" gives it away
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if len(nouns) == 1 and names and nouns[0].i < min(n.i for n in names):
            return f"Which {nouns[0].lower_}"  # "the bacterium Listeria monocytogenes": a kind, then its name (panel 53)
        return "Which " + " ".join([t.lower_ for t in nouns] + [head.lower_])
    if head.lemma_.lower() in EVENT_NOUNS or role == "object" and head.head.lemma_.lower() in EVENT_OBJECT_VERBS \
            and label in {"ORG", "EVENT", "GPE", None}:
        return "What"  # "the National Robotics Championship" is won, not an organisation; "miss the Tour de France"
    if label == "LAW" and head.lemma_.lower() not in {"law", "act", "bill", "statute"}:
        return "What"  # "What did the ban go against? — the Olympic Charter": a charter is no law
    if label == "ORG" and not names_a_body(head.lower_):
        return "What"  # "What is paid by producers? — the Soft Drinks Industry Levy": a levy is no organisation
    if label in WH_BY_LABEL:
        return WH_BY_LABEL[label]
    if label in NUMBER_LABELS:
        return None
    if role == "dative":
        return None  # "offer computer makers a version": a recipient is someone, not a "What"
    return "What"


def answer_for(ctx: Context, head: Token, role: str) -> Answer | None:
    """Key and wh-phrase for the argument headed by ``head`` (None if unaskable)."""
    if is_pronoun(head) or head.pos_ in {"DET", "ADP", "VERB", "AUX"}:
        return None
    named = named_by_apposition(ctx, head) or appositive_name(ctx, head)
    if named is not None:
        return named
    tokens = _key_tokens(ctx, head)
    if tokens is None:
        return None
    label = as_law(label_for(ctx, head), head)
    if label is None and head.pos_ == "PROPN":
        # "Ana Ruiz and Tom Becker" with only the second name tagged: the list is of people
        label = next((label_for(ctx, c) for c in head.children if c.dep_ == "conj" and c.ent_type_), None)
    if _mixed_list(ctx, head, label):
        return None  # "the European Central Bank, Denmark, Sweden and Switzerland": no one wh-word (panel 64)
    wh = number_wh(head, tokens, label_of(tokens, ctx))
    keep: set[int] = set()
    if wh is not None and (_definite_count(tokens) or _split_count(head)):
        return None  # "the six remaining libraries": a count the reader already has, not the fact asked (panel 77)
    if wh is not None:
        tokens, keep = cut_number_tail(head, tokens)
        tokens = _with_number_particle(tokens)
        if label not in NUMBER_LABELS:
            label = label_of(tokens, ctx) if label_of(tokens, ctx) in NUMBER_LABELS else "CARDINAL"
    else:
        wh = _named_wh(head, label, role)
        if wh is None:
            return None
        tokens, keep = without_medium(tokens)
        if label == "PERSON":
            tokens, keep = without_person_tail(head, tokens, keep)
        tokens = _without_asked_kind(tokens, wh)
    if glued_phrases(tokens) or cut_name(tokens):
        return None
    text = phrase_text(ctx, tokens)
    words = len(content_words(text))
    if words == 0 or wh == "What" and label is None and words < 2:
        return None  # "plans", "the situation": too vague to be a key
    if wh == "Who" and label is None and role in {"subject", "agent"} and tokens[0].lower_ in {"a", "an", "one"} \
            and head.lemma_.lower() in INSTITUTION_NOUNS | UNNAMED_PEOPLE:
        return None  # "— a European authority" (a student names the body), "— a resident of Titusville" (panel 81)
    if wh == "Who" and label is None and words < 2 and head.lemma_.lower() in VAGUE_PEOPLE:
        return None  # "the group", "the team": which one?
    if label is None and _names_no_one(head, tokens):
        return None  # "scientific bodies", "the necessary legislation": which ones? (panels 53-62)
    if label is None and words < 2 and head.pos_ == "NOUN" and head.lower_ in ctx.name_heads():
        return None  # "the authority" for "the Environmental Protection Authority": the name is the answer
    if head.lower_ in COUNTED_CATEGORIES and any(c.dep_ == "nummod" for c in head.children):
        return None  # "two very different groups": which groups is the point, the key does not say
    if label in {None, "CARDINAL"} and BACK_REFERENCE.match(text.lower()):
        return None  # "members of the groups", "both men": which, the paragraph before said
    if wh.startswith("Which ") and head.lower_ in wh.lower().split() and _one_common_word_more(ctx, head, tokens):
        return None  # "Which beams …? — Laser beams" (panel 77: obvious); "each X" keys: filters._CONTENTLESS_KEYS
    return Answer(tokens, text, label, _wh_by_the_article(ctx, head, label, text, wh), keep)


def _one_common_word_more(ctx: Context, head: Token, tokens: list[Token]) -> bool:
    """The key adds one common word to the noun a "Which" stem already names
    ("Which beams measure …? — Laser beams"): the stem all but gives it away."""
    others = [t for t in tokens if t.i != head.i and not t.is_punct and t.dep_ != "det"]
    return len(others) <= 1 and not any(
        t.like_num or t.pos_ == "PROPN" and not (ctx.starts_sentence(t) and common_word(ctx, t)) for t in others)


def _split_count(head: Token) -> bool:
    """"found ten wounds, eight of them to the skull": the sentence splits the
    count, and the stem would ask "How many wounds … to the skull? — ten" (panel 79)."""
    return any(c.dep_ == "appos" and any(p.lower_ == "of" and any(o.lower_ in {"them", "which", "whom"}
                                                                   for o in p.children) for p in c.children)
               for c in head.children)


def _definite_count(tokens: list[Token]) -> bool:
    """A number after "the", "these" or a possessive ("the six remaining
    libraries", "its 12 members"): it names a set the article has counted already."""
    first_number = next((t for t in tokens if t.like_num), None)
    return first_number is not None and any(
        t.i < first_number.i and (t.lower_ in {"the", "these", "those"} or t.dep_ == "poss") for t in tokens)


def _wh_by_the_article(ctx: Context, head: Token, label: str | None, text: str, wh: str) -> str:
    """``wh`` corrected by what the article shows of the key and its verb."""
    if wh == "What" and label is None and head.pos_ == "PROPN" and normalize(head.text) in ctx.surnames:
        wh = "Who"  # "Baher Mohamed" untagged here, a person elsewhere in the article
    if wh == "What" and label is None and head.dep_ == "nsubj" and _speaking_verb(head.head) \
            and expands_an_acronym(ctx.aliases, text):
        wh = "Who"  # "Transport for London (TfL), which owns …, said": an abbreviated name that speaks (panel 70)
    if wh == "Who" and label != "PERSON" and head.text.isupper() and spelled_out_in_common_words(ctx.text(), head.text):
        wh = "What"  # "AV" of "the alternative vote (AV)": a thing (panel 70)
    crafts = ctx.remembered(("craft_names",), lambda: _craft_names(ctx))
    if wh == "Who" and head.pos_ == "PROPN" and head.lower_ in crafts:
        wh = "What"  # "Vikram" after "its Vikram lander": a craft, not a person (panel 93)
    verb = head.head
    if wh == "Who" and (verb.lemma_.lower() in EVENT_VERBS or verb.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        wh = "What"  # "What took place at the centre?": events happen, people do not "take place"
    if wh == "Who" and predicated_thing(verb):
        wh = "What"  # "Who is a serious problem for farmers? — Bovine TB" (panel 54)
    return wh


def _craft_names(ctx: Context) -> frozenset[str]:
    """Names the article gives a craft or instrument ("its Vikram lander",
    "Vikram, the lander", "a rover called Pragyan"), lower-cased."""
    names = set()
    for doc in ctx.article.docs:
        for tok in doc:
            if tok.pos_ != "PROPN":
                continue
            head = tok.head
            if tok.dep_ in {"compound", "appos"} and head.lower_ in INSTRUMENT_NOUNS or tok.dep_ == "oprd" and \
                    head.dep_ == "acl" and head.head.lower_ in INSTRUMENT_NOUNS or any(
                    c.dep_ == "appos" and c.lower_ in INSTRUMENT_NOUNS for c in tok.children):
                names.add(tok.lower_)
    return frozenset(names)


def _names_no_one(head: Token, tokens: list[Token]) -> bool:
    """A bare plural of a kind of people or body with only adjectives
    ("scientific bodies", "local officials"), or a general noun with only a
    determiner and adjectives ("the necessary legislation", "a new system")."""
    lemma = head.lemma_.lower()
    if head.tag_ == "NNS" and lemma in GENERIC_KINDS and all(c.dep_ == "amod" for c in head.children):
        return True
    return lemma in GENERAL_NOUNS and all(c.dep_ in {"det", "amod"} or c.dep_ == "poss" and is_pronoun(c)
                                          for c in head.children if c in tokens)


def _mixed_list(ctx: Context, head: Token, label: str | None) -> bool:
    """A list of names of different kinds: a bank beside countries, a person beside a company."""
    kinds = {label} | {label_for(ctx, t) for t in head.subtree if t.dep_ == "conj" and t.head.i in
                       {head.i} | {c.i for c in head.subtree if c.dep_ == "conj"} and t.ent_type_}
    kinds.discard(None)
    return len({"place" if k in {"GPE", "LOC", "FAC"} else k for k in kinds}) > 1


def _without_asked_kind(tokens: list[Token], wh: str) -> list[Token]:
    """"Which bacterium …? — Listeria monocytogenes", not "— the bacterium
    Listeria monocytogenes": the kind the stem names leaves the key."""
    words = wh.split()
    if len(words) != 2 or words[0] != "Which":
        return tokens
    kind = next((i for i, t in enumerate(tokens) if t.lower_ == words[1] and t.dep_ == "compound"), None)
    rest = tokens[kind + 1:] if kind is not None else []
    return rest if rest and all(t.pos_ == "PROPN" or t.ent_type_ for t in rest[:1]) else tokens


def _with_number_particle(tokens: list[Token]) -> list[Token]:
    """"kill around a million Indians" with "around" read as the verb's
    particle: it belongs to the count (panel 62: "How many Indians do
    cigarettes kill around every year?")."""
    first = tokens[0]
    prev = first.doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.dep_ == "prt" and prev.lower_ in {"around", "about"}:
        return [prev, *tokens]
    return tokens


def object_answer(ctx: Context, obj: Token) -> Answer | None:
    """The object's key; a bare noun followed by the verb's "for/of/on/about"
    phrase takes it ("pay taxes for property and local services": the small
    model hangs the phrase on the verb, but it says which taxes)."""
    if obj.lemma_.lower() in REACTION_NOUNS and obj.head.lemma_.lower() in REACTION_CARRIERS:
        return None  # "What did shoppers in Paris give? — mixed reactions"
    ans = answer_for(ctx, obj, "object")
    if ans is not None or obj.pos_ != "NOUN" or list(obj.children):
        return ans
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != obj.head.i or nxt.lower_ not in {"for", "of", "on", "about"}:
        return None
    tokens = [obj, *nxt.subtree]
    words = [t for t in tokens if not t.is_punct]
    if len(words) > 8 or any(is_pronoun(t) for t in words) or label_of(tokens, ctx) in {"DATE", "TIME"}:
        return None
    return Answer(tokens, phrase_text(ctx, tokens), None, "What")


def with_name_tag(head: Token, tokens: list[Token]) -> list[Token]:
    """"a user labelled "Anonymous"": a short naming participle stays in the key."""
    if not tokens or tokens[-1].i != head.i:
        return tokens
    for child in head.children:
        if child.dep_ == "acl" and child.i == head.i + 1 and child.lemma_.lower() in NAMING:
            sub = list(child.subtree)
            words = [t for t in sub if not t.is_punct]
            texts = [t.text for t in sub]
            if 1 < len(words) <= 4 and texts.count('"') % 2 == 0 and sub[-1].i == child.right_edge.i:
                return tokens + sub
    return tokens


def cut_number_tail(head: Token, tokens: list[Token]) -> tuple[list[Token], set[int]]:
    """"about 80 people in the town of X" -> key "about 80 people"; the place stays in the stem
    (not a participle set off by a comma: "cost 3.9 billion dollars, shared among the partners")."""
    for child in head.children:
        if child.dep_ == "acl" and child.i > head.i and head.doc[child.left_edge.i - 1].text == ",":
            kept = [t for t in tokens if t.i < child.left_edge.i - 1]
            if kept:
                return kept, set()  # the remark leaves key and stem alike
        if child.dep_ in {"prep", "acl", "relcl"} and child.i > head.i and child.lower_ != "of":
            cut = {t.i for t in child.subtree}
            kept = [t for t in tokens if t.i < child.i]
            while kept and kept[-1].is_punct:
                kept.pop()
            if kept:
                return kept, cut
    return tokens, set()
