"""RDF terms as plain Python values, for :func:`kg.query` rows.

A script wants ``row["n"] + 1``, not ``int(row["n"].value)``. The mapping is
lossless where Python has a type that holds the whole value, and the lexical
form (a ``str``) elsewhere, so nothing is rounded or invented:

=====================================  ===========================================
RDF term                               Python value
=====================================  ===========================================
IRI                                    ``str`` (the IRI)
blank node                             ``str`` ``"_:label"``
xsd:string, rdf:langString             ``str``
xsd:integer and its subtypes           ``int``
xsd:decimal                            ``decimal.Decimal``
xsd:double, xsd:float                  ``float``
xsd:boolean                            ``bool``
xsd:date                               ``datetime.date``
xsd:dateTime                           ``datetime.datetime``
xsd:gYear, xsd:gYearMonth, any other   ``str`` (the lexical form, ``"2022-05"``)
a triple term                          ``tuple`` (subject, predicate, object)
unbound                                ``None``
=====================================  ===========================================

A literal whose text does not parse as its datatype (``"abc"^^xsd:integer``)
stays a ``str``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

import pyoxigraph as ox

__all__ = ["to_python"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
             "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
             "unsignedShort", "unsignedByte")


def _boolean(text: str) -> bool:
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError(text)


def _datetime(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    **{_XSD + name: int for name in _INTEGERS},
    _XSD + "decimal": Decimal,
    _XSD + "double": float,
    _XSD + "float": float,
    _XSD + "boolean": _boolean,
    _XSD + "date": dt.date.fromisoformat,
    _XSD + "dateTime": _datetime,
}


def to_python(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Any:
    """The Python value of one term (see the table in the module docstring)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return (to_python(term.subject), to_python(term.predicate), to_python(term.object))
    convert = _CONVERTERS.get(term.datatype.value)
    if convert is None:
        return term.value
    try:
        return convert(term.value.strip())
    except (ValueError, InvalidOperation):
        return term.value
