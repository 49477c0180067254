"""The printed wording of the eleventh fresh evaluation slice (`evalset_fresh11.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `body` takes {due}."""

from __future__ import annotations

from typing import Final

from evalset_fresh3_items import (
    CHF,
    CHF_FR,
    DKK,
    EUR_DE,
    EUR_EN,
    EUR_FR,
    EUR_NL,
    GBP,
    PLN,
    SEK,
    USD,
)

# Per language, the title of each layout in the order of `evalset_fresh11.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Invoice|Invoice|Invoice|Invoice for Services|Invoice|INVOICE|Invoice",
           "Credit Note|Credit Note|Credit Note|Credit Note for Services|Credit Note|"
           "CREDIT NOTE|Credit Note"),
    "de": ("Rechnung|Rechnung|Rechnung|Honorarrechnung Beratung|Rechnung|RECHNUNG|Rechnung",
           "Gutschrift|Gutschrift|Gutschrift|Gutschrift Beratung|Gutschrift|GUTSCHRIFT|"
           "Gutschrift"),
    "fr": ("Facture|Facture|Facture|Facture d'honoraires de conseil|Facture|FACTURE|Facture",
           "Avoir|Avoir|Avoir|Avoir d'honoraires de conseil|Avoir|AVOIR|Avoir"),
    "es": ("Factura|Factura|Factura|Factura de consultoría|Factura|FACTURA|Factura",
           "Factura rectificativa|Abono|Abono|Abono de consultoría|Abono|ABONO|Abono"),
    "it": ("Fattura|Fattura|Fattura|Fattura consulenza|Fattura|FATTURA|Fattura",
           "Nota di credito|Nota di credito|Nota di credito|Nota di credito consulenza|"
           "Nota di credito|NOTA DI CREDITO|Nota di credito"),
    "nl": ("Factuur|Factuur|Factuur|Factuur advieswerk|Factuur|FACTUUR|Factuur",
           "Creditfactuur|Creditfactuur|Creditfactuur|Creditfactuur advieswerk|Creditfactuur|"
           "CREDITFACTUUR|Creditfactuur"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice ref. no.|Our invoice ID|Bill serial",
           "date": "Issued on|Invoice issued|Date raised",
           "due": "Settle by|Pay no later than|Falls due",
           "customer": "Charged to|Client account|Invoiced party",
           "net": "Amount before VAT|Goods and services net|Value excl. tax",
           "tax": "VAT charged at {rate}%|Sales tax {rate}%|VAT @ {rate}%",
           "grand": "Balance payable|Gross amount due|Invoice value",
           "vat_id": "VAT reg. no.", "currency": "Billing currency",
           "original": "Credits our invoice", "pay": "Kindly settle by {due}.",
           "desc": "Particulars", "qty": "No.", "price": "Each", "amount": "Value",
           "lines_sum": "Goods total", "discount": "Members' discount {pct}%",
           "bank": "Remit to", "from": "From:", "to": "To:", "sent": "Sent:",
           "subject": "Subject:", "re": "Re",
           "body": "Hello, attached below is our invoice for the work agreed; please pay by {due}.",
           "fees": "Professional fees", "expenses": "Expenses re-billed at cost",
           "issuer": "Issued by", "account": "Account code", "engagement": "Engagement",
           "item": "Item code", "unit": "Unit",
           "courtesy": "Messrs", "of": "of"},
    "de": {"number": "Rechnungskennung|Unsere Rechnungs-ID|Laufende Nummer",
           "date": "Ausgestellt am|Rechnung erstellt|Erstellt am",
           "due": "Begleichen bis|Spätestens zahlbar am|Wird fällig am",
           "customer": "Belastet an|Kundenkonto Nr.|Rechnungsadressat",
           "net": "Betrag vor USt.|Waren und Leistungen netto|Wert ohne Steuer",
           "tax": "berechnete USt. {rate} %|Umsatzsteuersatz {rate} %|USt. @ {rate} %",
           "grand": "Offener Betrag|Bruttobetrag fällig|Rechnungswert",
           "vat_id": "USt-Identnummer", "currency": "Abrechnungswährung",
           "original": "Schreibt gut auf Rechnung", "pay": "Bitte begleichen bis {due}.",
           "desc": "Einzelheiten", "qty": "Anz.", "price": "Je", "amount": "Wert",
           "lines_sum": "Warensumme", "discount": "Mitgliederrabatt {pct} %",
           "bank": "Überweisen an", "from": "Von:", "to": "An:", "sent": "Gesendet:",
           "subject": "Betreff:", "re": "AW",
           "body": "Hallo, unten finden Sie unsere Rechnung zum vereinbarten Auftrag; bitte "
                   "zahlen Sie bis {due}.",
           "fees": "Beraterhonorar", "expenses": "Weiterberechnete Auslagen zum Selbstkostenpreis",
           "issuer": "Ausgestellt von", "account": "Kontokennung", "engagement": "Mandat",
           "item": "Artikelcode", "unit": "Einh.",
           "courtesy": "Firma", "of": "vom"},
    "fr": {"number": "Réf. de facture|Notre identifiant de facture|Numéro de série",
           "date": "Émise le|Facture émise|Établie le",
           "due": "À régler d'ici le|Payable au plus tard le|Arrive à échéance le",
           "customer": "Imputé à|Compte client n°|Partie facturée",
           "net": "Montant avant TVA|Biens et services HT|Valeur hors taxe",
           "tax": "TVA appliquée {rate} %|Taxe sur les ventes {rate} %|TVA @ {rate} %",
           "grand": "Solde dû|Montant brut exigible|Valeur de la facture",
           "vat_id": "N° d'identification TVA", "currency": "Devise de facturation",
           "original": "Crédite notre facture", "pay": "Merci de régler d'ici le {due}.",
           "desc": "Détails", "qty": "Nbre", "price": "L'unité", "amount": "Valeur",
           "lines_sum": "Total marchandises", "discount": "Remise adhérents {pct} %",
           "bank": "Virement à", "from": "De :", "to": "À :", "sent": "Envoyé :",
           "subject": "Objet :", "re": "RE",
           "body": "Bonjour, vous trouverez ci-dessous notre facture pour le travail convenu ; "
                   "merci de payer d'ici le {due}.",
           "fees": "Honoraires", "expenses": "Frais refacturés au coût réel",
           "issuer": "Émis par", "account": "Code compte", "engagement": "Mission",
           "item": "Code article", "unit": "Unité",
           "courtesy": "Messieurs", "of": "du"},
    "es": {"number": "Ref. de factura|Nuestro identificador|Número de serie",
           "date": "Emitida el|Factura emitida|Expedida el",
           "due": "Liquidar antes del|Pagar a más tardar el|Vence el día",
           "customer": "Cargado a|Cuenta de cliente|Parte facturada",
           "net": "Importe antes de IVA|Bienes y servicios netos|Valor sin impuestos",
           "tax": "IVA aplicado {rate} %|Impuesto sobre ventas {rate} %|IVA @ {rate} %",
           "grand": "Saldo a pagar|Importe bruto exigible|Valor de la factura",
           "vat_id": "NIF-IVA", "currency": "Moneda de facturación",
           "original": "Abona nuestra factura", "pay": "Le rogamos liquidar antes del {due}.",
           "desc": "Detalle", "qty": "Núm.", "price": "Cada uno", "amount": "Valor",
           "lines_sum": "Total mercancía", "discount": "Descuento socios {pct} %",
           "bank": "Transferir a", "from": "De:", "to": "Para:", "sent": "Enviado:",
           "subject": "Asunto:", "re": "RE",
           "body": "Hola: a continuación le enviamos la factura del trabajo acordado; le rogamos "
                   "el pago antes del {due}.",
           "fees": "Honorarios profesionales", "expenses": "Gastos repercutidos al coste",
           "issuer": "Emitida por", "account": "Código de cuenta", "engagement": "Encargo",
           "item": "Código artículo", "unit": "Ud.",
           "courtesy": "Sres.", "of": "de"},
    "it": {"number": "Rif. fattura|Nostro identificativo|Numero di serie",
           "date": "Emessa il|Fattura emessa|Redatta il",
           "due": "Saldare entro il|Pagare al più tardi il|Scade il giorno",
           "customer": "Addebitato a|Conto cliente|Parte fatturata",
           "net": "Importo prima dell'IVA|Beni e servizi netti|Valore senza imposta",
           "tax": "IVA applicata {rate}%|Imposta sulle vendite {rate}%|IVA @ {rate}%",
           "grand": "Saldo da pagare|Importo lordo dovuto|Valore della fattura",
           "vat_id": "Partita IVA n.", "currency": "Valuta di fatturazione",
           "original": "Storna la nostra fattura", "pay": "Si prega di saldare entro il {due}.",
           "desc": "Dettagli", "qty": "Nr.", "price": "Cadauno", "amount": "Valore",
           "lines_sum": "Totale merce", "discount": "Sconto soci {pct}%",
           "bank": "Bonifico a", "from": "Da:", "to": "A:", "sent": "Inviato:",
           "subject": "Oggetto:", "re": "R",
           "body": "Buongiorno, di seguito la fattura per il lavoro concordato; si prega di "
                   "pagare entro il {due}.",
           "fees": "Compensi professionali", "expenses": "Spese riaddebitate al costo",
           "issuer": "Emessa da", "account": "Codice conto", "engagement": "Incarico",
           "item": "Codice articolo", "unit": "U.M.",
           "courtesy": "Spett.le", "of": "del"},
    "nl": {"number": "Factuurref.|Ons factuur-ID|Volgnummer",
           "date": "Uitgegeven op|Factuur uitgegeven|Opgemaakt op",
           "due": "Voldoen vóór|Uiterlijk te betalen op|Vervalt op",
           "customer": "Belast aan|Klantaccount|Gefactureerde partij",
           "net": "Bedrag vóór btw|Goederen en diensten netto|Waarde excl. belasting",
           "tax": "Berekende btw {rate}%|Omzetbelasting {rate}%|Btw @ {rate}%",
           "grand": "Openstaand saldo|Brutobedrag verschuldigd|Factuurwaarde",
           "vat_id": "Btw-nr.", "currency": "Factuurvaluta",
           "original": "Crediteert onze factuur", "pay": "Graag voldoen vóór {due}.",
           "desc": "Details", "qty": "Aant.", "price": "Per stuk", "amount": "Waarde",
           "lines_sum": "Totaal goederen", "discount": "Ledenkorting {pct}%",
           "bank": "Overmaken naar", "from": "Van:", "to": "Aan:", "sent": "Verzonden:",
           "subject": "Onderwerp:", "re": "RE",
           "body": "Hallo, hieronder vindt u onze factuur voor het afgesproken werk; graag "
                   "betaling vóór {due}.",
           "fees": "Adviesuren", "expenses": "Doorbelaste onkosten tegen kostprijs",
           "issuer": "Uitgegeven door", "account": "Accountcode", "engagement": "Opdracht",
           "item": "Artikelcode", "unit": "Eenh.",
           "courtesy": "Fa.", "of": "van"},
}  # fmt: skip

# Money per layout and language.
MONEY: Final = {
    "courtesy": {"en": GBP, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "emailed": {"en": USD, "de": CHF, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "halfsheet": {"en": EUR_EN, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE,
                  "nl": EUR_NL},
    "dayrate": {"en": GBP, "de": EUR_DE, "fr": CHF_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "sellerfoot": {"en": DKK, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE,
                   "nl": EUR_NL},
    "dotted": {"en": SEK, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "widepage": {"en": PLN, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
}  # fmt: skip
