"""Label dictionaries: how invoices in en, de, fr, es, it and nl name each field.

Patterns are regular expressions over `fold`ed text (lower case, no accents, `º` -> `°`).
When several fields' labels match the start of a piece of text, the longest match wins, so
"Total HT" is a net total, not a grand total, and "VAT No." a VAT id, not a tax amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_NO = r"(?:n\s*\.?\s*°|n\.|no\.?|nr\.?|num\.?|#|nummer|number|numero)"

FIELD_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "invoice_number": (
        rf"invoice\s*{_NO}", r"invoice\s*id", rf"inv\.?\s*{_NO}", rf"credit\s*note\s*{_NO}",
        rf"(?:document|bill)\s*{_NO}", rf"documento?\s*{_NO}", rf"{_NO}\s*(?:de\s*)?documento",
        r"numero\s*(?:del\s*)?documento", r"nummer", r"numero", r"number",
        r"ref\.?\s*(?:de\s*(?:la\s*)?)?facture", rf"abono\s*{_NO}",
        rf"nota\s*(?:de\s*)?credito\s*{_NO}",
        # a document title, its type in brackets, then the number: "Gutschrift (389) Nr."
        rf"[a-z]*(?:rechnung|gutschrift|invoice|facture|factura|fattura|factuur|avoir)[a-z]*"
        rf"(?:\s*\([^)]{{0,40}}\))+\s*{_NO}",
        rf"[a-z]*rechnung[a-z]*\s*-?\s*{_NO}", rf"[a-z]*gutschrifts?\s*-?\s*{_NO}",
        rf"beleg\s*-?\s*{_NO}",
        rf"facture\s*{_NO}", rf"{_NO}\s*(?:de\s*)?facture", rf"avoir\s*{_NO}",
        rf"{_NO}\s*d'avoir",
        rf"factura\s*{_NO}", rf"{_NO}\s*(?:de\s*)?factura",
        rf"fattura\s*{_NO}", r"(?:n\.|numero)\s*(?:di\s*|della\s*)?fattura",
        rf"nota\s*di\s*credito\s*{_NO}",
        rf"factuur\s*-?\s*{_NO}", rf"credit\s*-?\s*nota\s*-?\s*{_NO}",
    ),
    "issue_date": (
        r"invoice\s*date", r"date\s*of\s*(?:issue|invoice)", r"issue\s*date", r"date\s*issued",
        r"billing\s*date", r"date",
        r"rechnungs\s*-?\s*datum", r"ausstellungsdatum", r"beleg\s*-?\s*datum",
        r"gutschrifts\s*-?\s*datum", r"datum",
        r"date\s*de\s*(?:la\s*)?facture", r"date\s*d'emission", r"date\s*de\s*l'avoir",
        r"fecha\s*(?:de\s*)?(?:la\s*)?factura", r"fecha\s*de\s*(?:emision|expedicion)",
        r"fecha",
        r"data\s*(?:della\s*)?fattura", r"data\s*(?:di\s*)?emissione", r"data\s*documento",
        r"data",
        r"factuur\s*-?\s*datum", r"dated", r"emise?\s*le", r"fecha\s*de\s*emision",
    ),
    "due_date": (
        r"due\s*date", r"payment\s*due(?:\s*date)?", r"date\s*due", r"due\s*(?:by|on)?",
        r"pay(?:able)?\s*by",
        r"falligkeit(?:sdatum)?", r"fallig\s*(?:am|bis)?", r"zahlbar\s*(?:bis|am)",
        r"zahlungsziel",
        r"date\s*d'echeance", r"echeance", r"date\s*limite\s*de\s*(?:paiement|reglement)",
        r"a\s*payer\s*avant\s*le",
        r"fecha\s*de\s*vencimiento", r"vencimiento", r"fecha\s*limite\s*de\s*pago",
        r"data\s*(?:di\s*)?scadenza", r"scadenza", r"da\s*pagare\s*entro(?:\s*il)?",
        r"vervaldatum", r"vervaldag", r"(?:uiterlijk\s*)?te\s*betalen\s*voor",
        r"uiterste\s*betaaldatum", r"(?:uiterlijk\s*)?betalen\s*voor", r"vence",
        r"fecha\s*de\s*pago",
        r"scadenza\s*(?:del\s*)?pagamento", r"payment\s*(?:due\s*)?(?:by|before|on)",
        r"(?:remit|pay)(?:\s+[a-z]+){0,2}?\s+(?:by|before|no\s*later\s*than)",
        r"due\s*date\s*for\s*payment",
        r"zahlbar(?:\s+[a-z]+){0,3}?\s+bis(?:\s*(?:zum|spatestens))?",
        r"zahlung(?:\s+[a-z]+){0,3}?\s+bis(?:\s*zum)?", r"(?:a\s*)?regler\s*avant\s*le",
        r"(?:regler|payer|paiement|virement)(?:\s+[a-z']+){0,3}?\s+au\s*plus\s*tard\s*le",
        r"(?:a\s*)?payer\s*avant\s*le",
        r"(?:pago|pagadero|pagar|abonar)(?:\s+[a-z]+){0,3}?\s+antes\s*del?",
        r"(?:pagamento|pagare|bonifico)(?:\s+[a-z]+){0,3}?\s+entro\s*(?:il|e\s*non\s*oltre\s*il)?",
        r"(?:betalen|betaling|bedrag|overmaken)(?:\s+[a-z]+){0,3}?\s+(?:voor|uiterlijk\s*op)",
    ),
    "net_total": (
        r"sub\s*-?\s*total", r"net(?:\s*(?:total|amount|value))?",
        r"total\s*(?:net|excl\.?(?:uding)?\s*(?:vat|tax)|before\s*tax|ex\.?\s*(?:vat|tax))",
        r"amount\s*(?:excl\.?(?:uding)?|before)\s*(?:vat|tax)",
        r"netto\s*-?\s*(?:betrag|summe|gesamt)?", r"summe\s*netto", r"gesamt\s*netto",
        r"zwischensumme", r"rechnungsbetrag\s*netto", r"nettobetrag", r"nettosumme",
        r"(?:rechnungs|gesamt)\s*-?\s*(?:summe|betrag)\s*(?:ohne|exkl\.?|zzgl\.?|vor)\s*"
        r"(?:ust|mwst|umsatzsteuer|steuern?)\.?",
        r"total\s*ht", r"montant\s*(?:total\s*)?ht", r"sous\s*-?\s*total",
        r"total\s*hors\s*tax(?:es?)?",
        r"base\s*imponible", r"importe\s*neto", r"total\s*neto",
        r"(?:totale\s*)?imponibile", r"totale\s*netto",
        r"subtotaal(?:\s*excl(?:\.|usief)?\s*btw)?", r"totaal\s*excl(?:\.|usief)?\s*btw",
        r"imponibile\s*netto", r"sous\s*-?\s*total\s*ht", r"base(?:\s*imponible)?",
        r"total\s*excl(?:\.|uding)?\s*(?:vat|tax)", r"netto\s*bedrag", r"bedrag\s*excl\.?\s*btw",
    ),
    "tax_total": (
        r"(?:vat|tax|ust\.?|mwst\.?|tva|iva|btw)\s*(?:total|gesamt|totale|totaal)",
        r"vat", r"tax", r"sales\s*tax", r"gst", r"total\s*(?:vat|tax)", r"(?:vat|tax)\s*amount",
        r"(?:zzgl\.?\s*|plus\s*)?(?:\d+(?:[.,]\d+)?\s*%\s*)?(?:mwst\.?|ust\.?|umsatzsteuer"
        r"|mehrwertsteuer)",
        r"(?:montant\s*|total\s*)?tva", r"steuerbetrag",
        r"(?:ust|mwst|umsatzsteuer)\.?\s*-?\s*betrag",
        r"(?:summe|gesamt)\s*(?:ust|mwst|umsatzsteuer)\.?", r"total\s*(?:vat|tax)\s*amount",
        r"(?:cuota\s*(?:de\s*)?|total\s*)?iva", r"imposta",
        r"(?:totale\s*)?iva", r"btw(?:\s*bedrag)?",
    ),
    "grand_total": (
        r"total", r"grand\s*total", r"invoice\s*total", r"total\s*(?:amount|incl\.?(?:uding)?"
        r"\s*(?:vat|tax))",
        r"gesamt\s*-?\s*(?:betrag|summe)?", r"rechnungsbetrag", r"brutto\s*-?\s*(?:betrag|summe)?",
        r"(?:rechnungs|gesamt)\s*-?\s*(?:summe|betrag)\s*(?:inkl\.?|brutto|mit)\s*"
        r"(?:ust|mwst|umsatzsteuer)?\.?",
        r"endbetrag", r"rechnungssumme", r"summe\s*brutto",
        r"total\s*ttc", r"montant\s*(?:total\s*)?ttc", r"montant\s*total", r"net\s*a\s*payer",
        r"total\s*a\s*payer",
        r"importe\s*total", r"total\s*(?:de\s*la\s*)?factura", r"total\s*a\s*pagar",
        r"totale(?:\s*(?:fattura|documento|complessivo))?",
        r"totaal(?:\s*(?:incl(?:\.|usief)?\s*btw|bedrag))?", r"factuurbedrag",
        r"total\s*incl(?:\.|uding)?\s*(?:vat|tax)",
    ),
    "amount_due": (
        r"amount\s*due", r"balance\s*(?:due)?", r"total\s*due", r"amount\s*payable",
        r"zu\s*zahlen(?:der\s*betrag)?", r"zahlbetrag", r"offener\s*betrag",
        r"reste\s*a\s*payer", r"montant\s*du", r"importe\s*a\s*pagar", r"totale\s*da\s*pagare",
        r"netto\s*a\s*pagare", r"te\s*betalen(?:\s*bedrag)?", r"openstaand\s*bedrag",
    ),
    "vat_id": (
        r"vat\s*(?:reg(?:istration)?\.?\s*)?(?:no\.?|number|id|nr\.?)", r"tax\s*(?:id|no\.?)",
        r"ust\.?\s*-?\s*id\.?\s*-?\s*(?:nr\.?)?", r"umsatzsteuer\s*-?\s*id\w*",
        r"steuer\s*-?\s*(?:nr\.?|nummer)",
        r"mwst\s*-?\s*nr\.?", r"uid(?:\s*-?\s*nr\.?)?",
        r"n\s*°\s*(?:de\s*)?tva(?:\s*intra\w*)?", r"tva\s*intra\w*", r"numero\s*de\s*tva",
        r"(?:nif|cif)(?:\s*/\s*(?:nif|cif))?", r"p\.?\s*iva", r"partita\s*iva", r"c\.?f\.",
        r"btw\s*-?\s*(?:nummer|nr\.?|id)", r"btw\s*-?\s*identificatienummer",
    ),
    "buyer": (
        r"bill(?:ed)?\s*to", r"invoice\s*to", r"sold\s*to", r"customer", r"client", r"buyer",
        r"recipient",
        r"rechnungsempfanger", r"rechnungsadresse", r"kunde", r"auftraggeber", r"kaufer",
        r"leistungsempfanger", r"empfanger",
        r"facture\s*a", r"facturer\s*a", r"destinataire", r"adresse\s*de\s*facturation",
        r"cliente", r"facturar\s*a", r"datos\s*del\s*cliente", r"destinatario",
        r"spett\.?(?:le)?", r"intestatario",
        r"klant(?:gegevens)?", r"factuur\s*aan", r"afnemer", r"factuuradres",
        r"gefactureerd\s*aan", r"koper", r"opdrachtgever", r"ontvanger", r"invoiced\s*to",
        r"customer\s*details", r"kundendaten", r"datos\s*de\s*facturacion", r"an",
        r"adresse\s*a", r"t\.?\s*a\.?\s*v\.?", r"ter\s*attentie\s*van",
    ),
    "seller": (
        r"from", r"seller", r"supplier", r"vendor", r"issued\s*by",
        r"verkaufer", r"lieferant", r"rechnungssteller", r"absender",
        r"fournisseur", r"vendeur", r"emetteur", r"proveedor", r"emisor", r"vendedor",
        r"fornitore", r"venditore", r"cedente", r"leverancier", r"verkoper", r"afzender",
    ),
    # Other numbers and references printed next to the invoice's: matched so that their
    # values are not taken for the invoice number or their words for a party label.
    "reference": (
        rf"customer\s*(?:{_NO}|id|code|ref\.?)", rf"account\s*{_NO}", r"(?:your|our)\s*order",
        rf"(?:purchase\s*)?order\s*(?:{_NO}|ref\.?(?:erence)?|id)", rf"po\s*{_NO}",
        r"kunden\s*-?\s*(?:nr\.?|nummer)", r"kundennummer", r"(?:ihre|unsere)\s*bestellung",
        r"(?:auftrags|bestell|liefer\s*schein)\s*-?\s*(?:nr\.?|nummer)",
        r"auftragsnummer", r"bestellnummer",
        rf"(?:code|{_NO})\s*client", r"ref\.?\s*client", r"(?:votre|notre)\s*commande",
        rf"(?:bon\s*de\s*)?commande\s*{_NO}", rf"{_NO}\s*(?:de\s*)?commande",
        rf"{_NO}\s*(?:de\s*)?cliente", r"(?:su|nuestro)\s*pedido",
        r"referencia\s*(?:del\s*)?pedido", rf"pedido\s*{_NO}", r"cod\.?\s*cliente",
        r"codice\s*cliente", r"(?:vs\.?|vostro)\s*ordine",
        rf"ordine\s*{_NO}", rf"{_NO}\s*ordine", r"klantnummer", rf"klant\s*-?\s*{_NO}",
        r"(?:uw|onze)\s*(?:order|bestelling)", r"(?:order|bestel)\s*-?\s*(?:nummer|nr\.?)",
    ),
    "iban": (r"iban",),
    "party_name": (
        r"name", r"firma", r"company(?:\s*name)?", r"nom", r"raison\s*sociale", r"nombre",
        r"razon\s*social", r"ragione\s*sociale", r"denominazione", r"naam", r"bedrijfsnaam",
    ),
}  # fmt: skip

GENERIC_LABELS: Final = frozenset(
    {
        "date",
        "datum",
        "data",
        "fecha",
        "total",
        "net",
        "tax",
        "due",
        "gesamt",
        "brutto",
        "nummer",
        "numero",
        "number",
        "base",
        "vence",
    }
)

NUMBER_WORDS: Final = frozenset({"nummer", "numero", "number"})
"""Bare number words: an invoice number label only where they open a piece of text."""

CREDIT_TITLES: Final = (
    r"credit\s*(?:note|memo)", r"gutschrift", r"stornorechnung", r"avoir", r"facture\s*d'avoir",
    r"note\s*de\s*credit", r"nota\s*de\s*credito", r"factura\s*rectificativa", r"abono",
    r"nota\s*di\s*credito", r"credit\s*-?\s*nota", r"creditfactuur",
)  # fmt: skip
CORRECTION_TITLES: Final = (
    r"rechnungskorrektur", r"korrekturrechnung", r"corrected\s*invoice", r"corrective\s*invoice",
    r"invoice\s*correction", r"facture\s*rectificative", r"factura\s*correctiva",
    r"fattura\s*(?:di\s*)?rettifica", r"gecorrigeerde\s*factuur",
)  # fmt: skip
SELF_BILLING: Final = re.compile(
    r"selbst\s*ausgestellte\s*rechnung|self\s*-?\s*bill(?:ed|ing)|autofactura(?:cion)?"
    r"|autofacturation|autofattura|zelf\s*-?\s*factur"
)
"""Self-billing (UNTDID 1001 code 389) named anywhere in a title."""
TYPE_CODES: Final = frozenset(
    {"71", "80", "81", "82", "83", "84", "102", "130", "202", "203", "204", "211", "218", "219",
     "261", "262", "295", "296", "308", "325", "326", "331", "380", "381", "382", "383", "384",
     "385", "386", "387", "388", "389", "390", "393", "394", "395", "396", "420", "456", "457",
     "458", "527", "532", "553", "575", "623", "633", "751", "780", "817", "870", "875", "876",
     "877", "935"}
)  # fmt: skip
"""UNTDID 1001 document type codes an invoice title may print in brackets: "Rechnung (380)"."""
INVOICE_TITLES: Final = (
    r"(?:tax\s*|commercial\s*)?invoice",
    r"[a-z]*rechnung",  # also compounds: Handels-, Miet-, Baurechnung
    r"facture",
    r"factura",
    r"fattura",
    r"factuur",
)

TABLE_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "description": (
        r"description", r"items?", r"products?", r"services?", r"details", r"articles?",
        r"beschreibung", r"bezeichnung", r"artikel(?:bezeichnung)?", r"leistung",
        r"designation", r"libelle", r"descripcion", r"concepto", r"articulo", r"descrizione",
        r"articolo", r"omschrijving", r"product", r"leistungsbeschreibung", r"positionstext",
        r"concept", r"prestation", r"produkte?", r"produits?", r"productos?", r"prodott[oi]",
        r"waren?", r"dienstleistung",
    ),
    "quantity": (
        r"qty\.?", r"quantity", r"hours", r"hrs\.?", r"menge", r"anzahl", r"anz\.", r"qte\.?",
        r"quantite", r"cantidad", r"cant\.", r"uds\.?", r"unidades", r"quantita", r"q\.?\s*ta",
        r"aantal", r"qta", r"stuck", r"stk\.?",
    ),
    "unit_price": (
        r"unit\s*(?:price|cost)", r"price(?:\s*per\s*unit)?", r"rate", r"einzelpreis",
        r"e\.?\s*-?\s*preis", r"preis(?:\s*je\s*einheit)?", r"stuckpreis",
        r"prix\s*unitaire(?:\s*ht)?", r"p\.?\s*u\.?(?:\s*ht)?", r"prix", r"precio(?:\s*unitario)?",
        r"prezzo(?:\s*unitario)?", r"prijs(?:\s*per\s*(?:stuk|eenheid))?", r"stukprijs",
        r"eenheidsprijs", r"tarief", r"nettopreis", r"netto\s*-?\s*preis", r"preis\s*/\s*einheit",
        r"prix\s*u\.?", r"precio\s*unit\.?", r"prezzo\s*unit\.?", r"unit\s*price\s*net",
    ),
    "net_amount": (
        r"amount", r"line\s*total", r"total", r"net(?:\s*amount)?", r"betrag", r"gesamt(?:preis)?",
        r"summe", r"netto", r"montant(?:\s*ht)?", r"total\s*ht", r"importe", r"importo",
        r"totale", r"bedrag", r"totaal", r"subtotal", r"entgelt", r"positions\s*-?\s*betrag",
        r"gesamt\s*-?\s*(?:netto|betrag|summe)", r"netto\s*-?\s*betrag", r"line\s*amount",
        r"ext(?:ended|\.)?\s*(?:price|amount)", r"montant\s*total", r"total\s*line",
        r"importe\s*(?:neto|total)", r"importo\s*(?:netto|totale)", r"totaalbedrag",
        r"nettobedrag", r"bedrag\s*excl\.?(?:\s*btw)?",
    ),
    "tax_rate": (
        r"(?:vat|tax|gst|ust|mwst|tva|iva|btw)\.?\s*(?:%|rate|satz|taux)?", r"steuer(?:satz)?",
        r"(?:tax|vat)\s*rate", r"taux(?:\s*tva)?", r"aliquota(?:\s*iva)?", r"tarief\s*btw",
        r"%",
    ),
    "unit": (
        r"unit", r"uom", r"einheit", r"me", r"unite", r"unidad", r"unita", r"eenheid",
    ),
}  # fmt: skip


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # Longer patterns first: the regex engine takes the first alternative that matches.
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?![a-z0-9])")


@dataclass(frozen=True)
class LabelMatch:
    field: str
    end: int


_FIELD_RES: Final = {name: _compile(patterns) for name, patterns in FIELD_LABELS.items()}
_FIELD_ALTERNATIVES: Final = {
    name: [re.compile(rf"(?:{p})(?![a-z0-9])") for p in patterns]
    for name, patterns in FIELD_LABELS.items()
}
_FIELD_SEARCH: Final = {
    name: re.compile(rf"(?<![a-z0-9])(?:{pattern.pattern})") for name, pattern in _FIELD_RES.items()
}
_COLUMN_RES: Final = {
    name: re.compile(rf"(?:{'|'.join(patterns)})(?:\s*\(.*\))?\s*[:.]?\s*$")
    for name, patterns in TABLE_COLUMNS.items()
}
CREDIT_RE: Final = _compile(CREDIT_TITLES)
CORRECTION_RE: Final = _compile(CORRECTION_TITLES)
INVOICE_RE: Final = _compile(INVOICE_TITLES)


def match_label(folded: str) -> LabelMatch | None:
    """The field whose label starts `folded` (longest label wins), and where the label ends."""
    best: LabelMatch | None = None
    for name, pattern in _FIELD_RES.items():
        if pattern.match(folded):
            end = max(m.end() for p in _FIELD_ALTERNATIVES[name] if (m := p.match(folded)))
            if best is None or end > best.end:
                best = LabelMatch(name, end)
    return best


PARTY_FIELDS: Final = frozenset({"seller", "buyer"})


def party_label(tail: str) -> bool:
    """Whether a party word ("Kunde", "Lieferant") followed by `tail` is a label: it stands
    alone or has a colon, unlike the name "Lieferant GmbH"."""
    tail = tail.strip()
    return not tail or tail.startswith((":", "/", "("))


def find_labels(folded: str) -> list[tuple[int, LabelMatch]]:
    """Every label anywhere in `folded` (at a word start), as (start, match); where labels
    overlap the longer one wins."""
    found: list[tuple[int, int, str]] = []
    for name, pattern in _FIELD_SEARCH.items():
        position = 0
        while True:
            hit = pattern.search(folded, position)
            if hit is None:
                break
            stop = max(
                (m.end() for p in _FIELD_ALTERNATIVES[name] if (m := p.match(folded, hit.start()))),
                default=hit.end(),
            )
            found.append((hit.start(), stop, name))
            position = max(stop, hit.start() + 1)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[tuple[int, LabelMatch]] = []
    end = -1
    for start, stop, name in found:
        if start >= end:
            chosen.append((start, LabelMatch(name, stop)))
            end = stop
        elif stop - start > chosen[-1][1].end - chosen[-1][0] and start == chosen[-1][0]:
            chosen[-1] = (start, LabelMatch(name, stop))
            end = stop
    return chosen


def match_column(folded: str) -> str | None:
    """Which line-item column a table header cell names."""
    for name, pattern in _COLUMN_RES.items():
        if pattern.match(folded.strip()):
            return name
    return None
