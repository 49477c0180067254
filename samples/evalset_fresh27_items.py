"""What the layouts of the twenty-seventh fresh evaluation slice (`evalset_fresh27.py`) bill, per
language: an equine dentist's visits to stables, a sign-language interpreter's assignments, a
wedding-cake bakery's tiers and extras, a rope-access window cleaner's drops, an outboard-engine
workshop's repairs, a vintage-car restoration garage's work, and a cheesemaker's cheeses per cut
for delicatessens. Items are "description;unit;low;high;kind" as in the tenth slice
(`evalset_fresh10_items.Item`). None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_EQUINE: Final = {
    "en": "Routine rasping of molars;horse;5500;8500;n|Wolf tooth extraction;tooth;4500;7000;1|"
          "Sedation for dental exam;dose;2500;4000;n|Hooks reduced with power float;horse;"
          "6500;9500;n|Yard visit fee;visit;2000;3500;1|Dental chart and report;chart;800;"
          "1500;n",
    "de": "Routinebehandlung Backenzähne;Pferd;5500;8500;n|Wolfszahn gezogen;Zahn;4500;7000;1|"
          "Sedierung zur Zahnkontrolle;Dosis;2500;4000;n|Haken mit Motorraspel gekürzt;Pferd;"
          "6500;9500;n|Anfahrt zum Stall;Fahrt;2000;3500;1|Zahnstatus mit Befund;Befund;800;"
          "1500;n",
    "fr": "Râpage des molaires;cheval;5500;8500;n|Extraction dent de loup;dent;4500;7000;1|"
          "Sédation pour examen dentaire;dose;2500;4000;n|Surdents réduites à la râpe "
          "électrique;cheval;6500;9500;n|Déplacement à l'écurie;dépl.;2000;3500;1|Fiche "
          "dentaire et compte rendu;fiche;800;1500;n",
    "es": "Limado rutinario de molares;caballo;5500;8500;n|Extracción de diente de lobo;diente;"
          "4500;7000;1|Sedación para revisión dental;dosis;2500;4000;n|Ganchos reducidos con "
          "lima eléctrica;caballo;6500;9500;n|Desplazamiento a la cuadra;viaje;2000;3500;1|"
          "Ficha dental con informe;ficha;800;1500;n",
    "it": "Raspatura ordinaria dei molari;cavallo;5500;8500;n|Estrazione dente di lupo;dente;"
          "4500;7000;1|Sedazione per visita dentale;dose;2500;4000;n|Uncini ridotti con raspa "
          "elettrica;cavallo;6500;9500;n|Uscita in scuderia;uscita;2000;3500;1|Scheda dentale "
          "con referto;scheda;800;1500;n",
    "nl": "Kiezen routinematig geraspt;paard;5500;8500;n|Wolfstand getrokken;tand;4500;7000;1|"
          "Sedatie voor gebitscontrole;dosis;2500;4000;n|Haken ingekort met motorrasp;paard;"
          "6500;9500;n|Voorrijkosten stal;rit;2000;3500;1|Gebitskaart met verslag;kaart;800;"
          "1500;n",
}  # fmt: skip
_SIGNING: Final = {
    "en": "BSL interpreting, hospital appointment;h;5500;7500;h|BSL interpreting, conference "
          "session;h;6500;9000;h|Preparation time;h;3500;5000;h|Travel time;h;2500;3500;h|"
          "Mileage;mile;45;60;b|Video relay interpreting;min;90;140;b",
    "de": "DGS-Dolmetschen Arzttermin;Std.;5500;7500;h|DGS-Dolmetschen Tagung;Std.;6500;"
          "9000;h|Vorbereitungszeit;Std.;3500;5000;h|Fahrzeit;Std.;2500;3500;h|Fahrtkosten;km;"
          "30;42;b|Videodolmetschen;Min.;90;140;b",
    "fr": "Interprétation LSF rendez-vous médical;h;5500;7500;h|Interprétation LSF colloque;h;"
          "6500;9000;h|Temps de préparation;h;3500;5000;h|Temps de trajet;h;2500;3500;h|"
          "Frais kilométriques;km;30;42;b|Interprétation à distance en visio;min;90;140;b",
    "es": "Interpretación LSE cita médica;h;5500;7500;h|Interpretación LSE jornada técnica;h;"
          "6500;9000;h|Tiempo de preparación;h;3500;5000;h|Tiempo de desplazamiento;h;2500;"
          "3500;h|Kilometraje;km;30;42;b|Videointerpretación;min;90;140;b",
    "it": "Interpretariato LIS visita medica;h;5500;7500;h|Interpretariato LIS convegno;h;"
          "6500;9000;h|Tempo di preparazione;h;3500;5000;h|Tempo di viaggio;h;2500;3500;h|"
          "Rimborso chilometrico;km;30;42;b|Interpretariato LIS in video;min;90;140;b",
    "nl": "Tolken NGT ziekenhuisafspraak;uur;5500;7500;h|Tolken NGT congres;uur;6500;9000;h|"
          "Voorbereidingstijd;uur;3500;5000;h|Reistijd;uur;2500;3500;h|Kilometervergoeding;km;"
          "30;42;b|Videotolken op afstand;min;90;140;b",
}  # fmt: skip
_CAKES: Final = {
    "en": "Three-tier lemon and elderflower cake;cake;38000;62000;1|Sugar peonies, hand-made;"
          "flower;1800;3200;n|Cutting cake, chocolate;cake;9000;14000;1|Cake stand hire;stand;"
          "2500;4500;1|Delivery and set-up at venue;trip;4500;8000;1|Tasting box for two;box;"
          "2500;3500;1",
    "de": "Dreistöckige Zitronen-Holunder-Torte;Torte;38000;62000;1|Zuckerpfingstrosen "
          "handgemacht;Blüte;1800;3200;n|Schneidetorte Schokolade;Torte;9000;14000;1|"
          "Tortenständer Miete;Ständer;2500;4500;1|Lieferung und Aufbau vor Ort;Fahrt;4500;"
          "8000;1|Probierbox für zwei;Box;2500;3500;1",
    "fr": "Pièce montée trois étages citron-sureau;gâteau;38000;62000;1|Pivoines en sucre "
          "faites main;fleur;1800;3200;n|Gâteau de service chocolat;gâteau;9000;14000;1|"
          "Location présentoir;présent.;2500;4500;1|Livraison et installation sur place;"
          "trajet;4500;8000;1|Coffret dégustation pour deux;coffret;2500;3500;1",
    "es": "Tarta nupcial tres pisos limón y saúco;tarta;38000;62000;1|Peonías de azúcar a mano;"
          "flor;1800;3200;n|Tarta de corte chocolate;tarta;9000;14000;1|Alquiler de soporte;"
          "soporte;2500;4500;1|Entrega y montaje en la finca;viaje;4500;8000;1|Caja de cata "
          "para dos;caja;2500;3500;1",
    "it": "Torta nuziale tre piani limone e sambuco;torta;38000;62000;1|Peonie di zucchero "
          "fatte a mano;fiore;1800;3200;n|Torta da taglio al cioccolato;torta;9000;14000;1|"
          "Noleggio alzata;alzata;2500;4500;1|Consegna e allestimento in sala;viaggio;4500;"
          "8000;1|Box degustazione per due;box;2500;3500;1",
    "nl": "Bruidstaart drie lagen citroen-vlierbloesem;taart;38000;62000;1|Suikerpioenen "
          "handgemaakt;bloem;1800;3200;n|Aansnijtaart chocolade;taart;9000;14000;1|Huur "
          "taartstandaard;standaard;2500;4500;1|Bezorgen en opbouwen op locatie;rit;4500;"
          "8000;1|Proeverijdoos voor twee;doos;2500;3500;1",
}  # fmt: skip
_DROPS: Final = {
    "en": "Rope access drop, glazing cleaned;drop;4500;7500;n|Atrium roof glass cleaned;m2;"
          "180;320;m|Anchor points inspected;anchor;1500;2500;n|Cladding panels washed;m2;"
          "120;220;m|Bird guano removed from ledges;ledge;900;1600;n|Rescue cover technician;"
          "day;18000;26000;1",
    "de": "Seilzugang Abseilgang, Glas gereinigt;Gang;4500;7500;n|Atriumdach Glas gereinigt;"
          "m2;180;320;m|Anschlagpunkte geprüft;Punkt;1500;2500;n|Fassadenplatten gewaschen;m2;"
          "120;220;m|Taubenkot von Simsen entfernt;Sims;900;1600;n|Rettungsbereitschaft "
          "Techniker;Tag;18000;26000;1",
    "fr": "Descente sur cordes, vitrage nettoyé;desc.;4500;7500;n|Verrière d'atrium nettoyée;"
          "m2;180;320;m|Points d'ancrage contrôlés;ancrage;1500;2500;n|Bardage lavé;m2;120;"
          "220;m|Fientes retirées des corniches;corniche;900;1600;n|Technicien de secours "
          "sur site;jour;18000;26000;1",
    "es": "Descenso con cuerdas, cristales limpios;desc.;4500;7500;n|Cubierta acristalada del "
          "atrio;m2;180;320;m|Puntos de anclaje revisados;anclaje;1500;2500;n|Paneles de "
          "fachada lavados;m2;120;220;m|Excrementos retirados de cornisas;cornisa;900;1600;n|"
          "Técnico de rescate en obra;día;18000;26000;1",
    "it": "Calata su funi, vetri puliti;calata;4500;7500;n|Copertura vetrata atrio pulita;m2;"
          "180;320;m|Punti di ancoraggio verificati;punto;1500;2500;n|Pannelli di facciata "
          "lavati;m2;120;220;m|Guano rimosso dai cornicioni;cornic.;900;1600;n|Tecnico di "
          "soccorso in quota;giorno;18000;26000;1",
    "nl": "Touwtoegang daling, glas gereinigd;daling;4500;7500;n|Glazen atriumdak gereinigd;"
          "m2;180;320;m|Ankerpunten gekeurd;anker;1500;2500;n|Gevelpanelen gewassen;m2;120;"
          "220;m|Duivenpoep van richels verwijderd;richel;900;1600;n|Reddingstechnicus "
          "stand-by;dag;18000;26000;1",
}  # fmt: skip
_OUTBOARD: Final = {
    "en": "Annual outboard service, 40 hp;engine;16000;24000;1|Water pump impeller fitted;"
          "pc;3800;6200;1|Gearcase oil change;l;1400;2200;d|Spark plugs;pc;650;1100;f|"
          "Propeller repitched;prop;7500;12000;1|Workshop labour;h;5200;7200;h",
    "de": "Jahresinspektion Außenborder 40 PS;Motor;16000;24000;1|Impeller Wasserpumpe "
          "erneuert;Stk;3800;6200;1|Getriebeöl gewechselt;l;1400;2200;d|Zündkerzen;Stk;650;"
          "1100;f|Propeller nachgerichtet;Prop.;7500;12000;1|Werkstattlohn;Std.;5200;7200;h",
    "fr": "Révision annuelle hors-bord 40 ch;moteur;16000;24000;1|Turbine de pompe à eau "
          "posée;pce;3800;6200;1|Vidange huile d'embase;l;1400;2200;d|Bougies d'allumage;pce;"
          "650;1100;f|Hélice redressée;hélice;7500;12000;1|Main-d'œuvre atelier;h;5200;7200;h",
    "es": "Revisión anual fueraborda 40 CV;motor;16000;24000;1|Rodete de bomba de agua "
          "cambiado;ud.;3800;6200;1|Cambio de aceite de cola;l;1400;2200;d|Bujías;ud.;650;"
          "1100;f|Hélice reparada y equilibrada;hélice;7500;12000;1|Mano de obra taller;h;"
          "5200;7200;h",
    "it": "Tagliando annuale fuoribordo 40 CV;motore;16000;24000;1|Girante pompa acqua "
          "sostituita;pz;3800;6200;1|Cambio olio piede;l;1400;2200;d|Candele;pz;650;1100;f|"
          "Elica riparata e bilanciata;elica;7500;12000;1|Manodopera officina;h;5200;7200;h",
    "nl": "Jaarbeurt buitenboordmotor 40 pk;motor;16000;24000;1|Waterpompwaaier vervangen;st;"
          "3800;6200;1|Staartstukolie ververst;l;1400;2200;d|Bougies;st;650;1100;f|Schroef "
          "gericht en gebalanceerd;schroef;7500;12000;1|Werkplaatsuren;uur;5200;7200;h",
}  # fmt: skip
_CLASSIC: Final = {
    "en": "Sills cut out and new steel let in;side;42000;68000;1|Coachwork labour;h;4800;"
          "6500;h|Chrome bumpers re-plated;pc;26000;38000;f|Leather seats re-trimmed;seat;"
          "35000;52000;f|Carburettors rebuilt and balanced;pc;18000;26000;f|Wiring loom, "
          "cloth-covered;loom;48000;72000;1|Paint in original colour, bare metal;car;"
          "380000;520000;1|Engine rebuild labour;h;5200;6800;h",
    "de": "Schweller ausgeschnitten, neu eingeschweißt;Seite;42000;68000;1|Karosseriearbeit;"
          "Std.;4800;6500;h|Chromstoßstangen neu verchromt;Stk;26000;38000;f|Ledersitze neu "
          "bezogen;Sitz;35000;52000;f|Vergaser überholt und synchronisiert;Stk;18000;26000;f|"
          "Kabelbaum stoffummantelt;Satz;48000;72000;1|Lackierung Originalfarbe ab Blech;"
          "Fzg.;380000;520000;1|Motorüberholung Arbeitszeit;Std.;5200;6800;h",
    "fr": "Bas de caisse découpés et refaits;côté;42000;68000;1|Main-d'œuvre carrosserie;h;"
          "4800;6500;h|Pare-chocs rechromés;pce;26000;38000;f|Sièges cuir regarnis;siège;"
          "35000;52000;f|Carburateurs refaits et synchronisés;pce;18000;26000;f|Faisceau "
          "électrique gainé tissu;faisc.;48000;72000;1|Peinture teinte d'origine, mise à nu;"
          "véh.;380000;520000;1|Réfection moteur, main-d'œuvre;h;5200;6800;h",
    "es": "Estribos cortados y chapa nueva;lado;42000;68000;1|Mano de obra de carrocería;h;"
          "4800;6500;h|Parachoques recromados;ud.;26000;38000;f|Asientos de piel retapizados;"
          "asiento;35000;52000;f|Carburadores reconstruidos y sincronizados;ud.;18000;26000;f|"
          "Mazo de cables forrado en tela;mazo;48000;72000;1|Pintura color original a chapa "
          "viva;coche;380000;520000;1|Reconstrucción de motor, mano de obra;h;5200;6800;h",
    "it": "Sottoporta tagliati e lamiera nuova;lato;42000;68000;1|Manodopera carrozzeria;h;"
          "4800;6500;h|Paraurti cromati a nuovo;pz;26000;38000;f|Sedili in pelle ritappezzati;"
          "sedile;35000;52000;f|Carburatori revisionati e sincronizzati;pz;18000;26000;f|"
          "Cablaggio rivestito in tessuto;cabl.;48000;72000;1|Verniciatura colore originale "
          "a lamiera nuda;auto;380000;520000;1|Revisione motore, manodopera;h;5200;6800;h",
    "nl": "Dorpels uitgesneden en nieuw plaatwerk;zijde;42000;68000;1|Carrosseriewerk;uur;"
          "4800;6500;h|Chromen bumpers opnieuw verchroomd;st;26000;38000;f|Leren stoelen "
          "opnieuw bekleed;stoel;35000;52000;f|Carburateurs gereviseerd en afgesteld;st;18000;"
          "26000;f|Kabelboom met stoffen mantel;set;48000;72000;1|Spuitwerk originele kleur, "
          "kaal metaal;auto;380000;520000;1|Motorrevisie arbeidsloon;uur;5200;6800;h",
}  # fmt: skip
EQUINE: Final = {lang: _items(text) for lang, text in _EQUINE.items()}
SIGNING: Final = {lang: _items(text) for lang, text in _SIGNING.items()}
CAKES: Final = {lang: _items(text) for lang, text in _CAKES.items()}
DROPS: Final = {lang: _items(text) for lang, text in _DROPS.items()}
OUTBOARD: Final = {lang: _items(text) for lang, text in _OUTBOARD.items()}
CLASSIC: Final = {lang: _items(text) for lang, text in _CLASSIC.items()}

# The cheesemaker: its cheeses (price range per piece in cents) and the cuts it sends
# delicatessens, per language; a line is one cheese in one cut.
CHEESES: Final = {
    "en": ("Hillside washed-rind", "Clothbound cheddar", "Ewe's milk tomme", "Blue of the "
           "vale", "Smoked goat log"),
    "de": ("Rotschmierkäse vom Hang", "Tuchgereifter Bergkäse", "Schafstomme", "Blauschimmel "
           "vom Tal", "Geräucherte Ziegenrolle"),
    "fr": ("Croûte lavée du coteau", "Tomme bandée au lin", "Tomme de brebis fermière",
           "Bleu du vallon", "Bûche de chèvre fumée"),
    "es": ("Corteza lavada de ladera", "Curado envuelto en tela", "Torta de oveja de granja",
           "Azul del valle", "Rulo de cabra ahumado"),
    "it": ("Crosta lavata di collina", "Stagionato in tela", "Toma di pecora", "Erborinato "
           "della valle", "Caprino affumicato"),
    "nl": ("Roodkorst van de helling", "In doek gerijpte kaas", "Schapentomme", "Blauwe "
           "van het dal", "Gerookte geitenrol"),
}  # fmt: skip
CHEESE_PRICES: Final = ((900, 1600), (1100, 1900), (800, 1400), (1000, 1700), (500, 900))
CUTS: Final = {
    "en": ("whole wheel", "half wheel", "wedge 250 g", "wedge 500 g"),
    "de": ("ganzer Laib", "halber Laib", "Stück 250 g", "Stück 500 g"),
    "fr": ("meule entière", "demi-meule", "portion 250 g", "portion 500 g"),
    "es": ("pieza entera", "media pieza", "cuña 250 g", "cuña 500 g"),
    "it": ("forma intera", "mezza forma", "spicchio 250 g", "spicchio 500 g"),
    "nl": ("hele kaas", "halve kaas", "punt 250 g", "punt 500 g"),
}  # fmt: skip
