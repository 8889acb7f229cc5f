"""Criticism that spans sentences: whose "the plan" or "the sign" is, and who the critics were.

A story's headline names its protagonist ("Lycos Europe ends its anti-spam
campaign"), so a definite plan, programme or decision that has no owner in its
own sentence is the headline subject's. Any other definite noun ("complained over the
sign") is the thing named before with the same word, and belongs to that mention's owner
("the embassy's decorations feature a sign"). A criticism by a generic group
("Security experts criticized the program.") is often followed by the named
members of that group saying what was wrong ("A and B pointed out that it was
not a good idea."): those speakers criticised the same target.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, subject_tokens
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE

# How far back a definite noun looks for its first mention, in tokens (a few paragraphs).
ANTECEDENT_WINDOW = 250
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
GENERIC_DEEDS = frozenset({"action", "act", "move", "step", "operation", "measure"})
ANY_DEED_VERBS = frozenset().union(*(v for k, v in lx.KIND_VERBS.items()
                                     if k not in ("criticism", "words")))  # words are no deed

KIND_NOUNS = frozenset({"kind", "type", "sort", "form"})
NEGATORS = frozenset({"not", "n't", "no", "never", "nothing", "neither", "nor"})


class DiscourseRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: rules across sentences."""

    _headline_done = False
    _headline: list = []

    # ---- the headline's protagonist ------------------------------------------------
    def headline_actors(self) -> list:
        """Actors in subject position of the headline, when the text opens with it."""
        if self._headline_done:
            return self._headline
        self._headline_done = True
        self._headline = []
        if not self.actors.headline_end():
            return []
        first = next(iter(self.doc.sents), None)
        if first is None:
            return []
        verbs = [t for t in first if t.pos_ == "VERB" and t.dep_ == "ROOT"]
        for verb in verbs:
            self._headline = self.of_type(actors_in(subject_tokens(verb), self.resolve),
                                          PERSON, ORGANIZATION, PLACE)
        if not self._headline:  # headlines parse badly ("Sony withdraws" as a noun): take its opening name
            key = self.resolve(first[0])
            if key is not None and self.actors.actors[key].type in (PERSON, ORGANIZATION, PLACE):
                self._headline = [(key, first[0])]
        return self._headline

    def headline_owner(self, noun) -> list:
        """'the program' with no owner in its sentence belongs to the headline's protagonist."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.DEED_NOUNS \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children) \
                or noun.sent.start == 0:
            return []
        return list(self.headline_actors())

    # ---- a definite noun's first mention ------------------------------------------------
    def antecedent_owners(self, noun, depth: int = 0) -> list:
        """'complained over the sign', 'condemned the strike': whose the thing named before was.

        The nearest earlier mention decides: the same word in the same number, a word of
        the same kind of deed ("a missile attack" ... "the strike"), or its verb ("jets
        bombed" ... "the bombing"). Its owner is its possessor or "by" phrase, the doer of
        the verb or of a support verb ("launched an attack"), or the owner of the noun it
        belongs to ("X's decorations that feature a sign"); a definite mention with no owner
        passes the question on to its own antecedent.
        """
        if noun.pos_ != "NOUN" or not any(c.dep_ in ("det", "amod", "predet") and c.lower_ in DEFINITE
                                          for c in noun.children):  # "such statements" too
            return []
        lemma = noun.lemma_.lower()
        kind = lx.DEED_KINDS.get(lemma)
        verbs = {lx.NOMINALIZATIONS.get(lemma, lemma)} | lx.KIND_VERBS.get(kind, frozenset())
        # "this action", "that move": a generic deed named with a demonstrative is the last deed of any kind
        generic = lemma in GENERIC_DEEDS and any(c.lower_ in ("this", "that") for c in noun.children) \
            or lemma == "incident"  # "the incident" is the last deed told, of whatever kind
        if generic:
            verbs = verbs | ANY_DEED_VERBS
        doc = self.doc
        for i in range(noun.i - 1, max(-1, noun.i - ANTECEDENT_WINDOW), -1):
            prev = doc[i]
            if prev.pos_ == "VERB":
                if kind == "words" and prev.is_ancestor(noun):
                    continue  # "said it was hurt by the report": the saying verb does not name the report
                if prev.lemma_.lower() in verbs:  # "Rebels attacked the post. X condemned the attack."
                    found = self._state_arms(subject_tokens(prev)) or self.agents_of(prev)
                    if found or kind != "words":  # "the report accuses": the report itself, named before
                        return found
                continue
            if prev.pos_ != "NOUN" or kind != "accusation" and (prev.tag_ == "NNS") != (noun.tag_ == "NNS"):
                continue  # one attack is not the attacks before; "the accusation" may sum up "allegations"
            if prev.lemma_.lower() != lemma and not (generic and lx.DEED_KINDS.get(prev.lemma_.lower()) not in (
                    None, "criticism")) and (
                    kind is None or lx.DEED_KINDS.get(prev.lemma_.lower()) != kind):
                continue
            owners = self._owners_of(prev)
            holder = prev.head
            if holder.dep_ == "prep" and holder.head.lemma_.lower() in KIND_NOUNS:
                continue  # "this kind of operation": deeds in general, no mention of one
            if owners:
                return owners
            if prev.dep_ == "dobj" and (holder.lemma_.lower() in lx.SUPPORT_VERBS_OF_DEEDS  # "published a report"
                                        or kind == "words" and holder.lemma_.lower() in verbs):
                # "Rebels carried out an attack": the deed is its doer's
                return self._state_arms(subject_tokens(holder))
            if prev.dep_ == "pobj" and holder.lower_ == "in" and holder.head.pos_ == "VERB" and kind == "words" \
                    and prev.lemma_.lower() == lemma and holder.head.lemma_.lower() in lx.SAY_VERBS \
                    and not holder.head.is_ancestor(noun):
                return self.agents_of(holder.head)  # "In a report, the group said ...": the group's
            if prev.dep_ in ("dobj", "pobj") and holder.dep_ in ("relcl", "acl", "prep") \
                    and holder.head.pos_ == "NOUN":
                owners = self._owners_of(holder.head)  # "decorations that feature a sign"
                if owners or kind != "words":
                    return owners  # "a summary of the report" with no owner: the report's own first mention
            return self.antecedent_owners(prev, depth + 1) if depth < 4 else []
        return []

    def _state_arms(self, doers: list) -> list:
        """The doers' actors, where a state's armed forces ("Israeli jets", "Turkish troops")
        act for the state."""
        out = []
        for tok in doers:
            place = None
            if tok.lemma_.lower() in lx.STATE_ARMS or tok.lower_ in lx.STATE_ARMS:
                mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
                place = gz.demonym_among(mods) or next(  # "the Colombia military"
                    (p for p in (gz.country(c.text) for c in mods if c.pos_ == "PROPN") if p is not None), None)
            if place is not None:
                out.append((self.place_key(place), tok))
            else:
                out += self.of_type(actors_in([tok], self.resolve), PERSON, ORGANIZATION, GROUP, PLACE)
        return out

    # ---- named critics after a generic one ----------------------------------------------
    def _elaborated_criticisms(self, candidates: list) -> list:
        """'Experts criticized X. A and B said it was not a good idea.' -> A and B criticized X."""
        out = []
        statements: dict[int, list] = {}  # sentence start -> the statements in it
        for c in candidates:
            if c.type == lx.STATED:
                statements.setdefault(c.trigger.sent.start, []).append(c)
        for cand in [c for c in candidates if c.type == lx.CRITICIZED]:
            if not all(self.actors.actors[k].type == GROUP for k, _ in cand.agents):
                continue
            sent = cand.trigger.sent
            if sent.end >= len(self.doc):
                continue
            for stmt in statements.get(self.doc[sent.end].sent.start, ()):
                named = [a for a in stmt.agents if self.actors.actors[a[0]].type in (PERSON, ORGANIZATION)]
                targets = [t for t in cand.targets if t[0] not in {a for a, _ in named}]
                if named and targets and self._negative_content(stmt):
                    out.append(self.Candidate(lx.CRITICIZED, cand.cameo, stmt.trigger,
                                              "events.criticized.elaboration", 0.55,
                                              agents=named, targets=targets))
        return out

    def _negative_content(self, stmt) -> bool:
        clause = stmt.content
        tokens = list(clause.subtree) if clause is not None else []
        return any(t.lower_ in NEGATORS or t.lemma_.lower() in lx.NEGATIVE_JUDGEMENTS
                   or t.lemma_.lower() in lx.BLAME_WORDS for t in tokens)
