"""Words for places: the head nouns of place names and the prepositions that
introduce a place (written for quizgen; no outside source)."""
from __future__ import annotations

import functools
import re
import unicodedata

#: Head nouns of place names the small model often leaves untagged ("the Grand Mosque").
PLACE_NOUNS = frozenset(["mosque", "church", "cathedral", "temple", "synagogue", "chapel", "school", "university", "college", "hospital", "stadium", "arena", "centre", "center", "park", "square", "street", "avenue", "road", "bridge", "airport", "station", "harbour", "harbor", "port", "museum", "palace", "castle", "hall", "building", "tower", "library", "theatre", "theater", "hotel", "prison", "embassy", "market", "mall", "plaza", "river", "lake", "sea", "ocean", "bay", "island", "mountain", "valley", "desert", "forest", "beach", "coast", "border", "province", "region", "district", "county", "city", "town", "village", "capital", "base", "camp", "observatory",
                         "cave", "tunnel", "glacier", "volcano", "canyon", "reef", "dam", "canal", "peninsula", "hill",
                         "ridge", "cliff", "waterfall", "lagoon", "strait", "gulf", "crater", "regency", "prefecture",
                         "governorate", "commune", "territory"])

#: Prepositions whose object is a place when it is a named place ("in Oslo", "to the harbour").
PLACE_PREPS = frozenset({"in", "at", "into", "to", "from", "near", "inside", "outside", "across", "on",
                         "onto", "toward", "towards", "throughout"})

