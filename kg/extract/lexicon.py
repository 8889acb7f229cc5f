"""Word lists by meaning for events: triggers, hedges and evaluative vocabulary.

Lemmas, not surface strings, so that "visited", "visits" and "visiting" all
match; the lists are general English, never lists of a corpus's phrases.
(Actor word lists live in :mod:`kg.extract.actor_lexicon`.)
"""

from __future__ import annotations

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
# Verbs that are a meeting only with a partner in a "with" phrase ("conferred with X").
MEET_WITH_VERBS = frozenset({"talk", "confer", "negotiate", "dine", "lunch", "consult", "discuss"})
# Gatherings whose attendance puts one where they are held ("attended the summit in Baidoa").
GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "talks", "ceremony", "funeral",
                             "inauguration", "session", "forum", "rally", "congress", "celebration",
                             "commemoration", "anniversary", "games", "olympics", "festival"})
# Nouns that are a meeting with a partner introduced by "with" ("a call with X").
MEET_NOUNS = frozenset({"meeting", "talk", "talks", "call", "summit", "conversation", "audience",
                        "dinner", "lunch", "luncheon", "breakfast", "banquet", "negotiation", "negotiations",
                        "consultation",
                        "conference", "discussion", "discussions"})
MEET_CAMEO = {"call": "041", "conversation": "041", "talk": "040", "talks": "040", "meet": "040",
              "phone": "041", "telephone": "041"}

CRITICIZE_VERBS = frozenset({
    "criticize", "criticise", "condemn", "denounce", "accuse", "slam", "rebuke", "blast",
    "castigate", "decry", "censure", "chastise", "lambast", "lambaste", "berate", "deplore",
    "deride", "ridicule", "mock", "taunt", "disparage", "belittle", "scorn", "insult", "slander", "defame", "rap",
    "smear", "malign", "demonize", "demonise", "lecture", "reprove",
    "fault", "assail", "reproach", "excoriate", "blame", "attack",
    "chide", "scold", "flay", "upbraid", "reprimand", "admonish", "vilify", "denigrate", "pillory",
    "censor", "lampoon", "resent",
})
# Phrasal criticism: verb + particle + preposition whose object is the target ("lashed out at X").
CRITICIZE_PHRASAL = {("lash", "out", "at"), ("hit", "out", "at"), ("lash", "out", "against"),
                     ("speak", "out", "against"), ("rail", None, "against"), ("round", None, "on"),
                     ("hit", "back", "at"), ("fire", "back", "at"), ("strike", "back", "at"),
                     ("protest", None, "against"), ("inveigh", None, "against"), ("object", None, "to"),
                     ("come", "down", "on")}  # "came down hard on X"
# Support-verb idioms of criticism: "took aim at X", "took a swipe at X".
CRITICIZE_IDIOMS = {"take": frozenset({"aim", "swipe", "jab", "dig", "shot", "potshot", "issue"}),
                    "open": frozenset({"fire"}),  # "opened fire on the Tory leader's record" (figurative)
                    "point": frozenset({"finger"}), "pour": frozenset({"scorn", "cold"}),
                    "heap": frozenset({"scorn", "criticism", "blame", "abuse"})}
# "a longtime critic of X", "X's fiercest critic"
CRITIC_NOUNS = frozenset({"critic", "opponent", "detractor"})
# "lodged a protest with X over Y": the protest goes to X, or to the owner of Y
PROTEST_NOUNS = frozenset({"protest", "complaint", "representation"})  # "lodged representations"
LODGE_VERBS = frozenset({"lodge", "file", "register", "make", "deliver", "issue", "send", "hand", "give"})
CRITICIZE_NOUNS = frozenset({"criticism", "condemnation", "denunciation", "rebuke", "accusation"})
ACCUSE_VERBS = frozenset({"accuse", "blame"})  # CAMEO 112
# Traded or exchanged, these are a war of words: "A and B traded accusations", "exchanged insults with B".
TRADED_BLAME_NOUNS = frozenset({"accusation", "charge", "allegation", "insult", "barb", "jibe",
                                "recrimination", "criticism", "blame", "threat", "invective"})
