"""What makes a generated question unusable, decided the same way everywhere.

``flaws`` is the single definition of a flawed question: the generator's
filters drop what it names and ``quizgen eval`` counts it. ``key_matches``
decides whether a question's key states a given answer (selection uses it to
avoid asking one fact twice; the benchmark uses it for fact recall).
"""
from __future__ import annotations

import re

from .lexicons.adverbs import SENTENCE_ADVERBS
from .lexicons.people import CROWD_MODIFIERS, CROWD_NOUNS
from .pointing_back import demonstrative_noun, points_back  # noqa: F401 (points_back: part of the checks' API)
from .questions import BANNED_CHOICES, BLANK, Question, contains_phrase, normalize

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these",
            "those", "that", "we", "i", "you", "our", "us"}
_AUX = {"did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "will", "can", "could",
        "would", "should", "may", "might"}
#: "Is this sentence a fact or an opinion?": the item points at itself, not back.
_SELF_NOUNS = {"sentence", "statement", "word", "words", "passage", "article", "paragraph", "quotation",
               "quote", "text", "phrase", "question"}
_WH = {"who", "what", "when", "where", "why", "how", "which", "whom", "whose"}
#: Words that do not change which answer a key gives ("On October 18th" = "October 18th").
_MATCH_STOP = {"the", "a", "an", "on", "in", "at", "of", "to", "by", "about", "approximately", "around",
               "nearly", "almost", "over", "more", "than", "just", "some", "and", "s", "due", "because",
               "as", "into", "for", "from", "with"}


def flaws(q: Question, paragraphs: list[str]) -> list[str]:
    """Flaws the issue names: key in stem, duplicate choices, key not among
    choices, pronoun-led stem or pronoun key, all/none of the above, evidence
    that is not the slice it names."""
    out = []
    if isinstance(q.answer, str) and q.type in ("multiple_choice", "cloze") and \
            contains_phrase(q.prompt.replace(BLANK, " "), q.answer):
        out.append("key_in_stem")
    if q.choices and len({normalize(c) for c in q.choices}) != len(q.choices):
        out.append("duplicate_choices")
    if q.type in ("multiple_choice", "true_false", "fact_or_opinion") and q.answer not in q.choices:
        out.append("key_not_in_choices")
    if pronoun_led(q.prompt) or (isinstance(q.answer, str) and normalize(q.answer) in PRONOUNS):
        out.append("pronoun")
    if any(normalize(c) in BANNED_CHOICES for c in q.choices):
        out.append("all_none_of_the_above")
    if not q.evidence or not all(e.matches(paragraphs) for e in q.evidence):
        out.append("evidence_not_slice")
    return out


def pronoun_led(prompt: str) -> bool:
    """A stem whose subject is a bare pronoun: "He said …", "What did they …?"."""
    words = normalize(prompt.replace(BLANK, " ")).split()
    anchored = bool(re.match(r"(?:in|according to) paragraph \d+\b", prompt.strip(), re.IGNORECASE))
    if prompt.lower().startswith("according to") or anchored:
        words = normalize(prompt.split(",", 1)[-1]).split()
    if not words:
        return False
    if words[0] in PRONOUNS - {"that", "this", "these", "those"}:
        return True
    if words[0] in {"this", "these", "those", "that"} and len(words) > 1 and words[1] in _AUX:
        return True
    if not anchored:
        # a demonstrative noun phrase as the stem's subject: "This development
        # raised …", "Why did these concerns grow?" (needs its context)
        n = 0
        while n < min(3, len(words) - 1) and (words[n] in _WH or words[n] in _AUX):
            n += 1
        lead = words[n] if n < len(words) else ""
        if (lead in {"this", "these", "those", "such"} or (lead == "that" and n > 0 and words[n - 1] in _AUX)) \
                and n + 1 < len(words) and words[n + 1] not in _AUX and words[n + 1] not in PRONOUNS \
                and words[n + 1] not in _SELF_NOUNS:
            return True
    for n in range(min(3, len(words) - 1)):
        if words[n] in _AUX and words[n + 1] in {"he", "she", "it", "they", "we", "i", "you"}:
            return True
    return False


def _match_tokens(text: str) -> list[str]:
    text = normalize(text).replace(",", "")
    return [w for w in re.split(r"\s+", text) if w and w not in _MATCH_STOP]


