"""Gazetteer: GeoNames linking, country names, demonyms, capitals, organisations."""

from __future__ import annotations

import pytest

from kg.extract import gazetteer as gz


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Michelle Bachelet", "michelle-bachelet"), ("Center on U.S.-China Relations", "center-on-us-china-relations"),
     ("Ürümqi", "urumqi"), ("People\u2019s Daily", "peoples-daily")],
)
def test_gazetteer_slug_is_ascii_and_stable(text, expected):
    assert gz.slug(text) == expected


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [("China", 1814991), ("the U.S.", 6252001), ("Britain", 2635167), ("the Netherlands", 2750405),
     ("People\u2019s Republic of China", 1814991), ("Russian Federation", 2017370)],
)
def test_gazetteer_country_names_and_aliases(name, geonames_id):
    assert gz.country(name).geonames_id == geonames_id


@pytest.mark.parametrize(
    ("name", "iso"),
    [("the Federal Republic of Germany", "DE"), ("Kingdom of Morocco", "MA"), ("the United Republic of Tanzania", "TZ"),
     ("the Hashemite Kingdom of Jordan", "JO"), ("State of Kuwait", "KW"), ("Republic of Congo", "CG"),
     ("Democratic Republic of Congo", "CD"), ("Republic of China", "TW")],
)
def test_gazetteer_a_states_formal_style_is_the_state(name, iso):
    # the style before a known short name names that state; a style that is itself a name keeps its own
    assert gz.country(name).country == iso


@pytest.mark.parametrize("name", ["State of Ohio", "Bank of Ghana", "Governor of Kenya", "Republic of Letters",
                                  "University of Chile"])
def test_gazetteer_other_of_phrases_name_no_state(name):
    assert gz.country(name) is None


@pytest.mark.parametrize(
    ("word", "iso"),
    [("Chinese", "CN"), ("Americans", "US"), ("Belgian", "BE"), ("Filipino", "PH"), ("Swiss", "CH"),
     # a demonym two countries share is the larger one's
     ("Dominican", "DO"), ("Congolese", "CD")],
)
def test_gazetteer_demonyms_name_their_country(word, iso):
    assert gz.demonym_country(word).country == iso


@pytest.mark.parametrize("word", ["Muslim", "Uyghur", "rights", "Saturday"])
def test_gazetteer_other_words_are_not_demonyms(word):
    assert gz.demonym_country(word) is None


@pytest.mark.parametrize(
    ("capital", "iso"), [("Beijing", "CN"), ("Moscow", "RU"), ("Washington", "US"), ("Kremlin", "RU")]
)
def test_gazetteer_capitals_and_seats_stand_for_countries(capital, iso):
    assert gz.capital_country(capital).country == iso


@pytest.mark.parametrize(
    ("name", "countries", "geonames_id"),
    [
        ("Urumqi", frozenset(), 1529102),  # ASCII spelling of Ürümqi
        ("London", frozenset(), 2643743),  # the most populous London
        ("London", frozenset({"CA"}), 2643743),  # a small namesake does not win on a mention
        ("Paris", frozenset({"US"}), 2988507),
        ("Geneva", frozenset({"US"}), 2660646),  # not the Illinois town a ninth its size
        ("Kashgar", frozenset({"CN"}), 1280849),
        ("Europe", frozenset(), 6255148),
    ],
)
def test_gazetteer_lookup_place_links_clear_matches(name, countries, geonames_id):
    assert gz.lookup_place(name, countries).geonames_id == geonames_id


def test_gazetteer_lookup_place_prefers_mentioned_country_among_comparable_cities():
    # two cities called Hyderabad: India's (far larger) and Pakistan's (still large)
    assert gz.lookup_place("Hyderabad", {"PK"}).country == "PK"
    assert gz.lookup_place("Hyderabad").country == "IN"
    assert gz.lookup_place("Cambridge", {"US"}).country == "US"  # Massachusetts, near England's in size


@pytest.mark.parametrize(("name", "linked"), [("Ruritania", False), ("Xinjiang", True), ("Urumqi", True), ("Sophie", False)])
def test_gazetteer_clear_place_threshold(name, linked):
    assert (gz.is_clear_place(name, 100_000) is not None) == linked


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("U.N.", "United Nations"), ("UN", "United Nations"), ("HRW", "Human Rights Watch"),
     ("The Associated Press", "Associated Press"), ("NATO", "North Atlantic Treaty Organization")],
)
def test_gazetteer_organisation_aliases(name, canonical):
    assert gz.canonical_organization(name) == canonical


def test_gazetteer_tables_are_cached():
    gz.country("China")
    assert gz._country_table.cache_info().hits >= 1 or gz._country_table.cache_info().currsize == 1
    assert gz._city_table() is gz._city_table()


def test_gazetteer_capital_name_links_to_the_capital_city():
    from kg.extract import gazetteer as gz

    place = gz.lookup_place("Washington")
    assert place.kind == "city" and place.country == "US" and place.population > 500_000


