"""The printed wording of the fifteenth fresh evaluation slice (`evalset_fresh15.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `sub` takes {part}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh15.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Removal Invoice|Invoice|Laboratory Invoice|Ticket Invoice|Invoice|"
           "Membership Invoice|Invoice",
           "Removal Credit Note|Credit Note|Laboratory Credit Note|Ticket Refund Credit Note|"
           "Credit Note|Membership Credit Note|Credit Note"),
    "de": ("Umzugsrechnung|Rechnung|Laborrechnung|Ticketrechnung|Rechnung|Mitgliedsrechnung|"
           "Rechnung",
           "Umzugsgutschrift|Gutschrift|Laborgutschrift|Ticketgutschrift|Gutschrift|"
           "Mitgliedsgutschrift|Gutschrift"),
    "fr": ("Facture de déménagement|Facture|Facture de laboratoire|Facture de billetterie|"
           "Facture|Facture d'abonnement|Facture",
           "Avoir de déménagement|Avoir|Avoir de laboratoire|Avoir de billetterie|Avoir|"
           "Avoir d'abonnement|Avoir"),
    "es": ("Factura de mudanza|Factura|Factura de laboratorio|Factura de entradas|Factura|"
           "Factura de membresía|Factura",
           "Abono de mudanza|Abono|Abono de laboratorio|Abono de entradas|Abono|"
           "Abono de membresía|Abono"),
    "it": ("Fattura trasloco|Fattura|Fattura di laboratorio|Fattura biglietteria|Fattura|"
           "Fattura abbonamento|Fattura",
           "Nota di credito trasloco|Nota di credito|Nota di credito laboratorio|"
           "Nota di credito biglietteria|Nota di credito|Nota di credito abbonamento|"
           "Nota di credito"),
    "nl": ("Verhuisfactuur|Factuur|Laboratoriumfactuur|Ticketfactuur|Factuur|"
           "Lidmaatschapsfactuur|Factuur",
           "Verhuiscreditnota|Creditnota|Laboratoriumcreditnota|Ticketcreditnota|Creditnota|"
           "Lidmaatschapscreditnota|Creditnota"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice serial|Bill no.|Our invoice code",
           "date": "Issued|Bill date|Invoice raised",
           "due": "Settle by|Payable on or before|Remittance deadline",
           "customer": "Client|Charged to|Customer account",
           "net": "Total before VAT|Net sum|Goods and services net",
           "tax": "VAT charged {rate}%|VAT at the rate of {rate}%|Sales VAT {rate}%",
           "grand": "Balance to pay|Total payable now|Invoice sum due",
           "vat_id": "VAT reg.", "currency": "Billed in",
           "original": "Cancels invoice", "pay": "Kindly settle by {due}.",
           "desc": "Item", "qty": "Units", "price": "Each", "amount": "Sum",
           "lines_sum": "Items total", "discount": "Annual member reduction {pct}%",
           "bank": "Bank", "move": "Your move", "estimate": "Volume estimated",
           "loaded": "Volume loaded", "crew": "Crew and vehicle",
           "materials": "Materials supplied", "labour": "Labour on site",
           "sub": "Subtotal {part}", "garden": "Garden at",
           "sample": "Sample ref.", "test": "Test code", "received": "Samples received",
           "event": "Event", "venue": "Venue", "showtime": "Performance",
           "stub": "Keep this stub", "ticket": "Repair ticket",
           "bike": "Bicycle", "frame": "Frame no.", "member": "Member",
           "plan": "Plan", "period": "Membership period", "pupil": "Learner driver",
           "licence": "Licence class", "instructor": "Instructor",
           "log": "Lessons taken on"},
    "de": {"number": "Rechnungskennung|Beleg-Nr.|Unser Rechnungscode",
           "date": "Ausgestellt|Belegdatum|Rechnung erstellt",
           "due": "Begleichen bis|Zahlbar spätestens am|Zahlungsfrist endet",
           "customer": "Auftraggeber|Belastet an|Kundenkonto",
           "net": "Summe vor USt.|Nettosumme|Waren und Leistungen netto",
           "tax": "USt. berechnet {rate} %|USt. zum Satz von {rate} %|Umsatzsteuer {rate} %",
           "grand": "Offener Betrag|Jetzt fällig gesamt|Rechnungssumme fällig",
           "vat_id": "USt-IdNr", "currency": "Abgerechnet in",
           "original": "Storniert Rechnung", "pay": "Bitte begleichen bis {due}.",
           "desc": "Posten", "qty": "Einheiten", "price": "Je", "amount": "Summe",
           "lines_sum": "Posten gesamt", "discount": "Jahresmitglied-Nachlass {pct} %",
           "bank": "Bank", "move": "Ihr Umzug", "estimate": "Volumen geschätzt",
           "loaded": "Volumen verladen", "crew": "Team und Fahrzeug",
           "materials": "Gelieferte Materialien", "labour": "Arbeit vor Ort",
           "sub": "Zwischensumme {part}", "garden": "Garten in",
           "sample": "Probe-Ref.", "test": "Testcode", "received": "Proben eingegangen",
           "event": "Veranstaltung", "venue": "Spielstätte", "showtime": "Vorstellung",
           "stub": "Abschnitt aufbewahren", "ticket": "Reparaturschein",
           "bike": "Fahrrad", "frame": "Rahmennr.", "member": "Mitglied",
           "plan": "Tarif", "period": "Mitgliedszeitraum", "pupil": "Fahrschüler/in",
           "licence": "Führerscheinklasse", "instructor": "Fahrlehrer/in",
           "log": "Fahrstunden am"},
    "fr": {"number": "Code facture|N° de note|Notre code de facture",
           "date": "Émise|Date de la note|Facture établie",
           "due": "À régler pour le|Payable au plus tard le|Échéance de versement",
           "customer": "Client facturé|Débité à|Compte client",
           "net": "Total avant TVA|Somme nette|Biens et services nets",
           "tax": "TVA facturée {rate} %|TVA au taux de {rate} %|TVA sur ventes {rate} %",
           "grand": "Solde à payer|Total exigible ce jour|Somme de la facture due",
           "vat_id": "N° TVA intra.", "currency": "Facturé en",
           "original": "Annule la facture", "pay": "Merci de régler avant le {due}.",
           "desc": "Article", "qty": "Unités", "price": "Pièce", "amount": "Somme",
           "lines_sum": "Total des articles", "discount": "Réduction membre annuel {pct} %",
           "bank": "Banque", "move": "Votre déménagement", "estimate": "Volume estimé",
           "loaded": "Volume chargé", "crew": "Équipe et véhicule",
           "materials": "Fournitures", "labour": "Main-d'œuvre sur place",
           "sub": "Sous-total {part}", "garden": "Jardin situé",
           "sample": "Réf. échantillon", "test": "Code analyse",
           "received": "Échantillons reçus", "event": "Événement", "venue": "Salle",
           "showtime": "Représentation", "stub": "Talon à conserver",
           "ticket": "Fiche de réparation", "bike": "Vélo", "frame": "N° de cadre",
           "member": "Membre", "plan": "Formule", "period": "Période d'adhésion",
           "pupil": "Élève conducteur", "licence": "Catégorie de permis",
           "instructor": "Moniteur", "log": "Leçons suivies les"},
    "es": {"number": "Código de factura|N.º de cuenta|Nuestro código de factura",
           "date": "Emitida|Fecha de cuenta|Factura generada",
           "due": "Liquidar antes del|Pagadera a más tardar el|Plazo de ingreso",
           "customer": "Cliente facturado|Cargado a|Cuenta de cliente",
           "net": "Total antes de IVA|Suma neta|Bienes y servicios netos",
           "tax": "IVA cobrado {rate} %|IVA al tipo del {rate} %|IVA repercutido {rate} %",
           "grand": "Saldo a pagar|Total exigible hoy|Suma de la factura debida",
           "vat_id": "NIF-IVA", "currency": "Facturado en",
           "original": "Anula la factura", "pay": "Liquide antes del {due}, por favor.",
           "desc": "Concepto facturado", "qty": "Unidades", "price": "Cada una",
           "amount": "Suma", "lines_sum": "Total de conceptos",
           "discount": "Reducción socio anual {pct} %", "bank": "Banco",
           "move": "Su mudanza", "estimate": "Volumen estimado", "loaded": "Volumen cargado",
           "crew": "Equipo y vehículo", "materials": "Materiales suministrados",
           "labour": "Mano de obra en obra", "sub": "Subtotal {part}", "garden": "Jardín en",
           "sample": "Ref. muestra", "test": "Código prueba", "received": "Muestras recibidas",
           "event": "Evento", "venue": "Recinto", "showtime": "Función",
           "stub": "Conserve esta matriz", "ticket": "Orden de reparación",
           "bike": "Bicicleta", "frame": "N.º de cuadro", "member": "Socio",
           "plan": "Plan", "period": "Periodo de membresía", "pupil": "Alumno conductor",
           "licence": "Clase de permiso", "instructor": "Profesor",
           "log": "Clases realizadas el"},
    "it": {"number": "Codice fattura|N. nota|Nostro codice fattura",
           "date": "Emessa|Data nota|Fattura generata",
           "due": "Saldare entro|Pagabile non oltre il|Termine di versamento",
           "customer": "Cliente addebitato|Addebitato a|Conto cliente",
           "net": "Totale prima dell'IVA|Somma netta|Beni e servizi netti",
           "tax": "IVA applicata {rate}%|IVA all'aliquota del {rate}%|IVA sulle vendite {rate}%",
           "grand": "Saldo da pagare|Totale esigibile ora|Somma fattura dovuta",
           "vat_id": "P. IVA", "currency": "Fatturato in",
           "original": "Annulla la fattura", "pay": "Si prega di saldare entro il {due}.",
           "desc": "Voce", "qty": "Unità", "price": "Cadauno", "amount": "Somma",
           "lines_sum": "Totale voci", "discount": "Riduzione socio annuale {pct}%",
           "bank": "Banca", "move": "Il vostro trasloco", "estimate": "Volume stimato",
           "loaded": "Volume caricato", "crew": "Squadra e mezzo",
           "materials": "Materiali forniti", "labour": "Manodopera in loco",
           "sub": "Subtotale {part}", "garden": "Giardino in",
           "sample": "Rif. campione", "test": "Codice esame", "received": "Campioni ricevuti",
           "event": "Evento", "venue": "Sede", "showtime": "Spettacolo",
           "stub": "Conservare la matrice", "ticket": "Scheda riparazione",
           "bike": "Bicicletta", "frame": "N. telaio", "member": "Socio",
           "plan": "Piano", "period": "Periodo di adesione", "pupil": "Allievo conducente",
           "licence": "Categoria patente", "instructor": "Istruttore",
           "log": "Lezioni svolte il"},
    "nl": {"number": "Factuurcode|Notanr.|Onze factuurcode",
           "date": "Uitgegeven|Notadatum|Factuur aangemaakt",
           "due": "Voldoen vóór|Betaalbaar uiterlijk op|Termijn van overmaking",
           "customer": "Opdrachtgever|Ten laste van|Klantaccount",
           "net": "Totaal vóór btw|Nettosom|Goederen en diensten netto",
           "tax": "Btw berekend {rate}%|Btw tegen {rate}%|Omzetbelasting {rate}%",
           "grand": "Openstaand saldo|Nu verschuldigd totaal|Factuursom verschuldigd",
           "vat_id": "Btw-id", "currency": "Gefactureerd in",
           "original": "Vervalt factuur", "pay": "Graag voldoen vóór {due}.",
           "desc": "Post", "qty": "Eenheden", "price": "Per stuk", "amount": "Som",
           "lines_sum": "Posten totaal", "discount": "Korting jaarlid {pct}%",
           "bank": "Bank", "move": "Uw verhuizing", "estimate": "Volume geschat",
           "loaded": "Volume geladen", "crew": "Ploeg en wagen",
           "materials": "Geleverde materialen", "labour": "Arbeid ter plaatse",
           "sub": "Subtotaal {part}", "garden": "Tuin te",
           "sample": "Monsterref.", "test": "Testcode", "received": "Monsters ontvangen",
           "event": "Evenement", "venue": "Zaal", "showtime": "Voorstelling",
           "stub": "Bewaar dit strookje", "ticket": "Reparatiebon",
           "bike": "Fiets", "frame": "Framenr.", "member": "Lid",
           "plan": "Abonnement", "period": "Lidmaatschapsperiode", "pupil": "Leerling",
           "licence": "Rijbewijscategorie", "instructor": "Instructeur",
           "log": "Lessen gereden op"},
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "removals": {"en": m.GBP}, "gardensplit": {"en": m.EUR_EN, "de": m.CHF},
    "labsamples": {"en": m.SEK}, "ticketstub": {"en": m.USD, "fr": m.CHF_FR},
    "repairticket": {"en": m.DKK}, "coworking": {"en": m.PLN}, "lessonpack": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