def key_matches(key: str, gold: str) -> bool:
    """The key gives the gold answer: same words once articles, prepositions and
    hedges are ignored, or one contains the other and covers at least half of it."""
    k, g = _match_tokens(key), _match_tokens(gold)
    if not k or not g:
        return False
    if k == g:
        return True
    short, long = (k, g) if len(k) <= len(g) else (g, k)
    n = len(short)
    contained = any(long[i:i + n] == short for i in range(len(long) - n + 1))
    return contained and n / len(long) >= 0.5


def question_keys(q: Question) -> list[str]:
    if q.type in ("multiple_choice", "cloze", "short_answer") and isinstance(q.answer, str):
        return [q.answer, *q.accepted]
    return []


# --------------------------------------------------------------------------- grammar of stems
#: Sentence adverbs that dangle at the end of a lifted stem ("… to a doctor allegedly?").
_DANGLING_ADVERBS = SENTENCE_ADVERBS
#: Conjunctions that open a clause of their own: a stem must not trail one.
_SUBORDINATORS = {"since", "because", "although", "though", "whereas", "unless", "while", "if"}
_FINITE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
               "might", "must", "should", "shall", "does", "do", "did", "'s", "'re"}
_THIRD_PERSON = {"he", "she", "him", "his", "her", "hers", "they", "them", "their", "theirs", "it", "its",
                 "others"}  # "Why did others join hands?": others than whom?
_FIRST_SECOND = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "myself",
                 "ourselves", "yourself", "yourselves"}
_WHEN_TIME = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|"
                        r"december|may \d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                        r"tonight|tomorrow|(?:1[5-9]|20)\d\d|(?:last|this|next) (?:week|month|year|weekend|"
                        r"night|morning|summer|winter|spring|autumn)|\d+ (?:days|weeks|months|years) ago"
                        r"|(?:after|before|following|during) (?:a|an|the|its|his|her|their) [\w-]+)\b",
                        re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:in|according to) [^,]{1,80}, )+", re.IGNORECASE)
_QUOTE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


def stem_words(prompt: str) -> list[str]:
    text = _QUOTE.sub(" ", prompt.replace(BLANK, " "))
    return re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", text)


def _verb_forms(word: str) -> bool:
    """A word that can only be a finite verb (or is a finite auxiliary): "exist", "were"."""
    from lemminflect import getAllLemmas
    w = word.lower()
    if w in _FINITE_AUX:
        return True
    lemmas = getAllLemmas(w)
    return bool(lemmas) and set(lemmas) <= {"VERB", "AUX"} and not w.endswith("ing")


def wh_of(prompt: str) -> str:
    """The question word a stem starts with, after "According to X," / "In paragraph N,"."""
    body = _LEAD.sub("", prompt.strip())
    words = body.split()
    if not words:
        return ""
    first = words[0].lower()
    if first == "how" and len(words) > 1:
        return f"how {words[1].lower()}"
    if first == "since" and len(words) > 1 and words[1].lower() == "when":
        return "since when"
    if first in {"for", "to", "by", "at", "in", "on", "from", "with"} and len(words) > 2 and \
            words[1].lower() == "how":
        return f"how {words[2].lower()}"
    return first


#: Problems a stem shows on its surface: "stopped work near the lake the same
#: day" (the same as what?), "had New Yorkers defeated everyday?" (of "everyday
#: New Yorkers"), 'call the talks " arguing that …' (a quotation cut out).
_SURFACE_PROBLEMS = [
    (re.compile(r"\bthe same (?:day|week|month|year|time|night|morning|afternoon|evening)\b(?! as\b)"), "points back"),
    (re.compile(r"\beveryday\s*[?.,;]"), "adjective used as an adverb"),
    (re.compile(r"\s\"\s"), "stray quote mark"),
    (re.compile(r"\b\d{1,2}, (?:was|were|is|are|has|have|had|did)\b"), "stray comma"),  # "on January 15, was lost"
    # "… replaced with healthy ones from in the procedure?", "… compulsory for from March 15?" (panel 96)
    (re.compile(r"\bfrom in\b(?!-)|\bfor from\b|\bwith from\b"), "two prepositions"),
    (re.compile(r"^According to the (?:organi[sz]ation|association|agency|group|body|company|firm|committee|"
                r"foundation|institute|charity|union|council|ministry|department|authority),"), "points back"),
]


