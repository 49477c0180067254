"""Parties of the fifth fresh evaluation slice (`evalset_fresh5.py`): a seller per layout and
language and two buyers per language, none of them used by another set, plus the vehicles,
events and sites the layouts print beside them."""

from __future__ import annotations

from typing import Final

from generate import Company

# Sellers per layout and language: "name|street|city|VAT id|IBAN".
_SELLERS: Final = {
    "workshop": {
        "en": "Pennine Motor Works Ltd|Unit 4, Canal Road|Bradford BD1 4SJ|GB 284 7719 03|"
              "GB47 LOYD 3095 1122 4455 67",
        "de": "Autohaus Kröger GmbH|Osterholzer Heerstraße 120|28307 Bremen|DE 318 224 671|"
              "DE52 2905 0101 0012 8834 55",
        "fr": "Garage des Quatre Routes SARL|112 avenue de Toulouse|31270 Cugnaux|"
              "FR 27 532 118 446|FR76 1313 5000 8008 1234 5678 922",
        "es": "Talleres Hermanos Olmedo S.L.|Avenida de Andalucía 58|14010 Córdoba|B14887320|"
              "ES36 0237 0210 3091 7055 1201",
        "it": "Autofficina Marchetti S.n.c.|Via Aurelia Nord 211|57121 Livorno|IT 01488230496|"
              "IT25 K062 0013 9000 0000 0412 770",
        "nl": "Autobedrijf Wijnands B.V.|Ambachtsweg 17|6222 NN Maastricht|NL 8177.42.305.B01|"
              "NL31 RABO 0140 8877 21"},
    "boq": {
        "en": "Fairbairn Building Contractors Ltd|22 Cowgate|Edinburgh EH1 1JT|GB 377 9120 58|"
              "GB18 BOFS 8022 0011 2233 44",
        "de": "Baugeschäft Inäbnit AG|Thunstrasse 81|3074 Muri bei Bern|CHE-312.558.904 MWST|"
              "CH38 0079 0016 5544 1234 5",
        "fr": "Bâtiments Morvan & Fils SAS|Zone artisanale de Kerbriant|56400 Auray|"
              "FR 52 441 877 305|FR76 1600 6000 1100 2233 4455 812",
        "es": "Construcciones Arrieta y Goñi S.L.|Calle Monasterio de Irache 44|31011 Pamplona|"
              "B31558204|ES14 2100 5241 1102 0033 4455",
        "it": "Edilizia Benedetti S.r.l.|Via dell'Artigianato 9|06083 Bastia Umbra|"
              "IT 02877410547|IT18 J030 6938 3001 0000 0019 022",
        "nl": "Bouwbedrijf Schuurman B.V.|Havenstraat 61|7311 GJ Apeldoorn|NL 8092.15.884.B01|"
              "NL77 ABNA 0558 1209 33"},
    "catering": {
        "en": "Skärgårdens Catering AB|Strandvägen 51|115 23 Stockholm|SE559211784401|"
              "SE45 5000 0000 0583 9825 7466",
        "de": "Tafelwerk Catering GmbH|Elbchaussee 404|22609 Hamburg|DE 331 092 784|"
              "DE12 2004 1111 0412 7788 00",
        "fr": "Traiteur Delacroix & Cie|45 quai des Chartrons|33000 Bordeaux|FR 83 498 220 716|"
              "FR76 1330 6000 0112 3344 5566 718",
        "es": "Catering Alborada S.L.|Calle Colón 22|46004 Valencia|B98411276|"
              "ES52 2038 6100 1230 0045 7788",
        "it": "Banqueting Villa Ortensia S.r.l.|Via Santa Maria 4|50125 Firenze|IT 06714330483|"
              "IT77 P061 6002 8000 0001 4470 C00",
        "nl": "Partycentrum De Gouden Lepel B.V.|Oudegracht 211|3511 NJ Utrecht|"
              "NL 8621.70.433.B01|NL09 INGB 0006 5522 87"},
    "reseller": {
        "en": "Nordlys IT Licensing ApS|Vesterbrogade 149|1620 København V|DK 41 22 87 64|"
              "DK50 0040 0440 1162 43",
        "de": "Softmarket Polska Sp. z o.o.|ul. Grzybowska 87|00-844 Warszawa|PL 5272955120|"
              "PL61 1090 1014 0000 0712 1981 2874",
        "fr": "Logiciels Arvor SAS|3 rue de la Poterie|35200 Rennes|FR 19 824 113 590|"
              "FR76 1558 9351 2600 0412 8877 044",
        "es": "Licencias Cantábrico S.L.|Calle Marqués de la Hermida 30|39009 Santander|"
              "B39882015|ES67 0049 6741 5822 1601 2270",
        "it": "Softlab Distribuzione S.r.l.|Via Antonio da Recanate 2|20124 Milano|"
              "IT 09923840155|IT11 G056 9601 6000 0001 8823 X77",
        "nl": "Licentiehuis Noord B.V.|Zernikepark 6|9747 AN Groningen|NL 8590.33.217.B01|"
              "NL45 SNSB 0944 1188 02"},
    "rental": {
        "en": "Fjordleie Maskin AS|Sandstuveien 68|0680 Oslo|NO 918 447 213 MVA|"
              "NO93 8601 1117 947",
        "de": "Baumaschinen Hollerbach KG|Gewerbepark Süd 3|97082 Würzburg|DE 134 772 908|"
              "DE07 7905 0000 0044 1277 31",
        "fr": "Loca-Matériel Rhône-Alpes SAS|8 rue des Frères Lumière|38070 Saint-Quentin-"
              "Fallavier|FR 64 389 410 226|FR76 1820 6002 1065 0412 7788 320",
        "es": "Alquileres Maquinaria Duero S.A.|Calle Vázquez de Menchaca 12|47008 Valladolid|"
              "A47228130|ES20 3058 5100 1127 2000 9912",
        "it": "Noleggi Fratelli Ghidini S.r.l.|Via Industriale 44|25016 Ghedi|IT 03122840983|"
              "IT39 D050 3454 6800 0000 0012 345",
        "nl": "Verhuurcentrale Hoogland B.V.|Nijverheidsweg 28|3771 ME Barneveld|"
              "NL 8133.51.702.B01|NL58 RABO 0361 4422 90"},
    "translation": {
        "en": "Lingua Pannonia Kft.|Andrássy út 66|1062 Budapest|HU 26411832|"
              "HU42 1177 3016 1111 1018 0000 0000",
        "de": "Übersetzungsbüro Vltava s.r.o.|Vinohradská 184|130 00 Praha 3|CZ 06122548|"
              "CZ79 0100 0001 2345 6789 0123",
        "fr": "Traductions Belledonne SARL|14 place Grenette|38000 Grenoble|FR 71 512 334 908|"
              "FR76 3000 4024 1700 0101 2345 678",
        "es": "Traducciones Albéniz S.L.|Calle Pelai 12|08001 Barcelona|B66120458|"
              "ES25 0081 0200 1100 0123 4567",
        "it": "Studio Traduzioni Vitale|Via Roma 220|90133 Palermo|IT 05981220826|"
              "IT53 N030 6904 6001 0000 0088 451",
        "nl": "Vertaalbureau Polyglot B.V.|Lange Voorhout 12|2514 ED Den Haag|"
              "NL 8544.12.906.B01|NL14 ABNA 0523 8811 47"},
    "bilingual": {
        "en": "Rideau Facility Services Inc.|200 Bank Street|Ottawa ON K2P 1W8|"
              "GST/HST 812245091 RT0001|Transit 00301, institution 003, account 1234567",
        "de": "Reinigungsdienst Seeland AG|Zentralstrasse 42|2502 Biel/Bienne|"
              "CHE-107.338.190 MWST|CH72 0900 0000 2500 1234 8",
        "fr": "Net Service Bruxelles SRL|Avenue Louise 331|1050 Bruxelles|BE 0745.118.332|"
              "BE71 0961 2345 6769",
        "es": "Limpiezas Costa Brava S.L.|Avinguda de Catalunya 15|17230 Palamós|B17422180|"
              "ES44 0182 1130 5102 0011 2233",
        "it": "Pulizie Ceresio SA|Via Cantonale 18|6900 Lugano|CHE-112.909.411 IVA|"
              "CH50 0024 7247 1234 5601 A",
        "nl": "Schoonmaakbedrijf Scheldezicht BV|Frankrijklei 90|2000 Antwerpen|BE 0688.441.207|"
              "BE68 5390 0754 7034"},
}  # fmt: skip


