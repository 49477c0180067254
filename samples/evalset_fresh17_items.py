"""What the layouts of the seventeenth fresh evaluation slice (`evalset_fresh17.py`) bill, per
language: a brewery's beer and keg deposits, a photocopier dealer's lease and clicks, a skip-hire
firm's skips and waste, a language school's courses, a land surveyor's fees, an art gallery's
commission on an artist's works and a car wash's programmes for a fleet. Items are
"description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`); kind "c"
is a meter count of copies. None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_BREWERY: Final = {
    "en": "Harbour Pale Ale, 50 l keg;keg;11500;14500;f|Flint Stout, 30 l keg;keg;8200;10400;f|"
          "Copperhead Bitter, 9 gal cask;cask;7400;9100;f|Keg deposit, 50 l stainless;keg;"
          "3000;3001;f|Cask deposit, 9 gal;cask;2000;2001;f|CO2 cylinder deposit;cyl.;"
          "2500;2501;1|Branded drip trays;tray;450;700;f",
    "de": "Zwickel Hell, 50-l-Fass;Fass;12500;15500;f|Dunkles Märzen, 30-l-Fass;Fass;"
          "8900;10900;f|Weizen naturtrüb, 20-l-Fass;Fass;6400;7900;f|Fasspfand 50 l;Fass;"
          "3000;3001;f|Fasspfand 30 l;Fass;3000;3001;f|Pfand Kohlensäureflasche;Fl.;"
          "2500;2501;1|Bierdeckel mit Brauereilogo, 1000 Stück;Ktn;1800;2600;1",
    "fr": "Blonde de garde, fût de 30 l;fût;8700;10900;f|Ambrée du Houblonnier, fût de 20 l;"
          "fût;6200;7900;f|Blanche aux écorces, fût de 20 l;fût;5900;7400;f|Consigne fût inox "
          "30 l;fût;3000;3001;f|Consigne fût 20 l;fût;2500;2501;f|Consigne bouteille de CO2;"
          "bout.;3500;3501;1|Sous-bocks de la brasserie, carton;ctn;1500;2200;1",
    "es": "Cerveza rubia artesana, barril de 30 l;barril;7900;9900;f|Tostada de abadía, "
          "barril de 20 l;barril;5900;7400;f|IPA de la Sierra, barril de 20 l;barril;"
          "6800;8400;f|Fianza barril 30 l;barril;3000;3001;f|Fianza barril 20 l;barril;"
          "2500;2501;f|Fianza botella de CO2;bot.;3000;3001;1|Posavasos con logotipo, caja;"
          "caja;1400;2100;1",
    "it": "Bionda non filtrata, fusto da 30 l;fusto;8600;10600;f|Rossa doppio malto, fusto "
          "da 20 l;fusto;6500;8100;f|Saison di campagna, fusto da 20 l;fusto;6900;8500;f|"
          "Cauzione fusto 30 l;fusto;3000;3001;f|Cauzione fusto 20 l;fusto;2500;2501;f|"
          "Cauzione bombola CO2;bomb.;3000;3001;1|Sottobicchieri del birrificio, scatola;"
          "scat.;1500;2200;1",
    "nl": "Polderblond, fust van 50 l;fust;12000;14800;f|Dubbel Kloosterbruin, fust van 20 l;"
          "fust;6600;8200;f|Seizoensbier Hop & Haver, fust van 20 l;fust;6900;8500;f|"
          "Statiegeld fust 50 l;fust;3000;3001;f|Statiegeld fust 20 l;fust;2500;2501;f|"
          "Statiegeld CO2-fles;fles;3000;3001;1|Bierviltjes met brouwerijlogo, doos;doos;"
          "1500;2200;1",
}  # fmt: skip
_COPIER: Final = {
    "en": "Black-and-white clicks;copy;1;3;c|Colour clicks;copy;5;9;c|Quarterly lease, "
          "A3 colour MFP;qtr;29000;36000;1|Toner waste box replaced;box;1900;2600;1|"
          "Scan-to-email set-up visit;visit;6500;8500;1",
    "de": "Schwarzweiß-Seiten laut Zähler;Seite;1;3;c|Farbseiten laut Zähler;Seite;5;9;c|"
          "Mietrate A3-Farbsystem, Quartal;Quartal;29000;36000;1|Resttonerbehälter getauscht;"
          "Stk;1900;2600;1|Einrichtung Scan-to-Mail vor Ort;Einsatz;6500;8500;1",
    "fr": "Pages noir et blanc au compteur;page;1;3;c|Pages couleur au compteur;page;5;9;c|"
          "Loyer trimestriel copieur couleur A3;trim.;29000;36000;1|Bac de récupération toner "
          "remplacé;bac;1900;2600;1|Paramétrage numérisation vers courriel;interv.;6500;8500;1",
    "es": "Copias en blanco y negro según contador;copia;1;3;c|Copias en color según "
          "contador;copia;5;9;c|Cuota trimestral de renting, equipo A3 color;trim.;"
          "29000;36000;1|Depósito de tóner residual sustituido;ud;1900;2600;1|Configuración "
          "de escaneo a correo;visita;6500;8500;1",
    "it": "Copie bianco e nero da contatore;copia;1;3;c|Copie a colori da contatore;copia;"
          "5;9;c|Canone trimestrale multifunzione A3 colori;trim.;29000;36000;1|Vaschetta "
          "toner di scarto sostituita;pz;1900;2600;1|Configurazione scansione verso e-mail;"
          "int.;6500;8500;1",
    "nl": "Zwart-witafdrukken volgens teller;afdr.;1;3;c|Kleurenafdrukken volgens teller;"
          "afdr.;5;9;c|Kwartaalhuur A3-kleurenprinter;kw.;29000;36000;1|Tonerafvalbak "
          "vervangen;st;1900;2600;1|Instellen scannen naar e-mail;bezoek;6500;8500;1",
}  # fmt: skip
_SKIPS: Final = {
    "en": "20-yard roll-off container, construction debris;haul;42000;56000;f|10-yard "
          "dumpster, yard waste;haul;28000;36000;f|Overweight charge per ton;ton;6500;9000;d|"
          "Street placement permit;permit;4500;7500;1|Mattress disposal fee;item;2500;4000;f|"
          "Extra day on site;day;1200;2000;f",
    "de": "Absetzmulde 7 m³, Bauschutt;Stellung;26000;34000;f|Abrollcontainer 10 m³, "
          "Baumischabfall;Stellung;38000;49000;f|Mehrgewicht je Tonne;t;9000;14000;d|"
          "Sondernutzung öffentlicher Straßenraum;Genehm.;4500;7500;1|Standzeit über 14 Tage;"
          "Tag;300;600;f|Entsorgung Gipskarton;t;14000;19000;d",
    "fr": "Benne 8 m³, gravats;rotation;24000;31000;f|Benne 15 m³, déchets verts;rotation;"
          "29000;37000;f|Tonnage supplémentaire;t;8000;12000;d|Autorisation de voirie;arrêté;"
          "4500;7500;1|Location prolongée de benne;jour;500;900;f|Traitement du plâtre;t;"
          "13000;18000;d",
    "es": "Contenedor de 6 m³, escombro limpio;servicio;13000;18000;f|Contenedor de 9 m³, "
          "residuo mezclado;servicio;19000;26000;f|Exceso de peso por tonelada;t;4500;7000;d|"
          "Licencia de ocupación de vía pública;lic.;3000;6000;1|Día adicional de alquiler;"
          "día;400;800;f|Gestión de residuo de yeso;t;9000;13000;d",
    "it": "Cassone scarrabile 10 m³, macerie;viaggio;22000;29000;f|Cassone 6 m³, sfalci e "
          "potature;viaggio;15000;21000;f|Sovrappeso a tonnellata;t;7000;10500;d|Permesso "
          "occupazione suolo pubblico;perm.;4000;7000;1|Nolo giornaliero aggiuntivo;gg;"
          "400;800;f|Smaltimento cartongesso;t;12000;17000;d",
    "nl": "Afzetcontainer 6 m³, puin;plaatsing;19000;26000;f|Afzetcontainer 10 m³, "
          "bouw- en sloopafval;plaatsing;29000;38000;f|Meergewicht per ton;ton;7500;11000;d|"
          "Vergunning container op openbare weg;verg.;4000;7000;1|Extra huurdag container;"
          "dag;400;800;f|Afvoer gipsplaten;ton;12000;17000;d",
}  # fmt: skip
_COURSES: Final = {
    "en": "Business English, 20 lessons a week;week;2800;3600;f|One-to-one coaching, 10 "
          "lessons;block;4200;5600;1|Cambridge exam preparation, evening;week;1500;2100;f|"
          "Placement test and interview;test;600;900;1|Course books and online access;set;"
          "700;1100;1|Host family placement fee;fee;1300;1800;1",
    "de": "Deutsch als Fremdsprache B1, Intensivkurs;Woche;2900;3700;f|Einzelunterricht, "
          "10er-Karte;Karte;4300;5700;1|Prüfungsvorbereitung telc B2, abends;Woche;1500;2100;f|"
          "Einstufungstest mit Gespräch;Test;600;900;1|Lehrwerk und Lernplattform;Satz;"
          "700;1100;1|Vermittlung Gastfamilie;Pauschale;1300;1800;1",
    "fr": "Français langue étrangère B1, cours intensif;sem.;2800;3600;f|Cours particuliers, "
          "carnet de 10;carnet;4200;5600;1|Préparation au DELF B2, soir;sem.;1500;2100;f|Test "
          "de niveau et entretien;test;600;900;1|Manuels et accès en ligne;lot;700;1100;1|"
          "Frais de placement en famille d'accueil;forfait;1300;1800;1",
    "es": "Español para extranjeros B1, curso intensivo;semana;2600;3400;f|Clases "
          "individuales, bono de 10;bono;3900;5300;1|Preparación DELE B2, por la tarde;semana;"
          "1400;2000;f|Prueba de nivel y entrevista;prueba;500;800;1|Libros y acceso a la "
          "plataforma;lote;600;1000;1|Gestión de alojamiento en familia;tarifa;1200;1700;1",
    "it": "Italiano per stranieri B1, corso intensivo;sett.;2700;3500;f|Lezioni individuali, "
          "pacchetto da 10;pacch.;4000;5400;1|Preparazione CILS B2, serale;sett.;1500;2100;f|"
          "Test d'ingresso e colloquio;test;500;800;1|Libri di testo e piattaforma;kit;"
          "600;1000;1|Sistemazione in famiglia, quota;quota;1200;1700;1",
    "nl": "Nederlands als tweede taal B1, intensief;week;2800;3600;f|Privéles, strippenkaart "
          "van 10;kaart;4200;5600;1|Voorbereiding Staatsexamen NT2, avond;week;1500;2100;f|"
          "Niveautest met intakegesprek;test;600;900;1|Lesboeken en online omgeving;set;"
          "700;1100;1|Bemiddeling gastgezin;bedrag;1300;1800;1",
}  # fmt: skip
_SURVEY: Final = {
    "en": "Topographical survey of the plot;survey;85000;120000;1|Boundary determination "
          "report;report;42000;58000;1|Setting out of foundations;hr;7500;9500;h|Drone "
          "orthophoto of the site;flight;38000;52000;1|Land registry compliant plan;plan;"
          "18000;26000;1|Site attendance, surveyor and assistant;visit;32000;42000;f",
    "de": "Lage- und Höhenplan des Grundstücks;Plan;85000;120000;1|Grenzfeststellung mit "
          "Abmarkung;Verf.;42000;58000;1|Gebäudeabsteckung;Std.;7500;9500;h|Drohnenbefliegung "
          "mit Orthofoto;Flug;38000;52000;1|Amtlicher Lageplan zum Bauantrag;Plan;"
          "18000;26000;1|Außendienst Vermessungstrupp;Einsatz;32000;42000;f",
    "fr": "Levé topographique de la parcelle;levé;85000;120000;1|Procès-verbal de bornage;"
          "PV;42000;58000;1|Implantation des fondations;h;7500;9500;h|Orthophotographie par "
          "drone;vol;38000;52000;1|Plan de division parcellaire;plan;18000;26000;1|Vacation "
          "sur site, géomètre et aide;vac.;32000;42000;f",
    "es": "Levantamiento topográfico de la parcela;lev.;85000;120000;1|Deslinde y "
          "amojonamiento;exp.;42000;58000;1|Replanteo de cimentación;h;7500;9500;h|"
          "Ortofoto con dron;vuelo;38000;52000;1|Plano georreferenciado para catastro;plano;"
          "18000;26000;1|Jornada de campo, técnico y auxiliar;jorn.;32000;42000;f",
    "it": "Rilievo plano-altimetrico del lotto;ril.;85000;120000;1|Riconfinamento con "
          "verbale;verb.;42000;58000;1|Tracciamento delle fondazioni;ora;7500;9500;h|"
          "Ortofoto da drone;volo;38000;52000;1|Pratica di frazionamento catastale;prat.;"
          "18000;26000;1|Uscita in campo, geometra e aiutante;usc.;32000;42000;f",
    "nl": "Hoogtemeting van het perceel;meting;85000;120000;1|Grensreconstructie met "
          "proces-verbaal;pv;42000;58000;1|Uitzetten van de fundering;uur;7500;9500;h|"
          "Orthofoto met drone;vlucht;38000;52000;1|Splitsingstekening voor het kadaster;"
          "tek.;18000;26000;1|Velddag landmeter en assistent;dag;32000;42000;f",
}  # fmt: skip
_GALLERY: Final = {
    "en": "Commission on 'Saltmarsh at Dusk', oil on linen;work;60000;140000;1|Commission "
          "on 'Three Gulls', etching 4/20;work;9000;16000;1|Commission on 'Low Tide II', "
          "watercolour;work;21000;38000;1|Framing, oak float frame;frame;9500;14500;f|Share "
          "of exhibition catalogue;copy;900;1500;n|Courier to collector;consign.;6000;9000;1",
    "de": "Provision auf „Moorlicht“, Öl auf Leinwand;Werk;60000;140000;1|Provision auf "
          "„Drei Birken“, Radierung 4/20;Werk;9000;16000;1|Provision auf „Nordstrand II“, "
          "Aquarell;Werk;21000;38000;1|Rahmung, Schattenfugenrahmen Eiche;Rahmen;9500;14500;f|"
          "Anteil Ausstellungskatalog;Expl.;900;1500;n|Kunsttransport zum Sammler;Sdg.;"
          "6000;9000;1",
    "fr": "Commission sur « Marais au crépuscule », huile sur lin;œuvre;60000;140000;1|"
          "Commission sur « Trois mouettes », eau-forte 4/20;œuvre;9000;16000;1|Commission "
          "sur « Marée basse II », aquarelle;œuvre;21000;38000;1|Encadrement, caisse "
          "américaine chêne;cadre;9500;14500;f|Participation au catalogue;ex.;900;1500;n|"
          "Transport vers le collectionneur;envoi;6000;9000;1",
    "es": "Comisión por «Salinas al anochecer», óleo sobre lino;obra;60000;140000;1|"
          "Comisión por «Tres gaviotas», aguafuerte 4/20;obra;9000;16000;1|Comisión por "
          "«Bajamar II», acuarela;obra;21000;38000;1|Enmarcado, marco flotante de roble;"
          "marco;9500;14500;f|Parte del catálogo de la exposición;ej.;900;1500;n|Envío al "
          "coleccionista;envío;6000;9000;1",
    "it": "Provvigione su «Palude al tramonto», olio su lino;opera;60000;140000;1|"
          "Provvigione su «Tre gabbiani», acquaforte 4/20;opera;9000;16000;1|Provvigione su "
          "«Bassa marea II», acquerello;opera;21000;38000;1|Cornice flottante in rovere;"
          "corn.;9500;14500;f|Quota del catalogo della mostra;copia;900;1500;n|Spedizione al "
          "collezionista;sped.;6000;9000;1",
    "nl": "Commissie op 'Kwelder bij schemer', olie op linnen;werk;60000;140000;1|Commissie "
          "op 'Drie meeuwen', ets 4/20;werk;9000;16000;1|Commissie op 'Laagwater II', "
          "aquarel;werk;21000;38000;1|Inlijsten, eiken baklijst;lijst;9500;14500;f|Bijdrage "
          "tentoonstellingscatalogus;ex.;900;1500;n|Kunsttransport naar verzamelaar;zending;"
          "6000;9000;1",
}  # fmt: skip
# The car wash's programmes: "name;low;high" (the price range of one wash).
_WASHES: Final = {
    "en": ("Exterior wash and dry;900;1300", "Valet wash with interior vacuum;1900;2600",
           "Van wash with roof brush;1400;1900", "Underbody and wheel wash;700;1000"),
    "de": ("Außenwäsche mit Trocknung;900;1300", "Komfortwäsche mit Innenreinigung;1900;2600",
           "Transporterwäsche mit Dachbürste;1400;1900", "Unterboden- und Felgenwäsche;700;1000"),
    "fr": ("Lavage extérieur et séchage;900;1300", "Lavage confort avec aspiration;1900;2600",
           "Lavage utilitaire avec toit;1400;1900", "Lavage bas de caisse et jantes;700;1000"),
    "es": ("Lavado exterior y secado;800;1200", "Lavado completo con aspirado;1800;2500",
           "Lavado de furgoneta con techo;1300;1800", "Lavado de bajos y llantas;600;900"),
    "it": ("Lavaggio esterno e asciugatura;800;1200", "Lavaggio completo con aspirazione;"
           "1800;2500", "Lavaggio furgone con tetto;1300;1800", "Lavaggio sottoscocca e "
           "cerchi;600;900"),
    "nl": ("Buitenwas met drogen;900;1300", "Complete was met stofzuigen;1900;2600",
           "Bestelbuswas met dakborstel;1400;1900", "Onderkant- en velgenwas;700;1000"),
}  # fmt: skip

BREWERY: Final = {lang: _items(text) for lang, text in _BREWERY.items()}
COPIER: Final = {lang: _items(text) for lang, text in _COPIER.items()}
SKIPS: Final = {lang: _items(text) for lang, text in _SKIPS.items()}
COURSES: Final = {lang: _items(text) for lang, text in _COURSES.items()}
SURVEY: Final = {lang: _items(text) for lang, text in _SURVEY.items()}
GALLERY: Final = {lang: _items(text) for lang, text in _GALLERY.items()}
WASHES: Final = {lang: tuple((name, int(low), int(high)) for name, low, high in
                             (entry.split(";") for entry in entries))
                 for lang, entries in _WASHES.items()}  # fmt: skip
