"""The printed wording of the third fresh evaluation slice (`evalset_fresh3.py`): labels (several
phrasings per fact, one picked per layout), month names, parties and products per layout and
language, money formats and VAT rates. None of the label phrasings is used by another set."""

from __future__ import annotations

from typing import Final

from generate import Company

_MONTHS: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
MONTHS: Final = {lang: tuple(text.split()) for lang, text in _MONTHS.items()}
_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
    "it": "gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
}
MONTHS_ABBR: Final = {lang: tuple(text.split()) for lang, text in _ABBR.items()}

# Per language, each fact's phrasings separated by "|"; a layout takes phrasing k % n.
# `tax` takes {rate}; `intro` and `pay` are sentences; `pay` takes {due}.
WORDING: Final = {
    "en": {"title": "Bill|Invoice|VAT Invoice", "credit_title": "Credit Invoice|Credit Memorandum",
           "number": "Invoice #|Bill no.|Inv. no.", "date": "Bill date|Tax point|Date issued",
           "due": "Pay by|Due|Payment date",
           "customer": "Invoiced to|Client|Account holder", "from": "From", "to": "To",
           "description": "Service|Particulars", "qty": "Units", "hours": "Hours",
           "unit": "UoM", "unit_price": "Unit cost", "hourly": "Hourly rate",
           "list": "List price", "discount": "Discount", "net_price": "Net price",
           "amount": "Charge|Net value", "net": "Sub-total|Total before VAT|Goods & services",
           "tax": "Plus VAT at {rate}%|Tax ({rate}%)|VAT charged at {rate}%",
           "grand": "Invoice total|Total to pay|Amount to pay", "account": "Account number",
           "period": "Billing period", "project": "Project", "reference": "Payment reference",
           "customer_no": "Customer ref.", "original": "Credits invoice", "vat_id": "VAT no:",
           "bank": "Pay to", "currency": "Currency", "summary": "Your bill at a glance",
           "consultant": "Consultant", "day": "Day", "ship_to": "Deliver to", "rate": "VAT %",
           "our_ref": "Our contact", "your_ref": "Your contact", "page": "Page 1/1",
           "intro": "Thank you for your order. We have carried out the following work:",
           "pay": "Kindly settle this invoice by {due} by bank transfer."},
    "de": {"title": "Rechnung|Honorarrechnung|Abrechnung",
           "credit_title": "Stornorechnung|Gutschriftsanzeige",
           "number": "Rechnungs-Nr.|Nr. der Rechnung|RG-Nr.",
           "date": "Rech.-Datum|Datum der Rechnung|Erstellt am",
           "due": "Fällig bis|Bitte zahlen bis|Fälligkeitsdatum",
           "customer": "Rechnungsadresse|Auftraggeber|Leistungsempfänger", "from": "Absender",
           "to": "Rechnung an", "description": "Leistungsbeschreibung|Artikeltext",
           "qty": "Anzahl", "hours": "Stunden", "unit": "ME", "unit_price": "Preis je ME",
           "hourly": "Stundensatz", "list": "Listenpreis", "discount": "Rabatt",
           "net_price": "Nettopreis", "amount": "Gesamt netto|Positionswert",
           "net": "Nettosumme|Summe Positionen|Gesamt netto",
           "tax": "zzgl. MwSt. {rate} %|{rate} % Mehrwertsteuer|MWST {rate}%",
           "grand": "Bruttobetrag|Gesamtsumme|Zahlbetrag", "account": "Kundenkonto",
           "period": "Abrechnungszeitraum", "project": "Projekt",
           "reference": "Verwendungszweck", "customer_no": "Kundennummer",
           "original": "Bezug: Rechnung", "vat_id": "UID-Nr.", "bank": "Bank",
           "currency": "Währung", "summary": "Ihre Rechnung im Überblick",
           "consultant": "Berater", "day": "Tag", "ship_to": "Lieferanschrift", "rate": "Satz",
           "our_ref": "Ihr Ansprechpartner", "your_ref": "Ihr Zeichen", "page": "Seite 1/1",
           "intro": "vielen Dank für Ihren Auftrag. Wir erlauben uns, folgende Arbeiten zu "
                    "berechnen:",
           "pay": "Bitte überweisen Sie den Betrag ohne Abzug bis zum {due}."},
    "fr": {"title": "Facture|Note d'honoraires|Facture client",
           "credit_title": "Note d'avoir|Facture rectificative",
           "number": "Numéro de facture|N° facture|Référence facture",
           "date": "Date facture|Établie le|Fait le",
           "due": "Échéance de paiement|Payable le|Date de règlement",
           "customer": "Adresse de facturation|Titulaire du contrat|Donneur d'ordre",
           "from": "Émetteur", "to": "Facturer à", "description": "Description|Intitulé",
           "qty": "Nombre", "hours": "Heures", "unit": "U.", "unit_price": "Prix unit. HT",
           "hourly": "Taux horaire", "list": "Prix catalogue", "discount": "Remise",
           "net_price": "Prix net", "amount": "Montant net HT|Valeur HT",
           "net": "Total net HT|Base HT|Montant hors taxes",
           "tax": "TVA au taux de {rate} %|Montant TVA {rate}%|T.V.A. {rate} %",
           "grand": "Total toutes taxes comprises|Montant total TTC|Reste à payer",
           "account": "N° de compte", "period": "Période de facturation", "project": "Projet",
           "reference": "Référence de paiement", "customer_no": "N° client",
           "original": "Avoir sur facture", "vat_id": "N° TVA intracommunautaire",
           "bank": "RIB / IBAN", "currency": "Devise", "summary": "Résumé de votre facture",
           "consultant": "Consultant", "day": "Jour", "ship_to": "Adresse de livraison",
           "rate": "Taux", "our_ref": "Votre interlocuteur", "your_ref": "Votre référence",
           "page": "Page 1/1",
           "intro": "Nous vous remercions de votre confiance et facturons les travaux suivants :",
           "pay": "Merci de régler cette facture par virement au plus tard le {due}."},
    "es": {"title": "Factura|Factura ordinaria|Factura comercial",
           "credit_title": "Nota de abono|Rectificativa",
           "number": "Factura número|Núm. factura|Nº de factura",
           "date": "Fecha factura|Emitida el|F. emisión",
           "due": "Fecha límite de pago|Vto.|A pagar antes de",
           "customer": "Titular|Datos de facturación|Razón social cliente", "from": "Emisor",
           "to": "Receptor", "description": "Detalle|Producto", "qty": "Unidades",
           "hours": "Horas", "unit": "Ud.", "unit_price": "P. unitario", "hourly": "Tarifa/hora",
           "list": "PVP", "discount": "Descuento", "net_price": "Precio neto",
           "amount": "Total línea|Neto", "net": "Suma neta|Total sin IVA|Importe base",
           "tax": "IVA al {rate} %|I.V.A. {rate}%|Impuesto (IVA {rate}%)",
           "grand": "Total con IVA|Importe a pagar|Total importe",
           "account": "Nº de contrato", "period": "Periodo de facturación",
           "project": "Proyecto", "reference": "Referencia de pago",
           "customer_no": "Código de cliente", "original": "Rectifica a la factura",
           "vat_id": "CIF/NIF", "bank": "Cuenta", "currency": "Moneda",
           "summary": "Resumen de la factura", "consultant": "Consultor", "day": "Día",
           "ship_to": "Dirección de entrega", "rate": "Tipo", "our_ref": "Le atiende",
           "your_ref": "Su referencia", "page": "Página 1/1",
           "intro": "Le agradecemos su confianza. Detallamos a continuación los trabajos "
                    "realizados:",
           "pay": "Rogamos abonen el importe mediante transferencia antes del {due}."},
    "it": {"title": "Fattura|Parcella|Fattura immediata",
           "credit_title": "Nota di variazione|Nota di storno",
           "number": "N. fattura|Fattura nr.|Num. documento",
           "date": "Data di emissione|Emessa il|Data doc.",
           "due": "Data di scadenza|Pagamento entro|Termine di pagamento",
           "customer": "Cessionario/Committente|Committente|Intestato a", "from": "Mittente",
           "to": "Fatturare a", "description": "Descrizione prestazione|Oggetto",
           "qty": "Nr.", "hours": "Ore", "unit": "U.M", "unit_price": "Prezzo cad.",
           "hourly": "Tariffa oraria", "list": "Listino", "discount": "Sconto",
           "net_price": "Prezzo netto", "amount": "Importo netto|Valore",
           "net": "Totale netto|Imponibile complessivo|Totale prestazioni",
           "tax": "Imposta {rate}%|Aliquota IVA {rate}%|I.V.A. {rate}%",
           "grand": "Totale complessivo|Importo dovuto|Totale a vostro debito",
           "account": "N. utenza", "period": "Periodo di fatturazione", "project": "Commessa",
           "reference": "Causale", "customer_no": "Codice cliente",
           "original": "Rif. fattura", "vat_id": "C.F./P.IVA", "bank": "Coordinate bancarie",
           "currency": "Valuta", "summary": "Sintesi della bolletta", "consultant": "Consulente",
           "day": "Giorno", "ship_to": "Destinazione merce", "rate": "% IVA",
           "our_ref": "Referente", "your_ref": "Vs. riferimento", "page": "Pag. 1/1",
           "intro": "Con la presente vi addebitiamo i seguenti lavori eseguiti:",
           "pay": "Si prega di effettuare il bonifico entro il {due}."},
    "nl": {"title": "Factuur|Nota|Verkoopnota", "credit_title": "Credit nota|Creditering",
           "number": "Nr. factuur|Factuur-nr.|Ons factuurnummer",
           "date": "Datum van uitgifte|Opgemaakt op|Factuur datum",
           "due": "Vervaldag|Betaaltermijn tot|Uiterlijk te betalen op",
           "customer": "Opdrachtgever|Debiteur|Gefactureerd aan", "from": "Van", "to": "Voor",
           "description": "Werkzaamheden|Product/dienst", "qty": "Hoeveelheid",
           "hours": "Uren", "unit": "Eenh.", "unit_price": "Tarief", "hourly": "Uurtarief",
           "list": "Bruto prijs", "discount": "Korting", "net_price": "Netto prijs",
           "amount": "Regeltotaal|Netto", "net": "Bedrag excl. btw|Netto totaal|Som exclusief btw",
           "tax": "{rate}% btw|Btw-bedrag ({rate}%)|BTW hoog {rate}%",
           "grand": "Totaalbedrag|Eindtotaal|Te voldoen", "account": "Contractnummer",
           "period": "Periode", "project": "Project", "reference": "Betalingskenmerk",
           "customer_no": "Debiteurnummer", "original": "Creditering van factuur",
           "vat_id": "Btw-nr.", "bank": "Rekening", "currency": "Valuta",
           "summary": "Uw nota in het kort", "consultant": "Adviseur", "day": "Dag",
           "ship_to": "Leveradres", "rate": "Btw %", "our_ref": "Contactpersoon",
           "your_ref": "Uw kenmerk", "page": "Blad 1/1",
           "intro": "Hierbij brengen wij u de volgende werkzaamheden in rekening:",
           "pay": "Wij verzoeken u vriendelijk het totaalbedrag uiterlijk {due} te voldoen."},
}  # fmt: skip

