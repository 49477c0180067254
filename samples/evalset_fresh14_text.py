"""The printed wording of the fourteenth fresh evaluation slice (`evalset_fresh14.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `deposit` takes {day}; `period`
takes {start} and {end}. `crumbs` and `tabs` list their parts with "/"."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m
from evalset_fresh13_text import _EURO

# Per language, the title of each layout in the order of `evalset_fresh14.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Final Invoice|Invoice|Simplified Invoice|Berth Invoice|Childcare Fees|Invoice|"
           "Sales Invoice",
           "Final Credit Note|Credit Note|Simplified Credit Note|Berth Credit Note|"
           "Childcare Credit|Credit Note|Sales Credit Note"),
    "de": ("Schlussrechnung|Rechnung|Vereinfachte Rechnung|Liegeplatzrechnung|"
           "Betreuungsbeitrag|Rechnung|Verkaufsrechnung",
           "Schlussgutschrift|Gutschrift|Vereinfachte Gutschrift|Liegeplatzgutschrift|"
           "Gutschrift Betreuungsbeitrag|Gutschrift|Verkaufsgutschrift"),
    "fr": ("Facture de solde|Facture|Facture simplifiée|Facture d'amarrage|"
           "Facture de garde|Facture|Facture de vente",
           "Avoir de solde|Avoir|Avoir simplifié|Avoir d'amarrage|Avoir de garde|Avoir|"
           "Avoir de vente"),
    "es": ("Factura final|Factura|Factura simplificada|Factura de amarre|"
           "Recibo de escuela infantil|Factura|Factura de venta",
           "Abono final|Abono|Factura rectificativa simplificada|Abono de amarre|"
           "Abono de escuela infantil|Abono|Abono de venta"),
    "it": ("Fattura a saldo|Fattura|Fattura semplificata|Fattura ormeggio|Retta asilo nido|"
           "Fattura|Fattura di vendita",
           "Nota di credito a saldo|Nota di credito|Nota di credito semplificata|"
           "Nota di credito ormeggio|Nota di credito retta|Nota di credito|"
           "Nota di credito di vendita"),
    "nl": ("Eindfactuur|Factuur|Vereenvoudigde factuur|Factuur ligplaats|Factuur kinderopvang|"
           "Factuur|Verkoopfactuur",
           "Eindcreditnota|Creditnota|Vereenvoudigde creditnota|Creditnota ligplaats|"
           "Creditnota kinderopvang|Creditnota|Verkoopcreditnota"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice serial|Billing no.|Document serial",
           "date": "Issued|Date raised|Invoice dated",
           "due": "Settle by|Payment deadline|Balance payable by",
           "customer": "Client account|Billed party|Invoice made out to",
           "net": "Total before VAT|Goods and services net|Net value",
           "tax": "VAT charged at {rate}%|VAT @ {rate}%|Output VAT {rate}%",
           "grand": "Gross amount|Invoice total incl. VAT|Grand sum",
           "vat_id": "VAT reg.", "currency": "Billing currency",
           "original": "This credit cancels invoice", "pay": "Kindly settle by {due}.",
           "desc": "Goods / services supplied", "qty": "No. of units", "price": "Price per unit",
           "amount": "Net value",
           "lines_sum": "Fees for the month", "discount": "Sibling reduction {pct}%",
           "bank": "Remittance details", "site": "Installation site",
           "system": "Air-source heat pump with rooftop solar PV",
           "project": "System installed",
           "deposit": "Less deposit received {day}", "balance": "Balance now due",
           "period": "Cleaning visits from {start} to {end}", "hours": "Hours on site",
           "hourly": "Hourly rate", "vessel": "Vessel", "length": "Length overall",
           "berth": "Berth / pitch", "arrival": "Arrived", "departure": "Departed",
           "child": "Child", "group": "Room", "month": "Care month",
           "crumbs": "Home/My account/Charging history/Invoices", "tabs":
           "Overview/Invoices/Payments/Cards", "printed": "Printed from the customer portal",
           "page": "Page 1 of 1", "serial": "Serial no.", "code": "Part no.",
           "warranty": "Hardware carries a 36-month return-to-base warranty."},
    "de": {"number": "Rechnungsnummer lfd.|Abrechnungs-Nr.|Beleg lfd. Nr.",
           "date": "Ausgestellt|Erstellt am|Rechnung vom",
           "due": "Begleichen bis|Zahlungsfrist|Restbetrag fällig am",
           "customer": "Auftraggeber|Rechnungsadressat|Abgerechnet an",
           "net": "Summe vor USt.|Lieferungen und Leistungen netto|Nettowert",
           "tax": "USt. berechnet {rate} %|USt. @ {rate} %|Umsatzsteuer {rate} %",
           "grand": "Bruttobetrag|Rechnungsbetrag inkl. USt.|Gesamtsumme brutto",
           "vat_id": "USt-IdNr.", "currency": "Abrechnungswährung",
           "original": "Diese Gutschrift storniert Rechnung",
           "pay": "Bitte begleichen Sie den Betrag bis {due}.",
           "desc": "Bezeichnung", "qty": "Anz.", "price": "Preis je Einheit",
           "amount": "Nettowert Position", "lines_sum": "Beiträge des Monats",
           "discount": "Geschwisterermäßigung {pct} %", "bank": "Überweisung an",
           "site": "Anlagenstandort",
           "system": "Luft-Wärmepumpe mit PV-Dachanlage",
           "project": "Installierte Anlage",
           "deposit": "abzgl. Anzahlung erhalten am {day}", "balance": "Noch zu zahlen",
           "period": "Reinigungseinsätze vom {start} bis {end}", "hours": "Std. vor Ort",
           "hourly": "Stundensatz", "vessel": "Boot", "length": "Länge über alles",
           "berth": "Liegeplatz / Stellplatz", "arrival": "Ankunft", "departure": "Abreise",
           "child": "Kind", "group": "Gruppe", "month": "Betreuungsmonat",
           "crumbs": "Start/Mein Konto/Ladevorgänge/Rechnungen",
           "tabs": "Übersicht/Rechnungen/Zahlungen/Ladekarten",
           "printed": "Ausdruck aus dem Kundenportal", "page": "Seite 1 von 1",
           "serial": "Seriennr.", "code": "Teilenr.",
           "warranty": "Auf die Hardware gewähren wir 36 Monate Bring-in-Garantie."},
    "fr": {"number": "Facture série n°|N° de facturation|Pièce n°",
           "date": "Émise le|Établie le|Facture datée du",
           "due": "À régler avant le|Date limite de paiement|Solde payable le",
           "customer": "Client destinataire|Partie facturée|Facture établie pour",
           "net": "Total avant TVA|Biens et services HT|Valeur nette",
           "tax": "TVA facturée {rate} %|Part de TVA {rate} %|TVA due au taux de {rate} %",
           "grand": "Montant toutes taxes|Total TTC de la pièce|Somme globale",
           "vat_id": "N° TVA intra.", "currency": "Devise de facturation",
           "original": "Cet avoir annule la facture", "pay": "Merci de régler avant le {due}.",
           "desc": "Désignation", "qty": "Qté", "price": "Prix par unité",
           "amount": "Valeur HT", "lines_sum": "Frais du mois",
           "discount": "Réduction fratrie {pct} %", "bank": "Virement à",
           "site": "Adresse du chantier",
           "system": "Pompe à chaleur air-eau et centrale solaire en toiture",
           "project": "Installation posée",
           "deposit": "Moins acompte reçu le {day}", "balance": "Solde restant dû",
           "period": "Passages du {start} au {end}", "hours": "Heures sur place",
           "hourly": "Taux horaire", "vessel": "Bateau", "length": "Longueur hors tout",
           "berth": "Poste / emplacement", "arrival": "Date d'arrivée au port",
           "departure": "Date de départ du port",
           "child": "Enfant", "group": "Section", "month": "Mois de garde",
           "crumbs": "Accueil/Mon compte/Historique de recharge/Factures",
           "tabs": "Aperçu/Factures/Paiements/Badges",
           "printed": "Imprimé depuis l'espace client", "page": "Page 1 sur 1",
           "serial": "N° de série", "code": "Réf. article",
           "warranty": "Le matériel est garanti 36 mois retour atelier."},
    "es": {"number": "Serie y número|N.º de facturación|Documento n.º",
           "date": "Expedida|Fecha de emisión|Factura fechada",
           "due": "Liquidar antes del|Plazo de pago|Saldo pagadero el",
           "customer": "Cliente|Parte facturada|Facturado a",
           "net": "Total antes de IVA|Bienes y servicios netos|Valor neto",
           "tax": "IVA aplicado {rate} %|IVA @ {rate} %|Cuota de IVA {rate} %",
           "grand": "Importe bruto|Total factura IVA incl.|Suma global",
           "vat_id": "NIF", "currency": "Moneda de facturación",
           "original": "Este abono anula la factura", "pay": "Liquide antes del {due}, por favor.",
           "desc": "Concepto", "qty": "Uds.", "price": "Precio por unidad",
           "amount": "Valor neto", "lines_sum": "Cuotas del mes",
           "discount": "Descuento por hermanos {pct} %", "bank": "Transferencia a",
           "site": "Lugar de instalación",
           "system": "Aerotermia con autoconsumo solar en cubierta",
           "project": "Equipo instalado",
           "deposit": "Menos anticipo recibido el {day}", "balance": "Saldo pendiente",
           "period": "Servicios del {start} al {end}", "hours": "Horas en servicio",
           "hourly": "Precio hora", "vessel": "Embarcación", "length": "Eslora total",
           "berth": "Amarre / parcela", "arrival": "Llegada", "departure": "Salida",
           "child": "Alumno/a", "group": "Aula", "month": "Mes de asistencia",
           "crumbs": "Inicio/Mi cuenta/Historial de recargas/Facturas",
           "tabs": "Resumen/Facturas/Pagos/Tarjetas",
           "printed": "Impreso desde el área de clientes", "page": "Página 1 de 1",
           "serial": "N.º de serie", "code": "Ref. pieza",
           "warranty": "El hardware tiene 36 meses de garantía en taller."},
    "it": {"number": "Numero progressivo|N. di fatturazione|Documento n.",
           "date": "Emessa il|Data emissione|Fattura datata",
           "due": "Saldare entro il|Termine di pagamento|Saldo esigibile il",
           "customer": "Committente|Parte fatturata|Fatturato a",
           "net": "Totale prima dell'IVA|Beni e servizi netti|Valore netto",
           "tax": "IVA applicata {rate}%|IVA @ {rate}%|IVA a debito {rate}%",
           "grand": "Importo lordo|Totale fattura IVA incl.|Somma complessiva",
           "vat_id": "P. IVA", "currency": "Valuta di fatturazione",
           "original": "Questa nota storna la fattura",
           "pay": "Vi preghiamo di saldare entro il {due}.",
           "desc": "Voce", "qty": "Q.tà", "price": "Prezzo per unità",
           "amount": "Valore netto", "lines_sum": "Quote del mese",
           "discount": "Riduzione fratelli {pct}%", "bank": "Bonifico a",
           "site": "Luogo di installazione",
           "system": "Pompa di calore con impianto fotovoltaico su tetto",
           "project": "Impianto installato",
           "deposit": "Meno acconto ricevuto il {day}", "balance": "Saldo ancora dovuto",
           "period": "Interventi dal {start} al {end}", "hours": "Ore in loco",
           "hourly": "Tariffa oraria", "vessel": "Imbarcazione", "length": "Lunghezza f.t.",
           "berth": "Posto barca / piazzola", "arrival": "Arrivo", "departure": "Partenza",
           "child": "Bambino/a", "group": "Sezione", "month": "Mese di frequenza",
           "crumbs": "Home/Il mio account/Storico ricariche/Fatture",
           "tabs": "Panoramica/Fatture/Pagamenti/Tessere",
           "printed": "Stampato dall'area clienti", "page": "Pagina 1 di 1",
           "serial": "Matricola", "code": "Cod. parte",
           "warranty": "L'hardware è coperto da 36 mesi di garanzia in laboratorio."},
    "nl": {"number": "Factuurvolgnummer|Afrekeningsnr.|Stuknummer",
           "date": "Uitgegeven|Aangemaakt op|Factuur gedateerd",
           "due": "Voldoen vóór|Uiterste betaaldatum|Restant betaalbaar op",
           "customer": "Opdrachtgever|Gefactureerde partij|Gefactureerd aan",
           "net": "Totaal vóór btw|Goederen en diensten netto|Nettowaarde",
           "tax": "Btw berekend {rate}%|Btw @ {rate}%|Af te dragen btw {rate}%",
           "grand": "Brutobedrag|Factuurtotaal incl. btw|Eindsom",
           "vat_id": "Btw-id", "currency": "Factuurvaluta",
           "original": "Deze creditnota vervalt factuur", "pay": "Graag voldoen vóór {due}.",
           "desc": "Omschrijving post", "qty": "Aant.", "price": "Prijs per eenheid",
           "amount": "Nettowaarde post", "lines_sum": "Kosten van de maand",
           "discount": "Broertjes-zusjeskorting {pct}%", "bank": "Overmaken naar",
           "site": "Installatieadres",
           "system": "Luchtwarmtepomp met zonnepanelen op het dak",
           "project": "Geplaatste installatie",
           "deposit": "Min aanbetaling ontvangen {day}", "balance": "Nog te voldoen",
           "period": "Schoonmaakbeurten van {start} tot {end}", "hours": "Uren ter plaatse",
           "hourly": "Uurtarief", "vessel": "Vaartuig", "length": "Lengte over alles",
           "berth": "Ligplaats / standplaats", "arrival": "Aankomst", "departure": "Vertrek",
           "child": "Kind", "group": "Groep", "month": "Opvangmaand",
           "crumbs": "Home/Mijn account/Laadhistorie/Facturen",
           "tabs": "Overzicht/Facturen/Betalingen/Laadpassen",
           "printed": "Afgedrukt vanuit het klantportaal", "page": "Pagina 1 van 1",
           "serial": "Serienr.", "code": "Onderdeelnr.",
           "warranty": "Op de hardware geldt 36 maanden bring-in-garantie."},
}  # fmt: skip

# Money per layout and language: the euro in each language's format (as the thirteenth slice
# prints it) unless a layout bills in another currency there.
_OTHER: Final = {
    "heatpump": {"en": m.GBP, "de": m.CHF}, "visits": {"en": m.DKK},
    "simplified": {"en": m.EUR_EN}, "berth": {"en": m.SEK, "fr": m.CHF_FR},
    "childcare": {"en": m.PLN}, "portal": {"en": m.USD}, "serials": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
