"""What each layout of the sixth fresh evaluation slice (`evalset_fresh6.py`) sells, per language:
items as "description;extra;low;high" separated by "|" (the `Item` record of the fifth slice; the
extra field is a fee code, a print specification, a SKU, a service class, a usage licence or a VAT
class; low and high are a price range in cents of a euro-like currency, per copy in hundredths
of a cent for print runs)."""

from __future__ import annotations

from typing import Final

from evalset_fresh5_items import Item, _items

_DENTAL: Final = {
    "en": "Examination and report;EX1;4500;7500|Scale and polish;HY2;6000;9500|"
          "Bitewing radiograph;XR1;1800;3200|Composite filling, one surface;RF1;9500;16000|"
          "Composite filling, two surfaces;RF2;13000;21000|Local anaesthetic;LA1;1200;2500|"
          "Fissure sealant;PS1;2500;4500|Temporary crown;CR0;8500;14000|"
          "Root canal treatment, molar;EN3;45000;68000",
    "de": "Eingehende Untersuchung;0010;1500;3000|Professionelle Zahnreinigung;1040;900;1600|"
          "Röntgen Einzelbild;Ä5000;1200;2200|Kompositfüllung einflächig;2060;5500;9000|"
          "Kompositfüllung zweiflächig;2080;7000;11000|Leitungsanästhesie;0100;1000;1800|"
          "Versiegelung Fissur;2000;1500;2800|Provisorische Krone;2270;4500;8000|"
          "Wurzelkanalaufbereitung;2410;6000;9500",
    "fr": "Consultation bucco-dentaire;C;2300;3000|Détartrage complet;HBJD001;2800;4400|"
          "Radiographie rétro-alvéolaire;HBQK002;1500;2500|Obturation une face;HBMD038;2900;4200|"
          "Obturation deux faces;HBMD049;4800;6500|Anesthésie locale;HBLD011;1000;1800|"
          "Scellement de sillon;HBBD005;2600;3800|Couronne provisoire;HBLD490;6000;9000|"
          "Traitement de canal molaire;HBFD001;8000;12000",
    "es": "Primera visita y diagnóstico;D01;3000;5000|Limpieza bucal;P02;4500;7000|"
          "Radiografía periapical;R01;1500;2500|Empaste de composite simple;O11;4500;7000|"
          "Empaste de composite compuesto;O12;6000;9000|Anestesia local;A01;1000;2000|"
          "Sellador de fisuras;P05;2000;3500|Corona provisional;C03;7000;11000|"
          "Endodoncia molar;E03;25000;38000",
    "it": "Visita odontoiatrica;V01;4000;7000|Ablazione del tartaro;I02;6000;9000|"
          "Radiografia endorale;R01;1500;2800|Otturazione in composito semplice;C11;7000;11000|"
          "Otturazione in composito complessa;C12;9500;14000|Anestesia locale;A01;1000;2000|"
          "Sigillatura solchi;P05;3000;4500|Corona provvisoria;P20;8000;13000|"
          "Devitalizzazione molare;E03;28000;42000",
    "nl": "Periodiek mondonderzoek;C11;2300;3000|Gebitsreiniging per 5 minuten;M03;1500;2200|"
          "Kleine röntgenfoto;X10;1600;2200|Eenvlaksvulling composiet;V91;4500;6500|"
          "Tweevlaksvulling composiet;V92;6000;8500|Verdoving;A10;1400;2000|"
          "Sealen eerste element;V30;2500;3500|Noodkroon;R24;5000;8000|"
          "Wortelkanaalbehandeling molaar;E14;20000;32000",
}  # fmt: skip
DENTAL: Final = {lang: _items(text) for lang, text in _DENTAL.items()}

