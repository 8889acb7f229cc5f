"""Descriptions that stand for a named actor: "the Iraqi president", "the government".

A definite description refers to a person of the document only when exactly
one named person fits it: the head must match one of the person's titles (or a
synonym: "chief" for a chairman), every other word must be one of the
person's title, affiliation or context words, and a nationality must be the
person's. Two fitting people, or none, give nothing: a wrong actor in the graph
costs more than a missing one. "the government", "the authorities" and "the
regime" stand for the country the story is about, when there is one.
"""

from __future__ import annotations

import re

from kg.extract import coref_scope as scope
from kg.extract import gazetteer as gz
from kg.extract.actor_keys import place_actor
from kg.extract.actor_lexicon import HONORIFICS, TITLE_HEADS
from kg.extract.lexicon import ACCUSE_VERBS
from kg.extract.title_spellings import TOP_DIPLOMAT, description_head, foreign_office, hyphenated_title
from kg.model import PERSON, PLACE, Actor

# Words that change which office is meant: "the foreign minister" is not the
# "Vice Foreign Minister".
RANK_WORDS = frozenset({"vice", "deputy", "assistant", "acting", "former", "junior", "under",
                        "associate", "co", "interim", "ex", "first", "second", "third",
                        "prime",  # "the minister" is no prime minister
                        "then",  # "the then president" held the office once: not "the president"
                        "opposition"})  # "the Belarussian leader" is not its opposition leader
# Heads that name the same role.
SYNONYMS = (
    frozenset("chief head leader chairman chairwoman chair chairperson boss".split()),
    frozenset("spokesman spokeswoman spokesperson".split()),
    frozenset("envoy ambassador diplomat".split()),
    frozenset("premier prime-minister".split()),
    frozenset("monarch king queen sovereign".split()),
    frozenset("pope pontiff".split()),
)
# Offices a "leader" may hold.
LEADING_TITLES = frozenset("president premier prime chancellor king queen emir sultan monarch".split())
# Words that describe rather than name the office; a fitting person need not carry them.
DESCRIPTIVE = frozenset(
    """
    visiting new newly incoming outgoing current sitting embattled veteran top senior
    powerful influential popular controversial beleaguered elected longtime long-time
    hardline moderate reformist ailing leading main
    conservative liberal leftist rightist left-wing right-wing socialist nationalist populist centrist
    charismatic firebrand maverick
    """.split()
)
# Heads of a description of someone running against those in office: "the opposition
# candidate" is no office holder, so it fits the one party man of the story without one.
CHALLENGER_HEADS = frozenset("candidate challenger contender".split())
OPPOSITION = "opposition"
STOP = frozenset("the a an of 's ' - and".split())
BARE_GOVERNMENT = frozenset("government authorities regime".split())
POSSESSIVE = re.compile(r"['’]s?$")  # "Iran's President": the country is Iran
# "officials in Moscow", "authorities in Kyiv": a state's officials, placed only by where they are
PLACED_OFFICIALS = frozenset({"officials", "authorities"})
PLACE_PREPS = frozenset({"of", "in"})
CHARGING_VERBS = ACCUSE_VERBS | {"charge", "suspect"}  # "accused the government of fraud"


def role_heads(word: str) -> frozenset[str]:
    """The title words that name the role ``word`` names ("chief": "head", "chairman", ...)."""
    found = frozenset({word})
    for group in SYNONYMS:
        if word in group:
            found = group
            break
    if word == "leader":  # "the Kenyan leader": whoever heads the state, government or party
        found = found | LEADING_TITLES
    return found


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", text.lower()) if w not in STOP]


def _countries(texts) -> set[str]:
    """Countries named by any one or two consecutive words of the texts."""
    out: set[str] = set()
    for text in texts:
        words = [POSSESSIVE.sub("", w) for w in text.split()]
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                iso = scope.country_of_text(" ".join(words[i:i + n]))
                if iso:
                    out.add(iso)
    return out


