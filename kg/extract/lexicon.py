"""Word lists by meaning for events: triggers, hedges and evaluative vocabulary.

Lemmas, not surface strings, so that "visited", "visits" and "visiting" all
match; the lists are general English, never lists of a corpus's phrases.
(Actor word lists live in :mod:`kg.extract.actor_lexicon`.)
"""

from __future__ import annotations

from kg.extract.criticism_lexicon import (  # noqa: F401  (re-exported: lx.X is the one place)
    CRITICIZE_VERBS, CRITICIZE_PHRASAL, CRITICIZE_IDIOMS, CRITIC_NOUNS, PROTEST_NOUNS, LODGE_VERBS,
    CRITICIZE_NOUNS, ACCUSE_VERBS, TRADED_BLAME_NOUNS, TRADE_VERBS, RECEIVE_CRITICISM_VERBS, SANCTION_NOUNS,
    DEMAND_VERBS, CULPABLE_WORDS, CULPABLE_DEEDS, DEED_NOUNS, SUPPORT_VERBS_OF_DEEDS, ATTACK_NOUNS,
    ATTACK_VERBS, ACCUSATION_NOUNS, WORDS_PUT_OUT, DEED_KINDS, KIND_VERBS, STATE_ARMS, ANGRY_MANNERS,
    ANGRY_RESPONSES, DISPLEASED_ADJECTIVES, WRATH_NOUNS, REJECTED_FINDINGS, VILLAINS, LIKEN_VERBS,
    CHANT_VERBS, HOSTILE_VERBS, COMPLAIN_VERBS, CONCERN_NOUNS, EXPRESS_VERBS, BLAME_WORDS, WRONGDOING_NOUNS,
    VERBAL_ATTACK_NOUNS, VERBAL_ATTACK_ADJECTIVES, WORDS_AGAINST_NOUNS, DISPLEASURE_MANNERS, CONDUCT_NOUNS,
    REJECT_VERBS, STANCE_NOUNS, JUDGE_VERBS, NEGATIVE_JUDGEMENTS, DISPLEASING_VERBS, CRIME_VERBS,
    GOOD_QUALITIES, GOOD_STANDING, SPEECH_OCCASIONS, MEASURE_NOUNS, STOP_VERBS, END_NOUNS, ATONE_VERBS,
    SUFFERED_STATES, SUFFERED_WHEN_POSSESSED,
    ARMED_NOUNS, FIGURATIVE_FIRE_TARGETS, HELP_VERBS, HARM_VERBS, HARMED_GOODS, NOMINALIZATIONS, DOUBTED_QUALITIES,
    DOUBT_VERBS, NEGATIVE_TRAITS, SHOW_VERBS, EXCESS_ADJECTIVES, MEANS_NOUNS, USE_VERBS, DECEIT_VERBS,
    DOMINATE_VERBS, STATE_ACTS, STATE_WRONGS, SCHEME_NOUNS, BELITTLING_ADVERBS, BELITTLING_ADJECTIVES, JUDGING_IDIOMS,
    UNDERGONE_DEEDS, JUDGING_CONCERNS, ATTEMPT_NOUNS, SUPPRESS_VERBS, TAKEN_STANCES, WRONG_DONE_VERBS,
    DONE_WRONGS,
)

VISITED = "visited"
MET = "met"
CRITICIZED = "criticized"
STATED = "stated"

# CAMEO codes: 042 make a visit, 040 consult / 041 discuss by telephone /
# 044 meet at a third location, 111 criticize or denounce, 112 accuse, 010 make statement.
CAMEO = {VISITED: "042", MET: "040", CRITICIZED: "111", STATED: "010"}

VISIT_VERBS = frozenset({"visit", "tour", "travel", "arrive", "fly", "journey", "land", "stop", "proceed", "drive",
                         "head", "sail", "go", "come"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stop", "stopover", "travel", "mission",
                         "arrival"})
# Verbs of motion that only mean a visit with a destination ("travel to X", "arrive in X").
VISIT_NEEDS_PLACE = frozenset({"travel", "arrive", "fly", "journey", "land", "mission", "stop", "proceed", "drive",
                               "head", "sail", "go", "come"})

