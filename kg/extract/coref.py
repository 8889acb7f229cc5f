"""What a token refers to when it is not a name: pronouns, groups, bodies, bare titles.

Pronouns resolve backwards to the most recent compatible actor, preferring the
subject of the same sentence, then the subject of the nearest preceding
sentence (three at most): "Bachelet said ... She added" -> Bachelet. Outside
quotes, a pronoun passes over what is quoted, over people named later in its
own clause, and over a reporter of someone else's deeds; the source of
"according to X" counts as a subject. "they" looks for groups and
organisations, "its" for organisations and countries. Descriptions ("the
Iraqi president", "the government") live in :mod:`kg.extract.coref_titles`;
group noun phrases ("rights groups", "Chinese officials"), which become Group
actors only when asked about, and references to several named actors ("the two
prime ministers", a "they" after "A and B") in :mod:`kg.extract.coref_groups`.
"""

from __future__ import annotations

import re
import weakref

from kg.extract import coref_bodies as bodies
from kg.extract import coref_groups as groups
from kg.extract import coref_scope as scope
from kg.extract import coref_they
from kg.extract.coref_speech import (
    REPORTER_TITLES,
    SPEECH_LEMMAS,
    SPOKESMAN_TITLES,
    SUBJECT_DEPS,
    VOICING_LEMMAS,
    is_subject as _subject,
    last_speaker as _last_speaker,
    reported as _reported,
)
from kg.extract import coref_titles as titles
from kg.extract import lexicon as lx
from kg.extract import title_spellings as spellings
from kg.extract.actor_keys import member_keys
from kg.extract.actor_lexicon import (
    STYLES_OF_ADDRESS,
    ORG_DESCRIPTIONS,
    GOVERNMENT_NOUNS,
    BODY_NOUNS,
    FEMALE_NAMES,
    FEMALE_PRONOUNS,
    MALE_NAMES,
    MALE_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLE_HEADS,
)
from kg.extract.quotes import QuoteIndex, find_quotes
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE, Actor

OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj"})
WINDOW_SENTENCES = 3
# A guest is greeted or received by a host; a traveller arrives, flies or visits.
RECEIVING_LEMMAS = frozenset("greet welcome receive host escort".split())
ARRIVING_LEMMAS = frozenset("arrive fly travel land visit".split())
WRITTEN_NOUNS = lx.DOCUMENT_NOUNS | {"book", "page", "article", "text", "passage", "chapter", "website", "editorial"}
FEMALE_WORDS = re.compile(r"\b(she|her|ms|mrs|madam|queen|princess|woman|spokeswoman|chairwoman|congresswoman|duchess|dame"
                          r"|daughter|wife|mother|sister|widow)\b", re.I)
MALE_WORDS = re.compile(r"\b(he|his|mr|king|prince|man|spokesman|chairman|congressman|duke|sir|lord"
                        r"|son|husband|father|brother|widower)\b", re.I)


def infer(table, token) -> str | None:
    """Key for a token that no named mention covers, creating the actor if needed."""
    low = spellings.hyphenated_title(token) or token.lower_
    if low in ("who", "whom", "which") and token.head.dep_ == "relcl" and token.head.head.i != token.i:
        return table.actor_for_token(token.head.head)  # "Bachelet, who visited ..."
    if token.pos_ == "PRON" or low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in ("its", "itself"):
        return pronoun(table, token)
    if low in STYLES_OF_ADDRESS:
        return titles.style_of_address(table, token)
    if low == "counterpart" and token.i not in table.entity_tokens:
        key = titles.counterpart(table, token)
        if key:
            return key
    members = groups.counted_plural(table, token)  # "the two ministers": each, or no one
    if members is not None:
        return members or None
    if token.i in table.entity_tokens:
        return None
    if low in titles.BARE_GOVERNMENT or low in titles.PLACED_OFFICIALS:
        key = titles.government(table, token)
        if key or low not in ("authorities", "officials"):
            return key
    if low in scope.COUNTRY_NOUNS:
        return scope.country_description(table, token)
    if low in BODY_NOUNS:
        key = groups.body(table, token)
        if key:
            return key
    if low in bodies.VAGUE_BODY_NOUNS and token.tag_ == "NN":  # "the U.N. human rights body"
        key = bodies.body_of_named_organisation(table, token)
        if key:
            return key
    if low in ORG_DESCRIPTIONS and token.tag_ in ("NN", "NNP"):
        key = bodies.organisation_named_before(table, token, _candidates(table, token), lambda t: quoted(table, t))
        if key:
            return key
    if groups.is_group_head(token):
        if _named_appositive(table, token):
            return None  # "British firms X and Y said": the named members act, not a group
        return groups.government_officials(table, token) or groups.group(table, token)
    if low in TITLE_HEADS or low in titles.CHALLENGER_HEADS or low in spellings.ABBREVIATED_TITLES and any(
            c.lower_ == "the" for c in token.lefts):  # "the Ethiopian PM"
        return titles.description(table, token)
    return None


