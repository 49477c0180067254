"""Who bills and who is billed in the twenty-first fresh evaluation slice (`evalset_fresh21.py`):
one seller per layout and language and, per layout and language, two customers of the kind that
business serves (one per variant). No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "diving": {
        "en": "Gulfstream Commercial Divers LLC;2210 Harbor Island Drive;Galveston, TX 77550;"
              "EIN 76-3318420;US-ACH 113000023 / 4471902256",
        "de": "Nordsee Tauch- und Bergungstechnik GmbH;Am Fischereihafen 14;27572 "
              "Bremerhaven;DE 294 771 508;DE12 2925 0000 0182 4407 36",
        "fr": "Scaphandriers du Ponant SARL;Quai de la Douane 3;29200 Brest;FR 44 533 810 269;"
              "FR76 1558 9297 0100 3381 7702 145",
        "es": "Buceo Industrial Cantábrico S.L.;Muelle de Maliaño 8;39009 Santander;"
              "B39771205;ES07 0049 6730 4121 0044 8830",
        "it": "Palombari Tirreno Lavori Subacquei S.r.l.;Calata Gadda 5;16126 Genova;"
              "IT 02887410991;IT56 L030 6901 4001 0000 0063 917",
        "nl": "Waterbouw Duikbedrijf Scheldemond B.V.;Buitenhaven 12;4381 BL Vlissingen;"
              "NL 8701.33.942.B01;NL35 ABNA 0611 9920 48"},
    "sewingrepair": {
        "en": "Bobbin & Treadle Sewing Machine Repairs;41 Drapery Row;Northampton NN1 2HS;"
              "GB 318 4420 76;GB44 NWBK 6016 1331 9268 19",
        "de": "Nähmaschinen-Atelier Stäubli;Hintere Vorstadt 9;5000 Aarau;"
              "CHE-391.224.806 MWST;CH47 0076 1016 0512 7733 2",
        "fr": "Atelier Machines à Coudre Bonnefoy;5 rue des Canuts;69004 Lyon;"
              "FR 07 884 102 556;FR76 1382 5002 0008 0412 6631 981",
        "es": "Reparación de Máquinas de Coser Sastrería Ordóñez;Calle Feria 61;41003 "
              "Sevilla;B91550284;ES28 2100 8422 1102 0077 4416",
        "it": "Assistenza Macchine per Cucire Bellotti;Via Borgonuovo 23;22100 Como;"
              "IT 03412870135;IT71 D056 9610 9000 0000 5566 123",
        "nl": "Naaimachinehuis Van der Wijst;Vughterstraat 88;5211 GK 's-Hertogenbosch;"
              "NL 0012.88.410.B01;NL20 RABO 0155 8730 42"},
    "shredding": {
        "en": "Säkerhetsdestruktion Mälardalen AB;Kvarnvägen 18;721 34 Västerås;"
              "SE 556901442701;SE45 5000 0000 0583 9825 7466",
        "de": "Aktenvernichtung Wolters & Kamp GmbH;Carl-Benz-Straße 22;33803 Steinhagen;"
              "DE 325 640 117;DE83 4805 0161 0066 2914 03",
        "fr": "Destruction Confidentielle Val de Loire SAS;ZA des Landes 11;37300 Joué-lès-"
              "Tours;FR 90 812 446 093;FR76 1940 6370 1407 2210 5539 117",
        "es": "Destrucción Documental Segura Aragón S.L.;Polígono Malpica, calle E 40;"
              "50016 Zaragoza;B50991734;ES62 2085 5204 1503 3088 4127",
        "it": "Distruzione Documenti Riservati Adriatica S.r.l.;Via Flaminia 412;47923 "
              "Rimini;IT 04170960405;IT38 T062 8524 2100 0000 6604 718",
        "nl": "Archiefvernietiging Gelderse Vallei B.V.;Nijverheidsweg 31;3771 ME Barneveld;"
              "NL 8627.40.115.B01;NL08 INGB 0006 9915 27"},
    "clockrepair": {
        "en": "Vestergaard Urmager & Ure ApS;Store Torv 6;8000 Aarhus C;DK 29 71 44 02;"
              "DK92 2000 0741 5508 33",
        "de": "Uhrmacherwerkstatt Tiefenbacher;Ludwigstraße 47;79098 Freiburg im Breisgau;"
              "DE 142 880 593;DE58 6805 0101 0012 7739 04",
        "fr": "Horlogerie Jaquet-Rochat;Rue de la Serre 12;2300 La Chaux-de-Fonds;"
              "CHE-112.504.938 TVA;CH14 0900 0000 2301 8840 5",
        "es": "Relojería Artesana Mendívil;Calle Santa Clara 9;49014 Zamora;B49201866;"
              "ES81 0182 7311 4402 0155 9310",
        "it": "Laboratorio di Orologeria Ghirardelli;Via Pescherie 4;46100 Mantova;"
              "IT 02719410207;IT14 B053 8711 5000 0000 4452 061",
        "nl": "Klokkenmakerij Tjepkema;Nieuwestad 71;8911 CL Leeuwarden;NL 0041.07.318.B01;"
              "NL73 ABNA 0485 5102 94"},
    "schoolbooks": {
        "en": "Kwadrat School Books Sp. z o.o.;ul. Piotrkowska 140;90-063 Lodz;"
              "PL 7252038841;PL27 1140 2004 0000 3102 7718 5520",
        "de": "Schulbuchhandlung Merkelbach;Marktplatz 4;35390 Gießen;DE 112 508 774;"
              "DE37 5135 0025 0200 4417 81",
        "fr": "Librairie Scolaire du Marais Poitevin;8 place de la Brèche;79000 Niort;"
              "FR 62 401 226 817;FR76 1790 6000 9001 4478 2203 311",
        "es": "Librería Escolar Cervantina;Calle Mayor 27;28801 Alcalá de Henares;"
              "B84776012;ES11 2038 2208 3160 0092 1447",
        "it": "Libreria Scolastica Il Quaderno;Corso Garibaldi 103;43121 Parma;"
              "IT 02556810341;IT29 U062 3012 7000 0046 7710 248",
        "nl": "Schoolboekhandel Het Leesteken;Lange Nieuwstraat 19;3512 PD Utrecht;"
              "NL 8033.51.780.B01;NL55 RABO 0302 6618 73"},
    "bandfee": {
        "en": "The Dunmore Ramblers (Ciarán Hegarty);14 Wolfe Tone Street;Sligo F91 XR22;"
              "IE 9825514LA;IE57 BOFI 9000 1721 4486 30",
        "de": "Kapelle Blechsalat GbR;Zum Steinbruch 5;87435 Kempten;DE 331 207 668;"
              "DE04 7335 0000 0514 9277 10",
        "fr": "Les Gueules Noires (association);14 rue Jean Jaurès;59300 Valenciennes;"
              "FR 18 850 114 932;FR76 1670 6000 5354 0193 8802 460",
        "es": "Orquesta Verbena Los Tunantes;Calle Real 14;30800 Lorca;B73560114;"
              "ES39 3058 0740 3127 2008 8163",
        "it": "I Bandaloni Liscio Band;Via Cavour 61;48018 Faenza;IT 02671540398;"
              "IT60 N062 7023 7000 0000 3318 642",
        "nl": "Coverband De Dijkgraven;Dorpsstraat 117;1601 KE Enkhuizen;"
              "NL 8860.12.307.B01;NL41 TRIO 0391 2275 60"},
    "glazier": {
        "en": "Wickham & Dane Glaziers Ltd;Unit 4, Canal Wharf;Stroud GL5 3JH;"
              "GB 201 5588 90;GB62 HBUK 4012 3388 1120 47",
        "de": "Glaserei Oberhuber Meisterbetrieb;Innstraße 30;83022 Rosenheim;"
              "DE 131 660 249;DE22 7115 0000 0020 4471 55",
        "fr": "Miroiterie Vitrerie Lamarque;22 cours Victor Hugo;33000 Bordeaux;"
              "FR 39 443 706 128;FR76 1333 5000 4008 0017 9914 572",
        "es": "Cristalería Hermanos Quintanilla;Avenida de Portugal 52;37005 Salamanca;"
              "B37415820;ES73 2100 3705 1122 0041 6678",
        "it": "Vetreria Artigiana Fontanesi;Via Roma 156;42121 Reggio Emilia;"
              "IT 01948370359;IT83 H030 3212 8000 1000 0077 214",
        "nl": "Glashandel en Glaszetterij Terpstra;Kanaalweg 44;8401 AT Gorredijk;"
              "NL 0025.64.991.B01;NL16 RABO 0377 4509 18"},
}  # fmt: skip

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per layout, per language: two customers (one per variant), "name|street|town".
_BUYERS: Final = {
    "diving": {
        "en": ("Port of Freeport Marine Terminal|1001 Navigation Blvd|Freeport, TX 77541",
               "Bayou Dredging & Salvage Co.|44 Industrial Canal Rd|Houston, TX 77029"),
        "de": ("Niedersachsen Ports, Standort Cuxhaven|Am Hafen 4|27472 Cuxhaven",
               "Windpark Borkum West Betriebs GmbH|Hafenstraße 1|26757 Borkum"),
        "fr": ("Grand Port Maritime de Nantes Saint-Nazaire|18 quai Ernest Renaud|44100 "
               "Nantes", "Chantier Naval de l'Iroise|Port du Moulin Blanc|29200 Brest"),
        "es": ("Autoridad Portuaria de Gijón|Avenida Príncipe de Asturias 1|33212 Gijón",
               "Astilleros del Nervión S.A.|Calle Ribera 2|48910 Sestao"),
        "it": ("Autorità Portuale di La Spezia|Via del Molo 1|19126 La Spezia",
               "Cantiere Navale Riva Trigoso|Via Pietro Gianelli 8|16039 Sestri Levante"),
        "nl": ("Havenbedrijf Terneuzen|Westkolkstraat 2|4531 GH Terneuzen",
               "Sluisbeheer Kreekraksluizen|Kreekrakweg 6|4416 PA Rilland")},
    "sewingrepair": {
        "en": ("Royal Derngate Costume Department|19 Guildhall Road|Northampton NN1 1DP",
               "Stitch Social Quilting Studio|7 Market Square|Wellingborough NN8 1AF"),
        "de": ("Theater Aargau Kostümwerkstatt|Kasinostrasse 15|5000 Aarau",
               "Polsterei und Sattlerei Bühlmann|Bahnhofstrasse 30|5600 Lenzburg"),
        "fr": ("Opéra de Lyon, atelier couture|1 place de la Comédie|69001 Lyon",
               "Lycée professionnel La Martinière, section mode|41 rue Antoine Charial|69003 "
               "Lyon"),
        "es": ("Taller de Trajes de Flamenca Macarena|Calle San Luis 22|41003 Sevilla",
               "Teatro de la Maestranza, sastrería|Paseo de Cristóbal Colón 22|41001 "
               "Sevilla"),
        "it": ("Sartoria Teatrale Lariana|Via Volta 40|22100 Como",
               "Seterie Canepa Campionatura|Via Tentorio 12|22037 Ponte Lambro"),
        "nl": ("Kostuumatelier Theater aan de Parade|Parade 23|5211 KL 's-Hertogenbosch",
               "Quiltwinkel De Lapjesmand|Kerkstraat 5|5261 CD Vught")},
    "shredding": {
        "en": ("Advokatfirman Lindqvist & Borg|Stora Gatan 30|722 12 Västerås",
               "Region Västmanland, Vårdcentral Bäckby|Bäckbytorget 2|723 41 Västerås"),
        "de": ("Steuerberatung Hölscher Partnerschaft|Kirchplatz 6|33790 Halle (Westf.)",
               "Zahnklinik am Johannisberg|Johannisstraße 18|33611 Bielefeld"),
        "fr": ("Étude notariale Maître Vasseur|12 rue Nationale|37000 Tours",
               "Centre de radiologie du Cher|3 boulevard Heurteloup|37000 Tours"),
        "es": ("Gestoría Administrativa Lacasa|Paseo Independencia 19|50001 Zaragoza",
               "Mutua Laboral del Ebro|Calle Coso 88|50001 Zaragoza"),
        "it": ("Studio Legale Associato Morri Galli|Corso d'Augusto 74|47921 Rimini",
               "Poliambulatorio San Marino Riviera|Viale Regina Elena 90|47921 Rimini"),
        "nl": ("Notariskantoor Van Beek en Haverkamp|Langstraat 12|3771 BC Barneveld",
               "Huisartsenpraktijk De Schaffelaar|Stationsweg 40|3771 VD Barneveld")},
    "clockrepair": {
        "en": ("Aarhus Antikhandel|Mejlgade 41|8000 Aarhus C",
               "Den Gamle By Museum, Samlinger|Viborgvej 2|8000 Aarhus C"),
        "de": ("Antiquitäten Kaltenbrunner|Konviktstraße 11|79098 Freiburg im Breisgau",
               "Schwarzwälder Uhrenmuseum Vöhrenbach|Friedrichstraße 8|78147 Vöhrenbach"),
        "fr": ("Musée d'horlogerie du Locle, Château des Monts|Route des Monts 65|"
               "2400 Le Locle", "Antiquités Perrenoud|Avenue Léopold-Robert 58|"
               "2300 La Chaux-de-Fonds"),
        "es": ("Anticuario Plaza Mayor de Zamora|Plaza Mayor 3|49001 Zamora",
               "Parador de Zamora, Conserjería|Plaza de Viriato 5|49001 Zamora"),
        "it": ("Antichità Gonzaga Casa d'aste|Via Accademia 10|46100 Mantova",
               "Palazzo Te, Ufficio Conservazione|Viale Te 13|46100 Mantova"),
        "nl": ("Antiekhandel De Waag|Waagplein 3|8911 BS Leeuwarden",
               "Fries Museum, Collectiebeheer|Wilhelminaplein 92|8911 BS Leeuwarden")},
    "schoolbooks": {
        "en": ("International School of Lodz|ul. Wolczanska 58|90-516 Lodz",
               "Copernicus Bilingual Primary School|ul. Kosynierow 24|91-045 Lodz"),
        "de": ("Liebig-Gymnasium Gießen|Ludwigstraße 78|35392 Gießen",
               "Gesamtschule Hungen|Schloßgasse 12|35410 Hungen"),
        "fr": ("Collège Jean Zay|12 rue de Souché|79000 Niort",
               "Collège Pierre et Marie Curie|3 avenue de Limoges|79000 Niort"),
        "es": ("IES Complutense|Calle Valladolid 1|28804 Alcalá de Henares",
               "Colegio Concertado San Diego|Calle Colegios 6|28801 Alcalá de Henares"),
        "it": ("Istituto Comprensivo Parma Centro|Via Bottego 1|43121 Parma",
               "Scuola Secondaria di Primo Grado Ferrari|Via Bellini 12|43125 Parma"),
        "nl": ("Stedelijk Gymnasium Domstad|Homeruslaan 46|3581 MP Utrecht",
               "Christelijk Lyceum Zeist-Oost|Lindenlaan 41|3707 ER Zeist")},
    "bandfee": {
        "en": ("The Glasshouse Music Bar|Hyde Bridge|Sligo F91 W2PK",
               "Ballyshannon Folk Festival Committee|Main Street|Ballyshannon F94 XY31"),
        "de": ("Festzelt Allgäuer Festwoche GmbH|Kronenstraße 8|87435 Kempten",
               "Gasthof Hirsch Saalbetrieb|Dorfstraße 22|87471 Durach"),
        "fr": ("Le Phénix, scène nationale|Boulevard Harpignies|59300 Valenciennes",
               "Comité des fêtes d'Anzin|Place Roger Salengro|59410 Anzin"),
        "es": ("Comisión de Fiestas de Águilas|Plaza de España 14|30880 Águilas",
               "Sala Musical El Trovador|Avenida Juan Carlos I 40|30800 Lorca"),
        "it": ("Balera Il Gatto Nero|Via Emilia Ponente 210|48018 Faenza",
               "Pro Loco Brisighella|Piazza Marconi 6|48013 Brisighella"),
        "nl": ("Café-Podium De Drommedaris|Paktuinen 1|1601 GD Enkhuizen",
               "Stichting Havenfeesten Medemblik|Pekelharinghaven 4|1671 AS Medemblik")},
    "glazier": {
        "en": ("Cotswold Homes Housing Association|Brunel Way 9|Stroud GL5 2BP",
               "The Old Mill Tearooms|Bath Road 2|Nailsworth GL6 0HH"),
        "de": ("Hausverwaltung Inntal Immobilien|Münchener Straße 14|83022 Rosenheim",
               "Bäckerei Stadler Filiale Mitte|Max-Josefs-Platz 9|83022 Rosenheim"),
        "fr": ("Syndic Aquitaine Copropriétés|40 rue Sainte-Catherine|33000 Bordeaux",
               "Brasserie Le Chartrons|7 quai des Chartrons|33000 Bordeaux"),
        "es": ("Administración de Fincas Tormes|Gran Vía 18|37001 Salamanca",
               "Cafetería Casino del Tormes|Plaza Mayor 12|37002 Salamanca"),
        "it": ("Amministrazione Condomini Tricolore|Via Emilia San Pietro 20|42121 Reggio "
               "Emilia", "Farmacia Centrale Fontana|Piazza Prampolini 3|42121 Reggio Emilia"),
        "nl": ("Woningcorporatie Opsterland|Hoofdstraat 60|8401 BZ Gorredijk",
               "Bakkerij Hoekstra aan de Brink|Brink 5|8401 AB Gorredijk")},
}  # fmt: skip
BUYERS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in pair)
                          for lang, pair in by_lang.items()}
                 for layout, by_lang in _BUYERS.items()}  # fmt: skip

# The machines the sewing-machine repairer services.
MACHINES: Final = ("Bernina 1008", "Pfaff 130", "Singer 201K", "Janome HD3000",
                   "Juki DDL-8700", "Elna Lotus")  # fmt: skip
