"""Casualty figures in a sentence, and who claims them.

A figure is a number (digits or words: "eight", "twenty-five", "a dozen"), or a vague count
("dozens" = 12 by ACLED's convention), with its hedge ("at least", "more than", "about"),
tied to a casualty word before it ("killing at least 82") or after it ("25 of militiamen
died", "four other members were also killed"). Named dead ("X was also killed along with
Y") count their names. Partial counts (a subgroup, "including three civilians", bodies at
one hospital) are marked so they do not set an event's total.

The claimant is whoever the sentence attributes the words to: "according to X", "X said
(that) ...", "..., X said.", "'...,' said X", "X told Y" (X via Y), or a following sentence
"the toll was confirmed by X". Pronouns and short names ("He", "the spokesman", "Haddad")
resolve to the fuller name the article used before.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache

from ..names import name_key, name_words
from ..wordlists import word_classes
from . import lexicon
from .sentences import DATELINE_PLACE, Sentence

UNATTRIBUTED = "unattributed"
NAMED = "named"
MAX_WORDS_TO_CASUALTY = 6
HOSPITALISED = lexicon.Rule(r"(?i)\b(?:{hospital_phrase})\b")
"""'24 people were injured and three were admitted to hospital': a hospital count after another
count of the injured in its sentence is a part of them."""
OF_PHRASE = re.compile(
    r"(?i)\s+(?:of|from|with|(?:[a-z]+ed|belonging)\s+(?:to|with|by))\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+(?:was|were)\b)"
)
"""'Two members of the security forces were seriously injured', 'Two servicemen from the Russian
Army's 136th Motorized Infantry Brigade were killed', 'Five civilian volunteers with the army in
Burkina Faso were killed', 'six Syrian Arab fighters allied to Turkey were killed': the words of
the group's 'of', 'from' or 'with' phrase, or of a participle's ('allied to', 'backed by'), right
before its verb (a unit's number among them) do not count against MAX_WORDS_TO_CASUALTY."""
PRONOUNS = frozenset("he she it they we i his her its their".split())
PRONOUN_WORDS = 2
DOCUMENT = lexicon.Rule(r"(?i)(?:(?:its|their|his|her|this|that)\s+)?(?:{document_noun})")
"""'The statement added ...': a text speaks for the speaker named last."""
MAX_SPEAKER_WORDS = 10
MAX_SOURCE_WORDS = 14
"""'according to members of a rebel ethnic minority group and independent media reports': the
words after 'according to' are always a noun phrase, so they may be longer than a subject."""
"""'He', 'It also': a pronoun speaker is the last one named; 'It comes after the group' is a
clause, not a pronoun."""
NAME_FILLERS = frozenset("the a an of".split())
"""Words that do not tell two speakers' names apart ('the Iraqi army' is 'Iraqi army')."""
REPORTING_NOUN = lexicon.Rule(r"(?i)(?:{reporting_noun})")
VERB_AFTER_NOUN = lexicon.Rule(r"(?i)\s+(?:{reporting_verb})\b")
"""A verb right after a reporting word makes it a noun, the subject ('media reports said')."""
PARTITIVE = re.compile(r"\s+(?P<count>[\w-]+)\s+of\s+(?:them|those|whom)\b", re.IGNORECASE)
"""A count of a part right after a casualty verb ('wounded one of them')."""
SHARE_OPENING = re.compile(r"(?i)^[\w-]+\s+of\s+(?:the|them|those|these)\b")
"""A figure told as a share of a toll told before ('Eight of the deaths came in ... Diyarbakir',
'Five of them were killed by gunshots'): never the total of the events told after it."""
PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:over|of|about|amid|despite|against|on|with|to)\s+$")
"""A preposition right before a word: what follows it is a noun."""
LEADING_WORDS = lexicon.Rule(r"^(?:(?:{lead_in}|{reporting_verb}|{relay_verb})\b[,\s]*)+", re.I)
"""Words before a speaker's name that are not part of it ('... ,” said Jane Doe' -> 'Jane Doe')."""
DETERMINERS = re.compile(r"^(?:the|a|an|another|other|one)\s+", re.I)
TRAILING_WORDS = lexicon.Rule(
    r"(?:\s+(?:has|have|had|was|were|is|are|{trailing_adverb}|on\s+\w+day|"
    r"in\s+a\s+(?:{speech_channel})|in\s+statements|on\s+twitter|via\s+\w+))+$",
    re.I,
)
TRAILING_SETTING = lexicon.Rule(
    r"\s+(?:{telling_setting})\b(?![^.;!?]*\b(?:that|who|which)\b)[^,;:“”\"]{{0,40}}?[.;!]?\s*$",
    re.I,
)
"""'..., the Pentagon confirmed on Tuesday local time.', '..., X said at a news conference in
Kabul.': a short setting of the telling ends the sentence, so the speaker stands before the
verb."""
BASED = re.compile(r"\b[\w-]+-based\s+", re.I)
AGE = re.compile(r"(?:,\s*)?\b\d{1,3}(?:-|\s)year(?:s)?(?:-|\s)old\b,?|,\s*\d{1,3}\s*,", re.I)
ADVERBIAL_CHUNK = lexicon.Rule(
    r"(?i)^\s*(?:on|in|at|last|this|{sequence_adverb}|{chunk_opener}|{weekday})\b"
    r"|^\s*[A-Z][a-z]+ing\s+(?:the|a|an|this|that|its|his|her|their)\b"
)
"""A comma chunk before a speaker that is no speaker ('Earlier, ...', 'On Monday, ...', a
participle's clause: 'Condemning the attack, President Muhammadu Buhari said')."""
SUBJECT_THEN_VERB = lexicon.Rule(
    r"^(.*?[A-Z)][\w'’.)-]*)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|has|have|had|was|were|is|are|will|would|{reporting_verb}|{irregular_verb})\b"
)
"""A subject and its verb, an adverb between ('President Arce directly blamed')."""
PASSIVE_ATTRIBUTION_SUBJECT = lexicon.Rule(r"\b(?:{toll_noun})\b", re.I)
MOVED = lexicon.Rule(r"^\s+(?:were|was|had\s+been|have\s+been)\s+(?:{moved_verb})\b", re.I)
REVISED = lexicon.Rule(r"\b(?:{revision_verb})\s+(?:[\w'’-]+\s+){{0,4}}?to\s+$", re.I)
"""'has risen to 15', 'revised the death toll down to 26': the number after it is a revised toll,
the latest count of the figures told before it."""
BARE_TOLL = lexicon.Rule(
    r"\b(?:the|this|that)\s+(?:{unknown_toll})\s+(?:(?:has|had|have)\s+)?"
    r"(?:{revision_verb})\s+(?:[\w'’-]+\s+){{0,2}}?to\s+$",
    re.I,
)
"""'The number increased to 49 after more bodies were recovered': a bare toll noun revised counts
what the paragraph's figures before it counted."""
EARLIER_TELLING = lexicon.Rule(
    r"(?i)\b(?:{earlier_adverb})\s+(?:{reporting_verb})\b"
    r"|^\W*earlier\b[^;:]*?\b(?:{reporting_verb})\b"
    r"|\b(?:{earlier_count})\b"
)
"""'Doctors initially said', 'had previously confirmed', 'Earlier Saturday, he said', 'Initial
estimates put the number of dead at 20': the clause tells an earlier count, superseded by those
told as current."""
RANGE_JOIN = re.compile(r"\s+to\s+|\s*–\s*")
"""What joins the two ends of a range of figures ('20 to 30', '80–300'; a hyphen makes the two
numbers one word, which the number grammar reads as no count)."""
TOLL_VERBS = lexicon.Rule(r"\s+(?:(?:{toll_verb}|of|to|at|has|have|had)\s+){{0,4}}", re.I)
"""What may stand between a casualty word and its number ('death toll rose to 20')."""
NAME = (
    r"(?:[A-Z][\w'’.-]*|al-|bin|ibn|abu|Abu)(?:\s+(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*|bin|ibn|de))*"
)
"""A person's name: capitalised words, with the particles of Arabic names ('Abu Mahdi
al-Muhandis')."""
DEATH_VERB = (
    r"\s+(?:(?:was|were)\s+(?P<also>also\s+)?(?:{killed_passive})"
    r"|(?:also\s+)?(?P<died>died)\b(?!\s+down))"
)
"""The verb after the named dead: 'was (also) killed', 'were shot dead', 'died' (not 'died
down')."""
NAMED_DEAD = lexicon.Rule(
    r"(?P<subject>{name})(?P<appositive>,[^,]{{1,160}},)?"
    r"(?:,?\s+and\s+(?P<second>(?:[A-Za-z][\w'’-]*\s+){{0,3}}?{name}))?"
    + DEATH_VERB
    + r"(?:\s+along\s+with\s+"
    r"(?:(?P<others>[\w-]+)\s+others\b|(?P<with>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)))?",
    name=NAME,
)
"""'X, ..., and Y were killed', 'X was also killed along with Y', 'X and Y were killed along with
eight others', 'Corporal Amadou Diallo died': the named dead, and the others counted with
them."""
AGED = r"(?:\d{1,3}-year-old\s+)?"
NAMED_LIST = lexicon.Rule(
    r"(?P<names>{name}(?:,\s+{aged}{name})+,?\s+and\s+{aged}{name}),?" + DEATH_VERB,
    name=NAME,
    aged=AGED,
)
"""'Alpha Souleymane Diallo, Abdouramane Diallo, and 32-year-old Amadou Oury Barry, were killed': a
list of three named dead or more."""
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|whom)\s+(?=\S)(?!.*\b(?:that|which|whom)\s)")
"""The last relative pronoun before a reporting verb: what follows it is the verb's subject when
it is a noun phrase ('depots that the U.S. said were ...'); a verb after it ('The Kurdish-led
authorities that control much of northern Syria said') makes the clause describe the subject
before it."""
NOUN_PHRASE_START = re.compile(r"(?:the|a|an|its|their|his|her|this|these|[A-Z])")
SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|before|because|when|while|since|until|once)\s+(?=\S)"
    r"(?!.*\b(?:after|before|because|when|while|since|until|once)\s)",
    re.I,
)
"""'It comes after the militant group claimed ...': the subordinate clause's subject speaks."""
CLAIMED_ACT = lexicon.Rule(r"\s+(?:{claimed_object})\b", re.I)
"""'claimed responsibility for an attack ...', 'claimed the life of a contractor': a claim of an
act or a death, not a report of what follows."""
HEARSAY = re.compile(r"\b(?:was|were|is|are|been)\s+$", re.I)
"""'The attack was said to have claimed ...': a passive reporting verb names nobody; its subject
is what is said, not who says it."""
AND_OTHERS = re.compile(r"\band\s+$", re.I)
ASIDE = re.compile(r"\s\([^()]{1,40}\)|\s[–—]\s[^–—.;:]{1,80}?\s[–—](?=\s)")
"""A short aside in a noun phrase: '(NPA)', '– a soldier and three members of ... –'."""
INCLUDED_ASIDE = lexicon.Rule(
    r",\s*(?:{group_aside}|[\w-]+\s+of\s+them)\s+[^,.;:!?“”\"]*?"
    r"(?:,?(?=\s+(?:was|were|has|have|had)\b)|,(?=\s+and\b))",
    re.I,
)
"""'At least five civilians, including two women were killed', '14 people, mostly policemen, were
also injured', 'Nine civilians, five of them children, were killed': a part counted, or who most
of the group were, between a group and its verb (or the next group of a list: 'At least 40
civilians, including 11 children, and six fighters were killed'); the verb counts the group too,
and the aside makes the group no part."""
VERB_ASIDE = lexicon.Rule(
    r",\s*(?:{hearsay_participle})\s+to\s+[^,.;:!?“”\"]{{1,60}},"
    r"(?=\s+(?:was|were|has|have|had|died)\b)",
    re.I,
)
"""'a 16-year-old boy, said to be supporting the Opposition, was killed': an aside on who the
victim was, between the victim and the verb."""
WHO_CLAUSE = re.compile(r",\s+who\s+[^.;:,!?()“”\"]*", re.I)
"""'One person, who sustained gunshot wounds in the second incident, is receiving treatment': a
relative clause on the counted people tells what befell them."""
ANOTHER_PART = re.compile(
    r"[^.;:]*?(?:,\s+|\s+and\s+)(?:[a-z]+\s+){0,2}?(?P<another>another)\b", re.I
)
"""'One was killed at the spot, another died in hospital', 'shooting one dead and leaving another
mortally wounded': one of two told apart (`_another_alike`)."""
RELATIVE_OPENING = r"(?i)\b(?:who|that)\s+(?:(?:{trailing_adverb}|[a-z]+ly)\s+){{0,2}}"
"""'who', 'who later allegedly': what opens a relative clause on counted people, up to its verb."""
DOERS_CLAUSE = lexicon.Rule(
    RELATIVE_OPENING + r"(?!(?:{suffered_verb}|{victim_verb})\b)[a-z]+ed\b"
)
"""'several hundred Boko Haram fighters who attacked and killed ... 40 troops', 'two unknown men,
who later allegedly murdered him': a relative clause in the active voice makes the counted people
its doers, no victims ('One person, who sustained gunshot wounds' suffered)."""
RELATIVE_DOER = lexicon.Rule(RELATIVE_OPENING + "$")
"""'two unknown men, who later allegedly [murdered him]': the words right before a casualty verb
whose subject is the counted people; with an object after the verb (`VICTIM_OBJECT`) they did
it, and are no victims ('two soldiers who died' are)."""
VICTIM_OBJECT = lexicon.Rule(r"\s+(?:(?i:{object_opening})\b|\d|[A-Z])")
"""The object right after an active casualty verb: 'murdered him', 'killed a policeman'."""
RESTRICTIVE_WHO = re.compile(r"^[^,]*?\s(?P<who>who|that)\s", re.I)
"""'Two soldiers who received the worst shrapnel injuries died later in the hospital': a casualty
word in a relative clause on the counted people, with the clause's own verb after it, tells what
befell them before; the verb after the clause counts them."""
GROUP_AND = re.compile(r"(?:\s+[\w'’-]+){1,4}\s+and\s+", re.I)
"""The words between two counted groups: 'army soldiers and'."""
GROUP_COMMA = re.compile(r"(?:\s+[\w'’-]+){1,4}\s*,\s+", re.I)
"""The words between two counted groups of a longer list: 'police officials, '."""
LIST_END = re.compile(r"(?:\s*,)?(?:\s+and)?\s*$", re.I)
"""What ends a group's words in a list: ', ', ' and '."""
FOLLOWING_NOUN = re.compile(r"(?:\s+(?!and\b|or\b|in\b|on\b|at\b|with\b|by\b)[a-z]+\b)?")
ABBREVIATION_DOT = lexicon.Rule(r"(?i)\b(?:{abbreviation})\.")
"""'U.S.', 'Gen.': a full stop that ends no clause ('One U.S. civilian contractor was killed')."""
SINGLE_PASSIVE = lexicon.Rule(
    r"\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{person_noun})(?:\s+of\s+[^,;.]{{1,50}}?)?"
    r"(?-i:(?:\s+[A-Z][\w'’.-]+){{0,3}})"
    r"(?:,\s*(?:{hearsay_participle})\s+to\s+[^,;.]{{1,60}},)?"
    r"\s+(?:was|were|has\s+been|had\s+been|died|succumbed)\b",
    re.I,
)
"""'A Cambodian soldier was killed', 'a constable of the Chhattisgarh Armed Force (CAF) was
killed', 'A 22-year-old indigenous man Rafael Nahuel died': a lone victim counted by 'a' (and
named, maybe) takes the passive casualty verb after it; an active one ('a gunman killed') makes it
the attacker, not a victim. The last group of a list of counted victims needs none ('left one
soldier and a militiaman wounded')."""
LIST_GAP = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?(?:\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?:\s+\([^()]{1,20}\))?)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
)
"""Between one counted group and the next of one list: 'killing three policemen and two civilian
men', 'killing a top Salafist leader and a fellow militant', 'killed 18 members of the Kurdish-led
Syrian Democratic Forces (SDF) and 12 members of Syria's military'."""
OWN_VERB = lexicon.Rule(
    r"\s+(?:[\w'’.-]+\s+){{0,3}}?(?:was|were|is|are|has|have|had|will|{reporting_verb}"
    r"|{held_verb})\b",
    re.I,
)
"""After a number, a verb of its own makes it no further group of a list ('and two others were
arrested', ', a military officer said', 'four of the assailants were killed and seven others
detained')."""
ACTING_GROUP = lexicon.Rule(
    r"\s+(?!(?:{victim_verb})\b)[a-z]+ed\s+(?:a|an|the|their|in|to|on|at|into|through|against"
    r"|outside|toward|towards)\b",
    re.I,
)
"""A count right before a verb in the past with its own object or place is the subject of a
clause of its own, no further group of a list ('killed 25 protesters and thousands defied a
curfew', 'and hundreds marched in their funerals'); a victim's verb ('and two wounded in') is
the list's."""
COUNTED_THINGS = lexicon.Rule(
    r"\s+(?:[a-z][\w'’-]*\s+)?(?:{property_noun})\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|had|have|has|and|or|in|on|at|of|from|with|belonging)\b)",
    re.I,
)
"""A number's noun, after at most one word and ending its phrase: buildings, vehicles, places or
animals, no people ('32 pigs were killed'; 'four Panyar cattle keepers' are people)."""
PROPERTY = lexicon.Rule(r"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{property_noun})\b", re.I)
"""After a number, buildings, vehicles or places counted ('two gun stores'): no group of people."""
NO_LOSSES = lexicon.Rule(r"(?i)\b(?:{zero_word})\s+(?:[\w-]+\s+)?(?:{loss_noun})\b")
"""'There were no victims among the Iraqi forces', 'suffered no casualties': nobody killed or
injured (of one side)."""
NO_ONE = lexicon.Rule(
    r"(?i)\b(?:(?:{zero_word})\s+(?:[\w-]+\s+)?|(?:{nobody_word})\s+(?:was|were|had\s+been)"
    r"\s+(?:\w+\s+)?(?:\w+\s+(?:or|nor|and)\s+)?)$"
)
"""'No-one was injured', 'no deaths', 'No one was killed or wounded': 'no' right before a
casualty word counts nobody."""
ANY_ZERO = lexicon.Rule(r"(?i)\b(?:{zero_word}|{nobody_word})\b")
"""A word that NO_ONE's every match holds: a sentence with none counts nobody, and its casualty
words are not scanned for one."""
NOBODY_ENDS = lexicon.Rule(r"(?i)\b(?:{nobody_word})$")
"""'No one': its 'one' is no count, and it names nobody dead."""
TOLL_WORD = lexicon.Rule(r"(?i)\b(?:{unknown_toll})\b")
"""'no death toll was given' says the toll is unknown, not that nobody died."""
AGED_BEFORE = re.compile(
    r"(?i)\b(?:aged|ages\s+of)\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|to|-)\s*)*$"
)
"""'two men aged 18 and 25', 'between the ages of 15 and 20': the numbers after are ages."""
NUMBERED_NAME = lexicon.Rule(r"\b(?:{numbered_name})\s+$")
"""'a young man from Group 77 ... did not resist the injuries': the number is part of a name."""
UNIT_AFTER = lexicon.Rule(r"\s+(?:{time_unit})\b|\s*(?:{measure_unit})\b", re.I)
"""A number that counts time counts no victims ('almost six weeks of fierce clashes which killed')
and is no group of a list ('and two days later'), nor one that measures a distance or a weight
('250 kilometers from Aktobe', '250km'); 'a second prisoner' is no time ('a' is only a lone
victim's count)."""
INFINITIVE = re.compile(r"\bto\s+$", re.I)
"""'threatening to kill a woman', 'vowed to kill', 'a plot to kill': a casualty verb in the bare
infinitive names a killing threatened, intended or charged, not a death."""
GENERIC_VERB = lexicon.Rule(
    r"^(?:\s+or\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?\s+(?:{generic_negation})(?![\w'’])", re.I
)
"""'One killing or two killings doesn't solve the problem': counted killings that are the subject
of a negated present or modal verb speak of killing in general, not of a toll."""
CONTRAST_JOIN = lexicon.Rule(r",\s+(?:{contrast_join})\s+", re.I)
"""'Doctors initially said ..., but on Friday, the opposition and hospital sources said ...': after
these a clause with a speaker of its own starts, so a reporting verb after them never reaches back
to the first speaker."""
BUT = re.compile(r"\s+but\s+(?=\S)", re.I)
"""'Kakas initially said 53 combatants had died but security forces later revised the death toll':
'but' opens a clause with a subject of its own also without a comma, so a verb after it has its
speaker after it."""
RELAYED = lexicon.Rule(r"^(?:{relay_verb})\s+(?P<speaker>.+)$", re.I)
"""'the government, quoting an unidentified Interior Ministry official, said': the official speaks,
the government relays."""
AS_SAYING = re.compile(r"\s+(?P<speaker>(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+)\s+as\s+saying\b", re.I)
"""'the RIA Novosti news agency quoted a medical source as saying ...': the one quoted speaks, the
agency relays."""
APPOSITIVE_TITLE = re.compile(r"^\s*(?:an?|the)\s+\S", re.I)
PERSON = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*)){1,4}\s*")
"""'..., Abdoulaye Oumou Sow, an FNDC leader told AFP': a person's name in the comma chunk before
an appositive ('an FNDC leader') is the speaker the appositive describes."""


