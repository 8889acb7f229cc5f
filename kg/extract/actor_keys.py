"""Actor keys: the stable slug of an actor, and Place actors keyed by GeoNames id.

Shared by :mod:`kg.extract.actors` and :mod:`kg.extract.actor_entities`, which
would otherwise import each other.
"""

from __future__ import annotations

import unicodedata

from kg.extract.gazetteer import GeoPlace, slug
from kg.model import PLACE, Actor

__all__ = ["actor_key", "member_keys", "members_key", "place_actor", "story_key"]

MEMBERS = "members/"


def actor_key(type_: str, label: str) -> str:
    """Stable key of an actor by type and canonical label ("person/michelle-bachelet")."""
    return f"{type_.lower()}/{slug(label)}"


def story_key(key: str, document_id: str) -> str:
    """The key of an actor that one document alone tells apart ("the Foreign Ministry" of no named
    state, "the fire service"): no other document's actor of that label is merged with it."""
    return f"{key}/in/{slug(document_id)}"


def place_actor(place: GeoPlace | None, label: str) -> Actor:
    """A Place actor, keyed by its GeoNames id when it is linked (a region of our own table,
    with a negative id, by its name and country: "place/region-punjab-in")."""
    if place is None:
        return Actor(actor_key(PLACE, label), label, PLACE)
    if place.geonames_id < 0:
        return Actor(f"place/region-{slug(place.name)}{'-' + place.country.lower() if place.country else ''}",
                     place.name, PLACE, geonames_id=place.geonames_id)
    return Actor(
        f"place/geonames-{place.geonames_id}", _as_written(place.name, label), PLACE,
        geonames_id=place.geonames_id, latitude=place.latitude, longitude=place.longitude,
    )


def _as_written(name: str, written: str) -> str:
    """The gazetteer's name, or the text's spelling of it where the two differ only in accents
    ("Lome" for Lomé, "Urumqi" for Ürümqi): news copy drops them, and readers search as written."""
    if written == name or not written.isascii() or name.isascii():
        return name
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return written if plain == written else name


def members_key(keys: list[str] | tuple[str, ...]) -> str:
    """Key of a reference to several named actors at once ("the two prime ministers").

    Never an actor of the output: events expand it (:func:`member_keys`) so that
    what the group did holds for each member.
    """
    return MEMBERS + "+".join(keys)


def member_keys(key: str | None) -> tuple[str, ...]:
    """The member keys of a :func:`members_key`, else ``()`` (slugs hold no "+")."""
    if not key or not key.startswith(MEMBERS):
        return ()
    return tuple(key[len(MEMBERS):].split("+"))
