"""What blind raters kept, by item form: a prior in the ranking of default sets.

Generators score how well a question is built; they cannot see how often a
teacher keeps that *kind* of question. The panels can: three blind raters
(eval/RUBRIC.md) voted on the default sets of 210 articles nobody had tuned
the rules for (panels 16-50, eval/panels/README.md). A main-idea item was kept
every time, a true/false statement 576 times of 724, a fact question in the
form "What did X …?" 68 of 165, a cloze 70 of 176, a fact asked as a multiple
choice with named options 62 of 133 (the options were the complaint).
Selection adds :func:`prior` to a question's rank, so that among questions of
similar quality the form teachers keep comes first.

Counts are majority votes (kept, rated). Each family names its questions'
form (:attr:`.families.Family.form_of`); a form without counts has no prior.
Update the counts when a panel on unseen articles adds evidence (its per-kind
figures are in eval/panels/README.md).
"""
from __future__ import annotations

#: Majority-kept / rated, panels 16-50 (2,401 items, 210 never-seen articles; for
#: panel 23 only the quizzes of the shipped selection). Panels 16-21 alone kept
#: written "Who …?" items 19 of 23 times; ranked up, 17 of 34 were kept in
#: panels 22-25: counts from a form's best items overrate its next ones, so
#: the table is re-counted after each panel (panels 44-50 added 472 items).
KEPT: dict[str, tuple[int, int]] = {
    "main_idea": (165, 165),
    "fact_opinion": (97, 130),
    "position": (142, 188),
    "true_false": (576, 724),
    "who_said": (69, 92),
    "reported": (79, 109),
    "fact_who": (154, 250),
    "fact_other": (38, 69),   # how, when, where
    "why": (16, 31),
    "fact_according": (79, 142),
    "fact_what": (68, 165),
    "facts_mcq": (62, 133),
    "cloze": (34, 122),       # a name, place or date blanked
    "cloze_amount": (36, 54),  # an amount blanked (split by the key's form)
    "fact_which": (7, 26),
    "cause": (0, 7),          # "what is the reason for this: …?" with sentences as options
}

#: The rate a form must beat to gain rank (about the panels' overall rate: 1,622 of 2,401).
BASELINE = 0.65
#: Rank per unit of kept rate above or below the baseline: a cloze (0.38)
#: loses about 0.27, a main-idea item (0.98) gains about 0.33 — less than the
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
