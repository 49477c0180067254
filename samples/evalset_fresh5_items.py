"""What each layout of the fifth fresh evaluation slice (`evalset_fresh5.py`) sells, per language:
items as "description;unit;low;high" (a price range in cents of a euro-like currency), separated
by "|"; catering items carry their VAT class (R reduced, S standard) as the unit; the building
work is grouped into trades and placed in rooms."""

from __future__ import annotations

from typing import Final, NamedTuple


class Item(NamedTuple):
    description: str
    unit: str
    low: int
    high: int


def _items(text: str) -> tuple[Item, ...]:
    found = []
    for item in text.split("|"):
        description, unit, low, high = item.split(";")
        found.append(Item(description, unit, int(low), int(high)))
    return tuple(found)


_PARTS: Final = {
    "en": "Front brake pads (set);set;4500;9500|Front brake discs (pair);pair;8000;18000|"
          "Oil filter;pc;900;2200|Engine oil 5W-30;l;1100;1900|Air filter element;pc;1400;3200|"
          "Wiper blades (pair);pair;1800;3900|Pollen filter;pc;1500;3500|Spark plug;pc;800;1900",
    "de": "Bremsbeläge vorne (Satz);Satz;4500;9500|Bremsscheiben vorne (Paar);Paar;8000;18000|"
          "Ölfilter;Stk;900;2200|Motoröl 5W-30;l;1100;1900|Luftfiltereinsatz;Stk;1400;3200|"
          "Scheibenwischer (Paar);Paar;1800;3900|Innenraumfilter;Stk;1500;3500|"
          "Zündkerze;Stk;800;1900",
    "fr": "Plaquettes de frein avant (jeu);jeu;4500;9500|"
          "Disques de frein avant (paire);paire;8000;18000|Filtre à huile;pce;900;2200|"
          "Huile moteur 5W-30;l;1100;1900|Filtre à air;pce;1400;3200|"
          "Balais d'essuie-glace (paire);paire;1800;3900|Filtre d'habitacle;pce;1500;3500|"
          "Bougie d'allumage;pce;800;1900",
    "es": "Pastillas de freno delanteras (juego);jgo;4500;9500|"
          "Discos de freno delanteros (par);par;8000;18000|Filtro de aceite;ud;900;2200|"
          "Aceite motor 5W-30;l;1100;1900|Filtro de aire;ud;1400;3200|"
          "Escobillas limpiaparabrisas (par);par;1800;3900|Filtro de habitáculo;ud;1500;3500|"
          "Bujía de encendido;ud;800;1900",
    "it": "Pastiglie freno anteriori (kit);kit;4500;9500|"
          "Dischi freno anteriori (coppia);cp;8000;18000|Filtro olio;pz;900;2200|"
          "Olio motore 5W-30;l;1100;1900|Filtro aria;pz;1400;3200|"
          "Spazzole tergicristallo (coppia);cp;1800;3900|Filtro abitacolo;pz;1500;3500|"
          "Candela di accensione;pz;800;1900",
    "nl": "Remblokken voor (set);set;4500;9500|Remschijven voor (paar);paar;8000;18000|"
          "Oliefilter;st;900;2200|Motorolie 5W-30;l;1100;1900|Luchtfilter;st;1400;3200|"
          "Ruitenwisserbladen (paar);paar;1800;3900|Interieurfilter;st;1500;3500|"
          "Bougie;st;800;1900",
}  # fmt: skip
_LABOUR: Final = {
    "en": "Replace front brake pads and discs|Annual service to schedule|"
          "Diagnostic check, fault codes|Four-wheel alignment|Air-con service and recharge",
    "de": "Bremsbeläge und -scheiben vorne erneuern|Inspektion nach Herstellervorgabe|"
          "Fehlerspeicher auslesen|Achsvermessung|Klimaservice mit Befüllung",
    "fr": "Remplacement plaquettes et disques AV|Révision selon préconisations|"
          "Diagnostic électronique|Réglage du parallélisme|Recharge climatisation",
    "es": "Sustitución pastillas y discos delanteros|Revisión oficial según fabricante|"
          "Diagnosis electrónica|Alineación de dirección|Carga de aire acondicionado",
    "it": "Sostituzione pastiglie e dischi anteriori|Tagliando secondo casa madre|"
          "Diagnosi elettronica|Convergenza ruote|Ricarica climatizzatore",
    "nl": "Remblokken en remschijven voor vervangen|Onderhoudsbeurt volgens schema|"
          "Storingsdiagnose uitlezen|Wielen uitlijnen|Airco-service met vullen",
}  # fmt: skip
PARTS: Final = {lang: _items(text) for lang, text in _PARTS.items()}
LABOUR: Final = {lang: tuple(text.split("|")) for lang, text in _LABOUR.items()}

