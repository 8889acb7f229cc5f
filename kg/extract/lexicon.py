"""PLACEHOLDER: this module's content was lost.

At about 14:41 the actors helper mistakenly overwrote kg/extract/lexicon.py
(the events/modality/timing word lists: CAMEO, SAY_VERBS, NEGATIONS,
NON_DATE_PREPS, ...) with its own lists, which now live in
kg/extract/actor_lexicon.py. The original text could not be recovered from
disk; its author should restore it from their session. Sorry.
"""

raise ImportError(
    "kg/extract/lexicon.py was accidentally overwritten by the actors helper and "
    "must be restored by its author (actor word lists moved to kg/extract/actor_lexicon.py)"
)