def stem_problems(prompt: str, paragraphs: list[str] | None = None) -> list[str]:
    """What makes a question stem ungrammatical or unanswerable out of
    context, checked on its words (no parse): "agreement", "dangling adverb",
    "trailing clause", "demonstrative", "pronoun", "first or second person",
    "repeated word", "two sources", "time left in a when-stem", "name in lower case",
    "preposition before how much"."""
    out: list[str] = []
    words = stem_words(prompt)
    low = [w.lower() for w in words]
    if not low:
        return out
    body = stem_words(_LEAD.sub("", prompt.strip()))
    out += _agreement(body)
    last = low[-1]
    if last in _DANGLING_ADVERBS or (len(low) > 1 and f"{low[-2]} {last}" in _DANGLING_ADVERBS):
        out.append("dangling adverb")
    if re.search(r", (?:in|on|at|near|of) [^,?]*\?$", prompt) or re.search(
            r", (?:far |much |well |slightly )?(?:less|more|fewer|higher|lower|greater|bigger|smaller) than "
            r"[^,?]*\?$", prompt):
        out.append("stray phrase")  # "Since when had the miners been trapped, in the Atacama Desert?"
    if re.search(r"\b(?:" + "|".join(_CUT_STEM_END) + r")\?$", prompt.strip(), re.IGNORECASE):
        out.append("cut stem")  # "Who is the second man to be?": the words that finish it were cut
    if re.search(r" but (?:once|when|after|if|the|it|they|he|she|only|also|just|about|around|nearly|almost|"
                 r"a|an|its|their|his|her|some|many|few|more|less|fewer)\b", " ".join(low[1:])):
        out.append("trailing clause")  # "… would construction support, but once the pipeline was running?"
    for n, w in enumerate(low[1:], 1):
        if w in _SUBORDINATORS and not (w == "since" and n + 1 < len(low) and low[n + 1] == "when") \
                and any(_verb_forms(x) for x in words[n + 1:]):
            out.append("trailing clause")
            break
    if any(w in {"this", "these", "those", "such"} and n + 1 < len(low) and demonstrative_noun(w, words[n + 1])
           for n, w in enumerate(low)):
        out.append("demonstrative")
    if any(w in _THIRD_PERSON and not bound_pronoun(words, n) for n, w in enumerate(low)):
        out.append("pronoun")
    if any(w in _FIRST_SECOND and not (w == "us" and words[n] == "US") for n, w in enumerate(low)):
        out.append("first or second person")
    if re.search(r"\b(?!had\b|that\b)(\w+) \1\b", " ".join(low)):
        out.append("repeated word")
    out += [problem for pattern, problem in _SURFACE_PROBLEMS if pattern.search(prompt)]
    if prompt.rstrip().endswith("?") and re.search(r"\w: ", _QUOTE.sub(" ", prompt)):
        out.append("colon in stem")  # "What have A in 1958 and B declined: in 1964?": a list spliced in
    if prompt.lower().count("according to") > 1:
        out.append("two sources")
    if len(low) > 3 and low[0] == "which" and low[1] in low[3:] and low[1] not in {"of", "one", "two"}:
        out.append("repeated word")  # "Which place was the hardest-hit place?"
    if wh_of(prompt) in {"when", "since when"} and _WHEN_TIME.search(_QUOTE.sub(" ", _LEAD.sub("", prompt))):
        out.append("time left in a when-stem")
    if paragraphs is not None and _lowercased_name(words[1:], paragraphs):
        out.append("name in lower case")
    if _PREPOSITION_FIRST.match(_LEAD.sub("", prompt.strip())):
        out.append("preposition before how much")
    first_wh = next((n for n, w in enumerate(low) if w in _WH_WORDS), None)
    if first_wh is not None and _SECOND_WH.search(" ".join(low[first_wh + 2:])):
        out.append("two question words")
    return out


_WH_WORDS = {"what", "who", "whom", "whose", "which", "when", "where", "why", "how"}


#: A second question word inside the stem: "what had been developing how long?".
_SECOND_WH = re.compile(r"\bhow (?:long|many|much|far|old|often)\b")


#: "To how much money did the shares rise …?": a preposition pied-piped before
#: "how much / how many" reads as a garbled stem to students.
_PREPOSITION_FIRST = re.compile(r"(?:to|from|by|of|for|at|in|with)\s+how\s+(?:much|many|far|long|often|old)\b",
                                re.IGNORECASE)


_COPULA = {"is", "are", "was", "were", "be", "been"}
_WHO = {"who", "which", "what"}


#: Words a finished stem does not end on.
_CUT_STEM_END = {"the", "a", "an", "be", "and", "or", "than"}  # not "to", "of": "Who did X speak to?"


