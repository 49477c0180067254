"""Products and services of the third fresh evaluation slice (`evalset_fresh3.py`) per layout and
language ("description;unit", separated by "|"), the money formats per currency and the VAT rate
that goes with each currency (or, for EUR, with the language)."""

from __future__ import annotations

from typing import Final, NamedTuple

_CATALOG: Final = {
    "utility": {
        "en": "Standing charge;days|Electricity used (day);kWh|Electricity used (night);kWh|"
              "Smart meter rental;month",
        "de": "Grundpreis Strom;Monat|Arbeitspreis HT;kWh|Arbeitspreis NT;kWh|"
              "Messstellenbetrieb;Monat",
        "fr": "Abonnement Fibre 1 Gbit/s;mois|Appels vers mobiles;min|Appels internationaux;min|"
              "Location décodeur TV;mois",
        "es": "Cuota fija de servicio;mes|Consumo bloque 1;m³|Consumo bloque 2;m³|"
              "Canon de saneamiento;m³",
        "it": "Quota fissa;mese|Energia fascia F1;kWh|Energia fascia F23;kWh|"
              "Oneri di sistema;kWh",
        "nl": "Abonnement Glasvezel 500;maand|Bellen naar mobiel;min|Databundel extra;GB|"
              "Huur modem;maand"},
    "hours": {
        "en": "Stakeholder interviews;h|Process mapping workshop;h|Draft findings report;h|"
              "Steering committee briefing;h|Data migration review;h",
        "de": "Anforderungsanalyse;h|Workshop Zielbild;h|Konzeption Schnittstellen;h|"
              "Projektleitung;h|Abstimmung Fachbereich;h",
        "fr": "Audit organisationnel;h|Atelier de cadrage;h|Rédaction du rapport;h|"
              "Accompagnement du changement;h|Comité de pilotage;h",
        "es": "Análisis de procesos;h|Taller con dirección;h|Informe de conclusiones;h|"
              "Revisión de contratos;h|Seguimiento semanal;h",
        "it": "Analisi dei requisiti;h|Riunione di avvio;h|Stesura del capitolato;h|"
              "Supporto alla direzione lavori;h|Verifica documentale;h",
        "nl": "Intakegesprek directie;h|Procesanalyse inkoop;h|Opstellen adviesrapport;h|"
              "Begeleiding stuurgroep;h|Evaluatiesessie team;h"},
    "wholesale": {
        "en": "Hex bolt M8x40 zinc;box|Hex nut M8 zinc;box|Washer M8 DIN 125;box|"
              "Wood screw 4x30 TX;box|Anchor 8 mm nylon;box|Threaded rod M10 1 m;pc|"
              "Cable tie 200 mm black;bag|Drill bit HSS 6 mm;pc|Hinge 80 mm steel;pc|"
              "Shelf bracket 200 mm;pc|Padlock 40 mm brass;pc|Safety chain 6 mm;m",
        "de": "Kupferrohr 15 mm;m|Pressfitting Bogen 15;Stk|Kugelhahn DN 20;Stk|"
              "Flexschlauch 500 mm;Stk|Dichtband PTFE;Rolle|Rohrschelle 1/2 Zoll;Stk|"
              "Siphon Kunststoff;Stk|Eckventil chrom;Stk|Silikon sanitär weiß;Kart|"
              "Isolierung 15/9 mm;m|WC-Sitz Duroplast;Stk|Spülkasten Unterputz;Stk",
        "fr": "Câble R2V 3G2,5;m|Gaine ICTA 20 mm;m|Disjoncteur 16 A;pce|"
              "Interrupteur différentiel 40 A;pce|Prise 2P+T blanche;pce|Boîte d'encastrement;pce|"
              "Tableau 2 rangées;pce|Bornier de connexion;lot|Spot LED encastrable;pce|"
              "Détecteur de mouvement;pce|Goulotte 40x16;m|Coffret de chantier;pce",
        "es": "Rodamiento 6204 2RS;ud|Correa trapezoidal A42;ud|Retén 35x52x7;ud|"
              "Grasa de litio 400 g;ud|Cadena de rodillos 08B;m|Piñón Z15 08B;ud|"
              "Chaveta 8x7x40;ud|Tornillo allen M6x20;caja|Arandela grower M6;caja|"
              "Manguito elástico 30;ud|Polea de aluminio 100;ud|Aceite hidráulico 5 l;ud",
        "it": "Tubo multistrato 16x2;m|Raccordo a pressare 16;pz|Valvola a sfera 3/4;pz|"
              "Collettore 4 vie;pz|Termostato ambiente;pz|Radiatore alluminio 600;pz|"
              "Nastro isolante;pz|Curva rame 18 mm;pz|Vaso di espansione 8 l;pz|"
              "Filtro defangatore;pz|Staffa radiatore;pz|Detentore 1/2;pz",
        "nl": "Wastafelmengkraan chroom;st|Douchegoot 80 cm;st|Inbouwreservoir;st|"
              "Afvoerbuis PVC 40 mm;m|Bocht PVC 40 mm 90;st|Sifon chroom;st|"
              "Kitspuit sanitair wit;st|Stopkraan 15 mm;st|Spiegelkast 60 cm;st|"
              "Toiletbril soft-close;st|Handdouchegarnituur;st|Radiatorkraan haaks;st"},
    "nordic": {
        "en": "Trekking tent 3-person;pcs|Down sleeping bag -10;pcs|Hiking pole pair;pcs|"
              "Wool base layer top;pcs|Rain jacket Skarv;pcs|Headlamp 400 lm;pcs",
        "de": "Esstisch Eiche 180 cm;Stk|Stuhl Esche natur;Stk|Sideboard Nussbaum;Stk|"
              "Wandregal Kiefer;Stk|Lieferung und Montage;Pauschale|Sitzkissen Wolle;Stk",
        "fr": "Papier offset 80 g A4;rame|Papier couché 170 g;rame|Carton gris 1,5 mm;pile|"
              "Enveloppes C5 blanches;boîte|Papier kraft 70 g;rouleau|Frais de transport;forfait",
        "es": "Chaleco salvavidas 150N;ud|Cabo de amarre 12 mm;m|Defensa cilíndrica;ud|"
              "Bengala de mano;ud|Ancla galvanizada 10 kg;ud|Bichero telescópico;ud",
        "it": "Lampada da tavolo Kivi;pz|Vaso in vetro soffiato;pz|Sgabello in betulla;pz|"
              "Tappeto in lana 160x230;pz|Set di tazze in ceramica;pz|Spedizione;forfait",
        "nl": "Gerookte zalm 1 kg;kg|Haring in dillesaus;pot|Knäckebröd rogge;doos|"
              "Lingonberry jam 400 g;pot|Kaas Havarti 45+;kg|Koeltransport;rit"},
    "craft": {
        "en": "Fit oak skirting board;m|Hang internal door;pcs|Supply pine shelving;m|"
              "Labour, joiner;h|Sundries and fixings;lot",
        "de": "Wände spachteln und schleifen;m²|Dispersionsfarbe weiß, 2 Anstriche;m²|"
              "Abdeckarbeiten;Std.|Türzargen lackieren;Stk|Gesellenstunden;Std.",
        "fr": "Remplacement chauffe-eau 200 l;u|Main d'oeuvre plombier;h|"
              "Raccords cuivre et joints;lot|Déplacement;forfait|Recherche de fuite;h",
        "es": "Puerta de roble macizo;ud|Colocación de tarima;m²|Barnizado de escalera;m²|"
              "Mano de obra oficial;h|Material de fijación;lote",
        "it": "Punto luce completo;pz|Presa schuko;pz|Quadro elettrico 12 moduli;pz|"
              "Manodopera elettricista;ore|Certificazione impianto;corpo",
        "nl": "Dakpannen vervangen;m²|Nieuwe zinken goot;m|Loodslabben aanbrengen;m|"
              "Arbeidsloon dakdekker;uur|Hoogwerker huur;dag"},
    "fromto": {
        "en": "Brand identity refresh;project|Brochure layout, 12 pages;project|"
              "Photography day rate;day|Social media templates;set|Print management;h",
        "de": "Logoentwicklung;Pauschale|Gestaltung Flyer DIN lang;Stk|"
              "Reinzeichnung Anzeige;Stk|Fotoshooting Produkte;Tag|Korrekturschleifen;Std.",
        "fr": "Création de logo;forfait|Charte graphique;forfait|Maquette site vitrine;forfait|"
              "Retouche photo;h|Déclinaison affiches A3;u",
        "es": "Diseño de etiqueta;proyecto|Adaptación a formatos;ud|Sesión fotográfica;día|"
              "Gestión de imprenta;h|Manual de marca;proyecto",
        "it": "Ideazione campagna;progetto|Impaginazione catalogo;pagina|Shooting fotografico;gg|"
              "Adattamento banner web;pz|Gestione social;mese",
        "nl": "Huisstijl ontwerp;project|Opmaak jaarverslag;pagina|Illustraties;st|"
              "Webbanners animatie;set|Drukwerkbegeleiding;uur"},
    "boxed": {
        "en": "Chef's knife 21 cm;pcs|Gastronorm pan 1/1;pcs|Cutting board HACCP red;pcs|"
              "Food container 5 l;pcs|Thermal gloves;pair|Stock pot 20 l;pcs",
        "de": "Backpapier 60x40;Pack|Gärkörbe rund 1 kg;Stk|Teigschaber Kunststoff;Stk|"
              "Backblech gelocht;Stk|Mehlsieb Edelstahl;Stk|Bäckermütze;Stk",
        "fr": "Assiette plate 27 cm;pce|Verre à vin 35 cl;pce|Couverts inox, lot de 12;lot|"
              "Nappe blanche 180x180;pce|Plateau de service;pce|Serviettes en lin;lot",
        "es": "Cafetera industrial 2 grupos;ud|Vaso de caña 20 cl;caja|Plato hondo 23 cm;ud|"
              "Bandeja antideslizante;ud|Cubertería acero;lote|Delantal negro;ud",
        "it": "Pentola in acciaio 24 cm;pz|Piatto piano 28 cm;pz|Calice vino 45 cl;pz|"
              "Tovaglia cotone 150x150;pz|Carrello portavivande;pz|Grembiule cuoco;pz",
        "nl": "Koksmes 20 cm;st|Snijplank groen HACCP;st|Bakplaat aluminium;st|"
              "Soeppan 15 l;st|Ovenhandschoenen;paar|Bewaarbak 10 l;st"},
}  # fmt: skip
CATALOG: Final = {layout: {lang: tuple(tuple(item.split(";")) for item in text.split("|"))
                           for lang, text in by_lang.items()}
                  for layout, by_lang in _CATALOG.items()}  # fmt: skip


