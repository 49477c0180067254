"""The printed wording of the eighteenth fresh evaluation slice (`evalset_fresh18.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `week` takes {start} and {end};
`trolleys` takes {out} and {back}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh18.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Wholesale Plant Invoice|Weekly Bread Account|Call-Out Invoice|Scaffold Hire Invoice|"
           "Masonry Invoice|Upholstery Invoice|Production Hire Invoice",
           "Plant Credit Note|Bread Account Credit|Call-Out Credit Note|Scaffold Hire Credit|"
           "Masonry Credit Note|Upholstery Credit Note|Production Hire Credit"),
    "de": ("Pflanzenrechnung|Wochenrechnung Backwaren|Rechnung Notdienst|Gerüstmietrechnung|"
           "Steinmetzrechnung|Polsterrechnung|Rechnung Veranstaltungstechnik",
           "Pflanzengutschrift|Gutschrift Backwaren|Gutschrift Notdienst|Gerüstmietgutschrift|"
           "Steinmetzgutschrift|Polstergutschrift|Gutschrift Veranstaltungstechnik"),
    "fr": ("Facture pépinière|Relevé hebdomadaire boulangerie|Facture de dépannage|"
           "Facture location d'échafaudage|Facture de marbrerie|Facture de tapisserie|"
           "Facture de prestation son et lumière",
           "Avoir pépinière|Avoir boulangerie|Avoir de dépannage|Avoir location d'échafaudage|"
           "Avoir de marbrerie|Avoir de tapisserie|Avoir son et lumière"),
    "es": ("Factura de vivero|Factura semanal de panadería|Factura de servicio urgente|"
           "Factura de alquiler de andamio|Factura de marmolería|Factura de tapicería|"
           "Factura de alquiler técnico",
           "Abono de vivero|Abono de panadería|Abono de servicio urgente|"
           "Abono de alquiler de andamio|Abono de marmolería|Abono de tapicería|"
           "Abono de alquiler técnico"),
    "it": ("Fattura vivaio|Fattura settimanale panetteria|Fattura pronto intervento|"
           "Fattura noleggio ponteggi|Fattura lavori in pietra|Fattura tappezzeria|"
           "Fattura service audio luci",
           "Nota di accredito vivaio|Nota di accredito panetteria|"
           "Nota di accredito pronto intervento|Nota di accredito ponteggi|"
           "Nota di accredito lavori in pietra|Nota di accredito tappezzeria|"
           "Nota di accredito service audio luci"),
    "nl": ("Kwekerijfactuur|Weekfactuur bakkerij|Factuur spoedservice|Factuur steigerhuur|"
           "Factuur steenhouwerij|Factuur stoffeerderij|Factuur licht en geluid",
           "Creditfactuur kwekerij|Creditfactuur bakkerij|Creditfactuur spoedservice|"
           "Creditfactuur steigerhuur|Creditfactuur steenhouwerij|Creditfactuur stoffeerderij|"
           "Creditfactuur licht en geluid"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Sales invoice no.|Bill number|Our ref. no.",
           "date": "Date raised|Billed on|Issue day",
           "due": "Settle by|Net payment date|Due for payment",
           "customer": "Sold to|Account holder|Client",
           "net": "Nett goods value|Total before tax|Net amount of invoice",
           "tax": "VAT added at {rate}%|Plus VAT {rate}%|VAT amount {rate}%",
           "grand": "Amount now owing|Gross to pay|Invoice balance",
           "vat_id": "VAT no.", "currency": "Billing currency",
           "original": "Credits our invoice",
           "pay": "Kindly remit by {due}, quoting the invoice number as reference.",
           "desc": "Particulars", "qty": "Qty", "price": "Rate", "amount": "Line total",
           "lines_sum": "Plants at list price", "discount": "Garden centre terms {pct}%",
           "trolleys": "Danish trolleys: {out} delivered, {back} returned",
           "week": "Deliveries {start} to {end}", "called": "Called out",
           "arrived": "On site", "attended": "Property attended", "site": "Site address",
           "erected": "Scaffold up since", "work": "Work carried out",
           "fabric": "Fabric", "event": "Event", "venue": "Venue", "show": "Show day",
           "getin": "Get-in"},
    "de": {"number": "Rechnungs-Nr.|Belegnr.|Vorgangsnummer",
           "date": "Ausgestellt|Rechnungstag|Erstellt am",
           "due": "Zahlbar bis|Fällig am|Zahlungsfrist",
           "customer": "Käufer|Kontoinhaber|Auftraggeberin",
           "net": "Nettowarenwert|Gesamt ohne Steuer|Netto-Rechnungsbetrag",
           "tax": "zzgl. USt {rate} %|Mehrwertsteuer {rate} %|USt-Betrag {rate} %",
           "grand": "Offener Betrag|Brutto zu zahlen|Rechnungssaldo",
           "vat_id": "USt-ID", "currency": "Abrechnungswährung",
           "original": "Korrigiert Rechnung",
           "pay": "Bitte überweisen Sie bis {due} mit der Rechnungsnummer als Verwendungszweck.",
           "desc": "Bezeichnung", "qty": "Anz.", "price": "Preis je Einheit",
           "amount": "Positionsbetrag",
           "lines_sum": "Pflanzen zum Listenpreis", "discount": "Gartencenter-Kondition {pct} %",
           "trolleys": "CC-Container: {out} geliefert, {back} zurück",
           "week": "Lieferungen {start} bis {end}", "called": "Alarmiert",
           "arrived": "Vor Ort", "attended": "Einsatzadresse", "site": "Baustelle",
           "erected": "Gerüst steht seit", "work": "Ausgeführte Arbeiten",
           "fabric": "Bezugsstoff", "event": "Name der Veranstaltung", "venue": "Spielort",
           "show": "Showtag", "getin": "Aufbau"},
    "fr": {"number": "Facture numéro|N° de facture client|Notre réf.",
           "date": "Émise le|Facturée le|Jour d'émission",
           "due": "À régler pour le|Date de paiement nette|Payable au",
           "customer": "Vendu à|Titulaire du compte|Donneur d'ordre",
           "net": "Valeur nette|Total avant taxe|Montant net facturé",
           "tax": "TVA ajoutée {rate} %|Plus TVA {rate} %|Montant TVA {rate} %",
           "grand": "Reste dû|Brut à payer|Solde de la facture",
           "vat_id": "TVA intracommunautaire", "currency": "Devise de facturation",
           "original": "Rectifie notre facture",
           "pay": "Merci de régler avant le {due} en indiquant le numéro de facture.",
           "desc": "Désignation des articles", "qty": "Qté", "price": "Tarif",
           "amount": "Total ligne", "lines_sum": "Végétaux au prix catalogue",
           "discount": "Conditions jardinerie {pct} %",
           "trolleys": "Chariots CC : {out} livrés, {back} repris",
           "week": "Livraisons du {start} au {end}", "called": "Appel reçu",
           "arrived": "Sur place", "attended": "Lieu d'intervention", "site": "Chantier",
           "erected": "Échafaudage posé depuis le", "work": "Travaux réalisés",
           "fabric": "Tissu", "event": "Manifestation", "venue": "Salle",
           "show": "Jour du spectacle", "getin": "Montage"},
    "es": {"number": "Factura número|N.º factura cliente|Nuestra ref.",
           "date": "Emitida el|Fecha facturación|Día de emisión",
           "due": "Liquidar antes del|Fecha neta de pago|A pagar el",
           "customer": "Vendido a|Titular de la cuenta|Ordenante",
           "net": "Valor neto|Total antes de impuestos|Importe neto facturado",
           "tax": "IVA añadido {rate} %|Más IVA {rate} %|Cuota IVA {rate} %",
           "grand": "Pendiente de pago|Bruto a pagar|Saldo de la factura",
           "vat_id": "CIF", "currency": "Moneda de facturación",
           "original": "Rectifica nuestra factura",
           "pay": "Rogamos transferencia antes del {due} indicando el número de factura.",
           "desc": "Descripción del artículo", "qty": "Cant.", "price": "Tarifa",
           "amount": "Total línea", "lines_sum": "Plantas a precio de catálogo",
           "discount": "Condiciones centro de jardinería {pct} %",
           "trolleys": "Carros CC: {out} entregados, {back} devueltos",
           "week": "Entregas del {start} al {end}", "called": "Aviso recibido",
           "arrived": "En el lugar", "attended": "Dirección del servicio", "site": "Obra",
           "erected": "Andamio montado desde", "work": "Trabajos realizados",
           "fabric": "Tela", "event": "Evento", "venue": "Recinto",
           "show": "Día del evento", "getin": "Montaje"},
    "it": {"number": "Fattura numero|N. fattura cliente|Ns. rif.",
           "date": "Emessa il|Data fatturazione|Giorno di emissione",
           "due": "Saldare entro il|Data netta di pagamento|Pagabile il",
           "customer": "Venduto a|Intestatario del conto|Committente",
           "net": "Valore netto|Totale prima dell'imposta|Importo netto fatturato",
           "tax": "IVA aggiunta {rate}%|Più IVA {rate}%|Importo IVA {rate}%",
           "grand": "Residuo dovuto|Lordo da pagare|Saldo della fattura",
           "vat_id": "Partita IVA", "currency": "Valuta di fatturazione",
           "original": "Rettifica la ns. fattura",
           "pay": "Si prega di bonificare entro il {due} indicando il numero di fattura.",
           "desc": "Descrizione articolo", "qty": "Qtà", "price": "Tariffa",
           "amount": "Totale riga", "lines_sum": "Piante a prezzo di catalogo",
           "discount": "Condizioni garden center {pct}%",
           "trolleys": "Carrelli CC: {out} consegnati, {back} resi",
           "week": "Consegne dal {start} al {end}", "called": "Chiamata ricevuta",
           "arrived": "Sul posto", "attended": "Luogo dell'intervento", "site": "Cantiere",
           "erected": "Ponteggio montato dal", "work": "Lavori eseguiti",
           "fabric": "Tessuto", "event": "Evento", "venue": "Location",
           "show": "Giorno dell'evento", "getin": "Montaggio"},
    "nl": {"number": "Verkoopfactuurnr.|Nota nummer|Ons ref.nr.",
           "date": "Opgemaakt op|Gefactureerd|Datum opmaak",
           "due": "Voldoen vóór|Netto betaaldatum|Betaalbaar op",
           "customer": "Verkocht aan|Rekeninghouder|Opdrachtgeefster",
           "net": "Netto goederenwaarde|Totaal vóór belasting|Netto factuurbedrag",
           "tax": "Plus btw {rate}%|Btw-bedrag {rate}%|Vermeerderd met btw {rate}%",
           "grand": "Openstaand bedrag|Bruto te betalen|Factuursaldo",
           "vat_id": "Btw-nr.", "currency": "Factuurvaluta",
           "original": "Corrigeert onze factuur",
           "pay": "Graag overmaken vóór {due} onder vermelding van het factuurnummer.",
           "desc": "Omschrijving artikel", "qty": "Aant.", "price": "Tarief",
           "amount": "Regeltotaal", "lines_sum": "Planten tegen catalogusprijs",
           "discount": "Tuincentrumconditie {pct}%",
           "trolleys": "Deense karren: {out} geleverd, {back} retour",
           "week": "Leveringen {start} t/m {end}", "called": "Melding ontvangen",
           "arrived": "Ter plaatse", "attended": "Adres van inzet", "site": "Bouwplaats",
           "erected": "Steiger staat sinds", "work": "Uitgevoerd werk",
           "fabric": "Stof", "event": "Evenement", "venue": "Zaal",
           "show": "Evenementdag", "getin": "Opbouw"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "plantlist": {"en": m.GBP}, "bakeweek": {"en": m.DKK, "de": m.CHF},
    "calloutlock": {"en": m.USD}, "scaffweeks": {"en": m.EUR_EN}, "stonemason": {"en": m.SEK},
    "upholsterer": {"en": m.PLN, "fr": m.CHF_FR}, "soundlight": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
