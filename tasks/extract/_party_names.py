"""What a party's name looks like, and what it never looks like: whether a line of an address
block may be a name, the name a block opens with, and the keys of a key/value grid beside a
block. The shapes of the other lines (street, postcode, contact and bank lines) are
`_address_shapes`; identifier shapes are `_id_shapes`; whether two names name one party is
`_same_party`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from tasks.extract._address_shapes import ATTENTION as _ATTENTION
from tasks.extract._address_shapes import BUSINESS_LINE as _BUSINESS_LINE
from tasks.extract._address_shapes import CONTACT as _CONTACT
from tasks.extract._address_shapes import (
    LEADERS,
    addressy,
    bare_street,
    has_legal_form,
    is_salutation,
)
from tasks.extract._address_shapes import POSTCODE as _POSTCODE
from tasks.extract._address_shapes import STAMP as _STAMP
from tasks.extract._address_shapes import STREET as _STREET
from tasks.extract._labels import (
    CORRECTION_RE,
    CREDIT_RE,
    GENERIC_LABELS,
    INVOICE_RE,
    PARTY_FIELDS,
    match_label,
    party_label,
)
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._named_street import before_street, name_line, repeats_street
from tasks.extract._parse import IBAN_RE, fold, parse_date

_ID_LINE: Final = re.compile(r"^[a-z][\w.\-/]{0,15}\s*[:#]?\s*[\d][\d\s./-]{5,}$")
"""A code and an identifier ("GLN 4000001123452", "Kd.-Nr. 009420"): a field, not a name."""
_KEY_VALUE: Final = re.compile(r"^[^:]{1,40}:\s*\S*\d")
"""A field and its number ("Globale Nummer: 4000001123452", "Kunden-Nr. : 009420")."""
_KEY_PAIR: Final = re.compile(r"^[^\W\d][^\W\d.]*\.?(?:[ -][^\W\d][^\W\d.]*\.?){0,2}\s*:\s+\S")
"""A short key and its value on one line ("Fahrzeug: Peugeot 308", "Objet : entretien"): a field."""
_NUMBER_LABEL: Final = re.compile(
    r"(?:^|[\s.\-])(?:nr|no|n°|nummer|number|numero|num|nro|nummer)\.?\s*:?$|\w(?:nr|nummer)\.?\s*:?$"
)
"""A label naming a number ("Unsere Abrechnungsnr.", "Customer No."): it ends in a number word."""
_GREETING: Final = re.compile(
    r"^(?:sehr\s+geehrte[rs]?|liebe[rs]?|dear|hello|cher|chere|estimad[oa]s?|muy\s+senor(?:es)?"
    r"|gentile|egregio|geachte|beste"
    # thanks and closings on receipts and letters: "Thank you for shopping with us"
    r"|thank\s*(?:you|s)|many\s+thanks|(?:vielen\s+)?dank(?:e)?(?:\s+(?:fur|schon))?"
    r"|wir\s+danken|merci|nous\s+vous\s+remercions|(?:muchas\s+)?gracias"
    r"|le\s+agradecemos|grazie|vi\s+ringraziamo|bedankt|(?:hartelijk\s+)?dank\s+(?:u|je)"
    r"|wij\s+danken|kind\s+regards|best\s+regards|mit\s+freundlichen\s+grussen"
    r"|cordialement|saludos|cordiali\s+saluti|met\s+vriendelijke\s+groet)(?![a-z])"
)
"""The greeting of a letter ("Sehr geehrter Herr Mustermann,"), never a name."""
_PREPOSITION: Final = (
    r"(?:in|of|for|to|at|by|from|with|per|on|into|fur|für|à|zu|zum|zur|von|vom|mit|an|am|auf|bei|nach"
    r"|aus|pro|je|im|en|de|du|des|d'|pour|par|a|au|aux|chez|sur|avec|del|para|por|al|con|di"
    r"|della|dello|dei|degli|delle|da|dal|su|nel|van|voor|op|aan|bij|met|te|tot|naar|uit|der)"
)
_CODES: Final = (
    r"(?:eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|ron|bgn|isk|try|jpy|cad|aud|nzd|cny|inr|zar"
    r"|mxn|brl|sgd|hkd)"
)
_OPEN_ENDED: Final = re.compile(
    rf"^(?:\S+\s+){{0,3}}\S+\s+{_PREPOSITION}(?:\s+(?:{_CODES}|euro?s?|dollars?"
    r"|pounds?|(?:swiss\s+)?francs?|kronen|kroner|kronor|zloty|€|\$|£))?\W*$",
    re.IGNORECASE,
)
"""A line of up to five words ending in a preposition (with a currency after it at most):
"Prijzen in", "Prices in EUR", "All amounts in", "Precios en", "Opgesteld voor", "Billed to".
A key or a caption whose value sits beside or below it, never a name."""
_SPACED: Final = re.compile(r"^(?:\S ){3,}\S$")
_PLACE: Final = (
    r"(?:location|site|place|standort|einsatzort|ort|emplacement|lieu|localisation|ubicaci[oó]n"
    r"|emplazamiento|lugar|ubicazione|luogo|localit[aà]|locatie|plaats|ligging)"
)
_PLACE_CAPTION: Final = re.compile(
    rf"^(?:[^\W\d_]+\s+){{1,2}}{_PLACE}\W*$"
    rf"|^(?i:{_PLACE})(?:\s+[^\W\d_A-ZÀ-Ý][^\W\d_]*(?:['\u2019][^\W\d_]+)?){{1,3}}\W*$"
)
"""A caption naming where the work was done: a word or two before a place word ("Borehole
location", "Project site") or a place word before lower-case words ("Emplacement du forage",
"Ubicación de la obra", "Luogo di intervento"); a name goes on with a capital."""

_OF_BILL: Final = re.compile(
    r"(?:(?:of\s*(?:the\s*|this\s*)?|for\s*(?:the\s*)?|de\s*(?:la\s*|l')?|du|des|della|dell'|di|del"
    r"|der|zur|fur(?:\s*die)?|van(?:\s*de)?|voor(?:\s*de)?)\s*)?(?:invoice|bill|rechnung|facture"
    r"|factura|fattura|factuur)\W*$"
)
"""The rest of a line after a party word that makes it a caption: "de la facture", "factuur"."""


def collapse_spaced(text: str) -> str:
    """ "K O S T E N R E C H N U N G" -> "KOSTENRECHNUNG": titles printed letter-spaced."""
    return text.replace(" ", "") if _SPACED.match(text) else text


def is_label(text: str) -> bool:
    """Whether `text` opens with a field label; a generic word opening a name ("Data Systems
    Ltd", "Net Solutions GmbH") or a party word inside one ("Lieferant GmbH") is none."""
    folded = fold(text)
    found = match_label(folded)
    if found is None:
        return False
    rest = text[found.end :].strip()
    if re.match(r"['\u2019`]\w", text[found.end :]):
        return False  # the label's word goes on past an apostrophe: "Net'Azur", "Total'Eco"
    if found.field in PARTY_FIELDS:
        # a party word with an invoice word ("Client de la facture", "Klant factuur") is a
        # caption, never a name
        return bool(_OF_BILL.match(fold(rest))) or party_label(rest, text[: found.end])
    generic = folded[: found.end].strip(" .:") in GENERIC_LABELS
    return not (generic and rest[:1].isalpha())


def is_title(text: str) -> bool:
    """An invoice or credit note title ("Rechnung", "FACTURE DE VENTE", "K O S T E N ...")."""
    folded = fold(collapse_spaced(text.strip()))
    joined = re.sub(r"(?<=[a-z])-(?=[a-z])", "", folded)  # "RECHNUNGS-KORREKTUR"
    forms = [folded, joined]
    if len(folded.split()) <= 4:
        forms.append(folded.replace(" ", ""))  # "Fatt u ra" read from a scan
    for pattern in (CORRECTION_RE, CREDIT_RE, INVOICE_RE):
        for form in forms:
            found = pattern.match(form)
            if found and len(form[found.end() :].split()) <= 2:
                return True
    return False


@lru_cache(maxsize=4096)
def nameable(text: str) -> bool:
    """Whether `text` may be a party's name: not a label, title, contact, bank or register
    line, identifier, date/amount line with leader dots, nor a street or postcode line."""
    text = text.strip()
    folded = fold(text)
    letters = sum(c.isalpha() for c in text)
    words = len(text.split())
    if letters < 2 or text.endswith(":") or _KEY_VALUE.match(text) or _GREETING.match(folded):
        return False
    if _KEY_PAIR.match(text) or _NUMBER_LABEL.search(folded):
        return False  # a "Key: value" line or a number's label is a field, never a name
    if _PLACE_CAPTION.match(text) and not has_legal_form(text):
        return False  # "Borehole location", "Emplacement du forage": where the work was done
    if _OPEN_ENDED.search(text):
        return False  # "Prijzen in", "Prices in EUR", "Opgesteld voor": a caption or a key
    if words > 10 or (
        words > 6
        and not has_legal_form(text)
        and not _title_cased(re.sub(r"\s+\d{1,4}[a-z]?$", "", text))  # "... Avenida de España 18"
        and not _named_pieces(text)
    ):
        return False  # a sentence; "Academia de Idiomas Puerta del Sol Salamanca" is a name
    if LEADERS.search(text) or _CONTACT.search(folded):
        return False
    if _BUSINESS_LINE.match(folded) or _ATTENTION.match(folded) or _STAMP.match(folded):
        return False
    if _ID_LINE.match(folded):
        return False
    if IBAN_RE.search(text):
        return False
    if is_label(text) or is_title(text) or parse_date(text) is not None:
        return False
    if not text[0].isalnum() and text[0] not in "\"'«":
        return False  # "(eat": a scanning artefact or a remark in brackets
    if (text[0].isdigit() or addressy(text)) and not (
        has_legal_form(text) or before_street(text, _STREET, _POSTCODE)
    ):
        return False  # "12 rue de la Fosse", "Via Emilia 10"; "3M Deutschland GmbH" is a name
    return not (_POSTCODE.search(folded) and _STREET.search(folded))


def _named_pieces(text: str) -> bool:
    """A name in comma-separated pieces, each short and opening with a capital, no digit nor
    closing stop ("Musée d'horlogerie du Locle, Château des Monts"), or with a department in
    lower case after a proper name ("École maternelle Jean Jaurès, mairie de Pessac"); a
    sentence runs on."""
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) < 2 or re.search(r"\d|[.!?]$", text) or any(len(p.split()) > 5 for p in pieces):
        return False
    if all(p[:1].isupper() for p in pieces):
        return True
    # a part in lower case after a proper name of two capitalised words or more: "École
    # maternelle Jean Jaurès, mairie de Pessac"; "Payment by bank transfer, ..." names nobody
    capitals = sum(w[:1].isupper() for w in pieces[0].split())
    return pieces[0][:1].isupper() and capitals >= 3 and all(p[:1].isalpha() for p in pieces)


