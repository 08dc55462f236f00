"""Who says what: attributions and stances found in the one parse of an article.

Three stages, one module each:

1. **cue detection** (:mod:`.cues`, :mod:`.actions`) — reporting and stance
   verbs, stance nouns and adjectives, "according to", and stances taken by
   action ("backed", "voted against", "refused to");
2. **holder resolution** (:mod:`.holders`) — the named person, organisation,
   group or document the cue belongs to; a cue without one is skipped rather
   than guessed;
3. **stance decision** (:mod:`.stance`) — the cue's own class, or the class
   the reported content shows (lexicons + negation scope).

This module assembles them: one attribution per holder and sentence (a
quotation of several sentences gives one per sentence, since each may take
its own position), quotations continued in the next paragraph or under a
speaker's name, and a confidence for each.

Stances follow the gold taxonomy: supports | opposes | denies | warns |
claims | concerned | neutral_report.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from spacy.tokens import Token

from ..lexicons.stance import PRECEDENCE, STANCES
from ._common import clean, doc_text, name_tokens, quote_spans
from .actions import action_cues
from .cues import Cue, Site, cues_at, mark_relays
from .holders import Resolver
from .quotes import continued_quotes, cue_pieces, quote_pieces, trailing_quotes
from .stance import decide
from .targets import target_of

__all__ = ["STANCES", "Attribution", "find_attributions"]


@dataclass
class Attribution:
    holder: str
    cue: str
    stance: str
    target: str
    content: str
    paragraph: int
    start: int
    end: int
    direct_quote: bool
    confidence: float
    #: "person", "organisation", "group" or "document" — for distractors of the same kind.
    holder_kind: str = field(default="organisation", compare=False)
    #: The words that decided the stance (the cue, or evaluative words of the content).
    basis: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("holder_kind")
        d["basis"] = list(self.basis)
        d["confidence"] = round(self.confidence, 2)
        return d


def find_attributions(parsed) -> list[Attribution]:
    """All attributions in ``parsed`` (a :class:`ParsedArticle`), in text order."""
    resolver = Resolver.for_docs(parsed.docs)
    found: list[Attribution] = []
    for number, doc in enumerate(parsed.docs):
        site = Site(doc, number, parsed.paragraphs[number], quote_spans(doc_text(doc)), resolver)
        para: list[Attribution] = []
        cues = [c for tok in doc for c in cues_at(tok, site)] + action_cues(site)
        mark_relays(cues)
        for cue in sorted(cues, key=lambda c: c.token.i):
            made = build(site, cue)
            para.extend(made)
            if made:
                resolver.remember(made[0].holder, made[0].holder_kind)
        para.extend(_trailing(site, para))
        if not para:
            para.extend(_continued(site, parsed, found))
        found.extend(merge(para))
    return found


def build(site: Site, cue: Cue) -> list[Attribution]:
    """The attributions of one cue: one per sentence of its quoted content."""
    holder_idx = {cue.holder.token.i} if cue.holder.token.pos_ == "PRON" else {
        t.i for t in cue.holder.token.subtree}
    content = [t for t in cue.content if t.i not in holder_idx and not t.is_space]
    out = []
    for piece in cue_pieces(site, cue, content):
        if cue.relays:
            stance, basis, strength = "neutral_report", [f"relays:{_lemma(cue.token)}"], 1.0
        else:
            stance, basis, strength = decide(cue.stance, _lemma(cue.token), cue.holder.kind, piece.tokens,
                                             according=cue.according)
        text = clean(site.original[piece.content_start:piece.content_end])
        target = target_of(cue.token, piece.tokens, text, holder_idx, cue.target)
        conf = _confidence(cue, stance, strength, bool(text), piece.own_sentence)
        out.append(Attribution(holder=cue.holder.name, cue=cue.text, stance=stance, target=target,
                               content=text, paragraph=site.number, start=piece.start, end=piece.end,
                               direct_quote=piece.direct, confidence=conf, holder_kind=cue.holder.kind,
                               basis=tuple(basis)))
    return out


def _lemma(tok: Token) -> str:
    return "according" if tok.lower_ == "according" else tok.lemma_.lower()


def _confidence(cue: Cue, stance: str, strength: float, has_content: bool, own: bool) -> float:
    """Holder certainty times the strength of the stance evidence, lowered
    for a plain verb of unusual kind, an empty content, a quoted sentence
    away from its cue."""
    conf = cue.holder.confidence * strength
    if stance in ("claims", "neutral_report") and cue.stance is None and not cue.according and \
            _lemma(cue.token) not in ("say", "tell", "state", "add", "write", "report", "announce"):
        conf -= 0.05
    if not has_content:
        conf -= 0.2
    if not own:
        conf -= 0.05
    return round(max(0.05, min(conf, cue.cap, 0.99)), 2)


def _continued(site: Site, parsed, found: list[Attribution]) -> list[Attribution]:
    """A paragraph that is only quotation, after a speaker heading or an
    attributed quotation in the previous paragraph: the same speaker's words."""
    out = []
    for holder, kind, conf, piece in continued_quotes(site, parsed, found):
        stance, basis, strength = decide(None, "say", kind, piece.tokens)
        text = clean(site.original[piece.content_start:piece.content_end])
        out.append(Attribution(holder=holder, cue="said", stance=stance, target=_first_words(text),
                               content=text, paragraph=site.number, start=piece.start, end=piece.end,
                               direct_quote=True, confidence=round(conf * strength, 2), holder_kind=kind,
                               basis=tuple(basis)))
    return out


