"""axe-core (WCAG 2.1 A/AA) on every teacher and student page, in real Chromium; keyboard-only answering.

axe-core comes from the npm registry (``make axe`` puts it in .cache/axe); it
is injected into each page (the context bypasses the app's CSP, which rightly
forbids inline scripts) and must report 0 violations.
"""
from __future__ import annotations

import json
import sqlite3

import pytest

from quizgen.articles import parse_article
from quizgen.attempts import save_answer, start_attempt, submit
from quizgen.db import connect
from quizgen.library import save_article
from quizgen.questions import BLANK, FACT_OPINION, TRUE_FALSE, Evidence, Question
from quizgen.quizzes import create_quiz, get_quiz, publish
from tests.browser.conftest import live_db_path, sign_in
from tests.conftest import SEED

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TYPES = ("multiple_choice", "true_false", "cloze", "short_answer", "matching", "ordering", "fact_or_opinion")
PHONE = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}


def one_of_each_type(paragraphs: list[str]) -> list[Question]:
    first = paragraphs[0]
    sentence = first[: first.find(".") + 1] if "." in first else first
    evidence = [Evidence(0, 0, len(sentence), sentence)]

    def q(qtype, skill, prompt, answer, **extra):
        return Question(id=qtype, type=qtype, skill=skill, prompt=prompt, answer=answer, evidence=evidence,
                        explanation=f"The first paragraph says so ({qtype}).", **extra)

    return [
        q("multiple_choice", "fact", "Who sent troops to Russia?", "North Korea",
          choices=["North Korea", "China", "Iran", "Belarus"]),
        q("true_false", "fact", "The article says troops were sent to Russia.", "True", choices=list(TRUE_FALSE)),
        q("cloze", "fact", f"The troops were sent to {BLANK} last year.", "Russia", accepted=["the Russian Federation"]),
        q("short_answer", "inference", "Why does the article call the aid important?",
          "It changes the balance of the war.", rubric=[{"points": 1, "criterion": "names the war"}]),
        q("matching", "stance", "Match each speaker with what they said.",
          [["Seoul", "reported the troops"], ["Moscow", "denied the reports"], ["Kyiv", "asked for help"]]),
        q("ordering", "sequence", "Put the events in order.",
          ["Troops trained", "Troops moved", "Troops fought"]),
        q("fact_or_opinion", "opinion", "The deal is a dangerous mistake.", "Opinion", choices=list(FACT_OPINION)),
    ]


@pytest.fixture
def classroom(live_server, tmp_path):
    """The seed article, a published quiz with one question of every type and one submitted attempt."""
    text = SEED.read_text(encoding="utf-8")
    db = connect(live_db_path(tmp_path))
    try:
        owner = db.execute("SELECT id FROM teachers WHERE username = 'ada'").fetchone()[0]
        article_id = save_article(db, owner, text, source_name=SEED.name)
        quiz_id = create_quiz(db, owner, article_id, "Troops quiz", one_of_each_type(parse_article(text).paragraphs))
        code = publish(db, get_quiz(db, owner, quiz_id))
        quiz = get_quiz(db, owner, quiz_id)
        attempt, _ = start_attempt(db, quiz, "Ji-woo 지우")
        for item in quiz.questions:
            if item.question.type in ("multiple_choice", "true_false", "fact_or_opinion"):
                save_answer(db, attempt.id, item.question, item.question.choices[1], 1)
            elif item.question.type == "cloze":
                save_answer(db, attempt.id, item.question, "Russia", 1)
        submit(db, quiz, attempt.id)
        return {"url": live_server, "article": article_id, "quiz": quiz_id, "code": code, "attempt": attempt.id,
                "questions": {item.question.type: item.id for item in quiz.questions}, "db": live_db_path(tmp_path)}
    finally:
        db.conn.close()


def axe_violations(page, axe_script) -> list[dict]:
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate("""async (tags) => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, tags: v.tags,
            nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                      summary: n.failureSummary}))}));
    }""", WCAG_TAGS)
    return result


def readable(violations: list[dict], where: str) -> str:
    lines = [f"{len(violations)} axe violation(s) on {where}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    at {node['target']}: {node['html']}")
            lines.append("      " + (node["summary"] or "").replace("\n", "\n      "))
        if len(v["nodes"]) > 5:
            lines.append(f"    … and {len(v['nodes']) - 5} more")
    return "\n".join(lines)


def check(page, axe_script, where: str) -> None:
    page.wait_for_load_state("load")
    violations = axe_violations(page, axe_script)
    assert violations == [], readable(violations, where)


def teacher_paths(c: dict) -> list[str]:
    quiz = c["quiz"]
    paths = ["/dashboard", f"/articles/{c['article']}", f"/articles/{c['article']}/generate",
             f"/quizzes/{quiz}", f"/quizzes/{quiz}?q={c['questions']['multiple_choice']}",
             f"/quizzes/{quiz}?show=analysis"]
    paths += [f"/quizzes/{quiz}/questions/{c['questions'][t]}/edit" for t in TYPES]
    paths += [f"/quizzes/{quiz}/questions/new?type=matching", f"/quizzes/{quiz}/settings",
              f"/quizzes/{quiz}/results", f"/quizzes/{quiz}/attempts/{c['attempt']}"]
    return paths


