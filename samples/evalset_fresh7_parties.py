"""Parties of the seventh fresh evaluation slice (`evalset_fresh7.py`): a seller per layout and
language and two buyers per language, none of them used by another set, plus the projects,
buildings and vehicles the layouts print beside them."""

from __future__ import annotations

from typing import Final

from generate import Company

# Sellers per layout and language: "name|street|city|VAT id|IBAN".
_SELLERS: Final = {
    "architect": {
        "en": "Halloran Whyte Architects LLP|3 Shore Lane|Belfast BT1 3DG|GB 415 2208 71|"
              "GB61 ULSB 9801 0012 3456 78",
        "de": "Zumthal Architekten AG|Seefeldstrasse 214|8008 Zürich|CHE-338.412.907 MWST|"
              "CH93 0076 2011 6238 5295 7",
        "fr": "Atelier d'architecture Lemarchand|17 rue Sainte-Catherine|14000 Caen|"
              "FR 38 813 227 405|FR76 1450 6000 2112 3344 5566 781",
        "es": "Estudio Urquiza Arquitectos S.L.P.|Calle Gran Vía 41|48011 Bilbao|B95882031|"
              "ES91 2095 0611 0291 1234 5678",
        "it": "Studio Associato Corradini Architetti|Via Farini 28|43121 Parma|IT 02911870344|"
              "IT60 X054 2811 1010 0000 0123 456",
        "nl": "Bureau Veldkamp Architecten B.V.|Oude Haven 9|8011 TB Zwolle|NL 8266.19.402.B01|"
              "NL73 RABO 0301 2277 64"},
    "produce": {
        "en": "Alföld Zöldség Export Kft.|Kecskeméti út 14|6000 Kecskemét|HU 24781163|"
              "HU93 1160 0006 0000 0000 4912 3456",
        "de": "Obst- und Gemüsegroßhandel Rettenmaier KG|Großmarkt Halle 4|70327 Stuttgart|"
              "DE 147 228 930|DE44 6005 0101 0002 4477 81",
        "fr": "Primeurs Vallée du Lot SARL|MIN de Rungis, bât. D4|94150 Rungis|"
              "FR 62 502 881 774|FR76 3000 3020 4400 0501 8877 412",
        "es": "Hortofrutícola Campo de Níjar S.C.A.|Carretera de Almería km 7|04117 Níjar|"
              "F04338125|ES08 3058 0101 2327 2000 1188",
        "it": "Ortofrutta Fratelli Sabatini S.r.l.|Via dei Mercati 3|40127 Bologna|"
              "IT 03177460372|IT41 U063 8502 4101 0000 0008 813",
        "nl": "Groothandel Versland B.V.|Veilingweg 22|2675 BS Honselersdijk|"
              "NL 8411.28.605.B01|NL29 INGB 0007 1234 56"},
    "fuelcard": {
        "en": "Nordvei Fuel Services AS|Drammensveien 130|0277 Oslo|NO 923 118 406 MVA|"
              "NO21 1503 2244 818",
        "de": "Fleetcard Hessen GmbH|Kurt-Schumacher-Straße 31|34117 Kassel|DE 284 611 072|"
              "DE18 5205 0353 0001 7788 22",
        "fr": "CarbuPass Romandie SA|Avenue de la Gare 33|1003 Lausanne|CHE-109.664.281 TVA|"
              "CH56 0483 5012 3456 7800 9",
        "es": "Tarjeta Flota Centro S.A.|Calle de Orense 70|28020 Madrid|A86221734|"
              "ES30 0182 4011 2202 0161 3344",
        "it": "Carta Carburante Lombardia S.p.A.|Viale Monza 265|20126 Milano|IT 08811450962|"
              "IT02 L030 6909 6061 0000 0062 118",
        "nl": "Tankpas Centraal B.V.|Stationsweg 88|3811 LR Amersfoort|NL 8577.02.391.B01|"
              "NL81 ABNA 0417 7733 09"},
    "carryover": {
        "en": "Boktornet Library Supply AB|Drottninggatan 71|111 36 Stockholm|SE556874120501|"
              "SE72 8000 0832 7900 1234 5678",
        "de": "Bibliotheksservice Lindner GmbH|Königstraße 12|90402 Nürnberg|DE 318 904 125|"
              "DE66 7605 0101 0011 5544 90",
        "fr": "Librairie des Écoles Ravel SARL|9 place du Marché|63000 Clermont-Ferrand|"
              "FR 45 408 332 917|FR76 1680 6000 4012 3456 7890 122",
        "es": "Distribuciones Librarias Ebro S.L.|Paseo Independencia 19|50001 Zaragoza|"
              "B50771203|ES62 2085 5200 8103 3012 4455",
        "it": "Forniture Bibliotecarie Marzocco S.r.l.|Via de' Servi 15|50122 Firenze|"
              "IT 05533180487|IT88 B050 3402 8010 0000 0045 221",
        "nl": "Boekleverancier Eemland B.V.|Langestraat 40|3811 AJ Amersfoort|"
              "NL 8032.77.514.B01|NL12 INGB 0004 9988 71"},
    "mono": {
        "en": "Prairie Implement Parts Co.|1180 Industrial Pkwy|Salina, KS 67401|"
              "Sales tax permit 004-481722-04|Routing 101000695 Account 4488120077",
        "de": "Landtechnik Huber OHG|Dorfstraße 5|84307 Eggenfelden|DE 129 445 870|"
              "DE23 7435 0000 0020 4477 11",
        "fr": "Ets Lebreton Matériel Agricole|Route de Vitré|35500 Vitré|FR 09 318 227 654|"
              "FR76 1380 7008 0132 0210 3344 556",
        "es": "Recambios Agrícolas Tierra de Campos S.L.|Avda. de Palencia 88|34200 Venta de "
              "Baños|B34118205|ES29 2103 2400 1100 3344 5566",
        "it": "Ricambi Agricoli Padana S.n.c.|Strada Provinciale 10|26100 Cremona|"
              "IT 01544870195|IT31 P051 5611 4000 0000 0004 331",
        "nl": "Mechanisatiebedrijf Dijkhuis V.O.F.|Kanaalweg 14|7761 PA Schoonebeek|"
              "NL 8180.66.204.B01|NL55 RABO 0322 6611 09"},
    "training": {
        "en": "Vistula Business Academy Sp. z o.o.|ul. Prosta 51|00-838 Warszawa|PL 5252819044|"
              "PL27 1140 2004 0000 3102 7788 1144",
        "de": "Seminarhaus Moldau s.r.o.|Na Florenci 15|110 00 Praha 1|CZ 07412255|"
              "CZ65 0800 0000 1920 0014 5399",
        "fr": "Institut Formavenir SAS|24 cours Lafayette|69003 Lyon|FR 57 790 331 286|"
              "FR76 1027 8073 0100 0204 1170 182",
        "es": "Escuela de Negocios Moncayo S.L.|Calle Coso 98|50001 Zaragoza|B99455210|"
              "ES17 2085 0168 7103 3044 1290",
        "it": "Centro Formazione Ceresio SA|Via Pretorio 7|6900 Lugano|CHE-455.210.887 IVA|"
              "CH21 0024 5245 8877 1201 M",
        "nl": "Opleidingscentrum IJsselland B.V.|Burgemeester Roelenweg 3|8021 EV Zwolle|"
              "NL 8702.44.118.B01|NL40 ABNA 0611 2900 48"},
    "property": {
        "en": "Carpathia Property Management S.R.L.|Bd. Unirii 62|030833 Bucuresti|RO 31772054|"
              "RO49 RNCB 0082 0441 2211 0001",
        "de": "Hausverwaltung Steinbeck GmbH|Lindenallee 18|45127 Essen|DE 119 887 640|"
              "DE09 3605 0105 0001 2277 33",
        "fr": "Cabinet Grandjean Syndic SAS|5 rue Foch|34000 Montpellier|FR 20 451 778 093|"
              "FR76 1350 6100 0083 1122 3344 078",
        "es": "Administración de Fincas Borrell S.L.|Carrer de Balmes 205|08006 Barcelona|"
              "B65330871|ES55 0081 0057 3100 0188 2299",
        "it": "Amministrazioni Condominiali Rinaldi S.r.l.|Corso Vittorio Emanuele 88|"
              "80121 Napoli|IT 07718830632|IT15 R030 6903 4961 0000 0012 887",
        "nl": "VvE Beheer Kennemerland B.V.|Zijlweg 140|2015 BJ Haarlem|NL 8145.30.927.B01|"
              "NL90 RABO 0158 4422 17"},
}  # fmt: skip