# Print jobs: per-copy prices in hundredths of a cent; the specification goes in its own column.
_PRINT: Final = {
    "en": "Flyers A5, spring campaign;A5, 4/4 col., 170 gsm silk;450;1400|"
          "Brochure A4, 16 pages;A4, 16 pp, saddle-stitched, 150 gsm;9000;22000|"
          "Business cards, sales team;85x55 mm, 4/4 col., 400 gsm;300;900|"
          "Posters A2, open day;A2, 4/0 col., 135 gsm gloss;4500;12000|"
          "Letterheads;A4, 4/0 col., 100 gsm offset;400;1100|"
          "Roll-up banner;850x2000 mm, with cassette;650000;1200000|"
          "Folded leaflets DL;DL, 6 pp, letter fold;900;2400|"
          "Annual report, perfect bound;A4, 48 pp, 170 gsm matt;42000;78000",
    "de": "Flyer DIN A5 Frühjahrsaktion;DIN A5, 4/4-farbig, 170 g Bilderdruck;450;1400|"
          "Broschüre DIN A4, 16 Seiten;DIN A4, 16 S., Rückstichheftung;9000;22000|"
          "Visitenkarten Vertrieb;85x55 mm, 4/4-farbig, 400 g;300;900|"
          "Plakate DIN A2 Tag der offenen Tür;DIN A2, 4/0-farbig, 135 g glänzend;4500;12000|"
          "Briefbogen;DIN A4, 4/0-farbig, 100 g Offset;400;1100|"
          "Roll-up-Display;850x2000 mm, mit Kassette;650000;1200000|"
          "Faltblatt DIN lang;DIN lang, 6 S., Wickelfalz;900;2400|"
          "Geschäftsbericht, klebegebunden;DIN A4, 48 S., 170 g matt;42000;78000",
    "fr": "Flyers A5 campagne de printemps;A5, quadri recto-verso, 170 g;450;1400|"
          "Brochure A4, 16 pages;A4, 16 p., piqûre à cheval;9000;22000|"
          "Cartes de visite commerciaux;85x55 mm, quadri, 400 g;300;900|"
          "Affiches A2 portes ouvertes;A2, quadri recto, 135 g brillant;4500;12000|"
          "Papier à en-tête;A4, quadri recto, 100 g offset;400;1100|"
          "Kakémono enrouleur;850x2000 mm, avec cassette;650000;1200000|"
          "Dépliants DL;DL, 6 volets, pli roulé;900;2400|"
          "Rapport annuel, dos carré collé;A4, 48 p., 170 g mat;42000;78000",
    "es": "Flyers A5 campaña de primavera;A5, 4/4 tintas, estucado 170 g;450;1400|"
          "Catálogo A4, 16 páginas;A4, 16 pp., grapado;9000;22000|"
          "Tarjetas de visita comerciales;85x55 mm, 4/4 tintas, 400 g;300;900|"
          "Carteles A2 jornada de puertas abiertas;A2, 4/0 tintas, 135 g brillo;4500;12000|"
          "Papel de carta;A4, 4/0 tintas, offset 100 g;400;1100|"
          "Roll-up expositor;850x2000 mm, con estructura;650000;1200000|"
          "Dípticos DL;DL, 6 caras, plegado en C;900;2400|"
          "Memoria anual, encuadernación rústica;A4, 48 pp., mate 170 g;42000;78000",
    "it": "Volantini A5 campagna primavera;A5, 4+4 colori, patinata 170 g;450;1400|"
          "Brochure A4, 16 pagine;A4, 16 pp., punto metallico;9000;22000|"
          "Biglietti da visita commerciali;85x55 mm, 4+4 colori, 400 g;300;900|"
          "Manifesti A2 open day;A2, 4+0 colori, 135 g lucida;4500;12000|"
          "Carta intestata;A4, 4+0 colori, uso mano 100 g;400;1100|"
          "Roll-up espositore;850x2000 mm, con base;650000;1200000|"
          "Pieghevoli DL;DL, 6 facciate, piega a portafoglio;900;2400|"
          "Bilancio annuale, brossura fresata;A4, 48 pp., opaca 170 g;42000;78000",
    "nl": "Flyers A5 voorjaarsactie;A5, 4/4 kleuren, 170 g silk;450;1400|"
          "Brochure A4, 16 pagina's;A4, 16 p., geniet;9000;22000|"
          "Visitekaartjes verkoop;85x55 mm, 4/4 kleuren, 400 g;300;900|"
          "Posters A2 open dag;A2, 4/0 kleuren, 135 g glans;4500;12000|"
          "Briefpapier;A4, 4/0 kleuren, 100 g offset;400;1100|"
          "Roll-up banner;850x2000 mm, met cassette;650000;1200000|"
          "Folders DL;DL, 6 p., wikkelvouw;900;2400|"
          "Jaarverslag, gelijmd gebonden;A4, 48 p., 170 g mat;42000;78000",
}  # fmt: skip
PRINT: Final = {lang: _items(text) for lang, text in _PRINT.items()}
PROOF: Final = {"en": "Digital proof and plate making", "de": "Digitalproof und Plattenbelichtung",
                "fr": "Épreuve numérique et calage", "es": "Prueba digital y planchas",
                "it": "Prova colore e lastre", "nl": "Digitale proef en platen"}  # fmt: skip