_LINK_WORD: Final = re.compile(
    rf"^(?:{_PREPOSITION}|nelle|negli|nella|nello|della|dello|delle|degli|sulla|sulle|sullo"
    r"|dalla|dalle|dagli|alla|alle|agli|über|uber|unter|sous|entre|près|pres|sobre|junto"
    r"|over|onder|near|upon|under|with|from|bij|tussen|zwischen|beim|vers)$"
)
"""A linking word a name's long words may include in lower case ("Ponte nelle Alpi")."""


def _title_cased(text: str) -> bool:
    """Every word longer than three letters opens with a capital, as a long name's words do
    ("Academia de Idiomas Puerta del Sol Salamanca"); a sentence has lower-case words."""
    long = [w for w in text.split() if len(w) > 3 and not _LINK_WORD.match(w)]
    return bool(long) and all(w[0].isupper() for w in long) and not re.search(r"\d", text)


def split_name(text: str) -> str:
    """The name in "Name, street, town" or "Name · street · town" printed on one line."""
    parts = re.split(r"\s+[·|•●\u2014\u2013]\s+|\s+-\s+(?=\S*\d)", text)
    # A trailing remark in brackets, "(No. 40021)", or its opening cut off by a label: "... ("
    name = re.sub(r"\s*\([^()]*\d[^()]*\)\s*$|\s*\([^()]*$", "", parts[0])
    pieces = [p.strip() for p in name.split(",")]
    if len(pieces) > 1 and any(addressy(p) for p in pieces[1:]):
        keep = [pieces[0]]
        for piece in pieces[1:]:
            if re.search(r"\d", piece) or addressy(piece) or _STREET.search(fold(piece)):
                break
            # "Acme, Inc.", "Rossi, S.r.l."; a department in lower case: "Opéra, atelier couture"
            if not (has_legal_form(piece) or piece[:1].islower()):
                break
            keep.append(piece)
        name = ", ".join(keep)
    return name.strip(" :,;")


