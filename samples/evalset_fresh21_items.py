"""What the layouts of the twenty-first fresh evaluation slice (`evalset_fresh21.py`) bill, per
language: a commercial diving contractor's dive team days and equipment, a sewing-machine repair
shop's service and parts, a confidential shredding service's collections and consoles, a clock
and watch repairer's work per timepiece, a school bookseller's titles per class, a band's fee and
costs, and a glazier's glass and fitting. Items are "description;unit;low;high;kind" as in the
tenth slice (`evalset_fresh10_items.Item`). None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_DIVING: Final = {
    "en": "Surface-supplied dive team of four;day;280000;420000;f|Standby diver beyond 10 "
          "hours;hr;9500;14000;h|Hull inspection with video report;job;85000;140000;1|"
          "Underwater cutting and welding;hr;16000;24000;h|Decompression chamber on site;"
          "day;65000;95000;f|Dive support boat with skipper;day;70000;110000;f|Mobilisation "
          "of dive spread;job;150000;240000;1",
    "de": "Tauchtrupp mit Schlauchversorgung, 4 Personen;Tag;280000;420000;f|Bereitschafts"
          "taucher über 10 Std.;Std.;9500;14000;h|Rumpfinspektion mit Videobericht;Pausch.;"
          "85000;140000;1|Unterwasser-Brennschneiden und Schweißen;Std.;16000;24000;h|"
          "Druckkammer vor Ort;Tag;65000;95000;f|Taucherboot mit Schiffsführer;Tag;70000;"
          "110000;f|Baustelleneinrichtung Tauchausrüstung;Pausch.;150000;240000;1",
    "fr": "Équipe de plongée narguilé de quatre;jour;280000;420000;f|Plongeur de secours "
          "au-delà de 10 h;h;9500;14000;h|Inspection de coque avec rapport vidéo;forfait;"
          "85000;140000;1|Découpage et soudage subaquatiques;h;16000;24000;h|Caisson de "
          "décompression sur site;jour;65000;95000;f|Bateau de plongée avec pilote;jour;"
          "70000;110000;f|Amenée du matériel de plongée;forfait;150000;240000;1",
    "es": "Equipo de buceo con suministro desde superficie;día;280000;420000;f|Buzo de "
          "reserva más de 10 h;h;9500;14000;h|Inspección de casco con informe en vídeo;serv.;"
          "85000;140000;1|Corte y soldadura subacuática;h;16000;24000;h|Cámara hiperbárica "
          "en obra;día;65000;95000;f|Embarcación de apoyo con patrón;día;70000;110000;f|"
          "Movilización del equipo de buceo;serv.;150000;240000;1",
    "it": "Squadra sommozzatori con narghilè;giorno;280000;420000;f|Sommozzatore di "
          "riserva oltre 10 ore;ora;9500;14000;h|Ispezione carena con relazione video;"
          "forf.;85000;140000;1|Taglio e saldatura subacquea;ora;16000;24000;h|Camera "
          "iperbarica in cantiere;giorno;65000;95000;f|Barca appoggio con conduttore;giorno;"
          "70000;110000;f|Mobilitazione attrezzatura subacquea;forf.;150000;240000;1",
    "nl": "Duikploeg met oppervlakteluchtvoorziening;dag;280000;420000;f|Reserveduiker "
          "na 10 uur;uur;9500;14000;h|Rompinspectie met videorapport;post;85000;140000;1|"
          "Onderwater snijden en lassen;uur;16000;24000;h|Decompressietank op locatie;dag;"
          "65000;95000;f|Duikondersteuningsboot met schipper;dag;70000;110000;f|"
          "Mobilisatie duikuitrusting;post;150000;240000;1",
}  # fmt: skip
_SEWING: Final = {
    "en": "Full service, clean, oil and adjust;job;4500;7500;1|Timing reset, hook and "
          "needle bar;job;3500;5500;1|Replacement motor belt;pc;900;1600;1|Bobbin case, "
          "class 15;pc;1200;2200;1|Foot control lead rewired;job;1800;3000;1|Workshop "
          "labour;hr;3200;4800;h|Presser feet starter set;set;1900;3400;1",
    "de": "Komplettwartung, Reinigen, Ölen, Einstellen;Pausch.;4500;7500;1|Greifer und "
          "Nadelstange neu eingestellt;Pausch.;3500;5500;1|Motorriemen ersetzt;Stk;900;1600;1|"
          "Spulenkapsel Klasse 15;Stk;1200;2200;1|Fussanlasserkabel neu verdrahtet;Pausch.;"
          "1800;3000;1|Werkstattarbeit Nähmaschine;Std.;3200;4800;h|Nähfuss-Grundset;Set;"
          "1900;3400;1",
    "fr": "Révision complète, nettoyage et réglages;forfait;4500;7500;1|Calage crochet et "
          "barre à aiguille;forfait;3500;5500;1|Courroie moteur remplacée;pce;900;1600;1|"
          "Boîte à canette classe 15;pce;1200;2200;1|Câble de pédale recâblé;forfait;1800;"
          "3000;1|Main-d'œuvre atelier;h;3200;4800;h|Jeu de pieds presseurs;jeu;1900;3400;1",
    "es": "Revisión completa, limpieza y ajuste;serv.;4500;7500;1|Puesta a punto de "
          "garfio y barra de aguja;serv.;3500;5500;1|Correa de motor sustituida;ud;900;1600;1|"
          "Canillero clase 15;ud;1200;2200;1|Cable de pedal recableado;serv.;1800;3000;1|"
          "Mano de obra de taller de costura;h;3200;4800;h|Juego de prensatelas;jgo;1900;3400;1",
    "it": "Revisione completa, pulizia e regolazione;forf.;4500;7500;1|Messa in fase "
          "crochet e barra ago;forf.;3500;5500;1|Cinghia motore sostituita;pz;900;1600;1|"
          "Capsula spolina classe 15;pz;1200;2200;1|Cavo reostato ricablato;forf.;1800;3000;"
          "1|Manodopera di laboratorio;ora;3200;4800;h|Kit piedini base;kit;1900;3400;1",
    "nl": "Complete onderhoudsbeurt, reinigen en afstellen;post;4500;7500;1|Grijper en "
          "naaldstang afgesteld;post;3500;5500;1|Motorriem vervangen;st;900;1600;1|"
          "Spoelhuls klasse 15;st;1200;2200;1|Voetpedaalsnoer opnieuw bedraad;post;1800;"
          "3000;1|Werkplaatsuren;uur;3200;4800;h|Set naaivoetjes;set;1900;3400;1",
}  # fmt: skip
_SHREDDING: Final = {
    "en": "Locked console exchange, 240 litre;console;900;1500;n|Bagged paper shredded "
          "on site;sack;450;800;b|Hard drives crushed with serial log;pc;700;1300;n|"
          "Scheduled collection visit;visit;3500;5500;f|Archive boxes destroyed;box;300;"
          "550;b|Console rental per month;mth;600;1100;n|Witnessed destruction supplement;"
          "job;4000;6500;1",
    "de": "Sicherheitsbehälter 240 l getauscht;Behälter;900;1500;n|Papiersäcke vor Ort "
          "vernichtet;Sack;450;800;b|Festplatten geschreddert mit Seriennummernliste;Stk;700;"
          "1300;n|Turnusabholung;Anfahrt;3500;5500;f|Archivkartons vernichtet;Karton;300;550;"
          "b|Behältermiete monatlich;Mon.;600;1100;n|Zuschlag Vernichtung unter Aufsicht;"
          "Pausch.;4000;6500;1",
    "fr": "Échange de conteneur sécurisé 240 l;conteneur;900;1500;n|Sacs de papier "
          "broyés sur place;sac;450;800;b|Disques durs broyés avec relevé des numéros;pce;"
          "700;1300;n|Passage de collecte planifié;passage;3500;5500;f|Cartons d'archives "
          "détruits;carton;300;550;b|Location de conteneur mensuelle;mois;600;1100;n|"
          "Supplément destruction en présence du client;forfait;4000;6500;1",
    "es": "Cambio de contenedor con llave 240 l;cont.;900;1500;n|Sacos de papel triturados "
          "in situ;saco;450;800;b|Discos duros triturados con registro de series;ud;700;"
          "1300;n|Visita de recogida programada;visita;3500;5500;f|Cajas de archivo "
          "destruidas;caja;300;550;b|Alquiler mensual de contenedor;mes;600;1100;n|"
          "Suplemento destrucción presencial;serv.;4000;6500;1",
    "it": "Sostituzione contenitore con serratura 240 l;cont.;900;1500;n|Sacchi di carta "
          "triturati in loco;sacco;450;800;b|Dischi rigidi distrutti con elenco matricole;"
          "pz;700;1300;n|Ritiro programmato;passaggio;3500;5500;f|Scatole d'archivio "
          "distrutte;scatola;300;550;b|Noleggio mensile contenitore;mese;600;1100;n|"
          "Supplemento distruzione alla presenza del cliente;forf.;4000;6500;1",
    "nl": "Afgesloten container 240 liter gewisseld;container;900;1500;n|Papierzakken "
          "op locatie vernietigd;zak;450;800;b|Harde schijven vernietigd met serielijst;st;"
          "700;1300;n|Geplande ophaalronde;rit;3500;5500;f|Archiefdozen vernietigd;doos;300;"
          "550;b|Containerhuur per maand;mnd;600;1100;n|Toeslag vernietiging onder "
          "toezicht;post;4000;6500;1",
}  # fmt: skip
_CLOCKS: Final = {
    "en": "Longcase clock movement overhauled;job;28000;42000;1|Carriage clock mainspring "
          "replaced;job;9500;15000;1|Automatic wristwatch serviced;job;18000;26000;1|"
          "Pocket watch balance staff turned;job;12000;19000;1|Mantel clock bushed and "
          "cleaned;job;14000;22000;1|Watch crystal, domed sapphire;pc;6500;11000;1|"
          "Collection and delivery of longcase;trip;5000;8000;1",
    "de": "Standuhrwerk revidiert;Pausch.;28000;42000;1|Reiseuhr Zugfeder erneuert;"
          "Pausch.;9500;15000;1|Automatik-Armbanduhr revidiert;Pausch.;18000;26000;1|"
          "Taschenuhr Unruhwelle gedreht;Pausch.;12000;19000;1|Kaminuhr ausgebuchst und "
          "gereinigt;Pausch.;14000;22000;1|Uhrglas Saphir gewölbt;Stk;6500;11000;1|Abholung "
          "und Lieferung Standuhr;Fahrt;5000;8000;1",
    "fr": "Mouvement de comtoise révisé;forfait;28000;42000;1|Ressort de pendulette "
          "d'officier remplacé;forfait;9500;15000;1|Montre automatique révisée;forfait;"
          "18000;26000;1|Axe de balancier de montre de poche refait;forfait;12000;19000;1|"
          "Pendule de cheminée rebouchonnée et nettoyée;forfait;14000;22000;1|Verre saphir "
          "bombé;pce;6500;11000;1|Enlèvement et livraison de la comtoise;trajet;5000;8000;1",
    "es": "Máquina de reloj de pie revisada;serv.;28000;42000;1|Muelle real de reloj de "
          "viaje cambiado;serv.;9500;15000;1|Reloj automático de pulsera revisado;serv.;"
          "18000;26000;1|Eje de volante de bolsillo torneado;serv.;12000;19000;1|Reloj de "
          "sobremesa embujado y limpio;serv.;14000;22000;1|Cristal de zafiro abombado;ud;"
          "6500;11000;1|Recogida y entrega del reloj de pie;viaje;5000;8000;1",
    "it": "Movimento orologio a colonna revisionato;forf.;28000;42000;1|Molla di carica "
          "orologio da viaggio sostituita;forf.;9500;15000;1|Orologio automatico da polso "
          "revisionato;forf.;18000;26000;1|Asse del bilanciere da tasca rifatto;forf.;12000;"
          "19000;1|Orologio da camino boccolato e pulito;forf.;14000;22000;1|Vetro zaffiro "
          "bombato;pz;6500;11000;1|Ritiro e consegna orologio a colonna;viaggio;5000;8000;1",
    "nl": "Staande klok uurwerk gereviseerd;post;28000;42000;1|Reisklok veer vervangen;post;"
          "9500;15000;1|Automatisch polshorloge gereviseerd;post;18000;26000;1|Zakhorloge "
          "onrustas nieuw gedraaid;post;12000;19000;1|Schouwklok gebust en gereinigd;post;"
          "14000;22000;1|Horlogeglas saffier bol;st;6500;11000;1|Ophalen en bezorgen staande "
          "klok;rit;5000;8000;1",
}  # fmt: skip
_BAND: Final = {
    "en": "Performance fee, two 45-minute sets;show;90000;160000;1|Sound engineer with "
          "desk;show;22000;35000;1|Backline hire, drums and amps;day;9000;16000;1|"
          "Travel, van mileage;km;45;75;b|Overnight rooms for the band;room;8500;12000;n|"
          "Extra encore set;set;15000;25000;1",
    "de": "Gage, zwei Sets à 45 Minuten;Auftritt;90000;160000;1|Tontechniker mit Pult;"
          "Auftritt;22000;35000;1|Backline-Miete, Schlagzeug und Verstärker;Tag;9000;16000;1|"
          "Fahrtkosten Tourbus;km;45;75;b|Hotelzimmer für die Band;Zimmer;8500;12000;n|"
          "Zusätzliches Zugabe-Set;Set;15000;25000;1",
    "fr": "Cachet, deux sets de 45 minutes;concert;90000;160000;1|Ingénieur du son avec "
          "console;concert;22000;35000;1|Location backline, batterie et amplis;jour;9000;"
          "16000;1|Déplacement camion;km;45;75;b|Chambres pour le groupe;chambre;8500;12000;"
          "n|Set de rappel supplémentaire;set;15000;25000;1",
    "es": "Caché, dos pases de 45 minutos;bolo;90000;160000;1|Técnico de sonido con mesa;"
          "bolo;22000;35000;1|Alquiler de backline, batería y amplis;día;9000;16000;1|"
          "Desplazamiento en furgoneta;km;45;75;b|Habitaciones para el grupo;hab.;8500;"
          "12000;n|Pase extra de bises;pase;15000;25000;1",
    "it": "Compenso, due set da 45 minuti;serata;90000;160000;1|Fonico con mixer;serata;"
          "22000;35000;1|Noleggio backline, batteria e ampli;giorno;9000;16000;1|Trasferta "
          "furgone;km;45;75;b|Camere per la band;camera;8500;12000;n|Set di bis aggiuntivo;"
          "set;15000;25000;1",
    "nl": "Gage, twee sets van 45 minuten;optreden;90000;160000;1|Geluidstechnicus met "
          "mengtafel;optreden;22000;35000;1|Backline-huur, drums en versterkers;dag;9000;"
          "16000;1|Reiskosten bus;km;45;75;b|Hotelkamers voor de band;kamer;8500;12000;n|"
          "Extra toegiftset;set;15000;25000;1",
}  # fmt: skip
_GLASS: Final = {
    "en": "Toughened safety glass 6 mm;m²;9000;14000;d|Double-glazed sealed unit, 4-16-4 "
          "argon;m²;11000;17000;d|Laminated glass 6.4 mm;m²;10000;15000;d|Broken pane "
          "removed and boarded;job;6500;9500;1|Mirror with polished edges;m²;8000;12000;d|"
          "Glazier's labour;hr;3800;5500;h|Silicone and glazing beads;job;1800;3200;1",
    "de": "Einscheiben-Sicherheitsglas 6 mm;m²;9000;14000;d|Isolierglas 4-16-4 Argon;m²;"
          "11000;17000;d|Verbundsicherheitsglas 6,4 mm;m²;10000;15000;d|Bruchglas entfernt, "
          "Notverschluss;Pausch.;6500;9500;1|Spiegel mit polierten Kanten;m²;8000;12000;d|"
          "Glaserstunden;Std.;3800;5500;h|Silikon und Glashalteleisten;Pausch.;1800;3200;1",
    "fr": "Verre trempé de sécurité 6 mm;m²;9000;14000;d|Double vitrage 4-16-4 argon;m²;"
          "11000;17000;d|Verre feuilleté 44.2;m²;10000;15000;d|Dépose du vitrage cassé et "
          "condamnation;forfait;6500;9500;1|Miroir à bords polis;m²;8000;12000;d|Main-"
          "d'œuvre vitrier;h;3800;5500;h|Silicone et parcloses;forfait;1800;3200;1",
    "es": "Vidrio templado de seguridad 6 mm;m²;9000;14000;d|Doble acristalamiento 4-16-4 "
          "argón;m²;11000;17000;d|Vidrio laminado 3+3;m²;10000;15000;d|Retirada de luna "
          "rota y tapiado;serv.;6500;9500;1|Espejo con canto pulido;m²;8000;12000;d|Mano "
          "de obra cristalero;h;3800;5500;h|Silicona y junquillos;serv.;1800;3200;1",
    "it": "Vetro temperato di sicurezza 6 mm;m²;9000;14000;d|Vetrocamera 4-16-4 argon;m²;"
          "11000;17000;d|Vetro stratificato 33.1;m²;10000;15000;d|Rimozione vetro rotto e "
          "chiusura provvisoria;forf.;6500;9500;1|Specchio a filo lucido;m²;8000;12000;d|"
          "Manodopera vetraio;ora;3800;5500;h|Silicone e fermavetri;forf.;1800;3200;1",
    "nl": "Gehard veiligheidsglas 6 mm;m²;9000;14000;d|Isolatieglas 4-16-4 argon;m²;"
          "11000;17000;d|Gelaagd glas 33.1;m²;10000;15000;d|Gebroken ruit verwijderd en "
          "dichtgezet;post;6500;9500;1|Spiegel met gepolijste randen;m²;8000;12000;d|"
          "Glaszettersuren;uur;3800;5500;h|Kit en glaslatten;post;1800;3200;1",
}  # fmt: skip

DIVING: Final = {lang: _items(text) for lang, text in _DIVING.items()}
SEWING: Final = {lang: _items(text) for lang, text in _SEWING.items()}
SHREDDING: Final = {lang: _items(text) for lang, text in _SHREDDING.items()}
CLOCKS: Final = {lang: _items(text) for lang, text in _CLOCKS.items()}
BAND: Final = {lang: _items(text) for lang, text in _BAND.items()}
GLASS: Final = {lang: _items(text) for lang, text in _GLASS.items()}

# The school bookseller's titles per language (each billed per copy to a class) and their prices.
BOOKS: Final = {
    "en": ("Cambridge Primary Mathematics 5", "Oxford Discover English 5", "Hodder History "
           "Explorers 6", "Collins Primary Science 6", "Philip's Junior School Atlas",
           "Nelson Spelling Pupil Book 5", "Music Express Year 5", "Maths Practice Workbook 6"),
    "de": ("Mathematik heute 7", "Deutschbuch Sprach- und Lesebuch 7", "Zeitreise 2",
           "Green Line 3", "Diercke Weltatlas", "Natura Biologie 1", "Physik plus 7/8",
           "Arbeitsheft Mathematik heute 7"),
    "fr": ("Mathématiques Myriade 5e", "Français L'envol des lettres 5e", "Histoire-Géo "
           "Cycle 4, 5e", "Anglais Hi There! 5e", "Atlas du monde collège", "SVT Cycle 4",
           "Physique-Chimie Espace 5e", "Cahier d'exercices maths 5e"),
    "es": ("Matemáticas 1.º ESO Revuela", "Lengua Castellana 1.º ESO", "Geografía e "
           "Historia 1.º ESO", "English Spotlight 1", "Atlas escolar de España",
           "Biología y Geología 1.º ESO", "Música 1.º ESO Sonidos", "Cuaderno de "
           "Matemáticas 1.º ESO"),
    "it": ("Matematica in azione 1", "Grammatica Parola per parola", "Storia Viaggio nel "
           "tempo 1", "English Plus Smart 1", "Atlante geografico De Agostini",
           "Scienze Osservare la natura 1", "Musica Il suono e l'ascolto", "Quaderno "
           "operativo matematica 1"),
    "nl": ("Getal & Ruimte 1 vwo", "Nieuw Nederlands 1 havo/vwo", "Geschiedeniswerkplaats "
           "1", "Stepping Stones 1", "De Grote Bosatlas", "Biologie voor jou 1a",
           "Nova Natuurkunde 2", "Werkboek Getal & Ruimte 1"),
}  # fmt: skip
BOOK_PRICES: Final = ((2400, 3200), (2200, 3000), (2300, 3100), (2600, 3500), (3800, 5200),
                      (2400, 3300), (1600, 2400), (900, 1500))  # fmt: skip
CLASSES: Final = {"en": ("5a", "5b", "6a", "6c"), "de": ("7a", "7b", "7c", "8a"),
                  "fr": ("5e A", "5e B", "5e C", "4e A"), "es": ("1.º A", "1.º B", "1.º C",
                  "2.º A"), "it": ("1A", "1B", "1C", "2A"),
                  "nl": ("1H1", "1H2", "1V1", "1V2")}  # fmt: skip
