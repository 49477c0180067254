"""What the layouts of the eighth fresh evaluation slice (`evalset_fresh8.py`) bill and who bills
it, per language: medicines with batches, warehouse services, periodicals, guarding services and
sites, plus the sellers (one per layout and language) and two buyers per language. Spare parts
and catalogue goods come from the earlier slices' lists. Prices are in cents of a euro-like
currency."""

from __future__ import annotations

from typing import Final

from evalset_fresh3_items import CATALOG
from evalset_fresh5_items import PARTS as CAR_PARTS
from evalset_fresh5_items import Item, _items
from evalset_fresh7_items import PARTS as FARM_PARTS
from generate import Company

# A distributor's spare parts (the earlier slices' car and farm-machinery parts together).
SPARES: Final = {lang: CAR_PARTS[lang] + FARM_PARTS[lang] for lang in CAR_PARTS}
# Catalogue goods of a trade supplier: description and unit from two earlier catalogues.
GOODS: Final = {lang: tuple(dict.fromkeys(CATALOG["wholesale"][lang] + CATALOG["boxed"][lang]))
                for lang in CATALOG["wholesale"]}  # fmt: skip

_MEDICINES: Final = {
    "en": "Paracetamol 500 mg tablets x32;pk;120;390|Ibuprofen 400 mg tablets x24;pk;180;520|"
          "Omeprazole 20 mg capsules x28;pk;210;640|Sterile gauze swabs 10x10 cm x100;box;350;890|"
          "Nitrile gloves M x100;box;490;1190|Saline solution 0.9% 500 ml;btl;140;390|"
          "Elastic bandage 8 cm x 4 m;pc;95;260|Cetirizine 10 mg tablets x30;pk;150;430|"
          "Chlorhexidine mouthwash 300 ml;btl;290;690|Blood glucose test strips x50;box;1290;2490",
    "de": "Paracetamol 500 mg 20 Tbl.;Pkg;120;390|Ibuprofen 400 mg 50 Filmtbl.;Pkg;250;690|"
          "Pantoprazol 20 mg 30 Tbl.;Pkg;390;990|Mullkompressen steril 10x10 cm 100 St.;Pkg;"
          "350;890|Nitril-Untersuchungshandschuhe M 100 St.;Pkg;490;1190|"
          "Kochsalzlösung 0,9 % 500 ml;Fl;140;390|Elastische Binde 8 cm x 5 m;St;95;260|"
          "Cetirizin 10 mg 50 Tbl.;Pkg;290;690|Hautdesinfektion 250 ml;Fl;310;790|"
          "Blutzucker-Teststreifen 50 St.;Pkg;1290;2490",
    "fr": "Paracétamol 1 g comprimés x8;bte;110;290|Ibuprofène 200 mg x30;bte;180;420|"
          "Oméprazole 20 mg gélules x14;bte;260;590|Compresses stériles 10x10 x50;bte;290;690|"
          "Gants nitrile taille M x100;bte;490;1190|Sérum physiologique 5 ml x40;bte;210;480|"
          "Bande de crêpe 10 cm x 4 m;pce;95;260|Cétirizine 10 mg x15;bte;190;450|"
          "Chlorhexidine solution 250 ml;fl;290;690|Bandelettes glycémie x50;bte;1290;2490",
    "es": "Paracetamol 1 g 40 comprimidos;env;150;390|Ibuprofeno 600 mg 40 comprimidos;env;"
          "210;520|Omeprazol 20 mg 28 cápsulas;env;180;480|Gasas estériles 20x20 cm x100;caja;"
          "390;890|Guantes de nitrilo talla M x100;caja;490;1190|Suero fisiológico 500 ml;fr;"
          "120;350|Venda elástica 7,5 cm x 4 m;ud;95;260|Cetirizina 10 mg 20 comprimidos;env;"
          "150;390|Clorhexidina acuosa 250 ml;fr;290;690|Tiras reactivas glucosa x50;caja;"
          "1290;2490",
    "it": "Paracetamolo 500 mg 20 compresse;conf;190;450|Ibuprofene 400 mg 12 compresse;conf;"
          "250;590|Omeprazolo 20 mg 14 capsule;conf;390;890|Garze sterili 10x10 cm 100 pz;conf;"
          "290;690|Guanti in nitrile M 100 pz;conf;490;1190|Soluzione fisiologica 500 ml;fl;"
          "140;390|Benda elastica 8 cm x 4,5 m;pz;95;260|Cetirizina 10 mg 20 compresse;conf;"
          "290;690|Clorexidina soluzione 250 ml;fl;290;690|Strisce glicemia 50 pz;conf;1290;2490",
    "nl": "Paracetamol 500 mg 20 tabletten;ds;95;290|Ibuprofen 400 mg 20 tabletten;ds;150;390|"
          "Omeprazol 20 mg 14 capsules;ds;260;590|Steriele gaaskompressen 10x10 100 st.;ds;"
          "350;890|Nitril handschoenen M 100 st.;ds;490;1190|Fysiologisch zout 0,9% 500 ml;fl;"
          "140;390|Elastisch verband 8 cm x 4 m;st;95;260|Cetirizine 10 mg 30 tabletten;ds;"
          "150;430|Chloorhexidine oplossing 250 ml;fl;290;690|Glucoseteststrips 50 st.;ds;"
          "1290;2490",
}  # fmt: skip
MEDICINES: Final = {lang: _items(text) for lang, text in _MEDICINES.items()}

