"""The printed wording of the twenty-sixth fresh evaluation slice (`evalset_fresh26.py`):
document titles per layout, labels per language and the money each layout bills in. The common
facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one layout
prints have one. `tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh26.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Engraving Invoice|Boat Hire Invoice|Sawmilling Invoice|Saddlery Invoice|Pressing "
           "Invoice|Pruning Invoice|Instrument Repair Invoice",
           "Engraving Credit Note|Boat Hire Credit Note|Sawmilling Credit Note|Saddlery Credit "
           "Note|Pressing Credit Note|Pruning Credit Note|Instrument Repair Credit Note"),
    "de": ("Rechnung Gravur und Kalligrafie|Rechnung Bootsmiete|Rechnung Lohnschnitt|Rechnung "
           "Sattlerei|Rechnung Lohnmosterei|Rechnung Rebschnitt|Rechnung Instrumentenreparatur",
           "Gutschrift Gravur und Kalligrafie|Gutschrift Bootsmiete|Gutschrift Lohnschnitt|"
           "Gutschrift Sattlerei|Gutschrift Lohnmosterei|Gutschrift Rebschnitt|Gutschrift "
           "Instrumentenreparatur"),
    "fr": ("Facture gravure et calligraphie|Facture location de bateau|Facture sciage|Facture "
           "sellerie|Facture pressage|Facture taille de vigne|Facture réparation d'instrument",
           "Avoir gravure et calligraphie|Avoir location de bateau|Avoir sciage|Avoir sellerie|"
           "Avoir pressage|Avoir taille de vigne|Avoir réparation d'instrument"),
    "es": ("Factura grabado y caligrafía|Factura alquiler de barco|Factura aserrado|Factura "
           "guarnicionería|Factura prensado|Factura poda de viñedo|Factura reparación de "
           "instrumento",
           "Factura rectificativa grabado|Factura rectificativa alquiler de barco|Factura "
           "rectificativa aserrado|Factura rectificativa guarnicionería|Factura rectificativa "
           "prensado|Factura rectificativa poda|Factura rectificativa reparación"),
    "it": ("Fattura incisione e calligrafia|Fattura noleggio barca|Fattura segagione|Fattura "
           "selleria|Fattura spremitura|Fattura potatura vigneto|Fattura riparazione strumento",
           "Nota di credito incisione|Nota di credito noleggio barca|Nota di credito segagione|"
           "Nota di credito selleria|Nota di credito spremitura|Nota di credito potatura|Nota "
           "di credito riparazione strumento"),
    "nl": ("Factuur graveren en kalligrafie|Factuur bootverhuur|Factuur loonzagen|Factuur "
           "zadelmakerij|Factuur loonpersen|Factuur wijngaardsnoei|Factuur instrumentreparatie",
           "Creditnota graveren en kalligrafie|Creditnota bootverhuur|Creditnota loonzagen|"
           "Creditnota zadelmakerij|Creditnota loonpersen|Creditnota wijngaardsnoei|Creditnota "
           "instrumentreparatie"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice ref.|Booking invoice no.|Docket number",
           "date": "Dated|Date raised|Date of supply (tax point)",
           "due": "Please pay by|Terms: payable by|Funds due",
           "customer": "Commissioned by|Booked by|Charge to",
           "net": "Goods & services (ex VAT)|Charges before tax|Work total, net",
           "tax": "VAT charged @ {rate}%|Sales tax {rate}%|Output VAT {rate}%",
           "grand": "Amount owing|Please remit|Total owed",
           "vat_id": "VAT reg. no.", "original": "Credit against our invoice",
           "pay": "Kindly settle by {due}, quoting the reference above.",
           "desc": "Work / item", "qty": "No.", "price": "Price each", "amount": "Line value",
           "lines_sum": "Vines total", "discount": "Early booking discount {pct}%",
           "bank": "Pay to", "period": "Dates", "section": "Section mm"},
    "de": {"number": "Beleg-Nr. Rechnung|Buchungsnummer|Rechnung Nummer",
           "date": "Ausgestellt|Belegdatum|Datum Leistung/Rechnung",
           "due": "Zahlbar ohne Abzug bis|Fälligkeit netto|Spätestens zu zahlen am",
           "customer": "Besteller/in|Gebucht von|Zu Lasten von",
           "net": "Summe Arbeit und Material netto|Entgelt netto|Netto gesamt",
           "tax": "zzgl. USt {rate} %|MWST {rate} %|Umsatzsteuer {rate} % darauf",
           "grand": "Zu zahlender Betrag|Bitte überweisen|Endsumme inkl. Steuer",
           "vat_id": "USt-Nr.", "original": "Gutschrift zu unserer Rechnung",
           "pay": "Bitte begleichen Sie den Betrag bis {due} unter Angabe der Belegnummer.",
           "desc": "Arbeit / Artikel", "qty": "Stück", "price": "Preis je", "amount": "Wert",
           "lines_sum": "Summe Rebstöcke", "discount": "Frühbucherrabatt {pct} %",
           "bank": "Zahlung an", "period": "Zeitraum", "section": "Querschnitt mm"},
    "fr": {"number": "Pièce n°|N° de réservation facturée|Bordereau n°",
           "date": "Établie le|Date d'émission|Date de prestation et facture",
           "due": "À régler sans escompte avant le|Terme de paiement|Date limite de paiement",
           "customer": "Commanditaire|Réservé par|À la charge de",
           "net": "Travaux et fournitures HT|Prestations hors taxes|Montant net global",
           "tax": "TVA appliquée {rate} %|Taxe sur la valeur ajoutée {rate} %|"
                  "TVA collectée {rate} %",
           "grand": "Reste à payer|Merci de régler|Total dû TTC",
           "vat_id": "TVA intracom.", "original": "Avoir sur notre facture",
           "pay": "Merci de régler avant le {due} en rappelant le numéro de pièce.",
           "desc": "Travail / article", "qty": "Nbre pièces", "price": "P.U.", "amount": "Valeur",
           "lines_sum": "Total des ceps", "discount": "Remise réservation anticipée {pct} %",
           "bank": "Paiement à", "period": "Période", "section": "Section mm"},
    "es": {"number": "Nº de documento|Nº de reserva facturada|Albarán y factura nº",
           "date": "Expedida el|Fecha del documento|Fecha de devengo",
           "due": "Abonar sin descuento antes del|Plazo de pago|Fecha límite de cobro",
           "customer": "Encargado por|Reservado por|A cargo de",
           "net": "Trabajos y material sin IVA|Servicios sin impuestos|Neto global",
           "tax": "IVA aplicado {rate} %|Impuesto {rate} %|IVA repercutido al {rate} %",
           "grand": "Pendiente de pago|Rogamos abonen|Total adeudado",
           "vat_id": "CIF", "original": "Abono sobre nuestra factura",
           "pay": "Les rogamos el abono antes del {due} citando el número de documento.",
           "desc": "Trabajo / artículo", "qty": "Nº", "price": "P. unit.", "amount": "Valor",
           "lines_sum": "Total de cepas", "discount": "Descuento por reserva anticipada {pct} %",
           "bank": "Pago a", "period": "Fechas", "section": "Sección mm"},
    "it": {"number": "Documento n.|N. prenotazione fatturata|Bolla e fattura n.",
           "date": "Emessa il|Data documento|Data di effettuazione",
           "due": "Pagamento senza sconto entro|Termine di pagamento|Data ultima di pagamento",
           "customer": "Commissionato da|Prenotato da|A carico di",
           "net": "Lavori e materiali senza IVA|Prestazioni imponibili|Netto complessivo",
           "tax": "IVA applicata {rate}%|Imposta {rate}%|IVA a debito {rate}%",
           "grand": "Resta da pagare|Vogliate versare|Totale dovuto",
           "vat_id": "P. IVA", "original": "Accredito su nostra fattura",
           "pay": "Vi preghiamo di saldare entro il {due} citando il numero del documento.",
           "desc": "Lavoro / articolo", "qty": "N.", "price": "Cad.", "amount": "Valore",
           "lines_sum": "Totale ceppi", "discount": "Sconto prenotazione anticipata {pct}%",
           "bank": "Pagamento a", "period": "Periodo", "section": "Sezione mm"},
    "nl": {"number": "Documentnr.|Boekingsnummer factuur|Bon- en factuurnummer",
           "date": "Opgemaakt op|Documentdatum|Datum levering en factuur",
           "due": "Te voldoen zonder korting voor|Betalingstermijn tot|Uiterste betaaldag",
           "customer": "In opdracht van|Geboekt door|Ten laste van",
           "net": "Werk en materiaal excl. btw|Diensten exclusief btw|Netto in totaal",
           "tax": "Btw berekend {rate}%|Omzetbelasting {rate}%|Verschuldigde btw {rate}%",
           "grand": "Nog te betalen|Gelieve over te maken|Totaal te voldoen",
           "vat_id": "Btw-id", "original": "Creditering op onze factuur",
           "pay": "Wij verzoeken u te betalen voor {due} onder vermelding van het documentnr.",
           "desc": "Werk / artikel", "qty": "Aantal st.", "price": "Prijs p/st", "amount": "Waarde",
           "lines_sum": "Totaal stokken", "discount": "Vroegboekkorting {pct}%",
           "bank": "Betaling aan", "period": "Periode", "section": "Doorsnede mm"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "engraver": {"en": m.GBP, "de": m.CHF}, "canalboat": {"en": m.GBP},
    "sawmill": {"en": m.SEK, "de": m.DKK}, "saddler": {"en": m.GBP, "de": m.CHF},
    "juicepress": {"en": m.EUR_EN, "fr": m.CHF_FR}, "pruning": {"en": m.USD},
    "brassrepair": {"en": m.PLN},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