@dataclass(frozen=True)
class Figure:
    """One casualty figure: metric, range (high None = open-ended), hedge, the words it rests on
    and their offsets."""

    metric: str
    low: int
    high: int | None
    qualifier: str
    quote: str
    start: int
    end: int
    partial: bool
    claimant: str = UNATTRIBUTED
    names: tuple[str, ...] = ()
    revised: bool = False
    """Told as a change of the toll ('has risen to 15'): the latest count (`REVISED`)."""
    superseded: bool = False
    """Told as an earlier count ('Doctors initially said'): not the current one
    (`EARLIER_TELLING`)."""


@dataclass(frozen=True)
class Attribution:
    """A speaker the sentence names, where the name is, and which words of the sentence they cover.

    `lead` is True for 'X said (that) ...', whose words follow the verb; a lead speaker relayed by
    a sentence-final one ('..., state television reported') is 'X via state television'.
    """

    speaker: str
    start: int
    end: int
    covers_from: int
    covers_to: int
    via: str = ""
    lead: bool = False
    own_action_cameo: str = ""
    """The CAMEO code the verb gives a party's report of its own attack ('said': 015), empty when
    it gives none."""


@dataclass
class Speakers:
    """What the article has attributed so far, to resolve 'He', 'the spokesman' or a surname to a
    full name."""

    names: list[str] = field(default_factory=list)

    def resolve(self, speaker: str) -> str:
        """The fullest earlier name this speaker refers to (itself when new); a pronoun or a text
        ('the statement') is the last speaker."""
        words = speaker.lower().split()
        if (words and words[0] in PRONOUNS and len(words) <= PRONOUN_WORDS) or (
            DOCUMENT.regex.fullmatch(speaker)
        ):
            return self.names[-1] if self.names else speaker
        tokens = set(_tokens(speaker))
        for earlier in reversed(self.names):
            if tokens and tokens < set(_tokens(earlier)) and not _other_actors(speaker, earlier):
                return earlier
        return speaker

    def remember(self, speaker: str) -> None:
        """Note a speaker as the latest one."""
        if speaker and speaker.split()[0].lower() not in PRONOUNS:
            self.names.append(speaker)


