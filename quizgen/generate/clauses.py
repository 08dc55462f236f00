"""Turn a clause of the parse into questions by moving its parts around.

A clause is a verb with its subject, auxiliaries and dependents. A question
asks for one part of it: the subject ("Who confirmed …?"), an object with
do-support ("What did North Korea supply Russia with?"), or a time, place or
number phrase ("When did …?"). Material before the subject (a leading "On
Monday,") moves to the end of the question.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lemminflect import getAllLemmas
from spacy.tokens import Span, Token

from ..lexicons.adverbs import DEGREE_ADVERBS, SENTENCE_ADVERBS
from ..lexicons.people import AGENT_SUFFIX, HONORIFICS, OFFICE_TITLES, PERSON_NOUNS, party_before_office
from ..lexicons.quantities import BARE_QUANTIFIERS, BARE_RELATIVE_TIMES
from . import kinds
from .clause_checks import (
    appositive_ids,
    attachment_unsure,
    clauses_on_nouns,
    conditional,
    coordinated_verbs,
    free_relative,
    gapped,
    gapped_conjuncts,
    matrix_conjuncts,
    incomplete_complement,
    lost_description,
    long_circumstance,
    mismatched_conjuncts,
    misread_participle,
    misread_reduced_relative,
    misread_subordinate,
    not_asserted,
    relative_with_object_gap,
    side_remarks,
    subjectless_complement,
)
from .context import PERSONAL_PRONOUNS, Context, tidy

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Sentence adverbs that are dropped from a question ("However, …").
DISCOURSE = {"however", "nevertheless", "meanwhile", "also", "moreover", "furthermore", "instead",
             "still", "then", "thus", "therefore", "additionally", "notably", "similarly", "now",
             "besides", "consequently", "indeed", "yet", "so", "but", "and"}
DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do"}
#: Conjunctions of a subordinate clause left out of a question built from the
#: main clause ("… since legal complexities exist", "… although X denied it").
SIDE_CLAUSE_MARKS = {"since", "because", "although", "though", "whereas", "unless", "while", "if", "as",
                     "whether"}


@dataclass
class Clause:
    verb: Token
    subject: Token | None
    sentence: Span
    tokens: list[Token]                 # the clause in text order, minus moved parts
    front: list[list[Token]] = field(default_factory=list)   # moved to the end
    auxes: list[Token] = field(default_factory=list)
    negated: bool = False
    #: Tense tag for do-support when the verb is a participle sharing the main
    #: clause's subject (", killing 107 people" -> "did … kill").
    tense: str | None = None
    #: The causative verb of an infinitive clause ("caused" in "a storm caused a
    #: crane to fall"): questions keep it ("Where did a storm cause a crane to fall?").
    causer: Token | None = None
    #: The causer takes a bare infinitive ("saw X face off"), not "to".
    bare: bool = False
    #: The subject's words when they are not its subtree (a relative clause's antecedent).
    subject_span: set[int] | None = None

    def without(self, removed: set[int]) -> list[Token]:
        return [t for t in self.tokens if t.i not in removed]

    def subject_ids(self) -> set[int]:
        return self.subject_span if self.subject_span is not None else {t.i for t in self.subject.subtree}


def clause_heads(sentence: Span) -> list[Token]:
    """Verbs that head a finite clause with their own subject."""
    heads = []
    for tok in sentence:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.dep_ == "ROOT" or (tok.dep_ in {"conj", "ccomp"} and _subject(tok) is not None
                                  and not relative_with_object_gap(tok)):
            heads.append(tok)
    return heads


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _before_subject(verb: Token, subject: Token) -> tuple[set[int], list[list[Token]]]:
    """(tokens left out, phrases moved to the end): coordinated clauses with
    their own subject go; a leading "On Monday," moves to the end of the question."""
    removed: set[int] = set()
    front: list[list[Token]] = []
    for child in verb.children:
        sub = list(child.subtree)
        # coordinated or embedded clauses with their own subject are not part of this one
        unsure = child.dep_ == "conj" and child.pos_ == "VERB" and attachment_unsure(
            verb, child, [c for c in child.children if c.dep_ in {"aux", "auxpass"}])
        if child.dep_ in {"conj", "parataxis"} and (_subject(child) is not None or unsure):
            # ("said the government had failed and called for an inquiry": who called is unsure)
            removed.update(t.i for t in sub)
            # its own "and" and comma, not the "but" of a conjunct that stays ("tried … but failed …, and officials …")
            last_kept = max((t.i for t in verb.children if t.i < child.i and t.dep_ not in {"cc", "punct"}), default=verb.i)
            removed.update(t.i for t in verb.children
                           if t.dep_ in {"cc", "punct"} and max(verb.i, last_kept) < t.i < child.i)
            continue
        if child.dep_ == "cc" and child.i < subject.i:
            removed.add(child.i)
            continue
        if child.dep_ in {"prep", "npadvmod"} and subject.i < child.i < verb.i and len(sub) <= 6 \
                and not any(t.is_punct for t in sub):
            removed.update(t.i for t in sub)  # "Microsoft must within 90 days offer …": to the end of a question
            front.append(sub)
            continue
        if child.i < subject.i and child.dep_ not in {"aux", "auxpass", "neg"}:
            removed.update(t.i for t in sub)
            words = [t for t in sub if not t.is_punct]
            if child.dep_ in {"punct", "cc", "mark"} or (len(words) == 1 and words[0].lower_ in DISCOURSE):
                continue
            participle = child.dep_ == "advcl" and child.tag_ in {"VBG", "VBN"} and not any(
                c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in child.children)
            if child.dep_ in {"prep", "npadvmod", "advmod", "advcl"} and 0 < len(words) <= 8 and not participle:
                # ("Writing in a blog post," is circumstance: it would dangle at the end of a question)
                front.append([t for t in sub])
    return removed, front


#: Endings of verb forms a dictionary may not know yet ("livestreamed", "geotagging").
_VERB_ENDINGS = ("ed", "ing", "es", "s", "ize", "ise", "ify", "ate")
#: Verbs whose object can take a bare participle: "watching herds destroyed", "saw it burned".
_SMALL_CLAUSE_VERBS = frozenset("watch see hear find want have get leave keep need like prefer".split())


def build_clause(verb: Token, sentence: Span) -> Clause | None:
    subject = _subject(verb)
    if not_asserted(verb):
        return None
    if subject is None or subject.i > verb.i or misread_participle(verb) or misread_subordinate(verb) \
            or misread_reduced_relative(verb) or conditional(verb) or free_relative(verb) or gapped(verb) \
            or incomplete_complement(verb) or subjectless_complement(verb):
        return None
    if verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # "with the states paying the rest": no finite verb ("who paying the rest?", panel 48)
    if verb.pos_ == "VERB" and not getAllLemmas(verb.lower_).get("VERB") and not verb.lower_.endswith(_VERB_ENDINGS):
        return None  # "Haemophilus influenzae type b" read as a clause ("what did Haemophilus influenzae?", panel 55)
    if verb.tag_ == "VBN" and verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in _SMALL_CLAUSE_VERBS \
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # "watching healthy herds destroyed": a participle, no past tense ("what destroyed …?", panel 54)
    if any(c.dep_ == "advcl" and (c.pos_ in {"NOUN", "PROPN"} or _bare_verb_misread(c)) for c in verb.children):
        return None  # a noun parsed as an adverbial clause: the parse has lost the sentence's structure
    removed, front = _before_subject(verb, subject)
    removed |= side_remarks(verb) | _asides(verb, subject) | gapped_conjuncts(verb) | clauses_on_nouns(verb) \
        | matrix_conjuncts(verb)
    if lost_description(verb, removed):
        return None
    in_clause = {x.i for x in verb.subtree}
    tokens = [t for t in sentence if t.i in in_clause and t.i not in removed]
    # drop the final punctuation and quote marks that close the sentence
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    if not tokens:
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    negated = any(c.dep_ == "neg" for c in verb.children)
    tense = None
    to = next((a for a in auxes if a.tag_ == "TO"), None)
    bare_form = verb.tag_ == "VB" or verb.tag_ == "VBP" and verb.head.tag_ == "VBD"  # "saw X face off"
    if to is None and bare_form and not auxes and verb.dep_ in {"ccomp", "xcomp"} \
            and verb.head.lemma_.lower() in BARE_CAUSATIVE:
        # "The finals saw Cloud9 and Immortals face off": a bare infinitive happened
        # when a perception or causative verb says so; the question keeps that verb
        if verb.head.lemma_.lower() not in BARE_CAUSATIVE or verb.head.tag_ not in DO_FORMS \
                or any(c.dep_ == "neg" for c in verb.head.children):
            return None
        return Clause(verb, subject, sentence, tokens, front, [], negated, tense=verb.head.tag_,
                      causer=verb.head, bare=True)
    if to is None and not auxes and (verb.tag_ == "VB" or verb.tag_ == "VBP" and verb.dep_ in {"ccomp", "xcomp"}
                                     and verb.head.tag_ == "VB"):
        return None  # "to help developing countries cut emissions": a bare infinitive asserts nothing
    if to is not None:
        # "A storm caused a crane to fall into X": the infinitive happened when
        # a causative verb says so ("Where did a crane fall?"); "wanted a crane
        # to fall" asserts nothing, and has no tense to ask with
        if verb.head.lemma_.lower() not in CAUSATIVE or verb.head.tag_ not in DO_FORMS \
                or verb.tag_ != "VB" or any(c.dep_ == "neg" for c in verb.head.children):
            return None
        tense = verb.head.tag_
        auxes = [a for a in auxes if a.i != to.i]
        tokens = [t for t in tokens if t.i != to.i]
        if auxes:
            return None  # "to have been …"
    return Clause(verb, subject, sentence, tokens, front, auxes, negated, tense=tense,
                  causer=verb.head if to is not None else None)


def _bare_verb_misread(clause: Token) -> bool:
    """An adverbial clause in the bare form with no subject, auxiliary or
    marker: a noun read as a verb ("derailed near the Sandilands stop early on
    the morning" -> "stop" a clause of "died"; "How many passengers died stop
    early …?", panel 70)."""
    return clause.tag_ == "VB" and not any(
        c.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass", "csubj"} or c.tag_ == "WRB" for c in clause.children)


#: Verbs whose bare infinitive complement happened: "saw X face off", "made X leave".
BARE_CAUSATIVE = {"see", "watch", "witness", "hear", "make", "let", "help"}
#: Verbs that assert their infinitive complement happened: "caused X to fall".
CAUSATIVE = {"cause", "force", "compel", "oblige"}


def _present_do(subject: Token, tagged: str) -> str:
    """"do" or "does" by the subject's number, not the verb's tag: the article's
    own slip ("the magazine MicroMega describe") is not copied into a stem."""
    if subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children):
        return "does"
    if subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("i", "you", "we", "they"):
        return "do"
    return tagged





def _asides(verb: Token, subject: Token) -> set[int]:
    """What a question lifted from the clause leaves out: sentence adverbs
    ("allegedly", "also"), subordinate clauses after the verb ("since X
    exist"), and non-restrictive relative clauses (", which he says …")."""
    out: set[int] = set()
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in SENTENCE_ADVERBS and child.lower_ not in DEGREE_ADVERBS \
                and not list(child.children):
            out.add(child.i)
            if child.i + 1 < len(doc) and doc[child.i + 1].text == "," and doc[child.i - 1].text == ",":
                out.update({child.i - 1, child.i + 1})  # "cautioned, however, that …": its commas go with it
        if child.dep_ in ("npadvmod", "advmod") and child.lower_ in BARE_RELATIVE_TIMES and not list(child.children):
            out.add(child.i)  # "told employees … yesterday that …": "yesterday" means nothing in a quiz
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with" and child.i > verb.i and child.i > 0 \
                and doc[child.i - 1].text == ",":
            # ", with waves reaching two metres", ", with Jones the only one booked": an absolute
            out.update(t.i for t in child.subtree)
            out.add(child.i - 1)
        if child.dep_ == "prep" and child.i > verb.i and long_circumstance(child):
            # "ban cups from 2020, under a decree that makes it the first country to …": the
            # circumstance is not the fact asked and makes the stem too long to read
            out.update(t.i for t in child.subtree)
            if doc[child.i - 1].text == ",":
                out.add(child.i - 1)
        if child.dep_ == "dobj" and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == "," \
                and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children):
            # "cast ballots on Thursday, a turnout of 85 percent": a second object after a
            # comma is a remark on the whole clause, not what was cast
            out.update(t.i for t in child.subtree)
            out.add(child.left_edge.i - 1)
    for tok in verb.subtree:
        set_off = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
        if tok.dep_ == "advcl" and tok.i > verb.i and any(
                c.dep_ == "mark" and (c.lower_ in SIDE_CLAUSE_MARKS or set_off) for c in tok.children) \
                and not _negation_focus(tok):
            out.update(t.i for t in tok.subtree)
            if tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",":
                out.add(tok.left_edge.i - 1)
            out |= _alternative_after(tok)
        if tok.dep_ == "relcl" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == "," \
                and tok.head.i not in {subject.i}:
            out.update(t.i for t in tok.subtree)
            out.add(tok.left_edge.i - 1)
            if tok.right_edge.i + 1 < len(doc) and doc[tok.right_edge.i + 1].text == ",":
                out.add(tok.right_edge.i + 1)  # both commas go: "that the mission(, which …,) would not fly"
    return out


