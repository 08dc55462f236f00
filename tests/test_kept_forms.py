"""Forms the panels rarely kept stay out of default sets (quizgen.generate.kept,
select.RARELY_KEPT): the counts of eval/panels, recounted through panel 92."""
from __future__ import annotations

from quizgen.generate import kept
from quizgen.generate.select import RARELY_KEPT, _kept_out_of_default_sets
from quizgen.questions import Evidence, Question


def _fact(prompt: str, wh: str) -> Question:
    return Question("q", "short_answer", "fact", prompt, "the key", [Evidence(0, 0, 1, "x")],
                    meta={"family": "facts", "rule": "fact_short", "wh": wh})


def test_a_written_which_fact_is_left_out_unless_nothing_else_fills_the_set():
    which = _fact("Which place did the presenter read out?", "which")
    assert kept.kept_rate("fact_which") < RARELY_KEPT
    assert _kept_out_of_default_sets(which, relaxed=False, chosen=[])
    assert not _kept_out_of_default_sets(which, relaxed=True, chosen=[])


def test_a_written_who_fact_is_not_left_out():
    who = _fact("Who read out the winner's name?", "who")
    assert kept.kept_rate("fact_who") > RARELY_KEPT
    assert not _kept_out_of_default_sets(who, relaxed=False, chosen=[])


def test_the_counts_are_majority_votes_of_rated_items():
    assert kept.KEPT, "the table should hold the panels' counts"
    assert all(0 <= k <= n and n > 0 for k, n in kept.KEPT.values())
    overall = sum(k for k, _ in kept.KEPT.values()) / sum(n for _, n in kept.KEPT.values())
    assert abs(overall - kept.BASELINE) < 0.02  # the baseline is the panels' overall rate
