"""Subject questions ("Who confirmed …?"): the wh-phrase takes the subject's
place, and the verb after it agrees with a singular "Who"/"What" ("Who officially
opens the bridge?", not "Who officially open …")."""
from __future__ import annotations

from lemminflect import getInflection
from spacy.tokens import Token

from .clause_checks import appositive_ids, mismatched_conjuncts, orphaned
from .clauses import (
    DO_FORMS,
    SUBJECT_DEPS,
    Clause,
    _front_text,
    _join,
    _subject,
    contiguous_removal_ok,
    finish,
    is_pronoun,
)
from .context import Context, tidy

#: What a bare verb after "let"/"make"/"see" needs beside it to say something.
_COMPLEMENTS = {"dobj", "prep", "xcomp", "ccomp", "advcl", "attr", "acomp", "prt", "npadvmod", "dative"}
_SINGULAR = {"were": "was", "are": "is", "have": "has", "do": "does", "'re": "is", "'ve": "has", "am": "is"}


def subject_question(ctx: Context, clause: Clause, wh: str, singular: bool = True,
                     keep: set[int] | None = None) -> str | None:
    """``Who confirmed …?``: the wh-phrase replaces the subject (``keep``: parts of
    the subject that stay in the question, e.g. a place after a counted noun)."""
    if clause.tense is not None and not clause.bare:
        return None  # a participle has no finite form to ask with
    if clause.negated:
        return None  # "Who is not considering …?": a negative stem tests the trap, not the reading
    removed = clause.subject_ids() - (keep or set())
    if not contiguous_removal_ok(clause, removed):
        return None
    body = clause.without(removed | mismatched_conjuncts(clause.verb))
    if orphaned(clause, body):
        return None
    if clause.bare and not any(c.dep_ in _COMPLEMENTS for c in clause.verb.children):
        return None  # "Who did the association let play?": play what, where? (panel 48)
    if clause.bare:
        # "Who did the finals see face off in …?": the perception verb asks for the doer
        causer = _subject(clause.causer)
        if causer is None or is_pronoun(causer):
            return None
        cause = [t for t in causer.subtree if t.i not in appositive_ids(causer)]
        return finish(f"{wh} {DO_FORMS[clause.tense]} {_join(ctx, cause)} {clause.causer.lemma_.lower()} "
                      f"{_join(ctx, body)}")
    emphatic = _emphatic_do(clause)
    if emphatic is not None:
        body = [t for t in body if t.i != clause.auxes[0].i]
        text = _with_forms(ctx, body, {clause.verb.i: emphatic})
    else:
        text = _agreeing(ctx, clause, body) if singular else _join(ctx, body)
    return finish(f"{wh} {text} {_front_text(ctx, clause, removed)}")


def _emphatic_do(clause: Clause) -> str | None:
    """The verb in the tense an emphatic "did" carries ("The judges did, however,
    rule that …" -> "Who ruled that …?"; panel 46 read "Who did rule …?")."""
    if len(clause.auxes) != 1 or clause.auxes[0].lemma_.lower() != "do" \
            or clause.verb.tag_ not in {"VB", "VBP"}:  # the tagger reads "did, however, rule" as VBP
        return None
    forms = getInflection(clause.verb.lemma_.lower(), tag="VBD" if clause.auxes[0].tag_ == "VBD" else "VBZ")
    return forms[0] if forms else None


def singular_form(tok: Token) -> str | None:
    """The third-person singular of a finite verb or auxiliary ("open" ->
    "opens", "were" -> "was", "have" -> "has"), None when it has none to take
    (a past tense, a modal, a form that already agrees)."""
    low = tok.lower_
    if low in _SINGULAR:
        return _SINGULAR[low]
    if tok.pos_ == "VERB" and tok.tag_ in {"VBP", "VB"}:
        forms = getInflection(tok.lemma_.lower(), tag="VBZ")
        return forms[0] if forms else None
    return None


def _agreeing(ctx: Context, clause: Clause, body: list[Token]) -> str:
    """The clause after a singular wh-subject ("Who …"), its first finite verb
    or auxiliary made to agree with it ("Who officially opens the bridge?")."""
    finite = {clause.verb.i, *(a.i for a in clause.auxes)}
    forms: dict[int, str] = {}
    for tok in body:
        if tok.i not in finite:
            continue
        bare_ok = tok.tag_ != "VB" or (tok.i == clause.verb.i and not clause.auxes)
        form = singular_form(tok) if bare_ok else None
        if form is not None:
            forms[tok.i] = form
        break
    forms.update(_conjunct_auxiliaries(clause, body))
    return _with_forms(ctx, body, forms)


def _with_forms(ctx: Context, body: list[Token], forms: dict[int, str]) -> str:
    """``body`` joined, with the words at the positions in ``forms`` replaced."""
    pieces, run = [], []
    for tok in body:
        if tok.i in forms:
            pieces += [_join(ctx, run), forms[tok.i]]
            run = []
        else:
            run.append(tok)
    return tidy(" ".join(pieces + [_join(ctx, run)])) if forms else _join(ctx, body)


def _conjunct_auxiliaries(clause: Clause, body: list[Token]) -> dict[int, str]:
    """Auxiliaries of verbs coordinated with the clause's own, made singular
    too: "Who was taken off a flight … and was allowed to leave?" (panel 45
    read "… and were allowed")."""
    out = {}
    for tok in body:
        conj = tok.head
        if tok.dep_ in {"aux", "auxpass"} and conj.dep_ == "conj" and conj.head.i == clause.verb.i and \
                not any(c.dep_ in SUBJECT_DEPS for c in conj.children) and tok.lower_ in _SINGULAR:
            out[tok.i] = _SINGULAR[tok.lower_]
    return out
