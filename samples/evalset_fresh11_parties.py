"""Who bills and who is billed in the eleventh fresh evaluation slice (`evalset_fresh11.py`): one
seller per layout and language and four customers per language. No name is used by an earlier
slice."""

from __future__ import annotations

from typing import Final

from generate import Company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "courtesy": {
        "en": "Fernhollow Design Studio Ltd;14 Cheapside Yard;Nottingham NG1 2HU;GB 402 7781 36;"
              "GB33 BARC 2049 7713 5528 14",
        "de": "Atelier Kornblume Gestaltung GmbH;Ostertorsteinweg 31;28203 Bremen;DE 318 552 940;"
              "DE61 2905 0000 1100 4477 92",
        "fr": "Studio Graphique Ardoise SARL;5 rue Saint-Malo;35000 Rennes;FR 61 833 201 447;"
              "FR76 1558 9351 0100 2244 6681 193",
        "es": "Estudio Gráfico Almendro S.L.;Calle Ruzafa 12;46004 Valencia;B98557102;"
              "ES41 0081 0693 1100 0288 4410",
        "it": "Studio Grafico Pervinca S.r.l.;Via San Vitale 50;40125 Bologna;IT 03881451207;"
              "IT66 K020 0802 4350 0010 4471 882",
        "nl": "Ontwerpbureau Zilverspar B.V.;Oudegracht 210;3511 NR Utrecht;NL 8634.11.905.B01;"
              "NL45 RABO 0388 1590 47"},
    "emailed": {
        "en": "Maple & Quill Copywriting LLC;88 Broad Street, Floor 3;Providence, RI 02903;"
              "EIN 61-4410927;US-ACH 011500120 / 4402918836",
        "de": "Textbüro Federkiel Gschwend;Spalenberg 24;4051 Basel;CHE-298.114.670 MWST;"
              "CH71 0077 0252 0411 8830 2",
        "fr": "Plume Vive Rédaction EURL;22 rue Sainte-Catherine;33000 Bordeaux;"
              "FR 15 877 402 119;FR76 1333 5004 0108 8924 1103 386",
        "es": "Letra Clara Redacción S.L.;Calle Manuel Silvela 9;28010 Madrid;B88103446;"
              "ES70 2085 9320 1100 3340 2276",
        "it": "Penna Bianca Copywriting S.a.s.;Via dei Serragli 81;50124 Firenze;IT 06884120481;"
              "IT45 X030 6902 8871 0000 0066 512",
        "nl": "Tekstbureau Inktvis;Breestraat 117;2311 CM Leiden;NL 0022.81.455.B01;"
              "NL03 INGB 0007 8812 46"},
    "halfsheet": {
        "en": "Glenmore Apiary;Ballinacourty;Co. Waterford X35 KP20;IE 4418206W;"
              "IE11 AIBK 9333 8841 2276 05",
        "de": "Imkerei Lindenblüte Brandl;Am Bienenhang 3;94469 Deggendorf;DE 277 410 658;"
              "DE29 7415 0000 0022 5561 70",
        "fr": "Rucher des Trois Collines;Lieu-dit Les Abeilles;24200 Sarlat-la-Canéda;"
              "FR 07 844 550 231;FR76 1240 6000 8100 4477 2210 561",
        "es": "Apícola Sierra de Gata S.Coop.;Camino de la Fuente 4;10850 Hoyos;F10455820;"
              "ES27 3009 0077 1120 0441 5503",
        "it": "Apicoltura Valle dei Tigli;Località Campiglio 12;12051 Alba;IT 03551880042;"
              "IT90 G084 5046 2200 0000 0177 230",
        "nl": "Imkerij De Zoemende Linde;Heideweg 6;6718 SV Ede;NL 8122.74.019.B01;"
              "NL62 RABO 0155 4478 31"},
    "dayrate": {
        "en": "Harrowgate Strategy Partners LLP;7 Bloomsbury Square;London WC1A 2LP;"
              "GB 299 5640 18;GB55 HBUK 4005 1577 2210 93",
        "de": "Kestner Organisationsberatung GmbH;Maximilianstraße 35;80539 München;"
              "DE 311 902 774;DE38 7002 0270 0015 6620 41",
        "fr": "Conseil Lémanique Stratégie SA;Avenue de Rumine 20;1005 Lausanne;"
              "CHE-330.118.492 TVA;CH07 0076 7000 C055 2284 6",
        "es": "Consultores Asociados Mirasierra S.L.;Paseo de la Castellana 141;28046 Madrid;"
              "B86322107;ES90 0182 2370 4100 0201 5571",
        "it": "Brentani & Soci Consulenza Direzionale S.r.l.;Corso Venezia 16;20121 Milano;"
              "IT 09334710961;IT38 W034 4001 6000 0000 0440 912",
        "nl": "Van Oordt Organisatieadvies B.V.;Lange Voorhout 44;2514 EG Den Haag;"
              "NL 8570.33.142.B01;NL76 ABNA 0601 2277 94"},
    "sellerfoot": {
        "en": "Nordlys Locksmiths ApS;Vesterbrogade 102;1620 Copenhagen V;DK 41 22 87 30;"
              "DK85 3000 0010 4477 21",
        "de": "Schlüsseldienst Brockhagen;Bielefelder Straße 71;33330 Gütersloh;DE 126 663 509;"
              "DE97 4785 0065 0001 2288 14",
        "fr": "Serrurerie Vauban Dépannage SAS;17 boulevard de la Liberté;59800 Lille;"
              "FR 92 811 700 354;FR76 3002 7170 2000 0441 5529 083",
        "es": "Cerrajería Llave de Oro S.L.;Calle San Vicente 44;46002 Valencia;B97881330;"
              "ES15 0049 1500 0520 1044 7781",
        "it": "Ferramenta e Serrature Guidotti;Via Nizza 140;10126 Torino;IT 10228840012;"
              "IT71 Y030 6901 0000 0000 2288 761",
        "nl": "Slotenmakerij De Sleutelbos;Vismarkt 9;9712 CB Groningen;NL 0018.44.219.B01;"
              "NL20 SNSB 0912 2045 77"},
    "dotted": {
        "en": "Kontorsgrossisten Vasa AB;Sveavägen 61;113 59 Stockholm;SE 556791044201;"
              "SE45 5000 0000 0583 9825 7466",
        "de": "Bürobedarf Hellweg & Söhne KG;Ostenhellweg 40;44135 Dortmund;DE 125 440 817;"
              "DE12 4405 0199 0002 1133 58",
        "fr": "Fournitures de Bureau Garonne SA;60 allées Jean Jaurès;31000 Toulouse;"
              "FR 38 552 104 771;FR76 1313 5000 8008 1122 4477 034",
        "es": "Papelería Técnica Levante S.A.;Avenida del Puerto 220;46023 Valencia;A46881210;"
              "ES06 2100 4516 1102 0077 3319",
        "it": "Cartoleria Forniture Uffici Emiliana S.p.A.;Via Marco Emilio Lepido 178;"
              "40132 Bologna;IT 00844120379;IT12 M063 8502 4011 0000 0088 142",
        "nl": "Kantoorvakhandel Dommelstroom B.V.;Kanaaldijk-Zuid 18;5611 AD Eindhoven;"
              "NL 0073.12.660.B01;NL84 ABNA 0522 6610 03"},
    "widepage": {
        "en": "Wolin Elektro Instalacje Sp. z o.o.;ul. Grunwaldzka 212;81-366 Gdynia;"
              "PL 5842710936;PL61 1090 1098 0000 0001 4477 2213",
        "de": "Elektro Finkbeiner GmbH & Co. KG;Hauptstraße 66;74523 Schwäbisch Hall;"
              "DE 146 201 883;DE44 6225 0030 0005 5112 06",
        "fr": "Électricité Générale Corbières SARL;14 avenue Foch;11100 Narbonne;"
              "FR 40 499 210 687;FR76 1350 6100 0081 1220 4406 642",
        "es": "Instalaciones Eléctricas Tormes S.L.;Calle Zamora 71;37002 Salamanca;B37556109;"
              "ES52 2103 2200 9100 3322 1804",
        "it": "Impianti Elettrici Dolomiti S.n.c.;Via Roma 203;32100 Belluno;IT 01117760251;"
              "IT57 F058 5611 9001 0057 0011 442",
        "nl": "Installatiebedrijf Spanningsveld B.V.;Ambachtsweg 12;8253 PD Dronten;"
              "NL 8190.55.316.B01;NL39 INGB 0006 6120 84"},
}  # fmt: skip
SELLERS: Final = {
    layout: {lang: Company(name, (street, town), vat, iban)
             for lang, (name, street, town, vat, iban) in
             ((lang, entry.split(";")) for lang, entry in by_lang.items())}
    for layout, by_lang in _SELLERS.items()
}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Hollins Craft Brewery Ltd|Unit 4, Riverside Works|Sheffield S3 8EN",
           "Tamworth Rowing Association|Boathouse Lane|Tamworth B79 7DA",
           "Greyfriars Dental Laboratory Ltd|31 Friar Gate|Derby DE1 1BX",
           "Orchard Vale Primary Academy|Station Road|Evesham WR11 4DX"),
    "de": ("Brauhaus Zum Kranich GmbH|Lindenstraße 8|49074 Osnabrück",
           "Ruderverein Weserwelle e.V.|Am Bootshaus 2|37603 Holzminden",
           "Zahntechnik Oberlin GmbH|Hansaring 51|48155 Münster",
           "Grundschule am Wasserturm|Turmweg 10|33098 Paderborn"),
    "fr": ("Brasserie du Vieux Moulin SARL|2 chemin du Moulin|67000 Strasbourg",
           "Club d'Aviron de l'Erdre|Quai de Versailles|44000 Nantes",
           "Laboratoire Prothèse Dentaire Clémenceau|40 rue Clémenceau|38000 Grenoble",
           "École Élémentaire des Tilleuls|Place des Tilleuls|71000 Mâcon"),
    "es": ("Cervecera Artesana Ribagorza S.L.|Calle del Molino 3|22430 Graus",
           "Club de Remo Ría de Vigo|Avenida Beiramar 40|36202 Vigo",
           "Laboratorio Dental Murillo S.L.|Calle Murillo 17|41001 Sevilla",
           "Colegio Público Los Almendros|Calle Escuelas 1|50800 Zuera"),
    "it": ("Birrificio Artigianale Val Seriana S.r.l.|Via Molini 5|24027 Nembro",
           "Società Canottieri Mincio|Lungolago Gonzaga 2|46100 Mantova",
           "Laboratorio Odontotecnico Vitali|Via Cavour 73|43121 Parma",
           "Istituto Comprensivo Don Milani|Via delle Scuole 4|35010 Vigonza"),
    "nl": ("Stadsbrouwerij De Gouden Hop B.V.|Havenkade 14|8011 XA Zwolle",
           "Roeivereniging De Amstelgolf|Kalfjeslaan 50|1182 ZA Amstelveen",
           "Tandtechnisch Laboratorium Wijnhaven|Wijnhaven 61|3011 WJ Rotterdam",
           "Basisschool De Regenboog|Schoolstraat 3|6711 AB Ede"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(name, tuple(rest)) for name, *rest in
                             (entry.split("|") for entry in entries))
                 for lang, entries in _BUYERS.items()}  # fmt: skip