def _named_appositive(table, token) -> bool:
    """A plural noun followed by the names of its members, in apposition."""
    return token.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "appos" and c.i > token.i and table.kind_of_token(c.i) == "name" for c in token.children)


# -- pronouns ----------------------------------------------------------------------------
def _gender(actor: Actor) -> str | None:
    """ "f", "m" or None, from gendered titles or a common given name."""
    text = " ".join(actor.titles)
    if FEMALE_WORDS.search(text):
        return "f"
    if MALE_WORDS.search(text):
        return "m"
    words = actor.label.lower().split()
    if len(words) > 1:
        first = words[0]
        if first in FEMALE_NAMES and first not in MALE_NAMES:
            return "f"
        if first in MALE_NAMES and first not in FEMALE_NAMES:
            return "m"
    return None


def _wanted(low: str, token=None) -> tuple[str, ...]:
    if low == "it" and token is not None and token.dep_ == "nsubj" and token.head.lemma_ in VOICING_LEMMAS \
            and not any(t.lemma_.lower() in WRITTEN_NOUNS for t in token.doc[token.sent.start:token.i]):
        return (ORGANIZATION, PLACE)  # "citing what it calls a hostile attitude"; not "on page 22 it says"
    if low in PERSON_PRONOUNS:
        return (PERSON,)
    if low in PLURAL_PRONOUNS:
        return (GROUP, ORGANIZATION)
    if low in ("its", "itself"):
        return (ORGANIZATION, PLACE, GROUP)
    return ()


def _candidates(table, token):
    """(token, key-or-None) of earlier referring expressions in the window, nearest first."""
    doc = token.doc
    first = token.sent.start
    outside = not quoted(table, token)
    counted = 0
    while counted < WINDOW_SENTENCES and first > 0:
        sent = doc[first - 1].sent
        first = sent.start
        # a quotation running over several sentences counts as one: its speaker stays in reach
        if not (outside and all(quoted(table, t) for t in sent if t.is_alpha)):
            counted += 1
    for i in range(token.i - 1, first - 1, -1):
        t = doc[i]
        key = table.key_of_token(i)
        if key is None and (t.lower_ in TITLE_HEADS or spellings.hyphenated_title(t)) and _description(t) \
                and i not in table.entity_tokens:
            key = table.actor_for_token(t)  # "the monarch's first trip since he ...": the monarch
            if key is not None:
                yield t, key
            continue
        if key is not None:
            if table.kind_of_token(i) == "title" and not _description(t):
                continue  # the title inside a name ("President" of "President Lula")
            # only the head of a multi-token name counts, once
            if i + 1 < len(doc) and table.key_of_token(i + 1) == key and doc[i].head.i != i and doc[i].head.i > i:
                continue
            yield t, key
        elif t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            yield t, "pronoun"
        elif (groups.is_group_head(t) or t.lower_ in GOVERNMENT_NOUNS and t.pos_ == "NOUN"
              or t.tag_ == "NNS" and groups.singular(t) in TITLE_HEADS) and i not in table.entity_tokens:
            yield t, "group"  # "the government thinks they can ..."


def _fronted_clause_subject(ref, pronoun) -> bool:
    """'While Mr Clinton's visit is focused on India, he is going to Dhaka': the subject (or its
    possessor) of a subordinate clause fronted before the pronoun's own clause."""
    subject = ref.head if ref.dep_ == "poss" else ref
    clause = subject.head
    return subject.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" \
        and clause.head.i == pronoun.head.i and clause.i < pronoun.i


def _in_governing_clause(ref, pronoun) -> bool:
    """``ref`` is an argument (not inside a prepositional phrase) of the clause that governs
    the subordinate clause whose subject ``pronoun`` is."""
    clause = pronoun.head
    if clause.dep_ not in ("advcl", "ccomp", "relcl") or clause.head.i == clause.i:
        return False
    governor, t = clause.head.i, ref
    while t.head.i != t.i and t.i != governor:
        if t.dep_ in ("prep", "pobj", "agent"):
            return False
        t = t.head
    return t.i == governor


