"""The printed wording of the seventeenth fresh evaluation slice (`evalset_fresh17.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `month` takes {month}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh17.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Trade Invoice|Meter Billing Invoice|Container Service Invoice|Tuition Invoice|"
           "Fee Note|Commission Invoice|Fleet Account Invoice",
           "Trade Credit Note|Meter Billing Credit|Container Service Credit|Tuition Credit Note|"
           "Fee Note Credit|Commission Credit Note|Fleet Account Credit"),
    "de": ("Getränkerechnung|Zählerabrechnung|Containerrechnung|Kursrechnung|Honorarnote|"
           "Provisionsrechnung|Flottenrechnung",
           "Getränkegutschrift|Zählergutschrift|Containergutschrift|Kursgutschrift|"
           "Honorargutschrift|Provisionsgutschrift|Flottengutschrift"),
    "fr": ("Facture brasserie|Facture de relevé compteur|Facture de benne|Facture de scolarité|"
           "Note d'honoraires|Facture de commission|Facture compte flotte",
           "Avoir brasserie|Avoir de relevé compteur|Avoir de benne|Avoir de scolarité|"
           "Avoir sur honoraires|Avoir de commission|Avoir compte flotte"),
    "es": ("Factura de suministro|Factura por lectura de contador|Factura de contenedor|"
           "Factura de matrícula|Minuta de honorarios|Factura de comisión|Factura de flota",
           "Abono de suministro|Abono por lectura|Abono de contenedor|Abono de matrícula|"
           "Abono de honorarios|Abono de comisión|Abono de flota"),
    "it": ("Fattura fornitura birra|Fattura lettura contatori|Fattura noleggio cassoni|"
           "Fattura quota corso|Parcella professionale|Fattura provvigioni|Fattura flotta",
           "Nota di credito fornitura|Nota di credito contatori|Nota di credito cassoni|"
           "Nota di credito corso|Nota di credito parcella|Nota di credito provvigioni|"
           "Nota di credito flotta"),
    "nl": ("Leveringsfactuur|Factuur tellerstanden|Containerfactuur|Cursusfactuur|"
           "Honorariumnota|Commissiefactuur|Wagenparkfactuur",
           "Leveringscreditnota|Creditnota tellerstanden|Containercreditnota|"
           "Cursuscreditnota|Honorariumcreditnota|Commissiecreditnota|Wagenparkcreditnota"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Document no.|Our invoice ref.|Invoice serial",
           "date": "Tax point|Invoiced on|Dated",
           "due": "Pay no later than|Terms expire|Please settle by",
           "customer": "Account customer|Charge to|Prepared for",
           "net": "Goods and services net|Subtotal ex VAT|Sum before VAT",
           "tax": "Output VAT {rate}%|VAT charged at {rate}%|VAT @ {rate}%",
           "grand": "Invoice total due|Balance to pay|Total payable now",
           "vat_id": "VAT reg.", "currency": "Priced in",
           "original": "Credit against invoice",
           "pay": "Payment is due by {due}; please quote the document number.",
           "desc": "Item", "qty": "Units", "price": "Each", "amount": "Value",
           "lines_sum": "Washes at list price", "discount": "Fleet rebate {pct}%",
           "bank": "Remit to", "kegs": "Keg account", "before": "On site before delivery",
           "out": "Full kegs delivered", "back": "Empties collected", "held": "On site now",
           "device": "Machine", "serial": "Serial number", "counter": "Counter",
           "prev": "Last reading", "curr": "This reading", "copies": "Copies made",
           "site": "Container placed at", "waste": "Waste stream", "ewc": "Waste code",
           "student": "Student", "course": "Course dates", "level": "Level on entry",
           "re": "Re", "client_ref": "Your reference", "exhibition": "Exhibition",
           "artist_label": "Artist", "account": "Fleet account",
           "month": "Washes during {month}", "plate": "Registration"},
    "de": {"number": "Belegnummer|Unser Rechnungszeichen|Rechnungsfolge",
           "date": "Leistungsdatum = Rechnungsdatum|Fakturiert am|Datiert",
           "due": "Spätestens zahlbar am|Zahlungsziel endet|Bitte begleichen bis",
           "customer": "Kunde auf Rechnung|Belastet an|Ausgestellt für",
           "net": "Warenwert netto|Zwischensumme o. MwSt.|Summe vor Steuer",
           "tax": "Ausgangs-USt. {rate} %|Berechnete MwSt. {rate} %|USt. @ {rate} %",
           "grand": "Fälliger Rechnungsbetrag|Zu zahlender Saldo|Jetzt zahlbar gesamt",
           "vat_id": "USt-IdNr.", "currency": "Preise in",
           "original": "Gutschrift zu Rechnung",
           "pay": "Zahlbar bis {due} unter Angabe der Belegnummer.",
           "desc": "Artikel", "qty": "Einheiten", "price": "Stückpreis", "amount": "Wert",
           "lines_sum": "Wäschen zum Listenpreis", "discount": "Flottenrabatt {pct} %",
           "bank": "Zahlung an", "kegs": "Fasskonto", "before": "Bestand vor Lieferung",
           "out": "Volle Fässer geliefert", "back": "Leergut abgeholt", "held": "Bestand jetzt",
           "device": "Gerät", "serial": "Seriennummer", "counter": "Zählwerk",
           "prev": "Letzter Stand", "curr": "Aktueller Stand", "copies": "Gedruckte Seiten",
           "site": "Stellplatz", "waste": "Abfallart", "ewc": "AVV-Schlüssel",
           "student": "Teilnehmer", "course": "Kurszeitraum", "level": "Einstufung",
           "re": "Betreff", "client_ref": "Ihr Zeichen", "exhibition": "Ausstellung",
           "artist_label": "Künstlerin / Künstler", "account": "Flottenkonto",
           "month": "Wäschen im {month}", "plate": "Kennzeichen"},
    "fr": {"number": "N° de pièce|Notre référence facture|Numéro d'ordre",
           "date": "Date d'exigibilité|Facturé le|En date du",
           "due": "Paiement au plus tard le|Terme du délai|Merci de régler avant le",
           "customer": "Client en compte|À débiter à|Établi pour",
           "net": "Marchandises HT|Sous-total HT|Somme avant TVA",
           "tax": "TVA collectée {rate} %|TVA facturée {rate} %|TVA à {rate} %",
           "grand": "Total facture dû|Solde à payer|Total à payer ce jour",
           "vat_id": "N° TVA intracom.", "currency": "Tarifs en",
           "original": "Avoir sur la facture",
           "pay": "Règlement au plus tard le {due}, en rappelant le numéro de pièce.",
           "desc": "Article", "qty": "Unités", "price": "Prix pièce", "amount": "Valeur",
           "lines_sum": "Lavages au tarif public", "discount": "Remise flotte {pct} %",
           "bank": "Règlement à", "kegs": "Compte fûts", "before": "Fûts chez vous avant",
           "out": "Fûts pleins livrés", "back": "Fûts vides repris", "held": "Fûts chez vous",
           "device": "Matériel", "serial": "N° de série", "counter": "Compteur",
           "prev": "Relevé précédent", "curr": "Relevé actuel", "copies": "Pages imprimées",
           "site": "Benne posée au", "waste": "Nature des déchets", "ewc": "Code déchet",
           "student": "Stagiaire", "course": "Dates du cours", "level": "Niveau d'entrée",
           "re": "Objet", "client_ref": "Votre référence", "exhibition": "Exposition",
           "artist_label": "Artiste", "account": "Compte flotte",
           "month": "Lavages en {month}", "plate": "Immatriculation"},
    "es": {"number": "N.º de documento|Nuestra ref. de factura|Serie y número",
           "date": "Fecha de devengo|Facturado el|Con fecha",
           "due": "Pagar como máximo el|Fin del plazo|Rogamos abone antes del",
           "customer": "Cliente con cuenta|Cargar a|Preparada para",
           "net": "Mercancía sin IVA|Subtotal sin IVA|Suma antes de IVA",
           "tax": "IVA repercutido {rate} %|IVA facturado {rate} %|IVA al {rate} %",
           "grand": "Total factura a pagar|Saldo a abonar|Total a pagar hoy",
           "vat_id": "NIF", "currency": "Precios en",
           "original": "Abono sobre la factura",
           "pay": "Pago antes del {due} indicando el número de documento.",
           "desc": "Artículo", "qty": "Unidades", "price": "Precio unidad", "amount": "Valor",
           "lines_sum": "Lavados a precio de tarifa", "discount": "Rappel de flota {pct} %",
           "bank": "Pago a", "kegs": "Cuenta de barriles", "before": "En su local antes",
           "out": "Barriles llenos entregados", "back": "Vacíos recogidos",
           "held": "En su local ahora", "device": "Equipo", "serial": "N.º de serie",
           "counter": "Contador", "prev": "Lectura anterior", "curr": "Lectura actual",
           "copies": "Copias realizadas", "site": "Contenedor ubicado en",
           "waste": "Tipo de residuo", "ewc": "Código LER", "student": "Alumno",
           "course": "Fechas del curso", "level": "Nivel de acceso", "re": "Asunto",
           "client_ref": "Su referencia", "exhibition": "Exposición",
           "artist_label": "Artista", "account": "Cuenta de flota",
           "month": "Lavados en {month}", "plate": "Matrícula"},
    "it": {"number": "N. documento|Nostro rif. fattura|Numero progressivo",
           "date": "Data operazione|Fatturato il|In data",
           "due": "Pagare entro e non oltre il|Termine di pagamento|Si prega di saldare entro il",
           "customer": "Cliente in conto|Addebitare a|Predisposta per",
           "net": "Merce imponibile|Subtotale senza IVA|Somma prima dell'IVA",
           "tax": "IVA a debito {rate}%|IVA fatturata {rate}%|IVA al {rate}%",
           "grand": "Totale fattura dovuto|Saldo da versare|Totale da pagare ora",
           "vat_id": "P. IVA", "currency": "Prezzi in",
           "original": "Storno della fattura",
           "pay": "Pagamento entro il {due} citando il numero del documento.",
           "desc": "Articolo", "qty": "Unità", "price": "Prezzo cad.", "amount": "Valore",
           "lines_sum": "Lavaggi a prezzo di listino", "discount": "Sconto flotta {pct}%",
           "bank": "Pagamento a", "kegs": "Conto fusti", "before": "Presso di voi prima",
           "out": "Fusti pieni consegnati", "back": "Vuoti ritirati",
           "held": "Presso di voi ora", "device": "Macchina", "serial": "Matricola",
           "counter": "Contatore", "prev": "Lettura precedente", "curr": "Lettura attuale",
           "copies": "Copie eseguite", "site": "Cassone posato in",
           "waste": "Tipologia di rifiuto", "ewc": "Codice CER", "student": "Studente",
           "course": "Date del corso", "level": "Livello d'ingresso", "re": "Oggetto",
           "client_ref": "Vostro riferimento", "exhibition": "Mostra",
           "artist_label": "Artista", "account": "Conto flotta",
           "month": "Lavaggi di {month}", "plate": "Targa"},
    "nl": {"number": "Documentnr.|Onze factuurref.|Volgnummer",
           "date": "Datum levering|Gefactureerd op|Gedateerd",
           "due": "Uiterlijk te betalen op|Termijn verloopt|Graag voldoen vóór",
           "customer": "Klant op rekening|Ten laste van|Opgesteld voor",
           "net": "Goederen excl. btw|Subtotaal zonder btw|Som vóór btw",
           "tax": "Btw verschuldigd {rate}%|Gefactureerde btw {rate}%|Btw à {rate}%",
           "grand": "Factuurtotaal te voldoen|Te betalen saldo|Nu te betalen totaal",
           "vat_id": "Btw-id", "currency": "Prijzen in",
           "original": "Creditering van factuur",
           "pay": "Betaling uiterlijk {due} onder vermelding van het documentnummer.",
           "desc": "Artikel", "qty": "Eenheden", "price": "Stukprijs", "amount": "Waarde",
           "lines_sum": "Wasbeurten tegen lijstprijs", "discount": "Wagenparkkorting {pct}%",
           "bank": "Betaling aan", "kegs": "Fustrekening", "before": "Bij u vóór levering",
           "out": "Volle fusten geleverd", "back": "Lege fusten opgehaald",
           "held": "Nu bij u", "device": "Apparaat", "serial": "Serienummer",
           "counter": "Teller", "prev": "Vorige stand", "curr": "Huidige stand",
           "copies": "Gemaakte afdrukken", "site": "Container geplaatst op",
           "waste": "Afvalstroom", "ewc": "Euralcode", "student": "Cursist",
           "course": "Cursusdata", "level": "Instroomniveau", "re": "Betreft",
           "client_ref": "Uw kenmerk", "exhibition": "Tentoonstelling",
           "artist_label": "Kunstenaar", "account": "Wagenparkrekening",
           "month": "Wasbeurten in {month}", "plate": "Kenteken"},
}  # fmt: skip

# The waste the skip-hire firm takes (per language, two streams) and its European waste code.
WASTE: Final = {
    "en": ("Mixed construction and demolition waste", "Soil and stones"),
    "de": ("Gemischte Bau- und Abbruchabfälle", "Boden und Steine"),
    "fr": ("Déchets de chantier en mélange", "Terres et cailloux"),
    "es": ("Residuos mezclados de construcción", "Tierra y piedras"),
    "it": ("Rifiuti misti da costruzione", "Terra e rocce"),
    "nl": ("Gemengd bouw- en sloopafval", "Grond en stenen"),
}  # fmt: skip
EWC: Final = ("17 09 04", "17 05 04")

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "kegledger": {"en": m.GBP}, "meterread": {"en": m.SEK, "de": m.CHF},
    "skiphire": {"en": m.USD}, "coursefee": {"en": m.DKK, "fr": m.CHF_FR},
    "feenote": {"en": m.EUR_EN}, "artistsale": {"en": m.PLN}, "fleetwash": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