# Web shop: the products and a variant each ("description;SKU;low;high").
_SHOP: Final = {
    "en": "Copy paper A4 80 gsm, box of 5 reams;CP-A4-80-5;2200;3400|"
          "Ballpoint pens blue, pack of 50;BP-BL-50;1400;2600|"
          "Lever arch files A4, pack of 10;LA-A4-10;1800;2900|"
          "Toner cartridge black, high yield;TN-HY-BK;6900;11900|"
          "Sticky notes 76x76, 12 pads;SN-76-12;650;1200|"
          "Desk organiser, black mesh;DO-MESH-BK;1500;2600|"
          "Whiteboard markers, 4 colours;WB-MK-4;550;990|"
          "Shipping boxes 305x215x140, 25 pcs;SB-305-25;2400;3900",
    "de": "Kopierpapier A4 80 g, Karton 5 Pakete;KP-A4-80-5;2200;3400|"
          "Kugelschreiber blau, 50er-Pack;KS-BL-50;1400;2600|"
          "Ordner A4 breit, 10er-Pack;OR-A4-10;1800;2900|"
          "Tonerkartusche schwarz, XL;TN-XL-SW;6900;11900|"
          "Haftnotizen 76x76, 12 Blöcke;HN-76-12;650;1200|"
          "Schreibtisch-Organizer Metallgitter;SO-MG-SW;1500;2600|"
          "Whiteboard-Marker, 4 Farben;WM-4F;550;990|"
          "Versandkartons 305x215x140, 25 Stück;VK-305-25;2400;3900",
    "fr": "Ramettes A4 80 g, carton de 5;RA-A4-80-5;2200;3400|"
          "Stylos bille bleus, boîte de 50;SB-BL-50;1400;2600|"
          "Classeurs à levier A4, lot de 10;CL-A4-10;1800;2900|"
          "Cartouche de toner noir, haute capacité;TO-HC-NR;6900;11900|"
          "Notes repositionnables 76x76, 12 blocs;NR-76-12;650;1200|"
          "Organiseur de bureau en métal;OB-MT-NR;1500;2600|"
          "Marqueurs tableau blanc, 4 couleurs;MT-4C;550;990|"
          "Cartons d'expédition 305x215x140, 25 pièces;CE-305-25;2400;3900",
    "es": "Papel A4 80 g, caja de 5 paquetes;PA-A4-80-5;2200;3400|"
          "Bolígrafos azules, caja de 50;BO-AZ-50;1400;2600|"
          "Archivadores de palanca A4, pack de 10;AP-A4-10;1800;2900|"
          "Tóner negro, alta capacidad;TO-AC-NE;6900;11900|"
          "Notas adhesivas 76x76, 12 blocs;NA-76-12;650;1200|"
          "Organizador de escritorio metálico;OE-ME-NE;1500;2600|"
          "Rotuladores para pizarra, 4 colores;RP-4C;550;990|"
          "Cajas de envío 305x215x140, 25 uds.;CE-305-25;2400;3900",
    "it": "Carta per fotocopie A4 80 g, 5 risme;CF-A4-80-5;2200;3400|"
          "Penne a sfera blu, confezione da 50;PS-BL-50;1400;2600|"
          "Registratori A4 dorso 8, 10 pezzi;RG-A4-10;1800;2900|"
          "Toner nero alta capacità;TN-AC-NR;6900;11900|"
          "Foglietti adesivi 76x76, 12 blocchetti;FA-76-12;650;1200|"
          "Organizer da scrivania in rete;OS-RT-NR;1500;2600|"
          "Pennarelli per lavagna, 4 colori;PL-4C;550;990|"
          "Scatole per spedizioni 305x215x140, 25 pz;SS-305-25;2400;3900",
    "nl": "Kopieerpapier A4 80 g, doos 5 pakken;KP-A4-80-5;2200;3400|"
          "Balpennen blauw, doos van 50;BP-BL-50;1400;2600|"
          "Ordners A4 rug 8 cm, 10 stuks;OR-A4-10;1800;2900|"
          "Tonercartridge zwart, hoge capaciteit;TC-HC-ZW;6900;11900|"
          "Memoblaadjes 76x76, 12 blokken;MB-76-12;650;1200|"
          "Bureau-organizer metaal;BO-MT-ZW;1500;2600|"
          "Whiteboardstiften, 4 kleuren;WS-4K;550;990|"
          "Verzenddozen 305x215x140, 25 stuks;VD-305-25;2400;3900",
}  # fmt: skip
SHOP: Final = {lang: _items(text) for lang, text in _SHOP.items()}
SHIPPING: Final = {"en": "Freight, ground service", "de": "Speditionsversand",
                   "fr": "Frais de port messagerie", "es": "Envío urgente 24 h",
                   "it": "Spedizione corriere espresso", "nl": "Verzending pallet"}  # fmt: skip