# Building work: per language the trades (title|items) and the rooms the items are placed in.
_TRADES: Final = {
    "en": ("Strip-out#Take up floor finishes;m²;900;2200|Remove wall tiling;m²;1200;2600",
           "Tiling#Wall tiling 300x600;m²;4800;8900|Floor tiling 600x600;m²;5200;9800|"
           "Tanking to shower area;m²;3500;6000|Silicone sealing;m;600;1400",
           "Decoration#Mist coat and two coats emulsion;m²;700;1600|"
           "Gloss to door lining;no.;3500;7500",
           "Daywork#Tradesman;h;4200;6500"),
    "de": ("Abbrucharbeiten#Bodenbelag entfernen;m²;900;2200|Wandfliesen abschlagen;m²;1200;2600",
           "Fliesenarbeiten#Wandfliesen 30x60 verlegen;m²;4800;8900|"
           "Bodenfliesen 60x60 verlegen;m²;5200;9800|Verbundabdichtung Dusche;m²;3500;6000|"
           "Silikonfugen;m;600;1400",
           "Malerarbeiten#Wände grundieren und zweimal streichen;m²;700;1600|"
           "Türzarge lackieren;Stk;3500;7500",
           "Regiearbeiten#Facharbeiterstunden;h;4200;6500"),
    "fr": ("Dépose#Dépose revêtement de sol;m²;900;2200|Dépose faïence murale;m²;1200;2600",
           "Carrelage#Faïence 30x60 posée collée;m²;4800;8900|"
           "Carrelage sol 60x60;m²;5200;9800|Étanchéité sous carrelage douche;m²;3500;6000|"
           "Joint silicone;ml;600;1400",
           "Peinture#Impression et deux couches acrylique;m²;700;1600|"
           "Laquage huisserie;u;3500;7500",
           "Travaux en régie#Heure de compagnon;h;4200;6500"),
    "es": ("Demoliciones#Levantado de pavimento;m²;900;2200|Picado de alicatado;m²;1200;2600",
           "Alicatados#Alicatado 30x60 con adhesivo;m²;4800;8900|"
           "Solado porcelánico 60x60;m²;5200;9800|Impermeabilización de ducha;m²;3500;6000|"
           "Sellado con silicona;ml;600;1400",
           "Pinturas#Pintura plástica dos manos;m²;700;1600|Lacado de cerco de puerta;ud;3500;7500",
           "Administración#Hora de oficial de primera;h;4200;6500"),
    "it": ("Demolizioni#Rimozione pavimento esistente;m²;900;2200|"
           "Demolizione rivestimento;m²;1200;2600",
           "Piastrellature#Rivestimento 30x60 a colla;m²;4800;8900|"
           "Pavimento in gres 60x60;m²;5200;9800|Impermeabilizzazione doccia;m²;3500;6000|"
           "Sigillatura in silicone;ml;600;1400",
           "Tinteggiature#Tinteggiatura a due mani;m²;700;1600|"
           "Verniciatura telaio porta;cad;3500;7500",
           "Opere in economia#Ora operaio specializzato;h;4200;6500"),
    "nl": ("Sloopwerk#Vloerbedekking verwijderen;m²;900;2200|Wandtegels verwijderen;m²;1200;2600",
           "Tegelwerk#Wandtegels 30x60 zetten;m²;4800;8900|Vloertegels 60x60 leggen;m²;5200;9800|"
           "Waterdichting douchehoek;m²;3500;6000|Kitvoegen;m1;600;1400",
           "Schilderwerk#Muren voorstrijken en twee keer sausen;m²;700;1600|"
           "Deurkozijn lakken;st;3500;7500",
           "Meerwerk in regie#Uurloon vakman;uur;4200;6500"),
}  # fmt: skip
TRADES: Final = {lang: tuple((trade.split("#")[0], _items(trade.split("#")[1])) for trade in trades)
                 for lang, trades in _TRADES.items()}  # fmt: skip
