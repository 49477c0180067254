"""The printed wording of the second fresh evaluation slice (`evalset_fresh2.py`): labels, month
abbreviations, products with article numbers and EANs, parties, money formats and VAT rates per
language, none of them used by the seen, held-out or fresh sets."""

from __future__ import annotations

from typing import Final

from generate import Company

_MONTHS: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
}
MONTHS_ABBR: Final = {lang: tuple(text.split()) for lang, text in _MONTHS.items()}

# One label set per language; `tax` takes the rate, `page` the page numbers, `in_code` the
# currency code, `legal` the seller's legal name.
WORDING: Final = {
    "en": {"title": "Sales Invoice", "credit_title": "Credit Memo", "number": "Invoice ref.",
           "date": "Date", "due": "Due on", "customer": "Deliver & invoice to",
           "pos": "Ln", "article": "Item code", "ean": "EAN", "description": "Product",
           "period": "Shipped", "qty": "Qty", "unit_price": "Each", "rate": "VAT",
           "amount": "Value", "net": "Goods value", "tax": "VAT at {rate}%",
           "tax_total": "Total VAT", "grand": "Balance due", "summary": "Summary",
           "carried": "Carried forward", "brought": "Brought forward",
           "page": "Page {n} of {m}", "in_code": "All amounts in {code}",
           "legal": "{legal} · Registered in England and Wales No. 08431122",
           "vat_id": "VAT reg. no.", "bank": "Bank details", "pay": "Please pay by"},
    "de": {"title": "Rechnung", "credit_title": "Rechnungskorrektur", "number": "Unsere Rechnung",
           "date": "Rechnungstag", "due": "Zahlbar bis spätestens", "customer": "Kunde",
           "pos": "Pos", "article": "Art.-Nr.", "ean": "EAN", "description": "Artikelbezeichnung",
           "period": "Lieferdatum", "qty": "Stück", "unit_price": "Preis", "rate": "USt.",
           "amount": "Wert", "net": "Warenwert netto", "tax": "Umsatzsteuer {rate} %",
           "tax_total": "Umsatzsteuer gesamt", "grand": "Rechnungssumme",
           "summary": "Zusammenfassung", "carried": "Übertrag", "brought": "Übertrag",
           "page": "Seite {n} von {m}", "in_code": "Alle Beträge in {code}",
           "legal": "{legal} · Sitz der Gesellschaft: Bremen · HRB 31877",
           "vat_id": "USt-ID", "bank": "Bankverbindung", "pay": "Zahlbar bis"},
    "fr": {"title": "Facture de vente", "credit_title": "Facture d'avoir", "number": "Pièce n°",
           "date": "Date", "due": "Règlement au", "customer": "Client livré / facturé",
           "pos": "Lig.", "article": "Réf. article", "ean": "Code EAN", "description": "Article",
           "period": "Livré le", "qty": "Qté", "unit_price": "PU HT", "rate": "TVA",
           "amount": "Montant", "net": "Total marchandises HT", "tax": "TVA à {rate} %",
           "tax_total": "Total TVA", "grand": "Net à régler", "summary": "Récapitulatif",
           "carried": "À reporter", "brought": "Report", "page": "Page {n} sur {m}",
           "in_code": "Montants exprimés en {code}",
           "legal": "{legal} · RCS Nantes 812 554 903", "vat_id": "TVA intracom.",
           "bank": "Coordonnées bancaires", "pay": "À payer avant le"},
    "es": {"title": "Factura", "credit_title": "Factura de abono", "number": "Serie/Número",
           "date": "Fecha", "due": "Vencimiento el", "customer": "Cliente",
           "pos": "Lín.", "article": "Código", "ean": "EAN", "description": "Artículo",
           "period": "Albarán", "qty": "Uds.", "unit_price": "Precio", "rate": "IVA",
           "amount": "Importe", "net": "Base imponible total", "tax": "Cuota IVA {rate}%",
           "tax_total": "Total cuota IVA", "grand": "Líquido a pagar", "summary": "Resumen",
           "carried": "Suma y sigue", "brought": "Suma anterior",
           "page": "Página {n} de {m}", "in_code": "Importes en {code}",
           "legal": "{legal} · Inscrita en el R.M. de Valencia, tomo 9912",
           "vat_id": "CIF", "bank": "Domiciliación", "pay": "Pagar antes del"},
    "it": {"title": "Fattura differita", "credit_title": "Nota di accredito",
           "number": "Fattura num.", "date": "del", "due": "Scad.", "customer": "Cessionario",
           "pos": "Rig.", "article": "Codice art.", "ean": "EAN", "description": "Descrizione beni",
           "period": "DDT", "qty": "Qtà", "unit_price": "Prezzo un.", "rate": "Aliq.",
           "amount": "Importo", "net": "Totale merce", "tax": "IVA al {rate}%",
           "tax_total": "Totale IVA", "grand": "Netto a pagare", "summary": "Riepilogo",
           "carried": "A riportare", "brought": "Riporto", "page": "Pagina {n} di {m}",
           "in_code": "Importi in {code}",
           "legal": "{legal} · Cap. soc. € 50.000 i.v. · REA TO-1187223",
           "vat_id": "Partita IVA", "bank": "Appoggio bancario", "pay": "Pagare entro il"},
    "nl": {"title": "Verkoopfactuur", "credit_title": "Creditfactuur", "number": "Factuur",
           "date": "Datum", "due": "Vervalt op", "customer": "Afleveradres / factuuradres",
           "pos": "Rg", "article": "Artikelnr.", "ean": "EAN-code", "description": "Artikel",
           "period": "Geleverd", "qty": "Aantal", "unit_price": "Prijs", "rate": "Btw",
           "amount": "Bedrag", "net": "Goederen excl. btw", "tax": "Btw {rate}%",
           "tax_total": "Totaal btw", "grand": "Totaal te voldoen", "summary": "Overzicht",
           "carried": "Transport", "brought": "Transport", "page": "Pagina {n} van {m}",
           "in_code": "Bedragen in {code}",
           "legal": "{legal} · KvK 60418273 · statutair gevestigd te Zwolle",
           "vat_id": "Btw-id", "bank": "Bankrekening", "pay": "Te betalen vóór"},
}  # fmt: skip

