"""Word lists by meaning for criticism: verbs, nouns and idioms of disapproval, judgements,
wrongs, demands and protests. Re-exported by :mod:`kg.extract.lexicon`, through which the
rules read them.
"""

from __future__ import annotations

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
                     ("come", "down", "on"), ("turn", None, "on")}  # "came down hard on X", "turned on X"
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
    "be",  # "is under fire from X"
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
# Deeds named by what they were done to: a name compounded on them is the undergoer ("the Gaza
# blockade", "the Khashoggi killing"), not the doer.
UNDERGONE_DEEDS = frozenset({
    "annexation", "occupation", "invasion", "blockade", "siege", "partition", "arrest", "detention",
    "execution", "killing", "murder", "abduction", "kidnapping", "deportation", "imprisonment", "expulsion",
    "assassination", "jailing", "extradition", "sentencing", "trial", "conviction", "eviction", "demolition",
})
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
    "marine", "marines", "guard", "guards", "gendarme", "gendarmes", "coastguard", "coastguards",
})
# "reacted angrily to X": a reaction in this manner criticises X's owner.
ANGRY_MANNERS = frozenset({"angrily", "furiously", "sharply", "indignantly", "bitterly", "harshly",
                           "testily", "scathingly", "acidly"})
ANGRY_RESPONSES = frozenset({"angry", "furious", "sharp", "indignant", "bitter", "harsh", "scathing", "testy",
                             "stinging", "blistering", "strongly-worded"})  # "in a furious response to X"
# Adjectives of displeasure: "was critical of X", "unhappy with X's decision".
DISPLEASED_ADJECTIVES = frozenset({
    "critical", "unsatisfied", "dissatisfied", "unhappy", "displeased", "angry", "furious",
    "outraged", "incensed", "indignant", "disappointed", "dismayed", "appalled", "annoyed",
    "irritated", "upset", "troubled", "alarmed", "scathing", "cynical", "vexed", "offended", "exasperated",
    "disgusted", "irked", "insulted", "affronted",
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
                           "exasperation", "resentment", "unhappiness", "protest", "condemnation",
                           "denunciation", "rejection", "censure"})
# An attempt to do one of these is a wrong of whoever makes it: "the arrests were an attempt to
# silence critics", "a ploy to divert attention".
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort", "ploy", "move", "tactic", "plot", "scheme", "ruse",
                           "manoeuvre", "maneuver", "gambit", "campaign"})
SUPPRESS_VERBS = frozenset({"silence", "muzzle", "gag", "intimidate", "suppress", "crush", "stifle", "cow",
                            "terrorize", "terrorise", "harass", "persecute", "divert", "distract", "deceive",
                            "mislead", "cover", "whitewash", "blackmail", "bully", "destabilize", "destabilise",
                            "sabotage", "undermine", "subvert", "sideline", "discredit", "smear", "punish"})
# Of these, the "of" phrase is what is judged ("disapproval of X"), not whose the feeling is.
JUDGING_CONCERNS = frozenset({"disapproval", "condemnation", "denunciation", "rejection", "censure"})
EXPRESS_VERBS = frozenset({"express", "voice", "raise", "register", "reiterate", "repeat", "restate", "reaffirm",
                           "convey", "air"})
# Stances one "takes" to something: "took strong objection to X's visit", "took exception to".
TAKEN_STANCES = frozenset({"objection", "exception"})
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
# Verbs that criticise only when their object is someone's position, words or pressure
# ("rejected India's demand", "dismissed the charges"): rejecting an offer of aid is not.
REJECT_VERBS = frozenset({
    "reject", "rebuff", "dismiss", "spurn", "deride", "ridicule", "scorn", "repudiate",
    "refute", "disparage", "mock", "belittle", "protest", "dispute", "brush", "shrug", "deny",
    "rubbish",
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
    # what someone asks or puts forward: "rejected a request from X", "rejected her proposal" (not a
    # favour offered, nor an appeal a court turns down)
    "request", "proposal", "plan", "initiative", "idea", "declaration", "package",
})
# Verbs that put a judgement on their object: "called the remarks baseless".
JUDGE_VERBS = frozenset({"call", "describe", "term", "brand", "label", "dub", "dismiss", "denounce", "identify",
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
    # outrage and folly
    "barbarity", "barbarism", "barbaric", "barbarous", "atrocity", "abomination", "outrage", "scandal",
    "scandalous", "madness", "insanity", "lunacy", "folly", "stupidity", "stupid", "foolish", "senseless",
    "shameless", "despicable", "heinous", "vicious", "sinister", "nefarious", "deceitful", "treacherous",
    "duplicitous", "belligerent", "bellicose", "hegemonic", "imperialist", "expansionist", "aggressor",
    "mockery", "absurdity", "hysterical", "hysteria", "appalling", "disgusting", "abhorrent", "reprehensible",
    "arbitrary", "draconian", "oppressive", "authoritarian", "incorrect", "high-handed",
    "separatist", "splittist", "extremist", "drunkard", "drunk", "madman", "lunatic", "moron", "imbecile", "psychopath", "sociopath", "killer",
    "donkey", "idiot", "moron", "fool", "madman", "pig", "snake", "rat", "vulture", "parasite",
    "scandal", "scandalous", "piracy", "banditry", "mouthpiece", "revenge", "vendetta", "witch-hunt",
    "opportunistic", "vicious", "pitiful", "pathetic", "laughable", "lamentable", "deplorable",
    "falsity", "falsehood", "manipulation", "deception", "deceit",
    # dismissive labels of a deed or its doer: "a ploy", "a publicity stunt", "condemnable"
    "ploy", "stunt", "gimmick", "smokescreen", "ruse", "charade", "pretext", "elitist", "condemnable",
    "reprehensible", "aberration",
    # ruinous, and the worst of crimes: "the expulsions were destructive", "characterized X as a massacre"
    "destructive", "harmful", "damaging", "disastrous", "catastrophic", "massacre", "genocide", "slaughter",
    "carnage",
    # bullies and thugs: "is behaving like a bully"
    "bully", "thug", "gangster", "troublemaker", "trouble-maker", "hooligan",
})
# Schemes, labels only when belittled: "merely a tactic", "just a ploy", "a cheap attempt to ...".
SCHEME_NOUNS = frozenset({"tactic", "manoeuvre", "maneuver", "move", "attempt", "bid", "trick", "excuse",
                          "game", "exercise", "posturing"})  # not "gesture" ("just a gesture of goodwill")
