"""Clauses that borrow their subject: participles (", destroying 300 homes"),
coordinated verbs ("… and has been told to prepare X") and relative clauses
("Lage, who is in Bolivia, …"), each as a :class:`~.clauses.Clause` of its own."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .clause_checks import appositive_ids, attachment_unsure, coordinated_verbs, matrix_conjuncts, side_remarks
from .clauses import (
    BARE_CAUSATIVE,
    DO_FORMS,
    SUBJECT_DEPS,
    Clause,
    _asides,
    _subject,
    is_pronoun,
)


def participle_clauses(sentence: Span) -> list[Clause]:
    """``The storm hit the coast, destroying 300 homes``: the participle clause as
    a clause of its own, sharing the main clause's subject and tense, so its
    objects can be asked ("How many homes did the storm destroy?")."""
    out: list[Clause] = []
    for tok in sentence:
        if tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "conj"} or tok.i == 0:
            continue
        if tok.dep_ == "advcl" and tok.doc[tok.i - 1].text not in {",", "\u2014"}:
            continue
        if tok.dep_ == "conj" and not (tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl"):
            continue
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in tok.children):
            continue
        # the finite verb whose subject the participle shares
        start = tok
        while start.dep_ == "conj" and start.head.tag_ == "VBG":
            start = start.head
        main = start.head
        subject = None
        tense = None
        for _ in range(3):
            subject = _subject(main)
            finite = main if main.tag_ in DO_FORMS else next(
                (c for c in main.children if c.dep_ in {"aux", "auxpass"} and c.tag_ in DO_FORMS), None)
            if subject is not None and finite is not None:
                tense = finite.tag_
                break
            if main.dep_ in {"xcomp", "ccomp", "conj"} and main.head.i != main.i:
                if subject is None and main.dep_ == "ccomp":
                    break
                main = main.head
            else:
                break
        if subject is None or tense is None or subject.i > tok.i or subject.pos_ == "PRON":
            continue
        if any(c.dep_ in {"auxpass"} for c in main.children):
            continue  # "was hit, killing …": the subject is not the one killing
        skip = {t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree}
        skip |= {c.i for c in tok.children if c.dep_ == "cc"}
        own = [t for t in tok.subtree if t.i not in skip]
        while own and (own[-1].is_punct or own[-1].dep_ == "cc"):
            own.pop()
        tokens = sorted([*subject.subtree, *own], key=lambda t: t.i)
        out.append(Clause(tok, subject, sentence, tokens, [], [], False, tense=tense))
    return out


def conj_clauses(sentence: Span) -> list[Clause]:
    """``The army was placed on alert and has been told to prepare X``: the
    second verb as a clause of its own, with the first verb's subject."""
    out: list[Clause] = []
    for verb in sentence:
        if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or _subject(verb) is not None:
            continue
        if any(c.dep_ in {"mark", "expl"} for c in verb.children):
            continue  # "… and that there was no need for haste": a clause of its own, not the first verb's subject
        first = verb.head
        subject = _subject(first)
        if subject is None or first.pos_ not in {"VERB", "AUX"} or first.dep_ not in {"ROOT", "conj", "ccomp"} \
                or subject.i > first.i:
            continue
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
        if not auxes and verb.tag_ not in DO_FORMS and verb.lemma_ != "be":
            continue
        if not auxes and any(c.tag_ == "MD" for c in first.children):
            continue  # "must offer …, and within 120 days disclose …": "does X disclose?" drops the "must"
        if attachment_unsure(first, verb, auxes) or verb.i in matrix_conjuncts(first):
            continue  # (the reporting verb's conjunct, hung inside the reported clause)
        if (first.tag_ == "VB" or first.dep_ in {"ccomp", "xcomp"} and first.head.lemma_.lower() in BARE_CAUSATIVE) \
                and verb.tag_ in {"VBD", "VBZ"} and verb.tag_ != first.tag_:
            continue  # "let contracts expire and handed the service to …": the past tense is the letter's (panel 56)
        if not any(c.dep_ in {"cc", "punct"} and first.i < c.i < verb.i for c in first.children):
            continue  # no "and" or comma joins them: the parse spliced a verb of another clause on
        if _participle_after_comma(first, verb, auxes):
            continue  # "takes its name from its area, spread over thousands of antennas"
        own = [t for t in verb.subtree if t.i not in coordinated_verbs(verb) and t.i not in side_remarks(verb)]
        while own and (own[-1].is_punct or own[-1].dep_ == "cc"):
            own.pop()
        subj = [t for t in subject.subtree if t.i not in appositive_ids(subject)]
        tokens = sorted({*subj, *own}, key=lambda t: t.i)
        out.append(Clause(verb, subject, sentence, tokens, [], auxes,
                          any(c.dep_ == "neg" for c in verb.children)))
    return out


