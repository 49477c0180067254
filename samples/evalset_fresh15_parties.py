"""Who bills and who is billed in the fifteenth fresh evaluation slice (`evalset_fresh15.py`): one
seller per layout and language, four customers per language, and the people and things single
layouts name (the driving school's learners, the bicycles repaired, the events ticketed, the
co-working plans). No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh13_parties import _company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "removals": {
        "en": "Pennine Removals & Storage Ltd;Unit 4, Canal Wharf;Skipton BD23 1JE;"
              "GB 402 7719 35;GB19 BARC 2077 1844 6620 13",
        "de": "Umzüge Brandtner GmbH;Gewerbering 33;93055 Regensburg;DE 267 440 918;"
              "DE44 7505 0000 0028 4417 60",
        "fr": "Déménagements Vautrin Frères;ZA des Chartreux 9;21000 Dijon;FR 19 533 810 274;"
              "FR76 1210 6000 1100 4477 2031 548",
        "es": "Mudanzas Peñalara S.L.;Polígono Las Arenas, nave 7;28970 Humanes;B86230471;"
              "ES55 2085 0412 7103 3044 8820",
        "it": "Traslochi Zanardelli S.r.l.;Via dell'Industria 61;25125 Brescia;IT 03884160982;"
              "IT66 K030 6911 2050 0000 0662 104",
        "nl": "Verhuisbedrijf Kromhout & Zn.;Industrieweg 18;8011 XN Zwolle;NL 8160.44.093.B01;"
              "NL64 RABO 0143 3920 71"},
    "gardensplit": {
        "en": "Ballyvolane Garden Design Ltd;Ballyvolane Road;Fermoy P61 XK20;IE 3308125N;"
              "IE21 AIBK 9320 1144 0917 62",
        "de": "Gartenbau Tobler AG;Ackerstrasse 71;9000 St. Gallen;CHE-230.448.671 MWST;"
              "CH93 0078 1015 5044 9871 3",
        "fr": "Paysages Delaunoy SARL;Chemin des Saules 4;37000 Tours;FR 55 808 772 150;"
              "FR76 1940 6370 0102 2219 4470 113",
        "es": "Jardinería Los Almendros S.L.;Camino de Vera 48;46022 Valencia;B98771025;"
              "ES71 0081 0693 4200 0177 4430",
        "it": "Verde Progetto Castellani;Via Emilia Est 140;41121 Modena;IT 03667210366;"
              "IT83 G053 8712 9000 0000 0771 245",
        "nl": "Hoveniersbedrijf De Meidoorn;Kweekerijweg 5;5261 NK Vught;NL 8440.19.620.B01;"
              "NL27 ABNA 0882 1307 44"},
    "labsamples": {
        "en": "Uppsala Klinisk Analys AB;Dag Hammarskjölds väg 54;752 37 Uppsala;"
              "SE 556781220501;SE72 6000 0000 0004 4128 8830",
        "de": "Labor Dr. Pfannkuch MVZ;Am Klinikum 12;34125 Kassel;DE 279 118 540;"
              "DE62 5205 0353 0001 7729 44",
        "fr": "Laboratoire Biomédical Carnot;27 avenue Carnot;63000 Clermont-Ferrand;"
              "FR 84 752 301 668;FR76 1680 6000 5300 0331 7750 204",
        "es": "Análisis Clínicos Guadalquivir S.L.;Avenida de la Borbolla 31;41013 Sevilla;"
              "B91822370;ES08 3187 0330 4410 0992 5561",
        "it": "Laboratorio Analisi Galvani S.r.l.;Via Irnerio 49;40126 Bologna;IT 02341180370;"
              "IT12 M020 0802 4370 0000 4418 930",
        "nl": "Medisch Laboratorium Rijnstate-Oost;Wagnerlaan 60;6815 AD Arnhem;"
              "NL 8077.31.508.B01;NL70 INGB 0006 6120 83"},
    "ticketstub": {
        "en": "Lakeshore Live Ticketing LLC;1200 North Wells Street;Chicago, IL 60610;"
              "EIN 36-4471920;US-ACH 071000013 / 5520918374",
        "de": "Kulturkarten Nordlicht GmbH;Deichtorstraße 3;20095 Hamburg;DE 318 602 447;"
              "DE91 2005 0550 1380 4471 29",
        "fr": "Billetterie du Léman SA;Place du Molard 8;1204 Genève;CHE-441.902.117 TVA;"
              "CH47 0483 5044 1207 7100 0",
        "es": "Taquilla Mediterránea S.L.;Carrer de Pau Claris 118;08009 Barcelona;B66019342;"
              "ES37 0182 6035 4102 0166 9810",
        "it": "Biglietteria Arena Scaligera S.r.l.;Via Roma 7;37121 Verona;IT 04511230236;"
              "IT45 R050 3411 7510 0000 0224 608",
        "nl": "Kaartverkoop Maasoever B.V.;Boompjes 22;3011 XB Rotterdam;NL 8621.07.334.B01;"
              "NL52 ABNA 0419 6637 20"},
    "repairticket": {
        "en": "Vesterbro Cykelværksted ApS;Istedgade 97;1650 København V;DK 41 27 80 15;"
              "DK63 3000 0012 7741 09",
        "de": "Radwerkstatt Speichenwerk;Körnerstraße 40;04107 Leipzig;DE 301 422 786;"
              "DE05 8605 5592 1100 4488 21",
        "fr": "Atelier Vélo Le Dérailleur;12 rue Paul Bert;35000 Rennes;FR 40 844 107 356;"
              "FR76 1558 9351 3100 2277 1840 512",
        "es": "Taller Ciclos Bidasoa S.L.;Calle Mayor 14;20302 Irun;B20977165;"
              "ES41 2095 5001 9110 6611 2048",
        "it": "Ciclofficina Raggio di Sole;Via Pietro Micca 5;10121 Torino;IT 12077340017;"
              "IT19 F030 6901 0001 0000 0922 147",
        "nl": "Fietsenmaker Tweewieler Tijssen;Voorstraat 71;3512 AL Utrecht;"
              "NL 8501.12.440.B01;NL36 INGB 0007 3305 18"},
    "coworking": {
        "en": "Kamienica Hub Sp. z o.o.;ul. Piotrkowska 102;90-004 Lodz;PL 7252298410;"
              "PL44 1020 3408 0000 4902 0177 3521",
        "de": "Werkbank Coworking Kreuzberg GmbH;Skalitzer Straße 85;10997 Berlin;"
              "DE 330 118 274;DE28 1001 0010 0733 4412 95",
        "fr": "La Ruche Croix-Rousse SAS;18 boulevard de la Croix-Rousse;69004 Lyon;"
              "FR 13 879 204 511;FR76 1382 5002 0008 0044 7719 321",
        "es": "Espacio Colmena Cowork S.L.;Calle de Fuencarral 123;28010 Madrid;B87441902;"
              "ES66 1465 0100 9117 2201 4488",
        "it": "Officine Condivise Navigli S.r.l.;Alzaia Naviglio Grande 66;20144 Milano;"
              "IT 10633520962;IT57 V030 6909 6061 0000 0118 374",
        "nl": "Werkplaats De Zaagtand B.V.;Czaar Peterstraat 213;1018 PL Amsterdam;"
              "NL 8633.41.105.B01;NL83 RABO 0331 2047 66"},
    "lessonpack": {
        "en": "Greenway School of Motoring Ltd;41 Station Parade;Harrogate HG1 1TT;"
              "GB 377 1204 58;GB45 HBUK 4012 7733 9104 26",
        "de": "Fahrschule Kehrwieder;Bahnhofstraße 27;49074 Osnabrück;DE 205 337 918;"
              "DE16 2655 0105 0001 4471 07",
        "fr": "Auto-École La Priorité;6 cours Victor Hugo;42000 Saint-Étienne;"
              "FR 22 490 117 863;FR76 1450 6000 3500 1188 2044 107",
        "es": "Autoescuela Semáforo Verde S.L.;Calle Uría 33;33003 Oviedo;B33709114;"
              "ES19 0128 0440 1101 0066 3327",
        "it": "Autoscuola Stella Polare;Corso Garibaldi 88;84122 Salerno;IT 05120540655;"
              "IT70 S030 6915 2001 0000 0331 506",
        "nl": "Rijschool De Groene Golf;Kerkstraat 12;5611 GH Eindhoven;NL 8210.55.847.B01;"
              "NL49 INGB 0004 1188 30"},
}  # fmt: skip

SELLERS: Final = {layout: {lang: _company(entry, ";") for lang, entry in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four customers, "name|street|town"; the third, a medical practice, is the one
# the laboratory bills.
_BUYERS: Final = {
    "en": ("Hartington Parish Council|Market Place|Hartington SK17 0AL",
           "Corbridge Orchard Cottages LLP|Low Hall Lane|Corbridge NE45 5QG",
           "Saltaire Family Practice|9 Victoria Road|Shipley BD18 3LA",
           "Mistral Marine Consultants Ltd|14 Quayside|Falmouth TR11 3LJ"),
    "de": ("Heimatverein Alt-Harburg e.V.|Lämmertwiete 2|21073 Hamburg",
           "Landhaus Sonnenhang KG|Hangweg 9|79856 Hinterzarten",
           "Hausarztpraxis am Stadtwall|Wallstraße 6|48143 Münster",
           "Ingenieurbüro Weiland & Rüther|Marktstraße 40|72764 Reutlingen"),
    "fr": ("Comité des Fêtes de Pornic|Place de l'Église|44210 Pornic",
           "Chambres d'Hôtes Le Clos Fleuri|2 chemin du Lavoir|24200 Sarlat",
           "Cabinet Médical des Tilleuls|8 allée des Tilleuls|87000 Limoges",
           "Bureau d'Études Hydrovia SARL|31 rue Nationale|59800 Lille"),
    "es": ("Asociación Vecinal El Carmen|Calle Real 40|30002 Murcia",
           "Casa Rural Los Tejos S.L.|Barrio La Vega 3|39570 Potes",
           "Centro de Salud Privado Arenal|Calle Arenal 12|15002 A Coruña",
           "Consultora Náutica Cantábrico S.L.|Muelle de Churruca 5|48950 Erandio"),
    "it": ("Pro Loco di Castelfranco|Piazza Giorgione 2|31033 Castelfranco Veneto",
           "Locanda Il Melograno S.a.s.|Via dei Fossi 17|55100 Lucca",
           "Poliambulatorio San Luca|Viale Piave 8|20129 Milano",
           "Studio Tecnico Ferraresi & Orsi|Corso Cavour 51|27100 Pavia"),
    "nl": ("Stichting Dorpsbelang Ootmarsum|Markt 3|7631 BW Ootmarsum",
           "Bed & Breakfast De Vlasschuur|Vlasweg 8|9951 TA Winsum",
           "Huisartsenpraktijk Het Wilgenhof|Wilgenlaan 14|3762 CC Soest",
           "Adviesbureau Waterkant B.V.|Kade 19|4703 GA Roosendaal"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(_company(entry, "|") for entry in entries)
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# The driving school's learners (people, never the billed party), two per language.
LEARNERS: Final = {
    "en": ("Imogen Featherstone", "Rory McAllister"),
    "de": ("Leonie Brüggemann", "Mats Oberhuber"),
    "fr": ("Capucine Lefebvre", "Anatole Girardot"),
    "es": ("Candela Urquijo", "Iker Sagasti"),
    "it": ("Beatrice Carbonaro", "Tommaso Inverardi"),
    "nl": ("Fenna Hoogeveen", "Sem Wijnbergen"),
}  # fmt: skip
BIKES: Final = ("Gazelle Ultimate C8", "Cube Kathmandu Hybrid", "Brompton C Line",
                "Riese & Müller Load 75")  # fmt: skip
INSTRUCTORS: Final = ("A. Whitlow", "K. Demir", "S. Varga", "L. Okafor")
# The events the ticketing invoices bill, one per variant: "event|venue".
EVENTS: Final = {
    "en": ("Midwinter Jazz Weekend|Harbor Hall, Navy Pier", "Spring Chamber Series|Orchard Hall"),
    "de": ("Elbufer Sommerkonzert|Großer Saal am Kai", "Lesenacht im Speicher|Speicher 7"),
    "fr": ("Nuits du Lac|Salle des Eaux-Vives", "Festival Cordes Sensibles|Théâtre du Rhône"),
    "es": ("Noches de Guitarra|Sala Montjuïc", "Ciclo Coral de Otoño|Auditori del Port"),
    "it": ("Serata Verdi all'Aperto|Cortile del Castello", "Rassegna Jazz sul Lago|Teatro Nuovo"),
    "nl": ("Havenfestival Zomeravond|Maaszaal", "Kamermuziek aan de Maas|Kleine Zaal Oost"),
}  # fmt: skip
