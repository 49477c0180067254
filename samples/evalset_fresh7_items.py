"""What each layout of the seventh fresh evaluation slice (`evalset_fresh7.py`) bills, per language:
an architect's work stages with their share of the fee, fresh produce, fuel-card products and
filling stations, library books in series, spare parts, training courses and the cost headings of
a service charge. Prices are ranges in cents of a euro-like currency."""

from __future__ import annotations

from typing import Final

from evalset_fresh5_items import Item, _items

# Work stages: "name;share of the fee in %" (the shares add up to 100).
_STAGES: Final = {
    "en": "Stage 1 Preparation and brief;3|Stage 2 Concept design;12|"
          "Stage 3 Spatial coordination;15|Stage 4 Technical design;25|"
          "Stage 5 Manufacturing and construction;35|Stage 6 Handover;10",
    "de": "LPH 1 Grundlagenermittlung;2|LPH 2 Vorplanung;7|LPH 3 Entwurfsplanung;15|"
          "LPH 4 Genehmigungsplanung;3|LPH 5 Ausführungsplanung;25|"
          "LPH 6 Vorbereitung der Vergabe;10|LPH 7 Mitwirkung bei der Vergabe;4|"
          "LPH 8 Objektüberwachung;32|LPH 9 Objektbetreuung;2",
    "fr": "ESQ Esquisse;5|APS Avant-projet sommaire;10|APD Avant-projet définitif;15|"
          "PRO Études de projet;20|ACT Assistance contrats de travaux;5|"
          "VISA Visa des études d'exécution;10|DET Direction de l'exécution;30|"
          "AOR Assistance aux opérations de réception;5",
    "es": "Estudio previo;5|Anteproyecto;10|Proyecto básico;20|Proyecto de ejecución;30|"
          "Dirección de obra;30|Liquidación y final de obra;5",
    "it": "Progetto di fattibilità tecnico-economica;10|Progetto definitivo;25|"
          "Progetto esecutivo;25|Direzione lavori;35|Collaudo e certificazioni;5",
    "nl": "Fase 1 Initiatief;3|Fase 2 Schetsontwerp;10|Fase 3 Voorlopig ontwerp;15|"
          "Fase 4 Definitief ontwerp;20|Fase 5 Technisch ontwerp;22|"
          "Fase 6 Uitvoering en directie;25|Fase 7 Oplevering;5",
}  # fmt: skip
STAGES: Final = {lang: tuple((name, int(share)) for name, share in
                             (stage.split(";") for stage in text.split("|")))
                 for lang, text in _STAGES.items()}  # fmt: skip

_PRODUCE: Final = {
    "en": "Red peppers, class I|White paprika|Vine tomatoes|Cucumbers|Sweetcorn|Watermelons|"
          "Yellow onions 50-70|Waxy potatoes|Sour cherries|Apricots|Courgettes|Washed carrots",
    "de": "Äpfel Elstar Kl. I|Birnen Conference|Kartoffeln festkochend|Möhren gewaschen|"
          "Zwiebeln gelb 40-60|Blumenkohl|Eisbergsalat|Rispentomaten|Spargel weiß Kl. I|"
          "Erdbeeren|Salatgurken|Kohlrabi",
    "fr": "Pommes Golden cat. I|Poires Williams|Pommes de terre Charlotte|Carottes des sables|"
          "Oignons jaunes|Échalotes|Tomates grappe|Courgettes|Melons charentais|"
          "Fraises Gariguette|Poireaux|Endives",
    "es": "Naranjas Navel|Mandarinas Clemenules|Limones Verna|Tomate pera|"
          "Pimiento rojo California|Pepino corto|Calabacín|Lechuga iceberg|Brócoli|"
          "Aguacate Hass|Sandía sin pepitas|Melón piel de sapo",
    "it": "Mele Golden Alto Adige|Pere Abate|Arance Tarocco|Limoni di Sicilia|"
          "Pomodori ciliegini|Zucchine|Melanzane|Peperoni gialli|Finocchi|"
          "Radicchio di Chioggia|Uva Italia|Kiwi Hayward",
    "nl": "Appels Jonagold|Peren Conference|Aardappelen kruimig|Wortelen|Uien geel|Prei|"
          "Spruitjes|Witlof|Champignons|Paprika rood|Komkommers|Trostomaten",
}  # fmt: skip
PRODUCE: Final = {lang: tuple(text.split("|")) for lang, text in _PRODUCE.items()}
ORIGINS: Final = {"en": ("HU", "RS", "RO"), "de": ("DE", "NL", "IT"), "fr": ("FR", "ES", "MA"),
                  "es": ("ES", "PT", "MA"), "it": ("IT", "ES", "GR"),
                  "nl": ("NL", "BE", "DE")}  # fmt: skip