def test_teacher_pages_have_no_wcag_violations(new_page, classroom, axe_script):
    page = new_page(bypass_csp=True, viewport=WIDE)
    page.goto(f"{classroom['url']}/login")
    check(page, axe_script, "/login")
    sign_in(page, classroom["url"])
    failures = []
    for path in teacher_paths(classroom):
        response = page.goto(classroom["url"] + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        violations = axe_violations(page, axe_script)
        if violations:
            failures.append(readable(violations, path))
    assert not failures, "\n\n".join(failures)


def test_teacher_form_with_validation_errors_has_no_wcag_violations(new_page, classroom, axe_script):
    page = new_page(bypass_csp=True, viewport=WIDE)
    sign_in(page, classroom["url"])
    page.goto(f"{classroom['url']}/quizzes/{classroom['quiz']}/questions/{classroom['questions']['cloze']}/edit")
    page.get_by_label("Sentence with one blank").fill("No blank here.")
    page.get_by_role("button", name="Save question").click()
    assert page.locator(".error").first.is_visible()
    check(page, axe_script, "cloze form with errors")


def join(page, base: str, code: str, name: str) -> None:
    page.goto(f"{base}/join")
    page.get_by_label("Quiz code").fill(code)
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(f"**/take/{code}")


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide", "320px"])
def test_student_pages_have_no_wcag_violations(new_page, classroom, axe_script, viewport):
    page = new_page(bypass_csp=True, viewport=viewport)
    page.goto(f"{classroom['url']}/join")
    check(page, axe_script, "/join")
    page.get_by_role("button", name="Start").click()  # empty form: errors beside the fields
    assert page.locator(".error").first.is_visible()
    check(page, axe_script, "/join with errors")
    join(page, classroom["url"], classroom["code"], "Zoë Ångström")
    check(page, axe_script, f"/take/{classroom['code']} ({viewport['width']} px)")
    page.locator("fieldset[data-question] input[type=radio]").first.check()
    page.locator("fieldset[data-question] .save-status.ok").first.wait_for(timeout=15000)  # "Saved" shown
    check(page, axe_script, "the attempt page after an autosave")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.get_by_role("button", name="Submit my answers").click()
    page.get_by_role("alert").filter(has_text="6 questions have no answer").wait_for()  # issue 15
    check(page, axe_script, "the unanswered-questions warning")
    page.get_by_role("button", name="Submit anyway").click()
    page.wait_for_url("**/done")
    assert page.get_by_text("Score:").is_visible()
    check(page, axe_script, f"/take/{classroom['code']}/done (feedback, {viewport['width']} px)")


INTERACTIVE_ROLES = {"button", "checkbox", "combobox", "listbox", "radio", "searchbox", "slider", "spinbutton",
                     "switch", "textbox"}


def test_every_control_on_the_student_page_has_an_accessible_name(new_page, classroom):
    page = new_page()
    join(page, classroom["url"], classroom["code"], "Named Controls")
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    controls = [n for n in tree if not n.get("ignored") and n.get("role", {}).get("value") in INTERACTIVE_ROLES]
    unnamed = [(n["role"]["value"], n.get("backendDOMNodeId")) for n in controls
               if not (n.get("name", {}).get("value") or "").strip()]
    dom_controls = page.locator("main input:not([type=hidden]), main select, main textarea, main button").count()
    assert len(controls) >= dom_controls >= 18  # every control of the seven question types is in the tree
    assert unnamed == []
    names = [n["name"]["value"] for n in controls if n["role"]["value"] == "radio"]
    assert any("North Korea" in name for name in names)


def test_a_student_answers_and_submits_with_the_keyboard_only(new_page, classroom):
    page = new_page()
    join(page, classroom["url"], classroom["code"], "Keyboard Kim")
    mc_id = classroom["questions"]["multiple_choice"]
    focused = "document.activeElement"

    def tab_to(predicate: str, limit: int = 150) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(f"(() => {{ const e = {focused}; return !!e && ({predicate}); }})()"):
                return
        raise AssertionError(f"Tab never reached {predicate}")

    def focus_is_visible() -> bool:
        """An outline at least 2 px wide with 3:1 contrast against the page (WCAG 1.4.11)."""
        return page.evaluate("""(() => {
            const s = getComputedStyle(document.activeElement);
            const lum = (css) => {
                const [r, g, b] = css.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(v => {
                    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return false;
            let around = 'rgb(255, 255, 255)';  // the first opaque background behind the outline
            for (let e = document.activeElement.parentElement; e; e = e.parentElement) {
                const bg = getComputedStyle(e).backgroundColor;
                if (bg !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(bg)) { around = bg; break; } }
            const a = lum(s.outlineColor), b = lum(around);
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) >= 3; })()""")

    tab_to(f"e.name === 'a_{mc_id}'")
    assert focus_is_visible()
    page.keyboard.press("ArrowDown")  # moves to and selects the next option of the group
    page.keyboard.press("ArrowUp")    # back to the first: "North Korea"
    chosen = page.evaluate(f"document.querySelector('input[name=a_{mc_id}]:checked').value")
    assert chosen == "North Korea"
    page.locator(f"#q-{mc_id} .save-status.ok").wait_for(timeout=15000)
    tab_to("e.tagName === 'BUTTON' && e.textContent.trim() === 'Submit my answers'")
    assert focus_is_visible()
    page.keyboard.press("Enter")
    page.get_by_role("alert").filter(has_text="have no answer").wait_for()  # the others are unanswered
    tab_to("e.tagName === 'BUTTON' && e.textContent.trim() === 'Submit anyway'")
    assert focus_is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**/done")
    conn = sqlite3.connect(classroom["db"])
    try:
        status, score = conn.execute("SELECT status, score FROM attempts WHERE student_name = 'Keyboard Kim'").fetchone()
        response = conn.execute("SELECT a.response FROM answers a JOIN attempts t ON t.id = a.attempt_id"
                                " WHERE t.student_name = 'Keyboard Kim' AND a.question_id = ?", [mc_id]).fetchone()
    finally:
        conn.close()
    assert status == "submitted" and score >= 1
    assert json.loads(response[0]) == "North Korea"
