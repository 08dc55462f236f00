"""Rules as data: a rule is a name, a spaCy ``DependencyMatcher`` pattern and a
small builder.  Every pattern is anchored at the clause's verb (node "verb")
and names the part it asks about (node "arg").

A rule never wins by its place in the table.  Where a general rule must give
way to a specific one on the same argument (the general "prepositional phrase"
rule to "described X *as* Y"), the general rule says so by name in
``unless``; :func:`overlapping` lets a test prove that no two rules claim one
argument otherwise.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab


def lemma_in(words: Iterable[str]) -> dict:
    """Pattern attributes: the token's lemma is one of ``words`` (the English
    lemmatizer gives verbs and common nouns in lower case)."""
    return {"LEMMA": {"IN": sorted(words)}}


def lemma_not_in(words: Iterable[str]) -> dict:
    return {"LEMMA": {"NOT_IN": sorted(words)}}


def verb(**attrs) -> dict:
    """The anchor node: the clause's verb."""
    return {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}, **attrs}}


def child(name: str, of: str = "verb", **attrs) -> dict:
    """A node ``name`` that is a syntactic child of node ``of``."""
    return {"LEFT_ID": of, "REL_OP": ">", "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


Nodes = dict[str, Token]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: list[dict]
    #: build(ctx, clause, nodes) -> (prompt, answer) pairs
    build: Callable
    #: Rules that, when they match the same argument, take it instead of this one.
    unless: tuple[str, ...] = ()
    #: The clause's subject must be askable ("six shells of them" is not).
    needs_subject: bool = True
    #: Nodes that tell two matches apart (one question per distinct tuple).
    key: tuple[str, ...] = ("arg",)


@dataclass
class RuleIndex:
    """The matches of a rule table over an article's docs, by verb token."""
    rules: dict[str, Rule]
    vocab: Vocab
    _matcher: DependencyMatcher | None = None
    _by_doc: dict[int, dict[int, list[tuple[Rule, Nodes]]]] = field(default_factory=dict)

    def matcher(self) -> DependencyMatcher:
        if self._matcher is None:
            self._matcher = DependencyMatcher(self.vocab)
            for rule in self.rules.values():
                self._matcher.add(rule.name, [rule.pattern])
        return self._matcher

    def _index(self, doc: Doc) -> dict[int, list[tuple[Rule, Nodes]]]:
        out: dict[int, list[tuple[Rule, Nodes]]] = {}
        seen: set[tuple] = set()
        for match_id, ids in self.matcher()(doc):
            rule = self.rules[self.vocab.strings[match_id]]
            nodes = {spec["RIGHT_ID"]: doc[i] for spec, i in zip(rule.pattern, ids)}
            ident = (rule.name, nodes["verb"].i, *(nodes[k].i for k in rule.key))
            if ident not in seen:
                seen.add(ident)
                out.setdefault(nodes["verb"].i, []).append((rule, nodes))
        for found in out.values():
            found.sort(key=lambda rn: (rn[1]["arg"].i, *(rn[1][k].i for k in rn[0].key)))
        return out

    def at(self, token: Token) -> list[tuple[Rule, Nodes]]:
        """The rules that apply to ``token``'s arguments, in text order; a rule
        is left out where a rule it names in ``unless`` matched the same argument."""
        doc = token.doc
        index = self._by_doc.get(id(doc))
        if index is None:
            index = self._by_doc[id(doc)] = self._index(doc)
        found = index.get(token.i, [])
        names_by_arg: dict[int, set[str]] = {}
        for rule, nodes in found:
            names_by_arg.setdefault(nodes["arg"].i, set()).add(rule.name)
        return [(rule, nodes) for rule, nodes in found
                if not set(rule.unless) & names_by_arg[nodes["arg"].i]]


def overlapping(index: RuleIndex, doc: Doc) -> list[tuple[int, set[str]]]:
    """Arguments of ``doc`` that two rules claim after ``unless`` (should be none)."""
    out = []
    for token in doc:
        by_arg: dict[int, set[str]] = {}
        for rule, nodes in index.at(token):
            by_arg.setdefault(nodes["arg"].i, set()).add(rule.name)
        out += [(i, names) for i, names in by_arg.items() if len(names) > 1]
    return out


def run(rules: Iterable[tuple[Rule, Nodes]], ctx, clause, subject_ok: bool,
        frontable: set[str]) -> Iterator:
    """The pairs the matched rules build for ``clause``."""
    for rule, nodes in rules:
        arg = nodes["arg"]
        if arg.i < clause.subject.i and arg.dep_ not in frontable:
            continue
        if rule.needs_subject and not subject_ok:
            continue
        for prompt, ans in rule.build(ctx, clause, nodes):
            ans.rule = ans.rule or rule.name
            yield prompt, ans
