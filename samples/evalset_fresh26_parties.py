"""Who bills and who is billed in the twenty-sixth fresh evaluation slice (`evalset_fresh26.py`):
one seller per layout and language and, per layout and language, two customers of the kind that
business serves (one per variant). No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "engraver": {
        "en": "Quill & Burin Lettering Studio;7 Jewellery Quarter Row;Birmingham B18 6HA;"
              "GB 402 7719 31;GB71 BARC 2004 1577 3320 46",
        "de": "Schriftatelier Federkiel Gravuren;Rennweg 12;8001 Zürich;CHE-118.406.227 MWST;"
              "CH52 0070 0110 0047 3321 6",
        "fr": "L'Encrier Gravure et Calligraphie;9 rue de la Monnaie;69005 Lyon;"
              "FR 31 844 209 516;FR76 1390 6000 8531 4402 6617 249",
        "es": "Estudio Pluma y Buril;Calle Platerías 6;30004 Murcia;B30944172;"
              "ES15 0081 1016 1400 0188 2043",
        "it": "Bottega Calligrafica Il Pennino;Via dei Cappellari 27;00186 Roma;"
              "IT 14620371005;IT05 B020 0805 3640 0010 4478 215",
        "nl": "Graveer- en Schrijfatelier De Griffel;Lange Smeestraat 31;3511 PW Utrecht;"
              "NL 8602.11.453.B01;NL30 TRIO 0391 2285 44"},
    "canalboat": {
        "en": "Kennet Wharf Narrowboats Ltd;The Wharf, Canal Walk;Hungerford RG17 0EH;"
              "GB 298 4410 73;GB24 NWBK 6073 0188 2274 61",
        "de": "Kanalboote Havelland Vermietung;Uferstraße 8;14776 Brandenburg an der Havel;"
              "DE 312 778 049;DE66 1605 0000 3701 2289 04",
        "fr": "Les Pénichettes du Canal du Nivernais;Port de Baye;58110 Bazolles;"
              "FR 72 853 106 442;FR76 1780 6001 1004 7733 2815 590",
        "es": "Barcos del Canal de Castilla S.L.;Dársena de Medina 2;34440 Frómista;B34301772;"
              "ES82 2100 4402 1102 0077 3318",
        "it": "Houseboat Naviglio Pavese Noleggi;Alzaia Naviglio Pavese 80;20142 Milano;"
              "IT 10455830962;IT58 R030 6909 6061 0000 0118 337",
        "nl": "Kanaalbotenverhuur De Trekvaart;Jaagpad 4;2031 HS Haarlem;NL 8220.47.905.B01;"
              "NL71 ABNA 0552 1390 18"},
    "sawmill": {
        "en": "Ljungberg Mobile Sawmilling AB;Sågvägen 3;686 31 Sunne;SE 556780331401;"
              "SE62 8000 0821 4990 0417 5521",
        "de": "Mobilsägewerk Sønderjylland Hansen;Kongevej 71;6200 Aabenraa;DK 37 18 90 42;"
              "DK41 3000 0107 7452 28",
        "fr": "Scierie Mobile des Vosges Thiébaut;12 route du Col;88250 La Bresse;"
              "FR 64 879 331 205;FR76 1470 7000 1032 1119 6630 714",
        "es": "Aserradero Móvil Montes de Oca;Camino Real 14;09258 Villafranca Montes de Oca;"
              "B09655201;ES33 3060 1032 6422 1905 7710",
        "it": "Segheria Mobile Val di Fiemme Zeni;Via Segherie 9;38033 Cavalese;"
              "IT 02418820224;IT19 K080 4035 2300 0000 2214 908",
        "nl": "Mobiele Zagerij Veluwezoom;Houtvesterslaan 5;6991 AK Rheden;NL 8471.92.063.B01;"
              "NL49 RABO 0366 1904 72"},
    "saddler": {
        "en": "Hollins Saddlery & Harness Repairs;Market Yard 4;Newmarket CB8 8EF;"
              "GB 366 0924 18;GB90 LOYD 3091 4422 7763 50",
        "de": "Sattlerei Emmental Wyss;Hauptstrasse 40;3550 Langnau im Emmental;"
              "CHE-290.437.611 MWST;CH44 0900 0000 3016 2284 7",
        "fr": "Sellerie du Haras Vauquelin;Rue du Haras 3;61310 Le Pin-au-Haras;"
              "FR 40 828 775 190;FR76 1660 6100 3300 1255 0734 482",
        "es": "Guarnicionería Hermanos Caballero;Calle Larga 55;11402 Jerez de la Frontera;"
              "B11872034;ES46 0128 0712 9101 0044 3329",
        "it": "Selleria Artigiana Ferrante;Via Martiri della Libertà 19;01100 Viterbo;"
              "IT 02266080561;IT97 H083 2714 5010 0000 0082 561",
        "nl": "Zadelmakerij Het Stijgbeugeltje;Stalweg 17;3886 MK Garderen;NL 8155.36.207.B01;"
              "NL15 ASNB 0880 4721 36"},
    "juicepress": {
        "en": "Orchard on Wheels Mobile Pressing;Ballymaloe Road;Cloyne P25 KX82;IE 3875104QH;"
              "IE48 BOFI 9005 7722 1406 39",
        "de": "Mobile Mosterei Streuobst Bauer;Kelterweg 2;72622 Nürtingen;DE 318 026 553;"
              "DE58 6115 0020 0102 7744 81",
        "fr": "Pressoir Itinérant du Gros-de-Vaud Sàrl;Chemin du Verger 6;1040 Echallens;"
              "CHE-379.118.402 TVA;CH68 0076 7000 E520 4418 2",
        "es": "Lagar Móvil Asturias Sidra Natural;Barrio La Llosa 9;33300 Villaviciosa;"
              "B33921406;ES09 2048 0101 7334 0011 9862",
        "it": "Torchio Mobile Val di Non;Via dei Meli 33;38023 Cles;IT 02510460226;"
              "IT40 Q082 8235 1000 0000 6621 773",
        "nl": "Mobiele Sapperserij De Boomgaard;Fruitweg 11;4033 AP Lienden;"
              "NL 8333.90.714.B01;NL85 INGB 0007 6613 02"},
    "pruning": {
        "en": "Finger Lakes Vine Pruning Crew LLC;4421 State Route 14;Dundee, NY 14837;"
              "EIN 16-1830447;US-ACH 021302567 / 7715509283",
        "de": "Rebschnitt Kolonne Mosel Thielen;Moselweinstraße 88;54470 Bernkastel-Kues;"
              "DE 277 309 614;DE11 5875 0000 0003 4407 19",
        "fr": "Taille et Palissage Chauvet Frères;5 chemin des Vignes;71960 Pierreclos;"
              "FR 93 881 224 067;FR76 1071 9000 3002 5066 1180 453",
        "es": "Cuadrilla de Poda Ribera Sanz;Calle Bodegas 18;09300 Roa;B09771340;"
              "ES73 3035 0104 5110 4006 2271",
        "it": "Potature Vigneti Langhe Cravero;Strada Bricco 6;12060 Barolo;IT 03712080043;"
              "IT66 S085 3046 1100 0010 4430 118",
        "nl": "Wijngaardsnoei Limburg Frissen;Wijnberg 3;6305 AN Schin op Geul;"
              "NL 8719.25.830.B01;NL37 RABO 0171 8820 66"},
    "brassrepair": {
        "en": "Nowicki Brass Instrument Workshop;ul. Krupnicza 14;31-123 Krakow;PL 6762483019;"
              "PL62 1050 1445 1000 0092 7731 4016",
        "de": "Blechblasinstrumente Reparatur Wenzl;Lindwurmstraße 52;80337 München;"
              "DE 129 446 730;DE35 7015 0000 0907 2201 58",
        "fr": "Atelier des Cuivres Delaunoy;18 rue de Rome;13001 Marseille;FR 25 849 550 327;"
              "FR76 1130 6000 6148 8703 2210 846",
        "es": "Taller de Metales Sonoros Aranda;Calle Cuarte 11;46001 Valencia;B98336455;"
              "ES58 3058 2212 7627 2001 8834",
        "it": "Laboratorio Ottoni Brambilla;Via Solferino 30;25122 Brescia;IT 03905630987;"
              "IT23 G031 1111 2000 0000 0744 219",
        "nl": "Koperblaaswerkplaats Van Dijk;Hamburgerstraat 6;3512 NS Utrecht;"
              "NL 8044.70.135.B01;NL64 KNAB 0402 2916 55"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per layout, per language: two customers, "name|address lines".
_BUYERS: Final = {
    "engraver": {
        "en": ("Edgbaston Golf Club Secretary|Church Road 1|Birmingham B15 3TB",
               "Ms Harriet Okonjo-Lyle|Vicarage Road 45|Birmingham B17 0SP"),
        "de": ("Zunft zur Waag, Stubenmeister|Münsterhof 8|8001 Zürich",
               "Herr Dr. Beat Sigrist|Bergstrasse 71|8044 Zürich"),
        "fr": ("Mairie du 5e arrondissement|Place du Petit Collège 14|69005 Lyon",
               "Mme Clémence Vareilles|3 montée Saint-Barthélemy|69005 Lyon"),
        "es": ("Real Casino de Murcia|Calle Trapería 18|30001 Murcia",
               "D. Fulgencio Ibarra Pozo|Calle Santa Teresa 9|30005 Murcia"),
        "it": ("Circolo Canottieri Tevere Remo|Lungotevere in Augusta 28|00186 Roma",
               "Avv. Ludovica Sermoneta|Via Giulia 147|00186 Roma"),
        "nl": ("Studentenroeivereniging Orca|Kromme Rijn 2|3581 EP Utrecht",
               "Mevr. Saskia Hooglandt|Nobelstraat 19|3512 EM Utrecht")},
    "canalboat": {
        "en": ("Mr & Mrs Aldous Penhaligon|Orchard Close 12|Truro TR1 3QS",
               "Greystoke Rambling Society|Hall Lane 3|Penrith CA11 0UE"),
        "de": ("Familie Wendtland-Ruge|Pappelallee 20|10437 Berlin",
               "Kegelclub Alle Neune Potsdam|Am Kanal 3|14467 Potsdam"),
        "fr": ("M. et Mme Girardot-Pelletier|27 rue Carnot|21000 Dijon",
               "Comité d'entreprise Verrerie de Nevers|Route de Marzy|58000 Nevers"),
        "es": ("D. Anselmo Quiroga Vidal|Calle Zorrilla 8|47001 Valladolid",
               "Asociación Senderista Tierra de Campos|Plaza Mayor 1|34300 Paredes de Nava"),
        "it": ("Famiglia Tagliabue Osnago|Via Manzoni 12|23875 Osnago",
               "Dopolavoro Ferroviario Pavia|Viale Trieste 5|27100 Pavia"),
        "nl": ("Fam. Oudejans-Pronk|Kleverparkweg 61|2023 CE Haarlem",
               "Personeelsvereniging Tata Steel IJmuiden|Wenckebachstraat 1|1951 JZ Velsen")},
    "sawmill": {
        "en": ("Fryksdalen Timber Frame Homes|Kyrkvägen 10|686 30 Sunne",
               "Mr Anders Kihlberg, Övre Gård|Gettjärn 4|686 93 Sunne"),
        "de": ("Hof Brodersen Ferienwohnungen|Genner Strand 5|6230 Rødekro",
               "Zimmerei Petersen & Sohn|Industrivej 12|6200 Aabenraa"),
        "fr": ("GFA du Haut-Rupt|Chemin du Rupt 4|88250 La Bresse",
               "Charpentes Vosgiennes Mougel|Zone artisanale 2|88400 Gérardmer"),
        "es": ("Finca El Robledal de Oca|Carretera de Pradoluengo|09258 Villafranca",
               "Carpintería de Armar Hermanos Ruiz|Polígono Villalonquéjar 7|09001 Burgos"),
        "it": ("Maso Cembra Agriturismo|Località Maso 1|38034 Cembra Lisignago",
               "Falegnameria Dellagiacoma|Via Roma 66|38038 Tesero"),
        "nl": ("Landgoed Middachten Beheer|Landgoedweg 1|6994 JC De Steeg",
               "Bouwbedrijf Eikenhorst Dieren|Spoorstraat 20|6951 BR Dieren")},
    "saddler": {
        "en": ("Warren Hill Racing Stables|Hamilton Road|Newmarket CB8 0TE",
               "Mrs Pippa Lockyer-Stevens|Exning Road 9|Newmarket CB8 7JQ"),
        "de": ("Reitverein Emmental Signau|Schachenweg 3|3534 Signau",
               "Frau Käthi Zürcher-Bieri|Dorfstrasse 14|3550 Langnau im Emmental"),
        "fr": ("Écurie du Perche Ribaudière|La Ribaudière|61400 Mortagne-au-Perche",
               "M. Tanguy de Lérac|Le Pressoir|61310 Exmes"),
        "es": ("Yeguada Cartuja Los Alburejos|Carretera Medina km 3|11170 Medina-Sidonia",
               "Dña. Macarena Zurita Lobo|Calle Porvera 31|11403 Jerez de la Frontera"),
        "it": ("Circolo Ippico La Quercia Viterbo|Strada Bagni 11|01100 Viterbo",
               "Sig.ra Benedetta Orsolini|Via San Lorenzo 8|01100 Viterbo"),
        "nl": ("Manege De Hoefslag Garderen|Speulderweg 40|3886 LB Garderen",
               "Dhr. Joost Rutgers van Dam|Oud Milligenseweg 12|3886 MD Garderen")},
    "juicepress": {
        "en": ("Ballycotton Community Orchard|Main Street|Ballycotton P25 HF24",
               "Mrs Siobhán Fennessy|Chapel Hill 6|Cloyne P25 Y8N3"),
        "de": ("Obst- und Gartenbauverein Frickenhausen|Rathausplatz 1|72636 Frickenhausen",
               "Familie Schwenkmezger|Hölderlinstraße 27|72622 Nürtingen"),
        "fr": ("Association Vergers de Bottens|Route du Village 2|1041 Bottens",
               "M. Raphaël Chevalley|Chemin des Pommiers 4|1040 Villars-le-Terroir"),
        "es": ("Llagar Comunal de Amandi|Barrio de Amandi 3|33311 Villaviciosa",
               "D. Covadonga Piñera Solís|Calle del Agua 12|33300 Villaviciosa"),
        "it": ("Cooperativa Frutticoltori Revò|Piazza Centrale 2|38028 Revò",
               "Sig. Ivo Pancheri|Via Dante 15|38023 Cles"),
        "nl": ("Hoogstamfruitvereniging Betuwe|Dorpsstraat 50|4033 AK Lienden",
               "Dhr. Teun van Oostrum|Kerkstraat 7|4031 KX Ingen")},
    "pruning": {
        "en": ("Keuka Ridge Winery LLC|881 Ridge Road|Hammondsport, NY 14840",
               "Seneca Shoreline Cellars|5102 State Route 414|Hector, NY 14841"),
        "de": ("Weingut Prinz-Steffes Erben|Gestade 5|54470 Bernkastel-Kues",
               "Winzergenossenschaft Graach|Hauptstraße 22|54470 Graach"),
        "fr": ("Domaine Berthaud-Rongier|Le Bourg|71960 Vergisson",
               "Cave des Vignerons de Davayé|Chemin de la Cave|71960 Davayé"),
        "es": ("Bodegas Pago de Carraovejas Roa|Camino de Aranda|09300 Roa",
               "Viñedos Familia Arroyo Cuesta|Calle Real 4|09350 La Horra"),
        "it": ("Azienda Agricola Vigna del Bricco|Località Bricco 2|12060 Barolo",
               "Cantina Sociale Terre di Verduno|Via Umberto 9|12060 Verduno"),
        "nl": ("Wijndomein Cauberg Heerlijkheid|Cauberg 28|6301 BT Valkenburg",
               "Wijngoed Mergelhelling|Vroelenweg 5|6305 AH Wijlre")},
    "brassrepair": {
        "en": ("Krakow Philharmonic Brass Section|ul. Zwierzyniecka 1|31-103 Krakow",
               "Mr Oliver Pennington-Ward|ul. Karmelicka 33|31-128 Krakow"),
        "de": ("Blaskapelle Haidhausen e.V.|Preysingstraße 41|81667 München",
               "Herr Korbinian Stadlmayr|Ismaninger Straße 97|81675 München"),
        "fr": ("Harmonie Municipale de Marseille|Place Castellane 4|13006 Marseille",
               "M. Yannick Bouchardeau|22 boulevard Longchamp|13001 Marseille"),
        "es": ("Banda Primitiva de Llíria|Calle Mayor 7|46160 Llíria",
               "D. Vicent Soriano Alapont|Calle Russafa 19|46004 Valencia"),
        "it": ("Banda Cittadina Isidoro Capitanio|Piazza Loggia 3|25121 Brescia",
               "M° Stefano Gavazzeni|Via Moretto 48|25122 Brescia"),
        "nl": ("Harmonieorkest Sint-Caecilia Zuilen|Amsterdamsestraatweg 500|3553 EE Utrecht",
               "Dhr. Bram Hollenberg|Twijnstraat 22|3511 ZL Utrecht")},
}  # fmt: skip
BUYERS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in pair)
                          for lang, pair in by_lang.items()}
                 for layout, by_lang in _BUYERS.items()}  # fmt: skip
