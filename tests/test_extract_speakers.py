"""Speakers the entity recogniser missed, and sayers that are not the speaker."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The film drags," Okonkwo Adebayo, film critic for the Lagos Herald, said.', "Okonkwo Adebayo"),
        ("A spokesman for the International Monetary Fund said the loan was approved.",
         "International Monetary Fund"),
        ('Ingrid Solberg: "We were never consulted about the pipeline."', "Ingrid Solberg"),
        ("The Red Crescent appealed for calm in the city.", "Red Crescent"),
        ("Rep. Dennis Kucinich voiced concern about the war powers vote.", "Dennis Kucinich"),
        ("Amnesty International pointed out that the law was never applied.", "Amnesty International"),
    ],
)
def test_speakers_found(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary General: a profile of the new chief.",  # a title before a colon, no quote
        "The minister called a snap election for June.",  # calling an election is no statement
        "The company issued new shares on Monday.",  # issuing shares is no statement
        "She pointed to the map.",  # pointing is no statement
    ],
)
def test_speakers_not_invented(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speakers", "not_speakers"),
    [
        # comma-spliced clauses: the name running into the verb is its subject
        ("Coach Arsene Wenger has said that he will rest Thierry Henry, Patrick Vieira has revealed "
         "that he will stay, and Robert Pires has vowed to score.",
         {"Arsene Wenger", "Patrick Vieira"}, {"Thierry Henry"}),
        # a true apposition still leaves the first name the speaker
        ("Kwame Mensah, Abena Owusu's lawyer, said the trial was unfair.", {"Kwame Mensah"}, set()),
        # coordinated speakers whose conjunction the parser hangs on the first one's title
        ("Anna Berg, director of the Oslo Peace Institute, and Lars Holm, a senior analyst at Nordea, "
         "pointed out that the deal had collapsed.", {"Anna Berg", "Lars Holm"}, set()),
        # a generic group with an example: the example speaks
        ("Economists, such as Dr. Ravi Menon, head of research at the Asian Development Bank, are "
         "warning that growth could slow.", {"Ravi Menon"}, set()),
        # someone's relative is not that someone
        ("Okafor's mother and the Lagos Legal Aid Council filed an appeal, claiming that Okafor was ill.",
         {"Lagos Legal Aid Council"}, {"Okafor"}),
    ],
)
def test_speakers_in_coordination_and_apposition(extractor, text, speakers, not_speakers):
    found = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert speakers <= found
    assert not (not_speakers & found)


def test_speakers_web_address_is_no_actor(extractor):
    text = ("The watchdog group the [http://www.example.org/report.html Centre for Public Integrity] "
            "has called it a case of favouritism.")
    ex = extract(extractor, text)
    assert not [a for a in ex.actors if "://" in a.label or "www." in a.label]
    assert ("Centre for Public Integrity", "stated", None) in tuples(ex)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The IAEA's latest assessment indicates that the reactor was restarted.",
         "International Atomic Energy Agency"),
        ("Turnout fell sharply, according to a memo by the Electoral Commission.", "Electoral Commission"),
        ("A study released by the World Bank concludes that the reforms cut poverty.", "World Bank"),
        ('A Pentagon report found that "the effort has largely failed."', "Pentagon"),
    ],
)
def test_speakers_a_document_states_for_its_author(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The report indicates that the reactor was restarted.",  # no author named
        "Satellite images of the Electoral Commission show a crowd.",  # images are no document
        "The IAEA's assessment of the damage took three weeks.",  # no content stated
    ],
)
def test_speakers_no_author_no_statement(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Human Rights Watch published a report on Chechnya on Monday. The report said that "
         "detainees were beaten.", "Human Rights Watch"),
        ("A study by the Rand Corporation appeared in March. Critics were unimpressed. According to "
         "the study, the army lacks 20,000 soldiers.", "Rand Corporation"),
    ],
)
def test_speakers_the_report_is_the_one_named_before(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


def test_speakers_the_report_needs_the_same_document_before(extractor):
    text = ("Human Rights Watch published a report on Chechnya on Monday. The study said that "
            "detainees were beaten.")  # a different document noun: no author
    ex = extract(extractor, text)
    assert not [e for e in ex.events if e.type == "stated" and e.trigger == "said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (':Assistant Secretary of State for African Affairs Susan Rice: "We will not wait."', "Susan Rice"),
        (':Director of Central Intelligence George Tenet: "The threat is real."', "George Tenet"),
    ],
)
def test_speakers_colon_after_a_long_title(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, "An exchange followed.\n\n" + text))


def test_speakers_colon_after_ordinary_words_is_no_attribution(extractor):
    text = 'The talks ended with one result for Kofi Annan: "a fragile truce".'
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The African Union on Monday demanded that Burundi release the detained journalists.", "African Union"),
        ("Finance Minister Trevor Manuel vowed that the rand would recover.", "Trevor Manuel"),
        ("Senator Russ Feingold charged that the program was illegal.", "Russ Feingold"),
    ],
)
def test_speakers_demands_vows_and_charges(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Helen Clark demanded a recount.",  # no content said
        "The bank charged a fee of two percent.",  # charging money
        "Nelson Mandela recalled his ambassador from Lagos.",  # recalling an envoy
    ],
)
def test_speakers_demands_vows_and_charges_need_content(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


def test_speakers_a_bare_participle_with_by_is_passive(extractor):
    text = ("Croatia passed new rules on the Serbian minority, claimed by Zagreb officials to be "
            "designed to protect Croatian culture.")
    assert ("Croatia", "stated", None) not in tuples(extract(extractor, text))


def test_speakers_a_coach_is_not_the_player(extractor):
    text = "The forward will play on Sunday, according to Ronaldinho and his coach Frank Rijkaard."
    found = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert "Ronaldinho" in found
    assert found <= {"Ronaldinho", "Frank Rijkaard"}


def test_speakers_the_one_asked_is_not_the_asker(extractor):
    text = "Asked whether Turkey would send troops, Bulent Ecevit said no decision had been made."
    ex = extract(extractor, text)
    stated = [e for e in ex.events if e.type == "stated"]
    assert [e.trigger for e in stated] == ["said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one unnamed member or spokesperson speaks for the body named with them
        ("An official with Human Rights Watch said the trial was unfair.", "Human Rights Watch"),
        ('"We have no such plan," a World Bank spokesman said in Accra.', "World Bank"),
        # appeals with an infinitive clause, and dispelling or playing down talk
        ("Jesse Jackson called for the government to release the prisoners.", "Jesse Jackson"),
        ("Greece on Friday dispelled rumours that it had agreed to a deal with Turkey.", "Greece"),
        ("Kofi Annan played down speculation that a deal was close.", "Kofi Annan"),
    ],
)
def test_speakers_bodies_appeals_and_denials_of_talk(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The striker played down the wing on Monday.",  # football, not speech
        "Greece dispelled the clouds of smoke with fans.",  # not talk
        "An official car took Kofi Annan to the airport.",  # an adjective, no speaker
    ],
)
def test_speakers_no_statement_without_talk(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


def test_speakers_according_to_carries_the_reported_clause(extractor):
    ex = extract(extractor, "Fasting is also prohibited, according to the monitoring group Human Rights Watch.")
    stated = [e for e in ex.events if e.type == "stated"]
    assert [e.quote for e in stated] == ["Fasting is also prohibited"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials said the border would reopen on Monday.", None),  # no one a reader could quote
        ("Police said two men were arrested in Lagos.", None),
        ("Nigerian officials said the border would reopen on Monday.", "Nigerian officials"),
        ("Industry experts say the merger will cut jobs.", "industry experts"),
    ],
)
def test_speakers_a_bare_plural_is_no_speaker(extractor, text, speaker):
    speakers = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert speakers == ({speaker} if speaker else set())


def test_speakers_a_one_word_company_named_with_its_description(extractor):
    # the model tags no entity here; the description says it is a company
    ex = extract(extractor, "Russian gas monopoly Gazprom said on Monday that the tax claims were unfounded.")
    assert ("Gazprom", "stated", None) in tuples(ex)
    assert {a.type for a in ex.actors if a.label == "Gazprom"} == {"Organization"}


def test_speakers_a_one_word_name_without_a_description_is_no_one(extractor):
    text = "Yesterday Moscow said nothing about the tax claims."
    assert ("Yesterday", "stated", None) not in tuples(extract(extractor, text))


def test_speakers_a_name_before_a_subjectless_said_is_its_subject(extractor):
    # the parser makes "said" a conjunct of the reported clause and hangs the name on its object
    text = ("Kenya's President Daniel arap Moi is using police squads to silence critics, "
            "FORD-Kenya (FK) leader Michael Wamalwa said on Monday.")
    found = tuples(extract(extractor, text))
    assert ("Michael Wamalwa", "stated", None) in found
    assert ("Daniel arap Moi", "stated", None) not in found


@pytest.mark.parametrize(
    "text",
    [
        # the person's office, lawyer or aides speak for them: not the person's own words
        "Senator Robert Byrd was travelling in West Virginia and could not be reached, his office said.",
        # a refusal, a resolve and a death toll are no statements
        "Ukraine's parliament denied Alexander Lukashenko permission to speak.",
        "Ryutaro Hashimoto insisted on visiting the shrine.",
        "Ferry Disaster Claims Three Hundred Lives",
    ],
)
def test_speakers_proxies_refusals_and_tolls_say_nothing(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("His lawyer, Ahmed Kamal, said the ruling would be appealed.", "Ahmed Kamal"),
        ("Ryutaro Hashimoto insisted that the visit was private.", "Ryutaro Hashimoto"),
        ("Officials of the African Union said the vote was fair.", "African Union"),
    ],
)
def test_speakers_named_proxies_and_bodies_still_speak(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize("text", ["Officials said the road was closed.", "Police said two men were held."])
def test_speakers_a_bare_plural_opening_a_sentence_is_no_speaker(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body named without its country takes the capital where it spoke, or the dateline's
        ('"We have no plans to freeze the talks," a foreign ministry spokesman said in Islamabad.',
         "Pakistani Foreign Ministry"),
        ("HANOI, May 3 (Reuters) - The Foreign Ministry said on Monday the talks would resume.",
         "Vietnamese Foreign Ministry"),
    ],
)
def test_speakers_a_body_without_its_country_takes_the_story_place(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


def test_speakers_a_body_with_no_place_in_reach_stays_unqualified(extractor):
    found = {t[0] for t in tuples(extract(extractor, "The Foreign Ministry said the talks would resume."))}
    assert found == {"Foreign Ministry"}


def test_speakers_according_to_a_bare_plural_names_no_one(extractor):
    text = "The two ministers met in Hanoi on Thursday, according to officials."
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


def test_speakers_his_majesty_is_the_one_royal_of_the_story(extractor):
    text = ("King Hussein received Israeli Prime Minister Yitzhak Rabin in Aqaba on Tuesday. His Majesty "
            "affirmed that the treaty would hold.")
    found = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert found == {"King Hussein"}  # not a person called "Majesty"


@pytest.mark.parametrize("dateline", ["TEHRAN, July 13, IRNA -- ", "NAIROBI, Kenya (AP) - "])
def test_speakers_a_dateline_acts_in_no_event(extractor, dateline):
    text = ("Talks resume\n\n" + dateline + "Foreign Ministry spokesman Hamid-Reza Asefi on Saturday "
            "condemned the allegations and said the talks would resume.")
    agents = {t[0] for t in tuples(extract(extractor, text))}
    assert "Hamid-Reza Asefi" in agents
    assert not agents & {"Iran", "Kenya", "IRNA", "AP", "Tehran", "Nairobi"}


def test_speakers_according_to_a_role_then_a_name(extractor):
    text = ('According to a witness, Corporal Jane Hollis, when the major read the report, he was '
            '"furious".')
    assert ("Jane Hollis", "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "speaker", "not_speaker"),
    [
        # the titled person who ends the phrase speaks, not the body the parser made the subject
        ('"The count is being delayed on purpose," said opposition Rally for Culture and Democracy '
         '(RCD) Secretary General Karim Tabbou.', "Karim Tabbou", "Rally for Culture and Democracy"),
        ('"We will not back down," said opposition Democratic Alliance (DA) leader Helen Zille.',
         "Helen Zille", "Democratic Alliance"),
    ],
)
def test_speakers_the_official_of_a_body_speaks(extractor, text, speaker, not_speaker):
    found = tuples(extract(extractor, text))
    assert (speaker, "stated", None) in found
    assert (not_speaker, "stated", None) not in found


def test_speakers_a_body_that_speaks_is_still_the_body(extractor):
    text = '"The vote was a step forward," the Organization of American States (OAS) said on Monday.'
    assert ("Organization of American States", "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accusation says what the accused did
        ("Defence Secretary Geoff Hoon accused Tehran of arming the militias in Basra.",
         ("Geoff Hoon", "stated", None)),
        # a headline's "X accused of": X is accused, and says nothing
        ("Fiji minister accused of assaulting journalist", None),
        ("Minister Josefa Vosanibola was accused by the opposition of lying.", None),
    ],
)
def test_speakers_an_accusation_is_a_statement_of_the_accuser(extractor, text, expected):
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    if expected is None:
        assert not {t for t in found if t[0] != "opposition"}
    else:
        assert expected in found


def test_speakers_a_state_that_accuses_takes_a_stance_not_the_floor(extractor):
    # a country's charge is its position; a person's charge is something said
    found = tuples(extract(extractor, "Ecuador has accused Peru of massing troops on the border."))
    assert ("Ecuador", "stated", None) not in found
    assert ("Ecuador", "criticized", "Peru") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "a spokesman for X, Y, said": the spokesman is named, and speaks
        ("A spokesman for Prime Minister Romano Prodi, Silvio Sircana, said the meeting went well.", "Silvio Sircana"),
        ("A spokeswoman for the European Commission, Pia Ahrenkilde Hansen, said the talks would resume.",
         "Pia Ahrenkilde Hansen"),
    ],
)
def test_speakers_a_named_spokesman_for_someone_speaks(extractor, text, speaker):
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert (speaker, "stated", None) in found
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a thing that "tells" a story is no speaker, nor is its owner
        "Their jubilation at the final whistle told the story of a famous win for the All Blacks.",
        "Sharon's silence said more than any statement.",
        # recalling an ambassador "home for consultations" is no call for anything
        "Peru called its ambassador home from Quito for consultations on Friday.",
    ],
)
def test_speakers_things_and_recalls_say_nothing(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


def test_speakers_a_described_speaker_named_in_apposition_still_speaks(extractor):
    text = '"It is history repeating itself," said former coach and test player Wayne Smith.'
    assert ("Wayne Smith", "stated", None) in tuples(extract(extractor, text))


def test_speakers_a_mixed_case_dateline_with_its_agency_is_no_speaker(extractor):
    text = ("Bonn, July 3 (Reuters): Chancellor Helmut Kohl said today he had accepted the regret of the Italian "
            "prime minister and the incident was closed.")
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert found == {("Helmut Kohl", "stated", None)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Norway's Finance Minister Sigrid Holm briefed parliament on Monday.\n\n"
         "SIGRID HOLM, FINANCE MINISTER: The fund will not buy any more coal shares.\n\n"
         "TOM BRENNA: Thank you.", "Sigrid Holm"),
        ("Chile's Foreign Minister Pablo Rojas met Senator Ann Dorsey in Ottawa.\n\n"
         "FOREIGN MINISTER ROJAS: Well, we agreed on the fishing quotas.", "Pablo Rojas"),
    ],
)
def test_speakers_a_transcript_label_names_a_person_of_the_story(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # a label naming no one met in running text: the interviewer or a dateline
        "Sigrid Holm briefed parliament.\n\nTOM BRENNA: What happens to the coal shares now?",
        "OSLO: Sigrid Holm briefed parliament on Monday about the fund.",
        "Sigrid Holm briefed parliament.\n\nHOLM:",  # nothing said after the label
    ],
)
def test_speakers_a_transcript_label_needs_a_known_person_and_words(extractor, text):
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert found <= {("Tom Brenna", "stated", None)} and ("Sigrid Holm", "stated", None) not in found


@pytest.mark.parametrize(
    "text",
    [
        "One of the strike leaders, dockworker Arturo Benitez, told journalists by telephone that the port "
        "would stay shut.",
        'One of the organisers of the "Unity for Chad" rally, opposition activist Arturo Benitez, told '
        "journalists by phone from Abeche that the rally would go ahead.",  # the name hangs on "rally"
    ],
)
def test_speakers_a_named_apposition_of_a_number_speaks(extractor, text):
    assert ("Arturo Benitez", "stated", None) in tuples(extract(extractor, text))


def test_speakers_an_apposition_that_names_no_person_is_no_speaker(extractor):
    text = "One of the sponsors of the bill, the Clean Water Act, said nothing."
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Stung by Senator Marta Ilves's accusation that the budget was a fraud, the premier defended it.",
         "Marta Ilves"),
        ("The premier rejected remarks made on Friday by opposition leader Marta Ilves that the budget "
         "was a fraud.", "Marta Ilves"),
    ],
)
def test_speakers_a_noun_of_speech_with_its_clause(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Marta Ilves's accusation angered the premier.",  # no words given
        "The premier rejected remarks made on Friday by critics that the budget was a fraud.",  # no one named
    ],
)
def test_speakers_a_noun_of_speech_needs_a_clause_and_an_author(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a letter or message sent "saying that": its sender says it
        ("Sudanese President Omar al-Bashir sent a letter to Idriss Deby saying that the border would reopen.",
         "Omar al-Bashir"),
        ("Premier Wen Jiabao has sent a message to the summit stating that trade would grow.", "Wen Jiabao"),
        # a single name right after the quote it says
        ('"We will not give up the fight," Sukarno told the agency on Monday.', "Sukarno"),
    ],
)
def test_speakers_senders_of_letters_and_single_names(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers sent a letter to the governor yesterday.",  # no words reported
        '"The road is closed," Traffic said on its website, and traffic was slow.',  # a word the text writes lower-case
    ],
)
def test_speakers_no_sender_or_single_name_without_words(extractor, text):
    found = tuples(extract(extractor, text))
    assert not {t for t in found if t[1] == "stated" and t[0] in ("Aid workers", "Traffic")}


@pytest.mark.parametrize(
    "text",
    [
        "Bucharest and Moldova's Romanian-speaking minority insist the region stay part of the union.",
        "Damascus and Lebanon's Christian community insisted the census be delayed.",
    ],
)
def test_speakers_the_people_of_a_place_are_not_the_place(extractor, text):
    found = tuples(extract(extractor, text))
    assert not {t for t in found if t[1] == "stated" and t[0] in ("Moldova", "Lebanon")}


# -- sayers inside a quotation that someone else reports -------------------------------
@pytest.mark.parametrize(
    ("text", "muted", "speaker"),
    [
        ('Norwegian Foreign Minister Jonas Berg met Swedish Foreign Minister Lars Holm in Oslo on Monday. '
         '"The foreign ministers have formally confirmed the agreement to reopen the border crossing," '
         "the joint statement said.", "foreign ministers", None),
        ('Several senators criticised Governor Paul Reed for attacking prosecutor Dana White: "I\'m glad he '
         'admitted he had made a mistake," said Senator Tom Ryan, a member of the committee.',
         "Dana White", "Tom Ryan"),
        ('"As I speak to you now, 20 Chilean workers are on strike in Dubai, demanding their papers to come '
         'home," the paper quotes Hassan Ali as saying.', "Chilean workers", "Hassan Ali"),
    ],
)
def test_speakers_a_sayer_inside_a_reported_quotation_says_nothing(extractor, text, muted, speaker):
    found = tuples(extract(extractor, text))
    assert (muted, "stated", None) not in found
    if speaker:
        assert (speaker, "stated", None) in found


def test_speakers_a_quoted_plain_said_still_reports_its_sayer(extractor):
    text = ('Norwegian Foreign Minister Jonas Berg held talks with envoy Lars Holm. "The foreign minister said '
            'Norway would send more aid to the north," Holm added on Tuesday.')
    assert ("Jonas Berg", "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Finnish President Tarja Halonen underlined that the talks had been useful.",
        '"These are crimes," Senator Ted Kennedy thundered on Wednesday.',
        "Finnish President Tarja Halonen underscored that the talks had been useful.",
    ],
)
def test_speakers_verbs_of_emphasis_and_force(extractor, text):
    speakers = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert speakers & {"Tarja Halonen", "Ted Kennedy"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senator Maria Oyelaran vowed to appeal the verdict.", "Maria Oyelaran"),
        ("The Canadian miner Borealis Gold pledged to rebuild the school.", "Borealis Gold"),
        ("Prime Minister Tomas Lindqvist expressed concern over the rising number of arrests.",
         "Tomas Lindqvist"),
        ("Foreign Minister Aiko Tanabe expressed her condolences to the families.", "Aiko Tanabe"),
        ("Governor Rafael Duarte welcomed the court's ruling on Monday.", "Rafael Duarte"),
        ("President Ingrid Holm congratulated the Norwegian skiers on their victory.", "Ingrid Holm"),
    ],
)
def test_stances_put_into_words(extractor, text, speaker):
    """A vow, an expressed feeling, welcoming a decision or congratulating someone is said."""
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Governor Rafael Duarte welcomed the Finnish delegation at the airport.",  # a host's act
        "The Canadian miner Borealis Gold pledged $5 million to the relief fund.",  # a gift, no words
        "Senator Maria Oyelaran expressed the package to Lagos on Friday.",  # sent, not said
        "The firm vowed revenge.",  # no named speaker
    ],
)
def test_stances_not_said(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    "text",
    [
        'Premier Tarik Osei met the king on Monday. "The film drags," Okonkwo Adebayo, film critic for the '
        "Lagos Herald, said. He added that the cast was weak.",
        'President Tarik Osei opened the festival on Monday. "The film drags," Okonkwo Adebayo, film critic '
        "for the Lagos Herald, said. He said the cast was weak.",
    ],
)
def test_speakers_a_name_found_as_sayer_is_the_next_pronouns_antecedent(extractor, text):
    """A name the model missed, found as a sayer, is a person a later "he" can take up; the
    premier named before did not speak."""
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert found == {("Okonkwo Adebayo", "stated", None)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials at the Health Ministry said 40 people had died.", "Health Ministry"),
        ("Doctors at the Rafik Hariri University Hospital said the patient was stable.",
         "Rafik Hariri University Hospital"),
    ],
)
def test_speakers_staff_at_a_body_speak_for_it(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


def test_speakers_experts_in_a_country_do_not_speak_for_it(extractor):
    found = tuples(extract(extractor, "Doctors in Lebanon said the patient was stable."))
    assert ("Lebanon", "stated", None) not in found


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"A visit among old friends" is how Foreign Minister Anna Lindqvist summed up her trip.',
         {"Anna Lindqvist"}),
        ("Foreign Minister Anna Lindqvist and her Pakistani counterpart Ali Shah agreed that the "
         "United Nations must lead the effort.", {"Anna Lindqvist", "Ali Shah"}),
    ],
)
def test_speakers_summing_up_and_agreeing_that(extractor, text, speakers):
    found = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert speakers <= found


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Lindqvist and Ali Shah agreed to meet again in June.",  # a plan, no words
        "Judge Anna Lindqvist agreed with the defence that the logo was not a trademark.",  # sided with
        "Foreign Minister Anna Lindqvist summed the figures.",  # arithmetic
    ],
)
def test_speakers_agreeing_without_words(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


def test_speakers_according_to_x_then_a_clause_whose_subjects_are_listed(extractor):
    text = ("Iraqi Foreign Minister Ali Hassan spoke in Amman. "
            "According to Hassan, Qatar and Oman were able to dictate their opinions.")
    speakers = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert speakers == {"Ali Hassan"}


def test_speakers_according_to_several_named_before_the_comma(extractor):
    text = "According to Ali Hassan and the Qatari foreign minister Ahmed Ali, the talks failed."
    speakers = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert {"Ali Hassan", "Ahmed Ali"} <= speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In the words of President Maria Lopez, "we are looking forward to a true family lunch."', "Maria Lopez"),
        ('Italian President Sergio Conti pointedly wished success "to Russia and the Russian people" '
         "in a phone call on Monday.", "Sergio Conti"),
        ("The Senate Ethics Committee recommended that Senator Paul Wendt resign.", "Senate Ethics Committee"),
    ],
)
def test_speakers_words_of_wishes_and_recommendations(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Italian President Sergio Conti wished to visit Moscow.",  # a wish to do, no words
        "The Senate Ethics Committee recommended the new drug.",  # no content given
        "In the words of the song, the night is young.",  # no one named
    ],
)
def test_speakers_wishes_and_recommendations_without_words(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The coast guard service said two trawlers were still missing off the cape.", "coast guard service"),
        ("Rafael Ortega will be the next mayor of the city, the electoral tribunal declared on Sunday.",
         "electoral tribunal"),
        ("According to the presidency, the two heads of state discussed a new pipeline.", "presidency"),
        ("A Chilean review panel said on Friday it had found no trace of fraud.", "Chilean review panel"),
        ("A forensic lab in Lima said the samples matched.", "forensic lab in Lima"),
    ],
)
def test_speakers_a_body_described_not_named(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "A committee said the plan was flawed.",  # which committee: no one a reader could find
        "Her office said the letter had never arrived.",  # whose office the pronoun does not name
        "The ministry said the border would stay closed.",  # a state has many ministries
        '"The board said nothing about the loan," the banker recalled.',  # inside someone else's quote
    ],
)
def test_speakers_a_vague_body_is_no_speaker(extractor, text):
    speakers = {t[0].lower() for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert not speakers & {"committee", "office", "ortega's office", "ministry", "board"}


def test_speakers_a_described_body_belongs_to_its_own_story(extractor):
    # "the electoral tribunal" of a Peruvian story and of a Bolivian one are two bodies: keys differ
    from kg.model import Document

    keys = []
    for doc_id in ("peru-1", "bolivia-7"):
        x = extractor.extract_one(Document(id=doc_id, text="The electoral tribunal said the count was over."))
        keys += [a.key for a in x.actors if a.label == "electoral tribunal"]
    assert len(keys) == 2 and keys[0] != keys[1]
    # a body named with its country is one body wherever it speaks
    named = set()
    for doc_id in ("a", "b"):
        x = extractor.extract_one(Document(id=doc_id, text="The Peruvian electoral tribunal said the count was over."))
        named |= {a.key for a in x.actors if "tribunal" in a.label}
    assert len(named) == 1


def test_speakers_a_ministry_of_no_named_state_belongs_to_its_own_story(extractor):
    # "the Foreign Ministry" with no state in sight is some state's: two stories' are two bodies;
    # with its state, or when it is one known body, it is the same actor everywhere
    from kg.model import Document

    def keys(text: str) -> set:
        found = set()
        for doc_id in ("story-1", "story-2"):
            x = extractor.extract_one(Document(id=doc_id, text=text))
            found |= {a.key for a in x.actors if a.type == "Organization"}
        return found

    assert len(keys("The Foreign Ministry said the talks would resume.")) == 2
    assert len(keys("The Chilean Foreign Ministry said the talks would resume.")) == 1
    assert len(keys("The State Department said the talks would resume.")) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "not_speaker"),
    [
        # a named office holder's office speaks as its own body, not as the holder
        ("The embassy gave no reason, Tuilaepa's office said in a statement.", "Tuilaepa's office", "Tuilaepa"),
        ("The governor's office said on Monday that the bridge would reopen.", "governor's office", None),
        # a capitalised generic body with its article is the body, not a name
        ("According to the Presidency, the forum is aimed at boosting trade.", "Presidency", None),
        ("The Presidency said the two leaders discussed the pipeline.", "Presidency", None),
    ],
)
def test_speakers_an_office_and_the_presidency_speak_as_bodies(extractor, text, speaker, not_speaker):
    found = tuples(extract(extractor, text))
    assert (speaker, "stated", None) in found
    assert not_speaker is None or (not_speaker, "stated", None) not in found


@pytest.mark.parametrize(
    "text",
    [
        "The minister was abroad and could not be reached, her office said.",  # whose office: no name
        "The Kumasi Presidency said the fees would rise.",  # a name the model missed: no body guessed
    ],
)
def test_speakers_an_unnamed_office_or_a_named_presidency_is_no_body(extractor, text):
    found = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert "office" not in " ".join(found) and "Presidency" not in found


@pytest.mark.parametrize(
    "text",
    [
        # the people a quoted speaker calls "they" are his to know: no statement of theirs
        'Under military rule, police officers in Nigeria could behave with impunity. A farmer arrested '
        'in May said: "They beat me for hours. They said they would shoot me."',
        'Ebbe said police officers had beaten him. "They said they would shoot me unless I confessed," '
        "Ebbe told the court.",
    ],
)
def test_speakers_quoted_they_is_no_speaker(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated" and "police" in t[0]}


def test_speakers_quoted_he_still_reports_the_one_named_before(extractor):
    """Only a quoted "they" is muted: '"He said rude things," she said' still reports him."""
    text = ("Prime Minister Karl Rune mocked the wife of President Ana Silva on Sunday. But the president "
            'hit back on Monday, saying: "He said very rude things about my husband."')
    found = tuples(extract(extractor, text))
    assert ("Karl Rune", "stated", None) in found and ("Ana Silva", "stated", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Norway complained about the new fishing quotas on Monday.",
        "Iceland urged Denmark to release the detained trawler crews.",
        "Chile asked for an emergency meeting of the regional bloc.",
    ],
)
def test_speakers_a_state_complaining_or_urging_without_words_states_nothing(extractor, text):
    """A state's complaint, appeal or request with no words given is a stance, not a statement."""
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Norway complained that the new fishing quotas were unfair.", "Norway"),  # the words, reported
        ('Iceland urged Denmark to "release the crews without delay".', "Iceland"),  # the words, quoted
        ("Prime Minister Erna Vik complained about the new fishing quotas.", "Erna Vik"),  # a person speaks
    ],
)
def test_speakers_a_state_complaining_in_words_or_a_person_still_states(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


def test_speakers_trailing_saying_after_reported_words_of_a_state_is_the_reporter(extractor):
    """'A said Santiago would not act, saying ...': A goes on speaking, not the state A spoke of."""
    text = ("Chilean Foreign Minister Ana Ruiz said Santiago did not intend to recall its ambassador from "
            "Lima, saying that she hoped the dispute would end soon.")
    found = tuples(extract(extractor, text))
    assert ("Ana Ruiz", "stated", None) in found and ("Chile", "stated", None) not in found


def test_speakers_trailing_saying_after_reported_deeds_of_a_person_stays_his(extractor):
    """'Officials say B conveyed a message, saying ...': the message is B's, not the officials'."""
    text = ("Norwegian officials say Fisheries Minister Jon Berg conveyed a message on Friday to the "
            "Icelandic prime minister, saying Oslo seeks an end to the dispute.")
    assert ("Jon Berg", "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a news outlet reporting the story is its source, not a speaker in it
        ("Kenyan police fired tear gas at protesters in Nairobi, the Associated Press reported.", "Associated Press"),
        ("Kenyan police fired tear gas at protesters in Nairobi, according to the Nation newspaper.",
         "Nation newspaper"),
        ("Kenyan police fired tear gas at protesters in Nairobi, local media reported.", "local media"),
    ],
)
def test_speakers_a_reporting_outlet_is_no_speaker(extractor, text, outlet):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated" and outlet in t[0]}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # what an outlet itself says, and a reporting body that is no outlet, are statements
        ('"The imperialists are plotting war," the Rodong Sinmun newspaper said.', "Rodong Sinmun"),
        ("The International Atomic Energy Agency reported that Iran had enriched more uranium.",
         "International Atomic Energy Agency"),
        ("Kenyan police fired tear gas at protesters, according to Amnesty International.", "Amnesty International"),
    ],
)
def test_speakers_outlets_saying_and_bodies_reporting(extractor, text, speaker):
    assert any(t[1] == "stated" and speaker in t[0] for t in tuples(extract(extractor, text)))


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # people around someone are not that someone
        ("Zambia vote\n\nCritics of President Edgar Lungu said the count was rigged.", "Edgar Lungu"),
        ("Zambia vote\n\nSupporters of opposition leader Hakainde Hichilema said the count was rigged.",
         "Hakainde Hichilema"),
        ("Brexit talks\n\nAides to Prime Minister Theresa May said the talks had stalled.", "Theresa May"),
        # a relative pronoun that is the object: the clause's other subject speaks
        ("The talks follow the summit between Chinese President Xi Jinping and Laotian President Bounnhang "
         "Vorachith, which Vietnam has warned could lead to a dam.", "Bounnhang Vorachith"),
        # described by others, not speaking
        ("Zambia vote\n\nKenneth Kaunda, described as the father of the nation, will meet President Edgar "
         "Lungu on Friday.", "Kenneth Kaunda"),
    ],
)
def test_speakers_people_around_or_described_do_not_speak(extractor, text, not_speaker):
    found = tuples(extract(extractor, text))
    assert (not_speaker, "stated", None) not in found


def test_speakers_the_real_subject_beside_an_object_relative(extractor):
    text = ("The talks follow the summit between Chinese President Xi Jinping and Laotian President Bounnhang "
            "Vorachith, which Vietnam has warned could lead to a dam.")
    assert ("Vietnam", "stated", None) in tuples(extract(extractor, text))


def test_speakers_a_body_named_on_its_statement_issued_elsewhere(extractor):
    found = tuples(extract(extractor, "According to a UN press statement from Kinshasa, the visit includes "
                                      "meetings with officials.", published="2009-06-10"))
    assert ("United Nations", "stated", None) in found
    assert ("Democratic Republic of the Congo", "stated", None) not in found


def test_speakers_the_agency_reuter_is_the_story_s_source(extractor):
    found = tuples(extract(extractor, 'According to the news agency Reuter, Voronin told Medvedev he had indeed '
                                      'learned the lesson: "Thank God, during all these years we kept the peace."',
                           published="2008-08-26"))
    assert ("Reuter", "stated", None) not in found