def _negation_focus(clause: Token) -> bool:
    """"had not refused Mr Lee because he was gay": the "not" denies the reason,
    so without it the stem says the opposite (panel 67, three of three)."""
    return any(c.dep_ == "mark" and c.lower_ in {"because", "since"} for c in clause.children) \
        and not clause.doc[clause.left_edge.i - 1].text == "," \
        and any(c.dep_ == "neg" for c in clause.head.children)


def _alternative_after(clause: Token) -> set[int]:
    """"while unrestrained, or under other circumstances": the alternative the
    parser hung on the verb goes with the side clause it answers (panel 63:
    "rolled over … or sides, or under other circumstances" read as garbled)."""
    doc, nxt = clause.doc, clause.right_edge.i + 1
    words = doc[nxt:nxt + 3]
    if len(words) < 3 or words[0].text != "," or words[1].dep_ != "cc" or words[2].dep_ != "conj" \
            or words[2].head.i != clause.head.i or words[2].pos_ != "ADP":
        return set()
    return {words[0].i, words[1].i} | {t.i for t in words[2].subtree}


def contiguous_removal_ok(clause: Clause, removed: set[int]) -> bool:
    """Reject a removal that leaves a dangling list or name behind (a parse error)."""
    kept = [t for t in clause.tokens if t.i not in removed]
    region = [t for t in clause.tokens if t.i in removed]
    if not region:
        return True
    last = max(t.i for t in region)
    following = [t for t in kept if t.i > last]
    if following and following[0].text == "," and len(following) > 1 \
            and following[1].pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ"}:
        return False
    if following and following[0].pos_ == "PROPN" and following[0].i == last + 1:
        return False
    return True


