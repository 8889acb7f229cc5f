"""Visits: verbs, nouns, presence abroad, returns, gatherings and meetings held abroad (kg.extract.travel)."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


def test_travel_host_does_not_visit_own_capital(extractor):
    found = tuples(extract(extractor, "South African President Thabo Mbeki met Brazilian President "
                                      "Fernando Henrique Cardoso in Brasilia."))
    assert not {t for t in found if t[0] == "Fernando Henrique Cardoso" and t[1] == "visited"}


def test_travel_spokesman_describing_a_trip_did_not_travel(extractor):
    found = tuples(extract(extractor, "A foreign ministry spokesman, Li Wei, said the visit to Nepal "
                                      "was a success."))
    assert not {t for t in found if t[1] == "visited"}


def test_travel_city_and_country_are_one_visit(extractor):
    ex = extract(extractor, "Tony Blair arrived in Lisbon on Friday for a visit to Portugal.")
    visits = [e for e in ex.events if e.type == "visited" and e.modality == "asserted"]
    assert len(visits) == 1
    places = {a.label for a in ex.actors
              for p in visits[0].participants if p.role == "place" and p.actor == a.key}
    assert "Lisbon" in places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "visiting X" names the visitor; "here" is the dateline's city
        ("ANKARA, March 3 (Reuters) - Turkish President Suleyman Demirel met with visiting Romanian "
         "President Emil Constantinescu here on Monday.",
         {("Suleyman Demirel", "met", "Emil Constantinescu"), ("Emil Constantinescu", "visited", "Ankara")}),
        ("LIMA, Feb 2 (AP) - Visiting Chilean President Eduardo Frei urged Peru on Tuesday to sign the accord.",
         {("Eduardo Frei", "visited", "Lima")}),
        ("MANILA, June 9 (Xinhua) -- Indonesian President B.J. Habibie arrived here today for a state visit.",
         {("B.J. Habibie", "visited", "Manila")}),
        # coordinated subjects of a support verb meet each other
        ("Italian Prime Minister Romano Prodi and Spanish Prime Minister Jose Maria Aznar held talks "
         "in Madrid on Friday.",
         {("Romano Prodi", "met", "Jose Maria Aznar"), ("Romano Prodi", "visited", "Madrid")}),
        # a possessive before its antecedent: the main clause's subject made the visit
        ("During her trip to Hanoi last year, Irish President Mary McAleese praised the reforms.",
         {("Mary McAleese", "visited", "Hanoi")}),
    ],
)
def test_travel_wire_story_visits(extractor, text, expected):
    assert expected <= tuples(extract(extractor, text, published="1998-03-03"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the host does not visit; the visit is where the relative clause says, and it is planned
        ("OSLO, May 5 (AP) -- Norwegian Prime Minister Kjell Magne Bondevik left here today for Stockholm, "
         "where he will meet Swedish Prime Minister Goran Persson.",
         {("Goran Persson", "visited", "Oslo"), ("Kjell Magne Bondevik", "visited", "Oslo")}),
        # an ambassador lives where he presents his credentials
        ("CANBERRA, Jan 4 (AAP) - Australian Prime Minister John Howard received the new Japanese "
         "ambassador Masaki Orita at Parliament House on Monday.",
         {("Masaki Orita", "visited", "Canberra")}),
        # a verb, not an adjective: who is visiting is its subject
        ("Romanian President Emil Constantinescu was visiting Turkey when the news broke.",
         {("Turkey", "visited", "Emil Constantinescu")}),
        # no dateline: "here" names nothing
        ("Turkish President Suleyman Demirel met with visiting Romanian President Emil Constantinescu here.",
         {("Emil Constantinescu", "visited", "Ankara")}),
    ],
)
def test_travel_wire_story_visits_not_invented(extractor, text, absent):
    found = tuples(extract(extractor, text, published="1998-03-03"))
    assert not (absent & found)
    assert not {t for t in found if t[1] == "visited" and t[0] == t[2]}


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, Feb 3 (Reuters) - Russian President Vladimir Putin held talks with U.S. President "
        "George W. Bush by telephone on Monday.",
        "MOSCOW, Feb 3 (Reuters) - Russian President Vladimir Putin had a telephone conversation with "
        "French President Jacques Chirac on Monday.",
    ],
)
def test_travel_a_call_is_no_visit(extractor, text):
    found = tuples(extract(extractor, text, published="2003-02-03"))
    assert any(t[1] == "met" for t in found)
    assert not {t for t in found if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jacques Chirac, on his way back from Beijing, stopped in Hanoi on Tuesday.",
         ("Jacques Chirac", "visited", "Hanoi")),
        ("Bill Clinton stopped over in Anchorage on his way to Tokyo.", ("Bill Clinton", "visited", "Anchorage")),
    ],
)
def test_travel_a_stopover_is_a_visit(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize("text", [
    "Police stopped Nelson Mandela's car in Soweto.",
    "Nelson Mandela stopped talking in Soweto when the minister arrived.",
])
def test_travel_stopping_something_is_no_visit(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "there" is the place named last before it
        ("Japanese Prime Minister Keizo Obuchi arrived in Hanoi on Monday. He came from Laos after "
         "his two-day visit there.", ("Keizo Obuchi", "visited", "Laos")),
        # a visit paid to a leader meets him, in his country
        ("President Jacques Chirac paid a visit yesterday to President Abdelaziz Bouteflika of Algeria.",
         ("Jacques Chirac", "met", "Abdelaziz Bouteflika")),
        ("President Jacques Chirac paid a visit yesterday to President Abdelaziz Bouteflika of Algeria.",
         ("Jacques Chirac", "visited", "Algeria")),
    ],
)
def test_travel_there_and_visits_to_people(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # "there" with no place before it names nothing
        "Keizo Obuchi said he enjoyed his two-day visit there.",
        # a visit to a leader that is only planned
        "President Jacques Chirac will pay a visit to President Abdelaziz Bouteflika of Algeria next week.",
    ],
)
def test_travel_no_place_for_there_or_planned_visit(extractor, text):
    found = {t for t in tuples(extract(extractor, text)) if t[1] in ("visited", "met")}
    assert not found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country a place's description names is visited with the place
        ("Israeli Prime Minister Ehud Barak flew to the Egyptian resort of Sharm el-Sheikh on Monday.",
         ("Ehud Barak", "visited", "Egypt")),
        ("Israeli Prime Minister Ehud Barak flew to the Egyptian resort of Sharm el-Sheikh on Monday.",
         ("Ehud Barak", "visited", "Sharm el-Sheikh")),
        # a meeting held in a city: a foreigner there visited it
        ("A meeting held in Bangkok between Prime Minister Sheikh Hasina and her Indian counterpart Atal "
         "Bihari Vajpayee lasted an hour.", ("Atal Bihari Vajpayee", "visited", "Bangkok")),
    ],
)
def test_travel_described_and_meeting_places(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


def test_travel_a_described_place_at_home_is_no_foreign_country(extractor):
    text = "Hosni Mubarak visited the border town of Rafah on Monday."
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited" and t[2] != "Rafah"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovak Prime Minister Robert Fico was in Austria on an official trip Wednesday.",
         ("Robert Fico", "visited", "Austria")),
        ("Former Tanzanian President Julius Nyerere returned to Bujumbura in 1996 as a mediator.",
         ("Julius Nyerere", "visited", "Bujumbura")),
        ("Ghanaian President John Kufuor attended the summit in Abuja on Monday.",
         ("John Kufuor", "visited", "Abuja")),
        ("The Arusha conference is attended by Pierre Buyoya and Domitien Ndayizeye.",
         ("Pierre Buyoya", "visited", "Arusha")),
        ("King Hussein discussed the plan in Amman on Thursday with Prime Minister Benjamin Netanyahu.",
         ("King Hussein", "met", "Benjamin Netanyahu")),
    ],
)
def test_travel_presence_returns_attendance_and_discussions(extractor, text, expected):
    found = tuples(extract(extractor, text))
    assert expected in found or (expected[2], expected[1], expected[0]) in found, found


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("American President Bill Clinton returned to Washington on Monday.", "visited"),  # home
        ("Ghanaian President John Kufuor attended the meeting by video link.", "visited"),  # no place
        ("King Hussein discussed the plan with reporters on Thursday.", "met"),  # a group, not a partner
    ],
)
def test_travel_no_visit_home_or_without_a_place(extractor, text, relation):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == relation}


def test_travel_attending_a_meeting_where_it_was_held(extractor):
    text = "The talks took place in Arusha in northern Tanzania, where Kenyan President Daniel arap Moi attended a summit."
    assert ("Daniel arap Moi", "visited", "Tanzania") in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigerian President Olusegun Obasanjo arrived in Harare on Sunday.", ("Olusegun Obasanjo", "visited", "Zimbabwe")),
        ("Nigerian President Olusegun Obasanjo arrived in Harare on Sunday.", ("Olusegun Obasanjo", "visited", "Harare")),
    ],
)
def test_travel_a_foreigner_in_a_city_is_in_its_country(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


def test_travel_a_city_at_home_adds_no_country(extractor):
    text = "Nigerian President Olusegun Obasanjo arrived in Lagos on Sunday."
    assert ("Olusegun Obasanjo", "visited", "Nigeria") not in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian President Olusegun Obasanjo arrived in Harare on Sunday.",
        "Israeli Prime Minister Ehud Barak flew to the Egyptian resort of Sharm el-Sheikh on Monday.",
        "President Jacques Chirac paid a visit yesterday to President Abdelaziz Bouteflika of Algeria.",
    ],
)
def test_travel_added_places_have_their_own_participant_spans(extractor, text):
    for event in extract(extractor, text).events:
        spans = [(p.role, p.start, p.end) for p in event.participants]
        assert len(spans) == len(set(spans)), event  # one participation node per actor


def test_travel_a_mission_named_by_its_body_or_task_is_no_trip(extractor):
    text = "Kofi Annan visited Sudan in 2004. The UN now backs an African Union mission there."
    visits = {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}
    assert ("Kofi Annan", "visited", "Sudan") in visits
    assert all(agent == "Kofi Annan" for agent, _, _ in visits)


def test_travel_advised_against_trips_the_adviser_does_not_travel(extractor):
    found = tuples(extract(extractor, "The Foreign Office advises Britons to refrain from trips to Zimbabwe."),
                   asserted_only=False)
    assert not {t for t in found if t[1] == "visited" and t[0] != "Britons"}
    assert not {t for t in tuples(extract(extractor, "The Foreign Office advises Britons to refrain "
                                                     "from trips to Zimbabwe.")) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the visitor of a meeting held abroad, named as visiting: the city and its country
        ("Visiting President Jiang Zemin and his Namibian counterpart Sam Nujoma held talks in "
         "Windhoek on Friday.", {("Jiang Zemin", "visited", "Windhoek"), ("Jiang Zemin", "visited", "Namibia")}),
        # a journey that "has taken him to" places
        ("Li Peng's five-nation tour, which has taken him to Kenya, Egypt and Morocco, ends today.",
         {("Li Peng", "visited", "Kenya"), ("Li Peng", "visited", "Morocco")}),
        # "who" after "a visit by X" is X, not the visit
        ("It is the first visit to Chile by President Bill Clinton, who ends his tour here after trips "
         "to Brazil and Argentina.", {("Bill Clinton", "visited", "Brazil"), ("Bill Clinton", "visited", "Argentina")}),
        # welcomed for talks at a residence outside a capital: the foreigner came
        ("President Boris Yeltsin welcomed Venezuelan leader Rafael Caldera for talks at the Russian "
         "presidential retreat outside Moscow.", {("Rafael Caldera", "visited", "Russia")}),
        # a press conference abroad; "Ecuadorean" spelled so
        ("Ecuadorean President Jamil Mahuad spoke at a press conference in Lima alongside President "
         "Alberto Fujimori.", {("Jamil Mahuad", "visited", "Peru")}),
    ],
)
def test_travel_fresh_wire_visits(extractor, text, expected):
    assert expected <= tuples(extract(extractor, text))


def test_travel_the_host_of_a_meeting_at_home_visits_nothing(extractor):
    text = ("Visiting President Jiang Zemin and his Namibian counterpart Sam Nujoma held talks in "
            "Windhoek on Friday.")
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited" and t[0] == "Sam Nujoma"}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a foreigner leaving a city was there
        ("Nigerian President Olusegun Obasanjo spoke to reporters on leaving Harare.",
         ("Olusegun Obasanjo", "visited", "Zimbabwe"), None),
        # ... but leaving one's own capital is no visit
        ("Nigerian President Olusegun Obasanjo left Abuja for Harare on Monday.", None,
         ("Olusegun Obasanjo", "visited", "Nigeria")),
        # arriving from a foreign place: he had been there
        ("Egyptian President Hosni Mubarak arrived in Amman from Damascus.",
         ("Hosni Mubarak", "visited", "Syria"), None),
        # ... but not from home
        ("Egyptian President Hosni Mubarak arrived in Amman from Cairo.", None,
         ("Hosni Mubarak", "visited", "Egypt")),
    ],
)
def test_travel_departures_and_origins_abroad(extractor, text, expected, wrong):
    found = tuples(extract(extractor, text))
    if expected:
        assert expected in found
    if wrong:
        assert wrong not in found


def test_travel_a_companion_travels_too(extractor):
    text = ("Kenyan President Daniel arap Moi, accompanied by Foreign Minister Kalonzo Musyoka, was "
            "received by President Yoweri Museveni in Kampala.")
    found = tuples(extract(extractor, text))
    assert {("Daniel arap Moi", "visited", "Uganda"), ("Kalonzo Musyoka", "visited", "Uganda")} <= found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a place inside an apposition describes the place visited
        ("Russian President Vladimir Putin arrived in Turku, a sister city to St Petersburg.",
         ("Vladimir Putin", "visited", "Saint Petersburg")),
        # "the west coast" is a description, not a named place
        ("Russian President Vladimir Putin arrived on the west coast of Finland.",
         ("Vladimir Putin", "visited", "west coast")),
    ],
)
def test_travel_descriptions_are_not_places_visited(extractor, text, wrong):
    assert wrong not in tuples(extract(extractor, text))


def test_travel_a_title_naming_the_country_in_full_gives_the_nationality(extractor):
    # "the President of the Republic of Korea Mr. Kim": the title names his country
    text = ("President Fernando Henrique Cardoso met with the President of the Republic of Korea "
            "Mr. Kim Dae-jung in Brasilia.")
    assert ("Kim Dae-jung", "visited", "Brazil") in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit to a head of state named by his state's formal style is a visit to that state
        ("President Tomas Varga on Monday paid a short visit to the President of the Federal Republic of "
         "Brazil, Joao Pereira.", ("Tomas Varga", "visited", "Brazil")),
        ("Finnish Prime Minister Anna Lind paid a visit to the King of the Kingdom of Sweden, Carl Bertil.",
         ("Anna Lind", "visited", "Sweden")),
    ],
)
def test_travel_a_visit_to_a_head_of_state_named_by_formal_style(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2003-06-03"))


def test_travel_a_visit_paid_by_a_head_of_state_at_home_is_no_trip(extractor):
    text = ("The President of the Federal Republic of Brazil, Joao Pereira, paid a visit to the Finnish "
            "Prime Minister, Anna Lind, at her hotel in Brasilia.")
    assert not {t for t in tuples(extract(extractor, text, published="2003-06-03"))
                if t[0] == "Joao Pereira" and t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named shrine, temple or memorial is a place, however the model tagged it
        ("Prime Minister Ryutaro Hashimoto visited Yasukuni Shrine on his birthday in 1996.",
         ("Ryutaro Hashimoto", "visited", "Yasukuni Shrine")),
        ("Premier Li Peng paid his first visit to the Mao Mausoleum on Tuesday.",
         ("Li Peng", "visited", "Mao Mausoleum")),
        ("The governor's visit to the Yasukuni shrine on Friday angered Seoul.",
         (None, "visited", "Yasukuni Shrine")),
    ],
)
def test_travel_visits_to_named_sites(extractor, text, expected):
    found = tuples(extract(extractor, text))
    if expected[0] is None:  # no named visitor: the site is still a place, but no one visited it
        assert not {t for t in found if t[1] == "visited"}
    else:
        assert expected in found


def test_travel_a_city_before_a_site_word_is_where_it_is(extractor):
    text = "Foreign Minister Aso Taro's visit to the Tokyo shrine on Monday angered Beijing."
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}
    assert ("Aso Taro", "visited", "Tokyo") in found
    assert not {t for t in found if "shrine" in t[2].lower()}


def test_travel_a_bare_plural_misparsed_beside_visits_visited_nothing(extractor):
    text = ("The visits to the Kyoto temple have strained ties with Vietnam and Laos, two countries that "
            "suffered heavy losses.")
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


def test_travel_a_meeting_at_a_site_in_a_foreign_city_visits_the_city(extractor):
    text = ("Following a working lunch at the Quirinale Palace in Rome, Italian President Carlo Ciampi and "
            "Austrian Chancellor Wolfgang Schuessel said they agreed.")
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}
    assert ("Wolfgang Schuessel", "visited", "Rome") in found
    assert ("Wolfgang Schuessel", "visited", "Italy") in found
    assert not {t for t in found if t[0] == "Carlo Ciampi" or "Palace" in t[2]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visitor named beside a host of known nationality is in the host's country
        ("Egyptian Foreign Minister Amr Moussa and visiting German Foreign Minister Klaus Kinkel on Sunday "
         "discussed the peace process.", ("Klaus Kinkel", "visited", "Egypt")),
        # a hyphenated word inside a title apposition keeps the country it names
        ("Harare (dpa) - President Pascal Lissouba, leader of the oil-rich Republic of Congo, arrived in "
         "Harare late Sunday.", ("Pascal Lissouba", "visited", "Zimbabwe")),
    ],
)
def test_travel_visitors_abroad_from_their_hosts_and_titles(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # a continent or world region is no place a traveller was
        "Kenyan President Uhuru Kenyatta embarked on a tour of Europe and North America last week.",
        "Iranian President Mohammad Khatami made his first visit to the West last year.",
        "Mexican President Vicente Fox is on a three-nation tour of South America.",
        "Chinese Premier Li Keqiang toured the Middle East last month.",
    ],
)
def test_travel_a_continent_or_world_region_is_no_place_visited(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the countries, cities and islands of such a tour still are
        ("Kenyan President Uhuru Kenyatta toured the Middle East last month, stopping in Qatar.",
         ("Uhuru Kenyatta", "visited", "Qatar")),
        ("Turkish Prime Minister Ahmet Davutoglu arrived in Peru on Monday during a tour of Latin America.",
         ("Ahmet Davutoglu", "visited", "Peru")),
        ("Defence Minister Peter MacKay stopped on Baffin Island on Monday during a tour of the Arctic.",
         ("Peter MacKay", "visited", "Baffin Island")),
    ],
)
def test_travel_the_places_of_a_regional_tour_are_visited(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of unknown nationality meeting a host marked as of the meeting's country visited it
        ("Prime Minister Jean Chretien held talks with Mexican President Ernesto Zedillo in the Mexican "
         "resort city of Cancun on Friday.", ("Jean Chretien", "visited", "Mexico")),
        ("Prime Minister Jean Chretien met the Brazilian president, Fernando Henrique Cardoso, in Brasilia "
         "on Monday.", ("Jean Chretien", "visited", "Brasilia")),
    ],
)
def test_travel_meeting_a_marked_host_abroad_is_a_visit(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # no side marked, the same country as the host's, a host away from home, a meeting to come
        ("Prime Minister Jean Chretien met President Ernesto Zedillo in Cancun on Friday.", "Jean Chretien"),
        ("Mexican Finance Minister Jose Gurria met Mexican President Ernesto Zedillo in Cancun on Friday.",
         "Jose Gurria"),
        ("Prime Minister Jean Chretien met Mexican President Ernesto Zedillo in Washington on Friday.",
         "Jean Chretien"),
        ("Prime Minister Jean Chretien will meet Mexican President Ernesto Zedillo in Cancun on Friday.",
         "Jean Chretien"),
        # an exile lives away from the country his title names
        ("Jean Chretien, Haiti's exiled opposition leader, met Mexican President Ernesto Zedillo in Cancun.",
         "Jean Chretien"),
    ],
)
def test_travel_meeting_an_unmarked_or_absent_host_is_no_visit(extractor, text, wrong):
    assert not {t for t in tuples(extract(extractor, text)) if t[0] == wrong and t[1] == "visited"}


def test_travel_a_visitor_of_unknown_nationality_is_placed_nowhere(extractor):
    text = "Egyptian Foreign Minister Amr Moussa and visiting envoy Klaus Kinkel on Sunday discussed the peace process."
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


@pytest.mark.parametrize(
    "text",
    [
        # a count of office holders over the years, or bare "leaders", travelled as no one
        "Four Pakistani prime ministers have so far visited China.",
        "The train journey took the leaders from Munich to the northern town of Kiel.",
    ],
)
def test_travel_no_one_in_particular_travels(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "flew to neighboring Tunisia": the participle-adjective hides the place from the parser
        ("Mandela flew to neighboring Botswana on Wednesday.", ("Mandela", "visited", "Botswana")),
        # verbs of motion with a destination
        ("Kofi Annan then proceeded by road to Kigali.", ("Kofi Annan", "visited", "Kigali")),
        ("Prime Minister Atal Bihari Vajpayee drove to Lahore on Saturday.", ("Atal Bihari Vajpayee", "visited", "Lahore")),
    ],
)
def test_travel_motion_to_a_destination(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister John Major went to court over the ruling.",
        "The two prime ministers will proceed to the summit in Male before their prime ministers meet.",
        "Prime Minister Helen Clark headed the delegation.",
    ],
)
def test_travel_motion_without_a_place_or_by_office_holders_is_no_visit(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip told without a destination is where its clause took place
        ("Chilean President Sebastian Pinera returned to Santiago from Colombia, where he had paid a "
         "three-day state visit.", ("Sebastian Pinera", "visited", "Colombia")),
        ("Spanish Prime Minister Jose Luis Rodriguez Zapatero spoke in Rabat on Monday on his first foreign "
         "tour since taking office.", ("Jose Luis Rodriguez Zapatero", "visited", "Rabat")),
    ],
)
def test_travel_a_trip_without_destination_is_where_it_is_told(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # a trip talked about, not the speaker's own
        "Spanish Prime Minister Jose Luis Rodriguez Zapatero commented in Madrid on Monday on King Mohammed's visit.",
        "Spanish Prime Minister Jose Luis Rodriguez Zapatero spoke in Madrid on Monday on her trip.",
    ],
)
def test_travel_a_trip_talked_about_is_not_the_speakers(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting at the margins of a gathering is held where the gathering is
        ("Indian Prime Minister Manmohan Singh met Sri Lankan President Mahinda Rajapaksa on the sidelines "
         "of the SAARC summit in Thimphu on Wednesday.", ("Mahinda Rajapaksa", "visited", "Bhutan")),
        ("On the sidelines of the Asia-Pacific summit in Yokohama, Chinese President Hu Jintao held talks "
         "with Russian President Dmitry Medvedev on Saturday.", ("Dmitry Medvedev", "visited", "Japan")),
        # a guest welcomed to a foreign city
        ("South Korean President Lee Myung-bak welcomed Japanese Prime Minister Naoto Kan to Seoul on Monday.",
         ("Naoto Kan", "visited", "Seoul")),
    ],
)
def test_travel_meetings_at_a_gathering_or_a_welcome_abroad(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Manmohan Singh met Sri Lankan President Mahinda Rajapaksa on the sidelines "
        "of the debate in parliament.",
        "South Korean President Lee Myung-bak welcomed Japanese Prime Minister Naoto Kan's proposal to hold "
        "talks in Seoul.",
    ],
)
def test_travel_no_gathering_abroad_and_a_welcomed_plan_are_no_visit(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "here" in a story datelined in brackets after the date: the foreigner visited
        ("Talks in Kampala\n\nMarch 3, 2011 (KAMPALA) — Ugandan President Peter Okello held talks with the "
         "Danish deputy minister for development affairs, Lars Holm, here on Thursday.",
         {("Peter Okello", "met", "Lars Holm"), ("Lars Holm", "visited", "Kampala"),
          ("Lars Holm", "visited", "Uganda")}),
        # a dateline on its own line; nationality by the country before the title
        ("Envoys meet\n\nAgencies, Nairobi\n\nPrime Minister Ruth Achieng had separate meetings with Chilean "
         "President Pablo Rojas and Ghana President Kofi Mensah at the conference centre here on Friday.",
         {("Pablo Rojas", "visited", "Nairobi"), ("Kofi Mensah", "visited", "Nairobi")}),
        # a country's possessive before the name; the country in brackets after the dateline's city
        ("Leaders meet\n\nDOHA (Qatar), 4 May 2010: Chile's Pablo Rojas met Emir Hamad Al Thani here on Tuesday.",
         {("Pablo Rojas", "visited", "Qatar")}),
        # "this nation" is the dateline's country, not the region its description names
        ("Leaders meet\n\nDOHA, May 4 (AP) - Chilean President Pablo Rojas ended his visit to this Gulf "
         "nation on Tuesday.", {("Pablo Rojas", "visited", "Qatar")}),
    ],
)
def test_travel_here_is_the_dateline_for_a_foreigner(extractor, text, expected):
    found = tuples(extract(extractor, text, published="2011-03-03"))
    assert expected <= found
    assert not {t for t in found if t[1] == "visited" and t[2] == "Gulf"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Talks in Kampala\n\nMarch 3, 2011 (KAMPALA) — Ugandan President Peter Okello held talks with the "
         "Danish deputy minister for development affairs, Lars Holm, here on Thursday.", "Peter Okello"),
        ("Envoys meet\n\nAgencies, Nairobi\n\nKenyan Prime Minister Ruth Achieng had separate meetings with "
         "Chilean President Pablo Rojas at the conference centre here on Friday.", "Ruth Achieng"),
    ],
)
def test_travel_the_host_here_visited_nothing(extractor, text, host):
    found = tuples(extract(extractor, text, published="2011-03-03"))
    assert any(t[1] == "met" for t in found)
    assert not {t for t in found if t[0] == host and t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean President Pablo Rojas arrived on Monday at the mountain resort of Zell, which is an hour's "
         "drive south of Salzburg.", ("Pablo Rojas", "visited", "Austria")),
        ("Chilean President Pablo Rojas arrived on Monday in the village of Oberzell, 40 km north of Salzburg.",
         ("Pablo Rojas", "visited", "Austria")),
    ],
)
def test_travel_a_small_place_told_by_a_known_one_is_in_its_country(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # at home: the village is in the traveller's own country
        "Austrian Chancellor Franz Huber arrived on Monday in the village of Oberzell, 40 km north of Salzburg.",
        # of unknown nationality: who knows whether it is abroad
        "Franz Huber arrived on Monday in the village of Oberzell, 40 km north of Salzburg.",
    ],
)
def test_travel_a_small_place_at_home_or_of_an_unknown_traveller_adds_no_country(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited" and t[2] == "Austria"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the one met on arrival arrived, not the one meeting him
        ("Accra, May 2, GNA - President Kofi Mensah on Monday held talks with President Amadou Diallo of Mali. "
         "President Diallo was met on arrival at the Accra Airport by Yaw Boateng, the Foreign Minister.",
         ("Yaw Boateng", "visited")),
        # a leader in his own capital is at home
        ("The Peruvian President Jorge Salas spoke during a visit to a shelter outside the capital, Lima.",
         ("Jorge Salas", "visited")),
        # a decision to travel is not the journey
        ("Before Canberra announced the ban, Sir Peter had decided to skip Australia by flying to Samoa "
         "via Tonga.", ("Peter", "visited")),
        # a market driven to new highs went nowhere
        ("OSLO (Reuters) - Shares in the shipping firm Nordfrakt jumped 9 percent, driving the Oslo "
         "benchmark index to new highs.", ("Nordfrakt", "visited")),
        # a person visited at his hotel is met, not a place visited
        ("President Kofi Mensah said he visited President Amadou Diallo at the hotel to wish him well.",
         ("Kofi Mensah", "visited")),
    ],
)
def test_travel_domestic_planned_or_figurative_trips_are_no_visits(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2010-05-04"))
    assert not {t for t in found if t[:2] == wrong}


def test_travel_arriving_official_and_hotel_visit_meet(extractor):
    found = tuples(extract(extractor, "Accra, May 2, GNA - President Kofi Mensah on Monday held talks with "
                                      "President Amadou Diallo of Mali. President Diallo was met on arrival at "
                                      "the Accra Airport by Yaw Boateng, the Foreign Minister.",
                           published="2010-05-04"))
    assert ("Amadou Diallo", "visited", "Ghana") in found
    found = tuples(extract(extractor, "President Kofi Mensah said he visited President Amadou Diallo at the "
                                      "hotel to wish him well."))
    assert ("Kofi Mensah", "met", "Amadou Diallo") in found


def test_travel_a_stop_on_an_island(extractor):
    found = tuples(extract(extractor, "Foreign Minister Ana Duarte stopped on Rockall Island on Tuesday during a "
                                      "tour of the North Atlantic."))
    assert ("Ana Duarte", "visited", "Rockall Island") in found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # those listed as arrived for a summit visited where it is held; those expected have not come
        ("President Ruth Achieng met leaders attending the regional summit, which opens in Nairobi tomorrow.\n\n"
         "Other heads of state that had already arrived by press time were Pablo Rojas of Chile and "
         "Kofi Mensah of Ghana.\n\nThose that were being expected by press time were Amadou Diallo of Mali.",
         {("Pablo Rojas", "visited", "Nairobi"), ("Kofi Mensah", "visited", "Nairobi")},
         {("Amadou Diallo", "visited", "Nairobi")}),
        # the place the clause names
        ("Leaders who have arrived in Nairobi for the summit are Pablo Rojas of Chile and Kofi Mensah of Ghana.",
         {("Pablo Rojas", "visited", "Nairobi")}, set()),
    ],
)
def test_travel_summit_guests_listed_as_arrived(extractor, text, expected, wrong):
    found = tuples(extract(extractor, text, published="2009-06-01"))
    assert expected <= found
    assert not wrong & found


def test_travel_a_meeting_beside_a_gathering_whose_place_the_parser_moved(extractor):
    text = ("The one-hour meeting between Chilean Foreign Minister Pablo Rojas and his Peruvian counterpart "
            "Jorge Salas was held on the sidelines of a meeting of Andean trade ministers in Quito, the capital "
            "of Ecuador.")
    found = tuples(extract(extractor, text, published="2008-03-01"))
    assert {("Pablo Rojas", "visited", "Quito"), ("Jorge Salas", "visited", "Quito")} <= found


@pytest.mark.parametrize(
    ("text", "expected", "host"),
    [
        # the lead's participle happened at the dateline; a seat of government there keeps it there
        ("Talks end\n\nMOSCOW, May 3 (Reuters) - Russian President Ivan Petrov and Chilean President Pablo Rojas, "
         "emerging from two hours of talks today, praised their Kremlin discussions.",
         ("Pablo Rojas", "visited", "Moscow"), "Ivan Petrov"),
        # a site of no known city is at the dateline's place
        ("Presidents meet\n\nSANTIAGO, Chile - Chilean President Pablo Rojas met with the President of Peru "
         "Mr. Jorge Salas at the Quinta da Boa Vista, the official residence, on Monday.",
         ("Jorge Salas", "visited", "Santiago"), "Pablo Rojas"),
        # a site placed by its apposition, in a region its adjective names
        ("Peruvian President Jorge Salas had lunch on Monday with the President of Chile, Pablo Rojas, at the "
         "Estancia La Paloma, the President's summer residence in the Chilean region of Valparaiso.",
         ("Jorge Salas", "visited", "Chile"), "Pablo Rojas"),
    ],
)
def test_travel_meetings_at_sites_and_in_the_lead(extractor, text, expected, host):
    found = tuples(extract(extractor, text, published="2003-05-03"))
    assert expected in found
    assert not {t for t in found if t[1] == "visited" and t[0] == host}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign leader called on at his hotel is a guest of the place of the gathering he came for
        ("President Ruth Achieng met leaders ahead of the regional summit, which opens in Nairobi tomorrow.\n\n"
         "She first paid a courtesy call on Ghana's President, Kofi Mensah, at his hotel suite.",
         ("Kofi Mensah", "visited", "Nairobi")),
        # the hotel told in a clause about the one met
        ("President Ruth Achieng met leaders ahead of the regional summit, which opens in Nairobi tomorrow.\n\n"
         "She then paid a courtesy call on her Ghanaian counterpart, Kofi Mensah, with whom she chatted before "
         "going into a closed meeting at the same hotel.", ("Kofi Mensah", "visited", "Nairobi")),
        # the destination of a journey made to meet someone is where they met
        ("President Ruth Achieng met leaders ahead of the regional summit, which opens in Nairobi tomorrow.\n\n"
         "She later went to the Serena Hotel to meet Presidents Kofi Mensah of Ghana and Pablo Rojas of Chile.",
         ("Kofi Mensah", "visited", "Nairobi")),
    ],
)
def test_travel_guests_at_hotels_and_journeys_to_meet(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2009-06-01"))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a courtesy call is in person, and the host at home visits nothing
        ("President Ruth Achieng met leaders ahead of the regional summit, which opens in Nairobi tomorrow.\n\n"
         "She first paid a courtesy call on Ghana's President, Kofi Mensah, at his hotel suite.",
         ("Ruth Achieng", "visited")),
        # going into a meeting at a hotel is no journey
        ("President Ruth Achieng shared a joke with Kofi Mensah before going into a closed meeting at the "
         "Serena Hotel.", ("Ruth Achieng", "visited")),
        # a visit planned while meeting a guest is not where the meeting was
        ("Chilean President Pablo Rojas said he would visit Peru next year as he met Peruvian President Jorge "
         "Salas in Santiago.", ("Pablo Rojas", "visited")),
    ],
)
def test_travel_no_visit_for_the_host_a_meeting_joined_or_a_plan(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2009-06-01"))
    assert not {t for t in found if t[:2] == wrong}


def test_travel_guests_listed_and_met_on_a_journey_take_the_storys_day(extractor):
    text = ("President Ruth Achieng met leaders ahead of the regional summit, which opens in Nairobi tomorrow.\n\n"
            "She later went to the Serena Hotel to meet President Kofi Mensah of Ghana.\n\n"
            "Other heads of state that had already arrived by press time were Pablo Rojas of Chile.")
    ex = extract(extractor, text, published="2009-06-01")
    labels = {a.key: a.label for a in ex.actors}
    dates = {(e.type, labels[p.actor]): e.time.value if e.time else None for e in ex.events
             for p in e.participants if p.role == "agent"}
    assert dates[("visited", "Pablo Rojas")] == "2009-06-01"
    assert dates[("visited", "Kofi Mensah")] == "2009-06-01"


def test_travel_a_continent_beside_the_countries_of_a_tour_is_no_visit_of_its_own(extractor):
    text = ("It is the first Chilean visit by Prime Minister Jean Dupont of France, who ends his South America "
            "tour here after trips to Peru, Bolivia and Argentina.")
    found = tuples(extract(extractor, text))
    assert ("Jean Dupont", "visited", "Peru") in found
    assert ("Jean Dupont", "visited", "South America") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of a relative clause about the speaker's own trip, beside the region the trip covers
        ("Brazilian President Luiz Lula told reporters in Nairobi, where he was on an official visit to Africa, "
         "that the talks had failed.", ("Luiz Lula", "visited", "Nairobi")),
        ("\"We will not keep quiet,\" Brazilian President Luiz Lula told reporters from Kenya, where he was "
         "cutting short an official visit to Africa.", ("Luiz Lula", "visited", "Kenya")),
        # a visit judged badly was still made
        ("A visit last year by Portugal's Prime Minister Jose Socrates to Angola was not well received in Beijing.",
         ("Jose Socrates", "visited", "Angola")),
    ],
)
def test_travel_trip_told_in_a_where_clause_or_judged(extractor, text, expected):
    found = tuples(extract(extractor, text))
    assert expected in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # another's trip talked about in the clause
        ("Brazilian President Luiz Lula spoke in Brasilia, where he was commenting on the visit to Africa "
         "by Venezuelan President Hugo Chavez.", ("Hugo Chavez", "visited", "Brasilia")),
        # where the visit was judged is not where it went
        ("A visit last year by Portugal's Prime Minister Jose Socrates to Angola was not well received in Beijing.",
         ("Jose Socrates", "visited", "Beijing")),
        # a visit that did not happen, and one still to come
        ("The visit by Portugal's Prime Minister Jose Socrates to Angola did not take place.",
         ("Jose Socrates", "visited", "Angola")),
        ("Iceland said on Friday it would recall its ambassador to protest King Harald's visit next week to "
         "Greenland.", ("King Harald", "visited", "Greenland")),
    ],
)
def test_travel_no_visit_for_anothers_trip_a_judges_place_or_a_visit_not_made(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2007-11-03"))
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "here" in a story with no dateline: where the gathering told before is held
        ("Leaders met at the APEC summit in Lima on Saturday.\n\nChinese President Hu Jintao held talks here "
         "with Japanese Prime Minister Taro Aso.", ("Hu Jintao", "visited", "Peru")),
        # a scene set before the first of two verbs is the scene of both
        ("On the sidelines of the ASEAN summit in Hanoi, Thai Prime Minister Abhisit Vejjajiva held talks with "
         "Laos and met with Chinese Premier Wen Jiabao.", ("Wen Jiabao", "visited", "Vietnam")),
        # the margins of "the summit" told before
        ("Leaders gathered for the ASEAN summit in Hanoi on Friday.\n\nIn the meeting with Chinese Premier Wen Jiabao on Friday, "
         "on the margins of the summit, Japanese Prime Minister Yukio Hatoyama raised trade.",
         ("Yukio Hatoyama", "visited", "Vietnam")),
        # a state visit is to another state, whoever makes it: the dateline's city is in it
        ("Headline\n\nLUSAKA, Zambia: President Jakaya Kikwete arrived here on Monday on a three-day state visit.",
         ("Jakaya Kikwete", "visited", "Zambia")),
        # a delegation's head made its trip
        ("Headline\n\nNairobi, 4 May 2012- A Somali delegation headed by Foreign Minister Abdullahi Haji returned "
         "home on Friday after a visit to Ethiopia.", ("Abdullahi Haji", "visited", "Ethiopia")),
    ],
)
def test_travel_here_at_a_gathering_shared_scenes_state_visits_and_delegations(extractor, text, expected):
    found = tuples(extract(extractor, text, published="2009-11-03"))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "here" with no dateline and no gathering places nothing
        ("Chinese President Hu Jintao held talks here with Japanese Prime Minister Taro Aso.",
         ("Hu Jintao", "visited", None)),
        # the next stop, in the present tense, is still to come
        ("Protests were banned during the visit by German Chancellor Angela Merkel, who heads afterwards to "
         "Portugal, then Spain.", ("Angela Merkel", "visited", "Portugal")),
        # a president of no known country arriving "here" may be at home: no visit is told
        ("Headline\n\nLUSAKA, Zambia: President Peter Mwale arrived here on Monday.",
         ("Peter Mwale", "visited", "Zambia")),
    ],
)
def test_travel_no_place_for_a_bare_here_a_next_stop_or_a_trip_not_called_state(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2009-11-03"))
    assert not {t for t in found if t[:2] == wrong[:2] and (wrong[2] is None or t[2] == wrong[2])}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreigner set in a place with an errand there
        ("Bolivian President Evo Morales, in Madrid to sign a gas deal, said prices would rise.",
         ("Evo Morales", "visited", "Spain")),
        ("Bolivian President Evo Morales, in Madrid to address the Spanish parliament, has been busy all week.",
         ("Evo Morales", "visited", "Spain")),
        # "have come to" a named place
        ('"I have come to Portugal so that our nations can trade more," Spanish Prime Minister Felipe Gonzalez said.',
         ("Felipe Gonzalez", "visited", "Portugal")),
    ],
)
def test_travel_set_in_a_place_with_an_errand_or_come_to_it(extractor, text, expected):
    found = tuples(extract(extractor, text, published="2009-11-03"))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # at home with an errand is no visit
        ("Bolivian President Evo Morales, in La Paz to sign a gas deal, said prices would rise.",
         ("Evo Morales", "visited", None)),
        # coming to power, to an agreement, or "over here" with no place named, is no visit
        ("Spanish Prime Minister Felipe Gonzalez came to power in 1982.", ("Felipe Gonzalez", "visited", None)),
        ("Spanish Prime Minister Felipe Gonzalez came to an agreement with the unions.",
         ("Felipe Gonzalez", "visited", None)),
        ("Headline\n\nLISBON, May 3 (AP) - \"They have said the same since I've been coming over here,\" Spanish "
         "Prime Minister Felipe Gonzalez said.", ("Felipe Gonzalez", "visited", None)),
    ],
)
def test_travel_no_visit_at_home_or_for_coming_to_no_place(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2009-11-03"))
    assert not {t for t in found if t[:2] == wrong[:2] and (wrong[2] is None or t[2] == wrong[2])}, found


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # "after visiting X": a gerund, X is the one visited and stays at home
        ("Norwegian King Harald held his first talks with a pope after visiting Pope Paul VI at the Vatican in 1975.",
         {("King Harald", "visited", "Vatican"), ("King Harald", "met", "Paul VI")}, ("Paul VI", "visited", "Vatican")),
        ("It was the Danish queen's second audience with a pope after visiting Pope Paul VI at the Vatican in 1975.",
         set(), ("Paul VI", "visited", "Vatican")),
    ],
)
def test_travel_after_visiting_a_person(extractor, text, right, wrong):
    found = tuples(extract(extractor, text, published="2009-11-03"))
    assert right <= found, found
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The President of X, A, and her Y counterpart, B": both named, both foreign in the city
        ("The Prime Minister of Norway, Erna Solberg, and her Swedish counterpart, Stefan Lofven, held talks "
         "today in Helsinki.",
         {("Erna Solberg", "met", "Stefan Lofven"), ("Erna Solberg", "visited", "Helsinki"),
          ("Stefan Lofven", "visited", "Helsinki")}),
        # a person's country told beside one of their names holds for the later bare name
        ("Peru's President Alan Garcia spoke on Monday. Garcia met Chilean President Michelle Bachelet in "
         "Santiago on Tuesday.", {("Alan Garcia", "visited", "Santiago")}),
    ],
)
def test_travel_nationality_told_beside_a_name_or_in_an_appositive_pair(extractor, text, expected):
    found = tuples(extract(extractor, text, published="2011-05-04"))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the host of an appositive pair is at home
        ("The Prime Minister of Finland, Sanna Marin, and her Swedish counterpart, Stefan Lofven, held talks "
         "today in Helsinki.", ("Sanna Marin", "visited", "Helsinki")),
        ("The Prime Minister of Norway, Erna Solberg, and her Swedish counterpart, Stefan Lofven, held talks "
         "today in Stockholm.", ("Stefan Lofven", "visited", "Stockholm")),
        ("Chile's President Michelle Bachelet spoke on Monday. Bachelet met Peruvian President Alan Garcia in "
         "Santiago on Tuesday.", ("Michelle Bachelet", "visited", "Santiago")),
        # a headline's words are no one's country
        ("Norway Greets Sultan Qaboos\n\nSultan Qaboos arrived in Oslo on Monday for talks.",
         ("Sultan Qaboos", "visited", "Norway")),
    ],
)
def test_travel_no_visit_at_home_by_a_nationality_told_beside_a_name(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2011-05-04"))
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coming in from a gathering held abroad: the traveller was there
        ("Brazilian President Dilma Rousseff arrived in Lima on Sunday, coming in directly from her "
         "participation at the regional summit in Quito, Ecuador.", ("Dilma Rousseff", "visited", "Quito")),
        ("Kenyan President Uhuru Kenyatta landed in Nairobi after returning from the trade conference in Tokyo.",
         ("Uhuru Kenyatta", "visited", "Tokyo")),
        # the passenger of a plane returning from it
        ("Fiji's Prime Minister Voreqe Bainimarama says he is saddened. Speaking on a plane bound for Fiji "
         "returning from the Commonwealth meeting in London, Bainimarama described the damage.",
         ("Voreqe Bainimarama", "visited", "London")),
        # a delegation led by a named person travels with that person
        ("A Kenyan delegation led by Foreign Minister Amina Mohamed concluded a three-day visit to Japan on Monday.",
         ("Amina Mohamed", "visited", "Japan")),
    ],
)
def test_travel_back_from_a_gathering_abroad_or_led_delegations(extractor, text, expected):
    found = tuples(extract(extractor, text, published="2014-06-10"))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # back from a gathering at home, from one still to come, or from one of no place
        ("Ecuadorian President Rafael Correa returned from the regional summit in Quito on Sunday.",
         ("Rafael Correa", "visited", None)),
        ("Brazilian President Dilma Rousseff will return from the regional summit in Quito on Sunday.",
         ("Dilma Rousseff", "visited", "Quito")),
        ("Brazilian President Dilma Rousseff returned from the regional summit on Sunday.",
         ("Dilma Rousseff", "visited", None)),
        # a speaker who concludes something about a trip did not make it
        ("A government spokesman, Eric Kiraithe, concluded that the visit to Japan had been useful.",
         ("Eric Kiraithe", "visited", None)),
    ],
)
def test_travel_no_visit_back_from_home_a_plan_or_no_place(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2014-06-10"))
    assert not {t for t in found if t[:2] == wrong[:2] and (wrong[2] is None or t[2] == wrong[2])}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days counted from one's arrival somewhere are a stay there
        ('"A week of hope" is how Foreign Minister Halvorsen summed up his trip on his third day in Peru.',
         ("Halvorsen", "visited", "Peru")),
        ("Swedish Prime Minister Goran Lind laid a wreath on his second day in Hanoi on Tuesday.",
         ("Goran Lind", "visited", "Hanoi")),
        ("During her first week in Brazil, Swedish Prime Minister Anna Lind met farmers.",
         ("Anna Lind", "visited", "Brazil")),
    ],
)
def test_travel_a_stay_counted_in_days_is_a_visit(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2010-05-04"))


@pytest.mark.parametrize(
    "text",
    [
        "On his first day in office, Goran Lind signed three decrees in Stockholm.",
        "Peruvian President Julia Vargas spoke on her first day in Lima after the holiday.",
        "Julia Vargas, on her second day back in Chile, spoke to reporters.",
        "On his second day in Paris next week, Goran Lind will meet the mayor.",
        "The second day in Geneva of the talks ended without agreement, Goran Lind said.",
    ],
)
def test_travel_no_stay_in_office_at_home_back_home_planned_or_not_ones_own(extractor, text):
    assert not {t for t in tuples(extract(extractor, text, published="2010-05-04")) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X is the first N to visit Y": the subject of the copula made the trip
        ("Halvorsen is the first senior Nordic official to visit Peru since the election.",
         ("Halvorsen", "visited", "Peru")),
        ("Swedish Prime Minister Goran Lind became the first Swedish leader to visit Bolivia.",
         ("Goran Lind", "visited", "Bolivia")),
    ],
)
def test_travel_the_first_to_visit_went(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2004-12-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Swedish Prime Minister Goran Lind will be the first Swedish leader to visit Bolivia.",
        "Swedish Prime Minister Goran Lind is expected to be the first Swedish leader to visit Bolivia.",
    ],
)
def test_travel_no_visit_for_one_who_will_be_the_first_to_go(extractor, text):
    assert not {t for t in tuples(extract(extractor, text, published="2004-12-01")) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australian Prime Minister Jane Cole met U.S. President Tom Hale at the White House on Tuesday.",
         ("Jane Cole", "visited", "United States")),
        ("Irish Prime Minister Sean Walsh had a meeting with British Prime Minister Ann Gray at Downing Street "
         "yesterday.", ("Sean Walsh", "visited", "United Kingdom")),
    ],
)
def test_travel_a_meeting_at_a_seat_of_government_abroad_is_a_visit(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


def test_travel_a_meeting_at_ones_own_seat_of_government_is_no_visit(extractor):
    text = "U.S. President Tom Hale met Australian Prime Minister Jane Cole at the White House on Tuesday."
    found = tuples(extract(extractor, text))
    assert ("Tom Hale", "visited", "United States") not in found
    assert ("Jane Cole", "visited", "United States") in found


def test_travel_a_meeting_at_a_site_a_city_owns_is_in_that_city(extractor):
    text = ("New Zealand Prime Minister Ruth Kerr met Australian Prime Minister Tom Bale at Sydney's "
            "Kirribilli House on Friday.")
    assert ("Ruth Kerr", "visited", "Australia") in tuples(extract(extractor, text))
    assert ("Tom Bale", "visited", "Australia") not in tuples(extract(extractor, text))


def test_travel_bilaterals_on_the_sidelines_of_a_summit_abroad(extractor):
    text = ("On the sidelines of the G20 Summit in Antalya, Indian Prime Minister Vijay Rao held bilaterals "
            "with Australian Prime Minister Tom Bale.")
    found = tuples(extract(extractor, text))
    assert ("Vijay Rao", "met", "Tom Bale") in found
    assert ("Vijay Rao", "visited", "Turkey") in found


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Since arriving in Nairobi on Monday, Peruvian President Ollanta Humala has said trade must grow.",
         "Ollanta Humala", None),
        ("Landing in Lima for two days of talks, Kenyan President William Ruto was welcomed by Peruvian "
         "President Dina Boluarte.", "William Ruto", "Dina Boluarte"),
    ],
)
def test_travel_an_arrival_told_in_an_adjunct_is_the_main_subjects(extractor, text, visitor, host):
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}
    assert {t[0] for t in found} == {visitor}
    assert host is None or not {t for t in found if t[0] == host}


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Erna Solberg was greeted on her arrival in Accra by Foreign Minister "
        "Shirley Ayorkor Botchwey.",
        "Sri Lankan President Maithripala Sirisena was received on his arrival in Hanoi on Tuesday by "
        "Vietnamese Vice President Dang Thi Ngoc Thinh.",
    ],
)
def test_travel_the_host_who_greets_an_arrival_did_not_arrive(extractor, text):
    """'X was greeted on his arrival by Y': the parser may hang 'by Y' on the arrival; the arrival is X's."""
    found = tuples(extract(extractor, text))
    visitors = {t[0] for t in found if t[1] == "visited"}
    greeter = text.split(" by ")[-1].rstrip(".").split()[-1]
    assert len(visitors) == 1 and not any(v.endswith(greeter) for v in visitors)
    assert any(t[1] == "met" and t[0].endswith(greeter) for t in found)