def _description(token) -> bool:
    """'the monarch', 'the Iraqi president': a title standing alone for someone."""
    return (token.pos_ == "NOUN" or spellings.hyphenated_title(token) is not None) \
        and any(c.lower_ == "the" for c in token.lefts)


def pronoun(table, token) -> str | None:
    """Resolve a third-person pronoun to the most recent compatible actor."""
    low = token.lower_
    wanted = _wanted(low, token)
    if not wanted:
        return None
    gender = "f" if low in FEMALE_PRONOUNS else "m" if low in MALE_PRONOUNS else None
    objectish = token.dep_ in OBJECT_DEPS
    if low in ("they", "them", "their") and not quoted(table, token):
        ahead = coref_they.plural_pronoun(table, token)  # "A and B arrived. They were met by C"
        if ahead is not None and (low != "their" or _named_people(table, ahead)):  # "their talks with C"
            return _record(table, token, ahead or None)
    ahead = _cataphor(table, token, wanted, gender)
    if ahead is not None:
        return _record(table, token, ahead)
    by_sentence: dict[int, list[tuple[object, str]]] = {}
    here = token.sent.start
    fallback = None
    outside = not quoted(table, token)
    bound = _bound_names(table, token) if PERSON in wanted else set()
    for t, key in _candidates(table, token):
        if key == "pronoun":
            if t.lower_ in (PERSON_PRONOUNS if PERSON in wanted else PLURAL_PRONOUNS):
                key = table.actor_for_token(t)
            else:
                continue
        elif key == "group":
            counted = groups.counted_plural(table, t)
            if low in PLURAL_PRONOUNS and outside and _subject(t) and t.tag_ in ("NNS", "NNPS") \
                    and not _reported(t, token):
                # "The presidents of A and B apologized for what they called ...": they are the
                # presidents, known or not, never someone named in passing
                key = counted if counted is not None else table.actor_for_token(t) or groups.NOBODY
                by_sentence.setdefault(t.sent.start, []).append((t, key))
                continue
            if GROUP not in wanted or counted is not None:
                continue  # "the two leaders" is only ever taken up as above
            key = table.actor_for_token(t)
        if key is None or (low == "it" and not _subject(t)):
            continue  # "it" only continues a state or body that was acting, never a place named
        actor = table.actors.get(key)
        if actor is None:
            continue
        if actor.type not in wanted and not (PERSON not in wanted and table.kind_of_token(t.i) == "metonymy"):
            continue  # a government ("Beijing said ... its policy") counts as an organisation
        if gender and PERSON in wanted and _gender(actor) not in (None, gender):
            continue
        same_clause = t.head.i == token.head.i or token.head.i == t.i or t.head.i == _controller(token.head).i
        if objectish and t.dep_ in SUBJECT_DEPS and same_clause:
            continue  # "Xi reminded her": her is not Xi
        if key in bound or (outside and quoted(table, t)):
            continue
        if fallback is None:
            fallback = key
        by_sentence.setdefault(t.sent.start, []).append((t, key))
    if not by_sentence:
        return _record(table, token, fallback)
    guest = _received_traveller(table, token, {k for refs in by_sentence.values() for _, k in refs}) \
        or _arriving_guest(table, token)
    if guest is not None:
        return _record(table, token, guest)
    reporter = None
    speaker = _last_speaker(by_sentence, here, token) if PERSON in wanted and outside else None
    for start in sorted(by_sentence, reverse=True):
        refs = by_sentence[start]
        subjects = [(t, k) for t, k in refs if _subject(t)]
        if start != here and speaker is not None:
            return _record(table, token, speaker)
        if start == here:
            # a subject before the pronoun, else the nearest actor of the same sentence --
            # except for a subject pronoun, whose antecedent is rarely inside a fronted phrase
            # ("In addition to the iPod, they announced ..."): look at earlier subjects first.
            if subjects or token.dep_ not in SUBJECT_DEPS:
                return _record(table, token, (subjects or refs)[0][1])
            governing = [(t, k) for t, k in refs if _in_governing_clause(t, token) or _fronted_clause_subject(t, token)]
            if governing:  # "the monarch's first trip since he seized power"; "While X's visit ..., he"
                return _record(table, token, governing[0][1])
            fallback = refs[0][1]
            continue
        if subjects:
            main = [(t, k) for t, k in subjects if t.head.dep_ == "ROOT"]
            key = (main or subjects)[-1][1]
            if key and PERSON in wanted and _relays(table.actors[key], token):
                reporter = reporter or key  # the reporter of what someone else did
                continue
            return _record(table, token, key)
    return _record(table, token, reporter or fallback)


