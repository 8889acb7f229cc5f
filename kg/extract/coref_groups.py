"""Groups: group noun phrases, and references to several named actors at once.

A plural group noun ("rights groups", "Chinese officials", "Nepali and Laotian officials")
becomes a Group actor when an event asks about it.

"The two prime ministers said ..." reports what each of two people said; an actor
"prime ministers" would lose them both. A definite plural that counts ("the two
presidents", "both leaders", "Finland's two largest banks", "the presidents of
both states", "the Swedish and Norwegian leaders": one per nationality) stands for the
actors of its kind named before it, when exactly that many fit: the people whose title
it names by its head ("ministers": a Secretary of State too; "leaders": presidents,
premiers, kings, not a Chief Secretary; "heads of state": no premiers), else
with people named without a title; for a company noun, the organisations that are no
known institution. More or fewer give nothing, and then a counted role ("the two
foreign ministers") is no actor at all: it names no one a reader could quote. "The
presidents", with no count, is the two who fit when two do, and otherwise the group it
always was; "the pair" and "the two" are the two people named last.

A plural pronoun that stands for a coordination: :mod:`kg.extract.coref_they`.

The key of such a reference is a members key (:func:`kg.extract.actor_keys.members_key`);
:func:`kg.extract.arguments.actors_in` expands it, so the event holds for each member.
"""

from __future__ import annotations

import weakref

from spacy.attrs import TAG

from kg.extract import coref_scope as scope
from kg.extract import gazetteer as gz
from kg.extract.actor_keys import members_key
from kg.extract.actor_lexicon import COLLECTIVE_NOUNS, GROUP_NOUNS, HONORIFICS, QUANTIFIERS, TITLE_HEADS
from kg.extract.arguments import nationality_of_conjunct
from kg.extract.coref_titles import DESCRIPTIVE, Profile, country_for, role_heads
from kg.extract.datelines import dateline_matches
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE, Actor

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_INDEFINITE_PLURALS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
NOBODY = ""  # a reference that stands for no one: no actor, and no group actor either
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
BARE = 0  # the count of "the presidents": the two who fit, when two do
PAIR_WORDS = frozenset({"pair", "two", "duo"})
PAIR_SENTENCES = 3  # how far back "the pair" looks for its two people
ANYONE_HEADS = frozenset({"man", "woman", "official"})  # "the two men": whatever their titles
PEOPLE_HEADS = ANYONE_HEADS | {"leader", "head"}  # plurals of people that are no title word
# The offices a plural role takes in: "the two foreign ministers" may be a Foreign Secretary and a
# minister; "the two heads of state" are no prime ministers.
OFFICES = {
    "minister": ("minister", "secretary"),
    "state": ("president", "king", "queen", "emir", "sultan", "monarch", "emperor"),
    "government": ("premier", "prime", "chancellor"),
}
COMPANY_HEADS = frozenset({
    "company", "firm", "corporation", "carrier", "airline", "bank", "giant", "maker", "manufacturer",
    "producer", "operator", "conglomerate", "automaker", "insurer", "retailer", "business",
})
NAMED_KINDS = frozenset({"name", "surname", "acronym", "title"})


# -- groups and bodies -------------------------------------------------------------
def is_group_head(token) -> bool:
    """A plural group noun ("activists") or a collective one ("the police")."""
    low = token.lower_
    if low in COLLECTIVE_NOUNS:  # not "a press conference", "media reports": a kind of thing
        return token.pos_ in ("NOUN", "PROPN") and not (low in ("media", "press") and token.dep_ == "compound")
    return low in GROUP_NOUNS and token.tag_ in ("NNS", "NNPS")


def _label_modifiers(token) -> list:
    """Left modifiers of a noun that belong in its label (quantifiers and numbers dropped)."""
    kept = []
    for child in token.lefts:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        for t in child.subtree:
            if t.i < token.i and t.lower_ not in QUANTIFIERS and not t.like_num and not t.is_punct:
                kept.append(t)
    first = token.head if token.dep_ == "conj" else None
    if first is not None and nationality_of_conjunct(first):  # "Nepali and Laotian officials"
        kept += [first, *(c for c in first.children if c.dep_ == "cc")]
    return sorted(kept, key=lambda t: t.i)


def _proper(token) -> bool:
    """Keep the case of names and nationalities, lower-case common words."""
    if token.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "LOC") or gz.demonym_country(token.text):
        return True
    return token.pos_ == "PROPN" and token.i != token.sent.start


