"""Names the article itself shows to be one: an acronym and its expansion
("the National Intelligence Service (NIS)"), a name and what it is better known as."""
from __future__ import annotations

import re

from ..questions import normalize


def strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


_ACRONYM = re.compile(r"((?:[A-Z][\w\u2019'&.-]*\s+)(?:(?:of|the|and|for|de|du|[A-Z][\w\u2019'&.-]*)\s+)*"
                      r"[A-Z][\w&.-]*)\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)")


def acronyms(paragraphs: list[str]) -> dict[str, set[str]]:
    """``National Intelligence Service (NIS)`` -> NIS and the expansion are equivalent."""
    out: dict[str, set[str]] = {}
    for para in paragraphs:
        for match in _ACRONYM.finditer(para):
            long, short = match.group(1), match.group(2)
            letters = "".join(c for c in short if c.isupper())
            words = _trim_expansion(long.split(), letters) if letters else []
            if not words or words[0][0] != letters[0]:
                words = _reordered_expansion(long.split(), letters)
            if not words:
                continue
            long_n, short_n = normalize(strip_det(" ".join(words))), normalize(short)
            prefix = strip_det(long).split()[:-len(words)]
            names = {long_n, short_n}
            if all(w[:1].isupper() for w in prefix):  # "the United States Federal Emergency Management Agency (FEMA)"
                names.add(normalize(strip_det(long)))
            for key in names:
                out.setdefault(key, set()).update(names)
    return out


_NAME = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3}"
_KNOWN_AS = re.compile(rf"({_NAME}),? (?:(?:better|also|widely|commonly) )?known as ({_NAME})")


def known_as(paragraphs: list[str]) -> list[tuple[str, str]]:
    """``Rodrigo Londoño, better known as Timochenko`` -> one person, two names."""
    return [(normalize(m.group(1)), normalize(m.group(2))) for para in paragraphs for m in _KNOWN_AS.finditer(para)]


def _reordered_expansion(words: list[str], letters: str) -> list[str]:
    """The rightmost capitalised words whose initials are the acronym's letters
    in another order: an acronym of the name in its own language ("the
    International Cycling Union (UCI)", Union Cycliste Internationale)."""
    for n in range(len(words) - 2, -1, -1):
        tail = words[n:]
        if len(tail) == len(letters) and all(w[:1].isupper() for w in tail) \
                and sorted(w[0] for w in tail) == sorted(letters):
            return tail
    return []


def _trim_expansion(words: list[str], letters: str) -> list[str]:
    """Keep the rightmost words whose capitalised initials can spell the acronym."""
    caps = 0
    for n in range(len(words) - 1, -1, -1):
        if words[n][:1].isupper():
            caps += 1
            if caps >= len(letters) and words[n][0] == letters[0]:
                return words[n:]
    return words


def expands_an_acronym(aliases: dict[str, set[str]], text: str) -> bool:
    """``text`` (its acronym in brackets or not) is a capitalised name the
    article gives an acronym for: "Transport for London (TfL)" is a name even
    where it opens a sentence and the tagger read "Transport" as a common noun."""
    name = strip_det(text.split(" (")[0])
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and any(len(other) < len(normalize(name)) for other in aliases.get(normalize(name), ()))


def spelled_out_in_common_words(text: str, acronym: str) -> bool:
    """``text`` spells ``acronym`` out in lower-case words ("the alternative
    vote (AV)"): it names a thing, not a body or a person, so it is asked with
    "What" (panel 70 read "Who was complicated and costly? — AV")."""
    letters = [c for c in acronym if c.isupper()]
    if len(letters) < 2:
        return False
    words = r"\s+".join([r"([a-z][\w-]*)"] * len(letters))
    return any([w[0].upper() for w in m.groups()] == letters
               for m in re.finditer(words + r"\s*\(" + re.escape(acronym) + r"\)", text))
