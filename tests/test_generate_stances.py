"""Stance questions (issue 4): who said it, position, matching, reported content.

Crafted sentences written for these tests; the seed article is a regression check.
"""
import pytest

from quizgen.articles.parse import parse_article
from quizgen.quality import flaws
from quizgen.generate import generate_questions, parse_types
from quizgen.generate.stances import PHRASES, display, past
from quizgen.questions import normalize
from tests.conftest import ARTICLES, SEED

CRAFTED = """Harbour plan divides the town

The Port Authority of Belmora announced plans to build a new container terminal on the north shore.

Mayor Ilse Varnhagen said that the terminal would bring four hundred jobs to the town.

The Belmora Fishers' Union dismissed the promised jobs as "a fairy tale for voters" on Tuesday.

Marta Quillon, a marine biologist at Denholt University, warned that dredging would destroy the oyster beds.

Councillor Tobias Ferrand expressed concern about the cost of the new road to the terminal.

The Regional Water Board denied that the harbour water was polluted.
"""


@pytest.fixture(scope="module")
def crafted():
    parsed = parse_article(CRAFTED)
    return parsed, generate_questions(parsed, count=40, types="stance", seed=1)


def _by_family(result, family):
    return [q for q in result.questions if q.meta.get("rule") == family]


def test_type_aliases_reach_the_stance_family():
    assert parse_types("stances") == {"stances"}
    assert parse_types("who_said,matching") == {"stances"}
    assert parse_types(["stance", "opinion", "vocab"]) == {"stances", "fact_opinion", "vocabulary"}


def test_every_stance_question_carries_its_stance_and_passes_the_flaw_checks(crafted):
    parsed, result = crafted
    assert result.questions
    for q in result.questions:
        assert q.skill == "stance"
        assert set(q.stance) == {"holder", "stance", "target"}
        assert q.problems(parsed.paragraphs) == []
        assert flaws(q, parsed.paragraphs) == []


def test_position_keys_follow_the_cue(crafted):
    _, result = crafted
    keys = {q.stance["holder"]: q.answer for q in _by_family(result, "position")}
    assert keys.get("The Belmora Fishers' Union") == PHRASES["denies"]
    assert keys.get("Marta Quillon") == PHRASES["warns"]
    assert keys.get("The Regional Water Board") == PHRASES["denies"]


def test_position_distractors_never_include_an_overlapping_class(crafted):
    _, result = crafted
    positions = _by_family(result, "position")
    # The crafted article has a warning and two denials: both rules below are exercised.
    assert {PHRASES["warns"], PHRASES["denies"]} <= {q.answer for q in positions}, [q.prompt for q in positions]
    assert len(positions) >= 3
    for q in positions:
        assert q.answer in q.choices and len(q.choices) >= 3
        if q.answer == PHRASES["warns"]:
            assert PHRASES["opposes"] not in q.choices and PHRASES["concerned"] not in q.choices
        if q.answer == PHRASES["denies"]:
            assert PHRASES["opposes"] not in q.choices


def test_who_said_it_uses_same_kind_holders_as_distractors(crafted):
    parsed, result = crafted
    who = _by_family(result, "who_said")
    dismissed = [q for q in who if "dismissed" in q.prompt]
    assert dismissed, [q.prompt for q in who]
    q = dismissed[0]
    assert q.answer == "The Belmora Fishers' Union"
    assert "fairy tale" in q.prompt and q.prompt.endswith("?")
    people = {"Ilse Varnhagen", "Marta Quillon", "Councillor Tobias Ferrand", "Tobias Ferrand"}
    assert not any(c in people for c in q.choices), q.choices  # organisations only
    for q in who:
        if q.answer in people:
            assert all(c in people for c in q.choices), q.choices
        assert normalize(q.answer) not in normalize(q.prompt)


def test_matching_pairs_distinct_positions(crafted):
    _, result = crafted
    [match] = [q for q in result.questions if q.type == "matching"]
    assert 3 <= len(match.answer) <= 6
    rights = [r for _, r in match.answer]
    assert len(set(rights)) == len(rights)
    assert sorted(match.choices) == sorted(rights)


def test_reported_content_has_a_model_answer(crafted):
    _, result = crafted
    reported = _by_family(result, "reported")
    said = [q for q in reported if "Varnhagen" in q.prompt]
    assert said, [q.prompt for q in reported]
    assert "four hundred jobs" in said[0].answer
    assert said[0].rubric