# Fuel cards: products ("name;unit;low;high", litre prices in tenths of a cent) and stations.
_FUELS: Final = {
    "en": "Diesel;l;13890;16890|Petrol 95;l;14290;17490|AdBlue;l;6900;9900|Car wash;pc;900;1800",
    "de": "Diesel;l;13890;16890|Super E10;l;14290;17490|AdBlue;l;6900;9900|"
          "Wagenwäsche;pc;900;1800",
    "fr": "Gazole;l;13890;16890|SP95-E10;l;14290;17490|AdBlue;l;6900;9900|"
          "Lavage haute pression;pc;900;1800",
    "es": "Gasóleo A;l;13890;16890|Gasolina 95;l;14290;17490|AdBlue;l;6900;9900|"
          "Lavado exterior;pc;900;1800",
    "it": "Gasolio;l;13890;16890|Benzina senza piombo;l;14290;17490|AdBlue;l;6900;9900|"
          "Autolavaggio;pc;900;1800",
    "nl": "Diesel;l;13890;16890|Euro 95 E10;l;14290;17490|AdBlue;l;6900;9900|"
          "Autowasstraat;pc;900;1800",
}  # fmt: skip
FUELS: Final = {lang: _items(text) for lang, text in _FUELS.items()}
STATIONS: Final = {
    "en": ("Circle K Gardermoen", "Uno-X Drammen", "Esso Lillestrøm", "YX Ski", "Shell Moss",
           "Circle K Hamar", "Uno-X Gjøvik", "Esso Sandvika"),
    "de": ("Aral Kassel-Ost", "Shell Göttingen Nord", "Esso Hann. Münden", "Jet Baunatal",
           "Total Fulda", "Aral Eisenach", "Star Northeim", "Shell Korbach"),
    "fr": ("Tamoil Lausanne", "Migrol Yverdon", "Avia Morges", "Shell Genève Aéroport",
           "Agrola Payerne", "BP Nyon", "Coop Pronto Vevey", "Socar Bulle"),
    "es": ("Repsol Alcobendas", "Cepsa Getafe", "BP Alcalá", "Galp Leganés", "Shell Pinto",
           "Repsol Tres Cantos", "Cepsa Arganda", "Petroprix Parla"),
    "it": ("Eni Agrate Brianza", "Q8 Monza", "IP Sesto S. Giovanni", "Tamoil Lodi",
           "Esso Bergamo", "Eni Como Sud", "Q8 Varese", "IP Lecco"),
    "nl": ("Tango Amersfoort", "Shell Utrecht Lage Weide", "BP Zeist", "TotalEnergies Ede",
           "Esso Veenendaal", "Tinq Nieuwegein", "Argos Houten", "Tango Barneveld"),
}  # fmt: skip

# Library books: "title;author"; a library supplier sells several volumes of each series.
_BOOKS: Final = {
    "en": "The Lighthouse Keepers;Ann Mercer|Atlas of Northern Birds;Lars Ekdahl|"
          "Stories from the Archipelago;Mia Sund|Practical Woodwork;Tom Hale|"
          "Maths for Young Explorers;R. Ivers|A History of the Baltic;K. Lund|"
          "Garden Ecology Handbook;P. Moss|Starlight Detectives;Jo Reed",
    "de": "Die Wilden Waldgeister;Karla Brandt|Atlas der Heimatvögel;Jens Möller|"
          "Mathe-Detektive;Ute Sommer|Geschichte der Hanse;Peter Lorenz|"
          "Experimente für Kinder;Nina Vogt|Das Meer entdecken;Ole Hansen|"
          "Lesefüchse Erstlesebuch;Ina Kraus|Sternenreiter;Tim Weber",
    "fr": "Les Enquêtes de Lou;Anne Vasseur|Atlas des oiseaux de France;Marc Giraud|"
          "Petits Savants;Claire Dumas|Histoire de la Bretagne;Yann Le Goff|"
          "Contes du bord de mer;Léa Martin|Cahiers de sciences;Paul Roche|"
          "La Forêt des lutins;Inès Blanc|Mon premier dictionnaire;Sophie Caron",
    "es": "Los Detectives del Parque;Laura Vidal|Atlas de aves ibéricas;Javier Soto|"
          "Ciencia divertida;Marta Gil|Historia de Aragón;Pedro Lasa|"
          "Cuentos del Cantábrico;Ana Ruiz|Matemáticas en juego;Luis Prat|"
          "El Bosque Encantado;Sara Mena|Mi primer diccionario;Elena Font",
    "it": "I Piccoli Investigatori;Giulia Conti|Atlante degli uccelli;Marco Ferri|"
          "Scienza per ragazzi;Elena Riva|Storia di Venezia;Paolo Sarti|"
          "Fiabe della laguna;Anna Galli|Matematica in gioco;Luca Neri|"
          "Il Bosco Incantato;Sara Villa|Il mio primo dizionario;Carla Bossi",
    "nl": "De Speurneuzen;Els Verhoef|Atlas van de vogels;Jan de Boer|"
          "Proefjes voor kinderen;Anke Smit|Geschiedenis van Holland;Piet Kramer|"
          "Verhalen van de Wadden;Ria Mulder|Rekenen is leuk;Tom Bakker|"
          "Het Toverbos;Saar Visser|Mijn eerste woordenboek;Lies Jansen",
}  # fmt: skip
BOOKS: Final = {lang: tuple(tuple(book.split(";")) for book in text.split("|"))
                for lang, text in _BOOKS.items()}  # fmt: skip
