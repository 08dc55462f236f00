"""Each import format on the corpus in tests/data/imports: the questions it gives,
and a message with the line or row of every question it cannot carry."""
from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.imports import FORMATS, BankError, detect, read_bank
from quizgen.questions import BLANK

CORPUS = Path(__file__).resolve().parent / "data" / "imports"


def bank(name: str, format_key: str | None = None):
    return read_bank(name, (CORPUS / name).read_bytes(), format_key)


def line_of(name: str, needle: str) -> int:
    lines = (CORPUS / name).read_text(encoding="utf-8").split("\n")
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def by_prompt(result) -> dict:
    return {item.question.prompt: item for item in result.questions}


def problems(result) -> dict[int, str]:
    return {p.line: p.message for p in result.problems}


@pytest.mark.parametrize("name, key", [
    ("bridge.gift", "gift"), ("bom-crlf.gift", "gift"), ("windows-1252.txt", "gift"),
    ("bridge-aiken.txt", "aiken"), ("bridge-moodle.xml", "moodle_xml"), ("kahoot.xlsx", "kahoot"),
    ("kahoot-formulas.xlsx", "kahoot"), ("quizizz.xlsx", "quizizz"), ("blooket.csv", "blooket"),
    ("every-type.csv", "csv"), ("semicolon-1252.csv", "csv"),
])
def test_the_format_is_detected_from_the_content(name, key):
    data = (CORPUS / name).read_bytes()
    assert detect(name, data).key == key
    assert detect("upload", data).key == key  # without an extension, the content alone decides


def test_every_format_is_registered_with_a_label_and_extensions():
    assert set(FORMATS) == {"gift", "moodle_xml", "aiken", "kahoot", "quizizz", "blooket", "csv"}
    assert all(f.label and f.extensions and f.summary for f in FORMATS.values())


# ---------------------------------------------------------------- GIFT

def test_gift_reads_every_kind_it_can_carry():
    result = bank("bridge.gift")
    questions = by_prompt(result)
    mc = questions["Who opened the new bridge?"].question
    assert (mc.type, mc.answer) == ("multiple_choice", "Mayor Lena Cho")
    assert mc.choices == ["Mayor Lena Cho", "Engineer Tom Alvarez", "The governor", "A shop owner"]
    assert mc.explanation == "Paragraph 1 says the mayor cut the ribbon."
    assert mc.meta["name"] == "Q1 opener"
    assert questions["The bridge cost 12 million dollars."].question.answer == "True"
    missing_word = questions[f"The bridge took {BLANK} years to build."].question
    assert (missing_word.type, missing_word.answer, missing_word.word_bank) == ("cloze", "three",
                                                                                ["three", "two", "five"])
    short = questions[f"What is the name of the river? {BLANK}"].question
    assert (short.type, short.answer, short.accepted) == ("cloze", "Alder", ["the Alder River"])
    matching = questions["Match each person with their job."].question
    assert matching.answer == [["Lena Cho", "mayor"], ["Tom Alvarez", "engineer"]]
    assert matching.choices == ["mayor", "engineer", "teacher"]  # the unmatched right-hand side stays
    assert questions["Who watched the ribbon cutting?"].question.answer == "About 500 residents"  # [html]
    assert questions["What did some shop owners want?"].question.answer == "Money for the library"  # [markdown]
    escaped = questions["Which sign is written = in GIFT: a { or a }?"].question
    assert escaped.choices == ["a: b", "c~d", "e#f"]


def test_gift_reports_what_it_cannot_carry_with_line_numbers():
    result = bank("bridge.gift")
    found = problems(result)
    name = "bridge.gift"
    assert "no model answer" in found[line_of(name, "::Q6 essay::")]
    assert "Numerical" in found[line_of(name, "::Q7 lanes::")]
    assert "share the credit" in found[line_of(name, "::Q8 shared::")]
    assert "without its" in found[line_of(name, "Who cut the ribbon {")]
    assert "without its" in found[line_of(name, "Where was the bridge built?")]
    assert len(result.problems) == 5 and len(result.questions) == 9


def test_gift_partial_credit_is_dropped_with_a_note():
    item = by_prompt(bank("bridge.gift"))["What did the engineer say about the old bridge?"]
    assert item.question.answer == "It was too narrow for school buses."
    assert any("Partial credit" in w and "It was old." in w for w in item.warnings)
    assert item.line == line_of("bridge.gift", "::Q9 weights::")