def test_a_doubtful_or_single_holder_gives_no_who_said_it_question():
    text = ("Quiet week\n\nThe library reopened on Monday after repairs to the roof.\n\n"
            "Ana Ruiz said the new reading room was bright.\n\nThe repairs cost nine thousand dollars.\n")
    result = generate_questions(parse_article(text), count=20, types="stance", seed=0)
    assert not [q for q in result.questions if q.meta.get("rule") == "who_said"]
    assert any("only one" in n for n in result.notes), result.notes


def test_no_holders_is_explained():
    text = "Bread\n\nMix the flour with water and salt.\n\nBake the loaf for forty minutes.\n"
    result = generate_questions(parse_article(text), count=10, types="stance", seed=0)
    assert result.questions == []
    assert any("who-says-what" in n for n in result.notes)


def test_helpers():
    assert past("say") == "said" and past("deny") == "denied" and past("admit") == "admitted"
    assert past("dismiss") == "dismissed" and past("agree") == "agreed"
    assert display("The Kremlin") == "the Kremlin" and display("The Guardian") == "The Guardian"


def test_seed_article_regression():
    parsed = parse_article(SEED.read_text(encoding="utf-8"))
    result = generate_questions(parsed, count=60, types="stance", seed=0)
    seen = {(q.stance["holder"], q.stance["stance"]) for q in result.questions if q.type != "matching"}
    for holder, stance in [("The Kremlin", "denies"), ("The Guardian", "concerned"),
                           ("Yoon Suk-Yeol", "supports")]:
        assert (holder, stance) in seen, (holder, stance, sorted(seen))
    keys = {(q.stance["holder"], q.answer) for q in result.questions if q.meta.get("rule") == "position"}
    assert ("The Kremlin", PHRASES["denies"]) in keys
    # a warning read from one content word ("legal"), not named by the cue: no position is asked
    # (MIN_CONTENT_CUES; such readings agreed with the gold in 6 of 14 unseen cases)
    assert not any(holder == "Kim Byeong-ju" for holder, _ in keys)
    assert any(q.meta.get("rule") == "who_said" and q.answer == "The Kremlin" for q in result.questions)


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_default_sets_on_every_sample_article(path):
    parsed = parse_article(path.read_text(encoding="utf-8"))
    result = generate_questions(parsed, count=12, seed=0)
    kinds = {q.meta.get("family") for q in result.questions}
    types = [q.type for q in result.questions]
    # a who-says-what item, or a note telling the teacher why there is none
    assert "stances" in kinds or any("who-says-what" in n or "only one" in n for n in result.notes), result.notes
    if result.available.get("fact_opinion"):
        assert "fact_opinion" in kinds
    if result.available.get("vocabulary"):
        assert "vocabulary" in kinds
    # four question types; a cloze the article allows counts even when it stayed out of the set
    # (a cloze is kept out of default sets unless it has a word bank and brings the fourth type)
    assert len(set(types) | ({"cloze"} if result.available.get("cloze") else set())) >= 4
    assert max(types.count(t) for t in set(types)) <= 12 // 2  # no type over half of the set asked for
    for q in result.questions:
        assert flaws(q, parsed.paragraphs) == [], (q.prompt, flaws(q, parsed.paragraphs))
    again = generate_questions(parsed, count=12, seed=0)
    assert [q.to_dict() for q in again.questions] == [q.to_dict() for q in result.questions]


def test_web_generate_form_accepts_the_new_families(client, auth, db, seed_text):
    auth.login()
    response = client.post("/articles/new", data={"text": seed_text})
    article_id = int(response.headers["Location"].rsplit("/", 1)[1])
    page = client.get(f"/articles/{article_id}/generate").get_data(as_text=True)
    assert "Who says what" in page and "Fact or opinion" in page and "Vocabulary in context" in page
    response = client.post(f"/articles/{article_id}/generate", data={
        "title": "Who says what", "count": 6, "families": ["stances", "fact_opinion", "vocabulary"],
        "difficulty": "balanced", "seed": 2})
    assert response.status_code == 302
    editor = client.get(response.headers["Location"]).get_data(as_text=True)
    assert editor.count('class="question-card') == 6


