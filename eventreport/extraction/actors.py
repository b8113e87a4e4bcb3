"""Actors named in a sentence, normalised to ACLED-style names with their inter codes.

Names come from `data/lexicons/actors.csv`: named groups with their aliases (IRGC /
Revolutionary Guard Corps, PMF / Hashd al-Shaabi, Kataib Hezbollah / Hizbollah, ...),
ACLED's period names for state forces and governments ("Military Forces of the United
States (2017-2021)"), and templates for the rest ("Police Forces of {country}",
"Civilians ({country})") whose country comes from a demonym or country name next to the
alias ("Iraqi police", "Iran's foreign minister") or else from where the event happened.
Within one noun phrase the head wins ("the Baath government" is the government). People the
article introduces with their organisation ("Kataib Hezbollah commander Abu Ali Tahir") are
remembered, so their later mentions (a post signed "AbuAliTahir") name the actor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from .. import places, wordlists
from ..names import name_key, undated
from . import lexicon
from .lexicon import Actor

STATE_KINDS = frozenset({"military", "police", "government"})
SPEAKERLESS_KINDS = frozenset({"monitor", "ngo", "media", "medical"})
"""Actors whose statements are casualty reports (claims), never events of their own (see
data/events/CURATION.md)."""
ARMED_KINDS = frozenset({"military", "police", "militia", "rebels", "unidentified"})
"""Actors that bear arms: an attack on one of them is a battle, not violence against civilians
(ACLED)."""
NON_STATE_ARMED_KINDS = ARMED_KINDS - STATE_KINDS
"""Armed groups that are not the state's forces, named or not: rebels, militias, 'gunmen'."""
FORCE_KINDS = ARMED_KINDS & STATE_KINDS
"""The state's armed forces: the military and the police."""
GROUP_KINDS = frozenset({"militia", "rebels", "criminal"})
"""Kinds of named non-state armed groups: their name before 'militants' is the actor."""
EXTERNAL_FORCES = 8
UNKNOWN_COUNTRY = "unknown country"
"""Fills a template when the text places the event nowhere: 'Unidentified Armed Group (unknown
country)'."""
PERSON = re.compile(
    r"\s+((?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|bin|ibn)(?:\s+(?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|bin|ibn|de)){1,4})"
)
PLACE_NOUN = lexicon.Rule(r"\s+(?:{settlement}|{civilian_place}|capital)\b", re.I)
"""A place noun right after a country word: 'Nigerian village' and 'the Polish capital' are
places, not Nigeria's or Poland's forces."""
CAPITAL_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
CAPITAL_SPEAKS = lexicon.Rule(
    r"\s+(?:\w+ly\s+)?(?:(?:has|had|have|was|is|were)\s+(?:also\s+)?)?"
    r"(?:{reporting_verb}|{speech_act_verb})\b",
    re.IGNORECASE,
)
"""A verb of speaking right after a name: 'Moscow condemned', 'Pyongyang has warned'."""
CLOTHING = lexicon.Rule(r"\s+(?:{clothing_word})\b", re.IGNORECASE)
"""'Gunmen in military fatigues and masks': a uniform names no actor."""
INSTITUTION_NAME = lexicon.Rule(
    r"(?:\s+[A-Z][\w'’-]*){{1,4}}(?:\s+[a-z]+)?\s+(?i:{civilian_place})\b"
)
"""The rest of a school's or a market's name after a capitalised actor word ('the Government
Science secondary school'): the word is part of a place's name, no actor."""
MINOR_UNIT = lexicon.Rule(r"\b(?:{minor_unit})\b", re.I)
"""'Kaura local government area': the unit's words name a place, so its 'government' is no
actor."""
ORGANISATION = lexicon.Rule(
    r"(?<![\w'’])(?P<name>(?:[A-Z][\w-]+\s+){{0,4}}(?P<head>{armed_org_head}|{political_org_head})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w-]+){{0,4}})?)\b"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z-]{{1,7}})\))?"
)
"""A capitalised name of an organisation, with its acronym in brackets: 'the Maldivian Democratic
Party (MDP)', 'the National Council of Chiefs', 'the Front for the Restoration of Unity and
Democracy (FRUD)'; a bare head ('Army spokesman') names none."""
NAMED_GROUP = lexicon.Rule(
    r"\b(?i:a|an|the)\s+(?:[a-z-]+\s+){{0,3}}?(?i:{armed_group_adjective})\s+(?:{named_group_head})"
    r"(?:,\s*|\s+(?:{naming_word})\s+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})"
)
"""'a newly formed militant group, Jaish-e-Fursan-e-Muhammad, claimed responsibility': an armed
group the text names with its kind, rebels (ACLED inter 2) when the lexicon lacks it."""
ARMED_HEAD = lexicon.Rule(r"(?:{armed_org_head})")
FORMER_LEADER = lexicon.Rule(
    r"\b(?i:{past_office})[\s-]+(?i:{office_title})\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
)
"""'former President Evo Morales': a leader out of office, who speaks for his supporters."""
TITLE = lexicon.Rule(r"\s+(?:[a-z]+\s+){{0,3}}?(?:(?:{title})\.?\s+){{0,2}}(?:{title})\b\.?", re.I)
POSSESSIVE_S = re.compile(r"['’]s$")
"""The possessive ending of a name ('Ramzan Kadyrov's home village') or of a date phrase that
possesses the act it dates ('last Sunday's bombing')."""
PERSON_BEFORE_COMMA = (
    r"(?:^|(?<=[\s“\"])(?!(?:In|At|From|On|For|By|With)\b))"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+"
)
"""A person's name closed by the comma of an appositive, not a place a sentence opens with ('In
Kabul, the minister said'): the fragment APPOSED_PERSON and TITLED_FOR share."""
APPOSED_PERSON = lexicon.Rule(
    r"{person}(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}$", person=PERSON_BEFORE_COMMA
)
"""A person named before the title in an appositive ('Quoting Munkhorgil, the minister of justice
and home affairs, ...')."""
TITLED_FOR = lexicon.Rule(
    r"{person}(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}(?:{title})\s+(?:for|of|to)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}$",
    person=PERSON_BEFORE_COMMA,
)
"""A person whose title ties them to the party named after it ('Abdu Abdullah Magli, spokesman for
the Yemeni Armed Forces'): 'Magli warned' later speaks for the armed forces."""
LEADING_PARTICIPLE = re.compile(r"^[A-Z][a-z]+ing\s+")
"""A capitalised participle that opens the sentence before the name ('Quoting Munkhorgil')."""
APPOSITION_END = re.compile(r"\s+of\b|\s*,")
"""What follows the title of an appositive: its office's scope ('the minister of justice') or the
comma that closes it."""
PATRON_AFTER = lexicon.Rule(r"(?i)^-(?:{patron_after})\b")
"""'al-Qaida-linked', 'Iran-backed': the name before the hyphen is a patron, not who acts."""
PATRON_BEFORE = lexicon.Rule(r"(?i)\b(?:{patron_before})\s+(?:the\s+)?$")
"""'a group linked to al-Qaeda', 'backed by Rwanda': the name after is a patron, not who acts."""
ORIGIN = lexicon.Rule(
    r"(?i)\b(?:{irregular_fighter}|{people_on_the_move})\s+(?:[\w-]+\s+)?from\s+(?:the\s+)?"
    r"(?:nearby\s+|neighbou?ring\s+)?$"
)
"""'attackers from Burkina Faso', 'gunmen coming from Mali', 'migrants from nearby Mali': the
country after is where they came from."""
POLICING = lexicon.Rule(r"(?i)\b(?:{policing_forces})$")
"""'security forces', 'Guinea security forces' (`policing`)."""
MINISTRY = lexicon.Rule(r"(?i)\b(?:{defence_ministry})\b")
"""'the defence ministry', 'the Pentagon' (`ministry`)."""
PAST_OFFICE = lexicon.Rule(r"(?i)\b(?:{past_office})[\s-]+$")
"""'former', 'deposed' right before a title: its holder no longer speaks for the office."""
TITLE_WORD = lexicon.Rule(r"(?i)\b(?:{title})\b")
"""A title word (words.csv's class `title`) anywhere: an office whose holder speaks for a party
even unnamed ('the supreme leader said'); after a name's first word, a person, not a place."""
PERSON_BEFORE = lexicon.Rule(
    r"(?:(?i:\b(?:{title}))[.]?|[a-z],)\s+(?P<first>[A-Z][a-z]{{2,}})\s+$"
)
"""A capitalised first name right after a title or an apposition's comma, ending the text before a
country's name ('spokesman, Tengku ', 'Brigadier-General Badrodin ')."""


