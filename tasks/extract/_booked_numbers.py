"""A lower tier of the last way to number an invoice: the ONLY identifier in the block of keys
that holds the issue date's label, on a page titled an invoice, above the line-item table,
whose caption names a number ("Docket number", "Bordereau n°", "Buchungsnummer") or the
invoicing itself ("N° de réservation facturée", "Delivery note and invoice no."), even when it
also names a booking, a docket or a slip the invoice bills. Such a caption is the document's
own number when nothing else in the block is an identifier: the payment line asks to quote
"the reference above". It is never taken when the caption names a thing of the buyer's or
another agreement (a customer, an account, an order, a contract, a quotation, a tax or bank
detail, a phone, an article), when a delivery note is named without the invoice, or when a
second identifier stands in the block (then the other may well be the invoice's). The value
is given at a low confidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found, Hit
from tasks.extract._identifiers import identifier
from tasks.extract._last_numbers import _titled_invoice
from tasks.extract._layout import PageLayout, Segment

BOOKED: Final = 0.3
"""The confidence of a number read from a booking's, a docket's or a slip's caption."""
_UPPER: Final = 0.45
"""How far down the first page the header reaches."""
_GAP: Final = 24.0
"""How far (points) below a key the next key of its block may start."""
_ALIGNED: Final = 6.0
"""How far apart (points) the left edges of a column's keys may be."""
_BESIDE: Final = 200.0
"""How far (points) right of its caption a value may stand."""
_CAPTION_WORDS: Final = 6
"""At most this many words in a caption."""
_NUMBERED: Final = re.compile(
    # a number word or sign, alone or closing a compound: "Buchungsnummer", "Docket no."
    r"(?<![a-z])(?:n\s*°|n\.|no\.?|nr\.?|nro\.?|num\.?|#)(?![a-z])"
    r"|(?:number|nummer|numero|nummero)(?![a-z])"
    # the invoicing itself: "réservation facturée", "booking invoiced", "gefactureerd"
    r"|invoiced|fakturiert|facturee?s?|facturad[ao]s?|fatturat[aoie]"
    r"|gefactureerd|(?<![a-z])(?:invoice|rechnung|facture|factura|fattura|factuur)(?![a-z])"
)
"""A caption naming a number, or naming what it numbers as invoiced."""
_WORD: Final = re.compile(r"[a-z]{3,}")
"""A word naming what a number numbers (besides the number word)."""
_INVOICE: Final = re.compile(r"invoic|rechnung|factur|fattur|factuur|fakturiert")
"""A caption naming the invoice (besides what else it names)."""
_REFUSED: Final = re.compile(
    # stems found inside compounds too: "Kundennummer", "Auftragsnummer", "Kontonummer"
    r"kunde|client|klant|customer|debit|deudor|debtor|account|konto|compte|cuenta|conto"
    r"|rekening|order(?!eau)|auftrag|bestel|commande|pedido|ordine|purchase|contra|vertrag|overeen"
    r"|agreement|vereinbar|accord|acuerdo|convenio|mandat|angebot|offer|quot|devis|presupuest"
    r"|preventiv|offerte|steuer|fiscal|siret|siren|handels|regist|iban|swift|bank|phone"
    r"|telef|mobil|member|mitglied|membre|socio|policy|police|poliz|polis|versicher|insur"
    r"|patient|paciente|paziente|tenant|mieter|locataire|inquilino|huurder|supplier|vendor"
    r"|lieferant|fournisseur|proveedor|fornitore|leverancier|artikel|article|articolo|articulo"
    r"|serial|serie|ticket|meter|zahler|compteur|contador|contatore|vehic|fahrzeug|veicol"
    r"|voertuig|kennzeichen|plaque|targa|matric|kenteken|projec|projekt|projet|proyect|progett"
    r"|dossier|akten|expedient|pratic|case|tracking|sendung|shipment|spedizion|envio|zending"
    r"|batch|charge|lotto|lote|partij|room|zimmer|chambre|habitac|camera|kamer|stanza|table"
    r"|tisch|mesa|tavolo|tafel|seite|page|pagina|blad|date|datum|fecha|data|giorno|periode"
    r"|period|zeitraum|amount|betrag|montant|importe|importo|bedrag|total|quant|menge"
    # another invoice: "Original invoice no.", "Nº factura rectificada", "Bezugsrechnung"
    r"|origin|ursprung|ursprungl|rectific|rettific|corrig|correct|berichtig|korrig|storn"
    r"|cancel|annul|gutschrift|credit|previous|vorherig|vorig|preceden|anterior|oorspronk"
    r"|related|bezug|replace|ersetz|remplac|sostitu|sustitu|vervang|prior|earlier|fruhere"
    # a subscription's, a licence's, a card's, a mandate's or a product's code
    r"|abonn|subscri|suscri|abbona|utente|benutzer|nutzer|usuario|gebruiker|anschluss|folio"
    r"|licen|permit|certific|ausweis|karte|carte|tarjeta|tessera|kaart|card|sepa|glaubiger"
    r"|creditor|creancier|acreedor|creditore|incassant|isbn|imei|sku|gtin|duns|eori"
    # short words only at a word's start: "PO no.", "VAT no.", "Tel. no.", "Your ref."
    r"|(?<![a-z])(?:po|vat|tva|iva|btw|ust|mwst|tax|kvk|hrb|bic|tel|fax|gsm|lot|vin|your|ihre?"
    r"|votre|vos|su|sus|vostr[ao]|vs|uw|lid|cod|code|id|ref|rif|kd|kdn|kto|cust|cli|acc|acct"
    r"|a/c|ord|bestellnr|auftr|best|cde|cmd|ped|ctr|contr|cpte|nif|cif|siren|ust-?id|vat-?id"
    r"|user|pin|tan|ean|gln|cig|cup|hs|cpv|ik|ics|rum|umr"
    # the party billed: "Invoiced to", "Rechnung an", "Facturé à", "Gefactureerd aan"
    r"|to|an|a|aan|al|alla|au|address|adresse|anschrift|direcc|indirizz|adres)(?![a-z])"
)
"""Caption words naming a thing of the buyer's, another agreement or another field."""
_DELIVERY: Final = re.compile(
    r"lieferschein|delivery\s*note|livraison|albaran|pakbon|ddt|bolla|packing|dispatch"
    r"|versand|verzend|remito|entrega|consegna"
)
"""A caption naming a delivery note or a shipment: only with the invoice named beside it."""


