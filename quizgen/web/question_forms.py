"""One WTForms form per question type: fill from a Question, build a Question.

Teachers edit every type in plain fields (one option per box, one accepted
answer / pair / item per line) so the editor works without JavaScript.
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from ..questions import BLANK, FACT_OPINION, TRUE_FALSE, Evidence, Question
from .forms import options

MAX_OPTIONS = 6
DIFFICULTY = [("easy", "Easy"), ("medium", "Medium"), ("hard", "Hard")]


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class QuestionForm(FlaskForm):
    """Fields every type shares; each subclass is one question type's form
    (listed in :data:`FORMS`) and adds its answer fields."""
    #: The question type this form edits, its name for teachers, and the
    #: skill a question written from scratch in it is filed under.
    qtype = ""
    label = ""
    skill = ""
    prompt = TextAreaField("Question", validators=[DataRequired(), Length(max=1000)], render_kw={"rows": 3})
    points = IntegerField("Points", default=1, validators=[InputRequired(), NumberRange(min=0, max=100)])
    difficulty = SelectField("Difficulty", choices=options(DIFFICULTY), default="medium")
    paragraph = IntegerField("Evidence paragraph (optional)", validators=[Optional(), NumberRange(min=1)],
                             description="The paragraph number that proves the answer; leave empty for a "
                                         "question about the whole article.")
    explanation = TextAreaField("Explanation shown with feedback (optional)",
                                validators=[Optional(), Length(max=2000)], render_kw={"rows": 2})
    submit = SubmitField("Save question")

    def __init__(self, *args, paragraphs: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.paragraphs = paragraphs or []

    def validate_paragraph(self, field):
        if field.data and field.data > len(self.paragraphs):
            raise ValidationError(f"The article has {len(self.paragraphs)} paragraphs.")

    # -- conversion
    def fill(self, question: Question, points: int) -> None:
        """Put a stored question into the fields (GET)."""
        self.prompt.data = question.prompt
        self.points.data = points
        self.difficulty.data = question.difficulty
        self.explanation.data = question.explanation
        self.paragraph.data = question.evidence[0].paragraph + 1 if question.evidence else None
        self.fill_answer(question)  # each subclass fills its own answer fields

    def build(self, base: Question | None) -> Question:
        """A Question from the submitted fields; keeps evidence that still applies."""
        question = Question(id=base.id if base else "", type=self.qtype,
                            skill=base.skill if base and base.type == self.qtype else self.skill,
                            prompt=self.prompt.data.strip(), answer=None, evidence=self._evidence(base),
                            explanation=(self.explanation.data or "").strip(), difficulty=self.difficulty.data,
                            stance=base.stance if base else None, meta=dict(base.meta) if base else {"source": "teacher"})
        self.build_answer(question, base)  # each subclass reads its own answer fields
        return question

    def _evidence(self, base: Question | None) -> list[Evidence]:
        number = self.paragraph.data
        if not number:
            return []
        index = number - 1
        if base and base.evidence and base.evidence[0].paragraph == index:
            return list(base.evidence)
        text = self.paragraphs[index]
        return [Evidence(index, 0, len(text), text)]


class MultipleChoiceForm(QuestionForm):
    qtype, label, skill = "multiple_choice", "Multiple choice", "fact"
    option_1 = StringField("Option A", validators=[Optional(), Length(max=300)])
    option_2 = StringField("Option B", validators=[Optional(), Length(max=300)])
    option_3 = StringField("Option C", validators=[Optional(), Length(max=300)])
    option_4 = StringField("Option D", validators=[Optional(), Length(max=300)])
    option_5 = StringField("Option E", validators=[Optional(), Length(max=300)])
    option_6 = StringField("Option F", validators=[Optional(), Length(max=300)])
    correct = RadioField("Correct option", choices=options((str(i), "ABCDEF"[i - 1]) for i in range(1, 7)),
                         validators=[InputRequired(message="Choose the correct option.")])

    def options(self):
        return [getattr(self, f"option_{i}") for i in range(1, MAX_OPTIONS + 1)]

    def validate_correct(self, field):
        filled = [f.data.strip() for f in self.options() if f.data and f.data.strip()]
        if len(filled) < 2:
            raise ValidationError("Write at least two options.")
        if len({o.casefold() for o in filled}) != len(filled):
            raise ValidationError("Two options are the same.")
        chosen = getattr(self, f"option_{field.data}", None)
        if chosen is None or not (chosen.data or "").strip():
            raise ValidationError("The correct option is empty.")

    def fill_answer(self, question):
        for field, choice in zip(self.options(), question.choices):
            field.data = choice
        if question.answer in question.choices:
            self.correct.data = str(question.choices.index(question.answer) + 1)

    def build_answer(self, question, base):
        chosen = getattr(self, f"option_{self.correct.data}").data.strip()
        question.choices = [f.data.strip() for f in self.options() if f.data and f.data.strip()]
        question.answer = chosen


class _TwoWayForm(QuestionForm):
    two_choices: list[str] = []

    def fill_answer(self, question):
        self.answer.data = question.answer

    def build_answer(self, question, base):
        question.choices = list(self.two_choices)
        question.answer = self.answer.data


class TrueFalseForm(_TwoWayForm):
    qtype, label, skill = "true_false", "True / false", "fact"
    two_choices = TRUE_FALSE
    prompt = TextAreaField("Statement", validators=[DataRequired(), Length(max=1000)], render_kw={"rows": 3})
    answer = RadioField("The statement is", choices=options((c, c) for c in TRUE_FALSE),
                        validators=[InputRequired(message="Choose True or False.")])


class FactOpinionForm(_TwoWayForm):
    qtype, label, skill = "fact_or_opinion", "Fact or opinion", "opinion"
    two_choices = FACT_OPINION
    prompt = TextAreaField("Statement", validators=[DataRequired(), Length(max=1000)], render_kw={"rows": 3})
    answer = RadioField("The statement is", choices=options((c, c) for c in FACT_OPINION),
                        validators=[InputRequired(message="Choose Fact or Opinion.")])


class ClozeForm(QuestionForm):
    qtype, label, skill = "cloze", "Fill in the blank", "vocabulary"
    prompt = TextAreaField("Sentence with one blank", validators=[DataRequired(), Length(max=1000)],
                           description=f"Write {BLANK} (six underscores) where the missing words go.",
                           render_kw={"rows": 3})
    answer = StringField("Missing words", validators=[DataRequired(), Length(max=200)])
    accepted = TextAreaField("Also accept (one per line)", validators=[Optional()], render_kw={"rows": 2},
                             description="Case, punctuation and spacing never matter.")

    def validate_prompt(self, field):
        if field.data.count(BLANK) != 1:
            raise ValidationError(f"Put exactly one blank ({BLANK}) in the sentence.")

    def fill_answer(self, question):
        self.answer.data = question.answer
        self.accepted.data = "\n".join(question.accepted)

    def build_answer(self, question, base):
        question.answer = self.answer.data.strip()
        question.accepted = _lines(self.accepted.data)
        if base and base.word_bank:
            question.word_bank = [question.answer, *[w for w in base.word_bank if w != base.answer]]


class ShortAnswerForm(QuestionForm):
    qtype, label, skill = "short_answer", "Short answer", "inference"
    answer = TextAreaField("Model answer", validators=[DataRequired(), Length(max=2000)], render_kw={"rows": 3})
    rubric = TextAreaField("Rubric (one line each: points | what earns them)", validators=[Optional()],
                           render_kw={"rows": 3}, description="For example: 1 | names the cause")

    def validate_rubric(self, field):
        total = 0
        for line in _lines(field.data):
            points, _, criterion = line.partition("|")
            points = points.strip()
            if not (points.isascii() and points.isdigit() and len(points) <= 3) or not criterion.strip():
                raise ValidationError(f"Write each rubric line as 'points | criterion': {line!r}")
            total += int(points)
        if total and isinstance(self.points.data, int) and total != self.points.data:
            raise ValidationError(f"The rubric adds up to {total} point{'s' if total != 1 else ''} but the "
                                  f"question is worth {self.points.data}: make them agree.")

    def validate_prompt(self, field):
        if not field.data.strip().endswith("?"):
            raise ValidationError("End the question with a question mark.")

    def fill_answer(self, question):
        self.answer.data = question.answer
        self.rubric.data = "\n".join(f"{r['points']} | {r['criterion']}" for r in question.rubric)

    def build_answer(self, question, base):
        question.answer = self.answer.data.strip()
        question.rubric = [{"points": int(p.strip()), "criterion": c.strip()}
                           for p, _, c in (line.partition("|") for line in _lines(self.rubric.data))]
        question.accepted = list(base.accepted) if base and base.type == "short_answer" else []


class MatchingForm(QuestionForm):
    qtype, label, skill = "matching", "Matching", "fact"
    pairs = TextAreaField("Pairs (one per line: left = right)", validators=[DataRequired()],
                          render_kw={"rows": 6}, description="3 to 6 pairs, e.g. The Kremlin = denied the reports")

    def validate_pairs(self, field):
        pairs = [line.split("=", 1) for line in _lines(field.data)]
        if any(len(p) != 2 or not p[0].strip() or not p[1].strip() for p in pairs):
            raise ValidationError("Write each pair as 'left = right'.")
        if not 2 <= len(pairs) <= 8:
            raise ValidationError("Write between 2 and 8 pairs.")
        lefts = [p[0].strip().casefold() for p in pairs]
        rights = [p[1].strip().casefold() for p in pairs]
        if len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
            raise ValidationError("Each left and each right item must be different.")

    def fill_answer(self, question):
        self.pairs.data = "\n".join(f"{a} = {b}" for a, b in question.answer)

    def build_answer(self, question, base):
        question.answer = [[a.strip(), b.strip()] for a, b in (line.split("=", 1) for line in _lines(self.pairs.data))]


class OrderingForm(QuestionForm):
    qtype, label, skill = "ordering", "Put in order", "sequence"
    items = TextAreaField("Items in the right order (one per line)", validators=[DataRequired()],
                          render_kw={"rows": 6})

    def validate_items(self, field):
        items = _lines(field.data)
        if not 2 <= len(items) <= 10:
            raise ValidationError("Write between 2 and 10 items.")
        if len({i.casefold() for i in items}) != len(items):
            raise ValidationError("Two items are the same.")

    def fill_answer(self, question):
        self.items.data = "\n".join(question.answer)

    def build_answer(self, question, base):
        question.answer = _lines(self.items.data)
        question.choices = []


#: The form of each question type, in the order the editor offers them: the
#: one place the web layer looks a question type up.
FORMS: dict[str, type[QuestionForm]] = {
    form.qtype: form for form in (MultipleChoiceForm, TrueFalseForm, ClozeForm, ShortAnswerForm,
                                  MatchingForm, OrderingForm, FactOpinionForm)
}
TYPE_LABELS = {qtype: form.label for qtype, form in FORMS.items()}
