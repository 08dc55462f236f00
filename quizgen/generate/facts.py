"""Fact multiple choice: who / what / when / where / how many / which.

Every question is a transformation of one source sentence; the phrase it asks
for is the key, and three distractors of the same kind come from
:mod:`.distractors`.
"""
from __future__ import annotations

import random

from spacy.tokens import Token

from ..questions import Question, content_words, normalize
from . import distractors
from .clauses import (Clause, agent_question, build_clause, clause_heads, is_pronoun,
                      object_question, subject_question)
from .context import Context, SentInfo, phrase_text, phrase_tokens
from .records import make

#: Common nouns that name people: a phrase headed by one is asked with "Who".
PERSON_NOUNS = set("""person people man woman men women child children official officials president
minister leader leaders spokesperson spokesman spokeswoman director chief head member members
student students teacher teachers scientist scientists researcher researchers astronomer astronomers
mayor governor senator king queen prince police officer officers soldier soldiers worker workers
resident residents citizen citizens player players fan fans author writer journalist reporter
editor professor doctor nurse patient patients victim victims agent agents expert experts
activist activists protester protesters lawyer judge voter voters user users guest guests
founder owner ceo chairman manager coach athlete artist actor actress singer""".split())
WH_BY_LABEL = {"PERSON": "Who", "ORG": "Which organisation", "GPE": "Which place", "LOC": "Which place",
               "FAC": "Which place", "NORP": "Which group", "EVENT": "Which event",
               "PRODUCT": "What", "WORK_OF_ART": "What", "LAW": "Which law", "LANGUAGE": "Which language"}
NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
PLACE_PREPS = {"in", "at", "into", "to", "from", "near", "inside", "outside", "across", "on", "onto",
               "toward", "towards", "throughout"}
TIME_PREPS = {"on", "in", "at", "during", "since", "until", "by", "before", "after", "from"}
STRAND_PREPS = {"with", "to", "for", "about", "from", "against", "on", "at", "into", "of"}
DURATION_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                  "minute", "minutes", "decade", "decades", "century", "centuries"}


class Answer:
    """A candidate key: its tokens, text, entity label and the wh-phrase asking for it."""

    def __init__(self, tokens: list[Token], text: str, label: str | None, wh: str):
        self.tokens, self.text, self.label, self.wh = tokens, text, label, wh


def label_of(tokens: list[Token]) -> str | None:
    """The entity label covering most of the phrase's words (None for plain phrases)."""
    counts: dict[str, int] = {}
    for t in tokens:
        if t.ent_type_ and not t.is_punct:
            counts[t.ent_type_] = counts.get(t.ent_type_, 0) + 1
    if not counts:
        return None
    label, n = max(counts.items(), key=lambda kv: kv[1])
    words = sum(1 for t in tokens if not t.is_punct and t.lower_ not in {"the", "a", "an"})
    return label if n * 2 >= words else None


def _number_wh(head: Token, tokens: list[Token], label: str | None) -> str | None:
    """``How many agents`` for "1,500 agents"; ``How much`` for money and percentages."""
    nums = [t for t in tokens if t.like_num and t.dep_ in {"nummod", "quantmod", "compound"}]
    if head.like_num or label in {"MONEY", "PERCENT"} and head.pos_ != "NOUN":
        if label == "MONEY" or any(t.text in {"$", "€", "£"} for t in tokens):
            return "How much money"
        if label == "PERCENT" or any(t.text == "%" for t in tokens):
            return "What percentage"
        return None
    if nums and head.pos_ == "NOUN" and head.tag_ == "NNS":
        if head.lower_ in DURATION_UNITS:
            return "How long"
        nouns = [t for t in tokens if t.i > max(n.i for n in nums) and t.i <= head.i
                 and not t.is_punct and not t.like_num]
        return "How many " + " ".join(t.text.lower() if t.pos_ != "PROPN" else t.text for t in nouns)
    return None