# Customs agency: services (S, taxable) and disbursements (O, outside VAT).
_CUSTOMS: Final = {
    "en": "Import customs clearance;S;9500;16000|Transit document T1;S;4500;7500|"
          "Terminal handling, our warehouse;S;6000;14000|Storage per day;S;1500;3000|"
          "Customs duty paid on your behalf;O;30000;240000|"
          "Import VAT advanced on your behalf;O;80000;420000|Port dues (third party);O;4000;12000",
    "de": "Einfuhrverzollung;S;9500;16000|Versandanmeldung T1;S;4500;7500|"
          "Umschlag im eigenen Lager;S;6000;14000|Lagergeld je Tag;S;1500;3000|"
          "Verauslagter Zoll;O;30000;240000|Verauslagte Einfuhrumsatzsteuer;O;80000;420000|"
          "Hafengebühren (Fremdleistung);O;4000;12000",
    "fr": "Dédouanement à l'import;S;9500;16000|Document de transit T1;S;4500;7500|"
          "Manutention en entrepôt;S;6000;14000|Magasinage par jour;S;1500;3000|"
          "Droits de douane avancés;O;30000;240000|TVA import avancée;O;80000;420000|"
          "Droits de port (tiers);O;4000;12000",
    "es": "Despacho de importación;S;9500;16000|Documento de tránsito T1;S;4500;7500|"
          "Manipulación en almacén propio;S;6000;14000|Almacenaje por día;S;1500;3000|"
          "Aranceles pagados por su cuenta;O;30000;240000|"
          "IVA de importación anticipado;O;80000;420000|Tasas portuarias (terceros);O;4000;12000",
    "it": "Sdoganamento import;S;9500;16000|Documento di transito T1;S;4500;7500|"
          "Movimentazione in magazzino;S;6000;14000|Sosta giornaliera;S;1500;3000|"
          "Dazi doganali anticipati;O;30000;240000|IVA import anticipata;O;80000;420000|"
          "Diritti portuali (terzi);O;4000;12000",
    "nl": "Invoeraangifte;S;9500;16000|Transitdocument T1;S;4500;7500|"
          "Overslag eigen loods;S;6000;14000|Opslag per dag;S;1500;3000|"
          "Voorgeschoten invoerrechten;O;30000;240000|Voorgeschoten invoer-btw;O;80000;420000|"
          "Havengelden (derden);O;4000;12000",
}  # fmt: skip
CUSTOMS: Final = {lang: _items(text) for lang, text in _CUSTOMS.items()}