# -- discourse roles ------------------------------------------------------------------
def _received_traveller(table, token, keys: set[str]) -> str | None:
    """'X arrived ... Y accompanied the president. Z greeted him at the airport': the one greeted
    or received is the traveller of the story (who arrived, flew or was met before), not the
    last man named. Of the actors in reach, the one traveller; two or none give nothing."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in RECEIVING_LEMMAS:
        return None
    hosts = {table.key_of_token(c.i) for c in token.head.children if c.dep_ in SUBJECT_DEPS}
    travellers = set()
    for t in token.doc[:token.sent.start]:
        verb = t.head
        if t.dep_ == "nsubj" and verb.lemma_.lower() in ARRIVING_LEMMAS \
                or t.dep_ == "nsubjpass" and verb.lemma_.lower() in RECEIVING_LEMMAS:
            key = table.key_of_token(t.i) or (table.actor_for_token(t) if t.pos_ == "PRON" else None)
            if key in keys and key not in hosts:
                travellers.add(key)
    return travellers.pop() if len(travellers) == 1 else None


def _arriving_guest(table, token) -> str | None:
    """'X received Y at the airport, as he arrived on a state visit': who arrives in a clause
    hung on a reception is the one received, not the host."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in ARRIVING_LEMMAS or verb.dep_ != "advcl":
        return None
    host = verb.head
    if host.lemma_.lower() not in RECEIVING_LEMMAS or any(c.dep_ == "auxpass" for c in host.children):
        return None
    guests = [table.key_of_token(c.i) for c in host.children if c.dep_ == "dobj"]
    guests = [k for k in guests if k is not None and table.actors[k].type == PERSON]
    return guests[0] if len(guests) == 1 else None


def _cataphor(table, token, wanted, gender) -> str | None:
    """'During his visit to Washington, Uribe said': a possessive in a phrase fronted before
    the main clause's subject names that subject, not someone of the sentence before."""
    if token.dep_ != "poss" or PERSON not in wanted or quoted(table, token):
        return None
    root = token.sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > token.i]
    if not subjects or not any(a.dep_ in ("prep", "advcl", "npadvmod") and a.head.i == root.i
                               and a.i < subjects[0].i for a in token.ancestors):
        return None
    key = table.key_of_token(subjects[0].i)
    actor = table.actors.get(key) if key else None
    if actor is None or actor.type != PERSON or gender and _gender(actor) not in (None, gender):
        return None
    return key


def _controller(verb):
    """The clause whose subject a subjectless participle or infinitive shares: "X singled out
    Y, calling her ...": calling's subject is X, so "her" is not X."""
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head
    return verb


def _relays(actor: Actor, pronoun) -> bool:
    """True for a reporter, and for a spokesman unless the pronoun goes on speaking.

    "A spokesman, John Roe, said talks went well. He then flew to Oslo": the one
    who flew is not the spokesman; "... He added that ..." may well be.
    """
    words = {w for t in actor.titles for w in re.findall(r"[a-z]+", t.lower())}
    if words & REPORTER_TITLES:
        return True
    verb = pronoun.head if pronoun.dep_ in SUBJECT_DEPS else None
    return bool(words & SPOKESMAN_TITLES) and not (verb is not None and verb.lemma_ in SPEECH_LEMMAS)


def _bound_names(table, token) -> set[str]:
    """People named in the pronoun's own clause after it: "He said Ortiz had ..." is not Ortiz."""
    if token.dep_ not in SUBJECT_DEPS:
        return set()
    out = set()
    for t in token.head.subtree:
        if t.i > token.i and table.kind_of_token(t.i) in ("name", "surname"):
            out.add(table.key_of_token(t.i))
    return out


_QUOTES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def quoted(table, token) -> bool:
    """True if the token lies inside quotation marks."""
    index = _QUOTES.get(table)
    if index is None:
        text = table.text
        index = _QUOTES[table] = QuoteIndex(find_quotes(text, min_words=1), text)
    return index.inside(token.idx) is not None


def _record(table, token, key: str | None) -> str | None:
    if key:
        table.add_mention(key, token.i, token.i + 1, "pronoun", "actors.coref")
    return key or None


def _named_people(table, key: str | None) -> bool:
    """Whether a coordination's key names two or more people, all known."""
    members = member_keys(key)
    return len(members) > 1 and all(
        (actor := table.actors.get(m)) is not None and actor.type == PERSON for m in members)