# Products with an article number; the EAN is derived from the article number.
CATALOG: Final = {
    "en": (("NW-1020", "Digital thermometer, probe 150 mm"), ("NW-1044", "Pipette tips 200 µl"),
           ("NW-2210", "Nitrile gloves, size M"), ("NW-3105", "Magnetic stirrer, 5 litre"),
           ("NW-3120", "Stir bar assortment"), ("NW-4401", "Beaker, borosilicate 600 ml"),
           ("NW-4402", "Measuring cylinder 250 ml"), ("NW-5007", "Lab coat, cotton, white"),
           ("NW-5120", "Safety goggles, anti-fog"), ("NW-6001", "Wash bottle 500 ml"),
           ("NW-6300", "Cryo labels, roll of 1000"), ("NW-7012", "Bench pH meter")),
    "de": (("HB-10440", "Schlagbohrmaschine 850 W"), ("HB-10512", "Akku-Schrauber 18 V"),
           ("HB-20031", "Holzbohrer-Set, 8-teilig"), ("HB-20118", "Spanplattenschrauben 4x40"),
           ("HB-30007", "Wasserwaage 80 cm"), ("HB-30440", "Kappsäge mit Zugfunktion"),
           ("HB-41002", "Schleifpapier K120, 50 Stück"), ("HB-41090", "Montagekleber 310 ml"),
           ("HB-52013", "Arbeitshandschuhe Gr. 10"), ("HB-52100", "Gehörschutz-Kapsel"),
           ("HB-60021", "Zollstock Holz 2 m"), ("HB-60390", "Werkzeugkoffer leer")),
    "fr": (("CV-0112", "Vin rouge Côtes du Rhône 75 cl"), ("CV-0140", "Crémant de Loire brut"),
           ("CV-0231", "Muscadet sur lie 2024"), ("CV-0302", "Rillettes de canard 180 g"),
           ("CV-0318", "Sel de Guérande 250 g"), ("CV-0420", "Biscuits au beurre, boîte"),
           ("CV-0507", "Huile de noix 50 cl"), ("CV-0611", "Caramel au beurre salé"),
           ("CV-0702", "Confiture de fraises 370 g"), ("CV-0813", "Cidre fermier brut"),
           ("CV-0920", "Sardines à l'huile d'olive"), ("CV-0999", "Coffret cadeau bois")),
    "es": (("AZ-1001", "Azulejo blanco mate 20x20"), ("AZ-1017", "Cenefa decorada 5x20"),
           ("AZ-2040", "Adhesivo cementoso C2TE 25 kg"), ("AZ-2055", "Junta gris perla 5 kg"),
           ("AZ-3012", "Perfil de aluminio 2,5 m"), ("AZ-3090", "Crucetas niveladoras 2 mm"),
           ("AZ-4401", "Gres porcelánico 60x60"), ("AZ-4410", "Rodapié porcelánico 8x60"),
           ("AZ-5020", "Llana dentada 8 mm"), ("AZ-5100", "Esponja de limpieza"),
           ("AZ-6007", "Imprimación acrílica 5 l"), ("AZ-6123", "Mosaico vítreo azul")),
    "it": (("TX-0101", "Tessuto lino naturale h 140"), ("TX-0155", "Velluto cotone blu"),
           ("TX-0230", "Fodera viscosa nera"), ("TX-0312", "Bottoni corno 20 mm"),
           ("TX-0400", "Cerniera metallo 60 cm"), ("TX-0455", "Filo cucirino poliestere"),
           ("TX-0510", "Nastro gros-grain 25 mm"), ("TX-0622", "Tela canapa grezza"),
           ("TX-0707", "Teletta adesiva bianca"), ("TX-0808", "Jersey cotone melange"),
           ("TX-0911", "Popeline righe azzurre"), ("TX-0990", "Campionario stagione")),
    "nl": (("FT-1200", "Stadsfiets dames 28 inch"), ("FT-1250", "Fietsslot ART-2"),
           ("FT-2301", "Binnenband 28 x 1,75"), ("FT-2310", "Buitenband reflecterend"),
           ("FT-3005", "Fietstas dubbel 30 l"), ("FT-3100", "Ledlamp voor, dynamo"),
           ("FT-4002", "Kettingolie 100 ml"), ("FT-4110", "Remblokken V-brake"),
           ("FT-5050", "Zadel comfort gel"), ("FT-5120", "Fietspomp met meter"),
           ("FT-6001", "Spatbordset 50 mm"), ("FT-6200", "Kinderzitje achter")),
}  # fmt: skip