def bound_pronoun(words: list[str], n: int) -> bool:
    """The pronoun at ``n`` has an antecedent inside the stem: a name or a
    noun phrase before it ("… the valley … its rainfall"), or the wh-subject
    of a verb before it ("Who said he would …?", not "Who is his brother?")."""
    pron = words[n].lower()
    before = words[:n]
    low = [w.lower() for w in before]
    person = pron in {"he", "him", "his", "she", "her", "hers"}
    if any(w[:1].isupper() and not (person and before[i].lower() == "the")  # "the Academy … his comments"
           for i, w in enumerate(before[1:])):
        return True
    if pron in {"it", "its", "they", "them", "their", "theirs"} and any(
            w in {"the", "a", "an"} for w in low[:-1]):
        return True
    if low and low[0] in _WHO and any(_verb_forms(w) and w not in _FINITE_AUX | _COPULA for w in low[1:]):
        return True
    return False


def unbalanced(text: str) -> bool:
    """Quote marks or brackets left open: a text cut inside a quotation or a
    bracket ("Division B (pp.", "(WHO")."""
    marks = text.count('"') + text.count("\u201c") + text.count("\u201d")
    return bool(marks % 2 or text.count("\u201c") != text.count("\u201d")
                or text.count("(") != text.count(")") or text.count("[") != text.count("]"))


def _agreement(body: list[str]) -> list[str]:
    """"Who officially open the bridge?": a singular wh-subject with a plural verb."""
    from lemminflect import getAllInflections, getAllLemmas
    if len(body) < 2 or body[0].lower() not in {"who", "what"}:
        return []
    n = 1
    while n < len(body) - 1 and set(getAllLemmas(body[n].lower())) == {"ADV"}:
        n += 1
    word = body[n].lower()
    lemmas = getAllLemmas(word)
    if "VERB" not in lemmas or word in _FINITE_AUX or word in {"are", "were", "have", "do"}:
        return []
    lemma = lemmas["VERB"][0]
    forms = getAllInflections(lemma, upos="VERB")
    if word in forms.get("VBP", ()) and word not in forms.get("VBD", ()) and "NOUN" not in lemmas \
            and "ADJ" not in lemmas:
        return ["agreement"]
    if word in forms.get("VBP", ()) and word not in forms.get("VBD", ()) and n > 1:
        return ["agreement"]  # "Who officially open …": an adverb shows the word is the verb
    return []


_CASE_CACHE: list = []


def _lowercased_name(words: list[str], paragraphs: list[str]) -> bool:
    """A word the article only writes capitalised inside a sentence (a name)
    written in lower case ("According to lage, …")."""
    if not (_CASE_CACHE and _CASE_CACHE[0] is paragraphs):
        lower: set[str] = set()
        upper: set[str] = set()
        for para in paragraphs:
            for m in re.finditer(r"[A-Za-z][A-Za-z'\u2019-]*", para):
                word = m.group()
                before = para[:m.start()].rstrip(" \"'\u201c\u2018(")
                if word[:1].islower():
                    lower.add(word)
                elif before and before[-1] not in ".!?:;\u2014-":
                    upper.add(word.lower())
        _CASE_CACHE[:] = [paragraphs, lower, upper]
    _, lower, upper = _CASE_CACHE
    return any(w[:1].islower() and w in upper and w not in lower for w in words)


def grammatical(q: Question, paragraphs: list[str] | None = None) -> bool:
    """The stem passes :func:`stem_problems` (questions with a stem to check only)."""
    return not stem_problems(q.prompt, paragraphs)


def has_checked_stem(q: Question) -> bool:
    """Questions whose stem the rules built (not a quoted sentence or a fixed frame)."""
    return q.type in ("multiple_choice", "short_answer") and q.skill in ("fact", "inference")


# --------------------------------------------------------------------------- kinds of keys and options

def option_kind_problem(q: Question, ctx) -> str | None:
    """An option of another kind or form than the key (see :mod:`.generate.kinds`)."""
    from .generate import kinds
    if q.type != "multiple_choice" or not isinstance(q.answer, str) or not q.choices:
        return None
    key = kinds.kind_of(ctx, q.answer, q.meta.get("label") or None)
    for choice in q.choices:
        if choice != q.answer and not kinds.fits(key, kinds.kind_of(ctx, choice)):
            return "option of another kind"
    return None


