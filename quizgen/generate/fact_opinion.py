"""Fact or opinion: classify a sentence of the article.

Items are made only from sentences whose class is clear:

* **Opinion** — a sentence :func:`quizgen.analysis.find_opinions` reports with
  confidence ≥ :data:`MIN_OPINION` and at least one cue in the words
  themselves (an evaluative or loaded word, a hedge or prediction, a
  prescriptive "should", first person) — a quoted stance alone is not enough.
* **Fact** — a sentence that reports a checkable event: a date, time or
  number, a past-tense main verb, no opinion cue at all (opinion score ≤ 0),
  no modal, no superlative, no hedging adverb, no quotation, no first or
  second person, and no attribution (what someone *said* is left to the
  stance questions).

The explanation names the cue that decides the class.
"""
from __future__ import annotations

import random
import re

from spacy.tokens import Span

from ..analysis._common import doc_text, quote_spans
from ..analysis.opinions import Opinion, score_sentence
from ..lexicons.speech import DESCRIBING, REPORTING, SAYING
from ..lexicons.opinion import FACTUAL_STATES, FEELINGS, REPUTATION
from ..lexicons.stance import CRITICISM_WORDS, PRAISE_WORDS
from ..questions import FACT_OPINION, Question
from .context import Context, SentInfo
from .importance import importance
from .statements import inside_quotation
from .records import question_id

#: Opinion sentences below this confidence are not asked about (score 2: one strong cue).
MIN_OPINION = 0.69
#: At most this many fact items per article (facts are plentiful; opinions are not).
MAX_FACTS = 6
_NUMERIC = {"DATE": "the date", "TIME": "the time", "CARDINAL": "the number", "MONEY": "the amount",
            "PERCENT": "the percentage", "QUANTITY": "the measurement", "ORDINAL": "the ordinal"}
_HEDGING = re.compile(r"\b(reportedly|allegedly|apparently|seemingly|supposedly|perhaps|maybe|"
                      r"possibly|probably|likely|unlikely|arguably|clearly|obviously|surely|"
                      r"certainly|very|really|just|only|even|so-called|famous|popular|major|key|expected|"
                      r"predicted|forecast|in doubt|uncertain|unclear|at risk|in question)\b", re.I)
_PERSONAL = {"i", "me", "my", "we", "us", "our", "you", "your"}
_LEXICAL_CUES = ("evaluative", "loaded", "hedge", "prescriptive", "first person", "first-person")
#: A hedge that only says something is possible ("may", "could"): too weak to call the sentence an opinion.
_MODAL_HEDGE = re.compile(r"^hedge or prediction '(?:may|might|could|possibly|perhaps)'$", re.I)
#: "Some injuries were probably made after death": an expert's inference about the past, either
#: answer defensible (panel 79, three of three); "will probably lose" predicts, an opinion.
_PAST_INFERENCE = re.compile(r"^hedge or prediction 'probably'$", re.I)


def generate(ctx: Context, rng: random.Random, attributions, opinions: list[Opinion]) -> list[Question]:
    out = [q for q in (_opinion_item(ctx, o) for o in opinions if not _reported(o, attributions)) if q is not None]
    out.extend(q for q in (_quoted_opinion_item(ctx, a, opinions) for a in attributions) if q is not None)
    facts = [q for q in (_fact_item(ctx, info, attributions) for info in ctx.sents) if q is not None]
    facts.sort(key=lambda q: -q.meta["score"])
    out.extend(facts[:MAX_FACTS])
    return out


def _reported(o: Opinion, attributions) -> bool:
    """The opinion sits in a sentence that reports someone's words ("X said the
    plan was a disgrace"): the sentence is a fact about X and an opinion of X at
    once, so "fact or opinion?" has two defensible answers."""
    return any(a.paragraph == o.paragraph and a.start < o.end and o.start < a.end for a in attributions)


def _info_for(ctx: Context, paragraph: int, start: int) -> SentInfo | None:
    for info in ctx.sents:
        s = info.sentence
        if s.paragraph == paragraph and s.start <= start < s.end:
            return info
    return None


