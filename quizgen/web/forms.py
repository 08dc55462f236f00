"""WTForms for every page; rendered by the one macro in templates/_form.html."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import PasswordField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from ..articles.readers import ACCEPTED

UPLOAD_ACCEPT = ".txt,.md,.markdown,.html,.htm,.docx,.pdf"


def options(pairs) -> list[SelectChoice]:
    """Choices for a select, radio or checkbox field from (value, label) pairs."""
    return [SelectChoice(value, label) for value, label in pairs]


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)],
                             render_kw={"autocomplete": "current-password"})
    submit = SubmitField("Sign in")


class PasswordForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired(), Length(max=1024)],
                            render_kw={"autocomplete": "current-password"})
    new = PasswordField("New password", validators=[DataRequired(), Length(min=10, max=1024)],
                        render_kw={"autocomplete": "new-password"},
                        description="At least 10 characters. A few unrelated words are easy to remember.")
    confirm = PasswordField("New password again", validators=[
        DataRequired(), EqualTo("new", message="The two new passwords are not the same.")],
        render_kw={"autocomplete": "new-password"})
    submit = SubmitField("Change my password")


class ArticleForm(FlaskForm):
    title = StringField("Title (optional)", validators=[Optional(), Length(max=300)],
                        description="Leave empty to use the article's first line.")
    text = TextAreaField("Paste the article", validators=[Optional()],
                         render_kw={"rows": 14},
                         description="Title on the first line, then the paragraphs.")
    file = FileField("…or upload a file",
                     description=f"Accepted: {ACCEPTED} files.",
                     render_kw={"accept": UPLOAD_ACCEPT})
    submit = SubmitField("Add to my library")

    def validate(self, extra_validators=None) -> bool:
        if not super().validate(extra_validators):
            return False
        has_text = bool(self.text.data and self.text.data.strip())
        has_file = bool(self.file.data and getattr(self.file.data, "filename", ""))
        if has_text == has_file:
            message = ("Paste the text or upload a file, not both." if has_text
                       else "Paste the article's text or choose a file to upload.")
            self.text.errors = [*self.text.errors, message]
            return False
        return True


class ConfirmForm(FlaskForm):
    """A bare form for POST-only buttons (delete, logout): CSRF and nothing else."""
    submit = SubmitField("Confirm")