TRADE_VERBS = frozenset({"trade", "exchange", "swap", "hurl"})
# Verbs whose subject receives criticism from a "from" phrase: "drew criticism from X",
# "came under criticism from X", "met with condemnation from X".
RECEIVE_CRITICISM_VERBS = frozenset({
    "draw", "face", "attract", "receive", "earn", "spark", "provoke", "trigger", "prompt",
    "invite", "meet", "come", "bring", "incur", "suffer",
})
# Demanding one of these of someone criticises them: "demanded the resignation of X".
SANCTION_NOUNS = frozenset({"resignation", "apology", "ouster", "dismissal", "removal",
                            "impeachment", "prosecution", "punishment", "arrest", "sacking", "expulsion",
                            "suspension"})
DEMAND_VERBS = frozenset({"demand", "seek", "want", "urge", "call", "tell"})
# "X was responsible for the massacre": the subject is blamed for a wrongdoing
CULPABLE_WORDS = frozenset({"responsible", "guilty", "culpable", "accountable", "to blame"})
# What someone is blamed for being responsible for: "responsible for the conflict".
CULPABLE_DEEDS = frozenset({"war", "conflict", "violence", "death", "bloodshed", "unrest", "crisis",
                            "tension", "instability", "attack", "bombing", "chaos", "suffering"})
# Deeds that belong to whoever made them: "the plan", "the decision" (owner from the discourse).
DEED_NOUNS = frozenset({
    "program", "programme", "plan", "campaign", "project", "scheme", "policy", "proposal",
    "initiative", "move", "decision", "law", "bill", "deal", "measure", "reform", "strategy",
    "budget", "crackdown", "ban", "tax",
})
# Verbs whose subject does the deed named by their object: "rebels carried out an attack".
SUPPORT_VERBS_OF_DEEDS = frozenset({
    "carry", "launch", "stage", "mount", "conduct", "commit", "perpetrate", "unleash",
    "unveil", "announce", "adopt", "introduce", "propose", "impose", "make", "take",
})
# Kinds of armed deed, so that "the strike" can refer back to "a missile attack".
ATTACK_NOUNS = dict.fromkeys((
    "attack", "strike", "airstrike", "raid", "bombing", "assault", "offensive", "incursion",
    "shelling", "bombardment", "ambush", "operation", "assassination"), "attack")
ATTACK_VERBS = frozenset({"attack", "strike", "raid", "bomb", "shell", "bombard", "ambush", "assault",
                          "assassinate", "invade", "storm"})
# Nouns of accusation whose "that" clause names the accused: "allegations by X that Y tortured".
ACCUSATION_NOUNS = frozenset({"allegation", "accusation", "charge", "claim"})
# Kinds of deed whose words refer back to each other: "allegations by X ... denied the accusation".
# Words put out by someone, judged later as "the report" or "the announcement": whose they are
# is told by the verb that put them out ("HRW accused ..." ... "dismissed the report").
WORDS_PUT_OUT = frozenset({"report", "announcement", "statement", "declaration", "communique", "communiqué",
                           "remark", "comment", "assertion"})
DEED_KINDS = {**dict.fromkeys(WORDS_PUT_OUT, "words"), **ATTACK_NOUNS, **dict.fromkeys(ACCUSATION_NOUNS, "accusation"),
              **dict.fromkeys(("criticism", "rebuke", "condemnation", "censure"), "criticism")}
KIND_VERBS = {"words": frozenset({"say", "announce", "report", "state", "declare", "publish", "release", "accuse",
                                  "allege", "claim", "assert", "write"}),
              "attack": ATTACK_VERBS, "accusation": frozenset({"accuse", "allege", "charge", "claim"}),
              "criticism": frozenset({"criticize", "criticise", "condemn", "rebuke", "censure", "denounce",
                                      "slam", "blast", "lambast", "lambaste", "castigate", "attack"})}
# Armed forces that act for their state: "Israeli jets", "Turkish troops".
STATE_ARMS = frozenset({
    "troop", "troops", "force", "forces", "jet", "jets", "warplane", "warplanes", "soldier",
    "soldiers", "army", "helicopter", "helicopters", "tank", "tanks", "navy", "aircraft",
    "artillery", "gunship", "gunships", "police", "military", "commando", "commandos", "commandoes",
    "marine", "marines",
})
# "reacted angrily to X": a reaction in this manner criticises X's owner.
ANGRY_MANNERS = frozenset({"angrily", "furiously", "sharply", "indignantly", "bitterly", "harshly",
                           "testily", "scathingly", "acidly"})
ANGRY_RESPONSES = frozenset({"angry", "furious", "sharp", "indignant", "bitter", "harsh", "scathing", "testy",
                             "stinging", "blistering", "strongly-worded"})  # "in a furious response to X"
