"""What the layouts of the thirteenth fresh evaluation slice (`evalset_fresh13.py`) bill, per
language: a piano tuner's visits, a pet boarding kennel's stays, a sailmaker's work, a
bookbinder's repairs, an optician's eyecare for employers, a builders' merchant's trade-counter
goods (a fixing in one of its sizes) and a florist's arrangements. Items are
"description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`). None of
the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import Item, _items

_PIANO: Final = {
    "en": "Concert pitch tuning, upright;visit;9000;14000;1|Pitch raise before tuning;job;"
          "4000;7000;1|Let-off and drop adjustment;hr;5500;8000;h|Wound bass string, new;pc;"
          "2500;4800;n|Hammer felt needling;hr;5500;8000;h|Humidity control unit;pc;28000;42000;1",
    "de": "Stimmung auf Kammerton, Klavier;Termin;9000;14000;1|Tonhöhenkorrektur vor Stimmung;"
          "Auftr.;4000;7000;1|Auslösung justiert;Std.;5500;8000;h|Basssaite, neu umsponnen;Stk;"
          "2500;4800;n|Hammerfilz gestochen;Std.;5500;8000;h|Klimasystem für Klaviere;Stk;"
          "28000;42000;1",
    "fr": "Accord au diapason, piano droit;visite;9000;14000;1|Remontée de diapason;forfait;"
          "4000;7000;1|Réglage de l'échappement;h;5500;8000;h|Corde filée neuve;u;"
          "2500;4800;n|Piquage des feutres;h;5500;8000;h|Régulateur d'humidité pour "
          "piano;u;28000;42000;1",
    "es": "Afinación a tono de concierto, vertical;visita;9000;14000;1|Subida de tono previa;"
          "trabajo;4000;7000;1|Ajuste del escape;h;5500;8000;h|Cuerda entorchada "
          "nueva;ud;2500;4800;n|Picado del fieltro;h;5500;8000;h|Sistema de control de "
          "humedad;ud;28000;42000;1",
    "it": "Accordatura al diapason, verticale;visita;9000;14000;1|Innalzamento del diapason;"
          "lavoro;4000;7000;1|Regolazione scappamento;ora;5500;8000;h|Corda fasciata "
          "nuova;pz;2500;4800;n|Punzonatura feltri;ora;5500;8000;h|Umidificatore "
          "per pianoforte;pz;28000;42000;1",
    "nl": "Stemmen op concerttoonhoogte, buffetpiano;bezoek;9000;14000;1|Toonhoogte ophalen "
          "vooraf;klus;4000;7000;1|Uitslag afstellen;uur;5500;8000;h|Nieuwe omsponnen "
          "bassnaar;st;2500;4800;n|Hamervilt prikken;uur;5500;8000;h|Klimaatregelaar "
          "voor piano;st;28000;42000;1",
}  # fmt: skip
_KENNEL: Final = {
    "en": "Boarding, large dog kennel;night;2400;3600;n|Boarding, cat suite;night;1500;2400;n|"
          "Bath and brush-out;pc;2500;4500;1|Administering medication;day;300;600;n|"
          "Extra one-to-one walk;walk;600;1000;n|Pet taxi collection and return;trip;"
          "1800;3000;1",
    "de": "Unterbringung, Hundezwinger groß;Nacht;2400;3600;n|Unterbringung, Katzensuite;Nacht;"
          "1500;2400;n|Baden und Ausbürsten;Stk;2500;4500;1|Medikamentengabe;Tag;300;600;n|"
          "Zusätzlicher Einzelspaziergang;Gang;600;1000;n|Tiertaxi Abholung und Rückbringung;"
          "Fahrt;1800;3000;1",
    "fr": "Pension, box grand chien;nuit;2400;3600;n|Pension, suite pour chat;nuit;1500;2400;n|"
          "Bain et brossage;u;2500;4500;1|Administration de médicaments;jour;300;600;n|"
          "Promenade individuelle en plus;sortie;600;1000;n|Taxi animalier aller-retour;trajet;"
          "1800;3000;1",
    "es": "Alojamiento, box perro grande;noche;2400;3600;n|Alojamiento, suite para gato;noche;"
          "1500;2400;n|Baño y cepillado;ud;2500;4500;1|Administración de medicación;día;"
          "300;600;n|Paseo individual adicional;paseo;600;1000;n|Taxi para mascotas ida y "
          "vuelta;viaje;1800;3000;1",
    "it": "Pensione, box cane taglia grande;notte;2400;3600;n|Pensione, suite per gatti;notte;"
          "1500;2400;n|Bagno e spazzolatura;pz;2500;4500;1|Somministrazione farmaci;giorno;"
          "300;600;n|Passeggiata individuale extra;uscita;600;1000;n|Taxi animali andata e "
          "ritorno;corsa;1800;3000;1",
    "nl": "Logeren, hondenkennel groot;nacht;2400;3600;n|Logeren, kattensuite;nacht;1500;2400;n|"
          "Wassen en uitborstelen;st;2500;4500;1|Toedienen van medicijnen;dag;300;600;n|"
          "Extra wandeling één-op-één;wandeling;600;1000;n|Dierentaxi halen en brengen;rit;"
          "1800;3000;1",
}  # fmt: skip
_SAILS: Final = {
    "en": "Mainsail, cruising laminate;pc;180000;320000;1|Genoa UV strip renewal;job;"
          "25000;42000;1|Batten pocket repair;pc;3500;6500;n|Sail wash and winter storage;sail;"
          "4500;8000;f|Sprayhood canvas replacement;pc;60000;95000;1|Reef point re-stitching;"
          "pt;1200;2400;n|Sail measurement on board;hr;5000;7500;h",
    "de": "Großsegel, Fahrtenlaminat;Stk;180000;320000;1|UV-Schutzstreifen Genua erneuert;"
          "Auftr.;25000;42000;1|Lattentasche repariert;Stk;3500;6500;n|Segelwäsche und "
          "Winterlager;Segel;4500;8000;f|Sprayhood-Persenning ersetzt;Stk;60000;95000;1|"
          "Reffkausch neu vernäht;Pkt.;1200;2400;n|Segelvermessung an Bord;Std.;5000;7500;h",
    "fr": "Grand-voile, laminé croisière;u;180000;320000;1|Bande anti-UV de génois refaite;"
          "forfait;25000;42000;1|Réparation de gousset de latte;u;3500;6500;n|Lavage et "
          "hivernage de voile;voile;4500;8000;f|Toile de capote de descente remplacée;u;"
          "60000;95000;1|Œillet de ris recousu;pt;1200;2400;n|Prise de cotes à bord;h;"
          "5000;7500;h",
    "es": "Vela mayor, laminado crucero;ud;180000;320000;1|Renovación banda UV del génova;"
          "trabajo;25000;42000;1|Reparación de bolsa de sable;ud;3500;6500;n|Lavado e "
          "invernaje de vela;vela;4500;8000;f|Sustitución de lona de capota;ud;60000;95000;1|"
          "Recosido de puño de rizo;pto;1200;2400;n|Toma de medidas a bordo;h;5000;7500;h",
    "it": "Randa, laminato da crociera;pz;180000;320000;1|Rifacimento banda UV del genoa;"
          "lavoro;25000;42000;1|Riparazione tasca stecca;pz;3500;6500;n|Lavaggio e rimessaggio "
          "vela;vela;4500;8000;f|Sostituzione tela sprayhood;pz;60000;95000;1|Ricucitura "
          "borosa di terzarolo;pt;1200;2400;n|Rilievo misure a bordo;ora;5000;7500;h",
    "nl": "Grootzeil, toerlaminaat;st;180000;320000;1|UV-strook genua vernieuwd;klus;"
          "25000;42000;1|Reparatie zeillatzak;st;3500;6500;n|Zeil wassen en winterstalling;zeil;"
          "4500;8000;f|Buiskap-doek vervangen;st;60000;95000;1|Reefoog opnieuw genaaid;pt;"
          "1200;2400;n|Zeil opmeten aan boord;uur;5000;7500;h",
}  # fmt: skip
_BINDING: Final = {
    "en": "Full leather rebinding, octavo;vol.;18000;34000;n|Gilt spine lettering;vol.;"
          "3500;6000;n|Archival clamshell box;pc;9000;15000;n|Torn leaf repair with tissue;leaf;"
          "400;900;b|Marbled endpapers;pair;1200;2200;n|Board reattachment;vol.;6000;11000;n",
    "de": "Ganzledereinband neu, Oktav;Bd.;18000;34000;n|Rückenvergoldung Titel;Bd.;"
          "3500;6000;n|Archivkassette mit Klappdeckel;Stk;9000;15000;n|Einrissrestaurierung mit "
          "Japanpapier;Bl.;400;900;b|Marmorierte Vorsatzpapiere;Paar;1200;2200;n|"
          "Deckel wieder angesetzt;Bd.;6000;11000;n",
    "fr": "Reliure plein cuir, in-octavo;vol.;18000;34000;n|Titrage doré au dos;vol.;3500;6000;n|"
          "Boîte de conservation à rabats;u;9000;15000;n|Restauration de déchirure au papier "
          "japon;f.;400;900;b|Gardes marbrées;paire;1200;2200;n|Refixation des plats;vol.;"
          "6000;11000;n",
    "es": "Encuadernación en piel entera, octavo;vol.;18000;34000;n|Rotulado dorado en lomo;"
          "vol.;3500;6000;n|Caja de conservación tipo estuche;ud;9000;15000;n|Restauración de "
          "desgarro con tisú;hoja;400;900;b|Guardas de papel marmoleado;par;1200;2200;n|"
          "Refijación de tapas;vol.;6000;11000;n",
    "it": "Rilegatura in piena pelle, ottavo;vol.;18000;34000;n|Titolo in oro sul dorso;vol.;"
          "3500;6000;n|Scatola di conservazione a conchiglia;pz;9000;15000;n|Restauro strappo "
          "con velo giapponese;c.;400;900;b|Sguardie marmorizzate;paio;1200;2200;n|"
          "Riattacco dei piatti;vol.;6000;11000;n",
    "nl": "Volledig leren band, octavo;dl.;18000;34000;n|Rugtitel in bladgoud;dl.;3500;6000;n|"
          "Archiefcassette met klep;st;9000;15000;n|Scheurherstel met japanpapier;blad;"
          "400;900;b|Gemarmerde schutbladen;paar;1200;2200;n|Platten opnieuw bevestigd;dl.;"
          "6000;11000;n",
}  # fmt: skip
_EYECARE: Final = {
    "en": "Workplace eye examination;test;3500;6000;1|Screen-use spectacles, complete;pair;"
          "14000;26000;n|Prescription safety spectacles;pair;12000;22000;n|Anti-glare lens "
          "coating;pair;3000;6500;n|Monthly contact lenses, box of six;box;2500;4500;f|"
          "Frame adjustment and new nose pads;job;900;1800;1|Lens cleaning kit;kit;700;1400;n",
    "de": "Sehtest am Arbeitsplatz;Test;3500;6000;1|Bildschirmarbeitsplatzbrille komplett;"
          "Paar;14000;26000;n|Schutzbrille mit Korrektur;Paar;12000;22000;n|Entspiegelung der "
          "Gläser;Paar;3000;6500;n|Monatslinsen, Packung zu sechs;Pack.;2500;4500;f|Fassung "
          "angepasst, neue Nasenpads;Auftr.;900;1800;1|Brillenpflege-Set;Set;700;1400;n",
    "fr": "Examen de vue en entreprise;examen;3500;6000;1|Lunettes pour écran, complètes;"
          "paire;14000;26000;n|Lunettes de sécurité correctrices;paire;12000;22000;n|"
          "Traitement antireflet des verres;paire;3000;6500;n|Lentilles mensuelles, boîte de "
          "six;boîte;2500;4500;f|Ajustage de monture et plaquettes neuves;forfait;900;1800;1|"
          "Kit d'entretien des verres;kit;700;1400;n",
    "es": "Revisión visual en la empresa;prueba;3500;6000;1|Gafas para pantalla, completas;"
          "par;14000;26000;n|Gafas de seguridad graduadas;par;12000;22000;n|Tratamiento "
          "antirreflejante;par;3000;6500;n|Lentillas mensuales, caja de seis;caja;2500;4500;f|"
          "Ajuste de montura y plaquetas nuevas;trabajo;900;1800;1|Kit de limpieza de gafas;"
          "kit;700;1400;n",
    "it": "Controllo della vista in azienda;esame;3500;6000;1|Occhiali per videoterminale, "
          "completi;paio;14000;26000;n|Occhiali di sicurezza graduati;paio;12000;22000;n|"
          "Trattamento antiriflesso delle lenti;paio;3000;6500;n|Lenti a contatto mensili, "
          "confezione da sei;conf.;2500;4500;f|Regolazione montatura e naselli nuovi;lavoro;"
          "900;1800;1|Kit pulizia occhiali;kit;700;1400;n",
    "nl": "Oogmeting op de werkplek;meting;3500;6000;1|Beeldschermbril, compleet;paar;"
          "14000;26000;n|Veiligheidsbril op sterkte;paar;12000;22000;n|Ontspiegeling van de "
          "glazen;paar;3000;6500;n|Maandlenzen, doos van zes;doos;2500;4500;f|Montuur "
          "afgesteld en nieuwe neuspads;klus;900;1800;1|Brillenpoetsset;set;700;1400;n",
}  # fmt: skip
_BLOOMS: Final = {
    "en": "Hand-tied seasonal bouquet;pc;4500;9000;n|Long table centrepiece;pc;6500;12000;f|"
          "Funeral wreath, white roses;pc;12000;22000;1|Potted moth orchid;pc;3000;5500;n|"
          "Glass vase hire;pc;500;1200;n|Same-day courier delivery;trip;1200;2500;1",
    "de": "Handgebundener Saisonstrauß;Stk;4500;9000;n|Tafelgesteck lang;Stk;6500;12000;f|"
          "Trauerkranz weiße Rosen;Stk;12000;22000;1|Phalaenopsis im Topf;Stk;3000;5500;n|"
          "Glasvase leihweise;Stk;500;1200;n|Kurierzustellung am selben Tag;Fahrt;1200;2500;1",
    "fr": "Bouquet de saison noué main;u;4500;9000;n|Centre de table allongé;u;6500;12000;f|"
          "Couronne de deuil, roses blanches;u;12000;22000;1|Orchidée papillon en pot;u;"
          "3000;5500;n|Location de vase en verre;u;500;1200;n|Livraison coursier le jour même;"
          "course;1200;2500;1",
    "es": "Ramo de temporada atado a mano;ud;4500;9000;n|Centro de mesa alargado;ud;"
          "6500;12000;f|Corona fúnebre de rosas blancas;ud;12000;22000;1|Orquídea mariposa "
          "en maceta;ud;3000;5500;n|Alquiler de jarrón de cristal;ud;500;1200;n|Entrega por "
          "mensajero en el día;viaje;1200;2500;1",
    "it": "Mazzo di stagione legato a mano;pz;4500;9000;n|Centrotavola allungato;pz;"
          "6500;12000;f|Corona funebre di rose bianche;pz;12000;22000;1|Orchidea falena in "
          "vaso;pz;3000;5500;n|Noleggio vaso in vetro;pz;500;1200;n|Consegna con corriere in "
          "giornata;corsa;1200;2500;1",
    "nl": "Handgebonden seizoensboeket;st;4500;9000;n|Lang tafelstuk;st;6500;12000;f|"
          "Rouwkrans witte rozen;st;12000;22000;1|Vlinderorchidee in pot;st;3000;5500;n|"
          "Glazen vaas in bruikleen;st;500;1200;n|Koeriersbezorging dezelfde dag;rit;"
          "1200;2500;1",
}  # fmt: skip
# The trade counter: six fixings per language, each sold in four sizes ("{size}" in the name).
_FIXINGS: Final = {
    "en": "Countersunk wood screws {size};box;600;1400;f|Hex coach bolts {size};box;900;2200;f|"
          "Nylon wall plugs {size};bag;250;700;f|Galvanised round nails {size};kg;350;800;f|"
          "Threaded rod {size};length;300;900;n|Stainless washers {size};bag;200;600;f",
    "de": "Senkkopf-Holzschrauben {size};Pack.;600;1400;f|Sechskant-Holzschrauben {size};Pack.;"
          "900;2200;f|Nylon-Dübel {size};Btl.;250;700;f|Drahtstifte verzinkt {size};kg;"
          "350;800;f|Gewindestange {size};Stange;300;900;n|Edelstahl-Scheiben {size};Btl.;"
          "200;600;f",
    "fr": "Vis à bois tête fraisée {size};boîte;600;1400;f|Tire-fonds tête hexagonale {size};"
          "boîte;900;2200;f|Chevilles nylon {size};sachet;250;700;f|Pointes galvanisées {size};"
          "kg;350;800;f|Tige filetée {size};barre;300;900;n|Rondelles inox {size};sachet;"
          "200;600;f",
    "es": "Tornillos para madera avellanados {size};caja;600;1400;f|Tirafondos cabeza "
          "hexagonal {size};caja;900;2200;f|Tacos de nailon {size};bolsa;250;700;f|Puntas "
          "galvanizadas {size};kg;350;800;f|Varilla roscada {size};barra;300;900;n|Arandelas "
          "inoxidables {size};bolsa;200;600;f",
    "it": "Viti per legno testa svasata {size};scat.;600;1400;f|Tirafondi testa esagonale "
          "{size};scat.;900;2200;f|Tasselli in nylon {size};bust.;250;700;f|Chiodi zincati "
          "{size};kg;350;800;f|Barra filettata {size};barra;300;900;n|Rondelle inox {size};"
          "bust.;200;600;f",
    "nl": "Verzonken houtschroeven {size};doos;600;1400;f|Zeskant houtdraadbouten {size};doos;"
          "900;2200;f|Nylon pluggen {size};zak;250;700;f|Verzinkte draadnagels {size};kg;"
          "350;800;f|Draadeind {size};lengte;300;900;n|RVS sluitringen {size};zak;200;600;f",
}  # fmt: skip
SIZES: Final = ("5 mm", "6 mm", "8 mm", "10 mm")

PIANO, KENNEL, SAILS, BINDING, EYECARE, BLOOMS = (
    {lang: _items(text) for lang, text in by_lang.items()}
    for by_lang in (_PIANO, _KENNEL, _SAILS, _BINDING, _EYECARE, _BLOOMS)
)
FIXINGS: Final = {
    lang: tuple(Item(item.description.format(size=size), *item[1:])
                for item in _items(text) for size in SIZES)
    for lang, text in _FIXINGS.items()
}  # fmt: skip
