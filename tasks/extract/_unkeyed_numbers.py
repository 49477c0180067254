"""The last way to number an invoice that no label, title or other rule numbers: the only
identifier-shaped value in the upper part of the first page that forms a key-value pair with a
short caption no rule knows (beside, above or below it). The value has digits and is no date,
amount, percentage, year, page number, phone, VAT id, IBAN or address piece; the caption has
no figures and names nothing else (a date, a customer, an order, a delivery, a contract, a tax
or bank detail, a phone, a place). The pair must stand in the column of keys that holds the
issue date's label, within a few lines of it, on a page titled an invoice, above the line-item
table. When more than one such value remains none is given (a wrong number is worse than
none), and the one found is given at a low confidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._account_numbers import account_numbers
from tasks.extract._booked_numbers import booked_numbers
from tasks.extract._hits import Found, Hit
from tasks.extract._identifiers import identifier
from tasks.extract._keyed_dates import _pointed
from tasks.extract._last_numbers import _titled_invoice
from tasks.extract._layout import PageLayout, Segment

UNKEYED: Final = 0.35
"""The confidence of a number read from a caption no rule knows."""
_UPPER: Final = 0.45
"""How far down the first page the header reaches."""
_BESIDE: Final = 120.0
"""How far (points) a caption beside its value may stand."""
_BLOCK: Final = 70.0
"""How far (points) above or below the issue date's label the pair may stand."""
_ALIGNED: Final = 6.0
"""How far apart (points) the left edges of a column's pieces may be."""
_CAPTION_WORDS: Final = 6
"""At most this many words in a caption."""
_OTHER_KEY: Final = re.compile(
    # stems found inside compounds too: "Rechnungsdatum", "Kundennummer", "Lieferschein"
    r"dat(?:um|e|a)|fecha|giorno|kunde|client|klant|customer|debit|deudor|account|konto|compte"
    r"|cuenta|conto|rekening|order|auftrag|bestel|commande|pedido|ordine|deliver|liefer|livr"
    r"|entrega|consegna|levering|pakbon|albaran|versand|exped|purchase|contra|vertrag|steuer"
    r"|fiscal|siret|siren|handels|regist|iban|swift|bank|phone|telef|mobil|seite|pagina"
    r"|period|zeitraum|projec|projekt|projet|proyect|progett|codi|insur|versicher|police"
    r"|polic|polizz|poliz|tarif|quant|menge|total|amount|betrag|montant|importe|importo"
    r"|bedrag|preis|prezz|precio|prijs|plaque|kennzeichen|kenteken|targa|matric|serial"
    r"|ticket|booking|reserv|zimmer|chambre|habitac|patient|mitglied|membre|socio|charge"
    r"|batch|angebot|offer|quot|devis|presupuest|preventiv|offerte|echeance|vencim|scaden"
    r"|verval|fallig|termin|betaal|zahl|paiement|pago|pagament|payment"
    # a place: "Poste / emplacement", "Stellplatz", "Ligplaats", "Berth", "Ubicación"
    r"|emplacement|location|standort|stellplatz|liegeplatz|ligplaats|ubicac|amarr|berth"
    r"|pitch|luogo|posto|parcel|stand"
    # an agreement: "Aanneemovereenkomst", "Rahmenvereinbarung", "Service agreement"
    r"|overeenkomst|vereinbarung|agreement|accord|acuerdo|convenio|convention|mandat"
    # short words only at a word's start: "Tag", "Due", "PO", "VAT", "Tel.", "Code", "Lot"
    r"|(?<![a-z])(?:tag|day|dag|due|po|vat|tva|iva|btw|ust|mwst|tax|kvk|hrb|bic|tel|fax|gsm"
    r"|page|blad|pag|cod|code|rate|qty|lot|vin|room|camera|kamer|table|tisch|mesa|tavolo"
    r"|tafel|lid|your|ihr|ihre|votre|vostr[ao]|su|uw|hora|time|zeit|heure|ora|uur|poste"
    r"|place|site|lieu|ort|plaats|slot|box)(?![a-z])"
)
"""Caption words naming another field, another document or a thing of the buyer's."""