# Sellers per layout and language: "name|street|city|VAT id|IBAN".
_SELLERS: Final = {
    "utility": {
        "en": "Severn Valley Energy plc|Riverside House, 2 Quay Street|Gloucester GL1 2LN|"
              "GB 554 7781 03|GB60 LOYD 3094 1200 4471 88",
        "de": "Stadtwerke Lindenau GmbH|Werkstraße 1|04177 Leipzig|DE 267 301 884|"
              "DE12 8605 5592 1100 5531 07",
        "fr": "Helvétel Télécom SA|Avenue de la Gare 41|1003 Lausanne|CHE-431.007.259 TVA|"
              "CH44 0076 7000 S550 1174 1",
        "es": "Aguas del Segura S.A.|Plaza Circular 9|30008 Murcia|A30558871|"
              "ES23 0049 6702 1122 1623 4418",
        "it": "Energia Lombarda S.p.A.|Viale Monza 255|20126 Milano|IT 07721450962|"
              "IT17 Y030 6909 6061 0000 0155 201",
        "nl": "Glasnet Telecom B.V.|Vredenburg 40|3511 BD Utrecht|NL 8641.30.215.B01|"
              "NL47 RABO 0314 5921 77"},
    "hours": {
        "en": "Calder & Whyte Advisory LLC|1200 Walnut Street, Floor 9|Philadelphia, PA 19107|"
              "EIN 23-4471902|US - ACH routing 031000503",
        "de": "Kessler Projektberatung GmbH|Königsallee 60c|40212 Düsseldorf|DE 305 114 672|"
              "DE81 3005 0110 1008 4471 20",
        "fr": "Dufour Conseil Sàrl|Rue du Rhône 65|1204 Genève|CHE-218.332.045 TVA|"
              "CH18 0483 5027 7781 3100 0",
        "es": "Ortega Consultores Asociados S.L.|Paseo de Gracia 88|08008 Barcelona|B66012874|"
              "ES41 0081 0200 1100 0241 7755",
        "it": "Studio Marchetti & Partners|Via XX Settembre 18|16121 Genova|IT 02277190994|"
              "IT88 K020 0801 4000 0010 3377 521",
        "nl": "Dekker Interim Management B.V.|Herengracht 420|1017 BZ Amsterdam|"
              "NL 8550.17.642.B01|NL02 ABNA 0591 2230 47"},
    "wholesale": {
        "en": "Baltic Fasteners Sp. z o.o.|ul. Marynarska 12|80-557 Gdansk|PL 5842771009|"
              "PL61 1090 1014 0000 0712 1981 2874",
        "de": "Großhandel Peters KG|Am Güterbahnhof 7|33602 Bielefeld|DE 126 449 381|"
              "DE33 4805 0161 0064 1297 55",
        "fr": "Comptoir Électrique Girard SAS|ZI des Forges, 4 rue Ampère|59110 La Madeleine|"
              "FR 27 441 093 556|FR76 3002 7160 1100 0204 1125 702",
        "es": "Suministros Industriales Vidal S.A.|Polígono Cova Solera, nave 14|"
              "08191 Rubí|A08775312|ES02 0182 5322 7002 0150 3344",
        "it": "Idrotermica Ferrara S.r.l.|Via dell'Industria 31|44124 Ferrara|IT 01558830384|"
              "IT35 B062 0013 0000 0000 4472 190",
        "nl": "Groothandel Bakker Sanitair B.V.|Edisonstraat 18|2811 EM Reeuwijk|"
              "NL 8122.60.397.B01|NL39 INGB 0006 7712 54"},
    "nordic": {
        "en": "Fjällström Outdoor AB|Sveavägen 51|113 59 Stockholm|SE556677889901|"
              "SE45 5000 0000 0583 9825 7466",
        "de": "Nørgaard Møbler A/S|Vesterbrogade 112|1620 København V|DK 31 44 75 02|"
              "DK50 0040 0440 1162 43",
        "fr": "Lindqvist Pappersbruk AB|Hamngatan 3|652 24 Karlstad|SE556123440101|"
              "SE35 6000 0000 0001 2345 6789",
        "es": "Hagen Marine Utstyr AS|Strandkaien 8|5013 Bergen|NO 987 654 321 MVA|"
              "NO93 8601 1117 947",
        "it": "Aaltonen Design Oy|Bulevardi 21|00180 Helsinki|FI 24477813|"
              "FI21 1234 5600 0007 85",
        "nl": "Østergaard Foods ApS|Jernbanegade 9|5000 Odense C|DK 40 11 27 93|"
              "DK31 5301 0000 2647 21"},
    "craft": {
        "en": "J. Pritchard & Son Joinery|14 Ferry Lane|Chepstow NP16 5JT|GB 331 2208 59|"
              "GB15 BARC 2003 5584 1200 91",
        "de": "Malermeister Uwe Hartmann|Lindenweg 4|97070 Würzburg|DE 274 556 103|"
              "DE07 7905 0000 0044 1782 66",
        "fr": "Plomberie Lefèvre EURL|8 chemin des Vignes|21000 Dijon|FR 53 799 214 377|"
              "FR76 1080 7000 1202 1193 4410 233",
        "es": "Carpintería Hermanos Ruiz|Calle Real 27|41001 Sevilla|B41887720|"
              "ES58 2100 7315 1122 0033 4455",
        "it": "Impianti Elettrici Galli Marco|Via Roma 112|40121 Bologna|IT 03112840377|"
              "IT72 P030 6902 4771 0000 0014 553",
        "nl": "Dakdekkersbedrijf Mulder|Kerkweg 88|2231 KL Rijnsburg|NL 0019.44.812.B02|"
              "NL12 RABO 0377 4581 20"},
    "fromto": {
        "en": "Pixel & Prose Studio Ltd|Unit 3, The Tannery|Edinburgh EH8 8BL|GB 274 9923 18|"
              "GB94 RBOS 8301 6612 4471 90",
        "de": "Grafikbüro Wendt & Kollegen|Ostertorsteinweg 70|28203 Bremen|DE 288 017 542|"
              "DE22 2905 0101 0083 3391 04",
        "fr": "Atelier Graphique Bellamy|45 cours Julien|13006 Marseille|FR 12 830 447 215|"
              "FR76 1131 5000 0112 3456 7890 165",
        "es": "Estudio Creativo Luna S.L.|Calle Larios 5|29005 Málaga|B93417785|"
              "ES67 0128 0722 4101 0004 5617",
        "it": "Agenzia Creativa Orsini|Piazza Maggiore 3|40124 Bologna|IT 04178850370|"
              "IT09 M033 5901 6001 0000 0062 117",
        "nl": "Ontwerpbureau Smit & De Wit|Oudegracht 205|3511 NG Utrecht|NL 8671.44.108.B01|"
              "NL68 TRIO 0390 4417 72"},
    "boxed": {
        "en": "Harland Catering Supplies Ltd|Block C, Northgate Estate|Belfast BT3 9AQ|"
              "GB 917 4430 66|GB41 ULSB 9820 1100 6633 21",
        "de": "Bäckereibedarf Zollinger AG|Industriestrasse 22|6300 Zug|"
              "CHE-104.551.908 MWST|CH71 0900 0000 8745 1230 6",
        "fr": "Distrib'Hôtel Roussel SARL|15 avenue Jean Jaurès|31000 Toulouse|"
              "FR 88 512 773 409|FR76 1710 6000 1412 3098 7700 514",
        "es": "Hostelería Ramos e Hijos S.L.|Avda. de Madrid 44|50004 Zaragoza|B50998821|"
              "ES30 2085 5201 8803 3012 4477",
        "it": "Forniture Alberghiere Longo S.r.l.|Via Tiburtina 1020|00156 Roma|"
              "IT 12775410587|IT47 Q030 6903 2061 0000 0077 314",
        "nl": "Horeca Groothandel Visser B.V.|Havenweg 6|4462 GA Goes|NL 8019.77.330.B01|"
              "NL55 ABNA 0613 8807 12"},
}  # fmt: skip


