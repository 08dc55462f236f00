"""Rules from panels 16-21 (eval/panels/2026-12-06-panel16 … panel21): what the
raters kept by form, and the wrong-wh, option and swap faults they named,
each checked on invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import find_attributions
from quizgen.articles.parse import parse_article
from quizgen.generate import families, kept, select, true_false
from quizgen.generate.context import _acronyms
from quizgen.generate.pipeline import generate_questions
from quizgen.questions import Question

from .rule_support import context_of, fact_prompts

ARTICLES = sorted((Path(__file__).parent.parent / "articles").glob("*.txt"))


def test_an_untagged_name_that_speaks_is_asked_with_who():
    prompts = fact_prompts("Kestrel Ward welcomed the council's announcement on Tuesday. "
                           "Njoki Wambugu argued that the petitioners had not proved their case.")
    assert not any(p.startswith("What welcomed") or p.startswith("What argued") for p in prompts), prompts


def test_a_role_noun_before_a_name_does_not_make_it_a_work_of_art():
    prompts = fact_prompts("The court sentenced Egyptian producer Baher Selim to seven years. "
                           "Baher Selim received an extra three years for possessing a spent bullet.")
    assert not any(p.startswith("What received") for p in prompts), prompts


def test_an_acronym_of_a_name_in_another_language_is_the_same_body():
    aliases = _acronyms(["The International Fencing Union (UIF) and officials of the Ministry of Health (MOH) met."])
    assert aliases["uif"] == {"uif", "international fencing union"}
    assert aliases["moh"] == {"moh", "ministry of health"}  # not "officials of the …"


def test_a_longer_capitalised_name_before_an_acronym_is_also_the_same_body():
    aliases = _acronyms(["The United States Federal Flood Agency (FFA) said it would help."])
    assert "united states federal flood agency" in aliases["ffa"]


def test_a_holder_keeps_the_whole_name_of_its_organisation():
    article = parse_article("Test\n\nThe World Anti-Poaching Agency welcomed the ranger service's decision on "
                            "Monday.\n")
    holders = [a.holder.removeprefix("The ") for a in find_attributions(article)]
    assert holders, "the sentence should give an attribution"
    assert "World Anti-Poaching Agency" in holders, holders


def test_a_number_in_a_range_is_not_swapped():
    ctx = context_of("An estimated 20,000 to 25,000 snow leopards live in the wild across 12 countries. "
                     "Rangers counted 4,000 leopards in 2019 and 6,000 in 2021.")
    info = ctx.sents[0]
    made = [true_false.falsify(ctx, info, info.sentence.text, random.Random(seed)) for seed in range(5)]
    changed = [m[0] for m in made if m]
    assert changed, "the sentence should still give a false statement (the country count)"
    assert all("to 25,000" not in c or "20,000 to" in c for c in changed), changed


def test_every_kept_form_is_a_form_the_families_give():
    forms = set()
    for path in ARTICLES:
        result = generate_questions(parse_article(path.read_text(encoding="utf-8")), count=40, seed=0)
        forms.update(families.form_of(q) for q in result.questions)
    assert forms, "the sample articles should give questions"
    assert set(kept.KEPT) - forms <= {"who_said", "why", "fact_which", "fact_other", "fact_according",
                                      "facts_mcq", "cloze", "fact_what"}
    assert {"true_false", "fact_opinion", "main_idea", "position"} <= forms


def test_a_form_raters_kept_ranks_above_one_they_rejected():
    assert kept.prior("main_idea") > kept.prior("true_false") > 0 > kept.prior("fact_what")
    assert kept.prior("never rated") == 0.0
    assert kept.kept_rate("who_said") < 1.0  # 7 of 7 is evidence, not certainty


def _question(qtype: str, family: str, sentence: int, **meta) -> Question:
    answer = {"true_false": "True", "fact_or_opinion": "Fact"}.get(qtype, f"key {sentence}")
    q = Question(id=f"q{sentence}", type=qtype, skill="detail", prompt=f"Question {sentence}?", answer=answer,
                 choices=["a", "b", answer] if qtype == "multiple_choice" else [], evidence=[])
    q.meta = {"family": family, "sentence": sentence, "paragraph": sentence, "score": 1.5, **meta}
    return q


@pytest.mark.parametrize("other_types, expect_cloze", [(4, False), (2, True)])
def test_a_cloze_only_fills_a_set_that_lacks_variety(other_types, expect_cloze):
    ctx = context_of(" ".join(f"Sentence number {i} reports that the council met in Oslo." for i in range(12)))
    kinds = [("true_false", "true_false", {}), ("fact_or_opinion", "fact_opinion", {}),
             ("multiple_choice", "understanding", {"rule": "main_idea"}), ("short_answer", "facts", {"wh": "who"})]
    candidates = [_question(t, f, i * 4 + j, **m) for i in range(3) for j, (t, f, m) in enumerate(kinds[:other_types])]
    candidates.append(_question("cloze", "cloze", 11, rule="cloze", score=3.0))
    chosen = select.select(ctx, candidates, count=6, seed=0)
    assert chosen, "the set should not be empty"
    assert any(q.type == "cloze" for q in chosen) is expect_cloze, [q.type for q in chosen]