def _other_actors(one: str, other: str) -> bool:
    """Whether two speakers' names name different actors ('the military' and 'Tamil Tiger rebel
    military spokesman Rasiah Ilanthiraiyan'): the shorter is then no short form of the longer."""
    lex = lexicon.load()
    named = [lex.actor_regex.search(name) for name in (one, other)]
    if not all(named):
        return False
    first, second = (lex.actors.get(name_key(m.group()), [None])[0] for m in named)
    return first is not second


def _tokens(text: str) -> list[str]:
    """Lower-case words of a name, without determiners."""
    return name_words(text, NAME_FILLERS)


def _another_alike(text: str, end: int, metric: str) -> bool:
    """Whether a lone victim's count is followed by 'another' who suffered the same ('One was
    killed at the spot, another died in hospital'): then it is one part of the toll, not all of
    it ('One soldier was killed and another wounded' counts the only dead)."""
    part = ANOTHER_PART.match(text, end)
    after = _metric_after(text, part.end("another")) if part else None
    return after is not None and after[0] == metric


def counted_noun(quote: str) -> str:
    """The word right after a figure's number, lower-cased: who it counts ('six assailants were
    killed' -> 'assailants'); '' when none follows or a part is counted ('one of those')."""
    number = _number_regex().search(quote)
    after = re.match(r"\s+([\w'’-]+)", quote[number.end() :]) if number else None
    noun = after.group(1).lower() if after else ""
    return "" if noun == "of" else noun


