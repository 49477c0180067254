"""Who bills and who is billed in the nineteenth fresh evaluation slice (`evalset_fresh19.py`):
one seller per layout and language, four customers per language, the horse owners the farrier
bills and the horses it shoes. No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "liftservice": {
        "en": "Pennine Lift Engineering Ltd;Canal Wharf, Unit 9;Huddersfield HD1 6RX;"
              "GB 318 5502 74;GB61 NWBK 6016 1331 9268 19",
        "de": "Aufzugsdienst Wendelstein GmbH;Lagerhausstraße 14;83043 Bad Aibling;"
              "DE 262 118 430;DE83 7115 0000 0020 3341 72",
        "fr": "Ascenseurs Rhodaniens SAS;27 quai Perrache;69002 Lyon;FR 41 527 330 918;"
              "FR76 1027 8073 9100 0211 4830 156",
        "es": "Elevadores Cantábrico Mantenimiento S.L.;Calle Ruiz Zorrilla 4;"
              "39009 Santander;B39552107;ES71 2048 2104 2134 0001 6628",
        "it": "Tecnoelevatori Adriatica S.r.l.;Via Flaminia 211;61121 Pesaro;"
              "IT 02417840419;IT74 L053 8713 3000 0000 3318 902",
        "nl": "Liftonderhoud Van der Meulen B.V.;Schiedamseweg 88;3134 BE Vlaardingen;"
              "NL 8571.33.204.B01;NL39 ABNA 0455 1820 73"},
    "extinguishers": {
        "en": "Brandskydd Norrland AB;Sjögatan 12;852 34 Sundsvall;SE 556914227301;"
              "SE35 5000 0000 0583 9921 0447",
        "de": "Feuerlöscher-Service Zollinger AG;Industriestrasse 19;8404 Winterthur;"
              "CHE-113.902.645 MWST;CH56 0483 5012 3456 7800 9",
        "fr": "Protection Incendie Val de Loire;8 rue des Tanneurs;41000 Blois;"
              "FR 70 441 906 283;FR76 1940 6370 1500 2281 4017 339",
        "es": "Extintores y Sistemas Guadalquivir S.L.;Calle Astronomía 3;41015 Sevilla;"
              "B91443021;ES10 2100 8437 1122 0039 4417",
        "it": "Antincendio Dolomiti Servizi S.r.l.;Via Gardesana 35;38121 Trento;"
              "IT 02388150228;IT19 P083 0401 8020 0000 2206 415",
        "nl": "Brandbeveiliging Twentekanaal B.V.;Havenstraat 41;7553 GK Hengelo;"
              "NL 8120.66.437.B01;NL17 INGB 0006 9031 22"},
    "poolvisit": {
        "en": "Blue Mesa Pool Care LLC;4471 E Camelback Road;Phoenix, AZ 85018;"
              "EIN 86-3301274;US-ACH 122105155 / 4410039927",
        "de": "Schwimmbadtechnik Lindauer;Seestraße 55;88131 Lindau;DE 214 900 337;"
              "DE28 7335 0000 0514 4871 06",
        "fr": "Piscines Riviera Entretien Sàrl;Chemin de Bérée 22;1010 Lausanne;"
              "CHE-301.552.418 TVA;CH45 0076 7000 E552 1190 4",
        "es": "Mantenimiento de Piscinas Costa Cálida S.L.;Avenida de la Marina 17;"
              "30860 Mazarrón;B73518844;ES02 3058 0399 2127 2000 9921",
        "it": "Piscine Lago Azzurro di Martelli;Via Roma 203;25019 Sirmione;IT 03877210985;"
              "IT58 B087 3554 8700 0000 0190 273",
        "nl": "Zwembadservice De Blauwe Kom;Dorpsstraat 122;5261 BG Vught;"
              "NL 8406.71.559.B01;NL02 RABO 0157 3380 91"},
    "vending": {
        "en": "Liffey Vending Services Ltd;Unit 14, Ballymount Industrial Estate;Dublin 12;"
              "IE 9822417T;IE64 BOFI 9000 1728 4403 19",
        "de": "Automatenservice Kurz & Söhne GmbH;Am Güterbahnhof 3;74072 Heilbronn;"
              "DE 146 552 903;DE12 6205 0000 0000 4719 85",
        "fr": "Distribution Automatique Normande;ZI du Mont-Riboudet;76000 Rouen;"
              "FR 33 398 204 615;FR76 1820 6001 1565 0421 7700 214",
        "es": "Vending Ebro Distribuciones S.L.;Polígono Cogullada, calle D 12;"
              "50014 Zaragoza;B50882315;ES37 2085 5202 7103 3099 1845",
        "it": "Distributori Automatici Salento S.r.l.;Via Taranto 61;73100 Lecce;"
              "IT 04661090759;IT23 H010 0516 0000 0000 0040 118",
        "nl": "Automatenexploitatie Zeeuws-Vlaanderen;Industrieweg 27;4538 AG Terneuzen;"
              "NL 8237.15.804.B01;NL90 INGB 0004 5527 16"},
    "blindfit": {
        "en": "Shutters & Shades of Harrogate Ltd;47 Skipton Road;Harrogate HG1 4LJ;"
              "GB 299 7140 62;GB27 LOYD 3092 1148 2273 05",
        "de": "Sonnenschutz Raumausstattung Kaltenecker;Hauptstraße 118;74821 Mosbach;"
              "DE 301 645 227;DE55 6745 0048 0004 3366 90",
        "fr": "Stores et Fermetures du Béarn;14 avenue du Loup;64000 Pau;FR 22 804 119 376;"
              "FR76 1690 6000 4410 0318 2290 507",
        "es": "Cortinas y Estores Albaicín S.L.;Calle Recogidas 33;18005 Granada;"
              "B18904226;ES84 0487 3050 1120 0007 3318",
        "it": "Tende e Tendaggi Berici di Zanon;Viale Verona 90;36100 Vicenza;"
              "IT 03661400247;IT31 D057 2811 8000 0000 0611 284",
        "nl": "Raambekleding Het Zonnescherm;Langestraat 71;7491 AE Delden;"
              "NL 8811.40.273.B01;NL68 RABO 0348 7721 09"},
    "bookkeeping": {
        "en": "Fyns Bogføring & Regnskab ApS;Vestergade 58;5000 Odense C;DK 39 61 28 74;"
              "DK70 3000 0011 8822 47",
        "de": "Buchhaltungsbüro Rabensteiner;Neustadt 21;84028 Landshut;DE 128 604 919;"
              "DE04 7435 0000 0020 8826 13",
        "fr": "Cabinet Comptable Lemarquis & Fils;3 place Saint-Étienne;31000 Toulouse;"
              "FR 58 381 722 460;FR76 1310 6005 0020 0044 3827 163",
        "es": "Gestoría Administrativa Anduaga;Calle Ercilla 24;48011 Bilbao;B95117420;"
              "ES13 2095 0611 5091 0037 4420",
        "it": "Studio Paghe e Contabilità Ferrandi;Via Indipendenza 44;40121 Bologna;"
              "IT 02881910375;IT86 Q063 8502 4011 0000 0003 771",
        "nl": "Administratiekantoor Smit & Brouwer;Kerkstraat 9;4101 CM Culemborg;"
              "NL 8044.58.310.B01;NL45 ABNA 0612 2409 38"},
    "farrier": {
        "en": "Podkowa Farrier Services Tomasz Mazur;ul. Stajenna 6;05-500 Piaseczno;"
              "PL 1231185407;PL52 1140 2004 0000 3502 7781 9904",
        "de": "Hufbeschlagschmiede Reinhold Wachtel;Gestütsweg 2;29331 Lachendorf;"
              "DE 297 332 816;DE91 2695 1311 0005 7723 40",
        "fr": "Maréchalerie Baptiste Colombel;Route du Haras 11;50000 Saint-Lô;"
              "FR 15 851 226 704;FR76 1660 6001 0800 2277 1094 321",
        "es": "Herrador Ecuestre Joaquín Barroso;Camino de la Yeguada 4;11407 Jerez;"
              "B11662803;ES50 0182 4902 1102 0155 8837",
        "it": "Mascalcia Valtellina di Ivo Gusmeroli;Via per Bormio 70;23032 Bormio;"
              "IT 01071460145;IT09 V056 9652 2700 0000 2841 116",
        "nl": "Hoefsmederij Wolters;Manegeweg 15;3888 MG Uddel;NL 8799.02.468.B01;"
              "NL56 INGB 0009 1042 78"},
}  # fmt: skip

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Aldermoor Housing Association|Quayside House, 2 Dock Street|Hull HU1 3DB",
           "The Saltmarsh Hotel & Spa|Promenade West|Scarborough YO11 2AE",
           "Brindle & Oakes Solicitors LLP|14 Park Row|Leeds LS1 5HD",
           "Greystone Primary Academy|School Lane|Malton YO17 7NJ"),
    "de": ("Hausverwaltung Ehrenreich KG|Sendlinger Straße 31|80331 München",
           "Kurhotel Alpenblick Oberstdorf|Prinzregentenstraße 6|87561 Oberstdorf",
           "Zahnarztpraxis Dr. Wunderlich|Bahnhofplatz 2|83022 Rosenheim",
           "Realschule am Inn|Innstraße 40|84453 Mühldorf"),
    "fr": ("Syndic Copropriété Les Tilleuls|45 boulevard des Belges|69006 Lyon",
           "Hôtel du Golfe et des Pins|Corniche des Sables|85100 Les Sables-d'Olonne",
           "Pharmacie Centrale Vaillant|6 place Carnot|71100 Chalon-sur-Saône",
           "Collège Marcel-Pagnol du Bourbonnais|Rue des Écoles|03100 Montluçon"),
    "es": ("Comunidad de Propietarios Torre Marina|Paseo de Pereda 22|39004 Santander",
           "Hotel Balneario Las Salinas|Carretera del Faro s/n|30380 La Manga",
           "Clínica Fisioterapia Arrieta|Calle Mayor 17|31001 Pamplona",
           "Colegio Santa Teresa de Ávila|Avenida de Portugal 9|37005 Salamanca"),
    "it": ("Condominio Residenza I Platani|Via Cavour 120|61121 Pesaro",
           "Hotel Terme Villa Aurelia|Viale delle Terme 4|35036 Montegrotto Terme",
           "Farmacia San Lorenzo Dott.ssa Rinaldi|Corso Mazzini 15|47121 Forlì",
           "Istituto Comprensivo Virgiliano Ovest|Via Scuole 3|46100 Mantova"),
    "nl": ("VvE Residentie De Wielewaal|Parklaan 66|5613 BH Eindhoven",
           "Hotel De Duinrand|Boulevard 12|4381 KA Vlissingen",
           "Fysiotherapie Brinkstraat|Brinkstraat 8|7512 EB Enschede",
           "Basisschool De Klimop|Schoolpad 1|6712 BD Ede"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# The horse owners the farrier bills (two per language), "name|street|town".
_OWNERS: Final = {
    "en": ("Magdalena Ostrowska-Reed|ul. Brzozowa 23|05-502 Piaseczno",
           "Harriet Pemberton-Kowal|Stajnia Zielony Dwór|05-540 Zalesie Górne"),
    "de": ("Friederike von Ahlden|Hof Wiesengrund 4|29229 Celle",
           "Jannik Borchardt|Reitanlage Lindenhof|29336 Nienhagen"),
    "fr": ("Apolline Desrosiers|Haras de la Vire|50750 Canisy",
           "Timothée Lecoustey|12 chemin des Herbages|50180 Hébécrevon"),
    "es": ("Rocío Villamarín Ortega|Finca La Alcornocosa|11580 San José del Valle",
           "Álvaro Pemartín Sáez|Calle Porvera 31|11403 Jerez de la Frontera"),
    "it": ("Ginevra Colturi|Maneggio Val di Dentro|23038 Valdidentro",
           "Edoardo Pedranzini|Via Funivia 8|23032 Bormio"),
    "nl": ("Marieke Hulshof|Stal De Hooiberg|3886 PB Garderen",
           "Sjoerd van Beek|Kootwijkerdijk 40|3888 LP Uddel"),
}  # fmt: skip
OWNERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _OWNERS.items()}  # fmt: skip

# The horses the farrier shoes and the vending machines' codes.
HORSES: Final = ("Juniper", "Kasztan", "Moonraker", "Fleur de Sel", "Odin", "Tamarisk",
                 "Bravado", "Pimpernel", "Sorella")  # fmt: skip
MACHINES: Final = ("AV-{n}", "M{n}/S", "VM {n}")