def _name_not_street(text: str) -> bool:
    return nameable(text) and not bare_street(text)  # "Hohe Straße" in bold, then "12 · Köln"


def block_name(block: list[Segment]) -> tuple[str, Segment] | None:
    """The name a block opens with, past up to two field lines ("GLN ...", "Firma"): a
    salutation line joins the next ("Herrn Max Mustermann"), and so does a name whose legal form
    follows on the next line ("MVM Musterhafter" + "Versicherungsverein Musterstadt a.G.")."""
    lines = [name_line(s, addressy, _name_not_street) for s in block]
    k = 0
    # A line ending in a colon is a label whose value follows ("Remit to:", "Anschrift:").
    while k < min(len(lines), 3) and (
        lines[k].rstrip().endswith(":") or not nameable(split_name(lines[k]))
    ):
        if k + 1 < len(lines) and not is_label(lines[k]) and repeats_street(*lines[k : k + 2]):
            return lines[k].strip(), block[k]  # "Stockwerkeigentümer Rebhaldenweg 8"
        k += 1
    if k >= len(lines) or k == 3:
        return None
    name = split_name(lines[k])
    following = split_name(lines[k + 1]) if k + 1 < len(lines) else ""
    if is_salutation(name):
        if not following or not nameable(following):
            return None
        name = f"{name} {following}"
    elif (
        following
        and not has_legal_form(name)
        and len(name.split()) <= 3
        and has_legal_form(following)
        and nameable(following)
        and not re.search(r"\d", following)
    ):
        name = f"{name} {following}"
    return (name, block[k]) if nameable(name) else None