@cache
def _number_regex() -> re.Pattern:
    """A number in digits or words, with an optional hedge before it; 'a' or 'an' before a
    person noun, or 'another' with no noun ('killed nine civilians and wounded another'), is a lone
    victim's 1 (`single`). No part of a time ('at 11:20 PM'), a decimal or a range."""
    numbers = lexicon.load().numbers
    words = [
        w
        for w, (_, kind) in numbers.items()
        if kind in ("cardinal", "multiplier") and w not in ("a", "an", "another")
    ]
    vague = [w for w, (_, kind) in numbers.items() if kind == "vague"]
    hedges = [
        w
        for w, (_, kind) in numbers.items()
        if kind in ("at least", "more than", "about", "up to")
    ]

    def alt(items: list[str]) -> str:
        return "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True)
        )

    counted = [w for w in vague if numbers.get(w[:-1], (None, ""))[1] == "multiplier"]
    word_number = (
        r"(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand)\b))?"
        rf"(?:{alt(words)})(?:(?:[\s-]+(?:and\s+)?)(?:{alt(words)}))*"
        rf"(?:\s+(?:{alt(counted)}))?"
    )
    modifier = r"(?!(?:a|an|the|of|in|on|at|by|to|and|or|that|who|which)\b)[\w'’.-]+\s+"
    single = (
        rf"(?P<single>an?(?=\s+(?:{modifier}){{0,4}}?[“\"‘']?"
        rf"(?:{word_classes()['person_noun']})\b)"
        r"|another(?=\s*[,.;:!?\"”)]|\s+(?:and|in|on|at|during|when|as|while|before|after|by)\b))"
    )
    return re.compile(
        rf"(?<![\w.,:-])(?:(?P<hedge>{alt(hedges)})\s+)?"
        rf"(?P<number>{single}|\d{{1,3}}(?:,\d{{3}})+|\d+|{word_number}|(?P<vague>{alt(vague)}))"
        rf"(?![\w-]|[.,:]\d)",
        re.IGNORECASE,
    )


def parse_number(text: str) -> int | None:
    """'25' -> 25, '1,200' -> 1200, 'twenty-five' -> 25, 'a dozen' -> 12, 'two hundred' -> 200."""
    text = text.strip().lower()
    if re.fullmatch(r"[\d,]+", text):
        return int(text.replace(",", ""))
    numbers = lexicon.load().numbers
    total = current = 0
    for word in re.split(r"[\s-]+", text):
        value, kind = numbers.get(word, (None, ""))
        if value is None or word == "and":
            continue
        if kind == "vague" and current:
            current *= value  # 'two dozens': a plural multiplier after a count
        elif kind in ("cardinal", "vague"):
            current += value
        elif value < 1000:
            current = max(current, 1) * value
        else:
            total += max(current, 1) * value
            current = 0
    return (total + current) or None


def figures(
    sentence: Sentence, skip: list[tuple[int, int]], toll_metric: str | None = None
) -> list[Figure]:
    """The casualty figures of one sentence; `skip` holds spans taken by dates ('April 12,
    2019'). Groups counted together ('two soldiers and four rebels were killed') give each
    group's count as a part and their sum as the whole figure. `toll_metric` is what the figures
    told before in the paragraph count: what a bare 'the number increased to 49' counts."""
    found: list[Figure] = []
    text = sentence.text
    lex = lexicon.load()
    numbers = [
        m
        for m in _number_regex().finditer(text)
        if not any(a <= sentence.start + m.start() < b for a, b in skip)
    ]
    ranges = _ranges(text, numbers)
    for index, match in enumerate(numbers):
        if index - 1 in ranges:
            continue  # the high end of a range the number before opened
        single = bool(match.group("single"))
        listed = bool(index) and bool(
            GROUP_AND.fullmatch(text[numbers[index - 1].end() : match.start()])
        )
        metric, quote_end = (
            _metric_after(text, match.end())
            if not single or listed or SINGLE_PASSIVE.match(text, match.end())
            else None
        ) or (None, match.end())
        before = _metric_before(text, match.start()) or _bare_toll(
            text, match.start(), toll_metric
        )
        quote_start = match.start()
        if before is not None:
            metric, quote_start = before
            quote_end = match.end() + len(FOLLOWING_NOUN.match(text[match.end() :]).group())
        continued = metric is None and _continues_list(sentence, match, found)
        if continued:
            metric = found[-1].metric
            quote_end = match.end() + len(FOLLOWING_NOUN.match(text[match.end() :]).group())
        if metric is None:
            metric = _inherited_metric(text, match, found)
            if metric is None:
                continue
        if _no_count(text, match, quote_start if before is not None else None, quote_end):
            continue
        value = parse_number(match.group("number"))
        if value is None:
            continue
        value += _named_before_others(text, match.start())
        vague = match.group("vague")
        hedge = (match.group("hedge") or "").lower()
        qualifier = (
            vague.lower()
            if vague
            else lex.numbers.get(re.sub(r"\s+", " ", hedge), (None, ""))[1]
            if hedge
            else ""
        )
        open_ended = bool(vague) or qualifier in ("at least", "more than")
        high = None if open_ended else ranges.get(index, value)
        if index in ranges:
            quote_end = max(quote_end, numbers[index + 1].end())
        quote = text[min(quote_start, match.start()) : max(quote_end, match.end())].strip()
        partial = (
            _is_partial(
                sentence,
                INCLUDED_ASIDE.sub(_blank, text[min(quote_start, match.start()) : quote_end]),
                min(quote_start, match.start()),
            )
            or (
                bool(found)
                and "bodies" in found[-1].quote
                and bool(MOVED.match(text[match.end() :]))
            )
            or (
                any(f.metric == metric for f in found)
                and bool(HOSPITALISED.search(text[match.end() : quote_end]))
            )
            or (value == 1 and _another_alike(text, quote_end, metric))
        )
        figure = Figure(
            metric,
            value,
            high,
            qualifier,
            quote,
            sentence.start + min(quote_start, match.start()),
            sentence.start + max(quote_end, match.end()),
            bool(partial),
            revised=bool(REVISED.search(text[: match.start()])),
            superseded=_told_earlier(text, match.start()),
        )
        heads = _heads(sentence, numbers[:index], match, found)
        if continued:
            found[-1:] = _joined(
                sentence, found[-1], figure, found[-1].qualifier, found[-1].partial
            )
        elif heads:
            found += _group_counts(sentence, heads, figure)
        else:
            found.append(figure)
    found = [_with_ordinal_victim(sentence, f) for f in found]
    return found + _named_dead(sentence, found) + _zeros(sentence, found)