def relative_clauses(sentence: Span) -> list[Clause]:
    """``Castro, who turns 80 later this month, …``: a relative clause whose
    relative pronoun is its subject, as a clause of its own with the
    antecedent as subject ("How old does Castro turn …?", "Where is Lage?")."""
    from .context import phrase_tokens
    out: list[Clause] = []
    for verb in sentence:
        if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"} or verb.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        rel = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in {"who", "which", "that"}), None)
        if verb.head.dep_ == "pobj" and verb.head.head.head.pos_ in {"NOUN", "PROPN"}:
            continue  # "a deal with the SNP which would lead to …": the deal or the SNP? not asked
        if rel is not None and rel.lower_ == "who" and verb.head.ent_type_ in {"GPE", "LOC", "FAC"}:
            continue  # "a judge in Santiago, who is leading the inquiry": the judge, not the place (panel 62)
        if verb.head.dep_ == "conj" or any(c.dep_ == "conj" for c in verb.head.children):
            continue  # "Senators Ann Lee and Tom Ruiz, who had called for …": both, not the last one
        if verb.head.dep_ == "appos" and verb.head.head.pos_ == "PROPN":
            continue  # "Satyarthi, the campaigner who shared the 2014 Nobel Peace Prize, said": background (panel 55)
        if _defines_its_antecedent(verb):
            continue  # "The student who brought the first petition said …": "What did the student bring?" (panel 71)
        antecedent = phrase_tokens(verb.head, max_words=8)
        if rel is None or not antecedent or any(is_pronoun(t) for t in antecedent):
            continue
        own = [t for t in verb.subtree if t.i != rel.i and t.i not in _asides(verb, verb.head)]
        while own and (own[-1].is_punct or own[-1].dep_ == "cc"):
            own.pop()
        tokens = sorted({*antecedent, *own}, key=lambda t: t.i)
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
        if verb.tag_ not in DO_FORMS and not auxes and verb.lemma_ != "be":
            continue
        out.append(Clause(verb, verb.head, sentence, tokens, [], auxes,
                          any(c.dep_ == "neg" for c in verb.children), subject_span={t.i for t in antecedent}))
    return out


def _defines_its_antecedent(verb: Token) -> bool:
    """A relative clause with no comma on "the" + a common noun: it says which
    one is meant, so a question on it asks the student to restate the
    description ("The student who brought the first petition" -> "What did
    the student bring?": vague, three of three)."""
    head = verb.head
    return head.pos_ == "NOUN" and verb.left_edge.i > 0 and head.doc[verb.left_edge.i - 1].text != "," and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _participle_after_comma(first: Token, verb: Token, auxes: list[Token]) -> bool:
    """A past form joined by a comma alone to a present-tense verb ("The SKA
    takes its name from its area, spread over thousands of antennas") is a
    participle describing a noun, not a second verb of the subject (panel 44
    saw "Who spread over thousands of antennas?")."""
    joined = any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children)
    return not joined and not auxes and verb.tag_ in {"VBD", "VBN"} and first.tag_ in {"VBZ", "VBP"}
