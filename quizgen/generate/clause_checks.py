"""Readings of the parse that questions are not built on, and the coordinated
verbs a question leaves out.

The small English model sometimes takes a participle for the main verb,
hangs a subordinator on the main clause, makes the state in "a jury in San
Jose, California" the subject, or gives a verb after "and" a subject it may
not have.  A question built on such a reading names
the wrong doer or reads as nonsense, so the clause is not asked.  Nor are
clauses the article does not assert on their own: a wh-clause inside another
("what scientists know"), or a clause whose condition a stem would drop
("only if it is compostable"); a long circumstance with a clause inside is
left out of lifted stems.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..analysis.names import place_in_apposition
from ..lexicons.speech import ADDRESSEE, REPORTING, SAYING
from ..lexicons.stance import DENY_VERBS

if TYPE_CHECKING:  # clauses imports this module
    from .clauses import Clause

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def misread_participle(verb: Token) -> bool:
    """"Restrictions put in place to limit X are reported to …": the parser took
    the participle "put" for the main verb (its past tense looks the same) and
    the real verb for a coordinated one, which then has an auxiliary but no
    subject and no "and".  Questions built on that reading are garbled."""
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"}:
            continue
        has_aux = any(c.dep_ in {"aux", "auxpass"} and c.i < conj.i for c in conj.children)
        has_subject = any(c.dep_ in SUBJECT_DEPS for c in conj.children)
        joined = any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children)
        if has_aux and not has_subject and not joined:
            return True
    return False


def misread_subordinate(verb: Token) -> bool:
    """"On the same Friday as the US verdict, a court in Seoul ruled …": the
    parser made "the US verdict" the subject of the main verb and hung the
    subordinator "as" on it.  A main verb does not take "as", "because" or "if"
    before its subject; a question built on that reading names the wrong doer."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    if len(subjects) > 1:
        return True  # "48 trusts in England and 13 bodies in Scotland reported": the "and" was lost
    subject = subjects[0]
    if verb.dep_ == "ROOT" and any(c.dep_ == "mark" and c.i < subject.i for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return True  # "questioned whether jurors could have weighed …": not asserted
    return misread_place_subject(subject)


def misread_place_subject(subject: Token) -> bool:
    """"a jury in San Jose, California found …": the parser made the state
    the subject; the doer is the noun before the "City, State" phrase."""
    doc = subject.doc
    i = subject.left_edge.i
    if subject.pos_ == "PROPN" and place_in_apposition(subject):
        return True  # "… in São José dos Campos, the city where …, says": a place made the subject (panel 51)
    return subject.ent_type_ == "GPE" and i >= 2 and doc[i - 1].text == "," and \
        doc[i - 2].ent_type_ == "GPE" and doc[i - 2].dep_ == "pobj"


def attachment_unsure(first: Token, verb: Token, auxes: list[Token]) -> bool:
    """"a jury found that the company had copied X and ordered it to pay": in a
    "that" clause, a simple past after a perfect ("had copied … and ordered")
    may belong to the reporting verb above (the jury ordered), so whose act it
    is cannot be read from the parse."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in first.children)
    return first.dep_ == "ccomp" and perfect and not auxes and verb.tag_ == "VBD"


def misread_reduced_relative(verb: Token) -> bool:
    """"Teachers say the students hit hardest were those in poorer areas": the
    parser took the participle "hit" for the verb of the reported clause and
    gave the real verb "were" no subject, as a second complement with no "and"
    between them.  A question built on that reading is garbled ("who hit
    hardest?")."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "ccomp" \
            or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    head = verb.head
    for other in head.children:
        if other.i <= verb.i or other.dep_ != "ccomp" or other.pos_ not in {"VERB", "AUX"}:
            continue
        has_subject = any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in other.children)
        joined = any(c.dep_ == "cc" and verb.i < c.i < other.i for c in head.children)
        if not has_subject and not joined:
            return True
    return False


def free_relative(verb: Token) -> bool:
    """"Cassini changed what scientists know about Saturn": a clause opened by a
    wh-word inside another is a thing named, not a statement ("Who knows about
    the Saturn system?")."""
    if verb.dep_ not in {"ccomp", "pcomp", "pobj", "xcomp", "csubj", "dobj"}:
        return False
    # "showed how much influence employers can have": the wh-word sits inside the fronted object
    return any(c.tag_ in {"WP", "WDT", "WRB"} and c.dep_ in {"dobj", "nsubj", "nsubjpass", "advmod", "attr"}
               and c.i < verb.i for c in verb.children) or verb.left_edge.tag_ in {"WP", "WDT", "WRB", "WP$"}


def long_circumstance(prep: Token) -> bool:
    """A prepositional phrase of more than six words with a clause inside
    ("under a decree that makes it the first country …"), not "of"/"to" (often
    the verb's own argument)."""
    words = [t for t in prep.subtree if not t.is_punct]
    return prep.lower_ not in {"of", "to", "for", "with", "about", "into", "on", "at", "in", "from"} \
        and len(words) > 6 and any(t.dep_ in {"relcl", "acl", "ccomp", "advcl"} for t in prep.subtree)


def conditional(verb: Token) -> bool:
    """"Tableware will remain on sale only if it is compostable": without its
    condition the clause says something false, and with it the stem trails a
    clause, so it is not asked."""
    return any(c.dep_ == "advcl" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                                          for g in c.children) for c in verb.children)


