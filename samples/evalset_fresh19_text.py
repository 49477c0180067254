"""The printed wording of the nineteenth fresh evaluation slice (`evalset_fresh19.py`): document
titles per layout, labels per language and the money each layout bills in. The common facts have
three phrasings (a layout takes phrasing `index % 3`); the labels only one layout prints have one.
`tax` takes {rate}; `pay` takes {due}; `discount` takes {pct}; `period` takes {month}."""

from __future__ import annotations

from typing import Final

import evalset_fresh3_items as m

# Per language, the title of each layout in the order of `evalset_fresh19.STYLE`, then the titles
# of its credit notes in the same order ("|"-separated).
TITLES: Final = {
    "en": ("Lift Maintenance Invoice|Fire Safety Service Invoice|Pool Service Invoice|"
           "Vending Supply Invoice|Invoice for Blinds Supplied and Fitted|Monthly Fee Invoice|"
           "Farriery Account",
           "Lift Maintenance Credit Note|Fire Safety Credit Note|Pool Service Credit Note|"
           "Vending Credit Note|Blinds Credit Note|Monthly Fee Credit Note|Farriery Credit"),
    "de": ("Rechnung Aufzugswartung|Rechnung Brandschutzwartung|Rechnung Poolpflege|"
           "Rechnung Automatenbefüllung|Rechnung Lieferung und Montage|Honorarrechnung "
           "Buchhaltung|Rechnung Hufbeschlag",
           "Gutschrift Aufzugswartung|Gutschrift Brandschutzwartung|Gutschrift Poolpflege|"
           "Gutschrift Automatenbefüllung|Gutschrift Sonnenschutz|Gutschrift Buchhaltung|"
           "Gutschrift Hufbeschlag"),
    "fr": ("Facture maintenance ascenseur|Facture vérification extincteurs|Facture entretien "
           "piscine|Facture approvisionnement distributeurs|Facture fourniture et pose|"
           "Facture d'honoraires mensuels|Facture de maréchalerie",
           "Avoir maintenance ascenseur|Avoir vérification extincteurs|Avoir entretien "
           "piscine|Avoir distributeurs|Avoir fourniture et pose|Avoir d'honoraires|"
           "Avoir de maréchalerie"),
    "es": ("Factura de mantenimiento de ascensor|Factura de revisión de extintores|Factura "
           "de mantenimiento de piscina|Factura de reposición vending|Factura de suministro e "
           "instalación|Factura de cuota mensual|Factura de herraje",
           "Rectificativa mantenimiento ascensor|Rectificativa extintores|Rectificativa "
           "piscina|Rectificativa vending|Factura rectificativa de instalación|"
           "Rectificativa de cuota|Rectificativa de herraje"),
    "it": ("Fattura manutenzione impianto elevatore|Fattura manutenzione presidi antincendio|"
           "Fattura manutenzione piscina|Fattura rifornimento distributori|Fattura fornitura "
           "e posa|Fattura onorari mensili|Fattura mascalcia",
           "Nota di credito manutenzione elevatore|Nota di credito antincendio|Nota di "
           "credito piscina|Nota di credito rifornimento|Nota di credito fornitura e posa|"
           "Nota di credito onorari|Nota di credito mascalcia"),
    "nl": ("Factuur liftonderhoud|Factuur onderhoud blusmiddelen|Factuur zwembadonderhoud|"
           "Factuur automatenvulling|Factuur levering en montage|Factuur maandhonorarium|"
           "Factuur hoefsmid",
           "Creditfactuur liftonderhoud|Creditfactuur blusmiddelen|Creditfactuur zwembad|"
           "Creditfactuur automatenvulling|Creditfactuur levering en montage|"
           "Creditfactuur maandhonorarium|Creditfactuur hoefsmid"),
}  # fmt: skip