def test_travel_an_arrival_by_its_traveller_stays_his(extractor):
    found = tuples(extract(extractor, "The arrival in Dakar by Indian Prime Minister Narendra Modi on "
                                      "Friday was delayed by fog."))
    assert ("Narendra Modi", "visited", "Dakar") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province or island abroad is a visit there and to its country, not to a town of that name elsewhere
        ("Japanese Prime Minister Shinzo Abe flew to Lombok on Sunday for talks with Indonesian officials.",
         {("Shinzo Abe", "visited", "Lombok"), ("Shinzo Abe", "visited", "Indonesia")}),
        ("Swedish Prime Minister Stefan Lofven visited Tuscany on Monday.",
         {("Stefan Lofven", "visited", "Tuscany"), ("Stefan Lofven", "visited", "Italy")}),
        ("Nigerian President Goodluck Jonathan arrived in Sardinia on Friday.",
         {("Goodluck Jonathan", "visited", "Sardinia"), ("Goodluck Jonathan", "visited", "Italy")}),
        # a shared region is placed by the state the text writes with it
        ("Norwegian Foreign Minister Jonas Gahr Store visited Pakistani-administered Kashmir on Tuesday.",
         {("Jonas Gahr Store", "visited", "Kashmir"), ("Jonas Gahr Store", "visited", "Pakistan")}),
    ],
)
def test_travel_a_region_abroad_is_in_its_country(extractor, text, expected):
    assert expected <= tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a town abroad that shares the name is not where the trip went
        ("Japanese Prime Minister Shinzo Abe flew to Lombok on Sunday.", ("Shinzo Abe", "visited", "Canada")),
        ("Swedish Prime Minister Stefan Lofven visited Tuscany on Monday.", ("Stefan Lofven", "visited", "Canada")),
        # a region several states share, or one held by another power, gives no country
        ("Brazilian President Dilma Rousseff visited Tyrol on Monday.", ("Dilma Rousseff", "visited", "Austria")),
        ("Turkish President Abdullah Gul visited Transnistria on Monday.", ("Abdullah Gul", "visited", "Moldova")),
        ("Norwegian Foreign Minister Jonas Gahr Store visited Kashmir on Tuesday.",
         ("Jonas Gahr Store", "visited", "Pakistan")),
        ("Norwegian Foreign Minister Jonas Gahr Store visited Kashmir on Tuesday.",
         ("Jonas Gahr Store", "visited", "India")),
    ],
)
def test_travel_a_region_gives_no_other_country(extractor, text, absent):
    assert absent not in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital or a city of a million named as the destination is in its country
        ("Headline\n\nGABORONE, Oct 4 (AFP) - President Festus Mogae arrived in Windhoek on Monday.",
         ("Festus Mogae", "visited", "Namibia")),
        ("Headline\n\nQUITO, Oct 4 (AFP) - Foreign Minister Celso Amorim landed in Guayaquil on Monday.",
         ("Celso Amorim", "visited", "Ecuador")),
    ],
)
def test_travel_a_named_capital_or_big_city_is_in_its_country(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2004-10-05"))


def test_travel_a_small_town_of_no_known_traveller_stays_the_town(extractor):
    text = "Headline\n\nPresident Festus Mogae arrived in Maun on Monday."
    assert not {t for t in tuples(extract(extractor, text, published="2004-10-05"))
                if t[1] == "visited" and t[2] == "Botswana"}


def test_travel_a_dateline_city_is_not_where_talks_were_when_the_story_places_them(extractor):
    text = ("Headline\n\nNAIROBI, May 14 (AFP) - Malawian President Bakili Muluzi left Kinshasa on Monday night "
            "after holding talks with Congolese President Joseph Kabila.")
    found = tuples(extract(extractor, text, published="2002-05-14"))
    assert not {t for t in found if t[1] == "visited" and t[2] in ("Nairobi", "Kenya")}
    assert ("Bakili Muluzi", "visited", "Kinshasa") in found


def test_travel_talks_in_a_place_named_before_where(extractor):
    text = ("Headline\n\nJAKARTA, June 3 (AFP) - Philippine President Gloria Arroyo flew home from Kuala Lumpur, "
            "where she held talks with Malaysian Prime Minister Abdullah Badawi earlier that day.")
    found = tuples(extract(extractor, text, published="2005-06-03"))
    assert ("Gloria Arroyo", "visited", "Malaysia") in found
    assert not {t for t in found if t[1] == "visited" and t[2] in ("Jakarta", "Indonesia")}


def test_travel_a_trip_someone_made_is_theirs_and_dated_by_its_clause(extractor):
    text = ("Headline\n\nChinese Premier Wen Jiabao is due in New Delhi on Friday, returning the trip Indian Prime "
            "Minister Manmohan Singh made to Beijing in January.")
    ex = extract(extractor, text, published="2008-04-08")
    labels = {a.key: a.label for a in ex.actors}
    visits = [e for e in ex.events if e.type == "visited" and any(
        labels[p.actor] == "Manmohan Singh" for p in e.participants if p.role == "agent")]
    assert visits and {labels[p.actor] for e in visits for p in e.participants if p.role == "place"} & {"China", "Beijing"}
    assert all(e.time is not None and str(e.time.value).startswith("2008-01") for e in visits)
    assert not {t for t in tuples(ex) if t[0] == "Wen Jiabao" and t[2] in ("Beijing", "China")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nTunisian President Zine el-Abidine Ben Ali was greeted by a crowd at the airport in Rome on "
         "Friday.", ("Zine el-Abidine Ben Ali", "visited", "Italy")),
        ("Headline\n\nKing Hussein of Jordan was welcomed by supporters at the airport in Paris on Friday.",
         ("King Hussein", "visited", "France")),
    ],
)
def test_travel_welcomed_at_an_arrival_site_abroad(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="1998-05-02"))


