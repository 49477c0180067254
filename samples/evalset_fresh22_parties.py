"""Who bills and who is billed in the twenty-second fresh evaluation slice (`evalset_fresh22.py`):
one seller per layout and language and, per layout and language, two customers of the kind that
business serves (one per variant), with the court cases the court reporter bills for. No name is
used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "treesurgeon": {
        "en": "Hawthorn & Ash Arboriculture Ltd;Unit 3, Sawmill Yard;Ludlow SY8 1QT;"
              "GB 402 7719 35;GB61 LOYD 3091 5522 0487 13",
        "de": "Baumpflege Zimmerli AG;Hohlstrasse 210;8004 Zürich;CHE-218.730.455 MWST;"
              "CH62 0070 0110 0048 3317 9",
        "fr": "Élagage des Combrailles SARL;Route de Pontaumur 14;63390 Saint-Gervais-"
              "d'Auvergne;FR 31 840 225 117;FR76 1680 6000 4100 2277 1095 438",
        "es": "Arboricultura Moncayo S.L.;Camino de la Dehesa 22;50500 Tarazona;B50883417;"
              "ES47 2085 0307 4511 0033 6628",
        "it": "Arboricoltura Valsesia di Gianotti Marco;Via Roma 58;13019 Varallo;"
              "IT 02661930028;IT86 K060 9044 8300 0000 1227 305",
        "nl": "Boomverzorging De Veluwse Eik B.V.;Apeldoornseweg 171;6814 BL Arnhem;"
              "NL 8569.22.740.B01;NL41 INGB 0008 3362 71"},
    "roofer": {
        "en": "Clancy Slating & Roofing Ltd;Ballinacarrig Road 4;Carlow R93 TX64;"
              "IE 3318820QH;IE22 AIBK 9330 1140 5521 86",
        "de": "Bedachungen Kuhlmann GmbH & Co. KG;Ziegeleistraße 7;32756 Detmold;"
              "DE 126 947 330;DE71 4765 0130 0044 1196 27",
        "fr": "Couverture Ardoisière Le Goff;ZA de Kerhoas 9;29800 Landerneau;"
              "FR 58 519 774 206;FR76 1558 9298 5500 4419 2837 601",
        "es": "Cubiertas y Pizarras del Bierzo S.L.;Avenida de Galicia 120;24400 Ponferrada;"
              "B24660193;ES19 2108 4240 8100 3317 2290",
        "it": "Coperture Zanardi Tetti e Lattoneria S.n.c.;Via Caduti del Lavoro 31;25015 "
              "Desenzano del Garda;IT 03320410983;IT42 A031 1154 4100 0000 0019 873",
        "nl": "Dakdekkersbedrijf Veenstra & Zn.;Industrieweg 26;9206 AM Drachten;"
              "NL 8123.74.016.B01;NL93 RABO 0137 5582 06"},
    "taxidermy": {
        "en": "Nørgaard Præparation & Konservering;Skovvej 17;7400 Herning;DK 38 12 55 07;"
              "DK07 3000 0012 4478 90",
        "de": "Präparationswerkstatt Hubertus Gassner;Jägerweg 3;94469 Deggendorf;"
              "DE 281 504 662;DE29 7415 0000 0380 1127 46",
        "fr": "Atelier de Taxidermie Vauthier;12 rue du Chapitre;88000 Épinal;"
              "FR 86 421 908 331;FR76 1470 7000 1031 8992 4461 209",
        "es": "Taxidermia Sierra de Cazorla;Calle Hornos 15;23470 Cazorla;B23814406;"
              "ES35 0237 0210 3091 6680 4417",
        "it": "Laboratorio di Tassidermia Dal Farra;Via Feltre 88;32100 Belluno;"
              "IT 01147390252;IT05 M020 0811 9100 0010 4457 628",
        "nl": "Prepareerderij Van Kampen;Hessenweg 45;7722 RC Dalfsen;NL 0033.91.552.B01;"
              "NL66 ABNA 0522 6187 39"},
    "tableware": {
        "en": "Pracownia Ceramiki Kobalt Sp. z o.o.;ul. Zgorzelecka 31;59-700 Boleslawiec;"
              "PL 6121840977;PL83 1090 2112 0000 0001 4419 2265",
        "de": "Steinzeugwerkstatt Holtkötter;Töpferstraße 5;48268 Greven;DE 309 116 742;"
              "DE40 4035 1060 0072 2951 18",
        "fr": "Céramiques du Salève Sàrl;Rue Jacques-Dalphin 28;1227 Carouge;"
              "CHE-447.615.093 TVA;CH53 0483 5044 7150 2200 1",
        "es": "Alfarería Contemporánea Manises S.L.;Calle Ceramistas 12;46940 Manises;"
              "B98661427;ES56 3058 2203 4427 1003 5518",
        "it": "Officina Ceramica Faentina Lapucci;Via Pistocchi 19;48018 Faenza;"
              "IT 02598410393;IT70 P062 7023 7000 0000 3318 447",
        "nl": "Keramiekatelier Tichelwerk Makkum;Turfmarkt 14;8754 CK Makkum;"
              "NL 8608.17.399.B01;NL17 RABO 0327 0419 55"},
    "borehole": {
        "en": "Lindqvist Brunnsborrning AB;Sågverksvägen 6;792 32 Mora;SE 556774318801;"
              "SE72 8000 0814 2900 4471 2265",
        "de": "Brunnenbau Ortlieb GmbH;Kiesgrubenweg 11;91301 Forchheim;DE 134 882 507;"
              "DE66 7635 1040 0000 3317 84",
        "fr": "Forages et Puits du Quercy SARL;Lieu-dit Pech Merle 2;46330 Cabrerets;"
              "FR 04 503 667 920;FR76 1120 6200 1200 3891 1457 705",
        "es": "Sondeos y Pozos La Mancha S.L.;Carretera de Tomelloso km 3;13700 Tomelloso;"
              "B13709254;ES92 3190 2065 7145 0291 6623",
        "it": "Trivellazioni Pozzi Murgia S.r.l.;Contrada Graviglione 40;70022 Altamura;"
              "IT 06992170722;IT49 T054 2441 3400 0000 1005 326",
        "nl": "Bronboringen Hendriks Zeeland B.V.;Poelendaelesingel 8;4335 JA Middelburg;"
              "NL 0046.71.238.B01;NL30 ABNA 0418 7702 93"},
    "fencing": {
        "en": "Pennine Post & Panel Fencing Ltd;Moorside Works, Brow Lane;Holmfirth HD9 2RT;"
              "GB 377 1602 48;GB90 BARC 2036 4471 5530 92",
        "de": "Zaunbau Brüggemann & Söhne;Gewerbering 19;49661 Cloppenburg;DE 302 118 476;"
              "DE55 2806 7170 0091 4420 06",
        "fr": "Clôtures Mérignac Aménagements;Avenue de l'Argonne 77;33700 Mérignac;"
              "FR 69 792 440 583;FR76 1333 5000 4008 0227 6519 344",
        "es": "Vallados y Cerramientos Tajo S.L.;Calle Fundidores 9;45007 Toledo;B45732219;"
              "ES80 2103 0740 2600 1188 4723",
        "it": "Recinzioni Bassa Padovana di Michielon;Via dell'Artigianato 12;35042 Este;"
              "IT 04811520288;IT37 F030 6962 6141 0000 0028 114",
        "nl": "Hekwerk en Poorten Twente V.O.F.;Marssteden 42;7547 TD Enschede;"
              "NL 8642.05.117.B01;NL12 INGB 0007 8849 30"},
    "courtreport": {
        "en": "Lone Star Deposition Reporters, LLC;1100 Congress Avenue, Suite 410;Austin, TX "
              "78701;EIN 74-2918550;US-ACH 111900659 / 2288417705",
        "de": "Protokolldienst Schreiber & Lenz GbR;Gerichtsstraße 4;04105 Leipzig;"
              "DE 328 771 904;DE19 8605 5592 1100 6382 57",
        "fr": "Sténotypie Judiciaire Rhône-Alpes;14 quai Romain Rolland;69005 Lyon;"
              "FR 13 880 447 261;FR76 1009 6180 9400 0557 3318 266",
        "es": "Estenotipia Jurídica Levante S.L.;Calle del Justicia 4;46004 Valencia;"
              "B98440219;ES14 0081 0216 7300 0148 9951",
        "it": "Servizi di Stenotipia Forense Mantegazza;Corso di Porta Vittoria 28;20122 "
              "Milano;IT 10388220962;IT81 Z050 3401 6330 0000 0044 218",
        "nl": "Stenografie- en Verslagbureau Ruys;Prinsessegracht 21;2514 AP Den Haag;"
              "NL 8219.66.402.B01;NL45 ABNA 0601 3388 12"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per layout, per language: two customers, "name|street|town".
_BUYERS: Final = {
    "treesurgeon": {
        "en": ("Oakly Park Estate Office|Bromfield Road|Ludlow SY8 2JN",
               "St Laurence's Parochial Church Council|College Street|Ludlow SY8 1AN"),
        "de": ("Grün Stadt Zürich, Baumkataster|Beatenplatz 2|8001 Zürich",
               "Stockwerkeigentümer Rebhaldenweg 8|Rebhaldenweg 8|8123 Ebmatingen"),
        "fr": ("Mairie de Pontgibaud, services techniques|Place de la République|63230 "
               "Pontgibaud", "Camping Les Volcans Verts|Route du Lac 3|63150 Murol"),
        "es": ("Ayuntamiento de Veruela, Medio Ambiente|Plaza Mayor 1|50580 Vera de Moncayo",
               "Monasterio de Veruela, Conservación|Carretera de Veruela s/n|50580 Vera "
               "de Moncayo"),
        "it": ("Comune di Borgosesia, Ufficio Verde|Piazza Martiri 1|13011 Borgosesia",
               "Villa Durio Residenza per Anziani|Via Durio 14|13019 Varallo"),
        "nl": ("Gemeente Rheden, Beheer Openbare Ruimte|Ellekomseweg 1|6955 ZG Ellecom",
               "Landgoed Zypendaal Rentmeesterij|Zypendaalseweg 44|6814 CL Arnhem")},
    "roofer": {
        "en": ("Bagenalstown Parish Hall Committee|Main Street|Bagenalstown R21 HC90",
               "Tullow Credit Union Ltd|Bridge Street 2|Tullow R93 KD50"),
        "de": ("Lippische Wohnungsbau eG|Hornsche Straße 41|32756 Detmold",
               "Landgasthof Zum Hermannsdenkmal|Grotenburg 52|32760 Detmold"),
        "fr": ("SCI Les Ardoisières de l'Élorn|6 rue de la Fontaine Blanche|29800 Landerneau",
               "Presbytère de Plougastel, conseil paroissial|Place du Calvaire|29470 "
               "Plougastel-Daoulas"),
        "es": ("Comunidad de Propietarios Avenida de España 18|Avenida de España 18|24400 "
               "Ponferrada", "Casa Rural El Castro de Molinaseca|Calle Real 31|24413 "
               "Molinaseca"),
        "it": ("Condominio Le Vele del Lago|Lungolago Cesare Battisti 14|25015 Desenzano del "
               "Garda", "Agriturismo Corte Lugana|Località Lugana 7|25019 Sirmione"),
        "nl": ("Woonstichting De Friese Wouden|Raadhuisplein 3|9203 EA Drachten",
               "Hervormde Gemeente Boornbergum|Kerkbuurt 10|9212 PJ Boornbergum")},
    "taxidermy": {
        "en": ("Herning Jagtforening|Silkeborgvej 90|7400 Herning",
               "Naturhistorisk Udstilling Ikast|Strøget 12|7430 Ikast"),
        "de": ("Jagdgenossenschaft Hengersberg|Rathausplatz 2|94491 Hengersberg",
               "Waldmuseum Zwiesel, Sammlung|Kirchplatz 3|94227 Zwiesel"),
        "fr": ("Société de Chasse des Vosges Mosellanes|3 rue des Sapins|88100 Saint-Dié",
               "Musée départemental d'Art ancien et contemporain|1 place Lagarde|88000 "
               "Épinal"),
        "es": ("Coto de Caza Las Villas Sociedad Civil|Cortijo Las Villas|23479 Hornos de "
               "Segura", "Centro de Interpretación Torre del Vinagre|Carretera A-319 km 48|"
               "23470 Cazorla"),
        "it": ("Riserva Alpina di Caccia Ponte nelle Alpi|Via dei Cacciatori 2|32014 Ponte "
               "nelle Alpi", "Museo Civico di Storia Naturale di Belluno|Piazza Duomo 16|"
               "32100 Belluno"),
        "nl": ("Wildbeheereenheid Salland|Oude Twentseweg 5|7722 PH Dalfsen",
               "Natuurmuseum Zwolle, Collecties|Melkmarkt 41|8011 MC Zwolle")},
    "tableware": {
        "en": ("Restauracja Pod Baranami|Rynek Glowny 27|31-010 Krakow",
               "Hotel Zamek Grodziec, Kuchnia|Grodziec 1|59-516 Zagrodno"),
        "de": ("Restaurant Zur Alten Schmiede Greven|Marktstraße 12|48268 Greven",
               "Hofcafé Lütke Wöstmann|Schöneflieth 4|48268 Greven"),
        "fr": ("Brasserie du Molard|Place du Molard 2|1204 Genève",
               "Auberge de la Croix-Blanche, cuisine|Route de Chancy 18|1213 Onex"),
        "es": ("Restaurante Arrocería La Marjal|Calle Mayor 44|46940 Manises",
               "Hotel Balneario Las Arenas, cocina|Calle Eugenia Viñes 22|46011 Valencia"),
        "it": ("Trattoria La Baita sul Lamone|Via Lapi 8|48018 Faenza",
               "Osteria del Sole dal 1465|Vicolo Ranocchi 1|40124 Bologna"),
        "nl": ("Restaurant De Zilte Wier|Voorstraat 33|8861 BK Harlingen",
               "Strandpaviljoen Paal 9, keuken|Badweg 9|8754 GA Makkum")},
    "borehole": {
        "en": ("Orsa Besparingsskog Fastigheter|Kyrkogatan 10|794 30 Orsa",
               "Gammelgården Lantbruk HB|Noret 41|792 30 Mora"),
        "de": ("Gärtnerei Schmidtlein Gemüsebau|Reuther Weg 22|91301 Forchheim",
               "Reiterhof Wiesenttal|Talstraße 3|91320 Ebermannstadt"),
        "fr": ("GAEC des Noyers du Célé|Le Mas de Vers|46330 Cabrerets",
               "Domaine viticole Clos Lagardelle|Route de Cahors 5|46140 Luzech"),
        "es": ("Bodegas Virgen de las Viñas Cooperativa|Calle Doña Crisanta 6|13700 "
               "Tomelloso", "Explotación Agrícola Los Lagos de Ruidera|Camino del Pinilla 4|"
               "13249 Ruidera"),
        "it": ("Masseria Jesce Azienda Agricola|Strada Provinciale 41|70022 Altamura",
               "Consorzio di Bonifica Terre d'Apulia|Corso Trieste 11|70126 Bari"),
        "nl": ("Fruitteeltbedrijf De Schorre|Schorreweg 14|4341 PK Arnemuiden",
               "Camping Westhove Veere|Zwanenburgseweg 2|4351 RE Veere")},
    "fencing": {
        "en": ("Netherthong Cricket Club|Moor Lane Pavilion|Netherthong HD9 3UG",
               "Hinchliffe Mill Allotment Society|Woodhead Road|Holmbridge HD9 2NQ"),
        "de": ("Reit- und Fahrverein Emstek e.V.|Halener Straße 40|49685 Emstek",
               "Kindergarten Sonnenblume Garrel|Hauptstraße 58|49681 Garrel"),
        "fr": ("Haras du Pin Galant|Chemin de Pichey 3|33700 Mérignac",
               "École maternelle Jean Jaurès, mairie de Pessac|Place de la Ve République 1|"
               "33600 Pessac"),
        "es": ("Club Hípico Montes de Toledo|Carretera de Cobisa km 2|45111 Cobisa",
               "Colegio Público Gregorio Marañón|Avenida de Europa 27|45005 Toledo"),
        "it": ("Maneggio Colli Euganei ASD|Via Monte Rua 5|35038 Torreglia",
               "Scuola dell'Infanzia San Martino|Via Cavour 10|35042 Este"),
        "nl": ("Kinderboerderij Het Hoogeland|Hoogelandseweg 11|7546 PK Enschede",
               "Manege De Lonneker Esch|Lonnekerveldweg 7|7524 AZ Enschede")},
    "courtreport": {
        "en": ("Harlan, Pruitt & Okafor LLP|600 West 5th Street, 12th Floor|Austin, TX 78701",
               "Travis County Attorney's Office|314 West 11th Street|Austin, TX 78701"),
        "de": ("Rechtsanwälte Wendtland Pohle Partnerschaft|Dittrichring 18|04109 Leipzig",
               "Insolvenzverwalter Dr. Kersten Ahlgrimm|Käthe-Kollwitz-Straße 60|04109 "
               "Leipzig"),
        "fr": ("SCP Berthaud-Mallet, avocats associés|22 rue de la Charité|69002 Lyon",
               "Cabinet Chambonnet et Ruiz|9 cours Lafayette|69003 Lyon"),
        "es": ("Bufete Albiñana y Soler Abogados|Calle Colón 60|46004 Valencia",
               "Despacho Jurídico Marqués de Dos Aguas|Calle Poeta Querol 12|46002 Valencia"),
        "it": ("Studio Legale Associato Borromeo Ferrante|Via Freguglia 8|20122 Milano",
               "Avv. Chiara Restelli, Studio Legale|Via Podgora 13|20122 Milano"),
        "nl": ("Advocatenkantoor Kloosterhuis & Tjin|Lange Voorhout 58|2514 EG Den Haag",
               "Landsadvocaat Sectie Procesvoering|Parkstraat 107|2514 JH Den Haag")},
}  # fmt: skip
BUYERS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in pair)
                          for lang, pair in by_lang.items()}
                 for layout, by_lang in _BUYERS.items()}  # fmt: skip

# The court reporter's cases per language: the parties' short names, a case number pattern and
# the witness heard.
CASES: Final = {
    "en": (("Delgado Freight, Inc. v. Hollis Cold Storage", "D-1-GN-26-00{n}",
            "Marcus T. Hollis"), ("State of Texas v. Ray Dunning", "D-1-DC-26-30{n}",
                                  "Officer Linda Pham")),
    "de": (("Kessler Logistik GmbH ./. Auenland Bau AG", "07 O {n}/26", "Herr Jörg Auerbach"),
           ("Insolvenzverfahren Maschinenbau Taucha", "403 IN {n}/25", "Frau Petra Vogl")),
    "fr": (("SAS Bellerive c/ Transports Morin", "RG 26/0{n}", "M. Julien Morin"),
           ("Consorts Peyret c/ Clinique du Parc", "RG 25/1{n}", "Dr Anne Lefort")),
    "es": (("Inmobiliaria Turia S.A. contra Hermanos Vidal", "PO 2{n}/2026",
            "D. Vicente Vidal"), ("Cooperativa La Safor contra Agroexport", "PO 1{n}/2025",
                                  "Dña. Rosa Llopis")),
    "it": (("Bassani Costruzioni c. Condominio Cadorna", "RG {n}/2026", "Ing. Paolo Cadorna"),
           ("Lombarda Assicurazioni c. Fontana", "RG {n}/2025", "Sig.ra Elisa Fontana")),
    "nl": (("Havenbedrijf Scheveningen tegen Duinrand B.V.", "C/09/6{n}", "De heer K. Verbeek"),
           ("Erven Molenaar tegen Gemeente Wassenaar", "C/09/5{n}", "Mevrouw I. Dekker")),
}  # fmt: skip