@dataclass(frozen=True)
class Mention:
    """Words that name an actor: the candidate actors (several when ACLED names them by period) and
    a country."""

    text: str
    start: int
    end: int
    actors: tuple[Actor, ...]
    country_iso3: str | None

    @property
    def country_only(self) -> bool:
        """'Iran', 'the US', 'Iraqi': a country standing for its government or forces."""
        return not self.actors


@dataclass(frozen=True)
class Resolved:
    """An actor as an events row names it."""

    name: str
    inter: int
    country_iso3: str
    kind: str
    short: str
    anonymous: bool = False
    """A party the text does not identify: an unidentified group, a crowd, civilians (a template
    of a kind that is no state's)."""
    seat: str = ""
    """The town the actor speaks from when it is not its country's capital (actors.csv)."""


@dataclass
class Memory:
    """People the article has tied to an actor, by their squashed name and their surname."""

    people: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    coalition: Mention | None = None

    def learn(self, text: str, offset: int, mentions: list[Mention]) -> None:
        """Remember 'ORG title Firstname Lastname' pairs of one sentence (`text` starts at
        `offset`); a template's person ('army Brig. Gen. Agustin Demaala') too, whose country is
        filled where they act; and a person the title follows ('Munkhorgil, the minister of
        justice,')."""
        for mention in mentions:
            if mention.country_only:
                continue
            apposed = _apposed_person(mention, text, offset)
            if apposed:
                self.people[name_key(apposed, joined=True)] = mention.actors
                self.people[name_key(apposed.split()[-1], joined=True)] = mention.actors
            rest = text[mention.end - offset :]
            title = TITLE.match(rest)
            if title:
                person = PERSON.match(rest[title.end() :])
            else:  # the alias is itself the title: 'President Paul Kagame'
                person = PERSON.match(rest) if _holds_office(mention, text, offset) else None
            if person:
                name = POSSESSIVE_S.sub("", person.group(1))
                self.people[name_key(name, joined=True)] = mention.actors
                self.people[name_key(name.split()[-1], joined=True)] = mention.actors

    def learn_organisations(self, text: str, taken: list[tuple[int, int]]) -> None:
        """Remember the organisations a sentence names that the actor lexicon lacks, by their
        name and the acronym the text gives them, so that 'the MDP condemned' later speaks for
        'the Maldivian Democratic Party (MDP)', and the armed groups it names with their kind ('a
        newly formed militant group, Jaish-e-Fursan-e-Muhammad'). A name that holds a known actor
        or country stays that actor's ('the Pakistan Muslim League-Nawaz leader')."""
        for match in ORGANISATION.finditer(text):
            if match.group("name") == match.group("head") or any(
                a < match.end("name") and match.start("name") < b for a, b in taken
            ):
                continue
            name, acronym = match.group("name"), match.group("acronym")
            armed = bool(ARMED_HEAD.regex.fullmatch(match.group("head")))
            actor = Actor(
                name=f"{acronym}: {name}" if acronym else name,
                short=acronym or name,
                inter=2 if armed else 3,
                country_iso3="",
                kind="rebels" if armed else "party",
                valid_from=None,
                valid_to=None,
            )
            self._remember(actor, name, name.split(" of ")[0], acronym)
        for match in NAMED_GROUP.finditer(text):
            name = match.group("name")
            if not any(a < match.end("name") and match.start("name") < b for a, b in taken):
                self._remember(
                    Actor(name, name, 2, "", "rebels", valid_from=None, valid_to=None), name
                )

    def learn_former_leaders(self, text: str) -> None:
        """Remember the leaders a sentence names as out of office ('former President Evo
        Morales'): no longer the government's voice, but a political leader, whose condemnation
        or accusation is an event (CURATION.md's statement rule 1), named as ACLED names the
        side that follows him, by name and surname."""
        for match in FORMER_LEADER.finditer(text):
            name = POSSESSIVE_S.sub("", match.group("name"))
            actor = Actor(
                name=f"Supporters of {name}",
                short=name,
                inter=3,
                country_iso3="",
                kind="party",
                valid_from=None,
                valid_to=None,
            )
            self._remember(actor, name, name.split()[-1])

    def learn_coalition(self, mentions: list[Mention]) -> None:
        """Remember the coalition a country leads ('the Saudi-led coalition'): the article's later
        'coalition' and 'coalition forces' are its forces, not the US-led one the lexicon knows."""
        self.coalition = next(
            (m for m in mentions if LED_COALITION.search(m.text)), self.coalition
        )

    def find_coalition(self, text: str, offset: int) -> list[Mention]:
        """Mentions of the remembered coalition ('Coalition warplanes struck ...'), but for the
        words of a coalition a country leads, which name their own."""
        if self.coalition is None:
            return []
        led = [(m.start(), m.end()) for m in LED_COALITION.finditer(text)]
        return [
            Mention(
                m.group(),
                offset + m.start(),
                offset + m.end(),
                self.coalition.actors,
                self.coalition.country_iso3,
            )
            for m in COALITION.finditer(text)
            if not any(a <= m.start() < b for a, b in led)
        ]

    def _remember(self, actor: Actor, *keys: str | None) -> None:
        """Tie each non-empty name to an actor the lexicon lacks, unless the name is taken."""
        for key in filter(None, keys):
            self.people.setdefault(name_key(key, joined=True), (actor,))

    def find(self, text: str, offset: int) -> list[Mention]:
        """Mentions of remembered people in `text`."""
        found = []
        for match in re.finditer(
            r"(?<!\()(?:[A-Z][\w-]+['’]s\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", text
        ):
            name = match.group("name")  # after an owner: 'Vanuatu's National Council'
            actors = self.people.get(name_key(name, joined=True)) or self.people.get(
                name_key(POSSESSIVE_S.sub("", name), joined=True)
            )
            if actors:
                start, end = offset + match.start("name"), offset + match.end("name")
                found.append(Mention(name, start, end, actors, None))
        return found