ROOMS: Final = {
    "en": ("bathroom", "en-suite", "kitchen", "hall"),
    "de": ("Bad OG", "Gäste-WC", "Küche", "Flur"),
    "fr": ("salle de bains", "WC", "cuisine", "entrée"),
    "es": ("baño principal", "aseo", "cocina", "pasillo"),
    "it": ("bagno padronale", "bagno di servizio", "cucina", "corridoio"),
    "nl": ("badkamer", "toilet", "keuken", "hal"),
}  # fmt: skip

_CATERING: Final = {
    "en": "Buffet lunch per guest;R;18000;32000|Canapés, four per guest;R;6500;12000|"
          "Three-course dinner;R;39000;69000|Coffee and pastries;R;5500;9500|"
          "House wine, bottle;S;24000;42000|Sparkling wine, bottle;S;39000;69000|"
          "Waiting staff, per hour;S;39000;52000|Crockery and glassware hire;S;85000;240000",
    "de": "Mittagsbuffet pro Person;R;1800;3200|Fingerfood, vier Stück pro Gast;R;650;1200|"
          "Drei-Gänge-Menü;R;3900;6900|Kaffee und Kuchen;R;550;950|"
          "Hauswein, Flasche;S;2400;4200|Sekt, Flasche;S;3900;6900|"
          "Servicekraft je Stunde;S;3900;5200|Geschirr- und Gläsermiete;S;8500;24000",
    "fr": "Buffet déjeuner par convive;R;1800;3200|Pièces cocktail, quatre par convive;R;650;1200|"
          "Menu trois plats;R;3900;6900|Pause café gourmande;R;550;950|"
          "Vin de la maison, bouteille;S;2400;4200|Crémant de Bordeaux, bouteille;S;3900;6900|"
          "Maître d'hôtel, par heure;S;3900;5200|Location vaisselle et verrerie;S;8500;24000",
    "es": "Bufé de almuerzo por persona;R;1800;3200|Canapés, cuatro por invitado;R;650;1200|"
          "Menú de tres platos;R;3900;6900|Café y bollería;R;550;950|"
          "Vino de la casa, botella;R;2400;4200|Cava brut nature, botella;R;3900;6900|"
          "Servicio de camareros, por hora;S;3900;5200|Alquiler de menaje;S;8500;24000",
    "it": "Buffet pranzo a persona;R;1800;3200|Finger food, quattro pezzi a ospite;R;650;1200|"
          "Menù di tre portate;R;3900;6900|Coffee break;R;550;950|"
          "Vino della casa, bottiglia;R;2400;4200|Prosecco, bottiglia;R;3900;6900|"
          "Personale di sala, all'ora;S;3900;5200|Noleggio stoviglie e bicchieri;S;8500;24000",
    "nl": "Lunchbuffet per persoon;R;1800;3200|Hapjes, vier per gast;R;650;1200|"
          "Driegangendiner;R;3900;6900|Koffie met gebak;R;550;950|"
          "Huiswijn, fles;S;2400;4200|Cava, fles;S;3900;6900|"
          "Bedieningspersoneel per uur;S;3900;5200|Huur servies en glaswerk;S;8500;24000",
}  # fmt: skip
CATERING: Final = {lang: _items(text) for lang, text in _CATERING.items()}

# Software: "description;manufacturer part number;low;high"; the term word per language.
_SOFTWARE: Final = (
    "Microsoft 365 Business Standard;CFQ7TTC0LDPB;11000;15000|"
    "Adobe Acrobat Pro for teams;65324059BA01A12;19000;26000|"
    "Autodesk AutoCAD LT;057P1-WW3740-L562;45000;62000|"
    "Veeam Data Platform Foundation;V-VBR-VS-P0000-00;52000;88000|"
    "ESET PROTECT Advanced;EPA-N1-25;4200;6900|"
    "Windows Server 2025 Standard 16 Core;P73-08328;95000;128000|"
    "JetBrains All Products Pack;ALL-Y-C;62000;79000"
)
SOFTWARE: Final = _items(_SOFTWARE)
TERM: Final = {"en": "1 year", "de": "1 Jahr", "fr": "1 an", "es": "1 año", "it": "1 anno",
               "nl": "1 jaar"}  # fmt: skip
