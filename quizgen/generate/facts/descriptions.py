"""Titles, appositions and descriptions: "Who is the Port Authority
director?", "What is the Hajj?", "Which organisation is X from?", "How did X
describe Y?" keys, and "How does the mass of X compare with that of Y?"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...lexicons.people import BODY_OR_PERSON_NOUNS
from ...lexicons.places import place_level
from ...questions import content_words
from ..clauses import is_pronoun
from ..context import Context, SentInfo, phrase_text, phrase_tokens
from .answers import WH_BY_LABEL
from .keys import Answer, entity_tokens, label_of, tagged
from .words import PERSON_NOUNS, TITLE_NOUNS

Pair = tuple[str, Answer]
_DESC_STOP = {",", ";", ":", "(", ")", "\u2014", "--", '"', "\u201c", "\u201d"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "NORP"}


def description(ctx: Context, prep: Token) -> Answer | None:
    """The description in "… as <description>" (an adjective or a noun phrase)."""
    body = [t for t in prep.subtree if t.i != prep.i]
    while body and body[-1].is_punct and body[-1].text not in {'"', "\u201d", "'"}:
        body.pop()
    words = [t for t in body if not t.is_punct]
    if not 1 <= len(words) <= 8 or any(is_pronoun(t) and t.dep_ != "poss" for t in words):
        return None
    text = ctx.text_of(body)
    quotes = sum(text.count(c) for c in '"\u201c\u201d')
    if quotes % 2:
        # 'as the spreading of "Fake news."': the closing mark hangs on the
        # sentence; the key is the words, without the lone opening mark
        body = [t for t in body if not (t.is_punct and t.text in {'"', "\u201c", "\u201d"})]
        text = ctx.text_of(body)
        if sum(text.count(c) for c in '"\u201c\u201d') % 2 or not body:
            return None
    if not any(t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in words):
        return None
    return Answer(body, text, None, "How")


def _trim_long_description(tokens: list[Token], desc_tok: Token, max_words: int) -> list[Token] | None:
    """The head noun and its first prepositional phrase ("a professor of physics …")."""
    cut = None
    for t in tokens:
        if t.i > desc_tok.i and t.dep_ == "prep":
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                cut = pobj.i
                for c in pobj.children:
                    if c.dep_ in {"compound", "amod"} and c.i > pobj.i:
                        cut = max(cut, c.i)
                break
    if cut is None:
        return None
    tokens = [t for t in tokens if t.i <= cut]
    if len([t for t in tokens if not t.is_punct]) > max_words:
        return None
    return tokens


def description_tokens(desc_tok: Token, name_tok: Token, max_words: int = 10) -> list[Token] | None:
    """The appositive description after a name: from its first word to the
    closing comma (a parse may hang its phrases on the name), trimmed to the
    head noun and its first prepositional phrase when it is long."""
    doc = desc_tok.doc
    lo = desc_tok.left_edge.i
    hi = desc_tok.i
    while hi + 1 < len(doc) and doc[hi + 1].text not in _DESC_STOP and not doc[hi + 1].is_sent_start \
            and doc[hi + 1].dep_ not in {"relcl", "acl", "cc"} \
            and (name_tok in doc[hi + 1].ancestors or desc_tok in doc[hi + 1].ancestors):
        hi += 1
    tokens = list(doc[lo:hi + 1])
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens or any(t.dep_ == "conj" and t.head.i == desc_tok.i for t in tokens):
        return phrase_tokens(desc_tok, max_words=10)
    if len([t for t in tokens if not t.is_punct]) > max_words:
        return _trim_long_description(tokens, desc_tok, max_words)
    return tokens


def comparisons(ctx: Context, info: SentInfo) -> Iterator[Pair]:
    """``X is about three times the mass of Y`` -> "How does the mass of X
    compare with that of Y?" (key: the whole comparison)."""
    for noun in info.span:
        if noun.pos_ != "NOUN" or noun.dep_ not in {"attr", "dobj"}:
            continue
        times = [t for t in noun.subtree if t.lower_ in {"times", "twice", "thrice", "half"} and t.i < noun.i]
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        other = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if not times or other is None or is_pronoun(other):
            continue
        verb = noun.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and not is_pronoun(c)]
        if not subjects or any(is_pronoun(c) for c in verb.children if c.dep_ == "nsubj"):
            continue
        subject = next((c for c in reversed(subjects) if c.pos_ == "PROPN"), subjects[-1])
        subj_tokens = phrase_tokens(subject, max_words=6)
        other_tokens = phrase_tokens(other, max_words=6)
        if not subj_tokens or not other_tokens:
            continue
        first = min(t.i for t in noun.subtree)
        key = [t for t in noun.doc[first:other_tokens[-1].i + 1]]
        if len([t for t in key if not t.is_punct]) > 10:
            continue
        stem = (f"How does the {noun.lower_} of {phrase_text(ctx, subj_tokens)} compare with that of "
                f"{phrase_text(ctx, other_tokens)}?")
        yield stem, Answer(key, ctx.text_of(key), None, "How")