MEET_VERBS = frozenset({"meet", "receive", "host", "welcome", "greet", "phone", "telephone", "embrace", "hug"})
# Of these, the verbs whose subject is the host: "the minister received the envoy".
RECEIVING_VERBS = frozenset({"receive", "host", "welcome", "greet"})
# Verbs that are a meeting only with a partner in a "with" phrase ("conferred with X").
MEET_WITH_VERBS = frozenset({"talk", "confer", "negotiate", "dine", "lunch", "consult", "discuss"})
# Gatherings whose attendance puts one where they are held ("attended the summit in Baidoa").
GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "talks", "ceremony", "funeral",
                             "inauguration", "session", "forum", "rally", "congress", "celebration",
                             "commemoration", "anniversary", "games", "olympics", "festival"})
# Nouns that are a meeting with a partner introduced by "with" ("a call with X").
MEET_NOUNS = frozenset({"meeting", "talk", "talks", "call", "summit", "conversation", "audience",
                        "dinner", "lunch", "luncheon", "breakfast", "banquet", "negotiation", "negotiations",
                        "consultation", "bilateral", "bilaterals",  # "held bilaterals with X"
                        "conference", "discussion", "discussions"})
MEET_CAMEO = {"call": "041", "conversation": "041", "talk": "040", "talks": "040", "meet": "040",
              "phone": "041", "telephone": "041"}

# Nouns for a place that a nationality adjective locates: "the Libyan port city of Misratah".
PLACE_NOUNS = frozenset({"city", "town", "capital", "port", "resort", "village", "island", "province",
                         "region", "district", "border", "coast", "seaside", "hometown", "retreat", "residence",
                         "palace", "ranch", "estate", "dacha"})

# Verbs of judging that are a statement when they carry words: "criticized the aid as a 'waste'".
JUDGING_SPEECH = frozenset({
    "dismiss", "reject", "criticize", "criticise", "condemn", "denounce", "accuse", "slam",
    "blast", "lambast", "lambaste", "deplore", "blame",
})
SAY_VERBS = frozenset({
    "say", "tell", "state", "announce", "declare", "add", "report", "claim", "insist",
    "note", "warn", "explain", "assert", "affirm", "confirm", "deny", "acknowledge",
    "admit", "argue", "contend", "maintain", "reiterate", "stress", "emphasize",
    "emphasise", "comment", "remark", "reply", "respond", "write", "tweet", "predict",
    "allege", "concede", "complain", "testify", "disclose", "reveal", "suggest",
    "assure", "inform", "remind", "promise", "conclude", "appeal", "urge", "advise", "speculate",
    "estimate", "label", "cite", "call", "describe", "ask", "request", "voice", "point", "issue",
    "dispel", "downplay", "quash", "play",
    "demand", "vow", "pledge", "recall", "recount", "charge", "observe", "counter", "retort",
    "caution", "boast", "quip", "propose", "hint", "underline", "underscore", "thunder", "express",
    "welcome", "congratulate", "praise", "hail", "commend", "applaud", "thank", "sum", "agree", "wish",
    "recommend",
}) | JUDGING_SPEECH
# A document speaks for its author: "NASA's analysis indicates that", "according to a memo by X".
DOCUMENT_NOUNS = frozenset({
    "report", "analysis", "study", "memo", "memorandum", "statement", "letter", "survey",
    "research", "finding", "assessment", "review", "audit", "investigation", "paper", "document",
    "communique", "email", "e-mail", "press release", "release", "bulletin", "estimate", "inquiry",
    "advertisement", "advert", "ad", "editorial", "leaflet",
})
# Verbs by which a document states its content (with a that-clause or a quote).
DOCUMENT_SAY_VERBS = frozenset({
    "indicate", "show", "find", "conclude", "suggest", "state", "say", "warn", "note", "claim",
    "assert", "predict", "estimate", "recommend", "argue", "reveal", "confirm", "allege", "accuse",
})
# Stances one voices or expresses: "voiced concern", "expressed doubt".
VOICED_STANCES = frozenset({"concern", "doubt", "support", "opposition", "objection", "criticism", "fear",
                           "hope", "regret", "anger", "frustration", "skepticism", "scepticism", "alarm",
                           "disappointment", "confidence", "reservation"})