SETUP: Final = {"en": "Installation and licence activation", "de": "Installation und Aktivierung",
                "fr": "Installation et activation des licences",
                "es": "Instalación y activación de licencias",
                "it": "Installazione e attivazione licenze",
                "nl": "Installatie en activering licenties"}  # fmt: skip
DISCOUNT: Final = {"en": "Education discount", "de": "Sonderrabatt Verein",
                   "fr": "Remise association", "es": "Descuento centro educativo",
                   "it": "Sconto fedeltà", "nl": "Korting non-profit"}  # fmt: skip

_EQUIPMENT: Final = {
    "en": "Mini excavator 1.8 t;9000;16000|Scissor lift 8 m;6500;11000|Site dumper 3 t;7000;12000|"
          "Plate compactor 90 kg;2500;4500|Lighting tower LED;3500;6000|"
          "Generator 20 kVA;5500;9000|Site fencing, 10 panels;800;1600",
    "de": "Minibagger 1,8 t;9000;16000|Scherenarbeitsbühne 8 m;6500;11000|Dumper 3 t;7000;12000|"
          "Rüttelplatte 90 kg;2500;4500|LED-Lichtmast;3500;6000|Stromerzeuger 20 kVA;5500;9000|"
          "Bauzaun, 10 Felder;800;1600",
    "fr": "Mini-pelle 1,8 t;9000;16000|Nacelle ciseaux 8 m;6500;11000|Dumper 3 t;7000;12000|"
          "Plaque vibrante 90 kg;2500;4500|Mât d'éclairage LED;3500;6000|"
          "Groupe électrogène 20 kVA;5500;9000|Clôture de chantier, 10 panneaux;800;1600",
    "es": "Miniexcavadora 1,8 t;9000;16000|Plataforma de tijera 8 m;6500;11000|"
          "Dúmper 3 t;7000;12000|Bandeja vibrante 90 kg;2500;4500|"
          "Torre de iluminación LED;3500;6000|"
          "Generador 20 kVA;5500;9000|Vallado de obra, 10 paneles;800;1600",
    "it": "Miniescavatore 1,8 t;9000;16000|Piattaforma a pantografo 8 m;6500;11000|"
          "Motocarriola 3 t;7000;12000|Piastra vibrante 90 kg;2500;4500|Torre faro LED;3500;6000|"
          "Generatore 20 kVA;5500;9000|Recinzione di cantiere, 10 pannelli;800;1600",
    "nl": "Minigraver 1,8 t;9000;16000|Schaarhoogwerker 8 m;6500;11000|Dumper 3 t;7000;12000|"
          "Trilplaat 90 kg;2500;4500|Lichtmast LED;3500;6000|Aggregaat 20 kVA;5500;9000|"
          "Bouwhekken, 10 stuks;800;1600",
}  # fmt: skip
EQUIPMENT: Final = {lang: tuple(Item(d, "day", int(low), int(high))
                             for d, low, high in (item.split(";") for item in text.split("|")))
                     for lang, text in _EQUIPMENT.items()}  # fmt: skip
TRANSPORT: Final = {"en": "Delivery and collection", "de": "An- und Abtransport",
                    "fr": "Livraison et reprise", "es": "Transporte de ida y vuelta",
                    "it": "Trasporto andata e ritorno", "nl": "Aan- en afvoer"}  # fmt: skip

