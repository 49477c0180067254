"""Who bills and who is billed in the twenty-fifth fresh evaluation slice (`evalset_fresh25.py`):
one seller per layout and language and, per layout and language, two customers of the kind that
business serves (one per variant), plus what single layouts name beside the customer. No name is
used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "hedgelayer": {
        "en": "Tom Ashby Hedging & Walling;Lane End Barn, Kirkby Road;Kirkby Lonsdale LA6 2DN;"
              "GB 311 5520 87;GB09 NWBK 6016 1331 9268 19",
        "de": "Knickpflege Hansen & Feldsteinmauern;Dorfstraat 9;24997 Wanderup;"
              "DE 281 447 305;DE44 2175 0000 0165 0338 21",
        "fr": "Les Haies Plessées du Bocage;La Herbretais;35490 Sens-de-Bretagne;"
              "FR 18 852 904 371;FR76 1558 9351 0403 6627 1840 112",
        "es": "Muros y Setos Tradicionales del Valle de Pas S.L.;Barrio La Gurueba 2;"
              "39670 Vega de Pas;B39883150;ES12 0075 0332 4106 0078 2291",
        "it": "Muri a Secco Valtellina di Rinaldi;Via Panoramica 33;23030 Tresivio;"
              "IT 00982140145;IT36 Y056 9611 0000 0001 2783 X44",
        "nl": "Heggenvlechterij Achterhoek Wolters;Kapelweg 18;7273 PN Haarlo;"
              "NL 8210.44.917.B01;NL62 RABO 0314 7720 58"},
    "restorer": {
        "en": "Sokolowski Antique Furniture Restoration;ul. Ruska 46;50-079 Wroclaw;"
              "PL 8971904462;PL27 1140 2004 0000 3102 7765 1843",
        "de": "Möbelrestaurierung Albisrieden Kunz;Badenerstrasse 611;8048 Zürich;"
              "CHE-220.517.934 MWST;CH61 0900 0000 8712 4406 2",
        "fr": "Atelier d'Ébénisterie Lancelin;14 rue des Tanneurs;37000 Tours;"
              "FR 49 802 335 176;FR76 1940 6370 1130 0855 2014 078",
        "es": "Restauración de Muebles Lacasa e Hijos;Calle Predicadores 40;50003 Zaragoza;"
              "B50771023;ES71 2085 5202 7403 3102 5521",
        "it": "Bottega di Restauro Mobili Ferlini;Via Santo Stefano 72;40125 Bologna;"
              "IT 03566241209;IT44 C063 8502 4011 0000 0044 781",
        "nl": "Meubelrestauratie Het Schaafijzer;Oudegracht aan de Werf 152;3511 AZ Utrecht;"
              "NL 0053.81.622.B01;NL88 ASNB 0708 4412 93"},
    "thatcher": {
        "en": "Westcountry Reed & Straw Thatchers Ltd;Higher Combe Farm;Crediton EX17 4PJ;"
              "GB 277 8431 06;GB37 LOYD 3095 1700 6632 18",
        "de": "Tækkemand Jens Møller Reetdachdeckerei;Storegade 40;6270 Tønder;"
              "DK 31 77 20 54;DK50 0040 0440 1166 85",
        "fr": "Chaumiers de Brière Le Goff;Rue de Kerhinet 5;44410 Saint-Lyphard;"
              "FR 57 820 471 903;FR76 1380 7000 4031 2190 7711 632",
        "es": "Cubiertas Vegetales Os Ancares S.L.;Lugar de Piornedo 3;27664 Cervantes;"
              "B27833401;ES48 2080 0502 7130 4001 2258",
        "it": "Tetti in Paglia Valle Gesso di Bruna;Frazione Tetti 12;12010 Valdieri;"
              "IT 03871990048;IT71 D084 5046 7100 0000 0021 390",
        "nl": "Rietdekkersbedrijf Wieringa Giethoorn;Binnenpad 88;8355 BV Giethoorn;"
              "NL 8512.76.044.B01;NL03 INGB 0006 2891 77"},
    "stainedglass": {
        "en": "Prairie Light Stained Glass Studio Inc.;1840 Chouteau Avenue;St. Louis, MO "
              "63103;EIN 43-1877205;US-ACH 081000210 / 2290117463",
        "de": "Glasmalerei Oidtmann-Reuter Werkstätten;Kaiserstraße 18;52349 Düren;"
              "DE 121 660 493;DE87 3955 0110 0003 4412 60",
        "fr": "Atelier du Vitrail Saint-Loup;2 impasse des Verriers;51100 Reims;"
              "FR 03 893 117 245;FR76 1020 6000 5412 3400 1288 713",
        "es": "Vidrieras Artísticas Maumejean-Ortiz;Calle Mayor 58;28013 Madrid;B87201446;"
              "ES90 0182 5322 2002 0163 9974",
        "it": "Vetrate d'Arte Moretti e Figli;Borgo Ognissanti 41;50123 Firenze;"
              "IT 05770150483;IT14 F030 6902 8871 0000 0066 212",
        "nl": "Glazeniersatelier De Lichtkamer;Brugstraat 14;4811 AB Breda;"
              "NL 8044.23.719.B01;NL79 SNSB 0941 3308 25"},
    "shearing": {
        "en": "Borrowdale Shearing Gang, D. Tyson;Seathwaite Cottages 2;Keswick CA12 5XJ;"
              "GB 382 0147 55;GB52 CPBK 0890 1622 4471 08",
        "de": "Schafschur Lüneburger Heide Brammer;Heidweg 3;29646 Bispingen;DE 310 582 117;"
              "DE90 2405 0110 0061 4402 33",
        "fr": "Tondeurs du Jorat Sàrl;Route de Mézières 21;1083 Mézières VD;CHE-441.980.216 "
              "TVA;CH38 0076 7000 C521 8830 4",
        "es": "Esquiladores de La Serena Hermanos Gallardo;Calle Tajo 11;06430 Zalamea de la "
              "Serena;B06772198;ES27 3001 0058 9160 2100 4433",
        "it": "Squadra Tosatori Sardi di Murgia;Via Nuoro 15;08020 Orune;IT 01388290914;"
              "IT63 E010 1586 9400 0007 0011 552",
        "nl": "Scheerploeg Drenthe Kuipers;Schaapskooiweg 6;7991 PM Dwingeloo;"
              "NL 8337.05.481.B01;NL21 KNAB 0255 7188 40"},
    "funeral": {
        "en": "J. Doherty & Sons Funeral Directors;Bridge Street 22;Ballina F26 YT31;"
              "IE 6120448BH;IE92 AIBK 9326 1144 0078 35",
        "de": "Bestattungshaus Gerlinger seit 1898;Friedhofstraße 4;88212 Ravensburg;"
              "DE 146 389 520;DE17 6505 0110 0086 2214 07",
        "fr": "Pompes Funèbres Martinaud-Delorme;31 avenue de la Paix;21000 Dijon;"
              "FR 22 830 119 648;FR76 1027 8025 0000 0618 4033 295",
        "es": "Funeraria Nuestra Señora del Carmen S.L.;Avenida de Portugal 26;37006 "
              "Salamanca;B37408112;ES64 2103 2200 1100 3341 8725",
        "it": "Onoranze Funebri Castellani;Via Emilia Ovest 301;41123 Modena;IT 02977340365;"
              "IT82 U053 8712 9000 0000 0310 874",
        "nl": "Uitvaartverzorging Van Ommeren-Blom;Kerkstraat 61;6711 JP Ede;"
              "NL 8641.20.338.B01;NL44 RABO 0158 0922 17"},
    "audiologist": {
        "en": "Hörselkliniken Lyssna Göteborg AB;Vasagatan 19;411 24 Göteborg;SE 559118742201;"
              "SE24 5000 0000 0512 9904 3318",
        "de": "Hörakustik Feinklang Meisterbetrieb;Marktplatz 7;74072 Heilbronn;"
              "DE 360 218 774;DE29 6205 0000 0012 8851 16",
        "fr": "Centre Auditif Les Tilleuls;9 place Bellecour;69002 Lyon;FR 86 838 402 519;"
              "FR76 1009 6180 2000 0772 5521 064",
        "es": "Centro Auditivo Oír Mejor Triana S.L.;Calle San Jacinto 33;41010 Sevilla;"
              "B91550287;ES39 0049 1830 6021 1066 4402",
        "it": "Centro Acustico Ceresio Sagl;Via Nassa 21;6900 Lugano;CHE-312.774.059 IVA;"
              "CH17 0900 0000 6924 1155 8",
        "nl": "Hoorcentrum De Oorschelp;Stationsweg 40;2312 AV Leiden;NL 8790.11.236.B01;"
              "NL57 INGB 0008 8120 46"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per layout, per language: two customers, "name|address lines".
_BUYERS: Final = {
    "hedgelayer": {
        "en": ("Hutton Roof Estate Partnership|Estate Office, Hutton Roof|Carnforth LA6 1PE",
               "Mrs Gwen Capstick, Low Biggins Farm|Biggins Lane|Kirkby Lonsdale LA6 2NP"),
        "de": ("Gut Schafhaus GbR|Schafhauser Weg 2|24996 Sterup",
               "Stiftung Naturschutz Angeln|Am Markt 5|24972 Steinbergkirche"),
        "fr": ("GAEC de la Haute Prée|Lieu-dit La Prée|35560 Bazouges-la-Pérouse",
               "Syndicat du Bassin du Couesnon|2 rue de la Mairie|35460 Maen Roch"),
        "es": ("Ganadería Casa Sobaos de Pas|Barrio Candolías 7|39686 Selaya",
               "Junta Vecinal de Yera|Plaza de Yera 1|39670 Vega de Pas"),
        "it": ("Azienda Vitivinicola Balgera Terrazze|Via Fracia 4|23036 Teglio",
               "Consorzio di Bonifica Valle del Bitto|Piazza Chiesa 2|23017 Morbegno"),
        "nl": ("Landgoed Het Haarlose Broek|Broekweg 12|7273 SB Haarlo",
               "Stichting Erfgoed Noaberschap|Kerkplein 3|7271 BD Borculo")},
    "restorer": {
        "en": ("Hotel Piastowska Residence|ul. Kielbasnicza 12|50-108 Wroclaw",
               "Mr Jonathan Whitcombe|ul. Powstancow Slaskich 88|53-332 Wroclaw"),
        "de": ("Zunfthaus zur Meisen Verwaltung|Münsterhof 20|8001 Zürich",
               "Frau Regula Amstutz-Frei|Dolderstrasse 33|8032 Zürich"),
        "fr": ("Château de Candé, régie|Route de Candé|37260 Monts",
               "M. Hervé Pouzol-Lamarque|5 quai Paul Bert|37100 Tours"),
        "es": ("Parador Casa Palacio Sástago|Calle del Coso 44|50004 Zaragoza",
               "Dña. Pilar Echeverría Monzón|Paseo de Sagasta 19|50008 Zaragoza"),
        "it": ("Palazzo Fantuzzi Residenze d'Epoca|Via San Vitale 23|40125 Bologna",
               "Dott.ssa Marina Zanardi Lodi|Via Saragozza 110|40135 Bologna"),
        "nl": ("Kasteel Sypesteyn Museumstichting|Nieuw-Loosdrechtsedijk 150|1231 LC "
               "Loosdrecht", "Dhr. Wouter Brinkgreve|Maliebaan 71|3581 CG Utrecht")},
    "thatcher": {
        "en": ("Mr & Mrs Pengelly, Rose Cottage|Church Lane|Sandford EX17 4LW",
               "Devon Historic Cottages Trust|The Square 6|Chulmleigh EX18 7BU"),
        "de": ("Familie Christiansen, Friesenhaus|Süderstraße 12|6280 Højer",
               "Museumshof Mögeltondern Stiftung|Slotsgade 3|6270 Tønder"),
        "fr": ("Mme Solenn Guérin, chaumière de Kerbourg|Kerbourg|44410 Saint-Lyphard",
               "Parc naturel régional de Brière|177 île de Fédrun|44720 Saint-Joachim"),
        "es": ("Museo Etnográfico de Os Ancares|Piornedo s/n|27664 Cervantes",
               "D. Xosé Manuel Fernández Rei|Lugar de Donís 4|27664 Cervantes"),
        "it": ("Ecomuseo della Segale|Frazione Sant'Anna 1|12010 Valdieri",
               "Sig. Aldo Giordanengo, baita|Borgata Tetti Bandito|12010 Roaschia"),
        "nl": ("Mevr. Hennie Bakker-Mulder|Jonenweg 22|8355 CJ Giethoorn",
               "Vakantiepark De Riete Hoeve|Cornelisgracht 40|8355 CD Giethoorn")},
    "stainedglass": {
        "en": ("Holy Trinity Episcopal Church|600 N Euclid Avenue|St. Louis, MO 63108",
               "Lafayette Square Historic Homes LLC|2011 Park Avenue|St. Louis, MO 63104"),
        "de": ("Kath. Kirchengemeinde St. Anna Düren|Annaplatz 1|52349 Düren",
               "Evangelische Kirchengemeinde Niederau|Kirchstraße 8|52355 Düren"),
        "fr": ("Paroisse Saint-Remi de Reims|Place du Chanoine Ladame|51100 Reims",
               "Champagne Vautrin-Lessard|18 rue de Mareuil|51160 Aÿ-Champagne"),
        "es": ("Parroquia de San Jerónimo el Real|Calle Moreto 4|28014 Madrid",
               "Hotel Boutique Las Letras Huertas|Calle Huertas 21|28012 Madrid"),
        "it": ("Parrocchia di San Frediano in Cestello|Piazza di Cestello 4|50124 Firenze",
               "Villa Medicea La Quiete, gestione|Via di Boldrone 2|50141 Firenze"),
        "nl": ("Parochie Heilige Martinus Breda|Haagweg 2|4814 GA Breda",
               "Stadsherstel Brabant NV|Catharinastraat 9|4811 XD Breda")},
    "shearing": {
        "en": ("Gatesgarth Farm, W. Richardson|Buttermere|Cockermouth CA13 9XA",
               "Loweswater Fell Graziers|Kirkstile|Cockermouth CA13 0RU"),
        "de": ("Heidschnuckenschäferei Wilsede|Am Totengrund 1|29646 Bispingen",
               "Deichschäferei Elbmarsch Rieckhoff|Elbuferweg 14|21423 Drage"),
        "fr": ("Domaine des Moutons du Gros-de-Vaud|Chemin des Prés 9|1040 Echallens",
               "Alpage de la Pierreuse, consortage|Case postale 18|1660 Château-d'Oex"),
        "es": ("Ganadería Ovina Los Jarales|Carretera de Castuera km 4|06420 Castuera",
               "Cooperativa Merinas de La Serena|Polígono El Prado 6|06430 Zalamea de la "
               "Serena"),
        "it": ("Azienda Agropastorale Sa Tanca|Località Sa Tanca|08020 Orune",
               "Caseificio Pastori di Lula|Via Roma 40|08020 Lula"),
        "nl": ("Schaapskudde Ellertshaar|Schaapsdrift 2|9451 TT Ellertshaar",
               "Natuurmonumenten Dwingelderveld|Benderse 22|7963 RA Ruinen")},
    "funeral": {
        "en": ("Mr Declan Gallagher|Ardnaree Heights 5|Ballina F26 K2P7",
               "Mrs Bridget Loftus-Walsh|Cathedral Road 18|Ballina F26 E3X9"),
        "de": ("Herr Markus Hägele|Schussenstraße 27|88212 Ravensburg",
               "Frau Irmgard Zodel|Bachstraße 9|88214 Ravensburg"),
        "fr": ("M. Bernard Chaumeil|12 rue Monge|21000 Dijon",
               "Mme Françoise Lepoutre-Gay|4 allée des Tilleuls|21121 Fontaine-lès-Dijon"),
        "es": ("D. Aurelio Sánchez Bermejo|Calle Zamora 61|37002 Salamanca",
               "Dña. Remedios Cuadrado Vidal|Paseo de Canalejas 90|37001 Salamanca"),
        "it": ("Sig. Gianfranco Bellei|Via Giardini 455|41124 Modena",
               "Sig.ra Loretta Pignatti Morano|Corso Canalgrande 72|41121 Modena"),
        "nl": ("Dhr. Gerrit-Jan Hazeleger|Bovenbuurtweg 14|6717 XA Ede",
               "Mevr. Wilhelmina van de Scheur|Molenstraat 33|6711 AW Ede")},
    "audiologist": {
        "en": ("Mr Lennart Holmqvist|Aschebergsgatan 12|411 33 Göteborg",
               "Mrs Agneta Fridell-Lund|Linnégatan 48|413 08 Göteborg"),
        "de": ("Herr Siegfried Wacker|Karlstraße 61|74072 Heilbronn",
               "Frau Hildegard Ebner|Kilianstraße 5|74074 Heilbronn"),
        "fr": ("M. Gilles Favre-Rochex|22 rue Auguste Comte|69002 Lyon",
               "Mme Danielle Perrichon|7 montée du Gourguillon|69005 Lyon"),
        "es": ("D. Manuel Ortega Barrios|Calle Betis 12|41010 Sevilla",
               "Dña. Encarnación Vela Ruiz|Calle Pagés del Corro 80|41010 Sevilla"),
        "it": ("Sig. Renzo Cattaneo-Pedrazzi|Via Cassarate 4|6900 Lugano",
               "Sig.ra Elda Bernasconi|Via Maggio 17|6900 Lugano"),
        "nl": ("Dhr. Cornelis Vermeulen|Rapenburg 65|2311 GJ Leiden",
               "Mevr. Truus Oudshoorn|Haarlemmerstraat 120|2312 GD Leiden")},
}  # fmt: skip
BUYERS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in pair)
                          for lang, pair in by_lang.items()}
                 for layout, by_lang in _BUYERS.items()}  # fmt: skip

# The piece of furniture restored, per language and variant.
PIECES: Final = {
    "en": ("Georgian mahogany bureau", "Set of six walnut dining chairs"),
    "de": ("Biedermeier-Sekretär, Kirsche", "Sechs Nussbaum-Esszimmerstühle"),
    "fr": ("Commode Louis XV en merisier", "Six chaises de salle à manger en noyer"),
    "es": ("Bargueño de nogal, siglo XVII", "Seis sillas de comedor de nogal"),
    "it": ("Cassettone lombardo in noce", "Sei sedie da pranzo in noce"),
    "nl": ("Mahoniehouten secretaire", "Zes notenhouten eetkamerstoelen"),
}  # fmt: skip
# Whose funeral the account is for, per language and variant.
DECEASED: Final = {
    "en": ("Patrick Gallagher", "Nora Loftus"), "de": ("Erwin Hägele", "Anna Zodel"),
    "fr": ("Jeanne Chaumeil", "Lucien Lepoutre"), "es": ("Antonia Bermejo", "Ramón Cuadrado"),
    "it": ("Ernesto Bellei", "Ida Pignatti"), "nl": ("Hendrika Hazeleger", "Jan van de Scheur"),
}  # fmt: skip