# Photography: the work and, under it, the usage licence granted.
_PHOTO: Final = {
    "en": "Shoot day, photographer and assistant;-;95000;160000|"
          "Image editing and retouching;-;4500;9000|Studio hire, half day;-;35000;60000|"
          "Usage licence, web and social media;2 years, Europe, non-exclusive;60000;150000|"
          "Usage licence, print catalogue;1 edition, up to 20,000 copies;40000;90000|"
          "Travel and equipment transport;-;12000;30000",
    "de": "Aufnahmetag Fotograf mit Assistenz;-;95000;160000|"
          "Bildbearbeitung und Retusche;-;4500;9000|Studiomiete halber Tag;-;35000;60000|"
          "Nutzungsrecht Web und Social Media;2 Jahre, Europa, nicht exklusiv;60000;150000|"
          "Nutzungsrecht Printkatalog;1 Auflage bis 20.000 Exemplare;40000;90000|"
          "Anfahrt und Technik;-;12000;30000",
    "fr": "Journée de prise de vue avec assistant;-;95000;160000|"
          "Post-production et retouche;-;4500;9000|Location studio, demi-journée;-;35000;60000|"
          "Droits d'utilisation web et réseaux sociaux;2 ans, Europe, non exclusif;60000;150000|"
          "Droits d'utilisation catalogue imprimé;1 édition, 20 000 exemplaires max.;40000;90000|"
          "Déplacement et transport du matériel;-;12000;30000",
    "es": "Jornada de sesión con asistente;-;95000;160000|"
          "Edición y retoque de imágenes;-;4500;9000|"
          "Alquiler de plató, media jornada;-;35000;60000|"
          "Licencia de uso web y redes sociales;2 años, Europa, no exclusiva;60000;150000|"
          "Licencia de uso catálogo impreso;1 edición, hasta 20.000 ejemplares;40000;90000|"
          "Desplazamiento y transporte de equipo;-;12000;30000",
    "it": "Giornata di scatto con assistente;-;95000;160000|"
          "Post-produzione e ritocco;-;4500;9000|Noleggio sala posa, mezza giornata;-;35000;60000|"
          "Licenza d'uso web e social;2 anni, Europa, non esclusiva;60000;150000|"
          "Licenza d'uso catalogo cartaceo;1 edizione, fino a 20.000 copie;40000;90000|"
          "Trasferta e trasporto attrezzatura;-;12000;30000",
    "nl": "Fotodag met assistent;-;95000;160000|Beeldbewerking en retouche;-;4500;9000|"
          "Studiohuur halve dag;-;35000;60000|"
          "Gebruiksrecht web en social media;2 jaar, Europa, niet-exclusief;60000;150000|"
          "Gebruiksrecht gedrukte catalogus;1 oplage, tot 20.000 exemplaren;40000;90000|"
          "Reiskosten en transport apparatuur;-;12000;30000",
}  # fmt: skip
PHOTO: Final = {lang: _items(text) for lang, text in _PHOTO.items()}

