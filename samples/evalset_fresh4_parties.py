"""Parties and products of the fourth fresh evaluation slice (`evalset_fresh4.py`): a seller per
layout and language, two buyers per language, and what each layout sells."""

from __future__ import annotations

from typing import Final

from generate import Company

# Sellers per layout and language: "name|street|city|VAT id|IBAN".
_SELLERS: Final = {
    "market": {
        "en": "Thornbury Home & Garden Ltd|Unit 7, Avonside Park|Bristol BS2 0JZ|GB 318 5520 47|"
              "GB33 NWBK 6016 1331 9268 19",
        "de": "Elektro-Versand Brinkmann e.K.|Hafenstraße 21|48153 Münster|DE 311 578 204|"
              "DE44 4006 0265 0012 4478 00",
        "fr": "Maison Caradec SARL|12 rue de Siam|29200 Brest|FR 61 853 204 118|"
              "FR76 1558 9297 1100 0447 1208 811",
        "es": "Deportes Montaña Azul S.L.|Calle Estafeta 40|31001 Pamplona|B71234580|"
              "ES91 3008 0001 1122 3344 5566",
        "it": "Bottega del Tè Ricci S.r.l.|Corso Vittorio Emanuele 77|80121 Napoli|"
              "IT 08815520631|IT60 X054 2811 1010 0000 0123 456",
        "nl": "Fietsonderdelen Kok B.V.|Industrieweg 44|8263 AD Kampen|NL 8601.22.174.B01|"
              "NL20 INGB 0001 2345 67"},
    "hotel": {
        "en": "The Harbour View Hotel|1 Esplanade|Scarborough YO11 2AQ|GB 402 1177 60|"
              "GB82 WEST 1234 5698 7654 32",
        "de": "Hotel Alpenrose Davos AG|Promenade 88|7270 Davos Platz|CHE-109.447.221 MWST|"
              "CH93 0076 2011 6238 5295 7",
        "fr": "Hôtel du Lac Léman SA|Quai du Mont-Blanc 19|1201 Genève|CHE-114.870.336 TVA|"
              "CH56 0483 5012 3456 7800 9",
        "es": "Hotel Playa Dorada S.A.|Paseo Marítimo 12|07610 Palma|A07221458|"
              "ES79 2100 0813 6101 2345 6789",
        "it": "Albergo Bellavista S.r.l.|Lungolago Mazzini 8|22100 Como|IT 03398120138|"
              "IT40 S054 2811 1010 0000 0123 456",
        "nl": "Hotel De Zeeuwse Stromen B.V.|Boulevard 22|4357 AA Domburg|NL 8530.44.612.B01|"
              "NL91 ABNA 0417 1643 00"},
    "saas": {
        "en": "Cloudmeter Inc.|548 Market Street, Suite 300|San Francisco, CA 94104|"
              "EIN 84-2217705|US - wire ABA 121000248",
        "de": "Planwerk Software GmbH|Torstraße 140|10119 Berlin|DE 323 118 907|"
              "DE89 3704 0044 0532 0130 00",
        "fr": "Agendo SAS|18 rue de la Pépinière|75008 Paris|FR 40 877 201 334|"
              "FR14 2004 1010 0505 0001 3M02 606",
        "es": "Nubalia Tecnologías S.L.|Calle Gran Vía 28|28013 Madrid|B88120457|"
              "ES66 0182 2370 4102 0123 4567",
        "it": "Fatturino Cloud S.r.l.|Via Tortona 31|20144 Milano|IT 11044780966|"
              "IT02 A030 6909 6061 0000 0112 233",
        "nl": "Roostermaat B.V.|Stationsplein 45|3013 AK Rotterdam|NL 8622.11.907.B01|"
              "NL86 BUNQ 2045 6789 01"},
    "freight": {
        "en": "Vistula Cargo Sp. z o.o.|ul. Logistyczna 3|62-052 Komorniki|PL 7773287441|"
              "PL27 1140 2004 0000 3002 0135 5387",
        "de": "Moravia Spedice s.r.o.|Hlinky 117|619 00 Brno|CZ 27719324|"
              "CZ65 0800 0000 1920 0014 5399",
        "fr": "Transports Rouvière & Fils|ZA du Moulin, 5 allée des Routiers|26000 Valence|"
              "FR 73 402 118 559|FR76 1390 6000 1185 0412 2214 077",
        "es": "Transportes Iberlog S.A.|Polígono El Trocadero, parcela 22|11500 El Puerto|"
              "A11447203|ES12 0075 0080 1106 0012 3456",
        "it": "Autotrasporti Brambilla S.p.A.|Via dell'Interporto 14|37135 Verona|"
              "IT 02214770238|IT73 F030 6911 7021 0000 0004 411",
        "nl": "Van der Wal Logistics B.V.|Waalhaven Z.z. 19|3089 JH Rotterdam|"
              "NL 8077.31.540.B01|NL53 RABO 0322 1100 89"},
    "legal": {
        "en": "Hollis & Marsh Surveyors Ltd|9 Colmore Row|Birmingham B3 2BJ|GB 229 8834 10|"
              "GB71 BARC 2003 5576 4411 82",
        "de": "Brandes Gebäudetechnik GmbH|Vahrenwalder Str. 75|30165 Hannover|DE 287 114 965|"
              "DE61 2505 0180 0009 8877 41",
        "fr": "Roche & Viallet Ingénierie SAS|22 quai Perrache|69002 Lyon|FR 48 812 447 903|"
              "FR76 1469 0000 0140 0112 7781 410",
        "es": "Auditores Castellanos S.L.|Calle Serrano 61|28006 Madrid|B84471902|"
              "ES05 0049 1500 0512 3456 7892",
        "it": "Sistemi Integrati Gallo S.r.l.|Corso Francia 110|10143 Torino|IT 10992310012|"
              "IT52 Z030 6901 0001 0000 0045 671",
        "nl": "Ingenieursbureau Verhoef B.V.|Kennedyplein 10|5611 ZS Eindhoven|"
              "NL 8580.77.213.B01|NL75 RABO 0155 7730 12"},
    "multipage": {
        "en": "Nordkontor Supplies AB|Kungsgatan 37|411 19 Göteborg|SE556812745501|"
              "SE72 8000 0810 5934 4712 3456",
        "de": "Bürowelt Schneebeli AG|Badenerstrasse 310|8004 Zürich|CHE-201.334.785 MWST|"
              "CH41 0070 0110 0054 3210 7",
        "fr": "Papeterie Lemaire & Cie|40 boulevard Carnot|59800 Lille|FR 35 499 217 068|"
              "FR76 1627 5006 0008 1234 5678 930",
        "es": "Ofimática Levante S.L.|Avenida del Puerto 210|46023 Valencia|B97884120|"
              "ES38 3058 2210 1427 1000 4455",
        "it": "Cartoleria Forniture Bassi S.r.l.|Via Emilia Est 45|41121 Modena|"
              "IT 03221180364|IT81 U053 8712 9000 0000 1447 502",
        "nl": "Kantoorland Hendriks B.V.|Europalaan 100|5232 BC 's-Hertogenbosch|"
              "NL 8045.66.109.B01|NL63 INGB 0007 7811 23"},
    "receipt": {
        "en": "Corner Hardware Co.|88 High Street|Lewes BN7 1XH|GB 661 0442 19|"
              "GB09 HBUK 4012 7733 8812 04",
        "de": "Baumarkt Ostermann OHG|Lange Reihe 5|20099 Hamburg|DE 114 882 501|"
              "DE27 2005 0550 1234 5678 90",
        "fr": "Droguerie Lambert|7 place du Marché|67000 Strasbourg|FR 09 420 331 745|"
              "FR76 1027 8010 0000 0204 4711 251",
        "es": "Ferretería La Llave|Calle Mayor 19|50001 Zaragoza|B50221447|"
              "ES44 2085 0100 1102 3344 5501",
        "it": "Ferramenta Colombo|Via Garibaldi 52|25121 Brescia|IT 01122330987|"
              "IT66 K034 4011 2000 0000 0218 400",
        "nl": "IJzerwaren Bosman|Grote Markt 14|9711 LV Groningen|NL 0015.33.921.B01|"
              "NL42 SNSB 0911 2288 44"},
}  # fmt: skip