# Translation work: unit "word" (per-word rate in hundredths of a cent), "h", "page" or "flat".
_LANGUAGE_WORK: Final = {
    "en": "Translation, operating manual;word;900;1600|Translation, marketing brochure;word;1100;"
          "1900|Translation, website strings;word;800;1400|Revision by second linguist;h;3500;5500|"
          "Desktop publishing;page;900;2200|Project management;flat;2500;6000",
    "de": "Übersetzung Bedienungsanleitung;word;900;1600|Übersetzung Imagebroschüre;word;1100;1900|"
          "Übersetzung Website-Texte;word;800;1400|Lektorat durch Zweitübersetzer;h;3500;5500|"
          "DTP-Satz;page;900;2200|Projektmanagement;flat;2500;6000",
    "fr": "Traduction notice d'utilisation;word;900;1600|Traduction plaquette commerciale;word;"
          "1100;1900|Traduction contenus web;word;800;1400|Relecture par un second traducteur;h;"
          "3500;5500|Mise en page PAO;page;900;2200|Gestion de projet;flat;2500;6000",
    "es": "Traducción manual de instrucciones;word;900;1600|Traducción folleto comercial;word;"
          "1100;1900|Traducción textos web;word;800;1400|Revisión por segundo traductor;h;"
          "3500;5500|Maquetación;page;900;2200|Gestión de proyecto;flat;2500;6000",
    "it": "Traduzione manuale d'uso;word;900;1600|Traduzione brochure commerciale;word;1100;1900|"
          "Traduzione testi sito web;word;800;1400|Revisione secondo traduttore;h;3500;5500|"
          "Impaginazione DTP;page;900;2200|Gestione progetto;flat;2500;6000",
    "nl": "Vertaling gebruikershandleiding;word;900;1600|Vertaling brochure;word;1100;1900|"
          "Vertaling websiteteksten;word;800;1400|Revisie door tweede vertaler;h;3500;5500|"
          "Opmaak DTP;page;900;2200|Projectmanagement;flat;2500;6000",
}  # fmt: skip
LANGUAGE_WORK: Final = {lang: _items(text) for lang, text in _LANGUAGE_WORK.items()}
PAIRS: Final = {"en": ("EN>DE", "EN>FR", "HU>EN", "EN>PL"), "de": ("DE>CS", "CS>DE", "DE>EN"),
                "fr": ("FR>EN", "FR>IT", "DE>FR"), "es": ("ES>EN", "ES>CA", "EN>ES"),
                "it": ("IT>EN", "IT>DE", "FR>IT"), "nl": ("NL>EN", "NL>DE", "EN>NL")}  # fmt: skip

_CLEANING: Final = {
    "en": "Office cleaning, monthly contract;month;90000;240000|Window cleaning, interior and "
          "exterior;visit;18000;42000|Carpet shampooing;m²;250;600|Waste and recycling removal;"
          "lift;3500;7500|Washroom supplies refill;visit;4500;9000|Floor stripping and waxing;m²;"
          "300;700",
    "de": "Unterhaltsreinigung Büro, Monatspauschale;Mt;90000;240000|Fensterreinigung innen und "
          "aussen;Einsatz;18000;42000|Teppichreinigung;m²;250;600|Entsorgung Karton und PET;"
          "Abholung;3500;7500|Nachfüllen Hygieneartikel;Einsatz;4500;9000|Bodenpflege mit "
          "Versiegelung;m²;300;700",
    "fr": "Nettoyage des bureaux, forfait mensuel;mois;90000;240000|Nettoyage des vitres;passage;"
          "18000;42000|Shampooing des moquettes;m²;250;600|Évacuation des déchets;enlèvement;3500;"
          "7500|Réassort produits sanitaires;passage;4500;9000|Décapage et cirage des sols;m²;300;"
          "700",
    "es": "Limpieza de oficinas, cuota mensual;mes;90000;240000|Limpieza de cristales;servicio;"
          "18000;42000|Limpieza de moquetas;m²;250;600|Retirada de residuos;recogida;3500;7500|"
          "Reposición de productos higiénicos;servicio;4500;9000|Decapado y abrillantado de "
          "suelos;m²;300;700",
    "it": "Pulizia uffici, canone mensile;mese;90000;240000|Pulizia vetri interni ed esterni;"
          "intervento;18000;42000|Lavaggio moquette;m²;250;600|Smaltimento rifiuti;ritiro;3500;"
          "7500|Rifornimento prodotti igienici;intervento;4500;9000|Ceratura pavimenti;m²;300;700",
    "nl": "Kantoorschoonmaak, maandcontract;maand;90000;240000|Glasbewassing binnen en buiten;"
          "beurt;18000;42000|Tapijtreiniging;m²;250;600|Afvoer bedrijfsafval;lediging;3500;7500|"
          "Aanvullen sanitaire middelen;beurt;4500;9000|Vloeronderhoud strippen en waxen;m²;300;"
          "700",
}  # fmt: skip
CLEANING: Final = {lang: _items(text) for lang, text in _CLEANING.items()}
