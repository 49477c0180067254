"""The printed wording of the tenth fresh evaluation slice (`evalset_fresh10.py`): document titles
per layout, labels per language and the money each layout bills in. The common facts have three
phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `intro` and `notice` are
sentences."""

from __future__ import annotations

from typing import Final

from evalset_fresh3_items import (
    CHF,
    CHF_FR,
    DKK,
    EUR_DE,
    EUR_EN,
    EUR_FR,
    EUR_NL,
    GBP,
    PLN,
    SEK,
    USD,
)

# Per language, the title of each layout in the order of `evalset_fresh10.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Your Mobile Bill|Invoice|Fee Note|Cleaning Services Invoice|INVOICE|"
           "Membership Invoice|Corrected Invoice",
           "Mobile Bill Credit|Credit Note|Fee Note Credit|Cleaning Services Credit Note|"
           "CREDIT NOTE|Membership Credit Note|Corrected Credit Note"),
    "de": ("Ihre Mobilfunkrechnung|Rechnung|Honorarrechnung|Rechnung Gebäudereinigung|RECHNUNG|"
           "Beitragsrechnung|Korrigierte Rechnung",
           "Gutschrift Mobilfunk|Gutschrift|Honorargutschrift|Gutschrift Gebäudereinigung|"
           "GUTSCHRIFT|Beitragsgutschrift|Korrigierte Gutschrift"),
    "fr": ("Votre facture mobile|Facture|Note d'honoraires|Facture de nettoyage|FACTURE|"
           "Facture de cotisation|Facture rectifiée",
           "Avoir mobile|Avoir|Avoir sur honoraires|Avoir de nettoyage|AVOIR|"
           "Avoir de cotisation|Avoir rectifié"),
    "es": ("Su factura de móvil|Factura|Minuta de honorarios|Factura de limpieza|FACTURA|"
           "Recibo de cuota de socio|Factura corregida",
           "Abono de móvil|Abono|Abono de honorarios|Abono de limpieza|ABONO|"
           "Abono de cuota de socio|Abono corregido"),
    "it": ("La tua fattura mobile|Fattura|Parcella|Fattura servizi di pulizia|FATTURA|"
           "Fattura quota associativa|Fattura corretta",
           "Nota di credito mobile|Nota di credito|Nota di credito parcella|"
           "Nota di credito pulizie|NOTA DI CREDITO|Nota di credito quota|"
           "Nota di credito corretta"),
    "nl": ("Uw mobiele factuur|Factuur|Declaratie|Factuur schoonmaakdiensten|FACTUUR|"
           "Contributiefactuur|Gecorrigeerde factuur",
           "Creditnota mobiel|Creditnota|Creditdeclaratie|Creditnota schoonmaak|CREDITNOTA|"
           "Creditnota contributie|Gecorrigeerde creditnota"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Bill reference|Document no.|Our document number",
           "date": "Date of bill|Billing date|Document dated",
           "due": "Payment expected by|To be paid by|Payment deadline",
           "customer": "Bill to|Account holder|Addressee",
           "net": "Subtotal excluding VAT|Net sum|Sum before tax",
           "tax": "Plus VAT {rate}%|Tax at {rate}%|VAT component {rate}%",
           "grand": "Total to pay|Sum including VAT|Final amount",
           "vat_id": "VAT registration", "currency": "Amounts in",
           "original": "Credit against our invoice",
           "pay": "Please make sure the amount reaches us by {due}.",
           "desc": "Service", "qty": "Quantity", "price": "Rate", "amount": "Line total",
           "lines_sum": "Sum of items", "discount": "Loyalty reduction {pct}%",
           "bank": "Payments to", "account": "Account no.", "period": "Bill period",
           "glance": "Your bill at a glance", "usage": "Usage and charges",
           "pos": "Pos.", "regards": "Thank you for your order.",
           "your_ref": "Your reference", "your_order": "Your order dated",
           "our_ref": "Our reference", "intro": "For our services we charge as follows:",
           "site": "Site", "site_sum": "Site subtotal", "cust_no": "Customer code",
           "member": "Membership no.", "season": "Season",
           "replaces": "Supersedes invoice", "issued": "dated",
           "notice": "This document replaces the invoice named above, which is void."},
    "de": {"number": "Belegnr.|Dokument-Nr.|Unsere Belegnummer",
           "date": "Belegdatum|Ausstellungsdatum|Datum des Belegs",
           "due": "Zahlungseingang bis|Zu begleichen bis|Zahlungsfrist",
           "customer": "Rechnung an|Kontoinhaber|Empfänger",
           "net": "Zwischensumme ohne USt.|Nettosumme|Summe vor Steuer",
           "tax": "zuzüglich USt. {rate} %|Steuer {rate} %|USt.-Anteil {rate} %",
           "grand": "Zu zahlen|Summe einschl. USt.|Endbetrag",
           "vat_id": "USt-ID", "currency": "Beträge in",
           "original": "Gutschrift zu unserer Rechnung",
           "pay": "Bitte sorgen Sie für den Zahlungseingang bis {due}.",
           "desc": "Position", "qty": "Stückzahl", "price": "Satz", "amount": "Zeilensumme",
           "lines_sum": "Summe der Posten", "discount": "Treuenachlass {pct} %",
           "bank": "Zahlungen an", "account": "Kundenkonto", "period": "Abrechnungsmonat",
           "glance": "Ihre Rechnung auf einen Blick", "usage": "Nutzung und Entgelte",
           "pos": "Pos.", "regards": "Vielen Dank für Ihren Auftrag.",
           "your_ref": "Ihr Zeichen", "your_order": "Ihre Bestellung vom",
           "our_ref": "Unser Zeichen", "intro": "Für unsere Leistungen berechnen wir Ihnen:",
           "site": "Objekt", "site_sum": "Summe Objekt", "cust_no": "Kundencode",
           "member": "Mitgliedsnr.", "season": "Saison",
           "replaces": "Ersetzt Rechnung", "issued": "vom",
           "notice": "Dieser Beleg ersetzt die oben genannte Rechnung, die ungültig ist."},
    "fr": {"number": "Référence pièce|N° de document|Notre numéro de pièce",
           "date": "Date de la pièce|Date d'établissement|Document daté du",
           "due": "Paiement attendu le|À acquitter avant le|Délai de paiement",
           "customer": "Facturé à|Titulaire du compte|Destinataire",
           "net": "Sous-total hors TVA|Somme nette|Somme avant taxe",
           "tax": "Plus TVA {rate} %|Taxe à {rate} %|Part de TVA {rate} %",
           "grand": "Total à payer|Somme TVA comprise|Montant final",
           "vat_id": "Identifiant TVA", "currency": "Montants en",
           "original": "Avoir sur notre facture",
           "pay": "Merci de veiller à ce que le montant nous parvienne le {due} au plus tard.",
           "desc": "Prestation", "qty": "Nombre", "price": "Tarif", "amount": "Total ligne",
           "lines_sum": "Somme des postes", "discount": "Remise fidélité {pct} %",
           "bank": "Paiements à", "account": "N° de compte client", "period": "Mois facturé",
           "glance": "Votre facture en bref", "usage": "Consommation et frais",
           "pos": "Pos.", "regards": "Nous vous remercions de votre commande.",
           "your_ref": "Votre référence", "your_order": "Votre commande du",
           "our_ref": "Notre référence",
           "intro": "Pour nos prestations, nous vous facturons :",
           "site": "Site", "site_sum": "Sous-total du site", "cust_no": "Code client",
           "member": "N° d'adhérent", "season": "Saison",
           "replaces": "Remplace la facture", "issued": "du",
           "notice": "Ce document remplace la facture citée ci-dessus, qui est annulée."},
    "es": {"number": "Ref. del documento|N.º de documento|Nuestro número de documento",
           "date": "Fecha del documento|Fecha de expedición|Documento fechado el",
           "due": "Pago esperado el|A abonar antes del|Plazo de pago",
           "customer": "Facturar a|Titular de la cuenta|Destinatario",
           "net": "Subtotal sin IVA|Suma neta|Suma antes de impuestos",
           "tax": "Más IVA {rate} %|Impuesto al {rate} %|Cuota de IVA {rate} %",
           "grand": "Total a pagar|Suma IVA incluido|Importe final",
           "vat_id": "CIF/NIF", "currency": "Importes en",
           "original": "Abono sobre nuestra factura",
           "pay": "Rogamos que el importe nos llegue como tarde el {due}.",
           "desc": "Servicio", "qty": "Cantidad", "price": "Tarifa", "amount": "Total línea",
           "lines_sum": "Suma de partidas", "discount": "Descuento fidelidad {pct} %",
           "bank": "Pagos a", "account": "N.º de cuenta cliente", "period": "Mes facturado",
           "glance": "Su factura de un vistazo", "usage": "Consumo y cargos",
           "pos": "Pos.", "regards": "Gracias por su encargo.",
           "your_ref": "Su referencia", "your_order": "Su pedido del",
           "our_ref": "Nuestra referencia",
           "intro": "Por nuestros servicios le facturamos lo siguiente:",
           "site": "Centro", "site_sum": "Subtotal del centro", "cust_no": "Código de cliente",
           "member": "N.º de socio", "season": "Temporada",
           "replaces": "Sustituye a la factura", "issued": "de fecha",
           "notice": "Este documento sustituye a la factura indicada arriba, que queda anulada."},
    "it": {"number": "Rif. documento|N. documento|Nostro numero documento",
           "date": "Data documento|Data di emissione|Documento datato",
           "due": "Pagamento atteso il|Da saldare entro il|Termine di pagamento",
           "customer": "Fatturare a|Titolare del conto|Destinatario",
           "net": "Subtotale senza IVA|Somma netta|Somma prima delle imposte",
           "tax": "Più IVA {rate}%|Imposta al {rate}%|Quota IVA {rate}%",
           "grand": "Totale da pagare|Somma IVA inclusa|Importo finale",
           "vat_id": "P. IVA", "currency": "Importi in",
           "original": "Nota di credito sulla nostra fattura",
           "pay": "Vi preghiamo di far pervenire l'importo entro il {due}.",
           "desc": "Servizio", "qty": "Numero", "price": "Tariffa", "amount": "Totale riga",
           "lines_sum": "Somma delle voci", "discount": "Riduzione fedeltà {pct}%",
           "bank": "Pagamenti a", "account": "Codice conto", "period": "Mese fatturato",
           "glance": "La tua fattura in sintesi", "usage": "Consumi e addebiti",
           "pos": "Pos.", "regards": "Grazie per l'incarico.",
           "your_ref": "Vostro riferimento", "your_order": "Vostro ordine del",
           "our_ref": "Nostro riferimento",
           "intro": "Per le nostre prestazioni addebitiamo quanto segue:",
           "site": "Sede", "site_sum": "Subtotale sede", "cust_no": "Codice cliente",
           "member": "N. tessera", "season": "Stagione",
           "replaces": "Sostituisce la fattura", "issued": "del",
           "notice": "Il presente documento sostituisce la fattura sopra indicata, annullata."},
    "nl": {"number": "Documentkenmerk|Documentnr.|Ons documentnummer",
           "date": "Documentdatum|Datum opmaak|Document gedateerd",
           "due": "Betaling verwacht op|Te voldoen vóór|Betaaltermijn",
           "customer": "Factuur aan|Rekeninghouder|Geadresseerde",
           "net": "Subtotaal zonder btw|Nettosom|Som vóór belasting",
           "tax": "Plus btw {rate}%|Belasting {rate}%|Btw-deel {rate}%",
           "grand": "Te betalen|Som inclusief btw|Eindbedrag",
           "vat_id": "Btw-identificatie", "currency": "Bedragen in",
           "original": "Creditering van onze factuur",
           "pay": "Wij verzoeken u het bedrag uiterlijk {due} te voldoen.",
           "desc": "Dienst", "qty": "Hoeveelheid", "price": "Tarief", "amount": "Regeltotaal",
           "lines_sum": "Som van de posten", "discount": "Trouwkorting {pct}%",
           "bank": "Betalingen aan", "account": "Klantrekening", "period": "Gefactureerde maand",
           "glance": "Uw factuur in het kort", "usage": "Verbruik en kosten",
           "pos": "Pos.", "regards": "Dank voor uw opdracht.",
           "your_ref": "Uw kenmerk", "your_order": "Uw bestelling van",
           "our_ref": "Ons kenmerk", "intro": "Voor onze diensten brengen wij in rekening:",
           "site": "Locatie", "site_sum": "Subtotaal locatie", "cust_no": "Klantcode",
           "member": "Lidnummer", "season": "Seizoen",
           "replaces": "Vervangt factuur", "issued": "van",
           "notice": "Dit document vervangt de hierboven genoemde factuur, die vervalt."},
}  # fmt: skip

# Money per layout and language.
MONEY: Final = {
    "telecom": {"en": GBP, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "window": {"en": EUR_EN, "de": CHF, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "refrow": {"en": USD, "de": EUR_DE, "fr": CHF_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "sites": {"en": GBP, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "stacked": {"en": SEK, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "club": {"en": DKK, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
    "reissue": {"en": PLN, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_NL},
}  # fmt: skip
