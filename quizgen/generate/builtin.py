"""The families quizgen ships, declared once (see :mod:`.families`).

Registration order is the order the generate form lists them; generation
runs the analysis families first. Each entry adapts a generator module's
``generate`` to the registry's ``generate(run)``.
"""
from __future__ import annotations

import importlib
import random

from ..questions import Question
from .families import Family, Run, register


class _Lazy:
    """A generator module imported on its first use: the web process reads this
    registry for its forms and must never load the language model."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(f"{__package__}.{self._name}"), attr)


cloze, fact_opinion, facts, sequence, stances, true_false, understanding, vocabulary, why = (
    _Lazy(name) for name in ("cloze", "fact_opinion", "facts", "sequence", "stances", "true_false",
                             "understanding", "vocabulary", "why"))

ANALYSIS_FAILED = "the who-says-what analysis failed on this text ({name})"


def _facts(run: Run) -> list[Question]:
    return facts.generate(run.ctx, run.shared_rng)


def _cloze(run: Run) -> list[Question]:
    return cloze.generate(run.ctx, run.shared_rng)


def _true_false(run: Run) -> list[Question]:
    return true_false.generate(run.ctx, run.shared_rng)


def _why(run: Run) -> list[Question]:
    """Cause and purpose questions, plus written-answer versions of the fact
    questions whose key is a name, number or date."""
    made = why.generate(run.ctx, run.shared_rng)
    mcs = [q for q in run.made if q.type == "multiple_choice"] or facts.generate(run.ctx, random.Random(run.seed))
    return made + facts.short_answers(run.ctx, mcs)


def _sequence(run: Run) -> list[Question]:
    made, note = sequence.generate(run.ctx, run.shared_rng)
    if note:
        run.notes.append(note)
    return made


def _attributions(run: Run) -> list:
    attributions = run.ctx.attributions()
    error = run.ctx.attribution_error
    note = ANALYSIS_FAILED.format(name=type(error).__name__) if error is not None else ""
    if note and note not in run.notes:
        run.notes.append(note)
    return attributions


def _stances(run: Run) -> list[Question]:
    attributions = _attributions(run)
    run.holders = stances.holder_count(attributions)
    made, notes = stances.generate(run.ctx, run.rng(), attributions)
    run.notes.extend(notes)
    return made


def _fact_opinion(run: Run) -> list[Question]:
    attributions = _attributions(run)
    return fact_opinion.generate(run.ctx, run.rng(1), attributions, run.ctx.opinions())


def _vocabulary(run: Run) -> list[Question]:
    return vocabulary.generate(run.ctx, run.rng(2))


def _understanding(run: Run) -> list[Question]:
    return understanding.generate(run.ctx, run.rng(3))


def _fact_form(q: Question) -> str:
    """Forms of fact and why questions (see :mod:`.kept`): multiple choice, or
    a written answer by its wh-word ("Who …?" was kept far more than "What …?")."""
    if q.meta.get("rule") == "why":
        return "why"
    if q.meta.get("rule") in ("stated_reason", "reported_cause"):
        return "reason"  # a reason someone gave (no panel counts yet: no prior)
    if q.type == "multiple_choice":
        return "facts_mcq"
    if q.prompt.startswith("According to"):
        return "fact_according"
    wh = q.meta.get("wh")
    return f"fact_{wh}" if wh in {"who", "what", "which"} else "fact_other"


#: Entity labels of a cloze key that is an amount: raters kept these blanks about
#: twice as often as blanked names, places and dates (29 of 45 against 34 of 117).
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _cloze_form(q: Question) -> str:
    """A blanked amount ("cloze_amount") or a blanked name, place or date ("cloze")."""
    return "cloze_amount" if q.meta.get("label") in _AMOUNT_LABELS else "cloze"


#: The rules of :mod:`.understanding_causes` (a test holds the two lists equal;
#: named here so that the web process need not import the generator).
CAUSE_RULES = frozenset("""because as_a_result after after_event because_of led_to resulted_in caused
participle_trigger participle_spark participle_prompt participle_cause""".split())


def _rule_form(q: Question) -> str:
    """Forms of stance and understanding questions: their rule ("position",
    "reported", "who_said", "main_idea" …); every cause-and-effect rule is one
    form, "cause" (the stem's link word differs, the options' problem does not)."""
    rule = str(q.meta.get("rule") or q.meta.get("family"))
    return "cause" if rule in CAUSE_RULES else rule


def _no_stance_note(run: Run) -> str:
    if run.holders < 2:
        return ""  # the stance generator's own notes say why
    return ("the article quotes several sources, but none of their positions is clear enough "
            "to ask about without guessing, so no who-says-what question")


# Weights follow what blind raters kept (eval/panels/README.md): cloze items were
# the least kept of the common kinds; fact-or-opinion, main idea and positions the
# most; true/false fell to 8 of 18 in panel 7 (number swaps on minor figures); cloze
# was kept 11 of 33 times over panels 6-8, fact-or-opinion 14 of 15.
register(Family(
    "facts", "Facts (who, what, when, where, how many)", ("multiple_choice",), _facts,
    weight=0.30, priority=20, aliases=("multiple_choice", "mc", "fact"), form_of=_fact_form,
    missing_note="no sentence gave a fact question with three same-kind wrong options"))
register(Family(
    "cloze", "Fill in the blank", ("cloze",), _cloze, weight=0.06, priority=30, shows_sentence=True,
    form_of=_cloze_form,
    first_round=0,  # kept 16 of 41 times (panels 16-21): a default set's fourth type, if it needs one
    missing_note="no sentence has a name, number or date to blank"))
register(Family(
    "true_false", "True / false", ("true_false",), _true_false, weight=0.12, pool_share=0.15,
    priority=40, shows_sentence=True, aliases=("tf",), missing_note="no sentence stands alone as a true/false statement"))
register(Family(
    "why", "Why / how (short answer)", ("short_answer",), _why, weight=0.10, priority=60, form_of=_fact_form,
    aliases=("short_answer",),
    # not "no cause is stated": raters read that as a claim about the article (panel 39)
    missing_note="no why-question: no cause, purpose or stated reason could be asked cleanly"))
register(Family(
    "sequence", "Sequence of events", ("ordering",), _sequence, weight=0.04, pool_share=0.03,
    priority=70, aliases=("ordering",),
    in_default=False))  # blind raters kept 0 of 2 (panels 6, 7): the order follows from common sense
register(Family(
    "stances", "Who says what", ("multiple_choice", "matching", "short_answer"), _stances,
    weight=0.16, pool_share=0.15, needs_analysis=True, priority=0, form_of=_rule_form,
    aliases=("stance", "who_said", "who_says_what", "position", "matching"),
    missing_note=_no_stance_note))
register(Family(
    "fact_opinion", "Fact or opinion", ("fact_or_opinion",), _fact_opinion, weight=0.12,
    pool_share=0.06, needs_analysis=True, priority=10, shows_sentence=True,
    aliases=("fact_or_opinion", "opinion", "opinions"),
    # notes say what the drafting could not do, not what the article lacks: raters read
    # "no sentence is clearly an opinion" as a claim about the article and disputed it (panel 43)
    missing_note="no fact-or-opinion item: no sentence passed the checks for a clear-cut fact or opinion"))
register(Family(
    "vocabulary", "Vocabulary in context (not in default sets: check each sense)", ("multiple_choice",),
    _vocabulary, weight=0.08, pool_share=0.06, needs_analysis=True, priority=50, shares_sentence=True,
    in_default=False,  # blind raters kept 0 of 13 drafted items (eval/panels): a teacher picks it
    aliases=("vocab", "words"),
    missing_note="no uncommon word has a clear dictionary sense here, so no vocabulary item"))
register(Family(
    "understanding", "Understanding (main idea, supporting evidence, cause and effect)", ("multiple_choice",),
    _understanding, weight=0.17, pool_share=0.1, needs_analysis=True, priority=-5, first_round=2,
    form_of=_rule_form,
    aliases=("main_idea", "inference", "cause_effect"),
    missing_note="no main-idea or cause question could be drafted: a main-idea item needs a clear lead and three "
                 "minor sentences of similar length to offer beside it; a cause needs an explicit link (because, "
                 "as a result, led to …)"))