def _apposed_person(mention: Mention, text: str, offset: int) -> str | None:
    """The person an office title stands in apposition to ('Munkhorgil, the minister of justice
    and home affairs,'), or whose title is of or for the party ('Magli, spokesman for the Yemeni
    Armed Forces'), if any."""
    titled = TITLED_FOR.search(text[: mention.start - offset])
    if titled:
        return LEADING_PARTICIPLE.sub("", titled.group("name"))
    if not _holds_office(mention, text, offset):
        return None
    person = APPOSED_PERSON.search(text[: mention.start - offset])
    closed = APPOSITION_END.match(text[mention.end - offset :])
    if not (person and closed):
        return None
    return LEADING_PARTICIPLE.sub("", person.group("name"))


def _holds_office(mention: Mention, text: str, offset: int) -> bool:
    """Whether a mention is a title its holder speaks for a party with: 'President' in 'President
    Paul Kagame', 'police chief' in 'Badrodin Haiti, the provincial police chief', not in 'deposed
    President Manuel Zelaya' (`past_office`)."""
    before = text[: mention.start - offset]
    title = mention.text.rsplit(maxsplit=1)[-1] if mention.text.strip() else ""
    return bool(TITLE_WORD.fullmatch(title)) and not PAST_OFFICE.search(before)


