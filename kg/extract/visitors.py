"""Visits as wire stories tell them: "visiting X" names a visitor, "here" the dateline's city.

"Jiang met with visiting Thai Prime Minister Chuan here" says that Chuan is the
visitor and that the place is the city of the dateline ("BEIJING, May 4 -").
The parser reads "visiting" as a verb whose object is Chuan; the rules here
read it as the adjective it is: no subject, no auxiliary, and a determiner,
preposition or verb before it. "This nation" is the dateline's country, and
guests listed as arrived ("Other heads of state that had arrived were A of X")
visited the place of the gathering they came for.
"""

from __future__ import annotations

from kg.extract import coref_scope as scope
from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, prep_objects, subject_tokens
from kg.extract.datelines import dateline_country, dateline_matches
from kg.extract.modality import modality_of
from kg.model import ASSERTED, GROUP, ORGANIZATION, PERSON, PLACE

VISITORS = (PERSON, ORGANIZATION, GROUP)
HOSTED_MEETINGS = lx.MEET_VERBS | lx.MEET_WITH_VERBS  # "A and visiting B discussed": B is A's guest
# "this nation", "this capital": the dateline's country or its city.
THIS_PLACE_NOUNS = {"nation": "country", "country": "country", "kingdom": "country", "republic": "country",
                    "emirate": "country", "sultanate": "country",
                    "city": "city", "capital": "city", "town": "city", "port": "city"}
GATHERING_LOOKBACK = 300  # tokens before a list of arrivals where the gathering they came for is told
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
ARRIVAL_VERBS = frozenset({"arrive", "come", "gather", "assemble", "converge", "fly", "travel"})
GERUND_MARKS = frozenset({"after", "before", "since", "upon", "while", "without"})  # "after visiting X": a verb


# Verbs whose object is a place the subject was at: "left Tripoli", "visited Hanoi".
PLACE_OBJECT_VERBS = frozenset({"leave", "visit", "tour", "reach", "depart", "quit"})


class VisitorRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: visitors and the dateline's place."""

    _dateline: tuple | None = None
    _dateline_done = False

    # ---- the dateline ---------------------------------------------------------------
    def dateline_place(self) -> tuple | None:
        """(actor key, token) of the dateline's city, and the offset where the story begins."""
        if self._dateline_done:
            return self._dateline
        self._dateline_done = True
        found = next(dateline_matches(self.text), None)
        if found is None:
            return None
        match, offset = found
        span = self.doc.char_span(offset + match.start("place"), offset + match.end("place"),
                                  alignment_mode="expand")
        if span is None:
            return None
        for tok in reversed(span):
            key = self.resolve(tok)
            if key and self.actors.actors[key].type == PLACE:
                self._dateline = (key, tok, offset + match.end())
                return self._dateline
        name = match.group("place").strip()  # the model often misses an upper-case city
        country = dateline_country(self.text)  # "SAN CRISTOBAL, Mexico": the one in Mexico
        place = gz.lookup_place(name.title() if name.isupper() else name, {country} if country else set())
        if country and (place is None or place.country != country):
            place = gz.country_by_iso(country)  # a town too small to know: somewhere in the country named
        if place is not None:
            key = self.place_key(place)
            self._dateline = (key, span[-1], offset + match.end())
        return self._dateline

    def here_places(self, verb, *, lead: bool = False) -> list:
        """The dateline's place where the clause says 'here' (or, with ``lead``, in the lead sentence).
        With no dateline, 'here' is where the gathering the story told of is held ('the summit in
        Antalya ... met here')."""
        found = self.dateline_place()
        if found is None:
            return self._gathering_place(verb) if says_here(verb) else []
        key, tok, story_start = found
        if says_here(verb):
            return [(key, tok)]
        sent = verb.sent
        if not lead or not sent.start_char <= story_start <= sent.end_char + 1 or not _main_clause(verb):
            return []
        # the lead's main clause happened at the dateline, unless the sentence names another place
        for t in sent:
            located = t.dep_ == "pobj" or t.head.dep_ == "pobj" or (  # "for Seoul", not "urged Peru"
                t.dep_ == "dobj" and t.head.lemma_.lower() in PLACE_OBJECT_VERBS)  # "left Tripoli after talks"
            if located and self._whose_country(t):
                continue  # "President Diallo of Mali": where he is from, not where they met
            other = self.resolve(t) if t.idx >= story_start and t.pos_ == "PROPN" and located else None
            elsewhere = gz.settled_country(self.actors.actors[other].geonames_id) if other and other != key else None
            if elsewhere and elsewhere != self._country_of(key):  # "Kremlin talks" in a Moscow story stay there
                return []
        return [(key, tok)]

    def _whose_country(self, tok) -> bool:
        """The country of an 'of' phrase after a person's name ("X of Mali")."""
        prep = tok.head if tok.dep_ == "pobj" else tok.head.head
        owner = self.resolve(prep.head) if prep.lower_ == "of" and prep.head.pos_ == "PROPN" else None
        return owner is not None and self.actors.actors[owner].type == PERSON

    def this_places(self, heads) -> list:
        """'his visit to this Gulf nation', 'arrived in this capital': the dateline's country or
        city, not the region the description names."""
        head = next((h for h in heads if h.lemma_.lower() in THIS_PLACE_NOUNS
                     and any(c.dep_ == "det" and c.lower_ == "this" for c in h.children)), None)
        found = self.dateline_place() if head is not None else None
        if found is None:
            return []
        key = found[0]
        if THIS_PLACE_NOUNS[head.lemma_.lower()] == "country":
            iso = self._country_of(key)
            country = gz.country_by_iso(iso) if iso else None
            return [(self.place_key(country), head)] if country is not None else []
        return [(key, head)]

    def there_places(self, trigger) -> list:
        """'arrived from Japan after his visit there': 'there' is the place named last before it."""
        if not any(c.lower_ == "there" and c.dep_ == "advmod" for c in trigger.children):
            return []
        start = max(0, trigger.sent.start - 60)
        for tok in reversed(self.doc[start:trigger.i]):
            key = self.resolve(tok) if tok.pos_ == "PROPN" else None
            if key and gz.settled_country(self.actors.actors[key].geonames_id):
                return [(key, tok)]
        return []

    def trip_clause_places(self, noun) -> list:
        """Where a trip named without a destination took its traveller: 'Colombia, where he has
        paid an official visit', 'Nairobi, where he was on a tour', 'spoke in Rabat on his first foreign tour'. The trip must be the
        speaker's own ('on his tour'), not one talked about ('commented on Y's visit')."""
        verb = noun.head
        clause = verb.head if noun.dep_ == "pobj" and verb.lower_ in ("on", "during") else verb
        if noun.dep_ in ("dobj", "pobj") and clause.dep_ == "relcl" and any(
                c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children):
            if any(a.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in a.children) for a in clause.ancestors):
                return []  # "X met Y, who flew from Seoul, where he ...": whose trip it was is unclear
            if prep_objects(noun, {"by", "of"}) or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
                return []  # "where he commented on the visit by Y": another's trip
            return self.of_type(actors_in([clause.head], self.resolve), PLACE)
        if noun.dep_ != "pobj" or verb.lower_ not in ("on", "during") or verb.head.pos_ != "VERB":
            return []
        verb = verb.head
        owners = [c for c in noun.children if c.dep_ == "poss"]
        subjects = {self._surname(self.resolve(s)) for s in subject_tokens(verb)} - {None}
        if any(o.pos_ != "PRON" or self._surname(self.resolve(o)) not in subjects for o in owners) \
                or not subjects:
            return []
        return self.of_type(actors_in(prep_objects(verb, {"in", "at"}), self.resolve, deep=True), PLACE)

    def _surname(self, key):
        """The last word of an actor's name: 'Calderon' and 'Felipe Calderon' are one man."""
        actor = self.actors.actors.get(key) if key else None
        return actor.label.split()[-1].lower() if actor is not None and actor.label else key

    def meeting_site_heads(self, verb, trigger) -> tuple[list, bool]:
        """More words for where a meeting was held, and whether it was at a gathering of no place
        named here. 'Met X on the sidelines of the summit in Thimphu': at the margins of a gathering,
        where the gathering is ('on the margins of the Summit': the one told before). 'Welcomed X
        to Seoul': where the guest was welcomed. 'On the sidelines of X, A held talks and met B':
        a phrase before the first of two verbs sets the scene of both."""
        heads = prep_objects(verb, {"to"}) if verb.lemma_.lower() == "welcome" and verb.i == trigger.i else []
        scene = {verb, trigger}
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            scene.add(verb.head)
        if verb.pos_ == "ADP" and verb.head.pos_ in ("VERB", "AUX"):  # "In the meeting with X, on the
            scene.add(verb.head)  # margins of the summit, Y raised": the clause's scene
        unplaced = False
        for tok in scene:
            for side in prep_objects(tok, {"on", "at"}):
                if side.lemma_.lower() not in SIDELINES or (verb.dep_ == "conj" and tok.i == verb.head.i
                                                              and side.i > tok.i):
                    continue
                for gathering in prep_objects(side, {"of"}):
                    if gathering.lemma_.lower() in lx.GATHERING_NOUNS:
                        found = prep_objects(gathering, {"in", "at"}) or _place_phrase_after(gathering)
                        heads += found
                        unplaced = unplaced or not found
        return heads, unplaced

    # ---- guests listed ----------------------------------------------------------------
    def arrivals_listed(self, copula) -> list:
        """'Other heads of state that had already arrived were A of X and B of Y': those named
        as the ones who came are visitors of the place they came to, the one the clause names,
        else the story's setting. Those 'being expected' have not come."""
        subjects = [c for c in copula.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                    and c.lemma_.lower() in lx.PERSON_ROLE_NOUNS]
        came = [r for s in subjects for r in s.children if r.dep_ in ("relcl", "acl") and (
            r.lemma_.lower() in ARRIVAL_VERBS or r.lemma_ == "be" and prep_objects(r, {"in", "at"}))
            and modality_of(r) == ASSERTED]
        if not came:
            return []
        named = [c for c in copula.children if c.i > copula.i and c.dep_ in ("attr", "dep", "conj", "appos")]
        for n in list(named):  # a list the parser breaks into attr, appositions and loose parts
            named += [c for c in n.subtree if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
        guests = self.of_type(actors_in(named, self.resolve), PERSON)
        places = self.of_type(actors_in(prep_objects(came[0], {"in", "at", "to"}), self.resolve, deep=True), PLACE) \
            or self.here_places(came[0]) or self.story_setting(came[0])
        countries = {self._country_of(k) for k, _ in places}
        guests = [(k, t) for k, t in guests if self._home_of(k, t) not in countries | {None}]
        if not guests or not places:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], came[0], "events.visited.listed", 0.7,
                               agents=guests, places=places, dated_by=copula)]  # here as the story is told

    def _gathering_place(self, tok) -> list:
        """Where the gathering they came for is held: the one the clause names ('arrived for the
        summit'), else the last one told before with its place ('the summit, which opens in Lusaka')."""
        start = max(0, tok.sent.start - GATHERING_LOOKBACK)
        named = [g for g in prep_objects(tok, {"for"}) if g.lemma_.lower() in lx.GATHERING_NOUNS]
        before = [t for t in reversed(self.doc[start:tok.sent.start]) if t.lemma_.lower() in lx.GATHERING_NOUNS]
        for gathering in named + before:
            heads = prep_objects(gathering, {"in", "at"}) + [
                o for c in gathering.children if c.dep_ in ("relcl", "acl") for o in prep_objects(c, {"in", "at"})]
            places = self.of_type(actors_in(heads, self.resolve, deep=True), PLACE)
            if places:
                return [(k, tok) for k, _ in places[:1]]
        return []

    def story_setting(self, tok) -> list:
        """Where the story happens, for guests whose place it does not repeat: the gathering they
        came for, else the dateline's place, else the country the story is about."""
        found = self._gathering_place(tok)
        dateline = self.dateline_place()
        if found or dateline is not None:
            return found or [(dateline[0], tok)]
        iso = scope.document_country(self.actors)
        country = gz.country_by_iso(iso) if iso else None
        return [(self.place_key(country), tok)] if country is not None else []

    # ---- "visiting X" ------------------------------------------------------------------
    @staticmethod
    def adjectival_visiting(tok) -> bool:
        """'with visiting Thai Prime Minister Chuan', 'the visiting minister', 'Visiting X urged'."""
        if tok.lower_ != "visiting" or tok.tag_ != "VBG":
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            return False
        if tok.dep_ == "amod" or tok.i == tok.sent.start:
            return True
        prev = tok.doc[tok.i - 1]
        if prev.lower_ in GERUND_MARKS and tok.dep_ == "pcomp":
            return False  # "after visiting Pope X": a gerund whose object is the one visited
        return prev.pos_ in ("DET", "ADP", "VERB", "CCONJ") or prev.is_punct

    def visitor_tokens(self, tok) -> list:
        """The noun a 'visiting' adjective describes (the parser may make it its object)."""
        if tok.dep_ == "amod":
            head = tok.head
            while head.dep_ == "compound" and head.head.i != head.i:  # "Visiting President X"
                head = head.head
            return [head]
        return [c for c in tok.children if c.dep_ in ("dobj", "nsubj")]

    def _visitors(self, tok) -> list:
        """'met with visiting X here' -> X visited the dateline's city."""
        if not self.adjectival_visiting(tok):
            return []
        visitors = self.of_type(actors_in(self.visitor_tokens(tok), self.resolve), *VISITORS)
        if not visitors:
            return []
        clause = tok.head if tok.dep_ in ("amod", "dobj", "nsubj", "pobj") else tok
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        places = self.of_type(actors_in(prep_objects(clause, {"in", "at"}), self.resolve, deep=True), PLACE)
        places = places or self.here_places(tok) or self.here_places(clause, lead=True) \
            or self._hosts_country(_governing_verb(tok), visitors)
        if not places:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.visiting", 0.75,
                               agents=visitors, places=places)]

    def _hosts_country(self, clause, visitors) -> list:
        """'Iranian Foreign Minister X and visiting British Foreign Secretary Y discussed': Y is
        in the hosts' country; with hosts of no stated nationality, in the story's country."""
        if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() not in HOSTED_MEETINGS:
            return []
        homes = {self._nationality_of(k) for k, _ in visitors}
        if None in homes or len(homes) != 1:
            return []  # whose visit it is must be known to tell the host's country from it
        visitor_keys = {k for k, _ in visitors}
        hosts = [k for k, _ in self.agents_of(clause) if k not in visitor_keys]
        countries = {self._nationality_of(k) for k in hosts if self.actors.actors[k].type == PERSON} - {None}
        if not countries and hosts:
            countries = {scope.document_country(self.actors)} - {None}
        if len(countries) != 1 or countries == homes:
            return []
        country = gz.country_by_iso(countries.pop())
        return [(self.place_key(country), clause)] if country is not None else []