def _ranges(text: str, numbers: list[re.Match]) -> dict[int, int]:
    """Index of a number -> the high end of the range it opens ('killed 20 to 30 people', 'was
    variously estimated at 80 to 300')."""
    found = {}
    for index, (match, following) in enumerate(itertools.pairwise(numbers)):
        low, high = parse_number(match.group("number")), parse_number(following.group("number"))
        if (
            low is not None
            and high is not None
            and low < high
            and not following.group("hedge")
            and RANGE_JOIN.fullmatch(text, match.end(), following.start())
        ):
            found[index] = high
    return found


@cache
def _ordinal_after() -> re.Pattern:
    """'..., and a fourth died of his injuries later', '... and the third died later in
    hospital': one more victim told by its ordinal after a count (numbers.csv, kind `ordinal`)."""
    ordinals = "|".join(w for w, (_, kind) in lexicon.load().numbers.items() if kind == "ordinal")
    return re.compile(
        rf"(?i)\s+(?:and|while)\s+(?:a|the)\s+(?P<ordinal>{ordinals})\b(?:\s+[\w'’-]+){{0,2}}?"
        r"\s+(?:died|was\s+killed|was\s+shot\s+dead|succumbed)\b"
    )


def _with_ordinal_victim(sentence: Sentence, figure: Figure) -> Figure:
    """'Three were killed instantly and a fourth died of his injuries later', 'Two of the rioters
    died in custody and the third died later in hospital': the ordinal that follows a count of the
    dead by one is the whole count."""
    if figure.metric != "killed" or figure.high is None or figure.low != figure.high:
        return figure
    after = _ordinal_after().search(sentence.text, figure.end - sentence.start)
    if after is None or not re.fullmatch(
        r"[^.;]*", sentence.text[figure.end - sentence.start : after.start()]
    ):
        return figure
    count = lexicon.load().numbers[after.group("ordinal").lower()][0]
    if count != figure.high + 1:
        return figure
    return replace(
        figure,
        low=count,
        high=count,
        partial=False,
        quote=sentence.text[figure.start - sentence.start : after.end()],
        end=sentence.start + after.end(),
    )


def _no_count(text: str, match: re.Match, verb_at: int | None, quote_end: int) -> bool:
    """Whether a number with a casualty word counts no victims: it counts time, a distance or years
    of age ('two men aged 18 and 25 were killed'), it is part of a name ('Group 77'), its casualty
    verb (at `verb_at`, None when the word follows the number) is a bare infinitive, the number is
    the 'one' of 'no one' (`_zeros` reads it), it counts things or animals ('32 pigs were
    killed'), or the counted killings are the subject of a negated or modal verb
    (`GENERIC_VERB`)."""
    measure = not match.group("single") and UNIT_AFTER.match(text, match.end())
    age = AGED_BEFORE.search(text[: match.start()])
    named = NUMBERED_NAME.search(text[: match.start()])
    infinitive = verb_at is not None and INFINITIVE.search(text[:verb_at])
    nobody = NOBODY_ENDS.search(text[: match.end()])
    things = COUNTED_THINGS.match(text, match.end())
    return bool(
        measure
        or age
        or named
        or infinitive
        or nobody
        or things
        or GENERIC_VERB.match(text[quote_end:])
    )


def _zeros(sentence: Sentence, found: list[Figure]) -> list[Figure]:
    """'There were no victims among the Iraqi forces', 'No-one was injured on the Israeli side':
    zero figures, partial counts (they speak of one side or one place, never the whole toll), so
    they never lower another claimant's figure; 'no toll was given' is no zero."""
    text = sentence.text
    hits = [
        (m.start(), m.end(), metric)
        for m in NO_LOSSES.finditer(text)
        for metric in ("killed", "injured")
    ]
    casualties = lexicon.load().casualties if ANY_ZERO.search(text) else []
    for pattern, metric in casualties:
        for hit in pattern.finditer(text):
            before = NO_ONE.search(text[: hit.start()])
            if before and not TOLL_WORD.search(hit.group()):
                hits.append((before.start(), hit.end(), metric))
    taken = [(f.start - sentence.start, f.end - sentence.start) for f in found]
    return [
        Figure(
            metric, 0, 0, "", text[start:end], sentence.start + start, sentence.start + end, True
        )
        for start, end, metric in dict.fromkeys(hits)
        if not any(a <= start < b for a, b in taken)
    ]


def _heads(
    sentence: Sentence, earlier: list[re.Match], match: re.Match, found: list[Figure]
) -> list[re.Match]:
    """The numbers of the groups counted together with the one at `match`, first to last: 'two
    army soldiers and four rebels were killed', 'Four police officials, two paramilitary soldiers
    and two suspected militants were killed'. Each has no casualty word of its own (no figure was
    made of it) nor a verb of its own ('eight people were arrested and 27 police officers
    injured'), and counts a group a few words long before 'and' (the last) or a comma. A part
    told in an aside ('At least 40 civilians, including 11 children, and six fighters') is no
    group."""
    heads: list[re.Match] = []
    gap = GROUP_AND
    plain = INCLUDED_ASIDE.sub(_blank, sentence.text)
    for number in reversed(earlier):
        if not plain[number.start()].strip():
            continue
        at = sentence.start + number.start()
        words = plain[number.end() : (heads[0] if heads else match).start()]
        if (
            any(f.start <= at < f.end for f in found)
            or not gap.fullmatch(words)
            or OWN_VERB.match(words)
        ):
            break
        heads.insert(0, number)
        gap = GROUP_COMMA
    return heads


def _group_counts(sentence: Sentence, heads: list[re.Match], last: Figure) -> list[Figure]:
    """Each group's count as a part, and their sum as the whole figure (its hedge is the first
    number's: 'at least two soldiers and four rebels')."""
    hedge = numbers_hedge(heads[0].group("hedge"))
    firsts = [
        _head_figure(sentence, head, end, last)
        for head, end in zip(heads, [*heads[1:], None], strict=True)
    ]
    parts: list[Figure] = []
    whole = firsts[0]
    for group in [*firsts[1:], last]:
        first_part, part, whole = _joined(sentence, whole, group, hedge, last.partial)
        parts += [part] if parts else [first_part, part]
    return [*parts, whole]


def _head_figure(
    sentence: Sentence, head: re.Match, following: re.Match | None, last: Figure
) -> Figure:
    """One group's count before the last group of a list, with the words up to the next group."""
    value = parse_number(head.group("number")) or 0
    start = sentence.start + head.start()
    stop = following.start() if following is not None else last.start - sentence.start
    words = LIST_END.sub("", sentence.text[head.start() : stop])
    return Figure(last.metric, value, value, "", words, start, start + len(words), True)


