"""What the layouts of the twentieth fresh evaluation slice (`evalset_fresh20.py`) bill, per
language: a crane hire firm's crane days and operator hours, a winter service contractor's
dated gritting and clearing runs, an asbestos surveyor's survey and samples, an archive scanning
bureau's pages and boxes, a workwear supplier's garments and embroidery, a carpet fitter's
carpet, underlay and fitting, and a marquee hire firm's structures and furniture. Items are
"description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`). None of
the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_CRANE: Final = {
    "en": "Mobile crane 55 t with operator;day;95000;140000;f|Operator overtime beyond "
          "9 hours;hr;5200;7400;h|Appointed person and lift plan;job;18000;26000;1|Slinger "
          "signaller;hr;3400;4600;h|Mobilisation and return travel;trip;32000;48000;1|"
          "Counterweight lorry;trip;26000;38000;1",
    "de": "Autokran 55 t mit Kranführer;Tag;95000;140000;f|Kranführer-Mehrstunden über "
          "9 Std.;Std.;5200;7400;h|Hubplanung und Einsatzleitung;Pausch.;18000;26000;1|"
          "Anschläger/Einweiser;Std.;3400;4600;h|An- und Abfahrt Kran;Fahrt;32000;48000;1|"
          "Ballasttransport mit Lkw;Fahrt;26000;38000;1",
    "fr": "Grue mobile 55 t avec grutier;jour;95000;140000;f|Heures de grutier au-delà de "
          "9 h;h;5200;7400;h|Étude de levage et chef de manœuvre;forfait;18000;26000;1|"
          "Élingueur-signaleur;h;3400;4600;h|Amenée et repli de la grue;voyage;32000;48000;1|"
          "Camion de contrepoids;voyage;26000;38000;1",
    "es": "Grúa autopropulsada 55 t con gruista;día;95000;140000;f|Horas extra de gruista "
          "sobre 9 h;h;5200;7400;h|Plan de izado y jefe de maniobra;serv.;18000;26000;1|"
          "Estrobador señalista;h;3400;4600;h|Traslado de ida y vuelta;viaje;32000;48000;1|"
          "Camión de contrapesos;viaje;26000;38000;1",
    "it": "Autogru 55 t con gruista;giorno;95000;140000;f|Ore gruista oltre le 9 ore;ore;"
          "5200;7400;h|Piano di sollevamento e capomanovra;forf.;18000;26000;1|"
          "Imbracatore segnalatore;ore;3400;4600;h|Trasferimento andata e ritorno;viaggio;"
          "32000;48000;1|Autocarro zavorre;viaggio;26000;38000;1",
    "nl": "Mobiele kraan 55 t met machinist;dag;95000;140000;f|Meeruren machinist boven "
          "9 uur;uur;5200;7400;h|Hijsplan en hijsbegeleider;post;18000;26000;1|"
          "Aanpikker-seingever;uur;3400;4600;h|Aan- en afvoer kraan;rit;32000;48000;1|"
          "Vrachtwagen contragewicht;rit;26000;38000;1",
}  # fmt: skip
_ASBESTOS: Final = {
    "en": "Management survey, up to 400 sq ft;survey;45000;65000;1|Bulk sample analysed, "
          "PLM;sample;3500;5200;n|Air clearance test after removal;test;38000;52000;1|"
          "Asbestos register and report;report;15000;22000;1|Site attendance, surveyor;hr;"
          "9500;13000;h|Sample results, same-day turnaround;sample;1500;2400;n",
    "de": "Schadstofferkundung Gebäude nach VDI 6202;Pausch.;45000;65000;1|Materialprobe "
          "Asbest, Laboranalyse REM;Probe;3500;5200;n|Freimessung nach Sanierung;Messung;"
          "38000;52000;1|Gutachten mit Schadstoffkataster;Bericht;15000;22000;1|Begehung "
          "durch Sachverständigen;Std.;9500;13000;h|Eilzuschlag Analyse 24 h;Probe;"
          "1500;2400;n",
    "fr": "Repérage amiante avant travaux;mission;45000;65000;1|Prélèvement analysé en "
          "laboratoire, MOLP;prél.;3500;5200;n|Mesure d'empoussièrement après retrait;"
          "mesure;38000;52000;1|Rapport de repérage et DTA;rapport;15000;22000;1|"
          "Présence de l'opérateur de repérage;h;9500;13000;h|Supplément analyse en 24 h;"
          "prél.;1500;2400;n",
    "es": "Inspección de amianto previa a obra;serv.;45000;65000;1|Muestra analizada por "
          "microscopía;muestra;3500;5200;n|Medición ambiental de fibras tras retirada;"
          "medición;38000;52000;1|Informe y mapa de materiales;informe;15000;22000;1|"
          "Visita de técnico inspector;h;9500;13000;h|Recargo análisis urgente 24 h;muestra;"
          "1500;2400;n",
    "it": "Censimento amianto pre-demolizione;incarico;45000;65000;1|Campione analizzato "
          "in MOCF;campione;3500;5200;n|Monitoraggio fibre aerodisperse post bonifica;"
          "misura;38000;52000;1|Relazione tecnica e mappatura;relazione;15000;22000;1|"
          "Sopralluogo del tecnico;ore;9500;13000;h|Maggiorazione analisi urgente 24 h;"
          "campione;1500;2400;n",
    "nl": "Asbestinventarisatie type A;rapport;45000;65000;1|Monster geanalyseerd, "
          "polarisatiemicroscoop;monster;3500;5200;n|Eindbeoordeling na sanering;meting;"
          "38000;52000;1|Inventarisatierapport en tekening;rapport;15000;22000;1|"
          "Inspecteur op locatie;uur;9500;13000;h|Spoedtoeslag analyse 24 uur;monster;"
          "1500;2400;n",
}  # fmt: skip
_SCANNING: Final = {
    "en": "A4 pages scanned, 300 dpi greyscale;thou.;3800;5600;d|Box preparation, "
          "staples removed;box;650;1100;n|Indexing to file level;thou.;1200;2100;d|"
          "Plans scanned up to A0;sheet;180;320;m|Secure shredding after scanning;box;"
          "300;550;n|Collection by vetted van;trip;9500;14000;1|Encrypted drive delivered;"
          "pc;4500;6500;1",
    "de": "Scannen DIN A4, 300 dpi Graustufen;Tsd.;3800;5600;d|Vorbereitung, "
          "Entklammern je Karton;Karton;650;1100;n|Indexierung auf Aktenebene;Tsd.;"
          "1200;2100;d|Großformatscan bis A0;Blatt;180;320;m|Datenschutzgerechte "
          "Vernichtung;Karton;300;550;n|Abholung im Sicherheitsfahrzeug;Fahrt;9500;14000;1|"
          "Verschlüsselte Festplatte;Stk;4500;6500;1",
    "fr": "Numérisation A4, 300 dpi niveaux de gris;mille;3800;5600;d|Préparation, "
          "dégrafage par boîte;boîte;650;1100;n|Indexation au niveau dossier;mille;"
          "1200;2100;d|Plans numérisés jusqu'au A0;feuille;180;320;m|Destruction "
          "confidentielle après scan;boîte;300;550;n|Enlèvement en véhicule sécurisé;"
          "voyage;9500;14000;1|Disque chiffré remis;u;4500;6500;1",
    "es": "Digitalización A4, 300 ppp en grises;millar;3800;5600;d|Preparación y "
          "desgrapado por caja;caja;650;1100;n|Indexación por expediente;millar;"
          "1200;2100;d|Planos escaneados hasta A0;hoja;180;320;m|Destrucción certificada "
          "tras escaneo;caja;300;550;n|Recogida en vehículo custodiado;viaje;9500;14000;1|"
          "Disco cifrado entregado;ud;4500;6500;1",
    "it": "Scansione A4, 300 dpi scala di grigi;mille;3800;5600;d|Preparazione e "
          "rimozione punti per scatola;scatola;650;1100;n|Indicizzazione per fascicolo;"
          "1.000 pag.;1200;2100;d|Tavole scansionate fino ad A0;foglio;180;320;m|"
          "Distruzione certificata dopo scansione;scatola;300;550;n|Ritiro con mezzo "
          "blindato;viaggio;9500;14000;1|Disco cifrato consegnato;pz;4500;6500;1",
    "nl": "Scannen A4, 300 dpi grijswaarden;duizend;3800;5600;d|Voorbereiden en "
          "ontnieten per doos;doos;650;1100;n|Indexeren op dossierniveau;duizend;"
          "1200;2100;d|Tekeningen gescand tot A0;blad;180;320;m|Vertrouwelijke vernietiging "
          "na scan;doos;300;550;n|Ophalen met beveiligd busje;rit;9500;14000;1|"
          "Versleutelde schijf geleverd;st;4500;6500;1",
}  # fmt: skip
_WORKWEAR: Final = {
    "en": "Polo shirt, navy, 220 g;pc;1100;1600;b|Softshell jacket, black;pc;3900;5400;n|"
          "Hi-vis vest, class 2;pc;450;750;b|Cargo work trousers, grey;pc;2600;3600;n|"
          "Fleece, bottle green;pc;2100;2900;n|Logo embroidery, left chest;pc;350;600;b|"
          "Name embroidery, right chest;pc;250;450;b|Back print, one colour;pc;300;550;b|"
          "Logo digitising, one-off;job;3500;6000;1|Delivery and bagging per employee;job;"
          "1800;2800;1",
    "de": "Poloshirt marine, 220 g;Stk;1100;1600;b|Softshelljacke schwarz;Stk;3900;5400;n|"
          "Warnweste Klasse 2;Stk;450;750;b|Bundhose grau;Stk;2600;3600;n|Fleecejacke "
          "flaschengrün;Stk;2100;2900;n|Logostick Brust links;Stk;350;600;b|Namensstick "
          "Brust rechts;Stk;250;450;b|Rückendruck einfarbig;Stk;300;550;b|Punchen des Logos, "
          "einmalig;Pausch.;3500;6000;1|Versand und Namenspacken;Pausch.;1800;2800;1",
    "fr": "Polo marine 220 g;pce;1100;1600;b|Veste softshell noire;pce;3900;5400;n|"
          "Gilet haute visibilité classe 2;pce;450;750;b|Pantalon de travail gris;pce;"
          "2600;3600;n|Polaire vert bouteille;pce;2100;2900;n|Broderie logo cœur;pce;"
          "350;600;b|Broderie prénom côté droit;pce;250;450;b|Marquage dos une couleur;pce;"
          "300;550;b|Création du programme de broderie;forfait;3500;6000;1|Colisage "
          "nominatif et envoi;forfait;1800;2800;1",
    "es": "Polo marino 220 g;ud;1100;1600;b|Chaqueta softshell negra;ud;3900;5400;n|"
          "Chaleco alta visibilidad clase 2;ud;450;750;b|Pantalón multibolsillos gris;ud;"
          "2600;3600;n|Forro polar verde botella;ud;2100;2900;n|Bordado logotipo pecho;ud;"
          "350;600;b|Bordado nombre lado derecho;ud;250;450;b|Serigrafía espalda una "
          "tinta;ud;300;550;b|Picaje del logotipo, único;serv.;3500;6000;1|Embolsado por "
          "empleado y envío;serv.;1800;2800;1",
    "it": "Polo blu navy 220 g;pz;1100;1600;b|Giacca softshell nera;pz;3900;5400;n|"
          "Gilet alta visibilità classe 2;pz;450;750;b|Pantalone multitasche grigio;pz;"
          "2600;3600;n|Pile verde bottiglia;pz;2100;2900;n|Ricamo logo lato cuore;pz;"
          "350;600;b|Ricamo nome lato destro;pz;250;450;b|Stampa schiena un colore;pz;"
          "300;550;b|Punciatura del logo, una tantum;forf.;3500;6000;1|Imbustamento "
          "nominativo e spedizione;forf.;1800;2800;1",
    "nl": "Poloshirt marine 220 g;st;1100;1600;b|Softshell jas zwart;st;3900;5400;n|"
          "Veiligheidshesje klasse 2;st;450;750;b|Werkbroek grijs;st;2600;3600;n|"
          "Fleecevest flessengroen;st;2100;2900;n|Logo borduren borst links;st;350;600;b|"
          "Naam borduren borst rechts;st;250;450;b|Rugbedrukking één kleur;st;300;550;b|"
          "Ponskosten logo, eenmalig;post;3500;6000;1|Per medewerker verpakt en "
          "verzonden;post;1800;2800;1",
}  # fmt: skip
_CARPET: Final = {
    "en": "80/20 wool twist carpet;m²;2600;4200;d|Cushioned PU underlay, 11 mm;m²;"
          "550;900;d|Gripper rod fitted;m;180;320;d|Uplift and disposal of old carpet;m²;"
          "300;500;d|Stair carpet fitted, 13 treads;job;16000;22000;1|Threshold strip, "
          "brushed chrome;pc;1400;2200;f|Door trimmed to clear carpet;pc;1500;2400;f",
    "de": "Velours-Teppichboden Wolle 80/20;m²;2600;4200;d|Trittschall-Unterlage PU "
          "11 mm;m²;550;900;d|Nagelleisten gesetzt;m;180;320;d|Altbelag aufgenommen und "
          "entsorgt;m²;300;500;d|Treppe belegt, 13 Stufen;Pausch.;16000;22000;1|"
          "Übergangsprofil Edelstahl;Stk;1400;2200;f|Tür gekürzt;Stk;1500;2400;f",
    "fr": "Moquette laine 80/20 bouclée;m²;2600;4200;d|Sous-couche PU 11 mm;m²;550;900;d|"
          "Baguettes à picots posées;ml;180;320;d|Dépose et évacuation ancienne moquette;"
          "m²;300;500;d|Pose escalier 13 marches;forfait;16000;22000;1|Barre de seuil "
          "inox;u;1400;2200;f|Porte rabotée;u;1500;2400;f",
    "es": "Moqueta de lana 80/20 bouclé;m²;2600;4200;d|Base aislante PU 11 mm;m²;550;900;d|"
          "Listón de rastrel colocado;m;180;320;d|Retirada y vertedero de moqueta vieja;m²;"
          "300;500;d|Escalera enmoquetada, 13 peldaños;serv.;16000;22000;1|Perfil de umbral "
          "inox;ud;1400;2200;f|Puerta rebajada;ud;1500;2400;f",
    "it": "Moquette lana 80/20 bouclé;m²;2600;4200;d|Sottofondo PU 11 mm;m²;550;900;d|"
          "Listelli a chiodi posati;m;180;320;d|Rimozione e smaltimento vecchia moquette;"
          "m²;300;500;d|Scala rivestita, 13 gradini;forf.;16000;22000;1|Profilo di soglia "
          "inox;pz;1400;2200;f|Porta rifilata;pz;1500;2400;f",
    "nl": "Wollen tapijt 80/20 lus;m²;2600;4200;d|Ondertapijt PU 11 mm;m²;550;900;d|"
          "Spijkerlatten geplaatst;m;180;320;d|Oud tapijt verwijderd en afgevoerd;m²;"
          "300;500;d|Trap bekleed, 13 treden;post;16000;22000;1|Overgangsprofiel rvs;st;"
          "1400;2200;f|Deur ingekort;st;1500;2400;f",
}  # fmt: skip
_MARQUEE: Final = {
    "en": "Clearspan marquee 12 x 24 m;event;280000;380000;1|Ivory pleated lining;m²;"
          "450;700;m|Interlocking wooden floor;m²;900;1400;m|Round table, 5 ft;pc;900;1400;n|"
          "Chiavari chair, gold;pc;350;550;b|Chandelier with dimmer;pc;4500;7000;f|"
          "Diesel heater with tank;day;9000;14000;f",
    "de": "Festzelt 12 x 24 m, Leichtbauhalle;Veranst.;280000;380000;1|Himmel- und "
          "Seitenbespannung creme;m²;450;700;m|Holzboden verlegt;m²;900;1400;m|Rundtisch "
          "150 cm;Stk;900;1400;n|Bankettstuhl gold;Stk;350;550;b|Kronleuchter mit Dimmer;Stk;"
          "4500;7000;f|Zeltheizung Diesel mit Tank;Tag;9000;14000;f",
    "fr": "Chapiteau 12 x 24 m;manif.;280000;380000;1|Vélum plissé ivoire;m²;450;700;m|"
          "Plancher bois;m²;900;1400;m|Table ronde 150 cm;u;900;1400;n|Chaise Chiavari "
          "dorée;u;350;550;b|Lustre avec variateur;u;4500;7000;f|Chauffage au fioul avec "
          "cuve;jour;9000;14000;f",
    "es": "Carpa estructura 12 x 24 m;evento;280000;380000;1|Forro plisado marfil;m²;"
          "450;700;m|Tarima de madera;m²;900;1400;m|Mesa redonda 150 cm;ud;900;1400;n|"
          "Silla Tiffany dorada;ud;350;550;b|Lámpara de araña regulable;ud;4500;7000;f|"
          "Calefactor de gasoil con depósito;día;9000;14000;f",
    "it": "Tensostruttura 12 x 24 m;evento;280000;380000;1|Cielo plissettato avorio;m²;"
          "450;700;m|Pedana in legno;m²;900;1400;m|Tavolo tondo 150 cm;pz;900;1400;n|"
          "Sedia Chiavari oro;pz;350;550;b|Lampadario con dimmer;pz;4500;7000;f|Generatore "
          "d'aria calda a gasolio;giorno;9000;14000;f",
    "nl": "Partytent 12 x 24 m, aluhal;evenement;280000;380000;1|Plooidak ivoor;m²;"
          "450;700;m|Houten vloer gelegd;m²;900;1400;m|Ronde tafel 150 cm;st;900;1400;n|"
          "Chiavari-stoel goud;st;350;550;b|Kroonluchter met dimmer;st;4500;7000;f|"
          "Dieselheater met tank;dag;9000;14000;f",
}  # fmt: skip

CRANE: Final = {lang: _items(text) for lang, text in _CRANE.items()}
ASBESTOS: Final = {lang: _items(text) for lang, text in _ASBESTOS.items()}
SCANNING: Final = {lang: _items(text) for lang, text in _SCANNING.items()}
WORKWEAR: Final = {lang: _items(text) for lang, text in _WORKWEAR.items()}
CARPET: Final = {lang: _items(text) for lang, text in _CARPET.items()}
MARQUEE: Final = {lang: _items(text) for lang, text in _MARQUEE.items()}

# The winter service contractor's runs (each billed in hours per dated call-out) and their
# hourly rates.
WINTER: Final = {
    "en": ("Car park and access road gritted", "Footpaths hand-gritted",
           "Snow ploughed, main yard", "Night patrol and salt top-up"),
    "de": ("Parkplatz und Zufahrt gestreut", "Gehwege von Hand gestreut",
           "Hof maschinell geräumt", "Kontrollfahrt mit Nachstreuen"),
    "fr": ("Parking et accès salés", "Trottoirs salés à la main",
           "Cour déneigée à la lame", "Ronde de nuit et complément de sel"),
    "es": ("Aparcamiento y acceso con sal", "Aceras con sal a mano",
           "Patio limpiado con cuña", "Ronda nocturna y reposición de sal"),
    "it": ("Parcheggio e accesso salati", "Marciapiedi salati a mano",
           "Piazzale sgomberato con lama", "Giro notturno con rabbocco sale"),
    "nl": ("Parkeerterrein en toegang gestrooid", "Voetpaden met de hand gestrooid",
           "Terrein sneeuwvrij geschoven", "Nachtronde met bijstrooien"),
}  # fmt: skip
WINTER_PRICES: Final = ((6500, 9500), (3800, 5200), (9500, 14000), (4500, 6500))  # per hour