# Nouns for a place that a nationality adjective locates: "the Libyan port city of Misratah".
PLACE_NOUNS = frozenset({"city", "town", "capital", "port", "resort", "village", "island", "province",
                         "region", "district", "border", "coast", "seaside", "hometown", "retreat", "residence",
                         "palace", "ranch", "estate", "dacha"})
# Adjectives of displeasure: "was critical of X", "unhappy with X's decision".
DISPLEASED_ADJECTIVES = frozenset({
    "critical", "unsatisfied", "dissatisfied", "unhappy", "displeased", "angry", "furious",
    "outraged", "incensed", "indignant", "disappointed", "dismayed", "appalled", "annoyed",
    "irritated", "upset", "troubled", "alarmed", "scathing", "cynical",
})
# Anger drawn from someone: "drew Beijing's fury", "earned the ire of Washington".
WRATH_NOUNS = frozenset({"fury", "anger", "ire", "wrath", "rage", "indignation", "scorn", "displeasure"})
# Findings one rejects as someone's: "rejected a report by Amnesty International".
REJECTED_FINDINGS = frozenset({"report", "finding", "study", "survey", "assessment", "outcome", "audit",
                               "result", "conclusion"})
# Likened to one of these, someone is insulted: "compared X to Hitler".
VILLAINS = frozenset({"hitler", "nazi", "nazis", "stalin", "mussolini", "devil", "satan", "gestapo",
                      "fascist", "fascists", "dictator", "tyrant", "pol"})
LIKEN_VERBS = frozenset({"compare", "liken", "equate"})
# Verbs by which a crowd voices a slogan ("chanted 'Down with X'", "led chants of").
CHANT_VERBS = frozenset({"chant", "shout", "cry", "scream", "yell", "sing", "lead", "raise", "chorus"})
# Hostile acts a speaker says were done to them: "they threatened me" criticises the doer.
HOSTILE_VERBS = frozenset({
    "threaten", "bash", "harass", "persecute", "intimidate", "silence", "attack", "beat",
    "jail", "imprison", "torture", "insult", "humiliate", "slander", "smear", "betray",
    "bully", "muzzle", "gag", "punish", "victimize", "victimise", "abuse", "punch", "assault",
    "arrest", "detain", "oppress", "repress", "suppress", "crush", "shoot", "kill", "evict",
})
# Verbs of grievance: the doer of the deed complained about is criticised
# ("complained that he had been pushed by X").
COMPLAIN_VERBS = frozenset({"complain", "protest", "grumble", "lament", "deplore"})
# "expressed concern over X", "voiced alarm at X"
CONCERN_NOUNS = frozenset({"concern", "alarm", "outrage", "dismay", "disapproval", "indignation",
                           "disappointment", "displeasure", "dissatisfaction", "anger", "opposition",
                           "objection", "regret", "frustration", "irritation", "annoyance",
                           "exasperation", "resentment", "unhappiness", "protest"})
