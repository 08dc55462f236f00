"""Drop questions a teacher would not hand out."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicons.places import PLACE_NOUNS, demonym_of, place_level
from ..quality import (
    flaws,
    has_checked_stem,
    key_problem,
    option_kind_problem,
    points_back,
    stem_problems,
    unbalanced,
    wh_kind_problem,
    wh_of,
)
from ..questions import BLANK, Question, contains_phrase, content_words, normalize
from .families import is_analysis
from .kinds import head_noun
from .referents import outside_quotes, resolve_context
from .statements import EARLY_OWNER
from .stem_checks import broken_stem

MAX_STEM_WORDS = 32
#: "Who is Ann Lee?" / "What is the Hajj?": asks to identify a name, not vague.
_IDENTIFY = re.compile(r"^(?:Who|What) (?:is|are|was|were) (?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z0-9][\w.'\u2019-]*)*\?$")
_WH = {"who", "what", "when", "where", "which", "why", "how", "many", "much", "did", "does", "do",
       "is", "was", "are", "were", "according"}


def rejection(q: Question, paragraphs: list[str]) -> str | None:
    """Why ``q`` must be dropped, or None when it passes."""
    problems = q.problems(paragraphs) + flaws(q, paragraphs)
    if problems:
        return problems[0]
    words = q.prompt.split()
    if q.type in ("multiple_choice", "short_answer", "true_false", "cloze") and len(words) > MAX_STEM_WORDS + (
            10 if q.type == "cloze" else 0):
        return "stem too long"
    if q.type in ("multiple_choice", "short_answer", "cloze", "true_false") and not is_analysis(q) \
            and points_back(q.prompt):
        return "refers back to text the student does not have"
    recall = _recall_problem(q)
    if recall:
        return recall
    if q.type == "cloze" and (_INSIDE_A_NAME.search(q.prompt) or re.fullmatch(r"\d{5,}", str(q.answer))):
        return "blanks part of a name"  # "Iniciativa per ______" (panel 80), "ZIP codes ______, 11206" (panel 79)
    if q.type == "cloze" and EARLY_OWNER.match(q.prompt):
        return "refers back to text the student does not have"  # "Most of its ______ inhabitants …" (panel 71)
    if q.type in ("multiple_choice", "short_answer") and not is_analysis(q) \
            and (_UNNAMED_PLACE.search(q.prompt) or _CONTEXT_DATE.search(q.prompt)):
        return "refers back to text the student does not have"  # "the city", "later that year" (panels 72-73)
    if q.type in ("multiple_choice", "short_answer") and is_analysis(q) and unbalanced(q.prompt):
        return "unbalanced quotes or brackets"  # a template around a quotation cut mid-way
    if q.type in ("multiple_choice", "short_answer") and not is_analysis(q):
        broken = broken_stem(q.prompt)  # a stem built from the sentence, not the sentence itself
        if broken:
            return broken
    if q.type in ("multiple_choice", "short_answer"):
        meaningful = [w for w in content_words(q.prompt) if w not in _WH]
        # two content words name something: "How did the South retaliate?", "Who is the
        # Egyptian president?", "What has the army denied?" (not "What will be disrupted?")
        named = len(meaningful) == 2 and (any(w[:1].isupper() for w in q.prompt.split()[1:])
                                          or " the " in f" {q.prompt.lower()} ")
        if len(meaningful) < 3 and not (meaningful and _IDENTIFY.match(q.prompt)) and not named:
            return "vague stem"
        if len(meaningful) < 3 and any(_light_verb(w) for w in meaningful):
            return "vague stem"  # "What does BSkyB hold?", "What did the cabinet give?": hold what, give whom?
        if len(meaningful) < 4 and not named and not re.search(r"^How\b|\bthe\b|\d|\s[A-Z]", q.prompt):
            return "vague stem"  # "What has come under attack?": nothing names what it is about (kept 7 of 23)
        if len(re.sub(r"^According to [^,]+, ", "", q.prompt).split()) < 3:
            return "vague stem"  # "According to John Holmes, what lives?" (panel 57)
        if _PERSON_OBJECT.search(q.prompt) and not re.search(r"\s[A-Z]", q.prompt):
            return "vague stem"  # "Who sat behind her holding photographs …?": her, with no one named (panel 56)
        if _BARE_PASSIVE.match(q.prompt) or _BARE_SUPERLATIVE.match(q.prompt) or _BARE_SCHEDULE.match(q.prompt):
            return "vague stem"  # "Which organisation was singled out?": for what? (panel 34)
        if _BARE_WANT_OR_HAVE.match(q.prompt):
            return "vague stem"  # "What does the plan have at home?", "What does Hunt want?" (panel 32)
    evidence = " ".join(e.text for e in q.evidence)
    if q.type in ("multiple_choice", "cloze", "short_answer") and isinstance(q.answer, str):
        if not contains_phrase(evidence, q.answer):
            return "key not supported by its evidence"
    if q.type == "cloze" and q.prompt.count(BLANK) != 1:
        return "cloze needs one blank"
    if q.type in ("multiple_choice", "cloze") and isinstance(q.answer, str) and \
            normalize(q.answer) in {"he", "she", "it", "they", "this", "that"}:
        return "pronoun key"
    if q.type in ("multiple_choice", "short_answer") and not is_analysis(q) and isinstance(q.answer, str):
        return key_without_content(q.prompt, q.answer)
    return None


#: "What does X have/want/need …?" with at most a short phrase after the verb:
#: so little is asked that several answers fit.
_BARE_WANT_OR_HAVE = re.compile(r"^What (?:do|does|did|will|would) [^?]+? (?:have|want|need|get|own|hold)(?: \w+){0,2}\?$")
#: A person as an object pronoun ("behind her", "told him"), not "her team".
_PERSON_OBJECT = re.compile(r"\b(?:him|them)\b|\bher\b(?=\s*(?:[?,]|(?:to|for|with|in|on|at|of|from|by|about|and|as)\b|\w+ing\b))")
#: Something due to happen, named by nothing else: "What is expected to start within days?" (panel 54).
_BARE_SCHEDULE = re.compile(r"^(?:According to [^,]+, )?[Ww]hat (?:is|are|was|were) (?:expected|due|set|scheduled|likely|planned) to \w+"
                            r"(?: (?:within|in|by|on|next|this|soon|later|early|shortly)\b[\w ]*)?\?$")
#: A passive stem with nothing but its verb: "Which organisation was singled out?".
_BARE_PASSIVE = re.compile(r"^(?:Who|What|Which \w+) (?:was|were|is|are|has been|have been|had been) \w+"
                           r"(?: out| up| off| down| over)?\?$")
#: "What is usually the most crowded?": the most crowded of what? (panel 48)
_BARE_SUPERLATIVE = re.compile(r"^(?:Who|What|Which \w+) (?:is|are|was|were)(?: \w+ly)? the (?:most|least) \w+\?$")
#: Verbs too general to say what a two-word stem asks for.
_LIGHT_VERBS = frozenset("hold have get give make take show read do keep see grow".split())


def _light_verb(word: str) -> bool:
    from lemminflect import getAllLemmas
    return bool(set(getAllLemmas(word.lower()).get("VERB", ())) & _LIGHT_VERBS)


_OWNER_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
#: One common noun after "the" that names no one in particular out of the article: "the city".
_GENERIC_HEADS = PLACE_NOUNS | {"government", "company", "court", "police", "authorities", "council", "board", "committee",
                                "country", "state", "group", "team", "firm", "agency", "charity",
                                "organisation", "organization", "union"}


#: Adjectives that leave a two-word key naming nothing in particular ("deeper problems").
_VAGUE_ADJECTIVES = frozenset("new deeper bigger wider serious major other different further real broader".split())
_VAGUE_NOUNS = frozenset("""system systems problem problems approach way ways measure measures issue issues step steps
change changes question questions concern concerns""".split())


#: Stock phrases that say nothing a student could check: "do the right thing".
_STOCK_PHRASES = frozenset({"the right thing", "the best", "its best", "their best", "everything possible",
                            "everything it can", "everything they can", "all it can", "what it can", "the same",
                            "something", "anything", "everything", "a lot", "a great deal"})
#: Adjectives that point back to what the text named before: "the new packets".
_BACK_ADJECTIVES = frozenset("new same latest current existing former previous original above".split())
#: A date given relative to one the sentence before gives.
#: A time of day ("about 10:28", "5pm tomorrow"): blanked, it tests memory of a minute (panels 72 and 73: trivial).
def _recall_problem(q: Question) -> str | None:
    """A key that tests recall of a clock time or of half a name."""
    if _asks_a_clock_time(q):
        return "a clock time to recall"
    return "blanks part of a name" if _half_a_case_name(q) else None


def _half_a_case_name(q: Question) -> bool:
    """"Which case did the court decide …? — Snyder" for "Snyder v. Phelps"
    (panel 87: the key is half the case's name, three of three)."""
    if not isinstance(q.answer, str) or not q.answer.strip():
        return False
    name = re.escape(q.answer.strip())
    return any(re.search(rf"{name}\s+vs?\.?\s+[A-Z]|[A-Z][\w'-]*\s+vs?\.?\s+{name}", e.text)
               for e in q.evidence)


def _asks_a_clock_time(q: Question) -> bool:
    """"at ______ local time", "When did the unions walk out? — 9pm" (panels
    72-78); "The quake hit at 1:14 p.m. local time." (panel 85: trivial, three of three)."""
    if (q.type == "cloze" or q.meta.get("wh") == "when") and isinstance(q.answer, str) and _CLOCK_TIME.search(q.answer):
        return True
    return q.type == "true_false" and bool(_CLOCK_TIME.search(q.prompt)) and len(q.prompt.split()) <= 12


_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2}|[:.]\d{2} ?[ap]\.?m\.?| ?[ap]\.?m\.?)(?!\w)", re.IGNORECASE)
#: A blank after a capitalised word and a name's joining word ("Iniciativa per ______", "Bank of ______"):
#: the key is the end of a longer name, and any capitalised option fits the blank.
_INSIDE_A_NAME = re.compile(r"\b[A-Z][\w'\u2019-]+ (?:per|de|del|di|du|des|da|la|le|van|von|of|for) " + re.escape(BLANK))
#: A place the stem names only by its kind ("to operate in the city", "suspend from the country"):
#: the sentence before named it (panels 72 and 73: vague, three of three each time).
_UNNAMED_PLACE = re.compile(r"\b(?:in|from|to|into|across|around|throughout|outside|inside|within) the "
                            r"(?:city|country|capital)\b(?! of\b)", re.IGNORECASE)
