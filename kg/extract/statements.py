"""Statements: who said something, from a speech verb, a noun of saying or "according to".

A speaker is a named actor, a body that speaks through an unnamed member ("a
foreign ministry spokesman said"), or a story's author; a headline's statement is
left to the body, which names its speaker in full. The reported clause or quote
is the statement's content.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, patient_tokens, prep_objects, subject_tokens
from kg.extract.coref_bodies import unnamed_body_label
from kg.extract.misparses import subject_after_according
from kg.extract.nationality import LEADERS_BODIES
from kg.extract.speakers import CHARGE_VERBS, STANCE_VERBS
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE

CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?"})  # trimmed off a clause cut from its attribution
# Bare collectives that still name one institution of public life ("the media", "the press").
NAMED_COLLECTIVES = frozenset({"media", "press"})


class StatementRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: statements and their content."""

    def _clause_text(self, clause, trigger) -> str:
        """The reported clause, without an attribution inside it ("..., according to Y.")."""
        doc = self.doc
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        if not start <= trigger.i < end:
            return doc[start:end].text

        def loose(i: int) -> bool:
            return doc[i].text in CLAUSE_END or doc[i].is_space

        def rstrip(a: int, b: int) -> int:
            while b > a and loose(b - 1):
                b -= 1
            return b

        end = rstrip(start, end)
        cut_start, cut_end = trigger.left_edge.i, trigger.right_edge.i + 1
        if cut_end >= end:
            end = cut_start
        elif cut_start <= start + 1:
            start = cut_end
        end = rstrip(start, end)
        while start < end and loose(start):
            start += 1
        return doc[start:end].text

    def _statements(self, tok, *, nouns: bool) -> list:
        out = []
        if tok.idx < self.actors.headline_end():
            return []  # a headline sums up what the body reports with its speaker in full
        if nouns:
            out = self._content_noun(tok)
            if tok.pos_ == "NOUN" and tok.lemma_ in lx.SAY_NOUNS and tok.dep_ in ("dobj", "nsubj"):
                agents = actors_in([c for c in tok.children if c.dep_ == "poss"], self.resolve)
                if agents and tok.head.lemma_ not in lx.SAY_VERBS:
                    out.append(self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], tok, "events.stated.noun",
                                         0.75, agents=agents))
            if tok.lower_ == "words" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and self.quotes.near(tok.idx, tok.sent.start_char, tok.sent.end_char) is not None:
                agents = actors_in(prep_objects(tok, {"of"}), self.resolve)  # 'In the words of X, "..."'
                if agents:
                    out.append(self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], tok, "events.stated.noun", 0.8,
                                         agents=agents))
        elif tok.pos_ == "VERB" and tok.lemma_ in lx.SAY_VERBS:
            if tok.lemma_ in lx.SAY_NEEDS_CONTENT and not self._reports_speech(tok):
                return []
            if not self._says_by_form(tok):
                return []
            if tok.tag_ == "VBN" and tok.i > 0 and self.doc[tok.i - 1].text == "," and not any(
                    c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
                    c.lower_ in ("as", "by") and c.dep_ in ("prep", "agent") for c in tok.children):
                return []  # "X, described as the right-hand man of Y, ...": said of X, not by X
            if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("advcl", "acl") \
                    and tok.lemma_ in lx.ADDRESSED_VERBS and not any(
                    c.dep_ in ("aux", "auxpass", "agent", "nsubj") for c in tok.children):
                return []  # "Asked whether ..., X said": X was asked, the asker is not named
            own = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
            if not own and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in tok.children):
                return []  # "as stated on the website": no sayer of its own
            subjects = [self._body_of(s) for s in self._reporter_of(tok) or subject_tokens(tok)]
            if any(s.lemma_.lower() in lx.PROXY_SPEAKERS and any(c.dep_ == "poss" for c in s.children)
                   and not any(c.dep_ == "appos" for c in s.children)
                   and not (s.lower_ == "office" and unnamed_body_label(s, self._is_person_token)) for s in subjects):
                return []  # "his office said", "her lawyers said": not the person's own words ("X's office" is a body)
            if any(s.lower_ in LEADERS_BODIES and any(c.dep_ == "poss" for c in s.children)
                   and self.resolve(s) is None for s in subjects):
                return []  # "Sharon's government said", his state unknown: not Sharon's own words
            subjects = [s for s in subjects if not self._mute(s)]
            offices = [a for s in subjects if s.lower_ == "office" for a in self._unnamed_body(s)]
            agents = offices or actors_in(subjects, self.resolve) or self._unknown_speakers(subjects) \
                or self._document_authors(subjects)
            agents = [a for a in agents if not self._anyone(a[0])]
            if tok.lemma_ == "report":
                agents = [a for a in agents if not self._news_outlet(a[0])]  # "AFP reported": the story's source
            if (tok.lemma_ in CHARGE_VERBS or tok.lemma_ in STANCE_VERBS) and not self._words_given(tok):
                agents = [a for a in agents if self.actors.actors[a[0]].type != PLACE]  # a state's charge is its stance
            if not agents:
                return []
            cand = self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], tok, "events.stated.verb", 0.9,
                             agents=agents)
            if tok.lemma_ in lx.SAY_TO_OBJECT:
                cand.targets = [(k, t) for k, t in self.of_type(actors_in(patient_tokens(tok), self.resolve),
                                                                 PERSON, ORGANIZATION, GROUP, PLACE)
                                if t.lower_ not in NAMED_COLLECTIVES]  # "told (state) media": public, no one
            cand.content = next((c for c in tok.children if c.dep_ == "ccomp" or (
                c.dep_ == "dobj" and any(m.dep_ == "mark" for m in c.children))), None)
            out.append(cand)
        elif tok.text == ":":
            return self._colon_attribution(tok)
        elif tok.pos_ == "VERB" and tok.lemma_ in lx.DOCUMENT_SAY_VERBS:
            out = self._document_statement(tok)
        elif tok.lower_ == "according" and tok.dep_ == "prep":
            objs = prep_objects(tok, {"to"}) or [c for g in tok.children for c in g.children
                                                 if c.dep_ == "pobj"]
            spliced = subject_after_according(tok)  # "according to X, A and B were ...": A and B act
            agents = [a for a in actors_in(objs, self.resolve) if a[1] not in spliced] \
                or self._document_authors(objs) or self._named_next(objs) \
                or [a for o in objs for a in self._unnamed_body(o)]
            agents = [a for a in agents if not self._anyone(a[0]) and not self._news_outlet(a[0])]  # "according
            # to officials", "according to the AP": no speaker in the story
            if agents:
                cand = self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], tok, "events.stated.according",
                                 0.8, agents=agents)
                if tok.head.pos_ in ("VERB", "AUX"):
                    cand.content = tok.head  # "X is guilty of torture, according to Y": Y says X is
                out.append(cand)
        for cand in out:
            sent = tok.sent
            quote = self.quotes.near(tok.idx, sent.start_char, sent.end_char)
            if quote is not None:
                cand.quote = quote
                self.speakers.setdefault(quote.start, cand.agents[0][0])
        return out


def worded(trigger) -> bool:
    """Whether a speech verb reports words in a clause of its own or of its object ("warned it could
    lead to war", "dispelled rumours that it had agreed"), which a quote field may not hold."""
    for child in trigger.children:
        if child.dep_ in ("ccomp", "xcomp", "parataxis"):
            return True
        if child.dep_ in ("dobj", "prep", "attr") and any(
                t.dep_ in ("ccomp", "acl", "relcl") and t.pos_ in ("VERB", "AUX") for t in child.subtree):
            return True
    return False