def mismatched_conjuncts(verb: Token) -> set[int]:
    """Coordinated verbs of another voice ("owned the tower and managed by the
    TMO"), hung on the verb's infinitive ("asked Zuckerberg to give evidence
    and accused Facebook"), or with no "and" or comma of their own (the parse
    joined "… reports that phones were also overheating" to the main verb):
    "Who owned the tower and managed by …?" is broken."""
    out: set[int] = set()
    for head in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        for conj in head.children:
            if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or conj.i < head.i:
                continue
            passive = conj.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in conj.children)
            linked = any(c.dep_ in {"cc", "punct"} and head.i < c.i < conj.i for c in head.children)
            if (passive and verb.tag_ != "VBN") or (head is not verb and conj.tag_ != head.tag_) or not linked:
                out |= coordinated_verbs(head) & ({t.i for t in conj.subtree} | {
                    c.i for c in head.children if c.dep_ in {"cc", "punct"} and head.i < c.i < conj.i})
    return out


def list_of_an_inner_verb(verb: Token) -> list[Token]:
    """Verbs joined to ``verb`` that more likely continue a list of a verb
    inside its clause: in "blamed the famine on the war, which they said had
    driven farmers from their land, disrupted crops …, and sent prices soaring"
    the parse hangs "disrupted" and "sent" on "blamed" (panel 84: "Who
    disrupted crops? — the agencies", and a garbled "Who blamed …" stem)."""
    doc = verb.doc
    out = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or conj.i < verb.i or conj.left_edge.i < 2:
            continue
        before = doc[conj.left_edge.i - 1]
        before = doc[before.i - 1] if before.lower_ == "and" and before.i > 0 else before
        if before.text != "," or before.i < 1:
            continue
        inner = next((a for a in [doc[before.i - 1], *doc[before.i - 1].ancestors] if a.i != verb.i
                      and a.pos_ in {"VERB", "AUX"} and a.dep_ in {"ccomp", "relcl", "advcl"} and verb in a.ancestors), None)
        if inner is not None and inner.tag_ in {"VBD", "VBN"} and conj.tag_ in {"VBD", "VBN"}:
            out.append(conj)
    return out


def coordinated_verbs(verb: Token) -> set[int]:
    """Verbs coordinated with ``verb`` that share its subject, with their "and"."""
    out: set[int] = set()
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ in {"VERB", "AUX"} and conj.i > verb.i:
            out.update(t.i for t in conj.subtree)
            out.update(c.i for c in verb.children if c.dep_ in {"cc", "punct"} and verb.i < c.i < conj.i
                       and c.i > max((t.i for t in verb.children if t.dep_ not in {"cc", "punct", "conj"}
                                      and t.i < conj.i), default=verb.i))
    return out


def orphaned(clause: Clause, body: list[Token]) -> bool:
    """A word of the stem hangs on a word the stem left out ("… its smartphone
    were also overheating": the clause that held "were" went, its verb stayed):
    the stem would be two sentences spliced together."""
    ids = {t.i for t in body}
    subject = clause.subject_ids()
    return any(not t.is_punct and t.i != clause.verb.i and t.i not in subject and t.head.i not in ids
               for t in body)


