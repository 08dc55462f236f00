"""What a stance is about: the object of the cue, else a noun the cue's
clause is about, else the start of the reported content."""
from __future__ import annotations

from spacy.tokens import Token

from ._common import clean, doc_text

_ABOUT_PREPS = ("about", "over", "of", "on", "to", "against", "for", "with")


def target_of(cue_tok: Token, content_toks: list[Token], content: str, holder_idx: set[int],
              known: list[Token] | None = None) -> str:
    """The target phrase (at most 12 words)."""
    if known:
        toks = [t for t in known if t.i not in holder_idx]
        text = _text(toks)
        if text:
            return text
    for c in _candidates(cue_tok, holder_idx):
        toks = [t for t in c.subtree if t.i not in holder_idx]
        text = _text(toks) if toks else ""
        if text:
            return text
    if cue_tok.dep_ != "ROOT" and cue_tok.head.pos_ in ("VERB", "AUX"):
        # "responded to persistent news reports ..., dismissing them"
        for c in cue_tok.head.children:
            if c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "NOUN":
                    return _text(list(pobj.subtree))
    words = content.split()
    return " ".join(words[:10]) + ("\u2026" if len(words) > 10 else "")


def _candidates(cue_tok: Token, holder_idx: set[int]) -> list[Token]:
    out = []
    for c in cue_tok.children:
        if c.i in holder_idx:
            continue
        if c.dep_ in ("dobj", "pobj") and c.pos_ in ("NOUN", "PROPN"):
            out.append(c)
        if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                out.append(pobj)
    return [c for c in out if c.pos_ != "PRON"]


def _text(toks: list[Token]) -> str:
    if not toks:
        return ""
    toks = sorted(toks, key=lambda t: t.i)
    doc = toks[0].doc
    text = clean(doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)])
    words = text.split()
    return " ".join(words[:12]) + ("\u2026" if len(words) > 12 else "")
