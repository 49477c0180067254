"""What the layouts of the fifteenth fresh evaluation slice (`evalset_fresh15.py`) bill, per
language: a removal firm's move, a landscaper's materials and labour (two lists), a medical
laboratory's tests (each for one patient's sample), an event's tickets, a bicycle workshop's
repairs, a co-working space's month and a driving school's lessons. Items are
"description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`). None of
the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_REMOVALS: Final = {
    "en": "Loading and transport, 7.5 t lorry;job;42000;68000;1|Removal crew, per mover-hour;hr;"
          "2800;3900;h|Double-wall packing cartons;pc;250;420;n|Wardrobe cartons, hired;pc;"
          "600;950;f|Furniture dismantling and refitting;hr;3500;4800;h|Containerised storage, "
          "per week;wk;2500;4200;f|Parking bay suspension;permit;4500;9000;1",
    "de": "Verladung und Transport, 7,5-t-Lkw;Auftr.;42000;68000;1|Umzugshelfer, je "
          "Helferstunde;Std.;2800;3900;h|Doppelwellige Umzugskartons;Stk;250;420;n|"
          "Kleiderboxen, gemietet;Stk;600;950;f|Möbelabbau und Wiederaufbau;Std.;3500;4800;h|"
          "Containerlagerung, je Woche;Wo.;2500;4200;f|Halteverbotszone eingerichtet;Antrag;"
          "4500;9000;1",
    "fr": "Chargement et transport, camion 7,5 t;forfait;42000;68000;1|Équipe de déménageurs, "
          "par heure-homme;h;2800;3900;h|Cartons double cannelure;u;250;420;n|Cartons "
          "penderie loués;u;600;950;f|Démontage et remontage du mobilier;h;3500;4800;h|"
          "Garde-meubles en conteneur, par semaine;sem.;2500;4200;f|Arrêté de "
          "stationnement;arrêté;4500;9000;1",
    "es": "Carga y transporte, camión 7,5 t;servicio;42000;68000;1|Operarios de mudanza, por "
          "hora-operario;h;2800;3900;h|Cajas de cartón doble canal;ud;250;420;n|Cajas armario "
          "alquiladas;ud;600;950;f|Desmontaje y montaje de muebles;h;3500;4800;h|Guardamuebles "
          "en contenedor, por semana;sem.;2500;4200;f|Reserva de espacio en vía pública;permiso;"
          "4500;9000;1",
    "it": "Carico e trasporto, autocarro 7,5 t;servizio;42000;68000;1|Squadra traslocatori, per "
          "ora-uomo;ora;2800;3900;h|Scatoloni a doppia onda;pz;250;420;n|Scatole armadio a "
          "noleggio;pz;600;950;f|Smontaggio e rimontaggio mobili;ora;3500;4800;h|"
          "Deposito in container, a settimana;sett.;2500;4200;f|Occupazione suolo pubblico;"
          "permesso;4500;9000;1",
    "nl": "Laden en transport, 7,5-tons wagen;klus;42000;68000;1|Verhuizers, per "
          "manuur;uur;2800;3900;h|Dubbelgolf verhuisdozen;st;250;420;n|Kledingdozen, "
          "gehuurd;st;600;950;f|Meubels demonteren en monteren;uur;3500;4800;h|Opslag in "
          "container, per week;wk;2500;4200;f|Ontheffing parkeervakken;ontheffing;4500;9000;1",
}  # fmt: skip
_MATERIALS: Final = {
    "en": "Topsoil screened to 10 mm;t;3800;5600;d|Indian sandstone flags;m²;3200;5400;d|"
          "Pine bark mulch, decorative;m³;4200;6500;d|Hornbeam whips, 60-80 cm;pc;180;320;n|"
          "Steel lawn edging;m;900;1500;n",
    "de": "Gesiebter Mutterboden;t;3800;5600;d|Sandsteinplatten, gespalten;m²;3200;5400;d|"
          "Kiefernrinde, Dekorqualität;m³;4200;6500;d|Hainbuchen, 60-80 cm;Stk;180;320;n|"
          "Rasenkante aus Stahl;m;900;1500;n",
    "fr": "Terre de jardin criblée fine;t;3800;5600;d|Dalles de grès clivé;m²;3200;5400;d|Paillage "
          "d'écorces compostées;m³;4200;6500;d|Charmilles, 60-80 cm;u;180;320;n|Bordure de "
          "pelouse en acier;m;900;1500;n",
    "es": "Tierra vegetal cribada;t;3800;5600;d|Losas de arenisca natural;m²;3200;5400;d|"
          "Mantillo de corteza compostada;m³;4200;6500;d|Carpes, 60-80 cm;ud;180;320;n|"
          "Bordillo de acero para césped;m;900;1500;n",
    "it": "Terra da coltivo vagliata;t;3800;5600;d|Lastre di arenaria a spacco;m²;3200;5400;d|"
          "Pacciamatura di corteccia;m³;4200;6500;d|Carpini, 60-80 cm;pz;180;320;n|"
          "Bordura in acciaio per prato;m;900;1500;n",
    "nl": "Gezeefde teelaarde;t;3800;5600;d|Gekloofde zandsteentegels;m²;3200;5400;d|"
          "Sierschors van grove den;m³;4200;6500;d|Haagbeuken, 60-80 cm;st;180;320;n|"
          "Stalen gazonrand;m;900;1500;n",
}  # fmt: skip
_LABOUR: Final = {
    "en": "Excavation and levelling;hr;3600;5200;h|Laying and pointing flags;hr;3800;5600;h|"
          "Hedge planting and staking;hr;3400;4800;h|Green waste taken away;load;6000;9500;f",
    "de": "Aushub und Planieren;Std.;3600;5200;h|Platten verlegen und verfugen;Std.;"
          "3800;5600;h|Hecke pflanzen und anpfählen;Std.;3400;4800;h|Grünschnitt "
          "abgefahren;Ladung;6000;9500;f",
    "fr": "Terrassement et nivellement;h;3600;5200;h|Pose et jointoiement des dalles;h;"
          "3800;5600;h|Plantation et tuteurage de la haie;h;3400;4800;h|Évacuation des "
          "déchets verts;benne;6000;9500;f",
    "es": "Excavación y nivelado;h;3600;5200;h|Colocación y rejuntado de losas;h;3800;5600;h|"
          "Plantación y entutorado del seto;h;3400;4800;h|Retirada de restos de poda;carga;"
          "6000;9500;f",
    "it": "Scavo e livellamento;ora;3600;5200;h|Posa e stuccatura lastre;ora;3800;5600;h|"
          "Messa a dimora e tutoraggio siepe;ora;3400;4800;h|Smaltimento sfalci;carico;"
          "6000;9500;f",
    "nl": "Grondwerk en egaliseren;uur;3600;5200;h|Tegels leggen en voegen;uur;3800;5600;h|"
          "Haag planten en aanpalen;uur;3400;4800;h|Groenafval afgevoerd;vracht;6000;9500;f",
}  # fmt: skip
# The laboratory's tests: "name;code;low;high;kind" (the unit column holds the test code).
_TESTS: Final = {
    "en": "Full blood count;H001;900;1600;1|Ferritin;C214;1400;2400;1|HbA1c;C330;1800;2900;1|"
          "TSH;E101;1600;2600;1|Lipid profile;C402;2200;3600;1|Vitamin D (25-OH);E245;3000;4800;1|"
          "CRP;C118;800;1400;1|Urine culture;M510;2600;3900;1",
    "de": "Großes Blutbild;H001;900;1600;1|Ferritin;C214;1400;2400;1|HbA1c;C330;1800;2900;1|"
          "TSH basal;E101;1600;2600;1|Lipidstatus;C402;2200;3600;1|Vitamin D (25-OH);E245;"
          "3000;4800;1|CRP;C118;800;1400;1|Urinkultur;M510;2600;3900;1",
    "fr": "Numération formule sanguine;H001;900;1600;1|Ferritine;C214;1400;2400;1|HbA1c;C330;"
          "1800;2900;1|TSH;E101;1600;2600;1|Bilan lipidique;C402;2200;3600;1|Vitamine D "
          "(25-OH);E245;3000;4800;1|CRP;C118;800;1400;1|ECBU;M510;2600;3900;1",
    "es": "Hemograma completo;H001;900;1600;1|Ferritina;C214;1400;2400;1|HbA1c;C330;1800;2900;1|"
          "TSH;E101;1600;2600;1|Perfil lipídico;C402;2200;3600;1|Vitamina D (25-OH);E245;"
          "3000;4800;1|PCR;C118;800;1400;1|Urocultivo;M510;2600;3900;1",
    "it": "Emocromo completo;H001;900;1600;1|Ferritina;C214;1400;2400;1|HbA1c;C330;1800;2900;1|"
          "TSH reflex;E101;1600;2600;1|Profilo lipidico;C402;2200;3600;1|Vitamina D (25-OH);"
          "E245;3000;4800;1|PCR;C118;800;1400;1|Urinocoltura;M510;2600;3900;1",
    "nl": "Volledig bloedbeeld;H001;900;1600;1|Ferritine;C214;1400;2400;1|HbA1c;C330;1800;2900;1|"
          "TSH;E101;1600;2600;1|Lipidenspectrum;C402;2200;3600;1|Vitamine D (25-OH);E245;"
          "3000;4800;1|CRP;C118;800;1400;1|Urinekweek;M510;2600;3900;1",
}  # fmt: skip
# How a test line names the patient whose sample it was (a code, never a name).
PATIENT: Final = {"en": "{test}, patient {p}", "de": "{test}, Pat. {p}",
                  "fr": "{test}, patient {p}", "es": "{test}, paciente {p}",
                  "it": "{test}, paziente {p}", "nl": "{test}, patiënt {p}"}  # fmt: skip
_TICKETS: Final = {
    "en": "Orchestra stalls, zone A;ticket;6500;9800;n|Mezzanine, zone B;ticket;4200;6400;n|"
          "Student concession;ticket;1800;2600;n|Private box, four seats;box;26000;38000;1|"
          "Order handling fee;order;350;600;1|Printed souvenir programme;pc;600;1000;n",
    "de": "Parkett, Zone A;Karte;6500;9800;n|Rang, Zone B;Karte;4200;6400;n|Ermäßigung "
          "Studierende;Karte;1800;2600;n|Loge, vier Plätze;Loge;26000;38000;1|"
          "Bearbeitungsgebühr Bestellung;Best.;350;600;1|Gedrucktes Programmheft;Stk;600;1000;n",
    "fr": "Parterre, zone A;billet;6500;9800;n|Mezzanine, zone B;billet;4200;6400;n|Tarif "
          "étudiant;billet;1800;2600;n|Loge privée, quatre places;loge;26000;38000;1|Frais de "
          "traitement de commande;cde;350;600;1|Programme souvenir imprimé;u;600;1000;n",
    "es": "Platea, zona A;entrada;6500;9800;n|Anfiteatro, zona B;entrada;4200;6400;n|Entrada "
          "reducida estudiante;entrada;1800;2600;n|Palco privado, cuatro plazas;palco;"
          "26000;38000;1|Gastos de gestión del pedido;pedido;350;600;1|Programa de mano "
          "impreso;ud;600;1000;n",
    "it": "Platea, settore A;biglietto;6500;9800;n|Galleria, settore B;biglietto;4200;6400;n|"
          "Ridotto studenti;biglietto;1800;2600;n|Palco riservato, quattro posti;palco;"
          "26000;38000;1|Diritti di prevendita;ordine;350;600;1|Libretto di sala stampato;pz;"
          "600;1000;n",
    "nl": "Parterre, vak A;kaart;6500;9800;n|Balkon, vak B;kaart;4200;6400;n|Studententarief;"
          "kaart;1800;2600;n|Privéloge, vier plaatsen;loge;26000;38000;1|Administratiekosten "
          "bestelling;best.;350;600;1|Gedrukt programmaboekje;st;600;1000;n",
}  # fmt: skip
_BICYCLE: Final = {
    "en": "Full service, hub gear bike;job;6500;9500;1|Disc brake pads, resin;pair;1800;2900;f|"
          "8-speed chain fitted;pc;2200;3400;1|Tubeless sealant top-up, rear;job;1200;1800;1|"
          "Wheel truing and spoke tension;wheel;1600;2500;1|Gear cable and outer set;set;"
          "1400;2200;1|Workshop labour;hr;4800;6200;h",
    "de": "Inspektion komplett, Nabenschaltung;Auftr.;6500;9500;1|Scheibenbremsbeläge, "
          "organisch;Paar;1800;2900;f|Kette 8-fach montiert;Stk;2200;3400;1|Reifenpanne "
          "Hinterrad behoben;Auftr.;1200;1800;1|Laufrad zentriert und gespannt;Rad;1600;2500;1|"
          "Bremszug erneuert;Satz;1400;2200;1|Werkstattarbeit;Std.;4800;6200;h",
    "fr": "Révision complète, moyeu à vitesses;forfait;6500;9500;1|Plaquettes de frein "
          "à disque;paire;1800;2900;f|Chaîne 8 vitesses posée;u;2200;3400;1|Réparation de "
          "crevaison arrière;forfait;1200;1800;1|Dévoilage de roue;roue;1600;2500;1|Kit câble "
          "et gaine de dérailleur;kit;1400;2200;1|Main-d'œuvre atelier;h;4800;6200;h",
    "es": "Revisión completa, buje de cambios;servicio;6500;9500;1|Pastillas de freno de "
          "disco;par;1800;2900;f|Cadena de 8 velocidades montada;ud;2200;3400;1|Reparación de "
          "pinchazo trasero;servicio;1200;1800;1|Centrado de rueda;rueda;1600;2500;1|Juego de "
          "cable y funda de cambio;juego;1400;2200;1|Mano de obra de taller;h;4800;6200;h",
    "it": "Revisione completa, mozzo con cambio;servizio;6500;9500;1|Pastiglie freno a disco;"
          "coppia;1800;2900;f|Catena 8 velocità montata;pz;2200;3400;1|Riparazione foratura "
          "posteriore;servizio;1200;1800;1|Centratura ruota;ruota;1600;2500;1|Kit cavo e "
          "guaina cambio;kit;1400;2200;1|Manodopera officina;ora;4800;6200;h",
    "nl": "Grote beurt, naafversnelling;klus;6500;9500;1|Schijfremblokken;paar;1800;2900;f|"
          "Ketting 8 versnellingen gemonteerd;st;2200;3400;1|Lekke achterband gerepareerd;klus;"
          "1200;1800;1|Wiel gericht en gespannen;wiel;1600;2500;1|Remkabel vervangen;"
          "set;1400;2200;1|Werkplaatsuren;uur;4800;6200;h",
}  # fmt: skip
_COWORKING: Final = {
    "en": "Fixed desk membership;month;22000;34000;1|Meeting room, 6 seats;hr;2000;3500;h|"
          "Guest day passes;pass;1500;2500;n|Personal locker;month;1500;2500;1|Print and scan "
          "credit packs;pack;800;1400;f|Registered business address;month;3000;5000;1",
    "de": "Mitgliedschaft fester Schreibtisch;Monat;22000;34000;1|Besprechungsraum, 6 Plätze;"
          "Std.;2000;3500;h|Tagespässe für Gäste;Pass;1500;2500;n|Eigener Spind;Monat;1500;2500;1|"
          "Druck- und Scanguthaben;Paket;800;1400;f|Geschäftsadresse mit Postservice;Monat;"
          "3000;5000;1",
    "fr": "Abonnement poste fixe;mois;22000;34000;1|Salle de réunion, 6 places;h;2000;3500;h|"
          "Pass journée invités;pass;1500;2500;n|Casier personnel;mois;1500;2500;1|Crédits "
          "d'impression et de scan;pack;800;1400;f|Domiciliation d'entreprise;mois;3000;5000;1",
    "es": "Membresía puesto fijo;mes;22000;34000;1|Sala de reuniones, 6 plazas;h;2000;3500;h|"
          "Pases de día para invitados;pase;1500;2500;n|Taquilla personal;mes;1500;2500;1|"
          "Bonos de impresión y escaneo;bono;800;1400;f|Domiciliación fiscal;mes;3000;5000;1",
    "it": "Abbonamento postazione fissa;mese;22000;34000;1|Sala riunioni, 6 posti;ora;"
          "2000;3500;h|Pass giornalieri ospiti;pass;1500;2500;n|Armadietto personale;mese;"
          "1500;2500;1|Crediti stampa e scansione;pacchetto;800;1400;f|Domiciliazione sede "
          "legale;mese;3000;5000;1",
    "nl": "Lidmaatschap vaste werkplek;maand;22000;34000;1|Vergaderruimte, 6 personen;uur;"
          "2000;3500;h|Dagpassen voor gasten;pas;1500;2500;n|Eigen kluisje;maand;1500;2500;1|"
          "Print- en scantegoed;bundel;800;1400;f|Vestigingsadres met postservice;maand;"
          "3000;5000;1",
}  # fmt: skip
_LESSONS: Final = {
    "en": "Lesson package, 10 x 45 min;package;38000;52000;1|Single driving lesson, 45 min;"
          "lesson;3400;4600;n|Motorway lesson, 90 min;lesson;7000;9200;f|Night driving lesson;"
          "lesson;4000;5400;f|Practical test presentation;test;9000;13000;1|Mock test drive;"
          "session;5000;6800;1",
    "de": "Stundenpaket, 10 x 45 Min.;Paket;38000;52000;1|Übungsfahrt, 45 Min.;Std.;3400;4600;n|"
          "Autobahnfahrt, 90 Min.;Fahrt;7000;9200;f|Nachtfahrt;Fahrt;4000;5400;f|Vorstellung zur "
          "praktischen Prüfung;Prüf.;9000;13000;1|Simulierte Prüfungsfahrt;Fahrt;5000;6800;1",
    "fr": "Forfait 10 leçons de 45 min;forfait;38000;52000;1|Leçon de conduite, 45 min;leçon;"
          "3400;4600;n|Leçon sur autoroute, 90 min;leçon;7000;9200;f|Leçon de conduite de nuit;"
          "leçon;4000;5400;f|Présentation à l'examen pratique;examen;9000;13000;1|Examen "
          "blanc de conduite;séance;5000;6800;1",
    "es": "Bono de 10 clases de 45 min;bono;38000;52000;1|Clase práctica, 45 min;clase;"
          "3400;4600;n|Clase en autovía, 90 min;clase;7000;9200;f|Clase de conducción nocturna;"
          "clase;4000;5400;f|Presentación a examen práctico;examen;9000;13000;1|Simulacro de "
          "examen;sesión;5000;6800;1",
    "it": "Pacchetto 10 guide da 45 min;pacchetto;38000;52000;1|Guida singola, 45 min;guida;"
          "3400;4600;n|Guida in autostrada, 90 min;guida;7000;9200;f|Guida notturna;guida;"
          "4000;5400;f|Accompagnamento all'esame pratico;esame;9000;13000;1|Simulazione "
          "d'esame;sessione;5000;6800;1",
    "nl": "Lespakket 10 x 45 min;pakket;38000;52000;1|Losse rijles, 45 min;les;3400;4600;n|"
          "Snelwegles, 90 min;les;7000;9200;f|Rijles in het donker;les;4000;5400;f|Praktijkexamen "
          "aanvragen en afnemen;examen;9000;13000;1|Proefexamen;sessie;5000;6800;1",
}  # fmt: skip

REMOVALS: Final = {lang: _items(text) for lang, text in _REMOVALS.items()}
MATERIALS: Final = {lang: _items(text) for lang, text in _MATERIALS.items()}
LABOUR: Final = {lang: _items(text) for lang, text in _LABOUR.items()}
TESTS: Final = {lang: _items(text) for lang, text in _TESTS.items()}
TICKETS: Final = {lang: _items(text) for lang, text in _TICKETS.items()}
BICYCLE: Final = {lang: _items(text) for lang, text in _BICYCLE.items()}
COWORKING: Final = {lang: _items(text) for lang, text in _COWORKING.items()}
LESSONS: Final = {lang: _items(text) for lang, text in _LESSONS.items()}