def _trailing(site: Site, para: list[Attribution]) -> list[Attribution]:
    """'"…," said X. "More words."': a later quotation in the same paragraph
    with no cue of its own goes on with the speaker quoted before it."""
    out = []
    for q in trailing_quotes(site, [(a.start, a.end) for a in para]):
        prev = [a for a in para if a.direct_quote and a.end <= q.start]
        if not prev:
            continue
        a = max(prev, key=lambda x: x.end)
        for piece in quote_pieces(site, q):
            stance, basis, strength = decide(None, "say", a.holder_kind, piece.tokens)
            text = clean(site.original[piece.content_start:piece.content_end])
            out.append(Attribution(holder=a.holder, cue=a.cue, stance=stance, target=_first_words(text),
                                   content=text, paragraph=site.number, start=piece.start, end=piece.end,
                                   direct_quote=True, confidence=round(min(a.confidence, 0.9) * strength - 0.05, 2),
                                   holder_kind=a.holder_kind, basis=tuple(basis)))
    return out


def _first_words(text: str, n: int = 10) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("\u2026" if len(words) > n else "")


def merge(atts: list[Attribution]) -> list[Attribution]:
    """One attribution per holder and sentence: the most specific stance wins
    (the annotation guide's precedence), the longest content is kept."""
    out: list[Attribution] = []
    for a in atts:
        same = next((b for b in out if b.paragraph == a.paragraph and _same_holder(a.holder, b.holder)
                     and a.start < b.end and b.start < a.end), None)
        if same is None:
            out.append(a)
            continue
        best, other = (a, same) if _rank(a) > _rank(same) else (same, a)
        if other.direct_quote and not best.direct_quote:
            best.content, best.direct_quote = other.content, True
            if best.target.startswith(best.content[:20]) or len(best.target) > len(other.target):
                best.target = other.target
        best.start, best.end = min(a.start, same.start), max(a.end, same.end)
        best.confidence = max(a.confidence, same.confidence)
        if a.stance == same.stance and a.cue != same.cue:
            # two cues agree ("published an article expressing concern, stating that … has horrified …")
            best.confidence = min(0.95, best.confidence + 0.1)
            best.basis = tuple(dict.fromkeys(best.basis + other.basis))  # "said it was disappointed": both
        if best is not same:
            out[out.index(same)] = best
    return sorted(out, key=lambda x: (x.paragraph, x.start))


def _rank(a: Attribution) -> tuple:
    """Precedence of the class, then a stance its cue names ("expressing
    concern") over one read from content, then confidence."""
    return PRECEDENCE[a.stance], any(b.startswith("cue:") for b in a.basis), a.confidence, a.direct_quote


def _same_holder(a: str, b: str) -> bool:
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    if not (ta and tb):
        return a.strip().lower() == b.strip().lower()  # "The council": all title words
    return ta <= tb or tb <= ta


