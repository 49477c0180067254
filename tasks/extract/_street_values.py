"""A line of an address is never the invoice's number: a road code ("Carretera A-319 km 48",
"SS 36 del Lago", "Route N-340"), a house number or a P.O. box in a street line may have the
shape of an identifier, and a label whose value is sought below or beside it may reach into
an address block printed there."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._parse import fold

_STREET_WORD: Final = re.compile(
    r"(?<![\w-])(?:"
    # roads between towns: "Carretera", "Ctra.", "Autovía", "Strada statale", "Route nationale",
    # "Bundesstraße", "Landstraße", "Rijksweg", "Highway", "km 48"
    r"carretera|ctra\.?|crta\.?|autovia|autopista|camino|travesia|strada|statale|provinciale"
    r"|route|chaussee|bundesstra(?:ss|\u00df)e|landstra(?:ss|\u00df)e|rijksweg|provincialeweg"
    r"|highway|hwy\.?|motorway|km\.?|"
    # streets in a town: "Straße", "Rue", "Calle", "Via", "Road", "Straat"
    r"stra(?:ss|\u00df)e|str\.|weg|gasse|platz|allee|damm|rue|avenue|boulevard|bd\.?|chemin"
    r"|place|quai|impasse|calle|c/|avda\.?|avenida|paseo|plaza|via|viale|piazza|corso|largo"
    r"|vicolo|street|st\.|road|rd\.?|lane|drive|avenue|ave\.?|blvd\.?|straat|laan|plein|gracht"
    r"|kade|dijk|postfach|apartado|casella\s*postale|p\.?\s*o\.?\s*box|b\.?\s*p\.|postbus"
    r")(?![\w-])"
)
"""A word naming a road or a street, standing as a word of its own ("Weg" in "Mühlweg 4" is
inside a word and names nothing by itself here, as the value's own text holds it)."""


def street_line(text: str, value: str) -> bool:
    """Whether `text`, where `value` was read, is a line of an address: it holds a road or
    street word outside the value, and a digit outside the value (the road's code beside a
    kilometre, a house number), or the value is a road's code or a house number itself
    ("Hauptstraße 45", "Calle Mayor 12")."""
    folded = fold(text)
    found = folded.find(fold(value))
    rest = folded if found < 0 else folded[:found] + " " + folded[found + len(value) :]
    street = _STREET_WORD.search(rest) or _COMPOUND_STREET.search(rest)
    return bool(street) and (
        any(c.isdigit() for c in rest)
        or _ROAD_CODE.search(fold(value)) is not None
        or _HOUSE.fullmatch(fold(value)) is not None
    )


_COMPOUND_STREET: Final = re.compile(
    r"[a-z]{3,}(?:stra(?:ss|\u00df)e|str\.|gasse|allee|straat|laan|gracht|kade)(?![\w-])"
)
"""A street named in one word with its own name: "Hafenstraße", "Lindenallee", "Kerkstraat",
"Keizersgracht" (German and Dutch join the name to the street word)."""

_ROAD_CODE: Final = re.compile(r"^(?:[a-z]{1,3}\s*-?\s*\d{1,4}[a-z]?)$")
"""A road's code: letters, then up to four digits ("A-319", "N 340", "SS36", "B27")."""

_HOUSE: Final = re.compile(r"\d{1,4}[a-z]?")
"""A house number: up to four digits, perhaps a letter ("45", "12b")."""

__all__ = ["street_line"]
