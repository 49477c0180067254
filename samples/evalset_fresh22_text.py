"""The printed wording of the twenty-second fresh evaluation slice (`evalset_fresh22.py`):
document titles per layout, labels per language and the money each layout bills in. The common
facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one layout
prints have one. `tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh22.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Invoice for Tree Works|Roofing Invoice|Taxidermy Invoice|Tableware Invoice|"
           "Drilling Invoice|Fencing Invoice|Reporting Services Invoice",
           "Tree Works Credit Note|Roofing Credit Note|Taxidermy Credit Note|Tableware "
           "Credit Note|Drilling Credit Note|Fencing Credit Note|Reporting Services Credit "
           "Note"),
    "de": ("Rechnung Baumpflegearbeiten|Rechnung Dachdeckerarbeiten|Rechnung Präparation|"
           "Rechnung Geschirr|Rechnung Brunnenbohrung|Rechnung Zaunbau|Rechnung "
           "Protokollführung",
           "Gutschrift Baumpflegearbeiten|Gutschrift Dachdeckerarbeiten|Gutschrift "
           "Präparation|Gutschrift Geschirr|Gutschrift Brunnenbohrung|Gutschrift Zaunbau|"
           "Gutschrift Protokollführung"),
    "fr": ("Facture travaux d'élagage|Facture de couverture|Facture de naturalisation|"
           "Facture vaisselle|Facture de forage|Facture de clôture|Facture de sténotypie",
           "Avoir travaux d'élagage|Avoir de couverture|Avoir de naturalisation|Avoir "
           "vaisselle|Avoir de forage|Avoir de clôture|Avoir de sténotypie"),
    "es": ("Factura de trabajos de arboricultura|Factura de cubiertas|Factura de "
           "taxidermia|Factura de vajilla|Factura de perforación|Factura de vallado|Factura "
           "de estenotipia",
           "Factura rectificativa de arboricultura|Factura rectificativa de cubiertas|Factura "
           "rectificativa de taxidermia|Factura rectificativa de vajilla|Factura rectificativa "
           "de perforación|Factura rectificativa de vallado|Factura rectificativa de "
           "estenotipia"),
    "it": ("Fattura lavori di arboricoltura|Fattura lavori di copertura|Fattura "
           "tassidermia|Fattura stoviglie|Fattura perforazione pozzo|Fattura recinzioni|"
           "Fattura servizi di stenotipia",
           "Nota di credito arboricoltura|Nota di credito copertura|Nota di credito "
           "tassidermia|Nota di credito stoviglie|Nota di credito perforazione|Nota di credito "
           "recinzioni|Nota di credito stenotipia"),
    "nl": ("Factuur boomverzorging|Factuur dakwerken|Factuur prepareerwerk|Factuur "
           "serviesgoed|Factuur bronboring|Factuur hekwerk|Factuur verslaglegging",
           "Creditfactuur boomverzorging|Creditfactuur dakwerken|Creditfactuur prepareerwerk|"
           "Creditfactuur serviesgoed|Creditfactuur bronboring|Creditfactuur hekwerk|"
           "Creditfactuur verslaglegging"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice serial|Invoice no. (quote on payment)|Sales invoice number",
           "date": "Invoice issued|Tax point|Date of supply and invoice",
           "due": "Final date for payment|Payment expected by|Due for settlement",
           "customer": "Invoiced party|Bill this work to|Account holder",
           "net": "Total ex VAT|Subtotal, excl. tax|Value of work",
           "tax": "VAT charged at {rate}%|Tax at {rate}%|Add VAT @ {rate}%",
           "grand": "Total including VAT|Invoice total payable|Amount now payable",
           "vat_id": "VAT reg. no.", "original": "Credit against invoice",
           "pay": "Please settle by {due} by bank transfer, quoting the invoice serial.",
           "desc": "Description of works", "qty": "Quantity", "price": "Rate each",
           "amount": "Line total", "lines_sum": "Goods total", "discount": "Trade "
           "discount {pct}%", "details": "Invoice details", "site": "Site of works",
           "tree": "Tree ref.", "property": "Property", "materials": "Materials supplied",
           "labour": "Labour", "tag": "Tag no.", "ware": "Tableware item",
           "code": "Item code", "deliver": "Deliver to",
           "depth": "Depth (m)", "borehole": "Borehole location", "run": "Fence run",
           "quote": "Our quotation", "case": "Re", "caseno": "Cause no.",
           "witness": "Deposition of", "taken": "Taken on", "bank": "Bank details"},
    "de": {"number": "Rechnungsnummer bitte bei Zahlung angeben|Rechnungsziffer|"
                     "Laufende Rechnungsnummer",
           "date": "Ausstellungsdatum der Rechnung|Leistungs- und Rechnungsdatum|"
                   "Rechnungstag",
           "due": "Zahlungsfrist endet am|Zahlbar ohne Abzug bis|Spätester Zahlungstermin",
           "customer": "Rechnung geht an|Leistungsempfänger|Kundenanschrift",
           "net": "Summe ohne Steuer|Zwischensumme netto|Wert der Arbeiten",
           "tax": "Umsatzsteuer {rate} % darauf|zuzüglich {rate} % MwSt.|Steuer {rate} %",
           "grand": "Rechnungsendbetrag|Gesamtsumme inkl. Steuer|Zu überweisender Betrag",
           "vat_id": "USt-IdNr.", "original": "Gutschrift zur Rechnung",
           "pay": "Bitte überweisen Sie bis {due} ohne Abzug unter Angabe der "
                  "Rechnungsnummer.",
           "desc": "Leistungsbeschreibung", "qty": "Anzahl", "price": "Einzelpreis",
           "amount": "Zeilensumme", "lines_sum": "Warenwert gesamt",
           "discount": "Gastronomierabatt {pct} %", "details": "Rechnungsangaben",
           "site": "Einsatzort", "tree": "Baum-Nr.", "property": "Objekt",
           "materials": "Material", "labour": "Arbeitslohn", "tag": "Marke Nr.",
           "ware": "Geschirrteil",
           "code": "Artikel-Nr.", "deliver": "Lieferanschrift", "depth": "Teufe (m)",
           "borehole": "Bohrstelle", "run": "Zaunabschnitt", "quote": "Unser Angebot",
           "case": "In Sachen", "caseno": "Aktenzeichen", "witness": "Vernehmung von",
           "taken": "Termin vom", "bank": "Bankverbindung"},
    "fr": {"number": "Facture n° à rappeler|N° de pièce|Numéro de facture à rappeler",
           "date": "Date d'émission|Facture établie le|Date de facturation",
           "due": "À payer pour le|Date limite de règlement|Règlement au plus tard le",
           "customer": "Facturé à|Maître d'ouvrage|Client facturé",
           "net": "Total hors taxes|Sous-total HT|Montant des travaux HT",
           "tax": "TVA au taux de {rate} %|TVA {rate} % en sus|TVA collectée {rate} %",
           "grand": "Total toutes taxes|Montant de la facture TTC|Net à payer TTC",
           "vat_id": "N° TVA intracom.", "original": "Avoir sur facture",
           "pay": "Règlement par virement au plus tard le {due}, en rappelant le numéro de "
                  "facture.",
           "desc": "Désignation des travaux", "qty": "Quantité", "price": "Prix unitaire HT",
           "amount": "Total ligne HT", "lines_sum": "Total marchandises",
           "discount": "Remise professionnelle {pct} %", "details": "Références facture",
           "site": "Lieu des travaux", "tree": "Arbre n°", "property": "Adresse du bien",
           "materials": "Fournitures posées", "labour": "Main-d'œuvre", "tag": "Bague n°",
           "ware": "Pièce de vaisselle",
           "code": "Réf. article", "deliver": "Livrer à", "depth": "Profondeur (m)",
           "borehole": "Emplacement du forage", "run": "Tronçon", "quote": "Notre devis",
           "case": "Affaire", "caseno": "N° de rôle", "witness": "Audition de",
           "taken": "Séance du", "bank": "RIB"},
    "es": {"number": "Número de factura|N.º de serie de factura|Factura número a indicar en "
                     "el pago",
           "date": "Fecha de expedición|Fecha de emisión de la factura|Fecha de facturación",
           "due": "Fecha límite de pago|Pago antes del|Vencimiento del pago",
           "customer": "Datos del destinatario|Facturar a|Titular de la factura",
           "net": "Base imponible total|Suma base imponible|Importe de los trabajos",
           "tax": "IVA aplicado {rate} %|IVA al tipo del {rate} %|Impuesto {rate} %",
           "grand": "Total factura con IVA|Importe total a abonar|Líquido a percibir",
           "vat_id": "NIF", "original": "Rectifica la factura",
           "pay": "Abone por transferencia antes del {due} indicando el número de factura.",
           "desc": "Descripción del trabajo", "qty": "Cantidad", "price": "Precio unitario",
           "amount": "Total línea", "lines_sum": "Total mercancía",
           "discount": "Descuento hostelería {pct} %", "details": "Datos de la factura",
           "site": "Lugar de los trabajos", "tree": "Árbol n.º", "property": "Finca",
           "materials": "Materiales", "labour": "Mano de obra", "tag": "Precinto n.º",
           "ware": "Pieza de vajilla",
           "code": "Ref. pieza", "deliver": "Entregar en", "depth": "Profundidad (m)",
           "borehole": "Ubicación del sondeo", "run": "Tramo", "quote": "Nuestro presupuesto",
           "case": "Autos", "caseno": "N.º de procedimiento", "witness": "Declaración de",
           "taken": "Sesión del", "bank": "Datos bancarios"},
    "it": {"number": "Fattura numero|Documento n.|Numero fattura da citare",
           "date": "Data emissione|Data del documento|Data di emissione del documento",
           "due": "Termine di pagamento|Pagamento entro il|Saldo entro il",
           "customer": "Intestatario fattura|Committente|Cliente intestatario",
           "net": "Totale imponibile|Imponibile complessivo|Valore dei lavori",
           "tax": "IVA applicata {rate}%|IVA di legge {rate}%|Aliquota IVA {rate}%",
           "grand": "Totale fattura|Totale documento IVA compresa|Netto a pagare",
           "vat_id": "P. IVA", "original": "Storno della fattura",
           "pay": "Pagamento con bonifico entro il {due} indicando il numero della fattura.",
           "desc": "Descrizione dei lavori", "qty": "Quantità", "price": "Prezzo unitario",
           "amount": "Totale riga", "lines_sum": "Totale merce",
           "discount": "Sconto ristorazione {pct}%", "details": "Dati fattura",
           "site": "Luogo dei lavori", "tree": "Pianta n.", "property": "Fabbricato",
           "materials": "Materiali", "labour": "Manodopera", "tag": "Fascetta n.",
           "ware": "Pezzo",
           "code": "Codice pezzo", "deliver": "Consegnare a", "depth": "Profondità (m)",
           "borehole": "Ubicazione del pozzo", "run": "Tratto", "quote": "Nostro preventivo",
           "case": "Causa", "caseno": "N. di ruolo", "witness": "Deposizione di",
           "taken": "Udienza del", "bank": "Appoggio bancario"},
    "nl": {"number": "Factuurnr. bij betaling vermelden|Volgnummer factuur|Nummer van de "
                     "factuur",
           "date": "Datum van uitgifte|Datum factuur en levering|Factuur opgemaakt op",
           "due": "Uiterste betaaldatum|Betalen voor|Vervaldag betaling",
           "customer": "Gefactureerd aan|Opdrachtgever|Factuuradres klant",
           "net": "Totaal exclusief btw|Subtotaal excl. btw|Waarde van het werk",
           "tax": "Btw {rate}% hierover|Omzetbelasting {rate}%|Btw-tarief {rate}%",
           "grand": "Totaal inclusief btw|Factuurtotaal|Saldo te betalen",
           "vat_id": "Btw-id", "original": "Creditering van factuur",
           "pay": "Graag betalen voor {due} onder vermelding van het factuurnummer.",
           "desc": "Omschrijving werkzaamheden", "qty": "Aantal", "price": "Stukprijs",
           "amount": "Regeltotaal", "lines_sum": "Totaal goederen",
           "discount": "Horecakorting {pct}%", "details": "Factuurgegevens",
           "site": "Werkadres", "tree": "Boomnr.", "property": "Pand",
           "materials": "Materialen", "labour": "Arbeidsloon", "tag": "Ringnr.",
           "ware": "Serviesdeel",
           "code": "Artikelcode", "deliver": "Afleveradres", "depth": "Diepte (m)",
           "borehole": "Boorlocatie", "run": "Strekking", "quote": "Onze offerte",
           "case": "Zaak", "caseno": "Zaaknummer", "witness": "Verhoor van",
           "taken": "Zitting van", "bank": "Bankgegevens"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "treesurgeon": {"en": m.GBP, "de": m.CHF}, "roofer": {"en": m.EUR_EN},
    "taxidermy": {"en": m.DKK}, "tableware": {"en": m.PLN, "fr": m.CHF_FR},
    "borehole": {"en": m.SEK}, "fencing": {"en": m.GBP}, "courtreport": {"en": m.USD},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
