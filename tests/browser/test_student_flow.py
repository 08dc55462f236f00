"""Issue 6 in real Chromium: two students take the seed quiz, one without JavaScript.

Each answers half the questions, reloads (the answers are still there), answers
the rest and submits; the teacher then sees both results and the item analysis.
"""
from __future__ import annotations

import json
import sqlite3

import pytest

from quizgen.articles import parse_article
from quizgen.db import connect
from quizgen.generate import generate_questions
from quizgen.library import save_article
from quizgen.quizzes import create_quiz, get_quiz, publish
from tests.browser.conftest import live_db_path, sign_in
from tests.conftest import SEED

pytestmark = pytest.mark.browser


@pytest.fixture
def seed_quiz(live_server, tmp_path):
    """The seed article's generated quiz, published, in the live server's database."""
    text = SEED.read_text(encoding="utf-8")
    questions = generate_questions(parse_article(text), count=10, seed=0).questions
    db = connect(live_db_path(tmp_path))
    try:
        owner = db.execute("SELECT id FROM teachers WHERE username = 'ada'").fetchone()[0]
        article_id = save_article(db, owner, text, source_name=SEED.name)
        quiz_id = create_quiz(db, owner, article_id, "North Korea and Russia", questions)
        code = publish(db, get_quiz(db, owner, quiz_id))
        quiz = get_quiz(db, owner, quiz_id)
    finally:
        db.conn.close()
    assert len(quiz.questions) >= 6
    return {"url": live_server, "id": quiz_id, "code": code, "quiz": quiz, "db": live_db_path(tmp_path)}


def join(page, base: str, code: str, name: str) -> None:
    page.goto(f"{base}/join")
    page.get_by_label("Quiz code").fill(code.lower())  # typed in lower case: still found
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(f"**/take/{code}")


def answer(fieldset, pick: int) -> dict:
    """Answer one question as a student would; returns what each field should now hold."""
    expected = {}
    radios = fieldset.locator("input[type=radio]")
    if radios.count():
        radio = radios.nth(pick % radios.count())
        radio.check()
        expected[radio.get_attribute("name")] = radio.get_attribute("value")
    for field in fieldset.locator("input[type=text], textarea").all():
        value = "Russia" if field.evaluate("e => e.tagName") == "INPUT" else "Because the troops help Russia's war."
        field.fill(value)
        expected[field.get_attribute("name")] = value
    selects = fieldset.locator("select").all()
    for index, select in enumerate(selects):
        values = [v for v in select.locator("option").evaluate_all("os => os.map(o => o.value)") if v]
        value = values[(index + pick) % len(values)]  # distinct positions / partners
        select.select_option(value)
        expected[select.get_attribute("name")] = value
    assert expected, "a question with nothing to answer"
    return expected


def current_values(page, names: list[str]) -> dict:
    return page.evaluate("""(names) => Object.fromEntries(names.map(n => {
        const els = [...document.getElementsByName(n)];
        const radio = els.find(e => e.type === 'radio' && e.checked);
        return [n, radio ? radio.value : (els[0] && els[0].type !== 'radio' ? els[0].value : null)];
    }))""", names)


def take_quiz(page, base: str, code: str, name: str, javascript: bool, pick: int) -> dict:
    join(page, base, code, name)
    fieldsets = page.locator("fieldset[data-question]")
    count = fieldsets.count()
    half = count // 2
    expected = {}
    for i in range(half):
        expected.update(answer(fieldsets.nth(i), pick + i))
    if javascript:
        for i in range(half):  # autosave confirmed each one
            fieldsets.nth(i).locator(".save-status.ok").wait_for(timeout=20000)
        page.reload()
    else:
        page.get_by_role("button", name="Save answers").click()
        page.get_by_text("Your answers are saved.").wait_for()
        page.goto(f"{base}/take/{code}")  # reopen the page (a GET)
    assert current_values(page, list(expected)) == expected  # nothing lost on reload
    for i in range(half, count):
        expected.update(answer(fieldsets.nth(i), pick + i))
    if javascript:
        for i in range(half, count):
            fieldsets.nth(i).locator(".save-status.ok").wait_for(timeout=20000)
    page.get_by_role("button", name="Submit my answers").click()
    page.wait_for_url(f"**/take/{code}/done")
    assert page.get_by_text(f"Thank you, {name}").is_visible()
    assert page.get_by_text("Score:").is_visible()
    return expected


def test_two_students_one_without_javascript_then_the_teacher_sees_results(new_page, seed_quiz):
    base, code = seed_quiz["url"], seed_quiz["code"]
    with_js = new_page()
    without_js = new_page(java_script_enabled=False)
    students = {"Minh Anh Nguyễn": take_quiz(with_js, base, code, "Minh Anh Nguyễn", True, 0),
                "Ola Nordmann": take_quiz(without_js, base, code, "Ola Nordmann", False, 1)}

    conn = sqlite3.connect(seed_quiz["db"])
    try:
        rows = conn.execute("SELECT student_name, status, score, max_score, id FROM attempts").fetchall()
        assert {r[0]: r[1] for r in rows} == {name: "submitted" for name in students}
        for name, status, score, max_score, attempt_id in rows:
            stored = dict(conn.execute("SELECT question_id, response FROM answers WHERE attempt_id = ?",
                                       [attempt_id]).fetchall())
            for field, value in students[name].items():
                qid = field.removeprefix("a_").split("_")[0]
                response = json.loads(stored[qid])
                assert response is not None and (value in json.dumps(response, ensure_ascii=False)
                                                 or value.isdigit()), (name, field, value, response)
            assert all(stored[item.id] is not None for item in seed_quiz["quiz"].questions), name
            assert max_score == seed_quiz["quiz"].total_points
    finally:
        conn.close()

    teacher = new_page()
    sign_in(teacher, base)
    teacher.goto(f"{base}/quizzes/{seed_quiz['id']}/results")
    table = teacher.locator("section[aria-labelledby=attempts-heading] table")
    for name in students:
        row = table.locator("tr", has_text=name)
        assert row.count() == 1
        assert "submitted" in row.inner_text().lower()
        assert "/" in row.locator("td").nth(2).inner_text()  # a score "x / y"
    items = teacher.locator("section[aria-labelledby=items-heading] tbody tr")
    assert items.count() == len(seed_quiz["quiz"].questions)
    facilities = [items.nth(i).locator("td").nth(2).inner_text() for i in range(items.count())]
    types = [item.question.type for item in seed_quiz["quiz"].questions]
    # auto-graded questions have a facility; short answers wait for the teacher's mark ("—")
    assert all(f.endswith("%") for f, t in zip(facilities, types) if t != "short_answer"), (facilities, types)
    if "short_answer" in types:
        assert teacher.get_by_text("written answers waiting for your mark").is_visible()
    counts = teacher.locator("section[aria-labelledby=items-heading] .option-counts li")
    assert counts.count() > 0 and teacher.locator(".option-counts li.key").count() > 0
    assert teacher.get_by_role("img", name="Facility per question").is_visible()