def gapped(verb: Token) -> bool:
    """"Scotland backed Remain by 62 percent and Northern Ireland by 55.8
    percent": a second clause with its verb left out hangs its phrases on the
    first verb (two "by" phrases with "and" between), so a stem would join them."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    doc = verb.doc
    return any(a.lower_ == b.lower_ and any(t.dep_ == "cc" or t.text == "," for t in doc[a.i:b.i])
               for i, a in enumerate(preps) for b in preps[i + 1:])


def restricted(noun: Token) -> bool:
    """A restrictive clause narrows ``noun`` ("athletes who can prove …",
    "children attending public schools"): the noun alone is not the answer."""
    doc = noun.doc
    return any(c.dep_ in {"relcl", "acl"} and c.i > noun.i and doc[c.left_edge.i - 1].text != ","
               for c in noun.children)


#: Judgements of certainty whose "that" clause the writer does not assert.
_UNSURE = frozenset("clear certain sure likely unlikely possible doubtful unclear obvious".split())


#: Verbs whose "that" clause is a goal, not a fact: "ensure that people can trust City Hall".
_GOALS = frozenset("ensure guarantee want hope wish aim pray demand request urge propose recommend require".split())


def not_asserted(verb: Token) -> bool:
    """"It is far from clear that a new leader can change the arithmetic":
    the clause under a judgement of certainty is not a fact of the article,
    nor one under a goal ("make sure that … and that people can trust City
    Hall again", panel 54), nor a clause joined to either."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return False
    head = verb.head
    return head.lemma_.lower() in _UNSURE | _GOALS or any(
        t.lemma_.lower() in _UNSURE and t.pos_ == "ADJ" for t in head.doc[head.i:verb.left_edge.i])


def side_remarks(verb: Token) -> set[int]:
    """Trailing ", dismissing them as …" participles and "including …" lists: a
    question reads better without them and does not need them to be answerable."""
    out: set[int] = set()
    for tok in verb.subtree:
        if tok.i == verb.i:
            continue
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        after_comma = prev is not None and prev.text in {",", "\u2014", "-"}
        if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i == verb.i and after_comma and tok.i > verb.i) \
                or (tok.dep_ == "prep" and tok.lower_ in {"including", "like"} and after_comma):
            out.update(t.i for t in tok.subtree)
            out.add(prev.i)
    return out


def says_nothing(verb: Token) -> bool:
    """A verb of saying with no said content of its own: only whom it was told,
    when or where (the words were a quotation after a colon, or another sentence)."""
    lemma = verb.lemma_.lower()
    if lemma not in SAYING and lemma != "tell":
        return False
    return not any(c.dep_ in {"ccomp", "xcomp", "nsubjpass"} or c.dep_ == "dobj" and lemma not in ADDRESSEE
                   or c.dep_ == "prep" and c.lower_ in {"about", "on", "of"} for c in verb.children)


def denied_content(verb: Token) -> bool:
    """The clause is what someone denied or rejected ("She denied that the No
    side had won only by exploiting divisions"): the article does not say it
    happened, so it is no fact to ask about (panel 31: keyed as a fact, 0/3)."""
    tok = verb
    while tok.dep_ in {"ccomp", "xcomp", "conj"} and tok.head is not tok:
        tok = tok.head
        if tok.lemma_.lower() in DENY_VERBS:
            return True
    return False


def quoting_verb(verb: Token) -> bool:
    """A speech verb whose content is a quotation ("'…,' she told reporters"):
    the stems the rules lift from its clause drop the quotation and keep only
    who spoke to whom, where ("Who told Newshour in an interview?")."""
    if verb.lemma_.lower() not in SAYING:
        return False
    quotes = {'"', "\u201c", "\u201d"}
    marks_on_verb = any(c.text in quotes for c in verb.children)
    doc = verb.doc
    for arg in verb.children:
        if arg.dep_ not in {"ccomp", "parataxis"}:
            continue
        left = arg.left_edge.i
        opened = doc[left].text in quotes or (left > 0 and doc[left - 1].text in quotes)
        if marks_on_verb or opened:  # the whole content is quoted, not a phrase in it ("was 'falling apart'")
            return True
    return verb.dep_ == "parataxis" and any(t.text in quotes for t in verb.head.subtree)