def _main_clause(tok) -> bool:
    """Whether a word belongs to its sentence's main clause or to a participle of it ("X and Y,
    emerging from talks, said"), not to a reported, relative or parenthetical clause."""
    for _ in range(12):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return True
        own_clause = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
        if tok.dep_ in ("ccomp", "relcl", "parataxis", "csubj") or (tok.dep_ in ("advcl", "acl") and own_clause):
            return False
        tok = tok.head
    return False


def says_here(verb) -> bool:
    """'met here', 'at the UN headquarters here': "here" in the verb's own clause."""
    for t in verb.subtree:
        if t.lower_ != "here" or t.dep_ != "advmod":
            continue
        up = t.head
        while up.i != verb.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == verb.i:
            return True
    return False


def _place_phrase_after(tok) -> list:
    """'a meeting of ASEAN foreign ministers in Vientiane': the first 'in'/'at' phrase after a
    gathering, in its own clause, when the parser hung it on another word."""
    for t in tok.doc[tok.i + 1:tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return []
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
            return [t]
    return []


def _governing_verb(tok):
    """The verb of the clause a 'visiting X' phrase serves ("met with visiting X", "A and visiting B discussed")."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def called_visiting(tok) -> bool:
    """'Visiting President Hu Jintao held talks in Pretoria': named as the visitor there."""
    left = tok.left_edge
    before = tok.doc[left.i - 1] if left.i > 0 else None
    return any(t.lower_ == "visiting" and t.i < tok.i for t in tok.subtree) or (
        before is not None and before.lower_ == "visiting") or (tok.head.lower_ == "visiting" and tok.dep_ == "dobj")


RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "latest"})


def ranked_subjects(verb) -> list | None:
    """'X is the first European leader to visit Y': the subject of the copula made the trip, if
    the copula is asserted ([] when not: 'will be the first to visit'); None for other forms."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(c.tag_ == "TO" for c in verb.children) \
            or not any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children) or noun.dep_ != "attr" \
            or noun.head.lemma_ not in ("be", "become"):
        return None
    return subject_tokens(noun.head) if modality_of(noun.head) == ASSERTED else []
