"""``quizgen generate`` and ``quizgen eval``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..questions import Question


class FamiliesOption(click.Option):
    """``--types``, whose help lists the registered families when it is shown
    (so a family registered by a plug-in module is listed too)."""

    def get_help_record(self, ctx: click.Context):
        from . import families

        listed = []
        for family in families.ordered():
            also = f" ({', '.join(family.aliases)})" if family.aliases else ""
            listed.append(f"{family.name}{also}: {family.label}")
        self.help = "Comma-separated question families: " + "; ".join(listed) + ". Default: all."
        return super().get_help_record(ctx)


@click.command("generate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--count", "-n", default=12, show_default=True, type=click.IntRange(1, 100),
              help="How many questions to select.")
@click.option("--types", default=None, cls=FamiliesOption)
@click.option("--seed", default=0, show_default=True, type=int, help="Seed: the same seed gives the same quiz.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
              help="json: the question records; text: a readable quiz with the key.")
def generate_command(file: Path, count: int, types: str | None, seed: int, fmt: str) -> None:
    """Generate a reading-comprehension quiz from the article in FILE.

    FILE is plain text: the title on the first line, then paragraphs.
    """
    from ..articles.parse import ArticleError, parse_article
    from ..jobs.cli_steps import cli_steps
    from . import generate_questions

    try:
        text = file.read_text(encoding="utf-8", errors="replace")
        with cli_steps("generate", count=count) as step:  # the web's job steps, on stderr
            step("parsing")
            parsed = parse_article(text)
            step("drafting")
            result = generate_questions(parsed, count=count, types=types, seed=seed)
    except (ArticleError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result.title, result.questions, result.notes))


def render_text(title: str, questions: list[Question], notes: list[str]) -> str:
    lines = [title, "=" * min(len(title), 70), ""]
    for n, q in enumerate(questions, 1):
        lines.append(f"{n}. [{q.type.replace('_', ' ')}, {q.difficulty}] {q.prompt}")
        if q.type == "multiple_choice" or q.type in ("true_false", "fact_or_opinion"):
            for letter, choice in zip("ABCDE", q.choices):
                lines.append(f"   {letter}. {choice}")
        elif q.type == "ordering":
            for letter, choice in zip("ABCDEFG", q.choices):
                lines.append(f"   {letter}. {choice}")
        elif q.type == "matching":
            lefts = [pair[0] for pair in q.answer if isinstance(pair, (list, tuple)) and pair]
            for n_left, left in enumerate(lefts, 1):
                lines.append(f"   {n_left}. {left}")
            for letter, choice in zip("ABCDEFGHIJ", q.choices):
                lines.append(f"   {letter}. {choice}")
        elif q.type == "cloze" and q.word_bank:
            lines.append("   Word bank: " + " | ".join(q.word_bank))
        lines.append(f"   Key: {_answer_text(q.answer)}")
        for item in q.rubric:
            lines.append(f"   Rubric ({item['points']} pt): {item['criterion']}")
        lines.append(f"   Evidence: paragraph {q.evidence[0].paragraph + 1}: {q.evidence[0].text}")
        lines.append("")
    for note in notes:
        lines.append(f"Note: {note}")
    return "\n".join(lines).rstrip() + "\n"


def _answer_text(answer) -> str:
    """The key as one line: ordering items joined by arrows, matching pairs as
    "left = right" separated by semicolons."""
    if isinstance(answer, str):
        return answer
    if isinstance(answer, (list, tuple)):
        if any(isinstance(a, (list, tuple)) for a in answer):
            return "; ".join(" = ".join(str(x) for x in a) if isinstance(a, (list, tuple)) else str(a)
                             for a in answer)
        return " -> ".join(str(a) for a in answer)
    return str(answer)


@click.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the full report (per article and per gold fact) as JSON to this file.")
def eval_command(directory: Path, json_out: Path | None) -> None:
    """Measure question quality on DIRECTORY of NN-slug.txt + NN-slug.gold.json files.

    Reports fact recall in the 40-question pool, flaws, type mix, key positions,
    how often the longest option is the key, questions per 250 words and speed.
    """
    from ..benchmark.questions import evaluate_dir

    report = evaluate_dir(directory)
    if not report["articles"]:
        raise click.ClickException(f"no NN-slug.txt with a .gold.json beside it in {directory}")
    for name, a in report["articles"].items():
        d, p = a["default"], a["pool"]
        click.echo(f"{name}: recall {a['facts_found']}/{a['facts_total']} ({a['fact_recall']:.0%}), "
                   f"default {d['questions']} q {len(d['types'])} types flaws {d['flaw_total']}, "
                   f"pool {p['questions']} q flaws {p['flaw_total']} ({a['pool_per_250_words']}/250w), "
                   f"longest=key {d['longest_is_key']}/{d['multiple_choice']}, {a['seconds']:.2f}s")
        click.echo("    " + _analysis_line(a["analysis"]) + "; " + _inclusion_line(a["inclusion"]))
    t = report["total"]
    click.echo("")
    click.echo(f"TOTAL fact recall {t['facts_found']}/{t['facts_total']} ({t['fact_recall']:.1%})")
    for which in ("default", "pool"):
        w = t[which]
        click.echo(f"{which}: flaws {w['flaw_total']} {w['flaws']}; min types {w['min_types']}; "
                   f"max type share {w['max_type_share']:.0%}; longest option is key "
                   f"{w['longest_is_key_share']:.0%}; key positions {w['key_positions']}")
        click.echo(f"{which}: fact MCQs with every option of the key's kind {w['kind_ok']}/{w['kind_checked']} "
                   f"({_pct(w['kind_share'])}); stems passing the grammar checks {w['stems_ok']}/"
                   f"{w['stems_checked']} ({_pct(w['stem_share'])})")
    click.echo(f"pool questions per 250 words (min) {t['pool_per_250_words_min']}; "
               f"seconds per article mean {t['seconds_mean']} max {t['seconds_max']}")
    click.echo(f"TOTAL {_analysis_line(t['analysis'])}")
    v = t["pool"]
    click.echo(f"vocabulary items (pool) keyed with the first sense or a sense the sentence supports: "
               f"{v['vocabulary_sense_ok']}/{v['vocabulary_items']}; default sets with two understanding items "
               f"(or all the article supports): {t['understanding_ok']}/{t['articles']}")
    click.echo(f"default sets with the stance / fact-or-opinion / vocabulary items the article supports: "
               f"{t['inclusion_ok']}/{t['articles']}")
    if json_out:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def _pct(value) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _analysis_line(m: dict) -> str:
    return (f"holder precision {_pct(m['holder_precision'])}, stance-holder recall "
            f"{_pct(m['stance_holder_recall'])}, stance accuracy {_pct(m['stance_accuracy'])} "
            f"(claims/neutral merged {_pct(m.get('stance_accuracy_merged'))}), "
            f"opinion precision {_pct(m['opinion_precision'])} recall {_pct(m['opinion_recall'])}, "
            f"vocabulary overlap {_pct(m['vocabulary_overlap'])}")


def _inclusion_line(inc: dict) -> str:
    parts = [f"{k} {'yes' if inc['included'][k] else ('MISSING' if inc['needed'][k] else 'n/a')}"
             for k in inc["needed"]]
    return f"{inc['holders']} holders; default set: " + ", ".join(parts)


if __name__ == "__main__":  # python -m quizgen.generate.commands
    group = click.Group(commands={"generate": generate_command, "eval": eval_command})
    sys.exit(group())