def gapped_conjuncts(verb: Token) -> set[int]:
    """"X may be driven on odd dates, and cars with even plates only on even
    dates": a gapped clause the parser hung on the verb as a noun conjunct;
    its tokens (with the "and" before it) leave the verb's clause."""
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"} and child.i > verb.i:
            out.update(t.i for t in child.subtree)
            out.update(t.i for t in verb.children if t.dep_ in {"cc", "punct"} and verb.i < t.i < child.i)
    return out


#: What a speaker, not a state of affairs, goes on to do after "said X was …".
_SPEAKERS_ACTS = frozenset("call urge demand appeal ask add warn promise pledge vow accuse criticise criticize "
                           "praise welcome reject deny insist blame".split())


def matrix_conjuncts(verb: Token) -> set[int]:
    """"warned that toxic chemicals may remain in sediments and have called for
    testing": a conjunct the parser hung inside the reported clause whose
    auxiliary is the reporting verb's ("have warned … and have called"), not the
    reported verb's ("may"); it leaves the reported clause (seen in a default set
    of fresh54: "what may remain in sediments … and has called for testing?")."""
    if verb.dep_ != "ccomp":
        return set()
    own = {a.lemma_.lower() for a in verb.children if a.dep_ in {"aux", "auxpass"}}
    outer = {a.lemma_.lower() for a in verb.head.children if a.dep_ in {"aux", "auxpass"}}
    out: set[int] = set()
    for child in verb.children:
        aux = {a.lemma_.lower() for a in child.children if a.dep_ in {"aux", "auxpass"}}
        speakers_act = not aux and verb.lemma_ == "be" and child.tag_ == verb.head.tag_ == "VBD" \
            and child.lemma_.lower() in _SPEAKERS_ACTS  # 'said the epidemic was "far from over" and called for …'
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and (aux and aux <= outer and not aux & own
                                                                       or speakers_act):
            out.update(t.i for t in child.subtree)
            out.update(t.i for t in verb.children if t.dep_ in {"cc", "punct"} and verb.i < t.i < child.i)
    return out


def subjectless_complement(verb: Token) -> bool:
    """A finite complement clause with no subject of its own ("Aid workers say the
    number is higher, because many sick people live far from clinics and many
    deaths … are never reported", the last verb hung on "say"): the parse lost
    the sentence, and a stem from it reads "Who says … higher are never reported?"
    (panel 64)."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(a.dep_ in {"aux", "auxpass"} and a.tag_ != "TO"
                                                          for a in c.children)
               and not any(a.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "mark"} for a in c.children)
               and sum(1 for d in verb.children if d.dep_ == "ccomp") > 1 for c in verb.children)


def appositive_ids(tok: Token) -> set[int]:
    """", the mayor of Riverton," after a name, ", who …," and ", sold under the
    name X," after a noun: left out of a question's subject."""
    out: set[int] = set()
    for child in tok.children:
        nonrestrictive = child.dep_ in ("relcl", "acl") and child.i > tok.i and any(
            t.text == "," and t.i < child.i for t in tok.children) and tok.doc[child.left_edge.i - 1].text == ","
        if nonrestrictive:
            out.update(t.i for t in child.subtree)
            out.add(child.left_edge.i - 1)
            nxt = child.right_edge.i + 1
            if nxt < len(tok.doc) and tok.doc[nxt].text == ",":
                out.add(nxt)
        if child.dep_ == "appos" and child.i > tok.i or _between_commas(tok, child):
            out.update(t.i for t in child.subtree)
            out.update(c.i for c in tok.children if c.dep_ == "punct" and c.text == "," and c.i > tok.i)
            # ", not its cities,": the "not" of a contrast goes with it (panel 49 read "What does X not control?")
            out.update(c.i for c in tok.children if c.dep_ == "neg" and c.i > tok.i)
    return out


