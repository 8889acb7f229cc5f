"""Speakers that the entity recogniser missed.

A statement's sayer is often a name the model does not know ("Manohla Dargis,
film critic for the New York Times, said"), a spokesman who speaks for an
organisation ("a spokesman for the Red Cross said", "a Foreign Ministry
spokesman said"), or a name before a colon that opens a quotation ("Jane Roe:
\"...\""). The subject position of a verb of saying is strong evidence, so the
name becomes an actor there and nowhere else.
"""

from __future__ import annotations

from kg.extract import coref_bodies as bodies
from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.actor_lexicon import BODY_NOUNS, ORG_SUFFIXES, TITLE_HEADS
from kg.extract.actor_keys import actor_key, story_key
from kg.extract.arguments import actors_in, is_passive, prep_objects, subject_tokens
from kg.model import ORGANIZATION, PERSON, Actor

MAX_NAME_TOKENS = 5
TITLE_GLUE = frozenset({"of", "the", "for", "and", "to", "on", "in", "&"})  # inside a long title
SPEAKER_ROLES = lx.PERSON_ROLE_NOUNS | {"critic", "analyst", "expert", "professor", "witness"}
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})  # speak in the body's name
# Descriptions of a company or body written with its one-word name: "gas monopoly Gazprom".
ORG_DESCRIPTORS = frozenset({"company", "firm", "monopoly", "giant", "group", "maker", "producer", "agency",
                             "party", "bank", "airline", "carrier", "network", "newspaper", "broadcaster",
                             "manufacturer", "conglomerate", "corporation", "operator", "watchdog"})
# Nouns of speech whose that-clause gives the words: "Lund's accusation that the vote was rigged".
CONTENT_NOUNS = frozenset({"claim", "accusation", "criticism", "assertion", "warning", "allegation",
                           "statement", "remark", "comment", "announcement", "denial", "insistence",
                           "charge", "assurance", "admission", "complaint", "declaration"})
BODY_MEMBERS = frozenset({"official", "representative"})  # one unnamed member speaks for the body
BODY_PLURALS = frozenset({"official", "authority", "representative", "diplomat", "leader"})
# Staff who speak for the body they work at, never for a country: "doctors at X hospital said".
STAFF_PLURALS = frozenset({"expert", "scientist", "researcher", "seismologist", "doctor", "engineer",
                           "analyst", "economist", "spokesman", "spokesperson", "spokeswoman", "staff"})
ORG_LAST_WORDS = ORG_SUFFIXES | frozenset({"times", "post", "online", "news", "press", "group",
                                           "board", "office", "department", "service", "institute"})


# Subjects of a verb of saying that speak, or speak for their owner ("the company's statement said").
SPEAKING_NOUNS = lx.SAY_NOUNS | lx.DOCUMENT_NOUNS | lx.PERSON_ROLE_NOUNS | lx.RELATIVE_NOUNS | BODY_NOUNS | frozenset({
    "website", "message", "letter", "note", "response", "reply", "reaction", "answer", "account", "version",
    "blog", "editorial", "newspaper", "paper", "agency", "radio", "television", "station", "broadcaster",
    "government", "ministry", "authorities", "administration", "leadership", "party", "group", "company",
    "firm", "office", "court", "police", "army", "military", "people", "family", "side", "camp", "team",
})

THIRD_PERSON = frozenset({"they"})
CHARGE_VERBS = lx.ACCUSE_VERBS | {"charge"}  # "accused X of ...": a statement when its speaker is no state
STANCE_VERBS = frozenset({"complain", "urge", "ask", "criticize", "criticise", "condemn"})
# Words put out by their authors, who speak through them: "a joint statement issued by A and B called ...".
ISSUED_WORDS = lx.WORDS_PUT_OUT | lx.REJECTED_FINDINGS


class SpeakerRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: sayers the actor table lacks."""

    def agents_of(self, verb) -> list:
        """A verb's agents: known actors, else names in subject position the model missed."""
        subjects = [self._body_of(s) for s in subject_tokens(verb)]
        return actors_in(subjects, self.resolve) or self.unknown_names(subjects) or [
            # "a joint statement issued by A and B called ...": the statement speaks for its authors
            o for s in subjects if s.pos_ == "NOUN" and s.lemma_.lower() in ISSUED_WORDS for o in self._owners_of(s)]

    def _body_of(self, tok):
        """'officials in Ethiopia', 'authorities of Kenya': unnamed members act for their
        country or body, whichever the phrase names."""
        if tok.pos_ == "PROPN":
            return self._official_of(tok)
        if tok.pos_ in ("NUM", "PRON") and (named := [
                t for t in tok.subtree if t.dep_ == "appos" and (t.head.i == tok.i or t.right_edge.i >= tok.right_edge.i - 1)
                and (key := self.resolve(t)) and self.actors.actors[key].type == PERSON]):
            return named[-1]  # "One of the organisers (of the summit), Ali Omar, told": the name speaks
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPOKESPEOPLE:
            for owner in prep_objects(tok, {"for", "of"}):  # "a spokesman for X, Y, said": Y, named
                named = [a for a in owner.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                if named and (key := self.resolve(named[0])) and self.actors.actors[key].type == PERSON:
                    return named[0]
        staff = tok.lemma_.lower() in STAFF_PLURALS
        if tok.pos_ != "NOUN" or not (staff or tok.lemma_.lower() in BODY_PLURALS) or tok.tag_ != "NNS":
            return tok
        for owner in [o for o in prep_objects(tok, {"in", "of", "from", "at", "with"}) if o.head.i == tok.i + 1]:
            key = self.resolve(owner)
            actor = self.actors.actors.get(key) if key else None
            place = gz.place_by_id(actor.geonames_id) if actor is not None else None
            if actor is not None and (actor.type == ORGANIZATION or (
                    not staff and place is not None and place.kind == "country")):
                return owner
        return tok

    def _official_of(self, tok):
        """'said opposition Movement for Democratic Change (MDC) Secretary General Tendai Biti':
        the parser makes the body the subject and hangs the titled person who ends the phrase
        on it; the person speaks."""
        key = self.resolve(tok)
        if key is None or self.actors.actors[key].type != ORGANIZATION:
            return tok
        last = tok.right_edge
        if last.pos_ != "PROPN" or last.i <= tok.i:
            return tok
        person = self.resolve(last)
        if person is None or self.actors.actors[person].type != PERSON or person == key:
            return tok
        if not any(t.lower_ in TITLE_HEADS for t in last.subtree if t.i < last.i):
            return tok  # a bare name after a body is a list, not its official
        return last

    def unknown_names(self, tokens) -> list:
        """'Recep Tayyip Erdogan' untagged by the model, in an argument position of an event."""
        found = []
        for tok in tokens:
            chain = [t for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i]
            if any(t.i in self.actors.entity_tokens for t in chain):
                continue  # part of a name the model did tag ("Security Council Resolution")
            if tok.tag_ in ("NNP", "NNPS") and self.resolve(tok) is None:
                key = self._name_actor(tok)
                if key:
                    found.append((key, tok))
        return found

    def _unknown_speakers(self, subjects) -> list:
        """Actors for sayers not in the table: a spokesman's organisation, else a bare name."""
        found = []
        for tok in subjects:
            if (tok.lemma_.lower() in SPOKESPEOPLE or tok.lower_ in BODY_MEMBERS) and tok.pos_ == "NOUN":
                # "a spokesman for X", "a foreign ministry spokesperson", "an official with X"
                owners = prep_objects(tok, {"for", "of", "with", "from", "at"}) + \
                    [c for c in tok.children if c.dep_ in ("compound", "poss") and c.pos_ in ("PROPN", "NOUN")]
                found += [a for a in actors_in(owners, self.resolve)
                          if self.actors.actors[a[0]].type == ORGANIZATION]
            elif tok.tag_ in ("NNP", "NNPS"):
                key = self._name_actor(tok)
                found += [(key, tok)] if key else self._unnamed_body(tok)  # "the Presidency said"
            else:
                found += self._unnamed_body(tok)
        return found

    def _is_person_token(self, i: int) -> bool:
        key = self.actors.key_of_token(i)
        return key is not None and self.actors.actors[key].type == PERSON

    def _unnamed_body(self, tok) -> list:
        """'The fire service said': a body described, not named, as the speaker."""
        label = None if self.quotes.inside(tok.idx) is not None else bodies.unnamed_body_label(tok, self._is_person_token)
        if label is None:
            return []
        key = actor_key(ORGANIZATION, label)
        if label.islower():  # "the fire service" of one story is not another story's: no merge across documents
            key = story_key(key, self.document.id)
        key = self.actors.add_actor(Actor(key, label, ORGANIZATION))
        return [(key, tok)]

    def _name_actor(self, head, *, max_words: int = MAX_NAME_TOKENS) -> str | None:
        """'Manohla Dargis' (a compound chain of proper nouns) as a Person or Organization."""
        if self.quotes.inside(head.idx) is not None:
            return None
        tokens = [head]
        while tokens[0].i > 0 and len(tokens) < max_words:
            prev = self.doc[tokens[0].i - 1]
            if prev.dep_ == "compound" and prev.head.i in {t.i for t in tokens} and prev.tag_ in ("NNP", "NNPS"):
                tokens.insert(0, prev)
            else:
                break
        words = [t.text for t in tokens]
        if len(words) > MAX_NAME_TOKENS or not all(w[:1].isupper() for w in words):
            return None
        label = " ".join(words)
        if gz.lookup_place(label) is not None or gz.demonym_country(label) is not None:
            return None
        lowered = [w.lower().rstrip(".") for w in words]
        if any(w in TITLE_HEADS or w in lx.PERSON_ROLE_NOUNS for w in lowered):
            return None  # "Secretary General": a title, not a name
        if lowered[-1] in ORG_LAST_WORDS:
            if len(words) < 2:
                return None  # "Department" alone names no one
            type_ = ORGANIZATION
        elif len(words) >= 2 or any(c.dep_ == "appos" and c.lemma_.lower() in SPEAKER_ROLES
                                    for c in head.children):
            type_ = PERSON
        elif any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in ORG_DESCRIPTORS for c in head.children):
            type_ = ORGANIZATION  # "gas monopoly Gazprom", "Gazprom, the gas giant"
        elif self._quoted_mononym(head):
            type_ = PERSON  # '"There is no option," Prashant told the agency': one name, one speaker
        else:
            return None
        key = self.actors.add_actor(Actor(actor_key(type_, label), label, type_))
        self.actors.map_name(key, [t.i for t in tokens])
        return key

    def _quoted_mononym(self, name) -> bool:
        """A single capitalised name right after a closing quote and its comma, saying it, that
        the text never writes in lower case."""
        i = name.i
        if not (i >= 2 and self.doc[i - 1].is_quote and self.doc[i - 2].text in (",", "?", "!")) \
                or not name.is_title or len(name.text) < 4 or name.head.lemma_ not in lx.SAY_VERBS:
            return False
        return name.lower_ not in self.actors.lower_case_words()

    def _colon_attribution(self, tok) -> list:
        """'Jane Roe: "We were never told."' at the start of a sentence."""
        if tok.text != ":" or tok.i + 1 >= len(self.doc):
            return []
        quote = self.quotes.inside(tok.idx + 3)
        if quote is None or quote.start - tok.idx > 4:
            return self._transcript_speaker(tok)
        before = [t for t in self.doc[tok.sent.start: tok.i] if not (t.is_punct and t.i == tok.sent.start)]
        name = []
        while before and before[-1].tag_ in ("NNP", "NNPS") and len(name) < MAX_NAME_TOKENS:
            name.insert(0, before.pop())
        # what precedes the name may only be its title ("Director of Air Force Communications")
        if not name or not all(t.text[:1].isupper() or t.lower_ in TITLE_GLUE or t.is_punct for t in before):
            return []
        head = name[-1]
        key = self.resolve(head)
        if before and key is not None and self.actors.actors[key].type == ORGANIZATION:
            # "... for Acquisition Darleen Druyun" tagged as one body: a given name and a surname
            key = self._name_actor(head, max_words=2) or key
        key = key or self._name_actor(head)
        if key is None or self.actors.actors[key].type not in (PERSON, ORGANIZATION):
            return []
        cand = self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], tok, "events.stated.colon", 0.8,
                              agents=[(key, head)])
        cand.quote = quote
        self.speakers.setdefault(quote.start, key)
        return [cand]

    def _transcript_speaker(self, tok) -> list:
        """'PETER LUND, FINANCE MINISTER: We will not ...' opens a line of a transcript. The
        capitals defeat the model, so the label counts only when its name words end the name
        of a person the document names elsewhere, and then that person speaks."""
        text = self.text  # read once per document: Doc.text is rebuilt on every access
        start = text.rfind("\n", 0, tok.idx) + 1
        end = text.find("\n", tok.idx)
        label = text[start:tok.idx].strip()
        rest = text[tok.idx + 1: end if end >= 0 else len(text)]
        if not label or not label.isupper() or len(label.split()) > 2 * MAX_NAME_TOKENS \
                or not any(c.isalpha() for c in rest):
            return []
        people = set()
        for part in label.lower().split(","):  # "PETER LUND, FINANCE MINISTER", "MINISTER LUND"
            words = [w.strip(".") for w in part.split()]
            for n in range(len(words), 0, -1):
                name = words[-n:]
                if name[-1] in TITLE_HEADS or name[-1] in lx.PERSON_ROLE_NOUNS:
                    break
                found = {key for key, actor in self.actors.actors.items() if actor.type == PERSON
                         and not actor.label.isupper()  # named in running text, not only in a label
                         and [w.lower() for w in actor.label.split()][-n:] == name}
                if found:
                    people |= found
                    break
        if len(people) != 1:
            return []
        key = people.pop()
        head = max((t for t in self.doc[tok.sent.start: tok.i] if t.idx >= start and t.is_alpha),
                   key=lambda t: t.i, default=tok)
        return [self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], tok, "events.stated.transcript", 0.8,
                               agents=[(key, head)])]

    def _content_noun(self, tok) -> list:
        """'Lund's accusation that ...', 'remarks made by Lund that ...': a noun of speech with
        the clause it reports; its author is the possessor or the agent of 'made'."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CONTENT_NOUNS or not any(
                c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in tok.children):
            return []
        owners = tok.lemma_ not in lx.SAY_NOUNS or tok.dep_ not in ("dobj", "nsubj")  # else the noun rule's
        authors = [c for c in tok.children if c.dep_ == "poss" and owners] + [
            o for c in tok.children if c.dep_ == "acl" and c.lemma_ == "make"
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        agents = [a for a in actors_in(authors, self.resolve) if not self._anyone(a[0])]
        if not agents:
            return []
        return [self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], tok, "events.stated.noun", 0.75, agents=agents)]

    def _mute(self, subject) -> bool:
        """'Their elation told the story': a thing that is neither someone nor someone's words
        says nothing, and its owner says nothing through it. Nor does a sayer inside a quotation:
        '"The ministers confirmed the deal," X said' gives X's account, not the ministers' words
        (a plain quoted "Y said" still reports Y)."""
        if self._quoted_report(subject) and subject.head.lemma_ != "say":
            return True
        if subject.pos_ == "PRON" and subject.lower_ in THIRD_PERSON and self.quotes.inside(subject.idx) is not None:
            return True  # '"They said they would shoot me," X said': whom X means is X's to know
        return subject.pos_ == "NOUN" and self.resolve(subject) is None \
            and subject.lemma_.lower() not in SPEAKING_NOUNS and subject.lower_ not in SPEAKING_NOUNS \
            and any(c.dep_ == "poss" for c in subject.children) \
            and not any(c.dep_ in ("appos", "conj") for c in subject.children)

    def _quoted_report(self, tok) -> bool:
        """``tok`` is inside a quotation that opens and closes within its sentence, and the
        sentence's own verb stands outside it (the quote is reported by someone else)."""
        quote = self.quotes.inside(tok.idx)
        sent = tok.sent
        return quote is not None and sent.start_char <= quote.start and quote.end <= sent.end_char \
            and not quote.start <= sent.root.idx < quote.end

    def _reporter_of(self, tok) -> list:
        """'A said Madrid would not act, saying that ...': a trailing participle of speech after
        the words someone reports of a state or a thing goes on with the one who reports them
        (of a person, "A said B conveyed a message, saying ...", it may be B's)."""
        if tok.tag_ != "VBG" or tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return []
        t = tok.head
        while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head
        verb = t.head
        if t.dep_ != "ccomp" or verb.lemma_ not in lx.SAY_VERBS or any(
                c.dep_ == "nsubj" and (key := self.resolve(c)) and self.actors.actors[key].type == PERSON
                for c in t.children):
            return []
        return [c for c in verb.children if c.dep_ == "nsubj"]

    def _words_given(self, tok) -> bool:
        """A quote or a reported clause: the words themselves, not only the charge."""
        sent = tok.sent
        return self.quotes.near(tok.idx, sent.start_char, sent.end_char) is not None or any(
            c.dep_ in ("ccomp", "oprd") for c in tok.children)

    def _named_next(self, nouns) -> list:
        """'according to a witness, Sergeant Michael Marciello, ...': the name after the comma
        the parser did not hang on the noun."""
        doc, found = self.doc, []
        for noun in nouns:
            i = noun.right_edge.i + 1
            if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ != "PROPN":
                continue
            end = i + 1
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                end += 1
            key = self.resolve(doc[end])
            if key is not None and self.actors.actors[key].type == PERSON:
                found.append((key, doc[end]))
        return found

    def _reports_speech(self, tok) -> bool:
        """'added', 'called' report speech only with a quote, a that-clause or a judgement."""
        if tok.lemma_ == "call" and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back")
                                        for c in tok.children):
            return False  # "called its ambassador home for consultations": a recall, not words
        sent = tok.sent
        if self.quotes.near(tok.idx, sent.start_char, sent.end_char) is not None:
            return True
        for c in tok.children:
            if c.dep_ in ("ccomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as" and list(c.children):
                return True
            if c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "as" for p in c.children):
                return True  # "labelled the remarks as a yawn"
            if tok.lemma_ in CHARGE_VERBS and c.dep_ == "prep" and c.lower_ in ("of", "for") \
                    and any(g.dep_ == "pcomp" for g in c.children) and not is_passive(tok) \
                    and (tok.tag_ != "VBN" or any(a.lemma_ == "have" for a in tok.children if a.dep_ == "aux")):
                return True  # "accused Damascus of testing chemical weapons" (not headlinese "X accused of")
            if tok.lemma_ == "estimate" and c.dep_ == "prep" and c.lower_ == "at" and any(
                    o.dep_ == "dobj" for o in tok.children) and any(g.like_num for g in c.subtree):
                return True  # "estimated the toll at 2,000": a figure given
            if tok.lemma_ in lx.COMMISSIVE_VERBS and c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children):
                return True  # "vowed to appeal the verdict": the commitment is the words
            if tok.lemma_ in lx.APPEAL_VERBS and (c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for"
                                                  or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                               for m in c.children)):
                return True  # "called for calm", "asked the court to", "called for the US to act"
        return False

    @staticmethod
    def _says_by_form(tok) -> bool:
        """'voiced concern', 'issued a statement', 'pointed out': speech only in that form."""
        lemma = tok.lemma_
        if lemma in lx.SAY_WITH_OBJECT and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in lx.SAY_WITH_OBJECT[lemma] for c in tok.children):
            return False
        if lemma in lx.SAY_WITH_PARTICLE:  # "played down", "pointed out"
            return any(c.dep_ == "prt" and c.lower_ == lx.SAY_WITH_PARTICLE[lemma] for c in tok.children)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        if lemma == "deny" and (any(c.dep_ == "dative" for c in objects) or len(objects) > 1 or any(
                c.lemma_.lower() in lx.GRANTED_NOUNS for c in objects)):
            return False  # "denied Chavez permission": a refusal, not a denial of words
        if lemma == "agree" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return False  # "agreed with the defence that ...": siding with another's words
        if lemma == "insist" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pcomp" for g in c.children) for c in tok.children):
            return False  # "insisted on visiting the shrine": a resolve, not words
        if lemma == "claim" and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in tok.children) and all(
                c.lemma_.lower() not in lx.CLAIMED_NOUNS for c in objects):
            return False  # "the crash claimed 200 lives", "Crash Claims All Aboard"
        return True