# Warehouse services: "name;unit;low;high" with prices in hundredths of a cent per unit; the
# first two are storage (billed in pallet-days), the others per handling unit.
_STORAGE: Final = {
    "en": "Pallet storage, ambient;pallet-days;3200;6500|Pallet storage, chilled 2-8 °C;"
          "pallet-days;7800;14500|Inbound handling per pallet;pallets;19000;42000|"
          "Outbound picking per order line;lines;3500;9000|Stretch wrapping;pallets;12000;26000|"
          "Labelling per carton;cartons;900;2500",
    "de": "Palettenlagerung trocken;Palettentage;3200;6500|Palettenlagerung gekühlt 2-8 °C;"
          "Palettentage;7800;14500|Wareneingang je Palette;Paletten;19000;42000|"
          "Kommissionierung je Auftragsposition;Positionen;3500;9000|Stretchfolierung;Paletten;"
          "12000;26000|Etikettierung je Karton;Kartons;900;2500",
    "fr": "Stockage palette ambiant;jours-palette;3200;6500|Stockage palette froid 2-8 °C;"
          "jours-palette;7800;14500|Réception par palette;palettes;19000;42000|"
          "Préparation par ligne de commande;lignes;3500;9000|Filmage palette;palettes;"
          "12000;26000|Étiquetage par colis;colis;900;2500",
    "es": "Almacenaje palé ambiente;palés-día;3200;6500|Almacenaje palé refrigerado 2-8 °C;"
          "palés-día;7800;14500|Recepción por palé;palés;19000;42000|Preparación por línea de "
          "pedido;líneas;3500;9000|Enfardado de palé;palés;12000;26000|Etiquetado por bulto;"
          "bultos;900;2500",
    "it": "Stoccaggio pallet a temperatura ambiente;giorni-pallet;3200;6500|Stoccaggio pallet "
          "refrigerato 2-8 °C;giorni-pallet;7800;14500|Ricevimento per pallet;pallet;19000;"
          "42000|Prelievo per riga d'ordine;righe;3500;9000|Filmatura pallet;pallet;12000;26000|"
          "Etichettatura per collo;colli;900;2500",
    "nl": "Palletopslag droog;palletdagen;3200;6500|Palletopslag gekoeld 2-8 °C;palletdagen;"
          "7800;14500|Inslag per pallet;pallets;19000;42000|Orderpicking per orderregel;regels;"
          "3500;9000|Wikkelen van pallets;pallets;12000;26000|Etiketteren per doos;dozen;"
          "900;2500",
}  # fmt: skip
STORAGE: Final = {lang: _items(text) for lang, text in _STORAGE.items()}

