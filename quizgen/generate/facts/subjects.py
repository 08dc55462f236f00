"""The subject question ("Who founded X?") and the subjects it must not ask
for: each refusal is one small predicate in :data:`NOT_ASKED` (over the
subject and its verb) or :data:`NOT_ASKED_WITH_KEY` (over the key as well)."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from ...lexicons.organisations import BENCH_NOUNS
from ...lexicons.speech import EVIDENCE_VERBS, REPORTING, REPORTING_SPEECH
from ..clause_checks import restricted
from ..clauses import Clause, is_pronoun
from ..context import Context
from ..subject_questions import subject_question
from .answers import answer_for
from .keys import Answer
from .objects import Pair, one_of_listed_subjects
from .several import done_by_others, shared_by_others, stock_doer
from .words import LISTING_VERBS, PERSON_NOUNS


def subject_questions(ctx: Context, clause: Clause) -> Iterator[Pair]:
    """"Who founded X?", unless a rule of :data:`NOT_ASKED` or
    :data:`NOT_ASKED_WITH_KEY` says the subject is no fact to ask."""
    subject, verb_tok = clause.subject, clause.verb
    if any(rule(subject, verb_tok) for rule in NOT_ASKED):
        return
    ans = answer_for(ctx, subject, "subject")
    if ans is None or any(rule(subject, verb_tok, ans) for rule in NOT_ASKED_WITH_KEY):
        return
    if ans.wh == "Who" and ans.label in {"ORG", "PRODUCT", "LAW"} and verb_tok.lemma_ == "be" \
            and any(c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() not in PERSON_NOUNS
                    for c in verb_tok.children):
        ans.wh = "What"  # "What had been a clear abuse of authority? — DACA": a programme, not a body
    singular = ans.wh in {"Who", "What"} or ans.wh.startswith("Which ") and clause.subject.tag_ in {"NNP", "NN"}
    prompt = subject_question(ctx, clause, ans.wh, singular, keep=ans.keep)  # not "Which country are …?"
    doer = ans.wh == "Who" or ans.wh in {"Which country", "Which organisation"}  # "Which country welcomed …?" (panel 89)
    if prompt and not (doer and (shared_by_others(ctx, verb_tok, ans.text, prompt)
                                 or done_by_others(ctx, verb_tok, ans.text, prompt)) or ans.wh == "Who" and stock_doer(ans, prompt)):
        yield prompt, ans


def _pronoun_or_list(subject: Token, verb: Token) -> bool:
    """"it", "they"; "Who included A, B and C?" asks for a container, not a fact."""
    return is_pronoun(subject) or subject.lower_ == "it" or verb.lemma_.lower() in LISTING_VERBS


def _restricted(subject: Token, verb: Token) -> bool:
    """"Athletes who can prove they were clean will be allowed …": "athletes" drops the condition."""
    return restricted(subject)


def _whether_clause_subject(subject: Token, verb_tok: Token) -> bool:
    """A "whether"/"if" clause run straight into the subject with no comma: the
    parser split a clausal subject and took its object for the subject
    ("Whether the levy makes a difference will take years to judge")."""
    doc = subject.doc
    return any(c.dep_ == "advcl" and c.i < subject.i and c.left_edge.lower_ in {"whether", "if"}
               and not any(t.text == "," for t in doc[c.left_edge.i:subject.i]) for c in verb_tok.children)


def _owner_pointed_back(subject: Token, verb: Token) -> bool:
    """The subject has an owner ("Labor's problems") and the rest of the clause
    says "its"/"their": without the key, the stem's pronoun has no antecedent
    ("what ran deeper than its leader?", panel 84)."""
    if not any(c.dep_ == "poss" and not is_pronoun(c) for c in subject.children):
        return False
    inside = {t.i for t in subject.subtree}
    return any(t.lower_ in {"its", "their"} and t.i not in inside for t in verb.subtree)


#: Words for a share of what their "of" phrase names: "much of the debate", "most of the money".
_SHARES = frozenset("much most some part half all none many few several".split())


def _partitive(subject: Token, verb: Token) -> bool:
    """The subject is a share of something: "What has focused on a 2007 law? —
    much of the debate" asks for no answer a student could give (panel 84)."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return subject.lower_ in _SHARES and whole is not None and whole.ent_type_ not in {"PERSON", "NORP", "ORG"} \
        and whole.lemma_.lower() not in PERSON_NOUNS  # ("several of the women detained … had campaigned": people)


def _among_others(subject: Token, verb: Token) -> bool:
    """"… were among the worst hit": others were too (panel 81)."""
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in verb.children)


