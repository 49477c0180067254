"""What the layouts of the twenty-sixth fresh evaluation slice (`evalset_fresh26.py`) bill, per
language: an engraving and calligraphy studio's commissions, a canal-boat hire firm's weeks and
extras, a saddlery's leather repairs, a mobile cider and juice press's pressings, a vineyard
pruning contractor's work by the vine, a brass-instrument workshop's repairs, and a mobile
sawmill's cuts per species. Items are "description;unit;low;high;kind" as in the tenth slice
(`evalset_fresh10_items.Item`). None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_ENGRAVING: Final = {
    "en": "Place cards in copperplate;card;180;420;b|Hand-lettered certificate;pc;"
          "3500;7500;f|Silver tankard engraved;pc;4500;9000;1|Wedding envelopes addressed;"
          "env.;150;380;b|Family crest drawn in ink;pc;18000;32000;1|Trophy plate lettering;"
          "plate;1200;2600;n",
    "de": "Tischkarten in Kurrentschrift;Karte;180;420;b|Urkunde von Hand beschriftet;Stk;"
          "3500;7500;f|Zinnkrug graviert;Stk;4500;9000;1|Hochzeitskuverts beschriftet;Kuvert;"
          "150;380;b|Familienwappen in Tusche;Stk;18000;32000;1|Pokalschild graviert;Schild;"
          "1200;2600;n",
    "fr": "Marque-places en anglaise;carte;180;420;b|Diplôme calligraphié;pce;3500;7500;f|"
          "Timbale en argent gravée;pce;4500;9000;1|Enveloppes de mariage;env.;150;380;b|"
          "Armoiries dessinées à l'encre;pce;18000;32000;1|Plaque de trophée gravée;plaque;"
          "1200;2600;n",
    "es": "Tarjetas de mesa caligrafiadas;tarj.;180;420;b|Diploma rotulado a mano;ud.;3500;"
          "7500;f|Jarra de plata grabada;ud.;4500;9000;1|Sobres de boda rotulados;sobre;150;"
          "380;b|Escudo familiar a tinta;ud.;18000;32000;1|Placa de trofeo grabada;placa;1200;"
          "2600;n",
    "it": "Segnaposto in corsivo inglese;cart.;180;420;b|Pergamena scritta a mano;pz;3500;"
          "7500;f|Boccale d'argento inciso;pz;4500;9000;1|Buste nuziali scritte a mano;busta;"
          "150;380;b|Stemma di famiglia a china;pz;18000;32000;1|Targa per coppa incisa;targa;"
          "1200;2600;n",
    "nl": "Tafelkaartjes in sierschrift;kaart;180;420;b|Oorkonde met de hand geschreven;st;"
          "3500;7500;f|Zilveren beker gegraveerd;st;4500;9000;1|Trouwenveloppen beschreven;"
          "env.;150;380;b|Familiewapen in Oost-Indische inkt;st;18000;32000;1|Bekerplaatje "
          "gegraveerd;plaatje;1200;2600;n",
}  # fmt: skip
_BOATS: Final = {
    "en": "Narrowboat hire, 4-berth, one week;week;95000;160000;1|Short break, 6-berth boat;"
          "break;62000;98000;1|Fuel and pump-out on return;l;140;210;d|Extra bikes aboard;"
          "bike;3500;5500;f|Damage waiver;booking;6500;9500;1|Dog on board;dog;2500;4000;1",
    "de": "Hausboot Kanal, 4 Kojen, eine Woche;Woche;95000;160000;1|Kurztrip 6-Kojen-Boot;"
          "Trip;62000;98000;1|Diesel nach Rückgabe;l;140;210;d|Fahrräder an Bord;Rad;3500;"
          "5500;f|Kautionsverzicht;Buchung;6500;9500;1|Hund an Bord;Hund;2500;4000;1",
    "fr": "Location pénichette 4 couchettes, semaine;sem.;95000;160000;1|Court séjour bateau "
          "6 places;séjour;62000;98000;1|Gazole au retour;l;140;210;d|Vélos à bord;vélo;3500;"
          "5500;f|Rachat de franchise;réserv.;6500;9500;1|Chien à bord;chien;2500;4000;1",
    "es": "Alquiler barco de canal 4 plazas, semana;sem.;95000;160000;1|Escapada barco 6 "
          "plazas;escap.;62000;98000;1|Gasóleo a la devolución;l;140;210;d|Bicicletas a bordo;"
          "bici;3500;5500;f|Seguro de franquicia;reserva;6500;9500;1|Perro a bordo;perro;2500;"
          "4000;1",
    "it": "Noleggio houseboat 4 posti, settimana;sett.;95000;160000;1|Weekend barca 6 posti;"
          "soggiorno;62000;98000;1|Gasolio al rientro;l;140;210;d|Biciclette a bordo;bici;"
          "3500;5500;f|Riduzione franchigia;prenot.;6500;9500;1|Cane a bordo;cane;2500;4000;1",
    "nl": "Huur kanaalboot 4 kooien, een week;week;95000;160000;1|Midweek boot 6 kooien;"
          "midweek;62000;98000;1|Diesel bij terugkomst;l;140;210;d|Fietsen aan boord;fiets;"
          "3500;5500;f|Afkoop eigen risico;boeking;6500;9500;1|Hond aan boord;hond;2500;4000;1",
}  # fmt: skip
_LEATHER: Final = {
    "en": "Saddle restuffed with wool;pc;14000;22000;1|Girth straps replaced;pair;2800;4500;n|"
          "Bridle restitched, brown;pc;3500;6000;1|Stirrup leathers new, hand-sewn;pair;6000;"
          "9500;1|Rug strap and buckle repair;strap;900;1600;n|Saddle fitting visit;visit;"
          "5500;8000;1",
    "de": "Sattel neu mit Wolle gepolstert;Stk;14000;22000;1|Gurtstrippen ersetzt;Paar;2800;"
          "4500;n|Trense neu vernäht, braun;Stk;3500;6000;1|Steigbügelriemen neu, handgenäht;"
          "Paar;6000;9500;1|Deckengurt und Schnalle repariert;Gurt;900;1600;n|Sattelanpassung "
          "im Stall;Termin;5500;8000;1",
    "fr": "Selle rembourrée en laine;pce;14000;22000;1|Contre-sanglons remplacés;paire;2800;"
          "4500;n|Filet recousu, havane;pce;3500;6000;1|Étrivières neuves cousues main;paire;"
          "6000;9500;1|Sangle de couverture réparée;sangle;900;1600;n|Visite d'ajustement de "
          "selle;visite;5500;8000;1",
    "es": "Silla rellenada con lana;ud.;14000;22000;1|Latiguillos de cincha cambiados;par;"
          "2800;4500;n|Cabezada recosida, marrón;ud.;3500;6000;1|Aciones nuevas cosidas a mano;"
          "par;6000;9500;1|Correa de manta reparada;correa;900;1600;n|Visita de ajuste de "
          "silla;visita;5500;8000;1",
    "it": "Sella reimbottita in lana;pz;14000;22000;1|Staffili del sottopancia sostituiti;"
          "paio;2800;4500;n|Briglia ricucita, marrone;pz;3500;6000;1|Staffili nuovi cuciti a "
          "mano;paio;6000;9500;1|Cinghia coperta riparata;cinghia;900;1600;n|Visita "
          "adattamento sella;visita;5500;8000;1",
    "nl": "Zadel opnieuw gevuld met wol;st;14000;22000;1|Singelstrippen vervangen;paar;2800;"
          "4500;n|Hoofdstel opnieuw gestikt, bruin;st;3500;6000;1|Stijgbeugelriemen nieuw, "
          "handgenaaid;paar;6000;9500;1|Dekenriem en gesp hersteld;riem;900;1600;n|"
          "Zadelpasbezoek op stal;bezoek;5500;8000;1",
}  # fmt: skip
_PRESSING: Final = {
    "en": "Apples washed, milled and pressed;l;45;80;m|Juice pasteurised in pouches;pouch;"
          "180;320;b|Bag-in-box 5 l filled;box;350;600;b|Cider yeast and sulphite dose;batch;"
          "900;1500;f|Pitch fee, press on site;day;18000;26000;1|Pomace taken away;t;2500;"
          "4000;d",
    "de": "Äpfel gewaschen, gemahlen, gepresst;l;45;80;m|Saft pasteurisiert im Beutel;Beutel;"
          "180;320;b|Bag-in-Box 5 l abgefüllt;Box;350;600;b|Hefe und Schwefel für Most;Ansatz;"
          "900;1500;f|Standgeld Presse vor Ort;Tag;18000;26000;1|Trester abgefahren;t;2500;"
          "4000;d",
    "fr": "Pommes lavées, broyées et pressées;l;45;80;m|Jus pasteurisé en poche;poche;180;"
          "320;b|Cubi 5 l rempli;cubi;350;600;b|Levures et sulfites pour cidre;cuvée;900;1500;"
          "f|Forfait pressoir sur place;jour;18000;26000;1|Marc évacué;t;2500;4000;d",
    "es": "Manzanas lavadas, molidas y prensadas;l;45;80;m|Zumo pasteurizado en bolsa;bolsa;"
          "180;320;b|Bag-in-box 5 l llenado;caja;350;600;b|Levadura y sulfito para sidra;lote;"
          "900;1500;f|Jornada de prensa a domicilio;día;18000;26000;1|Bagazo retirado;t;2500;"
          "4000;d",
    "it": "Mele lavate, macinate e pressate;l;45;80;m|Succo pastorizzato in sacca;sacca;180;"
          "320;b|Bag-in-box 5 l riempito;box;350;600;b|Lieviti e solfiti per sidro;lotto;900;"
          "1500;f|Giornata torchio in loco;giorno;18000;26000;1|Vinaccia di mele ritirata;t;"
          "2500;4000;d",
    "nl": "Appels gewassen, gemalen en geperst;l;45;80;m|Sap gepasteuriseerd in zak;zak;180;"
          "320;b|Bag-in-box 5 l gevuld;doos;350;600;b|Gist en sulfiet voor cider;partij;900;"
          "1500;f|Dagtarief pers op locatie;dag;18000;26000;1|Pulp afgevoerd;t;2500;4000;d",
}  # fmt: skip
_PRUNING: Final = {
    "en": "Winter pruning, cane-pruned Guyot;vine;45;90;m|Spur pruning, cordon;vine;40;80;m|"
          "Brush pulled from the wires;vine;12;25;m|Canes tied down;vine;15;30;m|Trellis "
          "wire retensioned;row;800;1500;n|Pruning crew travel;trip;6000;9000;1",
    "de": "Winterschnitt Guyot;Stock;45;90;m|Zapfenschnitt Kordon;Stock;40;80;m|Rebholz aus "
          "dem Draht gezogen;Stock;12;25;m|Bogen gebunden;Stock;15;30;m|Drahtrahmen "
          "nachgespannt;Zeile;800;1500;n|Anfahrt Schnittkolonne;Fahrt;6000;9000;1",
    "fr": "Taille d'hiver en Guyot;cep;45;90;m|Taille courte en cordon;cep;40;80;m|"
          "Tirage des bois;cep;12;25;m|Pliage et attachage;cep;15;30;m|Fils de palissage "
          "retendus;rang;800;1500;n|Déplacement de l'équipe de taille;trajet;6000;9000;1",
    "es": "Poda de invierno en Guyot;cepa;45;90;m|Poda en cordón con pulgares;cepa;40;80;m|"
          "Retirada de sarmientos;cepa;12;25;m|Atado de varas;cepa;15;30;m|Alambres de "
          "espaldera tensados;fila;800;1500;n|Desplazamiento cuadrilla de poda;viaje;6000;"
          "9000;1",
    "it": "Potatura invernale a Guyot;ceppo;45;90;m|Potatura a cordone speronato;ceppo;40;80;"
          "m|Stralcio dei tralci;ceppo;12;25;m|Piegatura e legatura capi;ceppo;15;30;m|Fili "
          "della spalliera ritesi;filare;800;1500;n|Trasferta squadra potatori;viaggio;6000;"
          "9000;1",
    "nl": "Wintersnoei Guyot;stok;45;90;m|Kortsnoei cordon;stok;40;80;m|Snoeihout uit de "
          "draden;stok;12;25;m|Lange twijgen aangebonden;stok;15;30;m|Draadwerk "
          "nagespannen;rij;800;1500;n|Reiskosten snoeiploeg;rit;6000;9000;1",
}  # fmt: skip
_BRASS: Final = {
    "en": "Chemical clean and flush, trumpet;pc;6500;9500;1|Dent removal on bell;dent;1800;"
          "3500;f|Valve guides replaced;set;2500;4200;1|Slide freed and relapped;slide;2200;"
          "3800;f|Water key cork and spring;pc;600;1100;n|Lacquer touched up;hr;4800;6500;h",
    "de": "Ultraschallreinigung Trompete;Stk;6500;9500;1|Beule im Schallstück entfernt;Beule;"
          "1800;3500;f|Ventilführungen ersetzt;Satz;2500;4200;1|Zug gängig gemacht und "
          "eingeschliffen;Zug;2200;3800;f|Wasserklappe Kork und Feder;Stk;600;1100;n|"
          "Lackausbesserung;Std.;4800;6500;h",
    "fr": "Nettoyage chimique trompette;pce;6500;9500;1|Bosse du pavillon débosselée;bosse;"
          "1800;3500;f|Guides de pistons remplacés;jeu;2500;4200;1|Coulisse débloquée et "
          "rodée;coulisse;2200;3800;f|Liège et ressort de barillet;pce;600;1100;n|Retouche "
          "du vernis;h;4800;6500;h",
    "es": "Limpieza química de trompeta;ud.;6500;9500;1|Abolladura de campana eliminada;"
          "abolladura;1800;3500;f|Guías de pistón cambiadas;juego;2500;4200;1|Bomba liberada "
          "y lapeada;bomba;2200;3800;f|Corcho y muelle de desagüe;ud.;600;1100;n|Retoque de "
          "lacado;h;4800;6500;h",
    "it": "Pulizia chimica tromba;pz;6500;9500;1|Ammaccatura campana rimossa;ammacc.;1800;"
          "3500;f|Guide pistoni sostituite;set;2500;4200;1|Pompa sbloccata e lappata;pompa;"
          "2200;3800;f|Sughero e molla chiave acqua;pz;600;1100;n|Ritocco laccatura;ora;4800;"
          "6500;h",
    "nl": "Chemische reiniging trompet;st;6500;9500;1|Deuk uit de beker;deuk;1800;3500;f|"
          "Ventielgeleiders vervangen;set;2500;4200;1|Trekker losgemaakt en ingeslepen;"
          "trekker;2200;3800;f|Kurk en veer waterklep;st;600;1100;n|Lak bijgewerkt;uur;4800;"
          "6500;h",
}  # fmt: skip
ENGRAVING: Final = {lang: _items(text) for lang, text in _ENGRAVING.items()}
BOATS: Final = {lang: _items(text) for lang, text in _BOATS.items()}
LEATHER: Final = {lang: _items(text) for lang, text in _LEATHER.items()}
PRESSING: Final = {lang: _items(text) for lang, text in _PRESSING.items()}
PRUNING: Final = {lang: _items(text) for lang, text in _PRUNING.items()}
BRASS: Final = {lang: _items(text) for lang, text in _BRASS.items()}

# The mobile sawmill: what it cuts (with the section printed in a column of its own) and the
# price range per piece in cents, and the species milled, per language.
CUTS: Final = {
    "en": ("Beam", "Joist", "Cladding board", "Fence post", "Waney-edge slab"),
    "de": ("Balken", "Kantholz", "Schalbrett", "Zaunpfosten", "Schwartenbrett"),
    "fr": ("Poutre", "Solive", "Planche de bardage", "Piquet de clôture", "Dosse brute"),
    "es": ("Viga", "Vigueta", "Tabla de revestimiento", "Poste de cerca", "Costero"),
    "it": ("Trave", "Travetto", "Tavola da rivestimento", "Palo da recinzione", "Sciavero"),
    "nl": ("Balk", "Regel", "Gevelplank", "Afrasteringspaal", "Schaaldeel"),
}  # fmt: skip
CUT_PRICES: Final = ((3800, 7200), (1400, 2600), (600, 1200), (700, 1300), (450, 900))
SECTIONS: Final = ("200 x 200", "75 x 150", "22 x 150", "100 x 100", "32 x 250")
SPECIES: Final = {
    "en": ("Douglas fir", "Larch", "Sweet chestnut", "Oak", "Western red cedar"),
    "de": ("Douglasie", "Lärche", "Edelkastanie", "Eiche", "Rotzeder"),
    "fr": ("douglas", "mélèze", "châtaignier", "chêne", "cèdre rouge"),
    "es": ("abeto Douglas", "alerce", "castaño", "roble", "cedro rojo"),
    "it": ("douglasia", "larice", "castagno", "rovere", "cedro rosso"),
    "nl": ("douglas", "lariks", "tamme kastanje", "eik", "red cedar"),
}  # fmt: skip
