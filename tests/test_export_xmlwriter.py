"""The streaming XML writer writes what ElementTree's indent and tostring would, byte for byte."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from kg.export.xmlwriter import XmlWriter

TRICKY = 'A & B <c> "quoted"\ttab\nnew line\r café'


def written(build) -> str:
    out = io.StringIO()
    build(XmlWriter(out))
    return out.getvalue()


def elementtree(root: ET.Element) -> str:
    ET.indent(root)
    return ET.tostring(root, encoding="unicode") + "\n"


def test_xmlwriter_matches_elementtree_with_tricky_text_and_attributes():
    root = ET.Element("root", {"xmlns": "http://example.org/ns", "name": TRICKY})
    group = ET.SubElement(root, "group", {"id": "g1"})
    ET.SubElement(group, "item", {"key": TRICKY}).text = TRICKY
    ET.SubElement(group, "item", {"key": "empty"}).text = ""
    ET.SubElement(group, "marker")
    ET.SubElement(root, "after", {"n": "2"})
    ET.SubElement(root, "container", {"n": "3"})  # opened for children, none came

    def build(out: XmlWriter) -> None:
        with out.element("root", {"xmlns": "http://example.org/ns", "name": TRICKY}):
            with out.element("group", {"id": "g1"}):
                out.leaf("item", {"key": TRICKY}, TRICKY)
                out.leaf("item", {"key": "empty"}, "")
                out.leaf("marker")
            out.leaf("after", {"n": "2"})
            with out.element("container", {"n": "3"}):
                pass

    assert written(build) == elementtree(root)


def test_xmlwriter_output_parses_back_to_the_same_values():
    def build(out: XmlWriter) -> None:
        with out.element("root"):
            out.leaf("item", {"key": TRICKY}, TRICKY)

    item = ET.fromstring(written(build)).find("item")
    assert item.get("key") == TRICKY
    # XML turns a bare CR in text into LF; attributes keep it as &#13;.
    assert item.text == TRICKY.replace("\r", "\n")


def test_xmlwriter_closes_an_element_when_its_body_raises():
    out = io.StringIO()
    writer = XmlWriter(out)
    try:
        with writer.element("root"):
            raise ValueError("stop")
    except ValueError:
        pass
    assert out.getvalue() == "<root />\n" and writer.depth == 0
