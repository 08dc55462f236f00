"""Questions about a verb's object: "What did X supply?", "Who did X meet?",
"What did X call the ruling?" — and the objects not to ask, where the verb and
its object say one thing ("take action", "cast doubt") or the object comes with
more than it names (its state, its charge, the infinitive it does)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ...lexicons.events import BLEACHED_VERBS, CAUSED_MOTION_VERBS, LEGISLATION_NOUNS, LIGHT_VERB_OBJECTS
from ..clause_checks import restricted
from ..clauses import Clause, is_pronoun, object_question
from ..context import Context
from .answers import answer_for, object_answer
from .keys import Answer
from .descriptions import whole_quotation
from .table import Nodes

Pair = tuple[str, Answer]


def ask_object(ctx: Context, clause: Clause, arg: Token, ans: Answer | None) -> Iterator[Pair]:
    if ans is None:
        return
    removed = ({t.i for t in arg.subtree} | {t.i for t in ans.tokens if t.i > arg.i or t.dep_ == "prt"}) - ans.keep
    prompt = object_question(ctx, clause, ans.wh, removed)
    if prompt:
        yield prompt, ans


#: Verbs whose object comes with the state it is left in ("left the question
#: unanswered", "kept the plant open", "rendered it useless").
_STATE_VERBS = frozenset({"leave", "keep", "render"})
#: Verbs whose object comes with its charge ("accused the government of populism").
_CHARGING = frozenset("accuse charge convict suspect".split())
#: Verbs whose object is the hearer of a "that" clause.
_TELLING = frozenset({"tell", "inform", "assure", "remind", "notify", "convince", "persuade"})


#: Prepositions of place the tagger can read as adjectives before a noun.
_PLACE_PREPOSITIONS = frozenset("outside inside across near beyond behind along around throughout".split())


def object_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"What did X supply?", "Who did X meet?" (objects, attributes, datives),
    unless one of :data:`NOT_ASKED` or :data:`NOT_ASKED_WITH_KEY` says the object is no fact to ask."""
    arg = m["arg"]
    if any(rule(clause, arg) for rule in NOT_ASKED):
        return
    ans = object_answer(ctx, arg) if arg.dep_ == "dobj" else \
        answer_for(ctx, arg, "dative" if arg.dep_ == "dative" else "object")
    if ans is not None and any(rule(arg, ans) for rule in NOT_ASKED_WITH_KEY):
        return
    yield from ask_object(ctx, clause, arg, ans)


def _description(clause: Clause, arg: Token) -> bool:
    """"Germany are a fantastic team", "the first musician to win it", "the fare
    was the final straw": a description, no fact to ask "What are Germany?"."""
    if arg.dep_ != "attr":
        return False
    if not arg.ent_type_ and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in arg.children):
        return True
    return restricted(arg) or not arg.ent_type_ and arg.pos_ == "NOUN"


def _with_complement(clause: Clause, arg: Token) -> bool:
    """"called the ruling historic", "called the president's move unacceptable":
    the naming rule asks it, not "What did X call? — the move unacceptable" (panel 46).
    The tagger reads the complement as an ``oprd`` of the verb or an adjective after the noun."""
    if arg.dep_ == "oprd":
        return True
    if arg.dep_ != "dobj":
        return False
    return any(c.dep_ == "oprd" for c in arg.head.children) or \
        any(c.dep_ == "amod" and c.i > arg.i and c.tag_ == "JJ" for c in arg.children)


def _light_verb_object(clause: Clause, arg: Token) -> bool:
    """"would take action on all 76 recommendations": "What would the government take?" splits the idiom."""
    return arg.dep_ == "dobj" and arg.lemma_.lower() in LIGHT_VERB_OBJECTS.get(arg.head.lemma_.lower(), ())


def bleached_verb_object(clause: Clause | None, arg: Token) -> bool:
    """A common noun after a verb that means little without it ("took a middle
    position", "made grim reading"): the question would ask "What did X take?"."""
    return arg.dep_ == "dobj" and arg.head.lemma_.lower() in BLEACHED_VERBS and arg.pos_ == "NOUN" \
        and not arg.ent_type_


#: Prepositions of where something ends up.
_GOAL_PREPOSITIONS = frozenset({"towards", "toward", "into", "to", "onto"})


def _moved_somewhere(clause: Clause | None, arg: Token) -> bool:
    """"would push the district towards insolvency": "What would the demands
    push? — the district towards insolvency" asks for the object and keys the
    result (panel 70: wrong wh-word, three of three)."""
    return arg.dep_ == "dobj" and arg.head.lemma_.lower() in CAUSED_MOTION_VERBS and any(
        c.dep_ == "prep" and c.lower_ in _GOAL_PREPOSITIONS and c.i > arg.i for c in arg.children)


