"""A false true/false statement that credits a view to the side that opposed it.

"The Institute of Economic Affairs said the tax was regressive" becomes
"Health campaigners said the tax was regressive" when the article shows the
campaigners backing the tax: a student who followed who stood where knows it
is false, and the false item tests the article's central disagreement rather
than a place or a figure. Panels 29 and 30 found most default sets' true/false
items all keyed True (71 of 86 over eighteen kept-aside and unseen articles),
because few sentences had a name, verb or figure that could change plausibly.

Only a holder with the opposite evaluative stance (supports against opposes)
is swapped in, of the same kind (a person for a person, a body for a body),
and only when that holder never takes the first holder's side anywhere in the
article: the changed statement is then clearly false, not "not stated".
"""
from __future__ import annotations

import re

from ..lexicons.people import INSTITUTION_NOUNS, names_people
from ..lexicons.stance import ACT_CUES, OPPOSITE
from ..questions import normalize
from .context import Context, SentInfo, strip_det
from .same_answer import similar



def _in_sentence(a, info: SentInfo) -> bool:
    s = info.sentence
    return a.paragraph == s.paragraph and a.start < s.end and s.start < a.end


def _named(holder: str) -> bool:
    """A holder a student can tell apart: not a pronoun, "one" or a lone word
    such as "Court" (one of a longer name the article writes in full)."""
    words = strip_det(holder).split()
    return len(words) >= 2 and words[0].lower() not in {"he", "she", "they", "it", "we", "i", "one"} \
        and "," not in holder  # "The head of the bureau, An Lusheng": a description, then the name


def _the_other_side(ctx: Context, a) -> list:
    """Attributions of holders who take the opposite position to ``a`` and never its own."""
    want = OPPOSITE[a.stance]
    sides: dict[str, set[str]] = {}
    for b in ctx.attributions():
        sides.setdefault(normalize(strip_det(b.holder)), set()).add(b.stance)
    return [b for b in ctx.attributions() if b.stance == want and _kind(b) == _kind(a)
            and _named(b.holder) and _takes_a_view(b)
            and a.stance not in sides.get(normalize(strip_det(b.holder)), set())
            and not similar(b.holder, a.holder, ctx)]


def _takes_a_view(a) -> bool:
    """A stance the holder voices, by someone who can voice one: not an act read as
    support ("primary schools are offering the subject") and not a thing or place."""
    if a.cue.lower() in ACT_CUES or any(b.startswith("act:") for b in a.basis) or a.cue.lower().startswith("offer"):
        return False
    head = strip_det(a.holder).split()[-1]
    lemma = head.lower()[:-1] if head.lower().endswith("s") else head.lower()
    return head[:1].isupper() or names_people(lemma) or names_people(head.lower()) or lemma in INSTITUTION_NOUNS


def _kind(a) -> str:
    """A person for a person; organisations and groups stand for one another
    ("the drinks industry's association" for "health campaigners")."""
    return "person" if a.holder_kind == "person" else "body"


def speaker_swap(ctx: Context, info: SentInfo, statement: str) -> tuple[str, str, str, str] | None:
    """(false statement, wrong holder, right holder, "speaker") or None: the
    holder of the sentence's stance replaced by one from the other side."""
    for a in ctx.attributions():
        if a.stance not in OPPOSITE or not _in_sentence(a, info) or not _named(a.holder):
            continue
        span = _subject_span(statement, a.holder)
        if span is None or statement[len(span):].split()[0] in _MEMBERS_ONLY:
            continue  # "The Roman Catholic Church voted 98-15": only members of the body vote
        if a.cue.split()[:1] != statement[len(span):].split()[:1]:
            continue  # "Relatives gathered outside the station, demanding …": the act is not the view (panel 40)
        for b in _the_other_side(ctx, a):
            if normalize(strip_det(b.holder)) in normalize(statement):
                continue
            wrong = b.holder[:1].upper() + b.holder[1:]
            if _pronoun_disagrees(statement[len(span):], wrong):
                continue  # "Aid workers said it was ready to return" for the WFP (panel 67)
            changed = wrong + statement[len(span):]
            if normalize(changed) not in ctx.normalized_text():
                return changed, f"\u201c{b.holder}\u201d", f"\u201c{span}\u201d", "speaker"
    return None


def _pronoun_disagrees(rest: str, holder: str) -> bool:
    """The statement goes on with "it"/"its" (or "they"/"their") for its
    speaker, and the swapped-in holder is plural (or singular)."""
    words = re.findall(r"[a-z']+", rest.lower())[:12]
    plural = holder.split()[-1].lower().endswith("s") and not holder.split()[-1][:1].isupper()
    return plural and bool({"it", "its"} & set(words)) or not plural and bool({"they", "their", "them"} & set(words))


#: Acts only the body's own members can do: another side swapped in is absurd, not false.
_MEMBERS_ONLY = frozenset({"voted", "ruled", "passed", "approved", "adopted"})
#: A past-tense verb right after the holder: "said", "warned", "welcomed" agree
#: with any subject ("has said" does not: "campaigners has said").
_PAST_VERB = re.compile(r"^\s+(?:[a-z]+ed|said|told|wrote|spoke|made|took|gave)\b")


def _subject_span(statement: str, holder: str) -> str | None:
    """The statement's opening words naming ``holder`` ("The Institute of
    Economic Affairs"), when a past-tense verb follows them straight away (no
    apposition that would then describe the wrong holder), else None."""
    for span in (holder, "The " + strip_det(holder), strip_det(holder)):
        if span and statement.startswith(span) and statement.count(strip_det(holder)) == 1:
            return span if _PAST_VERB.match(statement[len(span):]) else None
    return None