def _company(text: str) -> Company:
    name, street, city, vat_id, iban = text.split("|")
    return Company(name, (street, city), vat_id, iban)


SELLERS: Final = {layout: {lang: _company(text) for lang, text in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Two buyers per language: "name|street|city".
_BUYERS: Final = {
    "en": ("Greyfriars Housing Association|12 Abbey Road|Dundee DD1 4QB",
           "Lakeshore Farms Cooperative|Route 2, Box 44|Abilene, KS 67410"),
    "de": ("Stadtwerke Bad Hersfeld GmbH|Am Fischerstein 1|36251 Bad Hersfeld",
           "Gemeinde Oberhaching, Gemeindebibliothek|Alpenstraße 11|82041 Oberhaching"),
    "fr": ("Communauté de communes du Bocage|2 rue de la Mairie|50240 Saint-James",
           "Transports Vidalenc SAS|ZI de la Plaine|81100 Castres"),
    "es": ("Ayuntamiento de Tudela, Biblioteca|Plaza Vieja 1|31500 Tudela",
           "Frutas y Logística Segre S.L.|Polígono El Segre 410|25191 Lleida"),
    "it": ("Consorzio Agrario Lodigiano|Via Emilia 35|26900 Lodi",
           "Comune di Brescello, Biblioteca civica|Piazza Matteotti 12|42041 Brescello"),
    "nl": ("Woningstichting De Lingehof|Kerkstraat 5|4191 AA Geldermalsen",
           "Loonbedrijf Van der Heijden|Dorpsstraat 77|5275 BG Den Dungen"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(n, (s, c)) for n, s, c in (b.split("|") for b in pair))
                 for lang, pair in _BUYERS.items()}  # fmt: skip

PROJECTS: Final = {
    "en": "Riverside Primary School extension", "de": "Neubau Feuerwehrhaus Wollishofen",
    "fr": "Réhabilitation de la halle aux grains", "es": "Rehabilitación Mercado de la Ribera",
    "it": "Nuova biblioteca comunale di Fidenza", "nl": "Transformatie pakhuis De Zwaan",
}  # fmt: skip
BUILDINGS: Final = {
    "en": "Str. Doamnei 12, Bucuresti", "de": "Rüttenscheider Straße 140, Essen",
    "fr": "Résidence Les Arceaux, Montpellier", "es": "Edificio Balmes 205, Barcelona",
    "it": "Condominio Parco Virgiliano, Napoli", "nl": "Bedrijvenhof Zijlweg, Haarlem",
}  # fmt: skip
PLATES: Final = {"en": "EL 4{n} {a}", "de": "KS-{a}{b} {n}", "fr": "VD {n}{n}",
                 "es": "{n}{n} {a}{b}K", "it": "G{a} {n}{b}Z", "nl": "V-{n}-{a}{b}"}  # fmt: skip
