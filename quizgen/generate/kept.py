"""What blind raters kept, by item form: a prior in the ranking of default sets.

Generators score how well a question is built; they cannot see how often a
teacher keeps that *kind* of question. The panels can: three blind raters
(eval/RUBRIC.md) voted on the default sets of 282 articles nobody had tuned
the rules for (panels 16-62, eval/panels/README.md). A main-idea item was kept
almost every time (221 of 223), a true/false statement 782 times of 961, a fact
question in the form "What did X …?" 97 of 222, a cloze 81 of 200, a fact asked
as a multiple choice with named options 90 of 181 (the options were the complaint).
Selection adds :func:`prior` to a question's rank, so that among questions of
similar quality the form teachers keep comes first.

Counts are majority votes (kept, rated). Each family names its questions'
form (:attr:`.families.Family.form_of`); a form without counts has no prior.
Update the counts when a panel on unseen articles adds evidence (its per-kind
figures are in eval/panels/README.md).
"""
from __future__ import annotations

#: Majority-kept / rated, panels 16-62 (3,184 items, 282 never-seen articles; for
#: panel 23 only the quizzes of the shipped selection). Panels 16-21 alone kept
#: written "Who …?" items 19 of 23 times; ranked up, 17 of 34 were kept in
#: panels 22-25: counts from a form's best items overrate its next ones, so
#: the table is re-counted after each run of panels (panels 51-62 added 783
#: items, each regenerated at the commit its panel rated and matched to the
#: ratings item by item).
KEPT: dict[str, tuple[int, int]] = {
    "main_idea": (221, 223),
    "fact_opinion": (131, 173),
    "position": (181, 239),
    "true_false": (782, 961),
    "who_said": (81, 112),
    "reported": (92, 127),
    "fact_who": (248, 370),
    "fact_other": (43, 87),   # how, when, where
    "why": (22, 38),
    "reason": (5, 9),         # a reason someone gave (stated_reason, reported_cause)
    "fact_according": (110, 205),
    "fact_what": (97, 222),
    "facts_mcq": (90, 181),
    "cloze": (35, 126),       # a name, place or date blanked
    "cloze_amount": (46, 74),  # an amount blanked (split by the key's form)
    "fact_which": (10, 31),
    "matching": (1, 5),
    "cause": (0, 7),          # "what is the reason for this: …?" with sentences as options
}

#: The rate a form must beat to gain rank (about the panels' overall rate: 2,195 of 3,184).
BASELINE = 0.69
#: Rank per unit of kept rate above or below the baseline: a cloze (0.28)
#: loses about 0.41, a main-idea item (0.99) gains about 0.30 — less than the
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