def title_questions(ctx: Context, info: SentInfo) -> Iterator[Pair]:
    """``Port Authority director Ann Lee said …`` -> "Who is the Port Authority director?"."""
    for ent in info.span.ents:
        if ent.label_ != "PERSON":
            continue
        head = ent.root
        pre = [t for t in head.children if t.dep_ in {"compound", "amod", "nmod"} and t.i < ent.start]
        if not pre:
            continue
        lo = min(min(t.left_edge.i for t in pre), ent.start)
        title = [t for t in head.doc[lo:ent.start] if t.i >= info.span.start]
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in TITLE_NOUNS for t in title):
            continue
        if title and title[0].lower_ in {"the", "a", "an"}:
            title = title[1:]
        words = [t for t in title if not t.is_punct]
        if not 2 <= len(words) <= 7 or any(is_pronoun(t) for t in words) or title[-1].is_punct:
            continue
        name = [t for t in ent if not (t.is_punct and t.i in {ent.start, ent.end - 1})]
        title_text = _lower_first(ctx, title, ctx.text_of(title))
        yield f"Who is the {title_text}?", Answer(name, ctx.text_of(name), "PERSON", "Who")


def affiliation_questions(ctx: Context, info: SentInfo) -> Iterator[Pair]:
    """``Matthew Ingram of The Daily Post said …`` -> "Which organisation is
    Matthew Ingram from?" (a place: "Where is … from?")."""
    doc = info.span.doc
    for ent in info.span.ents:
        if ent.label_ != "PERSON" or ent.end >= info.span.end or doc[ent.end].lower_ != "of" \
                or doc[ent.end].head.i != ent.root.i:
            continue
        pobj = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
        tokens = phrase_tokens(pobj, keep_conj=True, max_words=8) if pobj is not None else None
        label = label_of(tokens, ctx) if tokens else None
        if label not in {"ORG", "GPE"} or any(is_pronoun(t) for t in tokens):
            continue
        name = [t for t in ent if not t.is_punct or t.text == "-"]
        wh = "Which organisation" if label == "ORG" else "Where"
        yield f"{wh} is {ctx.text_of(name)} from?", Answer(tokens, phrase_text(ctx, tokens), label, wh)


def loose_appositions(ctx: Context, info: SentInfo) -> Iterator[Pair]:
    """``… before the Hajj, the annual pilgrimage to Mecca, …`` where the parser
    hung the description on the verb: "What is the Hajj?"."""
    doc = info.span.doc
    for tok in info.span:
        if tok.dep_ not in {"npadvmod", "appos"} or tok.pos_ != "NOUN" or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        start = tok.left_edge.i + (1 if doc[tok.left_edge.i].text == "," else 0)
        if start < 2 or doc[start - 1].text != "," or doc[start].dep_ != "det" or doc[start - 2].pos_ != "PROPN":
            continue
        name = phrase_tokens(doc[start - 2], max_words=5)
        desc = [t for t in doc[start:tok.right_edge.i + 1]]
        cut = next((i for i, t in enumerate(desc) if t.text == "," and i > 0), None)
        desc = desc[:cut] if cut else desc
        words = [t for t in desc if not t.is_punct]
        if not name or not 2 <= len(words) <= 10 or any(is_pronoun(t) for t in words) \
                or any(is_pronoun(t) for t in name) or ctx.label_of(doc[start - 2]) in {"PERSON"}:
            continue
        if _name_goes_on_left(name[0]):
            continue  # "Index on Censorship": the name goes on to the left of the preposition
        yield f"What is {phrase_text(ctx, name)}?", Answer(desc, phrase_text(ctx, desc), None, "What")


