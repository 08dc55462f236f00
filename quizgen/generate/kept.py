"""What blind raters kept, by item form: a prior in the ranking of default sets.

Generators score how well a question is built; they cannot see how often a
teacher keeps that *kind* of question. The panels can: three blind raters
(eval/RUBRIC.md) voted on the default sets of 438 articles nobody had tuned
the rules for (panels 16-70 and 75-92, eval/panels/README.md). A main-idea item was kept
almost every time (393 of 395), a true/false statement 1,302 times of 1,562, a fact
question in the form "What did X …?" 139 of 322, a blanked name or date 46 of 165, a fact
asked as a multiple choice with named options 176 of 329 (the options were the complaint).
Selection adds :func:`prior` to a question's rank, so that among questions of
similar quality the form teachers keep comes first.

Counts are majority votes (kept, rated). Each family names its questions'
form (:attr:`.families.Family.form_of`); a form without counts has no prior.
Update the counts when a panel on unseen articles adds evidence (its per-kind
figures are in eval/panels/README.md).
"""
from __future__ import annotations

#: Majority-kept / rated, panels 16-70 and 75-92 (5,210 items, 438 never-seen articles;
#: for panel 23 only the quizzes of the shipped selection; panels 71-74 rated the union of
#: two engines' sets, where raters rejected items as repeats of the other engine's, and
#: are left out; in panels 75-76 an item both engines delivered counts once). Panels 16-21 alone kept
#: written "Who …?" items 19 of 23 times; ranked up, 17 of 34 were kept in
#: panels 22-25: counts from a form's best items overrate its next ones, so
#: the table is re-counted after each run of panels (panels 51-62 added 783
#: items, each regenerated at the commit its panel rated and matched to the
#: ratings item by item; panels 63-70, 75 and 76 added 640 the same way, 468
#: kept: the rates moved by at most 0.03 but for "reason", 0.55 to 0.44;
#: panels 77-92 added 1,386 the same way, 1,020 kept: written "Which …?" facts
#: fell from 13 of 40 to 14 of 60 (1 of 20 in these panels), a blanked amount
#: rose from 56 of 92 to 90 of 137 and "reason" from 6 of 14 to 16 of 29, the
#: rest moved by at most 0.04).
KEPT: dict[str, tuple[int, int]] = {
    "main_idea": (393, 395),
    "fact_opinion": (200, 263),
    "position": (281, 371),
    "true_false": (1302, 1562),
    "who_said": (115, 164),
    "reported": (166, 222),
    "fact_who": (450, 630),
    "fact_other": (80, 159),   # how, when, where
    "why": (30, 53),
    "reason": (16, 29),         # a reason someone gave (stated_reason, reported_cause)
    "fact_according": (181, 335),
    "fact_what": (139, 322),
    "facts_mcq": (176, 329),
    "cloze": (46, 165),       # a name, place or date blanked
    "cloze_amount": (90, 137),  # an amount blanked (split by the key's form)
    "fact_which": (14, 60),
    "matching": (4, 12),
    "cause": (0, 8),          # "what is the reason for this: …?" with sentences as options
}

#: The rate a form must beat to gain rank (about the panels' overall rate: 3,683 of 5,210).
BASELINE = 0.71
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