def find(text: str, offset: int, memory: Memory | None = None) -> list[Mention]:
    """Actor mentions in a sentence, one per noun phrase, with the country of a neighbouring
    demonym; with `memory`, also the people and groups the article named before, and the
    owners of places ('President Ramzan Kadyrov's home village') remembered."""
    found, owners = _in_text(text)
    mentions = _shifted(found, offset)
    if memory is None:
        return mentions
    memory.learn(text, offset, _shifted(owners, offset))
    memory.learn_organisations(text, [(m.start, m.end) for m in found if not m.country_only])
    memory.learn_former_leaders(text)
    memory.learn_coalition(mentions)
    mentions = _with_coalition(mentions, memory.find_coalition(text, offset), text, offset)
    remembered = memory.find(text, offset)
    mentions = [
        m
        for m in mentions
        if not (m.country_only and any(r.start <= m.start < r.end for r in remembered))
    ]  # 'Haiti said', after 'Brigadier-General Badrodin Haiti, the provincial police chief'
    taken = [(m.start, m.end) for m in mentions]
    mentions += [m for m in remembered if not any(a <= m.start < b for a, b in taken)]
    return sorted(mentions, key=lambda m: m.start)


def _with_coalition(
    mentions: list[Mention], coalition: list[Mention], text: str, offset: int
) -> list[Mention]:
    """A sentence's mentions with the remembered coalition's in place of what the lexicon read in
    their words; a head noun right after joins it ('Coalition warplanes')."""
    kept = sorted(
        [m for m in mentions if not any(c.start <= m.start < c.end for c in coalition)]
        + coalition,
        key=lambda m: m.start,
    )
    joined: list[Mention] = []
    for mention in kept:
        previous = joined[-1] if joined else None
        if (
            previous in coalition
            and mention.actors
            and mention.actors[0].template
            and not text[previous.end - offset : mention.start - offset].strip()
        ):
            words = text[previous.start - offset : mention.end - offset]
            joined[-1] = Mention(
                words, previous.start, mention.end, mention.actors, previous.country_iso3
            )
        else:
            joined.append(mention)
    return joined