def is_pronoun(tok: Token) -> bool:
    """A pronoun ("they", "it"), not an acronym spelled like one ("US", "IT")."""
    if len(tok.text) > 1 and tok.text.isupper() and tok.pos_ == "PROPN":
        return False
    return tok.pos_ == "PRON" or tok.lower_ in PERSONAL_PRONOUNS or (
        tok.lower_ in BARE_QUANTIFIERS and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and not any(c.dep_ == "prep" for c in tok.children))


def _front_text(ctx: Context, clause: Clause, removed: set[int]) -> str:
    """The phrases that opened the sentence, for the end of the question; none
    when the question ends in a clause of its own ("In Washington, X urged China
    to show restraint" -> not "… to show restraint in Washington?")."""
    if any(c.dep_ in {"xcomp", "ccomp"} and c.i > clause.verb.i for c in clause.verb.children):
        return ""
    if any(t.dep_ in {"relcl", "acl"} and t.i > clause.verb.i and t.i not in removed for t in clause.tokens):
        return ""  # "… a challenge that argued … the survey in September?": the phrase would join the inner clause (panel 80)
    parts = []
    for piece in clause.front:
        if any(t.i in removed for t in piece):
            continue
        text = ctx.text_of(piece)
        if text.lower() in BARE_RELATIVE_TIMES:
            continue  # "today" means nothing out of the dateline, and at the end it reads as part of the object
        first = piece[0]
        if first.pos_ != "PROPN" and not (len(first.text) > 1 and first.text.isupper()):
            text = text[:1].lower() + text[1:]
        parts.append(text)
    return " ".join(parts)