def wh_kind_problem(q: Question, ctx) -> str | None:
    """A question word that does not ask for the key's kind ("Where …? — a
    person"), or "When" with a vague time ("this year", "recently")."""
    from .generate import kinds
    if q.type not in ("multiple_choice", "short_answer") or not isinstance(q.answer, str) \
            or q.skill not in ("fact",):
        return None
    kind = kinds.kind_of(ctx, q.answer, q.meta.get("label") or None)
    wh = wh_of(q.prompt)
    if not kinds.wh_fits(wh, kind):
        return "question word does not fit the key"
    which = re.match(r"(?:.*?, )?which (\w+)", q.prompt, re.IGNORECASE)
    one_name = q.meta.get("label") in {"ORG", "WORK_OF_ART", "FAC", "LAW", "EVENT", "PRODUCT"}  # "The Globe and Mail"
    if which and " and " in f" {q.answer} " and not one_name and not which.group(1).lower().endswith("s"):
        return "singular question word for a list"  # "Which place should come first? — Uranus and Neptune"
    if wh in {"who", "whom"} and crowd_key(q.answer):
        return "key guessed from the stem"  # "Who was offered a resit? — pupils"
    if wh in {"when", "since when"} and re.search(r"\b(?:this|now|recently|currently|soon|each|every)\b",
                                                   q.answer.lower()):
        return "vague time key"
    return None


_FUNCTION_END = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or",
                 "but", "that", "which", "who", "as", "this", "these", "its", "their", "his", "her"}


#: Ordinals that stand for a noun when nothing follows them ("The second was a vote").
_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "last", "next"}


def crowd_key(key: str) -> bool:
    """A key that names the public or everyone in a role ("pupils", "the
    Scottish people", "local residents"): a demonym or a general word at most
    before a crowd noun."""
    words = key.rstrip(" .").split()
    if len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper() \
            and words[1].lower().endswith(_DEMONYM_ENDS + ("ch", "ans")):
        return True  # "the French", "the British": a nation as the key of "who throws away …?"
    if not words or words[-1].lower() not in CROWD_NOUNS:
        return False
    return all(w.lower() in CROWD_MODIFIERS or (w[:1].isupper() and w.lower().endswith(_DEMONYM_ENDS))
               for w in words[:-1])


#: Endings of demonyms ("Scottish", "American", "Chinese", "Greek" is not one, but rare as a key).
_DEMONYM_ENDS = ("ish", "an", "ese", "i", "ic")


def key_problem(q: Question) -> str | None:
    """A short-answer key that is a fragment ("As this situation …", "… of the")
    or rubric key words that are not content words of the key."""
    if q.type != "short_answer" or not isinstance(q.answer, str):
        return None
    words = q.answer.rstrip(" .").split()
    if not words:
        return "empty key"
    if words[-1].lower() in _FUNCTION_END or (words[0].lower() in {"as", "this", "these", "that", "which"}
                                              and len(words) > 1):
        return "key is a fragment"
    if words[0].lower() in {"another", "other", "others", "such"} or (
            len(words) > 1 and words[0].lower() == "the" and words[1].lower() in {"latter", "former"}) or (
            len(words) == 2 and words[0].lower() in {"the", "a"} and words[1].lower() in _ORDINAL_WORDS) or (
            len(words) == 3 and words[0].lower() == "a" and words[1].lower() in _ORDINAL_WORDS - {"first"}):
        return "key names no one in particular"  # "another witness", "such a request", "a second question"
    if words[0].lower() in {"their", "its", "his", "her", "our", "my", "your"} and (
            len(words) <= 2 or words[1].lower() == "own"):
        return "key leans on a pronoun"  # "their own increases", "its response": of what?
    if words[0].lower() in {"some", "many", "several", "most", "few"} and len(words) <= 2:
        return "key names no one in particular"  # "some residents"
    if unbalanced(q.answer) or (re.search(r"(?:^|\s)['\u2018]\w", q.answer)
                                and not re.search(r"\w['\u2019](?:\s|$)", q.answer)):
        return "key cut inside quotation marks"  # "the 'Big Society"
    if points_back(q.answer.rstrip(" .") + "."):
        return "key points back"  # "twenty times that size": what size?
    key_words = set(normalize(q.answer).split())
    for item in q.rubric:
        found = re.search(r"key words: ([^)]*)\)", str(item.get("criterion", "")))
        terms = [normalize(w) for w in found.group(1).split(",")] if found else []
        if any(not t or not set(t.split()) <= key_words or t in _FUNCTION_END for t in terms):
            return "rubric key words not in the key"
    return None
