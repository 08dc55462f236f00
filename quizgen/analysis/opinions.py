"""Fact or opinion: sentences that express a judgement rather than report one.

Each sentence gets a score from opinion cues — hedges and predictions
("likely to", "probably"), evaluative adjectives and adverbs ("fantastic",
"absurd", "sadly"), prescriptive modals ("should", "ought to"), loaded words
("maniacs", "puppet"), first person outside quotations, counterfactuals
("would have been much worse"), and quoted threats, worries or criticism —
minus fact cues (numbers, dates, a plain attributed report).  Only sentences
whose score clears a threshold are returned: a fact-or-opinion question built
on a borderline sentence would teach the wrong thing.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from spacy.tokens import Span

from ._common import doc_text, quote_spans

#: Words that judge (lemmas or lower-case forms).  Kept to words that are
#: evaluative in almost every use; "great", "hot", "strong" are left out.
EVALUATIVE = frozenset("""
fantastic tremendous terrible horrible awful wonderful amazing incredible remarkable outstanding
excellent brilliant superb magnificent stunning impressive disappointing shocking outrageous
absurd ridiculous reckless foolhardy ideological bizarre hilarious exuberant cruel brutal
unfair unjust shameful disgraceful appalling alarming worrying troubling tragic heroic brave
courageous cowardly stupid foolish silly naive clever beautiful ugly boring exciting thrilling
fascinating spectacular marvellous marvelous dreadful horrendous disastrous deplorable
despicable laughable pathetic admirable praiseworthy commendable scandalous sensational
ineffective ineffectiveness pointless useless worthless senseless needless lovely delightful
glorious gorgeous dismal miserable splendid awesome epic legendary iconic beloved notorious
infamous hideous vile wicked evil heinous atrocious abhorrent deserving undeserved
unfortunately fortunately sadly hopefully regrettably thankfully surprisingly shockingly
undoubtedly unquestionably arguably obviously truly frankly luckily unluckily happily
interesting intriguing unacceptable inexcusable unforgivable irresponsible dangerous
hypocritical cynical shameless misguided wrongheaded
""".split())
#: Loaded nouns and verbs that carry the writer's or speaker's judgement.
LOADED = frozenset("""
maniac maniacs puppet puppets thug thugs regime propaganda provocation provocations
skirmish anarchy obsession fiasco debacle farce travesty catastrophe disgrace scandal
mess chaos nonsense lie lies hypocrisy tyranny tyrant dictator villain hero heroes
worsen worsened worsening horrify horrified horrifying
""".split())
_HEDGE = re.compile(
    r"\b(likely|unlikely|probably|perhaps|possibly|presumably|seemingly|supposedly|"
    r"(?:I|we) (?:think|believe|feel|guess|suppose)|in (?:my|our) (?:opinion|view)|"
    r"no longer|almost certainly|it seems|would have been|could have been|"
    r"most popular|best|worst)\b", re.I)
_PRESCRIPTIVE = re.compile(r"\b(should|ought to|must not|needs? to be|has to be|have to be)\b", re.I)
_FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"}
_NUMBERISH = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}

#: Minimum score for a sentence to be reported as opinion.
THRESHOLD = 2.0


@dataclass
class Opinion:
    text: str
    paragraph: int
    start: int
    end: int
    confidence: float
    cue: str

    def to_dict(self) -> dict:
        d = asdict(self)
        d["confidence"] = round(self.confidence, 2)
        return d


def find_opinions(parsed, attributions=None, threshold: float = THRESHOLD) -> list[Opinion]:
    """Opinion sentences of ``parsed``; ``attributions`` (from
    :func:`find_attributions`) lets quoted threats and criticism count."""
    if attributions is None:
        from .attributions import find_attributions
        attributions = find_attributions(parsed)
    out = []
    for number, doc in enumerate(parsed.docs):
        original = parsed.paragraphs[number]
        quotes = quote_spans(doc_text(doc))
        for sent in doc.sents:
            score, cues = score_sentence(sent, quotes, attributions, number)
            if score >= threshold:
                start, end = _trim(original, sent.start_char, sent.end_char)
                if start >= end:
                    continue
                out.append(Opinion(text=original[start:end], paragraph=number, start=start, end=end,
                                   confidence=round(min(0.95, 0.45 + 0.12 * score), 2),
                                   cue="; ".join(cues[:3])))
    return out


def score_sentence(sent: Span, quotes, attributions, number: int) -> tuple[float, list[str]]:
    """Opinion score of one sentence and the cues that gave it, strongest first."""
    score = 0.0
    cues: list[tuple[float, str]] = []
    text = sent.text

    def inside(tok) -> bool:
        return any(q.start < tok.idx < q.end - 1 for q in quotes)

    seen = set()
    for tok in sent:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ in ("ADJ", "ADV") and (low in EVALUATIVE or lemma in EVALUATIVE) and low not in seen:
            seen.add(low)
            cues.append((2.0, f"evaluative word '{tok.text}'"))
        elif (low in LOADED or lemma in LOADED) and tok.pos_ in ("NOUN", "VERB", "ADJ") and low not in seen:
            seen.add(low)
            cues.append((1.5, f"loaded word '{tok.text}'"))
        elif tok.pos_ in ("NOUN",) and (low in EVALUATIVE or lemma in EVALUATIVE) and low not in seen:
            seen.add(low)
            cues.append((1.5, f"evaluative word '{tok.text}'"))
        elif low in _FIRST_PERSON and tok.pos_ == "PRON" and "first" not in seen:
            seen.add("first")
            if not inside(tok):
                cues.append((2.0, "first person"))
            elif sent_has_belief(sent):
                cues.append((1.5, "first-person belief"))
    for m in _HEDGE.finditer(text):
        cues.append((2.0, f"hedge or prediction '{m.group(0)}'"))
        break
    m = _PRESCRIPTIVE.search(text)
    if m:
        quoted = any(q.start < sent.start_char + m.start() < q.end for q in quotes)
        # a quoted "should" is often an order being reported, weaker evidence
        cues.append((1.0 if quoted else 2.0, f"prescriptive '{m.group(0)}'"))
    for a in attributions:
        if a.paragraph == number and a.direct_quote and a.stance in ("warns", "concerned", "opposes") \
                and a.start < sent.end_char and sent.start_char < a.end:
            cues.append((2.0, f"quoted stance ({a.holder} {a.stance})"))
            break
    score = sum(w for w, _ in cues)
    facts = sum(1 for e in sent.ents if e.label_ in _NUMBERISH)
    if facts:
        score -= min(1.0, 0.5 * facts)
    cues.sort(key=lambda c: -c[0])
    return score, [c for _, c in cues]


def sent_has_belief(sent: Span) -> bool:
    return any(t.lemma_.lower() in ("think", "believe", "feel", "guess", "hope", "fear", "face")
               for t in sent)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
