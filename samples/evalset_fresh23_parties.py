"""Who bills and who is billed in the twenty-third fresh evaluation slice (`evalset_fresh23.py`):
one seller per layout and language and, per layout and language, two customers of the kind that
business serves (one per variant), with the yachts the ship chandler supplies. No name is used
by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "balloon": {
        "en": "Cotswold Skylark Balloon Flights Ltd;Windrush Airfield, Hangar 2;Burford OX18 4HX;"
              "GB 318 6620 41;GB47 NWBK 6016 1331 9268 19",
        "de": "Ballonfahrten Säntisblick GmbH;Flugplatzstrasse 9;9320 Arbon;CHE-391.442.817 "
              "MWST;CH41 0078 1621 3390 8820 0",
        "fr": "Montgolfières du Val de Loire SAS;Chemin des Levées 18;37400 Amboise;"
              "FR 27 812 330 674;FR76 1940 6370 1271 0448 3390 512",
        "es": "Globos Aerostáticos Segovia Vuelos S.L.;Camino de la Fuencisla 3;40003 Segovia;"
              "B40287513;ES61 0182 4050 9102 0166 3381",
        "it": "Mongolfiere Langhe Roero S.r.l.;Strada Valle Talloria 6;12051 Alba;"
              "IT 03881220046;IT14 G030 6922 5100 0000 0077 491",
        "nl": "Ballonvaart Hollandse Wolken B.V.;Vliegveldweg 12;7383 RL Voorst;"
              "NL 8627.41.905.B01;NL54 RABO 0316 7720 48"},
    "falconry": {
        "en": "Shannon Falconry Bird Control Ltd;Knockalisheen Road 7;Limerick V94 PX28;"
              "IE 3571920LH;IE58 BOFI 9058 2217 4403 61",
        "de": "Falknerei Greifenstein Vogelvergrämung;Burgweg 21;35753 Greifenstein;"
              "DE 287 441 093;DE34 5155 0035 0044 1729 83",
        "fr": "Fauconnerie Côte d'Opale Effarouchement;12 route de Wimereux;62930 Wimereux;"
              "FR 49 833 104 726;FR76 1627 5006 0008 3371 0492 814",
        "es": "Cetrería Bahía de Cádiz S.L.;Avenida del Puerto 41;11006 Cádiz;B72551904;"
              "ES27 2100 8573 2202 0044 6617",
        "it": "Falconeria Laguna Veneta di Zennaro;Via della Pila 14;30175 Marghera;"
              "IT 04992880276;IT63 E050 3402 0270 0000 0048 215",
        "nl": "Valkerij De Slufter Vogelbeheersing;Slufterweg 3;3199 LB Maasvlakte;"
              "NL 0019.82.466.B01;NL29 INGB 0006 9914 07"},
    "welding": {
        "en": "Gulf Coast Mobile Welding & Fab LLC;4410 Navigation Blvd;Houston, TX 77011;"
              "EIN 76-4412093;US-ACH 113000023 / 7729104416",
        "de": "Schweißtechnik Mobil Ruhrort;Hafenstraße 33;47119 Duisburg;DE 314 779 208;"
              "DE82 3505 0000 0201 4488 37",
        "fr": "Soudure Mobile Rhodanienne SARL;ZI Les Iles 5;26000 Valence;FR 72 794 206 318;"
              "FR76 1390 6001 3085 0414 7723 961",
        "es": "Soldaduras Móviles Ebro S.L.;Polígono Cogullada, nave 14;50014 Zaragoza;"
              "B99441826;ES18 2085 5208 3103 3044 1972",
        "it": "Saldature Mobili Brianza di Colombo;Via Stelvio 88;20841 Carate Brianza;"
              "IT 08614490962;IT30 J034 4032 9100 0000 0520 447",
        "nl": "Mobiel Laswerk Oost-Brabant V.O.F.;Kanaaldijk 140;5683 CS Best;"
              "NL 8531.60.772.B01;NL06 ABNA 0461 8830 27"},
    "sharpening": {
        "en": "Slipstenen Knivslip Göteborg AB;Järntorgsgatan 5;413 04 Göteborg;"
              "SE 559118640201;SE36 5000 0000 0532 7710 4486",
        "de": "Schleiferei Klingenrunde Ehrenfeld;Venloer Straße 401;50825 Köln;DE 331 905 248;"
              "DE17 3705 0198 1932 6604 11",
        "fr": "Aiguiserie du Léman Sàrl;Rue de Carouge 62;1205 Genève;CHE-274.503.889 TVA;"
              "CH19 0900 0000 1547 3320 8",
        "es": "Afilados Ruta Gastronómica S.L.;Calle Fuencarral 118;28010 Madrid;B88215390;"
              "ES92 0049 1871 2720 1044 5530",
        "it": "Arrotino Ambulante Vanzetti;Via Marghera 27;20149 Milano;IT 10772130967;"
              "IT57 U030 6909 5061 0000 0172 338",
        "nl": "Slijperij De Scherpe Snede;Bilderdijkstraat 84;1053 KV Amsterdam;"
              "NL 8693.02.451.B01;NL81 BUNQ 2063 1195 08"},
    "organ": {
        "en": "Bruhn & Lykke Orgelbyggeri ApS;Klosterstræde 11;4180 Sorø;DK 41 77 20 93;"
              "DK51 2000 0721 8830 46",
        "de": "Orgelbau Wendelin Hüttenrauch;Kantorsgasse 4;09599 Freiberg;DE 141 662 870;"
              "DE63 8705 2000 3100 2271 48",
        "fr": "Manufacture d'Orgues Delorme & Fils;8 rue des Tuyaux;68000 Colmar;"
              "FR 55 402 917 633;FR76 1027 8035 0000 0221 4470 816",
        "es": "Taller de Organería Aizpurua S.L.;Calle San Martín 19;20500 Arrasate;B20733416;"
              "ES70 3035 0112 2411 2004 7753",
        "it": "Bottega Organaria Serassi-Locatelli;Via Pignolo 77;24121 Bergamo;"
              "IT 02551840164;IT22 F030 6911 1661 0000 0009 914",
        "nl": "Orgelmakerij Van Straaten & Ploeger;Kerkstraat 52;8021 BN Zwolle;"
              "NL 8012.35.608.B01;NL70 TRIO 0390 4417 22"},
    "chandler": {
        "en": "Zaopatrzenie Statków Motlawa Sp. z o.o.;ul. Szafarnia 10;80-755 Gdansk;"
              "PL 5832991046;PL27 1240 1271 1111 0011 0388 2654",
        "de": "Schiffsausrüstung Kieler Förde GmbH;Kiellinie 220;24106 Kiel;DE 307 445 812;"
              "DE44 2105 0170 0091 3358 02",
        "fr": "Avitaillement Marine Port-Vauban;Quai Henri Rambaud 4;06600 Antibes;"
              "FR 86 502 310 449;FR76 1910 6008 3943 5501 2274 618",
        "es": "Suministros Náuticos Port Adriano S.L.;Puerto de Port Adriano, local 12;07180 "
              "Calvià;B57883240;ES08 0487 2046 1320 0017 6631",
        "it": "Provveditoria Navale Marina di Portofino;Calata Marconi 9;16034 Portofino;"
              "IT 02149920997;IT95 W061 7532 1400 0000 4471 180",
        "nl": "Scheepsleverancier Het Want;Oostelijke Handelskade 18;1019 BN Amsterdam;"
              "NL 8244.11.597.B01;NL38 RABO 0348 6621 95"},
    "escape": {
        "en": "Locked In Leeds Escape Rooms Ltd;Calls Landing 36;Leeds LS2 7EW;GB 290 4471 86;"
              "GB20 HBUK 4012 7731 5502 84",
        "de": "Exit Game Speicherstadt GmbH;Am Sandtorkai 62;20457 Hamburg;DE 326 118 574;"
              "DE96 2005 0550 1388 4402 71",
        "fr": "Énigmes & Cadenas Lille SAS;45 rue de Gand;59800 Lille;FR 18 851 274 009;"
              "FR76 1562 9027 0000 0448 2093 175",
        "es": "Escape Room La Cripta Sevilla S.L.;Calle Feria 88;41003 Sevilla;B90417528;"
              "ES45 0081 7421 8500 0266 1309",
        "it": "Fuga dal Castello Escape Room S.r.l.s.;Via Nizza 54;10126 Torino;"
              "IT 12066730014;IT48 V030 6901 0101 0000 0661 205",
        "nl": "Ontsnappingskamer De Kluis Utrecht;Oudegracht 231;3511 NK Utrecht;"
              "NL 8671.22.318.B01;NL62 INGB 0008 1127 74"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per layout, per language: two customers, "name|street|town".
_BUYERS: Final = {
    "balloon": {
        "en": ("Bicester Motion Events Team|Buckingham Road|Bicester OX27 8AL",
               "Thames Valley Actuarial Partners LLP|King's Meadow 3|Reading RG1 8DQ"),
        "de": ("Bodensee Treuhand AG, Personalabteilung|Bahnhofstrasse 14|8280 Kreuzlingen",
               "Ostschweizer Kantonalbank Kader-Anlass|Poststrasse 19|9000 St. Gallen"),
        "fr": ("Groupe Touraine Logistique, comité d'entreprise|Rue de la Pierre 7|37170 "
               "Chambray-lès-Tours", "Cabinet d'expertise Loire-Conseil|Boulevard Béranger 31|"
               "37000 Tours"),
        "es": ("Destilerías Castellanas S.A., Recursos Humanos|Avenida de Madrid 21|40001 "
               "Segovia", "Consultora Acueducto Ingenieros|Calle Real 16|40002 Segovia"),
        "it": ("Cantine Barolo Associate, ufficio eventi|Via Roma 3|12060 Barolo",
               "Nocciole Piemonte Export S.p.A.|Corso Langhe 44|12051 Alba"),
        "nl": ("Zutphense Verzekeringsgroep, personeelsvereniging|Stationsplein 8|7201 MH "
               "Zutphen", "Accountantskantoor IJsselvallei|Deventerstraat 61|7311 LW Apeldoorn")},
    "falconry": {
        "en": ("Limerick Docks Grain Terminal|Dock Road|Limerick V94 E3XW",
               "University Hospital Limerick, Estates|St Nessan's Road|Dooradoyle V94 F858"),
        "de": ("Müllheizkraftwerk Lahn-Dill|Am Kraftwerk 2|35576 Wetzlar",
               "Einkaufszentrum Forum Wetzlar, Center-Management|Am Forum 1|35576 Wetzlar"),
        "fr": ("Port de Boulogne-sur-Mer, criée|Quai Gambetta 2|62200 Boulogne-sur-Mer",
               "Lycée hôtelier du Touquet|Avenue du Château 16|62520 Le Touquet"),
        "es": ("Astilleros de la Bahía, mantenimiento|Calle Varadero 2|11011 Cádiz",
               "Mercado Central de Abastos de Cádiz|Plaza de la Libertad s/n|11005 Cádiz"),
        "it": ("Terminal Crociere Venezia Marittima|Fabbricato 103|30135 Venezia",
               "Aeroporto Marco Polo, manutenzione piste|Viale Galilei 30|30173 Tessera"),
        "nl": ("Overslagbedrijf Europoort Bulk B.V.|Elbeweg 117|3198 LC Europoort",
               "Afvalverwerking Rozenburg, locatiebeheer|Moezelweg 175|3198 LS Europoort")},
    "welding": {
        "en": ("Bayou City Dredging Co.|1800 Clinton Drive|Houston, TX 77020",
               "Pasadena Scrap & Metal Recovery|2702 Red Bluff Road|Pasadena, TX 77503"),
        "de": ("Binnenreederei Rheinkies GmbH|Vinckeweg 14|47119 Duisburg",
               "Bauhof der Stadt Oberhausen|Buschhausener Straße 154|46049 Oberhausen"),
        "fr": ("Carrières du Vivarais SAS|Route de Lamastre|07300 Tournon-sur-Rhône",
               "Coopérative fruitière de la Drôme|Avenue de Romans 22|26000 Valence"),
        "es": ("Áridos y Excavaciones Moncayo S.L.|Carretera de Logroño km 9|50180 Utebo",
               "Granja Porcina Los Monegros|Camino de Sariñena 3|22200 Sariñena"),
        "it": ("Cava Inerti Valle Lambro S.r.l.|Via per Monza 40|20842 Besana in Brianza",
               "Mobilificio Meregalli Arredi|Via Cesana 7|20831 Seregno"),
        "nl": ("Loonbedrijf Van den Heuvel Oirschot|Spoordonkseweg 29|5688 NP Oirschot",
               "Containerterminal Son B.V.|Ekkersrijt 4401|5692 DL Son")},
    "sharpening": {
        "en": ("Restaurang Sjömagasinet Kök|Adolf Edelsvärds gata 5|414 51 Göteborg",
               "Hotell Pigalle Matsal|Södra Hamngatan 2A|411 06 Göteborg"),
        "de": ("Brauhaus Em Kölsche Boor, Küche|Eigelstein 121|50668 Köln",
               "Restaurant Zeitgeist Belgisches Viertel|Brüsseler Straße 40|50674 Köln"),
        "fr": ("Café du Bourg-de-Four, cuisine|Place du Bourg-de-Four 13|1204 Genève",
               "Hôtel des Bergues Pâtisserie|Quai des Bergues 33|1201 Genève"),
        "es": ("Taberna La Carmencita, cocina|Calle Libertad 16|28004 Madrid",
               "Hotel Urban Restaurante Cielo|Carrera de San Jerónimo 34|28014 Madrid"),
        "it": ("Trattoria Madonnina del Naviglio|Via Gentilino 6|20136 Milano",
               "Hotel Principe di Brera, cucina|Via Solferino 12|20121 Milano"),
        "nl": ("Eetcafé De Jordaanse Kroeg, keuken|Westerstraat 78|1015 MN Amsterdam",
               "Hotel Pulitzer Brasserie|Prinsengracht 323|1016 GZ Amsterdam")},
    "organ": {
        "en": ("Roskilde Domsogns Menighedsråd|Domkirkepladsen 3|4000 Roskilde",
               "Haderslev Domkirke, Kirkeværget|Torvet 1|6100 Haderslev"),
        "de": ("Ev.-Luth. Kirchgemeinde St. Petri Freiberg|Petriplatz 1|09599 Freiberg",
               "Förderverein Silbermannorgel Rötha e.V.|Kirchplatz 2|04571 Rötha"),
        "fr": ("Paroisse Saint-Martin, conseil de fabrique|Place de la Cathédrale|68000 "
               "Colmar", "Commune de Marmoutier, service du patrimoine|Place du Général "
               "de Gaulle 1|67440 Marmoutier"),
        "es": ("Parroquia de San Juan Bautista de Mondragón|Plaza Monzón 2|20500 Arrasate",
               "Cabildo de la Catedral del Buen Pastor|Calle Urbieta 12|20006 Donostia"),
        "it": ("Parrocchia di Sant'Alessandro in Colonna|Via Sant'Alessandro 39|24122 "
               "Bergamo", "Fondazione MIA, Basilica di Santa Maria Maggiore|Via Arena 9|"
               "24129 Bergamo"),
        "nl": ("Kerkvoogdij Grote of Sint-Michaëlskerk|Grote Kerkplein 15|8011 PK Zwolle",
               "Stichting Oude Groninger Kerken, orgelfonds|Akerkhof 2|9711 JB Groningen")},
    "chandler": {
        "en": ("Marek Wisniewski-Lindholm|ul. Nadwislanska 7|80-680 Gdansk",
               "Baltic Charter Yachting Sp. z o.o.|ul. Przemyslowa 4|81-342 Gdynia"),
        "de": ("Dr. Henrike Staalsen-Broder|Düsternbrooker Weg 58|24105 Kiel",
               "Yachtcharter Schlei-Segeln GmbH|Am Hafen 9|24376 Kappeln"),
        "fr": ("Sir Anthony Ravenscroft-Guyon|Villa Les Cistes, Chemin des Sables|06160 "
               "Juan-les-Pins", "Société Riviera Yacht Management SAM|7 avenue Princesse "
               "Grace|98000 Monaco"),
        "es": ("Doña Ingrid Fuster Halvorsen|Carrer de la Mar 14|07157 Port d'Andratx",
               "Mallorca Superyacht Services S.L.|Avenida Gabriel Roca 33|07014 Palma"),
        "it": ("Comm. Ludovico Parodi Brignole|Via Roma 12|16038 Santa Margherita Ligure",
               "Tigullio Yacht Management S.r.l.|Molo Vespucci 3|16035 Rapallo"),
        "nl": ("Dhr. Pieter-Jan Zeeuw van Hoorn|Keizersgracht 611|1017 DS Amsterdam",
               "Zeilcharter IJsselmeer Enkhuizen B.V.|Compagnieshaven 1|1601 LA Enkhuizen")},
    "escape": {
        "en": ("Aire Valley Software Ltd, People Team|Wellington Place 4|Leeds LS1 4AP",
               "Kirkstall Building Society|Abbey Road 216|Leeds LS5 3NG"),
        "de": ("Hanseatische Spedition Pohlmann KG|Brooktorkai 7|20457 Hamburg",
               "Stadtteilschule Altona, Lehrerkollegium|Königstraße 37|22767 Hamburg"),
        "fr": ("Mutuelle Flandre Santé, service RH|Boulevard de la Liberté 48|59000 Lille",
               "Agence Web Vauban Digital|Rue Nationale 112|59800 Lille"),
        "es": ("Aceitunas del Aljarafe S.A., Departamento de Personas|Avenida de la Prensa 2|"
               "41007 Sevilla", "Gestoría Giralda Asesores|Calle Sierpes 41|41004 Sevilla"),
        "it": ("Fonderia Subalpina S.p.A., ufficio personale|Corso Vigevano 41|10152 Torino",
               "Studio Notarile Ceresole e Associati|Via Roma 101|10123 Torino"),
        "nl": ("Waterschap Stichtse Rijnlanden, personeelsvereniging|De Blauwe Lijn 1|3994 WV "
               "Houten", "Ingenieursbureau Domstad Advies|Catharijnesingel 30|3511 GB Utrecht")},
}  # fmt: skip
BUYERS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in pair)
                          for lang, pair in by_lang.items()}
                 for layout, by_lang in _BUYERS.items()}  # fmt: skip

# The ship chandler's yachts: name and flag, one per variant, and the marina berths they lie at.
VESSELS: Final = (("S/Y Nordlys", "Marshall Islands"), ("M/Y Aurelia Blue", "Malta"))
BERTHS: Final = ("A-14", "C-07", "Quay 3, berth 21", "Pontoon E, 33", "T-2", "Molo Nord 18")
# The balloon operator's launch sites per language.
LAUNCH: Final = {
    "en": "Windrush Airfield",
    "de": "Startplatz Arbon-Seeufer",
    "fr": "Aire d'envol de Chaumont-sur-Loire",
    "es": "Prado de La Granja",
    "it": "Campo volo di Grinzane Cavour",
    "nl": "Startveld De Voorster Klei",
}
