"""kg: a timeline and event knowledge graph from news articles."""

from __future__ import annotations

__version__ = "0.1.0"