def _continues_list(sentence: Sentence, match: re.Match, found: list[Figure]) -> bool:
    """'killing three policemen and two civilian men': a number with no casualty word of its own
    right after the last figure's words, joined by 'and' or a comma, counts one more group of that
    figure's list, unless it counts time, a distance or property or has a verb of its own ('a
    second prisoner' is no time; 'killed six people at a military facility and two gun stores')."""
    if not found or found[-1].end > sentence.start + match.start():
        return False
    gap = sentence.text[found[-1].end - sentence.start : match.start()]
    measure = not match.group("single") and UNIT_AFTER.match(sentence.text, match.end())
    return bool(LIST_GAP.fullmatch(gap)) and not (
        measure
        or OWN_VERB.match(sentence.text, match.end())
        or ACTING_GROUP.match(sentence.text, match.end())
        or PROPERTY.match(sentence.text, match.end())
    )


def _joined(
    sentence: Sentence, first: Figure, second: Figure, qualifier: str, partial: bool
) -> list[Figure]:
    """Two groups of one list: each as a part, and their sum as the whole figure, open-ended when
    either part is or the list's hedge ('at least') says so."""
    open_ended = (
        first.high is None or second.high is None or qualifier in ("at least", "more than")
    )
    total = first.low + second.low
    whole = Figure(
        second.metric,
        total,
        None if open_ended else total,
        qualifier or second.qualifier,
        sentence.text[first.start - sentence.start : second.end - sentence.start].strip(),
        first.start,
        second.end,
        partial,
    )
    return [
        Figure(**{**first.__dict__, "partial": True}),
        Figure(**{**second.__dict__, "partial": True}),
        whole,
    ]


def numbers_hedge(hedge: str | None) -> str:
    """The lexicon's hedge ('at least') for the words before a number, '' for none."""
    words = re.sub(r"\s+", " ", (hedge or "").lower())
    return lexicon.load().numbers.get(words, (None, ""))[1] if words else ""


def _is_partial(sentence: Sentence, quote: str, position: int) -> bool:
    """A subgroup count: a partial cue in the figure's words, just before them, or earlier in its
    clause ('among the casualties')."""
    partial = lexicon.load().partial
    clause_start = sentence.clause_at(sentence.start + position)[0] - sentence.start
    before = sentence.text[clause_start:position]
    return bool(
        partial.search(quote)
        or partial.search(before[-25:])
        or re.search(r"(?i)\bamong\s+(?:the|those)\s+[a-z]", before)
    )


def _metric_after(text: str, position: int) -> tuple[str, int] | None:
    """The first casualty word within a few words after the number, before any punctuation:
    (metric, end). A short aside in brackets or dashes ('four New People's Army (NPA) fighters',
    'four people – a soldier and three students – have died') or a part counted before the verb
    ('At least five civilians, including two women were killed') or an aside on the victim ('a boy,
    said to be supporting the Opposition, was killed') is skipped, and so is the full stop of an
    abbreviation ('One U.S. civilian contractor was killed'). A casualty word that counts a number
    after it ('at one of the gun stores and wounded three policemen') counts that one; a relative
    clause on the counted people ('One person, who sustained gunshot wounds') is read too."""
    plain = ABBREVIATION_DOT.sub(
        _blank,
        VERB_ASIDE.sub(_blank, INCLUDED_ASIDE.sub(_blank, ASIDE.sub(_blank, text[position:]))),
    )
    window = re.match(r"[^.;:,!?()“”\"]*", plain).group()
    who = WHO_CLAUSE.match(plain, len(window))
    if who is not None:
        window += who.group()
    hits = [
        (hit.start(), metric, hit.end())
        for pattern, metric in lexicon.load().casualties
        for hit in [pattern.search(window)]
        if hit
    ]
    hits, clause_end = sorted(hits), None
    for offset, metric, hit_end in hits:
        gap = window[:offset]
        if clause_end is not None:  # the relative clause's words do not count
            gap = gap[: RESTRICTIVE_WHO.search(gap).start("who")] + gap[clause_end:]
        gap = OF_PHRASE.sub(" ", gap)
        if clause_end is None and RESTRICTIVE_WHO.search(gap) and hits[-1][0] > offset:
            clause_end = hit_end
            continue
        if (
            len(gap.split()) <= MAX_WORDS_TO_CASUALTY
            and not _number_regex().search(gap)
            and not DOERS_CLAUSE.search(gap)
            and not (RELATIVE_DOER.search(gap) and VICTIM_OBJECT.match(window, hit_end))
            and not _counts_a_part(window[hit_end:])
            and not _number_regex().match(window[hit_end:].lstrip())
        ):
            return metric, position + hit_end
    return None


def _counts_a_part(after: str) -> bool:
    """Whether a casualty verb counts a part of the group told before it ('a patrol of six
    soldiers ... and wounded one of them'): the group's number is no casualty figure."""
    part = PARTITIVE.match(after)
    return part is not None and parse_number(part.group("count")) is not None


def _metric_before(text: str, position: int) -> tuple[str, int] | None:
    """A casualty verb right before the number ('killing at least 82', 'death toll rose to 20'):
    (metric, start)."""
    window = text[:position]
    for pattern, metric in lexicon.load().casualties:
        for hit in pattern.finditer(window):
            if TOLL_VERBS.regex.fullmatch(window[hit.end() :]):
                return metric, hit.start()
    return None


def _told_earlier(text: str, position: int) -> bool:
    """Whether the clause of a number, from the last 'but' or contrast before it, tells an earlier
    count ('Doctors initially said police had shot dead one teen, but ... said three people
    died': only the one)."""
    before = text[:position]
    return bool(EARLIER_TELLING.search(before[_last_clause(before, 0) :]))


def _last_clause(before: str, floor: int) -> int:
    """Where the last clause of `before` opens: after its last contrast (', but', ', while') or
    bare 'but', never before `floor`."""
    joins = (*CONTRAST_JOIN.regex.finditer(before), *BUT.finditer(before))
    return max([floor, *(m.end() for m in joins)])


def _bare_toll(text: str, position: int, metric: str | None) -> tuple[str, int] | None:
    """'The number increased to 49': a bare toll noun revised right before the number counts what
    the paragraph's figures before it counted (`metric`): (metric, start)."""
    hit = BARE_TOLL.search(text[:position]) if metric else None
    return (metric, hit.start()) if hit else None


def _blank(match: re.Match) -> str:
    """Spaces as long as the match, so offsets after it stay right."""
    return " " * len(match.group())


def _inherited_metric(text: str, match: re.Match, found: list[Figure]) -> str | None:
    """'including three civilians' and '... while three were moved to' count what the figure before
    them counts."""
    if not found:
        return None
    before = text[max(0, match.start() - 20) : match.start()].lower()
    if re.search(r"\b(?:including|among\s+them|of\s+them)\s+$", before):
        return found[-1].metric
    if "bodies" in found[-1].quote and MOVED.match(text[match.end() :]):
        return found[-1].metric
    return None


def _named_before_others(text: str, position: int) -> int:
    """'its spokesman Karim al-Dulaimi and three other members': the people named before 'and N
    other' add to N; a name is a few words, never a clause that ends on one ('attacked the post
    in the early hours of Thursday, causing the deaths of four members ... and two others')."""
    before = text[:position]
    if not AND_OTHERS.search(before) or not re.match(r"\S+\s+other", text[position:], re.I):
        return 0
    listed = re.split(r",\s*", AND_OTHERS.sub("", before))[-3:]
    return sum(
        1
        for chunk in listed
        if re.search(r"\b[A-Z][a-z]+(?:\s+[\w'’-]+){0,3}\s+(?:al-)?[A-Z][\w'’-]+\s*$", chunk)
    )