# (not "the city closed Elm Park": a council acts; not "the country's diesel owners" in an article on one country)
_CONTEXT_DATE = re.compile(r"\b(?:that|the same|the following|the next|the previous) (?:year|month|week|day)s?\b", re.I)


def _vague_pair(prompt: str, answer: str, words: list[str]) -> bool:
    """"deeper problems", "a new system" (panel 51)."""
    return len(words) <= 3 and (words[0] in {"a", "an"} and len(words) == 3 or len(words) == 2) \
        and words[-2] in _VAGUE_ADJECTIVES and words[-1] in _VAGUE_NOUNS


def _preposition_first(prompt: str, answer: str, words: list[str]) -> bool:
    """"… add up? — to 36 strike days" (panel 55)."""
    return words[0] in {"to", "of", "for", "with", "into", "by"} and len(words) > 1 and not prompt.startswith("Why") \
        and (words[1][:1].isdigit() or words[1] in {"the", "a", "an", "about", "around", "more", "less"})


def _an_unnamed_role(prompt: str, answer: str, words: list[str]) -> bool:
    """"the city", "a Fisheries Agency official": 0 of 3 kept (panels 16-48)."""
    return len(words) == 2 and words[0] == "the" and words[1] in _GENERIC_HEADS or words[0] in {"a", "an"} and \
        bool(set(words) & {"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide"})


