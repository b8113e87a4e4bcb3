"""Issue 7 (statements2): who claims a figure, and which statements are events, each class tested
with a sentence of a dev article of the corpus (`split: dev`), never of a test-split article.

Claimants: a speaker after ', but' or ', while' is a speaker of its own, not the first one
(conakry-anti-conde-protest-2019-11-14, birao-sissikebe-clash-2011-04-11); 'quoted X as saying'
and 'Y, quoting X, said' are X's words relayed by Y (rostov-donetsk-cross-border-shell-2014-07-13,
thala-kasserine-clashes-2011-01-08); a comma before 'told' leaves the speaker before it
(gaigorou-village-attack-2021-04-17); a person named before an appositive is the speaker the
appositive describes (conakry-anti-conde-protest-2019-11-14).
"""

from __future__ import annotations

from eventreport.extraction import numbers, sentences


def claimants(text: str, *earlier: str) -> list[tuple[str, int, str]]:
    """(metric, low, claimant) of each figure of a one-sentence text, after the speakers named in
    `earlier`."""
    sentence = sentences.split(text)[0]
    found = numbers.attributions(sentence, numbers.Speakers(names=list(earlier)))
    return [(f.metric, f.low, numbers.claimant(f, found)) for f in numbers.figures(sentence, [])]


def test_a_speaker_after_but_is_a_speaker_of_its_own():
    # conakry-anti-conde-protest-2019-11-14
    text = (
        "Doctors initially said police had shot dead one teen, but on Friday, the opposition and "
        "hospital sources said three people died."
    )
    assert claimants(text) == [
        ("killed", 1, "Doctors initially"),
        ("killed", 3, "opposition and hospital sources"),
    ]


def test_according_to_reaches_no_clause_with_a_speaker_of_its_own():
    # birao-sissikebe-clash-2011-04-11
    text = (
        "Fighting last month between the CPJP and the army in the region of Ndele, also in the "
        "north, killed seven civilians according to an official toll, while rebels said 32 were "
        "killed of whom 28 were soldiers or UFDR fighters."
    )
    assert claimants(text) == [("killed", 7, "official toll"), ("killed", 32, "rebels")]


def test_quoted_as_saying_is_the_quoted_speakers_figure_relayed():
    # rostov-donetsk-cross-border-shell-2014-07-13
    text = (
        "One Russian citizen, born in 1967, was killed, he said, while the RIA Novosti news "
        "agency quoted a medical source as saying two women were also badly injured."
    )
    assert claimants(text, "Aleksandr Titov")[-1] == (
        "injured",
        2,
        "medical source via RIA Novosti news agency",
    )


def test_quoting_between_subject_and_verb_makes_the_quoted_one_the_speaker():
    # thala-kasserine-clashes-2011-01-08
    sentence = sentences.split(
        "In a statement, the government, quoting an unidentified Interior Ministry official, said "
        "police had opened fire after warning shots in the air failed to stop a violent crowd "
        "from attacking government buildings."
    )[0]
    (found,) = numbers.attributions(sentence, numbers.Speakers())
    assert (found.speaker, found.via) == ("unidentified Interior Ministry official", "government")


def test_a_comma_before_told_leaves_the_speaker_before_it():
    # gaigorou-village-attack-2021-04-17
    text = (
        '"For the moment, the number of dead stands at 19 and two people have been wounded in an '
        'attack by armed men on motorbikes in the village of Gaigorou" in the Tillaberi region on '
        "Saturday evening, the municipal official from Dessa, told AFP."
    )
    assert claimants(text) == [
        ("killed", 19, "municipal official from Dessa via AFP"),
        ("injured", 2, "municipal official from Dessa via AFP"),
    ]


def test_a_person_named_before_an_appositive_is_the_speaker():
    # conakry-anti-conde-protest-2019-11-14
    text = (
        "Another 66 people were injured, including 26 shot by police, Abdoulaye Oumou Sow, an "
        "FNDC leader told AFP."
    )
    assert claimants(text)[0] == ("injured", 66, "Abdoulaye Oumou Sow (FNDC leader) via AFP")