def test_travel_cheered_at_home_by_a_crowd_is_no_visit(extractor):
    text = "Headline\n\nSouth African President Thabo Mbeki was cheered by crowds in Johannesburg on Friday."
    assert not {t for t in tuples(extract(extractor, text, published="2004-05-02")) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <nationality> capital" is the capital city, named or not
        ("Headline\n\nLONDON, March 3 (AP) - British Foreign Secretary Robin Cook arrived in the Kenyan capital on "
         "Monday.", ("Robin Cook", "visited", "Nairobi")),
        ("Headline\n\nDAKAR, March 3 (AFP) - Libyan leader Moammar Gadhafi paid a visit to the Malian capital "
         "Bamako on Sunday.", ("Moammar Gadhafi", "visited", "Bamako")),
    ],
)
def test_travel_the_capital_of_a_nationality(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="1999-03-03"))


def test_travel_a_capital_named_after_its_description_is_no_person_met(extractor):
    text = ("Headline\n\nDAKAR, March 3 (AFP) - Libyan leader Moammar Gadhafi paid a visit to the Beninese capital "
            "Porto-Novo on Sunday.")
    found = tuples(extract(extractor, text, published="1999-03-03"))
    assert not {t for t in found if t[1] == "met"}
    assert ("Moammar Gadhafi", "visited", "Benin") in found


