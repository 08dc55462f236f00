"""Forms for generating a quiz and for its settings."""
from __future__ import annotations

from datetime import timezone, tzinfo

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
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
from wtforms.widgets import CheckboxInput, ListWidget

from ..generate import families as registry
from ..timezones import local_to_utc_iso, utc_iso_to_local, zone_label
from .forms import options

class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class GenerateForm(FlaskForm):
    title = StringField("Quiz title", validators=[DataRequired(), Length(max=200)])
    count = IntegerField("How many questions", default=12, validators=[InputRequired(), NumberRange(min=1, max=40)])
    #: Choices come from the family registry when the form is made (see __init__).
    families = MultiCheckboxField("Question families", choices=[])
    difficulty = RadioField("Difficulty mix", default="balanced", choices=options([
        ("balanced", "Balanced"), ("easier", "Mostly easier"), ("harder", "Mostly harder")]))
    seed = IntegerField("Variation number", default=1, validators=[InputRequired(), NumberRange(min=0, max=10**9)],
                        description="The same number gives the same questions; change it for a different set.")
    submit = SubmitField("Generate questions")

    def __init__(self, *args, **kwargs):
        offered = [f for f in registry.ordered() if f.in_form]
        super().__init__(*args, **kwargs)
        self.families.choices = options((f.name, f.label) for f in offered)
        if not self.is_submitted() and not self.families.data:
            self.families.data = [f.name for f in offered if f.in_default]

    def validate_families(self, field):
        if not field.data:
            raise ValidationError("Choose at least one family.")


class SettingsForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    instructions = TextAreaField("Instructions for students", validators=[Optional(), Length(max=2000)],
                                 render_kw={"rows": 3})
    show_article = BooleanField("Show the article with the questions")
    shuffle_questions = BooleanField("Shuffle the order of questions for each student")
    shuffle_options = BooleanField("Shuffle the options of multiple-choice questions")
    feedback = SelectField("Students see their results and the answers", choices=options([
        ("after_submit", "right after submitting"), ("on_release", "when I release them"), ("never", "never")]))
    time_limit_minutes = IntegerField("Time limit in minutes (optional)",
                                      validators=[Optional(), NumberRange(min=1, max=600)])
    opens_at = DateTimeLocalField("Opens at (optional)", validators=[Optional()], format="%Y-%m-%dT%H:%M")
    closes_at = DateTimeLocalField("Closes at (optional)", validators=[Optional()], format="%Y-%m-%dT%H:%M")
    one_attempt_per_name = BooleanField("One attempt per student name")
    submit = SubmitField("Save settings")

    def validate_closes_at(self, field):
        if field.data and self.opens_at.data and field.data <= self.opens_at.data:
            raise ValidationError("The closing time must be after the opening time.")

    def __init__(self, *args, zone: tzinfo = timezone.utc, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = zone
        for field in (self.opens_at, self.closes_at):
            field.label.text = f"{field.label.text.removesuffix(' (optional)')} (optional, school time: {zone_label(zone)})"

    def values(self) -> dict:
        """Settings for the database: open and close times converted to UTC."""
        def iso(moment):
            return local_to_utc_iso(moment, self.zone)
        return {"title": self.title.data.strip(), "instructions": (self.instructions.data or "").strip(),
                "show_article": self.show_article.data, "shuffle_questions": self.shuffle_questions.data,
                "shuffle_options": self.shuffle_options.data, "feedback": self.feedback.data,
                "time_limit_minutes": self.time_limit_minutes.data, "opens_at": iso(self.opens_at.data),
                "closes_at": iso(self.closes_at.data), "one_attempt_per_name": self.one_attempt_per_name.data}

    def fill(self, quiz) -> None:
        def local(value):
            return utc_iso_to_local(value, self.zone)
        for name in ("title", "instructions", "show_article", "shuffle_questions", "shuffle_options", "feedback",
                     "time_limit_minutes", "one_attempt_per_name"):
            getattr(self, name).data = getattr(quiz, name)
        self.opens_at.data = local(quiz.opens_at)
        self.closes_at.data = local(quiz.closes_at)


class PointsForm(FlaskForm):
    points = IntegerField("Points", validators=[InputRequired(), NumberRange(min=0, max=100)])
    submit = SubmitField("Set")