BELITTLING_ADVERBS = frozenset({"merely", "just", "simply", "purely", "nothing", "little"})
BELITTLING_ADJECTIVES = frozenset({"cheap", "cynical", "blatant", "crude", "shameless", "petty", "clumsy"})
# Idioms of a judgement, as (modifier, noun lemma): "sour grapes".
JUDGING_IDIOMS = frozenset({("sour", "grape")})
# "was angered by X's decision": the displeasing deed's owner is criticised.
DISPLEASING_VERBS = frozenset({"trouble", "alarm", "anger", "upset", "dismay", "disappoint", "outrage",
                               "annoy", "irritate", "appal", "appall", "incense", "infuriate", "anger",
                               "vex", "offend", "exasperate", "disgust", "irk", "rile", "insult", "affront"})
# Reporting that someone did one of these accuses them: "said Ukraine had stolen gas".
CRIME_VERBS = frozenset({"steal", "loot", "torture", "murder", "rig", "violate", "massacre", "kidnap",
                         "abduct", "plunder", "persecute", "harass", "intimidate", "bribe", "embezzle",
                         "smuggle", "sabotage", "falsify", "defraud", "cheat", "lie", "terrorize",
                         "terrorise", "oppress", "slaughter", "deceive", "mislead", "betray", "extort",
                         "blackmail", "stifle", "suppress", "muzzle", "gag", "repress", "bully", "silence",
                         "collude", "conspire", "evade", "under-declare", "underdeclare", "misappropriate"})
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
# What someone suffers rather than does: "an end to Iran's isolation" blames no one of Iran.
SUFFERED_STATES = frozenset({"isolation", "suffering", "plight", "poverty", "hunger", "misery", "hardship",
                             "exile", "ordeal", "displacement", "marginalisation", "marginalization",
                             "humiliation", "starvation"})
# Deeds whose possessor is the one they are done to ("Mandela's imprisonment", "Gaza's blockade"),
# while a nationality adjective names the doer ("the Israeli blockade").
SUFFERED_WHEN_POSSESSED = frozenset({"detention", "imprisonment", "captivity", "persecution", "oppression",
                                     "blockade", "siege", "arrest", "killing", "murder", "expulsion"})
# Told to leave office or to apologise, someone is judged at fault: "called on X to resign".
ATONE_VERBS = frozenset({"resign", "apologise", "apologize", "abdicate"})
# What one "opens fire on" in words only: a record, a policy, remarks.
FIGURATIVE_FIRE_TARGETS = frozenset({"record", "policy", "policies", "plan", "remark", "comment", "budget",
                                     "proposal", "stance", "position", "handling", "leadership", "decision"})
# Who fires guns, not words: "came under fire from gunmen" is shooting.
ARMED_NOUNS = frozenset({"gunman", "gunmen", "rebel", "insurgent", "militant", "militia", "militiaman", "troop",
                         "force", "soldier", "fighter", "army", "sniper", "guerrilla", "police", "policeman",
                         "artillery", "tank", "helicopter", "ship", "plane", "aircraft", "jet", "warship",
                         "position", "side", "attacker", "assailant", "terrorist", "pirate", "unit", "battery"})
# Statements that someone's deed harms a common good criticise its owner:
# "Israel's construction of the fence threatens the peace process".
# Verbs that help a good, said with a negation: "does not contribute to peace" harms it.
HELP_VERBS = frozenset({"contribute", "help", "serve", "advance", "promote", "further", "aid"})
HARM_VERBS = frozenset({"threaten", "undermine", "harm", "damage", "jeopardize", "jeopardise", "endanger",
                        "hamper", "obstruct", "sabotage", "wreck", "derail", "torpedo", "poison", "hurt",
                        "violate", "infringe", "breach", "trample", "erode", "weaken", "destabilize",
                        "destabilise", "tarnish", "sully"})
