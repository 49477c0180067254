"""The printed wording of the sixteenth fresh evaluation slice (`evalset_fresh16.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `period` takes {first} and {last};
`quarter` takes {q} and {year}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh16.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Monthly Milk Bill|Service Invoice|Quarterly Monitoring Invoice|Session Invoice|"
           "Alterations Invoice|Livery Invoice|Tyre Invoice",
           "Milk Bill Credit|Service Credit Note|Monitoring Credit Note|Session Credit Note|"
           "Alterations Credit Note|Livery Credit Note|Tyre Credit Note"),
    "de": ("Milchrechnung|Leistungsrechnung|Quartalsrechnung Aufschaltung|Studiorechnung|"
           "Änderungsrechnung|Pensionsrechnung|Reifenrechnung",
           "Milchgutschrift|Leistungsgutschrift|Gutschrift Aufschaltung|Studiogutschrift|"
           "Änderungsgutschrift|Pensionsgutschrift|Reifengutschrift"),
    "fr": ("Relevé laitier mensuel|Facture d'intervention|Facture trimestrielle de "
           "télésurveillance|Facture de session|Facture de retouches|Facture de pension|"
           "Facture pneumatiques",
           "Avoir laitier|Avoir d'intervention|Avoir de télésurveillance|Avoir de session|"
           "Avoir de retouches|Avoir de pension|Avoir pneumatiques"),
    "es": ("Factura mensual de reparto|Factura de servicio|Factura trimestral de conexión|"
           "Factura de sesión|Factura de arreglos|Factura de pupilaje|Factura de neumáticos",
           "Abono de reparto|Abono de servicio|Abono de conexión|Abono de sesión|"
           "Abono de arreglos|Abono de pupilaje|Abono de neumáticos"),
    "it": ("Fattura mensile consegne|Fattura di intervento|Fattura trimestrale vigilanza|"
           "Fattura sessione|Fattura riparazioni sartoriali|Fattura pensione cavalli|"
           "Fattura pneumatici",
           "Nota di credito consegne|Nota di credito intervento|Nota di credito vigilanza|"
           "Nota di credito sessione|Nota di credito sartoria|Nota di credito pensione|"
           "Nota di credito pneumatici"),
    "nl": ("Maandnota melkronde|Servicefactuur|Kwartaalfactuur doormelding|Sessiefactuur|"
           "Factuur vermaakwerk|Pensionfactuur|Bandenfactuur",
           "Creditnota melkronde|Servicecreditnota|Creditnota doormelding|Sessiecreditnota|"
           "Creditnota vermaakwerk|Pensioncreditnota|Bandencreditnota"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Bill reference|Our billing no.|Invoice identifier",
           "date": "Bill made out|Date of this bill|Raised on",
           "due": "Kindly remit by|Settlement expected|Funds due on",
           "customer": "Account holder|Billed party|Customer billed",
           "net": "Amount excl. VAT|Taxable sum|Charges net of VAT",
           "tax": "VAT added at {rate}%|Plus VAT {rate}%|VAT element {rate}%",
           "grand": "Now owing|Please pay this sum|Amount owing in total",
           "vat_id": "VAT number", "currency": "Amounts shown in",
           "original": "Corrects our invoice", "pay": "We would be grateful for payment by {due}.",
           "desc": "Particulars", "qty": "How many", "price": "Rate each", "amount": "Line sum",
           "lines_sum": "Charges before reduction", "discount": "Contract term reduction {pct}%",
           "bank": "Paying in", "round": "Round", "drop": "Drop no.",
           "period": "Delivered {first} to {last}", "report": "Treatment report",
           "pest": "Pest found", "product": "Product applied", "stations": "Stations checked",
           "next": "Next routine visit", "premises": "Premises treated",
           "contract": "Monitoring contract", "quarter": "Quarter {q}/{year}",
           "site": "Protected site", "project": "Project", "artist": "Artist",
           "engineer": "Engineer", "session": "Session day", "fitting": "Final fitting",
           "ready": "Ready for collection", "horses": "Horses at livery",
           "plate": "Registration", "vehicle": "Vehicle", "mileage": "Odometer"},
    "de": {"number": "Rechnungskennzeichen|Unsere Abrechnungsnr.|Belegkennung",
           "date": "Abgerechnet am|Tag der Abrechnung|Erstellt am",
           "due": "Ausgleich bis|Zahlungseingang erwartet|Zu überweisen bis",
           "customer": "Abnehmer|Belasteter Kunde|Abrechnung für",
           "net": "Betrag ohne USt.|Steuerpflichtige Summe|Leistungen netto gesamt",
           "tax": "Zuzüglich USt. {rate} %|Plus MwSt. {rate} %|USt.-Anteil {rate} %",
           "grand": "Noch offen|Bitte zahlen Sie|Schuldbetrag gesamt",
           "vat_id": "USt.-Id.", "currency": "Beträge in",
           "original": "Korrigiert unsere Rechnung",
           "pay": "Wir bitten um Ausgleich bis {due}.",
           "desc": "Bezeichnung der Leistung", "qty": "Anz.", "price": "Satz je Einheit",
           "amount": "Zeilensumme", "lines_sum": "Leistungen vor Nachlass",
           "discount": "Laufzeitnachlass {pct} %", "bank": "Überweisung an",
           "round": "Tour", "drop": "Haltestelle", "period": "Geliefert {first} bis {last}",
           "report": "Behandlungsbericht", "pest": "Festgestellter Befall",
           "product": "Eingesetztes Mittel", "stations": "Kontrollierte Stationen",
           "next": "Nächste Routinekontrolle", "premises": "Behandeltes Objekt",
           "contract": "Aufschaltvertrag", "quarter": "Quartal {q}/{year}",
           "site": "Gesichertes Objekt", "project": "Produktion", "artist": "Künstler",
           "engineer": "Tonmeister", "session": "Sessiontag", "fitting": "Letzte Anprobe",
           "ready": "Abholbereit ab", "horses": "Eingestellte Pferde",
           "plate": "Kennzeichen", "vehicle": "Fahrzeug", "mileage": "Kilometerstand"},
    "fr": {"number": "Référence de la note|Notre n° de relevé|Identifiant facture",
           "date": "Relevé établi le|Date du relevé|Émis le",
           "due": "À verser avant le|Règlement attendu le|Fonds dus le",
           "customer": "Titulaire du compte|Partie facturée|Client débité",
           "net": "Montant hors TVA|Base taxable|Prestations nettes de TVA",
           "tax": "TVA ajoutée {rate} %|Plus TVA {rate} %|Part de TVA {rate} %",
           "grand": "Reste dû|Somme à régler|Montant total dû",
           "vat_id": "Identifiant TVA", "currency": "Montants exprimés en",
           "original": "Rectifie notre facture",
           "pay": "Nous vous remercions de régler avant le {due}.",
           "desc": "Désignation de la prestation", "qty": "Nombre", "price": "Tarif unitaire",
           "amount": "Total ligne", "lines_sum": "Prestations avant remise",
           "discount": "Remise engagement {pct} %", "bank": "Virement à",
           "round": "Tournée", "drop": "Point de dépôt", "period": "Livré du {first} au {last}",
           "report": "Rapport d'intervention", "pest": "Nuisible constaté",
           "product": "Produit appliqué", "stations": "Postes contrôlés",
           "next": "Prochain passage", "premises": "Site traité",
           "contract": "Contrat de télésurveillance", "quarter": "Trimestre {q}/{year}",
           "site": "Site protégé", "project": "Projet", "artist": "Artiste",
           "engineer": "Ingénieur du son", "session": "Jour de session",
           "fitting": "Dernier essayage", "ready": "Prêt à retirer le",
           "horses": "Chevaux en pension", "plate": "Immatriculation", "vehicle": "Véhicule",
           "mileage": "Kilométrage"},
    "es": {"number": "Referencia de cargo|Nuestro n.º de cobro|Identificador de factura",
           "date": "Cargo emitido|Fecha del cargo|Expedida el",
           "due": "Ingresar antes del|Cobro previsto el|Fondos debidos el",
           "customer": "Titular de la cuenta|Parte facturada|Cliente cargado",
           "net": "Importe sin IVA|Base sujeta|Servicios netos de IVA",
           "tax": "IVA añadido {rate} %|Más IVA {rate} %|Cuota de IVA {rate} %",
           "grand": "Pendiente de pago|Abone esta suma|Importe total adeudado",
           "vat_id": "Número IVA", "currency": "Importes en",
           "original": "Rectifica nuestra factura",
           "pay": "Le agradecemos el pago antes del {due}.",
           "desc": "Descripción del servicio", "qty": "Cuántos", "price": "Tarifa unitaria",
           "amount": "Total de línea", "lines_sum": "Servicios antes de reducción",
           "discount": "Reducción por permanencia {pct} %", "bank": "Transferencia a",
           "round": "Ruta", "drop": "Parada n.º", "period": "Entregado del {first} al {last}",
           "report": "Informe de tratamiento", "pest": "Plaga detectada",
           "product": "Producto aplicado", "stations": "Estaciones revisadas",
           "next": "Próxima visita", "premises": "Local tratado",
           "contract": "Contrato de conexión", "quarter": "Trimestre {q}/{year}",
           "site": "Instalación protegida", "project": "Proyecto", "artist": "Artista",
           "engineer": "Técnico", "session": "Día de sesión", "fitting": "Última prueba",
           "ready": "Lista para recoger el", "horses": "Caballos en pupilaje",
           "plate": "Matrícula", "vehicle": "Vehículo", "mileage": "Kilometraje"},
    "it": {"number": "Riferimento addebito|Nostro n. di conto|Identificativo fattura",
           "date": "Addebito emesso|Data dell'addebito|Redatta il",
           "due": "Versare entro il|Incasso previsto il|Fondi dovuti il",
           "customer": "Intestatario del conto|Parte fatturata|Cliente addebitato",
           "net": "Importo senza IVA|Base soggetta|Servizi al netto IVA",
           "tax": "IVA aggiunta {rate}%|Più IVA {rate}%|Quota IVA {rate}%",
           "grand": "Ancora dovuto|Somma da pagare|Importo complessivo dovuto",
           "vat_id": "Partita IVA", "currency": "Importi in",
           "original": "Rettifica la nostra fattura",
           "pay": "Vi ringraziamo del pagamento entro il {due}.",
           "desc": "Descrizione della prestazione", "qty": "Quanti", "price": "Tariffa unitaria",
           "amount": "Totale riga", "lines_sum": "Prestazioni prima della riduzione",
           "discount": "Riduzione per durata {pct}%", "bank": "Bonifico a",
           "round": "Giro", "drop": "Punto di consegna",
           "period": "Consegnato dal {first} al {last}",
           "report": "Rapporto di intervento", "pest": "Infestante rilevato",
           "product": "Prodotto impiegato", "stations": "Postazioni controllate",
           "next": "Prossimo passaggio", "premises": "Locali trattati",
           "contract": "Contratto di vigilanza", "quarter": "Trimestre {q}/{year}",
           "site": "Sito protetto", "project": "Progetto", "artist": "Artista",
           "engineer": "Fonico", "session": "Giorno di sessione", "fitting": "Ultima prova",
           "ready": "Pronto per il ritiro il", "horses": "Cavalli in pensione",
           "plate": "Targa", "vehicle": "Veicolo", "mileage": "Chilometraggio"},
    "nl": {"number": "Notakenmerk|Ons afrekeningsnr.|Factuuridentificatie",
           "date": "Afgerekend op|Datum van afrekening|Opgemaakt op",
           "due": "Overmaken vóór|Betaling verwacht op|Gelden verschuldigd op",
           "customer": "Rekeninghouder|Gefactureerde partij|Belaste klant",
           "net": "Bedrag zonder btw|Belastbaar bedrag|Diensten netto",
           "tax": "Btw erbij {rate}%|Plus btw {rate}%|Btw-deel {rate}%",
           "grand": "Nog te voldoen|Gelieve te betalen|Totaal verschuldigd bedrag",
           "vat_id": "Btw-nummer", "currency": "Bedragen in",
           "original": "Corrigeert onze factuur",
           "pay": "Wij verzoeken u vriendelijk te betalen vóór {due}.",
           "desc": "Omschrijving dienst", "qty": "Hoeveel", "price": "Tarief per eenheid",
           "amount": "Regeltotaal", "lines_sum": "Diensten vóór korting",
           "discount": "Looptijdkorting {pct}%", "bank": "Overmaken naar",
           "round": "Wijk", "drop": "Afleverpunt", "period": "Geleverd {first} t/m {last}",
           "report": "Behandelrapport", "pest": "Aangetroffen plaag",
           "product": "Gebruikt middel", "stations": "Gecontroleerde stations",
           "next": "Volgende controle", "premises": "Behandeld pand",
           "contract": "Doormeldcontract", "quarter": "Kwartaal {q}/{year}",
           "site": "Beveiligd object", "project": "Project", "artist": "Artiest",
           "engineer": "Technicus", "session": "Sessiedag", "fitting": "Laatste pasbeurt",
           "ready": "Klaar om op te halen", "horses": "Pensionpaarden",
           "plate": "Kenteken", "vehicle": "Voertuig", "mileage": "Kilometerstand"},
}  # fmt: skip

# The products the pest controller names in its report, per language.
PRODUCTS: Final = {"en": ("Difenacoum wax block bait", "Fipronil gel bait"),
                   "de": ("Difenacoum-Wachsblock", "Fipronil-Ködergel"),
                   "fr": ("Appât bloc difénacoum", "Gel appât fipronil"),
                   "es": ("Cebo en bloque de difenacoum", "Gel cebo de fipronil"),
                   "it": ("Esca in blocco al difenacoum", "Gel esca al fipronil"),
                   "nl": ("Difenacoum-lokblok", "Fipronil-lokgel")}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "milkround": {"en": m.GBP}, "pestreport": {"en": m.SEK, "de": m.CHF},
    "alarmquarter": {"en": m.USD}, "studiobook": {"en": m.DKK, "fr": m.CHF_FR},
    "alterations": {"en": m.EUR_EN}, "livery": {"en": m.PLN}, "tyrebay": {"en": m.GBP},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