def _speakers_second_act(subject: Token, verb: Token) -> bool:
    """"Lavrov said Russia was not guilty and complained that …": the parse joins
    the speaker's "complained" to what he said, so its subject reads "Russia"."""
    return verb.dep_ == "conj" and verb.lemma_.lower() in REPORTING and verb.head.dep_ == "ccomp" \
        and verb.head.head.lemma_.lower() in REPORTING


NOT_ASKED: tuple[Callable[[Token, Token], bool], ...] = (
    _pronoun_or_list, _restricted, _whether_clause_subject, _owner_pointed_back, _partitive, _among_others,
    _speakers_second_act)


def _one_of_listed(subject: Token, verb: Token, ans: Answer) -> bool:
    """"the relocated monuments will draw …": boat trips too (panel 71)."""
    return one_of_listed_subjects(subject, ans)


def _riddle_of_being(subject: Token, verb: Token, ans: Answer) -> bool:
    """"The missing section is the crossing under the lake" ("What is the crossing …?"
    has many answers); "Reactions were mixed last night" ("What was mixed?", panel 39)."""
    if ans.label is not None or verb.lemma_ != "be":
        return False
    if any(c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children):
        return True
    return not any(c.dep_ in {"attr", "xcomp", "ccomp"} for c in verb.children) and any(
        c.dep_ == "acomp" and all(g.dep_ in {"advmod", "npadvmod"} for g in c.children) for c in verb.children)


#: Who votes in a bloc: a party or group voting for or against is seldom the only one.
_VOTING_BODIES = frozenset("party group bloc faction coalition alliance union".split())
#: What those who rule on a case do: "Who ruled …? — the judges" is obvious.
_RULING_VERBS = frozenset("rule agree find decide order sentence acquit convict uphold overturn dismiss add "
                          "say conclude hold".split())


def _bloc_vote(subject: Token, verb: Token, ans: Answer) -> bool:
    """"Who voted against the motion? — Ciudadanos": parties vote in blocs, others did too (panel 66)."""
    return ans.wh == "Who" and verb.lemma_.lower() == "vote" and (
        ans.label in {"ORG", "NORP"} or subject.lemma_.lower() in _VOTING_BODIES)


def _the_bench(subject: Token, verb: Token, ans: Answer) -> bool:
    """A court, its judges or a panel, by a common noun ("the Lausanne-based
    court", "the judges"; not "the Supreme Court"), doing what courts do: "Who
    ruled that the ban should be backdated? — the court" (panel 64)."""
    return ans.wh == "Who" and subject.lemma_.lower() in BENCH_NOUNS and subject.pos_ == "NOUN" \
        and verb.lemma_.lower() in _RULING_VERBS


def _source_as_doer(subject: Token, verb: Token, ans: Answer) -> bool:
    """"What said the government would act …? — a statement", "What put the toll at …?";
    "What showed that fewer than a third … came? — district figures": the source, not the finding (panel 70)."""
    if ans.wh != "What":
        return False
    lemma = verb.lemma_.lower()
    return lemma in REPORTING_SPEECH | {"put"} or lemma in EVIDENCE_VERBS and any(
        c.dep_ == "ccomp" for c in verb.children)


#: Nouns for work in general ("rescue efforts", "scientific studies"): as a "What …?"
#: subject key they are guessed without reading, and the stem holds the point.
_GENERAL_WORK = frozenset("effort efforts study studies research test tests experiment experiments "
                          "investigation investigations analysis analyses survey surveys".split())


def _general_work_as_doer(subject: Token, verb: Token, ans: Answer) -> bool:
    """"What has focused on the Enrique Rébsamen school? — rescue efforts", "What
    has linked trans fats to heart disease? — scientific studies" (panel 85: the
    dull half asked, the finding given away in the stem)."""
    return ans.wh == "What" and ans.label is None and subject.lower_ in _GENERAL_WORK \
        and not any(t.pos_ == "PROPN" or t.like_num for t in ans.tokens)


def _list_of_names(subject: Token, verb: Token, ans: Answer) -> bool:
    """"Who filled the roads …? — residents of Oroville, Gridley, Marysville and
    Yuba City": a list of three or more names to recall (panel 87: trivial, three of three)."""
    return sum(1 for t in ans.tokens if t.dep_ == "conj" and t.pos_ == "PROPN") >= 2


NOT_ASKED_WITH_KEY: tuple[Callable[[Token, Token, Answer], bool], ...] = (
    _one_of_listed, _riddle_of_being, _bloc_vote, _the_bench, _source_as_doer, _general_work_as_doer,
    _list_of_names)