class Profile:
    """What the document says about one person: title words, other words, countries."""

    def __init__(self, table, actor: Actor):
        self.key = actor.key
        self.titles = [_words(t) for t in actor.titles]
        self.offices = [_words(f"{a} {t}") for t in actor.titles for a in actor.affiliations] + self.titles
        context: list = []
        for m in table.mentions:
            if m.actor == actor.key and m.kind in ("name", "surname"):
                span = table.doc.char_span(m.provenance.start, m.provenance.end, alignment_mode="expand")
                if span is not None:
                    context.extend(_context_tokens(span.root))
                    title = _appositive_title(span.root)
                    if title:
                        self.titles.append(_words(" ".join(t.text for t in title)))
        others = {table.key_of_token(t.i) for t in context} - {None, actor.key}
        # "X of party A and Y of party B", misparsed: a context naming another person is not his
        self.crowded = any(table.actors[k].type == PERSON for k in others if k in table.actors)
        texts = list(actor.titles) + list(actor.affiliations) + [t.text for t in context]
        self.words = {w for text in texts for w in _words(text)}
        self.countries = _countries(list(actor.titles) + list(actor.affiliations))
        self.countries.update(scope.countries_in(table, context))

    def fits(self, head: str, words: list[str], countries: set[str]) -> bool:
        if head == TOP_DIPLOMAT:
            return any(foreign_office(office) for office in self.offices) and countries <= self.countries
        if head in CHALLENGER_HEADS:
            if OPPOSITION not in words or not self._challenger():
                return False
            words = [w for w in words if w != OPPOSITION]
        elif not any(self._title_fits(title, head, words) for title in self.titles):
            return False
        if any(w not in self.words for w in words if w not in DESCRIPTIVE):
            return False
        return countries <= self.countries

    def _challenger(self) -> bool:
        """Named with a party ("X of the People's Party") and holding no office."""
        return not self.crowded and "party" in self.words and all(w in HONORIFICS for title in self.titles for w in title)

    @staticmethod
    def _title_fits(title: list[str], head: str, words: list[str]) -> bool:
        heads = role_heads(head)
        for i, w in enumerate(title):
            joined = i > 0 and f"{title[i - 1]}-{w}" in heads  # "Prime Minister" is a "premier"
            if w in heads or joined:
                # a rank word of the title must be in the description too
                return all(r in words for r in title[:i - 1 if joined else i] if r in RANK_WORDS)
        return False


def _appositive_title(root) -> list:
    """The title a name stands in apposition to, "The President of Chile, X, said": its words
    (the parser often hangs the name on the title's last word, "Chile")."""
    if root.dep_ != "appos":
        return []
    head = root.head
    while head.lower_ not in TITLE_HEADS and head.dep_ in ("pobj", "prep", "conj", "cc") and head.head.i != head.i:
        head = head.head
    if head.i >= root.i or head.lower_ not in TITLE_HEADS:
        return []
    return [t for t in head.subtree if not t.is_punct and t.i < root.left_edge.i and t.dep_ != "det"]


def _context_tokens(root) -> list:
    """Tokens that describe a name in place: "Martin Lee of Hong Kong", "X, an Iraqi ...,",
    "The President of Chile, X, said"."""
    out = _appositive_title(root)
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            out.extend(child.subtree)
        elif child.dep_ == "appos":
            out.extend(t for t in child.subtree if not t.is_punct)
    return out


# "His Majesty", "Her Royal Highness": the one royal of the document.
ROYAL_TITLES = frozenset("king queen emir sultan prince princess monarch sheikh emperor empress".split())


def style_of_address(table, token) -> str | None:
    """ "His Majesty affirmed ...": the one person of the document with a royal title."""
    if token.lower_ not in ("majesty", "highness") or not any(c.lower_ in ("his", "her") for c in token.lefts):
        return None
    royals = [a.key for a in table.persons()
              if any(w in ROYAL_TITLES for t in a.titles for w in _words(t))]
    if len(royals) != 1:
        return None
    start = min([t.i for t in token.lefts] + [token.i])
    return _record(table, token, royals[0], start)


def counterpart(table, token) -> str | None:
    """ "Shevardnadze meets his Russian counterpart": the one person of that country the
    document names (a counterpart is a peer of another nation, named or not)."""
    if token.lower_ not in ("counterpart", "counterparts") or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
        return None
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    named_after_comma = following is not None and following.text == "," and any(
        t.pos_ == "PROPN" for t in doc[token.i + 2: token.i + 5])  # ", Foreign Minister X,": named
    if any(c.dep_ == "appos" for c in token.children) or (following is not None and following.pos_ == "PROPN") \
            or token.dep_ == "compound" or named_after_comma:
        return None  # "his Indian counterpart Jaswant Singh": named right there
    countries = set(scope.countries_in(table, _left_modifiers(token)))
    if len(countries) != 1:
        return None
    fitting = [a.key for a in table.persons() if countries <= Profile(table, a).countries]
    if len(fitting) != 1:
        return None
    return _record(table, token, fitting[0], min(t.i for t in _left_modifiers(token)))


