"""The printed wording of the twenty-first fresh evaluation slice (`evalset_fresh21.py`):
document titles per layout, labels per language and the money each layout bills in. The common
facts have three phrasings (a layout takes phrasing `index % 3`); the labels only one layout
prints have one. `tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `intro` takes
{number}, {date} and {due}; `class_sum` takes {cls}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh21.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Diving Services Invoice|Repair Invoice|Shredding Services Invoice|Horology "
           "Invoice|Book Supply Invoice|Performance Fee Invoice|Glazing Invoice",
           "Diving Services Credit Note|Repair Credit Note|Shredding Credit Note|Horology "
           "Credit Note|Book Supply Credit Note|Performance Fee Credit Note|Glazing Credit Note"),
    "de": ("Rechnung Taucharbeiten|Reparaturrechnung Nähmaschine|Rechnung Aktenvernichtung|"
           "Rechnung Uhrenreparatur|Rechnung Schulbuchlieferung|Gagenrechnung|"
           "Rechnung Glaserarbeiten",
           "Gutschrift Taucharbeiten|Gutschrift Nähmaschinenreparatur|Gutschrift "
           "Aktenvernichtung|Gutschrift Uhrenreparatur|Gutschrift Schulbuchlieferung|"
           "Gutschrift Gage|Gutschrift Glaserarbeiten"),
    "fr": ("Facture travaux subaquatiques|Facture réparation machine à coudre|Facture "
           "destruction d'archives|Facture horlogerie|Facture fournitures scolaires|"
           "Facture de cachet|Facture de vitrerie",
           "Avoir travaux subaquatiques|Avoir réparation machine à coudre|Avoir destruction "
           "d'archives|Avoir horlogerie|Avoir manuels scolaires|Avoir de cachet|"
           "Avoir de vitrerie"),
    "es": ("Factura de trabajos subacuáticos|Factura de reparación de máquina de coser|"
           "Factura de destrucción confidencial|Factura de relojería|Factura de libros de "
           "texto|Factura de caché|Factura de cristalería",
           "Rectificativa trabajos subacuáticos|Rectificativa reparación de máquina|"
           "Rectificativa destrucción confidencial|Rectificativa relojería|Rectificativa "
           "libros de texto|Rectificativa caché|Rectificativa cristalería"),
    "it": ("Fattura lavori subacquei|Fattura riparazione macchina per cucire|Fattura "
           "distruzione documenti|Fattura orologeria|Fattura fornitura libri scolastici|"
           "Fattura compenso concerto|Fattura vetreria",
           "Nota di credito lavori subacquei|Nota di credito riparazione|Nota di credito "
           "distruzione documenti|Nota di credito orologeria|Nota di credito libri|"
           "Nota di credito compenso|Nota di credito vetreria"),
    "nl": ("Factuur duikwerkzaamheden|Factuur reparatie naaimachine|Factuur "
           "archiefvernietiging|Factuur uurwerkherstel|Factuur schoolboeken|Factuur "
           "optreden|Factuur glaswerk",
           "Creditnota duikwerkzaamheden|Creditnota reparatie naaimachine|Creditnota "
           "archiefvernietiging|Creditnota uurwerkherstel|Creditnota schoolboeken|"
           "Creditnota optreden|Creditnota glaswerk"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Our invoice no.|Invoice reference number|Bill no.",
           "date": "Date invoiced|Date of this bill|Invoice raised on",
           "due": "Settlement due by|Please pay by|Amount falls due on",
           "customer": "Invoice addressee|School account|Client account",
           "net": "Net charges|Goods value|Total before VAT",
           "tax": "Plus VAT {rate}%|VAT due at {rate}%|Output VAT {rate}%",
           "grand": "Total now due|Amount due (incl. VAT)|Grand total payable",
           "vat_id": "VAT registration", "original": "This credit note corrects invoice",
           "pay": "Kindly remit by {due} to the account shown, quoting our reference.",
           "desc": "Work carried out", "qty": "Units", "price": "Charge per unit",
           "amount": "Net", "lines_sum": "Books supplied", "discount": "School discount {pct}%",
           "project": "Dive project", "worksite": "Worksite", "currency": "Billing currency",
           "to": "To", "from": "From", "machine": "Machine", "account": "Customer code",
           "certificate": "Certificate of destruction", "collected": "Collected from",
           "intro": "Invoice {number} of {date} for the repairs listed below, payable by "
                    "{due}.",
           "scan": "Scan with your banking app", "class_sum": "Class {cls} subtotal",
           "order": "School order ref.", "class": "Class", "s_invoice": "1. Invoice",
           "s_parties": "2. Venue and artist", "s_gig": "3. Performance", "s_fees": "4. Fees",
           "s_pay": "5. Payment", "gig": "Show on", "book": "Title and class",
           "copies": "Copies", "fee_item": "Item",
           "job": "Job address", "size": "Size (mm)"},
    "de": {"number": "Unsere Rechnungsnummer|Rechnungs-Nr. (bitte angeben)|Belegnr.",
           "date": "Datum der Ausstellung|Rechnung vom|Rechnung ausgestellt am",
           "due": "Fällig zum|Bitte begleichen bis|Zahlbar bis zum",
           "customer": "Rechnungsanschrift|Schulträger|Auftraggeber",
           "net": "Nettobetrag der Leistungen|Warenwert|Summe vor Steuer",
           "tax": "zzgl. {rate} % USt.|USt.-Betrag {rate} %|MwSt.-Anteil {rate} %",
           "grand": "Gesamt zu zahlen|Betrag inkl. MwSt.|Endbetrag zur Zahlung",
           "vat_id": "USt-ID", "original": "Diese Gutschrift korrigiert Rechnung",
           "pay": "Bitte überweisen Sie den Betrag bis {due} unter Angabe unserer "
                  "Rechnungsnummer.",
           "desc": "Ausgeführte Arbeiten", "qty": "Einheiten", "price": "Preis je Einheit",
           "amount": "Netto", "lines_sum": "Gelieferte Bücher", "discount": "Schulrabatt {pct} %",
           "project": "Tauchprojekt", "worksite": "Einsatzstelle", "currency": "Währung",
           "to": "An", "from": "Von", "machine": "Maschine", "account": "Kundenkennung",
           "certificate": "Vernichtungsnachweis", "collected": "Abgeholt bei",
           "intro": "Rechnung {number} vom {date} über die unten aufgeführten Reparaturen, "
                    "zahlbar bis {due}.",
           "scan": "Mit der Banking-App scannen", "class_sum": "Zwischensumme Klasse {cls}",
           "order": "Bestellzeichen der Schule", "class": "Klasse", "s_invoice": "1. Rechnung",
           "s_parties": "2. Veranstalter und Künstler", "s_gig": "3. Auftritt",
           "s_fees": "4. Gage und Kosten", "s_pay": "5. Zahlung", "gig": "Auftritt am",
           "book": "Titel und Klasse", "copies": "Exemplare", "fee_item": "Posten",
           "job": "Baustelle", "size": "Maß (mm)"},
    "fr": {"number": "Notre facture n°|Référence de facture|N° de note",
           "date": "Facturé le|Date de la note|Émise le",
           "due": "À régler avant le|Merci de payer au plus tard le|Exigible le",
           "customer": "Adressée à|Établissement|Compte client",
           "net": "Montant des prestations HT|Valeur marchandise|Total avant TVA",
           "tax": "Plus TVA {rate} %|TVA due {rate} %|Montant TVA {rate} %",
           "grand": "Total à payer|Montant dû TTC|Net à régler",
           "vat_id": "Identifiant TVA", "original": "Cet avoir corrige la facture",
           "pay": "Merci de régler avant le {due} sur le compte indiqué en rappelant notre "
                  "référence.",
           "desc": "Travaux effectués", "qty": "Unités", "price": "Tarif unitaire",
           "amount": "Net", "lines_sum": "Ouvrages livrés", "discount": "Remise scolaire {pct} %",
           "project": "Chantier de plongée", "worksite": "Lieu d'intervention",
           "currency": "Devise de facturation", "to": "À", "from": "De",
           "machine": "Machine", "account": "Code adhérent",
           "certificate": "Certificat de destruction", "collected": "Enlevé chez",
           "intro": "Facture {number} du {date} pour les réparations ci-dessous, payable le "
                    "{due}.",
           "scan": "Scanner avec votre appli bancaire", "class_sum": "Sous-total classe {cls}",
           "order": "Bon de commande", "class": "Classe", "s_invoice": "1. Facture",
           "s_parties": "2. Organisateur et artiste", "s_gig": "3. Prestation",
           "s_fees": "4. Cachet et frais", "s_pay": "5. Règlement", "gig": "Concert du",
           "book": "Titre et classe", "copies": "Exemplaires", "fee_item": "Poste",
           "job": "Adresse du chantier", "size": "Dimensions (mm)"},
    "es": {"number": "Nuestra factura n.º|Referencia de factura|N.º de cargo",
           "date": "Facturado en fecha|Fecha de cargo|Emitida el",
           "due": "A abonar antes del|Rogamos pago hasta el|Vence el día",
           "customer": "Dirigida a|Centro educativo|Cuenta de cliente",
           "net": "Importe neto de trabajos|Valor de la mercancía|Total antes de IVA",
           "tax": "Más IVA {rate} %|IVA repercutido {rate} %|Cuota de IVA al {rate} %",
           "grand": "Total a pagar ahora|Importe con IVA|Total a liquidar",
           "vat_id": "CIF", "original": "Esta rectificativa corrige la factura",
           "pay": "Rogamos transferencia antes del {due} a la cuenta indicada, citando "
                  "nuestra referencia.",
           "desc": "Trabajos realizados", "qty": "Unidades", "price": "Tarifa por unidad",
           "amount": "Neto", "lines_sum": "Libros servidos",
           "discount": "Descuento escolar {pct} %", "project": "Proyecto de buceo",
           "worksite": "Lugar de trabajo", "currency": "Moneda de facturación",
           "to": "Para", "from": "De", "machine": "Máquina", "account": "Código de abonado",
           "certificate": "Certificado de destrucción", "collected": "Recogido en",
           "intro": "Factura {number} de {date} por las reparaciones detalladas abajo, "
                    "pagadera el {due}.",
           "scan": "Escanee con su app bancaria", "class_sum": "Subtotal curso {cls}",
           "order": "Pedido del centro", "class": "Curso", "s_invoice": "1. Factura",
           "s_parties": "2. Sala y artista", "s_gig": "3. Actuación",
           "s_fees": "4. Caché y gastos", "s_pay": "5. Pago", "gig": "Concierto del",
           "book": "Título y curso", "copies": "Ejemplares", "fee_item": "Concepto",
           "job": "Dirección de la obra", "size": "Medidas (mm)"},
    "it": {"number": "Nostra fattura n.|Riferimento fattura|N. di addebito",
           "date": "Fatturato il|Data addebito|Redatta il",
           "due": "Da saldare entro il|Si prega di pagare entro il|Esigibile il",
           "customer": "Indirizzata a|Istituto scolastico|Conto cliente",
           "net": "Imponibile lavori|Valore merce|Totale prima dell'IVA",
           "tax": "Più IVA {rate}%|IVA dovuta {rate}%|Quota IVA {rate}%",
           "grand": "Totale ora dovuto|Importo IVA inclusa|Totale da liquidare",
           "vat_id": "Partita IVA", "original": "La presente nota corregge la fattura",
           "pay": "Vi preghiamo di versare entro il {due} sul conto indicato, citando il "
                  "nostro riferimento.",
           "desc": "Lavori eseguiti", "qty": "Unità", "price": "Tariffa unitaria",
           "amount": "Netto", "lines_sum": "Libri consegnati",
           "discount": "Sconto scuole {pct}%", "project": "Commessa subacquea",
           "worksite": "Luogo dell'intervento", "currency": "Valuta di fatturazione",
           "to": "A", "from": "Da", "machine": "Macchina", "account": "Codice utente",
           "certificate": "Certificato di distruzione", "collected": "Ritirato presso",
           "intro": "Fattura {number} del {date} per le riparazioni elencate sotto, pagabile "
                    "entro il {due}.",
           "scan": "Inquadra con l'app della banca", "class_sum": "Subtotale classe {cls}",
           "order": "Ordine della scuola", "class": "Classe", "s_invoice": "1. Fattura",
           "s_parties": "2. Locale e artista", "s_gig": "3. Esibizione",
           "s_fees": "4. Compenso e spese", "s_pay": "5. Pagamento", "gig": "Concerto del",
           "book": "Titolo e classe", "copies": "Copie", "fee_item": "Voce",
           "job": "Indirizzo del cantiere", "size": "Misure (mm)"},
    "nl": {"number": "Ons factuurnummer|Factuurreferentie|Notanummer",
           "date": "Gefactureerd op|Datum nota|Opgesteld op",
           "due": "Te voldoen voor|Graag betalen voor|Opeisbaar op",
           "customer": "Gericht aan|Schoolbestuur|Klantrekening",
           "net": "Netto werkzaamheden|Goederenwaarde|Totaal voor btw",
           "tax": "Plus btw {rate}%|Btw verschuldigd {rate}%|Btw-bedrag {rate}%",
           "grand": "Nu te betalen|Bedrag incl. btw|Eindtotaal te voldoen",
           "vat_id": "Btw-identificatienr.", "original": "Deze creditnota corrigeert factuur",
           "pay": "Graag overmaken voor {due} op de vermelde rekening, onder vermelding van "
                  "onze referentie.",
           "desc": "Uitgevoerd werk", "qty": "Eenheden", "price": "Tarief per eenheid",
           "amount": "Netto", "lines_sum": "Geleverde boeken",
           "discount": "Schoolkorting {pct}%", "project": "Duikproject",
           "worksite": "Werklocatie", "currency": "Factuurvaluta", "to": "Aan", "from": "Van",
           "machine": "Machine", "account": "Klantcode",
           "certificate": "Vernietigingscertificaat", "collected": "Opgehaald bij",
           "intro": "Factuur {number} van {date} voor de hieronder vermelde reparaties, te "
                    "betalen voor {due}.",
           "scan": "Scan met uw bankapp", "class_sum": "Subtotaal klas {cls}",
           "order": "Bestelreferentie school", "class": "Klas", "s_invoice": "1. Factuur",
           "s_parties": "2. Podium en artiest", "s_gig": "3. Optreden",
           "s_fees": "4. Gage en kosten", "s_pay": "5. Betaling", "gig": "Optreden op",
           "book": "Titel en klas", "copies": "Exemplaren", "fee_item": "Post",
           "job": "Adres van het werk", "size": "Maten (mm)"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "diving": {"en": m.USD}, "sewingrepair": {"en": m.GBP, "de": m.CHF},
    "shredding": {"en": m.SEK}, "clockrepair": {"en": m.DKK, "fr": m.CHF_FR},
    "schoolbooks": {"en": m.PLN}, "bandfee": {"en": m.EUR_EN}, "glazier": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
