"""What the layouts of the fourteenth fresh evaluation slice (`evalset_fresh14.py`) bill, per
language: a heat-pump and solar installer's final account, a cleaning firm's visits (its tasks;
each visit's date joins the task in the line), a cycle workshop's counter sales, a marina's berth
and services, a nursery's monthly fees, a charging network's sessions and an IT supplier's
hardware. Items are "description;unit;low;high;kind" as in the tenth slice
(`evalset_fresh10_items.Item`). None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_HEAT: Final = {
    "en": "Air-to-water heat pump, 9 kW outdoor unit;pc;780000;1150000;1|Hot water cylinder "
          "200 l;pc;120000;190000;1|Buffer tank 100 l;pc;45000;80000;1|Heat pump fitting "
          "labour;hr;4500;6500;h|Solar PV panel 430 Wp;pc;14000;21000;n|Hybrid inverter 6 kW;"
          "pc;130000;190000;1|Battery storage module 5 kWh;pc;210000;320000;1|Removal of old "
          "oil boiler;job;35000;65000;1",
    "de": "Luft-Wasser-Wärmepumpe, Außeneinheit 9 kW;Stk;780000;1150000;1|"
          "Warmwasserspeicher 200 l;Stk;120000;190000;1|Pufferspeicher 100 l;Stk;45000;80000;1|"
          "Montagestunden Wärmepumpe;Std.;4500;6500;h|PV-Modul 430 Wp;Stk;14000;21000;n|"
          "Hybridwechselrichter 6 kW;Stk;130000;190000;1|Batteriespeicher-Modul 5 kWh;Stk;"
          "210000;320000;1|Demontage alter Ölkessel;pausch.;35000;65000;1",
    "fr": "Pompe à chaleur air-eau, unité extérieure 9 kW;u;780000;1150000;1|Ballon d'eau "
          "chaude 200 l;u;120000;190000;1|Ballon tampon 100 l;u;45000;80000;1|Main-d'œuvre "
          "pose PAC;h;4500;6500;h|Panneau photovoltaïque 430 Wc;u;14000;21000;n|Onduleur "
          "hybride 6 kW;u;130000;190000;1|Module batterie 5 kWh;u;210000;320000;1|Dépose "
          "de l'ancienne chaudière fioul;forfait;35000;65000;1",
    "es": "Bomba de calor aerotermia, unidad exterior 9 kW;ud;780000;1150000;1|Acumulador de "
          "ACS 200 l;ud;120000;190000;1|Depósito de inercia 100 l;ud;45000;80000;1|Mano de "
          "obra instalación aerotermia;h;4500;6500;h|Panel fotovoltaico 430 Wp;ud;14000;21000;"
          "n|Inversor híbrido 6 kW;ud;130000;190000;1|Módulo de baterías 5 kWh;ud;210000;"
          "320000;1|Retirada de caldera de gasóleo;global;35000;65000;1",
    "it": "Pompa di calore aria-acqua, unità esterna 9 kW;pz;780000;1150000;1|Bollitore ACS "
          "200 l;pz;120000;190000;1|Serbatoio inerziale 100 l;pz;45000;80000;1|Manodopera "
          "posa pompa di calore;ora;4500;6500;h|Modulo fotovoltaico 430 Wp;pz;14000;21000;n|"
          "Inverter ibrido 6 kW;pz;130000;190000;1|Modulo batteria 5 kWh;pz;210000;320000;1|"
          "Smontaggio vecchia caldaia a gasolio;corpo;35000;65000;1",
    "nl": "Lucht-waterwarmtepomp, buitendeel 9 kW;st;780000;1150000;1|Boilervat 200 l;st;"
          "120000;190000;1|Buffervat 100 l;st;45000;80000;1|Montage-uren warmtepomp;uur;4500;"
          "6500;h|Zonnepaneel 430 Wp;st;14000;21000;n|Hybride omvormer 6 kW;st;130000;190000;1|"
          "Thuisbatterij module 5 kWh;st;210000;320000;1|Verwijderen oude oliegestookte "
          "ketel;post;35000;65000;1",
}  # fmt: skip
# The cleaning tasks a visit bills by the hour (the visit's weekday and date join them).
_TASKS: Final = {
    "en": "Routine office clean;hr;2800;3600;h|Washroom deep clean;hr;3200;4200;h|"
          "Floor scrub and buff;hr;3500;4600;h|Internal glass clean;hr;3000;3900;h",
    "de": "Unterhaltsreinigung Büro;Std.;2800;3600;h|Sanitär-Grundreinigung;Std.;3200;4200;h|"
          "Bodenpflege maschinell;Std.;3500;4600;h|Glasreinigung innen;Std.;3000;3900;h",
    "fr": "Entretien courant des bureaux;h;2800;3600;h|Nettoyage approfondi sanitaires;h;"
          "3200;4200;h|Lavage mécanisé des sols;h;3500;4600;h|Vitrerie intérieure;h;3000;3900;h",
    "es": "Limpieza ordinaria de oficina;h;2800;3600;h|Limpieza a fondo de aseos;h;3200;4200;h|"
          "Fregado mecánico de suelos;h;3500;4600;h|Cristales interiores;h;3000;3900;h",
    "it": "Pulizia ordinaria uffici;ora;2800;3600;h|Sanificazione bagni;ora;3200;4200;h|"
          "Lavaggio meccanico pavimenti;ora;3500;4600;h|Vetri interni;ora;3000;3900;h",
    "nl": "Regulier kantoorschoonmaak;uur;2800;3600;h|Sanitair grondig reinigen;uur;3200;4200;"
          "h|Vloer machinaal schrobben;uur;3500;4600;h|Glasbewassing binnen;uur;3000;3900;h",
}  # fmt: skip
_BIKE: Final = {
    "en": "Puncture repair, rear wheel;job;900;1500;1|Inner tube 28 x 1.75;pc;700;1100;f|"
          "Disc brake pads, pair;pr;1800;2600;f|Chain 11-speed;pc;2900;4500;1|"
          "Gear cable and housing set;set;1400;2200;1",
    "de": "Reifenpanne behoben, Hinterrad;Auftr.;900;1500;1|Schlauch 28 x 1,75;Stk;700;1100;f|"
          "Scheibenbremsbeläge, Paar;Paar;1800;2600;f|Kette 11-fach;Stk;2900;4500;1|"
          "Schaltzug mit Hülle;Satz;1400;2200;1",
    "fr": "Réparation crevaison roue arrière;forfait;900;1500;1|Chambre à air 28 x 1,75;u;700;"
          "1100;f|Plaquettes de frein à disque, paire;paire;1800;2600;f|Chaîne 11 vitesses;u;"
          "2900;4500;1|Câble et gaine de dérailleur;jeu;1400;2200;1",
    "es": "Reparación de pinchazo rueda trasera;trabajo;900;1500;1|Cámara 28 x 1,75;ud;700;"
          "1100;f|Pastillas de freno de disco, par;par;1800;2600;f|Cadena 11 velocidades;ud;"
          "2900;4500;1|Cable y funda de cambio;juego;1400;2200;1",
    "it": "Riparazione foratura ruota posteriore;lavoro;900;1500;1|Camera d'aria 28 x 1,75;pz;"
          "700;1100;f|Pastiglie freno a disco, coppia;cp;1800;2600;f|Catena 11 velocità;pz;"
          "2900;4500;1|Cavo e guaina del cambio;kit;1400;2200;1",
    "nl": "Lekke band achterwiel gerepareerd;klus;900;1500;1|Binnenband 28 x 1,75 met ventiel;"
          "st;700;1100;f|Schijfremblokjes, paar;paar;1800;2600;f|Ketting 11-speed;st;2900;4500;1|"
          "Schakelkabel met buitenkabel;set;1400;2200;1",
}  # fmt: skip
_BERTH: Final = {
    "en": "Visitor berth, up to 12 m;night;2200;3800;n|Shore power metered;kWh;30;60;b|"
          "Fresh water from pontoon tap;m3;250;500;d|Crane lift in and out;lift;18000;26000;1|"
          "Holding tank pump-out;pc;1200;2000;1|Harbour dues per person;night;150;300;n",
    "de": "Gastliegeplatz bis 12 m;Nacht;2200;3800;n|Landstrom nach Zähler;kWh;30;60;b|"
          "Frischwasser vom Steg;m³;250;500;d|Kranen ein und aus;Hub;18000;26000;1|"
          "Fäkalientank abgepumpt;Stk;1200;2000;1|Hafengeld je Person;Nacht;150;300;n",
    "fr": "Place visiteur jusqu'à 12 m;nuit;2200;3800;n|Électricité de quai au compteur;kWh;"
          "30;60;b|Eau douce au ponton;m³;250;500;d|Grutage aller-retour;levage;18000;26000;1|"
          "Vidange des eaux noires;u;1200;2000;1|Taxe portuaire par personne;nuit;150;300;n",
    "es": "Amarre de tránsito hasta 12 m;noche;2200;3800;n|Electricidad en pantalán por "
          "contador;kWh;30;60;b|Agua dulce en pantalán;m³;250;500;d|Izada y botadura con grúa;"
          "maniobra;18000;26000;1|Vaciado de aguas negras;ud;1200;2000;1|Tasa portuaria por "
          "persona;noche;150;300;n",
    "it": "Posto barca transito fino a 12 m;notte;2200;3800;n|Corrente di banchina a "
          "contatore;kWh;30;60;b|Acqua dolce al pontile;m³;250;500;d|Alaggio e varo con gru;"
          "manovra;18000;26000;1|Svuotamento acque nere;pz;1200;2000;1|Diritti portuali a "
          "persona;notte;150;300;n",
    "nl": "Passantenligplaats tot 12 m;nacht;2200;3800;n|Walstroom volgens meter;kWh;30;60;b|"
          "Drinkwater aan de steiger;m³;250;500;d|Kraan in en uit het water;hijs;18000;26000;1|"
          "Vuilwatertank afgezogen;st;1200;2000;1|Havengeld per persoon;nacht;150;300;n",
}  # fmt: skip
_CARE: Final = {
    "en": "Full-day place, monthly fee;month;55000;95000;1|Hot lunches;day;350;650;n|"
          "Late collection after 6 pm;time;800;1500;f|Forest school morning;trip;900;1800;f|"
          "Nappies and wipes allowance;month;1500;3000;1|Music and movement club;month;1800;"
          "3200;1",
    "de": "Ganztagesplatz, Monatsbeitrag;Monat;55000;95000;1|Warmes Mittagessen;Tag;350;650;n|"
          "Späte Abholung nach 18 Uhr;Mal;800;1500;f|Waldtag-Ausflug;Ausflug;900;1800;f|"
          "Windelpauschale;Monat;1500;3000;1|Musikgarten-Kurs;Monat;1800;3200;1",
    "fr": "Accueil journée complète, forfait mensuel;mois;55000;95000;1|Repas chauds;jour;350;"
          "650;n|Départ tardif après 18 h;fois;800;1500;f|Sortie en forêt;sortie;900;1800;f|"
          "Forfait couches et lingettes;mois;1500;3000;1|Atelier d'éveil musical;mois;1800;"
          "3200;1",
    "es": "Plaza jornada completa, cuota mensual;mes;55000;95000;1|Servicio de comedor;día;350;"
          "650;n|Recogida tardía después de las 18 h;vez;800;1500;f|Excursión a la granja "
          "escuela;salida;900;1800;f|Material de higiene y pañales;mes;1500;3000;1|Taller de "
          "estimulación musical;mes;1800;3200;1",
    "it": "Frequenza tempo pieno, retta mensile;mese;55000;95000;1|Pasti caldi;giorno;350;650;"
          "n|Uscita posticipata dopo le 18;volta;800;1500;f|Gita al parco naturale;gita;900;"
          "1800;f|Quota pannolini e salviette;mese;1500;3000;1|Laboratorio di musica;mese;"
          "1800;3200;1",
    "nl": "Hele-dagopvang, maandbedrag;maand;55000;95000;1|Warme lunch;dag;350;650;n|"
          "Laat ophalen na 18 uur;keer;800;1500;f|Uitje naar de kinderboerderij;uitje;900;1800;"
          "f|Luiers en doekjes;maand;1500;3000;1|Muziek-op-schoot;maand;1800;3200;1",
}  # fmt: skip
_CHARGE: Final = {
    "en": "DC fast charging, Pier 66 garage;kWh;45;69;b|AC charging, Bellevue Square level P2;"
          "kWh;28;42;b|DC fast charging, I-5 Tukwila hub;kWh;45;69;b|Idle fee after full "
          "charge;min;30;50;n|Fleet plan monthly subscription;mth;2500;4500;1|Roaming "
          "sessions via partner networks;session;150;350;n|Replacement charging card;pc;500;"
          "1000;1",
    "de": "Schnellladen DC, Parkhaus Hauptwache;kWh;45;69;b|AC-Laden, Skyline Plaza Ebene -2;"
          "kWh;28;42;b|Schnellladen DC, Rasthof Weiskirchen;kWh;45;69;b|Blockiergebühr nach "
          "Ladeende;Min.;30;50;n|Flottentarif Monatsgrundgebühr;Mon.;2500;4500;1|"
          "Roaming-Ladevorgänge über Partnernetze;Vorgang;150;350;n|Ersatz-Ladekarte;Stk;500;"
          "1000;1",
    "fr": "Recharge rapide DC, parking Part-Dieu;kWh;45;69;b|Recharge AC, Confluence niveau "
          "-2;kWh;28;42;b|Recharge rapide DC, aire de Villefranche;kWh;45;69;b|Frais "
          "d'occupation après charge;min;30;50;n|Abonnement mensuel flotte;mois;2500;4500;1|"
          "Sessions en itinérance réseaux partenaires;session;150;350;n|Badge de recharge de "
          "remplacement;u;500;1000;1",
    "es": "Carga rápida DC, aparcamiento Plaza de España;kWh;45;69;b|Carga AC, La Vaguada "
          "planta -2;kWh;28;42;b|Carga rápida DC, área de servicio Alcobendas;kWh;45;69;b|"
          "Penalización por ocupación tras la carga;min;30;50;n|Cuota mensual plan de flota;"
          "mes;2500;4500;1|Sesiones en itinerancia por redes asociadas;sesión;150;350;n|"
          "Tarjeta de recarga de sustitución;ud;500;1000;1",
    "it": "Ricarica rapida DC, parcheggio Porta Garibaldi;kWh;45;69;b|Ricarica AC, CityLife "
          "livello -2;kWh;28;42;b|Ricarica rapida DC, area di servizio Cantagallo;kWh;45;69;b|"
          "Penale di sosta dopo la ricarica;min;30;50;n|Canone mensile piano flotte;mese;2500;"
          "4500;1|Sessioni in roaming su reti partner;sessione;150;350;n|Tessera di ricarica "
          "sostitutiva;pz;500;1000;1",
    "nl": "Snelladen DC, parkeergarage Zuidas;kWh;45;69;b|AC-laden, Westfield Mall niveau -1;"
          "kWh;28;42;b|Snelladen DC, verzorgingsplaats Hazeldonk;kWh;45;69;b|Blokkeertarief na "
          "volle accu;min;30;50;n|Abonnement wagenpark per maand;mnd;2500;4500;1|"
          "Roamingsessies via partnernetwerken;sessie;150;350;n|Vervangende laadpas;st;500;"
          "1000;1",
}  # fmt: skip
# Hardware (a serial number a piece) and one service line each list ends with (no serial).
_HARDWARE: Final = {
    "en": "Business laptop 14in, 32 GB RAM;pc;95000;145000;f|27in USB-C monitor;pc;22000;"
          "36000;f|Docking station, dual display;pc;14000;21000;f|Rack server 1U, 2 x 16 "
          "cores;pc;420000;610000;1|24-port PoE network switch;pc;38000;56000;1|Uninterruptible "
          "power supply 1500 VA;pc;41000;62000;1|Imaging and asset tagging;hr;6500;9000;h",
    "de": "Business-Notebook 14 Zoll, 32 GB RAM;Stk;95000;145000;f|USB-C-Monitor 27 Zoll;Stk;"
          "22000;36000;f|Dockingstation, zwei Displays;Stk;14000;21000;f|Rackserver 1 HE, 2 x "
          "16 Kerne;Stk;420000;610000;1|PoE-Switch 24 Ports;Stk;38000;56000;1|USV 1500 VA;"
          "Stk;41000;62000;1|Betankung und Inventarisierung;Std.;6500;9000;h",
    "fr": "Portable professionnel 14 pouces, 32 Go;u;95000;145000;f|Écran USB-C 27 pouces;u;"
          "22000;36000;f|Station d'accueil double écran;u;14000;21000;f|Serveur rack 1U, 2 x "
          "16 cœurs;u;420000;610000;1|Commutateur PoE 24 ports;u;38000;56000;1|Onduleur "
          "1500 VA;u;41000;62000;1|Masterisation et étiquetage;h;6500;9000;h",
    "es": "Portátil profesional 14 pulgadas, 32 GB;ud;95000;145000;f|Monitor USB-C 27 "
          "pulgadas;ud;22000;36000;f|Base de conexión doble pantalla;ud;14000;21000;f|Servidor "
          "en rack 1U, 2 x 16 núcleos;ud;420000;610000;1|Switch PoE de 24 puertos;ud;38000;"
          "56000;1|SAI 1500 VA;ud;41000;62000;1|Maquetado e inventariado;h;6500;9000;h",
    "it": "Notebook aziendale 14 pollici, 32 GB;pz;95000;145000;f|Monitor USB-C 27 pollici;pz;"
          "22000;36000;f|Docking station doppio monitor;pz;14000;21000;f|Server rack 1U, 2 x 16 "
          "core;pz;420000;610000;1|Switch PoE 24 porte;pz;38000;56000;1|Gruppo di continuità "
          "1500 VA;pz;41000;62000;1|Preparazione e inventario;ora;6500;9000;h",
    "nl": "Zakelijke laptop 14 inch, 32 GB;st;95000;145000;f|USB-C-monitor 27 inch;st;22000;"
          "36000;f|Dockingstation voor twee schermen;st;14000;21000;f|Rackserver 1U, 2 x 16 "
          "cores;st;420000;610000;1|PoE-switch 24 poorten;st;38000;56000;1|UPS 1500 VA;st;"
          "41000;62000;1|Uitrollen en inventariseren;uur;6500;9000;h",
}  # fmt: skip
HEAT, TASKS, BIKE, BERTH, CARE, CHARGE, HARDWARE = (
    {lang: _items(text) for lang, text in by_lang.items()}
    for by_lang in (_HEAT, _TASKS, _BIKE, _BERTH, _CARE, _CHARGE, _HARDWARE)
)
# The weekday a cleaning visit names (Monday first).
WEEKDAYS: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun", "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.", "es": "lun. mar. mié. jue. vie. sáb. dom.",
    "it": "lun mar mer gio ven sab dom", "nl": "ma di wo do vr za zo",
}  # fmt: skip