class Money(NamedTuple):
    """How a currency is printed: code, symbol, symbol before the amount, thousands, decimal."""

    code: str
    symbol: str
    before: bool
    thousands: str
    decimal: str
    scale: int = 1  # how much larger than euro prices the amounts typically are


NBSP: Final = "\u00a0"
EUR_DE: Final = Money("EUR", "€", False, ".", ",")
EUR_FR: Final = Money("EUR", "€", False, NBSP, ",")
EUR_NL: Final = Money("EUR", "€", True, ".", ",")
EUR_EN: Final = Money("EUR", "€", True, ",", ".")
EUR_SP: Final = Money("EUR", "EUR", False, " ", ",")
EUR_CODE: Final = Money("EUR", "EUR", True, ".", ",")
GBP: Final = Money("GBP", "£", True, ",", ".")
USD: Final = Money("USD", "$", True, ",", ".")
CHF: Final = Money("CHF", "CHF", True, "'", ".")
CHF_FR: Final = Money("CHF", "CHF", False, "\u2019", ".")  # a typographic apostrophe
SEK: Final = Money("SEK", "kr", False, " ", ",", 10)
DKK: Final = Money("DKK", "kr.", False, ".", ",", 7)
NOK: Final = Money("NOK", "NOK", False, " ", ",", 10)
PLN: Final = Money("PLN", "PLN", False, " ", ",", 4)