# Reporting verbs that count only with a particular object or particle ("voiced concern",
# "issued a statement", "pointed out that").
SAY_WITH_OBJECT = {
    "voice": VOICED_STANCES,
    # "dispelled rumours that ...", "played down speculation"
    **dict.fromkeys(("dispel", "downplay", "quash", "play"), frozenset({
        "rumour", "rumor", "speculation", "report", "fear", "suggestion", "claim", "talk", "concern",
        "notion", "allegation", "importance", "significance", "threat", "prospect", "possibility"})),
    # "expressed concern", "expressed his condolences": a stance put into words
    "express": VOICED_STANCES | frozenset({"satisfaction", "condolence", "sympathy", "gratitude",
                                          "appreciation", "surprise", "shock", "solidarity", "displeasure",
                                          "dismay", "outrage", "optimism", "pessimism", "wish", "thanks",
                                          "indignation", "sorrow", "grief", "readiness", "willingness",
                                          "desire", "view", "opinion", "belief", "apology", "unease",
                                          "dissatisfaction", "worry", "happiness", "pleasure"}),
    # "wished success to Russia", "wished her a speedy recovery": a good wish said to someone
    "wish": frozenset({"success", "luck", "birthday", "recovery", "happiness", "prosperity", "peace",
                       "victory", "congratulation", "congratulations", "condolence", "holiday", "year"}),
    # "welcomed the ruling": a stance on a decision or words (a welcomed guest is a host's act)
    "welcome": frozenset({"decision", "move", "agreement", "deal", "announcement", "statement", "proposal",
                          "plan", "ruling", "verdict", "release", "offer", "step", "initiative", "result",
                          "outcome", "resolution", "report", "commitment", "news", "ceasefire", "truce",
                          "accord", "pledge", "vote", "election", "progress", "development", "efforts",
                          "effort", "call", "invitation", "appointment", "signing", "adoption", "approval"}),
    "issue": frozenset({"statement", "warning", "letter", "appeal", "call", "denial", "communique",
                        "ultimatum", "threat", "declaration", "apology", "advisory", "plea",
                        "response", "rebuttal", "condemnation", "protest", "report"}),
}
SAY_WITH_PARTICLE = {"point": "out", "play": "down", "sum": "up"}
# Reporting verbs whose object is the addressee ("warned Hungary that ...").
SAY_TO_OBJECT = frozenset({"tell", "warn", "assure", "inform", "brief", "remind"})
# Verbs whose bare participle is said of the one addressed: "Asked about ..., X said".
ADDRESSED_VERBS = frozenset({"ask", "tell", "question", "press", "inform", "remind", "brief", "interview"})
# Verbs that report speech only with a quote or a that-clause: "Europe would respond" is not a statement.
SAY_NEEDS_CONTENT = frozenset({
    "add", "respond", "reply", "write", "note", "maintain", "comment", "reveal", "conclude",
    "estimate", "speculate", "label", "cite", "describe", "call", "ask", "point",
    "demand", "vow", "pledge", "recall", "recount", "charge", "observe", "counter", "retort",
    "caution", "boast", "quip", "propose", "hint", "underline", "underscore", "thunder", "sum", "agree",
    "recommend",
}) | JUDGING_SPEECH
# Who speaks for someone without being them: "his office said", "her lawyer said".
PROXY_SPEAKERS = frozenset({"office", "lawyer", "attorney", "aide", "family", "campaign", "camp",
                            "staff", "entourage", "doctor", "relative", "counsel", "secretary"})
# What is granted or refused, not said: "denied him a visa".
GRANTED_NOUNS = frozenset({"permission", "access", "entry", "visa", "bail", "request", "passage",
                           "landing", "accreditation", "asylum", "admission"})
# What a claim that is a statement claims: "claimed responsibility", "claimed victory".
CLAIMED_NOUNS = frozenset({"responsibility", "credit", "victory", "innocence", "ownership",
                           "sovereignty", "right", "win", "success"})
# Verbs of appeal whose "for" phrase or infinitive is what was said ("called for calm").
APPEAL_VERBS = frozenset({"call", "ask", "appeal", "urge", "request"})
# Promises whose content is what the speaker commits to: "vowed to fight the ruling".
COMMISSIVE_VERBS = frozenset({"vow", "pledge"})
SAY_NOUNS = frozenset({"statement", "remark", "remarks", "announcement", "declaration", "comment"})

