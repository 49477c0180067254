"""Who bills and who is billed in the twenty-fourth fresh evaluation slice (`evalset_fresh24.py`):
one seller per layout and language and, per layout and language, two customers of the kind that
business serves (one per variant). No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "waspnest": {
        "en": "Buzz Off Wasp & Hornet Control Ltd;Unit 4, Fenton Yard;Bury St Edmunds IP33 3TZ;"
              "GB 402 8817 63;GB71 BARC 2034 5566 1290 44",
        "de": "Wespen-Notdienst Ostalb;Aalener Straße 17;73430 Aalen;DE 298 551 406;"
              "DE61 6145 0050 0110 2277 39",
        "fr": "Frelons Stop Périgord;12 chemin des Combes;24000 Périgueux;FR 31 839 552 017;"
              "FR76 1240 6000 1180 0412 6655 231",
        "es": "Avispas Fuera Asturias S.L.;Calle Uría 51;33003 Oviedo;B33791025;"
              "ES33 2048 0015 1230 0455 8812",
        "it": "Nidi Via Servizi Apistici di Bortolin;Via Feltrina 88;31100 Treviso;"
              "IT 05112870267;IT88 K030 6912 0021 0000 0033 617",
        "nl": "Wespenbestrijding Twente Zoemvrij;Hengelosestraat 301;7521 AE Enschede;"
              "NL 8804.17.335.B01;NL48 RABO 0371 5520 66"},
    "hottub": {
        "en": "Bastu & Bubbel Service AB;Kungsgatan 44;753 21 Uppsala;SE 559302884101;"
              "SE81 8000 0812 3400 4471 2290",
        "de": "Wellness-Technik Zürisee GmbH;Seestrasse 301;8810 Horgen;CHE-418.230.552 MWST;"
              "CH72 0070 0110 0044 1288 3",
        "fr": "Spa Service Atlantique SARL;Rue de la Cale 6;17000 La Rochelle;FR 64 880 113 552;"
              "FR76 1170 6000 4556 0021 4410 932",
        "es": "Mantenimiento de Spas Costa Brava S.L.;Carrer del Mar 27;17250 Platja d'Aro;"
              "B17602884;ES55 0081 0215 6600 0177 2934",
        "it": "Idrotermica Sauna Service Garda;Via Gardesana 140;37017 Lazise;IT 04338150232;"
              "IT19 M050 3459 6900 0000 0120 884",
        "nl": "Sauna & Spa Onderhoud Veluwe;Arnhemseweg 77;6711 HA Ede;NL 8590.33.147.B01;"
              "NL92 INGB 0007 3320 15"},
    "magician": {
        "en": "The Astonishing Marlowe Entertainments LLC;212 W 48th Street, Suite 5;New York, "
              "NY 10036;EIN 84-2213709;US-ACH 021000021 / 4477120993",
        "de": "Zauberkunst Magnus Falkenried;Hohenzollernring 12;50672 Köln;DE 339 448 120;"
              "DE58 3705 0198 1933 0771 40",
        "fr": "Cie L'Illusionniste Baptiste Vernay;23 rue Saint-Jean;69005 Lyon;"
              "FR 72 815 330 288;FR76 1469 0000 0140 0223 8813 047",
        "es": "Mago Aurelio Producciones S.L.;Calle Colón 18;46004 Valencia;B98661024;"
              "ES40 2100 6160 5702 0033 9914",
        "it": "Il Mago Sorrentino Spettacoli;Via Toledo 256;80132 Napoli;IT 08877210638;"
              "IT27 S030 6903 4961 0000 0044 190",
        "nl": "Goochelaar Jasper Wonderling;Nieuwe Binnenweg 140;3015 BH Rotterdam;"
              "NL 0772.41.806.B01;NL17 ABNA 0527 9904 61"},
    "churchbell": {
        "en": "Ballyvourney Bell Restoration Ltd;Mill Road 3;Macroom P12 HX29;IE 4112708RH;"
              "IE12 AIBK 9333 8811 2250 71",
        "de": "Glockenrestaurierung Wendt & Söhne;Gießereiweg 6;99423 Weimar;DE 150 772 398;"
              "DE33 8205 1000 0301 4428 90",
        "fr": "Atelier Campanaire Jura-Léman Sàrl;Rue du Beffroi 4;1260 Nyon;CHE-309.775.106 "
              "TVA;CH55 0900 0000 1766 3021 4",
        "es": "Restauración de Campanas Cantábrica S.L.;Barrio Gajano 5;39792 Gajano;B39552016;"
              "ES21 0049 6712 8024 1066 3195",
        "it": "Fonderia e Restauro Campane Capanni;Via delle Campane 9;42035 Castelnovo ne' Monti;"
              "IT 02771340357;IT64 B030 6966 2311 0000 0005 532",
        "nl": "Klokkenrestauratie Eijsbouts-Verhoef;Torenstraat 21;5751 HK Deurne;"
              "NL 8145.90.602.B01;NL26 TRIO 0391 8852 07"},
    "groomer": {
        "en": "Vaskebjørnen Mobil Hundefrisør ApS;Vesterbrogade 140;1620 København V;"
              "DK 40 21 77 18;DK83 3000 0011 4477 92",
        "de": "Fellfein mobile Hundepflege;Lindenallee 44;14050 Berlin;DE 345 110 276;"
              "DE71 1001 0010 0977 3012 88",
        "fr": "Toutou Mobile Toilettage;8 avenue Jean Médecin;06000 Nice;FR 90 901 227 460;"
              "FR76 1910 6000 1743 6120 7781 094",
        "es": "Guau Móvil Peluquería Canina;Calle Larios 9;29005 Málaga;B93744108;"
              "ES06 2103 0146 9100 3007 4417",
        "it": "Bau Van Toelettatura a Domicilio;Viale Monza 212;20127 Milano;IT 11903360964;"
              "IT77 T034 4001 6000 0000 0310 562",
        "nl": "Trimbus Snuffel & Co;Amsterdamsestraatweg 510;3553 EM Utrecht;"
              "NL 8861.52.309.B01;NL35 BUNQ 2098 4471 30"},
    "seedmerchant": {
        "en": "Nasiona Pomorze Hurt Sp. z o.o.;ul. Polna 18;83-200 Starogard Gdanski;"
              "PL 5922201847;PL64 1020 1811 0000 0602 0177 4412",
        "de": "Saatenhandel Börde-Agrar GmbH;Halberstädter Straße 90;39387 Oschersleben;"
              "DE 283 617 044;DE09 8105 3272 0641 0077 25",
        "fr": "Semences du Santerre SAS;Route d'Amiens 41;80200 Péronne;FR 26 442 807 913;"
              "FR76 1670 6000 5231 0082 4476 184",
        "es": "Semillas Tierra de Campos S.A.;Carretera de Villalón km 2;34300 Paredes de Nava;"
              "A34118206;ES47 3058 2204 1127 2000 3316",
        "it": "Consorzio Sementi Bassa Padana;Via Emilia Ovest 402;43126 Parma;"
              "IT 01877230342;IT41 C062 3012 7000 0000 4470 213",
        "nl": "Zaadhandel De Noordoostpolder B.V.;Zuiderringweg 9;8304 AA Emmeloord;"
              "NL 8117.64.290.B01;NL63 ABNA 0450 3318 74"},
    "bouncycastle": {
        "en": "Jumping Jacks Party Hire Ltd;Unit 9, Kelvin Way;Crawley RH10 9SF;GB 351 7720 18;"
              "GB93 LOYD 3094 1255 6612 08",
        "de": "Hüpfburgverleih Sausewind;Gewerbering 5;86199 Augsburg;DE 301 884 552;"
              "DE46 7205 0000 0251 3390 17",
        "fr": "Fiesta Gonflables Occitanie;ZA du Ramier 3;31200 Toulouse;FR 15 844 960 771;"
              "FR76 1313 5000 8008 0227 1904 551",
        "es": "Hinchables Fiesta Levante S.L.;Avenida de Alicante 66;03560 El Campello;"
              "B54660219;ES73 0182 1202 9402 0166 8821",
        "it": "Gonfiabili Festa Grande Noleggi;Via Emilia Levante 31;40139 Bologna;"
              "IT 03558411207;IT09 F030 6902 4771 0000 0061 449",
        "nl": "Springkussenverhuur Hupsakee;Industrieweg 12;4879 AH Etten-Leur;"
              "NL 8702.19.664.B01;NL52 RABO 0145 8861 39"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per layout, per language: two customers, "name|street|town".
_BUYERS: Final = {
    "waspnest": {
        "en": ("Moyse's Hall Primary School|Cornhill 2|Bury St Edmunds IP33 1DX",
               "Ickworth Park Holiday Lets|Horringer Road|Bury St Edmunds IP29 5QE"),
        "de": ("Kindergarten Sonnenhügel Aalen|Hirschbachstraße 3|73431 Aalen",
               "Hausverwaltung Kocher-Jagst GmbH|Bahnhofstraße 50|73430 Aalen"),
        "fr": ("Camping Les Berges de l'Isle|Route de Chancelade|24650 Chancelade",
               "Mairie de Trélissac, services techniques|Place de la Mairie|24750 Trélissac"),
        "es": ("Colegio Público Veneranda Manzano|Calle Cervantes 4|33004 Oviedo",
               "Comunidad de Propietarios Fruela 11|Calle Fruela 11|33007 Oviedo"),
        "it": ("Agriturismo Ca' dei Gelsi|Via Montello 15|31044 Montebelluna",
               "Condominio Le Mura di Treviso|Viale Burchiellati 20|31100 Treviso"),
        "nl": ("Basisschool De Wilgenhoek|Lasondersingel 44|7514 BP Enschede",
               "Vakantiepark Het Lutterzand|Lutterzandweg 16|7587 LH De Lutte")},
    "hottub": {
        "en": ("Hotell Fyrisån Relax|Svartbäcksgatan 8|753 20 Uppsala",
               "Sigtuna Brygga Konferens AB|Strandvägen 10|193 30 Sigtuna"),
        "de": ("Hotel Meierhof Horgen, Spa|Bahnhofstrasse 4|8810 Horgen",
               "Fitnesspark Sihlcity Wellness|Kalanderplatz 1|8045 Zürich"),
        "fr": ("Hôtel Les Brises, espace bien-être|Chemin de la Digue|17000 La Rochelle",
               "Résidence de Vacances Île de Ré|Route de la Flotte 9|17410 Saint-Martin-de-Ré"),
        "es": ("Hotel Cala del Pi Wellness|Avenida Cavall Bernat 160|17250 Platja d'Aro",
               "Gimnasio Aqua Girona S.L.|Carrer de Barcelona 52|17002 Girona"),
        "it": ("Hotel Lido Benaco, area benessere|Lungolago Marconi 12|37017 Lazise",
               "Residence Villa Cedri Terme|Piazza di Sopra 4|37010 Colà di Lazise"),
        "nl": ("Landgoed De Wageningsche Berg Wellness|Generaal Foulkesweg 96|6703 DS Wageningen",
               "Camping De Goudsberg, sauna|Hessenweg 85|3862 NE Nijkerk")},
    "magician": {
        "en": ("Hudson Yards Capital Partners, Events|30 Hudson Yards|New York, NY 10001",
               "Brooklyn Navy Yard Tenants Association|63 Flushing Avenue|Brooklyn, NY 11205"),
        "de": ("Rheinische Versicherungsgruppe AG, Vorstandsbüro|Konrad-Adenauer-Ufer 9|50668 "
               "Köln", "Messe-Catering Deutz GmbH|Messeplatz 1|50679 Köln"),
        "fr": ("Laboratoires Saône-Biotech, comité social|Avenue Tony Garnier 60|69007 Lyon",
               "Groupe Lumière Immobilier|Place Bellecour 14|69002 Lyon"),
        "es": ("Naranjas del Turia S.A., Dirección|Avenida del Puerto 112|46023 Valencia",
               "Colegio de Ingenieros de Valencia|Calle Barcas 4|46002 Valencia"),
        "it": ("Pastificio Vesuviano S.p.A., ufficio eventi|Via Nazionale 88|80143 Napoli",
               "Circolo Canottieri Posillipo|Via Posillipo 5|80123 Napoli"),
        "nl": ("Havenbedrijf Maasmond, personeelsfeest|Wilhelminakade 909|3072 AP Rotterdam",
               "Advocatenkantoor Coolsingel & Partners|Coolsingel 104|3011 AG Rotterdam")},
    "churchbell": {
        "en": ("St Finbarr's Parish Council|Dean Street|Cork T12 K2F3",
               "Kilkenny Heritage Bell Trust|Parade Tower 2|Kilkenny R95 YX44"),
        "de": ("Ev. Kirchengemeinde Herderkirche|Herderplatz 8|99423 Weimar",
               "Förderkreis Stadtkirche Apolda e.V.|Markt 2|99510 Apolda"),
        "fr": ("Paroisse catholique de Nyon|Rue de la Colombière 18|1260 Nyon",
               "Commune de Coppet, bâtiments|Grand-Rue 65|1296 Coppet"),
        "es": ("Parroquia de Santa María de Laredo|Calle Ruamayor 1|39770 Laredo",
               "Ayuntamiento de Santillana del Mar|Plaza Mayor 1|39330 Santillana del Mar"),
        "it": ("Parrocchia di San Prospero|Piazza San Prospero 1|42121 Reggio Emilia",
               "Unione Campanari Reggiani|Via Roma 40|42035 Castelnovo ne' Monti"),
        "nl": ("Stichting Sint-Janstoren Den Bosch|Torenstraat 16|5211 KK 's-Hertogenbosch",
               "Protestantse Gemeente Helmond|Kerkstraat 28|5701 PT Helmond")},
    "groomer": {
        "en": ("Frederiksberg Hundepension|Godthåbsvej 12|2000 Frederiksberg",
               "Karen Østergaard-Bille|Strandboulevarden 66|2100 København Ø"),
        "de": ("Tierarztpraxis Am Grunewald|Koenigsallee 30|14193 Berlin",
               "Hundetagesstätte Pfotenglück|Kantstraße 150|10623 Berlin"),
        "fr": ("Pension canine Les Oliviers|Route de Grenoble 210|06200 Nice",
               "Mme Hélène Barral-Castellane|Boulevard Carabacel 5|06000 Nice"),
        "es": ("Residencia Canina El Limonar|Camino de los Almendros 3|29016 Málaga",
               "Don Ignacio Carvajal Roldán|Paseo de Reding 21|29016 Málaga"),
        "it": ("Asilo per Cani Villa Fido|Via Padova 301|20132 Milano",
               "Sig.ra Ornella Brambilla Gatti|Corso Venezia 44|20121 Milano"),
        "nl": ("Hondenopvang De Vrolijke Staart|Maarssenseweg 7|3603 AA Maarssen",
               "Mevr. Annelies Verbrugge-Kok|Wilhelminapark 31|3581 NH Utrecht")},
    "seedmerchant": {
        "en": ("Gospodarstwo Rolne Kociewie|Szteklin 14|83-211 Jezow",
               "Agro-Kaszuby Spoldzielnia Produkcyjna|ul. Dworcowa 5|83-300 Kartuzy"),
        "de": ("Agrargenossenschaft Hohe Börde eG|Dorfstraße 1|39343 Hakenstedt",
               "Landwirtschaftsbetrieb Jürgens-Harms|Am Bruch 7|39393 Ausleben"),
        "fr": ("EARL de la Ferme du Mont-Saint-Quentin|Rue de Bapaume 4|80200 Allaines",
               "GAEC des Trois Vallées|Chemin de Cléry 12|80360 Combles"),
        "es": ("Explotación Agrícola Valdeolmos|Camino Real 6|34320 Villada",
               "Cooperativa Cerealista de Frechilla|Plaza Mayor 3|34349 Frechilla"),
        "it": ("Azienda Agricola Corte Bianchina|Strada Argine 7|43010 Roccabianca",
               "Cooperativa Cerealicoltori Po Parmense|Via Lungo Po 2|43018 Sissa"),
        "nl": ("Akkerbouwbedrijf Van der Laan-Bosma|Luttelgeesterweg 48|8314 PG Bant",
               "Maatschap Ens Vlakte|Zuidwesterringweg 22|8307 RJ Ens")},
    "bouncycastle": {
        "en": ("Three Bridges Community Association|Gales Place|Crawley RH10 1QG",
               "Tilgate Primary PTA|Shackleton Road|Crawley RH10 5BU"),
        "de": ("Pfarrgemeinde St. Ulrich, Sommerfest|Ulrichsplatz 19|86150 Augsburg",
               "Kita Pusteblume Göggingen|Bürgermeister-Aurnhammer-Straße 8|86199 Augsburg"),
        "fr": ("Comité des fêtes de Colomiers|Place de la Mairie|31770 Colomiers",
               "Association des parents d'élèves Jules Ferry|Rue Bayard 12|31000 Toulouse"),
        "es": ("Ayuntamiento de Mutxamel, Fiestas|Plaza del Ayuntamiento 1|03110 Mutxamel",
               "AMPA Colegio Pla de Barraques|Calle Pintor Cabrera 3|03560 El Campello"),
        "it": ("Pro Loco di San Lazzaro|Piazza Bracci 1|40068 San Lazzaro di Savena",
               "Scuola dell'Infanzia Girotondo|Via Massarenti 180|40138 Bologna"),
        "nl": ("Oranjevereniging Etten-Leur|Markt 41|4875 CB Etten-Leur",
               "Buurtvereniging De Linde Breda|Lindelaan 6|4812 RB Breda")},
}  # fmt: skip
BUYERS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in pair)
                          for lang, pair in by_lang.items()}
                 for layout, by_lang in _BUYERS.items()}  # fmt: skip

# The church bells the restorer works on, one per variant: name, year cast and weight.
BELLS: Final = (("Gloriosa", 1497, "1,210 kg"), ("Osanna", 1684, "640 kg"))
# The dogs the groomer sees, in the order they are listed.
DOGS: Final = ("Biscuit", "Luna", "Otto", "Pepper", "Nala", "Bruno")
