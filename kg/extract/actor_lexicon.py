"""General English word lists the actor resolver (actors, names, coref) reasons with.

Only closed-class words and general news vocabulary live here (titles, group
nouns, pronouns): nothing is specific to any article, so the rules carry over
to news of other years, countries and people.
"""

from __future__ import annotations

# Head words of a person's title or role ("Foreign Minister", "China director").
TITLE_HEADS = frozenset(
    """
    president vice-president president-elect premier chancellor minister ministers
    secretary secretary-general undersecretary under-secretary director-general attorney-general
    governor-general solicitor-general inspector-general auditor-general
    king queen prince princess emperor sultan emir sheikh monarch
    governor mayor senator sen. congressman congresswoman representative rep.
    lawmaker legislator mp speaker ambassador envoy consul diplomat
    spokesman spokeswoman spokesperson spokespeople
    director chief head chairman chairwoman chair chairperson commissioner
    rapporteur general gen. colonel col. admiral commander captain lieutenant
    lt. major sergeant marshal officer judge justice prosecutor attorney corporal commodore brigadier
    leader founder co-founder ceo executive coordinator researcher analyst
    professor prof. dr. mr. mrs. ms. sir lord dame pope pontiff cardinal bishop
    archbishop rabbi imam ayatollah adviser advisor aide activist lawyer
    economist campaigner journalist reporter correspondent editor official
    counsellor councillor counselor administrator deputy delegate representative
    constable superintendent sheriff detective mayor-elect governor-elect senator-elect
    coach manager bowler batsman batter striker goalkeeper midfielder quarterback pitcher skipper
    negotiator inspector investigator commissar secretary-general whip ruler dictator strongman candidate nominee
    """.split()
)

# Lower-case words that may sit inside a title phrase without heading it.
TITLE_MODIFIERS = frozenset(
    """
    vice deputy foreign former acting interim assistant senior top chief general
    executive associate special human rights state national security defense
    defence interior finance trade justice health regional foreign-policy
    prime high first second permanent public affairs legal political military
    international global country regional senior-most party provincial federal
    presidential parliamentary opposition communist government environment
    economic education energy culture labour labor agriculture home
    """.split()
)

# Plural heads of party names the model tags as nationalities ("Social Democrats").
PARTY_MEMBER_NOUNS = frozenset(
    """
    democrats republicans conservatives liberals socialists communists greens nationalists
    unionists tories labourites
    """.split()
)

# Nouns that head an unnamed group of actors when plural ("rights groups").
GROUP_NOUNS = frozenset(
    """
    activists groups organizations organisations officials governments
    authorities protesters demonstrators lawmakers legislators politicians
    diplomats leaders critics campaigners advocates experts researchers scholars
    journalists reporters students workers residents villagers citizens
    troops soldiers forces militants rebels insurgents fighters gunmen
    separatists prosecutors judges lawyers doctors nations countries members
    investigators inspectors analysts observers monitors agencies ministers
    delegates survivors victims families relatives refugees migrants
    minorities defenders envoys negotiators officers guards companies firms
    businesses parties states allies partners donors academics
    senators congressmen congresswomen parliamentarians mps deputies clerics bishops
    scientists economists generals commanders voters farmers unions newspapers dailies broadcasters
    """.split()
)

# News outlets, by a word of their name or by name: the source of a story, not a party in it
# ("AFP reported", "according to the Times"). Only their reporting is set apart, not what they say.
NEWS_OUTLET_WORDS = frozenset("""
    news press times post tv television radio media daily herald journal tribune gazette telegraph
    broadcaster broadcasting newspaper newspapers
    """.split())
NEWS_OUTLETS = frozenset("""
    reuters reuter afp ap xinhua tass interfax kyodo yonhap irna kcna cnn bbc bernama antara itar-tass ria
    novosti wafa mena sana anadolu efe ansa dpa upi pti ani jiji rfe/rl voa aljazeera
    """.split()) | {"associated press", "agence france-presse", "agence france presse", "al jazeera",
                   "press trust of india", "voice of america", "deutsche presse-agentur", "fox news"}
# Collective nouns that name a group in the singular ("the police said").
COLLECTIVE_NOUNS = frozenset("police military army navy delegation opposition media press".split())

# Nouns that turn a country word into its government ("Chinese authorities").
GOVERNMENT_NOUNS = frozenset("government authorities regime administration leadership".split())

# Descriptions that stand for the organisation last named: "Time Warner ... The company said".
ORG_DESCRIPTIONS = frozenset(
    """
    company firm corporation group organization organisation agency bank airline carrier
    manufacturer maker retailer insurer network broadcaster newspaper party union ministry
    department commission committee council foundation institute movement charity magazine embassy giant
    service court
    """.split()
)

# Institutions named as "<country> <noun>" ("the Belgian parliament").
BODY_NOUNS = frozenset(
    """
    parliament senate congress cabinet ministry embassy court military army navy
    police legislature assembly
    """.split()
)

# Determiners and quantifiers dropped from a group's label.
QUANTIFIERS = frozenset(
    """
    a an the this that these those some several many most much more few fewer
    other others another various numerous all both each every any no such
    certain its their his her our your my own dozens hundreds thousands
    millions scores almost nearly about around over least at
    """.split()
)

MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
PLURAL_PRONOUNS = frozenset("they them their theirs themselves".split())
NEUTER_PRONOUNS = frozenset("its itself it".split())

# Honorifics dropped from the front of a name ("Mr. Smith").
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame prof prof.".split())

# Ethnic and religious groups: adjectives when singular, Group actors when plural.
ETHNONYMS = frozenset(
    """
    uyghur uighur tibetan kazakh hui han mongol rohingya kurd kurdish yazidi
    tamil sinhalese pashtun hazara tajik baloch sindhi punjabi bengali tatar
    chechen circassian maasai kikuyu luo hutu tutsi yoruba igbo hausa fulani
    amhara oromo tigrayan somali berber amazigh druze alawite sunni shia shiite
    muslim christian jewish jew hindu sikh buddhist catholic protestant
    orthodox coptic copt bedouin roma sami maori aboriginal inuit latino
    hispanic arab persian turkmen uzbek armenian azeri karen shan kachin chin
    """.split()
)

# Names the small model tags PERSON/ORG that are never actors.
NOT_ACTORS = frozenset(
    """
    covid covid-19 coronavirus sars-cov-2 ebola omicron delta mpox monkeypox
    twitter-thread hashtag
    """.split()
)

# Words that end an entity span but belong to the next phrase ("CCP General").
TRAILING_TITLE_WORDS = TITLE_HEADS | frozenset("vice deputy acting former".split())

# Common given names by usual gender, from many languages: a hint for "he"/"she",
# used only to rule a candidate out, never to pick one.
FEMALE_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret sandra ashley kimberly emily donna carol amanda melissa deborah
    stephanie rebecca laura sharon cynthia kathleen amy angela anna helen catherine
    christine samantha rachel maria nicole julia olivia emma sophia charlotte
    hillary kamala nancy ursula angela theresa liz priti nicola marine annalena giorgia
    jacinda sanna mette kaja roberta christine kristalina ngozi marie claire anne
    isabel isabelle ana ines irene elena olena yulia svetlana natalia tatiana olga
    ayesha fatima aisha leila layla mariam zainab malala benazir indira sonia priya
    yingluck carrie hasina megawati gloria cristina dilma
    tarana greta alexandria ilhan rashida nikki condoleezza madeleine
    samantha linda-thomas jill melania ivanka meghan diana camilla elizabeth victoria
    """.split()
)
MALE_NAMES = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin
    brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric
    jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond
    alexander patrick dennis jerry tyler aaron jose adam henry nathan douglas
    zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald
    carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce
    albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
    elijah louis bobby philip johnny barack bill jimmy dmitry
    dmitri alexei alexey mikhail boris volodymyr olaf matteo
    silvio pedro luis carlos jair narendra rahul imran shehbaz recep ebrahim hassan
    mohammed muhammad mohammad ahmed ali omar abdullah benjamin naftali yair mahmoud
    antonio jens charles rishi keir justin scott fumio shinzo
    jong-un kevin mike ted lindsey chuck mitch marco lloyd jake
    """.split()
)
# Words of a government body's name that name no body on their own: "Foreign Ministry".
GENERIC_BODY_WORDS = frozenset(
    """
    foreign defence defense interior finance justice commerce trade health education
    economy energy environment agriculture culture information labour labor transport
    home state treasury public security affairs internal emergency situations of the
    ministry office department parliament senate congress cabinet embassy court police
    army navy military government
    """.split()
)
# Styles of address that stand for a royal or dignitary, never a name: "His Majesty affirmed".
STYLES_OF_ADDRESS = frozenset("majesty highness excellency holiness".split())

# Head nouns of named sites one visits ("the Yasukuni Shrine", "the Lincoln Memorial").
LANDMARK_HEADS = frozenset("""
    shrine temple mausoleum memorial cemetery mosque cathedral monument basilica pagoda abbey
""".split())

# Last words of names of places and sites, never of a person whatever title opens them:
# "Prince Edward Island", "Queen Mary Hospital", "King Fahd Stadium".
SITE_HEADS = LANDMARK_HEADS | frozenset("""
    island islands hospital stadium airport palace hotel street avenue square boulevard station museum
    prison barracks province county district peninsula highway library building plaza arena monastery
    clinic terminal embassy harbour harbor canal dam gulf sea valley mountains desert reef
""".split())

# Kin named before a name ("his eldest daughter, X"): kept as a title, so a pronoun knows X's sex.
KINSHIP_NOUNS = frozenset({"daughter", "son", "wife", "husband", "mother", "father", "sister", "brother",
                           "widow", "widower"})
# Last words of organisations' names: "... Foundation", "... Watch".
ORG_SUFFIXES = frozenset(
    """
    society foundation institute institution center centre council association
    university college party committee commission agency bank fund union league
    alliance movement front organization organisation network coalition ministry
    court company corporation inc ltd plc corp llc watch international federation
    """.split()
)
# Last words of names the model tags ORG that are documents, laws, prizes or events.
NOT_ORG_HEADS = frozenset(
    """
    files papers leaks documents report act law bill prize award treaty agreement accord
    convention olympics games cup festival summit conference declaration resolution
    """.split()
)
