"""What every generator needs from the one parse of an article.

``Context`` maps sentences to spaCy spans, collects the article's entities by
type (the first source of distractors), equates acronyms with the expansions
the article gives for them, and resolves he/she to the person last named.
Text shown to students is always sliced from the original paragraph, so keys
and evidence keep the article's own quotes and apostrophes.
"""
from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from lemminflect import getAllLemmas
from spacy.tokens import Doc, Span, Token

from ..articles.parse import ParsedArticle, Sentence
from ..lexicons.people import NAME_TITLES, party_before_office
from ..lexicons.quantities import BARE_RELATIVE_TIMES, date_like
from ..nlp import entity_at
from ..questions import Evidence, normalize
from .aliases import acronyms, expands_an_acronym, known_as, strip_det

log = logging.getLogger(__name__)

#: Entity labels we build questions and distractors from.
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL",
                 "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: Labels of figures and dates: a swap or key of these tests memory of a number.
FIGURE_LABELS = frozenset(NUMBER_LABELS | {"DATE", "TIME", "ORDINAL"})
PERSONAL_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me",
                     "this", "that", "these", "those", "one", "someone", "who", "which", "there"}


@dataclass
class Mention:
    text: str          # original text
    label: str
    sentence: int      # index into Context.sents
    start: int         # char offsets in the paragraph
    end: int


@dataclass
class SentInfo:
    index: int
    sentence: Sentence
    span: Span

    @property
    def paragraph(self) -> int:
        return self.sentence.paragraph


