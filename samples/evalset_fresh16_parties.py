"""Who bills and who is billed in the sixteenth fresh evaluation slice (`evalset_fresh16.py`): one
seller per layout and language, four customers per language, and the people and things single
layouts name (the livery yard's horses, the studio's artists and engineers, the cars on the tyre
garage's ramp, the pests treated). No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "milkround": {
        "en": "Hollins Farm Dairy Ltd;Hollins Lane;Garstang PR3 1ZB;GB 318 5520 47;"
              "GB62 NWBK 6016 1331 9268 19",
        "de": "Milchhof Anneliese Wübbena;Deichweg 14;26789 Leer;DE 281 509 366;"
              "DE70 2855 0000 0009 1177 42",
        "fr": "Laiterie de la Vallée d'Aure;Route de Sarrancolin;65240 Arreau;"
              "FR 61 438 220 905;FR76 1690 6000 2108 7740 3319 255",
        "es": "Granja Láctea Valdeolmos S.L.;Camino de Alalpardo 2;28130 Valdeolmos;B84402913;"
              "ES21 2100 4871 5102 0033 8179",
        "it": "Latteria Sociale Valbrenta;Via Oliero 31;36020 Valbrenta;IT 00451270249;"
              "IT38 D058 5660 8800 0000 0143 870",
        "nl": "Melkveebedrijf De Hoeve Boschma;Slachtedyk 6;8734 HJ Easterein;"
              "NL 8039.62.174.B01;NL10 RABO 0307 6611 48"},
    "pestreport": {
        "en": "Norrlands Skadedjurskontroll AB;Skolgatan 44;903 27 Umeå;SE 559104672301;"
              "SE35 5000 0000 0583 9911 0264",
        "de": "Schädlingsbekämpfung Ammann AG;Zürcherstrasse 190;8500 Frauenfeld;"
              "CHE-114.920.338 MWST;CH41 0078 4167 3311 2004 7",
        "fr": "Hygiène Services Armor SARL;14 rue de la Marne;22000 Saint-Brieuc;"
              "FR 72 811 340 926;FR76 1558 9221 0701 7703 4418 046",
        "es": "Control de Plagas Tramontana S.L.;Carrer del Moll 11;17480 Roses;B55302718;"
              "ES12 0081 1601 2200 0118 3364",
        "it": "Disinfestazioni Orobie S.n.c.;Via Borgo Palazzo 131;24125 Bergamo;"
              "IT 03922070161;IT47 E030 6911 1010 0000 0771 093",
        "nl": "Ongediertebestrijding Veluwezoom;Arnhemsestraatweg 52;6881 NH Velp;"
              "NL 8522.06.913.B01;NL95 ABNA 0512 4470 28"},
    "alarmquarter": {
        "en": "Blue Ridge Alarm Monitoring Inc.;880 West Main Street;Charlottesville, VA 22903;"
              "EIN 54-2093317;US-ACH 051000017 / 4490317726",
        "de": "Wachschutz Leitstelle Hellweg GmbH;Ostenhellweg 60;44135 Dortmund;"
              "DE 318 227 045;DE83 4405 0199 0001 7726 61",
        "fr": "Vigilance Télésurveillance Loire SAS;5 quai de la Fosse;44000 Nantes;"
              "FR 36 527 114 690;FR76 1470 6000 3307 3410 8821 961",
        "es": "Central de Alarmas Guadiana S.A.;Avenida de Elvas 22;06006 Badajoz;A06518833;"
              "ES93 2103 7102 3400 1120 4581",
        "it": "Vigilanza Telematica Adriatica S.p.A.;Viale della Vittoria 88;60123 Ancona;"
              "IT 02210380428;IT29 B053 0802 6840 0000 0046 112",
        "nl": "Alarmcentrale Zeeuws-Vlaanderen B.V.;Nieuwstraat 31;4501 BD Oostburg;"
              "NL 8610.27.440.B01;NL18 INGB 0008 2217 94"},
    "studiobook": {
        "en": "Nordhavn Lydstudie ApS;Sandkaj 29;2150 Nordhavn;DK 39 61 04 72;"
              "DK87 5301 0004 4127 86",
        "de": "Tonstudio Kesselhaus Ehrenfeld;Lichtstraße 43;50825 Köln;DE 294 771 350;"
              "DE58 3705 0198 1933 6620 17",
        "fr": "Studio Les Eaux-Mortes Sàrl;Rue des Bains 36;1205 Genève;CHE-305.771.902 TVA;"
              "CH19 0900 0000 1266 4021 8",
        "es": "Estudios Sonoros La Nave S.L.;Calle de Tomás Bretón 51;28045 Madrid;B86617024;"
              "ES04 0049 5103 7121 1645 0093",
        "it": "Studio di Registrazione Officina Sonora;Via Padova 104;20131 Milano;"
              "IT 08824150961;IT52 Q034 4001 6110 0000 0388 201",
        "nl": "Opnamestudio De Walvis;Oostelijke Handelskade 34;1019 BN Amsterdam;"
              "NL 8581.33.702.B01;NL08 INGB 0006 9941 25"},
    "alterations": {
        "en": "Kilbride Tailoring & Alterations;27 Drury Street;Dublin D02 YX63;IE 3481220WH;"
              "IE64 BOFI 9000 1722 4109 38",
        "de": "Maßschneiderei Kowalczyk;Rosenthaler Straße 9;10119 Berlin;DE 311 604 282;"
              "DE12 1005 0000 0190 4472 86",
        "fr": "Retouches Atelier Coupe-Droite;19 rue du Pont-Neuf;13100 Aix-en-Provence;"
              "FR 08 822 540 139;FR76 1131 5000 0108 8340 2107 221",
        "es": "Sastrería Arrieta e Hijos;Calle Dato 18;01005 Vitoria-Gasteiz;B01577820;"
              "ES67 2095 3150 2710 9140 6028",
        "it": "Sartoria Ferrucci dal 1961;Via dei Servi 40;50122 Firenze;IT 04422180487;"
              "IT93 H061 6002 8000 0001 3320 C00",
        "nl": "Kleermakerij Van Wijngaarden;Noordeinde 88;2514 GN Den Haag;NL 8227.41.036.B01;"
              "NL76 ABNA 0466 1902 37"},
    "livery": {
        "en": "Stajnia Brzozowy Gaj Sp. z o.o.;ul. Lipowa 3;05-520 Konstancin-Jeziorna;"
              "PL 1231450876;PL60 1140 2004 0000 3102 7788 1920",
        "de": "Reitanlage Gut Hohenfelde;Gutsweg 2;24257 Hohenfelde;DE 276 105 839;"
              "DE24 2105 0170 0012 3398 40",
        "fr": "Écurie du Haras des Brumes;Route de Cabourg;14430 Dozulé;FR 47 798 330 215;"
              "FR76 1660 6100 3300 1744 0912 687",
        "es": "Centro Hípico Los Alcornoques S.L.;Carretera de Arcos km 4;11406 Jerez;"
              "B72290561;ES39 2100 8561 3302 0017 7264",
        "it": "Scuderia La Quercia Grande;Strada Provinciale 9;06081 Assisi;IT 03311910544;"
              "IT81 T020 0838 2800 0104 5527 610",
        "nl": "Pensionstal De Hoefslag;Heideweg 21;3941 XV Doorn;NL 8355.18.207.B01;"
              "NL43 RABO 0362 9077 15"},
    "tyrebay": {
        "en": "Thameside Tyre & Exhaust Ltd;Unit 9, Riverside Trading Estate;Reading RG1 8DX;"
              "GB 291 6638 04;GB21 LOYD 3091 2277 6014 05",
        "de": "Reifen-Service Brunnthaler;Industriestraße 17;83022 Rosenheim;DE 128 704 556;"
              "DE95 7115 0000 0020 1844 73",
        "fr": "Pneus Express Gerland;92 avenue Tony Garnier;69007 Lyon;FR 91 502 883 107;"
              "FR76 1007 1690 0000 0020 0745 318",
        "es": "Neumáticos Nervión S.L.;Calle Juan de Garay 40;48003 Bilbao;B95447106;"
              "ES80 0182 1290 3302 0162 4471",
        "it": "Gommista Autoservizi Bonetti;Via Emilia Ponente 300;40133 Bologna;"
              "IT 02876040371;IT14 P063 8502 4110 0000 0033 906",
        "nl": "Bandencentrale Twentekanaal;Havenweg 11;7418 AG Deventer;NL 8190.63.541.B01;"
              "NL39 INGB 0005 3318 62"},
}  # fmt: skip

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Oakfield Community Care Home|Priory Road|Lancaster LA1 4RP",
           "Brackenhurst Preparatory School|School Lane|Ruthin LL15 1AS",
           "The Wheatsheaf at Kirkby Lonsdale|Main Street|Kirkby Lonsdale LA6 2AH",
           "Tamsin Ashdown|7 Meadow Close|Ilkley LS29 8QR"),
    "de": ("Seniorenstift Lindenhof gGmbH|Lindenallee 4|37073 Göttingen",
           "Gasthaus Zur Alten Fähre|Fährstraße 1|27498 Helgoland",
           "Grundschule am Mühlenteich|Teichweg 10|31134 Hildesheim",
           "Dr. Henrike Voßkamp|Am Eichenkamp 5|33602 Bielefeld"),
    "fr": ("EHPAD Les Hortensias|12 rue des Écoles|56100 Lorient",
           "Auberge du Col de Vence|Route du Col|06140 Vence",
           "Collège Jean-Rostand|3 place du Marché|71100 Chalon-sur-Saône",
           "Mme Bérengère Castagnol|4 impasse des Mûriers|30000 Nîmes"),
    "es": ("Residencia de Mayores San Telmo|Calle Convento 9|38400 Puerto de la Cruz",
           "Hostal Rural El Lagar|Plaza Mayor 2|42300 El Burgo de Osma",
           "Colegio Concertado Santa Clara|Avenida del Ebro 64|50015 Zaragoza",
           "Dña. Maialen Etxeberria|Calle Urbieta 21|20006 Donostia"),
    "it": ("RSA Villa dei Glicini|Via dei Mille 15|16147 Genova",
           "Trattoria Al Portico Vecchio|Piazza Duomo 6|38122 Trento",
           "Istituto Comprensivo Leopardi|Via Roma 92|62100 Macerata",
           "Sig.ra Ginevra Pellicani|Via Garibaldi 30|70122 Bari"),
    "nl": ("Woonzorgcentrum De Lindeboom|Lindelaan 3|6711 AE Ede",
           "Herberg De Drie Gebroeders|Dijkstraat 40|4301 EK Zierikzee",
           "Openbare Basisschool De Regenboog|Schoolstraat 2|9401 HB Assen",
           "Mevr. Lotte van Dommelen|Lindestraat 17|5041 BB Tilburg"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# The livery yard's horses (two per document), the studio's artists and engineers, the cars
# the tyre garage fits and the pests found.
HORSES: Final = ("Bramblewick", "Copper Lantern", "Mistral Belle", "Ostara", "Quillon",
                 "Hazelmere Blue")  # fmt: skip
ARTISTS: Final = ("The Quiet Harbours", "Mara Lindqvist Trio", "Foxglove Assembly",
                  "Oskar & the Tidewater")  # fmt: skip
ENGINEERS: Final = ("J. Pettersen", "R. Adeyemi", "C. Moreau", "T. Yilmaz")
CARS: Final = ("Skoda Octavia Estate", "Toyota Corolla Touring", "Volkswagen Touran",
               "Peugeot 308 SW")  # fmt: skip
PESTS: Final = {
    "en": ("Brown rats", "German cockroaches"), "de": ("Wanderratten", "Deutsche Schaben"),
    "fr": ("Rats bruns", "Blattes germaniques"), "es": ("Ratas pardas", "Cucarachas rubias"),
    "it": ("Ratti grigi", "Blatte germaniche"), "nl": ("Bruine ratten", "Duitse kakkerlakken"),
}  # fmt: skip