def _a_superlative(prompt: str, answer: str, words: list[str]) -> bool:
    """"the most serious charge": which one?"""
    return len(words) <= 4 and words[0] == "the" and (words[1] in {"most", "least"} or bool(re.fullmatch(
        r"(?:biggest|largest|smallest|highest|lowest|greatest|worst|best|latest|newest|oldest)", words[1])))


def _named_in_the_stem(prompt: str, answer: str, words: list[str]) -> bool:
    """"… not approved by the department? — the Chicago Department of Aviation"."""
    head = head_noun(re.sub(r"\s*\(.*?\)", "", answer))
    return len(words) >= 2 and bool(head) and head.isalpha() and head not in words[:1] and \
        bool(re.search(rf"\b(?:the|this|that) {re.escape(head)}s?\b", normalize(prompt)))


def _which_noun(prompt: str):
    return re.search(r"^(?:according to [^?]*? )?which (\w+)", normalize(prompt))  # also after "According to X,"


def _repeats_the_stems_noun(prompt: str, answer: str, words: list[str]) -> bool:
    """"Which target did it set? — an annual target"; "Which safety rule took
    effect …? — a new FDA egg safety rule" (panel 87: a rule without a name to give)."""
    which = _which_noun(prompt)
    second = re.search(r"which \w+ (\w+)", normalize(prompt)) if which else None  # "Which safety rule …"
    if not which or words[-1] not in {which.group(1), second.group(1) if second else None}:
        return False
    return words[0] in {"a", "an"} or len(words) <= 3 and not re.search(r"\b[A-Z0-9]", answer)


