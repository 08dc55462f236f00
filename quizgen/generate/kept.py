"""What blind raters kept, by item form: a prior in the ranking of default sets.

Generators score how well a question is built; they cannot see how often a
teacher keeps that *kind* of question. The panels can: three blind raters
(eval/RUBRIC.md) voted on the default sets of 342 articles nobody had tuned
the rules for (panels 16-70, 75 and 76, eval/panels/README.md). A main-idea item was kept
almost every time (273 of 275), a true/false statement 954 times of 1,163, a fact
question in the form "What did X …?" 112 of 256, a cloze 96 of 234, a fact asked
as a multiple choice with named options 109 of 212 (the options were the complaint).
Selection adds :func:`prior` to a question's rank, so that among questions of
similar quality the form teachers keep comes first.

Counts are majority votes (kept, rated). Each family names its questions'
form (:attr:`.families.Family.form_of`); a form without counts has no prior.
Update the counts when a panel on unseen articles adds evidence (its per-kind
figures are in eval/panels/README.md).
"""
from __future__ import annotations

#: Majority-kept / rated, panels 16-70, 75 and 76 (3,824 items, 342 never-seen articles;
#: for panel 23 only the quizzes of the shipped selection; panels 71-74 rated the union of
#: two engines' sets, where raters rejected items as repeats of the other engine's, and
#: are left out; in panels 75-76 an item both engines delivered counts once). Panels 16-21 alone kept
#: written "Who …?" items 19 of 23 times; ranked up, 17 of 34 were kept in
#: panels 22-25: counts from a form's best items overrate its next ones, so
#: the table is re-counted after each run of panels (panels 51-62 added 783
#: items, each regenerated at the commit its panel rated and matched to the
#: ratings item by item; panels 63-70, 75 and 76 added 640 the same way, 468
#: kept: the rates moved by at most 0.03 but for "reason", 0.55 to 0.44).
KEPT: dict[str, tuple[int, int]] = {
    "main_idea": (273, 275),
    "fact_opinion": (151, 201),
    "position": (213, 282),
    "true_false": (954, 1163),
    "who_said": (89, 123),
    "reported": (110, 149),
    "fact_who": (321, 461),
    "fact_other": (57, 111),   # how, when, where
    "why": (26, 48),
    "reason": (6, 14),         # a reason someone gave (stated_reason, reported_cause)
    "fact_according": (131, 246),
    "fact_what": (112, 256),
    "facts_mcq": (109, 212),
    "cloze": (40, 142),       # a name, place or date blanked
    "cloze_amount": (56, 92),  # an amount blanked (split by the key's form)
    "fact_which": (13, 40),
    "matching": (2, 7),
    "cause": (0, 8),          # "what is the reason for this: …?" with sentences as options
}

#: The rate a form must beat to gain rank (about the panels' overall rate: 2,663 of 3,824).
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