def _goal_of_the_object(clause: Clause | None, arg: Token) -> bool:
    """"could reduce the flow of the Tigris into their country": a goal the
    parser hung on a verb that moves nothing belongs to the object ("What could
    the dam reduce into their country?", panel 71: ungrammatical, three of three)."""
    verb = arg.head
    return arg.dep_ == "dobj" and verb.lemma_.lower() not in CAUSED_MOTION_VERBS and any(
        c.dep_ == "prep" and c.lower_ in _GOAL_PREPOSITIONS - {"to"} and c.i > arg.i for c in verb.children)


def _hearer_of_a_report(clause: Clause, arg: Token) -> bool:
    """"told the online magazine Slate that …": who heard it is no point to ask."""
    return arg.dep_ in {"dobj", "dative"} and arg.head.lemma_.lower() in _TELLING and \
        any(c.dep_ == "ccomp" for c in arg.head.children)


def _receiver_of_a_long_object(clause: Clause, arg: Token) -> bool:
    """"sent Congress a bill to expropriate …": "Who did she send a bill to expropriate …?" misleads;
    "could cost British Airways about £7 million": "who could each day cost about £7 million?" garbles
    (panel 83), so no receiver before an amount either."""
    return arg.dep_ == "dative" and any(c.dep_ == "dobj" and c.i > arg.i and (
        c.right_edge.i > c.i or c.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL", "PERCENT"}) for c in arg.head.children)


def _left_in_a_state(clause: Clause, arg: Token) -> bool:
    """"left the question unanswered": "What did the ruling leave?" loses what the verb means."""
    return arg.dep_ == "dobj" and arg.head.lemma_.lower() in _STATE_VERBS


def _preposition_read_as_adjective(clause: Clause, arg: Token) -> bool:
    """"lines formed outside hospitals", "outside" read as an adjective: no object at all."""
    return arg.dep_ == "dobj" and arg.left_edge.lower_ in _PLACE_PREPOSITIONS


def _law_passing_a_body(clause: Clause, arg: Token) -> bool:
    """"The bill passed the State Assembly": not "Which organisation did the bill pass?"."""
    return arg.dep_ == "dobj" and clause.subject.lemma_.lower() in LEGISLATION_NOUNS


def _one_of_two_objects(clause: Clause, arg: Token) -> bool:
    """A verb read with two direct objects: the second is an apposition the
    parser lost ("presented its findings at a seminar at CERN, the European
    laboratory …"; panel 46 read "What did the team present its findings at … at CERN?")."""
    return arg.dep_ == "dobj" and sum(1 for c in arg.head.children if c.dep_ == "dobj") > 1


def _summary_after_the_object(clause: Clause, arg: Token) -> bool:
    """", something that had never happened before" after the object sums up the
    whole clause; a question without the object keeps it dangling (panel 46:
    "What does the resignation follow something that …?")."""
    return arg.dep_ == "dobj" and any(c.dep_ in {"npadvmod", "appos"} and c.pos_ in {"NOUN", "PRON"} and c.i > arg.i
                                      and c.doc[c.i - 1].text == "," for c in arg.head.children)


#: Gestures of courtesy: whom someone thanked or hugged is a detail of the scene.
_COURTESY_VERBS = frozenset("thank hug greet kiss embrace wave shake".split())


def _courtesy_object(clause: Clause, arg: Token) -> bool:
    """"hugged his lawyers and thanked the jurors": "Who did Johnson thank?"
    asks a detail of the courtroom scene (panel 62: trivial, three of three)."""
    return arg.dep_ in {"dobj", "dative"} and arg.head.lemma_.lower() in _COURTESY_VERBS


#: Objects that are no fact to ask, judged from the parse before a key is built.
NOT_ASKED = (_courtesy_object, _description, _with_complement, _light_verb_object, bleached_verb_object,
             _moved_somewhere, _goal_of_the_object, _hearer_of_a_report, _receiver_of_a_long_object, _left_in_a_state,
             _preposition_read_as_adjective, _law_passing_a_body, _one_of_two_objects, _summary_after_the_object)


def _charge_in_the_key(arg: Token, ans: Answer) -> bool:
    """"Who did politicians accuse? — the government of populism": the charge is no part of who."""
    return arg.head.lemma_.lower() in _CHARGING and any(t.lower_ in {"of", "with"} for t in ans.tokens)


def _act_left_out(arg: Token, ans: Answer) -> bool:
    """"cameras showed Bancroft rubbing the ball": "Who did cameras show?" drops what he did."""
    keyed = {t.i for t in ans.tokens}
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i not in keyed for c in arg.children)


def _infinitive_after_a_thing(arg: Token, ans: Answer) -> bool:
    """"required every computer to come with …": "What did a rule require to come with …?" garbles."""
    return arg.dep_ == "dobj" and ans.wh.split()[0] != "Who" and _object_of_infinitive(arg)


def one_of_a_list(arg: Token, ans: Answer) -> bool:
    """The key is the first of coordinated objects without the others (panel
    44: "Which place do member countries … include? — the United Kingdom")."""
    keyed = {t.i for t in ans.tokens}
    return any(c.dep_ == "conj" and c.i not in keyed for c in arg.children)


def one_of_listed_subjects(subject: Token, ans: Answer) -> bool:
    """The subject key is one item of a list: it follows "and" ("boat trips
    on the lake and the relocated monuments will draw …"), or the parser hung
    the rest of the list on it ("slow deliveries of food, a shortage of staff
    and the long blackout contributed …"; panel 71: wrong key, three of three)."""
    keyed = {t.i for t in ans.tokens}
    first = min(keyed)
    if first > 1 and subject.doc[first - 1].pos_ == "CCONJ" and subject.doc[first - 2].text != ",":
        return True  # (", and 300 volunteers joined": a second clause, not a list)
    return any(c.dep_ == "conj" and c.i not in keyed or c.dep_ == "appos" and c.i not in keyed
               and any(g.dep_ == "conj" for g in c.children)
               and not (subject.tag_ in {"NNS", "NNPS"} and c.pos_ == "PROPN")  # "the owners, Daniel and Amy …"
               for c in subject.children)


def _object_of_infinitive(obj: Token) -> bool:
    """The object is the doer of a "to" infinitive after it ("required every
    computer to come with software", "wanted the money to go to schools");
    asked of a person it reads well ("Who did Collins ask to give evidence?")."""
    return any(c.dep_ == "xcomp" and c.i > obj.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in obj.head.children)


def _comparison_left_behind(arg: Token, ans: Answer) -> bool:
    """A compared key whose "than" phrase would stay in the stem ("will draw
    more visitors than before" -> "who will the monuments draw than before?")."""
    return any(t.tag_ in {"JJR", "RBR"} for t in ans.tokens) and \
        any(c.dep_ == "prep" and c.lower_ == "than" for c in arg.head.children)


def _one_of_several(arg: Token, ans: Answer) -> bool:
    """"The board also faulted local planning": "also" says the subject did it
    to more than this object, so "What did the board fault?" has several
    right answers (panel 80: vague, three of three)."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in arg.head.children)


#: Objects not to ask, judged with the key that would be asked for.
def _partner_left_in_the_stem(arg: Token, ans: Answer) -> bool:
    """A name of the key's kind joined by "and" elsewhere in the clause ("beating
    Munich, Germany, with 25 votes and Annecy, France, with seven"): the key is
    one of a pair the parse split, and the stem keeps the other (panel 83 sets:
    "Which place did Pyeongchang beat with 25 votes and Annecy …?")."""
    keyed = {t.i for t in ans.tokens}
    return ans.label is not None and any(
        t.dep_ == "conj" and t.pos_ == "PROPN" and t.ent_type_ == ans.label and t.i not in keyed
        and t.head.i not in keyed for t in arg.head.subtree)


NOT_ASKED_WITH_KEY = (_charge_in_the_key, _act_left_out, one_of_a_list, _infinitive_after_a_thing,
                      _comparison_left_behind, _one_of_several, _partner_left_in_the_stem)


def called_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"called the ruling historic" -> "What did X call the ruling?": the word
    the subject used for it."""
    arg = m["arg"]
    if not any(c.dep_ == "dobj" for c in arg.head.children):
        return  # 'called the video "troubling"' parsed without an object: "What did X call?" is no question
    tokens = whole_quotation(list(arg.subtree))
    tail = next((c for c in arg.head.children if c.dep_ == "prep" and c.i == arg.right_edge.i + 1
                 and c.lower_ in {"to", "for", "of"} and arg.pos_ == "NOUN"), None)
    if tail is not None:  # "called the mix-up a painful end to an otherwise successful evening": the parser hangs
        tokens += list(tail.subtree)  # "to …" on the verb, and the stem kept it (panel 80: ungrammatical)
    words = [t for t in tokens if not t.is_punct]
    text = ctx.text_of(tokens)
    if 1 <= len(words) <= 8 and not any(is_pronoun(t) for t in words) and \
            sum(text.count(c) for c in '"\u201c\u201d') % 2 == 0:
        ans = Answer(tokens, re.sub(r"[.,;:](?=[\"\u201d]?$)", "", text), None, "What")  # '"disproportionate."'
    else:
        ans = answer_for(ctx, arg, "object")
    yield from ask_object(ctx, clause, arg, ans)


def called_after_noun_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"called the president's move unacceptable" with the word read as an
    adjective after the noun -> "What did X call the president's move? — unacceptable"."""
    arg, obj = m["arg"], m["obj"]
    if arg.i < obj.i or arg.right_edge.i != obj.right_edge.i:
        return  # "the unacceptable move" or "a move unacceptable to …": not the word the subject used for it
    tokens = list(arg.subtree)
    yield from ask_object(ctx, clause, arg, Answer(tokens, ctx.text_of(tokens), None, "What"))