# Periodicals of a publisher: "title;low;high" (a year's subscription per copy).
_PERIODICALS: Final = {
    "en": "Coastal Birdwatcher;4200;6900|The Practical Joiner;5200;8400|Rail Heritage Monthly;"
          "4800;7200|Small Farm Journal;3900;6200|Chess Quarterly Review;2800;4600|"
          "Classic Sailing;5600;8800",
    "de": "Gartenpraxis heute;4200;6900|Der Modellbahner;5200;8400|Imkerfreund;3900;6200|"
          "Schach-Magazin;2800;4600|Landleben kompakt;4800;7200|Segeln & Küste;5600;8800",
    "fr": "Jardins de France pratique;4200;6900|Le Menuisier amateur;5200;8400|"
          "Trains d'hier;4800;7200|La Ruche et l'Abeille;3900;6200|Échecs Revue;2800;4600|"
          "Voile et Littoral;5600;8800",
    "es": "Huerta y Jardín;4200;6900|Carpintería Práctica;5200;8400|Trenes de Época;4800;7200|"
          "Apicultura Hoy;3900;6200|Revista de Ajedrez;2800;4600|Vela y Costa;5600;8800",
    "it": "Orto e Giardino oggi;4200;6900|Il Falegname pratico;5200;8400|Treni d'epoca;4800;"
          "7200|L'Apicoltore moderno;3900;6200|Scacchi Rivista;2800;4600|Vela e Mare;5600;8800",
    "nl": "Tuinieren Praktisch;4200;6900|De Houtbewerker;5200;8400|Spoorwegnostalgie;4800;"
          "7200|Bijenhouden Nu;3900;6200|Schaakblad Kwartaal;2800;4600|Zeilen & Kust;5600;8800",
}  # fmt: skip
PERIODICALS: Final = {lang: tuple(Item(title, "", int(low), int(high)) for title, low, high in
                                  (p.split(";") for p in text.split("|")))
                      for lang, text in _PERIODICALS.items()}  # fmt: skip

# Guarding services (hours) and the guarded sites ("code;site").
_GUARDING: Final = {
    "en": "Static guarding, day;2400;3400|Static guarding, night;2800;3900|Mobile patrol;"
          "3100;4400|Alarm response call-out;4500;7000|Reception concierge;2200;3000",
    "de": "Objektschutz Tagdienst;2400;3400|Objektschutz Nachtdienst;2800;3900|"
          "Revierstreife;3100;4400|Alarmverfolgung;4500;7000|Empfangsdienst;2200;3000",
    "fr": "Gardiennage statique de jour;2400;3400|Gardiennage statique de nuit;2800;3900|"
          "Ronde mobile;3100;4400|Intervention sur alarme;4500;7000|Agent d'accueil;2200;3000",
    "es": "Vigilancia estática diurna;2400;3400|Vigilancia estática nocturna;2800;3900|"
          "Ronda móvil;3100;4400|Acuda a alarma;4500;7000|Auxiliar de recepción;2200;3000",
    "it": "Piantonamento diurno;2400;3400|Piantonamento notturno;2800;3900|"
          "Ronda ispettiva;3100;4400|Intervento su allarme;4500;7000|Portierato;2200;3000",
    "nl": "Objectbeveiliging dag;2400;3400|Objectbeveiliging nacht;2800;3900|"
          "Mobiele surveillance;3100;4400|Alarmopvolging;4500;7000|Receptiedienst;2200;3000",
}  # fmt: skip
GUARDING: Final = {lang: tuple(Item(name, "h", int(low), int(high)) for name, low, high in
                               (g.split(";") for g in text.split("|")))
                   for lang, text in _GUARDING.items()}  # fmt: skip
SITES: Final = {
    "en": ("Site 1 \u2013 Dock Road depot", "Site 2 \u2013 Harbour Way offices",
           "Site 3 \u2013 Mill car park"),
    "de": ("Objekt 1 \u2013 Lager Hafenstraße", "Objekt 2 \u2013 Verwaltung Ring 4",
           "Objekt 3 \u2013 Parkhaus Mitte"),
    "fr": ("Site 1 \u2013 Entrepôt quai Nord", "Site 2 \u2013 Siège rue Pasteur",
           "Site 3 \u2013 Parking P2"),
    "es": ("Centro 1 \u2013 Nave Polígono Sur", "Centro 2 \u2013 Oficinas Avda. Goya",
           "Centro 3 \u2013 Aparcamiento P1"),
    "it": ("Sede 1 \u2013 Magazzino via Po", "Sede 2 \u2013 Uffici corso Vercelli",
           "Sede 3 \u2013 Parcheggio Nord"),
    "nl": ("Locatie 1 \u2013 Loods Havenweg", "Locatie 2 \u2013 Kantoor Stadsring",
           "Locatie 3 \u2013 Parkeergarage P3"),
}  # fmt: skip