def _shifted(mentions: tuple[Mention, ...], offset: int) -> list[Mention]:
    """Mentions found in a sentence, with offsets in the article."""
    return [replace(m, start=m.start + offset, end=m.end + offset) for m in mentions]


@lexicon.per_article
def _in_text(text: str) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The mentions the lexicons find in a sentence (offsets in it), in text order, and apart
    the mentions that own a place, not act; what `find` adds from the article's memory is not
    here, so a sentence's names are found once however often they are asked for (tuples: what is
    remembered is never changed)."""
    lex = lexicon.load()
    aliases = [
        (m.start(), m.end(), lex.actors[name_key(m.group())])
        for m in lex.actor_regex.finditer(text)
        if name_key(m.group()) in lex.actors and not PAST_OFFICE.search(text[: m.start()])
    ]  # 'a respected former army chief demanded': no longer the army's voice
    countries = [
        (m.start(), m.end(), lex.country_names[name_key(m.group())])
        for m in country_names_in(text)
        if name_key(m.group()) in lex.country_names
    ]
    countries = [
        c
        for c in countries
        if not any(a <= c[0] < b for a, b, _ in aliases) and not _surname(text, c[0])
    ]
    aliases += _nationals(text, countries) + _ethnic(text, countries)
    countries = [c for c in countries if not ETHNIC.search(text, 0, c[0])]
    spans = sorted(
        [(a, b, actors, None) for a, b, actors in aliases]
        + [(a, b, (), iso3) for a, b, iso3 in countries]
    )
    mentions: list[Mention] = []
    for start, end, actors, iso3 in spans:
        previous = mentions[-1] if mentions else None
        if previous is not None and re.fullmatch(r"(?:['’]s)?[\s-]*", text[previous.end : start]):
            mentions[-1] = _combine(
                previous, Mention(text[start:end], start, end, actors, iso3), text
            )
        else:
            mentions.append(Mention(text[start:end], start, end, actors, iso3))
    mentions = [
        _armed_crowd(m, text) for m in _shared_heads(text, _led_coalitions(text, mentions))
    ]
    mentions = [
        m
        for m in _outlets(text, mentions)
        if not (_patron(m, text) or _origin(m, text) or _place_country(m, text))
    ]
    owners = [m for m in mentions if _names_place(m, text)]
    mentions = [m for m in mentions if m not in owners]
    mentions += _speaking_capitals(text, [(m.start, m.end) for m in mentions])
    return tuple(sorted(mentions, key=lambda m: m.start)), tuple(owners)


COALITION = re.compile(r"(?i)\bcoalition(?:\s+forces)?\b")
LED_COALITION = lexicon.Rule(
    r"(?P<country>\b(?!The\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-led\s+"
    r"(?:(?i:{coalition_kind})\s+){{0,2}}(?i:coalition)(?:\s+forces)?\b"
)
"""A coalition a country leads, named by its country or demonym ('the Saudi-led coalition')."""


def _led_coalitions(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the Saudi-led coalition': the forces of the country that leads it (as ACLED names a
    coalition's strikes), one mention for the words, not the lexicon's US-led 'coalition
    forces'."""
    countries = lexicon.load().country_names
    found = [m for m in LED_COALITION.finditer(text) if name_key(m["country"]) in countries]
    military = template("military") if found else None
    if military is None:
        return mentions
    led = [
        Mention(m.group(), m.start(), m.end(), (military,), countries[name_key(m["country"])])
        for m in found
    ]
    kept = [m for m in mentions if not any(c.start <= m.start < c.end for c in led)]
    return sorted(kept + led, key=lambda m: m.start)