def _display(text: str) -> str:
    """The sentence as shown in the stem: unbalanced edge quote marks removed."""
    text = text.strip()
    if len(text) > 2 and text[0] == text[-1] == '"' and text.count('"') == 2:
        text = text[1:-1].strip()
    for mark_open, mark_close in (("\u201c", "\u201d"), ('"', '"')):
        if mark_open == mark_close:
            if text.count(mark_open) % 2:
                text = text.strip(mark_open).strip()
        else:
            if text.count(mark_open) > text.count(mark_close) and text.startswith(mark_open):
                text = text[1:].strip()
            if text.count(mark_close) > text.count(mark_open) and text.endswith(mark_close):
                text = text[:-1].strip()
    return text


def _prompt(info: SentInfo) -> str:
    return (f"Is this sentence from paragraph {info.paragraph + 1} a fact or an opinion? "
            f"\u201c{_display(info.sentence.text)}\u201d")


def _record(ctx: Context, info: SentInfo, answer: str, explanation: str, score: float,
            difficulty: str, cue: str, prompt: str | None = None, **meta) -> Question:
    """The item on ``info``'s sentence (``prompt``: asked about another text
    of it, such as a speaker's quoted words, kept in ``meta``)."""
    prompt = prompt or _prompt(info)
    q = Question(id=question_id("fact_or_opinion", prompt, answer), type="fact_or_opinion", skill="opinion",
                 prompt=prompt, answer=answer, choices=list(FACT_OPINION), evidence=[ctx.evidence(info)],
                 explanation=explanation, difficulty=difficulty)
    q.meta = {"rule": "fact_opinion", "score": round(score, 4),
              "sentence": info.index, "paragraph": info.paragraph, "fixed_difficulty": True, "cue": cue, **meta}
    return q


#: Verbs after "should" that say what is expected to happen, not what anyone ought to do.
_EXPECTED = frozenset("receive get see arrive reach remain last take cost rise fall continue".split())


def _expected(info: SentInfo) -> bool:
    """Every "should" of the sentence governs an expectation ("should receive
    their full pensions", "should arrive by Friday")."""
    shoulds = [t for t in info.span if t.lower_ == "should" and t.dep_ == "aux"]
    return bool(shoulds) and all(t.head.lemma_.lower() in _EXPECTED for t in shoulds)


#: Verbs that report advice: "The academy advises that …" states what a body advises.
_ADVISING = frozenset("advise recommend urge suggest propose".split())


def _opinion_item(ctx: Context, o: Opinion) -> Question | None:
    if o.confidence < MIN_OPINION:
        return None
    cues = [c.strip() for c in o.cue.split(";") if c.strip()]
    lexical = [c for c in cues if c.startswith(_LEXICAL_CUES)]
    if not lexical:
        return None  # only "a quoted stance": what is opinion here is the speaker's, not clear-cut
    if all(_MODAL_HEDGE.search(c) for c in lexical):
        return None  # "the sea may hold oil and gas": a possibility stated, raters called it a fact
    info = _info_for(ctx, o.paragraph, o.start)
    if info is not None and all(_PAST_INFERENCE.search(c) for c in lexical) and not any(
            t.tag_ == "MD" for t in info.span):
        return None
    if all(c == "hedge or prediction 'most popular'" for c in lexical):
        return None  # "among the league's most popular teams": popularity is counted (panel 46 keyed it a fact)
    if info is not None and all(_describes(info, m.group(1)) if (m := _CUE_WORD.match(c)) and c.startswith(_WORD_CUES)
                                else False for c in lexical):
        return None  # "have fallen ill", "HUS, a dangerous complication": words that describe, not judge (panel 32)
    if info is not None and all(_MODAL_HEDGE.search(c) or c == "prescriptive 'should'" and _expected(info)
                                for c in lexical):
        return None  # "Those already retired should receive their full pensions": expected, not urged (panel 66)
    if info is None or not _one_voice(ctx, info) or info.span[0].lower_ in {"he", "she", "they", "it"}:
        return None  # "He called the decision cruel": who "he" is needs the sentence before
    root = info.span.root
    if root.lemma_.lower() in SAYING | DESCRIBING | _ADVISING and any(
            t.pos_ == "PROPN" and t.i < root.i or t.dep_ == "nsubj" and t.head.i == root.i and t.pos_ == "NOUN"
            for t in info.span):
        return None  # "Holmes had described the pace as unacceptable", "The academy advises that babies should
        # sleep …": a fact about what someone said or advised (panels 57, 63)
    # a loaded word may sit in a report ("was treated as a national hero"): it does not judge a clause by itself
    words = {m.group(1).lower() for c in lexical if (m := _CUE_WORD.match(c)) and not c.startswith("loaded")}
    if _half_judged(info, words):
        return None  # "X was treated as a hero, and his downfall is likely to damage trust": half fact (panel 42)
    words = len(info.sentence.text.split())
    if not 5 <= words <= 45:
        return None
    cue = lexical[0]
    explanation = (f"Opinion: the sentence judges or predicts rather than reports something that can be "
                   f"checked \u2014 {cue}.")
    easy = cue.startswith(("evaluative", "first person", "loaded"))
    return _record(ctx, info, "Opinion", explanation, 1.3 + 0.4 * (o.confidence - MIN_OPINION),
                   "easy" if easy else "medium", cue)