EXPRESS_VERBS = frozenset({"express", "voice", "raise", "register"})

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
    "caution", "boast", "quip", "propose", "hint",
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
# Reporting verbs that count only with a particular object or particle ("voiced concern",
# "issued a statement", "pointed out that").
SAY_WITH_OBJECT = {
    "voice": frozenset({"concern", "doubt", "support", "opposition", "objection", "criticism",
                        "fear", "hope", "regret", "anger", "frustration", "skepticism", "scepticism",
                        "alarm", "disappointment", "confidence", "reservation"}),
    # "dispelled rumours that ...", "played down speculation"
    **dict.fromkeys(("dispel", "downplay", "quash", "play"), frozenset({
        "rumour", "rumor", "speculation", "report", "fear", "suggestion", "claim", "talk", "concern",
        "notion", "allegation", "importance", "significance", "threat", "prospect", "possibility"})),
    "issue": frozenset({"statement", "warning", "letter", "appeal", "call", "denial", "communique",
                        "ultimatum", "threat", "declaration", "apology", "advisory", "plea",
                        "response", "rebuttal", "condemnation", "protest", "report"}),
}
SAY_WITH_PARTICLE = {"point": "out", "play": "down"}
# Reporting verbs whose object is the addressee ("warned Hungary that ...").
SAY_TO_OBJECT = frozenset({"tell", "warn", "assure", "inform", "brief", "remind"})
# Verbs whose bare participle is said of the one addressed: "Asked about ..., X said".
ADDRESSED_VERBS = frozenset({"ask", "tell", "question", "press", "inform", "remind", "brief", "interview"})
# Verbs that report speech only with a quote or a that-clause: "Europe would respond" is not a statement.
SAY_NEEDS_CONTENT = frozenset({
    "add", "respond", "reply", "write", "note", "maintain", "comment", "reveal", "conclude",
    "estimate", "speculate", "label", "cite", "describe", "call", "ask", "point",
    "demand", "vow", "pledge", "recall", "recount", "charge", "observe", "counter", "retort",
    "caution", "boast", "quip", "propose", "hint",
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

# Blame vocabulary: a statement using it about someone criticises them.
BLAME_WORDS = frozenset({
    "fail", "failure", "disappoint", "disappointed", "disappointing", "unacceptable",
    "appalling", "appalled", "ridiculous", "wrong", "betrayal", "betray", "dereliction",
    "shameful", "disgrace", "disgraceful", "outrageous", "complicit", "whitewash",
    "irresponsible", "deplorable", "hypocrisy", "hypocritical", "incompetent", "absurd",
    "scandalous", "reckless", "debacle", "alarmed", "inexcusable", "unjustified",
})
# Wrongdoing nouns: "declared that X's abuses amount to genocide" accuses X.
WRONGDOING_NOUNS = frozenset({
    "abuse", "atrocity", "genocide", "crime", "violation", "repression", "crackdown",
    "persecution", "oppression", "mistreatment", "torture", "aggression", "corruption",
    "fraud", "massacre", "killing", "brutality",
})

# Attacks in words: "a tirade against X", and an attack or assault that is "scathing".
VERBAL_ATTACK_NOUNS = frozenset({"tirade", "diatribe", "broadside", "harangue", "philippic"})
VERBAL_ATTACK_ADJECTIVES = frozenset({
    "verbal", "caustic", "scathing", "blistering", "stinging", "withering", "harsh", "sharp",
    "bitter", "rhetorical", "personal", "vitriolic", "scornful", "veiled", "thinly-veiled",
    "outspoken", "strongly-worded",
})
# Words that are against someone when said so: "a speech against the deal", "an editorial against X".
WORDS_AGAINST_NOUNS = frozenset({"speech", "statement", "remarks", "article", "editorial", "column",
                                 "address", "sermon", "polemic"})
# Feelings with which something is done or read: "read with disgust the article by X".
DISPLEASURE_MANNERS = frozenset({"disgust", "dismay", "anger", "outrage", "alarm", "indignation",
                                 "contempt", "disapproval", "displeasure", "irritation", "frustration",
                                 "revulsion", "consternation"})
# Conduct whose "of" phrase is its doer, never its victim: "the inaction of the government".
CONDUCT_NOUNS = frozenset({
    "inaction", "failure", "refusal", "interference", "meddling", "intransigence", "negligence",
    "incompetence", "arrogance", "hypocrisy", "aggression", "obstruction", "stubbornness",
    "behaviour", "behavior", "conduct", "handling", "actions", "tactics",
})

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
})

# Nouns for someone related to the possessor: "Ross's father" is not Ross.
RELATIVE_NOUNS = frozenset({
    "father", "mother", "parent", "son", "daughter", "child", "wife", "husband", "brother",
    "sister", "family", "relative", "widow", "widower", "uncle", "aunt", "cousin", "nephew",
    "niece", "grandson", "granddaughter", "grandfather", "grandmother", "partner", "friend",
    "lawyer", "attorney", "neighbour", "neighbor", "colleague", "boss", "employer", "doctor",
    "coach", "teammate", "trainer", "agent", "assistant", "bodyguard", "driver", "secretary",
})