def test_gift_leading_description_is_the_passage_and_categories_are_noted():
    result = bank("bridge.gift")
    assert result.passage.title == "The new bridge"
    paragraphs = result.passage.text.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("The town of Alder Falls opened")
    assert any("$CATEGORY" in note for note in result.notes)


@pytest.mark.parametrize("name", ["bom-crlf.gift", "windows-1252.txt"])
def test_gift_in_windows_encodings_keeps_smart_quotes_and_accents(name):
    result = bank(name)
    first, second = result.questions
    assert first.question.prompt == "Which word did the mayor use—“proud” or “happy”?"
    assert first.question.answer == "“proud”"
    assert (second.question.prompt, second.question.answer) == ("The café opened on the bridge.", "True")
    assert [first.line, second.line] == ([2, 4] if name == "bom-crlf.gift" else [1, 3])


# ---------------------------------------------------------------- Aiken

def test_aiken_reads_questions_and_reports_broken_ones():
    result = bank("bridge-aiken.txt")
    got = {item.question.prompt: (item.question.type, item.question.answer) for item in result.questions}
    assert got == {"Which river does the new bridge cross?": ("multiple_choice", "The Alder"),
                   "How long did the work on the bridge take?": ("multiple_choice", "Three years"),
                   "The bridge is made of steel.": ("true_false", "True")}
    found = problems(result)
    assert "2 options" in found[line_of("bridge-aiken.txt", "open to bikes")]
    assert "“E”" in found[line_of("bridge-aiken.txt", "Who paid")]
    assert "no “ANSWER" in found[line_of("bridge-aiken.txt", "What color")]


# ---------------------------------------------------------------- Moodle XML

def test_moodle_xml_reads_each_shared_type():
    result = bank("bridge-moodle.xml")
    questions = by_prompt(result)
    mc = questions["Who opened the new bridge?"]
    assert (mc.question.answer, mc.points) == ("Mayor Lena Cho", 2)
    assert mc.question.explanation == "Paragraph 1 says the mayor cut the ribbon & spoke."
    assert questions["The bridge cost 12 million dollars."].question.answer == "False"
    river = questions[f"The bridge crosses the {BLANK} River."]
    assert (river.question.answer, river.question.accepted) == ("Alder", [])
    assert river.warnings  # the 50 % answer was dropped, and said so
    essay = questions["Why did the town need a new bridge?"].question
    assert (essay.type, essay.answer) == ("short_answer", "The old bridge was too narrow for school buses.")
    assert questions["Put the events in order."].question.answer == [
        "Work on the bridge began.", "The mayor cut the ribbon.", "Residents crossed the bridge."]
    gap = questions[f"The bridge took {BLANK} years to build."].question
    assert (gap.answer, gap.word_bank) == ("three", ["two", "three"])  # group 2's option is not in the bank
    cloze = questions[f"About {BLANK} residents watched."].question
    assert (cloze.answer, cloze.word_bank) == ("500", ["500", "50", "5000"])
    assert len(result.questions) == 8


def test_moodle_xml_reports_line_numbers_and_skips_late_descriptions():
    result = bank("bridge-moodle.xml")
    name = "bridge-moodle.xml"
    found = problems(result)
    assert set(found) == {line_of(name, "<name><text>No key") - 1, line_of(name, "<name><text>Two gaps") - 1,
                          line_of(name, '<question type="numerical">'), line_of(name, "<name><text>Two right") - 1}
    assert "no model answer" in found[line_of(name, "<name><text>No key") - 1]
    assert "2 gaps" in found[line_of(name, "<name><text>Two gaps") - 1]
    assert result.passage.title == "The new bridge" and "Alder Falls" in result.passage.text
    assert any("description at line" in note for note in result.notes)


# ---------------------------------------------------------------- spreadsheets and CSV

def test_kahoot_finds_its_header_on_row_8_and_skips_numbered_empty_rows():
    result = bank("kahoot.xlsx")
    got = [(item.line, item.question.type, item.question.answer) for item in result.questions]
    assert got == [(9, "multiple_choice", "Mayor Lena Cho"), (10, "true_false", "False"),
                   (15, "multiple_choice", "three")]
    found = problems(result)
    assert set(found) == {11, 12}
    assert "2 options are marked correct" in found[11] and "2 options" in found[12]