# Money per layout and language.
MONEY: Final = {
    "utility": {"en": GBP, "de": EUR_DE, "fr": CHF_FR, "es": EUR_DE, "it": EUR_NL, "nl": EUR_NL},
    "hours": {"en": USD, "de": EUR_DE, "fr": CHF_FR, "es": EUR_DE, "it": EUR_CODE,
              "nl": EUR_NL},
    "wholesale": {"en": PLN, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE,
                  "nl": EUR_NL},
    "nordic": {"en": SEK, "de": DKK, "fr": SEK, "es": NOK, "it": EUR_SP, "nl": DKK},
    "craft": {"en": GBP, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_NL, "nl": EUR_NL},
    "fromto": {"en": GBP, "de": EUR_DE, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE,
               "nl": EUR_NL},
    "boxed": {"en": GBP, "de": CHF, "fr": EUR_FR, "es": EUR_DE, "it": EUR_DE, "nl": EUR_EN},
}  # fmt: skip

RATES: Final = {"GBP": "20", "USD": "0", "CHF": "8.1", "SEK": "25", "DKK": "25", "NOK": "25",
                "PLN": "23"}  # fmt: skip
EUR_RATES: Final = {"en": "23", "de": "19", "fr": "20", "es": "21", "it": "22", "nl": "21"}
FI_RATE: Final = "25.5"  # the Finnish seller's EUR invoices (the nordic layout in Italian)
