"""Who bills and who is billed in the ninth fresh evaluation slice (`evalset_fresh9.py`): one seller
per layout and language, four businesses and four private customers per language. No name is used
by an earlier slice."""

from __future__ import annotations

from typing import Final

from generate import Company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "veterinary": {
        "en": "Riverside Veterinary Clinic Ltd;Dock Road 14;Limerick V94 X2K7;IE 3381207WH;"
              "IE29 AIBK 9311 5212 3456 78",
        "de": "Tierarztpraxis am Wiesengrund GbR;Wiesenweg 3;79098 Freiburg;DE 271 559 034;"
              "DE44 6805 0101 0012 3456 78",
        "fr": "Clinique vétérinaire des Tilleuls SELARL;12 avenue Jean Jaurès;69007 Lyon;"
              "FR 52 811 204 337;FR76 1027 8073 0000 0204 5561 182",
        "es": "Hospital Veterinario Montjuïc S.L.P.;Carrer de Sants 210;08028 Barcelona;"
              "B66301152;ES12 2100 0813 6102 0045 9911",
        "it": "Ambulatorio Veterinario San Rocco;Via Manzoni 41;20900 Monza;IT 09871230961;"
              "IT33 F030 6932 5100 0000 0456 781",
        "nl": "Dierenkliniek De Hazelaar;Molenstraat 18;5211 GK 's-Hertogenbosch;"
              "NL 8613.44.920.B01;NL64 RABO 0329 4477 10"},
    "venue": {
        "en": "Harrowgate Manor Events Ltd;Manor Lane;Harrogate HG3 1QP;GB 402 7719 26;"
              "GB15 NWBK 6016 1331 9268 19",
        "de": "Gut Ellerbrook Veranstaltungen GmbH;Ellerbrook 1;23843 Bad Oldesloe;"
              "DE 318 604 771;DE81 2305 0101 0001 2277 45",
        "fr": "Domaine de Vennes Réceptions SA;Route de Berne 308;1000 Lausanne;"
              "CHE-318.442.907 TVA;CH44 0076 7000 E523 1148 6",
        "es": "Finca Los Almendros Eventos S.L.;Camino de la Vega 7;18210 Granada;B19744021;"
              "ES80 0081 0690 1400 0123 4567",
        "it": "Villa Boschetti Ricevimenti S.r.l.;Strada Provinciale 12;40050 Monte San Pietro;"
              "IT 03399101202;IT07 Y062 3012 7000 0004 0102 938",
        "nl": "Landgoed Hoogeweyde Events B.V.;Hoogeweydelaan 2;3941 LS Doorn;"
              "NL 8679.31.552.B01;NL55 ABNA 0521 8844 30"},
    "managed": {
        "en": "Nordvik Managed IT AB;Kungsgatan 44;111 35 Stockholm;SE 5567 1234 0901;"
              "SE45 5000 0000 0583 9825 7466",
        "de": "Kaltenbach IT-Service GmbH;Robert-Bosch-Straße 22;73037 Göppingen;"
              "DE 299 118 640;DE29 6105 0000 0049 0022 13",
        "fr": "Infogérance Cévenole SAS;14 rue de la République;30100 Alès;FR 16 833 547 210;"
              "FR76 1350 6100 0012 3456 7890 129",
        "es": "Sistemas Gestionados Turia S.L.;Calle Colón 60;46004 Valencia;B98155421;"
              "ES02 3058 2100 1127 2000 4411",
        "it": "Servizi Informatici Ceresio SA;Via Cantonale 19;6900 Lugano;"
              "CHE-204.771.553 IVA;CH93 0076 2011 6238 5295 7",
        "nl": "Beheerpunt ICT B.V.;Stationsweg 77;7311 JB Apeldoorn;NL 8822.10.463.B01;"
              "NL38 INGB 0006 7712 94"},
    "padform": {
        "en": "D. Kearney Plumbing & Electrical;7 Orchard Close;Reading RG4 5BT;GB 331 0942 17;"
              "GB62 BARC 2099 7712 4455 60",
        "de": "Haustechnik Jürgen Bremer e.K.;Lindenring 5;48149 Münster;DE 126 440 385;"
              "DE93 4005 0150 0000 4422 19",
        "fr": "Dépannage Gaillard Père et Fils;8 impasse des Cordiers;35000 Rennes;"
              "FR 39 442 015 662;FR76 1360 6000 7146 1234 5678 950",
        "es": "Reformas y Fontanería Ortega;Calle Mayor 23;50001 Zaragoza;25471302X;"
              "ES47 2085 0100 3303 3012 9988",
        "it": "Idraulica Fratelli Ghezzi S.n.c.;Via Roma 88;25121 Brescia;IT 03127470985;"
              "IT72 M034 4011 2000 0000 0123 456",
        "nl": "Klusbedrijf P. de Wit;Havenkade 9;1601 KR Enkhuizen;NL 0014.72.390.B01;"
              "NL46 SNSB 0923 1177 05"},
    "vintner": {
        "en": "Kongens Vinhandel ApS;Store Kongensgade 61;1264 København K;DK 38 21 44 07;"
              "DK50 3000 3110 2244 55",
        "de": "Weinkontor Hollerbusch KG;Am Weinmarkt 4;67433 Neustadt an der Weinstraße;"
              "DE 149 922 308;DE38 5455 0010 0009 9812 44",
        "fr": "Caves Delorme & Fils SARL;22 rue des Tonneliers;21200 Beaune;FR 74 380 551 917;"
              "FR76 1027 8021 0000 0412 3456 744",
        "es": "Vinoteca El Sarmiento S.L.;Calle Laurel 12;26001 Logroño;B26511477;"
              "ES71 2038 7500 1160 0012 3456",
        "it": "Enoteca Fratelli Cavour S.r.l.;Via Lagrange 29;10123 Torino;IT 11028400015;"
              "IT60 X054 2811 1010 0000 0123 456",
        "nl": "Wijnkoperij Van Houten & Zn.;Oudegracht 188;3511 NR Utrecht;"
              "NL 0021.99.448.B01;NL83 RABO 0147 2290 36"},
    "chauffeur": {
        "en": "Vistula Executive Chauffeurs Sp. z o.o.;ul. Mokotowska 49;00-542 Warszawa;"
              "PL 5252781104;PL61 1090 1014 0000 0712 1981 2874",
        "de": "Isar Limousinenservice GmbH;Leopoldstraße 118;80802 München;DE 254 887 106;"
              "DE65 7002 0270 0015 2233 44",
        "fr": "Berlines Étoile VTC SAS;31 rue de Ponthieu;75008 Paris;FR 60 842 013 557;"
              "FR76 3000 4008 2800 0123 4567 843",
        "es": "Chóferes Castellana Servicios S.L.;Calle de Velázquez 94;28006 Madrid;"
              "B87114020;ES25 0049 1500 0512 1034 5678",
        "it": "Noleggio con Conducente Brera S.r.l.;Corso Garibaldi 72;20121 Milano;"
              "IT 10455310964;IT36 K030 6909 6061 0000 0412 345",
        "nl": "Grachtengordel Chauffeursdiensten B.V.;Keizersgracht 402;1016 GC Amsterdam;"
              "NL 8712.06.339.B01;NL20 INGB 0001 2345 67"},
    "laundry": {
        "en": "Pennywell Commercial Laundry Ltd;Unit 4, Tyne Trading Estate;Sunderland SR4 6BQ;"
              "GB 290 5561 38;GB27 LOYD 3098 2211 4477 90",
        "de": "Wäscherei Sonnenhof GmbH & Co. KG;Gewerbepark 11;87435 Kempten;DE 131 702 846;"
              "DE17 7335 0000 0514 3322 10",
        "fr": "Blanchisserie du Léman SARL;5 chemin des Prés;74200 Thonon-les-Bains;"
              "FR 21 451 330 772;FR76 1810 6000 1096 7123 4567 806",
        "es": "Lavandería Industrial Bahía S.L.;Polígono La Palmera, nave 8;11140 Conil;"
              "B72110463;ES40 0182 3205 5002 0161 5544",
        "it": "Lavanderia Industriale Dolomiti S.r.l.;Zona Artigianale 15;39031 Brunico;"
              "IT 02744710216;IT45 R058 5658 2400 0000 0301 992",
        "nl": "Wasserij Duinzicht B.V.;Ambachtsweg 21;2222 AH Katwijk;NL 8144.57.201.B01;"
              "NL49 ABNA 0612 3344 87"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: Company(n, (st, town), vat, iban)
                           for lang, (n, st, town, vat, iban)
                           in ((lang, text.split(";")) for lang, text in by_lang.items())}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Per language: four businesses (venue, IT, wine, chauffeur and laundry customers).
