"""Who bills and who is billed in the twentieth fresh evaluation slice (`evalset_fresh20.py`):
one seller per layout and language and four customers per language. No name is used by an
earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "cranehire": {
        "en": "Tees Valley Crane Hire Ltd;Riverside Park Road 7;Middlesbrough TS2 1QW;"
              "GB 402 7718 35;GB19 BARC 2041 7762 5510 83",
        "de": "Kranverleih Hofstetter GmbH;Gewerbering 31;94315 Straubing;DE 318 447 602;"
              "DE47 7425 0000 0031 8820 14",
        "fr": "Levage Grues Armoricaines SARL;ZA de Kerpont;56850 Caudan;FR 58 512 604 337;"
              "FR76 1558 9569 1200 4410 2273 081",
        "es": "Grúas Hermanos Echeverría S.L.;Polígono Júndiz, calle Lermandabide 9;"
              "01015 Vitoria-Gasteiz;B01447268;ES44 2095 3150 2110 9086 4471",
        "it": "Autogru Valtrompia S.r.l.;Via Artigianato 18;25063 Gardone Val Trompia;"
              "IT 03120470987;IT33 K034 4054 5400 0000 0412 766",
        "nl": "Kraanverhuur Oosterschelde B.V.;Industrieweg 52;4301 RS Zierikzee;"
              "NL 8634.20.518.B01;NL71 RABO 0312 8804 56"},
    "gritting": {
        "en": "Vinterväg Snöröjning AB;Industrigatan 4;972 54 Luleå;SE 556733190801;"
              "SE12 8000 0821 4900 3318 2264",
        "de": "Winterdienst Gisler & Arnold AG;Gotthardstrasse 88;6460 Altdorf;"
              "CHE-214.558.903 MWST;CH21 0078 5011 2233 0971 4",
        "fr": "Déneigement des Aravis SARL;142 route du Col;74220 La Clusaz;"
              "FR 23 817 402 556;FR76 1810 6000 1496 7311 0258 417",
        "es": "Vialidad Invernal Pirineo S.L.;Avenida de Francia 41;22880 Canfranc;"
              "B22591406;ES90 2085 2417 1803 3122 9074",
        "it": "Sgombraneve Alta Valtellina S.n.c.;Via Freita 22;23030 Livigno;"
              "IT 00977280146;IT85 Q056 9652 2100 0000 7104 328",
        "nl": "Gladheidsbestrijding Noord-Drenthe B.V.;Zuiderhoofdweg 9;9401 RE Assen;"
              "NL 8592.14.607.B01;NL58 INGB 0007 5523 91"},
    "asbestos": {
        "en": "Keystone Environmental Surveys Inc.;1180 Liberty Avenue;Pittsburgh, PA 15222;"
              "EIN 25-4417803;US-ACH 043000096 / 7710462285",
        "de": "Schadstoffgutachten Riemenschneider;Friedrichstraße 102;97082 Würzburg;"
              "DE 287 331 904;DE66 7905 0000 0048 1122 37",
        "fr": "Diagnostics Amiante Côte d'Opale;17 rue Thiers;62200 Boulogne-sur-Mer;"
              "FR 81 829 117 460;FR76 1627 5006 0008 1130 4419 962",
        "es": "Laboratorio y Auditoría Amianto Levante S.L.;Calle Colón 58;"
              "46004 Valencia;B98714330;ES61 0081 0693 7100 0244 1856",
        "it": "Ecoperizie Bonifiche Emiliane S.r.l.;Via Emilia Est 301;41124 Modena;"
              "IT 03715920361;IT12 G053 8712 9000 0000 3381 206",
        "nl": "Asbestinventarisatie Kempenland B.V.;Hoogstraat 201;5654 NB Eindhoven;"
              "NL 8544.70.219.B01;NL84 ABNA 0588 2140 37"},
    "scanbureau": {
        "en": "Nordisk Arkivdigitalisering ApS;Sydhavnsgade 14;2450 København SV;"
              "DK 38 51 24 07;DK41 3000 0011 2480 57",
        "de": "Scanwerk Archivdienste Pohlmann GmbH;Hafenweg 27;48155 Münster;"
              "DE 301 558 214;DE29 4005 0150 0000 3341 98",
        "fr": "Numérisation Archives du Rhône SAS;9 rue Paul Bert;69003 Lyon;"
              "FR 06 790 341 228;FR76 1009 6180 9100 0661 2034 144",
        "es": "Digitalización Documental Bierzo S.L.;Avenida de España 12;"
              "24400 Ponferrada;B24618350;ES19 2103 4311 9200 3308 1462",
        "it": "Archivi Digitali Friulani S.r.l.;Viale Venezia 144;33100 Udine;"
              "IT 02964100306;IT41 V063 4012 3001 0000 4120 785",
        "nl": "Archiefscan Zeeland B.V.;Kanaalweg 6;4337 PA Middelburg;"
              "NL 8519.43.902.B01;NL27 SNSB 0912 4407 68"},
    "workwear": {
        "en": "Baltic Workwear & Embroidery Sp. z o.o.;ul. Grunwaldzka 212;80-266 Gdansk;"
              "PL 5842739016;PL61 1090 1098 0000 0001 4215 7733",
        "de": "Berufskleidung Stickerei Wendling e.K.;Mühlweg 5;72581 Dettingen an der Erms;"
              "DE 146 902 551;DE51 6405 0000 0100 4471 23",
        "fr": "Vêtements Pro Brodés Lefeuvre;34 rue de la Soierie;42000 Saint-Étienne;"
              "FR 12 448 390 175;FR76 1426 5006 0012 0047 3319 258",
        "es": "Vestuario Laboral Bordados Arrizabalaga S.L.;Calle Txirrita 6;"
              "20012 Donostia;B20774301;ES35 2095 5001 9110 6072 8843",
        "it": "Abbigliamento da Lavoro Ricami Ferraresi S.r.l.;Via Bologna 77;44122 Ferrara;"
              "IT 01846330383;IT68 R061 5513 0000 0000 2209 147",
        "nl": "Bedrijfskleding Borduurwerk Hoekstra;Zuidwal 17;8861 AA Harlingen;"
              "NL 0043.18.774.B01;NL93 RABO 0366 1204 85"},
    "carpetfit": {
        "en": "Ribble Valley Carpets & Flooring Ltd;18 King Street;Clitheroe BB7 2EU;"
              "GB 227 1904 58;GB08 LOYD 3095 1702 4418 62",
        "de": "Teppichverlegung Krautwurst;Lindenallee 3;01445 Radebeul;DE 312 775 490;"
              "DE74 8505 0300 3120 1177 40",
        "fr": "Moquettes et Sols Pellerin;22 avenue Foch;54000 Nancy;FR 30 502 166 741;"
              "FR76 1470 7000 1231 2190 4478 013",
        "es": "Moquetas y Suelos Textiles Ballester;Carrer de Sant Miquel 41;"
              "07002 Palma;B07936552;ES52 0487 2004 1190 0012 7730",
        "it": "Moquette e Pavimenti Zanardelli;Via Cesare Battisti 9;37122 Verona;"
              "IT 04411820232;IT90 S050 3411 7020 0000 0015 663",
        "nl": "Tapijtlegger Wouterse;Molenstraat 30;4811 GS Breda;NL 0017.66.223.B01;"
              "NL46 INGB 0004 1877 32"},
    "marquee": {
        "en": "Shannonside Marquees & Event Structures;Dock Road 11;Limerick V94 KX27;"
              "IE 3318842QH;IE29 AIBK 9311 5212 3344 71",
        "de": "Zeltverleih Brandhuber;Festplatzweg 2;84028 Landshut;DE 129 440 873;"
              "DE90 7435 0000 0020 1198 45",
        "fr": "Tentes et Chapiteaux du Léman SA;Route de Genève 66;1180 Rolle;"
              "CHE-109.772.416 TVA;CH83 0900 0000 1723 5581 6",
        "es": "Carpas y Estructuras del Guadiana S.L.;Avenida de Elvas 25;06006 Badajoz;"
              "B06517733;ES13 3001 0045 1120 1006 2291",
        "it": "Tensostrutture Lagunari S.r.l.;Via Fratelli Bandiera 44;30175 Marghera;"
              "IT 04290110278;IT07 E030 6902 1171 0000 0011 842",
        "nl": "Tentenverhuur Het Grote Doek;Havendijk 3;1601 JA Enkhuizen;"
              "NL 8210.59.334.B01;NL62 ABNA 0417 7720 09"},
}  # fmt: skip

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Harbourgate Developments Ltd|Exchange Quay 3|Salford M5 3EQ",
           "Ellerby Retail Park Management|Ellerby Lane|Leeds LS9 8QF",
           "St Cuthbert's Diocesan Trust|Palace Green 1|Durham DH1 3RL",
           "Wrenfield Logistics plc|Junction 28 Distribution Park|Normanton WF6 1TN"),
    "de": ("Wohnbau Donautal eG|Donaustaufer Straße 76|93059 Regensburg",
           "Klinikum Isarauen gGmbH|Am Isarkanal 12|84034 Landshut",
           "Stadtwerke Kelheim Netz GmbH|Pfarrhofgasse 2|93309 Kelheim",
           "Landkreis Dingolfing-Landau, Hochbauamt|Obere Stadt 1|84130 Dingolfing"),
    "fr": ("Office Public de l'Habitat du Morbihan|12 rue Lazare Carnot|56000 Vannes",
           "Clinique Saint-Yves des Remparts|4 boulevard de la Paix|56100 Lorient",
           "Communauté de communes du Pays d'Auray|Rue du Danemark|56400 Auray",
           "Entrepôts Frigorifiques Le Gall|ZI de Keryado|56100 Lorient"),
    "es": ("Promociones Inmobiliarias Zadorra S.A.|Calle Dato 30|01005 Vitoria-Gasteiz",
           "Hospital Comarcal del Alto Deba|Avenida Navarra 16|20500 Arrasate",
           "Ayuntamiento de Llodio, Servicios Técnicos|Herriko Plaza 1|01400 Laudio",
           "Centro Logístico Arasur|Parcela 7, Arasur|01420 Ribabellosa"),
    "it": ("Immobiliare Borgo Antico S.p.A.|Corso Zanardelli 28|25121 Brescia",
           "Azienda Ospedaliera Valle Sabbia|Via Reverberi 2|25078 Vestone",
           "Comune di Lumezzane, Ufficio Tecnico|Via Monsuello 154|25065 Lumezzane",
           "Interporto Franciacorta Logistica|Via dell'Industria 90|25030 Erbusco"),
    "nl": ("Woningstichting Schouwen-Duiveland|Poortambachtsweg 2|4301 BL Zierikzee",
           "Ziekenhuis Oosterscheldezorg|Koudekerkseweg 88|4382 EE Vlissingen",
           "Gemeente Noord-Beveland, Buitendienst|Kerkstraat 1|4484 CB Kortgene",
           "Distributiecentrum Kanaalzone|Westkade 210|4551 SE Sas van Gent"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# The scanning bureau's town per language, for the place-and-date line of its letter.
PLACES: Final = {"en": "København", "de": "Münster", "fr": "Lyon", "es": "Ponferrada",
                 "it": "Udine", "nl": "Middelburg"}  # fmt: skip