def finish(text: str) -> str:
    text = tidy(text)
    text = text.rstrip(" ,;:.-\u2014")
    return text[:1].upper() + text[1:] + "?"


def object_question(ctx: Context, clause: Clause, wh: str, removed: set[int], tail: str = "") -> str | None:
    """``What did X supply Y with?``: invert the first auxiliary or add do-support
    (``tail``: words after the clause, "to do" in "What did X urge Y to do?")."""
    if clause.negated or not contiguous_removal_ok(clause, removed):
        return None
    verb, subject = clause.verb, clause.subject
    removed = removed | coordinated_verbs(verb) | mismatched_conjuncts(verb)  # "close X and sold Y": the asked verb's part
    body = clause.without(removed)
    subj_ids = clause.subject_ids()
    named = subject_words(subject) if clause.subject_span is None else subj_ids - appositive_ids(subject)
    before = [t for t in body if t.i in named]  # "What does Jakarta suffer?", not "Jakarta, home to …, suffer"
    if clause.auxes:
        first = clause.auxes[0]
        rest = [t for t in body if t.i not in subj_ids and t.i != first.i]
        text = f"{wh} {ctx.tok_text(first).lower()} {_join(ctx, before)} {_join(ctx, rest)}"
    elif verb.lemma_ == "be":
        rest = [t for t in body if t.i not in subj_ids and t.i != verb.i]
        text = f"{wh} {ctx.tok_text(verb).lower()} {_join(ctx, before)} {_join(ctx, rest)}"
    else:
        do = DO_FORMS.get(clause.tense or verb.tag_)
        if do is None:
            return None
        if do in ("do", "does") and clause.causer is None:
            do = _present_do(subject, do)
        mid = [t for t in body if t.i not in subj_ids and t.i < verb.i]
        after = [t for t in body if t.i not in subj_ids and t.i > verb.i]
        moved = _phrases_before_verb(verb, mid)  # "did X in the first half of the year overtake"
        mid = [t for t in mid if t.i not in moved]
        tail = f"{tail} {_join(ctx, [t for t in body if t.i in moved])}"
        if clause.causer is not None:
            causer = _subject(clause.causer)
            if causer is None or is_pronoun(causer):
                return None
            cause = [t for t in causer.subtree if t.i not in appositive_ids(causer)
                     and not (t.ent_type_ in {"DATE", "TIME"} and t.dep_ == "npadvmod")]
            to = "" if clause.bare else "to "
            text = (f"{wh} {do} {_join(ctx, cause)} {clause.causer.lemma_.lower()} {_join(ctx, before)} "
                    f"{_join(ctx, mid)} {to}{verb.lemma_.lower()} {_join(ctx, after)}")
        else:
            text = (f"{wh} {do} {_join(ctx, before)} {_join(ctx, mid)} {verb.lemma_.lower()} "
                    f"{_join(ctx, after)}")
    return finish(f"{text} {tail} {_front_text(ctx, clause, removed)}")


