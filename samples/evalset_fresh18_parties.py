"""Who bills and who is billed in the eighteenth fresh evaluation slice (`evalset_fresh18.py`):
one seller per layout and language, four customers per language, the garden centres the nursery
supplies and the cafés the bakery delivers to, and the events and memorials single layouts name.
No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "plantlist": {
        "en": "Withybrook Wholesale Nurseries Ltd;Lower Fen Drove;Wisbech PE14 0RN;"
              "GB 218 4471 09;GB18 NWBK 6016 1331 9268 19",
        "de": "Baumschule und Staudengärtnerei Kettelhack;Am Pflanzgarten 14;26655 Westerstede;"
              "DE 145 902 338;DE27 2806 1679 0012 4455 08",
        "fr": "Pépinières du Val de Loire Guérineau;Route de Saumur;49400 Distré;"
              "FR 38 411 509 273;FR76 1790 6001 1245 0881 3320 047",
        "es": "Viveros Hermanos Ballester S.L.;Partida de la Marjal 12;46440 Almussafes;"
              "B46218337;ES71 2100 4180 6102 0033 5178",
        "it": "Vivai Piante Gorgonzola di Borsari;Via per Melzo 205;20064 Gorgonzola;"
              "IT 03340910153;IT24 D050 3432 7400 0000 0082 611",
        "nl": "Kwekerij De Boskoopse Hof;Laag Boskoop 77;2771 GZ Boskoop;NL 8019.66.204.B01;"
              "NL12 RABO 0157 2204 98"},
    "bakeweek": {
        "en": "Nørrebro Surdejsbageri ApS;Jægersborggade 19;2200 København N;DK 39 54 27 18;"
              "DK60 5301 0000 2178 44"},
    "calloutlock": {
        "en": "Ironbridge Lock & Key Inc.;4410 Ferris Avenue;Pittsburgh, PA 15213;"
              "EIN 25-1870442;US-ACH 043000096 / 2281007719",
        "de": "Schlüsseldienst Wendelin Haberkorn;Görlitzer Straße 9;01099 Dresden;"
              "DE 268 113 560;DE88 8505 0300 3120 0448 71",
        "fr": "Serrurerie Auguste Pelletier;27 rue de la Charité;69002 Lyon;FR 71 793 244 018;"
              "FR76 1007 1690 0000 0020 0774 213",
        "es": "Cerrajería Ortuño 24 Horas S.L.;Calle Jesús 31;30005 Murcia;B30928744;"
              "ES23 0487 0117 4120 0066 1907",
        "it": "Fabbro Serramenti Zanoletti;Via Borgo Palazzo 58;24125 Bergamo;IT 03912880162;"
              "IT31 H054 2811 1010 0000 0099 442",
        "nl": "Slotenmakerij Van der Wiel;Amsterdamsestraatweg 310;3551 CV Utrecht;"
              "NL 8533.10.876.B01;NL45 INGB 0008 2914 36"},
    "scaffweeks": {
        "en": "Shannonside Scaffolding Ltd;Dock Road Industrial Estate;Limerick V94 K7T3;"
              "IE 3307418WH;IE71 BOFI 9058 1844 2301 56",
        "de": "Gerüstbau Riethmüller GmbH & Co. KG;Im Sandfeld 22;70771 Leinfelden;"
              "DE 147 556 831;DE19 6005 0101 0004 7731 92",
        "fr": "Échafaudages Normands Lemarchand;ZI du Clos Barrois;76800 Saint-Étienne-du-Rouvray;"
              "FR 55 318 422 906;FR76 1830 6002 0510 0445 7791 326",
        "es": "Andamios Cantábricos Echevarría S.A.;Polígono de Guarnizo 4;39611 Astillero;"
              "A39217750;ES35 0182 5405 2802 0155 7330",
        "it": "Ponteggi Emiliani Ferrarini S.r.l.;Via dell'Artigianato 9;42124 Reggio Emilia;"
              "IT 02184870351;IT82 P020 0812 8340 0001 0447 219",
        "nl": "Steigerbouw Kampen-IJsseldelta B.V.;Haatlanderdijk 12;8263 AP Kampen;"
              "NL 8211.47.095.B01;NL03 ABNA 0460 1175 22"},
    "stonemason": {
        "en": "Bohusgranit Stenhuggeri AB;Hamnvägen 6;457 40 Fjällbacka;SE 556618442901;"
              "SE41 5000 0000 0583 1140 2276",
        "de": "Steinmetzbetrieb Korbinian Aschauer;Friedhofstraße 3;83278 Traunstein;"
              "DE 131 448 702;DE52 7105 2050 0000 3314 86",
        "fr": "Marbrerie Granits du Sidobre Carayol;Lieu-dit Le Roc;81260 Lacrouzette;"
              "FR 42 344 719 602;FR76 1120 6200 1012 0334 8817 095",
        "es": "Marmolería y Cantería Arrieta;Calle San Bartolomé 14;01400 Llodio;B01744829;"
              "ES62 3035 0180 9218 0005 4471",
        "it": "Laboratorio Marmi Apuani Bertozzi;Viale XX Settembre 140;54033 Carrara;"
              "IT 00588120455;IT49 Q062 3024 5300 0000 4120 983",
        "nl": "Steenhouwerij Atelier Dijkhuizen;Kerkhoflaan 2;6711 GS Ede;NL 8160.92.343.B01;"
              "NL77 RABO 0391 6605 14"},
    "upholsterer": {
        "en": "Pracownia Tapicerska Zawadzki;ul. Dietla 44;31-070 Kraków;PL 5832971046;"
              "PL61 1090 1098 0000 0001 3372 5520",
        "de": "Polsterei Hinrichsen Raumausstattung;Holstenstraße 71;24103 Kiel;"
              "DE 293 602 185;DE06 2105 0170 0092 1184 33",
        "fr": "Atelier Tapissier Duvoisin Sàrl;Rue du Bourg 18;1800 Vevey;CHE-412.338.906 TVA;"
              "CH52 0076 7000 U540 2281 9",
        "es": "Tapicería Artesana Villanueva;Calle de la Cruz Verde 9;47003 Valladolid;"
              "B47530218;ES17 2103 4404 5100 3308 1262",
        "it": "Tappezzeria Artigiana Mantovani;Vicolo Oratorio 3;40125 Bologna;IT 02950781208;"
              "IT06 V030 6902 4801 0000 0137 645",
        "nl": "Stoffeerderij Het Gulden Kussen;Nieuwe Haven 131;3117 AC Schiedam;"
              "NL 8577.31.620.B01;NL93 INGB 0005 9922 04"},
    "soundlight": {
        "en": "Northern Rig Event Productions Ltd;Unit 9, Cobden Works;Leeds LS12 2NJ;"
              "GB 361 9904 27;GB07 LOYD 3095 1462 8830 19",
        "de": "Bühnentechnik Lichtwerk Saar GmbH;Hafenstraße 30;66111 Saarbrücken;"
              "DE 285 617 923;DE74 5905 0101 0067 3318 40",
        "fr": "Régie Son & Lumière Armor;ZA de Kerbriant;22300 Lannion;FR 60 502 846 117;"
              "FR76 1558 9228 6104 4217 5500 862",
        "es": "Sonido e Iluminación Guadalquivir S.L.;Calle Astronomía 12;41015 Sevilla;"
              "B91833206;ES84 0128 0724 1101 0004 6633",
        "it": "Service Audio Luci Lagunare S.r.l.;Via Fratelli Bandiera 45;30175 Marghera;"
              "IT 04466290273;IT77 S030 6902 1171 0000 0061 558",
        "nl": "Licht & Geluid Twentestad B.V.;Hengelosestraat 500;7521 AN Enschede;"
              "NL 8689.04.112.B01;NL58 ABNA 0824 6130 91"},
}  # fmt: skip
_BAKERS: Final = {
    "de": "Dorfbäckerei Gsell AG;Hauptgasse 21;4500 Solothurn;CHE-106.772.410 MWST;"
          "CH36 0483 5071 5508 4100 0",
    "fr": "Boulangerie des Halles Morvan;4 rue des Halles;21200 Beaune;FR 12 444 190 803;"
          "FR76 1027 8025 0000 0207 1150 184",
    "es": "Horno Artesano Santa Clara;Calle Santa Clara 6;49001 Zamora;B49277310;"
          "ES45 2108 2200 8100 3345 6621",
    "it": "Forno Antico Scarselli;Via dei Servi 52;53100 Siena;IT 01470520528;"
          "IT88 K010 3014 2000 0006 6831 027",
    "nl": "Bakkerij Brouwer & Zonen;Breestraat 61;2311 CJ Leiden;NL 8395.75.410.B01;"
          "NL39 RABO 0382 4419 61",
}  # fmt: skip
_SELLERS["bakeweek"].update(_BAKERS)

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Marlowe Court Residents Company|12 Marlowe Court|Dublin D06 Y2X1",
           "Ashgrove Parish Council|Church Lane|Ashgrove PE31 8DT",
           "Cullinane Property Partners|Unit 3, Riverside Quay|Cork T12 R2C6",
           "The Wainhouse Arts Centre|Wainhouse Road|Halifax HX1 4LQ"),
    "de": ("Wohnungseigentümergemeinschaft Lindenhof|Lindenhof 4|01187 Dresden",
           "Gemeindeverwaltung Aichwald|Seestraße 8|73773 Aichwald",
           "Hausverwaltung Trenkle & Söhne|Marienstraße 15|70178 Stuttgart",
           "Kulturzentrum Alte Weberei|Weberstraße 1|66119 Saarbrücken"),
    "fr": ("Syndic de copropriété Les Tilleuls|14 quai Fulchiron|69005 Lyon",
           "Mairie de Bois-Guillaume|Place de la Libération|76230 Bois-Guillaume",
           "Cabinet de gestion Ravenel|22 rue Thiers|76000 Rouen",
           "Centre culturel La Forge|Rue de la Forge|22300 Lannion"),
    "es": ("Comunidad de Propietarios Plaza Mayor 7|Plaza Mayor 7|30001 Murcia",
           "Ayuntamiento de Camargo|Calle Pedro Velarde 13|39600 Muriedas",
           "Administraciones de Fincas Olmedo|Calle Rúa Mayor 20|37008 Salamanca",
           "Fundación Cultural Triana Escena|Calle Pureza 44|41010 Sevilla"),
    "it": ("Condominio Residenza Le Mura|Via delle Mura 22|24129 Bergamo",
           "Comune di Albinea|Piazza Cavicchioni 8|42020 Albinea",
           "Amministrazioni Immobiliari Ferretti|Via Emilia 102|42121 Reggio Emilia",
           "Teatro Cooperativo La Darsena|Fondamenta Nuove 12|30121 Venezia"),
    "nl": ("VvE Appartementen De Singel|Singel 40|3512 AA Utrecht",
           "Gemeentewerf Oldebroek|Zuiderzeestraatweg 20|8096 AA Oldebroek",
           "Beheermaatschappij Terlouw|Oudestraat 88|8261 CK Kampen",
           "Poppodium De Lantaarn|Oude Markt 9|7511 GB Enschede"),
}  # fmt: skip
# The garden centres the nursery supplies and the cafés the bakery delivers to (two each).
_SHOPS: Final = {
    "plantlist": {
        "en": ("Bramblehedge Garden Centre|Norwich Road|Fakenham NR21 8LP",
               "Oakleigh Plant Centre & Café|Hall Lane|Kings Lynn PE32 1AB"),
        "de": ("Gartencenter Rosenhof Brinkmann|Oldenburger Straße 120|26180 Rastede",
               "Pflanzenmarkt Grünes Paradies|Zum Hafen 3|27572 Bremerhaven"),
        "fr": ("Jardinerie Les Quatre Saisons|Route de Nantes|49300 Cholet",
               "Espace Vert Gaillard|Avenue de Tours|37400 Amboise"),
        "es": ("Centro de Jardinería El Naranjal|Avenida del Puerto 140|46023 Valencia",
               "Garden Las Palmeras|Carretera de Alicante km 3|03690 San Vicente"),
        "it": ("Garden Center La Serra Fiorita|Via Milano 77|20090 Segrate",
               "Centro Verde Il Girasole|Strada Padana 18|25030 Coccaglio"),
        "nl": ("Tuincentrum De Groene Vingers|Rijksstraatweg 12|2241 BX Wassenaar",
               "Intratuin-vestiging Duinrand|Zeeweg 3|1971 HA IJmuiden")},
    "bakeweek": {
        "en": ("Kaffebaren Søpavillonen|Gyldenløvesgade 24|1600 København V",
               "Café Bryggen Havneliv|Islands Brygge 21|2300 København S"),
        "de": ("Kaffeebar Aarequai|Landhausquai 5|4500 Solothurn",
               "Tea-Room Weissenstein|Bielstrasse 40|2540 Grenchen"),
        "fr": ("Café du Marché aux Vins|2 rue Paradis|21200 Beaune",
               "Salon de thé La Tour Carrée|9 place Carnot|21000 Dijon"),
        "es": ("Cafetería La Plaza Vieja|Plaza Mayor 2|49001 Zamora",
               "Café Tertulia Duero|Avenida de Portugal 8|49004 Zamora"),
        "it": ("Caffè del Campo Senese|Piazza del Campo 11|53100 Siena",
               "Bar Pasticceria Porta Romana|Via Roma 70|53100 Siena"),
        "nl": ("Koffiehuis De Waag|Aalmarkt 21|2311 EC Leiden",
               "Lunchroom Het Rapenburg|Rapenburg 56|2311 EZ Leiden")},
}  # fmt: skip

BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip
SHOPS: Final = {layout: {lang: tuple(_company(entry, "|") for entry in entries)
                         for lang, entries in by_lang.items()}
                for layout, by_lang in _SHOPS.items()}  # fmt: skip

# The events the sound-and-lighting firm rigs, the memorials the stonemason sets and the fabric
# ranges the upholsterer covers with.
EVENTS: Final = ("Harvest Lights Festival", "Winter Jazz Weekend", "Hafenfest Open Air",
                 "Gala Night 25", "Summer Proms in the Park")  # fmt: skip
FABRICS: Final = ("Marlow herringbone, slate", "Velluto Brera, verde salvia",
                  "Linen union 'Orchard', ecru", "Bouclé 'Fjord', oat")  # fmt: skip
STREETS: Final = {"en": ("Harbour Terrace", "Chapel Row"), "de": ("Kirchplatz", "Lindenallee"),
                  "fr": ("rue des Carmes", "allée des Tanneurs"),
                  "es": ("Calle Real", "Travesía del Carmen"),
                  "it": ("Via Garibaldi", "Vicolo del Pozzo"),
                  "nl": ("Havenstraat", "Kerkpad")}  # fmt: skip