_BUSINESSES: Final = {
    "en": ("Calloway & Finch Solicitors LLP|22 Bedford Row|London WC1R 4JS",
           "The Larder at Saltmarsh|3 Quay Street|Whitstable CT5 1AB",
           "Brightmoor Conference Hotel|Brightmoor Road|York YO30 6AA",
           "Helix Biotech Research Ltd|Babraham Park, Building 6|Cambridge CB22 3AT"),
    "de": ("Rechtsanwälte Storck & Partner mbB|Königsallee 60|40212 Düsseldorf",
           "Landgasthof Zur Linde|Dorfplatz 2|83727 Schliersee",
           "Parkhotel am Kurhaus|Kurhausstraße 9|65183 Wiesbaden",
           "Ventrion Medizintechnik AG|Carl-Zeiss-Ring 15|07743 Jena"),
    "fr": ("Cabinet d'avocats Vasseur-Morin|18 rue de la Paix|75002 Paris",
           "Bistrot Le Quai des Brumes|4 quai Saint-Antoine|69002 Lyon",
           "Hôtel de la Grosse Horloge|1 place du Château|17000 La Rochelle",
           "Nexalis Biotechnologies SA|Parc Technologique 9|31670 Labège"),
    "es": ("Despacho Jurídico Arrieta y Asociados|Paseo de Gracia 77|08008 Barcelona",
           "Restaurante La Bodeguilla del Puerto|Muelle de Levante 5|03001 Alicante",
           "Hotel Mirador de Cazorla|Avenida del Parque 3|23470 Cazorla",
           "Genómica Aplicada del Ebro S.A.|Calle Mariano Esquillor 15|50018 Zaragoza"),
    "it": ("Studio Legale Ferraris Bonomi|Corso Vittorio Emanuele II 44|10123 Torino",
           "Trattoria Da Nando|Vicolo del Pozzo 3|37121 Verona",
           "Hotel Bellavista sul Lago|Lungolago Mazzini 12|28838 Stresa",
           "Biofarmaceutica Adriatica S.p.A.|Via della Ricerca 8|60131 Ancona"),
    "nl": ("Advocatenkantoor Verbeek Mulder|Lange Voorhout 16|2514 ED Den Haag",
           "Eetcafé De Waag|Markt 12|4331 LK Middelburg",
           "Strandhotel Noordzee|Boulevard 40|4506 JK Cadzand",
           "Lumiquant Life Sciences B.V.|Darwinweg 24|2333 CR Leiden"),
}  # fmt: skip
BUSINESSES: Final = {lang: tuple(Company(n, (s, t)) for n, s, t in (b.split("|") for b in four))
                     for lang, four in _BUSINESSES.items()}  # fmt: skip