def _phrases_before_verb(verb: Token, mid: list[Token]) -> set[int]:
    """Prepositional and noun-phrase adjuncts between the subject and the verb:
    after do-support they read only at the end ("Which company did Volkswagen
    overtake … in the first half of this year?"); one-word adverbs stay."""
    ids = {t.i for t in mid}
    out: set[int] = set()
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"prep", "npadvmod"} and child.i in ids:
            sub = {t.i for t in child.subtree}
            if len(sub) > 1 and sub <= ids:
                out |= sub
    return out


def subject_words(subject: Token) -> set[int]:
    """The subject as a question names it: a person's name when an apposition
    gives one ("the spokesman for Oahu, John Cummings," -> "John Cummings"),
    else the subject without its side remarks."""
    name = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON"), None)
    if name is not None and subject.pos_ == "NOUN":
        return {t.i for t in name.subtree if t.i not in appositive_ids(name)} - {
            t.i for t in name.subtree if t.is_punct and t.text == ","}
    # side remarks of a noun inside the subject too: "four of the league's biggest sponsors, Nike,
    # Adidas and Puma," kept its list and lost the closing comma (panel 77: formatting, three of three)
    return {t.i for t in subject.subtree} - set().union(
        *(appositive_ids(t) for t in subject.subtree if t.pos_ in ("NOUN", "PROPN")))