def answer_for(ctx: Context, head: Token, role: str) -> Answer | None:
    """Key and wh-phrase for the argument headed by ``head`` (None if unaskable)."""
    if is_pronoun(head) or head.pos_ in {"DET", "ADP", "VERB", "AUX"}:
        return None
    tokens = phrase_tokens(head, keep_conj=True, max_words=9)
    if tokens is None:
        return None
    text = phrase_text(ctx, tokens)
    if any(is_pronoun(t) and t.dep_ != "poss" for t in tokens if t.dep_ not in {"det"}) \
            or any(t.lower_ in {"this", "these", "that", "those"} for t in tokens[:1]):
        return None
    label = head.ent_type_ or None
    wh = _number_wh(head, tokens, label_of(tokens))
    if wh is not None and label not in NUMBER_LABELS:
        label = label_of(tokens) if label_of(tokens) in NUMBER_LABELS else "CARDINAL"
    if wh is None:
        if label == "DATE" or label == "TIME":
            return None  # dates are asked through "When" on their phrase, not as arguments
        if label == "PERSON" or (label is None and head.lemma_.lower() in PERSON_NOUNS):
            wh = "Who"
        elif label in {"ORG", "GPE", "NORP"} and role in {"subject", "agent", "dative"}:
            wh = "Who"
        elif head.pos_ == "NOUN" and head.text.islower() and any(
                c.i < head.i and c.dep_ in {"compound", "amod", "poss"} and (c.pos_ == "PROPN" or c.ent_type_)
                for c in head.children):
            nouns = [t for t in head.children if t.pos_ == "NOUN" and t.dep_ == "compound" and t.i < head.i]
            wh = "Which " + " ".join([t.lower_ for t in nouns] + [head.lower_])
        elif label in WH_BY_LABEL:
            wh = WH_BY_LABEL[label]
        elif label in NUMBER_LABELS:
            return None
        else:
            wh = "What"
    if len(content_words(text)) == 0:
        return None
    if wh == "What" and label is None and len(content_words(text)) < 2:
        return None  # "plans", "the situation": too vague to be a key
    return Answer(tokens, text, label, wh)