GUN_ACT = lexicon.Rule(r"(?i)\s+(?:(?:have|has|had|reportedly|allegedly|also)\s+)*(?:{gun_act})\b")
"""A verb of shooting after youths, and after any auxiliary: they are armed (`_armed_crowd`)."""
SHARED_HEAD = re.compile(r"\s+(?:and|or)\s+")
"""What joins two demonyms that share one head noun ('Thai and Cambodian troops'), and two
countries' forces that are a battle's two sides (`mentions._joined_sides`)."""


def shooting_youths(word: str, text: str, end: int) -> bool:
    """Whether a word ending at `end` names youths and a verb of shooting follows it ('youths have
    shot dead 15 people'): an armed band, no crowd."""
    return word.lower() in wordlists.words("youth_word") and bool(GUN_ACT.match(text, end))


def _armed_crowd(mention: Mention, text: str) -> Mention:
    """Youths who shoot ('Unidentified youths have shot dead 15 people', 'youths ambushed the
    convoy'): an armed band of the community, a communal militia, no crowd (protesters who open
    fire stay a riot's)."""
    militia = template("militia")
    if (
        militia is None
        or not mention.actors
        or mention.actors[0].kind != "protesters"
        or not shooting_youths(mention.text.split()[-1], text, mention.end)
    ):
        return mention
    return Mention(mention.text, mention.start, mention.end, (militia,), mention.country_iso3)


def _shared_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Pakistani and Afghan security forces', 'Thai and Cambodian troops': a demonym joined by
    'and' to a demonym with a head noun shares that head, two parties, not a country beside
    one country's forces."""
    shared = list(mentions)
    for index, (first, second) in enumerate(pairwise(mentions)):
        if (
            first.country_only
            and first.country_iso3
            and not second.country_only
            and second.country_iso3
            and second.country_iso3 != first.country_iso3
            and SHARED_HEAD.fullmatch(text[first.end : second.start])
            and second.actors[0].template
            and name_key(second.text.split()[0]) in lexicon.load().country_names
        ):
            shared[index] = Mention(
                first.text, first.start, first.end, second.actors, first.country_iso3
            )
    return shared


NATIONALS = lexicon.Rule(r"\s+(?:{nationality_noun})\b")
"""The noun after a demonym that makes it people of that nationality ('a Chinese national')."""


def _nationals(
    text: str, countries: list[tuple[int, int, str]]
) -> list[tuple[int, int, tuple[Actor, ...]]]:
    """'Five gunmen abducted a Chinese national': people of a nationality are civilians of that
    country, never its state (whose soldiers or voice a bare demonym may be)."""
    civilians = lexicon.load().actors[name_key("civilians")]
    found = (NATIONALS.match(text, end) for _, end, _ in countries)
    return [(m.start(), m.end(), civilians) for m in found if m]


ETHNIC = re.compile(r"(?i)\bethnic\s+$")
"""The word before a demonym that makes it an ethnic community ('ethnic Uzbeks')."""


def _ethnic(
    text: str, countries: list[tuple[int, int, str]]
) -> list[tuple[int, int, tuple[Actor, ...]]]:
    """'ethnic Romanians attacked the headquarters of an ethnic Hungarian political association':
    a demonym after 'ethnic' names a community of the place, people, never that country's state
    (civilians of the story's country, as ACLED names them)."""
    civilians = lexicon.load().actors[name_key("civilians")]
    return [(a, b, civilians) for a, b, _ in countries if ETHNIC.search(text, 0, a)]


def _surname(text: str, start: int) -> bool:
    """Whether a country's name at `start` is a person's surname: it follows a capitalised first
    name that follows a title or an apposition's comma ('The local GAM spokesman, Tengku
    Jamaica, denied', 'Brigadier-General Badrodin Haiti')."""
    before = PERSON_BEFORE.search(text[:start])
    return before is not None and before.group("first").lower() not in wordlists.directions()


TOWN_OF = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,2}of\s+$")
"""Capitalised words and 'of' before a country's name: they may begin a town's name ('Port of
Spain')."""
TOWN_OF_REACH = 40
"""How far before a country's name `TOWN_OF` looks (two words and 'of')."""


def country_names_in(text: str) -> Iterator[re.Match]:
    """The lexicon's country names and demonyms in a text, but for a country's name that ends a
    town's name (`town_ending_in`)."""
    for match in lexicon.load().country_regex.finditer(text):
        if town_ending_in(text, match) is None:
            yield match