# Per language: four private customers (pet owners and householders).
_PRIVATE: Final = {
    "en": ("Mrs Siobhan Gallagher|12 Ennis Road|Limerick V94 PD42",
           "Mr Tom Hadley|Flat 3, 41 Castle Hill|Reading RG1 7RD",
           "Ms Priya Raman|8 Shannon Banks|Corbally V94 T2CK",
           "Mr and Mrs Kowalczyk|27 Tilehurst Road|Reading RG30 2JL"),
    "de": ("Frau Annegret Vogelsang|Schwarzwaldstraße 71|79117 Freiburg",
           "Herrn Mathias Ostendorf|Gievenbecker Weg 44|48161 Münster",
           "Familie Yildirim|Kartäuserstraße 9|79102 Freiburg",
           "Frau Dr. Helga Brinkhaus|Wolbecker Straße 120|48155 Münster"),
    "fr": ("Mme Solène Barthélemy|9 montée du Gourguillon|69005 Lyon",
           "M. Erwan Le Goff|27 rue de Fougères|35700 Rennes",
           "M. et Mme Benali|44 cours Gambetta|69003 Lyon",
           "Mme Odile Perrichon|6 rue Saint-Malo|35000 Rennes"),
    "es": ("Dña. Montserrat Vilaró|Carrer de Provença 301|08037 Barcelona",
           "D. Íñigo Larrañaga|Paseo Independencia 19|50001 Zaragoza",
           "Familia Castells Roig|Rambla del Poblenou 88|08005 Barcelona",
           "Dña. Pilar Aznar Sanz|Calle Delicias 45|50017 Zaragoza"),
    "it": ("Sig.ra Beatrice Colombo|Via Volta 14|20900 Monza",
           "Sig. Gianluca Ferrandi|Via Cremona 52|25124 Brescia",
           "Famiglia Brambilla|Viale Lombardia 7|20900 Monza",
           "Sig.ra Ornella Zanetti|Contrada San Carlo 3|25122 Brescia"),
    "nl": ("Mevrouw I. van den Broek|Vughterweg 61|5211 CK 's-Hertogenbosch",
           "De heer K. Zwart|Westerstraat 118|1601 AM Enkhuizen",
           "Familie Bakker-Oomen|Orthenseweg 15|5212 XA 's-Hertogenbosch",
           "Mevrouw S. Dekker|Dijk 44|1601 GK Enkhuizen"),
}  # fmt: skip
PRIVATE: Final = {lang: tuple(Company(n, (s, t)) for n, s, t in (b.split("|") for b in four))
                  for lang, four in _PRIVATE.items()}  # fmt: skip