def _company(text: str) -> Company:
    name, street, city, vat_id, iban = text.split("|")
    return Company(name, (street, city), vat_id, iban)


SELLERS: Final = {layout: {lang: _company(text) for lang, text in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Two buyers per language ("name|street|city").
_BUYERS: Final = {
    "en": ("Brightwater Community Trust|3 Albion Street|Hull HU1 3TG",
           "Meridian Port Services Ltd|14 Dock Road|Felixstowe IP11 3QW"),
    "de": ("Kanzlei Oberhauser & Partner|Maximilianstraße 31|86150 Augsburg",
           "Sportverein Grün-Weiß Lindenau e.V.|Am Sportpark 2|04177 Leipzig"),
    "fr": ("Clinique vétérinaire des Tilleuls|6 allée des Tilleuls|44300 Nantes",
           "Association culturelle Le Grand Phare|2 quai du Port|13002 Marseille"),
    "es": ("Colegio San Isidoro|Calle Feria 95|41003 Sevilla",
           "Inmobiliaria Puerta del Sol S.A.|Calle Arenal 9|28013 Madrid"),
    "it": ("Cantina Sociale Colli Euganei|Via Marconi 30|35030 Vò",
           "Studio Legale Parisi & Rinaldi|Corso Vercelli 14|20145 Milano"),
    "nl": ("Stichting Muziekschool Amersfoort|Westsingel 31|3811 BB Amersfoort",
           "Zorggroep De Linde|Lindelaan 4|7411 CK Deventer"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(n, (s, c)) for n, s, c in (b.split("|") for b in pair))
                 for lang, pair in _BUYERS.items()}  # fmt: skip

VEHICLES: Final = ("VW Golf 1.5 TSI", "Ford Focus 1.0 EcoBoost", "Peugeot 308 1.2 PureTech",
                   "SEAT León 2.0 TDI", "Fiat Tipo 1.6 MultiJet", "Toyota Corolla 1.8 Hybrid",
                   "Renault Clio TCe 90", "Škoda Octavia 2.0 TDI")  # fmt: skip
PLATES: Final = {"en": "YK21 {a}{b}X", "de": "HB-{a}{b} {n}", "fr": "{a}{b}-{n}-KT",
                 "es": "{n} {a}{b}R", "it": "G{a}{n}{b}M", "nl": "{n}-{a}{b}-7"}  # fmt: skip
# The event catered for, per language ("event|venue").
EVENTS: Final = {
    "en": ("Annual partner dinner|Fotografiska, Stadsgårdshamnen 22",
           "Summer staff party|Rosendals Trädgård, Djurgården"),
    "de": ("Sommerfest der Belegschaft|Elbterrassen Övelgönne",
           "Mandantenempfang zum Jahresauftakt|Kanzleiräume Augsburg"),
    "fr": ("Soirée des adhérents|Hangar 14, quai des Chartrons",
           "Déjeuner du conseil d'administration|Château Pape Clément"),
    "es": ("Graduación promoción 2026|Salón Mediterráneo, Valencia",
           "Presentación a inversores|Hotel Las Arenas, Valencia"),
    "it": ("Vendemmia in cantina|Tenuta Colli Euganei",
           "Cena di gala dello studio|Palazzo Borghese, Firenze"),
    "nl": ("Jubileumconcert en receptie|Tivoli Vredenburg, Utrecht",
           "Nieuwjaarsborrel medewerkers|Kasteel de Haar, Haarzuilens"),
}  # fmt: skip
# Where the hired equipment and the building work went, per language.
SITES: Final = {
    "en": "Bjørvika plot B4, Oslo", "de": "Neubau Kita Zellerau, Würzburg",
    "fr": "ZAC des Berges, lot 7, Vienne", "es": "Urbanización Los Álamos, parcela 12",
    "it": "Lottizzazione San Zeno, Montichiari", "nl": "Nieuwbouw De Esch, Barneveld",
}  # fmt: skip
PROJECTS: Final = {
    "en": "Refurbishment, 14 Leith Walk", "de": "Umbau Mehrfamilienhaus Gurtenweg 9",
    "fr": "Rénovation maison Le Floch, Carnac", "es": "Reforma vivienda Calle Estella 3",
    "it": "Ristrutturazione Casa Ferri, Assisi", "nl": "Verbouwing woonboerderij Ugchelen",
}  # fmt: skip
MANAGERS: Final = ("Réka Szabó", "Tomáš Novák", "Camille Roux", "Núria Puig", "Marta Greco",
                   "Joost Verbeek")  # fmt: skip