def _lower_first(ctx: Context, tokens: list[Token], text: str) -> str:
    """The phrase's first letter in lower case when only the sentence start
    capitalised it (not "Italian", "US", a name)."""
    first = tokens[0]
    if text[:1].isupper() and ctx.starts_sentence(first) and first.pos_ != "PROPN" and not first.ent_type_ \
            and not (len(first.text) > 1 and first.text.isupper()):
        return text[:1].lower() + text[1:]
    return text


def _name_phrase(name_tok: Token) -> list[Token] | None:
    name = phrase_tokens(name_tok, max_words=5)
    if name is None and name_tok.ent_type_:
        name = [t for t in name_tok.doc[name_tok.left_edge.i:name_tok.i + 1]
                if t.ent_type_ == name_tok.ent_type_]  # the name without stray quote marks
        if not name or name[-1].i != name_tok.i:
            name = None
    return name


def _desc_phrase(name_tok: Token, desc_tok: Token) -> list[Token] | None:
    desc = phrase_tokens(desc_tok, max_words=10)
    if desc_tok.i > name_tok.i:
        longer = description_tokens(desc_tok, name_tok)
        if longer and (not desc or len(longer) > len(desc)):
            desc = longer
    return desc


def _apposition_pair(ctx: Context, name_tok: Token, desc_tok: Token) -> Iterator[Pair]:
    """A name and its description, asked both ways: "Who is the mayor of X?" /
    "Who is Ann Lee?"."""
    label = ctx.label_of(name_tok) or ""
    if name_tok.pos_ != "PROPN" or desc_tok.pos_ != "NOUN" or desc_tok.ent_type_ or label in _NOT_NAMES:
        return
    name, desc = _name_phrase(name_tok), _desc_phrase(name_tok, desc_tok)
    if not name or not desc or {t.i for t in name} & {t.i for t in desc}:
        return
    if label == "PERSON":
        name = entity_tokens(name_tok, name)
    if any(is_pronoun(t) for t in desc) or any(is_pronoun(t) for t in name):
        return  # "Who is Eamonn Bates? — its secretary general": whose?
    desc_text = _lower_first(ctx, desc, phrase_text(ctx, desc))
    name_text = phrase_text(ctx, name).strip('"\u201c\u201d')
    if len(content_words(desc_text)) < 2 or desc_text.lower().startswith(("this ", "that ", "these ")):
        return
    person_noun = desc_tok.lemma_.lower() in PERSON_NOUNS and desc_tok.lemma_.lower() not in BODY_OR_PERSON_NOUNS
    if person_noun and label in _BODIES:
        return  # "Lars Bartnes, the leader of …" tagged as an organisation: neither "Which organisation" nor "What"
    person = label == "PERSON" or person_noun and label not in _BODIES
    wh = "Who" if person else "What"
    verb = "are" if desc_tok.tag_ == "NNS" else "is"
    # "Cuba's health minister" and "the mayor" bring their own determiner; "Zanon worker" needs one
    owned = desc[0].pos_ == "PROPN" and any(t.tag_ == "POS" for t in desc)
    the = "" if desc[0].dep_ in {"det", "poss"} or desc[0].pos_ == "DET" or owned else "the "
    close = not person and _close_kind_label(name, desc)  # (a person's title names one: "the opposition leader")
    if close:  # "the consumer group Public Citizen": a kind, not one body the article could mean (panel 83)
        desc_text = ("an " if desc_text[4:5].lower() in "aeiou" else "a ") + desc_text[4:]
    if desc[0].lower_ in ("a", "an") or close:
        pass  # "Who is a French company?": many are; only the name -> description direction is asked
    elif person:
        yield f"Who {verb} {the}{desc_text}?", Answer(name, name_text, "PERSON" if label == "PERSON" else None, "Who")
    elif label:
        level = place_level(name_text) if label == "GPE" else None
        which = f"Which {level}" if level in {"country", "state"} else WH_BY_LABEL.get(label, "What")
        yield f"{which} {verb} {the}{desc_text}?", Answer(name, name_text, label, which)
    # and the other way round: the description is the key
    yield f"{wh} {verb} {name_text}?", Answer(desc, desc_text, None, wh)