def group(table, token) -> str:
    """Create (once) and return the Group actor headed by ``token``."""
    mods = _label_modifiers(token)
    words: list[str] = []
    for n, t in enumerate(mods):
        word = t.text if _proper(t) else t.lower_
        if n and mods[n - 1].i + 2 == t.i and t.doc[t.i - 1].text == "-":
            words[-1] += "-" + word  # "left-wing", "pro-democracy": one word, as written
        else:
            words.append(word)
    words.append(token.lower_)
    where = scope.country_phrase(table, token)
    if where is not None:  # "opposition parties in the United States" are not those of Spain
        words += [where[0].lower_, *(t.text for t in where[1:])]
    label = " ".join(words)
    affiliations = []
    for t in mods:
        key = None if nationality_of_conjunct(t) else table.key_of_token(t.i)  # its country, not a "place"
        if key:
            affiliations.append(table.actors[key].label)
        else:
            country = gz.demonym_country_at(t)
            if country:
                affiliations.append(country.name)
    key = table.add_actor(Actor(f"group/{gz.slug(label)}", label, GROUP, affiliations=tuple(affiliations)))
    start = mods[0].i if mods else token.i
    table.add_mention(key, start, token.i + 1, "group", "actors.group", head=token.i,
                      tokens=range(token.i, token.i + 1))
    return key


def government_officials(table, token) -> str | None:
    """ "senior Liberian government officials" -> Liberia: the state's government, as "the
    Liberian government" is (other officials stay a group: "Liberian health officials")."""
    if token.lower_ != "officials":
        return None
    mods = _label_modifiers(token)
    if not any(t.lower_ == "government" for t in mods):
        return None
    countries = {c.country for c in (gz.demonym_country_at(t) for t in mods) if c is not None}
    if len(countries) != 1:
        return None
    return country_for(table, countries.pop(), token, mods[0].i, token.i + 1)


def body(table, token) -> str | None:
    """ "the Belgian parliament" -> Organization "Belgian Parliament"."""
    for child in token.lefts:
        if child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        country = gz.demonym_country_at(child)
        if country is None:
            key = table.key_of_token(child.i)
            actor = table.actors.get(key) if key else None
            if actor and actor.type == PLACE and actor.geonames_id:
                country = gz.country(actor.label)
        if country:
            label = gz.body_label(token.lower_.capitalize(), country, child.text)
            key = table.add_actor(Actor(f"organization/{gz.slug(label)}", label, ORGANIZATION))
            table.add_alias(key, f"{child.text} {token.text}")
            table.add_mention(key, child.i, token.i + 1, "name", "actors.group", head=token.i)
            return key
    return None


# -- counted plurals -------------------------------------------------------------------
def counted_plural(table, token) -> str | None:
    """Members key of a counted definite plural; :data:`NOBODY` when its members are not
    clear; None when ``token`` heads no such plural."""
    if token.lower_ in PAIR_WORDS and token.tag_ in ("NN", "CD"):
        return _pair(table, token)
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    head = singular(token)
    if head in COMPANY_HEADS:
        kind = ORGANIZATION
    elif head in TITLE_HEADS or head in PEOPLE_HEADS:
        kind = PERSON
    else:
        return None
    count, nationalities = _count(table, token)
    if count is None:
        return None
    offices = OFFICES.get(head, (head,))
    if head == "head":  # "the two heads of state"
        offices = next((OFFICES[o.lower_] for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.lower_ in ("state", "government")), ("head",))
    unclear = None if count == BARE else NOBODY  # a bare plural unresolved stays a group
    count = count or 2
    before = _named_before(table, token)
    if kind == ORGANIZATION:
        fitting = [k for k in before if table.actors[k].type == ORGANIZATION
                   and gz.canonical_organization(table.actors[k].label) is None]
        return members_of(table, fitting) if len(fitting) == count else unclear
    words = [w for t in _modifiers(token, nationalities) for w in t.lower_.split("-")]
    countries = [scope.country_of_text(t.text) for t in nationalities]
    people = [k for k in before if table.actors[k].type == PERSON]
    titled = [k for k in people if _titled(table.actors[k])
              and (head in ANYONE_HEADS or _fits(table, k, offices, words))]
    untitled = [k for k in people if not _titled(table.actors[k])]
    if countries:
        by_country = [[k for k in titled + untitled if c in Profile(table, table.actors[k]).countries]
                      for c in countries]
        if None in countries or any(len(found) != 1 for found in by_country):
            return NOBODY
        return members_of(table, [found[0] for found in by_country])
    if len(titled) == count:  # those whose office it is; people named bare may fill in
        found = titled
    elif len(titled) + len(untitled) == count:
        found = [k for k in people if k in titled or k in untitled]
    else:
        return unclear
    return members_of(table, found) if _distinct(table, found) else unclear


def _distinct(table, keys: list[str]) -> bool:
    """No one of them is named inside another's title: "Prime Minister Tun Ali" and "Tun Ali
    Hassan", one man the model split in two, are no pair."""
    return not any(a != b and table.actors[a].label in " ".join(table.actors[b].titles)
                   for a in keys for b in keys)