def test_travel_talks_of_two_foreigners_are_not_at_a_third_countrys_dateline(extractor):
    text = ("Headline\n\nNAIROBI, May 3 (AFP) - Iranian Foreign Minister Kamal Kharazi held talks with Zambian "
            "President Levy Mwanawasa on Friday.")
    found = tuples(extract(extractor, text, published="2003-05-03"))
    assert ("Kamal Kharazi", "met", "Levy Mwanawasa") in found or ("Levy Mwanawasa", "met", "Kamal Kharazi") in found
    assert not {t for t in found if t[1] == "visited" and t[2] in ("Kenya", "Nairobi")}


def test_travel_talks_with_a_host_of_the_dateline_country_are_there(extractor):
    text = ("Headline\n\nNAIROBI, May 3 (AFP) - Iranian Foreign Minister Kamal Kharazi held talks with Kenyan "
            "President Mwai Kibaki on Friday.")
    assert ("Kamal Kharazi", "visited", "Kenya") in tuples(extract(extractor, text, published="2003-05-03"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company visited in a city puts the visitor in the city
        ("Headline\n\nPrime Minister Tillman Thomas and his delegation visited the Tata Steel plant in Mumbai on "
         "Tuesday.", ("Tillman Thomas", "visited", "Mumbai")),
        ("Headline\n\nPrime Minister Tillman Thomas and his delegation visited the Huawei Technologies Co. Ltd in "
         "Shenzhen on Tuesday.", ("Tillman Thomas", "visited", "Shenzhen")),
        # leaving a foreign capital after an errand there
        ("Headline\n\nSEOUL, Sept 7 (AP) - Former boxer Mike Tyson left Pyongyang on Friday after a five-day stay.",
         ("Mike Tyson", "visited", "North Korea")),
    ],
)
def test_travel_companies_visited_and_capitals_left(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2012-09-08"))


def test_travel_a_meeting_told_past_the_lead_is_not_placed_at_the_dateline(extractor):
    # the story is filed in Kathmandu; a meeting it recounts without a place may have been anywhere
    text = ("Headline\n\nKATHMANDU, Feb 10 (AFP) - The envoy's mission went on.\n\nErik Solheim had met with "
            "Nepal's Prime Minister Girija Prasad Koirala last year.")
    found = tuples(extract(extractor, text, published="2007-02-10"))
    assert ("Erik Solheim", "met", "Girija Prasad Koirala") in found
    assert not {t for t in found if t[1] == "visited"}


def test_travel_a_meeting_told_nowhere_with_no_host_of_the_dateline_is_nowhere(extractor):
    text = ("Headline\n\nKATHMANDU, Feb 10 (AFP) - The envoy's mission went on.\n\nErik Solheim met with India's "
            "Prime Minister Manmohan Singh yesterday.")
    found = tuples(extract(extractor, text, published="2007-02-10"))
    assert not {t for t in found if t[1] == "visited" and t[2] in ("Nepal", "Kathmandu")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaking in a foreign city puts a foreigner there
        ("Brazilian Foreign Minister Celso Amorim said in Tehran on Sunday that the fuel deal was fair.",
         {("Celso Amorim", "visited", "Tehran")}),
        ("Croatian President Stjepan Mesic told reporters in Belgrade on Friday that the past was behind them.",
         {("Stjepan Mesic", "visited", "Belgrade")}),
        # coming home from a place was a stay there
        ("Nigerian President Olusegun Obasanjo returned home on Sunday from Accra, Ghana, after a summit.",
         {("Olusegun Obasanjo", "visited", "Accra")}),
    ],
)
def test_travel_spoke_in_or_came_home_from_abroad(extractor, text, expected):
    assert expected <= tuples(extract(extractor, text, published="2004-07-06"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # at home, or of no known country, speaking somewhere is no trip
        ("Brazilian Foreign Minister Celso Amorim said in Brasilia on Sunday that the fuel deal was fair.",
         ("Celso Amorim", "visited", "Brasilia")),
        ("Paulo Ferreira said in Tehran on Sunday that the fuel deal was fair.", ("Paulo Ferreira", "visited", "Tehran")),
        # a hedged statement places no one
        ("Brazilian Foreign Minister Celso Amorim will say in Tehran on Sunday that the fuel deal is fair.",
         ("Celso Amorim", "visited", "Tehran")),
        # coming home to one's own country is no visit of it
        ("Nigerian President Olusegun Obasanjo returned home on Sunday from Accra, Ghana, after a summit.",
         ("Olusegun Obasanjo", "visited", "Nigeria")),
    ],
)
def test_travel_no_trip_from_speaking_at_home(extractor, text, absent):
    assert absent not in tuples(extract(extractor, text, published="2004-07-06"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting told as a stop of one side's tour, with a host of another country, was in the host's
        ("Tour\n\nDuring his Asian tour, Russian Foreign Minister Sergei Lavrov met Indonesian President Susilo "
         "Bambang Yudhoyono on Friday.", ("Sergei Lavrov", "visited", "Indonesia")),
        ("Tour\n\nOn the second leg of his African tour, Iranian Foreign Minister Manouchehr Mottaki held talks "
         "with Ghanaian President John Atta Mills on Friday.", ("Manouchehr Mottaki", "visited", "Ghana")),
    ],
)
def test_travel_a_meeting_on_tour_is_in_the_hosts_country(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2010-03-14"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no tour: the meeting is placed nowhere; a host of the traveller's own country is no stop abroad
        ("Tour\n\nRussian Foreign Minister Sergei Lavrov met Indonesian President Susilo Bambang Yudhoyono on "
         "Friday.", ("Sergei Lavrov", "visited", "Indonesia")),
        ("Tour\n\nDuring his Asian tour, Russian Foreign Minister Sergei Lavrov met Russian businessman Oleg "
         "Deripaska on Friday.", ("Sergei Lavrov", "visited", "Russia")),
        # the host toured, not the guest
        ("Tour\n\nDuring his Asian tour, Indonesian President Susilo Bambang Yudhoyono met Russian Foreign "
         "Minister Sergei Lavrov on Friday.", ("Susilo Bambang Yudhoyono", "visited", "Indonesia")),
    ],
)
def test_travel_no_stop_without_a_tour_or_a_foreign_host(extractor, text, absent):
    assert absent not in tuples(extract(extractor, text, published="2010-03-14"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital owning a site is the city; welcomed there, a foreigner is visiting it
        ("Welcome\n\nMyanmar opposition leader Aung San Suu Kyi was greeted by a crowd at Bangkok's Suvarnabhumi "
         "airport on Sunday.", ("Aung San Suu Kyi", "visited", "Bangkok")),
        # touching down is landing; a site of no known city is at the dateline's "here"
        ("JAKARTA, Jan 11 (AFP) - South African President Jacob Zuma touched down at Halim Perdanakusuma airport "
         "here on Sunday.", ("Jacob Zuma", "visited", "Jakarta")),
    ],
)
def test_travel_city_sites_and_landings(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2015-01-12"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a capital that acts is its state; a landing at home is no visit
        ("Welcome\n\nBangkok's decision angered Myanmar opposition leader Aung San Suu Kyi on Sunday.",
         ("Aung San Suu Kyi", "visited", "Bangkok")),
        ("JAKARTA, Jan 11 (AFP) - Indonesian President Joko Widodo touched down at Halim Perdanakusuma airport "
         "here on Sunday.", ("Joko Widodo", "visited", "Jakarta")),
        ("Talks\n\nThe two sides touched on trade in Jakarta on Sunday.", None),
    ],
)
def test_travel_no_city_site_or_landing_abroad(extractor, text, absent):
    found = tuples(extract(extractor, text, published="2015-01-12"))
    assert (absent not in found) if absent else not {t for t in found if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an errand in a place: "X, in Y to do Z" and "X is in Y to do Z" (of no known country too)
        ("Summit\n\nUN High Commissioner Filippo Grandi, in Geneva to attend the donors' conference, met President "
         "Paul Kagame on Saturday.", {("Filippo Grandi", "visited", "Geneva"), ("Filippo Grandi", "met", "Paul Kagame")}),
        ("Darfur\n\nAU envoy Salim Ahmed Salim is also in Sudan to discuss the crisis in Darfur.",
         {("Salim Ahmed Salim", "visited", "Sudan")}),
        # an agency in capitals after the dateline's city is no region of it
        ("Cairo, IRNA - Iranian Foreign Minister Manouchehr Mottaki met Egyptian Foreign Minister Ahmed Aboul Gheit "
         "on Tuesday.", {("Manouchehr Mottaki", "visited", "Egypt")}),
    ],
)
def test_travel_errands_and_agency_datelines(extractor, text, expected):
    found = tuples(extract(extractor, text, published="2006-05-10"))
    assert all(e in found or (e[2], e[1], e[0]) in found for e in expected)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an errand in one's own country is no visit
        ("Summit\n\nSwiss President Doris Leuthard, in Geneva to attend the donors' conference, met President Paul "
         "Kagame on Saturday.", ("Doris Leuthard", "visited", "Geneva")),
        ("Darfur\n\nSudanese President Omar al-Bashir is in Khartoum to discuss the crisis in Darfur.",
         ("Omar al-Bashir", "visited", "Sudan")),
    ],
)
def test_travel_no_errand_at_home(extractor, text, absent):
    assert absent not in tuples(extract(extractor, text, published="2006-05-10"))