def _between_commas(tok: Token, child: Token) -> bool:
    """", home to ten million people," right after a name, however parsed
    (an adverb of "Jakarta" in panel 43's "What does Jakarta, home to …, suffer?")."""
    doc = tok.doc
    lo, hi = child.left_edge.i, child.right_edge.i
    return child.i > tok.i and child.dep_ in ("advmod", "npadvmod", "amod") and lo - 1 == tok.i + 1 \
        and doc[lo - 1].text == "," and hi + 1 < len(doc) and doc[hi + 1].text == ","


#: Verbs whose object is asked to do something: "urged the labs" says nothing
#: until "to observe a moratorium" follows.
_NEEDS_AN_ACTION = frozenset("urge encourage persuade force compel oblige invite advise instruct order allow "
                             "permit enable".split())


def incomplete_complement(verb: Token) -> bool:
    """The clause lost the complement its verb needs: "urged privately funded
    laboratories" when the parse hung "to observe a moratorium" on a relative
    clause, or "the purpose of the work is to breed sheep" (asked, "What is to
    breed sheep?")."""
    to_clause = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    if verb.lemma_.lower() in _NEEDS_AN_ACTION:
        return any(c.dep_ == "dobj" for c in verb.children) and not to_clause
    return verb.lemma_.lower() == "be" and not any(c.dep_ in ("attr", "acomp") for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children)


#: Verbs whose "as" phrase is what they say: "described the closure as a
#: cynical move" asked without it is "Who described the closure?" (panel 28).
_AS_VERBS = frozenset("describe label brand portray characterise characterize depict hail dismiss denounce "
                      "regard view see condemn criticise criticize praise welcome reject".split())


def lost_description(verb: Token, removed: set[int]) -> bool:
    """The clause keeps a verb of describing but left out its "as" phrase."""
    return verb.lemma_.lower() in _AS_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i in removed for c in verb.children)


def clauses_on_nouns(verb: Token) -> set[int]:
    """A clause with its own subject that the parser hung on a noun ("voted
    against the bill and nineteen abstained": "abstained" a conjunct of
    "bill"), with its "and": not part of the clause of ``verb`` (panel 45
    read "How many members voted against the bill and nineteen abstained?")."""
    out: set[int] = set()
    for tok in verb.subtree:
        if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and tok.head.pos_ in {"NOUN", "PROPN", "NUM"} \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            out.update(t.i for t in tok.subtree)
            out.update(c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i)
    return out


def relative_with_object_gap(verb: Token) -> bool:
    """"a programme that the club ran in 2012": a relative clause the parser
    hung on the noun as a "that" complement; its object is the noun, so the
    clause alone lacks one (panel 45 read "Who ran in 2012 under the direction
    of …?")."""
    return verb.dep_ == "ccomp" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"} for c in verb.children)


def preposition_left_without_object(subject: Token) -> bool:
    """"under anti-doping rules athletes are responsible …": the parse gave the
    preposition before the subject no object and took its noun into the
    subject ("anti-doping rules athletes"), so no question on the clause reads."""
    first = subject.left_edge
    if first.i == 0:
        return False
    before = subject.doc[first.i - 1]
    return before.pos_ == "ADP" and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children)


def joined_to_an_inner_list(verb: Token) -> bool:
    """The verb has, or is, a conjunct :func:`list_of_an_inner_verb` finds
    ("blamed the famine on the war, which … had driven …, disrupted crops …")."""
    return bool(list_of_an_inner_verb(verb)) or verb.dep_ == "conj" and verb in list_of_an_inner_verb(verb.head)


#: Verbs with an object and then a "that" clause ("assured voters that …").
_TELLING_SOMEONE = ADDRESSEE | frozenset("convince persuade notify promise teach show".split())


def misread_as_reporting(verb: Token) -> bool:
    """The verb has, or is, a clausal complement of the same verb ("X recalled
    380 million eggs and Y recalled 170 million" read as one "recalled"
    reporting the other, panel 87); or a "that" clause after an object of a verb
    that takes none ("would give the FDA that power passed the House": the
    demonstrative read as "that", panel 87: "When did power pass …?")."""
    if verb.dep_ == "ccomp" and verb.lemma_ == verb.head.lemma_ or any(
            c.dep_ == "ccomp" and c.lemma_ == verb.lemma_ for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        and any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children) \
        and verb.head.lemma_.lower() not in REPORTING | _TELLING_SOMEONE