def test_formulas_are_never_evaluated_only_saved_values_read():
    result = bank("kahoot-formulas.xlsx")
    (item,) = result.questions
    assert item.question.choices == ["The Alder", "The Birch", "The Dale"]  # the WEBSERVICE cell reads empty
    assert {p.line: p.message for p in result.problems} == {10: "The question text is empty."}
    texts = [c for i in result.questions for c in [i.question.prompt, *i.question.choices]]
    assert not any(t.startswith("=") for t in texts)


def test_quizizz_reads_its_types():
    result = bank("quizizz.xlsx")
    got = {item.line: (item.question.type, item.question.answer) for item in result.questions}
    assert got == {2: ("multiple_choice", "Mayor Lena Cho"), 3: ("multiple_choice", "narrow"),
                   4: ("cloze", "Alder"), 7: ("short_answer", "The old bridge was too narrow for school buses.")}
    assert by_prompt(result)[f"The bridge crosses the {BLANK} River."].question.accepted == ["Alder River"]
    found = problems(result)
    assert "no model answer" in found[5] and "poll" in found[6].lower()


def test_blooket_banner_rows_and_answer_numbers():
    result = bank("blooket.csv")
    got = [(item.line, item.question.type, item.question.answer) for item in result.questions]
    assert got == [(3, "multiple_choice", "Mayor Lena Cho"), (4, "true_false", "True")]
    found = problems(result)
    assert set(found) == {5, 6, 8}  # row 7 is numbered but empty: skipped silently
    assert "not an option number from 1 to 4" in found[6]


def test_plain_csv_every_type():
    result = bank("every-type.csv")
    got = {item.question.type: item.question for item in result.questions}
    assert set(got) == {"multiple_choice", "true_false", "fact_or_opinion", "cloze", "short_answer", "ordering",
                        "matching"}
    assert got["cloze"].accepted == ["Alder River", "the Alder"]
    assert got["ordering"].answer == ["Work began", "The mayor cut the ribbon", "Residents crossed"]
    assert got["matching"].answer == [["Lena Cho", "mayor"], ["Tom Alvarez", "engineer"]]
    points = {item.question.prompt: item.points for item in result.questions}
    assert points["Who opened the new bridge?"] == 2 and points["Why did the town need a new bridge?"] == 3
    lettered = by_prompt(result)["Which river?"]
    assert lettered.question.answer == "The Birch"  # "B" with no Type column value: a lettered key
    found = problems(result)
    assert "“D”" in found[10] and "riddle" in found[11]


def test_semicolon_csv_in_cp1252_with_the_header_below_a_title():
    result = bank("semicolon-1252.csv")
    first, second = result.questions
    assert first.line == 4 and first.question.prompt == "Who said the bridge was “too narrow”?"
    assert first.question.answer == "Tom Alvarez"
    assert first.question.explanation == "Paragraph 2, ‘the engineer’."
    assert second.question.prompt == "Where is the café?" and second.question.answer == "On the bridge"


def test_every_imported_question_needs_evidence_and_is_otherwise_valid():
    names = ["bridge.gift", "bridge-aiken.txt", "bridge-moodle.xml", "kahoot.xlsx", "quizizz.xlsx", "blooket.csv",
             "every-type.csv"]
    items = [item for name in names for item in bank(name).questions]
    assert len(items) > 30
    for item in items:
        q = item.question
        assert q.evidence == [] and q.meta["needs_evidence"] and q.meta["source"] == "import"
        assert [p for p in q.problems() if p not in ("no evidence", "stem is not a question", "key in stem")] == []


# ---------------------------------------------------------------- whole-file messages

@pytest.mark.parametrize("name, words", [
    ("unknown.txt", "cannot tell which question-bank format"),
    ("picture.gift", "not text"),
    ("not-moodle.xml", "not Moodle's <quiz>"),
    ("broken.xml", "not a well-formed XML file"),
    ("text-named.xlsx", "not a spreadsheet"),
    ("not-a-workbook.xlsx", "not an Excel workbook"),
])
def test_files_that_are_not_question_banks_get_a_clear_message(name, words):
    with pytest.raises(BankError, match=words):
        bank(name)


def test_a_named_format_that_does_not_fit_says_so():
    with pytest.raises(BankError, match="not a Kahoot spreadsheet file"):
        bank("quizizz.xlsx", "kahoot")
    with pytest.raises(BankError, match="No questions were found"):
        read_bank("empty.gift", b"// only a comment\n\n// and another\n")