# Verbs that criticise only when their object is someone's position, words or pressure
# ("rejected India's demand", "dismissed the charges"): rejecting an offer of aid is not.
REJECT_VERBS = frozenset({
    "reject", "rebuff", "dismiss", "spurn", "deride", "ridicule", "scorn", "repudiate",
    "refute", "disparage", "mock", "belittle", "protest", "dispute", "brush", "shrug", "deny",
})
# Head nouns of what someone said, demanded or stood for.
STANCE_NOUNS = frozenset({
    "demand", "pressure", "stand", "stance", "position", "remark", "comment", "statement",
    "charge", "accusation", "allegation", "claim", "criticism", "ultimatum", "threat",
    "call", "assertion", "insinuation", "interference", "meddling", "attitude", "rhetoric",
    "word", "criticism", "warning", "complaint", "protest", "objection", "condemnation",
    "suggestion", "notion", "insistence", "decision", "ruling", "verdict",
    "reservation", "misgiving", "doubt", "concern", "objection", "resolution", "motion",
    "effort", "attempt",  # "rejected Koizumi's efforts to ...": opposing what someone strives for
})
# Verbs that put a judgement on their object: "called the remarks baseless".
JUDGE_VERBS = frozenset({"call", "describe", "term", "brand", "label", "dismiss", "denounce", "identify",
                         "condemn", "characterize", "characterise", "regard", "see", "view", "refer",
                         "portray", "depict", "paint"})
# Judgements that are a criticism of their object's owner.
NEGATIVE_JUDGEMENTS = frozenset({
    "baseless", "groundless", "unfounded", "irresponsible", "unacceptable", "absurd",
    "ridiculous", "false", "lie", "nonsense", "provocation", "provocative", "interference",
    "meddling", "hypocritical", "hostile", "unjustified", "unwarranted", "illegal",
    "illegitimate", "mistake", "error", "blunder", "dangerous", "reckless", "outrageous",
    "shameful", "deplorable", "regrettable", "propaganda", "slander", "fabrication",
    "unhelpful", "counterproductive", "wrong", "unfair", "biased", "racist", "aggression",
    "aggressive", "arrogant", "insult", "insulting", "offensive", "rubbish", "farce",
    "violation", "crime", "terrorism", "terrorist", "sham", "travesty", "disgrace",
    "disgraceful", "misguided", "inappropriate", "intolerable", "preposterous", "slanderous",
    "stingy", "incompetent", "corrupt", "dishonest", "cowardly", "irrational", "unreasonable",
    "obstacle", "liar", "hypocrite", "criminal", "dictator", "tyrant", "murderer", "thief",
    "unjust", "inhuman", "inhumane", "cruel", "immoral", "unlawful", "undemocratic",
    "unconstitutional", "discriminatory", "danger", "menace", "threat", "motivated",
    "fascist", "puppet", "coward", "traitor", "warmonger", "butcher", "failure", "fiasco",
    "unfortunate", "untrue", "inaccurate", "misleading", "distortion", "distorted", "falsification",
    "defamatory", "rogue", "destabilising", "destabilizing", "illiterate", "idiot", "fool",
    "insensitive", "dictatorial", "repressive", "brutal", "hostile", "accomplice", "instability",
    "negative", "heavy-handed", "disproportionate", "excessive", "unwise", "short-sighted",
    "violent", "mafioso", "gangster", "bandit", "thug", "clown", "devil", "liar", "hooligan", "racketeer",
    "loser", "crook", "charlatan", "demagogue", "bully", "scoundrel", "buffoon", "hypocrisy",
    "inflammatory", "malicious", "mendacious", "libellous", "libelous", "xenophobic",
    "donkey", "idiot", "moron", "fool", "madman", "pig", "snake", "rat", "vulture", "parasite",
    "scandal", "scandalous", "piracy", "banditry", "mouthpiece", "revenge", "vendetta", "witch-hunt",
    "opportunistic", "vicious",
})
# "was angered by X's decision": the displeasing deed's owner is criticised.
DISPLEASING_VERBS = frozenset({"trouble", "alarm", "anger", "upset", "dismay", "disappoint", "outrage",
                               "annoy", "irritate", "appal", "appall", "incense", "infuriate", "anger"})
# Reporting that someone did one of these accuses them: "said Ukraine had stolen gas".
CRIME_VERBS = frozenset({"steal", "loot", "torture", "murder", "rig", "violate", "massacre", "kidnap",
                         "abduct", "plunder", "persecute", "harass", "intimidate", "bribe", "embezzle",
                         "smuggle", "sabotage", "falsify", "defraud", "cheat", "lie", "terrorize",
                         "terrorise", "oppress", "slaughter", "deceive", "mislead", "betray", "extort",
                         "blackmail", "stifle", "suppress", "muzzle", "gag", "repress", "bully", "silence",
                         "collude", "conspire", "evade", "under-declare", "underdeclare", "misappropriate"})