def unkeyed_numbers(
    layouts: Sequence[PageLayout], hits: list[Hit], top: int | None = None
) -> list[Found]:
    """The only identifier in the first page's header (above the line-item table's header
    line `top`) paired with an unknown short caption; else the number captioned an account's
    on a document calling itself an account; else a booking's or a docket's number alone in
    the issue date's block (`_booked_numbers`)."""
    return (
        _unkeyed(layouts, hits, top)
        or account_numbers(layouts)
        or booked_numbers(layouts, hits, top)
    )


def _unkeyed(layouts: Sequence[PageLayout], hits: list[Hit], top: int | None) -> list[Found]:
    if not layouts or not _titled_invoice(layouts[0]):
        return []  # a delivery note's or an order's own number is no invoice number
    layout = layouts[0]
    pointed = _pointed(layout, hits)
    limit = layout.height * _UPPER
    dated = [h.segment for h in hits if h.field == "issue_date" and h.segment.page == layout.number]
    found: dict[str, Found] = {}
    for line in layout.lines[:top]:
        for segment in line:
            if segment.y0 > limit or id(segment) in pointed or _known(segment):
                continue
            value = identifier(segment.text.strip())
            if value is None:
                continue
            captions = [c for c in _neighbours(layout, segment) if _caption(c)]
            if not any(_beside_date(c, segment, dated) for c in captions):
                continue
            found.setdefault(value, Found(value, UNKEYED, "unkeyed number", segment, value))
    return list(found.values()) if len(found) == 1 else []


def _known(segment: Segment) -> bool:
    """Whether a rule knows a label in `segment`."""
    return bool(segment.labels)


def _beside_date(caption: Segment, value: Segment, dated: list[Segment]) -> bool:
    """Whether the pair stands in the same block of keys as the issue date's label: in its
    column (left edges aligned) within a few lines of it, as the invoice's own number does."""
    for label in dated:
        if label is caption:
            return False
        near = min(abs(label.bbox[1] - caption.bbox[1]), abs(label.bbox[1] - value.bbox[1]))
        aligned = min(abs(label.bbox[0] - caption.bbox[0]), abs(label.bbox[0] - value.bbox[0]))
        if near <= _BLOCK and aligned <= _ALIGNED:
            return True
    return False


def _caption(segment: Segment) -> bool:
    """A short caption of letters alone that no rule claims and that names nothing else."""
    text = segment.text.strip()
    words = text.split()
    return (
        0 < len(words) <= _CAPTION_WORDS
        and not any(c.isdigit() for c in text)
        and sum(c.isalpha() for c in text) >= 3
        and not _known(segment)
        and not text.endswith(".")
        and not text.rstrip(":").count(":")  # "Verpackung : Flasche": a key with its value
        and _OTHER_KEY.search(segment.folded) is None
    )


def _neighbours(layout: PageLayout, segment: Segment) -> list[Segment]:
    """The pieces left and right of `segment` on its line, and those just above and below it
    overlapping it."""
    near = [
        s
        for s in layout.lines[segment.line]
        if s is not segment
        and max(s.bbox[0] - segment.bbox[2], segment.bbox[0] - s.bbox[2]) <= _BESIDE
    ]
    height = segment.bbox[3] - segment.bbox[1]
    for index in (segment.line - 1, segment.line + 1):
        if not 0 <= index < len(layout.lines):
            continue
        for other in layout.lines[index]:
            gap = max(other.bbox[1] - segment.bbox[3], segment.bbox[1] - other.bbox[3])
            overlap = min(other.bbox[2], segment.bbox[2]) - max(other.bbox[0], segment.bbox[0])
            if gap <= height * 1.5 and overlap > 0:
                near.append(other)
    return near


__all__ = ["UNKEYED", "unkeyed_numbers"]