def description(table, token) -> str | None:
    """ "the Hong Kong Democratic party chief" -> the one person of the document it fits."""
    owner = _country_owner(table, token)
    if owner is None and not any(c.lower_ == "the" for c in token.lefts) and not _bare_national(token):
        return None
    named = _named_in_phrase(table, token)
    if named:  # "India's envoy in Colombo Nirupam Sen": left to the name, as before
        return _record(table, token, named, token.i) if owner is None else None
    mods = (owner or []) + _left_modifiers(token) + _of_phrase(token)
    if hyphenated_title(token):  # "Secretary" and "-" of "Secretary-General" are the title itself
        mods = [t for t in mods if t.i not in (token.i - 1, token.i - 2)]
    countries = set(scope.countries_in(table, mods))
    place_tokens = {t.i for t in mods if _is_place_word(table, t)}
    words = [w for t in mods if t.i not in place_tokens and not t.like_num
             for w in _words(t.text) if not re.search(r"\d", w)]
    head, words = description_head(token, words)
    visiting = "visiting" in words
    home = scope.document_country(table) if visiting else None
    fitting, unplaced = [], []
    body = table.headline_end()
    others = _co_arguments(table, token)
    for actor in table.persons():
        if not _named_in_body(table, actor.key, body) or actor.key in others:
            continue  # a "person" only the headline's capitals made ("President Slams Tax") is no one
        profile = Profile(table, actor)
        if profile.fits(head, words, countries) and not (home and home in profile.countries):
            fitting.append(actor.key)
        elif countries and not profile.countries and profile.fits(head, words, set()):
            unplaced.append(actor.key)
    if not fitting and len(countries) == 1 and token.dep_ not in PREDICATE_DEPS:
        fitting = _placed_by_context(table, token, unplaced, countries)
    if len(fitting) > 1:  # "the leader" after one fitting person and before another: the one named before
        before = {key for i, key in table._token_actor.items()
                  if i < token.i and table.doc[i].idx >= body}
        fitting = [key for key in fitting if key in before]
    if len(fitting) != 1:
        return None
    start = min([t.i for t in (owner or []) + _left_modifiers(token)] + [token.i])
    return _record(table, token, fitting[0], start)


PREDICATE_DEPS = frozenset({"attr", "appos", "oprd"})  # "X is the first Chilean minister to ...": X


# Where a name is someone taking part, not a word of a modifier ("an anti-X rally").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "attr", "agent"})


def _co_arguments(table, token) -> set[str]:
    """People named elsewhere in the description's own clause, who are someone else: "The
    minister met the Danish minister, X" -- unless in apposition or predicate to it."""
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if token.dep_ in PREDICATE_DEPS or clause.pos_ not in ("VERB", "AUX"):
        return set()
    ancestors = {a.i for a in token.ancestors}
    return {table.key_of_token(t.i) for t in clause.subtree
            if table.kind_of_token(t.i) in ("name", "surname") and t.dep_ in ARGUMENT_DEPS
            and t.i not in ancestors and not token.left_edge.i <= t.i <= token.right_edge.i}


def _named_in_body(table, key: str, body: int) -> bool:
    """Named in full after the headline (a surname alone may be a word the headline's name took)."""
    return any(m.actor == key and m.kind == "name" and m.provenance.start >= body for m in table.mentions)


def _placed_by_context(table, token, keys: list[str], countries: set[str]) -> list[str]:
    """People of unknown nationality whom "Ruritania's president" may name: those not named in
    the description's own clause ("Ruritania's president criticized President X": not X), first
    named after it (the lead's "Ruritania's president said ..." introduces "President Y" below),
    in a sentence that speaks of that country outside anyone's title."""
    doc = token.doc
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    own = {table.key_of_token(t.i) for t in clause.subtree}
    out, body = [], table.headline_end()
    for key in keys:
        if key in own or any(m.actor == key and m.kind in ("name", "surname") and body <= m.provenance.start
                             < token.idx for m in table.mentions):
            continue  # named before without a country: the description may well be someone else
        for m in table.mentions:
            if m.actor != key or m.kind not in ("name", "surname") or m.provenance.start < body:
                continue
            span = doc.char_span(m.provenance.start, m.provenance.end, alignment_mode="expand")
            if span is None:
                continue
            # the country in a word of its own, not in someone's title ("Japanese Premier X met Y")
            free = [t for t in span.sent if table.key_of_token(t.i) is None
                    or getattr(table.actors.get(table.key_of_token(t.i)), "type", None) == PLACE]
            if countries <= set(scope.countries_in(table, free)):
                out.append(key)
                break
    return out


