"""What the layouts of the twenty-third fresh evaluation slice (`evalset_fresh23.py`) bill, per
language: a balloon operator's corporate flights, a falconer's bird control, a mobile welder's
repairs, an organ builder's restoration, a ship chandler's stores for a yacht, an escape-room
venue's team event, and a knife-sharpening round's pieces per kitchen section. Items are
"description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`). None of
the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_FLIGHTS: Final = {
    "en": "Corporate balloon flight, sunrise slot;passenger;21000;29000;n|Exclusive charter of "
          "the 8-seat basket;flight;180000;240000;1|Retrieve crew and minibus to launch site;"
          "trip;16000;24000;1|Champagne toast and flight certificates;group;9000;"
          "14000;1|Tethered balloon display at the office car park;hr;38000;52000;h|Branded "
          "banner on the envelope for the day;day;45000;62000;1",
    "de": "Firmen-Ballonfahrt am Morgen;Pers.;21000;29000;n|Exklusivcharter Korb 8 Plätze;Fahrt;"
          "180000;240000;1|Verfolgerfahrzeug mit Rückholteam;Einsatz;16000;24000;1|"
          "Ballonfahrertaufe mit Urkunden;Gruppe;9000;14000;1|Fesselballon am Firmengelände;"
          "Std.;38000;52000;h|Firmenbanner an der Ballonhülle;Tag;45000;62000;1",
    "fr": "Vol d'entreprise en montgolfière à l'aube;passager;21000;29000;n|"
          "Privatisation de la nacelle 8 places;vol;180000;240000;1|Équipe de récupération et "
          "navette;sortie;16000;24000;1|Baptême de l'air et diplômes de vol;groupe;9000;14000;1|"
          "Montgolfière captive sur le site client;h;38000;52000;h|Bannière du client sur "
          "l'enveloppe;jour;45000;62000;1",
    "es": "Vuelo en globo para empresa al amanecer;pasajero;21000;29000;n|Vuelo privado en "
          "cesta de 8 plazas;vuelo;180000;240000;1|Equipo de recogida y furgoneta;servicio;"
          "16000;24000;1|Brindis de aterrizaje y diplomas de vuelo;grupo;9000;14000;1|Globo "
          "cautivo en las instalaciones;h;38000;52000;h|Pancarta corporativa en la vela;día;"
          "45000;62000;1",
    "it": "Volo aziendale in mongolfiera all'alba;passeggero;21000;29000;n|Volo esclusivo in "
          "cesta da 8 posti;volo;180000;240000;1|Squadra di recupero con pulmino;uscita;16000;"
          "24000;1|Brindisi di atterraggio e attestati di volo;gruppo;9000;14000;1|"
          "Mongolfiera vincolata presso la sede;ora;38000;52000;h|Striscione aziendale sul "
          "pallone;giorno;45000;62000;1",
    "nl": "Zakelijke ballonvaart bij zonsopkomst;pers.;21000;29000;n|Exclusieve ballon met "
          "mand voor 8;vaart;180000;240000;1|Volgwagen en ophaalploeg;rit;16000;24000;1|"
          "Ballondoop met vaartcertificaten;groep;9000;14000;1|Kabelballon op het bedrijfsterrein;"
          "uur;38000;52000;h|Bedrijfsbanier aan de ballon;dag;45000;62000;1",
}  # fmt: skip
_FALCONRY: Final = {
    "en": "Harris hawk flying visit, gull deterrence;visit;18000;26000;n|Falconer and hawk, "
          "full day on site;day;42000;56000;1|Nest and egg removal under licence;nest;4500;"
          "7500;n|Pigeon proofing survey with report;report;24000;32000;1|Drone with hawk "
          "silhouette, rooftop patrol;hr;6500;9000;h|Monthly bird activity log;month;3500;"
          "5500;1",
    "de": "Einsatz Wüstenbussard zur Möwenvergrämung;Einsatz;18000;26000;n|Falkner mit "
          "Greifvogel, Tageseinsatz;Tag;42000;56000;1|Entfernung von Nestern mit Genehmigung;"
          "Nest;4500;7500;n|Taubenabwehr-Begutachtung mit Bericht;Bericht;24000;32000;1|"
          "Dachstreife mit Falkenattrappe;Std.;6500;9000;h|Monatliches Vogelprotokoll;Monat;"
          "3500;5500;1",
    "fr": "Passage buse de Harris contre les goélands;passage;18000;26000;n|Fauconnier et "
          "rapace, journée sur site;jour;42000;56000;1|Retrait de nids avec dérogation;nid;"
          "4500;7500;n|Diagnostic pigeons avec rapport;rapport;24000;32000;1|Ronde en toiture "
          "avec leurre de faucon;h;6500;9000;h|Registre mensuel d'activité aviaire;mois;3500;"
          "5500;1",
    "es": "Vuelo disuasorio de águila de Harris;visita;18000;26000;n|Cetrero con rapaz, "
          "jornada completa;jornada;42000;56000;1|Retirada de nidos con autorización;nido;4500;"
          "7500;n|Estudio de palomas con informe;informe;24000;32000;1|Ronda en cubierta con "
          "señuelo de halcón;h;6500;9000;h|Registro mensual de aves;mes;3500;5500;1",
    "it": "Uscita con poiana di Harris contro i gabbiani;uscita;18000;26000;n|Falconiere con "
          "rapace, giornata intera;giorno;42000;56000;1|Rimozione nidi con autorizzazione;nido;"
          "4500;7500;n|Sopralluogo piccioni con relazione;relazione;24000;32000;1|Ronda sui "
          "tetti con sagoma di falco;ora;6500;9000;h|Registro mensile dei volatili;mese;3500;"
          "5500;1",
    "nl": "Vlucht woestijnbuizerd tegen meeuwen;bezoek;18000;26000;n|Valkenier met roofvogel, "
          "hele dag;dag;42000;56000;1|Nesten verwijderen met ontheffing;nest;4500;7500;n|"
          "Duiveninspectie met rapport;rapport;24000;32000;1|Dakronde met valkensilhouet;uur;"
          "6500;9000;h|Maandelijks vogellogboek;maand;3500;5500;1",
}  # fmt: skip
_WELDING: Final = {
    "en": "Mobile welding rig call-out;call-out;9500;14000;1|On-site MIG welding;hr;8500;"
          "11500;h|TIG welding of stainless handrail;hr;9500;13000;h|Crack repair on excavator "
          "bucket;job;42000;68000;1|Steel plate 10 mm cut to size;kg;350;520;b|Welding gas "
          "and consumables;lot;3500;6500;1",
    "de": "Anfahrt mobiles Schweißgerät;Pauschale;9500;14000;1|MAG-Schweißen vor Ort;Std.;8500;"
          "11500;h|WIG-Schweißen Edelstahlgeländer;Std.;9500;13000;h|Rissreparatur am "
          "Baggerlöffel;Auftrag;42000;68000;1|Stahlblech 10 mm zugeschnitten;kg;350;520;b|"
          "Schutzgas und Verbrauchsmaterial;psch.;3500;6500;1",
    "fr": "Déplacement du poste à souder mobile;forfait;9500;14000;1|Soudure MIG sur place;h;"
          "8500;11500;h|Soudure TIG rampe inox;h;9500;13000;h|Reprise de fissure sur godet de "
          "pelle;intervention;42000;68000;1|Tôle acier 10 mm débitée;kg;350;520;b|Gaz de "
          "protection et consommables;forfait;3500;6500;1",
    "es": "Desplazamiento del equipo de soldadura;salida;9500;14000;1|Soldadura MIG en obra;h;"
          "8500;11500;h|Soldadura TIG de barandilla inox;h;9500;13000;h|Reparación de grieta "
          "en cazo de excavadora;trabajo;42000;68000;1|Chapa de acero 10 mm cortada;kg;350;520;"
          "b|Gas de protección y consumibles;lote;3500;6500;1",
    "it": "Uscita con motosaldatrice;uscita;9500;14000;1|Saldatura MIG in cantiere;ora;8500;"
          "11500;h|Saldatura TIG corrimano inox;ora;9500;13000;h|Riparazione cricca benna "
          "escavatore;intervento;42000;68000;1|Lamiera acciaio 10 mm tagliata;kg;350;520;b|"
          "Gas di protezione e materiali di consumo;forfait;3500;6500;1",
    "nl": "Voorrijden mobiele lasunit;keer;9500;14000;1|MIG-laswerk op locatie;uur;8500;11500;"
          "h|TIG-lassen rvs leuning;uur;9500;13000;h|Scheurreparatie graafbak;klus;42000;68000;"
          "1|Staalplaat 10 mm op maat;kg;350;520;b|Beschermgas en verbruiksmateriaal;post;3500;"
          "6500;1",
}  # fmt: skip
_ORGAN: Final = {
    "en": "Dismantling and crating of the pipework;stage;380000;520000;1|Re-leathering of the "
          "bellows and reservoirs;stage;290000;410000;1|Restoration of the slider soundboards;"
          "soundboard;210000;300000;f|Voicing and regulation of the reed stops;stop;42000;"
          "61000;n|Reinstating the tracker action;stage;160000;230000;1|Final tuning and "
          "handover recital;visit;85000;120000;1",
    "de": "Abbau und Einlagerung des Pfeifenwerks;Abschnitt;380000;520000;1|Neubelederung von "
          "Bälgen und Magazinbalg;Abschnitt;290000;410000;1|Überholung der Schleifladen;Lade;"
          "210000;300000;f|Intonation der Zungenregister;Register;42000;61000;n|Wiederherstellung "
          "der mechanischen Traktur;Abschnitt;160000;230000;1|Schlussstimmung und Abnahmespiel;"
          "Termin;85000;120000;1",
    "fr": "Démontage et mise en caisse de la tuyauterie;tranche;380000;520000;1|Peausserie des "
          "soufflets et réservoirs;tranche;290000;410000;1|Restauration des sommiers à "
          "registres;sommier;210000;300000;f|Harmonisation des jeux d'anches;jeu;42000;61000;n|"
          "Remise en état de la traction mécanique;tranche;160000;230000;1|Accord général et "
          "récital de réception;séance;85000;120000;1",
    "es": "Desmontaje y embalaje de la tubería;fase;380000;520000;1|Reforrado en piel de los "
          "fuelles;fase;290000;410000;1|Restauración de los secretos de correderas;secreto;"
          "210000;300000;f|Armonización de los registros de lengüetería;registro;42000;61000;n|"
          "Recuperación de la transmisión mecánica;fase;160000;230000;1|Afinación final y "
          "concierto de entrega;sesión;85000;120000;1",
    "it": "Smontaggio e imballo delle canne;fase;380000;520000;1|Ripellatura dei mantici e "
          "dei serbatoi;fase;290000;410000;1|Restauro dei somieri a vento;somiere;210000;300000;"
          "f|Intonazione dei registri ad ancia;registro;42000;61000;n|Ripristino della "
          "trasmissione meccanica;fase;160000;230000;1|Accordatura finale e concerto di "
          "collaudo;seduta;85000;120000;1",
    "nl": "Demontage en verpakking van het pijpwerk;fase;380000;520000;1|Opnieuw beleren van "
          "balgen en magazijnbalg;fase;290000;410000;1|Restauratie van de sleepladen;lade;"
          "210000;300000;f|Intonatie van de tongwerken;register;42000;61000;n|Herstel van de "
          "mechanische tractuur;fase;160000;230000;1|Eindstemming en opleveringsconcert;"
          "bezoek;85000;120000;1",
}  # fmt: skip
_STORES: Final = {
    "en": "Marine diesel delivered alongside;l;140;220;b|Antifouling, dark blue 2.5 l;tin;"
          "9000;13000;f|Mooring line 16 mm braid;m;650;950;b|Engine oil 15W-40, 5 l;can;4200;"
          "6200;f|Fresh water hose with fittings;pc;3800;5600;1|Galley provisions as listed;"
          "order;12000;38000;1",
    "de": "Schiffsdiesel längsseits geliefert;l;140;220;b|Antifouling dunkelblau 2,5 l;Dose;"
          "9000;13000;f|Festmacherleine 16 mm geflochten;m;650;950;b|Motoröl 15W-40, 5 l;"
          "Kanister;4200;6200;f|Trinkwasserschlauch mit Kupplungen;Stk.;3800;5600;1|"
          "Kombüsenproviant laut Liste;Auftrag;12000;38000;1",
    "fr": "Gazole marin livré à quai;l;140;220;b|Antifouling bleu foncé 2,5 l;pot;9000;13000;"
          "f|Aussière tressée 16 mm;m;650;950;b|Huile moteur 15W-40, 5 l;bidon;4200;6200;f|"
          "Tuyau d'eau douce avec raccords;pce;3800;5600;1|Avitaillement cambuse selon liste;"
          "commande;12000;38000;1",
    "es": "Gasóleo náutico servido en pantalán;l;140;220;b|Antiincrustante azul oscuro 2,5 l;"
          "bote;9000;13000;f|Cabo de amarre trenzado 16 mm;m;650;950;b|Aceite de motor 15W-40, "
          "5 l;garrafa;4200;6200;f|Manguera de agua dulce con racores;ud.;3800;5600;1|"
          "Avituallamiento de cocina según lista;pedido;12000;38000;1",
    "it": "Gasolio nautico consegnato in banchina;l;140;220;b|Antivegetativa blu scuro 2,5 l;"
          "latta;9000;13000;f|Cima d'ormeggio intrecciata 16 mm;m;650;950;b|Olio motore "
          "15W-40, 5 l;tanica;4200;6200;f|Tubo acqua dolce con raccordi;pz;3800;5600;1|Cambusa "
          "secondo lista;ordine;12000;38000;1",
    "nl": "Scheepsdiesel langszij geleverd;l;140;220;b|Antifouling donkerblauw 2,5 l;blik;"
          "9000;13000;f|Meertouw gevlochten 16 mm;m;650;950;b|Motorolie 15W-40, 5 l;jerrycan;"
          "4200;6200;f|Drinkwaterslang met koppelingen;st.;3800;5600;1|Kombuisproviand volgens "
          "lijst;order;12000;38000;1",
}  # fmt: skip
_ESCAPE: Final = {
    "en": "Team event, two escape rooms in parallel;player;3200;4200;n|Private hire of the "
          "lounge;hr;9000;13000;h|Facilitated debrief with a game master;session;18000;26000;"
          "1|Pizza and soft drinks buffet;person;1500;2200;n|Custom puzzle with company logo;"
          "puzzle;25000;36000;1|Team photos and winners' trophy;set;6000;9000;1",
    "de": "Teamevent, zwei Räume parallel;Spieler;3200;4200;n|Exklusive Nutzung der Lounge;"
          "Std.;9000;13000;h|Moderiertes Debriefing mit Spielleitung;Termin;18000;26000;1|"
          "Pizza- und Getränkebuffet;Pers.;1500;2200;n|Eigenes Rätsel mit Firmenlogo;Rätsel;"
          "25000;36000;1|Teamfotos und Siegerpokal;Set;6000;9000;1",
    "fr": "Séminaire d'équipe, deux salles en parallèle;joueur;3200;4200;n|Privatisation du "
          "salon;h;9000;13000;h|Débriefing animé par un maître du jeu;séance;18000;26000;1|"
          "Buffet pizzas et boissons;pers.;1500;2200;n|Énigme personnalisée au logo;énigme;"
          "25000;36000;1|Photos d'équipe et trophée des vainqueurs;lot;6000;9000;1",
    "es": "Evento de equipo, dos salas en paralelo;jugador;3200;4200;n|Uso privado del salón;h;"
          "9000;13000;h|Debriefing guiado por el game master;sesión;18000;26000;1|Bufé de "
          "pizza y refrescos;pers.;1500;2200;n|Enigma personalizado con logotipo;enigma;25000;"
          "36000;1|Fotos de equipo y trofeo;lote;6000;9000;1",
    "it": "Evento aziendale, due stanze in parallelo;giocatore;3200;4200;n|Uso esclusivo della "
          "sala relax;ora;9000;13000;h|Debriefing guidato dal game master;sessione;18000;26000;"
          "1|Buffet pizza e bibite;pers.;1500;2200;n|Enigma personalizzato con logo;enigma;"
          "25000;36000;1|Foto di squadra e coppa dei vincitori;set;6000;9000;1",
    "nl": "Teamuitje, twee escaperooms tegelijk;speler;3200;4200;n|Lounge exclusief afhuren;"
          "uur;9000;13000;h|Nabespreking met spelleider;sessie;18000;26000;1|Pizzabuffet met "
          "frisdrank;pers.;1500;2200;n|Eigen puzzel met bedrijfslogo;puzzel;25000;36000;1|"
          "Teamfoto's en wisselbeker;set;6000;9000;1",
}  # fmt: skip
FLIGHTS: Final = {lang: _items(text) for lang, text in _FLIGHTS.items()}
FALCONRY: Final = {lang: _items(text) for lang, text in _FALCONRY.items()}
WELDING: Final = {lang: _items(text) for lang, text in _WELDING.items()}
ORGAN: Final = {lang: _items(text) for lang, text in _ORGAN.items()}
STORES: Final = {lang: _items(text) for lang, text in _STORES.items()}
ESCAPE: Final = {lang: _items(text) for lang, text in _ESCAPE.items()}

# The knife-sharpening round: the pieces it sharpens and the kitchen sections it collects them
# from (a line is one kind of piece from one section), with a price range per piece in cents.
BLADES: Final = {
    "en": ("Chef's knife up to 26 cm", "Boning knife", "Bread knife, serrated",
           "Filleting knife", "Santoku", "Cleaver", "Kitchen scissors", "Mandoline blade"),
    "de": ("Kochmesser bis 26 cm", "Ausbeinmesser", "Brotmesser mit Wellenschliff",
           "Filetiermesser", "Santokumesser", "Hackbeil", "Küchenschere", "Hobelmesser"),
    "fr": ("Couteau de chef jusqu'à 26 cm", "Couteau à désosser", "Couteau à pain cranté",
           "Couteau à filet de sole", "Santoku", "Couperet", "Ciseaux de cuisine",
           "Lame de mandoline"),
    "es": ("Cuchillo cebollero hasta 26 cm", "Cuchillo deshuesador", "Cuchillo de pan de "
           "sierra", "Cuchillo fileteador", "Santoku", "Hacha de cocina", "Tijeras de cocina",
           "Cuchilla de mandolina"),
    "it": ("Coltello da cuoco fino a 26 cm", "Coltello disossatore", "Coltello da pane "
           "seghettato", "Coltello da filetto", "Santoku", "Mannaia", "Forbici da cucina",
           "Lama per mandolina"),
    "nl": ("Koksmes tot 26 cm", "Uitbeenmes", "Broodmes met kartel", "Fileermes", "Santoku",
           "Hakmes", "Keukenschaar", "Mandolinemes"),
}  # fmt: skip
BLADE_PRICES: Final = ((700, 1100), (550, 800), (800, 1200), (600, 900), (700, 1000),
                       (900, 1400), (450, 700), (1000, 1500))  # fmt: skip
SECTIONS: Final = {
    "en": ("hot kitchen", "pastry", "butchery"), "de": ("warme Küche", "Patisserie", "Metzgerei"),
    "fr": ("cuisine chaude", "pâtisserie", "boucherie"), "es": ("cocina caliente", "pastelería",
                                                               "carnicería"),
    "it": ("cucina calda", "pasticceria", "macelleria"), "nl": ("warme keuken", "patisserie",
                                                              "slagerij"),
}  # fmt: skip