def _circular(prompt: str, answer: str, words: list[str]) -> bool:
    """"Which actions …? — Park's actions"."""
    which = _which_noun(prompt)
    return bool(which) and len(words) <= 4 and words[-1] == which.group(1) and "s" in words[:-1] \
        and bool(re.search(r"['\u2019]s\b", answer))


#: Keys that say nothing the stem does not, as (check, reason): each check takes
#: the stem, the key and the key's normalised words; the first that holds names
#: the problem (panels 16-58, each case in the check's docstring or comment).
_CONTENTLESS_KEYS: tuple[tuple[Callable[[str, str, list[str]], bool], str], ...] = (
    (_vague_pair, "key names nothing in particular"),
    (lambda p, a, w: bool(re.fullmatch(r"(?:(?:much|far|even|ever|slightly|somewhat|a little|a bit) )?(?:more|less|fewer)"
                                       r"(?: and (?:more|less|fewer))?", " ".join(w))),
     "an amount said, not a thing"),  # "— more and more" (panel 55), "what was it speeding up? — slightly more" (panel 87)
    (_preposition_first, "a key that starts with its verb's preposition"),
    (lambda p, a, w: bool(re.fullmatch(r"(?:\w+ )?other \w+", " ".join(w))),
     "key names nothing in particular"),  # "two other airlines": which? (panel 51)
    (lambda p, a, w: bool(re.fullmatch(r"(?:a |the )?(?:small|large|tiny|huge|big|significant|trace|some) "
                                       r"(?:amounts?|quantit(?:y|ies)|numbers?|levels?)", " ".join(w))),
     "an amount, not the thing"),  # "What can leach into milk? — small amounts" (panel 57)
    (lambda p, a, w: len(w) > 2 and w[0] == "the" and w[1] in {"decision", "move", "step", "announcement", "news"}
     and w[2] in {"on", "in", "at", "to", "by", "last", "this", "yesterday", "today"},
     "key names nothing in particular"),  # "What did Trump announce? — the decision on Twitter on …" (panel 58)
    (lambda p, a, w: bool(re.fullmatch(r"the (?:more|most|less|least|larger|smaller|older|younger|bigger) "
                                       r"(?:\w+ )?of the (?:two|three|four|pair)(?: \w+)?", " ".join(w))),
     "key names nothing in particular"),  # "the more famous of the two" for a painting's name (panel 75)
    (lambda p, a, w: bool(re.fullmatch(r"(?:each|every) (?:\w+ ){0,2}\w+|(?:all|both) (?:the )?\w+", " ".join(w))),
     "key names nothing in particular"),  # "— each section" (panel 72), "— each LIGO detector" (panel 77)
    (lambda p, a, w: bool(re.fullmatch(r"(?:a|an) (?:single|one|lone) \w+", " ".join(w))),
     "key names nothing in particular"),  # "Who has won a majority on its own? — a single party" (panel 72)
    (lambda p, a, w: " ".join(w) in _STOCK_PHRASES,
     "key names nothing in particular"),  # "what will today's GM do? — the right thing" (panel 56)
    (lambda p, a, w: len(w) == 3 and w[0] == "the" and w[1] in _BACK_ADJECTIVES,
     "key names nothing in particular"),  # "the new packets": the sentence before said which (panel 53)
    (lambda p, a, w: bool(_CONTEXT_DATE.search(a)),
     "a date that leans on the sentence before"),  # "September 30 of that year" (panel 53)
    (lambda p, a, w: p.startswith("When") and bool(re.fullmatch(r"\d{1,3}", a.strip())),
     "a bare number asked with When"),  # "When would a second proposal have lowered …? — 35" (panel 51)
    (lambda p, a, w: bool(re.match(r"What (?:has |had |have )?(?:said|says|told|stated|added)\b", p)),
     "a statement asked as its own speaker"),  # "What said …? — the presidency's statement" (panel 51)
    (lambda p, a, w: w[0] in {"fewer", "more", "less", "greater", "higher", "lower"} and bool(re.search(r"\bthan\b", p)),
     "a comparison split between key and stem"),  # "… leave the line with than …? — fewer passengers"
    (lambda p, a, w: w[0] in {"no", "none", "nothing", "nobody", "neither", "any", "anything", "anyone"},
     "negated key"),  # "any part" of "had not played any part"
    (lambda p, a, w: bool(_OWNER_PRONOUNS & set(w)), "key with an unresolved owner"),
    (lambda p, a, w: bool(re.search(r"['\u2019]s?$", a.strip())),
     "a possessive without its noun"),  # "… what lasted three months? — the industry's" (panel 66)
    (_an_unnamed_role, "key names nothing in particular"),
    (_a_superlative, "key names nothing in particular"),
    (_named_in_the_stem, "key named in the stem"),
    (_repeats_the_stems_noun, "key repeats the stem's noun"),
    (_circular, "circular key"),
)