#: Countries and their capitals (general knowledge, as of 2024).  A capital
#: stands for its state in the news ("Pyongyang said …"), so the two are never
#: options beside each other.
CAPITALS = {
    "afghanistan": "kabul", "albania": "tirana", "algeria": "algiers", "andorra": "andorra la vella",
    "angola": "luanda", "argentina": "buenos aires", "armenia": "yerevan", "australia": "canberra",
    "austria": "vienna", "azerbaijan": "baku", "bahamas": "nassau", "bahrain": "manama",
    "bangladesh": "dhaka", "barbados": "bridgetown", "belarus": "minsk", "belgium": "brussels",
    "belize": "belmopan", "benin": "porto-novo", "bhutan": "thimphu", "bolivia": "la paz",
    "bosnia and herzegovina": "sarajevo", "botswana": "gaborone", "brazil": "brasilia", "brunei": "bandar seri begawan",
    "bulgaria": "sofia", "burkina faso": "ouagadougou", "burundi": "gitega", "cambodia": "phnom penh",
    "cameroon": "yaounde", "canada": "ottawa", "cape verde": "praia", "central african republic": "bangui",
    "chad": "n'djamena", "chile": "santiago", "china": "beijing", "colombia": "bogota", "comoros": "moroni",
    "congo": "brazzaville", "democratic republic of the congo": "kinshasa", "costa rica": "san jose",
    "croatia": "zagreb", "cuba": "havana", "cyprus": "nicosia", "czech republic": "prague",
    "denmark": "copenhagen", "djibouti": "djibouti", "dominican republic": "santo domingo",
    "ecuador": "quito", "egypt": "cairo", "el salvador": "san salvador", "equatorial guinea": "malabo",
    "eritrea": "asmara", "estonia": "tallinn", "eswatini": "mbabane", "ethiopia": "addis ababa",
    "fiji": "suva", "finland": "helsinki", "france": "paris", "gabon": "libreville", "gambia": "banjul",
    "georgia": "tbilisi", "germany": "berlin", "ghana": "accra", "greece": "athens", "guatemala": "guatemala city",
    "guinea": "conakry", "guinea-bissau": "bissau", "guyana": "georgetown", "haiti": "port-au-prince",
    "honduras": "tegucigalpa", "hungary": "budapest", "iceland": "reykjavik", "india": "new delhi",
    "indonesia": "jakarta", "iran": "tehran", "iraq": "baghdad", "ireland": "dublin", "israel": "jerusalem",
    "italy": "rome", "ivory coast": "yamoussoukro", "jamaica": "kingston", "japan": "tokyo", "jordan": "amman",
    "kazakhstan": "astana", "kenya": "nairobi", "kiribati": "tarawa", "kosovo": "pristina", "kuwait": "kuwait city",
    "kyrgyzstan": "bishkek", "laos": "vientiane", "latvia": "riga", "lebanon": "beirut", "lesotho": "maseru",
    "liberia": "monrovia", "libya": "tripoli", "liechtenstein": "vaduz", "lithuania": "vilnius",
    "luxembourg": "luxembourg", "madagascar": "antananarivo", "malawi": "lilongwe", "malaysia": "kuala lumpur",
    "maldives": "male", "mali": "bamako", "malta": "valletta", "mauritania": "nouakchott", "mauritius": "port louis",
    "mexico": "mexico city", "moldova": "chisinau", "monaco": "monaco", "mongolia": "ulaanbaatar",
    "montenegro": "podgorica", "morocco": "rabat", "mozambique": "maputo", "myanmar": "naypyidaw",
    "namibia": "windhoek", "nepal": "kathmandu", "netherlands": "amsterdam", "new zealand": "wellington",
    "nicaragua": "managua", "niger": "niamey", "nigeria": "abuja", "north korea": "pyongyang",
    "north macedonia": "skopje", "norway": "oslo", "oman": "muscat", "pakistan": "islamabad", "palestine": "ramallah",
    "panama": "panama city", "papua new guinea": "port moresby", "paraguay": "asuncion", "peru": "lima",
    "philippines": "manila", "poland": "warsaw", "portugal": "lisbon", "qatar": "doha", "romania": "bucharest",
    "russia": "moscow", "rwanda": "kigali", "samoa": "apia", "saudi arabia": "riyadh", "senegal": "dakar",
    "serbia": "belgrade", "seychelles": "victoria", "sierra leone": "freetown", "singapore": "singapore",
    "slovakia": "bratislava", "slovenia": "ljubljana", "solomon islands": "honiara", "somalia": "mogadishu",
    "south africa": "pretoria", "south korea": "seoul", "south sudan": "juba", "spain": "madrid",
    "sri lanka": "colombo", "sudan": "khartoum", "suriname": "paramaribo", "sweden": "stockholm",
    "switzerland": "bern", "syria": "damascus", "taiwan": "taipei", "tajikistan": "dushanbe",
    "tanzania": "dodoma", "thailand": "bangkok", "timor-leste": "dili", "togo": "lome", "tonga": "nuku'alofa",
    "trinidad and tobago": "port of spain", "tunisia": "tunis", "turkey": "ankara", "turkmenistan": "ashgabat",
    "tuvalu": "funafuti", "uganda": "kampala", "ukraine": "kyiv", "united arab emirates": "abu dhabi",
    "united kingdom": "london", "united states": "washington", "uruguay": "montevideo", "uzbekistan": "tashkent",
    "vanuatu": "port vila", "vatican city": "vatican city", "venezuela": "caracas", "vietnam": "hanoi",
    "yemen": "sanaa", "zambia": "lusaka", "zimbabwe": "harare",
}
#: Other names of countries (and of capitals) used in the news.
COUNTRY_ALIASES = {
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "united states of america": "united states", "uk": "united kingdom",
    "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "england": "united kingdom", "scotland": "united kingdom", "wales": "united kingdom",
    "republic of korea": "south korea", "korea": "south korea", "dprk": "north korea",
    "democratic people's republic of korea": "north korea", "burma": "myanmar", "holland": "netherlands",
    "the netherlands": "netherlands", "czechia": "czech republic", "cote d'ivoire": "ivory coast",
    "uae": "united arab emirates", "prc": "china", "people's republic of china": "china",
    "russian federation": "russia", "soviet union": "russia", "ussr": "russia", "drc": "democratic republic of the congo",
    "the gambia": "gambia", "the philippines": "philippines", "the maldives": "maldives", "the bahamas": "bahamas",
    "kiev": "kyiv", "peking": "beijing", "bombay": "mumbai", "washington, d.c.": "washington",
    "washington d.c.": "washington", "washington dc": "washington",
}
#: First-level divisions often named in the news: US states, Canadian provinces, Australian states.
STATES = frozenset(["alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "ontario", "quebec", "alberta", "manitoba", "saskatchewan", "yukon", "nunavut", "queensland", "victoria", "tasmania"]) | {"new hampshire", "new jersey", "new mexico", "new york state", "north carolina",
                                  "north dakota", "rhode island", "south carolina", "south dakota",
                                  "west virginia", "british columbia", "nova scotia", "new brunswick",
                                  "newfoundland and labrador", "prince edward island", "northwest territories",
                                  "new south wales", "western australia", "south australia", "northern territory"}
#: Continents and large world regions.
REGIONS = frozenset({"africa", "asia", "europe", "north america", "south america", "latin america", "antarctica",
                     "oceania", "the middle east", "middle east", "the pacific", "pacific", "the caribbean",
                     "caribbean", "southeast asia", "east asia", "central asia", "south asia", "western europe",
                     "eastern europe", "the balkans", "scandinavia", "the arctic", "arctic", "sub-saharan africa",
                     "west africa", "east africa", "north africa", "the pacific rim", "pacific rim"})
#: Oceans, seas and other bodies of water.
WATERS = frozenset({"pacific ocean", "atlantic ocean", "indian ocean", "arctic ocean", "southern ocean",
                    "mediterranean", "mediterranean sea", "red sea", "black sea", "caspian sea", "north sea",
                    "baltic sea", "south china sea", "east china sea", "yellow sea", "sea of japan",
                    "persian gulf", "gulf of mexico", "caribbean sea", "the pacific ocean", "the atlantic"})


def place_level(name: str) -> str | None:
    """"country", "state", "region" or "water" for a known place name, else None
    (a city, town or site)."""
    key = _key(name)
    if key in CAPITALS or COUNTRY_ALIASES.get(key) in CAPITALS:
        return "country"
    if key in STATES:
        return "state"
    if key in REGIONS:
        return "region"
    if key in WATERS:
        return "water"
    return None


def is_capital(name: str) -> bool:
    """A national capital of the gazetteer ("Pyongyang", "Stockholm")."""
    return _key(name) in _CAPITAL_OF


def same_state(a: str, b: str) -> bool:
    """One name is the other's capital or another name of the same country
    ("Pyongyang" / "North Korea", "Britain" / "the United Kingdom")."""
    ka, kb = _country(_key(a)), _country(_key(b))
    if ka and kb and ka == kb:
        return True
    capital_of = _CAPITAL_OF
    return (ka is not None and CAPITALS.get(ka) == _key(b)) or (kb is not None and CAPITALS.get(kb) == _key(a)) \
        or (capital_of.get(_key(a)) is not None and capital_of.get(_key(a)) == kb) \
        or (capital_of.get(_key(b)) is not None and capital_of.get(_key(b)) == ka)


_CAPITAL_OF = {capital: country for country, capital in CAPITALS.items()}


def speaks_for_the_state(place: str, body: str) -> bool:
    """``place`` is a country or its capital and ``body`` one of that country's
    institutions ("Beijing" and "China's Ministry of Commerce", "Moscow" and
    "the Russian foreign ministry"): as options both are right (panel 74)."""
    key = _key(place)
    state = _country(key) or _CAPITAL_OF.get(key)
    if state is None or _key(body) == key:
        return False
    words = re.findall(r"[A-Za-z][\w-]*", body)
    text = " " + " ".join(w.lower() for w in words) + " "
    return f" {state} " in text or any(demonym_of(w, state) for w in words)


def _country(key: str) -> str | None:
    if key in CAPITALS:
        return key
    return COUNTRY_ALIASES.get(key) if COUNTRY_ALIASES.get(key) in CAPITALS else None


@functools.lru_cache(maxsize=8192)
def _key(name: str) -> str:
    key = " ".join(name.lower().replace("\u2019", "'").split())
    # "Reykjavík" / "Reykjavik", "Bogotá" / "Bogota": writers differ on accents
    key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    for article in ("the ",):
        if key.startswith(article) and key not in COUNTRY_ALIASES:
            key = key[len(article):]
    return key

#: Place nouns that head a site's own name ("the Temple of Taposiris Magna",
#: "Lake of the Woods"): the name is a place, never an organisation or person.
#: Institution nouns (school, embassy, hospital …) are left out: their names
#: also act as organisations ("the University of Oslo said …").
SITE_NOUNS = frozenset({"mosque", "church", "cathedral", "temple", "synagogue", "chapel", "stadium", "arena",
                        "park", "square", "street", "avenue", "road", "bridge", "harbour", "harbor", "palace",
                        "castle", "tower", "plaza", "river", "lake", "sea", "ocean", "bay", "island",
                        "mountain", "valley", "desert", "forest", "beach", "coast", "gulf", "strait"})


#: Demonyms whose country does not begin with their stem ("French" / "France").
_DEMONYM_COUNTRY = {"french": "france", "dutch": "netherlands", "welsh": "wales", "swiss": "switzerland",
                    "greek": "greece", "filipino": "philippines", "danish": "denmark", "finnish": "finland",
                    "spanish": "spain", "irish": "ireland", "british": "britain", "icelandic": "iceland",
                    "peruvian": "peru", "chilean": "chile", "argentine": "argentina", "thai": "thailand",
                    "scottish": "scotland", "english": "england", "norwegian": "norway",
                    "american": "united states"}
_DEMONYM_END = re.compile(r"(?:ish|ian|an|ese|i|ic)$")


def demonym_of(word: str, place: str) -> bool:
    """``word`` is the adjective of ``place`` ("Irish" / "Ireland", "Brazilian" /
    "Brazil", "German" / "Germany"): a stem naming one gives the other away."""
    w, p = word.lower(), _key(place)
    if w == p or not word[:1].isupper():
        return False
    if _DEMONYM_COUNTRY.get(w) == p:
        return True
    p = re.sub(r"^(?:north|south|east|west)(?:ern)? ", "", p)  # "South Korean" / "South Korea"
    w = re.sub(r"^(?:north|south|east|west)(?:ern)? ", "", w)
    stem = _DEMONYM_END.sub("", w)
    return _DEMONYM_END.search(w) is not None and len(stem) >= 3 and p.startswith(stem) \
        and len(p) - len(stem) <= 3


#: Bodies of the solar system the small model tags as organisations or places
#: ("must orbit the Sun" -> "Which organisation …?"): things, not bodies of people.
CELESTIAL_BODIES = frozenset("""
sun moon earth mercury venus mars jupiter saturn uranus neptune pluto ceres eris
""".split())

#: Head words of names of instruments and craft ("the Spitzer Space Telescope", "the
#: Mars Reconnaissance Orbiter"): things that observe or travel, never a "Who" (panel 87).
INSTRUMENT_NOUNS = frozenset("telescope telescopes satellite satellites probe probes rover rovers spacecraft "
                             "orbiter orbiters lander landers observatory detector detectors camera cameras "
                             "instrument instruments".split())

#: Kinds of administrative area a name can end in ("the Australian Capital
#: Territory", "Western Province"): asked with "Which territory …?", never "Who".
ADMINISTRATIVE_AREAS = frozenset("territory state province region county district canton prefecture "
                                 "municipality governorate oblast emirate".split())