def test_eval_reports_the_issue_4_metrics(tmp_path, runner):
    import json
    import shutil
    shutil.copy(SEED, tmp_path / "00-seed.txt")
    gold = {"facts": [{"question": "Who dismissed the reports?", "answer": "The Kremlin"}],
            "stances": [{"holder": "The Kremlin", "stance": "denies", "target": "reports",
                         "evidence": "dismissing them as the spreading of"},
                        {"holder": "Nobody Inparticular", "stance": "supports", "target": "x",
                         "evidence": "no such text"}],
            "opinions": ["If the DPRK\u2019s military deployment continues"], "vocabulary": ["envoy", "zzzz"]}
    (tmp_path / "00-seed.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "report.json"
    from click.testing import CliRunner
    from quizgen.generate.commands import eval_command
    result = CliRunner().invoke(eval_command, [str(tmp_path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "stance-holder recall 50%" in result.output and "holder precision" in result.output
    report = json.loads(out.read_text())
    a = report["articles"]["00-seed"]
    assert a["analysis"]["stance_holder_recall"] == 0.5
    assert a["analysis"]["stance_accuracy"] == 1.0
    assert a["analysis"]["opinion_recall"] == 1.0
    assert a["analysis"]["vocabulary_overlap"] == 0.5
    assert a["inclusion"]["ok"] and a["inclusion"]["included"]["stances"]
    assert report["total"]["analysis"]["stance_holder_recall"] == 0.5
    assert report["total"]["inclusion_ok"] == 1


def test_positions_only_for_confident_evaluative_stances(crafted):
    """Who-said, position and matching items name evaluative stances the
    analysis is confident of; a claim is asked as reported content instead."""
    from quizgen.analysis import find_attributions
    from quizgen.generate.stances import CLEAR, POSITION_CONFIDENCE

    parsed, result = crafted
    confident = {(a.holder, a.stance) for a in find_attributions(parsed)
                 if a.stance in CLEAR and a.confidence >= POSITION_CONFIDENCE}
    taking = [q for q in result.questions if q.meta.get("rule") in ("position", "who_said", "matching")]
    assert taking
    for q in taking:
        pairs = q.meta.get("pairs") or [q.stance]
        for p in pairs:
            assert (p["holder"], p["stance"]) in confident
    mayor = [q for q in result.questions if q.stance and q.stance["holder"] == "Ilse Varnhagen"]
    assert mayor and {q.meta["rule"] for q in mayor} == {"reported"}
    assert all(q.stance["stance"] == "claims" for q in mayor)
    assert any(q.prompt.startswith("According to") for q in mayor)


def test_one_holder_never_fills_two_rows_of_a_matching_item():
    from quizgen.generate.stance_position import _same_person_twice
    assert _same_person_twice(["Abdullahi Yusuf Ahmed's", "The Kremlin", "Yusuf"])
    assert not _same_person_twice(["The Kremlin", "The Guardian", "Kim Byeong-ju"])


def test_an_answer_that_copies_a_long_quote_ranks_below_a_short_one():
    text = ("Bridge\n\nMayor Ana Ruiz said the bridge would reopen on Friday.\n\n"
            "Engineer Omar Haddad said the repairs to the old steel bridge over the Riverton canal had taken "
            "far longer than anyone on the council had expected last spring.\n")
    result = generate_questions(parse_article(text), count=40, types="stance", seed=0)
    reported = {q.stance["holder"]: q.meta["score"] for q in result.questions if q.meta.get("rule") == "reported"}
    assert {"Ana Ruiz", "Omar Haddad"} <= set(reported), reported
    assert reported["Omar Haddad"] < reported["Ana Ruiz"] - 0.3


def test_no_what_did_x_say_when_the_paragraph_gives_x_a_second_statement():
    text = ("Harbour plan\n\nThe council approved the new harbour plan on Monday after a long debate.\n\n"
            "Mayor Ana Ruiz said the plan would bring four hundred jobs to the town.\n\n"
            "Professor Tom Hale called the plan reckless, and he said the harbour would flood every winter.\n\n"
            "The work starts in May and should end in two years.\n")
    result = generate_questions(parse_article(text), count=40, types="stance", seed=0)
    reported = [q for q in result.questions if q.meta.get("rule") == "reported"]
    assert any("Ana Ruiz" in q.prompt for q in reported), [q.prompt for q in reported]
    assert not any("Tom Hale" in q.prompt for q in reported), [q.prompt for q in reported]