def key_without_content(prompt: str, answer: str) -> str | None:
    """A key that says nothing the stem does not (:data:`_CONTENTLESS_KEYS`):
    "no medical intervention" for "what is without risk?", "his chief
    negotiators" (whose?), "Park's actions" for "Which actions …?", "the city"
    for "Who was run by an emergency manager?"."""
    words = normalize(answer).split()
    if not words:
        return None
    return next((reason for check, reason in _CONTENTLESS_KEYS if check(prompt, answer, words)), None)


def near_duplicate(a: Question, b: Question) -> bool:
    """Same type and prompt, or the same key from the same sentence."""
    if a.type != b.type:
        return False  # across types, selection keeps two questions with one key apart
    if normalize(a.prompt) == normalize(b.prompt):
        return True
    ka, kb = a.meta.get("key_norm"), b.meta.get("key_norm")
    if ka and ka == kb and a.meta.get("sentence") == b.meta.get("sentence"):
        return True
    if a.type == b.type:
        wa, wb = set(content_words(a.prompt)), set(content_words(b.prompt))
        if wa and wb and len(wa & wb) / len(wa | wb) >= 0.85 and a.answer == b.answer:
            return True
    return False


def contextualise(ctx, q: Question) -> Question | None:
    """``q`` made answerable out of context (:func:`.referents.resolve_context`)
    and passing :func:`screen`, or None: drop the question."""
    resolved = resolve_context(ctx, q)
    return resolved if resolved is not None and screen(ctx, resolved) is None else None


def screen(ctx, q: Question) -> str | None:
    """Why a rule-built question fails the quality checks a teacher applies
    (:mod:`quizgen.quality`: the stem's grammar, the wh-word against the key's
    kind, a fragment key, options of another kind), or None."""
    if is_analysis(q):
        return ("unbalanced quotes or brackets" if unbalanced(q.prompt) else None) or gendered_giveaway(q)
    if has_checked_stem(q):
        problems = stem_problems(q.prompt, ctx.article.paragraphs)
        if problems:
            return problems[0]
    return (wh_kind_problem(q, ctx) or key_problem(q) or key_cut(q, ctx.article.paragraphs)
            or option_kind_problem(q, ctx) or gendered_giveaway(q) or demonym_giveaway(q) or _object_as(q)
            or _name_read_as_verb(ctx, q))