def _join(ctx: Context, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    text = ctx.text_of(tokens)
    first = min(tokens, key=lambda t: t.i)
    before = first.doc[first.i - 1] if first.i > 0 else None
    # '"War maniacs of …' -> "war maniacs of …": the first word of a quotation
    opens_quote = before is not None and before.text in {'"', "\u201c"} and not before.whitespace_ and (
        before.i == 0 or before.doc[before.i - 1].whitespace_ or ctx.starts_sentence(before))
    if (ctx.starts_sentence(first) or opens_quote) and common_word(ctx, first):
        text = text[:1].lower() + text[1:]
    return text


def common_word(ctx: Context, tok: Token) -> bool:
    """A word capitalised only because it starts a sentence: a dictionary word
    ("Riot police", "Local farmers") that the article does not use as a name;
    names ("Ruiz"), "I" and acronyms keep their capitals."""
    if tok.text == "I" or (len(tok.text) > 1 and tok.text.isupper()):
        return False
    if tok.is_stop or not tok.is_alpha:
        return True
    if not getAllLemmas(tok.lower_):
        return False  # not a dictionary word: a name
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and party_before_office(tok.lower_, nxt.lower_):
        return False  # "Labour leader Ed Miliband": a party keeps its capital (panels 38, 70)
    if tok.dep_ == "compound" and tok.lower_ not in OFFICE_TITLES and tok.lower_ not in HONORIFICS and \
            (AGENT_SUFFIX.search(tok.lower_) or tok.lower_ in PERSON_NOUNS):
        return True  # "Novelist Salman Rushdie", "Lawyer Ann Kim": a job, not a title, is lower case mid-sentence
    if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        return False  # "Mayor Ana Ruiz", "Professor Stassun": a title is part of the name
    if tok.ent_type_ in _NAME_ENTS and not kinds.is_common(ctx, tok.text) and kinds.label_for(ctx, tok) is not None:
        return False  # "South Korean authorities": part of a name
    if tok.pos_ != "PROPN" and (tok.ent_type_ not in _NAME_ENTS or kinds.label_for(ctx, tok) is None):
        return True  # "Thousands of protesters": a number word, not a name; "Cigarettes, which …": a plural
    return not kinds.is_name(ctx, tok.text)


_NAME_ENTS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}