VOLUME: Final = {"en": "{title}, vol. {n}", "de": "{title}, Band {n}", "fr": "{title}, tome {n}",
                 "es": "{title}, vol. {n}", "it": "{title}, vol. {n}",
                 "nl": "{title}, deel {n}"}  # fmt: skip
ISBN_GROUP: Final = {"en": "91", "de": "3", "fr": "2", "es": "84", "it": "88", "nl": "90"}

# Spare parts of an agricultural machinery dealer, printed by a legacy system.
_PARTS: Final = {
    "en": "V-belt SPA 1250;pc;900;2400|Hydraulic hose 1/2in 1.5m;pc;2400;5600|"
          "Bearing 6205-2RS;pc;450;1200|Grease cartridge 400g;pc;350;800|"
          "Spring tine 32mm;pc;600;1500|PTO shaft guard;pc;4500;9800|"
          "Engine oil filter;pc;1100;2600|Hydraulic oil 15W-40;l;350;700|"
          "Wiper motor 12V;pc;5800;11000|Mower blade 112mm;pc;120;380",
    "de": "Keilriemen SPA 1250;Stk;900;2400|Hydraulikschlauch 1/2 1,5m;Stk;2400;5600|"
          "Kugellager 6205-2RS;Stk;450;1200|Fettkartusche 400g;Stk;350;800|"
          "Federzinken 32mm;Stk;600;1500|Gelenkwellenschutz;Stk;4500;9800|"
          "Motorölfilter;Stk;1100;2600|Hydrauliköl 15W-40;l;350;700|"
          "Wischermotor 12V;Stk;5800;11000|Mähmesser 112mm;Stk;120;380",
    "fr": "Courroie SPA 1250;pce;900;2400|Flexible hydraulique 1/2 1,5m;pce;2400;5600|"
          "Roulement 6205-2RS;pce;450;1200|Cartouche de graisse 400g;pce;350;800|"
          "Dent vibrante 32mm;pce;600;1500|Protecteur de cardan;pce;4500;9800|"
          "Filtre à huile moteur;pce;1100;2600|Huile hydraulique 15W-40;l;350;700|"
          "Moteur d'essuie-glace 12V;pce;5800;11000|Couteau de faucheuse 112;pce;120;380",
    "es": "Correa SPA 1250;ud;900;2400|Latiguillo hidráulico 1/2 1,5m;ud;2400;5600|"
          "Rodamiento 6205-2RS;ud;450;1200|Cartucho de grasa 400g;ud;350;800|"
          "Púa vibrante 32mm;ud;600;1500|Protector de cardán;ud;4500;9800|"
          "Filtro aceite motor;ud;1100;2600|Aceite hidráulico 15W-40;l;350;700|"
          "Motor limpiaparabrisas 12V;ud;5800;11000|Cuchilla segadora 112mm;ud;120;380",
    "it": "Cinghia SPA 1250;pz;900;2400|Tubo idraulico 1/2 1,5m;pz;2400;5600|"
          "Cuscinetto 6205-2RS;pz;450;1200|Cartuccia grasso 400g;pz;350;800|"
          "Dente elastico 32mm;pz;600;1500|Protezione cardano;pz;4500;9800|"
          "Filtro olio motore;pz;1100;2600|Olio idraulico 15W-40;l;350;700|"
          "Motorino tergicristallo 12V;pz;5800;11000|Coltello falciatrice 112;pz;120;380",
    "nl": "V-snaar SPA 1250;st;900;2400|Hydrauliekslang 1/2 1,5m;st;2400;5600|"
          "Kogellager 6205-2RS;st;450;1200|Vetpatroon 400g;st;350;800|"
          "Veertand 32mm;st;600;1500|Aftakasbeschermer;st;4500;9800|"
          "Motoroliefilter;st;1100;2600|Hydrauliekolie 15W-40;l;350;700|"
          "Ruitenwissermotor 12V;st;5800;11000|Maaimes 112mm;st;120;380",
}  # fmt: skip
PARTS: Final = {lang: _items(text) for lang, text in _PARTS.items()}

