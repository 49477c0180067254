"""Who bills and who is billed in the thirteenth fresh evaluation slice (`evalset_fresh13.py`): one
seller per layout and language, four customers per language, the kennel's guests and the people
the florist delivers to. No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from generate import Company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "pianotuner": {
        "en": "Ashdown Piano Services Ltd;3 Chapel Mews;Lewes BN7 2AB;GB 318 4420 97;"
              "GB62 LOYD 3091 4422 8817 30",
        "de": "Klavierbau Tschudin;Rennweg 19;8001 Zürich;CHE-412.558.903 MWST;"
              "CH58 0070 0110 0044 1822 5",
        "fr": "Atelier Pianos Lamartine;9 quai Saint-Antoine;69002 Lyon;FR 27 820 441 503;"
              "FR76 1027 8073 0100 0204 4810 117",
        "es": "Afinaciones Rubato S.L.;Calle Colón 58;03001 Alicante;B54720118;"
              "ES12 0075 0342 1106 0088 3317",
        "it": "Pianoforti Baldassarri;Via Santo Stefano 88;40125 Bologna;IT 02984410375;"
              "IT31 T030 6902 4801 0000 0115 804",
        "nl": "Pianostemmerij Van Galen;Lange Nieuwstraat 41;3512 PD Utrecht;"
              "NL 8812.40.337.B01;NL15 ABNA 0448 1029 63"},
    "kennel": {
        "en": "Curraghmore Boarding Kennels;Rathgormack Road;Carrick-on-Suir E32 RK44;"
              "IE 9482201T;IE44 BOFI 9005 7733 1820 46",
        "de": "Tierpension Waldeslust Hüttl;Am Forsthaus 7;83646 Bad Tölz;DE 284 113 605;"
              "DE71 7015 0000 0922 4418 30",
        "fr": "Pension Canine du Val d'Aulnes;Route de Saint-Lô 150;50000 Saint-Lô;"
              "FR 63 849 330 207;FR76 1660 6100 3400 1177 2260 415",
        "es": "Residencia Canina El Robledal S.L.;Carretera de Burgos km 3;09193 Castrillo;"
              "B09521774;ES68 2100 1650 2102 0044 7716",
        "it": "Pensione per Animali Il Castagneto;Strada Provinciale 22, 14;13900 Biella;"
              "IT 02661880023;IT05 D060 9022 3000 0000 1122 907",
        "nl": "Dierenpension De Hazelaar;Bosrandweg 21;7441 DN Nijverdal;NL 8053.66.214.B01;"
              "NL88 RABO 0327 7101 54"},
    "qtyfirst": {
        "en": "Limfjord Sejl ApS;Havnegade 14;9000 Aalborg;DK 37 61 20 44;"
              "DK21 9070 0004 4188 20",
        "de": "Segelmacherei Möwenschlag;Hafenstraße 5;24376 Kappeln;DE 134 877 291;"
              "DE09 2175 0000 0166 0422 84",
        "fr": "Voilerie du Pertuis SARL;Quai Louis Prunier 12;17000 La Rochelle;"
              "FR 81 790 115 662;FR76 1130 6000 3000 4488 1020 934",
        "es": "Velería Tramontana S.L.;Moll de Llevant 6;07701 Maó;B57418830;"
              "ES33 2038 3480 6160 0044 1901",
        "it": "Veleria Maestrale S.n.c.;Calata Gadda 3;16128 Genova;IT 01990550998;"
              "IT48 P061 7501 4000 0000 0833 260",
        "nl": "Zeilmakerij De Zuiderwind;Westerdijk 30;1621 LE Hoorn;NL 0061.22.874.B01;"
              "NL57 INGB 0005 5180 62"},
    "totalstrip": {
        "en": "Hollis & Crane Bookbinders Inc.;410 Chestnut Street;Philadelphia, PA 19106;"
              "EIN 23-5518204;US-ACH 031101279 / 7720018453",
        "de": "Buchbinderei Leinweber;Kramergasse 4;97070 Würzburg;DE 133 905 612;"
              "DE50 7905 0000 0044 7761 09",
        "fr": "Reliure d'Art Cuendet;Rue de la Cité 11;1204 Genève;CHE-105.662.318 TVA;"
              "CH34 0078 8000 Z044 1705 2",
        "es": "Encuadernaciones Santa Cruz S.L.;Calle Mateos Gago 21;41004 Sevilla;B91447713;"
              "ES26 0182 5566 7102 0120 4431",
        "it": "Legatoria Artistica Morandini;Borgo Pinti 35;50121 Firenze;IT 05887140485;"
              "IT82 E020 0802 8370 0010 5520 144",
        "nl": "Boekbinderij Het Leeren Schild;Oude Delft 77;2611 BD Delft;NL 0044.71.203.B01;"
              "NL91 ABNA 0571 3380 22"},
    "barcode": {
        "en": "Norrsken Optik AB;Drottninggatan 71;111 36 Stockholm;SE 559014228701;"
              "SE45 5000 0000 0583 9921 0447",
        "de": "Augenoptik Seidl & Thalhammer;Theresienstraße 48;80333 München;DE 296 551 084;"
              "DE18 7002 0270 0015 8830 41",
        "fr": "Optique des Remparts Lefranc;14 rue des Remparts;33000 Bordeaux;"
              "FR 72 812 994 305;FR76 3000 4008 2800 0112 7733 190",
        "es": "Óptica Miramar Alvarado S.L.;Paseo de Pereda 22;39004 Santander;B39587120;"
              "ES21 0049 5420 1121 9900 3374",
        "it": "Ottica Belvedere Fumagalli;Via Maqueda 212;90133 Palermo;IT 06633140821;"
              "IT60 X054 2811 1010 0000 0577 312",
        "nl": "Brillenhuis Scherpzicht;Grote Markt 17;9711 LV Groningen;NL 8530.21.776.B01;"
              "NL29 RABO 0315 6680 42"},
    "counterslips": {
        "en": "Sklad Budowlany Warta Sp. z o.o.;ul. Glogowska 160;60-126 Poznan;PL 7792451108;"
              "PL27 1140 2004 0000 3302 7718 4410",
        "de": "Eisenwaren Kuhlmann KG;Steintorweg 12;31134 Hildesheim;DE 115 338 720;"
              "DE35 2595 0130 0000 4417 82",
        "fr": "Quincaillerie Professionnelle Bréhat;Zone de Kerlann 5;56000 Vannes;"
              "FR 56 318 774 902;FR76 1558 9569 0100 7744 1209 360",
        "es": "Suministros Ferreteros Duero S.A.;Polígono San Cristóbal, nave 14;"
              "47012 Valladolid;A47338219;ES49 3058 5010 2127 2044 1106",
        "it": "Ferramenta Professionale Adige S.p.A.;Via Lungadige Galtarossa 9;37133 Verona;"
              "IT 01776540230;IT64 Q050 3411 7000 0000 0441 518",
        "nl": "Bouwbeslag Groothandel Twentekanaal B.V.;Havenweg 40;7202 AB Zutphen;"
              "NL 0091.33.417.B01;NL42 ABNA 0611 8802 93"},
    "deliverto": {
        "en": "Primrose & Thistle Florists Ltd;22 Bridge Street;Chester CH1 1NQ;GB 277 9013 64;"
              "GB80 NWBK 6017 2244 8891 05",
        "de": "Blumenwerkstatt Kornrade;Grindelallee 98;20146 Hamburg;DE 301 778 452;"
              "DE74 2005 0550 1266 0087 13",
        "fr": "Fleurs de l'Estuaire SAS;4 place du Commerce;44000 Nantes;FR 48 851 220 376;"
              "FR76 1380 7008 1032 1199 4410 876",
        "es": "Floristería Jara y Azahar S.L.;Calle Larios 7;29005 Málaga;B93661045;"
              "ES90 2103 0146 9100 3305 2284",
        "it": "Fioreria Glicine & Ortensia;Via Garibaldi 31;10122 Torino;IT 11207720013;"
              "IT27 U030 6901 0001 0000 0441 771",
        "nl": "Bloembinderij De Lisdodde;Nieuwe Binnenweg 140;3015 BH Rotterdam;"
              "NL 8244.07.981.B01;NL13 INGB 0008 2240 57"},
}  # fmt: skip


def _company(entry: str, sep: str) -> Company:
    """A party from its printed fields: name, then the address lines, then (for a seller) the
    VAT number and the IBAN."""
    name, *rest = entry.split(sep)
    if sep == "|":
        return Company(name, tuple(rest))
    street, town, vat, iban = rest
    return Company(name, (street, town), vat, iban)


SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Whitcombe Village Hall Trust|The Green|Whitcombe DT2 8NY",
           "Sandpiper Holiday Cottages Ltd|2 Harbour Row|Padstow PL28 8AL",
           "Mercer Street Music School|17 Mercer Street|Bristol BS1 6LQ",
           "Ravensworth Estate Office|Estate Yard|Richmond DL11 7HB"),
    "de": ("Gemeindehaus St. Lamberti e.V.|Kirchplatz 4|26122 Oldenburg",
           "Ferienhof Weidengrund GbR|Weidengrund 1|23769 Fehmarn",
           "Musikschule am Schlosspark|Schlossallee 22|76131 Karlsruhe",
           "Gutsverwaltung Lindenau|Gutshof 3|17039 Trollenhagen"),
    "fr": ("Salle des Fêtes de Montbrison|Place Eugène Baune|42600 Montbrison",
           "Gîtes du Moulin d'Orgeval SCI|Lieu-dit Orgeval|14600 Honfleur",
           "Conservatoire Municipal Érik Satie|12 rue des Arts|76600 Le Havre",
           "Domaine de la Haute Brosse|Route de Cheverny|41700 Cour-Cheverny"),
    "es": ("Casa de Cultura de Ribadesella|Calle Comercio 2|33560 Ribadesella",
           "Apartamentos Rurales Las Médulas S.L.|Calle Real 9|24442 Carucedo",
           "Escuela de Música Isaac Albéniz|Plaza Mayor 5|37002 Salamanca",
           "Finca Los Alcornocales S.A.|Carretera de Medina km 8|11180 Alcalá de los Gazules"),
    "it": ("Circolo Ricreativo San Rocco|Piazza San Rocco 1|31015 Conegliano",
           "Agriturismo Le Crete Senesi|Podere Casalta|53041 Asciano",
           "Scuola di Musica Ponchielli|Via Palestro 30|26100 Cremona",
           "Tenuta Villa Ardenghi S.r.l.|Strada dei Colli 18|35031 Abano Terme"),
    "nl": ("Dorpshuis De Schakel|Brink 6|7981 BZ Diever",
           "Vakantiepark Duinzicht B.V.|Strandweg 12|4356 RA Oostkapelle",
           "Muziekschool Het Tamboerijn|Oudegracht 90|1811 CM Alkmaar",
           "Landgoed Hoekelum Beheer|Hoekelumseweg 2|6721 BA Bennekom"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# The kennel's guests and the florist's recipients (people, never the billed party).
PETS: Final = ("Biscuit (Labrador)", "Mabel (Maine Coon)", "Otto (Beagle)", "Pip (Border Collie)")
RECIPIENTS: Final = {
    "en": ("Mrs Eleanor Blakiston", "Mr Hamish Cowdray"),
    "de": ("Frau Ilse Marquardt", "Herrn Jonas Wegscheider"),
    "fr": ("Mme Hortense Vaillancourt", "M. Gaspard Lemonnier"),
    "es": ("Sra. Remedios Alcántara", "Sr. Baltasar Iturbe"),
    "it": ("Sig.ra Ginevra Tassoni", "Sig. Ottavio Brambati"),
    "nl": ("Mevr. Wilhelmina Ter Horst", "Dhr. Casper Oudkerk"),
}  # fmt: skip