#: A quotation put as the result of an inquiry: students can argue "Fact".
_FINDING = re.compile(r"(?:What|All) (?:we|I) (?:have |had )?(?:found|discovered|learned|seen)\b|"
                      r"(?:We|I|Our (?:inquiry|investigation|review|study)) (?:have |has )?(?:found|discovered|"
                      r"established|shown)\b|The (?:evidence|data|figures|results) (?:show|shows|prove|proves)\b")


def _quoted_opinion_item(ctx: Context, a, opinions: list[Opinion]) -> Question | None:
    """"Is Jang's statement a fact or an opinion?" on a quoted sentence that
    judges ("the police crackdown is too harsh", "No one should ever …", "I
    think"): asked about the speaker's words, not the reporting sentence, the
    key is not in doubt (the expert quizzes of eval/reference ask it this way)."""
    content = a.content.strip().rstrip(",")
    words = content.split()
    if not a.direct_quote or not 5 <= len(words) <= 40 or not content[:1].isupper() \
            or not a.holder[:1].isupper() or a.holder.lower() in {"he", "she", "they", "it", "we", "i"}:
        return None  # a fragment ("a disgrace to the nation") or a speaker the student cannot name
    if _FIRST_PERSON_STATE.match(content) and not _VIEW.search(content):
        return None  # "My heart is overflowing with happiness": a feeling reported, no view to dispute (panel 48)
    if a.stance == "denies":
        return None  # "It is wrong to say that these deaths happened because of oxygen": a disputed fact (panel 55)
    if _FINDING.match(content):
        return None  # "What we have found is a culture at the FAA …": put as a finding, Fact is arguable (panel 65)
    cue = _judging_word(a, content, opinions)
    info = _info_for(ctx, a.paragraph, a.start)
    if cue is None or info is None or _on_the_bench(ctx, a):
        return None
    if half_judged(_quoted_tokens(info, content), {w.lower() for w in cue.split()}):
        return None  # "We are dealing with a tax case, and we must protect …": half a report (panels 49-52)
    holder = a.holder[:1].lower() + a.holder[1:] if a.holder.startswith(("The ", "A ", "An ")) else a.holder
    named = re.sub(r"^an? ", "the ", holder)  # "Is the farmer's statement …", not "Is a farmer's …" (panel 83)
    owner = f"{named}\u2019" if named.endswith("s") else f"{named}\u2019s"
    end = "" if content[-1:] in ".!?" else "."
    prompt = (f"Read what {holder} said in paragraph {info.paragraph + 1}: \u201c{content}{end}\u201d "
              f"Is {owner} statement a fact or an opinion?")
    explanation = (f"Opinion: \u2018{cue}\u2019 shows {owner} own judgement, which others could dispute; it "
                   f"cannot be checked the way a date or a number can.")
    return _record(ctx, info, "Opinion", explanation, 1.2 + 0.2 * a.confidence, "easy", f"quoted judgement '{cue}'",
                   prompt=prompt, quote=content)


def _quoted_tokens(info: SentInfo, content: str) -> list:
    """The tokens of ``info``'s sentence that the quotation ``content`` covers
    (all of them when the sentence does not hold it word for word)."""
    at = info.span.text.find(content)
    if at < 0:
        return list(info.span)
    start = info.span.start_char + at
    return [t for t in info.span if start <= t.idx < start + len(content)]


_FIRST_PERSON_STATE = re.compile(r"(?:I|We|My|Our)\b")
_VIEW = re.compile(r"\b(?:think|believe|should|must|ought|deserve|wrong|right|unfair|fair)\b", re.I)


