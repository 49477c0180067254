"""What the layouts of the twenty-fourth fresh evaluation slice (`evalset_fresh24.py`) bill, per
language: a wasp-nest service's treatments, a sauna and hot-tub servicing firm's visits, a
stage magician's show fee, a church-bell restorer's work, a mobile dog groomer's grooms, a party
hire firm's bouncy castles, and a seed merchant's seed per delivery note. Items are
"description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`). None of
the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_WASPS: Final = {
    "en": "Wasp nest treatment, loft or eaves;nest;5500;7500;n|Hornet nest removal at height;"
          "nest;9500;14000;n|Second nest same visit;nest;2500;3500;n|Bee swarm collection and "
          "rehoming;swarm;6000;9000;1|Ladder and access equipment;visit;2000;3500;1",
    "de": "Wespennest bekämpfen, Dachboden oder Traufe;Nest;5500;7500;n|Hornissennest umsiedeln "
          "in der Höhe;Nest;9500;14000;n|Weiteres Nest beim selben Einsatz;Nest;2500;3500;n|"
          "Bienenschwarm einfangen und umsiedeln;Schwarm;6000;9000;1|Leiter und Steiggerät;"
          "Einsatz;2000;3500;1",
    "fr": "Traitement nid de guêpes, combles ou avant-toit;nid;5500;7500;n|Retrait nid de frelons "
          "en hauteur;nid;9500;14000;n|Nid supplémentaire même passage;nid;2500;3500;n|Capture "
          "et relogement d'essaim d'abeilles;essaim;6000;9000;1|Échelle et matériel d'accès;"
          "passage;2000;3500;1",
    "es": "Tratamiento de avispero en desván o alero;nido;5500;7500;n|Retirada de nido de "
          "avispones en altura;nido;9500;14000;n|Nido adicional en la misma visita;nido;2500;"
          "3500;n|Captura y traslado de enjambre;enjambre;6000;9000;1|Escalera y medios de "
          "acceso;visita;2000;3500;1",
    "it": "Trattamento nido di vespe in sottotetto;nido;5500;7500;n|Rimozione nido di calabroni "
          "in quota;nido;9500;14000;n|Nido aggiuntivo stesso intervento;nido;2500;3500;n|"
          "Recupero sciame d'api e ricollocazione;sciame;6000;9000;1|Scala e attrezzatura di "
          "accesso;intervento;2000;3500;1",
    "nl": "Wespennest bestrijden, zolder of dakgoot;nest;5500;7500;n|Hoornaarsnest verwijderen "
          "op hoogte;nest;9500;14000;n|Extra nest zelfde bezoek;nest;2500;3500;n|Bijenzwerm "
          "scheppen en herplaatsen;zwerm;6000;9000;1|Ladder en klimmateriaal;bezoek;2000;"
          "3500;1",
}  # fmt: skip
_SPAS: Final = {
    "en": "Hot tub annual service and drain-down;visit;14000;19000;1|Sauna heater element "
          "replaced;pc;6500;9500;f|Water chemistry balance kit;kit;2800;4200;n|Cartridge "
          "filter, pleated;pc;3500;5200;f|Technician labour;hr;6500;8500;h|Insulated cover "
          "with lifter;pc;42000;61000;1",
    "de": "Whirlpool-Jahreswartung mit Entleerung;Termin;14000;19000;1|Saunaofen-Heizstab "
          "getauscht;Stk.;6500;9500;f|Set Wasserpflege;Set;2800;4200;n|Kartuschenfilter "
          "gefaltet;Stk.;3500;5200;f|Arbeitszeit Techniker;Std.;6500;8500;h|Thermoabdeckung "
          "mit Lifter;Stk.;42000;61000;1",
    "fr": "Entretien annuel spa avec vidange;passage;14000;19000;1|Résistance de poêle sauna "
          "remplacée;pce;6500;9500;f|Kit équilibre de l'eau;kit;2800;4200;n|Filtre à cartouche "
          "plissé;pce;3500;5200;f|Main-d'œuvre technicien;h;6500;8500;h|Couverture isotherme "
          "avec lève-couvercle;pce;42000;61000;1",
    "es": "Revisión anual de jacuzzi con vaciado;visita;14000;19000;1|Resistencia de estufa de "
          "sauna sustituida;ud.;6500;9500;f|Kit de equilibrio del agua;kit;2800;4200;n|"
          "Filtro de cartucho plisado;ud.;3500;5200;f|Mano de obra técnico;h;6500;8500;h|"
          "Cubierta térmica con elevador;ud.;42000;61000;1",
    "it": "Manutenzione annuale idromassaggio con svuotamento;uscita;14000;19000;1|Resistenza "
          "stufa sauna sostituita;pz;6500;9500;f|Kit equilibrio acqua;kit;2800;4200;n|Filtro a "
          "cartuccia plissettato;pz;3500;5200;f|Manodopera tecnico;ora;6500;8500;h|Copertura "
          "termica con sollevatore;pz;42000;61000;1",
    "nl": "Jaarlijks onderhoud hottub met aftappen;bezoek;14000;19000;1|Verwarmingselement "
          "saunakachel vervangen;st.;6500;9500;f|Set waterbalans;set;2800;4200;n|Cartridgefilter "
          "geplooid;st.;3500;5200;f|Arbeidsloon monteur;uur;6500;8500;h|Isolerende cover met "
          "liftsysteem;st.;42000;61000;1",
}  # fmt: skip
_SHOW: Final = {
    "en": "Close-up magic at the drinks reception;hr;25000;38000;h|Stage show, 45 minutes;"
          "show;120000;180000;1|Mind-reading finale with the directors;act;30000;45000;1|"
          "Travel and overnight stay;trip;18000;30000;1|Sound engineer for the show;hr;6000;"
          "9000;h",
    "de": "Tischzauberei beim Sektempfang;Std.;25000;38000;h|Bühnenshow, 45 Minuten;Show;"
          "120000;180000;1|Gedankenlese-Finale mit der Geschäftsführung;Akt;30000;45000;1|"
          "Anreise und Übernachtung;Reise;18000;30000;1|Tontechniker für die Show;Std.;6000;"
          "9000;h",
    "fr": "Magie rapprochée au cocktail;h;25000;38000;h|Spectacle sur scène, 45 minutes;"
          "spectacle;120000;180000;1|Final de mentalisme avec la direction;numéro;30000;45000;1|"
          "Déplacement et nuitée;trajet;18000;30000;1|Technicien son pour le spectacle;h;6000;"
          "9000;h",
    "es": "Magia de cerca en el cóctel;h;25000;38000;h|Espectáculo en escenario, 45 minutos;"
          "función;120000;180000;1|Final de mentalismo con la dirección;número;30000;45000;1|"
          "Desplazamiento y alojamiento;viaje;18000;30000;1|Técnico de sonido del espectáculo;"
          "h;6000;9000;h",
    "it": "Magia da vicino all'aperitivo;ora;25000;38000;h|Spettacolo sul palco, 45 minuti;"
          "spettacolo;120000;180000;1|Finale di mentalismo con la direzione;numero;30000;45000;"
          "1|Viaggio e pernottamento;trasferta;18000;30000;1|Tecnico audio per lo spettacolo;"
          "ora;6000;9000;h",
    "nl": "Close-up goochelen bij de borrel;uur;25000;38000;h|Podiumshow, 45 minuten;show;"
          "120000;180000;1|Gedachtenlees-finale met de directie;act;30000;45000;1|Reis en "
          "overnachting;reis;18000;30000;1|Geluidstechnicus voor de show;uur;6000;9000;h",
}  # fmt: skip
_BELLS: Final = {
    "en": "Lowering the bell from the tower;bell;180000;260000;1|Welding repair of the cracked "
          "crown;bell;320000;450000;1|New elm headstock and fittings;set;240000;330000;1|"
          "Quarter-turning and new clapper;bell;90000;140000;1|Rehanging and ringing test;"
          "bell;150000;210000;1",
    "de": "Abnahme der Glocke aus dem Turm;Glocke;180000;260000;1|Schweißinstandsetzung der "
          "gerissenen Krone;Glocke;320000;450000;1|Neues Eichenjoch mit Beschlägen;Satz;240000;"
          "330000;1|Glocke drehen und neuer Klöppel;Glocke;90000;140000;1|Wiederaufhängen und "
          "Probeläuten;Glocke;150000;210000;1",
    "fr": "Descente de la cloche du clocher;cloche;180000;260000;1|Réparation par soudure de la "
          "couronne fêlée;cloche;320000;450000;1|Nouveau mouton en chêne et ferrures;jeu;240000;"
          "330000;1|Rotation d'un quart et battant neuf;cloche;90000;140000;1|Remontée et essai "
          "de sonnerie;cloche;150000;210000;1",
    "es": "Descenso de la campana de la torre;campana;180000;260000;1|Reparación por soldadura "
          "de la corona agrietada;campana;320000;450000;1|Yugo nuevo de roble con herrajes;"
          "juego;240000;330000;1|Giro de un cuarto y badajo nuevo;campana;90000;140000;1|"
          "Reinstalación y prueba de toque;campana;150000;210000;1",
    "it": "Calata della campana dal campanile;campana;180000;260000;1|Riparazione a saldatura "
          "della corona incrinata;campana;320000;450000;1|Nuovo ceppo in rovere con ferramenta;"
          "set;240000;330000;1|Rotazione di un quarto e battaglio nuovo;campana;90000;140000;1|"
          "Rimontaggio e prova di suono;campana;150000;210000;1",
    "nl": "Klok uit de toren takelen;klok;180000;260000;1|Lasherstel van de gescheurde kroon;"
          "klok;320000;450000;1|Nieuwe eikenhouten slinger met beslag;set;240000;330000;1|"
          "Kwartslag draaien en nieuwe klepel;klok;90000;140000;1|Terughangen en proefluiden;"
          "klok;150000;210000;1",
}  # fmt: skip
_GROOMS: Final = {
    "en": "Full groom, small breed;dog;4200;5500;n|Full groom, large double coat;dog;6500;"
          "8500;n|Bath and blow-dry only;dog;3000;4000;n|Nail clipping and ear cleaning;dog;"
          "1200;1800;n|De-matting surcharge;15 min;1000;1500;f",
    "de": "Komplettpflege kleine Rasse;Hund;4200;5500;n|Komplettpflege große Rasse, "
          "Doppelfell;Hund;6500;8500;n|Nur Baden und Föhnen;Hund;3000;4000;n|Krallen schneiden "
          "und Ohren reinigen;Hund;1200;1800;n|Zuschlag Entfilzen;15 Min.;1000;1500;f",
    "fr": "Toilettage complet petite race;chien;4200;5500;n|Toilettage complet grand chien à "
          "sous-poil;chien;6500;8500;n|Bain et séchage seuls;chien;3000;4000;n|Coupe des griffes "
          "et nettoyage des oreilles;chien;1200;1800;n|Supplément démêlage;15 min;1000;1500;f",
    "es": "Arreglo completo raza pequeña;perro;4200;5500;n|Arreglo completo raza grande doble "
          "manto;perro;6500;8500;n|Solo baño y secado;perro;3000;4000;n|Corte de uñas y "
          "limpieza de oídos;perro;1200;1800;n|Suplemento desenredado;15 min;1000;1500;f",
    "it": "Toelettatura completa taglia piccola;cane;4200;5500;n|Toelettatura completa taglia "
          "grande doppio manto;cane;6500;8500;n|Solo bagno e asciugatura;cane;3000;4000;n|"
          "Taglio unghie e pulizia orecchie;cane;1200;1800;n|Supplemento snodatura;15 min;1000;"
          "1500;f",
    "nl": "Complete trimbeurt klein ras;hond;4200;5500;n|Complete trimbeurt groot ras met "
          "dubbele vacht;hond;6500;8500;n|Alleen wassen en föhnen;hond;3000;4000;n|Nagels "
          "knippen en oren reinigen;hond;1200;1800;n|Toeslag ontklitten;15 min;1000;1500;f",
}  # fmt: skip
_PARTY: Final = {
    "en": "Bouncy castle 12 x 15 ft, day hire;day;9000;13000;1|Inflatable slide with safety "
          "mats;day;14000;19000;1|Candy floss machine with 50 portions;day;5500;7500;1|Folding "
          "trestle tables;pc;800;1200;n|Delivery, set-up and collection;trip;4000;6500;1",
    "de": "Hüpfburg 4 x 5 m, Tagesmiete;Tag;9000;13000;1|Riesenrutsche aufblasbar mit "
          "Fallschutz;Tag;14000;19000;1|Zuckerwattemaschine mit 50 Portionen;Tag;5500;7500;1|"
          "Bierzeltgarnitur;Stk.;800;1200;n|Anlieferung, Aufbau und Abholung;Fahrt;4000;6500;1",
    "fr": "Château gonflable 4 x 5 m, location jour;jour;9000;13000;1|Toboggan gonflable avec "
          "tapis;jour;14000;19000;1|Machine à barbe à papa 50 portions;jour;5500;7500;1|Tables "
          "pliantes;pce;800;1200;n|Livraison, montage et reprise;trajet;4000;6500;1",
    "es": "Castillo hinchable 4 x 5 m, alquiler por día;día;9000;13000;1|Tobogán hinchable con "
          "colchonetas;día;14000;19000;1|Máquina de algodón de azúcar 50 raciones;día;5500;7500;"
          "1|Mesas plegables;ud.;800;1200;n|Entrega, montaje y recogida;viaje;4000;6500;1",
    "it": "Castello gonfiabile 4 x 5 m, noleggio giornaliero;giorno;9000;13000;1|Scivolo "
          "gonfiabile con tappeti;giorno;14000;19000;1|Macchina zucchero filato 50 porzioni;"
          "giorno;5500;7500;1|Tavoli pieghevoli;pz;800;1200;n|Consegna, montaggio e ritiro;"
          "viaggio;4000;6500;1",
    "nl": "Springkussen 4 x 5 m, daghuur;dag;9000;13000;1|Opblaasbare glijbaan met "
          "valmatten;dag;14000;19000;1|Suikerspinmachine met 50 porties;dag;5500;7500;1|"
          "Klaptafels;st.;800;1200;n|Bezorgen, opbouwen en ophalen;rit;4000;6500;1",
}  # fmt: skip
WASPS: Final = {lang: _items(text) for lang, text in _WASPS.items()}
SPAS: Final = {lang: _items(text) for lang, text in _SPAS.items()}
SHOW: Final = {lang: _items(text) for lang, text in _SHOW.items()}
BELLS: Final = {lang: _items(text) for lang, text in _BELLS.items()}
GROOMS: Final = {lang: _items(text) for lang, text in _GROOMS.items()}
PARTY: Final = {lang: _items(text) for lang, text in _PARTY.items()}

# The seed merchant: the seed it sells per 25 kg sack (or unit) and its delivery notes (a line is
# one seed on one delivery note), with a price range per sack in cents.
SEEDS: Final = {
    "en": ("Winter wheat Graham C2", "Spring barley Laureate C1", "Oilseed rape Aurelia",
           "Forage maize Prospect", "Spring oats Canyon", "Field beans Tundra",
           "Grass ley mix long-term", "Red clover Milvus"),
    "de": ("Winterweizen Asory Z1", "Sommergerste RGT Planet Z1", "Winterraps Architect",
           "Silomais Amaroc", "Sommerhafer Max", "Ackerbohne Fuego", "Kleegrasmischung A3",
           "Rotklee Titus"),
    "fr": ("Blé tendre d'hiver Chevignon R2", "Orge de printemps Planet R1",
           "Colza d'hiver Temptation", "Maïs fourrage LG 31.211", "Avoine de printemps Canyon",
           "Féverole Tiffany", "Mélange prairie longue durée", "Trèfle violet Lemmon"),
    "es": ("Trigo blando Nogal R2", "Cebada de primavera Planet R1", "Colza de invierno "
           "Hornet", "Maíz forrajero Mas 56", "Avena blanca Chambord", "Haba forrajera Alameda",
           "Mezcla pradera plurianual", "Trébol violeta Marino"),
    "it": ("Frumento tenero Bologna R2", "Orzo primaverile Planet R1", "Colza invernale "
           "Kicker", "Mais trinciato P1547", "Avena bianca Donata", "Favino Vesuvio",
           "Miscuglio prato stabile", "Trifoglio violetto Marino"),
    "nl": ("Wintertarwe Hedgehog C2", "Zomergerst Planet C1", "Winterkoolzaad Crome",
           "Snijmais LG 31.205", "Zomerhaver Symphony", "Veldbonen Fanfare",
           "Graszaadmengsel blijvend grasland", "Rode klaver Lemmon"),
}  # fmt: skip
SEED_PRICES: Final = ((1400, 1900), (1500, 2000), (9000, 14000), (8500, 11500), (1300, 1800),
                      (1600, 2200), (6500, 9000), (9500, 13500))  # fmt: skip
# The word a delivery note goes by in each language.
NOTE: Final = {"en": "delivery note", "de": "Lieferschein", "fr": "BL", "es": "albarán",
               "it": "DDT", "nl": "pakbon"}  # fmt: skip