def town_ending_in(text: str, match: re.Match) -> places.Place | None:
    """The town the gazetteer knows whose name a country's name ends ('downtown Port of Spain' is
    in Trinidad and Tobago, not Spain), or None."""
    before = TOWN_OF.search(text, max(0, match.start() - TOWN_OF_REACH), match.start())
    if before is None:
        return None
    for words in _suffixes(before.group()):
        rows = places.cities_named(name_key(f"{words}{match.group()}"))
        if rows:
            return places.city_place(rows[0])
    return None


def _suffixes(words: str) -> list[str]:
    """'Bay Port of ' -> ['Bay Port of ', 'Port of ']: the shorter starts of a name."""
    parts = words.split(maxsplit=1)
    return [words] + ([parts[1]] if len(parts) > 1 and parts[1] != "of " else [])


def _speaking_capitals(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """'Moscow condemned the strike', 'Pyongyang warned the South': a capital that speaks stands
    for its country's government (a metonym of news copy)."""
    government = lexicon.load().actors[name_key("government")]
    found = []
    for match in CAPITAL_NAME.finditer(text):
        iso3 = places.capital_country(match.group())
        start, end = match.span()
        if (
            iso3
            and CAPITAL_SPEAKS.match(text, match.end())
            and not any(a < end and start < b for a, b in taken)
        ):
            found.append(Mention(match.group(), start, end, government, iso3))
    return found


def _names_place(mention: Mention, text: str) -> bool:
    """Whether the words name a place, not who acts: a country word before a place noun ('in
    Nigerian village', 'a Syrian town'), a word that opens a school's or a market's name ('the
    Government Science secondary school'), words inside a unit's name ('Kaura local government
    area'), or what someone wears ('Gunmen in military fatigues')."""
    start, end = mention.start, mention.end
    if mention.country_only and PLACE_NOUN.match(text[end:]):
        return True
    if mention.text[:1].isupper() and INSTITUTION_NAME.match(text[end:]):
        return True
    if CLOTHING.match(text[end:]):
        return True
    return any(u.start() <= start < u.end() for u in MINOR_UNIT.finditer(text))


def _outlets(text: str, mentions: list[Mention]) -> list[Mention]:
    """An outlet's name ('Iraqi News Agency', 'the Libya Observer') is the media, not the country
    or group inside it: the mentions it covers give way to one media mention, whose statements are
    never events."""
    lex = lexicon.load()
    media = lex.media
    if media is None:
        return mentions
    for match in lex.outlet_regex.finditer(text):
        start, end = match.span()
        inside = [m for m in mentions if start <= m.start < end]
        if (
            any(m.actors and m.actors[0].kind == "media" for m in inside)
            or not inside
            and not _capitalised(match.group())
        ):
            continue
        mentions = [m for m in mentions if m not in inside] + [
            Mention(match.group(), start, end, (media,), None)
        ]
    return sorted(mentions, key=lambda m: m.start)


def _patron(mention: Mention, text: str) -> bool:
    """Whether a name only says who backs or inspires a group ('the al-Qaida-linked Abu Sayyaf',
    'rebels backed by neighboring Rwanda'): the group acts, its patron does not."""
    return bool(
        PATRON_AFTER.search(text[mention.end :]) or PATRON_BEFORE.search(text[: mention.start])
    )


def _origin(mention: Mention, text: str) -> bool:
    """Whether a country only says where irregular fighters came from ('heavily armed attackers
    from Burkina Faso'): they act, not that country's state."""
    return mention.country_only and bool(ORIGIN.search(text[: mention.start]))


PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’.-]*){0,2}),\s*$")
"""Capitalised words and a comma before a country's name: perhaps a place of that country."""


def _place_country(mention: Mention, text: str) -> bool:
    """Whether a country's name only says where a town or province of it lies ('a market in Gao,
    Mali, killing 12'): the place's country, no party to the act."""
    before = PLACE_BEFORE.search(text[: mention.start]) if mention.country_only else None
    if before is None or not mention.country_iso3:
        return False
    words = before.group("place").split()
    return any(
        places.has_place_named(" ".join(words[i:]), mention.country_iso3)
        for i in range(len(words))
    )