# People named by what they are, not by an office: "the Italian billionaire" is a person.
HUMAN_NOUNS = frozenset({"billionaire", "millionaire", "tycoon", "magnate", "businessman", "businesswoman",
                         "man", "woman", "politician", "citizen", "national", "dissident", "activist",
                         "veteran", "hardliner", "strongman", "dictator", "monarch", "lawmaker", "writer"})
# Good qualities whose denial judges someone: "X is not a credible partner".
GOOD_QUALITIES = frozenset({"legitimate", "credible", "trustworthy", "reliable", "honest", "serious", "sincere",
                            "democratic", "fair", "impartial", "acceptable", "responsible", "competent"})
# Lost or abandoned, these judge whoever lost them: "has abandoned its impartiality".
GOOD_STANDING = frozenset({"impartiality", "neutrality", "credibility", "legitimacy", "integrity",
                           "independence", "objectivity", "moral authority", "authority"})
# Occasions of speaking: "attacked X in a speech" is an attack in words.
SPEECH_OCCASIONS = frozenset({"speech", "address", "interview", "editorial", "article", "column", "sermon",
                              "broadcast", "op-ed", "letter"})  # not "rally": gunmen attack rallies
# Measures a government takes, attacked only in words: "attacked the embargo".
MEASURE_NOUNS = frozenset({"embargo", "sanction", "law", "bill", "policy", "reform", "plan", "budget",
                           "treaty", "agreement", "blockade", "ban", "tariff", "quota", "legislation"})
# "called on X to stop ...": what one asks to be stopped is wrong.
STOP_VERBS = frozenset({"stop", "end", "halt", "cease", "desist", "refrain", "abandon", "quit"})
# Called for, these end someone's deed: "called for an end to Israeli raids".
END_NOUNS = frozenset({"end", "halt", "stop", "cessation"})
# Told to leave office or to apologise, someone is judged at fault: "called on X to resign".
ATONE_VERBS = frozenset({"resign", "apologise", "apologize", "abdicate"})
# What one "opens fire on" in words only: a record, a policy, remarks.
FIGURATIVE_FIRE_TARGETS = frozenset({"record", "policy", "policies", "plan", "remark", "comment", "budget",
                                     "proposal", "stance", "position", "handling", "leadership", "decision"})
# Statements that someone's deed harms a common good criticise its owner:
# "Israel's construction of the fence threatens the peace process".
# Verbs that help a good, said with a negation: "does not contribute to peace" harms it.
HELP_VERBS = frozenset({"contribute", "help", "serve", "advance", "promote", "further", "aid"})
HARM_VERBS = frozenset({"threaten", "undermine", "harm", "damage", "jeopardize", "jeopardise", "endanger",
                        "hamper", "obstruct", "sabotage", "wreck", "derail", "torpedo", "poison"})
HARMED_GOODS = frozenset({"peace", "process", "stability", "security", "relation", "relations", "tie",
                          "ties", "effort", "efforts", "talks", "negotiation", "negotiations", "region",
                          "democracy", "dialogue", "reconciliation", "trust", "cooperation"})
# A noun and the verb it names, for finding who did what "the accusation" refers to
# ("X accused Y of spying. Y denied the accusation.").
NOMINALIZATIONS = {
    "accusation": "accuse", "allegation": "allege", "criticism": "criticize", "threat": "threaten",
    "warning": "warn", "proposal": "propose", "decision": "decide", "statement": "state",
    "invasion": "invade", "occupation": "occupy", "bombing": "bomb", "shelling": "shell",
    "killing": "kill", "arrest": "arrest", "expulsion": "expel", "demand": "demand", "claim": "claim",
    "charge": "charge", "remark": "remark", "attack": "attack", "raid": "raid", "ban": "ban",
    "detention": "detain", "seizure": "seize", "capture": "capture", "deportation": "deport",
    "imprisonment": "imprison", "execution": "execute", "abduction": "abduct", "kidnapping": "kidnap",
}
# What "questioned" or "doubted" puts in doubt about its owner: "questioned Seoul's sincerity".
DOUBTED_QUALITIES = frozenset({
    "sincerity", "motive", "commitment", "credibility", "legitimacy", "competence", "integrity",
    "honesty", "impartiality", "independence", "neutrality", "fairness", "judgment", "judgement",
    "good faith", "intention", "seriousness", "reliability",
})
DOUBT_VERBS = frozenset({"question", "doubt", "challenge"})

# People who speak for others: what they describe they did not do themselves.
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "reporter",
                          "correspondent", "journalist", "source", "aide", "official"})
