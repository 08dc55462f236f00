"""Positions: "Which best describes the position taken by X on …?" and the
matching of several holders to their positions.

Asked only for evaluative stances (supports, opposes, denies, warns,
concerned) at or above :data:`.stance_common.POSITION_CONFIDENCE`: a wrong
key here teaches the wrong thing, so a doubtful stance is left out.
"""
from __future__ import annotations

import random
import re

from ..analysis._common import a_step_or_condition, holders_match, name_tokens
from ..analysis.attributions import Attribution
from ..analysis.content import read_content
from ..lexicons.organisations import BENCH_NOUNS
from ..lexicons.stance import OPPOSITE, OUTCOME_NOUNS, UNDOING_NOUNS, verb_stance
from ..questions import Question, normalize
from .context import Context, SentInfo
from .stance_common import (
    CLEAR,
    MIN_CONFIDENCE,
    OVERLAP,
    PHRASES,
    Holder,
    askable_position,
    clean_target,
    display,
    make_question,
    option,
    sentences_for,
)


#: An owner word in a target: "South Korea … on its own school textbooks" reads as
#: South Korea's, where the article meant Japan's (panel 47).
_OWNER = re.compile(r"\b(?:its|their|his|her|own)\b", re.IGNORECASE)

def _stance_choices(key: str, present: list[str], rng: random.Random) -> list[str] | None:
    """Key phrase + three distractor phrases: classes other holders in the
    article take first, never a class that could also describe the act."""
    banned = OVERLAP.get(key, set()) | {key}
    pool = [s for s in dict.fromkeys(present) if s not in banned]
    rest = [s for s in PHRASES if s not in banned and s not in pool]
    rng.shuffle(rest)
    picked = (pool + rest)[:3]
    if len(picked) < 2:
        return None
    choices = [PHRASES[key]] + [PHRASES[s] for s in picked]
    rng.shuffle(choices)
    return choices


