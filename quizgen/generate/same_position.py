"""Options that took the position a "Who <stance verb> …?" stem asks about.

"Who blamed the government?" keyed to one union leader, with another speaker
among the options who said "the government chose bullets": that option is a
second right answer (panel 62, three of three raters). A stem whose verb takes
a position (:data:`~..lexicons.stance.STANCE_VERBS`) rules out every speaker
of the article who took the same class of position, or whose words name what
the stem's verb is aimed at; the analysis's class may be wrong, the overlap of
words catches what it misses.
"""
from __future__ import annotations

from ..analysis._common import holders_match
from ..lexicons.stance import verb_stance
from ..questions import content_words, normalize
from .context import Context

#: Classes that do what a verb does besides its own: defending someone answers
#: the charges against them ("denied that they had aimed to kill anyone").
_ALSO_DOES = {"defend": {"denies"}}


def stance_verb_of(ctx: Context, stem: str, sent_index: int) -> tuple[str, str] | None:
    """(lemma, class) of a "Who <verb> …?" stem's verb when it takes a position."""
    words = stem.split()
    if len(words) < 3 or words[0] != "Who":
        return None
    verb = next((t for t in ctx.sents[sent_index].span if t.text == words[1] and t.pos_ == "VERB"), None)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    cls = verb_stance(lemma)
    return None if cls is None else (lemma, cls)


def took_the_same_position(ctx: Context, stem: str, option: str, sent_index: int) -> bool:
    """``option`` is a speaker who took the position the stem's verb names, or
    whose words name its object: as an option it could be a second key."""
    found = ctx.remembered(("stance_verb_of", stem, sent_index), lambda: stance_verb_of(ctx, stem, sent_index))
    return found is not None and took_position(ctx, option, found[1], found[0], stem)


def took_position(ctx: Context, option: str, cls: str, lemma: str, stem: str) -> bool:
    """``option`` holds a position of class ``cls`` (or what does the same), used
    the verb ``lemma``, or spoke of what the "Who <verb> …?" ``stem`` asks about."""
    classes = {cls} | _ALSO_DOES.get(lemma, set())
    aimed_at = set(content_words(" ".join(stem.rstrip("?").split()[2:])))
    for a in ctx.attributions():
        if not holders_match(option, a.holder):
            continue
        if a.stance in classes or a.cue.lower().startswith(lemma[:5]):
            return True
        if aimed_at & set(content_words(normalize(a.content))):
            return True
    return False