def number_only(text: str) -> bool:
    """An identifier without a word ("10023", ": K-4711"): a number, never a party's name."""
    text = text.strip(" :#.")
    return any(c.isdigit() for c in text) and sum(c.isalpha() for c in text) <= 2


def key_row(segment: Segment, page: PageLayout) -> bool:
    """A key of a key/value grid: a short value right of it on its line, under a labelled key
    at the same left edge whose value is right above its own ("Date of invoice | 21/09/2026"
    over "Till | 01", "Due date | 2026-10-09" over "Currency | EUR")."""
    if segment.line == 0:
        return False
    above = page.lines[segment.line - 1]
    key = next((s for s in above if abs(s.x0 - segment.x0) < 3), None)
    if key is None or segment.y0 - key.y1 >= segment.height * 1.5:
        return False
    value, over = _short_value(segment, page.lines[segment.line]), _short_value(key, above)
    found = match_label(key.folded)
    if value is None or over is None or found is None or found.field in PARTY_FIELDS:
        return False
    if match_label(value.folded) is not None or match_label(over.folded) is not None:
        return False  # keys of another column beside a block ("Issued" beside a name)
    aligned = abs(value.x0 - over.x0) < 3 or abs(value.x1 - over.x1) < 3
    return aligned or any(c.isdigit() for c in value.text)


def _short_value(key: Segment, line: list[Segment]) -> Segment | None:
    """The piece right of `key` on its line when it is a short value ("01", "EUR")."""
    right = next((s for s in line if s.x0 > key.x1), None)
    if right is None or len(right.words) > 3:
        return None
    return right