def _company(text: str) -> Company:
    name, street, city, vat_id, iban = text.split("|")
    return Company(name, (street, city), vat_id, iban)


SELLERS: Final = {layout: {lang: _company(text) for lang, text in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Two buyers per language ("name|street|city"); the wholesale layout also prints a ship-to.
_BUYERS: Final = {
    "en": ("Abbotsford Primary School|Mill Road|Reading RG1 8PN",
           "Greyfriars Property Management Ltd|22 Castle Street|York YO1 9RY"),
    "de": ("Zahnarztpraxis Dr. Sommer|Bahnhofplatz 2|89073 Ulm",
           "Hotel Zum Goldenen Hirsch|Marktplatz 11|79098 Freiburg"),
    "fr": ("Cabinet d'architectes Morel|9 rue Lamartine|38000 Grenoble",
           "Boulangerie du Vieux Port|3 quai de Rive-Neuve|13007 Marseille"),
    "es": ("Clínica Dental Sanz|Calle Colón 30|46004 Valencia",
           "Restaurante El Olivo S.L.|Calle San Miguel 6|18009 Granada"),
    "it": ("Palestra Olimpia S.S.D.|Via Carducci 9|34122 Trieste",
           "Trattoria da Beppe S.n.c.|Vicolo del Pozzo 4|37121 Verona"),
    "nl": ("Kinderopvang De Vlinder|Lindelaan 14|3818 KJ Amersfoort",
           "Camping De Duinhoeve B.V.|Duinweg 101|4328 EP Burgh-Haamstede"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(n, (s, c)) for n, s, c in (b.split("|") for b in pair))
                 for lang, pair in _BUYERS.items()}  # fmt: skip
SHIP_TO: Final = {"en": "Central Stores", "de": "Warenannahme Tor 3", "fr": "Dépôt Nord",
                  "es": "Almacén central", "it": "Magazzino di via Po",
                  "nl": "Magazijn Noord"}  # fmt: skip
CONSULTANTS: Final = ("A. Novak", "M. Brennan", "S. Keller", "L. Moreau")