def _named_dead(sentence: Sentence, found: list[Figure]) -> list[Figure]:
    """'X, ..., was also killed along with Y' when the clause gives no number: the named dead, a
    partial count; a list of three or more ('A, B, and C were killed') counts every name."""
    named = _named_list(sentence, found)
    for match in NAMED_DEAD.regex.finditer(sentence.text):
        clause = sentence.clause_at(sentence.start + match.start())
        if any(clause[0] <= f.start < clause[1] for f in found + named):
            continue
        names = tuple(
            n for n in (match.group("subject"), match.group("second"), match.group("with")) if n
        )
        if (
            not names
            or names[0].split()[0].lower() in PRONOUNS
            or NOBODY_ENDS.match(names[0])
            or name_key(names[0]) in lexicon.load().country_names
            or (match.group("died") and len(names[0].split()) < 2)
        ):
            continue  # 'near the border with Colombia were killed': a country is nobody killed;
            # 'Violence died' has no person's name of two words
        count = len(names) + (parse_number(match.group("others") or "") or 0)
        named.append(_named_figure(sentence, match, names, count))
    return named


def _named_list(sentence: Sentence, found: list[Figure]) -> list[Figure]:
    """'A, B, and 32-year-old C, were killed' in a clause that gives no number: each name counts
    one (a partial count, as any named dead)."""
    named = []
    for match in NAMED_LIST.regex.finditer(sentence.text):
        clause = sentence.clause_at(sentence.start + match.start())
        if any(clause[0] <= f.start < clause[1] for f in found):
            continue
        names = tuple(
            re.sub(AGED, "", n).strip() for n in LIST_SEPARATOR.split(match.group("names"))
        )
        named.append(_named_figure(sentence, match, names, len(names)))
    return named


def _named_figure(
    sentence: Sentence, match: re.Match, names: tuple[str, ...], count: int
) -> Figure:
    """The named dead of one match: a partial count, open-ended when 'also' says others died
    with them."""
    also = bool(match.group("also"))
    return Figure(
        "killed",
        count,
        None if also else count,
        NAMED,
        match.group().strip(),
        sentence.start + match.start(),
        sentence.start + match.end(),
        True,
        names=names,
    )


GOING_ON = re.compile(r"(?i)[a-z]+ing")
"""A reporting participle ('adding', 'saying'): it may go on with the speaker of the verb before
it."""


def attributions(sentence: Sentence, speakers: Speakers) -> list[Attribution]:
    """Who the sentence says is speaking, and which of its words each speaker covers."""
    text = sentence.text
    found: list[Attribution] = []
    for verb in lexicon.load().reporting:
        for hit in verb.regex.finditer(text):
            if (
                _in_name(text, hit)
                or CLAIMED_ACT.match(text, hit.end())
                or _noun_after_preposition(text, hit)
                or COUNT_BEFORE.search(text, 0, hit.start())
            ):
                continue
            if not verb.speaker_after and HEARSAY.search(text, 0, hit.start()):
                continue
            attribution = (
                _speaker_after(text, hit)
                if verb.speaker_after
                else _speaker_inverted(text, hit)
                or _speaker_going_on(text, hit)
                or _speaker_before(text, hit)
            )
            if attribution is None:
                continue
            name, start, end, covers_from, covers_to, via = attribution
            found.append(
                Attribution(
                    speakers.resolve(name),
                    sentence.start + start,
                    sentence.start + end,
                    sentence.start + covers_from,
                    sentence.start + covers_to,
                    via,
                    lead=covers_from > start,
                    own_action_cameo=verb.own_action_cameo,
                )
            )
    found = _without_overlaps(found)
    for attribution in found:
        speakers.remember(attribution.speaker)
    return found


COUNT_BEFORE = re.compile(r"\d\s+$")
"""'up from 27 reported Tuesday': a reporting verb right after a number is a participle of the
count (the 27 that were reported), no speaker's verb."""


def _noun_after_preposition(text: str, hit: re.Match) -> bool:
    """'clashes between islanders over claims of witchcraft killed two men', 'locals and media
    reports said': a reporting word that also reads as a noun (words.csv reporting_noun), right
    after a preposition or right before another reporting verb, is that noun."""
    return bool(REPORTING_NOUN.fullmatch(hit.group())) and bool(
        PREPOSITION_BEFORE.search(text[: hit.start()]) or VERB_AFTER_NOUN.match(text, hit.end())
    )


def _in_name(text: str, hit: re.Match) -> bool:
    """'the United States (US) military': a capitalised reporting word after a capitalised word is
    part of a name."""
    return hit.group()[:1].isupper() and bool(
        re.search(r"[A-Z][\w.'’-]*\s+$", text[: hit.start()])
    )


def _without_overlaps(found: list[Attribution]) -> list[Attribution]:
    """One attribution per speaker span; two verbs of one subject ('X said ..., adding') cover both
    their spans."""
    kept: list[Attribution] = []
    for a in sorted(found, key=lambda a: (a.start, -(a.end - a.start))):
        same = next((i for i, k in enumerate(kept) if k.start <= a.start < k.end), None)
        if same is None:
            kept.append(a)
        else:
            k = kept[same]
            kept[same] = replace(
                k,
                covers_from=min(k.covers_from, a.covers_from),
                covers_to=max(k.covers_to, a.covers_to),
                via=k.via or a.via,
                own_action_cameo=k.own_action_cameo or a.own_action_cameo,
            )
    return kept


def clean_speaker(speaker: str) -> str:
    """'Meanwhile, the Beirut-based Al-Manar TV has also' -> 'Al-Manar TV'; 'KHARTOUM (Reuters) -
    Sudan's army' -> 'Sudan's army' (a dateline is no part of a speaker)."""
    text = re.sub(r"[“”\"‘’']+$|^[“”\"‘’']+", "", DATELINE_PLACE.sub("", speaker).strip(" ,;:-–—"))
    text = LEADING_WORDS.sub("", text)
    text = AGE.sub(" ", text)
    text = BASED.sub("", text)
    text = TRAILING_WORDS.sub("", text)
    text = DETERMINERS.sub("", text.strip(" ,"))
    return re.sub(r"\s+", " ", text).strip(" ,")


def _plausible(speaker: str, most: int = MAX_SPEAKER_WORDS) -> bool:
    """A speaker is a short noun phrase, not a clause: at most `most` words and no verb of its
    own."""
    words = speaker.split()
    return 0 < len(words) <= most and not re.search(
        r"\b(?:was|were|is|are|had|has|have|will|would)\b", speaker
    )


def _speaker_after(text: str, hit: re.Match):
    """'according to the PMF', 'confirmed by the governor': the speaker follows the verb; the whole
    sentence is theirs, up to a clause with a speaker of its own ('... according to an official
    toll, while rebels said 32 were killed')."""
    tail = _speaker_tail(text, hit.end())
    if not tail:
        return None
    name = clean_speaker(text[hit.end() + tail.start(1) : hit.end() + tail.end(1)])
    if not _plausible(name, MAX_SOURCE_WORDS):
        return None
    joins = [(m.start(), m.end()) for m in CONTRAST_JOIN.regex.finditer(text)]
    covers_from = max((b for _, b in joins if b <= hit.start()), default=0)
    covers_to = min((a for a, _ in joins if a >= hit.end()), default=len(text))
    return name, hit.end(), hit.end() + tail.end(), covers_from, covers_to, ""


def _speaker_tail(text: str, position: int) -> re.Match | None:
    """The name after a verb, up to the first punctuation that is not an abbreviation's full stop
    ('according to the U.S. military.'); the match is on `text[position:]`, offsets the same."""
    masked = ABBREVIATION_DOT.sub(lambda m: m.group().replace(".", "_"), text[position:])
    return re.match(r"\s*([^,.;:!?“”\"()]+)", masked)


