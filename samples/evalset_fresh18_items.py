"""What the layouts of the eighteenth fresh evaluation slice (`evalset_fresh18.py`) bill, per
language: a plant nursery's stock by pot size, a bakery's week of bread for a café, a locksmith's
call-out, a scaffolder's weekly hire, a stonemason's work, an upholsterer's work and an event
sound-and-lighting hire. Items are "description;unit;low;high;kind" as in the tenth slice
(`evalset_fresh10_items.Item`); the nursery's plants are "name" lists combined with its pot
sizes. None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

# The nursery's plants (ten per language) and pot sizes with their unit, price range and kind.
PLANTS: Final = {
    "en": ("Lavender 'Munstead Strain'", "Hardy geranium 'Rozanne'", "Box-leaved honeysuckle",
           "Catmint 'Walker's Low'", "Japanese anemone 'Honorine Jobert'",
           "Mexican orange blossom", "Shrubby veronica 'Rhubarb and Custard'",
           "Red-hot poker 'Tawny King'", "Lady's mantle, soft green",
           "Elephant's ears 'Bressingham'"),
    "de": ("Duftlavendel 'Hidcote Blue'", "Storchschnabel 'Johnson's Blue'",
           "Heckenmyrte 'Maigrün'", "Katzenminze 'Six Hills Giant'",
           "Herbstanemone 'Königin Charlotte'", "Orangenblume 'Aztec Pearl'",
           "Strauchveronika 'Red Edge'", "Fackellilie 'Alcazar'", "Frauenmantel, weichhaarig",
           "Bergenie 'Abendglocken'"),
    "fr": ("Lavande vraie 'Folgate'", "Géranium vivace 'Orion'", "Chèvrefeuille arbustif",
           "Népéta 'Summer Magic'", "Anémone du Japon 'Whirlwind'", "Oranger du Mexique",
           "Véronique arbustive 'Midnight'", "Tritoma 'Royal Standard'",
           "Alchémille douce", "Bergénia 'Silberlicht'"),
    "es": ("Lavanda inglesa 'Ellagance'", "Geranio perenne 'Azure Rush'", "Madreselva arbustiva",
           "Nébeda 'Kit Kat'", "Anémona japonesa 'Pamina'", "Naranjo de México enano",
           "Verónica arbustiva 'Lilac Wand'", "Tritoma 'Flamenco'", "Pie de león suave",
           "Bergenia 'Bressingham Ruby'"),
    "it": ("Lavanda officinale 'Blue Cushion'", "Geranio perenne 'Patricia'",
           "Caprifoglio arbustivo 'Lemon Beauty'", "Erba gattaia 'Purrsian Blue'",
           "Anemone giapponese 'Andrea Atkinson'", "Fiore d'arancio messicano",
           "Veronica arbustiva 'Autumn Glory'", "Fiaccola 'Lemon Popsicle'",
           "Alchemilla morbida", "Bergenia 'Eroica'"),
    "nl": ("Echte lavendel 'Dwarf Blue'", "Ooievaarsbek 'Brookside'", "Struikkamperfoelie",
           "Kattenkruid 'Cat's Meow'", "Herfstanemoon 'Prinz Heinrich'",
           "Mexicaanse oranjebloesem", "Struikereprijs 'Pink Paradise'",
           "Vuurpijl 'Papaya Popsicle'", "Vrouwenmantel, zacht behaard",
           "Schoenlappersplant 'Overture'"),
}  # fmt: skip
POTS: Final = {
    "en": (("9 cm pot", "tray", 1450, 2300), ("2 l pot", "pot", 390, 690),
           ("5 l pot", "pot", 880, 1450)),
    "de": (("9-cm-Topf", "Palette", 1450, 2300), ("2-l-Container", "Topf", 390, 690),
           ("5-l-Container", "Topf", 880, 1450)),
    "fr": (("godet 9 cm", "plaque", 1450, 2300), ("conteneur 2 l", "pot", 390, 690),
           ("conteneur 5 l", "pot", 880, 1450)),
    "es": (("maceta 9 cm", "bandeja", 1450, 2300), ("contenedor 2 l", "maceta", 390, 690),
           ("contenedor 5 l", "maceta", 880, 1450)),
    "it": (("vaso 9 cm", "vassoio", 1450, 2300), ("vaso 2 l", "vaso", 390, 690),
           ("vaso 5 l", "vaso", 880, 1450)),
    "nl": (("pot 9 cm", "tray", 1450, 2300), ("pot 2 l", "pot", 390, 690),
           ("pot 5 l", "pot", 880, 1450)),
}  # fmt: skip

_BAKERY: Final = {
    "en": "White sourdough bloomer, 800 g;loaf;310;390;b|Seeded rye tin, 600 g;loaf;340;420;b|"
          "Butter croissant, baked;pc;85;120;b|Pain au chocolat, baked;pc;95;130;b|"
          "Cardamom bun;pc;110;150;b|Cinnamon swirl, cream cheese glaze;pc;105;145;b|"
          "Focaccia tray, rosemary;tray;"
          "1350;1650;n|Brioche burger bun;pc;45;65;b",
    "de": "Bauernbrot 1 kg, Natursauerteig;Laib;360;440;b|Dinkelvollkornbrot 750 g;Laib;"
          "390;470;b|Buttercroissant gebacken;Stk;80;115;b|Laugenbrezel groß;Stk;55;80;b|"
          "Mohnschnecke;Stk;110;150;b|Nussgipfel;Stk;120;160;b|Zopf 500 g;Stk;420;520;n|"
          "Sonntagsbrötchen Kürbiskern;Stk;45;65;b",
    "fr": "Pain de campagne au levain, 1 kg;pièce;350;430;b|"
          "Baguette tradition au levain;pièce;95;125;b|"
          "Croissant pur beurre cuit;pièce;75;110;b|Chausson aux pommes normandes;pièce;110;150;b|"
          "Pain aux raisins et crème pâtissière;pièce;100;140;b|"
          "Fougasse aux olives;pièce;260;330;n|"
          "Brioche tressée 400 g;pièce;380;470;n|Pain de mie tranché 500 g;pièce;240;300;b",
    "es": "Hogaza de masa madre, 1 kg;pieza;340;420;b|Barra de pan candeal;pieza;70;100;b|"
          "Cruasán de mantequilla horneado;ud;75;110;b|Napolitana de chocolate negro;ud;90;130;b|"
          "Ensaimada pequeña de manteca;ud;110;150;b|Bollo de pan de leche;ud;40;60;b|"
          "Bizcocho de yogur en bandeja;bandeja;1200;1500;n|Pan de centeno 600 g;pieza;"
          "300;380;b",
    "it": "Pagnotta di pasta madre 1 kg;pz;340;420;b|"
          "Filone casereccio toscano sciocco;pz;180;240;b|"
          "Cornetto vuoto cotto;pz;70;100;b|Cornetto alla crema cotto;pz;85;120;b|"
          "Focaccia genovese in teglia;teglia;1300;1600;n|Ciabatta piccola;pz;45;70;b|"
          "Treccia al burro;pz;140;190;b|Pane di segale 500 g;pz;290;360;b",
    "nl": "Desembrood wit, 800 g;brood;320;400;b|Volkoren tarwebrood;brood;290;360;b|"
          "Roomboter croissant gebakken;st;80;115;b|Chocoladebroodje met roomboter;st;95;130;b|"
          "Kaneelbroodje met amandelspijs;st;110;150;b|"
          "Krentenbol met rozijnen en sukade;st;45;65;b|Appelflap;st;120;160;b|"
          "Suikerbrood Fries, 600 g;st;480;580;n",
}  # fmt: skip
_LOCKS: Final = {
    "en": "Emergency call-out, night rate;call;9500;14500;1|Locksmith labour;hr;6500;8500;f|"
          "Anti-snap euro cylinder 40/50;pc;4500;7500;1|5-lever mortice deadlock;pc;6500;9500;1|"
          "Board up broken door panel;job;8000;12000;1|Keys cut to new cylinder;key;450;800;n",
    "de": "Notöffnung Nachttarif;Einsatz;9500;14500;1|Arbeitszeit Schlüsseldienst;Std.;"
          "6500;8500;f|Sicherheits-Profilzylinder 40/50;Stk;4500;7500;1|Einsteckschloss "
          "Buntbart;Stk;5500;8500;1|Notverglasung Türfüllung;Pausch.;8000;12000;1|"
          "Schlüssel nachgefertigt;Stk;450;800;n",
    "fr": "Ouverture de porte, tarif de nuit;interv.;9500;14500;1|"
          "Main-d'œuvre serrurier de garde;h;"
          "6500;8500;f|Cylindre européen anti-casse 40/50;pièce;4500;7500;1|Serrure à "
          "larder 3 points;pièce;11000;16000;1|Condamnation provisoire de la porte;forfait;"
          "8000;12000;1|Reproduction de clés;clé;450;800;n",
    "es": "Apertura urgente, tarifa nocturna;servicio;9500;14500;1|Mano de obra cerrajero;h;"
          "6500;8500;f|Bombín antibumping 40/50;ud;4500;7500;1|Cerradura de embutir de "
          "seguridad;ud;6500;9500;1|Tapiado provisional de puerta;servicio;8000;12000;1|"
          "Copias de llave;llave;450;800;n",
    "it": "Apertura porta urgente, fascia notturna;uscita;9500;14500;1|"
          "Manodopera del fabbro in reperibilità;ora;"
          "6500;8500;f|Cilindro europeo antistrappo 40/50;pz;4500;7500;1|Serratura da "
          "infilare a cilindro;pz;6500;9500;1|Messa in sicurezza provvisoria;intervento;"
          "8000;12000;1|Duplicazione chiavi;chiave;450;800;n",
    "nl": "Spoedopening, nachttarief;oproep;9500;14500;1|Arbeidsloon slotenmaker;uur;"
          "6500;8500;f|SKG3-veiligheidscilinder 40/50;st;4500;7500;1|Insteekslot "
          "meerpuntssluiting;st;11000;16000;1|Noodbetimmering deurpaneel;klus;8000;12000;1|"
          "Sleutels bijgemaakt;sleutel;450;800;n",
}  # fmt: skip
_SCAFFOLD: Final = {
    "en": "Independent scaffold, front elevation, weekly hire;wk;18500;26500;n|Chimney stack "
          "scaffold, weekly hire;wk;9500;13500;n|Erect and strike, one visit each;job;"
          "42000;65000;1|Scaffold alarm system, weekly;wk;2500;3800;n|Debris netting and "
          "brick guards;wk;1800;2600;n|Pavement licence, council fee re-billed;lic.;"
          "9000;12000;1",
    "de": "Fassadengerüst Vorderseite, Wochenmiete;Wo.;18500;26500;n|Kamingerüst, "
          "Wochenmiete;Wo.;9500;13500;n|Auf- und Abbau, je einmal;Pausch.;42000;65000;1|"
          "Gerüstalarmanlage, Wochenmiete;Wo.;2500;3800;n|Gerüstnetz und Schutzwand;Wo.;"
          "1800;2600;n|Sondernutzung Gehweg, Gebühr weiterberechnet;Genehm.;9000;12000;1",
    "fr": "Échafaudage de façade avant, location hebdomadaire;sem.;18500;26500;n|"
          "Échafaudage de souche de cheminée, location;sem.;9500;13500;n|Montage et "
          "démontage, une intervention chacun;forfait;42000;65000;1|Alarme d'échafaudage, "
          "location;sem.;2500;3800;n|Filets de protection et garde-gravats;sem.;1800;2600;n|"
          "Permis de voirie, redevance refacturée;permis;9000;12000;1",
    "es": "Andamio de fachada principal, alquiler semanal;sem.;18500;26500;n|Andamio para "
          "chimenea, alquiler semanal;sem.;9500;13500;n|Montaje y desmontaje, una visita "
          "cada uno;servicio;42000;65000;1|Alarma de andamio, semanal;sem.;2500;3800;n|Red "
          "de protección y rodapiés;sem.;1800;2600;n|Licencia de ocupación de acera "
          "repercutida;lic.;9000;12000;1",
    "it": "Ponteggio di facciata principale, noleggio settimanale;sett.;18500;26500;n|"
          "Ponteggio per comignolo, noleggio settimanale;sett.;9500;13500;n|Montaggio e "
          "smontaggio, un intervento ciascuno;corpo;42000;65000;1|Allarme antintrusione "
          "ponteggio;sett.;2500;3800;n|Rete di protezione e fermapiede;sett.;1800;2600;n|"
          "Occupazione suolo pubblico, tassa riaddebitata;perm.;9000;12000;1",
    "nl": "Gevelsteiger voorzijde, weekhuur;wk;18500;26500;n|Schoorsteensteiger, weekhuur;wk;"
          "9500;13500;n|Op- en afbouw, elk één keer;post;42000;65000;1|Steigeralarm, weekhuur;"
          "wk;2500;3800;n|Steigernet en kantplanken;wk;1800;2600;n|Vergunning openbare "
          "ruimte, leges doorbelast;verg.;9000;12000;1",
}  # fmt: skip
_STONE: Final = {
    "en": "Grey granite headstone, polished face;pc;98000;145000;1|Inscription, V-cut and "
          "gilded;letter;450;700;b|Fixing to existing foundation;job;18000;26000;1|Cleaning "
          "and re-pointing kerb set;hr;4800;6200;h|York stone hearth slab, honed;pc;"
          "38000;52000;1|Replacement window sill, sandstone;m;21000;29000;d",
    "de": "Grabstein Granit grau, Vorderseite poliert;Stk;98000;145000;1|Inschrift vertieft "
          "und vergoldet;Buchst.;450;700;b|Versetzen auf bestehendes Fundament;Pausch.;"
          "18000;26000;1|Einfassung reinigen und neu verfugen;Std.;4800;6200;h|"
          "Kaminplatte Solnhofer, geschliffen;Stk;38000;52000;1|Fensterbank Sandstein "
          "erneuert;lfm;21000;29000;d",
    "fr": "Monument granit gris, face polie;pièce;98000;145000;1|Gravure en creux dorée à "
          "la feuille;lettre;450;700;b|Pose sur semelle existante;forfait;18000;26000;1|"
          "Nettoyage et rejointoiement de l'entourage;h;4800;6200;h|Dalle de cheminée en "
          "pierre de Bourgogne;pièce;38000;52000;1|Appui de fenêtre en grès remplacé;ml;"
          "21000;29000;d",
    "es": "Lápida de granito gris, cara pulida;ud;98000;145000;1|Inscripción grabada y "
          "dorada;letra;450;700;b|Colocación sobre cimiento existente;servicio;18000;26000;1|"
          "Limpieza y rejuntado del bordillo;h;4800;6200;h|Losa de chimenea en piedra de "
          "Calatorao;ud;38000;52000;1|Alféizar de arenisca sustituido;ml;21000;29000;d",
    "it": "Lapide in granito grigio, fronte lucidata;pz;98000;145000;1|Epigrafe incisa e "
          "dorata;lettera;450;700;b|Posa su fondazione esistente;corpo;18000;26000;1|Pulizia "
          "e stuccatura della cordonata;ora;4800;6200;h|Lastra per camino in pietra di "
          "Luserna;pz;38000;52000;1|Davanzale in arenaria sostituito;ml;21000;29000;d",
    "nl": "Grafsteen grijs graniet, voorzijde gepolijst;st;98000;145000;1|Inscriptie "
          "ingehakt en verguld;letter;450;700;b|Plaatsen op bestaande fundering;post;"
          "18000;26000;1|Band reinigen en opnieuw voegen;uur;4800;6200;h|Haardplaat "
          "Belgisch hardsteen, gezoet;st;38000;52000;1|Vensterbank zandsteen vervangen;m;"
          "21000;29000;d",
}  # fmt: skip
_UPHOLSTERY: Final = {
    "en": "Reupholster wing chair, strip to frame;pc;42000;58000;1|Three-seat sofa, "
          "re-cover only;pc;65000;88000;1|Upholstery fabric, 140 cm wide;m;3200;6800;d|"
          "Feather-wrapped seat cushion interior;pc;9500;14000;f|Deep buttoning, covered "
          "buttons;button;350;600;b|Collection and delivery by van;trip;4500;6500;1",
    "de": "Ohrensessel neu polstern, bis aufs Gestell;Stk;42000;58000;1|Dreisitzer-Sofa, "
          "nur neu beziehen;Stk;65000;88000;1|Möbelbezugsstoff, 140 cm breit;m;3200;6800;d|"
          "Sitzkissen-Inlett mit Federummantelung;Stk;9500;14000;f|Knopfheftung mit "
          "bezogenen Knöpfen;Knopf;350;600;b|Abholung und Anlieferung;Fahrt;4500;6500;1",
    "fr": "Réfection bergère, mise à nu de la carcasse;pièce;42000;58000;1|Canapé trois "
          "places, recouverture seule;pièce;65000;88000;1|Tissu d'ameublement, laize 140 cm;"
          "m;3200;6800;d|Garnissage de coussin plumes et mousse;pièce;9500;14000;f|Capitonnage "
          "boutons recouverts;bouton;350;600;b|Enlèvement et livraison;trajet;4500;6500;1",
    "es": "Retapizado de sillón orejero, hasta el armazón;ud;42000;58000;1|Sofá de tres "
          "plazas, solo funda nueva;ud;65000;88000;1|Tela de tapicería, ancho 140 cm;m;"
          "3200;6800;d|Relleno de cojín de pluma y espuma;ud;9500;14000;f|Capitoné con "
          "botones forrados;botón;350;600;b|Recogida y entrega a domicilio;viaje;4500;6500;1",
    "it": "Rifacimento poltrona bergère, fino al telaio;pz;42000;58000;1|Divano tre posti, "
          "solo rivestimento;pz;65000;88000;1|Tessuto d'arredo, altezza 140 cm;m;3200;6800;d|"
          "Imbottitura cuscino piuma e gommapiuma;pz;9500;14000;f|Capitonné con bottoni "
          "rivestiti;bottone;350;600;b|Ritiro e riconsegna a domicilio;viaggio;4500;6500;1",
    "nl": "Oorfauteuil opnieuw stofferen, tot op het frame;st;42000;58000;1|Driezitsbank, "
          "alleen nieuwe bekleding;st;65000;88000;1|Meubelstof, 140 cm breed;m;3200;6800;d|"
          "Zitkussenvulling met donsomhulling;st;9500;14000;f|Capitonneren met beklede "
          "knopen;knoop;350;600;b|Ophalen en terugbrengen;rit;4500;6500;1",
}  # fmt: skip
_SOUND: Final = {
    "en": "Line array PA, 8 boxes a side, per event;event;120000;165000;1|Moving head wash "
          "fixtures;pc;4500;6500;n|LED par cans with clamps;pc;1200;1800;n|Digital mixing "
          "desk, 48 channels;event;38000;52000;1|Sound engineer, show day;day;32000;42000;f|"
          "Lighting console and operator;day;36000;46000;f|Truck and two crew, get-in and "
          "get-out;event;55000;75000;1",
    "de": "Line-Array-Beschallung, 8 Elemente je Seite;Veranst.;120000;165000;1|"
          "Moving-Head-Wash-Scheinwerfer;Stk;4500;6500;n|LED-Pars mit Haken;Stk;1200;1800;n|"
          "Digitalmischpult 48 Kanäle;Veranst.;38000;52000;1|Tontechniker, Veranstaltungstag;"
          "Tag;32000;42000;f|Lichtpult mit Operator;Tag;36000;46000;f|LKW mit zwei "
          "Bühnenhelfern, Auf- und Abbau;Veranst.;55000;75000;1",
    "fr": "Système line array, 8 enceintes par côté;date;120000;165000;1|Lyres wash "
          "asservies;pièce;4500;6500;n|Projecteurs PAR LED avec crochets;pièce;1200;1800;n|"
          "Console de mixage numérique 48 voies;date;38000;52000;1|Ingénieur du son, jour "
          "de spectacle;jour;32000;42000;f|Pupitre lumière avec pupitreur;jour;36000;46000;f|"
          "Camion et deux techniciens, montage et démontage;date;55000;75000;1",
    "es": "Sistema line array, 8 cajas por lado;evento;120000;165000;1|Cabezas móviles "
          "wash;ud;4500;6500;n|Focos PAR LED con garras;ud;1200;1800;n|Mesa de mezclas "
          "digital 48 canales;evento;38000;52000;1|Técnico de sonido, día de evento;día;"
          "32000;42000;f|Mesa de iluminación con operador;día;36000;46000;f|Camión y dos "
          "técnicos, montaje y desmontaje;evento;55000;75000;1",
    "it": "Impianto line array, 8 moduli per lato;evento;120000;165000;1|Teste mobili "
          "wash;pz;4500;6500;n|Fari PAR LED con ganci;pz;1200;1800;n|Mixer digitale 48 "
          "canali;evento;38000;52000;1|Fonico, giorno dello spettacolo;giorno;32000;42000;f|"
          "Consolle luci con operatore;giorno;36000;46000;f|Camion e due tecnici, montaggio e "
          "smontaggio;evento;55000;75000;1",
    "nl": "Line-arraysysteem, 8 kasten per zijde;evenement;120000;165000;1|Moving-head "
          "washarmaturen;st;4500;6500;n|LED-parren met haken;st;1200;1800;n|Digitale "
          "mengtafel 48 kanalen;evenement;38000;52000;1|Geluidstechnicus, showdag;dag;"
          "32000;42000;f|Lichttafel met operator;dag;36000;46000;f|Vrachtwagen en twee "
          "crew, op- en afbouw;evenement;55000;75000;1",
}  # fmt: skip

BAKERY: Final = {lang: _items(text) for lang, text in _BAKERY.items()}
LOCKS: Final = {lang: _items(text) for lang, text in _LOCKS.items()}
SCAFFOLD: Final = {lang: _items(text) for lang, text in _SCAFFOLD.items()}
STONE: Final = {lang: _items(text) for lang, text in _STONE.items()}
UPHOLSTERY: Final = {lang: _items(text) for lang, text in _UPHOLSTERY.items()}
SOUND: Final = {lang: _items(text) for lang, text in _SOUND.items()}
