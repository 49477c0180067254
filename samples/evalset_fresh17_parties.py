"""Who bills and who is billed in the seventeenth fresh evaluation slice (`evalset_fresh17.py`):
one seller per layout and language, four customers per language, the artists the gallery bills,
the students the language school teaches, and the copiers, waste types and vans single layouts
name. No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "kegledger": {
        "en": "Tollgate Brewing Company Ltd;Wharf Road;Frome BA11 1RG;GB 402 7716 35;"
              "GB44 BARC 2031 5571 2290 63",
        "de": "Klosterbrauerei Sankt Aldhelm;Brauhausgasse 3;92648 Vohenstrauß;DE 133 507 298;"
              "DE31 7535 0000 0004 4821 06",
        "fr": "Brasserie de la Haute-Lys;12 rue du Moulin;62310 Fruges;FR 54 830 117 462;"
              "FR76 1627 5006 0008 1193 4720 118",
        "es": "Cervecera Montes de Toledo S.L.;Calle Alfares 8;45110 Ajofrín;B45890217;"
              "ES46 3081 0176 1123 0045 8812",
        "it": "Birrificio Agricolo Val Tidone;Località Cà Bianca 4;29031 Alta Val Tidone;"
              "IT 01788240335;IT66 K056 9612 6000 0000 7341 X55",
        "nl": "Brouwerij De Kromme Tarwe;Molenwerf 9;8011 AW Zwolle;NL 8644.90.312.B01;"
              "NL57 RABO 0311 8842 07"},
    "meterread": {
        "en": "Kontorsteknik Mälardalen AB;Kopparbergsvägen 31;722 13 Västerås;"
              "SE 556733018201;SE72 8000 0812 3400 1772 0348",
        "de": "Bürotechnik Hasler AG;Bernstrasse 77;3018 Bern;CHE-108.447.291 MWST;"
              "CH78 0079 0016 2244 9031 5",
        "fr": "Reprotechnique Dauphiné SAS;44 avenue Jean-Jaurès;38100 Grenoble;"
              "FR 17 493 271 804;FR76 1390 6000 7121 4408 0563 092",
        "es": "Ofimática Levante Soluciones S.L.;Avenida de Aragón 118;46021 Valencia;"
              "B98710644;ES55 2038 9621 5160 0044 7312",
        "it": "Centro Copie Sistemi Brianza S.r.l.;Via Lecco 62;20900 Monza;IT 09335120969;"
              "IT08 F030 6920 4021 0000 0085 217",
        "nl": "Printservice Kempenland B.V.;Ekkersrijt 4102;5692 DA Son;NL 8731.55.609.B01;"
              "NL22 INGB 0007 7319 48"},
    "skiphire": {
        "en": "Cedar Valley Roll-Off & Disposal LLC;2214 Industrial Parkway;Boise, ID 83709;"
              "EIN 82-4410936;US-ACH 124103799 / 6605218814",
        "de": "Containerdienst Pfaffenhofer GmbH;Gewerbering 12;85276 Pfaffenhofen;"
              "DE 281 774 093;DE09 7215 1650 0011 2408 57",
        "fr": "Bennes Services Garonne SARL;ZA de la Plaine;47200 Marmande;FR 29 812 305 447;"
              "FR76 1330 6003 1023 0019 4480 631",
        "es": "Contenedores Hermanos Lozoya S.L.;Polígono Los Llanos, nave 6;40196 Segovia;"
              "B40331092;ES08 0049 6730 8822 1007 4319",
        "it": "Ecoservizi Cassoni Marca Trevigiana;Via Feltrina Sud 120;31044 Montebelluna;"
              "IT 04218450266;IT90 R058 5661 8201 0757 1022 314",
        "nl": "Containerverhuur Gebr. Tuinstra;Zuiderhaven 15;8861 CK Harlingen;"
              "NL 8047.22.658.B01;NL61 RABO 0324 1190 85"},
    "coursefee": {
        "en": "Øresund Language Institute ApS;Vesterbrogade 112;1620 København V;"
              "DK 41 27 83 06;DK31 2000 6271 4408 92",
        "de": "Sprachinstitut Elbbrücken;Amsinckstraße 28;20097 Hamburg;DE 304 228 671;"
              "DE47 2005 0550 1502 7741 90",
        "fr": "École de Langues du Léman Sàrl;Avenue de Rumine 9;1005 Lausanne;"
              "CHE-219.604.377 TVA;CH33 0076 7000 S551 4402 6",
        "es": "Academia de Idiomas Puerta del Sol Salamanca;Calle Zamora 41;37002 Salamanca;"
              "B37588241;ES66 2104 0020 8130 0022 6457",
        "it": "Scuola di Lingua Ponte Vecchio S.r.l.;Borgo Santi Apostoli 17;50123 Firenze;"
              "IT 06231480487;IT40 C086 7302 8000 0002 9931 405",
        "nl": "Taleninstituut Domstad;Oudegracht 231;3511 NK Utrecht;NL 8309.41.770.B01;"
              "NL86 ABNA 0548 2291 60"},
    "feenote": {
        "en": "Corrigan Murtagh Land Surveyors;14 Eyre Square;Galway H91 F2K7;IE 6352984QH;"
              "IE12 AIBK 9310 4122 6085 17",
        "de": "Vermessungsbüro Dipl.-Ing. Tjaden ÖbVI;Am Stadtgraben 40;26122 Oldenburg;"
              "DE 117 820 544;DE72 2805 0100 0002 9137 64",
        "fr": "Cabinet Fauvergue Géomètres-Experts;6 place de la Halle;79000 Niort;"
              "FR 84 402 337 519;FR76 1790 6000 3211 0447 2908 164",
        "es": "Topografía e Ingeniería Urquiola S.L.P.;Calle Olite 22;31004 Pamplona;"
              "B31774206;ES29 3008 0001 1427 5530 1126",
        "it": "Studio Tecnico Geom. Dallavalle;Via Mazzini 58;43121 Parma;IT 02651800348;"
              "IT17 W062 3012 7000 0000 4418 336",
        "nl": "Landmeetbureau Hoekstra & Wiersma;Emmakade 5;8911 GZ Leeuwarden;"
              "NL 8118.37.406.B01;NL49 ABNA 0621 7730 14"},
    "artistsale": {
        "en": "Galeria Sztuki Pod Arkadami;ul. Szpitalna 27;31-024 Kraków;PL 6762410395;"
              "PL83 1050 1445 1000 0090 7718 2240",
        "de": "Galerie Schwarzwasser & Lehnert;Auguststraße 61;10117 Berlin;DE 289 345 071;"
              "DE66 1001 0010 0733 8421 05",
        "fr": "Galerie Rive-Haute;31 rue de Seine;75006 Paris;FR 63 519 204 887;"
              "FR76 3000 4008 2800 0107 3354 196",
        "es": "Galería Entreplanta;Calle del Doctor Fourquet 14;28012 Madrid;B87502216;"
              "ES90 0081 5140 8200 0133 9207",
        "it": "Galleria Il Chiostro Nuovo;Via Santo Spirito 19;20121 Milano;IT 10277350962;"
              "IT55 J030 6909 6061 0000 0129 554",
        "nl": "Galerie Het Zuiderlicht;Keizersgracht 602;1017 EP Amsterdam;NL 8255.08.931.B01;"
              "NL70 TRIO 0391 2247 55"},
    "fleetwash": {
        "en": "Brightwater Hand Car Wash Ltd;Unit 2, Mill Lane Retail Park;Stockport SK4 1AR;"
              "GB 377 2105 49;GB95 HBUK 4012 8851 3304 27",
        "de": "Waschpark Am Autobahnkreuz GmbH;Robert-Bosch-Straße 6;68723 Schwetzingen;"
              "DE 311 907 265;DE40 6725 0020 0009 8823 14",
        "fr": "Station de Lavage Éclat Atlantique;Rue de l'Aéroport 3;33700 Mérignac;"
              "FR 90 842 117 306;FR76 1335 5000 7208 7712 0044 853",
        "es": "Túnel de Lavado Brillauto S.L.;Avenida de Andalucía 301;14014 Córdoba;"
              "B14702297;ES19 0237 0210 3091 6502 7741",
        "it": "Autolavaggio Lucentezza S.r.l.;Via dell'Industria 44;37135 Verona;"
              "IT 04581070238;IT62 S050 3411 7000 0000 0166 082",
        "nl": "Wasstraat De Schuimkraag;Transportweg 17;2991 LV Barendrecht;"
              "NL 8682.14.057.B01;NL34 INGB 0006 4410 72"},
}  # fmt: skip

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("The Drovers Arms|Market Place|Shepton Mallet BA4 5AZ",
           "Halewood & Pryce Chartered Accountants|3 Castle Street|Taunton TA1 4AS",
           "Redmarley Homes Ltd|Unit 5, Orchard Business Park|Ledbury HR8 2JD",
           "Kestrel Community Transport|Station Approach|Wells BA5 1HW"),
    "de": ("Wirtshaus Zum Grünen Baum|Marktplatz 7|92637 Weiden",
           "Steuerkanzlei Obermüller & Partner|Ringstraße 44|93047 Regensburg",
           "Bauunternehmung Reischl KG|Ziegeleistraße 9|84028 Landshut",
           "Pflegedienst Sonnenau gGmbH|Amberger Straße 21|92224 Amberg"),
    "fr": ("Estaminet Le Beffroi|2 Grand-Place|59140 Dunkerque",
           "Notaires Associés Delpech-Roux|8 cours Gambetta|33000 Bordeaux",
           "Maisons Berthelot Construction|ZA des Chênes|17000 La Rochelle",
           "Ambulances Saint-Roch SARL|15 avenue de Verdun|24000 Périgueux"),
    "es": ("Taberna El Alambique|Plaza de San Martín 3|45600 Talavera de la Reina",
           "Asesoría Fiscal Iturbe y Sanz|Calle Mayor 70|26001 Logroño",
           "Promociones Inmobiliarias Garrigós S.L.|Avenida Maisonnave 12|03003 Alicante",
           "Ambulancias del Tajo S.L.|Camino de la Vega 5|10600 Plasencia"),
    "it": ("Osteria della Luppola|Piazza Cavalli 11|29121 Piacenza",
           "Studio Commercialisti Benedetti|Corso Vittorio Emanuele 88|37121 Verona",
           "Edilizia Fratelli Scarpellini S.r.l.|Via Torino 140|46100 Mantova",
           "Croce Verde Servizi Sanitari|Viale Piave 4|25123 Brescia"),
    "nl": ("Café De Gouden Leeuw|Grote Markt 14|7411 JP Deventer",
           "Accountantskantoor Veldkamp & Nijhof|Stationsweg 30|7901 BT Hoogeveen",
           "Bouwbedrijf Gebroeders Koopmans|Industrieweg 21|8304 AD Emmeloord",
           "Zorgvervoer Noordoost B.V.|Handelsweg 6|9482 WG Tynaarlo"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# The artists the gallery bills (two per language), "name|street|town".
_ARTISTS: Final = {
    "en": ("Agnieszka Wróblewska-Hale|ul. Józefa 14/3|31-056 Kraków",
           "Tobiah Fenwick|Studio 4, Kazimierz Works|31-060 Kraków"),
    "de": ("Ilse Bramkamp|Gerichtstraße 23|13347 Berlin",
           "Marek Oltmanns|Wiesenweg 4|16727 Velten"),
    "fr": ("Solène Aubertin|9 rue Oberkampf|75011 Paris",
           "Gaspard Meynadier|Atelier 12, cité Falguière|75015 Paris"),
    "es": ("Candela Ruiz de Arcaute|Calle Embajadores 61|28012 Madrid",
           "Íñigo Berasategui|Calle Lope de Rueda 9|28009 Madrid"),
    "it": ("Ottavia Sangiorgi|Via Vigevano 27|20144 Milano",
           "Lapo Venturelli|Ripa di Porta Ticinese 71|20143 Milano"),
    "nl": ("Femke Oosterhout|Lauriergracht 88|1016 RN Amsterdam",
           "Jorrit Haaksma|Atelierpand De Vlonder 3|1094 SK Amsterdam"),
}  # fmt: skip
ARTISTS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                  for lang, entries in _ARTISTS.items()}  # fmt: skip

# The students the language school teaches, the copier models, the vans of the car wash's
# customers (per language a plate pattern) and the waste the skips take.
STUDENTS: Final = ("Haruki Tamura", "Lucía Benavídez", "Ngozi Okafor", "Pavel Hrabovský",
                   "Amira Haddad", "Teodor Ionescu")  # fmt: skip
COPIERS: Final = ("Kyocera TASKalfa 3554ci", "Ricoh IM C3010", "Canon imageRUNNER C3826i",
                  "Konica Minolta bizhub C300i")  # fmt: skip
PLATES: Final = {"en": "{A}{B}{n2} {C}{D}{E}", "de": "LA-{A}{B} {n3}", "fr": "{A}{B}-{n3}-{C}{D}",
                 "es": "{n4} {C}{D}{E}", "it": "{A}{B}{n3}{C}{D}",
                 "nl": "V{A}-{n3}-{C}"}  # fmt: skip