def test_travel_the_host_who_receives_is_at_home(extractor):
    text = ("AMMAN, May 7 (Petra) - Foreign Minister Ayman Safadi on Sunday received UN Special Envoy to Jordan "
            "Geir Pedersen and the accompanying delegation.")
    found = tuples(extract(extractor, text, published="2019-05-08"))
    assert ("Ayman Safadi", "met", "Geir Pedersen") in found
    assert not {t for t in found if t[0] == "Ayman Safadi" and t[1] == "visited"}


def test_travel_a_stop_named_by_the_copula(extractor):
    text = "Tour\n\nJapanese Prime Minister Shinzo Abe is on a five-nation African tour. His first stop was Kenya."
    assert ("Shinzo Abe", "visited", "Kenya") in tuples(extract(extractor, text, published="2016-08-27"))
    text = "Tour\n\nJapanese Prime Minister Shinzo Abe is on a five-nation African tour. His first stop was short."
    assert not {t for t in tuples(extract(extractor, text, published="2016-08-27")) if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "arrived" with its place as a bare object, as West African and Indian papers write it
        ("Ghanaian President John Kufuor, who arrived Abuja on Monday, praised the talks.",
         ("John Kufuor", "visited", "Abuja")),
        # the city named after "the capital," which the parser hangs on the verb
        ("Gen. Tommy Franks met Pakistani President Pervez Musharraf in the capital, Islamabad, on Saturday.",
         ("Tommy Franks", "visited", "Islamabad")),
    ],
)
def test_travel_bare_arrivals_and_named_capitals(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2007-04-11"))


def test_travel_a_bare_object_of_other_motion_verbs_is_no_place(extractor):
    found = tuples(extract(extractor, "Ghanaian President John Kufuor flew the new Airbus on Monday.",
                           published="2007-04-11"))
    assert not {t for t in found if t[1] == "visited"}


def test_travel_a_visit_judged_later_the_same_day_was_made(extractor):
    # the afternoon is when the spokesman spoke, not when the visit is to be made
    found = tuples(extract(extractor, "Vice Premier Wu Yi's recent visit to Brazil was \"positive\" and "
                                      "\"fruitful\", said Foreign Ministry spokesman Liu Jianchao Tuesday afternoon "
                                      "at a regular press conference.", published="2004-06-01"))
    assert ("Wu Yi", "visited", "Brazil") in found


def test_travel_a_visit_set_for_later_the_same_day_is_a_plan(extractor):
    found = tuples(extract(extractor, "Vice Premier Wu Yi's visit to the Brazilian parliament on Tuesday "
                                      "afternoon will be short, officials said.", published="2004-06-01"))
    assert not {t for t in found if t[1] == "visited"}


def test_travel_talks_told_after_a_deed_in_a_place_were_held_there(extractor):
    found = tuples(extract(extractor, "Japanese Prime Minister Junichiro Koizumi and US President George W. Bush "
                                      "signed a joint declaration in Washington last Friday after their summit "
                                      "talks.", published="2006-07-04"))
    assert ("Junichiro Koizumi", "visited", "Washington") in found
    assert ("George W. Bush", "visited", "Washington") not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # an international body's official is abroad wherever his body does not sit
        ("NATO Secretary General Jaap de Hoop Scheffer said in Riga on Tuesday that the alliance would "
         "stay open.", ("Jaap de Hoop Scheffer", "visited", "Riga")),
        ("UN Secretary-General Kofi Annan met President Olusegun Obasanjo in Abuja on Monday.",
         ("Kofi Annan", "visited", "Abuja")),
    ],
)
def test_travel_an_international_official_travels_from_his_body_seat(extractor, text, visit):
    assert visit in tuples(extract(extractor, text))


