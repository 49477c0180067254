"""The printed wording of the twenty-third fresh evaluation slice (`evalset_fresh23.py`):
document titles per layout, labels per language and the money each layout bills in. The common
facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one layout
prints have one. `tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh23.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Balloon Flight Invoice|Bird Control Invoice|Welding Invoice|Sharpening Invoice|"
           "Organ Restoration Invoice|Chandlery Invoice|Team Event Invoice",
           "Balloon Flight Credit Note|Bird Control Credit Note|Welding Credit Note|"
           "Sharpening Credit Note|Organ Restoration Credit Note|Chandlery Credit Note|Team "
           "Event Credit Note"),
    "de": ("Rechnung Ballonfahrt|Rechnung Vogelvergrämung|Rechnung Schweißarbeiten|Rechnung "
           "Schleifdienst|Rechnung Orgelrestaurierung|Rechnung Schiffsausrüstung|Rechnung "
           "Teamevent",
           "Gutschrift Ballonfahrt|Gutschrift Vogelvergrämung|Gutschrift Schweißarbeiten|"
           "Gutschrift Schleifdienst|Gutschrift Orgelrestaurierung|Gutschrift "
           "Schiffsausrüstung|Gutschrift Teamevent"),
    "fr": ("Facture vol en montgolfière|Facture effarouchement|Facture de soudure|Facture "
           "d'affûtage|Facture de restauration d'orgue|Facture d'avitaillement|Facture "
           "séminaire d'équipe",
           "Avoir vol en montgolfière|Avoir effarouchement|Avoir de soudure|Avoir d'affûtage|"
           "Avoir de restauration d'orgue|Avoir d'avitaillement|Avoir séminaire d'équipe"),
    "es": ("Factura de vuelo en globo|Factura de control de aves|Factura de soldadura|Factura "
           "de afilado|Factura de restauración del órgano|Factura de suministros náuticos|"
           "Factura de evento de equipo",
           "Factura rectificativa de vuelo en globo|Factura rectificativa de control de aves|"
           "Factura rectificativa de soldadura|Factura rectificativa de afilado|Factura "
           "rectificativa de restauración del órgano|Factura rectificativa de suministros "
           "náuticos|Factura rectificativa de evento de equipo"),
    "it": ("Fattura volo in mongolfiera|Fattura allontanamento volatili|Fattura saldature|"
           "Fattura affilatura|Fattura restauro organo|Fattura provveditoria|Fattura evento "
           "aziendale",
           "Nota di credito volo in mongolfiera|Nota di credito allontanamento volatili|Nota "
           "di credito saldature|Nota di credito affilatura|Nota di credito restauro organo|"
           "Nota di credito provveditoria|Nota di credito evento aziendale"),
    "nl": ("Factuur ballonvaart|Factuur vogelverjaging|Factuur laswerk|Factuur slijpservice|"
           "Factuur orgelrestauratie|Factuur scheepsbenodigdheden|Factuur teamuitje",
           "Creditnota ballonvaart|Creditnota vogelverjaging|Creditnota laswerk|Creditnota "
           "slijpservice|Creditnota orgelrestauratie|Creditnota scheepsbenodigdheden|"
           "Creditnota teamuitje"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice no. to quote|Invoice reference no.|Sales ledger ref.",
           "date": "Date invoiced|Invoice date / tax point|Date of this invoice",
           "due": "Settlement due|Payment to reach us by|Payable no later than",
           "customer": "Account name and address|Billed organisation|Client",
           "net": "Sum of charges, net|Goods and services net|Charges before tax",
           "tax": "VAT at {rate}% added|VAT {rate}% on net|Tax {rate}% on net charges",
           "grand": "Gross amount due|Total payable incl. VAT|Balance to settle",
           "vat_id": "Tax registration", "original": "Credited against our invoice",
           "pay": "Please remit by {due}; use our invoice number as your payment reference.",
           "desc": "Service provided", "qty": "Qty / unit", "price": "Rate per unit",
           "amount": "Net line value", "lines_sum": "Pieces total", "discount": "Round contract "
           "discount {pct}%", "bank": "Our bank account", "flight": "Flight date",
           "launch": "Launch site", "site": "Site patrolled", "job": "Job site",
           "collected": "Knives collected", "instrument": "Instrument", "vessel": "Vessel",
           "berth": "Berth", "flag": "Flag", "event": "Event held on",
           "players": "Team size"},
    "de": {"number": "Belegnummer Rechnung|Rechnungs-Nr. (bitte angeben)|Unsere Rechnungsnummer",
           "date": "Belegdatum|Datum der Rechnung|Rechnung erstellt am",
           "due": "Fällig zum|Zahlung erbeten bis|Bitte begleichen bis",
           "customer": "Rechnung an Firma|Auftraggeber|Kunde",
           "net": "Summe vor Steuer|Gesamt netto ohne MwSt.|Nettowert",
           "tax": "MWST {rate} % auf Netto|USt. {rate} %|MwSt.-Satz {rate} %",
           "grand": "Bruttobetrag|Endsumme brutto|Noch zu zahlen",
           "vat_id": "USt-IdNr.", "original": "Korrektur zu Rechnung",
           "pay": "Zahlbar bis {due} per Überweisung mit der Belegnummer als Verwendungszweck.",
           "desc": "Leistung", "qty": "Menge / Einheit", "price": "Satz",
           "amount": "Nettobetrag", "lines_sum": "Summe Schleifarbeiten",
           "discount": "Tourenrabatt {pct} %", "bank": "Konto",
           "flight": "Fahrttag", "launch": "Startplatz", "site": "Einsatzobjekt",
           "job": "Baustelle / Gerät", "collected": "Abgeholt am", "instrument": "Instrument",
           "vessel": "Yacht", "berth": "Liegeplatz", "flag": "Flagge",
           "event": "Eventtermin", "players": "Teilnehmerzahl"},
    "fr": {"number": "Facture numéro|N° de pièce comptable|Notre référence facture",
           "date": "Facture émise le|Date de la facture ci-dessus|Date d'édition",
           "due": "Paiement attendu le|À régler avant le|Échéance du règlement",
           "customer": "Facturer à l'ordre de|Donneur d'ordre|Client",
           "net": "Montant net HT|Total prestations HT|Total net hors taxes",
           "tax": "TVA {rate} % sur HT|Taxe {rate} %|TVA applicable {rate} %",
           "grand": "Montant TTC dû|Total à régler|Solde TTC",
           "vat_id": "N° TVA", "original": "Annule et remplace la facture",
           "pay": "Virement attendu au plus tard le {due}, référence : numéro de facture.",
           "desc": "Nature de la prestation", "qty": "Qté / unité", "price": "Tarif unitaire",
           "amount": "Montant net", "lines_sum": "Total des pièces affûtées",
           "discount": "Remise tournée {pct} %", "bank": "Coordonnées bancaires",
           "flight": "Date du vol", "launch": "Lieu d'envol", "site": "Site protégé",
           "job": "Chantier / engin", "collected": "Collecte du", "instrument": "Instrument",
           "vessel": "Navire", "berth": "Poste d'amarrage", "flag": "Pavillon",
           "event": "Journée d'équipe du", "players": "Nombre de joueurs"},
    "es": {"number": "Factura nº a indicar|Referencia de factura|Documento nº",
           "date": "Factura emitida el|Fecha del documento|Fecha factura",
           "due": "Pagadera el|Abonar antes del|Vencimiento de la factura",
           "customer": "A la atención de|Ordenante|Cliente",
           "net": "Base imponible de la factura|Neto servicios|Importe neto",
           "tax": "IVA {rate} % sobre base|Cuota IVA {rate} %|IVA repercutido {rate} %",
           "grand": "Total con impuestos|Total a pagar|Importe pendiente",
           "vat_id": "CIF", "original": "Corrige la factura",
           "pay": "Rogamos transferencia antes del {due} con el número de factura como concepto.",
           "desc": "Concepto facturado", "qty": "Cant. / unidad", "price": "Tarifa unitaria",
           "amount": "Importe", "lines_sum": "Total afilado",
           "discount": "Descuento por ruta {pct} %", "bank": "Cuenta de abono",
           "flight": "Fecha de vuelo", "launch": "Punto de despegue", "site": "Instalación",
           "job": "Obra / máquina", "collected": "Recogidos el", "instrument": "Instrumento",
           "vessel": "Yate", "berth": "Amarre", "flag": "Bandera",
           "event": "Evento celebrado el", "players": "Participantes"},
    "it": {"number": "Fattura n. da citare|Numero documento|Rif. fattura",
           "date": "Fattura emessa il|Data fattura|Data documento",
           "due": "Scadenza pagamento al|Pagabile entro il|Data di scadenza",
           "customer": "Fatturare a|Spett.le committente|Cliente",
           "net": "Imponibile netto|Totale prestazioni|Totale netto servizi",
           "tax": "IVA {rate}% sull'imponibile|Imposta {rate}%|IVA ordinaria {rate}%",
           "grand": "Totale lordo|Totale da pagare|Saldo dovuto",
           "vat_id": "Partita IVA", "original": "Storna la fattura",
           "pay": "Si prega di saldare entro il {due} citando il numero di fattura.",
           "desc": "Prestazione eseguita", "qty": "Q.tà / u.m.", "price": "Tariffa unitaria",
           "amount": "Importo netto", "lines_sum": "Totale affilature",
           "discount": "Sconto giro {pct}%", "bank": "Coordinate per il bonifico",
           "flight": "Data del volo", "launch": "Luogo di decollo", "site": "Sito servito",
           "job": "Cantiere / mezzo", "collected": "Ritirati il", "instrument": "Strumento",
           "vessel": "Unità da diporto", "berth": "Posto barca", "flag": "Bandiera",
           "event": "Evento svolto il", "players": "Numero giocatori"},
    "nl": {"number": "Factuurnummer (vermelden)|Documentnummer|Ons factuurnummer",
           "date": "Gefactureerd op|Documentdatum|Datum van deze factuur",
           "due": "Te voldoen voor|Betaaltermijn tot|Betaling uiterlijk op",
           "customer": "Factuur aan|Opdrachtgever|Klantnaam en adres",
           "net": "Totaal netto diensten|Totaal diensten excl. btw|Nettobedrag",
           "tax": "Btw {rate}% over netto|Btw hoog {rate}%|Omzetbelasting {rate}% hoog",
           "grand": "Bruto te betalen|Totaal te voldoen|Nog te betalen",
           "vat_id": "Btw-nummer", "original": "Crediteert factuur",
           "pay": "Graag voldoen voor {due} onder vermelding van ons factuurnummer.",
           "desc": "Geleverde dienst", "qty": "Aantal / eenheid", "price": "Tarief per eenheid",
           "amount": "Nettowaarde", "lines_sum": "Totaal slijpwerk",
           "discount": "Routekorting {pct}%", "bank": "Rekening",
           "flight": "Vaartdatum", "launch": "Opstijgplaats", "site": "Object",
           "job": "Werkplek / machine", "collected": "Opgehaald op", "instrument": "Instrument",
           "vessel": "Schip", "berth": "Ligplaats", "flag": "Vlag",
           "event": "Datum uitje", "players": "Aantal spelers"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "balloon": {"en": m.GBP, "de": m.CHF}, "falconry": {"en": m.EUR_EN},
    "welding": {"en": m.USD}, "sharpening": {"en": m.SEK, "fr": m.CHF_FR},
    "organ": {"en": m.DKK}, "chandler": {"en": m.PLN}, "escape": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
