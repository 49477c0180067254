"""The printed wording of the twenty-fourth fresh evaluation slice (`evalset_fresh24.py`):
document titles per layout, labels per language and the money each layout bills in. The common
facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one layout
prints have one. `tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `due_line`
takes {amount} and {due}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh24.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Wasp Nest Treatment Invoice|Spa Service Invoice|Performance Fee Invoice|Bell "
           "Restoration Invoice|Grooming Invoice|Seed Invoice|Party Hire Invoice",
           "Wasp Nest Treatment Credit Note|Spa Service Credit Note|Performance Fee Credit "
           "Note|Bell Restoration Credit Note|Grooming Credit Note|Seed Credit Note|Party Hire "
           "Credit Note"),
    "de": ("Rechnung Wespennestentfernung|Rechnung Saunaservice|Honorarrechnung Auftritt|"
           "Rechnung Glockenrestaurierung|Rechnung Hundepflege|Rechnung Saatgut|Rechnung "
           "Partyverleih",
           "Gutschrift Wespennestentfernung|Gutschrift Saunaservice|Gutschrift Auftritt|"
           "Gutschrift Glockenrestaurierung|Gutschrift Hundepflege|Gutschrift Saatgut|"
           "Gutschrift Partyverleih"),
    "fr": ("Facture destruction de nid|Facture entretien spa|Facture de cachet|Facture "
           "restauration de cloche|Facture toilettage|Facture semences|Facture location fête",
           "Avoir destruction de nid|Avoir entretien spa|Avoir de cachet|Avoir restauration de "
           "cloche|Avoir toilettage|Avoir semences|Avoir location fête"),
    "es": ("Factura retirada de avispero|Factura mantenimiento spa|Factura de actuación|"
           "Factura restauración de campana|Factura peluquería canina|Factura de semillas|"
           "Factura alquiler para fiestas",
           "Factura rectificativa retirada de avispero|Factura rectificativa mantenimiento spa|"
           "Factura rectificativa de actuación|Factura rectificativa restauración de campana|"
           "Factura rectificativa peluquería canina|Factura rectificativa de semillas|Factura "
           "rectificativa alquiler para fiestas"),
    "it": ("Fattura rimozione nido|Fattura assistenza sauna|Fattura compenso spettacolo|"
           "Fattura restauro campana|Fattura toelettatura|Fattura sementi|Fattura noleggio feste",
           "Nota di credito rimozione nido|Nota di credito assistenza sauna|Nota di credito "
           "spettacolo|Nota di credito restauro campana|Nota di credito toelettatura|Nota di "
           "credito sementi|Nota di credito noleggio feste"),
    "nl": ("Factuur wespennest|Factuur sauna-onderhoud|Factuur optreden|Factuur "
           "klokrestauratie|Factuur trimsalon aan huis|Factuur zaaizaad|Factuur feestverhuur",
           "Creditnota wespennest|Creditnota sauna-onderhoud|Creditnota optreden|Creditnota "
           "klokrestauratie|Creditnota trimsalon aan huis|Creditnota zaaizaad|Creditnota "
           "feestverhuur"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice number (quote on payment)|Invoice ref. for your records|"
                     "Fee invoice no.",
           "date": "Invoice raised on|Date of invoice|Invoice dated",
           "due": "Please pay by|Payment falls due|Payment required by",
           "customer": "Invoice made out to|Charged to|Account holder",
           "net": "Net of VAT|Net charges|Total excluding tax",
           "tax": "Add VAT at {rate}%|VAT charged at {rate}%|Value added tax {rate}%",
           "grand": "Total owing|Sum due incl. VAT|Amount now payable",
           "vat_id": "Our VAT reg. no.", "original": "Credit raised against invoice",
           "pay": "Kindly settle by {due}, quoting the invoice number.",
           "desc": "Work and materials", "qty": "Quantity", "price": "Unit charge",
           "amount": "Line charge", "lines_sum": "Seed total", "discount": "Early order "
           "discount {pct}%", "bank": "Our account for transfers", "from": "From",
           "due_line": "{amount} due by {due}", "site": "Service address",
           "vat_rate": "VAT rate", "gross": "Gross",
           "show": "Performance on", "pos": "Line no.", "bell": "Bell", "dogs": "Dogs groomed",
           "delivery": "Set up at", "event": "Party date"},
    "de": {"number": "Rechnungsnr. bitte angeben|Unsere Rechnung Nr.|Rechnungsbeleg Nr.",
           "date": "Ausgestellt am|Tag der Rechnung|Abrechnungsdatum",
           "due": "Zu zahlen bis|Fälligkeit am|Spätestens zahlbar am",
           "customer": "Rechnungsadresse|Belastet an|Inhaber Kundenkonto",
           "net": "Betrag ohne MwSt.|Summe Leistungen netto|Zwischensumme netto",
           "tax": "zzgl. MwSt. {rate} %|Umsatzsteuer {rate} % darauf|MwSt.-Anteil {rate} %",
           "grand": "Zu zahlender Betrag|Summe inkl. Steuer|Bitte überweisen Sie",
           "vat_id": "Steuer-Nr./USt-ID", "original": "Gutschrift zu Rechnung",
           "pay": "Bitte bis {due} unter Angabe der Rechnungsnummer überweisen.",
           "desc": "Ausgeführte Leistungen", "qty": "Anzahl", "price": "Stückpreis",
           "amount": "Zeilensumme", "lines_sum": "Saatgutwert", "discount": "Frühbezugsrabatt "
           "{pct} %", "bank": "Überweisung an", "from": "Von", "due_line": "{amount} fällig "
           "bis {due}", "site": "Standort der Anlage", "vat_rate": "MwSt.-Satz",
           "gross": "Brutto", "show": "Auftritt", "pos": "Pos.", "bell": "Glocke",
           "dogs": "Gepflegte Hunde", "delivery": "Lieferadresse", "event": "Feiertermin"},
    "fr": {"number": "N° de facture à rappeler|Référence de notre facture|Numéro de pièce de vente",
           "date": "Facture émise en date du|Date de facturation|Facture établie le",
           "due": "Date limite de paiement|Exigible le|Règlement au plus tard le",
           "customer": "Adresse de facturation|Client débiteur|Titulaire du compte client",
           "net": "Total hors TVA|Prestations HT|Sous-total HT",
           "tax": "TVA en sus au taux de {rate} %|Montant TVA {rate} %|TVA collectée {rate} %",
           "grand": "Net à payer TTC|Somme due TTC|Solde restant dû",
           "vat_id": "TVA intracom.", "original": "Avoir émis sur la facture",
           "pay": "Merci de régler avant le {due} en rappelant le numéro de facture.",
           "desc": "Désignation des travaux", "qty": "Quantité", "price": "P.U.",
           "amount": "Total ligne", "lines_sum": "Total semences", "discount": "Remise "
           "commande anticipée {pct} %", "bank": "Virement sur", "from": "De la part de",
           "due_line": "{amount} à régler avant le {due}", "site": "Lieu de l'installation",
           "vat_rate": "Taux TVA", "gross": "TTC", "show": "Spectacle", "pos": "Poste",
           "bell": "Cloche", "dogs": "Chiens toilettés", "delivery": "Installé à",
           "event": "Date de la fête"},
    "es": {"number": "Nº de factura a indicar en el pago|Nuestra factura nº|"
                     "Número de factura emitida",
           "date": "Emitida el|Fecha de facturación|Expedida el",
           "due": "Pagar antes del|Fecha de cobro|Pago como máximo el",
           "customer": "Datos de facturación|Cargo a|Cuenta de cliente",
           "net": "Total sin IVA|Servicios sin impuestos|Subtotal neto",
           "tax": "Más IVA {rate} %|Importe IVA {rate} %|IVA devengado {rate} %",
           "grand": "Total a abonar|Suma con IVA|Importe a pagar",
           "vat_id": "NIF-IVA", "original": "Rectifica la factura nº",
           "pay": "Rogamos el pago antes del {due} indicando el número de factura.",
           "desc": "Descripción del trabajo", "qty": "Cantidad", "price": "Precio ud.",
           "amount": "Total línea", "lines_sum": "Total semillas", "discount": "Descuento "
           "pedido anticipado {pct} %", "bank": "Ingresar en", "from": "Emisor",
           "due_line": "{amount} a pagar antes del {due}", "site": "Ubicación del equipo",
           "vat_rate": "Tipo IVA", "gross": "Total", "show": "Actuación", "pos": "Lín.",
           "bell": "Campana", "dogs": "Perros atendidos", "delivery": "Entrega en",
           "event": "Fecha de la fiesta"},
    "it": {"number": "N. fattura da indicare|N. progressivo fattura|Documento n.",
           "date": "Emessa il|Data di fatturazione|Fattura redatta in data",
           "due": "Da pagare entro il|Scade il|Pagamento non oltre il",
           "customer": "Intestatario fattura|Addebitare a|Cliente intestatario del conto",
           "net": "Totale senza IVA|Prestazioni nette|Subtotale imponibile",
           "tax": "Più IVA {rate}%|Importo IVA {rate}%|IVA applicata {rate}%",
           "grand": "Totale da versare|Somma dovuta IVA incl.|Importo complessivo da saldare",
           "vat_id": "P. IVA", "original": "Nota emessa a storno della fattura",
           "pay": "Vi preghiamo di pagare entro il {due} indicando il numero di fattura.",
           "desc": "Interventi eseguiti", "qty": "Quantità", "price": "Prezzo cad.",
           "amount": "Totale riga", "lines_sum": "Totale sementi", "discount": "Sconto "
           "prenotazione {pct}%", "bank": "Bonifico sul conto", "from": "Emittente",
           "due_line": "{amount} da pagare entro il {due}", "site": "Ubicazione impianto",
           "vat_rate": "Aliquota IVA", "gross": "Lordo", "show": "Spettacolo del", "pos": "Riga",
           "bell": "Campana", "dogs": "Cani toelettati", "delivery": "Consegna presso",
           "event": "Data della festa"},
    "nl": {"number": "Factuurnr. bij betaling vermelden|Onze factuur nr.|Nummer van deze nota",
           "date": "Uitgegeven op|Datum facturering|Nota opgemaakt op",
           "due": "Betalen voor|Vervalt op|Uiterste betaaldatum",
           "customer": "Factuuradres|Ten laste van|Rekeninghouder klant",
           "net": "Totaal zonder btw|Diensten excl. btw|Subtotaal netto",
           "tax": "Vermeerderd met btw {rate}%|Btw-bedrag {rate}%|Berekende btw {rate}%",
           "grand": "Te betalen totaal|Som incl. btw|Graag te voldoen",
           "vat_id": "Btw-id", "original": "Crediteert onze factuur",
           "pay": "Gelieve voor {due} te betalen onder vermelding van het factuurnummer.",
           "desc": "Omschrijving werkzaamheden", "qty": "Hoeveelheid", "price": "Prijs p/st",
           "amount": "Regeltotaal", "lines_sum": "Goederentotaal", "discount": "Korting "
           "vroegboeken {pct}%", "bank": "Overmaken op rekening", "from": "Van",
           "due_line": "{amount} te betalen voor {due}", "site": "Locatie installatie",
           "vat_rate": "Btw-tarief", "gross": "Bruto", "show": "Optreden", "pos": "Regel",
           "bell": "Klok", "dogs": "Getrimde honden", "delivery": "Opgebouwd op locatie",
           "event": "Datum feest"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "waspnest": {"en": m.GBP}, "hottub": {"en": m.SEK, "de": m.CHF},
    "magician": {"en": m.USD}, "churchbell": {"en": m.EUR_EN, "fr": m.CHF_FR},
    "groomer": {"en": m.DKK}, "seedmerchant": {"en": m.PLN}, "bouncycastle": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
