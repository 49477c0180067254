"""Labels of the totals in en, de, fr, es, it and nl: net total, tax total, grand total and
amount due. Patterns over `fold`ed text, like the other labels in `_labels` (where several
fields' labels match, the longest wins: "Total HT" is a net total, not a grand total)."""

from __future__ import annotations

from typing import Final

NET_LABELS: Final = (
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
    r"montant\s*(?:total\s*)?hors\s*tax(?:es?)?", r"(?:total|montant)\s*h\.\s*t\.?",
    # the net word first: "Neto total", "Netto totale", "Netto totaal", "Montant net"
    r"neto\s*(?:total)?", r"netto\s*(?:totale|complessivo|merce|totaal)",
    r"montant\s*net(?:\s*ht)?", r"suma\s*neta", r"(?:totaal|subtotaal)\s*netto",
    # a total without the tax: "Total hors TVA", "Summe ohne MwSt.", "Totaal zonder btw"
    r"(?:sub\s*-?\s*)?(?:total[e]?|totaal|summe|gesamt|montant|importe|importo|bedrag|amount"
    r"|sum|som|somme|suma|somma)"
    r"\s*(?:hors|zonder|senza|sin|ohne|exkl\.?|excl\.?|ex\.?|before|avant|antes\s*de|vor|voor"
    r"|prima\s*(?:dell'|delle|di)?|without|sans)"
    r"\s*(?:tva|btw|iva|mwst\.?|ust\.?|vat|tax(?:es)?|taxe|impuestos?|imposte|belasting"
    r"|steuern?|impots?)",
    r"items?\s*(?:sub\s*)?total", r"net\s*(?:charges|sum)", r"nettowert", r"warenwert",
    r"subtotale", r"(?:totale\s*)?netto\s*merce", r"sous\s*-?\s*total\s*hors\s*taxes?",
    # the net value of what is invoiced: "Valeur nette facturée", "Valor neto", "Nettowaarde"
    r"valeur\s*nette(?:\s*(?:facturee|totale|ht))?", r"(?:valor|importe)\s*neto(?:\s*facturado)?",
    r"valore\s*netto(?:\s*(?:fatturato|totale))?", r"netto\s*-?\s*waarde", r"netto\s*-?\s*wert",
    # the amount tax is charged on: "Taxable amount", "Base imposable", "Belastbaar bedrag"
    r"taxable\s*(?:amount|value|base|total)", r"base\s*(?:imposable|taxable|d'imposition)",
    r"(?:steuerpflichtiger|steuerbarer)\s*betrag", r"bemessungsgrundlage",
    r"importo\s*imponibile", r"belastbaar\s*bedrag", r"(?:btw\s*-?\s*)?grondslag",
)  # fmt: skip

TAX_LABELS: Final = (
    r"(?:vat|tax|ust\.?|mwst\.?|tva|iva|btw)\s*(?:total|gesamt|totale|totaal)",
    r"vat", r"tax", r"sales\s*tax", r"gst", r"total\s*(?:vat|tax)", r"(?:vat|tax)\s*amount",
    r"(?:zzgl\.?\s*|plus\s*)?(?:\d+(?:[.,]\d+)?\s*%\s*)?(?:mwst\.?|ust\.?|umsatzsteuer"
    r"|mehrwertsteuer)",
    r"(?:montant\s*|total\s*)?tva", r"steuerbetrag",
    r"(?:ust|mwst|umsatzsteuer)\.?\s*-?\s*betrag",
    r"(?:summe|gesamt)\s*(?:ust|mwst|umsatzsteuer)\.?", r"total\s*(?:vat|tax)\s*amount",
    r"(?:cuota\s*(?:de\s*)?|total\s*)?iva", r"imposta",
    r"(?:totale\s*)?iva", r"btw(?:\s*bedrag)?",
    # the tax in plain words: "Omzetbelasting", "Belasting", "Imposte", "Impôts"
    r"(?:omzet)?belasting(?:\s*bedrag)?", r"(?:totale\s*)?imposte", r"(?:total\s*)?impots?",
    # dotted acronyms: "T.V.A. 20 %", "I.V.A.", "B.T.W.", "M.w.St.", "U.St.", "G.S.T."
    r"(?:montant\s*|total\s*|cuota\s*)?(?:t\.\s*v\.\s*a|i\.\s*v\.\s*a|b\.\s*t\.\s*w|v\.\s*a\.\s*t"
    r"|g\.\s*s\.\s*t|m\.\s*w\.\s*st|u\.\s*st)\.?",
)  # fmt: skip

GRAND_LABELS: Final = (
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
    r"total\s*incl(?:\.|uding)?\s*(?:vat|tax)", r"(?:total|montant)\s*t\.\s*t\.\s*c\.?",
    # the sum of an order or a document: "Order total", "Endsumme", "Factuurtotaal"
    r"(?:order|document|bill)\s*total", r"(?:bestell|end|gesamt|rechnungsend)\s*-?\s*summe",
    r"rechnungsendbetrag", r"total\s*(?:de\s*la\s*)?commande", r"total\s*del\s*pedido",
    r"totale\s*(?:dell')?ordine", r"totaal\s*bestelling", r"factuurtotaal", r"ordertotaal",
    r"total\s*inc\.?\s*(?:vat|tax)",
    # the final sum: "Eindbedrag", "Eindtotaal", "Final amount", "Montant final"
    r"eind\s*-?\s*(?:bedrag|totaal|som)", r"totaal\s*-?\s*(?:bedrag|som)",
    r"final\s*(?:amount|total|sum)", r"(?:montant|total)\s*final", r"importe\s*final",
    r"(?:importo|totale)\s*finale",
)  # fmt: skip

AMOUNT_DUE_LABELS: Final = (
    r"amount\s*due", r"balance\s*(?:due)?", r"total\s*due", r"amount\s*payable",
    r"zu\s*zahlen(?:der\s*betrag)?", r"zahlbetrag", r"offener\s*betrag",
    r"reste\s*a\s*payer", r"montant\s*du", r"importe\s*a\s*pagar", r"totale\s*da\s*pagare",
    r"netto\s*a\s*pagare", r"te\s*betalen(?:\s*bedrag)?", r"openstaand\s*bedrag",
    # the net sum to pay (after tax, before nothing else): "Net à payer", "Netto da versare"
    r"net\s*a\s*payer", r"neto\s*a\s*pagar", r"netto\s*(?:da|a)\s*(?:versare|pagare|corrispondere)",
    r"netto\s*te\s*betalen",
    # what is left to pay, in more words: "zu zahlender Beitrag", "Amount to be paid",
    # "Montant à régler", "Importo da pagare", "Saldo pendiente", "Nog te betalen"
    r"zu\s*zahlende[rn]?\s*(?:betrag|beitrag|summe|gesamtbetrag|rechnungsbetrag)",
    r"noch\s*zu\s*zahlen", r"restbetrag", r"amount\s*to\s*(?:be\s*)?paid?", r"total\s*to\s*pay",
    r"balance\s*payable", r"montant\s*a\s*(?:payer|regler)", r"(?:solde|net|total)\s*a\s*regler",
    r"solde\s*(?:du|a\s*payer)", r"saldo\s*(?:pendiente|a\s*pagar|da\s*pagare)",
    r"importo\s*da\s*pagare", r"(?:nog|totaal)\s*te\s*betalen", r"openstaand\s*saldo",
)  # fmt: skip