HARMED_GOODS = frozenset({"peace", "process", "stability", "security", "relation", "relations", "tie",
                          "ties", "effort", "efforts", "talks", "negotiation", "negotiations", "region",
                          "democracy", "dialogue", "reconciliation", "trust", "cooperation",
                          # what a state or people holds: "hurt the feelings of the X people"
                          "feeling", "feelings", "sovereignty", "interest", "interests", "dignity", "unity",
                          "integrity", "independence", "reputation", "image",
                          # what binds it: "violated the ceasefire"
                          "law", "agreement", "ceasefire", "truce", "accord", "resolution", "charter",
                          "treaty", "norm", "norms", "principle", "principles", "right", "rights"})
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
# ---- negative evaluation by sense: what a statement says of someone to judge them ----------
# Faults of character or conduct, owned by whoever shows them: "the arrogance of X", "X's duplicity".
NEGATIVE_TRAITS = frozenset({
    # arrogance and contempt
    "arrogance", "hubris", "haughtiness", "condescension", "contempt", "disdain", "disregard", "insolence",
    # deceit
    "hypocrisy", "duplicity", "deceit", "deception", "dishonesty", "mendacity", "cynicism", "bad faith",
    "double standard", "double standards", "doublespeak", "double-dealing", "treachery", "perfidy",
    # hostility and intolerance
    "belligerence", "aggressiveness", "hostility", "intolerance", "chauvinism", "bigotry", "racism",
    "xenophobia", "hatred", "vindictiveness", "warmongering", "brinkmanship", "provocations",
    # domination
    "hegemony", "hegemonism", "imperialism", "colonialism", "unilateralism", "expansionism", "militarism",
    "adventurism", "bullying", "authoritarianism", "despotism", "tyranny", "high-handedness", "diktat",
    # incompetence and neglect
    "incompetence", "ineptitude", "ineptness", "negligence", "mismanagement", "irresponsibility",
    "recklessness", "complacency", "indifference", "callousness", "inaction", "intransigence",
    # wrongs of the powerful
    "lawlessness", "brutality", "cruelty", "greed", "cowardice", "impunity", "nepotism", "cronyism",
})
# Verbs by which words or deeds show a fault: "the remarks show the arrogance of X".
SHOW_VERBS = frozenset({"show", "reveal", "display", "demonstrate", "prove", "underscore", "underline", "expose",
                        "betray", "reflect", "illustrate", "confirm", "highlight", "evidence", "epitomize",
                        "epitomise", "exemplify", "smack", "reek"})
# Means judged excessive or wrongful: "used excessive force", "with disproportionate violence".
EXCESS_ADJECTIVES = frozenset({"excessive", "unnecessary", "disproportionate", "indiscriminate", "undue",
                               "brutal", "unlawful", "illegal", "arbitrary", "heavy-handed", "unjustified",
                               "unwarranted", "needless", "gratuitous", "savage", "ruthless", "illegitimate"})
MEANS_NOUNS = frozenset({"force", "violence", "power", "tactic", "method", "means", "measure", "pressure",
                         "coercion", "repression", "weapon", "gas", "fire", "detention", "arrest", "raid"})
USE_VERBS = frozenset({"use", "employ", "apply", "resort", "exert", "deploy", "wield", "unleash", "exercise"})
# Deceit: saying a report or a person does these judges whose it is ("the report distorts the facts").
DECEIT_VERBS = frozenset({"distort", "fabricate", "twist", "misrepresent", "doctor", "concoct", "forge",
                          "fake", "whitewash", "exaggerate", "misinform", "manipulate", "obfuscate"})
# Verbs that do the wrong their object names: "commits crimes", "sponsors terrorism", "spreads lies".
WRONG_DONE_VERBS = frozenset({"commit", "perpetrate", "spread", "sponsor", "finance", "fund", "harbour", "harbor",
                              "export", "practise", "practice"})
DONE_WRONGS = frozenset({"terrorism", "lie", "lies", "propaganda", "falsehood", "disinformation", "hatred",
                         "extremism", "aggression", "violence", "war crime", "crimes"})
# Domination: to impose one's will on others ("were able to dictate their terms to the rest").
DOMINATE_VERBS = frozenset({"dictate", "coerce", "hijack", "usurp", "strong-arm", "browbeat", "subjugate",
                            "meddle"})
# Wrongs a state does to those in its land: "violations of human rights in X" are X's.
STATE_WRONGS = frozenset({"repression", "persecution", "oppression", "crackdown", "torture",
                          "violation", "abuse"})
# What only a state does to people in its land: "the arrest of activists in X" is X's doing.
STATE_ACTS = frozenset({"repression", "persecution", "oppression", "crackdown", "arrest", "detention",
                        "imprisonment", "jailing", "incarceration", "censorship", "deportation", "sentencing"})