@pytest.mark.parametrize(
    "written",
    ["OSCE", "Organisation for Security and Co-operation in Europe",
     "Organization for Security and Co-operation in Europe", "Organisation for Security and Cooperation in Europe"],
)
def test_gazetteer_organisation_spellings_share_one_label(written):
    assert gz.canonical_organization(written) == "Organization for Security and Cooperation in Europe"


@pytest.mark.parametrize(
    ("name", "city", "iso"),
    [
        # a former or foreign name of a big city beats a village that bears it today
        ("Calcutta", "Kolkata", "IN"), ("Kiev", "Kyiv", "UA"), ("Bombay", "Mumbai", "IN"),
        # a name a big city owns stays its own
        ("Paris", "Paris", "FR"), ("Lima", "Lima", "PE"),
    ],
)
def test_gazetteer_cities_by_former_names(name, city, iso):
    place = gz.lookup_place(name)
    assert (place.name, place.country) == (city, iso)


def test_gazetteer_a_big_city_by_its_former_name_is_a_clear_place():
    assert gz.is_clear_place("Kiev", 1_000_000) is not None
    assert gz.is_clear_place("Calcutta", 1_000_000) is not None


@pytest.mark.parametrize("name", ["Florida", "Ohio", "Nevada"])
def test_gazetteer_a_us_state_wins_over_a_town_of_its_name(name):
    place = gz.lookup_place(name)
    assert (place.kind, place.country) == ("state", "US")


def test_gazetteer_a_countrys_short_plural_name():
    from kg.extract import gazetteer as gz

    assert gz.country("Solomons").name == "Solomon Islands"


@pytest.mark.parametrize(
    ("name", "label", "iso", "kind"),
    [("Lombok", "Lombok", "ID", "island"), ("Manitoba", "Manitoba", "CA", "division"),
     ("the Hebrides", "Hebrides", "GB", "island"), ("Orissa", "Odisha", "IN", "division"),
     ("Zamfara State", "Zamfara", "NG", "division"), ("Nangarhar province", "Nangarhar", "AF", "division"),
     ("Wallonia", "Wallonia", "BE", "division"), ("Siberia", "Siberia", "RU", "region")],
)
def test_gazetteer_regions_inside_one_country(name, label, iso, kind):
    # provinces, islands and regions are places in their country, under their table name
    place = gz.lookup_place(name)
    assert (place.name, place.country, place.kind) == (label, iso, kind)
    assert gz.settled_country(place.geonames_id) == iso and place.geonames_id < 0
    assert gz.place_by_id(place.geonames_id) == place


def test_gazetteer_a_region_wins_over_a_small_foreign_town_unless_the_story_is_there():
    # "Tuscany" is also a town in Canada; "Cornwall" a town in Ontario
    assert gz.lookup_place("Tuscany").country == "IT"
    assert gz.lookup_place("Cornwall").country == "GB"
    assert gz.lookup_place("Cornwall", {"CA"}).kind == "city"
    assert gz.lookup_place("Cornwall", {"CA", "GB"}).kind == "region"  # both named: the region


def test_gazetteer_a_shared_region_is_placed_only_by_the_story():
    # Tyrol lies in Austria and Italy, Silesia in Poland and Czechia
    assert gz.lookup_place("Tyrol").country is None
    assert gz.settled_country(gz.lookup_place("Tyrol").geonames_id) is None
    assert gz.lookup_place("Tyrol", {"AT", "DE"}).country == "AT"
    assert gz.lookup_place("Silesia", {"PL", "CZ"}).country is None
    assert gz.place_by_id(gz.lookup_place("Silesia", {"CZ"}).geonames_id).country == "CZ"


def test_gazetteer_a_disputed_region_is_named_but_not_settled():
    place = gz.lookup_place("Transdniestria")
    assert (place.name, place.country, place.kind) == ("Transnistria", "MD", "disputed")
    assert gz.settled_country(place.geonames_id) is None


@pytest.mark.parametrize("name", ["Central", "Western", "Northern", "Gulf", "Federal", "Union", "Province",
                                  "Island", "Victoria region", "Macedonia region"])
def test_gazetteer_common_words_are_no_region(name):
    place = gz.lookup_place(name)
    assert place is None or place.kind not in ("division", "island", "region", "disputed")
    assert gz.region(name) is None


def test_gazetteer_countries_and_us_states_keep_their_names():
    assert gz.lookup_place("Georgia").kind == "country" and gz.lookup_place("Macedonia").country == "MK"
    assert gz.lookup_place("Ohio").kind == "state"


def test_gazetteer_regions_retype_a_lone_mistagged_name():
    assert gz.is_clear_place("Sardinia", 1_000_000).country == "IT"
    assert gz.is_clear_place("Central", 1) is None


def test_gazetteer_an_organisation_named_for_a_region_is_not_retyped():
    # news agencies, parties and cartels bear a region's name; a person-tagged lone name does not
    assert gz.is_clear_place("Sardinia", 100_000, with_regions=False) is None
    assert gz.region("Sardinia") is not None


def test_gazetteer_organization_seat():
    assert gz.organization_seat("UN") == "US"
    assert gz.organization_seat("North Atlantic Treaty Organization") == "BE"
    assert gz.organization_seat("Reuters") is None  # an outlet: its people are not sent from a seat
