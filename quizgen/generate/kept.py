"""What blind raters kept, by item form: a prior in the ranking of default sets.

Generators score how well a question is built; they cannot see how often a
teacher keeps that *kind* of question. The panels can: three blind raters
(eval/RUBRIC.md) voted on the default sets of 36 articles nobody had tuned
the rules for (panels 16-21, eval/panels/README.md). A true/false statement
was kept 77 times of 98, a fact question in the form "What did X …?" 15 of
40, a cloze 16 of 41. The same fact asked "Who …?" as a short answer was kept
19 of 23 times, as a multiple choice with named options 11 of 26 (the options
were the complaint). Selection adds :func:`prior` to a question's rank, so
that among questions of similar quality the form teachers keep comes first.

Counts are majority votes (kept, rated). Each family names its questions'
form (:attr:`.families.Family.form_of`); a form without counts has no prior.
Update the counts when a panel on unseen articles adds evidence (its per-kind
figures are in eval/panels/README.md).
"""
from __future__ import annotations

#: Majority-kept / rated, panels 16-21 (432 items, 36 never-seen articles).
KEPT: dict[str, tuple[int, int]] = {
    "main_idea": (32, 32),
    "who_said": (7, 7),
    "fact_opinion": (38, 42),
    "fact_who": (19, 23),
    "true_false": (77, 98),
    "position": (32, 43),
    "reported": (17, 23),
    "fact_according": (14, 26),
    "fact_other": (7, 13),   # how, when, where
    "why": (3, 6),
    "facts_mcq": (11, 26),
    "cloze": (16, 41),
    "fact_what": (15, 40),
    "fact_which": (3, 10),
}

#: The rate a form must beat to gain rank (about the panels' overall rate).
BASELINE = 0.68
#: Rank per unit of kept rate above or below the baseline: a cloze (0.40)
#: loses about 0.28, a main-idea item (0.97) gains about 0.29 — less than the
#: gap between a central and a minor sentence (:data:`.select.IMPORTANCE_WEIGHT`).
PRIOR_WEIGHT = 1.0


def kept_rate(form: str) -> float | None:
    """Share of ``form``'s items the raters kept, smoothed (add one kept and
    one rejected, so 7 of 7 reads 0.89, not certainty); None without counts."""
    counts = KEPT.get(form)
    if counts is None:
        return None
    kept, rated = counts
    return (kept + 1) / (rated + 2)


def prior(form: str) -> float:
    """Rank adjustment for a question of ``form`` (0 for a form never rated)."""
    rate = kept_rate(form)
    return 0.0 if rate is None else PRIOR_WEIGHT * (rate - BASELINE)