def _capitalised(name: str) -> bool:
    """Whether every word of a name is capitalised (a sentence-initial 'The' or 'Many' before
    'News' is no outlet)."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "the") for w in name.split())


def _combine(first: Mention, second: Mention, text: str) -> Mention:
    """Two adjacent mentions as one noun phrase ('Iraqi police', 'the party's government', 'Iranian
    air force jet').

    The head (the second) names the actor, qualified by a country on the left; a named actor on the
    left of a template head of its own kind ('air force' + 'jet'), or a named armed group on the
    left of an unnamed one's noun ('Taliban militants', 'Al-Shabaab fighters'), is the more
    precise name and wins.
    """
    words = text[first.start : second.end]
    head_is_template = not second.actors or second.actors[0].template
    if (
        first.actors
        and not first.actors[0].template
        and head_is_template
        and (
            not second.actors
            or second.actors[0].kind == first.actors[0].kind
            or (second.actors[0].kind == "unidentified" and first.actors[0].kind in GROUP_KINDS)
        )
    ):
        return Mention(words, first.start, second.end, first.actors, first.country_iso3)
    left_country = first.country_iso3 or (first.actors[0].country_iso3 if first.actors else None)
    country = (second.country_iso3 or left_country) if head_is_template else second.country_iso3
    return Mention(words, first.start, second.end, second.actors or first.actors, country)


def resolve(
    mention: Mention, role: str, country_hint: str | None, day: dt.date
) -> Resolved | None:
    """The ACLED actor of a mention on `day`, of the story's country when actors of several
    countries share the words ('Maoist rebels' in Nepal and in India); a bare country is its
    government (role 'speaker') or its military."""
    if mention.country_only:
        found = template("government" if role == "speaker" else "military")
        return _fill(found, mention.country_iso3, day) if found else None
    dated = [a for a in mention.actors if a.valid_on(day)] or list(mention.actors)
    country = mention.country_iso3 or country_hint
    actor = next((a for a in dated if a.country_iso3 == country), dated[0])
    if actor.template:
        return _fill(actor, country, day)
    return Resolved(
        actor.name if actor.valid_on(day) else undated(actor.name),
        actor.inter,
        actor.country_iso3 or (country_hint or ""),
        actor.kind,
        actor.short,
        seat=actor.seat,
    )


def ministry(mention: Mention) -> bool:
    """Whether the words name a military's ministry ('the defence ministry', 'the Pentagon'): as a
    speaker, the government's voice (data/events/CURATION.md, statement rule 5), though it
    commands the forces that act."""
    return bool(MINISTRY.search(mention.text))


def policing(mention: Mention) -> bool:
    """Whether the words name forces by their task, not as soldiers ('security forces', 'riot
    forces', 'government forces'): facing a crowd, they are the police."""
    return bool(POLICING.search(mention.text))


def template(kind: str) -> Actor | None:
    """The lexicon's template actor of a kind ('Government of {country}'), if it has one."""
    return next(
        (
            a
            for found in lexicon.load().actors.values()
            for a in found
            if a.template and a.kind == kind
        ),
        None,
    )


def _fill(template: Actor, iso3: str | None, day: dt.date) -> Resolved:
    """'Police Forces of {country}' for one country, or ACLED's period name for it when the lexicon
    has one."""
    lex = lexicon.load()
    anonymous = template.kind not in STATE_KINDS
    if not iso3 or iso3 not in lex.countries:
        return Resolved(
            template.name.replace("{country}", UNKNOWN_COUNTRY),
            template.inter,
            "",
            template.kind,
            template.short,
            anonymous,
        )
    specific = [
        a
        for actors in lex.actors.values()
        for a in actors
        if a.country_iso3 == iso3
        and a.kind == template.kind
        and not a.template
        and a.name.split(" (")[0]
        == template.name.split(" (")[0].replace("{country}", lex.countries[iso3].actor_form)
    ]
    current = [a for a in specific if a.valid_on(day)]
    if current:
        return Resolved(current[0].name, current[0].inter, iso3, current[0].kind, current[0].short)
    country = lex.countries[iso3]
    name = template.name.replace("({country})", f"({country.name})").replace(
        "{country}", country.actor_form
    )  # 'Civilians (Philippines)', 'Military Forces of the Philippines', as ACLED names them
    return Resolved(name, template.inter, iso3, template.kind, template.short, anonymous)


def inter_code(actor: Resolved, event_iso3: str) -> int:
    """ACLED's inter code: state forces acting outside their own country are external forces
    (8)."""
    if (
        actor.kind in STATE_KINDS
        and actor.country_iso3
        and event_iso3
        and actor.country_iso3 != event_iso3
    ):
        return EXTERNAL_FORCES
    return actor.inter