def _ppv_answer(ctx: Context, prep: Token) -> tuple[Answer, bool] | None:
    """Time, place and number phrases under a preposition: (answer, strand the preposition)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    tokens = phrase_tokens(pobj, keep_conj=True, max_words=8)
    if tokens is None:
        return None
    label = label_of(tokens)
    text = phrase_text(ctx, tokens)
    p = prep.lower_
    if label in {"DATE", "TIME"} and p in TIME_PREPS:
        if any(t.lower_ in DURATION_UNITS for t in tokens) and p not in {"on", "in", "since"}:
            return None
        return Answer(tokens, text, label, "When"), False
    if label in {"GPE", "LOC", "FAC"} and p in PLACE_PREPS:
        return Answer(tokens, text, label, "Where"), p in {"to", "from"}
    if label in NUMBER_LABELS or any(t.like_num for t in tokens):
        wh = _number_wh(pobj, tokens, label)
        if wh and label not in {"DATE", "TIME"}:
            how = wh[0].lower() + wh[1:]
            label = label if label in NUMBER_LABELS else "CARDINAL"
            return Answer(tokens, text, label, f"{prep.text.capitalize()} {how}"), False
        return None
    if p in STRAND_PREPS:
        ans = answer_for(ctx, pobj, "pobj")
        if ans and ans.wh != "What" or (ans and p in {"with", "about", "for"}):
            return ans, True
    return None


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for info in ctx.sents:
        words = [t for t in info.span if not t.is_punct]
        if len(words) < 5 or len(words) > 70:
            continue
        for verb in clause_heads(info.span):
            clause = build_clause(verb, info.span)
            if clause is None or _quoted(info, verb):
                continue
            prefix = _according_to(ctx, clause)
            if prefix is False:
                continue
            for prompt, ans in _clause_questions(ctx, clause):
                if prefix:
                    prompt = prefix + prompt[0].lower() + prompt[1:]
                q = _mc(ctx, info, prompt, ans, rng)
                if q is not None:
                    out.append(q)
        for prompt, ans in _appositive_questions(ctx, info):
            q = _mc(ctx, info, prompt, ans, rng)
            if q is not None:
                out.append(q)
    return out


def _quoted(info: SentInfo, verb: Token) -> bool:
    from .context import in_quote
    return in_quote(info.span, verb)


REPORTING = {"say", "report", "state", "announce", "claim", "tell", "confirm", "add", "write", "argue",
             "believe", "think", "estimate", "warn", "explain", "note", "suggest", "allege", "insist"}


def _according_to(ctx: Context, clause: Clause) -> str | bool | None:
    """A clause reported by someone gets "According to X, …"; unknown reporters drop it."""
    verb = clause.verb
    if verb.dep_ != "ccomp":
        return None
    head = verb.head
    if head.lemma_ not in REPORTING:
        return None
    reporter = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if reporter is None or is_pronoun(reporter):
        return False
    tokens = phrase_tokens(reporter, max_words=6)
    if not tokens:
        return False
    return f"According to {phrase_text(ctx, tokens)}, "


def _clause_questions(ctx: Context, clause: Clause):
    """(prompt, answer) pairs for every askable part of ``clause``."""
    verb, subject = clause.verb, clause.subject
    # subject
    if not is_pronoun(subject) and not (subject.lower_ == "it"):
        ans = answer_for(ctx, subject, "subject")
        if ans is not None:
            singular = ans.wh in {"Who", "What"}
            prompt = subject_question(ctx, clause, ans.wh, singular)
            if prompt:
                yield prompt, ans
    subject_ok = not is_pronoun(subject)
    for child in verb.children:
        if child.i < subject.i and child.dep_ not in {"npadvmod", "prep", "advmod"}:
            continue
        if child.dep_ in {"dobj", "attr", "dative", "oprd"} and subject_ok:
            ans = answer_for(ctx, child, "dative" if child.dep_ == "dative" else "object")
            if ans is None:
                continue
            removed = {t.i for t in child.subtree}
            prompt = object_question(ctx, clause, ans.wh, removed)
            if prompt:
                yield prompt, ans
        elif child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            ans = answer_for(ctx, pobj, "agent") if pobj is not None else None
            if ans is not None:
                prompt = agent_question(ctx, clause, ans.wh, child)
                if prompt:
                    yield prompt, ans
        elif child.dep_ == "prep" and subject_ok:
            found = _ppv_answer(ctx, child)
            if not found:
                continue
            ans, strand = found
            removed = {t.i for t in child.subtree}
            if strand:
                removed.discard(child.i)
                removed -= {t.i for t in child.subtree if t.i < ans.tokens[0].i}
            prompt = object_question(ctx, clause, ans.wh, removed)
            if prompt:
                yield prompt, ans
        elif child.dep_ in {"npadvmod", "advmod"} and child.ent_type_ in {"DATE", "TIME"} and subject_ok:
            tokens = [t for t in child.subtree if not t.is_punct]
            if tokens and len(tokens) <= 5:
                ans = Answer(tokens, phrase_text(ctx, tokens), child.ent_type_, "When")
                prompt = object_question(ctx, clause, "When", {t.i for t in child.subtree})
                if prompt:
                    yield prompt, ans


def _appositive_questions(ctx: Context, info: SentInfo):
    """``The president of X, Yoon Suk-Yeol, …`` -> "Who is the president of X?"."""
    for tok in info.span:
        if tok.dep_ != "appos" or tok.head.i >= tok.i:
            continue
        head = tok.head
        pairs = [(head, tok), (tok, head)]
        for name_tok, desc_tok in pairs:
            if name_tok.ent_type_ != "PERSON" or desc_tok.pos_ != "NOUN":
                continue
            name = phrase_tokens(name_tok, max_words=5)
            desc = phrase_tokens(desc_tok, max_words=10)
            if not name or not desc or set(t.i for t in name) & set(t.i for t in desc):
                continue
            desc_text = phrase_text(ctx, desc)
            if desc_text[:1].isupper() and desc[0].pos_ != "PROPN":
                desc_text = desc_text[:1].lower() + desc_text[1:]
            if len(content_words(desc_text)) < 2:
                continue
            ans = Answer(name, phrase_text(ctx, name), "PERSON", "Who")
            yield f"Who is {desc_text}?", ans


def _mc(ctx: Context, info: SentInfo, prompt: str, ans: Answer, rng: random.Random) -> Question | None:
    if normalize(ans.text) in normalize(prompt).split() or f" {normalize(ans.text)} " in f" {normalize(prompt)} ":
        return None
    phrases = None
    if ans.label is None or ans.label not in NUMBER_LABELS | {"DATE", "TIME", "PERSON", "ORG", "GPE",
                                                             "LOC", "FAC", "NORP"}:
        phrases = phrase_pool(ctx, ans, info.index)
    options = distractors.choose(ctx, ans.text, ans.label, info.index, rng, phrases=phrases)
    if len(options) < 3:
        return None
    article_text = ctx.normalized_text()
    from_article = sum(1 for o in options if normalize(o) in article_text)
    choices = [ans.text, *options]
    rng.shuffle(choices)
    score = 1.0 + 0.1 * from_article + (0.2 if ans.label else 0.0)
    if max(choices, key=len) == ans.text:
        score -= 0.3
    return make(ctx, info, type="multiple_choice", skill="fact", prompt=prompt, answer=ans.text,
                choices=choices, family="fact", score=score, wh=ans.wh.split()[0].lower(),
                label=ans.label or "", key_norm=normalize(ans.text),
                explanation=f"The article says: \u201c{info.sentence.text}\u201d")


_POOL_CACHE: dict[int, list[tuple[int, str, bool, str]]] = {}


def phrase_pool(ctx: Context, ans: Answer, sent_index: int) -> list[str]:
    """Noun phrases of the article like the key (same person/thing kind and number)."""
    pool = _POOL_CACHE.get(id(ctx))
    if pool is None:
        pool = []
        for info in ctx.sents:
            for tok in info.span:
                if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj", "attr", "nsubj", "nsubjpass", "appos"}:
                    tokens = phrase_tokens(tok, max_words=9)
                    if not tokens or any(is_pronoun(t) for t in tokens) or label_of(tokens):
                        continue
                    if tokens[0].lower_ in {"this", "these", "that", "those"}:
                        continue
                    person = tok.lemma_.lower() in PERSON_NOUNS
                    pool.append((info.index, phrase_text(ctx, tokens), tok.tag_ == "NNS", "who" if person else "what"))
        _POOL_CACHE.clear()
        _POOL_CACHE[id(ctx)] = pool
    head = ans.tokens[-1]
    for t in ans.tokens:
        if t.dep_ not in {"det", "amod", "compound", "poss", "case", "nummod", "punct"} and t.pos_ in {"NOUN", "PROPN"}:
            head = t
            break
    plural = head.tag_ == "NNS"
    kind = "who" if ans.wh == "Who" else "what"
    key_words = len(ans.text.split())
    out = [text for s, text, pl, k in pool
           if s != sent_index and pl == plural and k == kind and len(text.split()) <= key_words * 2 + 2
           and len(text.split()) >= max(1, key_words // 2)]
    return out


def short_answers(ctx: Context, mcs: list[Question]) -> list[Question]:
    """Written-answer versions of fact questions whose key is a name, number or
    date (easy to mark): a fourth type when the article states no causes."""
    out = []
    for q in mcs:
        label = q.meta.get("label")
        if not label or label not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL",
                                      "MONEY", "PERCENT", "QUANTITY"}:
            continue
        info = ctx.sents[q.meta["sentence"]]
        sa = make(ctx, info, type="short_answer", skill="fact", prompt=q.prompt, answer=q.answer,
                  family="fact_short", score=q.meta["score"] - 0.35, label=label,
                  key_norm=q.meta.get("key_norm"), wh=q.meta.get("wh"), explanation=q.explanation)
        sa.accepted = sorted(a for a in ctx.equivalents(q.answer) if a != normalize(q.answer))
        sa.rubric = [{"points": 1, "criterion": f"Names {q.answer} (spelling may differ slightly)."}]
        out.append(sa)
    return out
