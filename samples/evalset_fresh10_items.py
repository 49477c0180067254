"""What the layouts of the tenth fresh evaluation slice (`evalset_fresh10.py`) bill, per language:
mobile plans and usage, a sign maker's work, a surveyor's services, office cleaning per site,
a bakery's deliveries, sports club fees and a tree nursery's plants. Items are
"description;unit;low;high;kind" with a price range in cents of a euro-like currency and the
kind of quantity billed: 1 one, f two to four, n a few, h hours in halves, d one decimal,
b bulk, m area. None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final, NamedTuple


class Item(NamedTuple):
    description: str
    unit: str
    low: int
    high: int
    kind: str


def _items(text: str) -> tuple[Item, ...]:
    found = []
    for item in text.split("|"):
        description, unit, low, high, kind = item.split(";")
        found.append(Item(description, unit, int(low), int(high), kind))
    return tuple(found)


_TELECOM: Final = {
    "en": "Business Unlimited 5G plan;SIM;2200;3800;n|Data-only tablet plan;SIM;1200;2000;n|"
          "EU roaming data beyond allowance;GB;150;400;d|Calls to international numbers;min;"
          "9;35;b|Premium-rate and directory calls;min;40;120;b|Handset instalment, smartphone;"
          "mth;1800;4500;n|Fixed IP address option;pc;500;900;1|Voicemail to e-mail add-on;SIM;"
          "100;250;n",
    "de": "Business Flat 5G;SIM;2200;3800;n|Datentarif Tablet;SIM;1200;2000;n|"
          "Roaming-Daten über Inklusivvolumen;GB;150;400;d|Gespräche ins Ausland;Min.;9;35;b|"
          "Sonderrufnummern und Auskunft;Min.;40;120;b|Ratenzahlung Smartphone;Mon.;1800;4500;n|"
          "Option feste IP-Adresse;Stk;500;900;1|Mailbox-an-E-Mail-Option;SIM;100;250;n",
    "fr": "Forfait Pro illimité 5G;SIM;2200;3800;n|Forfait data tablette;SIM;1200;2000;n|"
          "Données en itinérance hors forfait;Go;150;400;d|Appels vers l'international;min;"
          "9;35;b|Numéros spéciaux et renseignements;min;40;120;b|Paiement échelonné mobile;mois;"
          "1800;4500;n|Option adresse IP fixe;u;500;900;1|Messagerie vocale vers e-mail;SIM;"
          "100;250;n",
    "es": "Tarifa Empresa ilimitada 5G;SIM;2200;3800;n|Tarifa solo datos tableta;SIM;1200;2000;n|"
          "Datos en itinerancia fuera de bono;GB;150;400;d|Llamadas internacionales;min;9;35;b|"
          "Números de tarificación especial;min;40;120;b|Cuota terminal móvil;mes;1800;4500;n|"
          "Opción IP fija;ud;500;900;1|Buzón de voz a correo electrónico;SIM;100;250;n",
    "it": "Piano Business illimitato 5G;SIM;2200;3800;n|Piano solo dati tablet;SIM;1200;2000;n|"
          "Traffico dati in roaming extra soglia;GB;150;400;d|Chiamate verso l'estero;min;"
          "9;35;b|Numerazioni a sovrapprezzo;min;40;120;b|Rata smartphone;mese;1800;4500;n|"
          "Opzione IP statico;pz;500;900;1|Segreteria su e-mail;SIM;100;250;n",
    "nl": "Zakelijk Onbeperkt 5G-abonnement;SIM;2200;3800;n|Data-abonnement tablet;SIM;"
          "1200;2000;n|Roamingdata buiten bundel;GB;150;400;d|Bellen naar het buitenland;min;"
          "9;35;b|Betaalnummers en inlichtingen;min;40;120;b|Termijn toestel smartphone;mnd;"
          "1800;4500;n|Optie vast IP-adres;st;500;900;1|Voicemail naar e-mail;SIM;100;250;n",
}  # fmt: skip
TELECOM: Final = {lang: _items(text) for lang, text in _TELECOM.items()}
PHONES: Final = {"en": "+44 7700 9{n:05d}", "de": "+49 151 2{n:06d}",
                 "fr": "+33 6 12 {n:06d}", "es": "+34 612 {n:06d}", "it": "+39 347 {n:07d}",
                 "nl": "+31 6 20{n:06d}"}  # fmt: skip

_SIGNS: Final = {
    "en": "Aluminium composite shop sign;pc;24000;68000;1|Vinyl lettering on glazing;m²;"
          "3500;7500;d|Illuminated projecting sign;pc;45000;95000;1|Van livery, side panels;pc;"
          "38000;72000;1|Engraved brass name plate;pc;6500;14000;n|Directional floor graphics;"
          "pc;1800;4200;n|Design and artwork;h;4500;7500;h|Installation crew on site;h;5500;8500;h",
    "de": "Ladenschild Alu-Verbund;Stk;24000;68000;1|Folienbeschriftung Schaufenster;m²;"
          "3500;7500;d|Leuchtende Nasenschild-Werbung;Stk;45000;95000;1|"
          "Fahrzeugbeschriftung Transporter;Stk;38000;72000;1|Messingschild graviert;Stk;"
          "6500;14000;n|Bodenaufkleber Wegeleitung;Stk;1800;4200;n|Gestaltung und Reinzeichnung;"
          "Std;4500;7500;h|Montageteam vor Ort;Std;5500;8500;h",
    "fr": "Enseigne en aluminium composite;u;24000;68000;1|Lettrage adhésif sur vitrine;m²;"
          "3500;7500;d|Enseigne drapeau lumineuse;u;45000;95000;1|Marquage de fourgon;u;"
          "38000;72000;1|Plaque laiton gravée;u;6500;14000;n|Signalétique au sol;u;1800;4200;n|"
          "Création graphique;h;4500;7500;h|Équipe de pose sur site;h;5500;8500;h",
    "es": "Rótulo de composite de aluminio;ud;24000;68000;1|Vinilo de corte en escaparate;m²;"
          "3500;7500;d|Banderola luminosa;ud;45000;95000;1|Rotulación de furgoneta;ud;"
          "38000;72000;1|Placa de latón grabada;ud;6500;14000;n|Señalética de suelo;ud;"
          "1800;4200;n|Diseño y arte final;h;4500;7500;h|Equipo de montaje;h;5500;8500;h",
    "it": "Insegna in alluminio composito;pz;24000;68000;1|Vetrofania in vinile;m²;3500;7500;d|"
          "Insegna a bandiera luminosa;pz;45000;95000;1|Decorazione furgone;pz;38000;72000;1|"
          "Targa in ottone incisa;pz;6500;14000;n|Segnaletica a pavimento;pz;1800;4200;n|"
          "Progettazione grafica;ora;4500;7500;h|Squadra di montaggio;ora;5500;8500;h",
    "nl": "Gevelbord aluminium composiet;st;24000;68000;1|Raambelettering folie;m²;3500;7500;d|"
          "Verlichte uithangreclame;st;45000;95000;1|Bestickering bestelbus;st;38000;72000;1|"
          "Gegraveerd messing naambord;st;6500;14000;n|Vloerstickers bewegwijzering;st;"
          "1800;4200;n|Ontwerp en opmaak;uur;4500;7500;h|Montageploeg op locatie;uur;5500;8500;h",
}  # fmt: skip
SIGNS: Final = {lang: _items(text) for lang, text in _SIGNS.items()}

_SURVEY: Final = {
    "en": "Boundary survey and pegging;flat;65000;140000;1|Topographic survey;ha;38000;72000;d|"
          "Setting out of building corners;pt;1800;3600;n|Engineer, site attendance;h;"
          "8500;13500;h|Technician, drawing office;h;5200;7800;h|Land registry search;pc;"
          "2500;4500;1|Survey crew travel;mi;45;75;b|Certified copies of survey plan;pc;"
          "1500;3000;n",
    "de": "Grenzvermessung mit Abmarkung;psch;65000;140000;1|Topografische Aufnahme;ha;"
          "38000;72000;d|Gebäudeabsteckung je Punkt;Pkt;1800;3600;n|Ingenieur vor Ort;Std;"
          "8500;13500;h|Techniker Innendienst;Std;5200;7800;h|Grundbuchauszug;Stk;2500;4500;1|"
          "Fahrtkosten Vermessungstrupp;km;45;75;b|Beglaubigte Lageplankopien;Stk;1500;3000;n",
    "fr": "Bornage et piquetage;forfait;65000;140000;1|Levé topographique;ha;38000;72000;d|"
          "Implantation des angles du bâtiment;pt;1800;3600;n|Ingénieur sur site;h;8500;13500;h|"
          "Dessinateur au bureau;h;5200;7800;h|Extrait cadastral;u;2500;4500;1|"
          "Déplacement de la brigade;km;45;75;b|Copies certifiées du plan;u;1500;3000;n",
    "es": "Deslinde y amojonamiento;global;65000;140000;1|Levantamiento topográfico;ha;"
          "38000;72000;d|Replanteo de esquinas de edificio;pto;1800;3600;n|"
          "Ingeniero en obra;h;8500;13500;h|Delineante en oficina;h;5200;7800;h|"
          "Nota simple registral;ud;2500;4500;1|Desplazamiento del equipo;km;45;75;b|"
          "Copias compulsadas del plano;ud;1500;3000;n",
    "it": "Rilievo di confine e picchettamento;forf.;65000;140000;1|Rilievo topografico;ha;"
          "38000;72000;d|Tracciamento spigoli fabbricato;pt;1800;3600;n|Ingegnere in cantiere;"
          "ora;8500;13500;h|Disegnatore in studio;ora;5200;7800;h|Visura catastale;pz;"
          "2500;4500;1|Trasferta squadra rilievi;km;45;75;b|Copie conformi della planimetria;"
          "pz;1500;3000;n",
    "nl": "Grensreconstructie met piketten;vast;65000;140000;1|Topografische opname;ha;"
          "38000;72000;d|Uitzetten gebouwhoeken;pt;1800;3600;n|Ingenieur op locatie;uur;"
          "8500;13500;h|Tekenaar op kantoor;uur;5200;7800;h|Kadastraal uittreksel;st;"
          "2500;4500;1|Reiskosten meetploeg;km;45;75;b|Gewaarmerkte kopieën situatietekening;st;"
          "1500;3000;n",
}  # fmt: skip
SURVEY: Final = {lang: _items(text) for lang, text in _SURVEY.items()}

_CLEANING: Final = {
    "en": "Daily office cleaning;visit;4500;9000;n|Washroom sanitising;visit;1800;3500;n|"
          "Glazing cleaned inside and out;m²;60;180;m|Carpet spray extraction;m²;150;400;m|"
          "Hard floor scrub and polish;m²;80;220;m|Bins emptied and relined;wk;900;2200;n|"
          "Supervisor quality check;h;3200;4800;h",
    "de": "Unterhaltsreinigung Büro;Eins.;4500;9000;n|Sanitärreinigung;Eins.;1800;3500;n|"
          "Glasreinigung innen und außen;m²;60;180;m|Teppich-Sprühextraktion;m²;150;400;m|"
          "Hartboden Grundreinigung;m²;80;220;m|Abfallbehälter leeren;Wo.;900;2200;n|"
          "Qualitätskontrolle Objektleitung;Std;3200;4800;h",
    "fr": "Entretien quotidien des bureaux;pass.;4500;9000;n|Désinfection des sanitaires;pass.;"
          "1800;3500;n|Vitrerie intérieur et extérieur;m²;60;180;m|Injection-extraction moquette;"
          "m²;150;400;m|Décapage et lustrage sols durs;m²;80;220;m|Vidage des corbeilles;sem.;"
          "900;2200;n|Contrôle qualité chef d'équipe;h;3200;4800;h",
    "es": "Limpieza diaria de oficinas;serv.;4500;9000;n|Higienización de aseos;serv.;"
          "1800;3500;n|Cristales interior y exterior;m²;60;180;m|Limpieza de moqueta por "
          "inyección;m²;150;400;m|Fregado y abrillantado de suelos;m²;80;220;m|Vaciado de "
          "papeleras;sem.;900;2200;n|Control de calidad encargada;h;3200;4800;h",
    "it": "Pulizia giornaliera uffici;int.;4500;9000;n|Sanificazione bagni;int.;1800;3500;n|"
          "Vetri interni ed esterni;m²;60;180;m|Lavaggio moquette a iniezione;m²;150;400;m|"
          "Lavaggio e lucidatura pavimenti;m²;80;220;m|Svuotamento cestini;sett.;900;2200;n|"
          "Controllo qualità capo squadra;ora;3200;4800;h",
    "nl": "Dagelijkse kantoorschoonmaak;beurt;4500;9000;n|Sanitair desinfecteren;beurt;"
          "1800;3500;n|Glasbewassing binnen en buiten;m²;60;180;m|Tapijt sproei-extractie;m²;"
          "150;400;m|Harde vloer schrobben en polijsten;m²;80;220;m|Afvalbakken legen;wk;"
          "900;2200;n|Kwaliteitscontrole objectleider;uur;3200;4800;h",
}  # fmt: skip
CLEANING: Final = {lang: _items(text) for lang, text in _CLEANING.items()}
AREAS: Final = {
    "en": ("ground floor", "upper floor", "reception", "staff kitchen", "stairwells"),
    "de": ("Erdgeschoss", "Obergeschoss", "Empfang", "Teeküche", "Treppenhaus"),
    "fr": ("rez-de-chaussée", "étage", "accueil", "coin cuisine", "cages d'escalier"),
    "es": ("planta baja", "planta alta", "recepción", "office", "escaleras"),
    "it": ("piano terra", "primo piano", "reception", "angolo cucina", "vano scale"),
    "nl": ("begane grond", "verdieping", "receptie", "pantry", "trappenhuis"),
}  # fmt: skip

_BAKERY: Final = {
    "en": "Sourdough loaf 800 g;320;520|Seeded rye tin 750 g;300;480|Butter croissant;55;95|"
          "Pain au chocolat;65;110|Cinnamon swirl;80;140|Ciabatta roll;35;60|Brioche bun;40;70|"
          "Baguette tradition;120;190|Fruit scone;60;95|Lemon drizzle loaf;450;720|"
          "Rosemary focaccia sheet;1400;2200|Oat granola bar;90;150|Sesame bagel;45;75|"
          "Carrot cake tray, 12 slices;1800;2800",
    "de": "Sauerteigbrot 800 g;320;520|Roggenvollkorn-Kastenbrot;300;480|Buttercroissant;55;95|"
          "Schokobrötchen;65;110|Zimtschnecke;80;140|Kürbiskernbrötchen;35;60|Milchbrötchen;"
          "40;70|Baguette Tradition;120;190|Laugenbrezel;60;95|Marmorkuchen am Stück;450;720|"
          "Blechpizza Margherita;1400;2200|Haferriegel;90;150|Mohnzopf;45;75|"
          "Käsekuchen-Blech, 12 Stücke;1800;2800",
    "fr": "Pain au levain 800 g;320;520|Pain de seigle aux graines;300;480|Croissant pur beurre;"
          "55;95|Chocolatine;65;110|Roulé cannelle;80;140|Petit pain ciabatta;35;60|"
          "Pain brioché burger;40;70|Baguette de tradition;120;190|Chausson aux pommes;60;95|"
          "Cake citron;450;720|Fougasse aux olives, plaque;1400;2200|Barre de céréales;90;150|"
          "Pain aux raisins;45;75|Plaque de flan pâtissier, 12 parts;1800;2800",
    "es": "Pan de masa madre 800 g;320;520|Pan de centeno con semillas;300;480|"
          "Cruasán de mantequilla;55;95|Napolitana de chocolate;65;110|Caracola de canela;"
          "80;140|Panecillo chapata;35;60|Pan brioche de hamburguesa;40;70|Barra rústica;"
          "120;190|Magdalena grande;60;95|Bizcocho de limón;450;720|Coca de recapte, bandeja;"
          "1400;2200|Barrita de avena;90;150|Ensaimada pequeña;45;75|"
          "Bandeja de tarta de queso, 12 raciones;1800;2800",
    "it": "Pagnotta a lievito madre 800 g;320;520|Pane di segale ai semi;300;480|"
          "Cornetto al burro;55;95|Saccottino al cioccolato;65;110|Girella alla cannella;80;140|"
          "Panino ciabattina;35;60|Panino brioche per hamburger;40;70|Filone casereccio;"
          "120;190|Sfogliatella;60;95|Plumcake al limone;450;720|Teglia di focaccia genovese;"
          "1400;2200|Barretta d'avena;90;150|Bombolone alla crema;45;75|"
          "Teglia di crostata, 12 porzioni;1800;2800",
    "nl": "Desembrood 800 g;320;520|Roggebrood met zaden;300;480|Roomboter croissant;55;95|"
          "Chocoladebroodje;65;110|Kaneelbroodje;80;140|Ciabattabolletje;35;60|"
          "Briochebol hamburger;40;70|Stokbrood traditie;120;190|Krentenbol;60;95|"
          "Citroencake;450;720|Focaccia plaat rozemarijn;1400;2200|Haverreep;90;150|"
          "Saucijzenbroodje;45;75|Appeltaart plaat, 12 punten;1800;2800",
}  # fmt: skip
BAKERY: Final = {lang: tuple(Item(d, "", int(lo), int(hi), "b") for d, lo, hi in
                             (entry.split(";") for entry in text.split("|")))
                 for lang, text in _BAKERY.items()}  # fmt: skip

_CLUB: Final = {
    "en": "Annual adult membership;yr;18000;32000;1|Junior membership, under 18;yr;6000;11000;1|"
          "Family add-on member;yr;5000;9000;f|Floodlit court hire;h;1200;2200;h|"
          "Group coaching, block of 8;blk;9000;16000;1|Locker for the season;pc;2500;4500;1|"
          "Club tournament entry;pc;1500;3000;f|Joining fee;pc;5000;10000;1",
    "de": "Jahresbeitrag Erwachsene;Jahr;18000;32000;1|Jugendbeitrag unter 18;Jahr;6000;11000;1|"
          "Familienmitglied Zusatzbeitrag;Jahr;5000;9000;f|Hallenplatz mit Flutlicht;Std;"
          "1200;2200;h|Gruppentraining 8er-Block;Block;9000;16000;1|Spindmiete Saison;Stk;"
          "2500;4500;1|Startgeld Vereinsmeisterschaft;Stk;1500;3000;f|Aufnahmegebühr;Stk;"
          "5000;10000;1",
    "fr": "Cotisation annuelle adulte;an;18000;32000;1|Cotisation jeune moins de 18 ans;an;"
          "6000;11000;1|Membre famille supplémentaire;an;5000;9000;f|Location de court éclairé;"
          "h;1200;2200;h|Cours collectifs, carnet de 8;carnet;9000;16000;1|Casier pour la saison;"
          "u;2500;4500;1|Inscription tournoi interne;u;1500;3000;f|Droit d'entrée;u;5000;10000;1",
    "es": "Cuota anual adulto;año;18000;32000;1|Cuota juvenil menor de 18;año;6000;11000;1|"
          "Socio familiar adicional;año;5000;9000;f|Alquiler de pista con luz;h;1200;2200;h|"
          "Clases en grupo, bono de 8;bono;9000;16000;1|Taquilla de temporada;ud;2500;4500;1|"
          "Inscripción torneo social;ud;1500;3000;f|Cuota de entrada;ud;5000;10000;1",
    "it": "Quota annuale adulti;anno;18000;32000;1|Quota giovani under 18;anno;6000;11000;1|"
          "Socio familiare aggiuntivo;anno;5000;9000;f|Affitto campo illuminato;ora;1200;2200;h|"
          "Corso collettivo, pacchetto 8 lezioni;pacch.;9000;16000;1|Armadietto stagionale;pz;"
          "2500;4500;1|Iscrizione torneo sociale;pz;1500;3000;f|Quota di ammissione;pz;"
          "5000;10000;1",
    "nl": "Jaarcontributie senioren;jaar;18000;32000;1|Jeugdcontributie tot 18;jaar;6000;11000;1|"
          "Extra gezinslid;jaar;5000;9000;f|Baanhuur met verlichting;uur;1200;2200;h|"
          "Groepstraining strippenkaart 8;kaart;9000;16000;1|Kluisje per seizoen;st;2500;4500;1|"
          "Inschrijving clubkampioenschap;st;1500;3000;f|Entreegeld nieuwe leden;st;5000;10000;1",
}  # fmt: skip
CLUB: Final = {lang: _items(text) for lang, text in _CLUB.items()}

_NURSERY: Final = {
    "en": "Hornbeam hedging, bare root 60-80 cm;pc;150;350;b|Field maple, girth 10-12 cm;pc;"
          "6500;12000;n|Lavender Hidcote, 2 l pot;pc;350;650;b|Ornamental grass, 3 l pot;pc;"
          "450;850;b|Composted bark mulch;m³;3800;6500;d|Tree stake and tie set;set;450;900;b|"
          "Screened topsoil;t;3200;5200;d|Delivery by crane lorry;trip;8500;16000;1",
    "de": "Hainbuche Heckenpflanze wurzelnackt 60-80 cm;Stk;150;350;b|Feldahorn Hochstamm "
          "StU 10-12;Stk;6500;12000;n|Lavendel Hidcote 2-l-Topf;Stk;350;650;b|Ziergras "
          "3-l-Topf;Stk;450;850;b|Rindenmulch kompostiert;m³;3800;6500;d|Baumpfahl-Set mit "
          "Bindung;Set;450;900;b|Oberboden gesiebt;t;3200;5200;d|Anlieferung mit Kran-Lkw;"
          "Fahrt;8500;16000;1",
    "fr": "Charmille en racines nues 60-80 cm;u;150;350;b|Érable champêtre, circ. 10-12;u;"
          "6500;12000;n|Lavande Hidcote, pot 2 l;u;350;650;b|Graminée ornementale, pot 3 l;u;"
          "450;850;b|Paillage d'écorce compostée;m³;3800;6500;d|Kit tuteur et attache;kit;"
          "450;900;b|Terre végétale criblée;t;3200;5200;d|Livraison camion-grue;voyage;"
          "8500;16000;1",
    "es": "Carpe para seto, raíz desnuda 60-80 cm;ud;150;350;b|Arce campestre, perímetro 10-12;"
          "ud;6500;12000;n|Lavanda Hidcote, maceta 2 l;ud;350;650;b|Gramínea ornamental, maceta "
          "3 l;ud;450;850;b|Corteza de pino compostada;m³;3800;6500;d|Kit de tutor y atadura;kit;"
          "450;900;b|Tierra vegetal cribada;t;3200;5200;d|Entrega con camión grúa;viaje;"
          "8500;16000;1",
    "it": "Carpino per siepe a radice nuda 60-80 cm;pz;150;350;b|Acero campestre, circ. 10-12;"
          "pz;6500;12000;n|Lavanda Hidcote, vaso 2 l;pz;350;650;b|Graminacea ornamentale, vaso "
          "3 l;pz;450;850;b|Corteccia compostata pacciamante;m³;3800;6500;d|Kit tutore e "
          "legaccio;kit;450;900;b|Terriccio vagliato;t;3200;5200;d|Consegna con autogru;"
          "viaggio;8500;16000;1",
    "nl": "Haagbeuk blote wortel 60-80 cm;st;150;350;b|Veldesdoorn, stamomtrek 10-12;st;"
          "6500;12000;n|Lavendel Hidcote, pot 2 l;st;350;650;b|Siergras, pot 3 l;st;450;850;b|"
          "Gecomposteerde boomschors;m³;3800;6500;d|Boompaal met band;set;450;900;b|"
          "Gezeefde teelaarde;t;3200;5200;d|Levering met kraanwagen;rit;8500;16000;1",
}  # fmt: skip
NURSERY: Final = {lang: _items(text) for lang, text in _NURSERY.items()}