@dataclass
class Context:
    article: ParsedArticle
    sents: list[SentInfo] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    title_words: set[str] = field(default_factory=set)
    attribution_error: Exception | None = None
    # Corrections of the model's entity labels, found by build_context (see label_of)
    place_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    person_words: set[str] = field(default_factory=set)  # one-word names shown to be people's
    group_names: set[str] = field(default_factory=set)
    # Lookups built once by build_context / index_mentions
    _doc_index: dict[int, int] = field(default_factory=dict, repr=False)
    _starts: set[tuple[int, int]] = field(default_factory=set, repr=False)
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict, repr=False)
    _attributions: list | None = field(default=None, repr=False)
    #: Answers worked out once per article (keyed by the asking function's name and argument).
    memo: dict = field(default_factory=dict, repr=False)

    # ----------------------------------------------------------------- text
    def tok_text(self, tok: Token) -> str:
        """The token as the article wrote it (curly quotes kept)."""
        para = self.article.paragraphs[self._para_of(tok)]
        return para[tok.idx:tok.idx + len(tok.text)]

    def _para_of(self, tok: Token) -> int:
        return self._doc_index[id(tok.doc)]

    def text_of(self, tokens: list[Token]) -> str:
        """Join tokens in order with the article's own spacing."""
        tokens = sorted(set(tokens), key=lambda t: t.i)
        if not tokens:
            return ""
        para = self.article.paragraphs[self._para_of(tokens[0])]
        out = []
        for n, tok in enumerate(tokens):
            out.append(para[tok.idx:tok.idx + len(tok.text)])
            if n + 1 < len(tokens):
                nxt = tokens[n + 1]
                contiguous = nxt.i == tok.i + 1
                out.append(tok.whitespace_ if contiguous else " ")
        return tidy("".join(out))

    def normalized_text(self) -> str:
        if not hasattr(self, "_normalized"):
            self._normalized = normalize(" ".join(self.article.paragraphs))
        return self._normalized

    def text(self) -> str:
        """The article's paragraphs as one string (joined once, read by many checks)."""
        if not hasattr(self, "_text"):
            self._text = " ".join(self.article.paragraphs)
        return self._text

    def times_after_determiner(self, name: str, possessive: bool = False) -> tuple[int, int]:
        """(how often the article writes ``name`` after "the" — or a possessive
        when ``possessive`` — , how often it writes it at all)."""
        before = r"[Tt]he|[A-Za-z]+['\u2019]s" if possessive else r"[Tt]he"
        pattern = re.compile(r"(\b(?:" + before + r")\s+)?(?<![\w-])" + re.escape(name) + r"\b")
        found = [m.group(1) is not None for m in pattern.finditer(self.text())]
        return sum(found), len(found)

    def starts_sentence(self, tok: Token) -> bool:
        return (self._para_of(tok), tok.idx) in self._starts

    def span_text(self, start_tok: Token, end_tok: Token) -> str:
        para = self.article.paragraphs[self._para_of(start_tok)]
        return para[start_tok.idx:end_tok.idx + len(end_tok.text)]

    def evidence(self, info: SentInfo) -> Evidence:
        s = info.sentence
        return Evidence(s.paragraph, s.start, s.end, s.text)

    # ----------------------------------------------------------------- lookups
    def label_of(self, tok: Token) -> str | None:
        """The token's entity label, corrected where the article shows better:
        person-tagged place names are GPE; a name with a digit ("KELT-9",
        "Cloud9") is not a person; a one-word organisation or place that is a
        named person's surname ("Gaudi" beside "Scott Gaudi") is a person."""
        label = tok.ent_type_ or None
        if (label is None or label in {"ORDINAL", "DATE"} and not date_like(tok.text)) and tok.pos_ == "PROPN" and \
                not any(c.dep_ == "compound" for c in tok.children) and normalize(tok.text) in self.person_words:
            return "PERSON"  # "banned Sreesanth for life" read as an ordinal or a date, after "S. Sreesanth"
        if label is None:
            return None
        ent = entity_at(tok)
        text = normalize(ent.text) if ent is not None else ""
        if label == "PERSON" and text in self.place_names:
            return "GPE"
        if label == "PERSON" and any(ch.isdigit() for ch in text):
            return "PRODUCT"
        one_word = ent is not None and " " not in ent.text.strip()
        if label == "ORG" and one_word and text in self.surnames:
            return "PERSON"
        if label in {"ORG", "GPE", "LOC", "FAC"} and one_word and text in self.person_words:
            return "PERSON"
        if label == "PERSON" and text in self.group_names:
            return "ORG"
        if label in {"DATE", "TIME"} and ent is not None and not date_like(ent.text):
            return None  # "in Montevideo on Friday": the model's DATE tag on a place
        return label

    def mentions_of(self, labels: set[str]) -> list[Mention]:
        return [m for m in self.mentions if m.label in labels]

    def attributions(self) -> list:
        """Who says what in the article, found once for the stance and fact
        generators alike; an analysis bug leaves it empty and its exception in
        ``attribution_error`` (questions of every other kind still come)."""
        if self._attributions is None:
            from ..analysis import find_attributions
            try:
                self._attributions = find_attributions(self.article)
            except Exception as exc:  # the fact engine must survive an analysis bug
                log.exception("attribution analysis failed")
                self.attribution_error = exc
                self._attributions = []
        return self._attributions

    def opinions(self) -> list:
        """The sentences :func:`quizgen.analysis.find_opinions` reads as opinions,
        found once per article (empty when the analysis fails)."""
        def find() -> list:
            from ..analysis import find_opinions
            try:
                return find_opinions(self.article, attributions=self.attributions())
            except Exception:  # the fact engine must survive an analysis bug
                log.exception("opinion analysis failed")
                return []
        return self.remembered(("opinions",), find)

    def mentions_in(self, sent_index: int) -> list[Mention]:
        """The entity mentions of one sentence (see :meth:`index_mentions`)."""
        return self._by_sentence.get(sent_index, [])

    def index_mentions(self) -> None:
        """Index the mentions by sentence; call again after changing ``mentions``."""
        self._by_sentence = {}
        for m in self.mentions:
            self._by_sentence.setdefault(m.sentence, []).append(m)

    def remembered(self, key: tuple, compute):
        """``compute()`` worked out once per article for ``key`` (a tuple naming
        the question and its arguments), then read from :attr:`memo`."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    def home_place(self) -> str:
        """Where the story happens: the place mentioned most (a headline's place twice more), at least
        three times and more than any other, normalised; "" when none stands out."""
        def count() -> str:
            counts = Counter(normalize(m.text) for m in self.mentions_of({"GPE"}))
            counts = (counts + Counter({p: 2 for p in counts if set(p.split()) - {"the"} <= self.title_words})).most_common(2)
            if not counts or counts[0][1] < 3 or len(counts) > 1 and counts[1][1] == counts[0][1]:
                return ""
            return counts[0][0]
        return self.remembered(("home_place",), count)

    def name_heads(self) -> set[str]:
        """Capitalised words of the article's organisation names, lower-cased
        ("authority" of "the Environmental Protection Authority", "federation" of
        "the Vintners' Federation of Ireland"): "the federation" is one of them."""
        return self.remembered(("name_heads",), lambda: {w.lower() for m in self.mentions
                                                         if m.label == "ORG" and len(m.text.split()) > 1
                                                         for w in m.text.split() if w[:1].isupper()})

    def equivalents(self, text: str) -> set[str]:
        """Normalised forms the article treats as the same thing as ``text``."""
        key = _norm_det(text)
        return {key} | self.aliases.get(key, set())

    def full_name(self, name: str) -> str:
        """The longest PERSON mention that ends with ``name``'s last word."""
        last = name.split()[-1] if name.split() else name
        index = self.memo.get("full_name")
        if index is None or index[0] != len(self.mentions):
            longest: dict[str, str] = {}
            for m in self.mentions:
                words = m.text.split()
                if m.label == "PERSON" and words and len(m.text) > len(longest.get(words[-1], "")):
                    longest[words[-1]] = m.text
            index = self.memo["full_name"] = (len(self.mentions), longest)
        best = index[1].get(last, name)
        return best if len(best) > len(name) else name


def build_context(article: ParsedArticle) -> Context:
    ctx = Context(article=article)
    ctx._doc_index = {id(doc): n for n, doc in enumerate(article.docs)}
    for sentence in article.sentences:
        doc = article.docs[sentence.paragraph]
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        info = SentInfo(len(ctx.sents), sentence, span)
        ctx._starts.add((sentence.paragraph, span[0].idx))
        ctx.sents.append(info)
        para = article.paragraphs[sentence.paragraph]
        for ent in span.ents:
            if ent.label_ in ENTITY_LABELS:
                start, end = _name_extent(ent)
                text = para[start:end]
                # "Saudi Arabia's" -> "Saudi Arabia"
                if text.endswith(("'s", "\u2019s")):
                    text, end = text[:-2], end - 2
                text = text.strip(" \"'\u201c\u201d\u2018\u2019,;:()[]")
                if text.endswith(".") and not _ABBREVIATION.search(text):
                    text = text.rstrip(".")  # a sentence's full stop, not "U.S." or "Inc."
                if text:
                    ctx.mentions.append(Mention(text, ent.label_, info.index, start, end))
    _merge_ratios(ctx)
    from .labels import (
        correct_labels,  # labels reads Context: imported here, not at the top
    )

    correct_labels(ctx)
    ctx.aliases = acronyms(article.paragraphs)
    for a, b in known_as(article.paragraphs):
        for key in (a, b):
            ctx.aliases.setdefault(key, set()).update({a, b})
    ctx.index_mentions()
    ctx.title_words = {w for w in normalize(article.title).split() if len(w) > 3}
    return ctx


def _name_extent(ent: Span) -> tuple[int, int]:
    """Character offsets of a name: a person's as :func:`person_name_bounds`
    finds it; any name without a quantifier the model took in at a sentence's
    start ("Several City Council members" tagged "Several City Council")."""
    start, end = ent.start, ent.end
    if ent.label_ == "PERSON":
        start, end = person_name_bounds(ent.doc, start, end)
    while ent.label_ in NAME_LABELS and end - start > 1 and ent.doc[start].lower_ in _QUANTIFIERS:
        start += 1
    while ent.label_ == "ORG" and start > 0 and _name_word_before(ent.doc[start - 1], ent):
        start -= 1  # "Médecins Sans Frontières" tagged "Sans Frontières" (panel 88)
    while ent.label_ == "DATE" and end - start > 1 and ent.doc[end - 1].dep_ in {"nsubj", "nsubjpass"} \
            and ent.doc[end - 1].pos_ == "PROPN":
        end -= 1  # "On Monday, May had said …": May is the prime minister, not the month (panel 86)
        while end - start > 1 and ent.doc[end - 1].is_punct:
            end -= 1
    last = ent.doc[end - 1]
    return ent.doc[start].idx, last.idx + len(last.text)


def _name_word_before(prev: Token, ent: Span) -> bool:
    """A capitalised word the dictionary does not know, untagged, joined to the
    name as a compound: the tagger left the name's first word out."""
    return _unknown_name_word(prev, {"PROPN", "NOUN"}) and prev.dep_ == "compound" \
        and ent.start <= prev.head.i < ent.end and prev.whitespace_ == " "


#: Labels of proper names: a mention with one of them has a capitalised word.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
_QUANTIFIERS = {"several", "many", "some", "most", "all", "few", "both", "each", "every", "other", "another",
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                "thousands", "more", "fewer"}


def person_name_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds of a person's name tagged ``doc[start:end]``, without a title
    the model took in ("Defender David Luiz" at a sentence's start) and with a
    first name it left out ("Coach Luiz Felipe Scolari" tagged "Felipe Scolari")
    or a last name ("Enrique Peña Nieto" tagged "Enrique Peña")."""
    while end - start > 1 and doc[start].lower_.rstrip(".") in NAME_TITLES:
        start += 1
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in NAME_TITLES:
        # "Minister of Education Stefania Giannini" tagged "Education Stefania Giannini"
        while end - start > 2 and getAllLemmas(doc[start].lower_).keys() & {"NOUN", "ADJ"}:
            start += 1
        return start, end
    while start > 0 and end - start < 4:
        prev = doc[start - 1]
        if not _unknown_name_word(prev, {"PROPN", "NOUN"}) or prev.lower_ in NAME_TITLES or prev.whitespace_ != " ":
            break
        start -= 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].is_lower:
        end += 2  # "Moon Jae-in" tagged "Moon Jae" (panel 89)
    while end < len(doc) and end - start < 4 and doc[end - 1].head.i == end and doc[end - 1].dep_ == "compound":
        # "President Enrique Peña Nieto" tagged "Enrique Peña" (panel 85)
        if not _unknown_name_word(doc[end], {"PROPN"}) or doc[end - 1].whitespace_ != " ":
            break
        end += 1
    return start, end


def _unknown_name_word(tok: Token, pos: set[str]) -> bool:
    """A capitalised word the tagger left untagged and the dictionary does not
    know ("Felipe", "Nieto", "Médecins"): part of the name beside it."""
    return tok.pos_ in pos and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_ \
        and not getAllLemmas(tok.lower_)


#: A name ending in an abbreviation keeps its full stop ("U.S.", "Co.", "Jr.").
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros)\.)$")
_RATIO_GLUE = re.compile(r"\s+(?:in|out of)\s+")


def _merge_ratios(ctx: Context) -> None:
    """"one in three", "nine out of ten": one amount, not two numbers to blank apart."""
    merged: list[Mention] = []
    for m in ctx.mentions:
        prev = merged[-1] if merged else None
        if prev is not None and prev.label == m.label == "CARDINAL" and prev.sentence == m.sentence:
            para = ctx.article.paragraphs[ctx.sents[m.sentence].paragraph]
            if _RATIO_GLUE.fullmatch(para[prev.end:m.start]):
                merged[-1] = Mention(para[prev.start:m.end], "CARDINAL", m.sentence, prev.start, m.end)
                continue
        merged.append(m)
    ctx.mentions = merged


@functools.lru_cache(maxsize=65536)
def _norm_det(text: str) -> str:
    return normalize(strip_det(text))


_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]\u201d])")
_SPACE_AFTER = re.compile(r"([(\[\u201c])\s+")


def tidy(text: str) -> str:
    """Fix spacing and stray commas left where phrases were removed."""
    text = " ".join(text.split())
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = re.sub(r"(?:,\s*){2,}", ", ", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)
    text = re.sub(r",\s*([?.!])", r"\1", text)
    return " ".join(text.split())


def in_quote(span: Span, tok: Token) -> bool:
    """Whether ``tok`` sits inside a direct quotation within its sentence."""
    quotes = sum(1 for t in span if t.i < tok.i and t.text == '"')
    return quotes % 2 == 1


#: Dependents that make a noun phrase too long to be an answer option.
_PHRASE_CUT = {"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "parataxis"}


def phrase_tokens(tok: Token, max_words: int = 10, keep_conj: bool = False) -> list[Token] | None:
    """The noun phrase headed by ``tok`` without relative clauses; None if too long.

    A parenthesised acronym right after the head ("Service (NIS)") and quote
    marks around a name stay; coordinated phrases stay only with ``keep_conj``.
    """
    doc = tok.doc
    drop: set[int] = set()
    for child in tok.children:
        if child.dep_ not in _PHRASE_CUT:
            continue
        if keep_conj and child.dep_ in {"cc", "conj"}:
            continue
        if child.dep_ == "punct" and child.text in {'"', "'", "%", "(", ")"}:
            continue
        if child.dep_ == "punct" and child.text in {"-", "\u2013", "/"} and child.i < tok.i \
                and not child.whitespace_ and child.i > 0 and not doc[child.i - 1].whitespace_:
            continue  # "al-Amr", "Jong-un": a hyphen inside a name
        if child.dep_ == "appos" and child.i > 0 and doc[child.i - 1].text == "(":
            continue
        if child.dep_ == "punct" and child.text == "," and keep_conj:
            continue
        drop.update(t.i for t in child.subtree)
    for inner in tok.subtree:  # "from the Mullaperiyar dam, which Tamil Nadu operates,": the aside, not the phrase
        if inner.i != tok.i and inner.dep_ == "relcl" and inner.left_edge.i > 0 \
                and doc[inner.left_edge.i - 1].text == "," and inner.head.i != tok.i \
                and inner.head.dep_ == "pobj" and inner.head.head.lower_ != "of":  # ("of" phrases: key_cuts)
            drop.update(t.i for t in inner.subtree)
            drop.add(inner.left_edge.i - 1)
    ids = {t.i for t in tok.subtree} - drop
    lo = hi = tok.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    tokens = [doc[i] for i in range(lo, hi + 1)]
    while tokens and ((tokens[-1].is_punct and tokens[-1].text not in {'"', "%", ")"})
                      or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and ((tokens[0].is_punct and tokens[0].text not in {'"'}) or tokens[0].dep_ == "cc"
                      or tokens[0].lower_ in BARE_RELATIVE_TIMES):  # "Today Rugby Australia …" misparsed
        tokens.pop(0)
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > max_words:
        return None
    texts = [t.text for t in tokens]
    if texts.count('"') % 2 or texts.count("(") != texts.count(")"):
        return None
    return tokens


def phrase_text(ctx: Context, tokens: list[Token]) -> str:
    """Original text of a phrase; a sentence-initial determiner is lowercased."""
    text = ctx.span_text(tokens[0], tokens[-1])
    first = tokens[0]
    nxt = first.doc[first.i + 1].text if first.i + 1 < len(first.doc) else ""
    named = (first.ent_type_ == "ORG" and first.ent_iob_ == "B" and first.pos_ != "DET" and not (
        first.tag_ == "JJ" and nxt.islower())) or party_before_office(first.lower_, nxt.lower()) \
        or first.pos_ == "NOUN" and nxt[:1].isupper() \
        or first.pos_ != "DET" and expands_an_acronym(ctx.aliases, text)
    # named: "Reporters Without Borders", "Transport for London (TfL)"; not "Marine biologists"
    if ctx.starts_sentence(first) and first.pos_ not in {"PROPN"} and text[:1].isupper() and first.text != "I" \
            and not (len(first.text) > 1 and first.text.isupper()) and first.ent_type_ not in _PROPER_ADJECTIVES \
            and not named and (first.pos_ not in {"NOUN", "ADJ"} or getAllLemmas(first.lower_)):  # "Ceres": a name
        text = text[:1].lower() + text[1:]
    return text


#: Entity labels of words that keep their capital as adjectives ("Indian Prime Minister Narendra Modi").
_PROPER_ADJECTIVES = {"NORP", "GPE", "LANGUAGE"}

