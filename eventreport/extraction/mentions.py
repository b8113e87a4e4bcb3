"""Candidate events in one sentence: trigger words grouped by clause, with their date, place,
actors and figures.

A sentence is read once: its date phrases (`dates`), place phrases (`geoparse`), actors
(`actors`), speakers and casualty figures (`numbers`), and the trigger words of
`data/lexicons/triggers.csv`, each read in its context ('bombed' near 'warplanes' is an air
strike, 'stormed' by a crowd is a riot). Triggers of one kind in one clause make one
mention; a date phrase belongs to the nearest trigger; a kinetic trigger inside what a
speaker condemns or denies ('condemned the attack') is reported, not a new event. A
sentence set in the past of the crisis ('Since 1998 he led ...') yields no mention.

Statements are mentions too, one per speaker, when saying them is an act of the statement rule
(CURATION.md): 'X, Y and Z condemned the attack' gives three, and a party that describes its own
one-sided attack ('the Pentagon said it had launched strikes') acknowledges it (CAMEO 015); a bare
'said' tells what happened and makes none. Monitors, aid agencies, medics and media only report
figures.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from .. import places, wordlists
from ..names import name_key
from ..places import Place
from . import actors, dates, geoparse, lexicon, numbers, sentences
from .dates import DateMention
from .geoparse import PlaceMention
from .lexicon import Trigger
from .numbers import Attribution, Figure
from .sentences import Sentence

STATEMENT, VIOLENCE, DEMONSTRATION, STRATEGIC, GENERIC = (
    "statement",
    "violence",
    "demonstration",
    "strategic",
    "generic",
)
KINETIC_FAMILIES = (VIOLENCE, DEMONSTRATION, GENERIC)
CROWD_KINDS = frozenset({"protesters", "rioters"})
BYLINE = re.compile(r"(?i)by\s+[^.,:;!?()]{1,60}")
"""A byline above the text ('By KRISHAN FRANCIS'): no dateline, no sentence of the story."""
ARRESTS = "Arrests"
EXCESSIVE_FORCE = "Excessive force against protesters"
DISRUPTED = "Disrupted weapons use"
INTERVENTION = "Protest with intervention"
BATTLES, ARMED_CLASH = "Battles", "Armed clash"
AGREEMENT, PEACEFUL = "Agreement", "Peaceful protest"
LOOTING = "Looting/property destruction"
RIOT = "Violent demonstration"
ROUTE_BEFORE = re.compile(r"(?i)\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$")
"""'The protest march between the Shiite-populated villages of Dia and Sahla': the two places
bound one act's route, no list of places each with an act."""
HOLDING_PLACE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:in|of|near)\s+(?:the\s+)?$", re.I
)
"""'near Garbougna, a village in the Tillaberi area': the place after 'in' holds the one before,
so the two are no list of places."""
EXPLOSIVE = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
ABDUCTION = "Abduction/forced disappearance"
VICTIM_KINDS = frozenset({"civilians"})
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?:also\s+)?$")
"""An auxiliary before a participle, in lower case: 'IS claimed the attack' names Islamic State."""
HEDGED_PARTICIPLE = lexicon.Rule(r"(?i)\b(?:{degree_adverb})\s+$")
"""'a crisis widely blamed on his rule', 'an attack roundly condemned': a participle after a degree
adverb describes a noun, nobody's statement."""
APPOSITIVE = re.compile(r",\s*(?P<words>(?:the|a|an)\s+[^,;:“”\"]{3,100}?)(?:,|[.;]?\s*$)")
"""', the head of Myanmar's ruling military council,': who a named person is."""
PASSIVE_SUBJECT = re.compile(
    r"(?i)^(?:\s+[\w'’-]+){0,3}?\s+(?:was|were|had\s+been|has\s+been)\s+\w+ed\b"
)
"""'The Ukrainian charge d'affaires was summoned': the actor a passive verb acts on."""
PASSIVE_TRIGGER = lexicon.Rule(r"(?i)^(?:{passive_trigger})")
AGENT_NOUN = lexicon.Rule(r"(?i)(?:{agent_noun})")
PURPOSE_PREFIX = lexicon.Rule(r"(?i)\b(?:{purpose_prefix})-$")
NONLETHAL_BEFORE = lexicon.Rule(r"(?i)\b(?:{nonlethal_prefix})[\s-]+$")
"""'stun grenades', 'smoke bombs': what a crowd is dispersed with, no explosive attack."""
NONLETHAL_INSIDE = lexicon.Rule(r"(?i)\b(?:{nonlethal_prefix})[\s-]+[\w-]+$")
"""'fired tear-gas shells': a trigger whose weapon is a means of crowd control."""
NONLETHAL_AFTER = lexicon.Rule(r"(?i)^\s+of\s+(?:{nonlethal_prefix})\b")
"""'detonations of tear gas grenades echoed': a blast of a means of crowd control."""
KILL_VERB = lexicon.Rule(r"(?i)(?:{kill_verb})")
VICTIM_VERB = lexicon.Rule(r"(?i)(?:{victim_verb})")
POSSESSIVE = re.compile(r"['’]s\b")
"""'stormed a remote village in Nigeria's Borno state': a country in the possessive owns the noun
after it (a place, a force), so it is never itself the object of the act."""
REDUCED_PASSIVE_AFTER = re.compile(
    r"(?i)\s*(?:[,;:]|$)|\s+(?!at\s+(?:least|most)\b)"
    r"(?:in|on|at|by|as|when|after|during|while|near|outside|inside|amid)\b"
)
"""What follows a participle with no object: a comma, the end, or a preposition ('at least' is a
number's, 'killed at least ten soldiers' has its object)."""
ACTIVE_SUBJECT = re.compile(r"(?i)\s+(?:(?:have|has|had|also|then|\w+ly)\s+)*")
"""What may stand between the subject and its verb: 'Gunmen have killed', 'soldiers had also
killed', 'militants reportedly killed'."""
SUBJECT_OF = re.compile(
    r"(?i)\s+(?:of|from)\s+(?:(?!(?:who|which|that|and|but)\b)[\w'’-]+\s+){1,6}?"
    r"(?:(?:have|has|had|also|then|\w+ly)\s+)*"
)
"""A subject's 'of' phrase before its verb ('residents of the village of Hoshyar in Soh
attacked')."""
UNARMED_SUBJECT = lexicon.Rule(
    r"\b(?i:{unarmed_people})(?:\s+[A-Z][\w'’-]*)?(?=\s+(?:(?:have|has|had|also|then|\w+ly)\s+)*$)"
)
"""Unarmed people no actor list names, right before their verb: 'ethnic Serbs clashed', 'locals
attacked'."""
UNARMED_KINDS = CROWD_KINDS | VICTIM_KINDS | {"monitor", "party"}
"""People who are no armed group as a side of a fight: crowds, civilians, activists (the lexicon's
'monitor' kind) and a party's supporters ('clashes with activists', 'BNP activists clashed with
police'): their fight is a riot, not a battle."""
CAMPAIGN = lexicon.Rule(r"(?i)\b(?:{electoral_campaign})\b")
"""'launched his campaign on Friday, addressing thousands in a rally': an election event."""
SIDE_REACH = 60
"""How near a fight word an armed actor names one of its sides ('gunmen fired on police')."""
UNARMED_SIDES = lexicon.Rule(
    r"(?i)\s+(?:between|among|amongst)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{unarmed_people})\b"
)
"""'clashes between prisoners', 'fighting among inmates': unarmed people a fight word names as its
sides."""
BY_UNARMED = lexicon.Rule(r"(?i)\s+by\s+(?:[\w'’-]+\s+){{0,2}}?(?:{unarmed_people})\b")
"""'seven prison officers were taken hostage by inmates': unarmed people as the doers of a
passive act."""
EACH_OTHER = re.compile(r"(?i)\s+(?:with\s+)?(?:each other|one another)\b")
"""'inmates fought each other': the subject's people are both sides."""
"""People who are no armed group: a crowd, or civilians (residents, villagers, students)."""
OBJECT_GAP = re.compile(r"(?:\s+[\w'’-]+){0,5}\s+")
"""What may stand between a verb and its object, with no comma ('killed six suspected militants';
'Four soldiers killed, two militants wounded' has none)."""
OWN_SUBJECT = re.compile(r"(?i)\b(?:as|when|while|after|before|because)\s+(?:they|he|she|we)\b")
"""'as they marched': a verb with a subject of its own, not the actor told before it."""
SPOKEN_BETWEEN = lexicon.Rule(r"\b(?:{reporting_verb})\b")
"""'Police Commissioner McDonald Jacobs said eight people had been arrested as a result of the
fiery protests': an actor who reports the words after it does not do what they tell."""
SECOND_VERB = re.compile(r",\s+and\s+(?:then\s+|also\s+)?$")
"""', and warned': a verb coordinated after a clause, with no subject of its own."""
SAYER_PRONOUN = re.compile(r"(?i)\s*(?:it|he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?")
"""'said in a statement that it rejected': a pronoun that is the reporting verb's own subject."""
LAST_CUT = re.compile(r"(?:[;:“”\"]|\bthat\b)(?!.*(?:[;:“”\"]|\bthat\b))")
"""The last punctuation or 'that' before a statement word: its subject comes after it."""
COORDINATION = re.compile(r",|\b(?:and|or|as\s+well\s+as|along\s+with|together\s+with)\b|;")
"""What joins two noun phrases of a list ('Albania and Kosovo as well as the European Union')."""
ONGOING = re.compile(r"(?i)\b(?:have|has)\s+been\s+$")
SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
ONGOING_CLAUSE = re.compile(r"(?i)\b(?:have|has)\s+been\s+(?=\w+(?:ing|ed)\s+out\b|\w+ing\b)")
SINCE_PHRASE = re.compile(r"(?i)since\b")
BLAME_PREDICATE = re.compile(r"(?i)(?:is|are|was|were)\s+responsible\s+for")
"""'X is responsible for': X is the one blamed, so only a reporting verb names who blames."""
SINCE_CLAUSE = re.compile(
    r"(?i)\b(?:have|has)\s+(?:been\s+)?\w+\b[^,;:]*?\s(?P<since>since\s+[^,;:]+\s)$"
)
"""A present perfect, then a clause that 'since' opens, up to a date phrase."""
YEAR = re.compile(r"\b\d{4}\b")
"""A year in a date phrase: 'fighting since 2017' is the background of a long war, not a recent
start."""
"""A date phrase that holds its 'since' ('since Friday'): the day an act began."""
"""'have been camping out': a present perfect progressive anywhere before the date phrase."""
"""'since' right before a date phrase: the day an act began."""
BEFORE_THE_STORY = re.compile(r"(?i)\bhad\s+been\s+$")
"""'protesters had been demonstrating': the past perfect progressive of what went on before the
story, its background."""
THAT_DAY = re.compile(r"(?i)\b(?:that|the\s+same)\s+day$")
"""'on that day', 'later that day', 'the same day': the day the text named last."""
PERFECT = re.compile(
    r"(?i)(?<!\bto\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bcould\s)(?<!\bwould\s)"
    r"(?<!\bshould\s)\b(?:have|has)\s+(?:also\s+|now\s+|since\s+)?$"
)
"""'have also taken': the present perfect of an act of the days the story is written in; a perfect
infinitive or a modal perfect ('were believed to have attacked', 'may have killed') says nothing
of when."""
LEAD_SENTENCES = 2
"""The lead summarises the article's event: an undated lead mention of the same kind as an event
told later is that event (grouping.py), and a present perfect there sums up the story's act."""
"""'have been burning': the present perfect progressive of an act still going on."""
PURPOSE_BEFORE = re.compile(r"\b(?:to|and)\s+$")
"""'marched to demand', 'to demonstrate ... and demand': a verb of purpose."""
PHRASE_BETWEEN = re.compile(
    r"(?:\s+(?:on|in|at|near|outside|of|with)\s+(?:the\s+)?[\w'’-]+){0,3}(?:\s+while)?\s+"
)
"""Prepositional phrases between a noun and a participle that describes it ('A protest on
Wednesday calling for', 'hit the streets in Pulwama in solidarity with rebels while demanding')."""
SUBJECT_BETWEEN = re.compile(
    r"(?:\s+(?:on|in|at|near|outside|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?){0,2}"
    r"(?:\s*,[^,;]{1,80},)?\s+(?:\w+ly\s+)?"
)
"""What may stand between a protest noun and the verb it is the subject of: place and time
phrases, one parenthesis between commas ('A second protest on Sunday afternoon, attended by
relatives of police personnel, criticised')."""
AGENT_SUFFIX = re.compile(r"(?i)(?:er|or|ist)s?$")
"""A trigger that names people ('demonstrator', 'protesters'), not an act: the name after it is a
person's ('demonstrator Fabian Urbina'), never the object place of an attack verb."""
RELATIVE_PRONOUN = re.compile(r"(?i)\b(?:which|that|who|whose|where)\b")
"""A word that opens a relative clause."""
NOMINAL = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|this|that|these|those|another|latest|deadly|in|of|after|following|"
    r"during|since|from|on|at|amid)\s+(?:[\w’'\"“”‘-]+\s+){0,2}$|['’]s\s+(?:[\w-]+\s+)?$"
)
"""A determiner or a preposition a few words before a trigger, quoted words among them ('in a
"terrorist" attack'): the trigger is a noun, no verb with a subject of its own."""
SUBJECT_GAP = re.compile(r"\s+(?:\w+ly\s+)?(?:also\s+)?")
"""What may stand between a subject and its verb: an adverb ('Police later stormed')."""
POSSESSOR_GAP = re.compile(r"['’]s?\s+")
"""What stands between an actor and the act noun it possesses ('the riot forces’ storming')."""
RIOT_UNIT = lexicon.Rule(r"(?i)riot[\s-]+(?:{riot_equipped})\b")
"""'riot police', 'riot gear': forces equipped for riots, no riot."""
RIGHT_TO = re.compile(r"(?i)\b(?:right|rights|freedom)\s+to\s+$")
"""'the right to protest': what a right is about, no act."""
OWN_PAST_DAY = lexicon.Rule(r"(?i)\b(?:{weekday})['’]s\s+(?:[a-z-]+\s+)?$")
"""'who was responsible for Friday's attack': an act that owns a day was done, whatever is said
about who did it."""
WAVE_AFTER = lexicon.Rule(r"(?i)^\s+(?:that\s+(?:has|have)\s+)?(?:{wave_verb})\b")
WAVE_BEFORE = lexicon.Rule(r"(?i)\b(?:{wave_verb})\s+by\s+(?:[\w-]+\s+){{0,2}}$")
"""A wave of protest or unrest across a region or over weeks (words.csv wave_verb), no event."""
SHOWING = re.compile(r"(?i)demonstrat\w*\s+(?:that|how)\b")
"""'demonstrate that': to show, no protest."""
PLACE_BEFORE_VERB = re.compile(r"\b(?:in|at|from|of)\s+(?:[A-Z][\w’'-]+\s+){1,2}$")
"""'in Teculutan ': a place phrase that may end a subject ('Police in Teculutan arrested')."""
DEFINITE = re.compile(
    r"\b(?i:the|this|that|these|those)\s+(?:[a-z-]+\s+)?$|['’]s\s+(?:[a-z-]+\s+)?$|\b[A-Z][\w’'-]+\s+$"
)
OWN_ACTION_PRIORITY = 5
ONE_SIDED_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
AGREEMENT_WORD = lexicon.Rule(r"(?i)\b(?:{agreement_word})\b")
OFFICE_HOLDER = lexicon.Rule(r"\b(?i:{office_title})\s+[A-Z]")
"""An office holder named as a subject ('Acting Governor Hadiza Balarabe'): one who speaks in
person."""
"""'The implementation of the peace agreement signed today is essential,' he warned: what a party
or mediator says of an agreement on its day is part of it (CURATION.md, the statement rule, 3)."""
ANONYMOUS_VOICE = lexicon.Rule(r"(?i)\b(?:{anonymous_voice})\b")
"""'a US source says', 'a senior military source': a voice the article does not name tells what
happened; it claims no act of its side, even with a party named beside it (CURATION.md, the
statement rule)."""
GROUP_ANAPHOR = lexicon.Rule(r"(?i)(?:{group_anaphor})")
"""'The group claimed responsibility for the attack': the named armed group told last speaks."""
BOTH_SIDES = lexicon.Rule(r"(?i)\b(?:{both_sides})\b")
"""'Both sides have accused each other': a statement each of the two parties named last together
makes (CURATION.md, the statement rule)."""
EMBEDDING = re.compile(r"(?i)\b(?:that|which|who|whom)\s+(?:[\w'’-]+\s+){0,3}$")
"""'bridges that authorities say are key': a reporting verb right after a relative pronoun."""
SPEAKER_WORDS = 10
"""A speaker's name with its title and appositive ('Thai Defense Minister Phumtham Wechayachai')
is short; a longer span is a misread clause."""
CASUALTY_NOUN = lexicon.Rule(r"(?i)\b(?:{casualty_noun})\b")
SEPARATE_PLACES_KM = 50.0
COUNTRY_KINDS = ("country", "region")
"""A country or a compass region of one ('northern Syria'): two of two countries split an act."""
LISTED_GAP_WORDS = 8
LIST_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?")
"""What joins two names of a bare list: ', ', ' and ', ', and '."""
LIST_DASH = re.compile(r"\s*[-–—]\s*")
SETTLEMENTS_END = lexicon.Rule(r"(?i)\b(?:{settlement_group})\s*$")
"""A clause that ends on a word of settlements ('in three regional centers'): a dash after it
opens the list of their names."""
OBJECT_WORDS = 6
"""The object of an attack follows its trigger closely: 'on the positions of some Iraqi militia
battalions'."""
VICTIM_WINDOW = 40
"""How far before a crowd word a casualty word makes the crowd its victims ('killed at least
dozens of people')."""
OTHER_EVENT = re.compile(r"(?i)\b(?:since|amid)\b")
"""Words between two triggers that say they are two acts, besides the link cues (links.csv) that
part clauses: 'after', 'following', 'in response to'."""
SIGNING_PLACE = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:in|at)\s+(?:the\s+)?")
"""The words between an agreement's words and the place it was reached at: a few words, no
comma, then 'in' or 'at' ('reached an agreement on Wednesday in Pretoria')."""
FRONTED_CHARS = 3
"""A date phrase this close to the start of its sentence, followed by a comma ('On Friday, ...'),
dates every clause."""
DETERMINER_AFTER = re.compile(r"(?i)\s+(?:the|a|an|its|their|his|her)\b")
DEFINING_CLAUSE = re.compile(
    r"(?i)\b(?:is|was|are|were)\s+(?:[\w'’-]+\s+){0,3}?(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:that|which|who)\s+(?:(?:has|have|had)\s+)?$"
)
"""'X was originally an anti-Kampala rebel group that [fought]': a relative clause after 'is a ...'
says what kind of group X is, not what it did in the story."""
PARTICIPLE_CLAUSE = re.compile(r"(?i)^\W*(?:(?:before|after|while|when|then)\s+)?[a-z]+ing\b")
SITE_AFTER = lexicon.Rule(r"(?i)\s+(?:{site_noun})\b")
"""A site's noun right after an actor's name ('police headquarters', 'army checkpoint')."""
BETWEEN = re.compile(r"(?i)\bbetween\b")
SIDES_JOINED = re.compile(r"(?i)[^,;:.]*?\band\b[^,;:.]*")
"""What lies between a battle's two sides after 'between': 'and' within one phrase ('between the
army and rebels', 'between two armed groups: the Al-Radaa force and the Tripoli Revolutionary
Brigade'), never a comma's next clause ('... and an armed group, a presidential adviser told
Reuters')."""
CASUALTY_BEFORE = lexicon.Rule(
    r"(?i)\b(?:was|were|been)\s+(?:also\s+)?(?:{victim_verb})\b|\b(?:{suffered_verb})\b"
)
"""Words that make the clause's subject the victim of an attack named after them ('sustained no
casualties in 22 missile strikes')."""
PRONOUN_SUBJECT = re.compile(
    r"(?i)\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+)?(?:[a-z]+\b[^,;]{0,30})?$"
)
AGENT_PREPOSITION = r"(?:by|at\s+the\s+hands\s+of)"
"""What opens the agent of a passive: 'killed by the rebels', 'died at the hands of'."""
BY_AGENT = re.compile(
    rf"^\s*(?:\w+\s+){{0,3}}?{AGENT_PREPOSITION}\s+{wordlists.OPENING_QUOTE}(?:the\s+)?"
    rf"(?:(?:as\s+many\s+as|up\s+to|more\s+than|at\s+least)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}(?:\d[\d,]*-)?(?:of\s+(?:the\s+)?)?$",
    re.I,
)
"""'killed by the rebels', 'died at the hands of drug traffickers', 'gunned down by "terrorists
of the ELN"', 'an attack by as many as 100-insurgents': the agent of a passive."""
FINDING_DAY = lexicon.Rule(r"(?i)\b(?:{finding_verb})\s+$")
"""'Three other peacekeepers were found dead on Tuesday, having gone missing during the attack':
a day right after a finding verb is the day of the finding."""
AGENT_WORD = re.compile(rf"(?i)\b{AGENT_PREPOSITION}\b")
"""'one protester shot by the police': who a count's people were hurt by, not among them."""
SUFFERED = lexicon.Rule(r"(?i)(?:{suffered_verb})")
"""'A military policeman died': a verb whose subject suffers the act."""
TWEET_SIGNATURE = re.compile(r"[—–]\s*(?P<name>[^—–()]{2,60}?)\s*\(@\w+\)")
FOUND_BEFORE = lexicon.Rule(r"(?i)\b(?:{found_verb})\s+(?:[\w'’-]+\s+){{0,2}}$")
"""'police found Molotov cocktails ready for use': a crowd's weapon found, no riot."""
CHARGED = lexicon.Rule(r"(?i)\b(?:{charge_phrase})\s+(?:[\w'’-]+\s+){{0,3}}$")
"""'wanted on charges of kidnapping', 'convicted of corrupting': the act a person is charged with
is no act of the story."""
SHOWN = lexicon.Rule(
    r"(?i)\b(?:{picture_noun})\b[^.;:]{{0,60}}?"
    r"\b(?:{show_verb})\s+(?:[\w'’-]+\s+){{0,12}}$"
)
"""'Video footage on the website of Radio Liberty showed heavily armed policemen breaking up ...':
what pictures show is the telling of an act, joined to the act the text tells, never one of its
own."""
CHARGED_ACT = re.compile(r"\s+(?:of|for|with)\s+(?:\w+\s+)?\w+ing\b", re.I)
"""What follows the day of an accusation ('accused X Thursday of killing'): the act charged."""
HYPOTHETICAL = lexicon.Rule(
    r"(?i)\b(?:(?:is|are|was|were)\s+(?:{expectation})\s+to|{hypothetical})\b"
)
NOBODY_TAKEN = lexicon.Rule(
    r"(?i)\b(?:{nobody_word}|no(?!\s+(?:fewer|less|more)\b))\s+(?:[\w-]+\s+){{0,4}}$"
)
"""'No arrests were made', 'No locals had nevertheless been [arrested]': the words before an
arrest word that say nobody was taken (no act)."""
WAR_TOLL = lexicon.Rule(
    r"(?i)\bin\s+(?:that|the|this)\s+(?:[a-z-]+\s+)?(?:{war_noun})\b(?!\s+(?:area|zone|region)\b)"
)
"""'More than 50,000 people are believed to have died in that conflict': after a count, the words
that make it a war's toll."""
PEACEFUL_PHASE = lexicon.Rule(r"(?i)\b(?:{peaceful_phase})\b")
"""'Saturday's rally began peacefully': the rally told as peaceful before a riot."""
TURNED_VIOLENT = lexicon.Rule(
    r"(?i)\b(?:{violent_turn})\s+(?:[\w-]+\s+){{0,2}}?(?:violent|ugly|into)\b"
)
"""'The demonstration, which started peacefully, soon turned violent': the same protest changed,
one event with no peaceful phase of its own."""
FIGURATIVE_BLAST = lexicon.Rule(r"(?i)\bthe\s+(?:{figurative_subject})\s+$")
"""'On Dec. 16, the town exploded': a place or a mood as the subject of a blast word erupted in
unrest (a weak riot word that dates the riot told next), no explosion."""
HABITUAL = lexicon.Rule(r"(?i)\b(?:{habitual})\b")
"""'Israel launched dozens of strikes ..., the Syrian army usually reported': with no date of its
own, a sentence that tells what happens as a rule tells no event."""
EXPECTED_AFTER = lexicon.Rule(
    r"(?i)^\s+(?:(?:are|is)\s+(?:also\s+)?(?:{expectation}|planned|scheduled)|{forecast_word})\b"
    r"(?!\s+to\b)"
)
"""'more protests are expected late on Saturday', 'a rally is planned', 'with further exchanges of
gunfire likely' (a forecast word right after the noun): an act told after its noun as only to
come."""
STILL_TO_COME = lexicon.Rule(r"(?i)\b(?:{future_time})\b")
"""'the already planned protests in ... Masvingo next week': an act its clause sets in a time still
to come after it."""
WORD_START = re.compile(r"(?<![\w-])\w{1,3}")
QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
RELATIVE_DATE = re.compile(
    r"(?i)\s+(?:that|which)\s+(?:(?:had|has|was|were)\s+)?(?:been\s+)?[a-z]+"
    r"(?:\s+(?:out|off|up|place))?\s+$"
)
"""'the riot that had erupted on Saturday': a date phrase in a relative clause right after an act
word dates that act, not the verb of the main clause ('entered the prison on Tuesday to quell')."""
COORDINATED_DATE = re.compile(
    r"(?i),\s+(?:and|but)\s+(?:then\s+)?(?:on\s+|by\s+|late\s+|early\s+)?$"
)
"""', and on' right before a date phrase: it opens a clause of its own."""
FINITE_VERB = re.compile(r"(?i)\b(?:was|were|is|are|had|has|have|did|been)\b|,\s*(?:but|and)\b")
"""A finite verb (or a clause joined by a comma) between an act word and a date phrase after it:
the date is that verb's ('after the ambush but were found at dawn on Monday')."""
REFERRED = re.compile(
    r"(?i)\b(?:after|before|following|since|days?\s+after)\s+(?:the|a|an|this|that|its|their)\s+(?:[a-z-]+\s+)?$"
)
SPEAKING_PLACE = lexicon.Rule(
    r"(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:{reporting_verb}|{speech_setting})"
    r"|\b(?:was|were)\s+(?:speaking|talking))"
    r"\s+(?:[\w-]+\s+){{0,2}}?(?i:in|from|at)\s+(?i:the\s+)?$"
    r"|\b(?:{speech_setting})\s+at\s+[^,.;:]{{1,40}}?\s+in\s+(?i:the\s+)?"
    r"(?:(?i:{capital_rank})\s+)?(?i:capital),?\s+$"
)
"""'told journalists in Jakarta', 'said in Washington', 'a statement from Paris', 'told reporters
at Shija hospital in the state capital Imphal': where the speaker is, not the event. The verb is
matched in lower case: in 'a United States drone strike in Somalia' the name's 'States' is no
reporting verb. A passive report tells where the act was: 'Three blasts were reported in
Esmeraldas province'; a speaker 'who was speaking in Hanoi' is still a speaker."""
STATEMENT_OBJECT = re.compile(
    r"(?i)\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\w-]+\s+)?"
)
"""The words between a statement word and the act it names: 'denounced the arrest'."""
RELATIVE_WHERE = re.compile(r"(?i)^\W*where\b")
WORDS_CARRIED = lexicon.Rule(r"(?i)\b(?:{carried_words})\s+(?:\w+ly\s+)?$")
"""'slogans reportedly criticizing', 'banners denouncing': a participle of speech after what a
crowd chants or carries says what those words say, no statement of the story."""
QUESTION_BEFORE = re.compile(r"(?i)\b(?:who|whoever|whether|what)\s+$")
RELATIVE_WHO = re.compile(r"(?i),\s*who\s+$")
"""', who claimed to have captured': after a comma, 'who' opens a relative clause whose antecedent
speaks (CURATION.md, the statement rule), not a question ('to determine who was responsible')."""
NOBODY_BEFORE = lexicon.Rule(
    r"(?i)\b(?:{nobody}|no\s+(?:[\w-]+\s+){{1,2}}?(?:{organisation_noun}))\s+"
    r"(?:(?:has|had|have|was|{nobody_adverb})\s+){{0,3}}$"
)
"""'No one immediately claimed responsibility', 'No group has yet claimed', 'No rebel group
immediately claimed': a statement word whose subject is nobody tells that no one spoke."""
NOT_A_STATEMENT = lexicon.Rule(r"(?i)^\s*(?:{statement_modifier})\b")
"""'fired warning shots': a statement word used as a modifier names no statement."""
OPERATIONAL_CALL = lexicon.Rule(r"(?i)^\s*(?:for\s+)?(?:{requested_aid})\b")
"""'authorities called for backup', 'appealed for reinforcements': forces asking for help on an
operation, a step told in passing, no appeal."""
RELATIVE_INSERT = re.compile(
    r"(?i),\s*(?:(?:the|a|an)\s+[^,;:“”\"]*?\b(?:that|which|who)\b|who\b|which\b)[^;:“”\"]*,\s*$"
)
"""A relative clause between a subject and its verb: 'Trump, who tweeted that he expected
protection from ...,', or an appositive that holds one ('Hamas, the Islamist militant group that
controls Gaza, threatened': its 'that' opens no reported words)."""
RELATIVE_START = re.compile(r"(?i)(?:which|who|whom)\b")
"""A statement word inside a relative clause ('a group ..., which it blames for attacks')
describes, it is no act."""
LIST_LEAD = lexicon.Rule(r"(?i)\s*(?:following|after|before|in|on|at|{sequence_adverb})\b")
"""A chunk that opens with these is no member of a list of actors ('Earlier, ...')."""
QUOTED_VERB = re.compile(r"\s*(?:[a-z]+ly\s+)?")
"""What lies between an opening quote and a statement word when the quote starts with the verb: 'X
“strongly condemned'."""
CONTINUED_SENTENCES = 3
"""A speaker's statement with no date goes on with what the speaker said on a day the text named
this many sentences before ('the Pentagon confirmed on Tuesday ... “We are working ...,” it
added')."""
ASSAULT = lexicon.Rule(r"(?i)(?:{assault_word})")
"""One side's assault ('raided', 'attacked'), not a fight of two sides."""
SIDES_BETWEEN = re.compile(r"(?i)\s+between\b")
SIDE_WITH = re.compile(r"(?i)\s+with\s+(?:[\w'’-]+\s+){0,2}")
"""'clashed with residents', 'fought with angry local residents': the other side of a fight."""
CROWD_PRONOUN = lexicon.Rule(
    r"(?i)^\W*(?:(?:{sequence_adverb})\s*,?\s+)?(?:{crowd_pronoun})\s+(?!(?:{reporting_verb})\b)"
)
"""A subject that only points back to people told before: 'They broke into the building', 'Some
set fire to a bus'."""
CROWD_SIZE = lexicon.Rule(r"(?i)\b(?P<size>{crowd_size})\s+of\s+(?:\w+\s+)?(?:{crowd_people})")