def _close_kind_label(name: list[Token], desc: list[Token]) -> bool:
    """"the consumer group Public Citizen": "the" and a kind of body run straight
    into the name (no comma, no "of" phrase), so the description is "a consumer group"."""
    return desc[-1].i + 1 == name[0].i and desc[0].lower_ == "the" and len(desc) >= 3 \
        and all(t.dep_ in {"det", "compound", "amod"} for t in desc[:-1])


#: Labels of names that are not people: "England's exams regulator, Ofqual" asks "What is Ofqual?".
_BODIES = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def _in_list(tok: Token) -> bool:
    """"the University of Calgary, American Museum of Natural History, and
    Florida State University": an item of a list the parser read as an
    apposition (a ", and" or "and" follows it, or it has list partners)."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    nxt = [t.lower_ for t in doc[after:after + 2]]
    return any(c.dep_ == "conj" for c in tok.children) or nxt[:1] == ["and"] or nxt == [",", "and"]


def appositive_questions(ctx: Context, info: SentInfo) -> Iterator[Pair]:
    """``The president of X, Yoon Suk-Yeol, …`` -> "Who is the president of X?"."""
    yield from tagged("title", title_questions(ctx, info))
    yield from tagged("affiliation", affiliation_questions(ctx, info))
    yield from tagged("loose_apposition", loose_appositions(ctx, info))
    for tok in info.span:
        if tok.dep_ != "appos" or tok.head.i >= tok.i or _in_list(tok):
            continue
        head = tok.head
        pairs = [(head, tok), (tok, head)]
        # "the website "Wiki X", a spinoff of Y": two appositions of one noun
        pairs += [(sib, tok) for sib in head.children
                  if sib.dep_ == "appos" and sib.i < tok.i and sib.pos_ == "PROPN" and head.pos_ == "NOUN"]
        for name_tok, desc_tok in pairs:
            if not _name_goes_on_left(name_tok):
                yield from tagged("apposition", _apposition_pair(ctx, name_tok, desc_tok))


def _name_goes_on_left(tok: Token) -> bool:
    """The name is the end of a longer one ("Index on | Censorship", "Bank of |
    England"): the parser split it at the preposition."""
    doc, first = tok.doc, tok.left_edge.i
    return first >= 2 and doc[first - 1].pos_ == "ADP" and doc[first - 1].is_lower and doc[first - 2].text[:1].isupper()


def whole_quotation(tokens: list[Token]) -> list[Token]:
    """The quoted name in full: 'called the case "the World Cup of fraud"' hangs
    "of fraud" on the verb, so the key would stop at "the World Cup"."""
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i
    if tokens[0].text in {'"', "\u201c"}:
        if len(tokens) > 2 and tokens[-1].text in {'"', "\u201d"}:
            return tokens[1:-1]
        start += 1
    elif start == 0 or doc[start - 1].text not in {'"', "\u201c"}:
        return tokens
    close = next((t.i for t in doc[end + 1:min(len(doc), end + 12)] if t.text in {'"', "\u201d"}), None)
    return list(doc[start:close]) if close is not None and close > start else tokens