def test_travel_an_international_official_at_his_body_seat_is_at_work(extractor):
    text = "UN Secretary-General Kofi Annan met President Bill Clinton in Washington on Monday."
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}


def test_travel_a_meeting_at_a_seat_of_government_is_in_its_capital(extractor):
    # the dateline is where the story was filed; the talks were at the White House
    text = ("KAMPALA - Earlier on June 10, Ugandan President Yoweri Museveni and President George W. Bush "
            "held an hour-long meeting at the White House's Roosevelt Room.")
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "visited"}
    assert ("Yoweri Museveni", "visited", "United States") in found
    assert not {t for t in found if t[2] in ("Kampala", "Uganda")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President John Atta Mills met Jamaican Prime Minister Portia Simpson-Miller on the fringes of "
        "the Commonwealth summit in Perth on Friday.",
        "Ghanaian President John Atta Mills held talks with Jamaican Prime Minister Portia Simpson-Miller during "
        "a summit in Perth on Friday.",
    ],
)
def test_travel_both_sides_of_a_meeting_at_a_gathering_abroad_came_there(extractor, text):
    found = tuples(extract(extractor, text, published="2011-10-28"))
    assert ("John Atta Mills", "visited", "Australia") in found
    assert ("Portia Simpson-Miller", "visited", "Australia") in found
