"""Reported content: "According to X, what did X say about …?" — a short
answer whose model answer is the quoted or reported words.

This is how claims and neutral reports are asked (they take no position to
name); statements of one holder in one paragraph are asked as one.
"""
from __future__ import annotations

import random
import re

from ..analysis.attributions import Attribution
from ..lexicons.people import INSTITUTION_NOUNS
from ..lexicons.speech import ADDRESSEE, SAYING
from ..questions import Question, content_words
from .context import Context
from .stance_common import (MIN_CONFIDENCE, Holder, clean_target, cue_lemma, display, make_question, name_goes_on,
                           sentences_for)

#: Longest model answer, in words.
MAX_WORDS = 60
#: Longest statement asked as "what did X say?": beyond it the answer is a
#: passage to copy, not a point to state.
MAX_ONE_STATEMENT_WORDS = 35


#: A reported statement longer than this many words is, as an answer, mostly
#: copying: its item ranks below questions that ask students to think.
COPYING_WORDS = 12
COPYING_COST = 0.6


def reported_content(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    """One item per holder who makes exactly one statement in the article.

    "What did X say?" has one answer only then: raters marked the item vague
    whenever the paragraph (or the article) gave the speaker several
    statements, since a student who gives another of them is also right."""
    out = []
    for h in hs:
        if not h.named or name_goes_on(ctx, h.name):
            continue  # "what did Regional Director say?": a role or a description, not a speaker to name
        statements = sorted((a for a in h.attributions if cue_lemma(ctx, a) in SAYING or a.direct_quote),
                            key=lambda a: (a.paragraph, a.start))
        if len(statements) != 1:
            continue
        if any(a is not statements[0] and a.paragraph == statements[0].paragraph for a in h.attributions) \
                or _acts_twice(ctx, h.name, statements[0].paragraph) or _says_two_things(ctx, statements[0]) \
                or _more_quoted(ctx, statements[0]) or _described_again(ctx, statements[0]) \
                or _account_goes_on(ctx, statements[0]):
            continue  # "called the plan reckless, and he said …": the key would give half
        q = _item(ctx, h, statements)
        if q is not None and _clean_statement(q.answer, h.name):
            out.append(q)
    return out


#: A said-clause whose analysis took in a circumstance before its "that".
_TIME_BEFORE_THAT = re.compile(r"^(?:[\w'-]+\s){1,4}that\s", re.IGNORECASE)


def _described_again(ctx: Context, a: Attribution) -> bool:
    """Another sentence of the paragraph has "the <noun>" say something, where
    the noun described the holder in the statement's sentence ("Air Berlin,
    Germany's second-largest airline, said …. The airline said it would seek
    compensation"): a second statement of the same speaker (panel 32)."""
    own = sentences_for(ctx, a)
    described = {t.lemma_.lower() for i in own for t in i.span if t.pos_ == "NOUN"}
    if a.holder_kind == "organisation":  # "According to the FDA, …. The agency said, however, …" (panel 85)
        described |= INSTITUTION_NOUNS
    return any(i.paragraph == a.paragraph and i.index not in {o.index for o in own} and any(
        t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.lemma_.lower() in described and t.head.lemma_.lower() in SAYING
        and any(c.lower_ == "the" for c in t.children) for t in i.span) for i in ctx.sents)


def _account_goes_on(ctx: Context, a: Attribution) -> bool:
    """"According to ESA, early analysis suggests the parachute was released
    early." followed in the paragraph by sentences with no speaker of their own
    (the thrusters, the height of the fall): the account goes on, so "what did
    ESA say?" has several answers (panel 63, three of three raters: vague)."""
    if cue_lemma(ctx, a) != "according":
        return False
    own = {i.index for i in sentences_for(ctx, a)}
    return any(i.paragraph == a.paragraph and i.index > max(own, default=-1)
               and not any(t.lemma_.lower() in SAYING for t in i.span) for i in ctx.sents)


def _more_quoted(ctx: Context, a: Attribution) -> bool:
    """The paragraph quotes more than this statement (a second quoted sentence
    without a verb of saying of its own): "what did X say?" has two answers."""
    own = {i.index for i in sentences_for(ctx, a)}
    return any(i.paragraph == a.paragraph and i.index not in own
               and any(q in i.sentence.text for q in ('"', "\u201c", "\u201d")) for i in ctx.sents)


def _acts_twice(ctx: Context, holder: str, paragraph: int) -> bool:
    """The paragraph gives the holder two or more verbs of their own (the
    holder's name or "he/she/they" as subject, or a verb joined to one that
    has it): "Tom Hale called the plan reckless, and he said …" is two
    statements, whatever the analysis made of them."""
    last = holder.split()[-1].lower() if holder.split() else ""
    count = 0
    for info in ctx.sents:
        if info.paragraph != paragraph:
            continue
        for tok in info.span:
            if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ not in {"ROOT", "conj", "ccomp", "parataxis"}:
                continue
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None and tok.dep_ == "conj":
                subj = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and (subj.lower_ in {"he", "she", "they"}
                                     or subj.lower_ == "it" and tok.dep_ == "conj" and tok.head.dep_ == "ROOT"
                                     or last and _names(subj, last)):
                count += 1  # (", and it pushed back the date": a body's second act, panel 64)
    return count >= 2


def _names(subject, last: str) -> bool:
    """The subject phrase contains the word ``last`` ("Yang-ho" in "Cho Yang-ho, the
    chairman of …", which the tokenizer splits at the hyphen; panel 83)."""
    text = subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text.lower()
    return re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text) is not None


