"""What the layouts of the nineteenth fresh evaluation slice (`evalset_fresh19.py`) bill, per
language: a lift maintenance contractor's quarter and call-outs, a fire-extinguisher servicing
firm's checks and refills, a pool maintenance firm's visits and chemicals, a vending operator's
refills per machine, a blind fitter's blinds and fitting, a bookkeeping firm's monthly fees and a
farrier's work per horse. Items are "description;unit;low;high;kind" as in the tenth slice
(`evalset_fresh10_items.Item`). None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_LIFT: Final = {
    "en": "Quarterly maintenance visit, passenger lift;qtr;38000;52000;1|Emergency call-out, "
          "trapped passenger release;call;18500;26000;1|Door operator belt replaced;pc;"
          "9400;13800;1|Engineer time outside contract hours;hr;8500;11000;h|"
          "Six-monthly thorough examination support;visit;14500;19000;1",
    "de": "Wartungspauschale Personenaufzug, Quartal;Qu.;38000;52000;1|Notbefreiung "
          "eingeschlossener Personen;Einsatz;18500;26000;1|Türantriebsriemen erneuert;Stk;"
          "9400;13800;1|Monteurstunden außerhalb der Vertragszeit;Std.;8500;11000;h|"
          "Begleitung der ZÜS-Hauptprüfung;Termin;14500;19000;1",
    "fr": "Entretien trimestriel ascenseur;trim.;38000;52000;1|Dépannage avec libération de "
          "passager;interv.;18500;26000;1|Courroie d'opérateur de porte remplacée;pce;"
          "9400;13800;1|Heures de technicien hors contrat;h;8500;11000;h|Accompagnement du "
          "contrôle quinquennal;visite;14500;19000;1",
    "es": "Mantenimiento trimestral de ascensor;trim.;38000;52000;1|Rescate de persona "
          "atrapada en cabina;aviso;18500;26000;1|Correa de operador de puertas sustituida;ud;"
          "9400;13800;1|Horas de técnico fuera de contrato;h;8500;11000;h|Asistencia a la "
          "inspección periódica OCA;visita;14500;19000;1",
    "it": "Canone manutenzione ascensore, trimestre;trim.;38000;52000;1|Intervento di "
          "sblocco persone in cabina;uscita;18500;26000;1|Cinghia operatore porte sostituita;"
          "pz;9400;13800;1|Ore tecnico fuori orario contrattuale;ore;8500;11000;h|Assistenza "
          "alla verifica biennale;visita;14500;19000;1",
    "nl": "Kwartaalonderhoud personenlift;kw.;38000;52000;1|Storingsdienst, bevrijding "
          "ingesloten persoon;melding;18500;26000;1|Aandrijfriem deuroperator vervangen;st;"
          "9400;13800;1|Monteursuren buiten contracttijd;uur;8500;11000;h|Begeleiding "
          "periodieke liftkeuring;bezoek;14500;19000;1",
}  # fmt: skip
_EXTINGUISHERS: Final = {
    "en": "Annual service, 6 kg dry powder extinguisher;pc;850;1400;n|Annual service, 2 kg "
          "CO2 extinguisher;pc;900;1500;n|Discharge test and refill, 9 l foam;pc;3800;5200;f|"
          "Replacement 6 l wet chemical extinguisher;pc;7900;9800;1|Fire blanket 1.2 x 1.2 m "
          "supplied;pc;1800;2600;f|Wall bracket and signage fitted;pc;650;1100;f",
    "de": "Wartung Pulverlöscher 6 kg nach DIN 14406-4;Stk;850;1400;n|Wartung CO2-Löscher "
          "2 kg;Stk;900;1500;n|Instandsetzung Schaumlöscher 9 l mit Neubefüllung;Stk;"
          "3800;5200;f|Fettbrandlöscher 6 l geliefert;Stk;7900;9800;1|Löschdecke 1,2 x 1,2 m;"
          "Stk;1800;2600;f|Wandhalter und Hinweisschild montiert;Stk;650;1100;f",
    "fr": "Vérification annuelle extincteur poudre 6 kg;u;850;1400;n|Vérification annuelle "
          "extincteur CO2 2 kg;u;900;1500;n|Révision décennale et recharge, eau pulvérisée "
          "9 l;u;3800;5200;f|Extincteur classe F 6 l fourni;u;7900;9800;1|Couverture "
          "anti-feu 1,2 x 1,2 m;u;1800;2600;f|Support mural et panneau posés;u;650;1100;f",
    "es": "Revisión anual extintor de polvo 6 kg;ud;850;1400;n|Revisión anual extintor CO2 "
          "2 kg;ud;900;1500;n|Retimbrado y recarga extintor de espuma 9 l;ud;3800;5200;f|"
          "Extintor clase F 6 l suministrado;ud;7900;9800;1|Manta ignífuga 1,2 x 1,2 m;ud;"
          "1800;2600;f|Soporte de pared y señal colocados;ud;650;1100;f",
    "it": "Controllo semestrale estintore a polvere 6 kg;pz;850;1400;n|Controllo semestrale "
          "estintore CO2 2 kg;pz;900;1500;n|Revisione e ricarica estintore a schiuma 9 l;pz;"
          "3800;5200;f|Estintore classe F 6 l fornito;pz;7900;9800;1|Coperta antifiamma "
          "1,2 x 1,2 m;pz;1800;2600;f|Staffa a muro e cartello installati;pz;650;1100;f",
    "nl": "Jaarlijks onderhoud poederblusser 6 kg;st;850;1400;n|Jaarlijks onderhoud "
          "CO2-blusser 2 kg;st;900;1500;n|Revisie en hervulling schuimblusser 9 l;st;"
          "3800;5200;f|Vetblusser 6 l geleverd;st;7900;9800;1|Blusdeken 1,2 x 1,2 m;st;"
          "1800;2600;f|Wandbeugel en pictogram gemonteerd;st;650;1100;f",
}  # fmt: skip
_POOL: Final = {
    "en": "Weekly pool visit, test and balance water;visit;5500;7500;n|Chlorine tablets, "
          "200 g, 5 kg tub;tub;3900;5200;f|Filter backwash and skimmer baskets cleaned;visit;"
          "3200;4400;f|Pool closing for winter, cover fitted;job;24000;32000;1|Pump seal "
          "kit replaced;kit;6800;9400;1",
    "de": "Wöchentliche Poolpflege mit Wasseranalyse;Besuch;5500;7500;n|Chlortabletten "
          "200 g, Eimer 5 kg;Eimer;3900;5200;f|Filterrückspülung und Skimmerkörbe gereinigt;"
          "Besuch;3200;4400;f|Einwinterung mit Abdeckplane;Auftrag;24000;32000;1|"
          "Gleitringdichtung der Pumpe erneuert;Satz;6800;9400;1",
    "fr": "Passage hebdomadaire, analyse et équilibre de l'eau;passage;5500;7500;n|Galets "
          "de chlore 200 g, seau de 5 kg;seau;3900;5200;f|Contre-lavage du filtre et paniers "
          "de skimmer;passage;3200;4400;f|Hivernage du bassin avec bâche;forfait;24000;32000;"
          "1|Garniture mécanique de pompe remplacée;kit;6800;9400;1",
    "es": "Visita semanal, análisis y ajuste del agua;visita;5500;7500;n|Pastillas de "
          "cloro 200 g, cubo de 5 kg;cubo;3900;5200;f|Lavado de filtro y cestos de skimmer;"
          "visita;3200;4400;f|Invernaje de la piscina con cubierta;servicio;24000;32000;1|"
          "Cierre mecánico de bomba sustituido;kit;6800;9400;1",
    "it": "Intervento settimanale, analisi e trattamento acqua;uscita;5500;7500;n|Pastiglie "
          "di cloro 200 g, secchio 5 kg;secchio;3900;5200;f|Controlavaggio filtro e cestelli "
          "skimmer;uscita;3200;4400;f|Chiusura invernale piscina con telo;servizio;"
          "24000;32000;1|Tenuta meccanica pompa sostituita;kit;6800;9400;1",
    "nl": "Wekelijks zwembadbezoek, water testen en bijstellen;bezoek;5500;7500;n|"
          "Chloortabletten 200 g, emmer 5 kg;emmer;3900;5200;f|Filter teruggespoeld en "
          "skimmermandjes gereinigd;bezoek;3200;4400;f|Zwembad winterklaar met afdekzeil;"
          "klus;24000;32000;1|Asafdichting pomp vervangen;set;6800;9400;1",
}  # fmt: skip
_BLINDS: Final = {
    "en": "Roller blind, blackout, 1200 x 1600 mm;pc;8900;13500;f|Venetian blind, 50 mm "
          "wood slats, 900 x 1400 mm;pc;11500;16800;f|Vertical blind, 89 mm louvres, "
          "2400 x 2100 mm;pc;14200;19800;1|Day-and-night blind, 1000 x 1500 mm;pc;9800;"
          "14600;f|Motorisation kit with remote;kit;18500;26000;1|Measuring and fitting;"
          "hr;3800;5200;h",
    "de": "Verdunkelungsrollo 1200 x 1600 mm;Stk;8900;13500;f|Holzjalousie 50 mm, "
          "900 x 1400 mm;Stk;11500;16800;f|Lamellenvorhang 89 mm, 2400 x 2100 mm;Stk;"
          "14200;19800;1|Doppelrollo 1000 x 1500 mm;Stk;9800;14600;f|Motorantrieb mit "
          "Handsender;Satz;18500;26000;1|Aufmaß und Montage;Std.;3800;5200;h",
    "fr": "Store enrouleur occultant 1200 x 1600 mm;u;8900;13500;f|Store vénitien bois "
          "50 mm, 900 x 1400 mm;u;11500;16800;f|Store à bandes verticales 89 mm, "
          "2400 x 2100 mm;u;14200;19800;1|Store jour-nuit 1000 x 1500 mm;u;9800;14600;f|"
          "Kit de motorisation avec télécommande;kit;18500;26000;1|Prise de cotes et pose;h;"
          "3800;5200;h",
    "es": "Estor enrollable opaco 1200 x 1600 mm;ud;8900;13500;f|Veneciana de madera "
          "50 mm, 900 x 1400 mm;ud;11500;16800;f|Cortina vertical 89 mm, 2400 x 2100 mm;ud;"
          "14200;19800;1|Estor noche y día 1000 x 1500 mm;ud;9800;14600;f|Kit de "
          "motorización con mando;kit;18500;26000;1|Toma de medidas e instalación;h;"
          "3800;5200;h",
    "it": "Tenda a rullo oscurante 1200 x 1600 mm;pz;8900;13500;f|Veneziana in legno "
          "50 mm, 900 x 1400 mm;pz;11500;16800;f|Tenda a bande verticali 89 mm, "
          "2400 x 2100 mm;pz;14200;19800;1|Tenda giorno e notte 1000 x 1500 mm;pz;9800;"
          "14600;f|Kit motorizzazione con telecomando;kit;18500;26000;1|Rilievo misure e "
          "posa in opera;ore;3800;5200;h",
    "nl": "Rolgordijn verduisterend 1200 x 1600 mm;st;8900;13500;f|Houten jaloezie 50 mm, "
          "900 x 1400 mm;st;11500;16800;f|Verticale lamellen 89 mm, 2400 x 2100 mm;st;"
          "14200;19800;1|Duo-rolgordijn 1000 x 1500 mm;st;9800;14600;f|Motorset met "
          "afstandsbediening;set;18500;26000;1|Inmeten en montage;uur;3800;5200;h",
}  # fmt: skip
_BOOKKEEPING: Final = {
    "en": "Monthly bookkeeping, fixed fee;month;32000;46000;1|Payroll run per employee;"
          "payslip;1200;1900;n|Quarterly VAT return prepared and filed;return;14500;19500;1|"
          "Bank reconciliation, second account;acct;4500;6500;1|Additional work at hourly "
          "rate;hr;6500;8500;h|Year-end accounts, monthly instalment;month;9500;13000;1",
    "de": "Laufende Finanzbuchhaltung, Monatspauschale;Monat;32000;46000;1|Lohnabrechnung "
          "je Mitarbeiter;Abr.;1200;1900;n|Umsatzsteuer-Voranmeldung erstellt und "
          "übermittelt;Meldung;14500;19500;1|Kontenabstimmung zweites Bankkonto;Konto;"
          "4500;6500;1|Zusätzlicher Aufwand nach Stunden;Std.;6500;8500;h|Jahresabschluss, "
          "monatliche Teilzahlung;Monat;9500;13000;1",
    "fr": "Tenue comptable mensuelle, forfait;mois;32000;46000;1|Bulletin de paie par "
          "salarié;bull.;1200;1900;n|Déclaration de TVA préparée et télétransmise;décl.;"
          "14500;19500;1|Rapprochement bancaire, second compte;cpte;4500;6500;1|Travaux "
          "complémentaires au temps passé;h;6500;8500;h|Bilan annuel, mensualité;mois;"
          "9500;13000;1",
    "es": "Contabilidad mensual, cuota fija;mes;32000;46000;1|Nómina por trabajador;"
          "nómina;1200;1900;n|Modelo 303 preparado y presentado;modelo;14500;19500;1|"
          "Conciliación bancaria, segunda cuenta;cta.;4500;6500;1|Trabajos adicionales por "
          "horas;h;6500;8500;h|Cierre anual, cuota mensual;mes;9500;13000;1",
    "it": "Tenuta contabilità mensile, canone fisso;mese;32000;46000;1|Cedolino paga per "
          "dipendente;ced.;1200;1900;n|Liquidazione IVA periodica e invio LIPE;invio;"
          "14500;19500;1|Riconciliazione bancaria, secondo conto;conto;4500;6500;1|Attività "
          "extra a ore;ore;6500;8500;h|Bilancio d'esercizio, rata mensile;mese;9500;13000;1",
    "nl": "Maandelijkse boekhouding, vast bedrag;mnd;32000;46000;1|Loonstrook per "
          "medewerker;strook;1200;1900;n|Btw-aangifte opgesteld en ingediend;aangifte;"
          "14500;19500;1|Bankaansluiting tweede rekening;rek.;4500;6500;1|Meerwerk op "
          "uurbasis;uur;6500;8500;h|Jaarrekening, maandtermijn;mnd;9500;13000;1",
}  # fmt: skip

LIFT: Final = {lang: _items(text) for lang, text in _LIFT.items()}
EXTINGUISHERS: Final = {lang: _items(text) for lang, text in _EXTINGUISHERS.items()}
POOL: Final = {lang: _items(text) for lang, text in _POOL.items()}
BLINDS: Final = {lang: _items(text) for lang, text in _BLINDS.items()}
BOOKKEEPING: Final = {lang: _items(text) for lang, text in _BOOKKEEPING.items()}

# The vending operator's products (name, low and high price in cents): a line refills one
# product in one machine, the machine's code in the description.
PRODUCTS: Final = {
    "en": ("Still water 500 ml", "Sparkling orange 330 ml can", "Salted crisps 40 g",
           "Milk chocolate bar 45 g", "Cereal bar, oat and honey", "Coffee beans, espresso "
           "roast 1 kg", "Hot chocolate powder 1 kg", "Paper cups 7 oz, sleeve of 50"),
    "de": ("Mineralwasser still 0,5 l", "Orangenlimonade 0,33 l Dose", "Kartoffelchips "
           "gesalzen 40 g", "Vollmilchschokolade 45 g", "Müsliriegel Hafer-Honig",
           "Kaffeebohnen Espresso 1 kg", "Kakaopulver für Automaten 1 kg",
           "Pappbecher 0,2 l, Stange à 50"),
    "fr": ("Eau plate 50 cl", "Soda orange canette 33 cl", "Chips salées 40 g",
           "Tablette chocolat au lait 45 g", "Barre de céréales avoine et miel",
           "Café en grains torréfaction espresso 1 kg", "Chocolat en poudre 1 kg",
           "Gobelets carton 20 cl, tube de 50"),
    "es": ("Agua mineral sin gas 50 cl", "Refresco de naranja lata 33 cl",
           "Patatas fritas con sal 40 g", "Chocolatina con leche 45 g",
           "Barrita de avena y miel", "Café en grano tueste espresso 1 kg",
           "Cacao soluble para máquina 1 kg", "Vasos de cartón 20 cl, tubo de 50"),
    "it": ("Acqua naturale 50 cl", "Aranciata lattina 33 cl", "Patatine classiche 40 g",
           "Barretta di cioccolato al latte 45 g", "Barretta ai cereali avena e miele",
           "Caffè in grani miscela espresso 1 kg", "Cioccolata in polvere 1 kg",
           "Bicchierini in carta 20 cl, tubo da 50"),
    "nl": ("Bronwater zonder prik 50 cl", "Sinas in blik 33 cl", "Chips naturel 40 g",
           "Melkchocoladereep 45 g", "Mueslireep haver en honing",
           "Koffiebonen espressobranding 1 kg", "Chocolademelkpoeder 1 kg",
           "Kartonnen bekers 20 cl, koker van 50"),
}  # fmt: skip
PRODUCT_PRICES: Final = ((45, 70), (60, 95), (55, 85), (70, 110), (60, 90), (1600, 2400),
                         (900, 1400), (280, 420))  # fmt: skip

# The farrier's work (name, low and high price in cents): a line is one piece of work on one
# horse, the horse's name in the description.
FARRIERY: Final = {
    "en": ("Full set, hot shod", "Front pair, cold shod", "Trim only, four feet",
           "Remedial heart-bar shoe fitted"),
    "de": ("Vier Eisen, warm aufgepasst", "Zwei Eisen vorn, kalt aufgepasst",
           "Barhufbearbeitung, vier Hufe", "Orthopädischer Herzsteg-Beschlag"),
    "fr": ("Ferrure complète à chaud", "Deux fers antérieurs à froid",
           "Parage seul, quatre pieds", "Fer orthopédique en cœur posé"),
    "es": ("Herraje completo en caliente", "Dos herraduras delanteras en frío",
           "Recorte de cascos, cuatro", "Herradura ortopédica de corazón"),
    "it": ("Ferratura completa a caldo", "Due ferri anteriori a freddo",
           "Pareggio zoccoli, quattro piedi", "Ferro ortopedico a cuore applicato"),
    "nl": ("Volledig beslag, warm gepast", "Voorbeslag, koud gepast",
           "Bekappen, vier hoeven", "Orthopedisch hartbalkijzer"),
}  # fmt: skip
FARRIERY_PRICES: Final = ((11000, 15500), (6500, 8800), (3500, 5200), (16500, 22000))