def _bare_national(token) -> bool:
    """'Tajik president called on ...': a singular title after a nationality, with no article at
    all (translated wire style), is as definite as "the Tajik president"."""
    lefts = list(token.lefts)
    return token.tag_ == "NN" and bool(lefts) and not any(c.dep_ == "det" for c in lefts) \
        and gz.demonym_country(lefts[0].text) is not None and lefts[0].i == token.i - len(lefts)


def _country_owner(table, token) -> list | None:
    """The tokens of a country possessor ("Nigeria's" in "Nigeria's prime minister"), which
    makes the description as definite as "the Nigerian prime minister"."""
    for child in token.lefts:
        if child.dep_ != "poss":
            continue
        tokens = [t for t in child.subtree if t.dep_ != "case" and not t.is_punct
                  and t.i >= token.sent.start]  # not a headline the parser hung on it
        key = table.key_of_token(child.i)
        if key is not None and scope.country_of_actor(table.actors.get(key)) and \
                gz.country(table.actors[key].label) or key is None and gz.country(child.text):
            return tokens
    return None


def _record(table, token, key: str, start: int) -> str:
    table.add_mention(key, start, token.i + 1, "title", "actors.title", head=token.i,
                      tokens=range(token.i, token.i + 1))
    return key


def _left_modifiers(token) -> list:
    out = []
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod"):
            out.extend(t for t in child.subtree if t.i < token.i and not t.is_punct)
    return sorted(out, key=lambda t: t.i)


def _of_phrase(token) -> list:
    """The words of an "of" complement: "the President of the Republic of Korea" -- but not
    the charge in "accused the diplomat of meddling", which says nothing of who he is."""
    if token.head.lemma_.lower() in CHARGING_VERBS and token.dep_ in ("dobj", "nsubjpass"):
        return []
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return [t for t in child.subtree if t.i != child.i and not t.is_punct]
    return []


def _is_place_word(table, t) -> bool:
    key = table.key_of_token(t.i)
    if key and scope.country_of_actor(table.actors.get(key)):
        return True
    return bool(t.text[:1].isupper() and scope.country_of_text(t.text))


def _named_in_phrase(table, token) -> str | None:
    """A person named inside the title's own phrase ("the President ... Mr. Roh") is the referent."""
    for t in token.subtree:
        if t.i <= token.i:
            continue
        key = table.key_of_token(t.i)
        actor = table.actors.get(key) if key else None
        if actor is None or actor.type != PERSON or table.kind_of_token(t.i) not in ("name", "surname"):
            continue
        path, node = [], t
        while node.i != token.i and node.head.i != node.i:
            path.append(node.dep_)
            node = node.head
        if all(d in ("appos", "compound", "prep", "pobj", "flat") for d in path):
            return key
    return None


# -- the government ---------------------------------------------------------------
def government(table, token) -> str | None:
    """ "the government" -> the story's country; "the government of Zambia" -> Zambia."""
    officials = token.lower_ in PLACED_OFFICIALS
    if (token.lower_ not in BARE_GOVERNMENT and not officials) or token.dep_ == "compound":
        return None
    lefts = [c for c in token.lefts if not c.is_punct]
    if [c.lower_ for c in lefts] != ["the"] and not (officials and not lefts):
        return None
    iso = None
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            found = scope.countries_in(table, [t for t in child.subtree if t.i != child.i])
            if not found and child.lower_ == "of" and token.head.lemma_.lower() in CHARGING_VERBS:
                continue  # "accused the government of fraud": the charge, hung on the noun
            if len(set(found)) != 1:
                return None
            iso = found[0]
        elif child.dep_ in ("amod", "compound", "prep", "acl"):
            return None  # "the government official", "the authorities concerned": not bare
    iso = iso or (None if officials else scope.document_country(table))
    if iso is None:
        return None
    end = max([token.i] + [t.i for t in token.subtree if t.i > token.i and not t.is_punct])
    return country_for(table, iso, token, (lefts or [token])[0].i, end + 1)


def country_for(table, iso: str, head, start: int, end: int) -> str:
    """Record tokens [start, end) headed by ``head`` as standing for a country ("the
    government", "officials in Moscow", "Liberian government officials")."""
    key = table.add_actor(place_actor(gz.country_by_iso(iso), iso))
    table.add_mention(key, start, end, "metonymy", "actors.coref", head=head.i, tokens=range(head.i, head.i + 1))
    return key