# Modal auxiliaries and the modality they give the clause they govern.
MODAL_AUX = {
    "will": "planned", "shall": "planned", "'ll": "planned", "wo": "planned",
    "would": "expected", "may": "uncertain", "might": "uncertain", "could": "uncertain",
    "should": "expected", "must": "expected",
}
# Heads whose complement is not (yet) a fact: "planned to visit", "expected to include".
HEDGE_HEADS = {
    "plan": "planned", "intend": "planned", "aim": "planned", "schedule": "planned",
    "prepare": "planned", "propose": "planned", "seek": "planned", "try": "planned",
    "want": "planned", "hope": "planned", "wish": "planned", "promise": "planned",
    "agree": "planned", "decide": "planned", "threaten": "planned", "vow": "planned",
    "expect": "expected", "set": "expected", "due": "expected", "likely": "expected",
    "going": "planned", "about": "expected", "poised": "expected", "slate": "planned",
    "unclear": "uncertain", "uncertain": "uncertain", "unknown": "uncertain",
    "possible": "uncertain", "unlikely": "uncertain", "doubtful": "uncertain",
    "rumor": "uncertain", "rumour": "uncertain", "speculate": "uncertain",
    "fear": "uncertain", "wonder": "uncertain", "ask": "uncertain", "urge": "planned",
    "call": "planned", "demand": "planned", "request": "planned",
    "fail": "negated", "refuse": "negated", "decline": "negated", "deny": "negated",
    "avoid": "negated", "cancel": "negated", "postpone": "planned", "without": "negated",
    # readiness is not the deed: "said he was willing to visit India"
    "willing": "planned", "ready": "planned", "prepared": "planned", "eager": "planned",
    "keen": "planned", "determined": "planned", "unwilling": "negated", "reluctant": "negated",
    "offer": "planned", "invite": "planned",
}
# Adjectival / participial modifiers of a noun trigger: "a planned visit".
HEDGE_AMOD = {
    "planned": "planned", "proposed": "planned", "upcoming": "planned", "future": "planned",
    "scheduled": "planned", "expected": "expected", "anticipated": "expected",
    "possible": "uncertain", "potential": "uncertain", "rumored": "uncertain",
    "rumoured": "uncertain", "canceled": "negated", "cancelled": "negated",
    "postponed": "planned", "next": "planned", "forthcoming": "planned", "impending": "planned",
    "prospective": "planned",
}
# Adverbs that leave the clause unasserted: "apparently upset", "reportedly met".
HEDGE_ADVERBS = frozenset({"apparently", "reportedly", "allegedly", "supposedly", "seemingly",
                           "possibly", "perhaps", "probably", "maybe", "purportedly", "ostensibly"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "provided"})
UNCERTAIN_MARKS = frozenset({"whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})

# Prepositions whose object is never the event's own date.
NON_DATE_PREPS = frozenset({"since", "until", "till", "before", "after", "ahead", "by", "from"})

# Nouns naming a person by role: "the U.N. human rights chief" is a person, not the U.N.
PERSON_ROLE_NOUNS = frozenset({
    "official", "chief", "head", "minister", "secretary", "spokesperson", "spokesman",
    "spokeswoman", "president", "leader", "director", "envoy", "ambassador", "diplomat",
    "commissioner", "chairman", "chairwoman", "chair", "governor", "mayor", "premier",
    "representative", "delegate", "officer", "executive", "coordinator", "adviser",
    "advisor", "aide", "lawmaker", "senator", "general", "commander", "rapporteur",
    "counterpart", "predecessor", "successor", "deputy", "rival", "opponent", "host", "guest",
    "candidate", "nominee", "ruler",
})

# Nouns for someone related to the possessor: "Ross's father" is not Ross.
RELATIVE_NOUNS = frozenset({
    "father", "mother", "parent", "son", "daughter", "child", "wife", "husband", "brother",
    "sister", "family", "relative", "widow", "widower", "uncle", "aunt", "cousin", "nephew",
    "niece", "grandson", "granddaughter", "grandfather", "grandmother", "partner", "friend",
    "lawyer", "attorney", "neighbour", "neighbor", "colleague", "boss", "employer", "doctor",
    "coach", "teammate", "trainer", "agent", "assistant", "bodyguard", "driver", "secretary",
})

# People named by what they are, not by an office: "the Italian billionaire" is a person.
HUMAN_NOUNS = frozenset({"billionaire", "millionaire", "tycoon", "magnate", "businessman", "businesswoman",
                         "man", "woman", "politician", "citizen", "national", "dissident", "activist",
                         "veteran", "hardliner", "strongman", "dictator", "monarch", "lawmaker", "writer"})

# People who speak for others: what they describe they did not do themselves.
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "reporter",
                          "correspondent", "journalist", "source", "aide", "official"})