def _pair(table, token) -> str | None:
    """'the pair', 'the two' standing alone: the two people named last before it, in its
    sentence and the few before (more than two in one sentence: unclear)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or token.dep_ == "nummod" or any(c.dep_ == "prep" for c in token.children):
        return None
    doc, end, people = token.doc, token.i, {}
    for _ in range(PAIR_SENTENCES):
        start = doc[end - 1].sent.start if end > 0 else 0
        for head, key in table.refs:
            if start <= head < end and table.actors[key].type == PERSON:
                people.setdefault(key, head)
        if len(people) >= 2 or start == 0:
            break
        end = start
    return members_of(table, sorted(people, key=people.get)) if len(people) == 2 else NOBODY


def singular(token) -> str:
    """The singular of a plural noun, capitalised ones too."""
    low = token.lemma_.lower()
    if low == token.lower_:  # a capitalised plural the lemmatizer left alone ("Ministers")
        low = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
    return low


def _count(table, token) -> tuple[int | None, list]:
    """How many a plural counts, and the nationality words that share it out."""
    children = list(token.children)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") or c.dep_ == "poss"
                   for c in children)
    nationalities = [c for c in children if c.dep_ in ("amod", "compound") and c.i < token.i
                     and gz.demonym_country_at(c) is not None]
    if nationalities and nationalities[0].conjuncts:
        nationalities = [nationalities[0], *nationalities[0].conjuncts]
    for c in children:
        if c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj", "nummod"):
            return 2, []
        if c.lower_ in COUNTS and c.dep_ == "nummod" and definite:
            return COUNTS[c.lower_], []
    if definite and len(nationalities) >= 2 and all(gz.demonym_country_at(n) for n in nationalities):
        return len(nationalities), nationalities  # "the Swedish and Norwegian leaders"
    for prep in children:  # "the prime ministers of both countries"
        if prep.dep_ == "prep" and prep.lower_ == "of" and definite and any(
                o.dep_ == "pobj" and any(d.lower_ == "both" for d in o.children) for o in prep.children):
            return 2, []
    if [(c.dep_, c.lower_) for c in children if c.i < token.i] == [("det", "the")] \
            and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.rights) \
            and not _introduced(table, token):
        return BARE, []  # "the presidents", with nothing of their own to tell which
    return None, []


def _introduced(table, token) -> bool:
    """A plural of the same noun before (not in the headline), not definite: it brought in
    another set ("Two firms sued X. The firms ...")."""
    first = _INDEFINITE_PLURALS.get(table)
    if first is None:  # where each noun first stands as an indefinite plural, found once
        doc, first = table.doc, {}
        start = doc[0].sent.end if len(doc) and "\n" in doc[0].sent.text_with_ws else 0
        plural_tags = {doc.vocab.strings.add("NNS"), doc.vocab.strings.add("NNPS")}
        tags = doc.to_array(TAG).tolist()  # the tags first: a Token is built only for a plural
        for t in (doc[i] for i in range(start, len(doc)) if tags[i] in plural_tags):
            if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children):
                first.setdefault(t.lemma_, t.i)
        _INDEFINITE_PLURALS[table] = first
    return first.get(token.lemma_, token.i) < token.i


def _modifiers(token, nationalities) -> list:
    """Words of the role ("prime", "foreign"), without counts, degrees and nationalities."""
    skip = {n.i for n in nationalities}
    return [t for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
            for t in c.subtree if t.i < token.i and t.i not in skip and not t.is_punct
            and t.tag_ not in ("JJS", "CD", "CC") and t.lower_ not in DESCRIPTIVE
            and gz.demonym_country_at(t) is None]


def _titled(actor) -> bool:
    return any(w.lower().strip(".") not in HONORIFICS for t in actor.titles for w in t.split())


def _fits(table, key: str, offices: tuple[str, ...], words: list[str]) -> bool:
    """Whether a titled person holds one of the offices: the title's own head names it ("Chief
    Secretary" is no leader) and the other words fit (:class:`Profile`)."""
    actor, profile = table.actors[key], None
    heads = {h for t in actor.titles for h in _title_heads(t)}
    for office in offices:
        if heads & role_heads(office):
            profile = profile or Profile(table, actor)
            if profile.fits(office, words, set()):
                return True
    return False


def _title_heads(title: str) -> set[str]:
    """The word a title is headed by: "secretary" in "Chief Secretary" and "Secretary of
    State"; "prime" too in "Prime Minister", a head of government."""
    words = [w.lower() for w in title.split(" of ")[0].replace(",", " ").split()]
    heads = [w for w in words if w in TITLE_HEADS and w.strip(".") not in HONORIFICS]
    return set(heads[-1:]) | ({"prime"} if "prime" in words else set())


def _named_before(table, token) -> list[str]:
    """Actors named before ``token``, in order of first mention (datelines excluded)."""
    datelines = [(line + m.start(), line + m.end()) for m, line in dateline_matches(table.text)]
    out: dict[str, None] = {}
    for head, key in table.refs:
        if head >= token.i:
            break
        if table.kind_of_token(head) in NAMED_KINDS and key in table.actors and \
                not any(s <= table.doc[head].idx < e for s, e in datelines):
            out.setdefault(key)
    return list(out)


def members_of(table, keys: list[str]) -> str | None:
    """The members key of several actors (created once), the key itself for one."""
    keys = list(dict.fromkeys(keys))
    if len(keys) < 2:
        return keys[0] if keys else None
    key = members_key(keys)
    if key not in table.actors:
        table.add_actor(Actor(key, " and ".join(table.actors[k].label for k in keys), GROUP))
    return key