def _name_read_as_verb(ctx, q: Question) -> str | None:
    """A stem built on a name the parser read as a verb ("Leaders of Rhodes
    Must Fall called …" gave "Who Must Fall called …?", panel 43): a
    capitalised verb inside the sentence, right after a capitalised word,
    with the stem keeping the verb but not the word before it."""
    if q.type not in ("short_answer", "multiple_choice"):
        return None
    for e in q.evidence:
        for info in ctx.sents:
            if info.paragraph != e.paragraph or not (info.sentence.start < e.end and e.start < info.sentence.end):
                continue
            for tok in info.span[1:]:
                prev = tok.doc[tok.i - 1]
                if tok.pos_ in ("VERB", "AUX") and tok.is_title and prev.is_title and prev.pos_ == "PROPN" \
                        and re.search(rf"\b{re.escape(tok.text)}\b", q.prompt) \
                        and not re.search(rf"\b{re.escape(prev.text)} {re.escape(tok.text)}\b", q.prompt):
                    return "a name read as a verb"
    return None


#: "What did Obokata describe? — the flaws as honest mistakes": the key carries the complement.
_AS_VERBS = re.compile(r"\b(?:describe|call|see|regard|view|treat|brand|label|dismiss|hail|portray|present)\?$")


def _object_as(q: Question) -> str | None:
    """An object asked without its "as" complement, which then rides in the key (panel 41)."""
    if q.type == "short_answer" and isinstance(q.answer, str) and " as " in f" {q.answer} " \
            and _AS_VERBS.search(q.prompt):
        return "the object's complement in the key"
    return None


def demonym_giveaway(q: Question) -> str | None:
    """"Irish Prime Minister Leo Varadkar said ______ would vote against it" —
    Ireland: the stem names the key's country by its adjective."""
    if not isinstance(q.answer, str) or not place_level(q.answer):
        return None
    stem = q.prompt.replace(BLANK, " ")
    if any(demonym_of(w, q.answer) for w in re.findall(r"\b[A-Z][a-z]+\b", stem)):
        return "key named by its adjective in the stem"
    return None


#: Nouns whose "to"-infinitive completes them: "a way" of "a way to be heard".
_NEEDS_INFINITIVE = r"\b(?:way|ways|chance|right|need|attempt|effort|plan|decision|ability|opportunity|power|" \
    r"reason|time|place|bid|move|promise|pledge|call|order|request|tool|means)$"


def key_cut(q: Question, paragraphs: list[str]) -> str | None:
    """A key cut out of a longer written form: inside a hyphenated word
    ("Cuban vice" of "Cuban vice-premier"), or a name the evidence
    capitalises given in lower case ("belgian winger Eden Hazard")."""
    if not isinstance(q.answer, str) or q.type not in ("multiple_choice", "short_answer", "cloze"):
        return None
    key = q.answer.strip()
    evidence = " ".join(e.text for e in q.evidence)
    at = evidence.find(key)
    if at >= 0 and re.match(r"\s+(?:that|which|who|whose|where)\b", evidence[at + len(key):]):
        return "key cut before its relative clause"  # "only the schools" (that receive a high fee)
    if at >= 0 and q.type != "cloze" and re.search(_NEEDS_INFINITIVE, key) \
            and re.match(r"\s+to\s+[a-z]", evidence[at + len(key):]):
        return "key cut before its infinitive"  # "a remarkably powerful way" (to be heard)
    if at >= 0 and (re.match(r"-\w", evidence[at + len(key):at + len(key) + 2])
                    or re.search(r"\w-$", evidence[max(0, at - 2):at])):
        return "key cut inside a hyphenated word"
    for word in re.findall(r"[a-z][a-z]+", key):
        cap = word[:1].upper() + word[1:]
        if re.search(rf"[a-z,;]\s+{cap}\b", evidence) and not re.search(rf"\b{word}\b", evidence):
            return "key gives a name in lower case"
    return None


_FEMININE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def gendered_giveaway(q: Question) -> str | None:
    """"Who said her company would appeal?" among three men's names: the
    pronoun, not the article, picks the key (the article's names carry no
    gender the engine could match, so the question is not asked)."""
    if q.type == "multiple_choice" and wh_of(q.prompt) == "who" and _FEMININE.search(outside_quotes(q.prompt)):
        return "a pronoun gives the key away"
    return None