def _company(text: str) -> Company:
    name, street, city, vat_id, iban = text.split("|")
    return Company(name, (street, city), vat_id, iban)


SELLERS: Final = {layout: {lang: _company(text) for lang, text in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Two buyers per language ("name|street|city"), none of them used by another set.
_BUYERS: Final = {
    "en": ("Westmoor Veterinary Practice|4 Chapel Walk|Sheffield S1 2PD",
           "Kingfisher Events Ltd|31 Quayside|Newcastle NE1 3DE"),
    "de": ("Physiotherapie Lenz & Busch|Schillerstraße 9|70173 Stuttgart",
           "Weingut Karl Hofmeister|Rheinallee 30|55116 Mainz"),
    "fr": ("Librairie des Quatre Vents|14 rue Nationale|37000 Tours",
           "Garage Perrin Automobiles|80 route de Vienne|69008 Lyon"),
    "es": ("Academia de Idiomas Babel|Calle Uría 15|33003 Oviedo",
           "Bodegas Valdecruz S.L.|Carretera de Logroño km 4|26200 Haro"),
    "it": ("Studio Dentistico Ferri|Via Mazzini 33|56125 Pisa",
           "Agriturismo Il Poggio|Località Poggio 2|53024 Montalcino"),
    "nl": ("Fysiotherapie Zuidas|Gustav Mahlerlaan 8|1082 MK Amsterdam",
           "Bloemkwekerij Van Dijk|Tuinbouwweg 3|2671 DE Naaldwijk"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(n, (s, c)) for n, s, c in (b.split("|") for b in pair))
                 for lang, pair in _BUYERS.items()}  # fmt: skip
RECIPIENTS: Final = ("Laura Bennett", "Tobias Ried", "Claire Martin", "Sergio Pardo",
                     "Giulia Conti", "Sanne de Vries")  # fmt: skip
OPERATOR: Final = "Shopora Marketplace"  # the platform that prints marketplace invoices

# What each layout sells, per language: "description;unit" separated by "|".
_CATALOG: Final = {
    "market": {
        "en": "Rattan garden chair;pcs|Solar lantern set of 4;pcs|Raised planter cedar;pcs|"
              "Hose reel 30 m;pcs|Outdoor cushion grey;pcs|Bird feeder station;pcs",
        "de": "Akku-Bohrschrauber 18 V;Stk|LED-Deckenleuchte 24 W;Stk|Steckdosenleiste 6-fach;Stk|"
              "Rauchmelder 10 Jahre;Stk|Verlängerungskabel 10 m;Stk|Türklingel Funk;Stk",
        "fr": "Marinière coton homme;pce|Ciré jaune taille M;pce|Bol breton prénom;pce|"
              "Galettes pur beurre 500 g;pce|Sac cabas toile;pce|Bonnet laine marin;pce",
        "es": "Mochila trekking 40 l;ud|Botas de montaña Gore;par|Forro polar hombre;ud|"
              "Bastones carbono;par|Saco de dormir 0 °C;ud|Linterna frontal;ud",
        "it": "Tè verde sencha 100 g;pz|Teiera in ghisa 0,8 l;pz|Infusore in acciaio;pz|"
              "Tisana ai frutti rossi;pz|Tazza in porcellana;pz|Miele di castagno 250 g;pz",
        "nl": "Fietsketting 8-speed;st|Remblokken V-brake;set|Buitenband 28 inch;st|"
              "Fietsverlichting LED;set|Kettingolie 100 ml;st|Fietspomp staand;st"},
    "hotel": {
        "en": "Double room, sea view;night|Full English breakfast;pers|Car park;day|"
              "Dinner, Harbour Restaurant;cover|Minibar;item",
        "de": "Doppelzimmer Superior;Nacht|Frühstücksbuffet;Pers.|Tiefgarage;Tag|"
              "Halbpension Abendessen;Pers.|Wellness-Eintritt;Pers.",
        "fr": "Chambre double vue lac;nuit|Petit-déjeuner continental;pers.|Parking;jour|"
              "Dîner au restaurant;couvert|Blanchisserie;pce",
        "es": "Habitación doble superior;noche|Desayuno bufé;pers.|Aparcamiento;día|"
              "Cena en restaurante;cubierto|Servicio de lavandería;ud",
        "it": "Camera doppia vista lago;notte|Colazione a buffet;pers.|Garage;giorno|"
              "Cena al ristorante;coperto|Servizio lavanderia;pz",
        "nl": "Tweepersoonskamer zeezicht;nacht|Ontbijtbuffet;pers.|Parkeren;dag|"
              "Diner in restaurant;couvert|Fietshuur;dag"},
    "saas": {
        "en": "Cloudmeter Team plan (monthly);seat|Cloudmeter Business plan (monthly);seat|"
              "Extra storage 100 GB;block|Metered events;1000|Priority support add-on;month",
        "de": "Planwerk Professional (Monat);Nutzer|Planwerk Enterprise (Monat);Nutzer|"
              "Zusatzspeicher 50 GB;Paket|API-Aufrufe;1000|Premium-Support;Monat",
        "fr": "Agendo Essentiel (mensuel);utilisateur|Agendo Premium (mensuel);utilisateur|"
              "Rappels SMS;SMS|Stockage supplémentaire;Go|Assistance prioritaire;mois",
        "es": "Nubalia Pyme (mensual);usuario|Nubalia Avanzado (mensual);usuario|"
              "Almacenamiento extra;GB|Llamadas API;1000|Soporte premium;mes",
        "it": "Fatturino Base (mensile);utente|Fatturino Pro (mensile);utente|"
              "Conservazione sostitutiva;documento|Chiamate API;1000|Assistenza dedicata;mese",
        "nl": "Roostermaat Start (maand);gebruiker|Roostermaat Plus (maand);gebruiker|"
              "SMS-notificaties;SMS|Extra opslag;GB|Implementatiebegeleiding;uur"},
    "freight": {
        "en": "Road freight Poznan - Leeds;shipment|Fuel surcharge;shipment|"
              "Customs clearance export;declaration|Tail-lift delivery;stop|Waiting time;h",
        "de": "Komplettladung Brno - Linz;Sendung|Dieselzuschlag;Sendung|Mautkosten;Sendung|"
              "Avisierung und Zustellung;Stopp|Standzeit;Std.",
        "fr": "Messagerie Valence - Lille;envoi|Surcharge gazole;envoi|Hayon élévateur;arrêt|"
              "Prise de rendez-vous;envoi|Frais d'attente;h",
        "es": "Grupaje Cádiz - Bilbao;envío|Recargo combustible;envío|Despacho aduanero;DUA|"
              "Entrega con plataforma;parada|Tiempo de espera;h",
        "it": "Trasporto groupage Verona - Bari;spedizione|Adeguamento carburante;spedizione|"
              "Pratica doganale;bolla|Consegna al piano;consegna|Sosta oraria;h",
        "nl": "Containertransport Rotterdam - Venlo;rit|Brandstoftoeslag;rit|"
              "Terminal handling;container|Douane-inklaring;aangifte|Wachturen;uur"},
    "legal": {
        "en": "Building survey, level 3;report|Site visit;visit|Drone roof inspection;h|"
              "Dilapidations schedule;report|Travel;mile",
        "de": "Wartung Lüftungsanlage;Anlage|Filtertausch F7;Stk|Technikerstunden;Std.|"
              "Anfahrtspauschale;Pauschale|Dichtheitsprüfung;Prüfung",
        "fr": "Étude thermique;forfait|Visite de chantier;visite|Note de calcul structure;u|"
              "Plans d'exécution;planche|Frais de déplacement;km",
        "es": "Auditoría de cuentas anuales;informe|Revisión de nóminas;mes|"
              "Asesoría fiscal;h|Presentación de modelos;modelo|Desplazamientos;km",
        "it": "Manutenzione impianto antincendio;impianto|Verifica estintori;pz|"
              "Ore tecnico specializzato;ore|Diritto di chiamata;corpo|Ricambi vari;corpo",
        "nl": "Constructieberekening;rapport|Bouwkundige inspectie;inspectie|"
              "Tekenwerk;uur|Projectoverleg;uur|Reiskosten;km"},
    "receipt": {
        "en": "Claw hammer 16 oz;pcs|Wood glue 250 ml;pcs|Sandpaper assorted;pack|"
              "Masking tape 25 mm;roll|Paint brush 2 in;pcs",
        "de": "Schraubenset 500-tlg.;Stk|Holzleim 500 g;Stk|Malerrolle 25 cm;Stk|"
              "Abdeckfolie 4x5 m;Stk|Gipsspachtel 1 kg;Stk",
        "fr": "Savon noir 1 l;pce|Bougies chauffe-plat;lot|Éponges grattantes;lot|"
              "Cire d'abeille;pce|Brosse à parquet;pce",
        "es": "Candado latón 40 mm;ud|Juego de llaves allen;ud|Cinta americana;ud|"
              "Bombilla LED E27;ud|Tacos nylon 8 mm;bolsa",
        "it": "Martello da carpentiere;pz|Nastro di carta 50 m;pz|Silicone trasparente;pz|"
              "Chiavi a brugola set;pz|Lampadina LED E14;pz",
        "nl": "Schroevendraaier set;st|Houtlijm 250 ml;st|Schuurpapier set;pak|"
              "Afplaktape 50 m;rol|Kwast 40 mm;st"},
}  # fmt: skip
CATALOG: Final = {layout: {lang: tuple(tuple(item.split(";")) for item in text.split("|"))
                           for lang, text in by_lang.items()}
                  for layout, by_lang in _CATALOG.items()}  # fmt: skip

# The long invoice's lines: each product in each variant, so up to 40 distinct descriptions.
_PRODUCTS: Final = {
    "en": ("Copy paper A4 80 g|Lever arch file|Ballpoint pen|Sticky notes 76x76|Highlighter|"
           "Stapler|Toner cartridge|Envelopes DL|Whiteboard marker|Archive box", "blue|black|"
           "red|green"),
    "de": ("Kopierpapier A4 80 g|Ordner 8 cm|Kugelschreiber|Haftnotizen 76x76|Textmarker|"
           "Heftgerät|Tonerkartusche|Briefumschläge DL|Whiteboardmarker|Archivschachtel",
           "blau|schwarz|rot|grün"),
    "fr": ("Ramette A4 80 g|Classeur à levier|Stylo bille|Notes repositionnables|Surligneur|"
           "Agrafeuse|Cartouche de toner|Enveloppes DL|Marqueur tableau blanc|Boîte archives",
           "bleu|noir|rouge|vert"),
    "es": ("Papel A4 80 g|Archivador de palanca|Bolígrafo|Notas adhesivas|Marcador fluorescente|"
           "Grapadora|Cartucho de tóner|Sobres DL|Rotulador pizarra|Caja de archivo",
           "azul|negro|rojo|verde"),
    "it": ("Carta A4 80 g|Raccoglitore a leva|Penna a sfera|Foglietti adesivi|Evidenziatore|"
           "Cucitrice|Cartuccia toner|Buste DL|Pennarello lavagna|Scatola archivio",
           "blu|nero|rosso|verde"),
    "nl": ("Kopieerpapier A4 80 g|Ordner 80 mm|Balpen|Memoblokjes|Markeerstift|Nietmachine|"
           "Tonercartridge|Enveloppen DL|Whiteboardstift|Archiefdoos", "blauw|zwart|rood|groen"),
}  # fmt: skip
PRODUCTS: Final = {lang: tuple(f"{product}, {variant}" for variant in variants.split("|")
                               for product in products.split("|"))
                   for lang, (products, variants) in _PRODUCTS.items()}  # fmt: skip
