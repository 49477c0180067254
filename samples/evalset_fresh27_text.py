"""The printed wording of the twenty-seventh fresh evaluation slice (`evalset_fresh27.py`):
document titles per layout, labels per language and the money each layout bills in. The common
facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one layout
prints have one. `tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh27.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Equine Dental Invoice|Interpreting Invoice|Wedding Cake Invoice|Rope Access "
           "Invoice|Marine Engine Invoice|Restoration Invoice|Delivery Invoice",
           "Equine Dental Credit Note|Interpreting Credit Note|Wedding Cake Credit Note|Rope "
           "Access Credit Note|Marine Engine Credit Note|Restoration Credit Note|Delivery "
           "Credit Note"),
    "de": ("Rechnung Pferdezahnbehandlung|Rechnung Dolmetscheinsatz|Rechnung Hochzeitstorte|"
           "Rechnung Seilzugangstechnik|Rechnung Bootsmotorenwerkstatt|Rechnung Restaurierung|"
           "Lieferrechnung",
           "Gutschrift Pferdezahnbehandlung|Gutschrift Dolmetscheinsatz|Gutschrift "
           "Hochzeitstorte|Gutschrift Seilzugangstechnik|Gutschrift Bootsmotorenwerkstatt|"
           "Gutschrift Restaurierung|Gutschrift Lieferung"),
    "fr": ("Facture dentisterie équine|Facture interprétation|Facture pièce montée|Facture "
           "travaux sur cordes|Facture atelier hors-bord|Facture restauration|Facture de "
           "livraison",
           "Avoir dentisterie équine|Avoir interprétation|Avoir pièce montée|Avoir travaux sur "
           "cordes|Avoir atelier hors-bord|Avoir restauration|Avoir de livraison"),
    "es": ("Factura odontología equina|Factura interpretación|Factura tarta nupcial|Factura "
           "trabajos verticales|Factura taller fueraborda|Factura restauración|Factura de "
           "entrega",
           "Factura rectificativa odontología|Factura rectificativa interpretación|Factura "
           "rectificativa tarta|Factura rectificativa trabajos verticales|Factura rectificativa "
           "taller|Factura rectificativa restauración|Factura rectificativa entrega"),
    "it": ("Fattura odontoiatria equina|Fattura interpretariato|Fattura torta nuziale|Fattura "
           "lavori in fune|Fattura officina fuoribordo|Fattura restauro|Fattura di consegna",
           "Nota di credito odontoiatria|Nota di credito interpretariato|Nota di credito torta|"
           "Nota di credito lavori in fune|Nota di credito officina|Nota di credito restauro|"
           "Nota di credito consegna"),
    "nl": ("Factuur paardentandarts|Factuur tolkopdracht|Factuur bruidstaart|Factuur "
           "touwtoegang|Factuur buitenboordmotoren|Factuur restauratie|Leveringsfactuur",
           "Creditnota paardentandarts|Creditnota tolkopdracht|Creditnota bruidstaart|"
           "Creditnota touwtoegang|Creditnota buitenboordmotoren|Creditnota restauratie|"
           "Creditnota levering"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Our invoice no.|Bill number|Sales invoice ref",
           "date": "Invoiced on|Bill date|Tax date",
           "due": "Settlement due|Pay on or before|Payment deadline",
           "customer": "Invoiced party|Charged to account of|Client name and address",
           "net": "Sum of charges ex VAT|Nett amount|Taxable value",
           "tax": "Plus VAT at {rate}%|VAT due {rate}%|Sales tax at {rate}%",
           "grand": "Grand total payable|Sum due|Amount to be paid",
           "vat_id": "VAT number", "original": "Credited against invoice no.",
           "pay": "Payment by bank transfer by {due}, please.",
           "desc": "Particulars", "qty": "Qty supplied", "price": "Per unit", "amount": "Sum",
           "lines_sum": "Cheeses delivered, total", "discount": "Deli trade discount {pct}%",
           "bank": "Bank", "vat": "Rate of tax", "sender": "Return address"},
    "de": {"number": "Unsere Rechnungsnr.|Rechnungs-Nummer|Beleg Nr. der Rechnung",
           "date": "Erstellt am|Rechnungstag|Steuerdatum",
           "due": "Fällig zum|Zahlbar spätestens|Zahlungsziel bis",
           "customer": "Rechnungsadresse Kunde|Belastet wird|Empfänger der Leistung",
           "net": "Summe der Leistungen netto|Nettobetrag gesamt|Steuerpflichtiger Betrag",
           "tax": "zuzüglich MwSt. {rate} %|fällige USt. {rate} %|Steuer {rate} %",
           "grand": "Gesamt zahlbar|Zu begleichen|Zahlbetrag",
           "vat_id": "MWST-Nr.", "original": "Korrigiert unsere Rechnung",
           "pay": "Bitte überweisen Sie bis zum {due}.",
           "desc": "Leistung bzw. Ware", "qty": "Menge/Einh.", "price": "je Einheit",
           "amount": "Summe", "lines_sum": "Käse geliefert, Summe",
           "discount": "Feinkost-Händlerrabatt {pct} %", "bank": "Bank", "vat": "MwSt.",
           "sender": "Abs."},
    "fr": {"number": "Notre facture n°|Numéro de note|Réf. facture de vente",
           "date": "Facturé le|Note émise le|Date fiscale",
           "due": "Règlement attendu le|À payer au plus tard le|Date butoir",
           "customer": "Destinataire de la facture|Compte débité|Nom et adresse du client",
           "net": "Total prestations HT|Montant net|Base imposable",
           "tax": "Plus TVA {rate} %|TVA exigible {rate} %|Taxe au taux de {rate} %",
           "grand": "Total à payer|Somme due|Montant à régler",
           "vat_id": "N° TVA", "original": "Avoir établi sur la facture",
           "pay": "Règlement par virement avant le {due}, merci.",
           "desc": "Désignation des prestations", "qty": "Qté livrée", "price": "Par unité",
           "amount": "Mt ligne", "lines_sum": "Fromages livrés, total",
           "discount": "Remise crèmerie {pct} %", "bank": "Banque", "vat": "Taux TVA",
           "sender": "Expéditeur"},
    "es": {"number": "Nuestra factura nº|Número de nota|Ref. factura de venta",
           "date": "Facturado el|Fecha de la nota|Fecha fiscal",
           "due": "Liquidación el|Pagar como máximo el|Fecha tope",
           "customer": "Factura dirigida a|Cargo en cuenta de|Nombre y dirección del cliente",
           "net": "Total servicios sin IVA|Importe neto|Base gravable",
           "tax": "Más IVA {rate} %|IVA devengado {rate} %|Impuesto al {rate} %",
           "grand": "Total a pagar|Suma adeudada|Importe a abonar",
           "vat_id": "NIF", "original": "Abono emitido sobre la factura",
           "pay": "Pago por transferencia antes del {due}, gracias.",
           "desc": "Descripción de servicios", "qty": "Cant. servida", "price": "Por unidad",
           "amount": "Suma", "lines_sum": "Quesos entregados, total",
           "discount": "Descuento tienda delicatessen {pct} %", "bank": "Banco", "vat": "Tipo IVA",
           "sender": "Remitente"},
    "it": {"number": "Nostra fattura n.|Numero nota|Rif. fattura di vendita",
           "date": "Fatturato il|Nota emessa il|Data fiscale",
           "due": "Saldo previsto il|Da pagare entro il|Termine ultimo",
           "customer": "Fattura intestata a|Addebito a|Ragione sociale cliente",
           "net": "Totale prestazioni senza IVA|Importo netto|Base imponibile",
           "tax": "Più IVA {rate}%|IVA esigibile {rate}%|Imposta al {rate}%",
           "grand": "Totale da pagare|Somma dovuta|Importo da versare",
           "vat_id": "Partita IVA", "original": "A storno della nostra fattura n.",
           "pay": "Pagamento con bonifico entro il {due}, grazie.",
           "desc": "Descrizione prestazioni", "qty": "Q.tà consegnata", "price": "Per unità",
           "amount": "Tot. riga", "lines_sum": "Formaggi consegnati, totale",
           "discount": "Sconto gastronomia {pct}%", "bank": "Banca", "vat": "Aliq. IVA",
           "sender": "Mittente"},
    "nl": {"number": "Ons factuurnr.|Notanummer|Verkoopfactuur ref.",
           "date": "Gefactureerd op|Nota opgemaakt op|Belastingdatum",
           "due": "Betaling verwacht op|Betalen uiterlijk op|Deadline betaling",
           "customer": "Klant (factuuradres)|Ten laste van rekening|Naam en adres klant",
           "net": "Totaal diensten excl. btw|Nettobedrag|Belastbaar bedrag",
           "tax": "Plus btw {rate}%|Verschuldigde omzetbelasting {rate}%|Belasting {rate}%",
           "grand": "Totaal te betalen|Verschuldigd bedrag|Te betalen som",
           "vat_id": "Btw-nummer", "original": "Creditering van factuur nr.",
           "pay": "Graag betalen per overboeking voor {due}.",
           "desc": "Omschrijving werkzaamheden", "qty": "Aantal geleverd", "price": "Per eenheid",
           "amount": "Regeltot.", "lines_sum": "Geleverde kaas, totaal",
           "discount": "Delicatessenkorting {pct}%", "bank": "Bank", "vat": "Btw-perc.",
           "sender": "Afzender"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "equine": {"en": m.GBP, "de": m.CHF}, "interpreter": {"en": m.GBP},
    "weddingcake": {"en": m.EUR_EN, "fr": m.CHF_FR}, "ropeaccess": {"en": m.USD},
    "outboard": {"en": m.GBP, "de": m.CHF}, "vintagecar": {"en": m.PLN},
    "cheesemaker": {"en": m.SEK, "de": m.DKK},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