# Per language: the common facts ("|": one phrasing per layout, index % 3), then what single
# layouts print.
WORDING: Final = {
    "en": {"number": "Invoice No|Our invoice number|Sales invoice",
           "date": "Date of supply|Invoice issued|Raised on",
           "due": "Payable by|Settlement due|Due for payment",
           "customer": "Invoiced to|Client|Customer account",
           "net": "Total before VAT|Goods and labour|Net charges",
           "tax": "Add VAT at {rate}%|VAT {rate} per cent|Plus VAT {rate}%",
           "grand": "Amount now due|Total incl. VAT|Please pay",
           "vat_id": "VAT No", "original": "This credit note relates to invoice",
           "pay": "Kindly remit by {due}, quoting our invoice number as the reference.",
           "desc": "Work and materials", "qty": "No.", "price": "Rate", "amount": "Net",
           "lines_sum": "Services at list rates", "discount": "Contract reduction {pct}%",
           "contract": "Maintenance contract", "lift": "Installation",
           "premises": "Premises inspected", "next": "Next inspection",
           "pool": "Pool", "currency": "Currency", "site": "Machines sited at",
           "fitted_at": "Fitting address", "room": "Room", "fitted_on": "Fitted",
           "client_no": "Client no.", "period": "Fees for {month}", "yard": "Horses kept at"},
    "de": {"number": "Rechnungs-Nr.|Unsere Rechnungsnummer|Beleg",
           "date": "Ausstellungsdatum|Erstellt am|Rechnung vom",
           "due": "Zahlbar bis zum|Fällig zum|Ohne Abzug bis",
           "customer": "Rechnung an|Auftraggeber|Kundenkonto",
           "net": "Summe vor Umsatzsteuer|Lohn und Material netto|Nettobetrag gesamt",
           "tax": "zzgl. USt. {rate} %|Umsatzsteuer {rate} Prozent|MwSt.-Anteil {rate} %",
           "grand": "Jetzt fälliger Betrag|Bruttosumme|Bitte überweisen",
           "vat_id": "USt-ID", "original": "Diese Gutschrift bezieht sich auf Rechnung",
           "pay": "Bitte überweisen Sie bis {due} mit der Rechnungsnummer als Verwendungszweck.",
           "desc": "Arbeiten und Material", "qty": "Anz.", "price": "Satz", "amount": "Netto",
           "lines_sum": "Leistungen zu Listenpreisen",
           "discount": "Vertragsnachlass {pct} %", "contract": "Wartungsvertrag",
           "lift": "Anlage", "premises": "Geprüftes Objekt", "next": "Nächste Prüfung",
           "pool": "Becken", "currency": "Währung", "site": "Standort der Automaten",
           "fitted_at": "Montageort", "room": "Raum", "fitted_on": "Montiert am",
           "client_no": "Mandanten-Nr.", "period": "Honorar für {month}",
           "yard": "Stall"},
    "fr": {"number": "Facture no|Notre numéro de facture|Réf. facture",
           "date": "Date d'émission|Émise le|Facture du",
           "due": "Payable avant le|Échéance au|À régler le",
           "customer": "Facturé à|Donneur d'ordre|Compte client",
           "net": "Total avant TVA|Main-d'œuvre et fournitures HT|Montant net",
           "tax": "TVA en sus {rate} %|TVA {rate} pour cent|Plus TVA {rate} %",
           "grand": "Montant exigible|Total toutes taxes|Merci de régler",
           "vat_id": "TVA intracommunautaire",
           "original": "Cet avoir se rapporte à la facture",
           "pay": "Merci de virer avant le {due} en rappelant notre numéro de facture.",
           "desc": "Travaux et fournitures", "qty": "Nbre", "price": "Taux", "amount": "Net",
           "lines_sum": "Prestations au tarif", "discount": "Remise contrat {pct} %",
           "contract": "Contrat d'entretien", "lift": "Appareil",
           "premises": "Site vérifié", "next": "Prochaine vérification",
           "pool": "Bassin", "currency": "Devise", "site": "Distributeurs installés chez",
           "fitted_at": "Adresse de pose", "room": "Pièce", "fitted_on": "Posé le",
           "client_no": "Dossier n°", "period": "Honoraires de {month}",
           "yard": "Chevaux en pension à"},
    "es": {"number": "Factura n.º|Nuestro número de factura|Documento",
           "date": "Fecha de emisión|Emitida el|Factura de fecha",
           "due": "Pagadera hasta|Vence el|Abonar el",
           "customer": "Facturar a|Cliente|Cuenta de cliente",
           "net": "Total antes de IVA|Mano de obra y material|Importe neto",
           "tax": "Más IVA {rate} %|IVA {rate} por ciento|IVA añadido {rate} %",
           "grand": "Importe a pagar ahora|Total IVA incluido|Rogamos abonen",
           "vat_id": "CIF", "original": "Esta factura rectifica la factura",
           "pay": "Rogamos transferencia antes del {due} indicando nuestro número de factura.",
           "desc": "Trabajos y materiales", "qty": "Cant.", "price": "Tarifa",
           "amount": "Neto", "lines_sum": "Servicios a tarifa",
           "discount": "Descuento por contrato {pct} %", "contract": "Contrato de mantenimiento",
           "lift": "Aparato elevador", "premises": "Instalación revisada",
           "next": "Próxima revisión", "pool": "Vaso", "currency": "Divisa",
           "site": "Máquinas instaladas en", "fitted_at": "Dirección de montaje",
           "room": "Estancia", "fitted_on": "Instalado el", "client_no": "N.º de cliente",
           "period": "Honorarios de {month}", "yard": "Cuadra"},
    "it": {"number": "Fattura n.|Nostro numero fattura|Documento",
           "date": "Data emissione|Emessa il|Fattura del",
           "due": "Pagabile entro|Scadenza al|Da saldare il",
           "customer": "Intestata a|Committente|Conto cliente",
           "net": "Totale prima dell'IVA|Manodopera e materiali|Importo netto",
           "tax": "Più IVA {rate}%|IVA {rate} per cento|Aggiunta IVA {rate}%",
           "grand": "Importo ora dovuto|Totale IVA compresa|Vi preghiamo di versare",
           "vat_id": "Partita IVA", "original": "La presente nota storna la fattura",
           "pay": "Bonifico entro il {due} indicando il nostro numero di fattura.",
           "desc": "Lavori e materiali", "qty": "Qtà", "price": "Tariffa", "amount": "Netto",
           "lines_sum": "Servizi a listino", "discount": "Sconto contratto {pct}%",
           "contract": "Contratto di manutenzione", "lift": "Impianto",
           "premises": "Sede verificata", "next": "Prossimo controllo",
           "pool": "Vasca", "currency": "Valuta", "site": "Distributori presso",
           "fitted_at": "Luogo di posa", "room": "Locale", "fitted_on": "Posato il",
           "client_no": "Cod. cliente", "period": "Onorari di {month}",
           "yard": "Scuderia"},
    "nl": {"number": "Factuurnr|Ons factuurnummer|Boekstuk",
           "date": "Uitgiftedatum|Gedagtekend op|Factuur van",
           "due": "Te voldoen vóór|Vervalt op|Betalen op",
           "customer": "Gefactureerd aan|Opdrachtgever|Klantrekening",
           "net": "Totaal vóór btw|Arbeid en materiaal|Nettobedrag",
           "tax": "Plus btw {rate}%|Btw-heffing {rate}%|Btw-bedrag {rate}%",
           "grand": "Nu verschuldigd|Totaal inclusief btw|Gelieve te betalen",
           "vat_id": "Btw-nr", "original": "Deze creditfactuur hoort bij factuur",
           "pay": "Graag overmaken vóór {due} met ons factuurnummer als kenmerk.",
           "desc": "Werk en materiaal", "qty": "Aant.", "price": "Tarief", "amount": "Netto",
           "lines_sum": "Diensten tegen tarief", "discount": "Contractkorting {pct}%",
           "contract": "Onderhoudscontract", "lift": "Installatie",
           "premises": "Gecontroleerd pand", "next": "Eerstvolgende keuring",
           "pool": "Bad", "currency": "Valuta", "site": "Automaten geplaatst bij",
           "fitted_at": "Montageadres", "room": "Ruimte", "fitted_on": "Gemonteerd op",
           "client_no": "Relatienr.", "period": "Honorarium {month}",
           "yard": "Stalling"},
}  # fmt: skip