def booked_numbers(
    layouts: Sequence[PageLayout], hits: list[Hit], top: int | None = None
) -> list[Found]:
    """The only identifier in the issue date's block of keys on the first page (above the
    line-item table's header line `top`), captioned as a number or as invoiced."""
    if not layouts or not _titled_invoice(layouts[0]):
        return []  # a delivery note's or a booking confirmation's own number is no invoice's
    layout = layouts[0]
    dated = _dated(layout, hits, ("issue_date",)) or _dated(
        layout, hits, ("other_date", "due_date")
    )
    if len({round(s.bbox[0]) for s in dated}) != 1:
        return []  # no block of keys, or two: the identifier's block is not known
    keys = _block(layout, dated, top)
    values: dict[str, Segment] = {}
    for key in keys:
        for segment in [key, *(s for s in layout.lines[key.line] if s.bbox[0] > key.bbox[2])]:
            value = identifier(segment.text.strip(), tax_shaped=True)
            if value is not None:
                values.setdefault(value, segment)
    if len(values) != 1:
        return []  # none, or two identifiers: the other may be the invoice's own
    ((value, segment),) = values.items()
    for key in keys:
        if key is not segment and _caption(key) and _paired(key, segment):
            return [Found(value, BOOKED, "booked number", segment, value)]
    return []


def _dated(layout: PageLayout, hits: list[Hit], fields: tuple[str, ...]) -> list[Segment]:
    """The date captions of `fields` in the upper part of `layout` (the issue date's, else
    when its caption names a supply as well ("Date of supply and invoice") the other dates')."""
    limit = layout.height * _UPPER
    return [
        h.segment
        for h in hits
        if h.field in fields and h.segment.page == layout.number and h.segment.y0 < limit
    ]


def _block(layout: PageLayout, dated: list[Segment], top: int | None) -> list[Segment]:
    """The keys in the issue date's column: the run of pieces aligned with its label, each
    within a line or two of the next, in the upper part of the page above the table."""
    x0 = dated[0].bbox[0]
    column = sorted(
        (
            s
            for line in layout.lines[:top]
            for s in line
            if abs(s.bbox[0] - x0) <= _ALIGNED and s.y0 < layout.height * _UPPER
        ),
        key=lambda s: s.bbox[1],
    )
    runs: list[list[Segment]] = []
    for segment in column:
        if runs and segment.bbox[1] - runs[-1][-1].bbox[3] <= _GAP:
            runs[-1].append(segment)
        else:
            runs.append([segment])
    held = [run for run in runs if any(any(s is d for s in run) for d in dated)]
    return held[0] if len(held) == 1 else []


def _paired(key: Segment, value: Segment) -> bool:
    """Whether `value` stands right of `key` on its line, or just above or below it."""
    if value.line == key.line:
        return 0 <= value.bbox[0] - key.bbox[2] <= _BESIDE
    height = key.bbox[3] - key.bbox[1]
    gap = max(value.bbox[1] - key.bbox[3], key.bbox[1] - value.bbox[3])
    overlap = min(value.bbox[2], key.bbox[2]) - max(value.bbox[0], key.bbox[0])
    return abs(value.line - key.line) == 1 and gap <= height * 1.5 and overlap > 0


def _caption(segment: Segment) -> bool:
    """A short caption of letters naming a number or the invoicing, and nothing of the
    buyer's, another agreement's or another field's."""
    text = segment.text.strip()
    folded = segment.folded.strip()
    if not 0 < len(text.split()) <= _CAPTION_WORDS or any(c.isdigit() for c in text):
        return False
    if _NUMBERED.search(folded) is None or _REFUSED.search(folded) is not None:
        return False
    if _WORD.search(_NUMBERED.sub(" ", folded)) is None:
        return False  # a bare "No." or "Nummer:" names nothing: a seller's, a buyer's number
    return _DELIVERY.search(folded) is None or _INVOICE.search(folded) is not None


__all__ = ["BOOKED", "booked_numbers"]