def position(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    out = []
    present = [a.stance for h in hs for a in h.attributions]
    for h in hs:
        for a in h.attributions:
            if not askable_position(ctx, h, a):
                continue
            infos = sentences_for(ctx, a)
            if not infos:
                continue
            # two different clear stances of one holder in one paragraph: ambiguous
            if any(b is not a and b.paragraph == a.paragraph and b.stance != a.stance and b.stance in CLEAR
                   for b in h.attributions) or _mixed(infos, a) or _contrasted(infos, a) \
                    or _described_by_another_stance(infos, h, a) or _another_stance_nearby(ctx, h, a) \
                    or _the_bench(h) or _a_ruling(a) or _a_step(ctx, a) or _qualified_next(ctx, h, infos):
                continue
            if _headline_gives_it(ctx, h, a):
                continue  # "the position taken by the Senate?" under "Argentina's Senate approves …" (panel 65)
            if a.stance == "supports" and _support_against(a):
                continue  # "welcomed the cancellation", "defended the data against X": for and against at once
            target = clean_target(ctx, a)
            if target and (target.split()[0].lower().endswith("ing") or _OWNER.search(target)):
                target = ""  # "on running a campaign" reads as the holder's act; "on its own textbooks" as theirs
            if not target and a.stance in {"supports", "opposes"} and any(
                    b is not a and b.paragraph == a.paragraph for b in h.attributions):
                continue  # "opposes" what? Beside the holder's other words the position is misread
            if not target and a.stance in OPPOSITE and any(b.stance == OPPOSITE[a.stance] for b in h.attributions):
                continue  # opposed the change, welcomed the result: without a target both keys are right (panel 32)
            who = display(h.name, ctx)
            about = f" on {target}" if target else ""
            prompt = (f"In paragraph {a.paragraph + 1}, which best describes the position taken by "
                      f"{who}{about}?")
            if len(prompt.split()) > 32:
                continue
            choices = _stance_choices(a.stance, [p for p in present if p != a.stance], rng)
            if choices is None:
                continue
            explanation = (f"{option(who)} {_STANCE_WORDS[a.stance]} (the article's cue: "
                           f"\u201c{a.cue}\u201d, paragraph {a.paragraph + 1}).")
            out.append(make_question(ctx, infos, a, type="multiple_choice", prompt=prompt,
                                 answer=PHRASES[a.stance], choices=choices, explanation=explanation,
                                 rule="position", score=1.3 + 0.3 * (a.confidence - MIN_CONFIDENCE),
                                 difficulty="medium", key_norm=f"stance:{normalize(h.name)}:{a.stance}"))
    return out


_STANCE_WORDS = {"supports": "supports it", "opposes": "opposes it", "denies": "denies it",
                 "warns": "warns of consequences", "concerned": "is concerned",
                 "claims": "makes a claim", "neutral_report": "reports it neutrally"}



def _same_person_twice(names: list[str]) -> bool:
    """Two rows name one holder ("Abdullahi Yusuf Ahmed's" and "Yusuf")."""
    return any(holders_match(a, b) for i, a in enumerate(names) for b in names[i + 1:])


def matching(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    """Holders with distinct clear stance classes matched to their paraphrases."""
    picks: dict[str, tuple[Holder, Attribution]] = {}
    for h in hs:
        clear = [a for a in h.attributions if askable_position(ctx, h, a) and not _headline_gives_it(ctx, h, a)
                 and not _a_ruling(a) and not _a_step(ctx, a)]
        if not clear or len({a.stance for a in clear}) > 1:
            continue  # a holder with two positions has no single match
        a = max(clear, key=lambda x: x.confidence)
        if a.stance not in picks or a.confidence > picks[a.stance][1].confidence:
            picks[a.stance] = (h, a)
    items = sorted(picks.values(), key=lambda ha: (ha[1].paragraph, ha[1].start))[:6]
    items = [(h, a) for h, a in items if not _fits_another_row(ctx, h, a, items)]
    if any(h.kind != "person" for h, _ in items):
        items = [(h, a) for h, a in items if not _speaks_for_a_body(ctx, h, a)]
    if len(items) < 3:
        return []
    lefts = [option(h.name) for h, _ in items]
    if len({normalize(x) for x in lefts}) != len(lefts) or _same_person_twice(lefts):
        return []
    answer = [[option(h.name), PHRASES[a.stance]] for h, a in items]
    choices = [PHRASES[a.stance] for _, a in items]
    rng.shuffle(choices)
    infos: list[SentInfo] = []
    for _, a in items:
        for i in sentences_for(ctx, a):
            if i not in infos:
                infos.append(i)
    if not infos:
        return []
    first = items[0][1]
    prompt = "Match each speaker or group with the position the article reports they took."
    explanation = "; ".join(f"{option(h.name)} \u2014 \u201c{a.cue}\u201d (paragraph {a.paragraph + 1})"
                            for h, a in items)
    q = make_question(ctx, infos, first, type="matching", prompt=prompt, answer=answer, choices=choices,
                  explanation=explanation, rule="matching", score=1.2 + 0.05 * len(items),
                  difficulty="medium" if len(items) <= 4 else "hard")
    q.stance = {"holder": ", ".join(h.name for h, _ in items), "stance": ", ".join(a.stance for _, a in items),
                "target": "; ".join(a.target for _, a in items)}
    q.meta["pairs"] = [{"holder": h.name, "stance": a.stance, "target": a.target} for h, a in items]
    return [q]


#: "Its education spokesperson, Nikki Kaye, said …", "the union's president, X,":
#: someone who speaks for a body named by a possessive.
_SPOKESPERSON = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*['\u2019]s)\s+(?:[a-z]+\s+){0,2}"
                           r"(?:spokesperson|spokesman|spokeswoman|leader|president|chief|director|head|chairman|"
                           r"chairwoman|chair|secretary|minister|representative)\b")


def _speaks_for_a_body(ctx: Context, h: Holder, a: Attribution) -> bool:
    """A person introduced as a body's spokesperson or officer: beside that body
    in a matching item, the two positions fit both rows (panel 45: the National
    Party and its education spokesperson)."""
    if h.kind != "person":
        return False
    surname = h.name.split()[-1] if h.name.split() else ""
    return any(surname in i.sentence.text and _SPOKESPERSON.search(i.sentence.text) for i in sentences_for(ctx, a))


def _support_against(a: Attribution) -> bool:
    """Support that is also opposition: "welcomed the cancellation",
    "defended his data" (against an attack), "welcomed the result" (of a
    vote that defeated something), so "gave support" and
    "criticised or opposed" would both be defensible keys."""
    words = normalize(f"{a.target} {a.content}").split()
    return a.cue.split()[0].lower().startswith("defend") or any(w in UNDOING_NOUNS for w in words[:6]) \
        or any(w in OUTCOME_NOUNS for w in words[:3])  # "welcomed the result" of a failed referendum


def _mixed(infos: list[SentInfo], a: Attribution) -> bool:
    """The holder's own words also carry the opposite judgement, clearly
    ("praised the workers" beside "the danger was underestimated"; "a step in
    the right direction" beside a warning): a position item would have two
    defensible keys."""
    tokens = [t for info in infos for t in info.span if a.start <= t.idx < a.end]
    found = read_content(tokens)

    def clear(stance: str) -> bool:
        return found.has(stance) and stance not in found.weak
    favour = clear("supports")
    against = any(clear(x) for x in ("opposes", "warns", "concerned", "denies"))
    return (a.stance == "supports" and against) or (a.stance != "supports" and favour)


#: Words that set a second, contrasting clause beside the holder's stance.
_CONTRAST = frozenset({"but", "yet", "although", "though", "while", "however"})


def _contrasted(infos: list[SentInfo], a: Attribution) -> bool:
    """The holder's stance verb has a contrasting clause of its own ("welcomed
    the vote, but criticised the exceptions"; "welcomed the agreement, but said
    the group would watch closely"): "gave support" is then half the position
    (panels 36 and 38: 0 of 2 kept)."""
    for info in infos:
        cue = next(_cue_tokens([info], a), None)
        if cue is None:
            continue
        for t in info.span:
            if t.lower_ in _CONTRAST and t.i > cue.i and t.dep_ in {"cc", "mark", "advmod"} and (
                    t.head.i == cue.i or t.head.head.i == cue.i):
                return True
    return False


#: Words that qualify what came before anywhere in a sentence ("It said, however, …"),
#: and those that do so only at its start ("But it warned …"; not "has not yet").
_QUALIFYING = frozenset({"however", "nevertheless", "nonetheless"})
_QUALIFYING_FIRST = frozenset({"but", "yet", "still"})


def _qualified_next(ctx: Context, h: Holder, infos: list[SentInfo]) -> bool:
    """The next sentence of the paragraph goes on with the same holder and
    qualifies the position ("UNAIDS welcomed the screening effort. The UN
    agency said, however, that the response had to go beyond …"): two keys
    are defensible (panel 93)."""
    after = infos[-1].index + 1
    if after >= len(ctx.sents) or ctx.sents[after].paragraph != infos[-1].paragraph:
        return False
    span = ctx.sents[after].span
    if not any(t.lower_ in _QUALIFYING and t.dep_ == "advmod" for t in span) and \
            span[0].lower_ not in _QUALIFYING | _QUALIFYING_FIRST:
        return False
    subject = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.head == span.root), None)
    return subject is not None and (subject.pos_ == "PRON" or any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children) or holders_match(
        ctx.text_of(list(subject.subtree)), h.name))