# Food-service wholesale (dense ERP layout): base articles with their VAT class (R reduced,
# S standard), each sold singly or in two case sizes (suffix, unit of measure, case factor).
_ERP: Final = {
    "en": "Plain flour 1 kg;R;90;180|Basmati rice 5 kg;R;700;1200|Olive oil 1 l;R;650;1100|"
          "Tinned tomatoes 2.5 kg;R;350;600|Coffee beans 1 kg;R;1400;2400|"
          "UHT milk 1 l;R;90;150|Sunflower oil 10 l;R;1800;2800|Penne pasta 3 kg;R;450;800|"
          "Dishwasher detergent 10 l;S;2200;3800|Paper napkins 33 cm, 250;S;350;700|"
          "Cling film 300 m;S;900;1600|Nitrile gloves M, 100;S;600;1100",
    "de": "Weizenmehl Type 405 1 kg;R;90;180|Basmatireis 5 kg;R;700;1200|Olivenöl 1 l;R;650;1100|"
          "Tomaten geschält 2,5 kg;R;350;600|Kaffeebohnen 1 kg;R;1400;2400|"
          "H-Milch 3,5 % 1 l;R;90;150|Sonnenblumenöl 10 l;R;1800;2800|Penne 3 kg;R;450;800|"
          "Spülmaschinenreiniger 10 l;S;2200;3800|Servietten 33 cm, 250 St.;S;350;700|"
          "Frischhaltefolie 300 m;S;900;1600|Nitrilhandschuhe M, 100 St.;S;600;1100",
    "fr": "Farine T55 1 kg;R;90;180|Riz basmati 5 kg;R;700;1200|Huile d'olive 1 l;R;650;1100|"
          "Tomates pelées 2,5 kg;R;350;600|Café en grains 1 kg;R;1400;2400|"
          "Lait UHT 1 l;R;90;150|Huile de tournesol 10 l;R;1800;2800|Penne 3 kg;R;450;800|"
          "Détergent lave-vaisselle 10 l;S;2200;3800|Serviettes 33 cm, 250;S;350;700|"
          "Film étirable 300 m;S;900;1600|Gants nitrile M, 100;S;600;1100",
    "es": "Harina de trigo 1 kg;R;90;180|Arroz basmati 5 kg;R;700;1200|"
          "Aceite de oliva 1 l;R;650;1100|Tomate triturado 2,5 kg;R;350;600|"
          "Café en grano 1 kg;R;1400;2400|Leche UHT 1 l;R;90;150|"
          "Aceite de girasol 10 l;R;1800;2800|Macarrones 3 kg;R;450;800|"
          "Detergente lavavajillas 10 l;S;2200;3800|Servilletas 33 cm, 250 uds.;S;350;700|"
          "Film transparente 300 m;S;900;1600|Guantes de nitrilo M, 100;S;600;1100",
    "it": "Farina 00 1 kg;R;90;180|Riso basmati 5 kg;R;700;1200|Olio extravergine 1 l;R;650;1100|"
          "Pomodori pelati 2,5 kg;R;350;600|Caffè in grani 1 kg;R;1400;2400|"
          "Latte UHT 1 l;R;90;150|Olio di semi 10 l;R;1800;2800|Penne rigate 3 kg;R;450;800|"
          "Detergente lavastoviglie 10 l;S;2200;3800|Tovaglioli 33 cm, 250 pz;S;350;700|"
          "Pellicola trasparente 300 m;S;900;1600|Guanti in nitrile M, 100 pz;S;600;1100",
    "nl": "Tarwebloem 1 kg;R;90;180|Basmatirijst 5 kg;R;700;1200|Olijfolie 1 l;R;650;1100|"
          "Gepelde tomaten 2,5 kg;R;350;600|Koffiebonen 1 kg;R;1400;2400|"
          "Houdbare melk 1 l;R;90;150|Zonnebloemolie 10 l;R;1800;2800|Penne 3 kg;R;450;800|"
          "Vaatwasmiddel 10 l;S;2200;3800|Servetten 33 cm, 250 st.;S;350;700|"
          "Vershoudfolie 300 m;S;900;1600|Nitrilhandschoenen M, 100 st.;S;600;1100",
}  # fmt: skip
ERP: Final = {lang: _items(text) for lang, text in _ERP.items()}
PACKS: Final = {
    "en": (("", "EA", 1), (", case of 6", "CS", 6), (", case of 12", "CS", 12)),
    "de": (("", "ST", 1), (", 6er-Karton", "KRT", 6), (", 12er-Karton", "KRT", 12)),
    "fr": (("", "U", 1), (", carton de 6", "CAR", 6), (", carton de 12", "CAR", 12)),
    "es": (("", "UD", 1), (", caja de 6", "CJ", 6), (", caja de 12", "CJ", 12)),
    "it": (("", "PZ", 1), (", cartone da 6", "CT", 6), (", cartone da 12", "CT", 12)),
    "nl": (("", "ST", 1), (", doos van 6", "DS", 6), (", doos van 12", "DS", 12)),
}  # fmt: skip

