"""The printed wording of the thirteenth fresh evaluation slice (`evalset_fresh13.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh13.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Invoice|Boarding Invoice|Invoice|Invoice|Eyecare Invoice|Trade Account Invoice|Invoice",
           "Credit Note|Boarding Credit Note|Credit Note|Credit Note|Eyecare Credit Note|"
           "Trade Account Credit Note|Credit Note"),
    "de": ("Rechnung|Rechnung Tierpension|Rechnung|Rechnung|Rechnung Augenoptik|"
           "Kundenkonto-Rechnung|Rechnung",
           "Gutschrift|Gutschrift Tierpension|Gutschrift|Gutschrift|Gutschrift Augenoptik|"
           "Kundenkonto-Gutschrift|Gutschrift"),
    "fr": ("Facture|Facture de pension|Facture|Facture|Facture optique|"
           "Facture compte professionnel|Facture",
           "Avoir|Avoir de pension|Avoir|Avoir|Avoir optique|Avoir compte professionnel|Avoir"),
    "es": ("Factura|Factura de residencia canina|Factura|Factura|Factura de óptica|Factura cuenta "
           "profesional|Factura",
           "Abono|Abono de residencia canina|Abono|Abono|Abono de óptica|Abono cuenta "
           "profesional|Abono"),
    "it": ("Fattura|Fattura pensione animali|Fattura|Fattura|Fattura ottica|Fattura conto cliente|"
           "Fattura",
           "Nota di credito|Nota di credito pensione|Nota di credito|Nota di credito|"
           "Nota di credito ottica|Nota di credito conto cliente|Nota di credito"),
    "nl": ("Factuur|Factuur dierenpension|Factuur|Factuur|Factuur opticien|"
           "Factuur zakelijke rekening|Factuur",
           "Creditnota|Creditnota dierenpension|Creditnota|Creditnota|Creditnota opticien|"
           "Creditnota zakelijke rekening|Creditnota"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Document no.|Invoice reference|Our ref. no.",
           "date": "Date of invoice|Billed on|Written on",
           "due": "Payment expected by|Please pay before|Last day to pay",
           "customer": "Account holder|Customer details|Bill addressed to",
           "net": "Subtotal ex. VAT|Sum of charges|Net charges",
           "tax": "Plus VAT {rate}%|VAT added at {rate}%|Value added tax {rate}%",
           "grand": "Amount payable|To be paid|Total to remit",
           "vat_id": "VAT number", "currency": "Amounts in",
           "original": "Corrects invoice", "pay": "Payment is due by {due}, thank you.",
           "desc": "What we did", "qty": "How many", "price": "Rate each", "amount": "Line total",
           "lines_sum": "Charges before discount", "discount": "Returning guest {pct}%",
           "bank": "Our bank details", "stay": "Your pet's stay", "pet": "Guest",
           "arrival": "Dropped off", "departure": "Picked up", "owner": "Owner billed",
           "day": "Day", "ticket": "Slip no.", "deliver": "Delivered to",
           "billto": "Please send payment on behalf of",
           "quote": "Please quote the number under the barcode when you pay.",
           "account": "Trade account no.",
           "instrument": "Piano serviced", "service": "Serviced at"},
    "de": {"number": "Belegnummer|Rechnungsreferenz|Faktura-Nr.",
           "date": "Datum der Rechnung|Berechnet am|Geschrieben am",
           "due": "Zahlung erwartet bis|Bitte zahlen vor dem|Letzter Zahltag",
           "customer": "Kontoinhaber|Angaben zum Kunden|Rechnung geht an",
           "net": "Zwischensumme o. USt.|Summe der Posten|Nettobetrag Posten",
           "tax": "zzgl. USt. {rate} %|USt. aufgeschlagen {rate} %|Mehrwertsteuer {rate} %",
           "grand": "Zu zahlender Betrag|Zu bezahlen|Zahlbare Summe",
           "vat_id": "USt-Nummer", "currency": "Beträge in",
           "original": "Berichtigt Rechnung", "pay": "Zahlbar bis {due}, vielen Dank.",
           "desc": "Leistung erbracht", "qty": "Wie viele", "price": "Satz je", "amount":
           "Postensumme", "lines_sum": "Posten vor Rabatt", "discount": "Stammgast {pct} %",
           "bank": "Unsere Bankverbindung", "stay": "Aufenthalt Ihres Tieres", "pet": "Gast",
           "arrival": "Angereist", "departure": "Abgeholt", "owner": "Halter/in",
           "day": "Tag", "ticket": "Beleg", "deliver": "Geliefert an",
           "billto": "Rechnungsempfänger für die Zahlung",
           "quote": "Bitte die Nummer unter dem Strichcode bei Zahlung angeben.",
           "account": "Kundenkonto-Nr.",
           "instrument": "Instrument", "service": "Gestimmt bei"},
    "fr": {"number": "N° de pièce|Référence facture|Notre réf. n°",
           "date": "Date de la facture|Facturé le|Rédigée le",
           "due": "Paiement attendu le|Merci de payer avant le|Dernier jour de paiement",
           "customer": "Titulaire du compte|Coordonnées client|Facture adressée à",
           "net": "Sous-total hors TVA|Somme des prestations|Prestations nettes",
           "tax": "TVA en sus {rate} %|TVA ajoutée {rate} %|Taxe sur la valeur ajoutée {rate} %",
           "grand": "Montant à payer|À payer|Somme exigible",
           "vat_id": "Numéro de TVA", "currency": "Montants en",
           "original": "Rectifie la facture", "pay": "Paiement dû le {due}, merci.",
           "desc": "Prestation réalisée", "qty": "Combien", "price": "Tarif unitaire",
           "amount": "Total ligne", "lines_sum": "Prestations avant remise",
           "discount": "Client fidèle {pct} %", "bank": "Nos coordonnées bancaires",
           "stay": "Séjour de votre animal", "pet": "Pensionnaire", "arrival": "Arrivé le",
           "departure": "Reparti le", "owner": "Propriétaire facturé", "day": "Jour",
           "ticket": "Bon n°", "deliver": "Livré à",
           "billto": "Paiement à effectuer par",
           "quote": "Merci de rappeler le numéro sous le code-barres lors du paiement.",
           "account": "Compte pro n°",
           "instrument": "Instrument", "service": "Accordé chez"},
    "es": {"number": "N.º de documento|Referencia de factura|Nuestra ref. n.º",
           "date": "Fecha de la factura|Facturado el|Redactada el",
           "due": "Pago esperado el|Pague antes del|Último día de pago",
           "customer": "Titular de la cuenta|Datos del cliente|Factura dirigida a",
           "net": "Subtotal sin IVA|Suma de cargos|Cargos netos",
           "tax": "Más IVA {rate} %|IVA añadido {rate} %|Impuesto al valor añadido {rate} %",
           "grand": "Importe a abonar|A pagar|Suma exigible",
           "vat_id": "Número de IVA", "currency": "Importes en",
           "original": "Corrige la factura", "pay": "Pago a más tardar el {due}, gracias.",
           "desc": "Servicio realizado", "qty": "Cuántos", "price": "Tarifa unidad",
           "amount": "Total línea", "lines_sum": "Cargos antes de descuento",
           "discount": "Cliente habitual {pct} %", "bank": "Nuestros datos bancarios",
           "stay": "Estancia de su mascota", "pet": "Huésped", "arrival": "Entrada",
           "departure": "Salida", "owner": "Propietario facturado", "day": "Día",
           "ticket": "Vale", "deliver": "Entregado a",
           "billto": "Pago a cargo de",
           "quote": "Indique el número bajo el código de barras al pagar.",
           "account": "Cuenta profesional n.º",
           "instrument": "Instrumento", "service": "Afinado en"},
    "it": {"number": "N. documento|Riferimento fattura|Ns. rif. n.",
           "date": "Data della fattura|Fatturato il|Redatta il",
           "due": "Pagamento atteso entro|Pagare prima del|Ultimo giorno utile",
           "customer": "Intestatario del conto|Dati del cliente|Fattura indirizzata a",
           "net": "Subtotale senza IVA|Somma degli addebiti|Addebiti netti",
           "tax": "Più IVA {rate}%|IVA aggiunta {rate}%|Imposta sul valore aggiunto {rate}%",
           "grand": "Somma da corrispondere|Da pagare|Somma esigibile",
           "vat_id": "Numero IVA", "currency": "Importi in",
           "original": "A storno della fattura", "pay": "Pagamento entro il {due}, grazie.",
           "desc": "Servizio svolto", "qty": "Quanti", "price": "Tariffa unitaria",
           "amount": "Totale riga", "lines_sum": "Addebiti prima dello sconto",
           "discount": "Cliente abituale {pct}%", "bank": "Le nostre coordinate bancarie",
           "stay": "Soggiorno del vostro animale", "pet": "Ospite", "arrival": "Arrivato il",
           "departure": "Ritirato il", "owner": "Proprietario addebitato", "day": "Giorno",
           "ticket": "Buono", "deliver": "Consegnato a",
           "billto": "Pagamento a carico di",
           "quote": "Indicare il numero sotto il codice a barre nel pagamento.",
           "account": "Conto cliente n.",
           "instrument": "Strumento", "service": "Accordato presso"},
    "nl": {"number": "Documentnr.|Factuurreferentie|Ons kenmerk nr.",
           "date": "Datum van factuur|Gefactureerd op|Opgesteld op",
           "due": "Betaling verwacht op|Betaal vóór|Laatste betaaldag",
           "customer": "Rekeninghouder|Klantgegevens|Factuur gericht aan",
           "net": "Subtotaal excl. btw|Som van posten|Netto posten",
           "tax": "Plus btw {rate}%|Btw toegevoegd {rate}%|Belasting toegevoegde waarde {rate}%",
           "grand": "Te voldoen bedrag|Te betalen|Verschuldigde som",
           "vat_id": "Btw-nummer", "currency": "Bedragen in",
           "original": "Corrigeert factuur", "pay": "Betaling uiterlijk {due}, dank u.",
           "desc": "Uitgevoerd werk", "qty": "Hoeveel", "price": "Tarief per stuk",
           "amount": "Regeltotaal", "lines_sum": "Posten vóór korting",
           "discount": "Vaste gast {pct}%", "bank": "Onze bankgegevens",
           "stay": "Verblijf van uw huisdier", "pet": "Logé", "arrival": "Ingecheckt",
           "departure": "Opgehaald", "owner": "Eigenaar gefactureerd", "day": "Dag",
           "ticket": "Bonnr.", "deliver": "Bezorgd bij",
           "billto": "Betaling namens",
           "quote": "Vermeld bij betaling het nummer onder de streepjescode.",
           "account": "Zakelijk rekeningnr.",
           "instrument": "Instrument", "service": "Gestemd bij"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "pianotuner": {"en": m.GBP, "de": m.CHF}, "kennel": {"en": m.EUR_EN},
    "qtyfirst": {"en": m.DKK}, "totalstrip": {"en": m.USD, "fr": m.CHF_FR},
    "barcode": {"en": m.SEK}, "counterslips": {"en": m.PLN}, "deliverto": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
