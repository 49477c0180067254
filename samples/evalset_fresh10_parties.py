"""Who bills and who is billed in the tenth fresh evaluation slice (`evalset_fresh10.py`): one
seller per layout and language, four businesses and two club members per language, and the sites a
cleaning contractor serves. No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from generate import Company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "telecom": {
        "en": "Kestrel Mobile Networks Ltd;Waterfront House, 2 Ship Quay;Bristol BS1 4QA;"
              "GB 218 4470 95;GB71 LOYD 3094 1122 8833 07",
        "de": "Funkwelle Mobil GmbH;Hafenstraße 90;28217 Bremen;DE 289 410 553;"
              "DE52 2905 0101 0082 1144 30",
        "fr": "Onde Claire Télécom SAS;40 quai de la Fosse;44000 Nantes;FR 83 502 118 694;"
              "FR76 3004 7140 6700 0251 2233 418",
        "es": "Cobalto Móvil Telecomunicaciones S.A.;Avenida de Europa 19;28108 Alcobendas;"
              "A87442011;ES33 0128 0010 9101 0045 7782",
        "it": "Libeccio Mobile S.p.A.;Via Tortona 33;20144 Milano;IT 07712550968;"
              "IT84 B031 0401 6000 0000 0822 114",
        "nl": "Zeewind Mobiel B.V.;Wilhelminakade 80;3072 AR Rotterdam;NL 8590.22.107.B01;"
              "NL12 INGB 0009 4412 58"},
    "window": {
        "en": "Ardmore Signs & Graphics;Unit 9, Kilbarrack Business Park;Dublin D05 KX31;"
              "IE 6391874T;IE64 BOFI 9000 1744 5566 10",
        "de": "Schilderwerkstatt Amsler AG;Zürcherstrasse 151;8406 Winterthur;"
              "CHE-412.339.801 MWST;CH19 0070 0110 0055 4321 9",
        "fr": "Enseignes Marceau SARL;9 rue des Artisans;37000 Tours;FR 28 519 004 388;"
              "FR76 1940 6370 1100 0771 2244 062",
        "es": "Rótulos Guadalquivir S.L.;Calle Torneo 58;41002 Sevilla;B91420016;"
              "ES64 3187 0330 1520 0174 2211",
        "it": "Insegne Scaligere S.n.c.;Via dell'Artigianato 7;37135 Verona;IT 04113870233;"
              "IT19 D050 3411 7000 0000 0044 821",
        "nl": "Reclamebelettering Ter Horst;Industrieweg 40;7521 PH Enschede;"
              "NL 0031.66.702.B01;NL07 RABO 0316 7749 22"},
    "refrow": {
        "en": "Copperline Land Surveyors LLC;410 Pearl Street, Suite 5;Boulder, CO 80302;"
              "EIN 84-2207713;US-ACH 102000021 / 7731904455",
        "de": "Vermessungsbüro Dipl.-Ing. Talheim;Schillerplatz 6;72070 Tübingen;"
              "DE 146 772 019;DE83 6415 0020 0001 7722 31",
        "fr": "Géomètres Associés du Chablais SA;Rue du Château 12;1870 Monthey;"
              "CHE-107.556.214 TVA;CH52 0076 5001 0399 4120 7",
        "es": "Topografía Ingenieros Cantábrico S.L.P.;Calle Burgos 11;39008 Santander;"
              "B39714402;ES91 0049 6744 2921 1620 3355",
        "it": "Studio Tecnico Geom. Lanfranchi;Piazza Vittoria 4;25122 Brescia;IT 02987630175;"
              "IT02 L030 6911 2000 0001 2233 991",
        "nl": "Landmeetkundig Bureau Rijnsoever;Maliesingel 15;3581 BD Utrecht;"
              "NL 8199.40.278.B01;NL91 ABNA 0417 1644 52"},
    "sites": {
        "en": "Spotless Northern Facilities Ltd;Aire Street 77;Leeds LS1 4PR;GB 336 9024 41;"
              "GB90 NWBK 6017 2944 1133 82",
        "de": "Glanzwerk Gebäudedienste GmbH;Ruhrallee 140;45136 Essen;DE 311 248 906;"
              "DE08 3605 0105 0004 1177 26",
        "fr": "Net'Azur Propreté SAS;210 route de Grenoble;06200 Nice;FR 49 790 314 552;"
              "FR76 1910 6000 0340 1122 3344 570",
        "es": "Limpiezas Brillamar S.L.;Calle Colón 71;03001 Alicante;B54630125;"
              "ES18 2100 2611 0402 0066 1290",
        "it": "Splendor Servizi Integrati Soc. Coop.;Via Emilia Est 208;41121 Modena;"
              "IT 03115920364;IT58 E053 8712 9000 0000 4411 233",
        "nl": "Glansrijk Schoonmaakgroep B.V.;Vestdijk 61;5611 CB Eindhoven;"
              "NL 8207.71.964.B01;NL26 RABO 0155 8833 41"},
    "stacked": {
        "en": "Ljungbacka Bageri AB;Södra Vägen 28;412 54 Göteborg;SE 5569 0411 2201;"
              "SE80 8000 0832 7900 1122 3344",
        "de": "Backstube Wendelin Fuchs GmbH;Mühlgasse 3;97070 Würzburg;DE 133 680 247;"
              "DE27 7905 0000 0044 1902 36",
        "fr": "Fournil des Trois Ponts SARL;4 rue du Moulin;67000 Strasbourg;FR 62 448 193 006;"
              "FR76 1027 8010 0000 0339 4455 281",
        "es": "Obrador Santa Eulalia S.L.;Calle Mercaders 9;07002 Palma;B57822104;"
              "ES56 0487 2001 8120 0033 7781",
        "it": "Forno Antico Mazzetti S.r.l.;Via San Vitale 66;40125 Bologna;IT 03621401205;"
              "IT71 G063 8502 4010 0000 0066 170",
        "nl": "Bakkerij Oudewater & Dochters;Lange Nieuwstraat 9;3512 PA Utrecht;"
              "NL 0047.12.915.B01;NL84 SNSB 0944 2190 63"},
    "club": {
        "en": "Hellerup Tennis og Padel Klub;Strandvejen 201;2900 Hellerup;DK 29 77 31 40;"
              "DK89 3000 4172 9955 61",
        "de": "Turn- und Sportverein Eichenau 1911 e.V.;Sportplatzweg 2;82223 Eichenau;"
              "DE 812 330 459;DE06 7015 0000 0031 4422 19",
        "fr": "Association Sportive du Lac d'Annecy;Avenue d'Albigny 58;74000 Annecy;"
              "FR 11 775 602 318;FR76 1810 6000 2296 7411 2233 905",
        "es": "Club Deportivo Náutico La Caleta;Paseo Marítimo 3;29016 Málaga;G29550381;"
              "ES06 2103 0146 9100 3011 4477",
        "it": "Circolo Tennis Val Seriana ASD;Via dello Sport 10;24021 Albino;IT 01844130163;"
              "IT11 P088 9952 9100 0000 0021 007",
        "nl": "Lawn Tennis Club De Wielewaal;Sportlaan 31;2566 LJ Den Haag;NL 8011.35.620.B01;"
              "NL15 INGB 0004 8877 12"},
    "reissue": {
        "en": "Zielony Gaj Ogrody Sp. z o.o.;ul. Ogrodnicza 14;05-800 Pruszków;"
              "PL 5342219870;PL27 1140 2004 0000 3302 7744 1923",
        "de": "Baumschule Lindenhof Kessler KG;Gärtnerweg 12;25421 Pinneberg;DE 134 905 772;"
              "DE71 2215 0000 0003 3811 04",
        "fr": "Pépinières du Val de Loire Moreau SA;Route d'Angers 50;49130 Les Ponts-de-Cé;"
              "FR 35 312 667 040;FR76 1470 6000 4132 1900 4455 713",
        "es": "Viveros El Romeral S.L.;Carretera de Murcia km 4;30500 Molina de Segura;"
              "B30671923;ES72 3058 0421 1127 2033 9915",
        "it": "Vivai Piante Colle Verde S.s.;Via Pistoiese 301;51100 Pistoia;IT 01229930472;"
              "IT39 T062 6013 8000 0000 5577 104",
        "nl": "Boomkwekerij Gebr. Van Lent;Kwekerslaan 22;2771 ME Boskoop;NL 0058.90.331.B01;"
              "NL73 RABO 0388 1205 94"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: Company(n, (st, town), vat, iban)
                           for lang, (n, st, town, vat, iban)
                           in ((lang, text.split(";")) for lang, text in by_lang.items())}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four businesses, then two club members ("name|street|town").
_BUYERS: Final = {
    "en": ("Thornbury Dental Group Ltd|18 Castle Street|Shrewsbury SY1 2BQ",
           "Quayside Co-working Spaces|Mariner House, 5 Dock Road|Liverpool L3 4AF",
           "Halden & Pryce Architects|61 Lower Baggot Street|Dublin D02 XY45",
           "Marlow Valley Housing Trust|Station Approach 2|Marlow SL7 1NT",
           "Ms Ingrid Solvang|Callisensvej 12|2900 Hellerup",
           "Mr Rasmus Kjeldgaard|Ryvangs Allé 40|2100 København Ø"),
    "de": ("Zahnarztpraxis Dr. Wiesner & Kollegen|Marktplatz 7|88212 Ravensburg",
           "Coworking Speicherstadt GmbH|Am Sandtorkai 30|20457 Hamburg",
           "Hausverwaltung Brenninger KG|Landsberger Straße 88|80339 München",
           "Stadtwerke Tettnang Netz GmbH|Bahnhofplatz 3|88069 Tettnang",
           "Frau Dorothea Kampmann|Birkenweg 14|82223 Eichenau",
           "Herrn Leopold Aigner|Roggensteiner Allee 5|82223 Eichenau"),
    "fr": ("Cabinet dentaire des Marronniers|3 place Carnot|21000 Dijon",
           "Espace Coworking Confluence|95 cours Charlemagne|69002 Lyon",
           "Syndic Habitat Rhodanien SARL|18 rue Victor Hugo|26000 Valence",
           "Mairie de Saint-Jorioz|Place de la Mairie|74410 Saint-Jorioz",
           "Mme Solène Bouvard|12 chemin des Crêts|74940 Annecy-le-Vieux",
           "M. Anatole Perrissin|5 allée des Tilleuls|74000 Annecy"),
    "es": ("Clínica Dental Arrecife S.L.|Calle Larios 4|29005 Málaga",
           "Espacio Cowork Ensanche S.L.|Gran Vía 44|48011 Bilbao",
           "Administración de Fincas Ribera S.L.|Calle Sagasta 20|50006 Zaragoza",
           "Ayuntamiento de Cártama|Plaza de la Constitución 1|29570 Cártama",
           "Dña. Remedios Albarracín|Calle Cervantes 8|29016 Málaga",
           "D. Iñaki Olabarrieta|Avenida Pries 22|29016 Málaga"),
    "it": ("Studio Odontoiatrico Ferrandi|Corso Matteotti 12|26100 Cremona",
           "Spazio Coworking Navigli S.r.l.|Alzaia Naviglio Grande 66|20144 Milano",
           "Amministrazione Condomini Loreti|Via Mazzini 40|37121 Verona",
           "Comune di Nembro|Piazza Libertà 1|24027 Nembro",
           "Sig.ra Ornella Capelli|Via Roma 15|24021 Albino",
           "Sig. Tiziano Ghilardi|Via Provinciale 88|24020 Gazzaniga"),
    "nl": ("Mondzorgcentrum De Kolk|Gedempte Oude Gracht 55|2011 GM Haarlem",
           "Werkplaats Coworking Strijp B.V.|Torenallee 20|5617 BC Eindhoven",
           "VvE Beheer Zuidas B.V.|Gustav Mahlerlaan 300|1082 ME Amsterdam",
           "Gemeente Waalre|Het Hooge Huys 1|5581 HE Waalre",
           "Mevrouw Liesbeth Koopmans|Van Stolkweg 8|2585 JR Den Haag",
           "De heer Maarten Vlasblom|Nieuwe Parklaan 71|2597 LD Den Haag"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(name, tuple(rest)) for name, *rest in
                             (entry.split("|") for entry in entries))
                 for lang, entries in _BUYERS.items()}  # fmt: skip

# Per language: the sites the cleaning contractor serves for one customer.
SITES: Final = {
    "en": ("Head office, 2 Wellington Place, Leeds", "Clinic, 40 Kirkgate, Wakefield",
           "Archive store, Unit 3, Howley Park, Morley"),
    "de": ("Hauptsitz, Huttropstraße 60, Essen", "Filiale, Kortumstraße 19, Bochum",
           "Lager, Emscherstraße 4, Gelsenkirchen"),
    "fr": ("Siège, 8 avenue Jean Médecin, Nice", "Agence, 14 rue d'Antibes, Cannes",
           "Entrepôt, ZI Saint-Isidore, Nice"),
    "es": ("Sede, Rambla de Méndez Núñez 30, Alicante", "Delegación, Calle Mayor 5, Elche",
           "Almacén, Polígono Las Atalayas, Alicante"),
    "it": ("Sede, Viale Crispi 40, Modena", "Filiale, Corso Garibaldi 9, Reggio Emilia",
           "Magazzino, Via Emilia Ovest 920, Modena"),
    "nl": ("Hoofdkantoor, Fellenoord 130, Eindhoven", "Vestiging, Markt 11, Helmond",
           "Magazijn, De Run 4250, Veldhoven"),
}  # fmt: skip