# The pools the pool firm keeps (two sizes) and the buildings the lifts serve, per language.
POOLS: Final = {
    "en": ("outdoor, 10 x 5 m, saltwater", "indoor, 12 x 6 m, chlorine"),
    "de": ("Freibecken 10 x 5 m, Salzwasser", "Hallenbecken 12 x 6 m, Chlor"),
    "fr": ("extérieur, 10 x 5 m, électrolyse au sel", "intérieur, 12 x 6 m, chlore"),
    "es": ("exterior, 10 x 5 m, agua salada", "cubierta, 12 x 6 m, cloro"),
    "it": ("esterna, 10 x 5 m, acqua salata", "coperta, 12 x 6 m, cloro"),
    "nl": ("buitenbad 10 x 5 m, zoutwater", "binnenbad 12 x 6 m, chloor"),
}  # fmt: skip

# Money per layout and language: the euro in each language's format unless a layout bills in
# another currency there.
_EURO: Final = {"de": m.EUR_DE, "fr": m.EUR_FR, "es": m.EUR_DE, "it": m.EUR_DE, "nl": m.EUR_NL}
_OTHER: Final = {
    "liftservice": {"en": m.GBP}, "extinguishers": {"en": m.SEK, "de": m.CHF},
    "poolvisit": {"en": m.USD, "fr": m.CHF_FR}, "vending": {"en": m.EUR_EN},
    "blindfit": {"en": m.GBP}, "bookkeeping": {"en": m.DKK}, "farrier": {"en": m.PLN},
}  # fmt: skip
MONEY: Final = {layout: {**_EURO, **other} for layout, other in _OTHER.items()}