# The wine merchant (centred layout): "wine;bottle size;low;high".
_WINES: Final = {
    "en": "Feteasca Neagra Reserve 2021;0.75 l;4500;9000|Tamaioasa Romaneasca 2023;0.75 l;"
          "3500;6500|Cabernet Sauvignon Dealu Mare 2020;0.75 l;5500;11000|"
          "Pinot Noir Rosé 2024;0.75 l;3000;5500|Feteasca Alba 2023;0.75 l;2800;5000|"
          "Merlot Barrique 2019;1.5 l;12000;20000|Sparkling Brut Methode Traditionnelle;0.75 l;"
          "5000;8500|Grape brandy, 7 years;0.7 l;9000;15000",
    "de": "Hallauer Blauburgunder 2022;75 cl;1800;3200|Riesling-Silvaner 2023;75 cl;1500;2600|"
          "Pinot Gris Barrique 2021;75 cl;2800;4200|Gewürztraminer Spätlese 2022;50 cl;"
          "2400;3800|Schaffhauser Schaumwein brut;75 cl;2600;3900|Blauburgunder Magnum 2020;"
          "150 cl;5500;8500|Federweisser 2023;75 cl;1600;2600|Marc de Pinot Noir;50 cl;3500;5200",
    "fr": "Côte-Rôtie 2020;75 cl;4500;8500|Condrieu 2022;75 cl;4000;6500|"
          "Saint-Joseph rouge 2021;75 cl;2200;3600|Crozes-Hermitage blanc 2023;75 cl;1800;2900|"
          "Beaujolais-Villages 2023;75 cl;900;1500|Hermitage 2019 magnum;150 cl;14000;22000|"
          "Crémant de Bourgogne brut;75 cl;1300;2100|Vieux marc du Rhône;70 cl;3200;4800",
    "es": "Rioja Reserva 2019;75 cl;1400;2600|Rioja Crianza 2021;75 cl;900;1500|"
          "Rioja Gran Reserva 2016;75 cl;2800;4800|Viura fermentado en barrica 2022;75 cl;"
          "1100;1900|Rosado de lágrima 2024;75 cl;700;1200|Garnacha de viñas viejas 2020;"
          "150 cl;3600;5800|Cava brut reserva;75 cl;1000;1700|Orujo de hierbas;70 cl;1500;2400",
    "it": "Barolo DOCG 2019;75 cl;3800;6500|Barbaresco DOCG 2020;75 cl;3200;5200|"
          "Barbera d'Alba 2022;75 cl;1300;2100|Dolcetto di Dogliani 2023;75 cl;1000;1600|"
          "Nebbiolo Langhe 2022;75 cl;1500;2400|Barolo Riserva 2016 magnum;150 cl;14000;21000|"
          "Moscato d'Asti 2024;75 cl;1100;1700|Grappa di Barolo;70 cl;2800;4200",
    "nl": "Rioja Reserva 2019;75 cl;1400;2600|Chablis 2022;75 cl;1900;2900|"
          "Grüner Veltliner 2023;75 cl;1100;1800|Primitivo di Manduria 2021;75 cl;1300;2000|"
          "Sancerre blanc 2023;75 cl;2200;3300|Châteauneuf-du-Pape 2019 magnum;150 cl;"
          "7500;11000|Champagne brut;75 cl;3200;4800|Port tawny 10 jaar;75 cl;2400;3600",
}  # fmt: skip
WINES: Final = {lang: _items(text) for lang, text in _WINES.items()}

ALL: Final = {"dental": DENTAL, "printshop": PRINT, "webshop": SHOP, "customs": CUSTOMS,
              "photo": PHOTO, "erp": ERP, "centred": WINES}  # fmt: skip
__all__ = ["ALL", "PACKS", "PROOF", "SHIPPING", "Item"]
