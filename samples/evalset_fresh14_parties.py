"""Who bills and who is billed in the fourteenth fresh evaluation slice (`evalset_fresh14.py`): one
seller per layout and language, four customers per language, the children a nursery cares for and
the boats a marina berths. No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "heatpump": {
        "en": "Greenhearth Renewables Ltd;Unit 4, Tamar Business Park;Launceston PL15 7ED;"
              "GB 402 7719 31;GB19 BARC 2004 1177 6620 48",
        "de": "Wärmewerk Oberaargau AG;Bahnhofstrasse 61;4900 Langenthal;"
              "CHE-287.441.096 MWST;CH71 0900 0000 8744 1209 6",
        "fr": "Soleil d'Armor Énergies SAS;ZA de Lanveur 8;29000 Quimper;FR 19 884 120 553;"
              "FR76 1558 9297 0100 4412 9033 281",
        "es": "Instalaciones Fotovoltaicas Sierra Nevada S.L.;Camino de Ronda 144;"
              "18003 Granada;B18774026;ES82 3023 0117 4400 1852 6630",
        "it": "Termosolare Dolomiti S.r.l.;Via Galvani 27;39100 Bolzano;IT 03118840214;"
              "IT19 K081 8711 6000 0000 4471 206",
        "nl": "Zonnewarmte Achterhoek B.V.;Industrieweg 19;7102 DZ Winterswijk;"
              "NL 8660.14.902.B01;NL36 RABO 0361 2298 70"},
    "visits": {
        "en": "Klarvask Erhvervsrengøring ApS;Vesterbrogade 144;1620 København V;"
              "DK 41 88 20 73;DK66 3000 0010 4417 28",
        "de": "Glanzwerk Gebäudeservice Rottmann;Dieselstraße 15;44147 Dortmund;"
              "DE 318 447 920;DE28 4405 0199 0001 7720 46",
        "fr": "Net'Azur Propreté SARL;45 avenue Jean Médecin;06000 Nice;FR 64 892 004 118;"
              "FR76 1910 6008 3943 6118 0033 729",
        "es": "Limpiezas Costa Cálida S.L.;Avenida Juan Carlos I 33;30008 Murcia;B73229015;"
              "ES57 0081 1016 1100 0125 7788",
        "it": "Pulizie Scaligere Soc. Coop.;Via Mantovana 112;37137 Verona;IT 04417720230;"
              "IT40 G030 6911 7101 0000 0772 118",
        "nl": "Schoonmaakbedrijf Kraakhelder Noord;Zernikepark 6;9747 AN Groningen;"
              "NL 8621.55.340.B01;NL74 ABNA 0822 6671 39"},
    "simplified": {
        "en": "Spokes & Sprockets Cycle Repairs;14 Fenian Street;Dublin 2 D02 FX65;"
              "IE 3312877MH;IE51 AIBK 9311 5207 4418 20",
        "de": "Radwerkstatt Speichenglanz;Kaiserstraße 88;66111 Saarbrücken;DE 327 106 584;"
              "DE63 5905 0101 0067 2281 43",
        "fr": "Atelier Vélo du Vieux-Port;17 quai de Rive-Neuve;13007 Marseille;"
              "FR 90 901 338 446;FR76 1131 5000 0108 0044 2971 196",
        "es": "Taller de Bicicletas La Cadena;Calle San Fernando 12;46001 Valencia;"
              "44718820K;ES15 2100 4455 1102 0066 8812",
        "it": "Ciclofficina Il Raggio;Via Nizza 45;10125 Torino;IT 12884470016;"
              "IT74 Y030 6901 0001 0000 0662 914",
        "nl": "Fietsenmakerij De Derailleur;Biltstraat 102;3572 BH Utrecht;"
              "NL 0033.18.925.B01;NL22 INGB 0007 4412 68"},
    "berth": {
        "en": "Saltsjöbadens Gästhamn AB;Hamnvägen 3;133 34 Saltsjöbaden;SE 556701234801;"
              "SE72 8000 0810 5934 4120 7733",
        "de": "Yachthafen Möhnesee-Süd GmbH;Seeuferweg 40;59519 Möhnesee;DE 124 889 307;"
              "DE47 4165 0001 0004 2217 88",
        "fr": "Port de plaisance de Rolle-Vieux;Quai du Château 2;1180 Rolle;"
              "CHE-116.447.820 TVA;CH92 0076 7000 L441 2809 3",
        "es": "Club Náutico Cala Gogó S.A.;Passeig Marítim 1;17250 Platja d'Aro;A17402291;"
              "ES04 2100 8122 1302 0033 6615",
        "it": "Marina di Portoverde Ormeggi S.r.l.;Lungomare Spalato 1;47042 Cesenatico;"
              "IT 04218850401;IT93 W062 7013 1990 0000 0441 830",
        "nl": "Jachthaven De Kreupel;Dijkweg 210;1619 HE Andijk;NL 0052.44.718.B01;"
              "NL48 RABO 0129 9033 16"},
    "childcare": {
        "en": "Przedszkole Niezapominajka Sp. z o.o.;ul. Slowackiego 21;31-159 Krakow;"
              "PL 6762498830;PL45 1050 1445 1000 0090 3127 6620",
        "de": "Kita Pusteblume gGmbH;Lindenstraße 9;04109 Leipzig;DE 298 441 706;"
              "DE82 8605 5592 1100 4417 29",
        "fr": "Crèche Les Petits Mousses;22 rue de Strasbourg;35000 Rennes;FR 41 879 552 014;"
              "FR76 1360 6000 7746 2201 8841 952",
        "es": "Escuela Infantil Los Peques del Tormes S.L.;Calle Zamora 40;37002 Salamanca;"
              "B37661204;ES61 2085 8221 7103 3019 4462",
        "it": "Asilo Nido Girotondo Soc. Coop.;Viale Piave 14;25123 Brescia;IT 03992210980;"
              "IT22 L030 6911 2101 0000 0551 643",
        "nl": "Kinderopvang Het Speelkwartier;Stationsplein 5;3811 BB Amersfoort;"
              "NL 8577.40.216.B01;NL81 INGB 0006 6190 27"},
    "portal": {
        "en": "VoltPath Charging Networks Inc.;2200 Alaskan Way, Suite 410;Seattle, WA 98121;"
              "EIN 91-4418207;US-ACH 125000105 / 4401726690",
        "de": "Ladenetz Rhein-Main GmbH;Mainzer Landstraße 250;60326 Frankfurt am Main;"
              "DE 335 012 477;DE11 5005 0201 0200 4418 73",
        "fr": "Borne&Go Recharge SAS;31 rue de la Villette;69003 Lyon;FR 58 907 441 226;"
              "FR76 1007 1690 0000 0020 4419 836",
        "es": "Recarga Ibérica Movilidad S.L.;Calle Albasanz 71;28037 Madrid;B88204716;"
              "ES79 0128 0010 9101 0088 2214",
        "it": "Ricarica Padana S.p.A.;Via Tortona 33;20144 Milano;IT 10772280967;"
              "IT06 D030 6909 6061 0000 0177 402",
        "nl": "LaadStroom Nederland B.V.;Kabelweg 57;1014 BA Amsterdam;NL 8690.33.105.B01;"
              "NL58 ABNA 0513 7740 91"},
    "serials": {
        "en": "Northgate Systems Supply Ltd;Albion Works, Shadwell Lane;Leeds LS17 8AL;"
              "GB 355 1806 24;GB44 HBUK 4012 7731 2008 55",
        "de": "Rechnerhaus Lahntal GmbH;Am Krekel 31;35039 Marburg;DE 141 660 839;"
              "DE94 5335 0000 1044 2810 67",
        "fr": "Informatique du Rouergue SARL;12 avenue Tarayre;12000 Rodez;"
              "FR 07 831 664 209;FR76 1120 6000 2044 1829 0011 473",
        "es": "Microsistemas Cantábrico S.L.;Calle Uría 50;33003 Oviedo;B33886012;"
              "ES38 0081 5301 6700 0114 2290",
        "it": "Sistemi Informatici Euganei S.r.l.;Via Venezia 59;35131 Padova;IT 05229940281;"
              "IT11 R062 2512 1861 0000 0038 447",
        "nl": "Hardwarehuis Brabantstad B.V.;Vestdijk 84;5611 CE Eindhoven;"
              "NL 8211.70.448.B01;NL07 INGB 0009 1822 40"},
}  # fmt: skip

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Mr Declan Fairbairn|27 Orchard Close|Tavistock PL19 9BT",
           "Harrowgate Accountancy Partners LLP|6 Princes Square|Harrogate HG1 1LX",
           "Ms Priya Lakeman|Flat 3, 19 Caledonian Road|London N1 9DX",
           "Brackenfield Primary Academy Trust|Moor Lane|Ilkley LS29 8QY"),
    "de": ("Herrn Matthias Uhlendorff|Birkenweg 12|34117 Kassel",
           "Steuerkanzlei Brandhorst & Partner|Königsallee 58|40212 Düsseldorf",
           "Frau Dr. Annelie Rosskopf|Am Mühlbach 3|79098 Freiburg",
           "Stadtteilverein Gohlis-Nord e.V.|Hallesche Straße 41|04159 Leipzig"),
    "fr": ("M. Étienne Duvernoy|5 allée des Tilleuls|37000 Tours",
           "Cabinet Comptable Morvan & Associés|18 boulevard Carnot|21000 Dijon",
           "Mme Solène Abiteboul|9 rue Paul Bert|87000 Limoges",
           "Association Sportive de Lézignan|Stade Municipal|11200 Lézignan-Corbières"),
    "es": ("D. Fermín Arrizabalaga|Calle Olivos 8|31002 Pamplona",
           "Asesoría Contable Ledesma y Ruiz S.L.|Gran Vía 61|48011 Bilbao",
           "D.ª Inmaculada Cervera|Avenida de la Constitución 19|41001 Sevilla",
           "Asociación Vecinal Barrio del Pilar|Calle Ginzo de Limia 22|28029 Madrid"),
    "it": ("Sig. Corrado Bellandi|Via dei Mille 7|56126 Pisa",
           "Studio Commercialisti Ferrandi & Zecchin|Corso Italia 44|34122 Trieste",
           "Sig.ra Loredana Piccinini|Via Emilia 212|42124 Reggio Emilia",
           "Polisportiva Borgo Panigale|Via Marco Emilio Lepido 196|40132 Bologna"),
    "nl": ("Dhr. Maarten Stuivenberg|Kastanjelaan 33|7315 AB Apeldoorn",
           "Administratiekantoor Veltkamp & Zonen|Grote Kerkstraat 20|8911 DZ Leeuwarden",
           "Mevr. Femke Oosterveld|Prinsengracht 612|1017 KS Amsterdam",
           "Buurtvereniging De Vlinderhof|Vlinderweg 4|3527 KA Utrecht"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# The nursery's children (two a language) and the marina's boats: name, length in metres.
CHILDREN: Final = {
    "en": ("Zosia Fairbairn", "Kuba Lakeman"), "de": ("Lotta Uhlendorff", "Emil Rosskopf"),
    "fr": ("Capucine Duvernoy", "Malo Abiteboul"), "es": ("Jimena Arrizabalaga", "Iker Cervera"),
    "it": ("Viola Bellandi", "Tommaso Piccinini"), "nl": ("Saar Stuivenberg", "Jens Oosterveld"),
}  # fmt: skip
BOATS: Final = (("Kittiwake II", "9.40"), ("Sjöstjärnan", "11.85"), ("Albatros Bleu", "7.20"),
                ("Windekind", "12.60"))  # fmt: skip
