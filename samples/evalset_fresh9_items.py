"""What the layouts of the ninth fresh evaluation slice (`evalset_fresh9.py`) bill, per language:
veterinary treatments, venue hire, managed IT services, a tradesman's call-out work, wines,
chauffeur places and laundered linen. Items are "description;unit;low;high" with a price range in
cents of a euro-like currency (laundry: in tenths of a cent, for prices with three decimals);
wines are "wine;region;low;high". None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh5_items import _items

_TREATMENTS: Final = {
    "en": "Consultation, small animal;visit;4500;6500|Rabies vaccination;dose;3500;5200|"
          "Microchip implant and registration;pc;2800;4500|Dental scale and polish;proc;"
          "18000;26000|Blood panel, senior profile;test;7500;11000|Spay surgery, cat;proc;"
          "14000;19000|Worming tablets, medium dog;tab;450;900|Flea spot-on, 3 pipettes;pk;"
          "2200;3600|Ear cleaning solution 125 ml;btl;1100;1800",
    "de": "Allgemeine Untersuchung Hund;Konsult.;3800;5800|Tollwutimpfung;Dosis;3000;4800|"
          "Chip setzen inkl. Registrierung;Stk;3000;4500|Zahnsteinentfernung in Narkose;Eingr.;"
          "16000;24000|Blutbild großes Profil;Test;6800;9800|Kastration Kater;Eingr.;"
          "9000;14000|Entwurmungstablette mittelgroßer Hund;Tbl;450;900|"
          "Spot-on gegen Flöhe, 3 Pipetten;Pkg;2200;3600|Ohrreiniger 125 ml;Fl;1100;1800",
    "fr": "Consultation chien ou chat;cons.;3800;5500|Vaccin CHPPi + rage;dose;5500;7500|"
          "Pose de puce électronique;acte;5000;7000|Détartrage sous anesthésie;acte;"
          "15000;22000|Bilan sanguin complet;analyse;6500;9500|Stérilisation chatte;acte;"
          "14000;19000|Vermifuge comprimé chien moyen;cp;450;900|Pipettes antiparasitaires x3;"
          "bte;2200;3600|Nettoyant auriculaire 125 ml;fl;1100;1800",
    "es": "Consulta general perro o gato;cons.;3000;4500|Vacuna antirrábica;dosis;2500;4000|"
          "Implantación de microchip;ud;2800;4200|Limpieza dental con anestesia;interv.;"
          "12000;19000|Analítica sanguínea completa;anál.;5500;8500|Esterilización gata;interv.;"
          "12000;17000|Antiparasitario interno perro mediano;comp.;450;900|"
          "Pipetas antipulgas x3;caja;2000;3400|Limpiador ótico 125 ml;fr;1000;1700",
    "it": "Visita clinica cane o gatto;visita;4000;6000|Vaccino antirabbico;dose;3000;4500|"
          "Applicazione microchip;pz;3000;4500|Detartrasi in anestesia;interv.;15000;22000|"
          "Esame emocromocitometrico completo;esame;5500;8500|Sterilizzazione gatta;interv.;"
          "13000;18000|Compressa antiparassitaria cane medio;cpr;450;900|"
          "Pipette antipulci x3;conf;2200;3600|Detergente auricolare 125 ml;fl;1100;1800",
    "nl": "Consult gezelschapsdier;consult;3800;5500|Rabiësvaccinatie;dosis;3000;4500|"
          "Chippen inclusief registratie;st;3000;4500|Gebitsreiniging onder narcose;ingreep;"
          "16000;24000|Uitgebreid bloedonderzoek;test;6500;9500|Sterilisatie poes;ingreep;"
          "13000;18000|Ontwormingstablet middelgrote hond;tabl;450;900|"
          "Vlooiendruppels 3 pipetten;ds;2200;3600|Oorreiniger 125 ml;fl;1100;1800",
}  # fmt: skip
TREATMENTS: Final = {lang: _items(text) for lang, text in _TREATMENTS.items()}

_VENUE: Final = {
    "en": "Great Hall hire, full day;day;180000;320000|Terrace hire, evening;eve;60000;95000|"
          "Breakout room Willow;day;25000;42000|Stage and dance floor;pc;45000;80000|"
          "Sound technician;h;4500;6500|Projector and screen package;day;18000;30000|"
          "Round tables with linen;pc;1500;2600|Security and stewarding;h;3200;4200|"
          "End-of-event cleaning;flat;35000;60000",
    "de": "Saalmiete Festsaal ganztags;Tag;150000;280000|Terrassennutzung abends;Abend;"
          "50000;90000|Seminarraum Ahorn;Tag;22000;38000|Bühne mit Tanzfläche;Stk;40000;75000|"
          "Veranstaltungstechniker;Std;4500;6500|Beamer mit Leinwand;Tag;15000;28000|"
          "Stehtische mit Husse;Stk;1500;2600|Garderobenpersonal;Std;2800;3800|"
          "Endreinigung nach Veranstaltung;psch;30000;55000",
    "fr": "Location salle des fêtes, journée;jour;150000;280000|Terrasse, soirée;soirée;"
          "50000;90000|Salon Mistral;jour;22000;38000|Scène et piste de danse;forfait;"
          "40000;75000|Régisseur son et lumière;h;4500;6500|Vidéoprojecteur et écran;jour;"
          "15000;28000|Tables rondes nappées;pce;1500;2600|Agent d'accueil;h;2800;3800|"
          "Nettoyage après l'événement;forfait;30000;55000",
    "es": "Alquiler salón principal, día completo;día;150000;280000|Jardín, noche;noche;"
          "50000;90000|Sala de reuniones Olivo;día;20000;35000|Escenario y pista de baile;ud;"
          "40000;75000|Técnico de sonido;h;4000;6000|Proyector y pantalla;día;15000;28000|"
          "Mesas redondas con mantel;ud;1400;2400|Azafatas de acogida;h;2600;3600|"
          "Limpieza final del recinto;global;30000;55000",
    "it": "Affitto salone delle feste, giornata;giorno;160000;300000|Terrazza, serata;serata;"
          "50000;90000|Sala riunioni Glicine;giorno;22000;38000|Palco e pista da ballo;pz;"
          "40000;75000|Tecnico audio;ora;4500;6500|Proiettore e schermo;giorno;15000;28000|"
          "Tavoli rotondi con tovaglia;pz;1500;2600|Servizio guardaroba;ora;2600;3600|"
          "Pulizia finale della location;forf.;30000;55000",
    "nl": "Zaalhuur grote zaal, hele dag;dag;150000;280000|Terras, avond;avond;50000;90000|"
          "Vergaderzaal De Linde;dag;22000;38000|Podium en dansvloer;st;40000;75000|"
          "Geluidstechnicus;uur;4500;6500|Beamer en projectiescherm;dag;15000;28000|"
          "Ronde tafels met linnen;st;1500;2600|Garderobepersoneel;uur;2800;3800|"
          "Eindschoonmaak locatie;vast;30000;55000",
}  # fmt: skip
VENUE: Final = {lang: _items(text) for lang, text in _VENUE.items()}

_MANAGED: Final = {
    "en": "Endpoint monitoring and patching;device;900;1600|Microsoft 365 Business Premium;user;"
          "1900;2300|Managed firewall, branch office;site;9000;16000|Backup as a service, 500 GB;"
          "tenant;6500;9800|Service desk, unlimited tickets;user;2500;4200|Email security filter;"
          "mailbox;250;450|Server monitoring, virtual;server;4500;7500|Password manager;user;"
          "300;600",
    "de": "Endgeräteüberwachung und Patches;Gerät;900;1600|Microsoft 365 Business Premium;"
          "Nutzer;1900;2300|Firewall-Betrieb Filiale;Standort;9000;16000|Datensicherung als "
          "Dienst, 500 GB;Mandant;6500;9800|Servicedesk ohne Ticketlimit;Nutzer;2500;4200|"
          "E-Mail-Sicherheitsfilter;Postfach;250;450|Serverüberwachung virtuell;Server;"
          "4500;7500|Passwortmanager;Nutzer;300;600",
    "fr": "Supervision et correctifs des postes;poste;900;1600|Microsoft 365 Business Premium;"
          "utilisateur;1900;2300|Pare-feu infogéré, agence;site;9000;16000|Sauvegarde externalisée"
          " 500 Go;client;6500;9800|Support utilisateurs illimité;utilisateur;2500;4200|"
          "Filtrage antispam;boîte;250;450|Supervision serveur virtuel;serveur;4500;7500|"
          "Coffre-fort de mots de passe;utilisateur;300;600",
    "es": "Monitorización y parches de equipos;equipo;900;1600|Microsoft 365 Business Premium;"
          "usuario;1900;2300|Cortafuegos gestionado, sucursal;sede;9000;16000|Copia de seguridad "
          "gestionada 500 GB;cliente;6500;9800|Soporte técnico ilimitado;usuario;2500;4200|"
          "Filtro de correo seguro;buzón;250;450|Monitorización de servidor virtual;servidor;"
          "4500;7500|Gestor de contraseñas;usuario;300;600",
    "it": "Monitoraggio e aggiornamento postazioni;postaz.;900;1600|Microsoft 365 Business "
          "Premium;utente;1900;2300|Firewall gestito, filiale;sede;9000;16000|Backup gestito "
          "500 GB;cliente;6500;9800|Assistenza utenti illimitata;utente;2500;4200|Filtro posta "
          "sicura;casella;250;450|Monitoraggio server virtuale;server;4500;7500|"
          "Gestore password aziendale;utente;300;600",
    "nl": "Monitoring en patchbeheer werkplekken;werkplek;900;1600|Microsoft 365 Business "
          "Premium;gebruiker;1900;2300|Beheerde firewall, vestiging;locatie;9000;16000|Back-up "
          "als dienst, 500 GB;klant;6500;9800|Servicedesk onbeperkt;gebruiker;2500;4200|"
          "E-mailbeveiliging;mailbox;250;450|Monitoring virtuele server;server;4500;7500|"
          "Wachtwoordkluis;gebruiker;300;600",
}  # fmt: skip
MANAGED: Final = {lang: _items(text) for lang, text in _MANAGED.items()}

_CALLOUT: Final = {
    "en": "Call-out charge;visit;4500;7500|Labour;hr;4200;5800|Replace kitchen mixer tap;pc;"
          "6500;12000|Copper pipe 15 mm;m;450;900|Unblock waste pipe;job;6000;9500|"
          "Radiator valve pair;pr;1800;3200|Fit double socket;pc;3500;5500|Sealant and fixings;"
          "lot;800;1800",
    "de": "Anfahrt und Fehlersuche;psch;4500;7500|Arbeitszeit Monteur;Std;4800;6200|"
          "Küchenarmatur getauscht;Stk;6500;12000|Kupferrohr 15 mm verlegt;m;450;900|"
          "Abfluss gereinigt;psch;6000;9500|Heizkörperventil;Stk;1800;3200|"
          "Steckdose zweifach gesetzt;Stk;3500;5500|Dicht- und Befestigungsmaterial;psch;800;1800",
    "fr": "Déplacement et diagnostic;forfait;4000;6500|Main-d'oeuvre;h;4200;5800|"
          "Mitigeur évier remplacé;u;6500;12000|Tube cuivre 14 mm;m;450;900|"
          "Débouchage évacuation;forfait;6000;9500|"
          "Robinet de radiateur;u;1800;3200|Prise double posée;u;3500;5500|Joints et petites "
          "fournitures;lot;800;1800",
    "es": "Desplazamiento;salida;3500;6000|Mano de obra;h;3500;4800|Grifo de cocina cambiado;ud;"
          "6000;11000|Tubo de cobre 15 mm;m;450;900|Desatasco de desagüe;serv.;5500;9000|"
          "Llave de radiador;ud;1800;3200|Base de enchufe doble;ud;3000;5000|Material de "
          "fijación y sellado;lote;800;1800",
    "it": "Uscita e ricerca guasto;uscita;4000;6500|Manodopera;ora;3800;5200|Miscelatore cucina "
          "sostituito;pz;6500;12000|Tubo rame 14 mm;m;450;900|Sturatura scarico;interv.;"
          "6000;9500|Valvola termosifone;pz;1800;3200|Presa doppia installata;pz;3500;5500|"
          "Minuteria e sigillante;corpo;800;1800",
    "nl": "Voorrijkosten;keer;4000;6500|Arbeidsloon;uur;4500;6000|Keukenkraan vervangen;st;"
          "6500;12000|Koperen buis 15 mm;m;450;900|Afvoer ontstopt;klus;6000;9500|"
          "Radiatorkraan;st;1800;3200|Dubbele wandcontactdoos;st;3500;5500|Kit en "
          "bevestigingsmateriaal;post;800;1800",
}  # fmt: skip
CALLOUT: Final = {lang: _items(text) for lang, text in _CALLOUT.items()}

# Wines: the name in the language of the invoice; the region is printed in its own column.
_WINES: Final = {
    "en": "Chablis Premier Cru;Burgundy;2400;3900|Barolo DOCG;Piedmont;3800;6500|Rioja Gran "
          "Reserva;Rioja;2600;4200|Sancerre blanc;Loire;1900;2900|Grüner Veltliner Smaragd;"
          "Wachau;2200;3400|Champagne brut, non-vintage;Champagne;3200;4800|Côtes du Rhône "
          "Villages;Rhône;1100;1700|Albariño;Rías Baixas;1400;2200|Pinot Noir Spätburgunder;"
          "Baden;1800;3000|Tawny Port 10 years;Douro;2600;3800",
    "de": "Riesling Großes Gewächs;Rheingau;2600;4200|Spätburgunder trocken;Ahr;1900;3200|"
          "Silvaner Kabinett;Franken;1100;1800|Chianti Classico Riserva;Toskana;1900;2900|"
          "Blaufränkisch Ried;Burgenland;1800;2800|Crémant d'Alsace brut;Elsass;1300;1900|"
          "Grauburgunder Spätlese;Pfalz;1200;1900|Ribera del Duero Crianza;Kastilien;1600;2600|"
          "Muskateller halbtrocken;Südsteiermark;1400;2200|Lemberger Reserve;Württemberg;"
          "1500;2400",
    "fr": "Meursault;Bourgogne;4200;6500|Saint-Émilion grand cru;Bordeaux;3200;5200|"
          "Vouvray sec;Loire;1400;2200|Châteauneuf-du-Pape rouge;Rhône;3600;5400|"
          "Crozes-Hermitage blanc;Rhône;1900;2900|Gewurztraminer vendanges tardives;Alsace;"
          "2800;4200|Bandol rosé;Provence;1800;2700|Madiran;Sud-Ouest;1300;2100|"
          "Champagne blanc de blancs;Champagne;3600;5200|Muscadet sur lie;Pays nantais;900;1400",
    "es": "Ribera del Duero Reserva;Castilla y León;2200;3600|Priorat tinto;Cataluña;2800;4600|"
          "Rueda verdejo;Castilla y León;800;1300|Rioja Crianza;La Rioja;1100;1700|Cava brut "
          "nature;Penedès;900;1500|Txakoli blanco;Getaria;1200;1900|Monastrell roble;Jumilla;"
          "800;1300|Godello sobre lías;Valdeorras;1500;2400|Mencía tinto;Bierzo;1100;1800|"
          "Manzanilla en rama;Sanlúcar;1200;1900",
    "it": "Brunello di Montalcino;Toscana;4200;6800|Amarone della Valpolicella;Veneto;3800;5800|"
          "Soave Classico;Veneto;900;1400|Nebbiolo d'Alba;Piemonte;1600;2400|Franciacorta brut;"
          "Lombardia;2200;3400|Verdicchio dei Castelli di Jesi;Marche;900;1500|Primitivo di "
          "Manduria;Puglia;1300;2100|Etna Rosso;Sicilia;1900;2900|Lagrein riserva;Alto Adige;"
          "1800;2700|Vermentino di Gallura;Sardegna;1200;1900",
    "nl": "Chablis premier cru;Bourgogne;2400;3900|Pouilly-Fumé;Loire;2200;3300|Rioja reserva;"
          "Rioja;1500;2400|Grüner Veltliner federspiel;Wachau;1400;2200|Malbec reserva;Mendoza;"
          "1300;2100|Sauvignon blanc;Marlborough;1300;2000|Chianti classico;Toscane;1400;2200|"
          "Riesling spätlese;Mosel;1500;2400|Crémant de Loire rosé brut;Loire;1200;1800|"
          "Douro tinto;Douro;1100;1800",
}  # fmt: skip
WINES: Final = {lang: _items(text) for lang, text in _WINES.items()}

# Chauffeur service: pick-up and drop-off places per language (routes are pairs of them).
PLACES: Final = {
    "en": ("Heathrow T5", "The Savoy", "Canary Wharf", "King's Cross", "Gatwick North",
           "ExCeL London", "Wimbledon", "Battersea Power Station"),
    "de": ("Flughafen MUC T2", "Hotel Bayerischer Hof", "Messe Riem", "Hauptbahnhof",
           "Allianz Arena", "Schwabing", "Starnberg", "Tegernsee"),
    "fr": ("Aéroport CDG T2E", "Gare de Lyon", "La Défense", "Palais des Congrès", "Orly",
           "Versailles", "Hôtel Lutetia", "Disneyland Paris"),
    "es": ("Aeropuerto T4", "Estación de Atocha", "IFEMA", "Hotel Ritz", "Chamartín",
           "Toledo", "Paseo de la Castellana", "Alcalá de Henares"),
    "it": ("Aeroporto Malpensa T1", "Stazione Centrale", "Fiera Rho", "Linate", "Como",
           "Piazza del Duomo", "Hotel Principe di Savoia", "Bergamo Orio"),
    "nl": ("Schiphol Plaza", "Amsterdam Centraal", "RAI Amsterdam", "Zuidas", "Den Haag CS",
           "Rotterdam Ahoy", "Hotel Krasnapolsky", "Utrecht Jaarbeurs"),
}  # fmt: skip
PASSENGERS: Final = ("A. Whitfield", "B. Okafor", "C. Lindqvist", "D. Moreau", "E. Tanaka",
                     "F. Russo", "G. Petrov", "H. van Dijk")  # fmt: skip

# Laundered linen: prices in tenths of a cent per piece (printed with three decimals).
_LINEN: Final = {
    "en": "Bed sheet, double;pcs;380;620|Duvet cover, king;pcs;520;860|Pillowcase;pcs;140;260|"
          "Bath towel;pcs;260;420|Hand towel;pcs;150;260|Bath mat;pcs;180;320|Bathrobe;pcs;"
          "650;1100|Tablecloth 180 x 180;pcs;420;720|Napkin, linen;pcs;90;160|Chef's jacket;"
          "pcs;480;820|Kitchen apron;pcs;210;380|Glass cloth;pcs;80;140",
    "de": "Bettlaken Doppelbett;Stk;380;620|Bettbezug 155x220;Stk;520;860|Kopfkissenbezug;"
          "Stk;140;260|Duschtuch;Stk;260;420|Handtuch;Stk;150;260|Badvorleger;Stk;180;320|"
          "Bademantel;Stk;650;1100|Tischdecke 130x170;Stk;420;720|Stoffserviette;Stk;90;160|"
          "Kochjacke;Stk;480;820|Latzschürze;Stk;210;380|Gläsertuch;Stk;80;140",
    "fr": "Drap grand lit;pce;380;620|Housse de couette 240x220;pce;520;860|Taie d'oreiller;pce;"
          "140;260|Drap de bain;pce;260;420|Serviette éponge;pce;150;260|Tapis de bain;pce;"
          "180;320|Peignoir;pce;650;1100|Nappe 180x180;pce;420;720|Serviette de table;pce;"
          "90;160|Veste de cuisinier;pce;480;820|Tablier de cuisine;pce;210;380|Essuie-verres;"
          "pce;80;140",
    "es": "Sábana cama doble;ud;380;620|Funda nórdica 240x220;ud;520;860|Funda de almohada;ud;"
          "140;260|Toalla de baño;ud;260;420|Toalla de lavabo;ud;150;260|Alfombrilla de baño;ud;"
          "180;320|Albornoz;ud;650;1100|Mantel 180x180;ud;420;720|Servilleta de tela;ud;90;160|"
          "Chaquetilla de cocina;ud;480;820|Delantal de cocina;ud;210;380|Paño de cristalería;"
          "ud;80;140",
    "it": "Lenzuolo matrimoniale;pz;380;620|Copripiumino 250x200;pz;520;860|Federa;pz;140;260|"
          "Telo doccia;pz;260;420|Asciugamano viso;pz;150;260|Scendibagno;pz;180;320|"
          "Accappatoio;pz;650;1100|Tovaglia 180x180;pz;420;720|Tovagliolo di stoffa;pz;90;160|"
          "Giacca da cuoco;pz;480;820|Grembiule da cucina;pz;210;380|Panno per bicchieri;pz;"
          "80;140",
    "nl": "Laken tweepersoons;st;380;620|Dekbedovertrek 240x220;st;520;860|Kussensloop;st;"
          "140;260|Badlaken;st;260;420|Handdoek;st;150;260|Badmat;st;180;320|Badjas;st;"
          "650;1100|Tafellaken 180x180;st;420;720|Servet linnen;st;90;160|Koksbuis;st;"
          "480;820|Keukenschort;st;210;380|Glazendoek;st;80;140",
}  # fmt: skip
LINEN: Final = {lang: _items(text) for lang, text in _LINEN.items()}

# Veterinary patients: names, and species and breed per language (a patient is one of each).
PETS: Final = ("Biscuit", "Luna", "Bruno", "Mimi", "Oskar", "Pepper", "Nala", "Rocky")
SPECIES: Final = {
    "en": ("Dog, Border Collie", "Cat, British Shorthair", "Dog, Cocker Spaniel",
           "Rabbit, Dwarf Lop"),
    "de": ("Hund, Dackel", "Katze, Europäisch Kurzhaar", "Hund, Labrador", "Kaninchen, Widder"),
    "fr": ("Chien, Épagneul breton", "Chat, Chartreux", "Chien, Berger australien",
           "Lapin, Bélier nain"),
    "es": ("Perro, Podenco", "Gato, Común europeo", "Perro, Golden Retriever",
           "Conejo, Belier enano"),
    "it": ("Cane, Lagotto romagnolo", "Gatto, Europeo", "Cane, Bracco italiano",
           "Coniglio, Ariete nano"),
    "nl": ("Hond, Kooikerhondje", "Kat, Europese korthaar", "Hond, Labradoodle",
           "Konijn, Hangoor"),
}  # fmt: skip
# Venue hire: the event the hall was booked for.
EVENTS: Final = {
    "en": ("Annual partners' dinner", "Summer staff party", "Product launch evening",
           "Client awards night"),
    "de": ("Jahresempfang der Kanzlei", "Sommerfest der Belegschaft", "Produktvorstellung",
           "Jubiläumsfeier 25 Jahre"),
    "fr": ("Dîner annuel des associés", "Fête d'été du personnel", "Soirée de lancement",
           "Remise des trophées clients"),
    "es": ("Cena anual de socios", "Fiesta de verano del personal", "Presentación de producto",
           "Gala de aniversario"),
    "it": ("Cena annuale dei soci", "Festa d'estate del personale", "Serata di lancio prodotto",
           "Gala per l'anniversario"),
    "nl": ("Jaarlijks partnerdiner", "Zomerfeest personeel", "Productlancering",
           "Jubileumfeest 25 jaar"),
}  # fmt: skip