@dataclass(frozen=True)
class Hit:
    """Trigger words in a sentence and their reading in context."""

    start: int
    end: int
    words: str
    reading: Trigger


@dataclass
class Facts:
    """What one sentence says, before triggers are grouped."""

    sentence: Sentence
    dates: list[DateMention]
    places: list[PlaceMention]
    actors: list[actors.Mention]
    attributions: list[Attribution]
    figures: list[Figure]
    background: bool
    antecedent: str
    """The last speaker before this sentence: who 'He said' or 'It added' refers to."""
    country: str | None
    known_speakers: frozenset[str] = frozenset()
    """Speakers the article quoted before this sentence: 'He added', 'Khaled said' go on
    speaking."""
    crowd_before: bool = False
    """Whether the sentence right before told of a crowd ('Thousands of people protested ...'):
    'Some set fire to a bus' goes on telling what the crowd did."""
    group_before: actors.Mention | None = None
    """The named armed group the text told last before this sentence: who 'The group claimed
    responsibility' is."""


@dataclass
class Mention:
    """One candidate event in one sentence (merged across sentences by `extract`)."""

    sentence: Sentence
    hits: list[Hit]
    family: str
    clause: tuple[int, int]
    reported: bool = False
    unreal: bool = False
    """An act not done, or only planned or feared ('will conduct air raids in the coming days',
    'could strike'): it names no event and joins none."""
    date: DateMention | None = None
    anchor: Mention | None = None
    place: PlaceMention | None = None
    unresolved: PlaceMention | None = None
    """A place name of the clause the gazetteer does not know, when a coarser place was chosen
    instead."""
    agent: actors.Mention | None = None
    target: actors.Mention | None = None
    others: list[actors.Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    speaker: str = ""
    tags: str = ""
    siblings: list[Mention] = field(default_factory=list)
    """Mentions split from this one by place: they share its date."""
    apart: list[Mention] = field(default_factory=list)
    """Mentions a link cue ties this one to ('X in response to Y'): two acts, never one event."""

    @property
    def reading(self) -> Trigger | None:
        """The reading that names the event: highest priority, strong before weak."""
        return max(
            (h.reading for h in self.hits), key=lambda r: (r.priority, r.strong), default=None
        )

    @property
    def calm(self) -> bool:
        """A protest its sentence tells as peaceful before a riot ('the rally began peacefully'):
        an event of its own, never one with the riot."""
        return bool(self.hits) and all(_calm_hit(self.sentence, h) for h in self.hits)

    @property
    def strong(self) -> bool:
        """Whether a strong trigger (a verb of attack, not a bare weapon noun) is among the
        hits."""
        return any(h.reading.strong for h in self.hits)

    @property
    def definite(self) -> bool:
        """'the shelling', 'the strike', 'Friday's attack': a trigger that points back to an event
        already told."""
        text = self.sentence.text
        return any(
            DEFINITE.search(
                text[max(0, h.start - self.sentence.start - 30) : h.start - self.sentence.start]
            )
            for h in self.hits
        )

    @property
    def start(self) -> int:
        """Where the mention's first trigger starts (the sentence start for a figure-only
        mention)."""
        return min((h.start for h in self.hits), default=self.sentence.start)

    @property
    def end(self) -> int:
        """Where its last trigger ends."""
        return max((h.end for h in self.hits), default=self.sentence.end)


@dataclass
class ArticleState:
    """What carries over from sentence to sentence: places, people and speakers named so far."""

    published: dt.date
    country: str | None
    places: geoparse.Memory = field(default_factory=geoparse.Memory)
    people: actors.Memory = field(default_factory=actors.Memory)
    speakers: numbers.Speakers = field(default_factory=numbers.Speakers)
    signatures: dict[int, str] = field(default_factory=dict)
    previous_figures: list[Figure] = field(default_factory=list)
    figures_at: tuple[int, int] | None = None
    """The sentence and paragraph of `previous_figures`: a speaker who closes the next sentence of
    the paragraph ('..., the military said.') claims those still unattributed."""
    counted_by: tuple[int, int, str, bool] | None = None
    """The sentence, paragraph and speaker of the last sentence whose figures are all one
    speaker's, or that has no figure and one speaker (then False: only a quotation goes on)."""
    quote_open: bool = False
    dateline: Place | None = None
    """The city the story is datelined in (`dateline_place`), when the text names no place the
    gazetteer lacks (the acts may be there, far from the reporter's city)."""
    spoken: dict[str, tuple[DateMention, int]] = field(default_factory=dict)
    """Speaker (`_speaker_key`) -> the date the text last gave one of their statements, and the
    sentence it was told in."""
    agreed: set[dt.date] = field(default_factory=set)
    """The days of the agreements told so far: what is said of an agreement on its day is part of
    it."""
    pair: tuple[actors.Mention, actors.Mention] | None = None
    """The two parties the text last named together ('Azerbaijan and Armenia'): who 'both sides'
    are."""
    story_group: actors.Mention | None = None
    """The one non-state armed group the article names (`draft.story_group`): an act told with
    no actor of its own is that group's."""
    story_actor: actors.Resolved | None = None
    """Who did the act the article is about (`draft.story_actor`): whom a statement with no one
    else named speaks about."""
    crowd_told: int = -1
    """The last sentence that told of a crowd (the `crowd` cue of triggers.csv), not of people in
    flight."""
    last_group: actors.Mention | None = None
    """The named armed group (`actors.GROUP_KINDS`) the text told last (`Facts.group_before`)."""
    actor_kinds: dict[int, frozenset[str]] = field(default_factory=dict)
    """Sentence index -> the kinds of the actors it names (`draft._armed_named`)."""
    crowd_fights: bool = False
    """Whether the text has told a fight of a crowd ('clashes between police and supporters of
    the opposition leader'): a fight it tells later with no side named is the crowd's
    (`_crowd_fight_goes_on`)."""
    last_day: DateMention | None = None
    """The last day the text named outright ('on voting day, December 7, 2020'): the day 'that
    day' means."""
    doers: dict[str, actors.Mention] = field(default_factory=dict)
    """Sub-event type -> the agent of the last act of that kind told first-hand: who carried out
    'the strikes' a later sentence points back to."""
    riots: dict[dt.date, Trigger] = field(default_factory=dict)
    """Day -> the reading of the first riot the text tells on it (`draft.riots`): what a death
    told with no act of its own that day was part of."""


def dateline_country(text: str) -> str | None:
    """The country of the city a wire story is datelined in (`dateline_place`)."""
    place = dateline_place(text)
    return place.country_iso3 if place is not None else None


def _opening_lines(text: str) -> list[str]:
    """The first two non-empty lines of a text that are no byline or credit ('By KRISHAN
    FRANCIS', 'AP'): where a dateline may stand. Lines are tested only until two are found."""
    lines = (line for line in text.splitlines() if line.strip() and not _credit_line(line))
    return list(itertools.islice(lines, 2))


def _credit_line(line: str) -> bool:
    """Whether a line only credits the story: a byline ('By Andreina Aponte and Eyanir Chinea')
    or an agency's name alone ('AP')."""
    words = line.strip()
    if BYLINE.fullmatch(words):
        return True
    found = actors.find(words, 0)
    return len(found) == 1 and found[0].text == words and _kind(found[0]) == "media"


def dateline_place(text: str) -> Place | None:
    """The city a wire story is datelined in ('Islamabad: ...', 'GOMA, Congo (AP) —'): where the
    story's unnamed officials speak from, even when the events are elsewhere. The city must lie in
    the country the dateline names (or one whose formal name holds it: 'Congo'), or be notable
    ('Bogota' alone is no New Jersey town). The dateline may open the second line, after a
    summary line ('Monrovia, Liberia, December 18, 2024 – ...')."""
    match = next(
        filter(None, (sentences.DATELINE_PLACE.match(line) for line in _opening_lines(text))),
        None,
    )
    if match is None:
        return None
    named = match.group("country")
    country = lexicon.load().country_names.get(name_key(named)) if named else None
    named = named if country else None
    place = geoparse.lookup(match.group("city").title(), country)
    if place is not None and place.kind == "country":
        place = geoparse.capital_named_as(place)
    if place is None or place.kind != "city":
        return None
    if named:
        formal = lexicon.load().countries.get(place.country_iso3)
        known = place.country_iso3 == country or bool(
            formal and re.search(rf"\b{re.escape(named.strip())}\b", formal.name)
        )
    else:
        known = places.is_notable(place)
    return place if known else None


def read(sentence: Sentence, state: ArticleState) -> Facts:
    """Dates, places, actors, speakers and figures of one sentence; 'the toll was confirmed by X',
    a quotation's speaker named at its close, and a speaker who closes the next sentence of the
    paragraph without figures of its own ('... killing a soldier and wounding two others. The other
    soldiers fired back, ..., the military said.') relabel the last one's.

    Read every sentence before building mentions, so that such a relabelling reaches the figures in
    time.
    """
    antecedent = state.speakers.names[-1] if state.speakers.names else ""
    known_speakers = frozenset(state.speakers.names)
    found_dates = _story_dates(sentence, state)
    background = any(
        d.kind == "background"
        and not _quoted(d.start, sentence)
        and not _in_relative_clause(d.start, sentence)
        and not _ongoing_since(d, sentence)
        for d in found_dates
    ) and not any(d.kind in ("day", "anchor") and not d.reporting for d in found_dates)
    found_places = geoparse.find(sentence.text, sentence.start, state.country, state.places)
    if sentence.in_title_case:
        # 'Protests Continue In Tajikistan For Third Straight Day': its capitals name nothing
        found_places = [p for p in found_places if p.resolved]
    found_actors = [
        a
        for a in actors.find(sentence.text, sentence.start, state.people)
        if not (
            a.country_only
            and (
                any(p.start <= a.start < p.end for p in found_places)
                or geoparse.LANDFORM.match(sentence.text[a.end - sentence.start :])
            )
        )
    ]
    state.people.learn(sentence.text, sentence.start, found_actors)
    found_attributions = numbers.attributions(sentence, state.speakers)
    date_spans = [(d.start, d.end) for d in found_dates]
    found_figures = [
        _with_claimant(f, found_attributions)
        for f in numbers.figures(sentence, date_spans, _toll_metric(sentence, state))
    ]
    confirmed_by = (
        None if found_figures else numbers.passive_attribution(sentence, found_attributions)
    ) or (numbers.closing_attribution(sentence, found_attributions) if state.quote_open else None)
    if (
        not confirmed_by
        and not found_figures
        and state.figures_at
        == (
            sentence.index - 1,
            sentence.paragraph,
        )
    ):
        confirmed_by = next(
            (
                a.speaker
                for a in found_attributions
                if not a.lead and a.covers_from == sentence.start
            ),
            None,
        )
    state.quote_open = numbers.open_quote(sentence.text)
    if confirmed_by:
        for i, figure in enumerate(state.previous_figures):
            if figure.claimant == numbers.UNATTRIBUTED:
                state.previous_figures[i] = _relabel(figure, confirmed_by)
    if not found_attributions:
        found_figures = _went_on(found_figures, sentence, state.counted_by)
    state.counted_by = _counted_by(found_figures, sentence, found_attributions, state.counted_by)
    if found_figures:
        state.previous_figures = found_figures
        state.figures_at = (sentence.index, sentence.paragraph)
    facts = Facts(
        sentence,
        found_dates,
        found_places,
        found_actors,
        found_attributions,
        found_figures,
        background,
        antecedent,
        state.country,
        known_speakers,
        crowd_before=state.crowd_told == sentence.index - 1,
        group_before=state.last_group,
    )
    groups = [a for a in found_actors if a.actors and a.actors[0].kind in actors.GROUP_KINDS]
    state.last_group = groups[-1] if groups else state.last_group
    flight = lexicon.load().cues.get("displacement")
    if _context_holds("crowd", sentence, facts) and not (flight and flight.search(sentence.text)):
        state.crowd_told = sentence.index
    return facts


def _story_dates(sentence: Sentence, state: ArticleState) -> list[DateMention]:
    """The date phrases of a sentence, read against the story told so far: an anchor counted from
    the day before it, history after the lead, 'that day' as the day named last."""
    found = dates.find(sentence.text, sentence.start, state.published)
    found = _history_after_lead(_counted_from_day(found, sentence), sentence, state.published)
    return _on_that_day(_since_clause(found, sentence), state)


def _since_clause(found: list[DateMention], sentence: Sentence) -> list[DateMention]:
    """'Muslims in Sri Lanka have been bracing for revenge attacks since three churches and three
    luxury hotels were bombed ... on April 21': an act that a clause opened by 'since' after a
    present perfect tells is where a state of things began, history before the story. A clause
    that tells no act dates the start of the main clause's act ('have blocked two main roads ...
    since the government ban went into force on Monday')."""
    return [
        replace(d, kind="background")
        if _since_act(sentence.between(sentence.start, d.start))
        else d
        for d in found
    ]


def _since_act(before: str) -> bool:
    """Whether the words before a date phrase end in a clause opened by 'since' after a present
    perfect, and that clause holds an act word."""
    clause = SINCE_CLAUSE.search(before)
    return clause is not None and bool(trigger_words(clause.group("since")))


DAY_THEN_ANCHOR = re.compile(r"[^;:\"“”]*,\s*")
"""The words between a day phrase and an anchor that opens the next clause: the rest of the day's
clause, then a comma."""


def _counted_from_day(found: list[DateMention], sentence: Sentence) -> list[DateMention]:
    """'... remain calm on Tuesday, a day after students and city hoodlums fought pitched battles
    with police', 'authorities on Sunday imposed a curfew in parts of central Plateau state, a day
    after a suspected militia attack': an anchor that opens a clause after a day phrase's clause
    counts from that day (the fight was on Monday), whether or not the calm is an event of its
    own."""
    resolved = list(found)
    for index, (day, anchor) in enumerate(itertools.pairwise(found), start=1):
        if (
            anchor.kind == "anchor"
            and anchor.anchor_subordinate
            and anchor.anchor_days
            and day.kind == "day"
            and day.date is not None
            and DAY_THEN_ANCHOR.fullmatch(sentence.between(day.end, anchor.start))
        ):
            resolved[index] = replace(
                anchor,
                kind="day",
                date=day.date - dt.timedelta(days=anchor.anchor_days),
                precision=max(day.precision or 1, anchor.precision or 1),
                note=f"counted from {day.text}",
            )
    return resolved


def _history_after_lead(
    found: list[DateMention], sentence: Sentence, published: dt.date
) -> list[DateMention]:
    """'There are unresolved killings of citizens on voting day, December 7, 2020' in a story of
    June 2021: after the lead, a day long before publication is history, the story's background
    (CURATION.md, round-ups), even with its year; in the lead it may be the story's own day."""
    if sentence.index < LEAD_SENTENCES:
        return found
    return [
        replace(d, kind="background", date=None, precision=None)
        if d.kind == "day"
        and d.date is not None
        and (published - d.date).days > dates.OLD_MONTH_DAYS
        and not d.reporting
        else d
        for d in found
    ]


def _on_that_day(found: list[DateMention], state: ArticleState) -> list[DateMention]:
    """'There are unresolved killings of citizens on voting day, December 7, 2020. Eight people
    were reported shot dead on that day': 'that day' is the day the text named last (background
    if that one is), whether or not an event was drafted from its sentence; the state remembers
    the last day named."""
    resolved = []
    for phrase in found:
        last = state.last_day
        if phrase.kind == "anchor" and THAT_DAY.search(phrase.text) and last is not None:
            phrase = replace(
                phrase,
                kind=last.kind,
                date=last.date,
                precision=last.precision,
                note=f"the day the text named last ({last.text})",
            )
        resolved.append(phrase)
        if (phrase.kind == "day" and phrase.precision == 1 or phrase.kind == "background") and (
            not phrase.reporting
        ):
            state.last_day = phrase
    return resolved


def _in_relative_clause(position: int, sentence: Sentence) -> bool:
    """Whether words sit in a relative clause ('the temple, which lies near an area that has been
    the scene of disputes in recent years'; 'the territories that the Moroccan army has controlled
    since 1975', whose 'since' opens a clause of its own): what it dates describes a noun, not the
    sentence's act, so it sets only its own clause in the past."""
    clause = sentence.clause_at(position)
    comma = sentence.text.rfind(",", 0, position - sentence.start) + 1
    return bool(
        RELATIVE_PRONOUN.search(sentence.between(clause[0], position))
        or RELATIVE_PRONOUN.search(sentence.between(sentence.start + comma, position))
    )


def _toll_metric(sentence: Sentence, state: ArticleState) -> str | None:
    """What the last figures of the sentence's paragraph count, None when it has told none: what a
    bare 'The number increased to 49' counts."""
    told_here = state.figures_at is not None and state.figures_at[1] == sentence.paragraph
    return state.previous_figures[-1].metric if told_here and state.previous_figures else None


def _quoted(position: int, sentence: Sentence) -> bool:
    """Whether a position lies inside quoted words: a speaker's "for years" dates what they speak
    of, not the sentence ('has accused the group ... which “for years has terrorized our
    citizens”' is today's accusation)."""
    at = position - sentence.start
    return any(q.start() < at < q.end() for q in QUOTED.finditer(sentence.text))


def _counted_by(
    found: list[Figure],
    sentence: Sentence,
    speakers: list[Attribution],
    before: tuple[int, int, str, bool] | None,
) -> tuple[int, int, str, bool] | None:
    """(sentence, paragraph, claimant, True) when every figure of the sentence is one speaker's,
    or the sentence has neither figure nor speaker and goes on after such a sentence ('... told the
    Jakarta Globe that 16 civilians had died ... Some of them died after being trapped in burning
    buildings ... About 65 people were wounded in the violence.'); (..., False) when the sentence
    has no figure and names one speaker."""
    if not found and not speakers and before and before[3]:
        went_on = before[:2] == (sentence.index - 1, sentence.paragraph)
        return (sentence.index, *before[1:]) if went_on else None
    claimants = {f.claimant for f in found} if found else {numbers.label(a) for a in speakers}
    if len(claimants) != 1 or numbers.UNATTRIBUTED in claimants:
        return None
    return sentence.index, sentence.paragraph, claimants.pop(), bool(found)


def _went_on(
    found: list[Figure], sentence: Sentence, counted_by: tuple[int, int, str, bool] | None
) -> list[Figure]:
    """'X said four people have died in Jayapura. Seven policemen and 20 civilians were injured.':
    figures with no speaker right after a sentence of one speaker's figures, in the same
    paragraph, go on counting for that speaker; after a sentence that only names its speaker,
    a quotation of its own goes on ('..., Tamboura said in a statement on Monday. “The
    provisional toll indicates 12 soldiers fallen and eight wounded.”')."""
    if counted_by is None or counted_by[:2] != (sentence.index - 1, sentence.paragraph):
        return found
    if not counted_by[3] and not QUOTED.match(sentence.text.lstrip()):
        return found
    return [_relabel(f, counted_by[2]) if f.claimant == numbers.UNATTRIBUTED else f for f in found]


def _with_claimant(figure: Figure, found: list[Attribution]) -> Figure:
    """The figure with its claimant filled in."""
    return _relabel(figure, numbers.claimant(figure, found))


def _relabel(figure: Figure, claimant: str) -> Figure:
    """A copy of the figure with another claimant (figures are immutable: mentions share them)."""
    return Figure(**{**figure.__dict__, "claimant": claimant})


OWN_QUESTION = lexicon.Rule(r"\W*(?i:{question_word})\b[^\"“”]*\?\s*")
"""A question the text asks itself, a sub-heading's or a lead's, with no quotation in it."""


def mentions(facts: Facts, state: ArticleState) -> list[Mention]:
    """The candidate events of one sentence (none for background, nor for a question the text
    asks in its own voice: 'What caused Sunday's clashes?')."""
    if facts.background or OWN_QUESTION.fullmatch(facts.sentence.text):
        return []
    sentence = facts.sentence
    hits = _hits(sentence, facts)
    found = _clusters(sentence, hits, facts)
    found = _join_generic(found, facts)
    found = _join_crowd_attacks(found, facts)
    found = _without_looting_in_attacks(found)
    found = _without_background_acts(found, facts)
    _attach_dates(found, facts)
    _ongoing_dates(found, state.published, [d for d in facts.dates if d.kind == "background"])
    found = [m for m in found if not _went_on_before(m)]
    for mention in found:
        _attach_actors(mention, facts, state)
        _attach_place(mention, facts, found, state.places.people)
        country = (
            mention.place.place.country_iso3
            if mention.place is not None and mention.place.resolved
            else state.country
        )
        mention.agent, mention.target = (
            _with_country(mention.agent, country),
            _with_country(mention.target, country),
        )
        if mention.family == DEMONSTRATION:
            size = CROWD_SIZE.search(sentence.text)
            mention.tags = f"crowd size={size.group('size').lower()}" if size else ""
    for mention in found:
        _armed_killing(mention, facts, found)
        _protest_kills(mention, facts, found)
        _crowd_violence(mention, facts)
        _forces_hurt_in_protest(mention, facts)
        _mob_fight(mention, facts)
        _crowd_fight_goes_on(mention, facts, state)
        _crowd_arrested(mention, found)
        _forces_storm(mention, facts)
    found = _split_by_place(found, facts)
    state.pair = _named_pair(facts) or state.pair
    found = _split_statements(found, facts, state) + _own_action_statements(found, facts, state)
    found = [m for m in found if not _criminal(m) and not _not_a_protest(m, facts)]
    _date_statements(found, facts, state)
    _place_statements(found, facts)
    found = [m for m in found if not _retold(m, state) and not _about_agreement(m, facts, state)]
    state.agreed |= {_day(m, state) for m in found if agreement_act(m)}
    state.doers |= {
        m.reading.sub_event_type: m.agent
        for m in found
        if m.family in KINETIC_FAMILIES and not m.reported and m.agent and m.reading
    }
    _attach_figures(found, facts)
    return found


def _place_statements(found: list[Mention], facts: Facts) -> None:
    """A statement with no place is where the text has its speaker speak ('told reporters in
    Kampala', 'said in Washington'), when it does: the places a statement speaks of are the
    acts'."""
    spoken = next((p for p in facts.places if p.resolved and speaking_place(p, facts)), None)
    for mention in found:
        if mention.family == STATEMENT and mention.place is None:
            mention.place = spoken


def _date_statements(found: list[Mention], facts: Facts, state: ArticleState) -> None:
    """A statement with no date of its own takes the exact day that opens its sentence ('On
    Wednesday, Israeli military said in a statement ...'), or else continues what its speaker said
    on the day the text named shortly before (CONTINUED_SENTENCES); the days the sentence gives its
    speakers (a statement's own day, or the day a source 'said') are remembered for the next ones,
    and a speaker who goes on talking ('the Pentagon said in a statement') keeps that day."""
    index = facts.sentence.index
    fronted = _fronted_days(
        [d for d in facts.dates if not d.reporting and d.precision == 1], facts
    )
    for mention in found:
        if mention.family == STATEMENT and mention.date is None and fronted:
            mention.date = fronted[0]
        if mention.family == STATEMENT and mention.agent is not None and mention.date is None:
            said = state.spoken.get(_speaker_key(mention.agent))
            if said is not None and index - said[1] <= CONTINUED_SENTENCES:
                mention.date = said[0]
    reported = next((d for d in facts.dates if d.reporting and d.kind == "day"), None)
    sources = [
        (_with_country(named[0], state.country), reported)
        for a in facts.attributions
        if (named := actors.find(a.speaker, 0, state.people))
    ]
    statements = [(m.agent, m.date) for m in found if m.family == STATEMENT and m.agent]
    for agent, date in statements + sources:
        key = _speaker_key(agent)
        if date is not None and date.kind == "day":
            state.spoken[key] = (date, index)
        elif key in state.spoken and index - state.spoken[key][1] <= CONTINUED_SENTENCES:
            state.spoken[key] = (state.spoken[key][0], index)


def _speaker_key(agent: actors.Mention) -> str:
    """Who speaks, as one key: the actor (or the country standing for it) and its country."""
    return f"{agent.actors[0].name if agent.actors else ''}|{agent.country_iso3 or ''}"


def _retold(mention: Mention, state: ArticleState) -> bool:
    """A statement dated only by a vague period before the calendar week of the report ('Pakistani
    authorities last week lodged protests', 'earlier this month, Pompeo blamed ...') is background
    the report retells (CURATION.md); an agreement so dated is still the act it tells ('signed in
    Rome last week')."""
    date = mention.date
    return (
        mention.family == STATEMENT
        and mention.reading is not None
        and mention.reading.sub_event_type != AGREEMENT
        and date is not None
        and date.kind == "day"
        and date.date is not None
        and (date.precision or 1) >= 2
        and not date.overnight
        and date.date < dates.week_start(state.published)
    )


def agreement_act(mention: Mention) -> bool:
    """Whether a mention is an agreement: one act of all its parties, so the rebels' and the
    government's signing of one ceasefire on one day are one event, whoever tells it."""
    return mention.reading is not None and mention.reading.sub_event_type == AGREEMENT


def _day(mention: Mention, state: ArticleState) -> dt.date:
    """The day a mention's own date phrase gives, else the day of publication."""
    date = mention.date
    return date.date if date is not None and date.kind == "day" and date.date else state.published


def _about_agreement(mention: Mention, facts: Facts, state: ArticleState) -> bool:
    """'“The implementation of the peace agreement signed today is essential,” he warned': a
    statement that speaks of an agreement, on a day an agreement was told, is part of that
    agreement, no statement of its own (CURATION.md, the statement rule, 3)."""
    return (
        mention.family == STATEMENT
        and not agreement_act(mention)
        and _day(mention, state) in state.agreed
        and bool(AGREEMENT_WORD.search(facts.sentence.text))
    )


def signature(sentences: list[Sentence]) -> dict[int, str]:
    """Paragraph -> the speaker of a tweet that ends it ('— Amal Haddad (@amalhaddad) January 5,
    2020')."""
    found = {}
    for sentence in sentences:
        match = TWEET_SIGNATURE.search(sentence.text)
        if match:
            found[sentence.paragraph] = match.group("name").strip()
    return found


def trigger_words(text: str) -> dict[tuple[int, int], list[Trigger]]:
    """Every trigger of the lexicon in `text`, by (start, end) offsets in it, with all its readings
    and no context checked yet: which sentences can tell an event at all."""
    lex = lexicon.load()
    by_span: dict[tuple[int, int], list[Trigger]] = {}
    for word in WORD_START.finditer(text):
        for group in lex.trigger_groups.get(lexicon.first_letters(word.group()), ()):
            match = group.regex.match(text, word.start())
            if match:
                by_span.setdefault((match.start(), match.end()), []).extend(group.readings)
    return by_span


def _hits(sentence: Sentence, facts: Facts) -> list[Hit]:
    """Trigger words of the sentence, each in its first reading whose context holds; words inside
    or overlapping longer (or as long and weightier) triggers drop ('was shot' in 'was shot and
    killed', 'were shot' in 'were shot dead')."""
    by_span = trigger_words(sentence.text)
    spans = [
        s
        for s in by_span
        if not any(
            o[0] < s[1] and s[0] < o[1] and _span_weight(o, by_span) > _span_weight(s, by_span)
            for o in by_span
        )
    ]
    hits = []
    cue_spans = _link_cue_spans(sentence.text)
    for start, end in sorted(spans):
        if _names_no_act(sentence.text, start, end):
            continue
        reading = next(
            (
                r
                for r in by_span[(start, end)]
                if _context_holds(r.context, sentence, facts)
                and not (
                    r.sub_event_type == EXCESSIVE_FORCE and _aimed_at_forces(sentence, end, facts)
                )
                and not (r.context == "crowd" and _days_act().search(sentence.text[:start]))
            ),
            None,
        )
        in_cue = any(a <= start and end <= b for a, b in cue_spans)
        if (
            reading is not None
            and reading.event_type == "Explosions/Remote violence"
            and FIGURATIVE_BLAST.search(sentence.text[max(0, start - 30) : start])
        ):
            reading = _weak_reading(RIOT)
        if reading is not None and not (
            in_cue and any(_family(h.reading) == _family(reading) for h in hits)
        ):
            hits.append(
                Hit(
                    sentence.start + start, sentence.start + end, sentence.text[start:end], reading
                )
            )
    return hits


def _span_weight(
    span: tuple[int, int], by_span: dict[tuple[int, int], list[Trigger]]
) -> tuple[int, int, int]:
    """Which of two overlapping triggers stays: the longer, then the one of higher priority, then
    the first."""
    return span[1] - span[0], max(r.priority for r in by_span[span]), -span[0]


@cache
def _days_act() -> re.Pattern:
    """'the neighborhood where Saturday's attack took place': an act told by its day ('Saturday's',
    'yesterday's') is one told elsewhere, never the act of a crowd of this sentence."""
    return re.compile(rf"(?i)\b(?:{dates.weekday_names()}|yesterday|today)['’]s\s+$")


def _weak_reading(sub_event_type: str) -> Trigger:
    """A sub-event type's plain reading, weak: it names the act but needs a day of its own to
    stand ('the town exploded' as unrest, a grenade made safe as disrupted weapons use)."""
    return replace(lexicon.plain_reading(sub_event_type), strong=False)


def _aimed_at_forces(sentence: Sentence, end: int, facts: Facts) -> bool:
    """Whether the act word ending at `end` (in the sentence) is aimed at the state's armed forces
    ('gunmen fired on police and other government buildings'): fire at the police is no force
    used on a crowd, whoever else the sentence names."""
    return any(
        _kind(a) in actors.FORCE_KINDS
        and re.fullmatch(r"\s+(?:the\s+)?", sentence.text[end : a.start - sentence.start])
        for a in facts.actors
    )


def _link_cue_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the link cues that part clauses ('to protest against', 'in response to'): an
    act word in them names the act told before the cue ('set fire to debris to protest against
    the killing'), so it is dropped when a word of the same family before it already tells that
    act, and never joins the act after the cue."""
    return [match.span() for cue, match in lexicon.link_cue_matches(text) if cue.parts_clauses]


FIGURATIVE_OBJECT = lexicon.Rule(r"(?i)^\s+(?:the\s+)?(?:{figurative_object})\b")
"""'killing democracy', 'kill the peace process': an idea as the object of an act word, no act."""
IDEA_STRUCK = lexicon.Rule(r"(?i)\b(?:{abstract_subject})\s+(?:{strike_verb})$")
"""'Violence struck early in the day Wednesday': an idea as the subject of a strike word, no
strike (the act is told after it)."""
LEGAL_STATE = re.compile(r"(?i)\bstates?\s+of\s+$")
"""'a state of siege': the words before an act word that make it a government's legal measure."""


def _nobody_taken(hit: Hit, before: str) -> bool:
    """Whether an arrest word tells that nobody was taken ('No arrests were made', 'No opposition
    MPs have been detained'): no act."""
    return hit.reading.sub_event_type == ARRESTS and bool(NOBODY_TAKEN.search(before))


def _names_no_act(text: str, start: int, end: int) -> bool:
    """Whether trigger words name no act: a doer or a device a pattern's word start reaches
    ('suspected kidnappers', 'firefighters'), the aim of an operation ('anti-kidnapping
    operations'), a weapon of crowd control ('tear gas and stun grenades', 'detonations of tear
    gas grenades'), 'demonstrate' in the sense of show ('These facts demonstrate that ...'), or a
    wave of protest ('as Arab unrest spread in the region', 'engulfed by anti-government protests
    for weeks'), or what a right is about ('controls ... the right to protest'), or a legal state
    a government declares ('a state of siege', a measure that is no event), or an idea it is done
    to ('they who are killing democracy') or that does it ('Violence struck')."""
    return bool(
        AGENT_NOUN.fullmatch(text[start:end])
        or SHOWING.match(text[start : end + 12])
        or RIOT_UNIT.match(text[start : end + 12])
        or PURPOSE_PREFIX.search(text[max(0, start - 12) : start])
        or NONLETHAL_BEFORE.search(text[max(0, start - 12) : start])
        or NONLETHAL_INSIDE.search(text[start:end])
        or NONLETHAL_AFTER.match(text[end : end + 20])
        or RIGHT_TO.search(text[max(0, start - 20) : start])
        or WAVE_AFTER.match(text[end : end + 30])
        or WAVE_BEFORE.search(text[max(0, start - 40) : start])
        or LEGAL_STATE.search(text[max(0, start - 12) : start])
        or FIGURATIVE_OBJECT.match(text[end : end + 40])
        or IDEA_STRUCK.search(text[max(0, start - 30) : end])
    )


def _context_holds(context: str, sentence: Sentence, facts: Facts) -> bool:
    """Whether the sentence has the cue a reading needs ('air': warplanes, jets; 'crowd':
    protesters, a mob).

    Words of the `small_arms` cue are no weapon cue ('rocket-propelled grenades', 'shell casings',
    'a petrol bomb attack'),
    and people counted as victims ('killed dozens of people') or armed ('Dozens of people armed
    with machetes') are no crowd, nor is the month of March."""
    if not context:
        return True
    cue = lexicon.load().cues.get(context)
    text = _without_small_arms(sentence.text)
    if cue is not None and any(
        not (
            context == "crowd"
            and (
                _counted_as_victims(text, m.start())
                or ARMED_AFTER.match(text, m.end())
                or actors.shooting_youths(m.group(), text, m.end())
                or MONTH_MARCH.match(text, m.start())
            )
        )
        for m in cue.finditer(text)
    ):
        return True
    return context == "crowd" and (
        any(m.actors and m.actors[0].kind in CROWD_KINDS for m in facts.actors)
        or _crowd_goes_on(sentence, facts)
    )


def _crowd_goes_on(sentence: Sentence, facts: Facts) -> bool:
    """'Thousands of people protested ... Some set fire to a bus': a sentence right after one that
    told of a crowd, whose subject is only 'they', 'some' or 'others' and that names no armed group
    but the state's forces (who may act on the crowd: 'Some were shot dead by soldiers'), goes on
    telling of the crowd."""
    return (
        facts.crowd_before
        and bool(CROWD_PRONOUN.match(sentence.text))
        and not any(_kind(a) in actors.NON_STATE_ARMED_KINDS for a in facts.actors)
    )


def _without_small_arms(text: str) -> str:
    """The text with the words of guns and their traces blanked, so 'rocket' in 'rocket-propelled
    grenade' cues no artillery."""
    small_arms = lexicon.load().cues.get("small_arms")
    if small_arms is None:
        return text
    return small_arms.sub(lambda m: " " * len(m.group()), text)


ARMED_AFTER = re.compile(r"(?i)\s+(?:heavily\s+)?armed\s+with\b")
"""'Dozens of people armed with machetes': an armed band, no crowd."""
MONTH_MARCH = re.compile(r"March(?=\s+\d)|(?<=\d\s)March\b")
"""'ABUJA, March 12 (AP)', 'on 3 March': the month, no march of a crowd."""


def _counted_as_victims(text: str, start: int) -> bool:
    """Whether the words at `start` follow a casualty or displacement word closely ('killed dozens
    of people', 'have displaced tens of thousands of people'): victims, not a crowd."""
    before = text[max(0, start - VICTIM_WINDOW) : start]
    lex = lexicon.load()
    patterns = [pattern for pattern, _ in lex.casualties]
    if "displacement" in lex.cues:
        patterns.append(lex.cues["displacement"])
    return any(
        re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", before[m.end() :])
        for pattern in patterns
        for m in pattern.finditer(before)
    )


def _family(reading: Trigger) -> str:
    """The kind of event a reading belongs to, for grouping and merging."""
    if reading.statement:
        return STATEMENT
    if reading.event_type in ("Protests", "Riots"):
        return DEMONSTRATION
    if reading.event_type == "Strategic developments":
        return STRATEGIC
    if not reading.strong and reading.sub_event_type == "Attack":
        return GENERIC
    return VIOLENCE


def _clusters(sentence: Sentence, hits: list[Hit], facts: Facts) -> list[Mention]:
    """Group the hits: per clause and family; kinetic words after a statement word in its clause,
    or describing an actor ('a coalition fighting the remnants of IS'), are reported."""
    found: list[Mention] = []
    by_clause: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        by_clause.setdefault(sentence.clause_at(hit.start), []).append(hit)
    quoted = [
        (sentence.start + q.start(), sentence.start + q.end())
        for q in QUOTED.finditer(sentence.text)
    ]
    accident = lexicon.load().cues.get("accident")
    undated = _without_dates(sentence, facts)
    habitual = not facts.dates and bool(HABITUAL.search(sentence.text))
    for clause, clause_hits in by_clause.items():
        clause_hits = [
            h
            for h in clause_hits
            if not (
                h.reading.statement
                and (_not_a_statement(sentence, h) or _describes_protest(sentence, h, hits))
            )
            and not _defines_a_group(sentence, h)
        ]
        statement_at = min(
            (
                h.start
                for h in clause_hits
                if h.reading.statement and not _describes_actor(sentence, h, facts)
            ),
            default=None,
        )
        groups: dict[tuple[str, bool], list[Hit]] = {}
        for hit in clause_hits:
            family = _family(hit.reading)
            if (
                family == STRATEGIC
                and not hit.reading.strong
                and statement_at is not None
                and not _object_of_statement(sentence, hit, clause_hits)
            ):
                family = STATEMENT
            inside_quote = any(a <= hit.start < b for a, b in quoted)
            window = undated[
                max(clause[0], hit.start - 40) - sentence.start : min(clause[1], hit.end + 30)
                - sentence.start
            ]
            clause_text = sentence.text[clause[0] - sentence.start : clause[1] - sentence.start]
            accidental = family == GENERIC and bool(accident and accident.search(clause_text))
            if _made_safe(hit, clause_text, sentence.between(clause[0], hit.start)):
                # 'a search ... led to the seizure of a grenade': ACLED's disrupted weapons use,
                # an act of its own only on a day of its own (weapons recovered at the scene of
                # a fight told before are part of it)
                hit = replace(hit, reading=_weak_reading(DISRUPTED))
                family = STRATEGIC
            charged = bool(CHARGED.search(sentence.text[: hit.start - sentence.start]))
            shown = bool(SHOWN.search(sentence.between(clause[0], hit.start)))
            before_hit = undated[
                max(clause[0], hit.start - 40) - sentence.start : hit.start - sentence.start
            ]
            unreal = (
                habitual
                or _standing_position(sentence, hit, family, facts, inside_quote)
                or _nobody_taken(hit, sentence.between(clause[0], hit.start))
                or (
                    family != STATEMENT
                    and bool(
                        HYPOTHETICAL.search(before_hit)
                        or EXPECTED_AFTER.search(sentence.text[hit.end - sentence.start :])
                        or STILL_TO_COME.search(sentence.between(hit.end, clause[1]))
                    )
                    and not OWN_PAST_DAY.search(sentence.between(sentence.start, hit.start))
                )
            )
            reported = family != STATEMENT and (
                inside_quote
                or accidental
                or charged
                or shown
                or bool(HYPOTHETICAL.search(window))
                or (statement_at is not None and hit.start > statement_at)
                or _describes_actor(sentence, hit, facts)
            )
            groups.setdefault((family, reported, unreal, _calm_hit(sentence, hit)), []).append(hit)
        for (family, reported, unreal, _), group in groups.items():
            found.append(
                Mention(sentence, group, family, clause, reported=reported, unreal=unreal)
            )
    return sorted(found, key=lambda m: m.start)


def _standing_position(
    sentence: Sentence, hit: Hit, family: str, facts: Facts, quoted: bool
) -> bool:
    """'India accuses Pakistan of training and arming Kashmiri militants', 'Rebel groups demand
    that Kashmir be united': a statement word in the simple present, after the lead, in the text's
    own voice (no quote, no reporting verb but one in the present: 'India accuses Pakistan of
    arming the militants, a charge it denies') and with no date in its sentence, tells a standing
    position, background to the story, not a statement of its days."""
    if family != STATEMENT or quoted or facts.dates or sentence.index < LEAD_SENTENCES:
        return False
    word = hit.words.split()[0]
    before = sentence.between(sentence.start, hit.start)
    present = bool(THIRD_PERSON.fullmatch(word)) or (
        bool(BASE_FORM.fullmatch(word)) and bool(PLURAL_SUBJECT.search(before))
    )
    rest = before + " " + sentence.between(hit.end)
    reported = any(
        not THIRD_PERSON.fullmatch(verb.group()) for verb in SPOKEN_BETWEEN.regex.finditer(rest)
    )
    return present and not reported and not SPOKEN_ON_OCCASION.search(rest)


SPOKEN_ON_OCCASION = lexicon.Rule(
    r"(?i)\b(?:in|during)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{speech_channel})\b"
)
"""'In an address to the nation, Prime Minister James Marape criticizes the police': words said on
an occasion the text names are news of their day, though told in the present."""


THIRD_PERSON = re.compile(r"(?i)[a-z]+[^s]s")
"""A verb's third person singular present ('accuses', 'demands'), not one ending in 'ss'."""
BASE_FORM = re.compile(r"(?i)[a-z]+(?<!s)(?<!ed)(?<!ing)")
"""A verb's base form ('demand', 'accuse'): no 's', 'ed' or 'ing' ending."""
PLURAL_SUBJECT = re.compile(r"\b[A-Za-z]+[a-rt-z]s\s+$")
"""A plural noun right before the verb ('Rebel groups demand'): its subject."""


def _made_safe(hit: Hit, clause: str, before: str) -> bool:
    """Weapons made safe, not used (ACLED's disrupted weapons use): a bomb its clause tells
    defused, a bomb or grenade seized or carried (`before`: the clause's words before the weapon),
    a crowd's weapon found ('police found Molotov cocktails ready for use')."""
    cues = lexicon.load().cues
    defused, seized = cues.get("defused"), cues.get("seized")
    reading = hit.reading
    return (
        (
            reading.sub_event_type == EXPLOSIVE
            and defused is not None
            and bool(defused.search(clause))
        )
        or (
            reading.sub_event_type in (EXPLOSIVE, GRENADE)
            and seized is not None
            and bool(seized.search(before))
        )
        or (reading.event_type == "Riots" and bool(FOUND_BEFORE.search(before)))
    )


def _calm_hit(sentence: Sentence, hit: Hit) -> bool:
    """A strong protest word in a sentence that tells the protest as peaceful before a riot."""
    return (
        hit.reading.sub_event_type == PEACEFUL
        and hit.reading.strong
        and _told_peaceful(sentence.text)
    )


@cache
def _told_peaceful(text: str) -> bool:
    """Whether a sentence tells a protest as peaceful before a riot, not as one that turned
    violent (asked of every hit and, in grouping, of every mention: read once per sentence)."""
    return bool(PEACEFUL_PHASE.search(text)) and not TURNED_VIOLENT.search(text)


def _without_dates(sentence: Sentence, facts: Facts) -> str:
    """The sentence with its date phrases blanked: the month in 'In May, ethnic Serbs clashed'
    is no modal 'may' that makes the clash only possible."""
    text = sentence.text
    for phrase in facts.dates:
        a, b = phrase.start - sentence.start, phrase.end - sentence.start
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _object_of_statement(sentence: Sentence, hit: Hit, hits: list[Hit]) -> bool:
    """'denounced the arrest of ...': a weak act word right after a statement word is what the
    statement speaks of, an act of its own (reported), not part of the speaker's act as in '...
    stepped in to broker a truce, deploying its own forces'."""
    offset = sentence.start
    return any(
        h.reading.statement
        and h.end <= hit.start
        and STATEMENT_OBJECT.fullmatch(sentence.text[h.end - offset : hit.start - offset])
        for h in hits
    )


def _describes_actor(sentence: Sentence, hit: Hit, facts: Facts) -> bool:
    """'troops of a US-led coalition fighting the remnants of IS', 'protesters calling for the
    return of ...': a participle right after an actor, with its own object, says what the actor
    does in general, not what happened."""
    text, offset = sentence.text, sentence.start
    return (
        hit.words.split()[0].lower().endswith("ing")
        and bool(DETERMINER_AFTER.match(text[hit.end - offset :]))
        and any(
            re.fullmatch(r"\s+", text[a.end - offset : hit.start - offset]) for a in facts.actors
        )
    )


def _describes_protest(sentence: Sentence, hit: Hit, hits: list[Hit]) -> bool:
    """'A protest on Wednesday calling for the Prime Minister to stand down has lapsed into major
    unrest', 'people marched ... to demonstrate against ... and demand the release of ...', 'A
    second protest on Sunday afternoon ... criticised the government': a participle after a
    protest word, an infinitive of purpose after one, or a verb of speech the protest is the
    subject of says what the protest demands, no statement; what follows it is told first-hand."""
    protests = [h for h in hits if _family(h.reading) == DEMONSTRATION and h.end <= hit.start]
    if PURPOSE_BEFORE.search(sentence.between(sentence.start, hit.start)):
        return bool(protests)
    gap = PHRASE_BETWEEN if hit.words.split()[0].lower().endswith("ing") else SUBJECT_BETWEEN
    return any(gap.fullmatch(sentence.between(h.end, hit.start)) for h in protests)


def _defines_a_group(sentence: Sentence, hit: Hit) -> bool:
    """'The ADF was originally an anti-Kampala rebel group that fought the government': a relative
    clause after 'is a ...' says what kind of group it is, no act of the story."""
    return bool(DEFINING_CLAUSE.search(sentence.text[: hit.start - sentence.start]))


def _not_a_statement(sentence: Sentence, hit: Hit) -> bool:
    """'which was denied', 'fired warning shots', 'trying to determine who was responsible',
    'chanting slogans criticizing the King', 'No one immediately claimed responsibility',
    'separatists who had vowed to disrupt', 'authorities called for backup': a passive statement
    word, one used as a modifier, one in a question, a participle telling what carried words say,
    one whose subject is nobody, a bare 'described as', one in a relative clause in the past
    perfect (background to the story), or a call for help on an operation, is no statement of the
    story. One in the progressive is no passive: 'Police are blaming the explosion on ETA' speaks
    ('were negotiating' tells the talks of an agreement)."""
    before = sentence.text[: hit.start - sentence.start]
    after = sentence.text[hit.end - sentence.start :]
    progressive = hit.words.split()[0].lower().endswith("ing")
    speaks = progressive and not hit.reading.cameo_code.startswith(("03", "04"))
    return bool(
        (PASSIVE_BEFORE.search(before) and not speaks)
        or HEDGED_PARTICIPLE.search(before)
        or (progressive and WORDS_CARRIED.search(before))
        or (QUESTION_BEFORE.search(before) and not RELATIVE_WHO.search(before))
        or NOT_A_STATEMENT.match(after)
        or OPERATIONAL_CALL.match(after)
        or NOBODY_BEFORE.search(before)
        or bool(BARE_DESCRIBED.fullmatch(hit.words))
        or bool(RELATIVE_PAST_PERFECT.search(before))
    )


RELATIVE_PAST_PERFECT = lexicon.Rule(
    r"(?i)\b(?:who|which|that)\s+had\s+(?:(?:{trailing_adverb}|\w+ly)\s+)?$"
)
"""'suspected separatists who had vowed to disrupt International Women's Day': what an actor had
said before the story, told to say who they are."""
BARE_DESCRIBED = re.compile(r"(?i)described\s+as")
"""'attackers described as terrorists': 'described as' with nothing between is a participle telling
how someone is called, nobody's statement ('The army described the men as terrorists' names
who says it)."""


def _join_generic(found: list[Mention], facts: Facts) -> list[Mention]:
    """Bare 'attack'/'killed' words of a sentence are one mention, joining the strong attack word
    told beside them ('killed on Tuesday when a jet bombed a camp'), unless a connector says they
    are another event ('in retaliation for the killing of ...', 'The attack comes almost a week
    after suspected ADF rebels killed 10 people': two acts, two mentions); a criminal killing
    ('killed by robbers') stays apart."""
    generic = [m for m in found if m.family == GENERIC and not _criminal_words(m, facts)]
    if not generic:
        return found
    kept = [m for m in found if m not in generic]
    strong = [m for m in kept if m.family in (VIOLENCE, DEMONSTRATION) and m.strong]
    for run in _generic_runs(generic, facts):
        joined = run[0]
        for other in run[1:]:
            joined.hits = sorted(joined.hits + other.hits, key=lambda h: h.start)
            joined.reported = joined.reported and other.reported
        beside = [
            m
            for m in strong
            if m.reported == joined.reported and not _apart_in_text(m, joined, facts)
        ]
        if beside:
            nearest = min(beside, key=lambda m: abs(m.start - joined.start))
            nearest.hits = sorted(nearest.hits + joined.hits, key=lambda h: h.start)
        else:
            kept.append(joined)
    return sorted(kept, key=lambda m: m.start)


def _generic_runs(generic: list[Mention], facts: Facts) -> list[list[Mention]]:
    """The bare attack words of a sentence in runs that tell one act each: a connector between two
    of them (`_another_event_between`) starts another run."""
    runs: list[list[Mention]] = []
    for mention in sorted(generic, key=lambda m: m.start):
        if runs and not _apart_in_text(runs[-1][-1], mention, facts):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def _apart_in_text(one: Mention, other: Mention, facts: Facts) -> bool:
    """Whether the words between two mentions of a sentence say they are two acts."""
    offset = facts.sentence.start
    first, last = sorted((one.start, other.start))
    return _another_event_between(facts.sentence.text[first - offset : last - offset])


def _armed_killing(mention: Mention, facts: Facts, found: list[Mention]) -> None:
    """'Gunmen have killed four Egyptian policemen', 'soldiers had killed six suspected militants':
    a killing told in the active voice, with an armed actor right before it as its subject and
    people after it as its object, is that actor's attack, not a bare death. The dead say which:
    armed men make it an armed clash (ACLED codes any attack on an armed actor so), civilians an
    attack on them. The reading keeps the kill word's low priority, so it names the event only
    where no attack word does; a clause that tells another act ('a strike killed ...') is left
    as it is."""
    if mention.family != GENERIC or mention.reported:
        return
    if any(
        o is not mention and o.family == VIOLENCE and o.clause == mention.clause for o in found
    ):
        return
    text, offset = facts.sentence.text, facts.sentence.start
    for i, hit in enumerate(mention.hits):
        if not KILL_VERB.fullmatch(hit.words):
            continue
        subject = next(
            (
                a
                for a in reversed(facts.actors)
                if mention.clause[0] <= a.start and a.end <= hit.start
            ),
            None,
        )
        victim = next(
            (
                a
                for a in facts.actors
                if hit.end <= a.start < mention.clause[1]
                and OBJECT_GAP.fullmatch(text[hit.end - offset : a.start - offset])
            ),
            None,
        )
        if (
            subject is None
            or victim is None
            or _kind(subject) not in actors.ARMED_KINDS
            or not ACTIVE_SUBJECT.fullmatch(text[subject.end - offset : hit.start - offset])
        ):
            continue
        kind = _kind(victim)
        if kind in actors.ARMED_KINDS:
            reading = lexicon.plain_reading(ARMED_CLASH)
        elif kind in VICTIM_KINDS:
            reading = hit.reading
        else:
            continue
        mention.hits[i] = Hit(
            hit.start,
            hit.end,
            hit.words,
            replace(reading, strong=True, priority=hit.reading.priority),
        )
        mention.family, mention.agent, mention.target = VIOLENCE, subject, victim
        mention.others = [a for a in mention.others if a is not subject and a is not victim]
        return


def _protest_kills(mention: Mention, facts: Facts, found: list[Mention]) -> None:
    """'Protests triggered by a fuel price hike killed eight police and National Guard troops': a
    kill word in the active voice whose subject is a protest told first-hand in its clause (or in
    the clause of a participle right before it), and whose dead are the state's forces, is the
    crowd's riot (ACLED: demonstrators who engage in violence). Dead who are no forces ('protests
    that have killed 40 people') may be the police's victims: the words keep their reading."""
    if mention.family != GENERIC or mention.reported:
        return
    protests = [
        h
        for m in found
        if m.family == DEMONSTRATION
        and not m.reported
        and m.clause[0] <= mention.clause[0] <= m.clause[1]
        for h in m.hits
    ]
    for hit in mention.hits:
        if not KILL_VERB.fullmatch(hit.words):
            continue
        subject = [h for h in protests if h.end <= hit.start]
        between = [a for a in facts.actors if subject and subject[0].end <= a.start < hit.start]
        victim = next(
            (
                a
                for a in facts.actors
                if hit.end <= a.start < mention.clause[1]
                and OBJECT_GAP.fullmatch(facts.sentence.between(hit.end, a.start))
            ),
            None,
        )
        if subject and not between and _kind(victim) in actors.STATE_KINDS - {"government"}:
            _read_as(mention, RIOT)
            return


def _crowd_violence(mention: Mention, facts: Facts) -> None:
    """'Residents clashed with police', 'ethnic Serbs clashed with Kosovo police', 'Villagers
    attacked a police station', 'clashes between police and residents', 'Police clashed with
    residents': a fight or a bare attack of unarmed people (a crowd, civilians, an ethnic group)
    against the state's forces, with no other armed group in the clause, is their riot, not a
    battle: ACLED's battles need two organised armed sides, and violence by a crowd is a riot. The
    unarmed people are the subject of the words in the active voice, or, for a fight (not one
    side's assault: 'Police attacked villagers' is no riot), the other side after 'with' or
    'between'. The words keep their weight; only their reading changes."""
    if mention.family != VIOLENCE or mention.reported or not mention.hits:
        return
    if not all(_fight_or_bare_attack(h.reading) for h in mention.hits):
        return
    first = min(mention.hits, key=lambda h: h.start)
    clause = [a for a in facts.actors if mention.clause[0] <= a.start < mention.clause[1]]
    state = [a for a in clause if _kind(a) in actors.STATE_KINDS]
    if not state or any(_kind(a) in actors.NON_STATE_ARMED_KINDS for a in clause):
        return
    crowd, found = _crowd_subject(mention, facts, clause, first)
    fight = next(
        (
            h
            for h in sorted(mention.hits, key=lambda h: h.start)
            if h.reading.sub_event_type == ARMED_CLASH and not ASSAULT.fullmatch(h.words)
        ),
        None,
    )
    if not found and fight is not None:
        crowd = _crowd_side(facts, clause, fight)
        found = crowd is not None
    if not found:
        return
    _read_as(mention, RIOT)
    others = [a for a in state if a is not crowd]
    target = min(others, key=lambda a: a.start < first.end, default=None)  # after the verb first
    mention.agent, mention.target = crowd, target
    mention.others = [a for a in mention.others if a is not crowd and a is not target]


def _forces_hurt_in_protest(mention: Mention, facts: Facts) -> None:
    """'It followed protests on Wednesday, when 14 people, mostly policemen, were also injured in
    Tuzla': a protest told first-hand in a sentence that counts the state's forces among the hurt
    is the crowd's riot (ACLED: demonstrators who engage in violence), unless the sentence tells
    the forces' fire on the crowd or a riot already."""
    if mention.family != DEMONSTRATION or mention.reported:
        return
    if any(
        h.reading.event_type == "Riots" or h.reading.sub_event_type == EXCESSIVE_FORCE
        for h in mention.hits
    ):
        return
    hurt = [
        a
        for f in facts.figures
        for a in facts.actors
        if f.start <= a.start < f.end
        and not AGENT_WORD.search(facts.sentence.between(f.start, a.start))
    ]
    if any(_kind(a) in actors.STATE_KINDS - {"government"} for a in hurt):
        _read_as(mention, RIOT)


def _forces_storm(mention: Mention, facts: Facts) -> None:
    """'Moldovan riot police stormed the Parliament ... that had been taken over by protesters',
    'the riot forces’ storming': state forces that storm, raid or break into a place a crowd holds
    intervene in the protest; the storming is no riot of the crowd."""
    if mention.family != DEMONSTRATION or mention.reported:
        return
    sentence = facts.sentence
    forces = [a for a in facts.actors if _kind(a) in actors.STATE_KINDS - {"government"}]
    mention.hits = [
        Hit(h.start, h.end, h.words, _intervention(h.reading))
        if h.reading.event_type == "Riots"
        and ASSAULT.fullmatch(h.words)
        and any(
            a.end <= h.start
            and any(
                gap.fullmatch(sentence.between(a.end, h.start))
                for gap in (SUBJECT_GAP, POSSESSOR_GAP)
            )
            for a in forces
        )
        else h
        for h in mention.hits
    ]


def _intervention(reading: Trigger) -> Trigger:
    """A riot word's reading turned into the forces' intervention in a protest, its weight kept."""
    plain = lexicon.plain_reading(INTERVENTION)
    return replace(plain, strong=reading.strong, priority=reading.priority)


def _mob_fight(mention: Mention, facts: Facts) -> None:
    """'clashes between prisoners in one of Ecuador's largest jails - in Latacunga - left at least
    15 inmates dead', 'inmates fought each other': a fight whose sides are unarmed people (inmates,
    prisoners, residents, villagers), with no armed side and no state force in the clause, is mob
    violence (ACLED: violence by a crowd that is no demonstration), not a battle of two organised
    armed sides. Victims alone ('civilians were killed in fighting') name no side."""
    if mention.family != VIOLENCE or mention.reported:
        return
    if any(
        h.reading.sub_event_type not in (ARMED_CLASH, "Attack", ABDUCTION) or h.reading.context
        for h in mention.hits
    ):
        return
    clause = [a for a in facts.actors if mention.clause[0] <= a.start < mention.clause[1]]
    if any(_kind(a) in actors.ARMED_KINDS | actors.STATE_KINDS for a in clause):
        return
    sentence = facts.sentence
    fights = sorted((h for h in mention.hits if _fight_word(h)), key=lambda h: h.start)
    if not fights:
        if any(BY_UNARMED.match(sentence.between(h.end, mention.clause[1])) for h in mention.hits):
            _read_as(mention, "Mob violence")
        return
    first = fights[0]
    before = [a for a in clause if a.end <= first.start]
    subject = bool(
        before
        and _kind(before[-1]) in UNARMED_KINDS
        and ACTIVE_SUBJECT.fullmatch(sentence.between(before[-1].end, first.start))
    ) or bool(UNARMED_SUBJECT.search(sentence.between(mention.clause[0], first.start)))
    sides = bool(UNARMED_SIDES.match(sentence.between(first.end, mention.clause[1])))
    if not (sides or (subject and _crowd_side(facts, clause, first) is not None)):
        if not (subject and EACH_OTHER.match(sentence.between(first.end, mention.clause[1]))):
            return
    _read_as(mention, "Mob violence")


def _crowd_arrested(mention: Mention, found: list[Mention]) -> None:
    """'Some 20 protesters were arrested Sunday when police swooped in to break up a meeting',
    'police arrested more than 200 activists ... as they marched': the arrest of a crowd, or of
    people no armed group while its clause tells their protest, is the police's intervention in
    the protest (ACLED), one event with it."""
    if mention.reported or mention.reading is None or mention.reading.sub_event_type != ARRESTS:
        return
    kind = _kind(mention.target)
    protest_told = any(
        m.family == DEMONSTRATION and not m.reported and m.clause == mention.clause for m in found
    )
    if kind in CROWD_KINDS or (protest_told and kind in ("", "monitor", "civilians")):
        _read_as(mention, INTERVENTION)


def _read_as(mention: Mention, sub_event_type: str) -> None:
    """Read every word of a mention as a crowd's act of the sub-event type (a riot or mob
    violence): the words keep their weight, only their reading changes."""
    reading = lexicon.plain_reading(sub_event_type)
    mention.hits = [
        Hit(
            h.start,
            h.end,
            h.words,
            replace(reading, strong=h.reading.strong, priority=h.reading.priority),
        )
        for h in mention.hits
    ]
    mention.family = DEMONSTRATION


def _crowd_fight_goes_on(mention: Mention, facts: Facts, state: ArticleState) -> None:
    """'The death toll from days of clashes between Senegalese police and supporters of opposition
    leader Ousmane Sonko has risen to 15 ... the clashes continued in the evening': once the text
    has told a fight of a crowd, a fight it tells with no side but the state's forces (and unarmed
    people) is that crowd's riot, not a battle with an unnamed armed group. A fight that names an
    armed group ('clashes between the army and rebels') stays a battle."""
    if mention.reported or not mention.hits:
        return
    if mention.family == DEMONSTRATION and any(_fight_word(h) for h in mention.hits):
        state.crowd_fights = True
        return
    if mention.family != VIOLENCE or not state.crowd_fights:
        return
    if not all(_fight_word(h) for h in mention.hits):
        return
    clause = [a for a in facts.actors if mention.clause[0] <= a.start < mention.clause[1]]
    if any(_kind(a) in actors.NON_STATE_ARMED_KINDS for a in clause):
        return
    _read_as(mention, RIOT)
    if _kind(mention.target) in UNARMED_KINDS:
        mention.agent, mention.target = mention.target, None


def _fight_word(hit: Hit) -> bool:
    """Whether the words of a hit tell a fight ('clashes', 'fighting'), not one side's assault,
    whatever reading their context gave them."""
    return not ASSAULT.fullmatch(hit.words) and any(
        r.sub_event_type == ARMED_CLASH and not r.context
        for readings in trigger_words(hit.words).values()
        for r in readings
    )


def _crowd_subject(
    mention: Mention, facts: Facts, clause: list[actors.Mention], first: Hit
) -> tuple[actors.Mention | None, bool]:
    """The unarmed people that are the subject of a fight or attack word in the active voice
    ('Residents clashed', 'ethnic Serbs clashed'), with the state's forces after the word: (the
    actor, or None for people no actor list names, True), else (None, False)."""
    sentence = facts.sentence
    before = [a for a in clause if a.end <= first.start]
    if not any(a.start >= first.end and _kind(a) in actors.STATE_KINDS for a in clause):
        return None, False
    if any(_kind(a) in actors.ARMED_KINDS for a in before):
        return None, False
    subject = before[-1] if before else None
    if subject is not None and _kind(subject) in UNARMED_KINDS:
        gap = sentence.between(subject.end, first.start)
        return subject, bool(ACTIVE_SUBJECT.fullmatch(gap) or SUBJECT_OF.fullmatch(gap))
    return None, bool(UNARMED_SUBJECT.search(sentence.between(mention.clause[0], first.start)))


def _crowd_side(facts: Facts, clause: list[actors.Mention], first: Hit) -> actors.Mention | None:
    """The unarmed side a fight word names after it: 'clashed with residents', 'clashes between
    police and residents'; or a crowd it left hurt ('Street battles ... left at least 100
    protesters, a number of police officers and four journalists injured')."""
    sentence = facts.sentence
    rest = sentence.between(first.end)
    after = [a for a in clause if a.start >= first.end]
    if SIDES_BETWEEN.match(rest):
        return next((a for a in after[:2] if _kind(a) in UNARMED_KINDS), None)
    side = after[0] if after else None
    if side is not None and SIDE_WITH.fullmatch(sentence.between(first.end, side.start)):
        return side if _kind(side) in UNARMED_KINDS else None
    return next((a for a in after if _kind(a) in CROWD_KINDS), None)


def _fight_or_bare_attack(reading: Trigger) -> bool:
    """A reading of a fight ('clashed', 'fought') or of a bare attack ('attacked'): words that say
    nothing of a weapon, so who fights says what the act is."""
    return not reading.context and (
        reading.sub_event_type == ARMED_CLASH or reading.sub_event_type == "Attack"
    )


def _kind(mention: actors.Mention | None) -> str:
    """The kind of actor a mention names ('' for a bare country or none)."""
    return mention.actors[0].kind if mention is not None and mention.actors else ""


def _without_looting_in_attacks(found: list[Mention]) -> list[Mention]:
    """'killed some civilians Thursday and looted shops and granaries', 'another was killed and
    houses razed in retaliation': looting or destruction told in the clause of a killing or a fight
    is part of that act, as ACLED codes looting only where no other violence happens. The bare
    word 'attack', with no toll, is no violence beside it: 'Arsonists burned more than a dozen
    trucks ... during an attack on a factory' names the destruction as the attack."""
    attacks = [
        m
        for m in found
        if m.family in (VIOLENCE, GENERIC) and not m.reported and not _attack_word_only(m)
    ]
    return [
        m
        for m in found
        if not (
            m.reading is not None
            and m.reading.sub_event_type == LOOTING
            and any(a.clause == m.clause for a in attacks)
        )
    ]


def _attack_word_only(mention: Mention) -> bool:
    """A mention that is only the word 'attack' (or 'attacks'), with no toll."""
    return not mention.figures and all(
        h.words.lower() in ("attack", "attacks") for h in mention.hits
    )


def _join_crowd_attacks(found: list[Mention], facts: Facts) -> list[Mention]:
    """'Police officers were pelted with rocks, while some were attacked with sharp objects': a
    bare attack or fight word in a sentence that tells a riot ('causing public disturbances,
    fighting and property damage') is the rioters' act, part of the riot, not violence against
    civilians or a battle of its own; a fight word with an armed side near it ('gunmen fired on
    police') is a battle beside the riot."""
    riots = [
        m
        for m in found
        if m.family == DEMONSTRATION and any(h.reading.event_type == "Riots" for h in m.hits)
    ]
    kept = []
    for mention in found:
        bare = mention.family == VIOLENCE and all(
            not h.reading.context
            and (
                h.reading.sub_event_type == "Attack"
                or (h.reading.sub_event_type == ARMED_CLASH and not _armed_side_near(h, facts))
            )
            for h in mention.hits
        )
        riot = next((r for r in riots if r.reported == mention.reported), None)
        if bare and riot is not None:
            riot.hits = sorted(riot.hits + mention.hits, key=lambda h: h.start)
            continue
        kept.append(mention)
    return kept


def _armed_side_near(hit: Hit, facts: Facts) -> bool:
    """Whether an armed group stands within SIDE_REACH characters of a fight word: the state's
    forces alone are the side a crowd fights ('picketers pelted brick-chips targeting police that
    triggered a clash')."""
    return any(
        _kind(a) in actors.NON_STATE_ARMED_KINDS
        and hit.start - SIDE_REACH < a.end
        and a.start < hit.end + SIDE_REACH
        for a in facts.actors
    )


def _another_event_between(words: str) -> bool:
    """Whether words between two triggers say they are two acts: OTHER_EVENT or a link cue
    ('revenge for', 'triggered')."""
    return bool(OTHER_EVENT.search(words)) or any(
        cue.regex.search(words) for cue in lexicon.link_cues() if cue.parts_clauses
    )


def _criminal_words(mention: Mention, facts: Facts) -> bool:
    """A killing whose only actor in its clause is criminal ('killed by robbers'): not political
    violence."""
    return any(
        a.actors
        and a.actors[0].kind == "criminal"
        and mention.clause[0] <= a.start < mention.clause[1]
        for a in facts.actors
    )


def _not_a_protest(mention: Mention, facts: Facts) -> bool:
    """'the rebels marched into the city', 'tried to flee, marching through the night': a march by
    armed men or by people fleeing is no protest (a protest word with no crowd, after an armed
    actor or beside words of flight); 'police arrested more than 200 activists ... as they
    marched' is the activists' march (a subject of its own between), and so are 'the protests' an
    officer speaks of (a reporting verb between); a candidate's campaign rally is no protest."""
    if mention.family != DEMONSTRATION or mention.agent is not None:
        return False
    if any(h.reading.sub_event_type != PEACEFUL for h in mention.hits):
        return False
    clause = facts.sentence.between(*mention.clause)
    flight = lexicon.load().cues.get("displacement")
    armed = any(
        a.actors
        and a.actors[0].kind in actors.ARMED_KINDS
        and a.start < mention.start
        and not OWN_SUBJECT.search(facts.sentence.between(a.end, mention.start))
        and not SPOKEN_BETWEEN.search(facts.sentence.between(a.end, mention.start))
        for a in facts.actors
        if mention.clause[0] <= a.start < mention.clause[1]
    )
    return armed or bool(flight and flight.search(clause)) or bool(CAMPAIGN.search(clause))


def _criminal(mention: Mention) -> bool:
    """ACLED leaves out purely criminal violence."""
    return (
        mention.agent is not None
        and bool(mention.agent.actors)
        and mention.agent.actors[0].kind == "criminal"
    )


def _without_background_acts(found: list[Mention], facts: Facts) -> list[Mention]:
    """'The overnight raids were the deadliest to hit Togo to date, topping an ambush in May that
    killed eight soldiers': trigger words whose nearest date phrase in their clause sets them in
    the past of the crisis (a month long before the story) tell background, even in a sentence
    dated by another act, so they drop (and so do the figures told there, `_attach_figures`); a
    mention left with none drops too. A statement keeps its words: what it speaks of may lie in
    the past ('accused the group of ... “for years”')."""
    kept = []
    for mention in found:
        mention.hits = [
            h
            for h in mention.hits
            if h.reading.statement or not _in_background(h.start, h.end, facts)
        ]
        if mention.hits:
            kept.append(mention)
    return kept


def _war_toll(figure: Figure, facts: Facts) -> bool:
    """Whether a count is a whole war's toll ('More than 50,000 people are believed to have died
    in that conflict'), background to the story: no act's toll."""
    clause = facts.sentence.clause_at(figure.start)
    return bool(WAR_TOLL.search(facts.sentence.between(figure.start, clause[1])))


def _in_background(start: int, end: int, facts: Facts) -> bool:
    """Whether the date phrase nearest some words (a trigger, a figure) in their clause, outside
    quotes, is background ('an ambush in May that killed eight soldiers'); the start of an act that
    goes on ('have been camped out since Friday') is none. A phrase that opens the next clause
    ('where some 1,000 civilians have been massacred since late 2017') ends theirs. A phrase in a
    relative clause the words are not in dates only its noun ('claimed today to have attacked ...
    the territories that the Moroccan army has controlled since 1975')."""
    clause = facts.sentence.clause_at(start)
    near = [
        d
        for d in facts.dates
        if not d.reporting
        and clause[0] <= d.start
        and (d.start < clause[1] or not facts.sentence.between(clause[1], d.start).strip())
        and not _quoted(d.start, facts.sentence)
    ]
    nearest = min(near, key=lambda d: min(abs(start - d.end), abs(d.start - end)), default=None)
    return (
        nearest is not None
        and nearest.kind == "background"
        and not _ongoing_since(nearest, facts.sentence)
        and not _dates_another_noun(nearest, end, facts.sentence)
    )


def _dates_another_noun(date: DateMention, end: int, sentence: Sentence) -> bool:
    """Whether a date phrase stands in a relative clause on a noun other than the act words ending
    at `end` ('claimed today to have attacked ... the territories that the Moroccan army has
    controlled since 1975'); a clause right after the act words is about the act ('grenade
    attacks that have rocked some areas of the capital from late April')."""
    if not _in_relative_clause(date.start, sentence) or end > date.start:
        return False
    pronouns = list(RELATIVE_PRONOUN.finditer(sentence.between(end, date.start)))
    return bool(pronouns) and len(sentence.between(end, end + pronouns[0].start()).split()) > 2


OCCASION_CLAUSE = lexicon.Rule(r"(?i)\b(?:{occasion_noun}),?\s+(?:which|that)\b[^,;]*$")
"""A relative clause on an occasion, up to a date phrase: 'the soldiers were ambushed on their
way back from a mission to help secure Algeria's presidential elections, which took place on
Thursday' dates the elections, not the ambush (`_attach_dates`)."""


ANNIVERSARY_AFTER = re.compile(r"(?i)^\s*anniversar(?:y|ies)\b")
"""A date that names an anniversary ('a gala concert commemorating the Oct. 23 anniversary'):
the day of the event remembered, not of an act (`_attach_dates`)."""


def _accuser(phrase: DateMention, mentions: list[Mention], facts: Facts) -> list[Mention]:
    """'Colombia accused the ELN rebels Thursday of killing a policeman': a day right before the
    'of', 'for' or 'with' that opens what a statement charges dates the statement, not the act it
    charges."""
    if not CHARGED_ACT.match(facts.sentence.text[phrase.end - facts.sentence.start :]):
        return []
    return [m for m in mentions if m.family == STATEMENT and m.start < phrase.start][-1:]


def _attach_dates(found: list[Mention], facts: Facts) -> None:
    """Each event date phrase goes to the nearest mention (same clause first); 'X came days after
    Y' dates Y from X; a day fronted in the sentence ('On Tuesday,', 'The following day,'), or
    'earlier in the day' (the story's day), dates every mention the sentence left undated ('had
    regained control of the building seized earlier in the day'). The day people were found dead
    dates the finding, not the killing (`FINDING_DAY`); the day of an occasion a relative clause
    tells dates no act (`OCCASION_CLAUSE`), nor does an anniversary's (`ANNIVERSARY_AFTER`)."""
    if not found:
        return
    event_dates = [
        d
        for d in facts.dates
        if d.kind in ("day", "anchor", "unresolved")
        and not d.reporting
        and not FINDING_DAY.search(facts.sentence.between(facts.sentence.start, d.start))
        and not OCCASION_CLAUSE.search(facts.sentence.between(facts.sentence.start, d.start))
        and not ANNIVERSARY_AFTER.match(facts.sentence.between(d.end))
    ]
    event_dates = [d for d in event_dates if not _dates_relative(d, found, facts)]
    for phrase in event_dates:
        if phrase.anchor_subordinate or phrase.fronted:
            _date_across(phrase, found, facts)
            continue
        governed = [
            m
            for m in found
            if not _referred_elsewhere(m, phrase, facts)
            and not _coordinated_after(m, phrase, facts)
        ]
        if _attributive(phrase, facts):
            governed = [m for m in governed if m.family != STATEMENT]
        same_clause = [m for m in governed if m.clause[0] <= phrase.start < m.clause[1]]
        free = [m for m in governed if m.date is None]
        pool = _accuser(phrase, same_clause, facts) or same_clause or free
        if pool:
            target = min(
                pool, key=lambda m: min(abs(m.start - phrase.end), abs(phrase.start - m.end))
            )
            if target.date is None:
                target.date = phrase
    fronted = _fronted_days(event_dates, facts)
    story_days = [d for d in event_dates if d.kind == "anchor" and d.story_day]
    for mention in found:
        if mention.date is None and (fronted or story_days):
            mention.date = (fronted or story_days)[0]
    reporting = [d for d in facts.dates if d.reporting and d.kind in ("day", "anchor")]
    for mention in found:
        report = _nearest_report(mention, reporting)
        if mention.date is not None and mention.date.overnight and report and report.date:
            mention.date = DateMention(
                f"{mention.date.text} ({report.text})",
                mention.date.start,
                mention.date.end,
                "day",
                report.date,
                2,
                overnight=True,
            )
        if mention.date is None and report:
            mention.date = _reported_by(mention, report)


def _nearest_report(mention: Mention, reporting: list[DateMention]) -> DateMention | None:
    """The day of the report that tells a mention: of the sentence's reporting days the nearest
    ('QUITO, May 10, 2025 (BSS/AFP) - Ecuador said on Friday that ... were killed': Friday, not
    the dateline's day)."""
    return min(
        reporting,
        key=lambda d: min(abs(mention.start - d.end), abs(d.start - mention.end)),
        default=None,
    )


def _fronted_days(event_dates: list[DateMention], facts: Facts) -> list[DateMention]:
    """The days that open the sentence before a comma ('On Tuesday, ...', 'The following day,
    ...'): they date every act and statement the sentence leaves undated."""
    return [
        d
        for d in event_dates
        if (d.kind == "day" or (d.kind == "anchor" and not (d.fronted or d.anchor_subordinate)))
        and d.start - facts.sentence.start <= FRONTED_CHARS
        and re.match(r"\s*,", facts.sentence.text[d.end - facts.sentence.start :])
    ]


def _dates_relative(phrase: DateMention, found: list[Mention], facts: Facts) -> bool:
    """Whether the phrase ends a relative clause right after an act word and so dates that act
    ('the riot that had erupted on Saturday'); it then dates it."""
    told = [
        m
        for m in found
        if m.end <= phrase.start
        and RELATIVE_DATE.fullmatch(facts.sentence.between(m.end, phrase.start))
    ]
    if told:
        told[-1].date = phrase
    return bool(told)


def _attributive(phrase: DateMention, facts: Facts) -> bool:
    """Whether a day phrase modifies the act word right after it ('the 9 December assault')."""
    offset = facts.sentence.start
    return dates.attributive(facts.sentence.text, phrase.start - offset, phrase.end - offset)


def _ongoing_dates(found: list[Mention], published: dt.date, onsets: list[DateMention]) -> None:
    """'protesters have been burning tyres and stoning cars', 'MNLA fighters have also taken
    control of several other towns': an act with no date of its own told in the present perfect
    progressive goes on as the story is written, and one told in the present perfect after the
    lead is news of the days the story is written in (CURATION.md: 'have arrested' is dated to
    publication); either is dated the day of publication (precision 2, a day inferred). In the
    lead, the present perfect sums up an act the story dates further on."""
    for mention in found:
        if mention.family == STATEMENT or not mention.hits:
            continue
        if mention.date is not None:
            ongoing = _ongoing_since(mention.date, mention.sentence)
        else:
            ongoing = [b for hit in mention.hits if (b := _perfect_before(mention, hit))] or [
                b for d in onsets for b in _ongoing_since(d, mention.sentence)
            ]
        if not ongoing:
            continue
        before = ongoing[0]
        start = mention.sentence.start + before.start()
        mention.date = DateMention(
            text=before.group().strip(),
            start=start,
            end=start + len(before.group().rstrip()),
            kind="day",
            date=published,
            precision=2,
            note="an act of the days the story is written in: the day of publication",
        )


def _ongoing_since(date: DateMention, sentence: Sentence) -> list[re.Match]:
    """The present perfect progressive of an act a date phrase only says the start of ('have
    been camping out around Government House since last week', 'have been camped out since
    Friday'): it goes on as the story is written. A start years back ('fighting since 2017') is
    background."""
    before = sentence.between(sentence.start, date.start)
    if YEAR.search(date.text) or not (
        SINCE_BEFORE.search(before) or SINCE_PHRASE.match(date.text)
    ):
        return []
    return list(ONGOING_CLAUSE.finditer(before))[:1]


def _went_on_before(mention: Mention) -> bool:
    """'Mapuche protesters had been demonstrating in support of ...': an act with no date of its
    own told in the past perfect progressive went on before the story, its background."""
    sentence = mention.sentence
    return (
        mention.date is None
        and mention.family != STATEMENT
        and any(
            h.words.split()[0].lower().endswith("ing")
            and BEFORE_THE_STORY.search(sentence.between(sentence.start, h.start))
            for h in mention.hits
        )
    )


def _perfect_before(mention: Mention, hit: Hit) -> re.Match | None:
    """The auxiliary of a present perfect progressive right before a trigger ('have been
    burning'), or, after the lead sentences, of a present perfect ('have also taken')."""
    before = mention.sentence.text[: hit.start - mention.sentence.start]
    if hit.words.split()[0].lower().endswith("ing"):
        return ONGOING.search(before)
    if mention.sentence.index >= LEAD_SENTENCES:
        return PERFECT.search(before)
    return None


def _coordinated_after(mention: Mention, phrase: DateMention, facts: Facts) -> bool:
    """'At least 25 militia fighters were killed in the airstrikes, and on Tuesday a large crowd
    ... marched on the U.S. embassy': a date phrase that opens a clause joined by ', and' dates
    that clause, not an act told before the join."""
    before = facts.sentence.between(mention.end, phrase.start)
    return phrase.start >= mention.end and bool(COORDINATED_DATE.search(before))


def _date_across(phrase: DateMention, found: list[Mention], facts: Facts) -> None:
    """A phrase that dates one act from another: 'X came days after Y' dates Y from X; 'Hours after
    the clashes, the two countries reached a ceasefire' dates the first act after its comma from
    the act it names (naming none, 'Days before the vote, ...', it dates nothing)."""
    if phrase.anchor_subordinate:
        later = [m for m in found if m.start >= phrase.end]
        earlier = [m for m in found if m.end <= phrase.start]
        if later:
            later[0].date, later[0].anchor = phrase, (earlier[-1] if earlier else None)
        return
    comma = facts.sentence.text.find(",", phrase.end - facts.sentence.start)
    if comma < 0:
        return
    cut = facts.sentence.start + comma
    named = [m for m in found if phrase.end <= m.start < cut]
    main = [m for m in found if m.start > cut and m.date is None]
    if named and main:
        main[0].date, main[0].anchor = phrase, named[0]


def _reported_by(mention: Mention, report: DateMention) -> DateMention | None:
    """The date of a mention with none of its own in a sentence dated by its report: a statement's
    is the report's; an act's ('strikes ..., the Pentagon said Sunday') the day of the report,
    precision 2, since the act took place on or before it (its own date elsewhere wins)."""
    if mention.family == STATEMENT:
        return report
    if mention.reported or report.date is None:
        return None
    return DateMention(
        report.text,
        report.start,
        report.end,
        "day",
        report.date,
        max(report.precision or 1, 2),
        reporting=True,
        note="the day of the report: the act took place on or before it",
    )


def _referred_elsewhere(mention: Mention, phrase: DateMention, facts: Facts) -> bool:
    """'were found on Monday, after the ambush', 'after the ambush but were found at dawn on
    Monday': a trigger named as the event another verb comes after (or before) does not take a date
    phrase that is not its own; one after it with no verb between is its own ('after the ambush on
    Sunday', 'after a heavy exchange of gunfire between a faction and police ... on Tuesday
    afternoon')."""
    offset = facts.sentence.start
    before = facts.sentence.text[max(0, mention.start - offset - 30) : mention.start - offset]
    referred = REFERRED.search(before)
    if not referred:
        return False
    if mention.start - len(before) + referred.start() <= phrase.start < mention.start:
        return False  # 'Following the overnight clashes': the words that name it hold its date
    if phrase.start >= mention.end and not FINITE_VERB.search(
        facts.sentence.text[mention.end - offset : phrase.start - offset]
    ):
        return False  # 'after a heavy exchange of gunfire between X and Y on Tuesday afternoon'
    return True


def _attach_actors(mention: Mention, facts: Facts, state: ArticleState) -> None:
    """Who acts and who is acted on, within the mention's clause, read around its strongest trigger
    word.

    The agent is a modifier ('a US attack'), 'by X', or the subject of an active verb; the target
    is the object a few words after the trigger ('stormed the embassy', 'against Kataib
    Hizbollah'), else the victims the clause names ('dozens of people were killed'). A passive
    ('was killed in a strike', 'came under fire') turns them round; a noun ('in the strike') has no
    subject of its own.
    """
    sentence = facts.sentence
    pool = [
        a
        for a in facts.actors
        if mention.clause[0] <= a.start < mention.clause[1]
        and not _in_attribution(a.start, facts)
        and not (a.actors and a.actors[0].kind in actors.SPEAKERLESS_KINDS)
    ]
    key = (
        max(mention.hits, key=lambda h: (h.reading.priority, h.reading.strong))
        if mention.hits
        else None
    )
    key_start, key_end = (key.start, key.end) if key else (mention.start, mention.end)

    described = _appositive_actors(sentence, pool)
    before = [a for a in pool if a.end <= key_start and a not in described]
    after = [a for a in pool if a.start >= key_end]

    preceding = sentence.between(max(sentence.start, key_start - 40), key_start)
    nominal = (
        bool(NOMINAL.search(preceding))
        and not (
            key and key.words.lower().endswith("ing") and re.search(r"(?i)\bby\s+$", preceding)
        )
        and not (key and _verb_after_place(key, preceding))
    )
    passive = bool(
        PASSIVE_BEFORE.search(sentence.between(sentence.start, key_start))
        or PASSIVE_TRIGGER.match(key.words if key else "")
        or any(_reduced_passive(sentence, h) for h in mention.hits)
    )
    sufferer = before[-1] if before and key and SUFFERED.fullmatch(key.words) else None
    by = next((a for a in after if BY_AGENT.match(sentence.between(key_end, a.start))), None)
    modifier = next(
        (
            a
            for a in pool
            for h in mention.hits
            if a.end <= h.start
            and not _victim(a)
            and not VICTIM_VERB.fullmatch(h.words)
            and re.fullmatch(r"[\s-]?", sentence.between(a.end, h.start))
        ),
        None,
    )
    objects = next(
        (
            found
            for end in [key_end] + [h.end for h in mention.hits if h.start >= key_end]
            if (found := _objects_after(sentence, after, end, by))
        ),
        [],
    )
    victims = [a for a in pool if _victim(a)]
    suffered = nominal and bool(
        CASUALTY_BEFORE.search(sentence.between(mention.clause[0], key_start))
    )
    if mention.family == DEMONSTRATION:
        crowd = [a for a in pool if a.actors and a.actors[0].kind in CROWD_KINDS]
        others = [a for a in pool if a not in crowd and not _victim(a)]
        mention.agent, mention.target = (
            (crowd[0] if crowd else None),
            (others[0] if others else None),
        )
    elif sufferer is not None:
        mention.agent, mention.target = by, sufferer
    elif passive or suffered:
        mention.agent = modifier or by
        mention.target = (
            (_site_owner(sentence, objects) if _armed_act(mention) else None)
            or max(
                (a for a in before if a is not mention.agent),
                key=lambda a: (_is_named(a), a.start),
                default=None,
            )
            or next(iter(objects), None)
        )
    elif nominal:
        verb = None if modifier or by else _active_kill_verb(sentence, mention)
        if verb is not None:
            subjects = [a for a in before if a.end <= verb.start and not _victim(a)]
            objects = [a for a in pool if a.start >= verb.end][:1] or objects
        mention.agent = modifier or by or (subjects[-1] if verb and subjects else None)
        mention.target = next(iter(objects), None) or next(iter(victims), None)
    else:
        mention.agent = (
            modifier or by or next((a for a in reversed(before) if not _victim(a)), None)
        )
        mention.target = next((a for a in objects if a is not mention.agent), None) or next(
            iter(victims), None
        )
    if (
        mention.agent is None
        and not (passive or suffered or mention.definite)
        and not before
        and PRONOUN_SUBJECT.search(sentence.between(mention.clause[0], key_start))
    ):
        mention.agent = _speaker_actor(facts, key_start)
    if (
        mention.agent is None
        and mention.target is None
        and PARTICIPLE_CLAUSE.match(sentence.between(mention.clause[0], key_end))
    ):
        subject = _sentence_subject(facts, mention.clause[0])
        mention.target, mention.agent = (subject, None) if passive else (None, subject)
    if mention.reading is not None and mention.reading.event_type == "Battles":
        sides = (
            _sides(facts)
            or _joined_sides(facts, before)
            or (_counted_sides(facts) if mention.agent is None else None)
        )
        if sides:
            mention.agent, mention.target = sides
    mention.others = [a for a in pool if a is not mention.agent and a is not mention.target]


def _objects_after(
    sentence: Sentence, after: list[actors.Mention], end: int, by: actors.Mention | None
) -> list[actors.Mention]:
    """The actors a few words after an act word, its object: after the key word ('stormed the
    embassy'), else after a later act word of the clause ('attacked the town of Kandi on Friday,
    killing five soldiers')."""
    return [
        a
        for a in after
        if a is not by
        and a.start >= end
        and len(sentence.between(end, a.start).split()) <= OBJECT_WORDS
        and not (a.country_only and POSSESSIVE.match(sentence.text, a.end - sentence.start))
    ]


def _armed_act(mention: Mention) -> bool:
    """Whether the mention reads as an act of political violence (a blast, a fight, an attack), not
    a demonstration's or an arrest."""
    return mention.reading is not None and mention.reading.event_type in ONE_SIDED_TYPES | {
        "Battles"
    }


def _site_owner(sentence: Sentence, objects: list[actors.Mention]) -> actors.Mention | None:
    """The state's forces whose site an act struck ('killed in a suicide car bombing at a police
    headquarters', 'wounded in an attack on an army checkpoint'): they are its target, whoever
    else the clause counts among the dead."""
    return next(
        (
            a
            for a in objects
            if _kind(a) in actors.FORCE_KINDS
            and SITE_AFTER.match(sentence.text, a.end - sentence.start)
        ),
        None,
    )


def _verb_after_place(key: Hit, preceding: str) -> bool:
    """'Police in Teculutan arrested six men': a past-tense trigger right after a place phrase
    ends the subject, it is the verb, no noun the preposition governs."""
    first = key.words.split()[0]
    return first.lower().endswith("ed") and bool(PLACE_BEFORE_VERB.search(preceding))


def _victim(a: actors.Mention) -> bool:
    """Civilians: acted on, never the actor of an act."""
    return bool(a.actors) and a.actors[0].kind in VICTIM_KINDS


def _appositive_actors(sentence: Sentence, pool: list[actors.Mention]) -> list[actors.Mention]:
    """Actors inside an appositive ('JNIM, a group linked to al-Qaeda, killed ...'): they describe
    the actor before them and do not act."""
    spans = [
        (sentence.start + m.start("words"), sentence.start + m.end("words"))
        for m in APPOSITIVE.finditer(sentence.text)
    ]
    return [a for a in pool if any(x <= a.start < y for x, y in spans)]


def _active_kill_verb(sentence: Sentence, mention: Mention) -> Hit | None:
    """An active kill verb in a clause whose key word is a noun ('militants ... killed at least ten
    soldiers during an attack', 'rebels in West Papua killed four soldiers in a raid'): it tells
    who acted on whom."""
    return next(
        (
            h
            for h in mention.hits
            if KILL_VERB.fullmatch(h.words)
            and not _governed(sentence, h)
            and not PASSIVE_BEFORE.search(sentence.between(sentence.start, h.start))
            and not _reduced_passive(sentence, h)
        ),
        None,
    )


def _governed(sentence: Sentence, hit: Hit) -> bool:
    """Whether a trigger word is a noun a preposition governs ('in the killing'), not a verb right
    after a place phrase that ends its subject ('rebels in West Papua killed four soldiers')."""
    preceding = sentence.between(max(sentence.start, hit.start - 40), hit.start)
    return bool(NOMINAL.search(preceding)) and not _verb_after_place(hit, preceding)


def _reduced_passive(sentence: Sentence, hit: Hit) -> bool:
    """'Egyptian policemen killed in Sinai attack', 'Four soldiers killed, two wounded': a victim
    verb with no object, right before a preposition or a comma, is a participle of the passive
    (headline style), so the noun before it is the victim, not the attacker."""
    after = sentence.text[hit.end - sentence.start :]
    return bool(VICTIM_VERB.fullmatch(hit.words) and REDUCED_PASSIVE_AFTER.match(after))


def _sentence_subject(facts: Facts, before: int) -> actors.Mention | None:
    """The subject of the sentence's main clause, for a participle clause that has none ('...,
    before coming under fire')."""
    named = [
        a
        for a in facts.actors
        if a.start < before and not (a.actors and a.actors[0].kind in VICTIM_KINDS)
    ]
    return max(named, key=lambda a: (_is_named(a), -a.start), default=None)


def _sides(facts: Facts) -> tuple[actors.Mention, actors.Mention] | None:
    """'fighting between X and Y', 'clashes between rebels and soldiers': the two sides of a
    battle, the first two parties after 'between' that 'and' joins (never its victims, nor a
    monitor or an outlet)."""
    match = BETWEEN.search(facts.sentence.text)
    if match is None:
        return None
    after = [
        a
        for a in facts.actors
        if a.start >= facts.sentence.start + match.end()
        and not (a.actors and a.actors[0].kind in VICTIM_KINDS | actors.SPEAKERLESS_KINDS)
    ]
    return next(
        (
            (first, second)
            for first, second in pairwise(after)
            if SIDES_JOINED.fullmatch(facts.sentence.between(first.end, second.start))
        ),
        None,
    )


def _joined_sides(
    facts: Facts, before: list[actors.Mention]
) -> tuple[actors.Mention, actors.Mention] | None:
    """'Pakistani and Afghan security forces engaged in overnight clashes', 'Thai and Cambodian
    troops clashed': two countries' forces joined by 'and' (or 'or') before a battle word are its
    two sides."""
    for first, second in pairwise(before):
        if (
            first.actors
            and second.actors
            and first.actors[0].kind in actors.STATE_KINDS
            and second.actors[0].kind in actors.STATE_KINDS
            and first.country_iso3 != second.country_iso3
            and actors.SHARED_HEAD.fullmatch(facts.sentence.between(first.end, second.start))
        ):
            return first, second
    return None


def _counted_sides(facts: Facts) -> tuple[actors.Mention, actors.Mention] | None:
    """'Five soldiers and 12 militants were killed in clashes', 'Three Abu Sayyaf members were
    killed while seven soldiers were wounded during an encounter': a fight told only by the losses
    of an armed group and of the state's forces has those two as its sides, the group first (as
    ACLED codes most clashes, the non-state side as actor1)."""
    counted = [
        a
        for a in facts.actors
        if any(f.start <= a.start < f.end for f in facts.figures)
        and not _in_attribution(a.start, facts)
    ]
    group = next((a for a in counted if _kind(a) in actors.NON_STATE_ARMED_KINDS), None)
    forces = next((a for a in counted if _kind(a) in actors.FORCE_KINDS), None)
    return (group, forces) if group is not None and forces is not None else None


def _with_country(mention: actors.Mention | None, country: str | None) -> actors.Mention | None:
    """A template actor with no country of its own ('police', 'the President') belongs to where it
    acts."""
    if (
        mention is None
        or mention.country_iso3
        or (mention.actors and not mention.actors[0].template)
    ):
        return mention
    return actors.Mention(mention.text, mention.start, mention.end, mention.actors, country)


def _is_named(mention: actors.Mention) -> bool:
    """A named actor (not a template such as 'people') or a country standing for its state."""
    return not mention.actors or not mention.actors[0].template


def _speaker_actor(facts: Facts, position: int) -> actors.Mention | None:
    """The actor of the speaker whose words hold `position` ('The Pentagon said it had launched
    ...'). An outlet, monitor or aid group that tells it is never the 'they' of the act ('... when
    they opened fire, Reuters reported')."""
    for attribution in facts.attributions:
        if attribution.covers_from <= position < attribution.covers_to:
            named = actors.find(attribution.speaker, 0)
            if named and _kind(named[0]) not in actors.SPEAKERLESS_KINDS:
                return named[0]
    return None


def _attach_place(mention: Mention, facts: Facts, found: list[Mention], people: set[str]) -> None:
    """The place of a kinetic mention: the most precise phrase in its clause, after its trigger
    first; the name of a person the text introduced is none (`people`)."""
    if mention.family == STATEMENT:
        return
    places_here = _acted_places(facts)
    in_clause = [p for p in places_here if mention.clause[0] <= p.start < mention.clause[1]]
    kinetic = [m for m in found if m.family != STATEMENT]
    pool = in_clause or (places_here if len(kinetic) == 1 else _where_antecedent(mention, facts))
    text, offset = facts.sentence.text, facts.sentence.start
    pool += [p for p in facts.places if geoparse.is_act_place(text, p, offset) and p not in pool]
    key = max(mention.hits, key=lambda h: (h.reading.priority, h.reading.strong), default=None)
    if key is not None and not facts.sentence.in_title_case and not AGENT_SUFFIX.search(key.words):
        sentence = facts.sentence
        named = geoparse.name_after(
            sentence.text[key.end - sentence.start :], key.end, facts.country, people
        )
        if named is not None and not any(p.start <= named.start < p.end for p in pool):
            pool = pool + [named]
    if not pool:
        return
    resolved = [p for p in pool if p.resolved] or pool
    mention.place = min(
        resolved,
        key=lambda p: (p.precision or 9, p.start < mention.start, abs(p.start - mention.end)),
    )
    mention.unresolved = next((p for p in pool if not p.resolved and p.kind == "name"), None)


def _where_antecedent(mention: Mention, facts: Facts) -> list[PlaceMention]:
    """A clause opened by ', where' happens at the place named right before it: 'Three blasts were
    reported in Esmeraldas province, where seven prison officers were taken hostage'."""
    text, offset = facts.sentence.text, facts.sentence.start
    if not RELATIVE_WHERE.match(text[mention.clause[0] - offset :]):
        return []
    before = [p for p in _acted_places(facts) if p.end <= mention.clause[0]]
    return before[-1:]


def _acted_places(facts: Facts) -> list[PlaceMention]:
    """The sentence's places where something may have happened: not where a speaker is ('officials
    in Washington and Tehran said', 'told reporters in Jakarta')."""
    return [
        p
        for p in facts.places
        if not _in_attribution(p.start, facts) and not speaking_place(p, facts)
    ]


def _in_attribution(start: int, facts: Facts) -> bool:
    """Whether words starting at `start` lie in an attribution of the sentence ('officials in
    Washington said'): they tell who speaks, not who or where acted."""
    return any(a.start <= start < a.end for a in facts.attributions)


def speaking_place(place: PlaceMention, facts: Facts) -> bool:
    """Whether a place phrase says where a speaker spoke ('told reporters in Jakarta'), not where
    anything happened."""
    text, offset = facts.sentence.text, facts.sentence.start
    return bool(
        SPEAKING_PLACE.search(text[max(0, place.start - offset - 60) : place.start - offset])
    )


def _split_by_place(found: list[Mention], facts: Facts) -> list[Mention]:
    """'Missiles hit the Ain al-Asad base and a base in Erbil': one attack mention per exact place
    it lists (ACLED codes one event per place); the siblings share whatever date any of them gets.
    A listed village the gazetteer lacks keeps its name (`unresolved`) and the mention's wider
    place ('the towns of Barire and Awdhegle in southern Somalia'), so each stays an event.
    """
    kept = []
    for mention in found:
        listed = _listed_places(mention, facts)
        if mention.family == STATEMENT or len(listed) < 2:
            kept.append(mention)
            continue
        wider = mention.place if mention.place not in listed else None
        siblings = []
        for i, place in enumerate(listed):
            sibling = Mention(
                mention.sentence,
                mention.hits,
                mention.family,
                mention.clause,
                reported=mention.reported,
                unreal=mention.unreal,
                date=mention.date,
                anchor=mention.anchor,
                place=place if place.resolved or wider is None else wider,
                agent=mention.agent,
                target=mention.target,
                others=mention.others,
                figures=mention.figures if i == 0 else [],
                tags=mention.tags,
            )
            sibling.unresolved = None if place.resolved else place
            siblings.append(sibling)
        for sibling in siblings:
            sibling.siblings = [s for s in siblings if s is not sibling]
        kept += siblings
    return kept


def _listed_places(mention: Mention, facts: Facts) -> list[PlaceMention]:
    """Exact places of the mention's clause joined by 'and', further apart than one event's place
    can be, and names of a list the gazetteer lacks ('the villages of Sabiid and Anole'); or
    countries and compass regions of two countries ('strikes in Iraq and Syria', 'in northern
    Syria and Iraq': ACLED codes one event per country). Two places after 'between' bound a route,
    no list."""
    end = _list_after_dash(mention, facts.sentence)
    in_clause = [
        p
        for p in _acted_places(facts)
        if mention.clause[0] <= p.start < end and (p.resolved or p.kind == "name")
    ]
    countries = _distinct(in_clause, COUNTRY_KINDS, lambda p: p.country_iso3)
    provinces = (
        []
        if mention.definite
        else _adjacent(_distinct(in_clause, {"admin"}, lambda p: p.admin1), facts)
    )
    exact = (
        countries
        if len(countries) > 1
        else provinces
        if len(provinces) > 1
        else [p for p in in_clause if p.precision == 1 or not p.resolved]
    )
    if exact and ROUTE_BEFORE.search(facts.sentence.between(mention.clause[0], exact[0].start)):
        return []
    listed = exact[:1]
    for place in exact[1:]:
        between = facts.sentence.text[
            listed[-1].end - facts.sentence.start : place.start - facts.sentence.start
        ]
        if (
            re.search(r"\band\b|,", between)
            and not HOLDING_PLACE.search(between)
            and len(between.split()) <= LISTED_GAP_WORDS
            and all(_apart(place, p) for p in listed)
        ):
            listed.append(place)
    return listed if len(listed) > 1 else []


def _list_after_dash(mention: Mention, sentence: Sentence) -> int:
    """Where the mention's places end: its clause's end, or, when the clause ends on a word of
    settlements and a dash follows ('in three regional centers - Talas, Naryn and Karakol'), the
    end of the list the dash opens (the dash parts no clause there)."""
    end = mention.clause[1]
    dash = LIST_DASH.match(sentence.text, end - sentence.start)
    if dash is None or not SETTLEMENTS_END.search(sentence.between(mention.clause[0], end)):
        return end
    after = sentences.clause_break().search(sentence.text, dash.end())
    return sentence.start + (after.start() if after else len(sentence.text))


def _adjacent(found: list[PlaceMention], facts: Facts) -> list[PlaceMention]:
    """The first run of places that a bare list joins ('Guayas and Esmeraldas', 'Kogi, Niger and
    Kwara'), not two places the sentence names apart ('the capital of South Darfur state Nyala and
    the capital of North Darfur state El Fasher')."""
    run = found[:1]
    for place in found[1:]:
        between = facts.sentence.between(run[-1].end, place.start)
        if not LIST_JOIN.fullmatch(between):
            break
        run.append(place)
    return run


def _distinct(
    found: list[PlaceMention], kinds: Collection[str], key: Callable[[Place], str | None]
) -> list[PlaceMention]:
    """The resolved places of these kinds, the first of each key: one per country ('strikes in Iraq
    and Syria') or per province ('in the provinces of Guayas and Esmeraldas'), as ACLED codes an
    event per country and per admin1."""
    kept: list[PlaceMention] = []
    for place in found:
        if place.resolved and place.kind in kinds and key(place.place):
            if all(key(place.place) != key(k.place) for k in kept):
                kept.append(place)
    return kept


def _apart(one: PlaceMention, other: PlaceMention) -> bool:
    """Two places of a list that are two places: further apart than SEPARATE_PLACES_KM, or two
    names at least one of which the gazetteer lacks."""
    if not (one.resolved and other.resolved):
        return name_key(one.text) != name_key(other.text)
    return (
        places.distance_km(
            one.place.latitude, one.place.longitude, other.place.latitude, other.place.longitude
        )
        > SEPARATE_PLACES_KM
    )


def _split_statements(found: list[Mention], facts: Facts, state: ArticleState) -> list[Mention]:
    """One statement mention per speaker of the clause ('X, Y and Z condemned'); speakerless ones
    and reports go."""
    kept = []
    for mention in found:
        if mention.family != STATEMENT:
            kept.append(mention)
            continue
        speakers = _statement_speakers(mention, facts, state)
        if (
            mention.reading is not None
            and mention.reading.sub_event_type == AGREEMENT
            and speakers
        ):
            kept.append(_agreement(mention, speakers, facts, state))
            continue
        for speaker_text, speaker in speakers:
            target = _statement_target(mention, facts, speaker) or _other_party(speaker, state)
            kept.append(_statement(mention, facts, state, (speaker_text, speaker), target))
    return kept


def _named_pair(facts: Facts) -> tuple[actors.Mention, actors.Mention] | None:
    """Two parties named together ('Azerbaijan and Armenia have separately announced'): a party or
    a country, 'and' between them and nothing else."""
    sentence = facts.sentence
    for one, other in itertools.pairwise(facts.actors):
        between = sentence.text[one.end - sentence.start : other.start - sentence.start]
        if re.fullmatch(r"\s+and\s+", between) and all(_may_speak(a) for a in (one, other)):
            return one, other
    return None


def _other_party(speaker: actors.Mention, state: ArticleState) -> actors.Mention | None:
    """What one of 'both sides' speaks about: the other of the pair."""
    if state.pair is None or speaker not in state.pair:
        return None
    return state.pair[1] if speaker is state.pair[0] else state.pair[0]


def _statement(
    mention: Mention,
    facts: Facts,
    state: ArticleState,
    speaker: tuple[str, actors.Mention],
    target: actors.Mention | None,
) -> Mention:
    """The statement mention of one speaker (its words and actor) about a target, placed where the
    speaker is."""
    return Mention(
        mention.sentence,
        mention.hits,
        STATEMENT,
        mention.clause,
        unreal=mention.unreal,
        date=_telling_date(mention, facts, state.published),
        agent=_with_country(speaker[1], state.country),
        target=target,
        place=_speaker_place(mention, facts),
        speaker=speaker[0],
    )


def _telling_date(mention: Mention, facts: Facts, published: dt.date) -> DateMention | None:
    """A statement's date; none when its phrase names no day of the week of publication ('This
    week, the US accused ...': the day of publication, CURATION.md, the statement rule, 6); an
    intent's is its telling's ('said on Tuesday that it planned to pursue'), never the day of what
    it intends, told in its words ('The talk ... would be held on Thursday, the Thai army said': no
    date of its own)."""
    date = mention.date
    if (
        date is not None
        and date.kind == "day"
        and date.precision == 2
        and date.date is not None
        and dates.week_start(date.date) == dates.week_start(published)
    ):
        return None
    if mention.reading is None or not mention.reading.intent or date is None:
        return date
    if date.start < mention.hits[0].end:
        # before the intent's words or inside them ('promised yesterday to stop'): the telling's
        return date
    return next((d for d in facts.dates if d.reporting), None)


def _agreement(
    mention: Mention,
    speakers: list[tuple[str, actors.Mention]],
    facts: Facts,
    state: ArticleState,
) -> Mention:
    """'The government and the rebels signed a ceasefire': one agreement of both parties, the first
    as actor1 and the second as actor2 (ACLED codes one event per agreement, not one per
    signatory)."""
    second = (
        speakers[1][1] if len(speakers) > 1 else _statement_target(mention, facts, speakers[0][1])
    )
    found = _statement(mention, facts, state, speakers[0], _with_country(second, state.country))
    found.place = _signing_place(mention, facts) or found.place
    return found


def _signing_place(mention: Mention, facts: Facts) -> PlaceMention | None:
    """'The government and the rebel authorities in Tigray reached an agreement on Wednesday in
    Pretoria': a place told right after the agreement's words, with 'in' or 'at', is where it was
    reached; a place in the subject says where a party is."""
    offset, end = facts.sentence.start, mention.end
    return next(
        (
            p
            for p in sorted(facts.places, key=lambda p: p.start)
            if p.resolved
            and end <= p.start < mention.clause[1]
            and SIGNING_PLACE.fullmatch(facts.sentence.text[end - offset : p.start - offset])
        ),
        None,
    )


def _statement_speakers(
    mention: Mention, facts: Facts, state: ArticleState
) -> list[tuple[str, actors.Mention]]:
    """The subjects of a statement word: actors before it in its clause, a pronoun's antecedent, or
    the tweet's author. Protesters' demands are part of their protest, and monitors and media only
    report: neither is a speaker."""
    sentence = facts.sentence
    subject_from, subject_to = _subject_span(sentence, mention, facts.actors)
    quoting = _quoting(mention, facts)
    if quoting is not None:
        return _quoted_speakers(mention, facts, state, quoting, (subject_from, subject_to))
    if all(BLAME_PREDICATE.fullmatch(h.words.strip()) for h in mention.hits):
        return _attributed_speakers(mention, facts, state)
    words = sentence.text[subject_from - sentence.start : subject_to - sentence.start].strip(" ,")
    if BOTH_SIDES.match(words) and state.pair is not None:
        return [(a.text, a) for a in state.pair]
    if RELATIVE_START.match(words):
        subject = _relative_antecedent(facts, subject_from, words)
        return [(numbers.clean_speaker(a.text), a) for a in subject]
    subject = _one_per_phrase(
        [a for a in facts.actors if subject_from <= a.start < subject_to], sentence
    )
    if not subject and words and not re.match(r"(?i)(?:he|she|it|they|we)\b", words):
        words, subject = _named_before(words, facts, state)
    if not subject and re.match(r"(?i)(?:he|she|it|they|we)\b", words) and facts.antecedent:
        words = facts.antecedent
        subject = actors.find(words, 0, state.people)
    if not subject and GROUP_ANAPHOR.fullmatch(words) and facts.group_before is not None:
        words, subject = facts.group_before.text, [facts.group_before]
    if (
        not subject
        and mention.sentence.paragraph in state.signatures
        and not re.search(r"[A-Za-z]", words)
    ):
        words = state.signatures[mention.sentence.paragraph]
        subject = actors.find(words, 0, state.people)
    if not subject and mention.clause[0] > sentence.start and not facts.attributions:
        subject = _earlier_clause_agent(mention, facts)
        words = subject[0].text if subject else words
    if not subject and facts.attributions:
        holder = _holder(mention, facts) or facts.attributions[0]
        words, subject = (
            holder.speaker,
            _one_per_phrase(actors.find(holder.speaker, 0, state.people), None),
        )
    return _named_speakers(words, subject)


def _holder(mention: Mention, facts: Facts) -> Attribution | None:
    """The attribution whose reporting verb covers the mention's words, if any."""
    return next(
        (a for a in facts.attributions if a.covers_from <= mention.start < a.covers_to), None
    )


def _named_speakers(words: str, subject: list[actors.Mention]) -> list[tuple[str, actors.Mention]]:
    """Each actor of a statement's subject that may speak, named by the subject's words when it is
    the only one."""
    words = numbers.clean_speaker(words)
    return [(words if len(subject) == 1 else a.text, a) for a in subject if _may_speak(a)]


def _attributed_speakers(
    mention: Mention, facts: Facts, state: ArticleState
) -> list[tuple[str, actors.Mention]]:
    """The speaker a reporting verb gives the mention's words ('..., the minister said'), or none:
    the subject of 'is responsible for' is the one blamed, never the one who blames ('Jaish
    al-Adl is responsible for several attacks' in the article's own voice accuses nobody)."""
    holder = _holder(mention, facts)
    if holder is None:
        return []
    subject = _one_per_phrase(actors.find(holder.speaker, 0, state.people), None)
    return _named_speakers(holder.speaker, subject)


def _quoted_speakers(
    mention: Mention,
    facts: Facts,
    state: ArticleState,
    quoting: Attribution,
    subject: tuple[int, int],
) -> list[tuple[str, actors.Mention]]:
    """The speakers of a statement word inside a quote: its own subject when the quote names an
    office holder as it ('“Acting Governor Hadiza Balarabe has condemned the attack,” Aruwan
    said': the governor's condemnation, relayed), else whoever the quote is attributed to ('“We
    condemn ...,” the ministry said'; '“The American enemy is responsible ...,” said al-Assadi':
    the accused is no speaker)."""
    sentence = facts.sentence
    words = sentence.text[subject[0] - sentence.start : subject[1] - sentence.start]
    own = _one_per_phrase(
        [a for a in facts.actors if subject[0] <= a.start < subject[1] and _may_speak(a)], sentence
    )
    if own and OFFICE_HOLDER.search(words):
        words = numbers.clean_speaker(words.strip(" ,“”\"‘’'"))
        return [(words if len(own) == 1 else a.text, a) for a in own]
    named = _one_per_phrase(_speaker_actors(quoting, sentence, state), None)
    return [(numbers.clean_speaker(quoting.speaker), a) for a in named if _may_speak(a)]


def _named_before(
    words: str, facts: Facts, state: ArticleState
) -> tuple[str, list[actors.Mention]]:
    """'Asif urged the global community ...' after 'Defence Minister Khawaja Asif claimed': a
    short name of a speaker the text named in full before speaks for that speaker's party."""
    earlier = [n for n in state.speakers.names if n in facts.known_speakers]
    fuller = numbers.Speakers(names=earlier).resolve(numbers.clean_speaker(words))
    found = actors.find(fuller, 0, state.people) if fuller in facts.known_speakers else []
    return (fuller, found) if found else (words, [])


def _relative_antecedent(facts: Facts, relative_at: int, words: str) -> list[actors.Mention]:
    """The speaker of ', who claimed to have captured ...': the party named last before the comma
    ('rebels backed by neighboring Rwanda, who claimed': the rebels; a bare country is a modifier).
    None for 'which' or a 'who' with no comma before it, whose subject is another party ('a group
    which it blames') or a question."""
    sentence = facts.sentence
    before = sentence.text[: relative_at - sentence.start].rstrip()
    if not (re.match(r"(?i)who\b", words) and before.endswith(",")):
        return []
    parties = [a for a in facts.actors if a.end <= relative_at and a.actors and _may_speak(a)]
    return parties[-1:]


def _may_speak(actor: actors.Mention) -> bool:
    """Whether an actor's words can be a statement: not a monitor's, an outlet's, a crowd's or
    civilians' (residents, witnesses and victims tell what happened: CURATION.md, the statement
    rule, 1)."""
    return not (
        actor.actors
        and actor.actors[0].kind in actors.SPEAKERLESS_KINDS | CROWD_KINDS | {"civilians"}
    )


def _quoting(mention: Mention, facts: Facts) -> Attribution | None:
    """The speaker of the quotation a statement word stands in ('"The American and Israeli enemy
    is responsible for killing ...," said Ahmed al-Assadi'), or of the words that tell an intent
    ('the supreme leader ... said it was a “slap in the face” for the US and revenge was yet to
    come'): the words are theirs, so their subject is no speaker."""
    intent = mention.reading is not None and mention.reading.intent
    if not (intent or _quoted(mention.start, facts.sentence)):
        return None
    return _holder(mention, facts)


def _speaker_actors(
    attribution: Attribution, sentence: Sentence, state: ArticleState
) -> list[actors.Mention]:
    """The actors a speaker's words name, else those of the appositive after the name ('Senior Gen.
    Min Aung Hlaing, the head of Myanmar's ruling military council, said'): a person speaks for
    the organisation their title ties them to."""
    found = actors.find(attribution.speaker, 0, state.people)
    if found:
        return found
    named_at = sentence.text.find(attribution.speaker, attribution.start - sentence.start)
    after = APPOSITIVE.match(
        sentence.text,
        named_at + len(attribution.speaker) if named_at >= 0 else attribution.end - sentence.start,
    )
    if after is None or not actors.TITLE_WORD.search(after.group()):
        return []
    named = actors.find(after.group("words"), 0, state.people)
    organisations = [a for a in named if a.actors]
    country = next((a.country_iso3 for a in named if a.country_only), None)
    return [_with_country(a, country) for a in organisations[:1]]


def _earlier_clause_agent(mention: Mention, facts: Facts) -> list[actors.Mention]:
    """'The Ukrainian charge d'affaires was summoned to the Russian Foreign Ministry where a
    resolute protest was expressed to him': a statement word in a clause of its own with no
    subject is the act of the last actor told before that clause, never of one a passive verb
    acts on (the one summoned)."""
    text, offset = facts.sentence.text, facts.sentence.start
    before = [
        a
        for a in facts.actors
        if a.end <= mention.clause[0]
        and not PASSIVE_SUBJECT.match(text[a.end - offset :])
        and not (a.actors and a.actors[0].kind in actors.SPEAKERLESS_KINDS | CROWD_KINDS)
    ]
    return before[-1:]


def _subject_span(
    sentence: Sentence, mention: Mention, found: list[actors.Mention]
) -> tuple[int, int]:
    """Where the subject of a statement word lies: the comma-chunk before it; a list ('X, Y and Z')
    reaches back to its first member; an appositive ('a rebel commander, Ivan Petrov,') to the
    chunk that names an actor; a relative clause between subject and verb ('Trump, who tweeted that
    ..., accused') is skipped; a verb coordinated after a reported clause ('the minister said
    that gunmen were behind the attack, and warned') has the reporting verb's subject. The
    sentence's actors (`found`, with the groups the text itself names: 'a newly formed militant
    group, Jaish-e-Fursan-e-Muhammad, claimed') tell which chunk names one."""
    clause_start = mention.clause[0]
    head = sentence.text[clause_start - sentence.start : mention.start - sentence.start]
    inserted = RELATIVE_INSERT.search(head)
    end = clause_start + inserted.start() if inserted else mention.start
    head = head[: end - clause_start]
    cut = LAST_CUT.search(head)
    told = list(SPOKEN_BETWEEN.regex.finditer(head[: cut.start()])) if cut else []
    after_cut = head[cut.end() :] if cut else ""
    if (
        cut
        and cut.group() == "that"
        and told
        and (SECOND_VERB.search(after_cut) or SAYER_PRONOUN.fullmatch(after_cut))
    ):
        # 'the minister said Monday that gunmen ... were behind the attack, and warned Islamabad':
        # the second verb is the minister's, not the gunmen's; 'the foreign ministry said in a
        # statement that it rejected': the pronoun is the ministry
        end = clause_start + told[-1].start()
        head = head[: told[-1].start()]
        cut = LAST_CUT.search(head)
    if cut and cut.group() in '“"' and QUOTED_VERB.fullmatch(head[cut.end() :]):
        cut = re.search(r"(?:[;:”]|\bthat\b)(?!.*(?:[;:“”\"]|\bthat\b))", head[: cut.start()])
    base = clause_start + (cut.end() if cut else 0)
    chunks = [
        m
        for m in re.finditer(r"[^,]+", sentence.text[base - sentence.start : end - sentence.start])
    ]
    if not chunks:
        return base, end
    if re.search(r"\band\b", chunks[-1].group()):
        listed = [c for c in chunks if not LIST_LEAD.match(c.group())]
        if any(trigger_words(c.group()) for c in listed[:-1]):
            # 'Gunmen have massacred 18 people ..., and Prime Minister James Marape vowed': a
            # chunk that tells an act is a clause, no member of a list of speakers
            listed = listed[-1:]
        return base + (listed[0].start() if listed else chunks[-1].start()), end
    for chunk in reversed(chunks):
        start, stop = base + chunk.start(), base + chunk.end()
        if any(start <= a.start < stop for a in found):
            return start, end
    return base + chunks[-1].start(), end


def _one_per_phrase(
    found: list[actors.Mention], sentence: Sentence | None
) -> list[actors.Mention]:
    """The first actor of each coordinated noun phrase ('Pentagon chief John Smith' is one; 'X, Y
    and Z' are three)."""
    kept: list[actors.Mention] = []
    for mention in found:
        if kept and sentence is not None:
            between = sentence.text[kept[-1].end - sentence.start : mention.start - sentence.start]
            if not COORDINATION.search(between):
                continue
        elif kept:
            continue
        kept.append(mention)
    return kept


def _statement_target(
    mention: Mention, facts: Facts, speaker: actors.Mention
) -> actors.Mention | None:
    """Who a statement is about: the first named actor or country after the statement word (never
    an outlet or a monitor, which only report it)."""
    return next(
        (
            a
            for a in facts.actors
            if a.start >= mention.end
            and a.text != speaker.text
            and _is_named(a)
            and not (a.actors and a.actors[0].kind in actors.SPEAKERLESS_KINDS)
            and not any(p.start <= a.start < p.end for p in facts.places if p.kind == "border")
        ),
        None,
    )


def _speaker_place(mention: Mention, facts: Facts) -> PlaceMention | None:
    """Where the speaker is, when the subject says so ('a military source in ... Mosul said', 'The
    White House said'); in words a speaker named after them says ('A shell fired from Ukraine ...
    might have irreversible consequences, the Russian Foreign Ministry said'), places are what they
    speak of."""
    relayed = any(
        not a.lead and a.covers_from <= mention.start < a.covers_to for a in facts.attributions
    )
    subject = [
        p
        for p in facts.places
        if mention.clause[0] <= p.start < mention.start and p.resolved and not relayed
    ]
    speaking = [
        p
        for p in facts.places
        if p.resolved and any(a.start <= p.start < a.end for a in facts.attributions)
    ]
    candidates = [p for p in subject + speaking if p.kind not in ("region", "border")]
    return min(candidates, key=lambda p: p.precision or 3) if candidates else None


def _own_action_statements(
    found: list[Mention], facts: Facts, state: ArticleState
) -> list[Mention]:
    """'The Pentagon said it had launched attacks': a conflict party describing its own attack
    acknowledges it, and an act it claims to have done ('claimed today to have attacked') takes it
    as its doer; an unnamed voice ('a US source says') or a reporting verb inside a relative
    clause ('depots that the U.S. said were linked with ...') claims nothing (the statement
    rule)."""
    made = []
    for attribution in facts.attributions:
        found_speaker = actors.find(attribution.speaker, 0, state.people)
        speaker = found_speaker[0] if found_speaker else None
        if (
            not attribution.own_action_cameo
            or ANONYMOUS_VOICE.search(attribution.speaker)
            or _embedded(attribution, facts.sentence)
            or speaker is None
            or (speaker.actors and speaker.actors[0].kind in actors.SPEAKERLESS_KINDS)
            or _victim_side(found, speaker)
        ):
            continue
        mention = next(
            (
                m
                for m in found
                if m.family in KINETIC_FAMILIES
                and attribution.covers_from <= m.start < attribution.covers_to
                and _one_sided(m)
                and (_same_side(m, speaker, state) or _claimed_as_own(m))
            ),
            None,
        )
        if mention is not None:
            if _claimed_as_own(mention):
                mention.agent = speaker
            made.append(
                _attributed_statement(
                    attribution, speaker, attribution.own_action_cameo, mention, facts, state
                )
            )
    return made


def _victim_side(found: list[Mention], speaker: actors.Mention) -> bool:
    """Whether the sentence tells an act done to the speaker's side ('Four United Nations
    peacekeepers ... have been killed ..., the U.N. mission said'): its account of an attack on
    itself acknowledges no act of its own."""
    return bool(speaker.actors) and any(
        m.family in KINETIC_FAMILIES
        and m.target is not None
        and m.target.actors[:1] == speaker.actors[:1]
        for m in found
    )


CLAIMED_TO_HAVE = re.compile(r"(?i)\bclaim(?:ed|s)?\s+(?:[\w-]+\s+){0,2}to\s+have\s+$")
"""'The Polisario Front claimed today to have attacked': the claimer is the doer."""


def _claimed_as_own(mention: Mention) -> bool:
    """Whether the act is told as what its speaker claims to have done ('claimed today to have
    attacked with missiles'): an act with no doer of its own is the claimer's."""
    sentence = mention.sentence
    return mention.agent is None and bool(
        CLAIMED_TO_HAVE.search(sentence.between(sentence.start, mention.start))
    )


def _embedded(attribution: Attribution, sentence: Sentence) -> bool:
    """'bridges that authorities say are key': a reporting verb inside a relative or complement
    clause is no act of its speaker."""
    before = sentence.text[: attribution.start - sentence.start]
    return bool(EMBEDDING.search(before))


def _attributed_statement(
    attribution: Attribution,
    speaker: actors.Mention,
    cameo: str,
    about: Mention,
    facts: Facts,
    state: ArticleState,
) -> Mention:
    """The statement a reporting verb makes of its speaker ('the Pentagon said'), with the CAMEO
    code its reading gives, in the clause of the act it is about, dated by its report ('said
    Friday') or by the act it came before ('It came three days after X said ...')."""
    words = facts.sentence.text[
        attribution.start - facts.sentence.start : attribution.end - facts.sentence.start
    ]
    reading = Trigger(
        regex=re.compile(re.escape(words)),
        pattern=words,
        context="",
        event_type="Strategic developments",
        sub_event_type="Other",
        cameo_code=cameo,
        strong=True,
        priority=OWN_ACTION_PRIORITY,
        statement=True,
    )
    return Mention(
        facts.sentence,
        [Hit(attribution.start, attribution.end, words, reading)],
        STATEMENT,
        about.clause,
        date=next((d for d in facts.dates if d.reporting), None)
        or next(
            (d for d in facts.dates if d.anchor_subordinate and d.end <= attribution.start), None
        ),
        agent=_with_country(speaker, state.country),
        target=about.target,
        place=_speaker_place(about, facts),
        speaker=attribution.speaker,
    )


def _one_sided(mention: Mention) -> bool:
    """Whether an act is one side's attack (a strike, shelling, a bombing, an attack on civilians),
    which its side's telling claims; a party's account of fighting (a clash it was drawn into, an
    attack it repelled, the enemy's losses) is an account, not a claim (CURATION.md, the statement
    rule, 2: 'the army defeated a rebel column')."""
    return mention.reading is not None and mention.reading.event_type in ONE_SIDED_TYPES


def _doer_told_before(mention: Mention, state: ArticleState) -> actors.Mention | None:
    """Who carried out an act a definite word points back to ('the strikes had targeted Qandil'
    after 'air strikes launched by the Turkish army'): the agent of the last such act told."""
    if not mention.definite or mention.reading is None:
        return None
    return state.doers.get(mention.reading.sub_event_type)


def _same_side(mention: Mention, speaker: actors.Mention, state: ArticleState) -> bool:
    """Whether an attack's agent is the speaker's own side: the same actor, or the same country's
    state.

    An act with no agent of its own that points back ('the strikes') is its last doer's
    (`_doer_told_before`). An institution (the Pentagon, the IRGC, 'Iran') speaks for its state;
    an unnamed voice
    ('officials', 'a military source') only for its own kind of force ('a military source' for 'a
    fighter jet'), and only about a strike or shelling it carried out, not about fighting or the
    policing of a crowd.
    """
    agent = mention.agent or _doer_told_before(mention, state)
    if agent is None:
        return False
    if agent.actors and agent.actors == speaker.actors and not agent.actors[0].template:
        return True
    day = state.published
    mine = actors.resolve(speaker, "speaker", state.country, day)
    theirs = actors.resolve(agent, "agent", mine.country_iso3 if mine else state.country, day)
    if not (
        mine
        and theirs
        and mine.country_iso3 == theirs.country_iso3
        and mine.kind in actors.STATE_KINDS
        and theirs.kind in actors.STATE_KINDS
    ):
        return False
    unnamed = bool(speaker.actors) and speaker.actors[0].template
    return not unnamed or (
        mine.kind == theirs.kind
        and mention.reading is not None
        and mention.reading.event_type == "Explosions/Remote violence"
    )


def _antecedents(kinetic: list[Mention], figure: Figure, facts: Facts) -> list[Mention]:
    """'The bandits attacked government forces in Tuburan, which left one soldier and a militiaman
    wounded a few hours after the Patikul encounter': a figure in a relative clause counts the
    victims of the act the clause hangs on, told before it, not of an act named after it."""
    clause = facts.sentence.clause_at(figure.start)
    words = facts.sentence.text[clause[0] - facts.sentence.start :].lstrip(" ,")
    if not RELATIVE_START.match(words):
        return []
    return [m for m in kinetic if m.end <= clause[0]]


def _counts_listed_villages(target: Mention, same: list[Mention]) -> bool:
    """'three people were killed as gunmen attacked two communities, Sikida and Gyaddu Villages':
    a toll told in the clause of an attack split over a list of villages the gazetteer lacks
    counts them together, so it is no figure of any one of them (CURATION.md: a sum of two events
    gives neither a claim)."""
    return bool(target.siblings) and target.unresolved is not None and target in same


def _counts_by_place(kinetic: list[Mention], figures: list[Figure]) -> dict[int, Mention | None]:
    """'Two people were reported killed in Mardin, two in Siirt, and one in Batman': when every
    place of a list an act was split over has a count of its own right before it, the count
    nearest each place (per metric) is that place's whole toll and the list's running sums and
    totals go (None), as a sum of several events is a figure of none. Keyed by id(figure)."""
    owners: dict[int, Mention | None] = {}
    for first in kinetic:
        group = [first, *first.siblings]
        if not first.siblings or any(m not in kinetic or not _listed_at(m) for m in group):
            continue
        group.sort(key=lambda m: _listed_at(m).start)
        if first is not group[0]:
            continue
        ends = [_listed_at(m).start for m in group]
        starts = [first.clause[0]] + [_listed_at(m).end for m in group[:-1]]
        windows = zip(starts, ends, strict=True)
        nearest = [_nearest_counts(figures, start, end) for start, end in windows]
        if not all(nearest):
            continue
        owners |= {id(f): None for f in figures if starts[0] <= f.start and f.end <= ends[-1]}
        owners |= {id(f): m for m, own in zip(group, nearest, strict=True) for f in own}
    return owners


def _nearest_counts(figures: list[Figure], start: int, end: int) -> list[Figure]:
    """The figures between two offsets, the one nearest the end for each metric."""
    inside = sorted((f for f in figures if start <= f.start and f.end <= end), key=lambda f: f.end)
    return list({f.metric: f for f in inside}.values())


def _listed_at(mention: Mention) -> PlaceMention | None:
    """The place of a list a split mention stands for (the gazetteer's or the unresolved name)."""
    return mention.unresolved or mention.place


def _attach_figures(found: list[Mention], facts: Facts) -> None:
    """Each figure goes to the nearest kinetic mention of its sentence; without one it is a mention
    of its own. The places of a list with a count each take their own (`_counts_by_place`)."""
    kinetic = [m for m in found if m.family in KINETIC_FAMILIES]
    by_place = _counts_by_place(kinetic, facts.figures)
    orphans = []
    for figure in facts.figures:
        if _in_background(figure.start, figure.end, facts) or _war_toll(figure, facts):
            continue
        if id(figure) in by_place:
            owner = by_place[id(figure)]
            if owner is not None:
                owner.figures.append(replace(figure, partial=False))
            continue
        if not kinetic:
            orphans.append(figure)
            continue
        same = [m for m in kinetic if m.clause[0] <= figure.start < m.clause[1]]
        target = min(
            same or _antecedents(kinetic, figure, facts) or kinetic,
            key=lambda m: min(abs(m.start - figure.end), abs(figure.start - m.end)),
        )
        if _counts_listed_villages(target, same):
            continue
        target.figures.append(figure)
    if orphans:
        clause = facts.sentence.clause_at(orphans[0].start)
        found.append(Mention(facts.sentence, [], GENERIC, clause, reported=True, figures=orphans))