# Per language: the logo text printed large, and the company (whose legal name is the truth).
SELLERS: Final = {
    "en": ("NORTHWIND", Company("Northwind Laboratory Supplies Ltd", ("Unit 7, Kelvin Way",
           "Crawley RH10 9SF"), "GB 301 4478 12", "GB71 NWBK 6016 1331 9268 19")),
    "de": ("holzbau", Company("Holzbau & Werkzeug Brinkmann GmbH", ("Hafenstraße 31",
           "28217 Bremen"), "DE 314 159 265", "DE44 2905 0101 0001 0777 77")),
    "fr": ("Cave Vallet", Company("Cave et Épicerie Vallet SARL", ("12 rue de la Fosse",
           "44000 Nantes"), "FR 62 812 554 903", "FR76 1027 8360 1000 0204 6780 143")),
    "es": ("AZULEJOS MORA", Company("Azulejos y Revestimientos Mora S.L.", ("Av. del Puerto 77",
           "46023 Valencia"), "B46123987", "ES91 2100 0418 4502 0005 1332")),
    "it": ("Tessitura Conti", Company("Tessitura Conti & Figli S.r.l.", ("Corso Vinzaglio 14",
           "10121 Torino"), "IT 11223344556", "IT60 X054 2811 1010 0000 0123 456")),
    "nl": ("FIETSHUIS", Company("Fietshuis Van der Veen V.O.F.", ("Melkmarkt 22",
           "8011 MC Zwolle"), "NL 8567.21.904.B01", "NL91 ABNA 0417 1643 00")),
}  # fmt: skip
BUYERS: Final = {
    "en": Company("Whitfield Academy Trust", ("Science Department", "Hove BN3 7BX")),
    "de": Company("Tischlerei Oltmanns", ("Deichweg 5", "26506 Norden")),
    "fr": Company("Hôtel Les Remparts", ("2 place du Château", "35400 Saint-Malo")),
    "es": Company("Reformas Ibáñez C.B.", ("C/ Colón 18, bajo", "03001 Alicante")),
    "it": Company("Sartoria Ferri", ("Via dei Servi 40", "50122 Firenze")),
    "nl": Company("Stichting Buurtwerk Oost", ("Kerkstraat 3", "7201 AA Zutphen")),
}  # fmt: skip

# Per layout: date style, credit-note languages, money per language (code, symbol, before,
# thousands, decimal; None keeps the locale's), and the default money.
NBSP: Final = "\u00a0"
SEK: Final = ("SEK", "kr", False, NBSP, ",")
DKK: Final = ("DKK", "kr.", False, ".", ",")
PLN: Final = ("PLN", "PLN", False, " ", ",")
STYLE: Final = {
    "two-page": ("locale", {"de"}, {"en": ("GBP", "£", True, None, None),
                                    "it": ("EUR", "€", True, None, None),
                                    "nl": ("EUR", "€", True, None, None)},
                 ("EUR", "€", False, None, None)),
    "ean": ("abbr", {"es"}, {"en": SEK, "de": DKK, "it": PLN, "nl": SEK},
            ("EUR", "EUR", False, None, None)),
    "summary": ("locale", {"fr"}, {"en": ("GBP", "GBP", True, None, None)},
                ("EUR", "EUR", True, None, None)),
    "landscape": ("short", {"en"}, {"en": PLN, "nl": DKK, "de": ("EUR", "€", False, None, None)},
                  ("EUR", "EUR", False, None, None)),
    "minimal": ("short", {"en", "it", "nl"}, {"en": ("GBP", "£", True, None, None)},
                ("EUR", "€", True, None, None)),
}  # fmt: skip
RATES: Final = {"en": ("5", "20"), "de": ("7", "19"), "fr": ("5.5", "20"), "es": ("10", "21"),
                "it": ("10", "22"), "nl": ("9", "21")}  # fmt: skip
EAN_PREFIX: Final = {"en": "50", "de": "40", "fr": "30", "es": "84", "it": "80", "nl": "87"}
