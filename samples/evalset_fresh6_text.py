"""The printed wording of the sixth fresh evaluation slice (`evalset_fresh6.py`): document titles
per layout, labels (seven phrasings per common fact, one per layout; one phrasing for the facts a
single layout prints) and sentences, per language, and the money formats and VAT rates
per layout. The `Money` record and the shared money formats come from the third slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh3_items import CHF, CHF_FR, EUR_DE, EUR_FR, EUR_NL, GBP, NBSP, USD, Money

# Per language, the title of each layout in the order of `evalset_fresh6.STYLE`, then the titles of
# its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Patient Account|Print Invoice|Order Invoice|Disbursement Invoice|Invoice|"
           "Tax Invoice|Invoice",
           "Patient Refund|Print Credit Note|Return Credit Note|Customs Credit Note|"
           "Credit Note|Tax Credit Note|Credit Note"),
    "de": ("Honorarrechnung|Rechnung Druckauftrag|Rechnung zur Bestellung|Speditionsrechnung|"
           "Honorarrechnung|Rechnung|Rechnung",
           "Honorargutschrift|Gutschrift Druckauftrag|Retourengutschrift|Speditionsgutschrift|"
           "Honorargutschrift|Rechnungskorrektur|Gutschrift"),
    "fr": ("Note d'honoraires|Facture d'impression|Facture de commande|Facture de débours|"
           "Note d'honoraires|Facture|Facture",
           "Avoir sur honoraires|Avoir impression|Avoir de retour|Avoir transitaire|"
           "Avoir sur honoraires|Facture d'avoir|Avoir"),
    "es": ("Factura de honorarios|Factura de imprenta|Factura del pedido|Factura de suplidos|"
           "Factura de honorarios|Factura|Factura",
           "Abono de honorarios|Abono de imprenta|Abono por devolución|Abono de aduanas|"
           "Abono de honorarios|Factura rectificativa|Factura de abono"),
    "it": ("Fattura prestazioni sanitarie|Fattura di stampa|Fattura ordine web|"
           "Fattura spedizioniere|Fattura|Fattura differita|Fattura",
           "Nota di credito prestazioni|Nota di credito stampa|Nota di credito reso|"
           "Nota di credito doganale|Nota di credito|Nota di credito|Nota di credito"),
    "nl": ("Nota tandheelkundige zorg|Drukwerkfactuur|Factuur bestelling|Douanefactuur|Factuur|"
           "Verkoopfactuur|Factuur",
           "Creditnota zorg|Creditnota drukwerk|Creditnota retour|Creditnota douane|Creditnota|"
           "Verkoopcreditnota|Creditnota"),
}  # fmt: skip

# Per language, each fact's phrasings separated by "|"; layout k of `STYLE` takes phrasing k % n.
# `tax` takes {rate}; `allowance` {pct}; `pay` {due}; `paid` {method}.
WORDING: Final = {
    "en": {"number": "Account no.|Invoice ID|Document no.|Our ref. no.|Invoice ref.|Doc. No.|"
                     "Invoice no.",
           "date": "Date of account|Dated|Invoice created|Date raised|Date of invoice|Doc. date|"
                   "Date",
           "due": "Please settle by|Payable on or before|Terms: pay by|Final payment date|"
                  "Payment due|Due date|Kindly pay by",
           "customer": "Responsible party|Deliver invoice to|Buyer account|Invoiced to|Client|"
                       "Sold-to party|Sold to",
           "net": "Total before tax|Nett total|Goods & services net|Total ex. tax|Fees net|"
                  "Goods net total|Net total",
           "tax": "Tax at {rate}%|VAT @ {rate}%|Sales tax {rate}%|Output VAT {rate}%|"
                  "VAT (moms) {rate}%|VAT {rate}%|VAT {rate}% (TVA)",
           "grand": "Balance to pay|Gross payable|Grand total incl. tax|Invoice total gross|"
                    "Total fee|Invoice total|Total to pay",
           "description": "Treatment / service|Job title|Article|Item / outlay|Work and licences|"
                          "Item description|Wine",
           "qty": "Units charged|Copies|Qty ordered|No. of units|Qty|Qty|Bottles",
           "unit_price": "Fee each|Price per copy|List price|Rate each|Rate|Unit price|"
                         "Price per bottle",
           "amount": "Fee|Job value|Line amount|Value|Amount|Net amount|Total",
           "original": "Refers to our invoice", "vat_id": "VAT reg. no.",
           "pay": "Kindly remit the balance by {due}, quoting our reference.",
           "exempt": "VAT (exempt medical care)", "patient": "Patient name",
           "born": "Date of birth", "treated": "Seen on", "tooth": "Tooth",
           "fee_code": "Treatment code", "quote": "Your quotation", "spec": "Specification",
           "delivery": "Carriage to your premises", "line_sum": "Sum of print jobs",
           "order": "Web order", "order_date": "Ordered on", "sku": "SKU",
           "disc": "Tier disc.", "rebate": "Disc. %", "paid": "Settled online by {method}.",
           "tiers": "Volume pricing: 5 % from 10 units, 10 % from 25 units, 15 % from 50 units.",
           "customs_no": "Customs entry no.", "consignment": "Consignment",
           "services": "Agency services (subject to VAT)",
           "outlays": "Disbursements paid on your behalf (outside the scope of VAT)",
           "vat_pct": "Tax rate", "base": "Net value", "vat_amount": "Tax value",
           "usage": "Licence terms", "shoot": "Shoot", "pos": "Ln", "art": "Stock code",
           "unit": "UoM", "vat_code": "T", "cust_no": "Cust. acc.", "dn": "Despatch note",
           "allowance": "Case discount {pct}%", "lines_total": "Wines total"},
    "de": {"number": "Rechnungs-Nr.|Beleg-Nr.|Rechnungsnr. (bitte angeben)|Unser Zeichen|"
                     "Rechnung Nr.|Rg.-Nr.|Nummer",
           "date": "Rechnungstag|Belegdatum|Erstellt am|Datum der Ausstellung|Datum|Belegdat.|vom",
           "due": "Fälligkeit|Zahlungsziel|Bitte zahlen bis|Spätester Zahlungstag|Zahlbar bis|"
                  "Fällig am|Zahlbar bis zum",
           "customer": "Zahlungspflichtiger|Auftraggeber|Besteller|Leistungsempfänger|Kunde|"
                       "Rg.-Empfänger|Für",
           "net": "Honorar gesamt|Summe netto|Warenwert netto|Zwischensumme o. MwSt.|"
                  "Honorar netto|Warenwert|Total exkl. MWST",
           "tax": "USt {rate} %|MwSt. {rate} % auf Netto|enth. Umsatzsteuer {rate} %|"
                  "Umsatzsteuer {rate}%|MwSt. {rate} % (DPH)|MwSt {rate}%|MWST {rate} %",
           "grand": "Rechnungsendbetrag|Endsumme|Gesamtsumme inkl. MwSt.|Zahlbetrag brutto|"
                    "Gesamthonorar|Rechnungsbetrag|Total inkl. MWST",
           "description": "Leistungsbeschreibung|Auftrag|Artikelbezeichnung|Leistung / Auslage|"
                          "Leistung / Nutzung|Bezeichnung|Wein",
           "qty": "Anz.|Auflage|Bestellmenge|Einheiten|Menge|Menge|Flaschen",
           "unit_price": "Einzelbetrag|Preis je Stück|Listenpreis|Satz|Honorarsatz|Preis|"
                         "Flaschenpreis",
           "amount": "Honorar|Auftragswert|Zeilensumme|Wert|Betrag|Betrag|Total",
           "original": "Korrektur zu unserer Rechnung", "vat_id": "USt-IdNr.",
           "pay": "Wir bitten um Ausgleich bis zum {due} unter Angabe der Rechnungsnummer.",
           "exempt": "Umsatzsteuerfrei nach § 4 Nr. 14 UStG", "patient": "Patient/in",
           "born": "geb.", "treated": "Beh.-Datum", "tooth": "Zahn", "fee_code": "GOZ-Nr.",
           "quote": "Ihr Angebot", "spec": "Ausführung", "delivery": "Lieferung frei Haus",
           "line_sum": "Summe Druckaufträge", "order": "Shop-Bestellung",
           "order_date": "Bestellt am", "sku": "Artikel-SKU", "disc": "Staffel", "rebate": "Rabatt",
           "paid": "Bereits bezahlt per {method}.",
           "tiers": "Staffelpreise: ab 10 Stück 5 %, ab 25 Stück 10 %, ab 50 Stück 15 % Rabatt.",
           "customs_no": "Zollanmeldung", "consignment": "Sendung",
           "services": "Speditionsleistungen (umsatzsteuerpflichtig)",
           "outlays": "Verauslagte Beträge (nicht steuerbar)", "vat_pct": "Steuersatz",
           "base": "Nettowert", "vat_amount": "Steuerbetrag", "usage": "Umfang",
           "shoot": "Produktion", "pos": "Pos", "art": "Art.-Nr.", "unit": "ME",
           "vat_code": "MwSt", "cust_no": "Kd.-Nr.", "dn": "Lieferschein",
           "allowance": "Kartonrabatt {pct} %", "lines_total": "Summe Weine"},
    "fr": {"number": "N° de note|Facture numéro|N° de pièce|Notre référence|Facture n°|"
                     "N° facture|Numéro",
           "date": "Établie le|Date de la pièce|Émise le|Date d'émission de la facture|Date|"
                   "Date fact.|Fait le",
           "due": "Règlement attendu le|Échéance de paiement|À régler avant le|Payable le|"
                  "Échéance|Date d'échéance|Payable avant le",
           "customer": "Débiteur|Donneur d'ordre|Acheteur|Destinataire de la facture|Client|"
                       "Client facturé|À l'attention de",
           "net": "Total honoraires|Total hors taxes|Valeur marchandise HT|Sous-total HT|"
                  "Total HT|Total marchandises HT|Montant HT",
           "tax": "TVA au taux de {rate} %|TVA {rate} % sur le HT|Dont TVA {rate} %|"
                  "TVA collectée {rate} %|TVA {rate} %|TVA {rate} %|TVA {rate} %",
           "grand": "Solde à payer|Total à payer TTC|Montant total TTC|Net à payer|Total TTC|"
                    "Net à payer TTC|Total TTC à régler",
           "description": "Acte / prestation|Travail|Libellé article|Prestation / débours|"
                          "Prestation / droits|Désignation|Vin",
           "qty": "Nb actes|Tirage|Qté commandée|Nb d'unités|Qté|Qté|Bouteilles",
           "unit_price": "Honoraire unitaire|Prix à l'exemplaire|Prix catalogue|Taux|"
                         "Prix unitaire|P.U. HT|Prix la bouteille",
           "amount": "Honoraire|Valeur du travail|Total ligne|Valeur|Montant HT|Montant|Total",
           "original": "Rectifie notre facture", "vat_id": "TVA intracommunautaire",
           "pay": "Merci de bien vouloir régler le solde avant le {due}.",
           "exempt": "TVA non applicable, art. 261-4-1° du CGI", "patient": "Patient(e)",
           "born": "né(e) le", "treated": "Date de l'acte", "tooth": "Dent",
           "fee_code": "Code CCAM", "quote": "Votre devis", "spec": "Caractéristiques",
           "delivery": "Frais de livraison", "line_sum": "Total des travaux",
           "order": "Commande en ligne", "order_date": "Commandé le", "sku": "Réf. SKU",
           "disc": "Remise palier", "rebate": "Rem. %", "paid": "Réglé en ligne par {method}.",
           "tiers": "Tarifs dégressifs : 5 % dès 10 unités, 10 % dès 25, 15 % dès 50.",
           "customs_no": "N° de déclaration en douane", "consignment": "Expédition",
           "services": "Prestations du transitaire (soumises à TVA)",
           "outlays": "Débours pour votre compte (hors champ de la TVA)",
           "vat_pct": "Taux de TVA", "base": "Base HT", "vat_amount": "Montant de taxe",
           "usage": "Étendue", "shoot": "Prise de vue", "pos": "Lig.",
           "art": "Code art.", "unit": "UV", "vat_code": "TVA", "cust_no": "Code client",
           "dn": "Bon de livraison", "allowance": "Remise par carton {pct} %",
           "lines_total": "Total des vins"},
    "es": {"number": "N.º de documento|Número de factura emitida|Nº factura|Serie y número|"
                     "Factura n.º|Nº doc.|Número",
           "date": "Fecha de factura|Fecha del documento|Emitida el|Fecha de expedición|Fecha|"
                   "F. factura|Fecha emisión",
           "due": "Fecha de cobro|Pagar antes de|Vencimiento de la factura|Fecha límite de pago|"
                  "Vencimiento|F. vencimiento|A pagar hasta el",
           "customer": "Paciente / pagador|Cliente pagador|Comprador|Destinatario|Cliente|"
                       "Cliente facturación|A la atención de",
           "net": "Total honorarios|Suma neta|Total mercancía|Subtotal sin IVA|Base imponible|"
                  "Total neto|Importe neto",
           "tax": "IVA ({rate} %)|I.V.A. {rate} %|IVA repercutido {rate} %|Cuota IVA {rate}%|"
                  "IVA {rate} %|IVA {rate} %|IVA {rate} %",
           "grand": "Total a abonar|Importe total|Total pedido|Total con impuestos|Total factura|"
                    "Total documento|Total a pagar",
           "description": "Tratamiento|Trabajo|Artículo|Servicio / suplido|Concepto|Descripción|"
                          "Vino",
           "qty": "N.º actos|Tirada|Cant. pedida|N.º unidades|Cant.|Cant.|Botellas",
           "unit_price": "Honorario unitario|Precio por ejemplar|PVP|Tarifa|Precio|Precio|"
                         "Precio botella",
           "amount": "Honorarios|Valor del trabajo|Total línea|Valor|Importe|Importe|Total",
           "original": "Rectifica nuestra factura", "vat_id": "NIF",
           "pay": "Rogamos efectúe el pago antes del {due}.",
           "exempt": "IVA exento (art. 20.Uno.3.º LIVA)", "patient": "Paciente",
           "born": "Fecha nac.", "treated": "Fecha", "tooth": "Pieza",
           "fee_code": "Cód. tratamiento", "quote": "Su presupuesto", "spec": "Especificaciones",
           "delivery": "Portes", "line_sum": "Suma de trabajos", "order": "Pedido web",
           "order_date": "Fecha del pedido", "sku": "SKU", "disc": "Dto. volumen",
           "rebate": "Dto. %",
           "paid": "Pagado en la tienda online con {method}.",
           "tiers": "Precios por volumen: 5 % desde 10 uds., 10 % desde 25, 15 % desde 50.",
           "customs_no": "N.º DUA", "consignment": "Envío",
           "services": "Servicios de agencia (sujetos a IVA)",
           "outlays": "Suplidos por cuenta del cliente (no sujetos a IVA)",
           "vat_pct": "Tipo", "base": "Base", "vat_amount": "Cuota", "usage": "Alcance",
           "shoot": "Sesión", "pos": "Lín.", "art": "Cód. art.", "unit": "UM",
           "vat_code": "IVA", "cust_no": "N.º cliente", "dn": "Albarán",
           "allowance": "Descuento por caja {pct} %", "lines_total": "Total vinos"},
    "it": {"number": "Fattura sanitaria n.|Nr. fattura|Fattura web n.|Ns. rif. fattura|"
                     "Fattura n.|N. doc.|Numero",
           "date": "Emessa in data|In data|Fattura del|Emessa a Genova il|Data|Data doc.|"
                   "Data fattura",
           "due": "Saldo dovuto entro|Scad. pagamento|Data addebito|Pagabile entro il|"
                  "Scadenza|Data scadenza|Pagamento entro",
           "customer": "Intestatario del documento|Committente lavoro|Cliente web|"
                       "Committente della spedizione|Cliente|"
                       "Destinatario fattura|Alla cortese attenzione di",
           "net": "Totale prestazioni sanitarie|Imponibile lavorazioni|Totale merce ordinata|"
                  "Totale netto documento|"
                  "Imponibile compensi|Totale merce netto|Totale netto",
           "tax": "IVA {rate} %|IVA ({rate}%)|Imposta {rate} %|Aliquota IVA {rate}%|IVA {rate}%|"
                  "IVA {rate}%|IVA {rate}%",
           "grand": "Totale da corrispondere|Totale lavoro|Totale dell'ordine|Netto da versare|"
                    "Totale fattura|Totale da pagare|Totale complessivo",
           "description": "Prestazione sanitaria|Lavorazione|Articolo|Servizio / anticipazione|"
                          "Descrizione|Descrizione articolo|Vino",
           "qty": "N. prestazioni|Tiratura|Q.tà ordinata|N. unità|Q.tà|Quantità|Bottiglie",
           "unit_price": "Tariffa prestazione|Prezzo a copia|Prezzo di listino|"
                         "Tariffa per unità|Compenso|Prezzo unitario|Prezzo a bottiglia",
           "amount": "Onorario|Valore lavorazione|Importo riga|Valore voce|Importo|Importo|Totale",
           "original": "Rettifica la nostra fattura", "vat_id": "Partita IVA n.",
           "pay": "Si prega di effettuare il pagamento entro il {due}.",
           "exempt": "Esente IVA art. 10 n. 18 DPR 633/72", "patient": "Paziente",
           "born": "Nato/a il", "treated": "Data prestazione", "tooth": "Elemento",
           "fee_code": "Cod. prest.", "quote": "Vs. preventivo", "spec": "Caratteristiche",
           "delivery": "Spese di consegna", "line_sum": "Totale lavorazioni",
           "order": "Ordine online", "order_date": "Ordinato il", "sku": "Cod. SKU",
           "disc": "Sconto quantità", "rebate": "Sc. %", "paid": "Pagato online con {method}.",
           "tiers": "Prezzi a scaglioni: 5 % da 10 pezzi, 10 % da 25, 15 % da 50.",
           "customs_no": "Bolletta doganale n.", "consignment": "Spedizione",
           "services": "Servizi di spedizione (imponibili IVA)",
           "outlays": "Anticipazioni per conto del cliente (escluse art. 15 DPR 633/72)",
           "vat_pct": "Aliq. %", "base": "Imponibile per aliquota", "vat_amount": "Imposta dovuta",
           "usage": "Estensione", "shoot": "Servizio fotografico", "pos": "Rg.",
           "art": "Cod. art.", "unit": "UM", "vat_code": "IVA", "cust_no": "Ns. cod. cliente",
           "dn": "DDT n.", "allowance": "Sconto cassa {pct}%", "lines_total": "Totale vini"},
    "nl": {"number": "Notanummer|Factuurnr.|Documentnr.|Ons kenmerk|Factuurnummer|Fact.nr.|Nummer",
           "date": "Notadatum|Datum document|Aangemaakt op|Datum uitgifte|Factuurdatum|"
                   "Fact.datum|Datum",
           "due": "Betalen vóór|Uiterste betaaldatum|Vervalt op|Betaling uiterlijk|Vervaldatum|"
                  "Vervaldag|Graag betalen vóór",
           "customer": "Verzekerde / betaler|Opdrachtgever|Koper|Geadresseerde|Klant|"
                       "Factuuradres|Ter attentie van",
           "net": "Totaal zorgkosten|Nettobedrag|Goederenwaarde excl. btw|Subtotaal excl. btw|"
                  "Totaal excl. btw|Netto goederen|Netto totaal",
           "tax": "Btw {rate} %|Btw-bedrag {rate}%|Omzetbelasting {rate}%|Btw hoog {rate}%|"
                  "Btw {rate}%|Btw {rate}%|Btw {rate}%",
           "grand": "Totaal te voldoen|Totaalbedrag|Totaal bestelling|Totaal incl. btw|Totaal|"
                    "Factuurtotaal|Te betalen",
           "description": "Behandeling|Opdracht|Artikelnaam|Dienst / voorschot|Omschrijving|"
                          "Artikelomschrijving|Wijn",
           "qty": "Aantal keer|Oplage|Besteld aantal|Aantal eenheden|Aantal|Aantal|Flessen",
           "unit_price": "Tarief|Prijs per exemplaar|Catalogusprijs|Tarief per eenheid|Prijs|"
                         "Prijs p/st|Prijs per fles",
           "amount": "Kosten|Opdrachtwaarde|Regeltotaal|Waarde|Bedrag|Bedrag|Totaal",
           "original": "Correctie op onze factuur", "vat_id": "Btw-id",
           "pay": "Wij verzoeken u het bedrag vóór {due} over te maken.",
           "exempt": "Vrijgesteld van btw (art. 11 lid 1 Wet OB)", "patient": "Patiënt",
           "born": "Geboren", "treated": "Behandeldatum", "tooth": "Element",
           "fee_code": "Prestatiecode", "quote": "Uw offerte", "spec": "Specificatie",
           "delivery": "Bezorgkosten", "line_sum": "Totaal opdrachten",
           "order": "Webbestelling", "order_date": "Besteld op", "sku": "SKU-code",
           "disc": "Staffelkorting", "rebate": "Korting", "paid": "Online voldaan met {method}.",
           "tiers": "Staffelprijzen: 5 % vanaf 10 stuks, 10 % vanaf 25, 15 % vanaf 50 stuks.",
           "customs_no": "Aangiftenummer douane", "consignment": "Zending",
           "services": "Expeditiediensten (btw-plichtig)",
           "outlays": "Voorschotten namens u betaald (buiten de btw)",
           "vat_pct": "Btw-tarief", "base": "Grondslag btw", "vat_amount": "Btw-bedrag",
           "usage": "Licentievoorwaarden", "shoot": "Fotosessie", "pos": "Rgl",
           "art": "Art.nr.", "unit": "Eh", "vat_code": "Btw", "cust_no": "Debiteurnr.",
           "dn": "Pakbon", "allowance": "Korting per doos {pct}%", "lines_total": "Totaal wijnen"},
}  # fmt: skip

# How each layout's card payment is named (the web shop prints it).
METHODS: Final = {"en": "Visa ending 4417", "de": "PayPal", "fr": "carte bancaire",
                  "es": "tarjeta", "it": "carta di credito", "nl": "iDEAL"}  # fmt: skip

# Money per layout and language, and the VAT rates that go with it.
EUR_CODE_AFTER: Final = Money("EUR", "EUR", False, ".", ",")
EUR_APOS: Final = Money("EUR", "€", True, ".", ",")
MONEY: Final = {
    "dental": {"en": GBP, "de": CHF, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "printshop": {"en": GBP, "de": EUR_DE, "fr": CHF_FR, "es": EUR_DE, "it": EUR_CODE_AFTER,
                  "nl": EUR_NL},
    "webshop": {"en": USD, "de": EUR_DE, "fr": EUR_FR, "es": EUR_CODE_AFTER, "it": EUR_DE,
                "nl": EUR_APOS},
    "customs": {"en": Money("NOK", "NOK", False, NBSP, ",", 10),
                "de": Money("PLN", "PLN", False, " ", ",", 4), "fr": EUR_FR, "es": EUR_DE,
                "it": EUR_DE, "nl": EUR_NL},
    "photo": {"en": Money("DKK", "DKK", True, ".", ",", 7),
              "de": Money("CZK", "CZK", False, " ", ",", 25), "fr": EUR_FR, "es": EUR_DE,
              "it": EUR_DE, "nl": EUR_NL},
    "erp": {"en": Money("HUF", "HUF", False, ",", ".", 400), "de": EUR_DE, "fr": EUR_FR,
            "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "centred": {"en": Money("RON", "RON", False, ".", ",", 5), "de": CHF, "fr": EUR_FR,
                "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
}  # fmt: skip
RATES: Final = {"GBP": "20", "USD": "8.875", "CHF": "8.1", "NOK": "25", "PLN": "23",
                "DKK": "25", "CZK": "21", "HUF": "27", "RON": "21"}  # fmt: skip
EUR_RATES: Final = {"en": "20", "de": "19", "fr": "20", "es": "21", "it": "22", "nl": "21"}
# The dense ERP layout sells food (reduced rate) and non-food (standard rate).
REDUCED: Final = {"en": "5", "de": "7", "fr": "5.5", "es": "10", "it": "10", "nl": "9"}
