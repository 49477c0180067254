"""What the layouts of the twenty-fifth fresh evaluation slice (`evalset_fresh25.py`) bill, per
language: a hedge-laying and dry-stone walling contractor's work, a furniture-restoration
workshop's repairs, a thatcher's roofing, a stained-glass studio's panels, a funeral director's
services and disbursements, a hearing-aid audiologist's fittings, and a shearing contractor's
head counts per flock. Items are "description;unit;low;high;kind" as in the tenth slice
(`evalset_fresh10_items.Item`). None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_HEDGES: Final = {
    "en": "Hedge laid, Midland bullock style;m;1400;2200;m|Dry-stone wall rebuilt, field "
          "boundary;m;6500;9500;d|Hazel stakes and binders supplied;bundle;1800;2600;n|"
          "Gap stocked with whips;m;700;1100;d|Cope stones reset;m;2200;3400;d|Waller's "
          "day rate;day;19000;24000;f",
    "de": "Hecke auf den Stock gesetzt und geflochten;m;1400;2200;m|Trockenmauer neu "
          "aufgesetzt, Feldgrenze;m;6500;9500;d|Haselpfähle und Flechtruten geliefert;Bund;"
          "1800;2600;n|Lücke mit Jungpflanzen bepflanzt;m;700;1100;d|Mauerkrone neu gesetzt;"
          "m;2200;3400;d|Tagessatz Mauerer;Tag;19000;24000;f",
    "fr": "Plessage de haie sur tiges vives;m;1400;2200;m|Muret en pierre sèche remonté, "
          "limite de parcelle;m;6500;9500;d|Piquets et liens de noisetier fournis;botte;1800;"
          "2600;n|Trou regarni de jeunes plants;m;700;1100;d|Couronnement du muret reposé;m;"
          "2200;3400;d|Journée de muraillier;jour;19000;24000;f",
    "es": "Seto trenzado a la manera tradicional;m;1400;2200;m|Muro de piedra seca "
          "reconstruido, linde de finca;m;6500;9500;d|Estacas y varas de avellano "
          "suministradas;haz;1800;2600;n|Hueco replantado con plantones;m;700;1100;d|"
          "Albardilla de piedra recolocada;m;2200;3400;d|Jornada de maestro pedrero;día;"
          "19000;24000;f",
    "it": "Siepe intrecciata a mano sul posto;m;1400;2200;m|Muro a secco ricostruito, confine "
          "di campo;m;6500;9500;d|Paletti e vimini di nocciolo forniti;fascio;1800;2600;n|"
          "Varco ripiantato con piantine;m;700;1100;d|Copertina in pietra ricollocata;m;2200;"
          "3400;d|Giornata di muratore a secco;giorno;19000;24000;f",
    "nl": "Heg gevlochten op traditionele wijze;m;1400;2200;m|Stapelmuur opnieuw gezet, "
          "perceelgrens;m;6500;9500;d|Hazelaarpalen en vlechtwerk geleverd;bos;1800;2600;n|"
          "Gat aangeplant met bosplantsoen;m;700;1100;d|Muurkap opnieuw gelegd;m;2200;3400;d|"
          "Dagtarief stapelaar;dag;19000;24000;f",
}  # fmt: skip
_REPAIRS: Final = {
    "en": "French polishing, table top;pc;18000;32000;1|Loose chair joints reglued;chair;"
          "2800;4200;n|Veneer patch on drawer front;patch;3500;6000;f|Castors replaced, "
          "brass;set;4500;7000;1|Workshop time, cabinet maker;hr;4200;5800;h|Collection and "
          "return in padded van;trip;6000;9500;1",
    "de": "Schellackpolitur Tischplatte;Stk.;18000;32000;1|Gelockerte Stuhlverbindungen "
          "neu verleimt;Stuhl;2800;4200;n|Furnier an Schubladenfront ergänzt;Stelle;3500;6000;"
          "f|Messingrollen ersetzt;Satz;4500;7000;1|Werkstattzeit Restaurator;Std.;4200;5800;"
          "h|Abholung und Lieferung im Polsterwagen;Fahrt;6000;9500;1",
    "fr": "Vernis au tampon, plateau de table;pce;18000;32000;1|Assemblages de chaise "
          "recollés;chaise;2800;4200;n|Reprise de placage, façade de tiroir;reprise;3500;6000;"
          "f|Roulettes laiton remplacées;jeu;4500;7000;1|Heures d'atelier ébéniste;h;4200;"
          "5800;h|Enlèvement et retour en camion capitonné;trajet;6000;9500;1",
    "es": "Barnizado a muñequilla, tablero de mesa;ud.;18000;32000;1|Ensambles de silla "
          "reencolados;silla;2800;4200;n|Injerto de chapa en frente de cajón;injerto;3500;"
          "6000;f|Ruedas de latón sustituidas;juego;4500;7000;1|Horas de taller ebanista;h;"
          "4200;5800;h|Recogida y entrega en furgoneta acolchada;viaje;6000;9500;1",
    "it": "Lucidatura a tampone piano del tavolo;pz;18000;32000;1|Incastri sedia "
          "reincollati;sedia;2800;4200;n|Integrazione impiallacciatura frontale cassetto;"
          "intervento;3500;6000;f|Ruote in ottone sostituite;set;4500;7000;1|Ore di "
          "laboratorio ebanista;ora;4200;5800;h|Ritiro e riconsegna con furgone imbottito;"
          "viaggio;6000;9500;1",
    "nl": "Politoeren tafelblad met de bal;st.;18000;32000;1|Losse stoelverbindingen "
          "opnieuw gelijmd;stoel;2800;4200;n|Fineerreparatie ladefront;plek;3500;6000;f|"
          "Messing wieltjes vervangen;set;4500;7000;1|Werkplaatsuren meubelmaker;uur;4200;"
          "5800;h|Ophalen en terugbrengen in bus met dekens;rit;6000;9500;1",
}  # fmt: skip
_THATCH: Final = {
    "en": "Water reed rethatch, rear slope;m²;9500;13500;d|Ridge renewed in block-cut "
          "pattern;m;7500;11000;d|Wire netting against birds;m²;900;1400;m|Long straw "
          "supplied;bundle;450;700;m|Scaffold and ladders;week;32000;45000;f",
    "de": "Reetdach neu eingedeckt, Rückseite;m²;9500;13500;d|First in Heidekrautart "
          "erneuert;m;7500;11000;d|Vogelschutzgitter gespannt;m²;900;1400;m|Roggenstroh "
          "geliefert;Bund;450;700;m|Gerüst und Leitern;Woche;32000;45000;f",
    "fr": "Réfection en roseau, versant arrière;m²;9500;13500;d|Faîtage refait en "
          "motte de terre;m;7500;11000;d|Grillage anti-oiseaux posé;m²;900;1400;m|Paille "
          "de seigle fournie;botte;450;700;m|Échafaudage et échelles;semaine;32000;45000;f",
    "es": "Cubierta de carrizo renovada, faldón trasero;m²;9500;13500;d|Cumbrera rehecha "
          "con remate cortado;m;7500;11000;d|Malla contra pájaros colocada;m²;900;1400;m|"
          "Paja larga suministrada;haz;450;700;m|Andamio y escaleras;semana;32000;45000;f",
    "it": "Rifacimento in canna palustre, falda posteriore;m²;9500;13500;d|Colmo rifatto "
          "con bordo sagomato;m;7500;11000;d|Rete antivolatili posata;m²;900;1400;m|Paglia "
          "lunga fornita;fascio;450;700;m|Ponteggio e scale;settimana;32000;45000;f",
    "nl": "Riet opnieuw gedekt, achterdakvlak;m²;9500;13500;d|Nok vernieuwd met "
          "heidevorst;m;7500;11000;d|Gaas tegen vogels gespannen;m²;900;1400;m|Lang "
          "roggestro geleverd;bos;450;700;m|Steiger en ladders;week;32000;45000;f",
}  # fmt: skip
_GLASS: Final = {
    "en": "Leaded panel releaded, chapel window;panel;42000;68000;f|Painted quarry glass "
          "kiln-fired;pc;3800;6500;n|Cracked piece replaced, antique glass;pc;2500;4200;n|"
          "Protective glazing, polycarbonate;m²;9000;14000;d|Design drawing and cartoon;"
          "sheet;15000;26000;1|Studio hours, glazier;hr;5500;7500;h",
    "de": "Bleiverglasung neu verbleit, Kapellenfenster;Feld;42000;68000;f|Bemalte Raute "
          "eingebrannt;Stk.;3800;6500;n|Gesprungenes Stück ersetzt, Echtantikglas;Stk.;2500;"
          "4200;n|Schutzverglasung Polycarbonat;m²;9000;14000;d|Entwurf und Karton;Blatt;"
          "15000;26000;1|Werkstattstunden Glasmaler;Std.;5500;7500;h",
    "fr": "Panneau remis en plomb, vitrail de chapelle;panneau;42000;68000;f|Losange peint "
          "cuit au four;pce;3800;6500;n|Pièce fêlée remplacée, verre antique;pce;2500;4200;n|"
          "Verrière de protection polycarbonate;m²;9000;14000;d|Maquette et carton;feuille;"
          "15000;26000;1|Heures d'atelier verrier;h;5500;7500;h",
    "es": "Panel emplomado de nuevo, ventanal de capilla;panel;42000;68000;f|Rombo pintado "
          "cocido al horno;ud.;3800;6500;n|Pieza rota sustituida, vidrio antiguo;ud.;2500;"
          "4200;n|Acristalamiento de protección;m²;9000;14000;d|Boceto y cartón;hoja;15000;"
          "26000;1|Horas de taller vidriero;h;5500;7500;h",
    "it": "Pannello ripiombato, finestra della cappella;pannello;42000;68000;f|Rombo dipinto "
          "cotto in forno;pz;3800;6500;n|Tessera incrinata sostituita, vetro antico;pz;2500;"
          "4200;n|Vetro di protezione in policarbonato;m²;9000;14000;d|Bozzetto e cartone;"
          "foglio;15000;26000;1|Ore di laboratorio vetraio;ora;5500;7500;h",
    "nl": "Paneel opnieuw in lood gezet, kapelraam;paneel;42000;68000;f|Beschilderde ruit "
          "ingebrand;st.;3800;6500;n|Gebarsten stuk vervangen, antiek glas;st.;2500;4200;n|"
          "Voorzetbeglazing polycarbonaat;m²;9000;14000;d|Ontwerp en karton;vel;15000;26000;"
          "1|Atelieruren glazenier;uur;5500;7500;h",
}  # fmt: skip
_FUNERAL: Final = {
    "en": "Professional services of the funeral director;service;145000;210000;1|Oak veneer "
          "coffin with brass handles;pc;65000;120000;1|Care of the deceased;day;8500;12000;f|"
          "Hearse and one limousine;service;42000;58000;1|Crematorium fee (disbursement);fee;"
          "68000;82000;1|Order of service sheets printed;pc;180;320;m",
    "de": "Leistungen des Bestattungsinstituts;Pauschale;145000;210000;1|Eichensarg mit "
          "Messinggriffen;Stk.;65000;120000;1|Versorgung des Verstorbenen;Tag;8500;12000;f|"
          "Bestattungswagen und Trauerfahrzeug;Fahrt;42000;58000;1|Krematoriumsgebühr "
          "(Auslage);Gebühr;68000;82000;1|Trauerdrucksachen;Stk.;180;320;m",
    "fr": "Prestations de l'entreprise de pompes funèbres;forfait;145000;210000;1|Cercueil "
          "chêne, poignées laiton;pce;65000;120000;1|Soins et présentation du défunt;jour;"
          "8500;12000;f|Corbillard et véhicule de suite;convoi;42000;58000;1|Redevance "
          "crématorium (débours);redevance;68000;82000;1|Livrets de cérémonie imprimés;pce;"
          "180;320;m",
    "es": "Servicios de la funeraria;servicio;145000;210000;1|Féretro de roble con asas de "
          "latón;ud.;65000;120000;1|Tanatopraxia y cuidados;día;8500;12000;f|Coche fúnebre y "
          "coche de acompañamiento;servicio;42000;58000;1|Tasa de cremación (suplido);tasa;"
          "68000;82000;1|Recordatorios impresos;ud.;180;320;m",
    "it": "Servizi dell'impresa funebre;servizio;145000;210000;1|Cofano in rovere con "
          "maniglie in ottone;pz;65000;120000;1|Cura e vestizione della salma;giorno;8500;"
          "12000;f|Carro funebre e auto al seguito;servizio;42000;58000;1|Diritti di "
          "cremazione (anticipazione);diritto;68000;82000;1|Santini e libretti stampati;pz;"
          "180;320;m",
    "nl": "Dienstverlening uitvaartverzorger;dienst;145000;210000;1|Eiken kist met messing "
          "grepen;st.;65000;120000;1|Verzorging van de overledene;dag;8500;12000;f|"
          "Rouwauto en volgwagen;dienst;42000;58000;1|Crematoriumkosten (voorschot);tarief;"
          "68000;82000;1|Rouwkaarten gedrukt;st.;180;320;m",
}  # fmt: skip
_HEARING: Final = {
    "en": "Behind-the-ear hearing aid, rechargeable;pc;95000;160000;f|Hearing assessment "
          "with audiogram;test;9000;14000;1|Custom earmould, soft silicone;pc;6500;9500;f|"
          "Domes and wax guards, 6-month pack;pack;1800;2800;n|Charging case;pc;9000;13000;1|"
          "Fine-tuning appointment;visit;4500;6500;f",
    "de": "Hinter-dem-Ohr-Hörgerät mit Akku;Stk.;95000;160000;f|Hörtest mit Audiogramm;"
          "Test;9000;14000;1|Individuelle Otoplastik, Silikon;Stk.;6500;9500;f|Schirmchen "
          "und Cerumenfilter, Halbjahrespack;Pack;1800;2800;n|Ladeschale;Stk.;9000;13000;1|"
          "Feinanpassung;Termin;4500;6500;f",
    "fr": "Contour d'oreille rechargeable;pce;95000;160000;f|Bilan auditif avec audiogramme;"
          "bilan;9000;14000;1|Embout sur mesure silicone souple;pce;6500;9500;f|Dômes et "
          "pare-cérumen, pack semestriel;pack;1800;2800;n|Étui chargeur;pce;9000;13000;1|"
          "Séance de réglage;séance;4500;6500;f",
    "es": "Audífono retroauricular recargable;ud.;95000;160000;f|Audiometría completa;"
          "prueba;9000;14000;1|Molde a medida de silicona;ud.;6500;9500;f|Olivas y filtros "
          "anticerumen, pack semestral;pack;1800;2800;n|Estuche cargador;ud.;9000;13000;1|"
          "Cita de ajuste fino;cita;4500;6500;f",
    "it": "Apparecchio retroauricolare ricaricabile;pz;95000;160000;f|Esame audiometrico "
          "con audiogramma;esame;9000;14000;1|Chiocciola su misura in silicone;pz;6500;9500;"
          "f|Cupolini e filtri paracerume, kit semestrale;kit;1800;2800;n|Custodia di "
          "ricarica;pz;9000;13000;1|Seduta di regolazione;seduta;4500;6500;f",
    "nl": "Achter-het-oor hoortoestel oplaadbaar;st.;95000;160000;f|Gehoortest met "
          "audiogram;test;9000;14000;1|Oorstukje op maat, zachte siliconen;st.;6500;9500;f|"
          "Domes en cerumenfilters, halfjaarpakket;pak;1800;2800;n|Oplaadcase;st.;9000;"
          "13000;1|Afstemafspraak;afspraak;4500;6500;f",
}  # fmt: skip
HEDGES: Final = {lang: _items(text) for lang, text in _HEDGES.items()}
REPAIRS: Final = {lang: _items(text) for lang, text in _REPAIRS.items()}
THATCH: Final = {lang: _items(text) for lang, text in _THATCH.items()}
GLASS: Final = {lang: _items(text) for lang, text in _GLASS.items()}
FUNERAL: Final = {lang: _items(text) for lang, text in _FUNERAL.items()}
HEARING: Final = {lang: _items(text) for lang, text in _HEARING.items()}

# The shearing contractor: what it does per head (a line is one task on one flock), with a price
# range per head in cents, and the flocks it visits.
SHEARS: Final = {
    "en": ("Ewes shorn", "Shearling ewes shorn", "Tups shorn", "Lambs dagged", "Ewes crutched",
           "Fleeces rolled and packed"),
    "de": ("Mutterschafe geschoren", "Jährlinge geschoren", "Böcke geschoren",
           "Lämmer ausgeschoren", "Mutterschafe geschwanzt", "Vliese gerollt und verpackt"),
    "fr": ("Brebis tondues", "Agnelles tondues", "Béliers tondus", "Agneaux dessouillés",
           "Brebis écussonnées", "Toisons roulées et ensachées"),
    "es": ("Ovejas esquiladas", "Borregas esquiladas", "Carneros esquilados",
           "Corderos descolados", "Ovejas desbraguetadas", "Vellones enrollados y ensacados"),
    "it": ("Pecore tosate", "Agnelle tosate", "Montoni tosati", "Agnelli puliti",
           "Pecore rifinite al posteriore", "Velli arrotolati e insaccati"),
    "nl": ("Ooien geschoren", "Jaarlingen geschoren", "Rammen geschoren",
           "Lammeren uitgeknipt", "Ooien achterkant geschoren", "Vachten gerold en gezakt"),
}  # fmt: skip
SHEAR_PRICES: Final = ((260, 380), (240, 340), (600, 900), (90, 160), (80, 140), (40, 90))
FLOCKS: Final = {
    "en": ("High Ridding flock", "Gatesgarth fell flock", "Brackenthwaite in-bye",
           "Crummock shore flock", "Loweswater ewes"),
    "de": ("Herde Hinterer Hang", "Herde Deichvorland", "Herde Koppel Süd",
           "Herde Schäferei Nord", "Herde Moorweide"),
    "fr": ("troupeau du Col Vert", "troupeau des Estives", "troupeau de la Bergerie basse",
           "troupeau du Causse", "troupeau du Pech"),
    "es": ("rebaño de la Majada Alta", "rebaño del Cordel", "rebaño de la Dehesa Vieja",
           "rebaño del Cerro", "rebaño de la Vega"),
    "it": ("gregge dell'Alpe Sorba", "gregge del Piano Grande", "gregge della Stalla Bassa",
           "gregge del Colle", "gregge della Valletta"),
    "nl": ("kudde Zomerdijk", "kudde Heideveld", "kudde Kwelder Oost", "kudde Hoge Weide",
           "kudde Polderhoek"),
}  # fmt: skip
