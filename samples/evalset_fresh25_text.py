"""The printed wording of the twenty-fifth fresh evaluation slice (`evalset_fresh25.py`):
document titles per layout, labels per language and the money each layout bills in. The common
facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one layout
prints have one. `tax` takes {rate}; `pay` takes {due}; `shorn` takes {count}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh25.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Hedging and Walling Invoice|Restoration Invoice|Thatching Invoice|Stained Glass "
           "Invoice|Shearing Account|Funeral Account|Hearing Care Invoice",
           "Hedging and Walling Credit Note|Restoration Credit Note|Thatching Credit Note|"
           "Stained Glass Credit Note|Shearing Credit Note|Funeral Account Credit|Hearing Care "
           "Credit Note"),
    "de": ("Rechnung Heckenpflege und Trockenmauer|Rechnung Möbelrestaurierung|Rechnung "
           "Reetdach|Rechnung Glasmalerei|Rechnung Schafschur|Bestattungsrechnung|Rechnung "
           "Hörakustik",
           "Gutschrift Heckenpflege und Trockenmauer|Gutschrift Möbelrestaurierung|Gutschrift "
           "Reetdach|Gutschrift Glasmalerei|Gutschrift Schafschur|Gutschrift Bestattung|"
           "Gutschrift Hörakustik"),
    "fr": ("Facture haies et murets|Facture restauration de meubles|Facture chaume|Facture "
           "vitrail|Facture tonte des brebis|Facture obsèques|Facture audioprothèse",
           "Avoir haies et murets|Avoir restauration de meubles|Avoir chaume|Avoir vitrail|"
           "Avoir tonte des brebis|Avoir obsèques|Avoir audioprothèse"),
    "es": ("Factura setos y muros de piedra|Factura restauración de muebles|Factura cubierta "
           "vegetal|Factura vidrieras|Factura esquileo|Factura servicio funerario|Factura "
           "audífonos",
           "Factura rectificativa setos y muros|Factura rectificativa restauración de muebles|"
           "Factura rectificativa cubierta vegetal|Factura rectificativa vidrieras|Factura "
           "rectificativa esquileo|Factura rectificativa servicio funerario|Factura "
           "rectificativa audífonos"),
    "it": ("Fattura siepi e muri a secco|Fattura restauro mobili|Fattura tetto in paglia|"
           "Fattura vetrate artistiche|Fattura tosatura|Fattura servizio funebre|Fattura "
           "apparecchi acustici",
           "Nota di credito siepi e muri|Nota di credito restauro mobili|Nota di credito tetto "
           "in paglia|Nota di credito vetrate|Nota di credito tosatura|Nota di credito "
           "servizio funebre|Nota di credito apparecchi acustici"),
    "nl": ("Factuur heggen en stapelmuren|Factuur meubelrestauratie|Factuur rietdekken|"
           "Factuur glas-in-lood|Factuur schapen scheren|Factuur uitvaartverzorging|Factuur "
           "hoortoestellen",
           "Creditnota heggen en stapelmuren|Creditnota meubelrestauratie|Creditnota "
           "rietdekken|Creditnota glas-in-lood|Creditnota schapen scheren|Creditnota "
           "uitvaartverzorging|Creditnota hoortoestellen"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Our invoice reference|Invoice serial no.|Account number ref.",
           "date": "Date of this invoice|Invoiced on|Account rendered",
           "due": "Settlement due on|Payment expected by|To be paid no later than",
           "customer": "Client account|Account in the name of|Bill payer",
           "net": "Total before VAT|Goods and labour net|Net value",
           "tax": "VAT added at {rate}%|Plus VAT ({rate}%)|VAT on the above at {rate}%",
           "grand": "Balance now to pay|Invoice total incl. VAT|Total sum payable",
           "vat_id": "VAT registration", "original": "This credit relates to invoice",
           "pay": "Payment by {due} please, with our reference on the transfer.",
           "desc": "Particulars", "qty": "Qty", "price": "Rate", "unit": "Unit",
           "amount": "Sum", "lines_sum": "Shearing total",
           "discount": "Whole-flock discount {pct}%",
           "bank": "Bank details", "from": "From",
           "field": "Hedge / wall", "piece": "Piece", "property": "Roof at",
           "shorn": "Sheep shorn this account: {count}", "late": "Funeral of the late",
           "sympathy": "With our deepest sympathy.", "patient": "Patient no.",
           "warranty": "Hearing aid warranty until"},
    "de": {"number": "Rechnungs-Nr. (bei Zahlung nennen)|Nr. der Rechnung|Rechnungskennung",
           "date": "Datum der Ausstellung|Rechnung erstellt am|Rechnungstag",
           "due": "Zahlungseingang erbeten bis|Bitte begleichen bis|Zahlungsfrist endet am",
           "customer": "Auftraggeber/in|Rechnungsempfänger|Kostenträger",
           "net": "Summe ohne Umsatzsteuer|Leistungen und Material netto|Warenwert netto",
           "tax": "Umsatzsteuer hinzu {rate} %|Plus MwSt. ({rate} %)|Darauf MwSt. {rate} %",
           "grand": "Noch offener Rechnungsbetrag|Rechnungssumme inkl. MwSt.|Gesamt zu überweisen",
           "vat_id": "USt-IdNr. des Betriebs", "original": "Diese Gutschrift betrifft Rechnung",
           "pay": "Zahlung bitte bis {due} mit unserer Belegnummer im Verwendungszweck.",
           "desc": "Bezeichnung", "qty": "Menge", "price": "Satz", "unit": "ME",
           "amount": "Summe", "lines_sum": "Positionen gesamt",
           "discount": "Nachlass ganze Herde {pct} %",
           "bank": "Kontoverbindung", "from": "Von",
           "field": "Hecke / Mauer", "piece": "Möbelstück", "property": "Dach am Objekt",
           "shorn": "Geschorene Tiere in dieser Rechnung: {count}",
           "late": "Bestattung von", "sympathy": "Mit aufrichtiger Anteilnahme.",
           "patient": "Kunden-Nr. Hörakustik", "warranty": "Garantie Hörgerät bis"},
    "fr": {"number": "Notre réf. de facture|N° de série facture|Facture référencée",
           "date": "Date de la présente facture|Facture datée du|Note établie le",
           "due": "Règlement attendu le|À payer au plus tard le|Échéance du règlement",
           "customer": "Donneur d'ordre|Compte au nom de|Payeur",
           "net": "Total avant TVA|Fournitures et main-d'œuvre HT|Valeur nette",
           "tax": "TVA ajoutée {rate} %|Plus TVA ({rate} %)|TVA sur ce montant {rate} %",
           "grand": "Solde à régler ce jour|Total facture TTC|Somme totale à payer",
           "vat_id": "N° TVA de l'entreprise", "original": "Cet avoir se rapporte à la facture",
           "pay": "Règlement avant le {due} s'il vous plaît, avec notre référence.",
           "desc": "Libellé", "qty": "Qté", "price": "Tarif", "unit": "Unité",
           "amount": "Montant", "lines_sum": "Total des lignes",
           "discount": "Remise troupeau complet {pct} %",
           "bank": "Coordonnées bancaires", "from": "De",
           "field": "Haie / muret", "piece": "Meuble", "property": "Toiture de",
           "shorn": "Bêtes tondues sur ce compte : {count}", "late": "Obsèques de feu",
           "sympathy": "Avec nos sincères condoléances.", "patient": "N° de patient",
           "warranty": "Garantie de l'appareil jusqu'au"},
    "es": {"number": "Nuestra referencia de factura|Serie y número|Factura referencia",
           "date": "Fecha de esta factura|Facturado el|Cuenta emitida el",
           "due": "Liquidación antes del|Pago esperado el|Abonar como muy tarde el",
           "customer": "Cliente titular|Cuenta a nombre de|Pagador",
           "net": "Total antes de IVA|Material y mano de obra netos|Valor neto",
           "tax": "IVA añadido {rate} %|Más IVA ({rate} %)|IVA sobre lo anterior {rate} %",
           "grand": "Saldo a pagar|Total factura con IVA|Suma total a abonar",
           "vat_id": "NIF de la empresa", "original": "Rectificación de la factura",
           "pay": "Rogamos el pago antes del {due} indicando nuestra referencia.",
           "desc": "Concepto detallado", "qty": "Cant.", "price": "Tarifa", "unit": "Unidad",
           "amount": "Importe línea", "lines_sum": "Total de líneas",
           "discount": "Descuento rebaño completo {pct} %", "bank": "Datos bancarios", "from": "De",
           "field": "Seto / muro", "piece": "Mueble", "property": "Cubierta en",
           "shorn": "Cabezas esquiladas en esta cuenta: {count}",
           "late": "Sepelio de D./Dña.", "sympathy": "Con nuestro más sentido pésame.",
           "patient": "Nº de paciente", "warranty": "Garantía del audífono hasta"},
    "it": {"number": "Nostro riferimento fattura|Fattura numero di serie|Rif. documento",
           "date": "Data della presente|Fatturato il|Conto emesso il",
           "due": "Saldo entro il|Pagamento atteso entro il|Da versare non oltre il",
           "customer": "Committente|Conto intestato a|Pagatore",
           "net": "Totale prima dell'IVA|Materiali e manodopera netti|Valore netto",
           "tax": "IVA aggiunta {rate}%|Più IVA ({rate}%)|IVA sul suddetto importo {rate}%",
           "grand": "Saldo da pagare|Totale fattura IVA compresa|Somma totale dovuta",
           "vat_id": "Partita IVA ditta", "original": "Storno relativo alla fattura",
           "pay": "Si prega di saldare entro il {due} citando il nostro riferimento.",
           "desc": "Dettaglio", "qty": "Q.tà", "price": "Tariffa", "unit": "U.M.",
           "amount": "Importo riga", "lines_sum": "Totale righe",
           "discount": "Sconto gregge intero {pct}%",
           "bank": "Coordinate bancarie", "from": "Da",
           "field": "Siepe / muro", "piece": "Mobile", "property": "Tetto presso",
           "shorn": "Capi tosati in questo conto: {count}", "late": "Esequie di",
           "sympathy": "Con le nostre più sentite condoglianze.", "patient": "N. paziente",
           "warranty": "Garanzia apparecchio fino al"},
    "nl": {"number": "Ons factuurkenmerk (graag vermelden)|Factuur volgnummer|Kenmerk nota",
           "date": "Datum van deze factuur|Gefactureerd op|Nota gedateerd",
           "due": "Voldoen uiterlijk|Betaling verwacht op|Te betalen niet later dan",
           "customer": "Opdrachtgever/klant|Rekening op naam van|Betaler",
           "net": "Totaal voor btw|Materiaal en arbeid netto|Nettowaarde",
           "tax": "Btw erbij {rate}%|Plus btw ({rate}%)|Btw over bovenstaande {rate}%",
           "grand": "Openstaand saldo deze nota|Factuurtotaal incl. btw|Totaal verschuldigd",
           "vat_id": "Btw-nummer bedrijf", "original": "Deze creditering betreft factuur",
           "pay": "Graag betalen voor {due} met ons kenmerk bij de overboeking.",
           "desc": "Specificatie", "qty": "Aantal", "price": "Tarief", "unit": "Eenheid",
           "amount": "Bedrag", "lines_sum": "Totaal regels",
           "discount": "Korting hele kudde {pct}%",
           "bank": "Bankgegevens", "from": "Van",
           "field": "Heg / muur", "piece": "Meubelstuk", "property": "Dak van",
           "shorn": "Geschoren dieren op deze nota: {count}", "late": "Uitvaart van wijlen",
           "sympathy": "Met oprecht medeleven.", "patient": "Cliëntnummer",
           "warranty": "Garantie hoortoestel tot"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "hedgelayer": {"en": m.GBP}, "restorer": {"en": m.PLN, "de": m.CHF},
    "thatcher": {"en": m.GBP, "de": m.DKK}, "stainedglass": {"en": m.USD},
    "shearing": {"en": m.GBP, "fr": m.CHF_FR}, "funeral": {"en": m.EUR_EN},
    "audiologist": {"en": m.SEK, "it": m.CHF},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