def _cue_tokens(infos: list[SentInfo], a: Attribution):
    """The tokens of the attribution's cue word in ``infos``."""
    word = a.cue.split()[0] if a.cue.split() else ""
    return (t for info in infos for t in info.span if a.start <= t.idx < a.end and t.text == word)


def _described_by_another_stance(infos: list[SentInfo], h: Holder, a: Attribution) -> bool:
    """"Trump, who has repeatedly attacked the protesting players, praised the
    owners": a relative clause on the holder takes another position, so "gave
    support" is half of what the sentence shows (panel 62: two of three raters
    called "criticised" and "warned" defensible too)."""
    words = set(name_tokens(h.name))
    for info in infos:
        for t in info.span:
            if t.dep_ == "relcl" and t.head.lower_ in words:
                for verb in [t, *(c for c in t.children if c.dep_ == "xcomp")]:  # "which helped fund the Yes side"
                    other = verb_stance(verb.lemma_.lower())
                    if other is not None and other != a.stance:
                        return True
    return False


#: Cue words of a decision: "ruled that she will not be allowed to compete" is
#: a ruling, not criticism (panel 70, three of three: wrong key).
_RULING_CUES = ("rule", "ruling", "decide", "decision", "determin", "judg", "order")


def _a_ruling(a: Attribution) -> bool:
    """The position would be read from a decision the holder made."""
    return bool(a.cue.split()) and a.cue.split()[0].lower().startswith(_RULING_CUES)


def _a_step(ctx: Context, a: Attribution) -> bool:
    """The cue is an act in a clause of time or condition ("will take effect
    after it is approved by the Office of Management and Budget"): a step the
    holder must take, not a position (panel 75, three of three: wrong key)."""
    return any(a_step_or_condition(t) for t in _cue_tokens(sentences_for(ctx, a), a))


def _headline_gives_it(ctx: Context, h: Holder, a: Attribution) -> bool:
    """The headline names the holder and the act its position is read from
    ("Argentina's Senate approves same-sex marriage"): the answer is in the title."""
    title = normalize(ctx.article.title or "").split()
    if not title or not set(name_tokens(h.name)) & set(title):
        return False
    cue = a.cue.split()[0].lower() if a.cue.split() else ""
    return bool(cue) and any(w[:5] == cue[:5] for w in title if len(w) > 3)


def _fits_another_row(ctx: Context, h: Holder, a: Attribution, items: list[tuple[Holder, Attribution]]) -> bool:
    """The holder also took, somewhere in the article, the position of another
    row ("condemned the occupation" beside a premier keyed "criticised"), even
    where the analysis was less sure of it: two rows could swap (panel 66,
    three of three: vague)."""
    others = {b.stance for g, b in items if g is not h}
    return any(b.stance in others for b in ctx.attributions() if b is not a and holders_match(b.holder, h.name))


def _another_stance_nearby(ctx: Context, h: Holder, a: Attribution) -> bool:
    """The holder takes another clear class of position in the same paragraph,
    even one the analysis was less sure of ("welcomed the ruling" and criticised
    the federation; "denied claims" and promised to fix every car): two keys
    are defensible (panel 69, three of three)."""
    return any(b is not a and b.paragraph == a.paragraph and b.stance != a.stance and b.stance in CLEAR
               and holders_match(b.holder, h.name) for b in ctx.attributions())


def _the_bench(h: Holder) -> bool:
    """"Which best describes the position taken by the Federal Administrative
    Court?" (panel 69, three of three: a ruling is no position; the labels do not fit)."""
    return bool(set(h.name.lower().replace("'s", "").split()) & (BENCH_NOUNS - {"justice"}))  # not "Justice Minister"
