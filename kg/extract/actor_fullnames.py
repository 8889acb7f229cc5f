"""Which full name a shorter name stands for, royals included.

A story names someone in full once ("Luiz Inacio Lula da Silva", "Crown Prince Nayef
bin Abdulaziz") and then shorter ("Lula", "Prince Nayef"). The reader learns the full
names first; these methods map the shorter mentions onto them. A royal keeps the style
in the label ("King Abdullah"): the given name alone names no one, and a king and a
crown prince of one name are two people.
"""

from __future__ import annotations

from kg.extract import actor_names as names
from kg.extract import gazetteer as gz
from kg.extract.actor_lexicon import TITLE_HEADS


class FullNameMixin:
    """Needs ``doc``, ``table``, ``full_names``, ``person_at``, ``kin`` and ``royals``."""

    def _register_royals(self, royals: list[tuple[int, int, str, list[str]]]) -> None:
        """A royal's label keeps the style ("Prince Charles": "Charles" names no one). The longest
        style goes first, so "Prince Nayef" after "Crown Prince Nayef" is the same man, and a
        full name written also without the style ("Nayef bin Abdulaziz") is the royal's."""
        for inner, end, royal, words in sorted(royals, key=lambda r: (-len(r[2].split()) - len(r[3]), r[0])):
            label = f"{royal} {' '.join(words)}"
            if label not in self.full_names:
                known = self._match_full(inner, end)
                if known in self.royals and self.royals[known].split()[-1] == royal.split()[-1]:
                    continue
                if known is not None and known not in self.royals \
                        and names.continues_royal_name(words, self.full_names[known]):
                    self._rename_full(known, f"{royal} {known}")  # "Abdullah II" is King Abdullah
                    self.royals[f"{royal} {known}"] = royal
                    continue
                self.full_names[label] = words
                self.royals[label] = royal
            self.person_at.append((inner, label))
        for label in [lab for lab in self.full_names if lab not in self.royals]:
            same = [r for r in self.royals if self.full_names[r] == self.full_names[label]]
            if len(same) == 1:
                del self.full_names[label]
                self.person_at = [(i, same[0] if lab == label else lab) for i, lab in self.person_at]
        self.person_at.sort()

    def _rename_full(self, old: str, new: str) -> None:
        self.full_names[new] = self.full_names.pop(old)
        self.person_at = [(i, new if lab == old else lab) for i, lab in self.person_at]
        if old in self.kin:
            self.kin.discard(old)
            self.kin.add(new)

    def _match_full(self, start: int, end: int | None = None) -> str | None:
        """The full name a shorter name stands for: same last words, or same first word. Among
        several, the nearest full-name mention before wins (a relative's last), else the nearest after."""
        end = start + 1 if end is None else end
        words = [w.lower() for w in names.name_words(self.doc, start, end)]
        if not words:
            return None
        n = len(words)
        matches = [
            label for label, full in self.full_names.items()
            if (len(full) > n or label in self.royals) and [w.lower() for w in full[-n:]] == words
        ]
        if not matches and n == 1:
            matches = [label for label, full in self.full_names.items() if full[0].lower() == words[0]]
        if not matches and n == 1 and len(words[0]) > 2:  # "Lula" in "Luiz Inacio Lula da Silva"
            matches = [label for label, full in self.full_names.items()
                       if words[0] in (w.lower() for w in full[1:-1])]
        if not matches:
            return None
        titled = names.title_words_before(self.doc, start) & TITLE_HEADS  # "President Zuma", not the first lady
        if titled and len(matches) > 1:
            matches = [m for m in matches if names.holds_title(self.table.actors.get(f"person/{gz.slug(m)}"), titled)] \
                or matches
        royal = names.royal_title(self.doc, start)
        if royal and len(matches) > 1:  # "Prince Nayef": the crown prince, not the king of that name
            matches = [m for m in matches if self.royals.get(m, "").endswith(royal.split()[-1])] or matches
        if len(matches) == 1:
            return matches[0]
        before = [(i, lab) for i, lab in self.person_at if lab in matches and i < start]
        before = [(i, lab) for i, lab in before if lab not in self.kin] or before  # not "his wife X Macron"
        if before:
            return before[-1][1]
        after = [(i, lab) for i, lab in self.person_at if lab in matches]
        return after[0][1] if after else matches[0]