# Training courses ("name;low;high", the fee per participant) and venues.
_COURSES: Final = {
    "en": "Project Management Fundamentals;45000;89000|Advanced Excel for Finance;32000;54000|"
          "First Aid at Work;18000;29000|Negotiation Skills;52000;78000|"
          "Data Protection Officer Training;89000;149000|Leadership for New Managers;64000;99000",
    "de": "Grundlagen Projektmanagement;45000;89000|Excel für Controller;32000;54000|"
          "Ersthelfer im Betrieb;18000;29000|Verhandlungsführung;52000;78000|"
          "Datenschutzbeauftragter (TÜV);89000;149000|Neu als Führungskraft;64000;99000",
    "fr": "Les fondamentaux de la gestion de projet;45000;89000|"
          "Excel avancé pour la finance;32000;54000|Sauveteur secouriste du travail;18000;29000|"
          "Techniques de négociation;52000;78000|Délégué à la protection des données;89000;"
          "149000|Manager pour la première fois;64000;99000",
    "es": "Fundamentos de gestión de proyectos;45000;89000|Excel avanzado para finanzas;32000;"
          "54000|Primeros auxilios en la empresa;18000;29000|Técnicas de negociación;52000;"
          "78000|Delegado de protección de datos;89000;149000|Liderazgo para nuevos mandos;"
          "64000;99000",
    "it": "Fondamenti di project management;45000;89000|Excel avanzato per la finanza;32000;"
          "54000|Addetto al primo soccorso;18000;29000|Tecniche di negoziazione;52000;78000|"
          "Responsabile protezione dati;89000;149000|Leadership per nuovi responsabili;64000;"
          "99000",
    "nl": "Basis projectmanagement;45000;89000|Excel voor financials;32000;54000|"
          "Bedrijfshulpverlening basis;18000;29000|Onderhandelen;52000;78000|"
          "Functionaris gegevensbescherming;89000;149000|Startend leidinggevende;64000;99000",
}  # fmt: skip
COURSES: Final = {lang: tuple(Item(name, "", int(low), int(high)) for name, low, high in
                              (course.split(";") for course in text.split("|")))
                  for lang, text in _COURSES.items()}  # fmt: skip
VENUES: Final = {"en": ("Warsaw", "online"), "de": ("Prag", "online"), "fr": ("Lyon", "à distance"),
                 "es": ("Zaragoza", "en línea"), "it": ("Lugano", "online"),
                 "nl": ("Zwolle", "online")}  # fmt: skip

# Service charge headings: "heading;key" (area or units) and the printed key names.
_COSTS: Final = {
    "en": "Cleaning of common areas;area|Lift maintenance;units|Building insurance;area|"
          "Caretaker service;area|Common-area electricity;area|Waste collection;units|"
          "Garden maintenance;area|Fire safety inspection;units",
    "de": "Treppenhausreinigung;area|Aufzugswartung;units|Gebäudeversicherung;area|"
          "Hausmeisterdienst;area|Allgemeinstrom;area|Müllabfuhr;units|Gartenpflege;area|"
          "Brandschutzprüfung;units",
    "fr": "Nettoyage des parties communes;area|Entretien ascenseur;units|"
          "Assurance de l'immeuble;area|Gardiennage;area|Électricité des communs;area|"
          "Enlèvement des déchets;units|Entretien des espaces verts;area|"
          "Contrôle sécurité incendie;units",
    "es": "Limpieza de zonas comunes;area|Mantenimiento del ascensor;units|"
          "Seguro del edificio;area|Servicio de conserjería;area|Electricidad común;area|"
          "Recogida de residuos;units|Jardinería;area|Revisión contra incendios;units",
    "it": "Pulizia parti comuni;area|Manutenzione ascensore;units|Assicurazione fabbricato;area|"
          "Servizio di portierato;area|Energia elettrica parti comuni;area|"
          "Raccolta rifiuti;units|Manutenzione del verde;area|Verifica antincendio;units",
    "nl": "Schoonmaak algemene ruimten;area|Liftonderhoud;units|Opstalverzekering;area|"
          "Huismeester;area|Elektra algemene ruimten;area|Afvalinzameling;units|"
          "Groenonderhoud;area|Brandveiligheidscontrole;units",
}  # fmt: skip
COSTS: Final = {lang: tuple(tuple(cost.split(";")) for cost in text.split("|"))
                for lang, text in _COSTS.items()}  # fmt: skip
KEYS: Final = {"en": ("m²", "units"), "de": ("m²", "Einheiten"), "fr": ("tantièmes", "lots"),
               "es": ("m²", "locales"), "it": ("millesimi", "unità"),
               "nl": ("m²", "units")}  # fmt: skip
