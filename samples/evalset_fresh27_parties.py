"""Who bills and who is billed in the twenty-seventh fresh evaluation slice
(`evalset_fresh27.py`): one seller per layout and language and, per layout and language, two
customers of the kind that business serves (one per variant). No name is used by an earlier
slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "equine": {
        "en": "Tamsin Pryce Equine Dental Services;Old Forge Cottage;Lambourn RG17 8QA;"
              "GB 417 3390 28;GB55 LOYD 3094 2281 6650 13",
        "de": "Pferdezahnpraxis Ruedi Käser;Stallweg 4;3052 Zollikofen;CHE-402.771.583 MWST;"
              "CH19 0079 0016 5533 8204 1",
        "fr": "Dentisterie Équine Margaux Lescure;12 allée des Écuries;60500 Chantilly;"
              "FR 18 902 447 615;FR76 1870 6000 0097 2213 4480 362",
        "es": "Odontología Equina Lucía Barrionuevo;Calle Picadero 3;41089 Dos Hermanas;"
              "B90477213;ES27 0049 2740 1122 0066 4518",
        "it": "Odontoiatria Equina Dott. Gallo Rinaldi;Via delle Scuderie 21;56122 Pisa;"
              "IT 02377440509;IT71 L030 6914 0100 0000 5512 884",
        "nl": "Paardentandarts Femke Oldenhof;Hoefijzerlaan 9;3768 GH Soest;NL 8873.20.416.B01;"
              "NL92 RABO 0358 7724 19"},
    "interpreter": {
        "en": "Rhiannon Vaughan-Ellis BSL Interpreter;Flat 2, 18 Cathedral Road;Cardiff CF11 "
              "9LJ;GB 385 2247 60;GB39 NWBK 6016 1344 8902 57",
        "de": "Gebärdensprachdolmetscherin Wiebke Mattern;Jahnstraße 16;04107 Leipzig;"
              "DE 331 458 207;DE84 8605 5592 1104 3377 62",
        "fr": "Interprète LSF Anaïs Roucayrol;7 rue des Filatiers;31000 Toulouse;"
              "FR 56 911 083 274;FR76 1313 5000 8004 4120 7765 093",
        "es": "Intérprete LSE Nerea Izaguirre;Calle Licenciado Poza 40;48011 Bilbao;"
              "B95822614;ES64 2095 0611 0091 1377 4402",
        "it": "Interprete LIS Chiara Bonfiglioli;Via Belle Arti 35;40126 Bologna;"
              "IT 03966101203;IT88 D063 8502 4011 0000 0073 190",
        "nl": "Gebarentolk Ilse Brinkhorst;Oudegracht 211;3511 NG Utrecht;NL 0042.71.389.B01;"
              "NL08 SNSB 0930 4417 82"},
    "weddingcake": {
        "en": "Sugar & Stem Wedding Cakes;Unit 4, Kilbrittain Road;Bandon P72 WN28;"
              "IE 3918275WH;IE72 AIBK 9341 5520 3371 84",
        "de": "Hochzeitstorten Manufaktur Sahnehäubchen;Ludwigstraße 33;93047 Regensburg;"
              "DE 327 640 198;DE29 7505 0000 0027 3319 40",
        "fr": "Atelier de Pièces Montées Dentelle Sàrl;Rue du Bourg 22;1003 Lausanne;"
              "CHE-466.209.731 TVA;CH81 0076 7000 A551 2208 6",
        "es": "Obrador de Tartas Nupciales Azahar;Calle San Fernando 12;41004 Sevilla;"
              "B91336402;ES18 0182 5566 1402 0174 9231",
        "it": "Pasticceria Torte Nuziali Fior di Zucchero;Via Guelfa 48;50129 Firenze;"
              "IT 06877110481;IT34 E030 6902 8871 0000 0061 402",
        "nl": "Bruidstaartenbakkerij Suikerbloem;Wittevrouwenstraat 14;3512 CV Utrecht;"
              "NL 8592.03.771.B01;NL44 INGB 0006 6271 59"},
    "ropeaccess": {
        "en": "Vertical Reach Rope Access Inc.;1120 Industrial Pkwy;Cleveland, OH 44135;"
              "EIN 34-2217856;US-ACH 041000124 / 2204318857",
        "de": "Höhenarbeit Seiltechnik Grabowski;Hafenstraße 50;20359 Hamburg;DE 341 205 786;"
              "DE14 2005 0550 1260 3348 71",
        "fr": "Cordistes du Rhône Nettoyage Vitrerie;44 quai Perrache;69002 Lyon;"
              "FR 07 882 319 540;FR76 1007 1690 0000 0020 4417 385",
        "es": "Trabajos Verticales Altura Norte S.L.;Calle Uría 62;33003 Oviedo;B33755180;"
              "ES71 2080 0300 8730 4001 2246",
        "it": "Lavori in Fune Verticale Pulizie;Via Tortona 31;20144 Milano;IT 11207630965;"
              "IT12 C050 3401 7530 0000 0144 762",
        "nl": "Touwtoegang Glasbewassing Hoogwerk;Marconistraat 19;3029 AE Rotterdam;"
              "NL 8640.55.102.B01;NL57 ABNA 0611 4098 23"},
    "outboard": {
        "en": "Solent Outboard Engineering Ltd;Quay Lane 7;Hamble SO31 4HA;GB 355 6018 72;"
              "GB47 BARC 2067 3490 1156 28",
        "de": "Aussenborder Service Seeland;Seestrasse 118;8712 Stäfa;CHE-139.552.804 MWST;"
              "CH27 0070 0115 2004 9963 1",
        "fr": "Atelier Hors-Bord du Golfe Le Gall;Zone portuaire de Kerino;56000 Vannes;"
              "FR 83 890 115 472;FR76 1558 9569 0100 6612 7734 018",
        "es": "Taller de Fuerabordas Puerto Deportivo Sanxenxo;Avenida do Porto 5;36960 "
              "Sanxenxo;B36712088;ES43 2080 5160 3130 4002 7715",
        "it": "Officina Fuoribordo Lago d'Iseo Bettoni;Via Porto 14;25049 Iseo;IT 03882740981;"
              "IT56 F086 9254 6600 0000 1102 447",
        "nl": "Buitenboordmotoren Werkplaats Loosdrecht;Oud Loosdrechtsedijk 240;1231 NG "
              "Loosdrecht;NL 8527.66.090.B01;NL21 RABO 0144 9023 87"},
    "vintagecar": {
        "en": "Wisniewski Classic Car Restoration;ul. Grochowska 306;03-840 Warsaw;"
              "PL 1132759402;PL40 1140 2004 0000 3102 7755 1883",
        "de": "Oldtimer Restaurierung Kessler & Brandl;Hanauer Landstraße 210;60314 Frankfurt "
              "am Main;DE 146 330 972;DE52 5005 0201 0200 4481 36",
        "fr": "Ateliers de Restauration Automobile Ancienne Morvan;Route de Dole 8;21110 Genlis;"
              "FR 49 877 201 563;FR76 1027 8025 0000 0213 5540 127",
        "es": "Restauraciones Clásicas Olmedo;Calle Torneros 9;28906 Getafe;B86901234;"
              "ES36 0081 0216 7100 0155 3022",
        "it": "Restauro Auto d'Epoca Carrozzeria Righetti;Via Emilia Est 900;41122 Modena;"
              "IT 03617550362;IT75 H050 3412 9000 0000 0027 613",
        "nl": "Klassiekerrestauratie Van der Veen;Industrieweg 22;8071 CS Nunspeet;"
              "NL 8711.48.305.B01;NL63 INGB 0008 1940 27"},
    "cheesemaker": {
        "en": "Åsbacka Gårdsmejeri AB;Mejerivägen 6;668 92 Ed;SE 556912440801;"
              "SE41 5000 0000 0583 2219 9047",
        "de": "Gårdost Thy Ostemager Kjeldsen;Vestervigvej 14;7770 Vestervig;DK 40 55 13 87;"
              "DK72 2000 0741 5502 61",
        "fr": "Fromagerie Fermière du Col de Marie-Blanque;Quartier Bager;64260 Bielle;"
              "FR 38 839 662 104;FR76 1690 6000 2587 0334 1190 556",
        "es": "Quesería Artesana Valle de Ansó;Calle Mayor 21;22728 Ansó;B22430517;"
              "ES90 2085 5200 8103 3014 5678",
        "it": "Caseificio Agricolo Malga Fratte;Località Fratte 2;36012 Asiago;IT 04211560242;"
              "IT29 M030 6960 7111 0000 0043 910",
        "nl": "Boerenkaasmakerij De Veenweide;Zuideinde 118;2445 AM Aarlanderveen;"
              "NL 8015.72.644.B01;NL86 RABO 0319 5507 14"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per layout, per language: two customers, "name|address lines".
_BUYERS: Final = {
    "equine": {
        "en": ("Seven Barrows Training Yard|Upper Lambourn Road|Lambourn RG17 8RG",
               "Miss Imogen Fairweather-Hart|Baydon Road 22|Lambourn RG17 7NT"),
        "de": ("Reitstall Grauholz Pensionsbetrieb|Grauholzstrasse 80|3063 Ittigen",
               "Frau Seraina Gubelmann|Schlossweg 6|3052 Zollikofen"),
        "fr": ("Écurie de Course Valpré|Route de l'Aigle 5|60500 Vineuil-Saint-Firmin",
               "Mme Ombeline Castaing|14 avenue du Bouteiller|60500 Chantilly"),
        "es": ("Centro Hípico Hacienda Quintos|Carretera de Utrera km 4|41089 Montequinto",
               "D. Gonzalo Aranguren Pastor|Calle Real 77|41700 Dos Hermanas"),
        "it": ("Centro Ippico San Rossore Galoppo|Viale delle Cascine 153|56122 Pisa",
               "Sig.ra Ginevra Altoviti|Via San Martino 40|56125 Pisa"),
        "nl": ("Pensionstal De Eikenhof Soest|Birkstraat 140|3768 HN Soest",
               "Mevr. Roos Dekker-Hoogerwerf|Kerkpad 31|3764 AP Soest")},
    "interpreter": {
        "en": ("Cardiff and Vale University Health Board|Heath Park Way|Cardiff CF14 4XW",
               "Techniquest Science Centre Events|Stuart Street|Cardiff CF10 5BW"),
        "de": ("Universitätsklinikum Leipzig Patientenservice|Liebigstraße 20|04103 Leipzig",
               "Landesverband der Gehörlosen Sachsen|Karl-Liebknecht-Str. 8|04107 Leipzig"),
        "fr": ("CHU de Toulouse Purpan Service social|Place du Docteur Baylac|31059 Toulouse",
               "Université Toulouse Capitole Mission handicap|2 rue du Doyen|31042 Toulouse"),
        "es": ("Osakidetza Hospital de Basurto|Avenida Montevideo 18|48013 Bilbao",
               "Fundación Bizkaia Sorda|Calle Iparraguirre 46|48011 Bilbao"),
        "it": ("Azienda Ospedaliera Sant'Orsola|Via Albertoni 15|40138 Bologna",
               "Ente Sordi Emilia-Romagna|Via Gramsci 7|40121 Bologna"),
        "nl": ("UMC Utrecht Patiëntenservice|Heidelberglaan 100|3584 CX Utrecht",
               "Dovenvereniging Midden-Nederland|Vondellaan 33|3521 GE Utrecht")},
    "weddingcake": {
        "en": ("Ms Aoife Brennan & Mr Cian Dwyer|Harbour View 3|Kinsale P17 KT20",
               "Castlemartyr Manor Weddings|Main Street|Castlemartyr P25 X300"),
        "de": ("Frau Jana Obermeier und Herr Lukas Pröll|Donaustaufer Str. 12|93059 Regensburg",
               "Schlossgut Eggersberg Hochzeiten|Eggersberg 1|93343 Riedenburg"),
        "fr": ("Mme Léa Pittet et M. Simon Ducret|Avenue de Cour 17|1007 Lausanne",
               "Domaine du Manoir de Vufflens Réceptions|Route du Château 2|1134 Vufflens"),
        "es": ("Dña. Rocío Valdivia y D. Álvaro Mesa|Calle Feria 88|41003 Sevilla",
               "Hacienda Los Naranjos Eventos|Carretera A-8005 km 7|41410 Carmona"),
        "it": ("Sig.na Matilde Frescobaldi e Sig. Pietro Lenzi|Via Maggio 9|50125 Firenze",
               "Villa Le Cascine Ricevimenti|Via di Bellosguardo 20|50124 Firenze"),
        "nl": ("Mevr. Noor Kuipers en Dhr. Daan Ververs|Lange Nieuwstraat 40|3512 PH Utrecht",
               "Kasteel Heemstede Trouwlocatie|Heemsteedseweg 20|3992 LS Houten")},
    "ropeaccess": {
        "en": ("Erieview Tower Property Management|1301 East Ninth Street|Cleveland, OH 44114",
               "Lakeside Convention Center Facilities|300 Lakeside Ave|Cleveland, OH 44113"),
        "de": ("Elbphilharmonie Gebäudemanagement|Platz der Deutschen Einheit 1|20457 Hamburg",
               "Speicherstadt Immobilien Verwaltung|Bei St. Annen 2|20457 Hamburg"),
        "fr": ("Syndic Tour Incity Part-Dieu|116 cours Lafayette|69003 Lyon",
               "Musée des Confluences Services généraux|86 quai Perrache|69002 Lyon"),
        "es": ("Comunidad de Propietarios Torre Calatrava|Calle Pelayo 4|33003 Oviedo",
               "Palacio de Congresos Príncipe Felipe|Calle Arturo Álvarez 1|33005 Oviedo"),
        "it": ("Condominio Torre Solaria Amministrazione|Via Gioia 2|20124 Milano",
               "Fondazione Fiera Milano Facility|Piazzale Carlo Magno 1|20149 Milano"),
        "nl": ("VvE De Rotterdam Toren|Wilhelminakade 177|3072 AP Rotterdam",
               "Markthal Vastgoedbeheer|Dominee Jan Scharpstraat 298|3011 GZ Rotterdam")},
    "outboard": {
        "en": ("Hamble River Sailing School|Rope Walk 2|Hamble SO31 4HB",
               "Mr Crispin Mallory-Kent|Satchell Lane 14|Hamble SO31 4HQ"),
        "de": ("Segelclub Zürichsee Rapperswil|Seequai 3|8640 Rapperswil",
               "Herr Matthias Leemann-Frey|Seestrasse 44|8712 Stäfa"),
        "fr": ("Base Nautique de Séné|Port-Anna|56860 Séné",
               "M. Yann-Erwan Le Cloirec|9 rue du Port|56870 Baden"),
        "es": ("Club Náutico Portonovo|Praia de Caneliñas|36970 Portonovo",
               "D. Xosé Manuel Otero Piñeiro|Rúa do Mar 23|36960 Sanxenxo"),
        "it": ("Circolo Vela Sulzano|Lungolago 8|25058 Sulzano",
               "Sig. Ettore Zanardelli|Via Mazzini 19|25049 Iseo"),
        "nl": ("Watersportvereniging De Vuntus|Vuntusweg 6|1231 BA Loosdrecht",
               "Dhr. Pieter-Jan Hoefnagels|Nieuw Loosdrechtsedijk 88|1231 LB Loosdrecht")},
    "vintagecar": {
        "en": ("Mr Tadeusz Kowalczyk-Reid|ul. Saska 41|03-968 Warsaw",
               "Automobilklub Retro Mazowsze|ul. Fieldorfa 10|04-158 Warsaw"),
        "de": ("Herr Dr. Friedhelm Osterkamp|Lerchesbergring 22|60598 Frankfurt am Main",
               "Automuseum Taunus Sammlung|Am Kurpark 5|61462 Königstein"),
        "fr": ("M. Bertrand de Montessus|Château de Varanges|21110 Varanges",
               "Club Bourguignon des Voitures d'Antan|Rue de la Gare 3|21000 Dijon"),
        "es": ("D. Ignacio Zuloaga Berasategui|Calle Serrano 140|28006 Madrid",
               "Museo del Automóvil Clásico Jarama|Carretera N-I km 27|28703 S. S. de los Reyes"),
        "it": ("Sig. Amedeo Castelbarco Visconti|Via Farini 15|41121 Modena",
               "Registro Storico Auto Sportive Emilia|Viale Ciro Menotti 22|41121 Modena"),
        "nl": ("Dhr. Gerrit-Jan Schoemaker|Elspeterweg 70|8071 PB Nunspeet",
               "Stichting Oldtimercollectie Veluwe|Stationsplein 4|8071 CH Nunspeet")},
    "cheesemaker": {
        "en": ("Vänersborg Saluhall Delikatesser|Residensgatan 5|462 32 Vänersborg",
               "Mr Olle Brännström Fine Foods|Kungsgatan 12|411 19 Gothenburg"),
        "de": ("Feinkost Hansen am Hafen|Havnegade 8|7700 Thisted",
               "Delikatessen Mikkelsen & Co.|Storegade 31|7760 Hurup Thy"),
        "fr": ("Épicerie Fine Les Halles de Pau|Place Sainte-Croix 2|64000 Pau",
               "Crèmerie Labourdette Oloron|Rue Louis Barthou 17|64400 Oloron-Sainte-Marie"),
        "es": ("Ultramarinos La Confianza Huesca|Plaza del Mercado 11|22001 Huesca",
               "Delicatessen Casa Lacasa Jaca|Calle Mayor 9|22700 Jaca"),
        "it": ("Salumeria Gastronomia Bortolan|Corso Palladio 77|36100 Vicenza",
               "Bottega dei Sapori Marostica|Piazza Castello 3|36063 Marostica"),
        "nl": ("Delicatessenwinkel Het Zuivelhuis|Breestraat 88|2311 CS Leiden",
               "Kaashandel Vlaming en Zonen|Hoogstraat 6|2406 AC Alphen aan den Rijn")},
}  # fmt: skip
BUYERS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in pair)
                          for lang, pair in by_lang.items()}
                 for layout, by_lang in _BUYERS.items()}  # fmt: skip