def _says_two_things(ctx: Context, a: Attribution) -> bool:
    """"Chow said Leung should resign, and the students would not leave": a
    reported clause joined to a second one with its own subject is two
    statements, and a key with one of them gives half."""
    for info in sentences_for(ctx, a):
        for tok in info.span:
            if tok.lemma_.lower() in SAYING and tok.dep_ == "ROOT" and any(
                    c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > tok.i and any(
                        g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in tok.children):
                return True  # "BC Hydro says the dam will generate …, and its reservoir will flood …" (panel 83)
            if tok.dep_ == "ccomp" and any(
                    c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and (any(
                        g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) or c.lemma_.lower() in _SPEAKING)
                    for c in tok.children):
                return True  # (also "said the justices had overstepped … and argued that …": the speaker argued)
    return False


#: Verbs of saying that, joined to a reported clause, are the speaker's own second statement.
_SPEAKING = SAYING | frozenset("argue insist claim warn urge suggest".split())


def _clean_statement(answer: str, holder: str) -> bool:
    """A model answer a student can give: short, without cut quotations or
    omission marks, and not naming its own speaker (then the analysis took
    narration for the statement: "… Governor Lingle declared a state of emergency")."""
    surname = holder.split()[-1].lower() if holder.split() else ""
    quotes = answer.count('"') % 2 == 0 and answer.count("\u201c") == answer.count("\u201d")
    return (len(answer.split()) <= MAX_ONE_STATEMENT_WORDS and "[" not in answer and "\u2026" not in answer
            and quotes and not (surname and surname in answer.lower().split()) and not _WH_FRAGMENT.match(answer))


#: A statement that opens as a wh-clause ("Exactly why the Senate cannot wait any longer"):
#: the end of a sentence whose start ("the outbreak showed …") was not the speaker's quote (panel 87).
_WH_FRAGMENT = re.compile(r"^(?:exactly |precisely |just )?(?:why|how|what|where|when|whether)\b", re.IGNORECASE)


_WRITERS_COMMENT = re.compile(r",\s+(?:a|an|the)\s+(?:statement|remark|comment|move|decision|claim|step|view|"
                              r"position)\s+(?:that|which)\b.*$", re.IGNORECASE)


def _statement(ctx: Context, a: Attribution) -> str | None:
    content = a.content.strip()
    if content.lower().startswith("that "):
        content = content[5:]
    if _TIME_BEFORE_THAT.match(content):
        return None  # "earlier this week that twin girls had been born": a circumstance, then the clause
    if not content or not _is_clause(ctx, a, content):
        return None
    content = _WRITERS_COMMENT.sub("", content)  # ", a statement that lowered hopes of …": the writer's, not theirs
    if _POINTS_BACK.match(content):
        return None  # "This would leave a typical taxpayer £220 better off": this what? (panel 79: vague, three of three)
    return content.rstrip(" ,;:")


#: A statement whose subject is a demonstrative standing for the sentence before ("it" and "they"
#: are mostly the speaker: "The bank said it would keep buying bonds").
_POINTS_BACK = re.compile(r"(?:this|that|these|those|such)\s+(?!\w+\s+(?:is|are|was|were|has|have|had|will|"
                          r"would|could|can|should|must|may|might)\b)", re.IGNORECASE)


def _item(ctx: Context, h: Holder, group: list[Attribution]) -> Question | None:
    stated = [(a, s) for a, s in ((a, _statement(ctx, a)) for a in group) if s]
    content = " ".join(dict.fromkeys(s for _, s in stated))
    first = ""
    if stated and len(content.split()) > MAX_WORDS:
        # too long to ask as one: the first statement, asked as the first
        group, content, first = [stated[0][0]], stated[0][1], " first"
    if not stated or not 5 <= len(content.split()) <= MAX_WORDS:
        return None
    a = group[0]
    infos = [i for b in group for i in sentences_for(ctx, b)]
    infos = list({i.index: i for i in infos}.values())
    if not infos:
        return None
    who = display(h.name, ctx)
    target = clean_target(ctx, a)
    about = f" about {target}" if target and len(group) == 1 else ""
    prompt = f"According to paragraph {a.paragraph + 1}, what did {who} say{about}{first}?"
    answer = content[:1].upper() + content[1:]
    terms = ", ".join(key_words(content))
    q = make_question(ctx, infos, a, type="short_answer", prompt=prompt, answer=answer,
                      explanation=f"Paragraph {a.paragraph + 1}: {who} {a.cue} \u201c{content}\u201d",
                      rule="reported", score=1.0 + 0.2 * (a.confidence - MIN_CONFIDENCE)
                      - (COPYING_COST if len(content.split()) > COPYING_WORDS else 0.0),
                      difficulty="medium" if a.direct_quote else "hard")
    q.rubric = [
        {"points": 1, "criterion": f"Gives what {who} said (key words: {terms})."},
        {"points": 1, "criterion": "Attributes it to the right speaker and keeps the student's "
                                   "own opinion out of it."},
    ]
    return q


def _is_clause(ctx: Context, a: Attribution, content: str) -> bool:
    """The content states something: it has a finite verb and does not start
    with a preposition or an infinitive ("to launch …", "of the attacks …")."""
    first = content.split()[0].lower().strip("\"\u201c")
    if first in {"to", "of", "with", "for", "about", "on", "how", "as", "the", "a", "an"} and not a.direct_quote:
        if first in {"to", "of", "with", "for", "about", "on", "how", "as"}:
            return False
    doc = ctx.article.docs[a.paragraph]
    para = ctx.article.paragraphs[a.paragraph]
    at = para.find(content, a.start)
    if at < 0:
        return a.direct_quote
    window = doc.char_span(at, at + len(content), alignment_mode="expand")
    toks = [t for t in window if t.idx >= at] if window is not None else []
    if toks and (toks[0].pos_ in ("ADP", "PART", "VERB", "AUX") or toks[0].tag_ == "VBG"):
        return False
    if cue_lemma(ctx, a) in ADDRESSEE and not a.direct_quote:
        return False  # "told the BBC that …": the content starts with the person told
    ids = {t.i for t in toks}
    roots = [t for t in toks if (t.head.i not in ids or t.head.i == t.i)
             and t.dep_ not in ("advcl", "prep", "npadvmod", "advmod", "punct")]
    # the content's own head is a finite verb: "announced the end of the mission
    # moments after the signal was lost" reports an act, and its key is no statement
    return any(t.tag_ in _FINITE or any(c.tag_ in _FINITE and c.dep_ in ("aux", "auxpass") for c in t.children)
               for t in roots)


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def key_words(content: str, most: int = 6) -> list[str]:
    """A rubric's key words for ``content``, in its order: what it says (its
    common words) before the names and figures it mentions, which a correct
    answer in the student's own words may leave out ("won more than 15.4
    million votes" keys "won, votes" before "progressives, congress, apc")."""
    words = re.findall(r"[A-Za-z][\w'’-]*|\d[\d.,]*", content)
    plain, named = [], []
    for n, word in enumerate(words):
        if "'" in word or "’" in word:
            continue  # "didn't", "we've": no key word
        for w in content_words(word):
            if w in _NOT_KEY_WORDS or w in plain or w in named:
                continue
            if w[:1].isdigit() or (n > 0 and word[:1].isupper()) or (word.isupper() and len(word) > 1):
                named.append(w)
            else:
                plain.append(w)
    chosen = set(plain[:most] + named[:max(0, most - len(plain[:most]))][:2])
    order = list(dict.fromkeys(w for word in words for w in content_words(word)))
    return [w for w in order if w in chosen]


#: Words a rubric's key words leave out: pronouns, the pieces "didn't" splits
#: into, quantifiers and comparisons ("we, didn, t, want, take, any" named no key word).
_NOT_KEY_WORDS = frozenset("""
i me my we us our you your t s d ll re ve didn don doesn isn wasn weren aren hasn haven hadn can couldn
wouldn shouldn mustn any some all also just very want wanted more less than against about over under
""".split())
