"""Words that show what kind of organisation a name is (written for quizgen)."""
from __future__ import annotations

#: Words in the names of news outlets ("The Daily Post", "Radio North", "Yonhap News Agency").
MEDIA_NAME_WORDS = frozenset({"news", "times", "post", "press", "herald", "journal", "daily", "tribune",
                              "telegraph", "guardian", "gazette", "chronicle", "observer", "independent",
                              "radio", "tv", "television", "broadcasting", "broadcaster", "channel", "magazine",
                              "newspaper", "wire", "reporter", "mail", "express", "courier", "examiner",
                              "bulletin", "dispatch", "wikinews", "reuters", "bbc", "cnn", "nbc", "abc", "cbs",
                              "fox", "afp", "ap", "xinhua", "yonhap", "kcna", "al-jazeera", "al-arabiya",
                              "bloomberg", "itar-tass", "tass", "interfax", "ria", "nhk", "msnbc", "npr", "pbs"})
#: Common nouns naming a news outlet: "the news agency Yonhap", "the broadcaster NHK".
MEDIA_NOUNS = frozenset({"agency", "newspaper", "paper", "daily", "broadcaster", "network", "channel", "station",
                         "magazine", "outlet", "website", "site", "tabloid", "weekly", "wire", "service"})
#: Words in the names of public bodies ("the Senate", "Ministry of Health", "the
#: Constitutional Council"): an option for a company or a club is never one of these.
PUBLIC_BODY_WORDS = frozenset({"parliament", "senate", "congress", "assembly", "ministry", "department", "government",
                               "council", "court", "tribunal", "police", "army", "navy", "military", "commission",
                               "committee", "cabinet", "house", "legislature", "presidency", "office", "bureau",
                               "authority", "administration", "state", "municipality", "embassy", "consulate",
                               "parliamentary", "federal", "treasury", "exchequer"})

#: Courts and those who sit in them: what they do is rule, which is no position
#: a side takes ("Who ruled …? — the court" is obvious; "the position taken by
#: the court" has no fitting label; panels 64 and 69).
BENCH_NOUNS = frozenset("court tribunal judge judges jury panel justice justices magistrate arbitrator".split())

#: Nouns a news text uses to refer back to a body it has named ("Monarch, the
#: UK's fifth-largest airline, … The airline said").  Each refers back only
#: to a body named with the same noun: a company may be an airline, a law
#: firm is no bank, so no noun stands in for another.
BACK_REFERENCE_NOUNS = frozenset("""
company firm corporation airline carrier bank retailer manufacturer carmaker automaker insurer operator
broadcaster publisher developer union party agency ministry department regulator watchdog administration
authority commission charity organisation organization association foundation council club university hospital
""".split())
