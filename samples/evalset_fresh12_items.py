"""What the layouts of the twelfth fresh evaluation slice (`evalset_fresh12.py`) bill, per
language: a piano workshop's work, car hire, a music school's term, a bookbinder's work, a coffee
subscription, a decorating wholesaler's goods (a product in one of three sizes) and a chimney
sweep's visit. Items are "description;unit;low;high;kind" as in the tenth slice
(`evalset_fresh10_items.Item`). None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import Item, _items

_PIANO: Final = {
    "en": "Concert pitch tuning;visit;9000;16000;1|Action regulation;hr;5500;8500;h|"
          "Hammer voicing;hr;5500;8500;h|Replacement bass string;pc;2800;5200;f|"
          "Key-top set, ivorine;set;18000;32000;1",
    "de": "Stimmung auf Kammerton;Besuch;9000;16000;1|Regulierung der Mechanik;Std.;5500;8500;h|"
          "Intonation der Hämmer;Std.;5500;8500;h|Ersatz-Basssaite;Stk;2800;5200;f|"
          "Tastenbelag-Satz, Ivorine;Satz;18000;32000;1",
    "fr": "Accord au diapason;visite;9000;16000;1|Réglage de la mécanique;h;5500;8500;h|"
          "Harmonisation des marteaux;h;5500;8500;h|Corde de basse de remplacement;pce;2800;"
          "5200;f|Jeu de plaquages de touches, ivorine;jeu;18000;32000;1",
    "es": "Afinación a diapasón;visita;9000;16000;1|Regulación de la mecánica;h;5500;8500;h|"
          "Entonación de macillos;h;5500;8500;h|Cuerda de bordón de repuesto;ud;2800;5200;f|"
          "Juego de chapas de teclas, ivorina;juego;18000;32000;1",
    "it": "Accordatura al diapason;visita;9000;16000;1|Regolazione della meccanica;ora;5500;"
          "8500;h|Intonazione dei martelletti;ora;5500;8500;h|Corda dei bassi di ricambio;pz;"
          "2800;5200;f|Serie copritasti in ivorina;serie;18000;32000;1",
    "nl": "Stemming op concerttoonhoogte;bezoek;9000;16000;1|Afregeling mechaniek;uur;5500;8500;h|"
          "Intoneren van de hamers;uur;5500;8500;h|Vervangende bassnaar;st;2800;5200;f|"
          "Set toetsbeleg, ivorine;set;18000;32000;1",
}  # fmt: skip
_HIRE: Final = {
    "en": "Hire charge, compact estate;day;3900;8900;n|Excess mileage;km;25;45;b|"
          "Collision damage waiver;day;900;1800;n|Child booster seat;day;500;900;n|"
          "One-way drop-off fee;flat;4500;9000;1",
    "de": "Mietpreis Kompaktkombi;Tag;3900;8900;n|Mehrkilometer;km;25;45;b|"
          "Haftungsreduzierung Vollkasko;Tag;900;1800;n|Kindersitzerhöhung;Tag;500;900;n|"
          "Einwegmiete Rückgabegebühr;pausch.;4500;9000;1",
    "fr": "Location break compact;jour;3900;8900;n|Kilomètres supplémentaires;km;25;45;b|"
          "Rachat de franchise collision;jour;900;1800;n|Rehausseur enfant;jour;500;900;n|"
          "Frais d'abandon aller simple;forfait;4500;9000;1",
    "es": "Alquiler familiar compacto;día;3900;8900;n|Kilometraje adicional;km;25;45;b|"
          "Exención de franquicia por daños;día;900;1800;n|Alzador infantil;día;500;900;n|"
          "Suplemento de devolución en otra oficina;tarifa;4500;9000;1",
    "it": "Noleggio station wagon compatta;giorno;3900;8900;n|Chilometri eccedenti;km;25;45;b|"
          "Riduzione franchigia danni;giorno;900;1800;n|Rialzo per bambini;giorno;500;900;n|"
          "Supplemento sola andata;forfait;4500;9000;1",
    "nl": "Huurprijs compacte stationwagen;dag;3900;8900;n|Meerkilometers;km;25;45;b|"
          "Afkoop eigen risico schade;dag;900;1800;n|Kinderzitverhoger;dag;500;900;n|"
          "Toeslag enkele reis;vast;4500;9000;1",
}  # fmt: skip
_MUSIC: Final = {
    "en": "Individual piano lessons, 30 min;lesson;2600;4200;n|Group music theory class;lesson;"
          "900;1500;n|Violin hire, three-quarter size;month;1800;3000;f|Graded exam entry;"
          "entry;4500;8000;1|Youth orchestra membership;term;6000;9000;1",
    "de": "Einzelunterricht Klavier, 30 Min.;Stunde;2600;4200;n|Musiktheorie in der Gruppe;"
          "Stunde;900;1500;n|Mietgeige, Größe 3/4;Monat;1800;3000;f|Prüfungsanmeldung "
          "Stufe;Anm.;4500;8000;1|Mitgliedschaft Jugendorchester;Trimester;6000;9000;1",
    "fr": "Cours individuel de piano, 30 min;cours;2600;4200;n|Formation musicale en groupe;"
          "cours;900;1500;n|Location de violon 3/4;mois;1800;3000;f|Inscription à l'examen de "
          "fin de cycle;insc.;4500;8000;1|Adhésion à l'orchestre des jeunes;trimestre;6000;"
          "9000;1",
    "es": "Clase individual de piano, 30 min;clase;2600;4200;n|Lenguaje musical en grupo;clase;"
          "900;1500;n|Alquiler de violín 3/4;mes;1800;3000;f|Matrícula de examen de grado;"
          "matr.;4500;8000;1|Cuota de la orquesta juvenil;trimestre;6000;9000;1",
    "it": "Lezione individuale di pianoforte, 30 min;lezione;2600;4200;n|Teoria e solfeggio "
          "di gruppo;lezione;900;1500;n|Noleggio violino 3/4;mese;1800;3000;f|Iscrizione "
          "all'esame di livello;iscr.;4500;8000;1|Quota orchestra giovanile;trimestre;6000;"
          "9000;1",
    "nl": "Individuele pianoles, 30 min;les;2600;4200;n|Muziektheorie in groepsles;les;900;"
          "1500;n|Huurviool 3/4;maand;1800;3000;f|Inschrijving examen niveau;inschr.;4500;8000;1|"
          "Lidmaatschap jeugdorkest;trimester;6000;9000;1",
}  # fmt: skip
_BINDERY: Final = {
    "en": "Rebinding in half leather;vol.;9000;18000;f|Repair of torn leaves;leaf;300;900;n|"
          "Gold tooling on the spine;vol.;2500;5000;f|Cloth clamshell box;pc;6500;12000;1|"
          "Thesis binding, hardcover;copy;3500;5500;n",
    "de": "Neueinband in Halbleder;Bd.;9000;18000;f|Ausbessern eingerissener Blätter;Bl.;300;"
          "900;n|Handvergoldung am Rücken;Bd.;2500;5000;f|Buchkassette mit Leinenbezug;Stk;6500;"
          "12000;1|Abschlussarbeit gebunden, fester Einband;Expl.;3500;5500;n",
    "fr": "Reliure demi-cuir;vol.;9000;18000;f|Restauration de feuillets déchirés;f.;300;900;n|"
          "Dorure au fer sur le dos;vol.;2500;5000;f|Boîte-écrin toilée;pce;6500;12000;1|"
          "Reliure de mémoire, couverture rigide;ex.;3500;5500;n",
    "es": "Reencuadernación en media piel;vol.;9000;18000;f|Reparación de hojas rasgadas;hoja;"
          "300;900;n|Dorado a mano en el lomo;vol.;2500;5000;f|Caja estuche entelada;ud;6500;"
          "12000;1|Encuadernación de tesis en tapa dura;ej.;3500;5500;n",
    "it": "Rilegatura in mezza pelle;vol.;9000;18000;f|Restauro di carte strappate;c.;300;900;n|"
          "Doratura a mano sul dorso;vol.;2500;5000;f|Scatola a conchiglia in tela;pz;6500;"
          "12000;1|Rilegatura tesi, copertina rigida;copia;3500;5500;n",
    "nl": "Herbinden in halfleer;dl.;9000;18000;f|Herstel van gescheurde bladen;blad;300;900;n|"
          "Handvergulden op de rug;dl.;2500;5000;f|Cassette met linnen bekleding;st;6500;12000;1|"
          "Scriptie gebonden, harde kaft;ex.;3500;5500;n",
}  # fmt: skip
_COFFEE: Final = {
    "en": "Single-origin beans, Sidamo 250 g;bag;850;1400;n|House espresso blend 1 kg;bag;2200;"
          "3200;f|Swiss water decaf 500 g;bag;1200;1800;f|Unbleached paper filters;box;350;600;f|"
          "Cold brew concentrate 1 l;btl;1500;2400;f",
    "de": "Sortenreine Bohnen, Sidamo 250 g;Btl.;850;1400;n|Hausmischung Espresso 1 kg;Btl.;"
          "2200;3200;f|Entkoffeiniert, Wasserverfahren 500 g;Btl.;1200;1800;f|Filtertüten "
          "ungebleicht;Pkg.;350;600;f|Cold-Brew-Konzentrat 1 l;Fl.;1500;2400;f",
    "fr": "Grains pure origine, Sidamo 250 g;sachet;850;1400;n|Mélange espresso maison 1 kg;"
          "sachet;2200;3200;f|Décaféiné à l'eau 500 g;sachet;1200;1800;f|Filtres papier non "
          "blanchis;boîte;350;600;f|Concentré d'infusion à froid 1 l;bout.;1500;2400;f",
    "es": "Grano de origen único, Sidamo 250 g;bolsa;850;1400;n|Mezcla de la casa para espresso "
          "1 kg;bolsa;2200;3200;f|Descafeinado al agua 500 g;bolsa;1200;1800;f|Filtros de papel "
          "sin blanquear;caja;350;600;f|Concentrado de café en frío 1 l;bot.;1500;2400;f",
    "it": "Caffè monorigine, Sidamo 250 g;busta;850;1400;n|Miscela espresso della casa 1 kg;"
          "busta;2200;3200;f|Decaffeinato ad acqua 500 g;busta;1200;1800;f|Filtri di carta non "
          "sbiancati;conf.;350;600;f|Concentrato cold brew 1 l;bott.;1500;2400;f",
    "nl": "Single-origin bonen, Sidamo 250 g;zak;850;1400;n|Huismelange espresso 1 kg;zak;2200;"
          "3200;f|Cafeïnevrij via waterproces 500 g;zak;1200;1800;f|Ongebleekte papieren "
          "filters;doos;350;600;f|Coldbrew-concentraat 1 l;fles;1500;2400;f",
}  # fmt: skip
_SWEEP: Final = {
    "en": "Sweeping of a single flue;flue;4500;7500;f|Flue gas emission test;test;3500;6000;1|"
          "Smoke draw test;test;2500;4500;1|Cowl and bird guard fitted;pc;3500;6500;1|"
          "Stove service with new rope seal;stove;4000;7000;1",
    "de": "Kehren eines Einzelzugs;Zug;4500;7500;f|Abgaswegeüberprüfung mit Messung;Mess.;3500;"
          "6000;1|Rauchprobe am Schornstein;Probe;2500;4500;1|Kaminhut mit Vogelschutz montiert;"
          "Stk;3500;6500;1|Ofenwartung mit neuer Türdichtung;Ofen;4000;7000;1",
    "fr": "Ramonage d'un conduit simple;conduit;4500;7500;f|Mesure des gaz de combustion;essai;"
          "3500;6000;1|Essai de tirage fumigène;essai;2500;4500;1|Chapeau anti-volatiles posé;"
          "pce;3500;6500;1|Entretien du poêle avec joint de porte neuf;poêle;4000;7000;1",
    "es": "Deshollinado de un conducto simple;conducto;4500;7500;f|Medición de gases de "
          "combustión;prueba;3500;6000;1|Prueba de tiro con humo;prueba;2500;4500;1|Sombrerete "
          "antipájaros instalado;ud;3500;6500;1|Revisión de estufa con cordón nuevo;estufa;"
          "4000;7000;1",
    "it": "Pulizia di una canna fumaria singola;canna;4500;7500;f|Analisi dei fumi di "
          "combustione;prova;3500;6000;1|Prova di tiraggio con fumogeno;prova;2500;4500;1|"
          "Comignolo antivolatili montato;pz;3500;6500;1|Manutenzione stufa con guarnizione "
          "nuova;stufa;4000;7000;1",
    "nl": "Vegen van een enkel rookkanaal;kanaal;4500;7500;f|Rookgasmeting;meting;3500;6000;1|"
          "Rooktest op trek;test;2500;4500;1|Schoorsteenkap met vogelwering geplaatst;st;3500;"
          "6500;1|Onderhoud kachel met nieuw deurkoord;kachel;4000;7000;1",
}  # fmt: skip
# Decorating supplies: "product;unit;low;high;kind", each sold in the three sizes of its family.
_DECOR: Final = {
    "en": ("Interior emulsion, brilliant white;tin;900;5200;n", "Low-tack masking tape;roll;"
           "250;700;n", "Microfibre roller sleeve;pc;400;1100;n", "Angled sash brush;pc;600;1800;n",
           "Sanding sheets, aluminium oxide;pack;350;900;n", "Acrylic decorator's caulk;tube;"
           "280;650;n"),
    "de": ("Innenwandfarbe, brillantweiß;Eimer;900;5200;n", "Malerkrepp, leicht lösbar;Rolle;"
           "250;700;n", "Farbwalze Mikrofaser;Stk;400;1100;n", "Schrägpinsel für Fenster;Stk;"
           "600;1800;n", "Schleifbogen Korund;Pkg.;350;900;n", "Acryl-Dichtmasse maler;Kart.;"
           "280;650;n"),
    "fr": ("Peinture murale intérieure, blanc éclatant;pot;900;5200;n", "Ruban de masquage "
           "faible adhérence;rouleau;250;700;n", "Manchon de rouleau microfibre;pce;400;1100;n",
           "Brosse à rechampir biseautée;pce;600;1800;n", "Feuilles abrasives corindon;paquet;"
           "350;900;n", "Mastic acrylique de finition;cart.;280;650;n"),
    "es": ("Pintura plástica interior, blanco brillante;bote;900;5200;n", "Cinta de carrocero "
           "de baja adherencia;rollo;250;700;n", "Funda de rodillo de microfibra;ud;400;1100;n",
           "Paletina de canto sesgado;ud;600;1800;n", "Pliegos de lija de corindón;paq.;350;900;n",
           "Masilla acrílica para juntas;cart.;280;650;n"),
    "it": ("Idropittura per interni, bianco brillante;latta;900;5200;n", "Nastro di "
           "mascheratura a bassa adesione;rotolo;250;700;n", "Manicotto rullo in microfibra;pz;"
           "400;1100;n", "Pennello angolato per infissi;pz;600;1800;n", "Fogli abrasivi al "
           "corindone;conf.;350;900;n", "Sigillante acrilico per pittori;cart.;280;650;n"),
    "nl": ("Binnenmuurverf, briljantwit;blik;900;5200;n", "Afplaktape, lage hechting;rol;250;"
           "700;n", "Verfrollerhoes microvezel;st;400;1100;n", "Schuine raamkwast;st;600;1800;n",
           "Schuurvellen korund;pak;350;900;n", "Acrylkit voor schilders;koker;280;650;n"),
}  # fmt: skip
SIZES: Final = (("1 l", "5 l", "10 l"), ("19 mm", "25 mm", "38 mm"), ("10 cm", "18 cm", "25 cm"),
                ("25 mm", "38 mm", "50 mm"), ("P80", "P120", "P180"),
                ("290 ml", "310 ml", "380 ml"))  # fmt: skip
PIANOS: Final = ("Blüthner Model 6", "Yamaha U3", "Grotrian Cabinet 124", "Schimmel K 132")
MODELS: Final = ("Skoda Octavia Combi", "VW Golf Variant", "Toyota Corolla TS", "Kia Ceed SW")


def _sized(products: tuple[str, ...]) -> str:
    return "|".join(
        f"{name} {size};{rest}"
        for product, sizes in zip(products, SIZES, strict=True)
        for name, rest in [product.split(";", 1)]
        for size in sizes
    )


ITEMS: Final = {
    layout: {lang: _items(text) for lang, text in table.items()}
    for layout, table in (("jobsheet", _PIANO), ("vehiclehire", _HIRE), ("termfees", _MUSIC),
                          ("flushlabels", _BINDERY), ("totalsfirst", _COFFEE),
                          ("sweep", _SWEEP),
                          ("banner", {lang: _sized(p) for lang, p in _DECOR.items()}))
}  # fmt: skip
__all__ = ["ITEMS", "MODELS", "PIANOS", "SIZES", "Item"]