def _speaker_inverted(text: str, hit: re.Match):
    """'..., said the governor.' / '“...,” said Amal Haddad, who heads ...': the speaker follows a
    sentence-final verb. A participle ('..., adding his men routed the insurgents') has its
    speaker before it, never after, and so has 'told', whose object is the listener ('..., the
    municipal official from Dessa, told AFP')."""
    if (
        not re.search(r"[,”\"]\s*$", text[: hit.start()])
        or hit.group().lower().endswith("ing")
        or hit.group().lower().startswith("told")
    ):
        return None
    tail = _speaker_tail(text, hit.end())
    if not tail or re.match(
        r"\s*(?:that|to|in|on|the\s+\w+\s+(?:was|were))\b", text[hit.end() :], re.I
    ):
        return None
    name = clean_speaker(text[hit.end() + tail.start(1) : hit.end() + tail.end(1)])
    if not _plausible(name):
        return None
    return name, hit.end(), hit.end() + tail.end(), 0, hit.start(), ""


def _speaker_before(text: str, hit: re.Match):
    """'X said (that) ...' covers what follows; '..., X said (Friday).' and '“...,” X told Y' cover
    what precedes, also when a participle goes on ('“...,” X told Reuters on Friday, adding
    ...') or the outlet told has a word before its name ('..., security sources told daily
    Hürriyet.')."""
    after = text[hit.end() :]
    via = ""
    told = re.match(
        r"\s+((?:[a-z][\w-]*\s+){0,2}[A-Z](?:(?!\bthat\b)[^,.;:!?“”\"()])*?)"
        r"(?:\s+(?:in|on|via|by)\s+[^,.;:!?]*)?"
        r"\s*(?:[.;]?\s*$|,)",
        after,
    )
    if hit.group().lower().startswith("told") and told:
        via = clean_speaker(told.group(1))
        after = ""
    ends_sentence = bool(
        re.match(
            r"(?:\s*(?:(?:on\s+)?\w+day|in\s+a\s+statement|on\s+twitter|at\s+the\s+time)){0,2}\s*(?:[.;!]?\s*$|,)",
            after,
        )
        or TRAILING_SETTING.match(after)
    )
    before = text[: hit.start()]
    quote_end = max(before.rfind("”"), before.rfind('"'), before.rfind(":"))
    base = _last_clause(before, quote_end + 1)
    dateline = DATELINE_PLACE.match(before)
    if dateline:  # 'COLOMBO, Sri Lanka (AP) - The navy said': the dateline's comma parts nothing
        base = max(base, dateline.end())
    if ends_sentence or via:
        name, segment_start = _closing_speaker(before, base)
        covers = (0, segment_start)
    else:
        chunks = re.split(r",\s*", before[base:])
        lead = next((c for c in chunks if c.strip() and not ADVERBIAL_CHUNK.match(c)), "")
        relative = RELATIVE_SUBJECT.search(lead)
        if relative and not NOUN_PHRASE_START.match(lead, relative.end()):
            lead, relative = lead[: relative.start()], None  # the clause describes the subject
        relative = relative or SUBORDINATE_SUBJECT.search(lead)
        if relative:  # 'depots that the U.S. said were ...': the relative clause's subject speaks
            lead = lead[relative.end() :]
        subject = SUBJECT_THEN_VERB.match(lead)
        name = clean_speaker(subject.group(1) if subject else lead)
        segment_start = before.find(lead, base) if lead else hit.start()
        covers = (hit.end(), len(text))
        relayed = _relayed_speaker(chunks[chunks.index(lead) + 1 :] if lead in chunks else [])
        quoted = AS_SAYING.match(after)
        if quoted or relayed:
            name, via = clean_speaker(quoted.group("speaker") if quoted else relayed), name
        if quoted:
            covers = (hit.end() + quoted.end(), len(text))
    if not _plausible(name):
        return None
    return name, segment_start, hit.start(), covers[0], covers[1], via


def _speaker_going_on(text: str, hit: re.Match):
    """'..., the Thai army said, adding that ...': a participle right after another reporting verb
    and its comma goes on with that verb's speaker (its subject, or the name after it when a quote
    closes before it: '“...,” said Jan Mohammad, adding'), and covers what follows it."""
    if not GOING_ON.fullmatch(hit.group()):
        return None
    for verb in lexicon.load().reporting:
        for previous in verb.regex.finditer(text, 0, hit.start()):
            if not re.fullmatch(r"[^,.;“”\"]*,\s*", text[previous.end() : hit.start()]):
                continue
            after_quote = re.search(r"[”\"],?\s*$", text[: previous.start()])
            told = (
                _speaker_inverted(text, previous) or _speaker_before(text, previous)
                if after_quote
                else _speaker_before(text, previous)
            )
            if told is not None:
                name, start, _, _, _, via = told
                return name, start, hit.start(), hit.end(), len(text), via
    return None


def _closing_speaker(before: str, base: int) -> tuple[str, int]:
    """The speaker of a verb that closes the sentence ('..., X said.', '..., X, told AFP.') and
    where it starts: the last comma chunk, or the person it describes ('..., Abdoulaye Oumou Sow,
    an FNDC leader told AFP' -> 'Abdoulaye Oumou Sow (FNDC leader)')."""
    trimmed = before.rstrip()
    trimmed = trimmed[:-1] if trimmed.endswith(",") else trimmed
    start = max(base, trimmed.rfind(",") + 1)
    name = clean_speaker(trimmed[start:])
    person_from = max(base, trimmed.rfind(",", 0, max(start - 1, 0)) + 1)
    person = trimmed[person_from : start - 1] if start > base else ""
    if APPOSITIVE_TITLE.match(trimmed[start:]) and PERSON.fullmatch(person):
        return f"{person.strip()} ({name})", person_from + len(person) - len(person.lstrip())
    return name, start


def _relayed_speaker(chunks: list[str]) -> str:
    """The speaker a subject relays in a chunk between it and its verb ('the government, quoting
    an unidentified Interior Ministry official, said'), or ''."""
    for chunk in chunks:
        relayed = RELAYED.regex.match(chunk.strip())
        if relayed:
            return relayed.group("speaker")
    return ""


def claimant(figure: Figure, found: list[Attribution]) -> str:
    """The claimant of one figure: the speaker whose words hold it, 'X via Y' when a report relays
    a speaker."""
    holding = [a for a in found if a.covers_from <= figure.start < a.covers_to]
    if not holding:
        return UNATTRIBUTED
    leads = [a for a in holding if a.lead]
    inner = (
        max(leads, key=lambda a: a.start)
        if leads
        else min(holding, key=lambda a: a.covers_to - a.covers_from)
    )
    relays = [a for a in holding if a is not inner and not a.lead and a.speaker != inner.speaker]
    return label(inner) + "".join(f" via {a.speaker}" for a in relays[:1])


def label(attribution: Attribution) -> str:
    """A speaker as a claimant: 'X', or 'X via Y' when the sentence says Y relays X."""
    return attribution.speaker + (f" via {attribution.via}" if attribution.via else "")


def open_quote(text: str) -> bool:
    """Whether a sentence leaves a quotation open (its words go on in the next sentence)."""
    return text.count("“") > text.count("”") or (
        text.count('"') % 2 == 1 and text.lstrip().startswith('"')
    )


def closing_attribution(sentence: Sentence, found: list[Attribution]) -> str | None:
    """'... in the street,” said a neighbour.', '... 15 wounded," Hissene said, adding ...': the
    speaker named after the close of a quotation that opened in an earlier sentence, whose words
    reach back over it."""
    closes = max(sentence.text.find("”"), sentence.text.find('"'))
    tail = [
        a
        for a in found
        if closes >= 0 and a.covers_from - sentence.start <= closes < a.start - sentence.start
    ]
    return tail[0].speaker if tail else None


def passive_attribution(sentence: Sentence, found: list[Attribution]) -> str | None:
    """'The death toll was confirmed by X': X claims the figures of the sentence before."""
    if not PASSIVE_ATTRIBUTION_SUBJECT.search(sentence.text) or not found:
        return None
    by = [a for a in found if re.search(r"\bby\s*$", sentence.text[: a.start - sentence.start])]
    return by[0].speaker if by else None