# Sellers: per layout and language "name;street;city;VAT id;IBAN".
_SELLERS: Final = {
    "qrbill": {
        "en": "Alpenblick Software GmbH;Bahnhofstrasse 41;6300 Zug;"
              "CHE-412.337.905 MWST;CH44 3199 9123 0008 8901 2",
        "de": "Malerei Ruedi Känzig AG;Industriestrasse 8;3600 Thun;"
              "CHE-287.114.560 MWST;CH21 3080 8001 2345 6782 7",
        "fr": "Fiduciaire Lac Léman Sàrl;Rue du Simplon 12;1800 Vevey;"
              "CHE-190.448.271 TVA;CH58 3000 0002 1845 5599 0",
        "es": "Ticino Ceramiche Sagl;Via Cantonale 7;6900 Lugano;"
              "CHE-355.902.118 IVA;CH09 3000 0001 6512 3344 8",
        "it": "Officina Meccanica Bernasconi SA;Via San Gottardo 88;6500 Bellinzona;"
              "CHE-104.776.390 IVA;CH77 3000 0002 6500 1122 3",
        "nl": "Rheintal Zeltbau AG;Rheinstrasse 15;9444 Diepoldsau;"
              "CHE-466.210.034 MWST;CH35 3000 0009 4440 5566 1"},
    "backorder": {
        "en": "Northgate Motor Factors Ltd;Unit 4, Riverside Trading Estate;Preston PR1 8JJ;"
              "GB 301 7745 18;GB27 LOYD 3095 1143 5501 62",
        "de": "Teile-Zentrum Brenner KG;Gewerbering 17;49377 Vechta;"
              "DE 216 550 874;DE71 2806 4179 0045 1188 00",
        "fr": "Pièces Auto Dauphiné SAS;ZA des Îles 3;38120 Saint-Égrève;"
              "FR 19 492 118 336;FR76 1390 6000 9812 3456 7800 455",
        "es": "Recambios del Nervión S.A.;Polígono Asua, parcela 9;48150 Sondika;"
              "A48302215;ES44 2100 4522 1102 0033 8811",
        "it": "Ricambi Emiliani S.p.A.;Via della Meccanica 21;41012 Carpi;"
              "IT 01772450361;IT12 Z050 3466 7700 0000 0011 422",
        "nl": "Onderdelenhuis Twente B.V.;Haaksbergerstraat 310;7545 GZ Enschede;"
              "NL 8190.44.712.B01;NL58 RABO 0144 8821 90"},
    "pharmacy": {
        "en": "Medivale Pharmacy Wholesale Ltd;8 Castle Street;Cork T12 YX20;"
              "IE 6388412K;IE29 AIBK 9311 5212 3456 78",
        "de": "Pharma-Großhandlung Ostwestfalen GmbH;Detmolder Straße 220;33605 Bielefeld;"
              "DE 124 887 301;DE92 4805 0161 0066 2211 43",
        "fr": "Répartition Pharmaceutique Loire SA;14 boulevard Jules Verne;44300 Nantes;"
              "FR 07 338 201 664;FR76 1470 7000 3011 2233 4455 617",
        "es": "Distribuidora Farmacéutica del Turia S.A.;Calle Quart 112;46008 Valencia;"
              "A46220671;ES17 0081 0216 7100 0123 4567",
        "it": "Farmaceutica Adriatica S.r.l.;Via Flaminia 140;47923 Rimini;"
              "IT 02448610408;IT33 K062 8524 2000 0000 1234 567",
        "nl": "Apotheekgroothandel Noord B.V.;Zuiderdiep 44;9711 HG Groningen;"
              "NL 8610.33.908.B01;NL06 INGB 0006 6123 45"},
    "storage": {
        "en": "Humber Cold & Dry Storage Ltd;Alexandra Dock Road;Grimsby DN31 3SW;"
              "GB 290 1147 62;GB54 NWBK 6016 1331 9268 19",
        "de": "Kontraktlogistik Emsland GmbH;Am Hafen 30;49716 Meppen;"
              "DE 305 229 117;DE35 2665 0001 1002 3344 55",
        "fr": "Entrepôts du Val de Saône SAS;Port fluvial, quai 4;71100 Chalon-sur-Saône;"
              "FR 56 519 330 882;FR76 1027 8025 0000 0211 4502 944",
        "es": "Almacenes Logísticos del Henares S.L.;Calle Torneros 18;28806 Alcalá de Henares;"
              "B85339016;ES95 0049 1500 0428 1055 0912",
        "it": "Magazzini Generali Veronesi S.r.l.;Viale del Lavoro 52;37135 Verona;"
              "IT 03888140234;IT72 M030 6911 7051 0000 0001 555",
        "nl": "Opslag & Distributie Moerdijk B.V.;Middenweg 20;4782 PM Moerdijk;"
              "NL 8733.51.026.B01;NL44 ABNA 0609 3377 10"},
    "periodicals": {
        "en": "Wrenfield Periodicals Ltd;22 Printers Row;Norwich NR3 1AB;"
              "GB 188 2045 37;GB09 BARC 2017 4583 6107 43",
        "de": "Verlagshaus Lahntal GmbH;Bahnhofstraße 6;35037 Marburg;"
              "DE 113 662 984;DE57 5335 0000 1033 4455 66",
        "fr": "Éditions de la Presqu'île SARL;5 quai de la Fosse;44000 Nantes;"
              "FR 88 402 177 530;FR76 1551 9390 4100 0212 3456 733",
        "es": "Ediciones Alborán S.L.;Calle Larios 9;29005 Málaga;"
              "B29811045;ES70 2103 0146 9100 3012 8877",
        "it": "Edizioni del Chiostro S.r.l.;Via Garibaldi 17;10122 Torino;"
              "IT 07744210019;IT84 P020 0801 1000 0001 2345 678",
        "nl": "Uitgeverij Westerkwartier B.V.;Hoofdstraat 101;9351 AE Leek;"
              "NL 8022.67.341.B01;NL91 ABNA 0417 1643 00"},
    "guarding": {
        "en": "Sentinel Guarding Services Ltd;40 Wharf Street;Leeds LS2 7EQ;"
              "GB 337 8812 04;GB71 HBUK 4011 6212 3456 78",
        "de": "Wachdienst Elbe-Sicherheit GmbH;Hamburger Straße 140;01157 Dresden;"
              "DE 288 431 605;DE12 8505 0300 3120 0455 81",
        "fr": "Garde Protection Atlantique SAS;27 avenue de la Libération;33700 Mérignac;"
              "FR 33 528 991 470;FR76 1333 5000 1008 0012 3456 789",
        "es": "Vigilancia Integral Cantábrica S.A.;Calle Castilla 55;39009 Santander;"
              "A39227711;ES66 0049 6110 3221 1001 2233",
        "it": "Istituto di Vigilanza Lariana S.r.l.;Via Asiago 9;22100 Como;"
              "IT 02900170135;IT58 B030 6910 9101 0000 0009 012",
        "nl": "Beveiligingsgroep Waal B.V.;Graafseweg 260;6532 ZR Nijmegen;"
              "NL 8542.19.800.B01;NL33 INGB 0004 2211 77"},
    "tablefirst": {
        "en": "Bramley Trade Supplies Ltd;Unit 9, Kestrel Park;Swindon SN3 4TR;"
              "GB 244 9108 51;GB42 LOYD 3094 4512 0098 22",
        "de": "Handelshaus Petersen & Sohn;Industriestraße 12;24768 Rendsburg;"
              "DE 199 304 552;DE67 2145 0000 0001 8822 33",
        "fr": "Comptoir Lorrain de Fournitures SA;3 rue des Forges;54000 Nancy;"
              "FR 71 341 880 219;FR76 1470 7500 0131 2345 6789 012",
        "es": "Suministros Guadalquivir S.L.;Avenida de Kansas City 16;41007 Sevilla;"
              "B41900877;ES32 0182 5566 7701 0022 3344",
        "it": "Forniture Tecniche Friulane S.r.l.;Viale Venezia 310;33100 Udine;"
              "IT 02611930303;IT21 Q053 3612 3000 0003 5551 122",
        "nl": "Technische Groothandel Brabant B.V.;Ekkersrijt 4102;5692 DA Son;"
              "NL 8355.72.104.B01;NL17 RABO 0312 6654 09"},
}  # fmt: skip
SELLERS: Final = {layout: {lang: Company(n, (st, city), vat, iban)
                           for lang, (n, st, city, vat, iban)
                           in ((lang, text.split(";")) for lang, text in by_lang.items())}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

_BUYERS: Final = {
    "en": ("Ashdown Community Health Centre|17 Lime Grove|Hastings TN34 1QA",
           "Pennine Valley Motors Ltd|Canal Wharf 3|Skipton BD23 1EB"),
    "de": ("Kreisklinikum Oberlahn gGmbH|Am Stadtpark 9|35781 Weilburg",
           "Autohaus Gerling OHG|Weserstraße 55|37603 Holzminden"),
    "fr": ("Centre hospitalier du Pays de Retz|1 rue de l'Hôpital|44210 Pornic",
           "Garage des Quatre Routes SARL|Route de Lyon 128|69800 Saint-Priest"),
    "es": ("Clínica San Rafael de Cádiz|Avenida Andalucía 40|11008 Cádiz",
           "Talleres Mecánicos Oyarzun S.L.|Calle Ugaldetxo 3|20180 Oiartzun"),
    "it": ("Casa di Cura Villa Serena|Via dei Colli 12|50125 Firenze",
           "Autofficina Bertolini & C. S.n.c.|Via Emilia Est 220|41124 Modena"),
    "nl": ("Zorgcentrum De Eikenhof|Eikenlaan 2|7412 BA Deventer",
           "Garagebedrijf Hoekstra V.O.F.|Industrieweg 14|8401 GA Gorredijk"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(n, (s, c)) for n, s, c in (b.split("|") for b in pair))
                 for lang, pair in _BUYERS.items()}  # fmt: skip

# What each Swiss seller of the QR bill layout invoices ("name;unit;low;high").
_SWISS_WORK: Final = {
    "en": "Support hours, senior developer;h;14000;19000|Hosting package Business, 12 months;pc;"
          "36000;72000|SSL certificate renewal;pc;9000;18000|On-site workshop (half day);pc;"
          "90000;140000|Licence extension, 5 users;pc;45000;90000|Data migration flat fee;pc;"
          "60000;120000|Travel costs Zug;pc;4000;9000",
    "de": "Malerarbeiten Treppenhaus;m²;2200;3800|Grundierung Fassade;m²;1400;2600|"
          "Abdecken und Schützen;Std;7800;9800|Lackieren Fensterrahmen;Stk;9000;16000|"
          "Gerüstmiete pauschal;psch;45000;90000|Spachtelarbeiten Q3;m²;1800;3200|"
          "Kleinmaterial;psch;3000;9000",
    "fr": "Tenue de la comptabilité 2025;forfait;180000;320000|Bouclement annuel;forfait;"
          "120000;240000|Déclaration d'impôt société;forfait;60000;120000|Salaires, 12 mois;"
          "mois;9000;18000|Conseil fiscal;h;16000;24000|TVA décompte trimestriel;forfait;"
          "25000;45000|Frais de port et débours;forfait;1500;4000",
    "es": "Azulejo artesanal 15x15 cm;m²;9000;16000|Cenefa decorativa pintada a mano;ml;"
          "4500;8000|Pieza de esquina;ud;800;1600|Mosaico mural a medida;ud;120000;280000|"
          "Embalaje y palé;ud;3500;6000|Transporte a Milán;ud;18000;32000|"
          "Muestrario de colores;ud;2500;4500",
    "it": "Tornitura albero motore;pz;18000;32000|Fresatura flangia DN 80;pz;9000;16000|"
          "Rettifica cuscinetti;pz;6000;12000|Saldatura TIG;ora;9500;12500|"
          "Materiale acciaio inox;kg;1200;2400|Trattamento termico;pz;4500;9000|"
          "Collaudo dimensionale;pz;5000;9000",
    "nl": "Huur partytent 10 x 20 m;dag;90000;160000|Opbouw en afbraak;uur;7500;9500|"
          "Vlonder houten vloer;m²;1400;2600|Verlichting LED-set;stk;12000;24000|"
          "Heater gasgestookt;stk;9000;15000|Transport Diepoldsau - Lindau;rit;35000;60000|"
          "Statafels met hoes;stk;1500;2800",
}  # fmt: skip
SWISS_WORK: Final = {lang: _items(text) for lang, text in _SWISS_WORK.items()}