def _half_judged(info: SentInfo, cue_words: set[str]) -> bool:
    """Two clauses joined, each with a subject of its own, and one without a
    judging word: that one reports, and "Opinion" is then half the answer."""
    return half_judged(list(info.span), cue_words)


def half_judged(tokens: list, cue_words: set[str]) -> bool:
    """:func:`_half_judged` over any run of tokens (a sentence, or a quotation
    inside one): "We are dealing with a tax case, and we must protect …"."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.head.i in inside and t.head.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
            second = {x.i for x in t.subtree} & inside
            clauses = [[x for x in tokens if x.i not in second], [x for x in tokens if x.i in second]]
            return any(not any(_mentions(x, cue_words) for x in clause) for clause in clauses)
    return False


def _mentions(tok, cue_words: set[str]) -> bool:
    return tok.lower_ in cue_words or tok.lemma_.lower() in cue_words


def _describes(info: SentInfo, word: str) -> bool:
    """The cue word states a condition ("have fallen ill") or describes a named
    thing in apposition ("HUS, a dangerous complication"), rather than judging
    what the sentence is about."""
    if word.lower() in FACTUAL_STATES:
        return True
    toks = [t for t in info.span if t.lower_ == word.lower()]
    if word.lower() in REPUTATION and toks and all(any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
                                                   for t in toks):
        return True  # "became notorious for cutting off the hands of civilians": what they are known for
    return bool(toks) and all(t.dep_ == "amod" and any(a.dep_ == "appos" and _a_name(a.head) for a in
                                                       [t.head, *t.head.ancestors]) for t in toks)


def _a_name(tok) -> bool:
    """A name or a named term ("haemolytic uraemic syndrome (HUS)"): what an
    apposition beside it defines ("…, a dangerous complication"), not a
    scene the writer sums up ("… from scratch, a fantastic display")."""
    return tok.pos_ == "PROPN" or any(c.pos_ == "PROPN" or c.text.isupper() and len(c.text) > 1
                                      for c in tok.children if c.dep_ in {"appos", "compound", "amod"})


_BENCH = re.compile(r"\b(?:Justice|Judge|Chief Justice|Magistrate)\s+$|\b(?:court|tribunal)\b", re.IGNORECASE)


def _on_the_bench(ctx: Context, a) -> bool:
    """The speaker is a judge or a court: "…, illegal, discriminatory and
    therefore unconstitutional" is a legal finding, and raters found "fact or
    opinion?" on a ruling debatable in a civics class (panel 33)."""
    text = ctx.article.paragraphs[a.paragraph]
    at = text.find(a.holder)
    return bool(_BENCH.search(a.holder)) or at > 0 and bool(_BENCH.search(text[max(0, at - 20):at]))


def _judges(cue: str, word: str) -> bool:
    """A cue that makes a quotation an opinion on its own: "should", "I think",
    or a word of praise or blame ("shameful"); not "may", a feeling ("sorry")
    or a word that can describe what happened ("positive", "dangerous")."""
    if cue.startswith(("prescriptive", "first person")) or "'i think'" in cue.lower() or "'i believe'" in cue.lower():
        return True
    return cue.startswith(("evaluative", "judging adjective", "loaded")) and \
        word.lower() in JUDGING_WORDS


#: Words of a quotation that judge, so that it is an opinion ("harsh", "brilliant",
#: not a feeling); "dangerous" or "attack" can describe a checkable fact, and
#: "thank", "support" or "it is important to note" report or frame one, and
#: "illegal under EU rules" is a legal finding.
JUDGING_WORDS = (CRITICISM_WORDS | PRAISE_WORDS) - FEELINGS - {"important", "essential", "thank", "thanks", "support",
                                                               "back", "welcome", "illegal", "unlawful", "legal"}
_PRESCRIPTIVE = {"should", "must", "ought"}
#: Cues that rest on one word of the sentence (see :func:`_describes`).
_WORD_CUES = ("evaluative", "judging adjective", "loaded")
_CUE_WORD = re.compile(r"^(?:evaluative|loaded|prescriptive|judging adjective|hedge or prediction|first person)"
                       r"[^']*'([^']+)'")


