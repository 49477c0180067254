"""The printed wording of the twentieth fresh evaluation slice (`evalset_fresh20.py`): document
titles per layout, labels per language, the crane operators and the money each layout bills in.
The common facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one
layout prints have one. `tax` takes {rate}; `pay` takes {due}; `discount` takes {pct};
`season` takes {season}; `event` takes {day}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh20.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Crane Hire Invoice|Winter Service Invoice|Survey Fee Invoice|Scanning Invoice|"
           "Workwear Invoice|Flooring Invoice|Marquee Hire Invoice",
           "Crane Hire Credit Note|Winter Service Credit Note|Survey Fee Credit Note|"
           "Scanning Credit Note|Workwear Credit Note|Flooring Credit Note|"
           "Marquee Hire Credit Note"),
    "de": ("Rechnung Kranarbeiten|Rechnung Winterdienst|Honorarrechnung Schadstoffgutachten|"
           "Rechnung Digitalisierung|Rechnung Berufskleidung|Rechnung Bodenbelagsarbeiten|"
           "Rechnung Zeltvermietung",
           "Gutschrift Kranarbeiten|Gutschrift Winterdienst|Gutschrift Schadstoffgutachten|"
           "Gutschrift Digitalisierung|Gutschrift Berufskleidung|Gutschrift Bodenbelag|"
           "Gutschrift Zeltvermietung"),
    "fr": ("Facture de levage|Facture viabilité hivernale|Facture de repérage amiante|"
           "Facture de numérisation|Facture vêtements de travail|Facture de pose de moquette|"
           "Facture location de chapiteau",
           "Avoir de levage|Avoir viabilité hivernale|Avoir repérage amiante|"
           "Avoir de numérisation|Avoir vêtements de travail|Avoir pose de moquette|"
           "Avoir location de chapiteau"),
    "es": ("Factura de servicio de grúa|Factura de vialidad invernal|Factura de inspección "
           "de amianto|Factura de digitalización|Factura de vestuario laboral|Factura de "
           "colocación de moqueta|Factura de alquiler de carpa",
           "Rectificativa servicio de grúa|Rectificativa vialidad invernal|Rectificativa "
           "inspección de amianto|Rectificativa digitalización|Rectificativa vestuario|"
           "Factura rectificativa de moqueta|Rectificativa alquiler de carpa"),
    "it": ("Fattura noleggio autogru|Fattura servizio neve|Fattura censimento amianto|"
           "Fattura digitalizzazione archivio|Fattura abbigliamento da lavoro|Fattura posa "
           "moquette|Fattura noleggio tensostruttura",
           "Nota di credito autogru|Nota di credito servizio neve|Nota di credito censimento|"
           "Nota di credito digitalizzazione|Nota di credito abbigliamento|Nota di credito "
           "posa moquette|Nota di credito tensostruttura"),
    "nl": ("Factuur kraanverhuur|Factuur gladheidsbestrijding|Factuur asbestinventarisatie|"
           "Factuur digitalisering|Factuur bedrijfskleding|Factuur tapijtwerk|"
           "Factuur tentverhuur",
           "Creditnota kraanverhuur|Creditnota gladheidsbestrijding|Creditnota "
           "asbestinventarisatie|Creditnota digitalisering|Creditnota bedrijfskleding|"
           "Creditnota tapijtwerk|Creditnota tentverhuur"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice ref.|Document number|Invoice serial",
           "date": "Invoice dated|Tax point date|Billing date",
           "due": "Pay on or before|Payment deadline|Terms: due",
           "customer": "Hirer|Bill-to party|Accounts payable",
           "net": "Subtotal ex VAT|Net value|Sum of charges",
           "tax": "VAT charged at {rate}%|Sales tax {rate}%|VAT @ {rate}%",
           "grand": "Gross amount payable|Invoice total|Balance to pay",
           "vat_id": "VAT reg.", "original": "Credit against our invoice",
           "pay": "Payment by bank transfer no later than {due}; please quote the invoice "
                  "number.",
           "desc": "Details of charge", "qty": "Qty/hrs", "price": "Unit rate",
           "amount": "Line value",
           "lines_sum": "Goods and decoration", "discount": "Volume discount {pct}%",
           "crane": "Crane", "operator": "Operator", "site": "Lifting site",
           "season": "Winter service {season}", "balance": "Running total",
           "premises": "Premises treated", "surveyor": "Surveyor",
           "survey_site": "Property surveyed", "report": "Report ref.",
           "boxes": "Boxes received", "detach": "Remittance advice: please detach and "
           "return with your payment", "account": "Account no.",
           "fitted_at": "Fitted at", "event": "Event on {day} at"},
    "de": {"number": "Rechnungsnr.|Belegnummer|Rechnungs-Nummer",
           "date": "Leistungs- und Rechnungsdatum|Datum der Rechnung|Ausgestellt am",
           "due": "Zahlungsziel|Zu zahlen bis|Fällig bis spätestens",
           "customer": "Mieter|Rechnungsempfänger|Debitor",
           "net": "Zwischensumme netto|Warenwert netto|Summe der Leistungen",
           "tax": "USt. {rate} % auf Netto|Umsatzsteuer zu {rate} %|MwSt. {rate} % hierauf",
           "grand": "Zu zahlender Betrag|Rechnungssumme brutto|Offener Betrag",
           "vat_id": "USt-IdNr.", "original": "Gutschrift zu unserer Rechnung",
           "pay": "Zahlbar per Überweisung bis {due} unter Angabe der Rechnungsnummer.",
           "desc": "Bezeichnung", "qty": "Menge/Std.", "price": "Einzelsatz",
           "amount": "Wert", "lines_sum": "Ware und Veredelung",
           "discount": "Mengenrabatt {pct} %", "crane": "Kran", "operator": "Kranführer",
           "site": "Einsatzort", "season": "Winterdienst Saison {season}",
           "balance": "Laufende Summe", "premises": "Betreute Fläche",
           "surveyor": "Sachverständiger", "survey_site": "Untersuchtes Objekt",
           "report": "Gutachten-Nr.", "boxes": "Eingegangene Kartons",
           "detach": "Überweisungsabschnitt: bitte abtrennen und mit der Zahlung zurücksenden",
           "account": "Kunden-Nr.", "fitted_at": "Verlegeort",
           "event": "Veranstaltung am {day} in"},
    "fr": {"number": "N° de pièce|Numéro du document|Facture numéro",
           "date": "Établie le|Date de la pièce|Date de facturation",
           "due": "Règlement au plus tard le|Date limite de paiement|Payable au",
           "customer": "Locataire|Client facturé|Service comptable",
           "net": "Sous-total HT|Valeur hors taxes|Cumul des prestations",
           "tax": "TVA appliquée {rate} %|Taxe {rate} %|TVA au taux de {rate} %",
           "grand": "Net à payer TTC|Total de la facture|Solde à régler",
           "vat_id": "N° TVA", "original": "Avoir sur notre facture",
           "pay": "Paiement par virement au plus tard le {due}, en rappelant le numéro de "
                  "facture.",
           "desc": "Désignation", "qty": "Qté/h", "price": "Prix unit.", "amount": "Valeur",
           "lines_sum": "Articles et marquage", "discount": "Remise quantitative {pct} %",
           "crane": "Grue", "operator": "Grutier", "site": "Lieu de levage",
           "season": "Viabilité hivernale {season}", "balance": "Cumul",
           "premises": "Site traité", "surveyor": "Opérateur de repérage",
           "survey_site": "Bien repéré", "report": "Rapport n°",
           "boxes": "Boîtes reçues", "detach": "Talon de règlement à détacher et à joindre "
           "à votre paiement", "account": "Code client", "fitted_at": "Lieu de pose",
           "event": "Manifestation du {day} à"},
    "es": {"number": "N.º de documento|Número de la factura|Serie y número",
           "date": "Fecha de expedición|Fecha del documento|Facturado el",
           "due": "Pago antes del|Fecha límite de pago|Vencimiento el",
           "customer": "Arrendatario|Datos del destinatario|Departamento de pagos",
           "net": "Subtotal sin IVA|Valor neto|Suma de servicios",
           "tax": "IVA aplicado {rate} %|Cuota IVA {rate} %|IVA al {rate} %",
           "grand": "Importe bruto a pagar|Total de la factura|Saldo a abonar",
           "vat_id": "NIF", "original": "Rectifica nuestra factura",
           "pay": "Pago por transferencia como muy tarde el {due}, citando el número de "
                  "factura.",
           "desc": "Detalle del servicio", "qty": "Cant./h", "price": "Precio por ud.",
           "amount": "Importe de línea",
           "lines_sum": "Prendas y marcaje", "discount": "Rappel por volumen {pct} %",
           "crane": "Grúa", "operator": "Gruista", "site": "Lugar de izado",
           "season": "Vialidad invernal {season}", "balance": "Acumulado",
           "premises": "Recinto tratado", "surveyor": "Técnico inspector",
           "survey_site": "Inmueble inspeccionado", "report": "Informe n.º",
           "boxes": "Cajas recibidas", "detach": "Resguardo de pago: recortar y adjuntar "
           "a su transferencia", "account": "Código de cliente", "fitted_at": "Lugar de obra",
           "event": "Evento del {day} en"},
    "it": {"number": "Documento n.|Numero del documento|Fattura numero",
           "date": "Data del documento|Data fatturazione|Emessa in data",
           "due": "Pagamento entro il|Termine di pagamento|Scade il",
           "customer": "Noleggiante|Destinatario fattura|Ufficio amministrazione",
           "net": "Subtotale imponibile|Valore netto|Somma prestazioni",
           "tax": "IVA applicata {rate}%|Imposta {rate}%|IVA al {rate}%",
           "grand": "Importo lordo da pagare|Totale fattura|Saldo da versare",
           "vat_id": "P. IVA", "original": "Storno della nostra fattura",
           "pay": "Pagamento con bonifico entro il {due}, citando il numero della fattura.",
           "desc": "Descrizione della fornitura", "qty": "Q.tà/ore",
           "price": "Prezzo unit.", "amount": "Valore riga",
           "lines_sum": "Capi e personalizzazione",
           "discount": "Sconto quantità {pct}%", "crane": "Autogru", "operator": "Gruista",
           "site": "Cantiere", "season": "Servizio neve stagione {season}",
           "balance": "Progressivo", "premises": "Area servita",
           "surveyor": "Tecnico incaricato", "survey_site": "Immobile censito",
           "report": "Relazione n.", "boxes": "Scatole ricevute",
           "detach": "Cedolino di pagamento: staccare e allegare al versamento",
           "account": "Codice cliente", "fitted_at": "Luogo dei lavori",
           "event": "Evento del {day} presso"},
    "nl": {"number": "Documentnummer|Factuurnummer (kenmerk)|Nummer factuur",
           "date": "Opgemaakt op|Datum document|Dagtekening factuur",
           "due": "Betalen uiterlijk|Uiterste betaaldatum|Vervaldag",
           "customer": "Huurder|Factuur t.a.v.|Crediteurenadministratie",
           "net": "Subtotaal excl. btw|Netto waarde|Som der diensten",
           "tax": "Btw berekend {rate}%|Omzetbelasting {rate}%|Btw à {rate}%",
           "grand": "Bruto te betalen|Factuurtotaal|Saldo te voldoen",
           "vat_id": "Btw-id", "original": "Creditering van onze factuur",
           "pay": "Betaling per bank uiterlijk {due} onder vermelding van het factuurnummer.",
           "desc": "Omschrijving levering", "qty": "Aantal/uren",
           "price": "Prijs per eenheid", "amount": "Regelbedrag",
           "lines_sum": "Kleding en bedrukking",
           "discount": "Staffelkorting {pct}%", "crane": "Kraan", "operator": "Machinist",
           "site": "Hijslocatie", "season": "Winterdienst seizoen {season}",
           "balance": "Cumulatief", "premises": "Behandeld terrein",
           "surveyor": "Inventariseerder", "survey_site": "Geïnventariseerd object",
           "report": "Rapportnr.", "boxes": "Ontvangen dozen",
           "detach": "Betaalstrook: afknippen en meesturen met uw betaling",
           "account": "Debiteurnr.", "fitted_at": "Plaats van werk",
           "event": "Evenement op {day} bij"},
}  # fmt: skip

# The crane firm's operators per language (one per variant) and its cranes.
OPERATORS: Final = {
    "en": ("Gary Lumsden", "Shaun Telford"), "de": ("Xaver Kiermeier", "Ludwig Pröbstl"),
    "fr": ("Yannick Le Goff", "Erwan Tanguy"), "es": ("Iñaki Zubiaurre", "Jon Etxeberria"),
    "it": ("Battista Zanetti", "Ottavio Bregoli"), "nl": ("Kees Padmos", "Jaap Louwerse"),
}  # fmt: skip
CRANES: Final = ("Liebherr LTM 1055-3.2", "Tadano AC 3.055-1", "Grove GMK3060L")

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "cranehire": {"en": m.GBP}, "gritting": {"en": m.SEK, "de": m.CHF},
    "asbestos": {"en": m.USD}, "scanbureau": {"en": m.DKK}, "workwear": {"en": m.PLN},
    "carpetfit": {"en": m.GBP}, "marquee": {"en": m.EUR_EN, "fr": m.CHF_FR},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