def _judging_word(a, content: str, opinions: list[Opinion]) -> str | None:
    """The word of the quotation that makes it a judgement: an evaluative word
    the stance was read from, or an opinion cue ("should", "I think") inside it."""
    low = content.lower()
    if a.stance in {"supports", "opposes", "concerned"}:
        word = next((w for w in reversed(a.basis) if w.lower() in low and (
            w.lower() in JUDGING_WORDS or w.lower() in _PRESCRIPTIVE or w.lower().startswith("too "))), None)
        if word:
            return word
    for o in opinions:
        if o.paragraph == a.paragraph and o.start < a.end and a.start < o.end:
            for cue in o.cue.split(";"):
                m = _CUE_WORD.match(cue.strip())
                if m and re.search(rf"\b{re.escape(m.group(1).lower())}\b", low) and _judges(cue.strip(), m.group(1)):
                    return m.group(1)
    return None


#: Words that report a judgement or a forecast rather than make it ("X
#: predicted …": the sentence is a fact about X) or argue from stated facts.
_REPORTED_OR_REASONED = SAYING | REPORTING | {"predict", "expect", "forecast", "estimate", "because", "since"}
#: A fact item's sentence is at least this important to the article (see
#: :mod:`.importance`): "the report runs to 83 pages" is checkable but trivial.
MIN_FACT_IMPORTANCE = 0.35


def _one_voice(ctx: Context, info: SentInfo) -> bool:
    """The sentence is wholly the narrator's or wholly a speaker's: no quotation
    mixed into narration (raters read "He welcomed the vote, calling it 'a
    great day" as half fact, half opinion), no verb reporting or forecasting
    someone's view, no "because" argument from stated facts."""
    text = info.sentence.text.strip()
    marks = sum(text.count(m) for m in ('"', "\u201c", "\u201d"))
    quoted_whole = inside_quotation(ctx, info) and marks <= 1
    if marks and not quoted_whole and not (text[:1] in '"\u201c' and text[-1:] in '"\u201d' and marks == 2):
        return False
    if text.startswith(("\u2014", "-", "\u2013")):
        return False  # an attribution line ("— A. Name, Premier")
    return not any(t.lemma_.lower() in _REPORTED_OR_REASONED or t.lower_ in _REPORTED_OR_REASONED
                   for t in info.span if t.pos_ in {"VERB", "SCONJ", "ADP"})


def _fact_item(ctx: Context, info: SentInfo, attributions) -> Question | None:
    s = info.sentence
    span: Span = info.span
    text = s.text
    words = text.split()
    if not 8 <= len(words) <= 35 or not text.rstrip().endswith("."):
        return None
    if any(m in text for m in ('"', "\u201c", "\u201d", "?", "!", "(", ":")):
        return None
    if any(a.paragraph == s.paragraph and a.start < s.end and s.start < a.end for a in attributions):
        return None
    if _HEDGING.search(text) or importance(ctx)[info.index] < MIN_FACT_IMPORTANCE:
        return None
    tokens = [t for t in span if not t.is_space]
    if any(t.lower_ in _PERSONAL and t.pos_ == "PRON" for t in tokens):
        return None
    if any(t.tag_ == "MD" or t.tag_ in ("JJS", "RBS") for t in tokens):
        return None
    if any(t.tag_ in ("JJR", "RBR") and t.lower_ not in ("more", "less", "fewer") for t in tokens):
        return None
    root = span.root
    past_event = root.tag_ == "VBD" or (root.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had", "was", "were") for c in root.children))
    if not past_event or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "ccomp" for c in root.children):
        return None  # "Kennedy held that the amendment requires …": a ruling or a view reported, not a bare fact
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in root.children):
        return None  # "The second was a vote": whose second needs the sentence before
    doc = span.doc
    score, cues = score_sentence(span, quote_spans(doc_text(doc)), attributions, s.paragraph)
    if cues or score > 0:
        return None
    para = ctx.article.paragraphs[s.paragraph]
    found = []
    for ent in span.ents:
        if ent.label_ in _NUMERIC:
            found.append(f"{_NUMERIC[ent.label_]} \u2018{para[ent.start_char:ent.end_char]}\u2019")
    if not found:
        return None
    found = list(dict.fromkeys(found))[:2]
    cue = " and ".join(found)
    explanation = (f"Fact: it reports an event that can be checked \u2014 {cue} \u2014 and uses no "
                   f"opinion words (no judging adjectives, hedges, predictions or \u2018should\u2019).")
    return _record(ctx, info, "Fact", explanation, 0.95 + 0.05 * len(found),
                   "easy" if len(found) > 1 else "medium", cue)
