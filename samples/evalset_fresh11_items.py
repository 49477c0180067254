"""What the layouts of the eleventh fresh evaluation slice (`evalset_fresh11.py`) bill, per
language: a design studio's work, a copywriter's texts, a beekeeper's farm shop, a consultant's
days and re-billed expenses, a locksmith's call-outs, an office supplier's goods and an
electrician's materials (a material in one of its sizes). Items are "description;unit;low;high;
kind" as in the tenth slice (`evalset_fresh10_items.Item`). None of the lists is used by an
earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import Item, _items

_DESIGN: Final = {
    "en": "Logo concept, three routes;job;40000;90000;1|Brand colour palette;job;15000;30000;1|"
          "Letterhead and compliment slip artwork;set;9000;18000;1|Icon set, line style;icon;"
          "2500;6000;n|Packaging dieline artwork;SKU;12000;26000;f|Art direction;hr;6500;11000;h|"
          "Stock image licence;pc;900;4500;n",
    "de": "Logoentwurf, drei Richtungen;Auftr.;40000;90000;1|Markenfarbpalette;Auftr.;15000;"
          "30000;1|Reinzeichnung Briefbogen und Kurzmitteilung;Satz;9000;18000;1|"
          "Iconset, Linienstil;Icon;2500;6000;n|Reinzeichnung Verpackungsstanze;Art.;12000;"
          "26000;f|Art Direction;Std.;6500;11000;h|Bildlizenz Stockfoto;Stk;900;4500;n",
    "fr": "Création de logo, trois pistes;forfait;40000;90000;1|Palette de couleurs de marque;"
          "forfait;15000;30000;1|Exécution papier à en-tête et carte;lot;9000;18000;1|"
          "Jeu d'icônes au trait;icône;2500;6000;n|Exécution du gabarit d'emballage;réf.;"
          "12000;26000;f|Direction artistique;h;6500;11000;h|Licence d'image de banque;u;"
          "900;4500;n",
    "es": "Propuesta de logotipo, tres líneas;trabajo;40000;90000;1|Paleta cromática de marca;"
          "trabajo;15000;30000;1|Arte final de papel de carta y saluda;juego;9000;18000;1|"
          "Set de iconos lineales;icono;2500;6000;n|Arte final de troquel de envase;ref.;"
          "12000;26000;f|Dirección de arte;h;6500;11000;h|Licencia de imagen de banco;ud;"
          "900;4500;n",
    "it": "Studio logo, tre proposte;lavoro;40000;90000;1|Palette colori del marchio;lavoro;"
          "15000;30000;1|Esecutivo carta intestata e biglietto;set;9000;18000;1|Set di icone "
          "lineari;icona;2500;6000;n|Esecutivo fustella packaging;cod.;12000;26000;f|"
          "Direzione artistica;ora;6500;11000;h|Licenza immagine stock;pz;900;4500;n",
    "nl": "Logo-ontwerp, drie richtingen;klus;40000;90000;1|Kleurenpalet huisstijl;klus;"
          "15000;30000;1|Opmaak briefpapier en complimentkaart;set;9000;18000;1|Iconenset "
          "lijnstijl;icoon;2500;6000;n|Opmaak stansvorm verpakking;art.;12000;26000;f|"
          "Art direction;uur;6500;11000;h|Licentie stockbeeld;st;900;4500;n",
}  # fmt: skip
_COPY: Final = {
    "en": "Website home page copy;page;25000;60000;1|Product descriptions;text;1800;4500;n|"
          "Press release;text;30000;55000;1|Newsletter edition;ed.;20000;38000;f|Proofreading;"
          "hr;4000;7000;h|Tagline workshop;session;35000;70000;1",
    "de": "Texte Startseite Website;Seite;25000;60000;1|Produktbeschreibungen;Text;1800;4500;n|"
          "Pressemitteilung;Text;30000;55000;1|Newsletter-Ausgabe;Ausg.;20000;38000;f|"
          "Korrektorat;Std.;4000;7000;h|Claim-Workshop;Termin;35000;70000;1",
    "fr": "Textes de la page d'accueil;page;25000;60000;1|Fiches produits;texte;1800;4500;n|"
          "Communiqué de presse;texte;30000;55000;1|Numéro de lettre d'information;n°;"
          "20000;38000;f|Relecture et correction;h;4000;7000;h|Atelier de signature de marque;"
          "séance;35000;70000;1",
    "es": "Textos de la página de inicio;página;25000;60000;1|Descripciones de producto;texto;"
          "1800;4500;n|Nota de prensa;texto;30000;55000;1|Número de boletín;ed.;20000;38000;f|"
          "Corrección de estilo;h;4000;7000;h|Taller de eslogan;sesión;35000;70000;1",
    "it": "Testi home page del sito;pagina;25000;60000;1|Schede prodotto;testo;1800;4500;n|"
          "Comunicato stampa;testo;30000;55000;1|Numero della newsletter;n.;20000;38000;f|"
          "Correzione bozze;ora;4000;7000;h|Workshop sul payoff;sessione;35000;70000;1",
    "nl": "Teksten homepage website;pagina;25000;60000;1|Productomschrijvingen;tekst;1800;4500;n|"
          "Persbericht;tekst;30000;55000;1|Editie nieuwsbrief;ed.;20000;38000;f|Eindredactie;"
          "uur;4000;7000;h|Workshop pay-off;sessie;35000;70000;1",
}  # fmt: skip
_HONEY: Final = {
    "en": "Wildflower honey 454 g jar;jar;550;900;n|Heather honey 340 g jar;jar;800;1300;n|"
          "Cut comb honey;pc;900;1500;f|Beeswax candle, pillar;pc;600;1400;f|Honey mead 50 cl;"
          "btl;1400;2200;f|Propolis tincture 30 ml;btl;900;1600;f|Queen bee, mated;pc;3500;5500;1",
    "de": "Blütenhonig 500 g Glas;Glas;550;900;n|Heidehonig 250 g Glas;Glas;800;1300;n|"
          "Wabenhonig im Rähmchen;Stk;900;1500;f|Bienenwachskerze, Stumpen;Stk;600;1400;f|"
          "Honigwein 0,5 l;Fl.;1400;2200;f|Propolistinktur 30 ml;Fl.;900;1600;f|"
          "Begattete Königin;Stk;3500;5500;1",
    "fr": "Miel toutes fleurs pot 500 g;pot;550;900;n|Miel de bruyère pot 250 g;pot;800;1300;n|"
          "Miel en rayon;u;900;1500;f|Bougie en cire d'abeille;u;600;1400;f|Hydromel 50 cl;bt;"
          "1400;2200;f|Teinture de propolis 30 ml;fl.;900;1600;f|Reine fécondée;u;3500;5500;1",
    "es": "Miel de milflores tarro 500 g;tarro;550;900;n|Miel de brezo tarro 250 g;tarro;"
          "800;1300;n|Panal de miel;ud;900;1500;f|Vela de cera de abeja;ud;600;1400;f|"
          "Hidromiel 50 cl;bot.;1400;2200;f|Tintura de propóleo 30 ml;fco.;900;1600;f|"
          "Reina fecundada;ud;3500;5500;1",
    "it": "Miele millefiori vasetto 500 g;vas.;550;900;n|Miele di castagno vasetto 250 g;vas.;"
          "800;1300;n|Favo di miele;pz;900;1500;f|Candela in cera d'api;pz;600;1400;f|"
          "Idromele 50 cl;bott.;1400;2200;f|Tintura di propoli 30 ml;fl.;900;1600;f|"
          "Ape regina fecondata;pz;3500;5500;1",
    "nl": "Bloemenhoning pot 450 g;pot;550;900;n|Heidehoning pot 250 g;pot;800;1300;n|"
          "Raathoning;st;900;1500;f|Bijenwaskaars, stomp;st;600;1400;f|Mede 50 cl;fles;"
          "1400;2200;f|Propolistinctuur 30 ml;fl.;900;1600;f|Bevruchte koningin;st;3500;5500;1",
}  # fmt: skip
# The consultant's fees (the first three) and the expenses re-billed at cost (the rest).
_CONSULT: Final = {
    "en": "Partner day rate;day;120000;180000;f|Senior consultant day rate;day;80000;110000;n|"
          "Analyst day rate;day;45000;65000;n|Rail fares, London return;trip;9000;24000;1|"
          "Hotel nights at client site;night;11000;19000;f|Mileage, own car;mi;45;60;m|"
          "Workshop room hire;day;30000;60000;1",
    "de": "Tagessatz Partner;Tag;120000;180000;f|Tagessatz Senior Consultant;Tag;80000;110000;n|"
          "Tagessatz Analyst;Tag;45000;65000;n|Bahnfahrt 1. Klasse, hin und zurück;Fahrt;9000;"
          "24000;1|Hotelübernachtungen beim Kunden;Nacht;11000;19000;f|Kilometergeld eigener Pkw;"
          "km;30;40;m|Raummiete Workshop;Tag;30000;60000;1",
    "fr": "Journée associé;jour;120000;180000;f|Journée consultant senior;jour;80000;110000;n|"
          "Journée analyste;jour;45000;65000;n|Billets de train aller-retour;trajet;9000;24000;1|"
          "Nuits d'hôtel sur site client;nuit;11000;19000;f|Indemnités kilométriques;km;60;75;m|"
          "Location de salle de séminaire;jour;30000;60000;1",
    "es": "Jornada de socio;día;120000;180000;f|Jornada de consultor sénior;día;80000;110000;n|"
          "Jornada de analista;día;45000;65000;n|Billetes de AVE ida y vuelta;viaje;9000;24000;1|"
          "Noches de hotel en cliente;noche;11000;19000;f|Kilometraje vehículo propio;km;25;30;m|"
          "Alquiler de sala de talleres;día;30000;60000;1",
    "it": "Giornata partner;gg;120000;180000;f|Giornata consulente senior;gg;80000;110000;n|"
          "Giornata analista;gg;45000;65000;n|Biglietti Frecciarossa andata e ritorno;viaggio;"
          "9000;24000;1|Pernottamenti presso il cliente;notte;11000;19000;f|Rimborso chilometrico;"
          "km;30;45;m|Noleggio sala workshop;gg;30000;60000;1",
    "nl": "Dagtarief partner;dag;120000;180000;f|Dagtarief senior adviseur;dag;80000;110000;n|"
          "Dagtarief analist;dag;45000;65000;n|Treinkaartjes retour;rit;9000;24000;1|"
          "Hotelnachten bij klant;nacht;11000;19000;f|Kilometervergoeding eigen auto;km;23;30;m|"
          "Zaalhuur workshop;dag;30000;60000;1",
}  # fmt: skip
FEES: Final = 3  # the first three consultancy items are fees
_LOCKS: Final = {
    "en": "Emergency call-out, out of hours;visit;9000;16000;1|Cylinder lock, anti-snap;pc;"
          "3500;9000;f|Labour;hr;5500;8500;h|Door closer fitted;pc;12000;22000;1|Key cut, "
          "security profile;pc;800;2500;n|Safe opening;job;15000;30000;1|Window lock;pc;1200;"
          "2600;n",
    "de": "Notdienst außerhalb der Geschäftszeit;Einsatz;9000;16000;1|Profilzylinder mit "
          "Ziehschutz;Stk;3500;9000;f|Arbeitszeit Monteur;Std.;5500;8500;h|Türschließer montiert;"
          "Stk;12000;22000;1|Sicherheitsschlüssel nachgefertigt;Stk;800;2500;n|Tresoröffnung;"
          "Auftr.;15000;30000;1|Fensterschloss;Stk;1200;2600;n",
    "fr": "Intervention d'urgence hors horaires;dépl.;9000;16000;1|Cylindre anti-casse;u;"
          "3500;9000;f|Main-d'œuvre serrurier;h;5500;8500;h|Ferme-porte posé;u;12000;22000;1|"
          "Reproduction de clé sécurisée;u;800;2500;n|Ouverture de coffre-fort;forfait;15000;"
          "30000;1|Verrou de fenêtre;u;1200;2600;n",
    "es": "Servicio urgente fuera de horario;salida;9000;16000;1|Bombín antibumping;ud;3500;"
          "9000;f|Mano de obra cerrajero;h;5500;8500;h|Cierrapuertas instalado;ud;12000;22000;1|"
          "Copia de llave de seguridad;ud;800;2500;n|Apertura de caja fuerte;trabajo;15000;"
          "30000;1|Cerradura de ventana;ud;1200;2600;n",
    "it": "Pronto intervento fuori orario;uscita;9000;16000;1|Cilindro antiscasso;pz;3500;9000;f|"
          "Manodopera fabbro;ora;5500;8500;h|Chiudiporta installato;pz;12000;22000;1|Duplicato "
          "chiave di sicurezza;pz;800;2500;n|Apertura cassaforte;lavoro;15000;30000;1|"
          "Serratura per finestra;pz;1200;2600;n",
    "nl": "Spoedservice buiten kantooruren;bezoek;9000;16000;1|Anti-kerntrekcilinder;st;3500;"
          "9000;f|Arbeidsloon slotenmaker;uur;5500;8500;h|Deurdranger gemonteerd;st;12000;22000;1|"
          "Veiligheidssleutel bijgemaakt;st;800;2500;n|Kluis openen;klus;15000;30000;1|"
          "Raamslot;st;1200;2600;n",
}  # fmt: skip
_OFFICE: Final = {
    "en": "Copier paper A4 80 g, box of 5 reams;box;2200;3400;n|Ring binder A4, 50 mm;pc;250;"
          "480;b|Ballpoint pens, blue, pack of 50;pk;900;1600;n|Toner cartridge, high-yield "
          "black;pc;6500;12000;f|Sticky notes 76 x 76;pk;350;700;n|Archive boxes;pc;180;350;b|"
          "Desk lamp LED;pc;3500;7000;f|Whiteboard markers, set of 4;set;450;900;n|"
          "Envelopes C4 with window;box;1800;3200;f|Laminating pouches A4;pk;900;1800;f",
    "de": "Kopierpapier A4 80 g, Karton mit 5 Pack;Ktn;2200;3400;n|Ordner A4, 50 mm;Stk;250;"
          "480;b|Kugelschreiber blau, 50er Pack;Pck;900;1600;n|Tonerkartusche schwarz;Stk;6500;"
          "12000;f|Haftnotizen 76 x 76;Pck;350;700;n|Archivschachteln;Stk;180;350;b|"
          "LED-Schreibtischleuchte;Stk;3500;7000;f|Whiteboardmarker, 4er Set;Set;450;900;n|"
          "Versandtaschen C4 mit Fenster;Ktn;1800;3200;f|Laminierfolien A4;Pck;900;1800;f",
    "fr": "Ramettes A4 80 g, carton de 5;ctn;2200;3400;n|Classeur à levier A4, 50 mm;u;250;480;b|"
          "Stylos gel noirs, boîte de 20;bte;900;1600;n|Cartouche de toner noir;u;6500;12000;f|"
          "Notes repositionnables 76 x 76;paq.;350;700;n|Boîtes d'archives;u;180;350;b|"
          "Lampe de bureau LED;u;3500;7000;f|Marqueurs tableau blanc, lot de 4;lot;450;900;n|"
          "Pochettes C4 à fenêtre;bte;1800;3200;f|Pochettes de plastification A4;paq.;900;1800;f",
    "es": "Papel de copia A4 80 g, caja de 5 paquetes;caja;2200;3400;n|Archivador A4, lomo "
          "50 mm;ud;250;480;b|Bolígrafos azules, caja de 50;caja;900;1600;n|Cartucho de tóner "
          "negro;ud;6500;12000;f|Notas adhesivas 76 x 76;paq.;350;700;n|Cajas de archivo;ud;180;"
          "350;b|Lámpara de escritorio LED;ud;3500;7000;f|Rotuladores de pizarra, 4 uds;set;450;"
          "900;n|Sobres C4 con ventana;caja;1800;3200;f|Fundas de plastificar A4;paq.;900;1800;f",
    "it": "Carta per fotocopie A4 80 g, scatola da 5 risme;sc.;2200;3400;n|Raccoglitore A4, "
          "dorso 50 mm;pz;250;480;b|Penne a sfera blu, conf. da 50;conf.;900;1600;n|Cartuccia "
          "toner nero;pz;6500;12000;f|Foglietti adesivi 76 x 76;conf.;350;700;n|Scatole "
          "archivio;pz;180;350;b|Lampada da scrivania LED;pz;3500;7000;f|Pennarelli per lavagna, "
          "set da 4;set;450;900;n|Buste C4 con finestra;sc.;1800;3200;f|Pouches per "
          "plastificatrice A4;conf.;900;1800;f",
    "nl": "Kopieerpapier A4 80 g, doos met 5 pakken;doos;2200;3400;n|Ordner A4, rug 50 mm;st;250;"
          "480;b|Gelpennen zwart, doos van 20;doos;900;1600;n|Tonercartridge zwart;st;6500;"
          "12000;f|Memoblokjes 76 x 76;pak;350;700;n|Archiefdozen;st;180;350;b|"
          "Bureaulamp led;st;3500;7000;f|Whiteboardmarkers, set van 4;set;450;900;n|"
          "Enveloppen C4 met venster;doos;1800;3200;f|Lamineerhoezen A4;pak;900;1800;f",
}  # fmt: skip
# The electrician's materials: "name;unit;low;high;kind" with the sizes it comes in ("/").
_WIRING: Final = {
    "en": ("Twin and earth cable;m;60;220;m;1.5 mm²/2.5 mm²/4 mm²/6 mm²|Flush socket outlet, "
           "double;pc;450;1100;n;white/brushed steel/black nickel/polished brass|Circuit "
           "breaker MCB;pc;600;1400;n;6 A/16 A/20 A/32 A|Conduit, PVC;m;90;260;m;16 mm/20 mm/"
           "25 mm/32 mm|Electrician's labour;hr;4500;6500;h;installer/supervisor/apprentice/"
           "tester"),
    "de": ("Mantelleitung NYM-J;m;60;220;m;3 x 1,5 mm²/3 x 2,5 mm²/5 x 2,5 mm²/5 x 6 mm²|"
           "Schuko-Steckdose Unterputz;Stk;450;1100;n;reinweiß/Edelstahl/anthrazit/aluminium|"
           "Leitungsschutzschalter;Stk;600;1400;n;B10/B16/C16/B32|Installationsrohr;m;90;260;m;"
           "M16/M20/M25/M32|Monteurstunden;Std.;4500;6500;h;Elektriker/Meister/Helfer/Prüfer"),
    "fr": ("Câble R2V;m;60;220;m;3G1,5/3G2,5/3G6/5G10|Prise de courant encastrée;u;450;1100;n;"
           "blanc/alu/anthracite/inox|Disjoncteur divisionnaire;u;600;1400;n;10 A/16 A/20 A/32 A|"
           "Gaine ICTA;m;90;260;m;16 mm/20 mm/25 mm/32 mm|Main-d'œuvre électricien;h;4500;6500;h;"
           "ouvrier/chef d'équipe/apprenti/contrôleur"),
    "es": ("Cable RZ1-K;m;60;220;m;3G1,5/3G2,5/3G6/5G10|Base de enchufe empotrada;ud;450;1100;n;"
           "blanco/aluminio/antracita/acero|Interruptor magnetotérmico;ud;600;1400;n;"
           "10 A/16 A/20 A/32 A|Tubo corrugado;m;90;260;m;16 mm/20 mm/25 mm/32 mm|Mano de obra "
           "electricista;h;4500;6500;h;oficial/encargado/ayudante/verificador"),
    "it": ("Cavo FG16OR16;m;60;220;m;3G1,5/3G2,5/3G6/5G10|Presa Schuko da incasso;pz;450;1100;n;"
           "bianca/alluminio/antracite/acciaio|Interruttore magnetotermico;pz;600;1400;n;"
           "C10/C16/C20/C32|Tubo corrugato;m;90;260;m;16 mm/20 mm/25 mm/32 mm|Manodopera "
           "elettricista;ora;4500;6500;h;operaio/capocantiere/apprendista/collaudatore"),
    "nl": ("Installatiekabel XMvK;m;60;220;m;3 x 1,5 mm²/3 x 2,5 mm²/5 x 2,5 mm²/5 x 6 mm²|"
           "Inbouwwandcontactdoos;st;450;1100;n;wit/aluminium/antraciet/rvs|Installatieautomaat;"
           "st;600;1400;n;B10/B16/C16/B32|Installatiebuis;m;90;260;m;16 mm/19 mm/25 mm/32 mm|"
           "Arbeidsloon monteur;uur;4500;6500;h;monteur/werkvoorbereider/leerling/keurmeester"),
}  # fmt: skip

DESIGN: Final = {lang: _items(text) for lang, text in _DESIGN.items()}
COPY: Final = {lang: _items(text) for lang, text in _COPY.items()}
HONEY: Final = {lang: _items(text) for lang, text in _HONEY.items()}
CONSULT: Final = {lang: _items(text) for lang, text in _CONSULT.items()}
LOCKS: Final = {lang: _items(text) for lang, text in _LOCKS.items()}
OFFICE: Final = {lang: _items(text) for lang, text in _OFFICE.items()}


def _wiring(text: str) -> tuple[Item, ...]:
    """Every material in every size, as "material, size"."""
    found = []
    for entry in text.split("|"):
        name, unit, low, high, kind, sizes = entry.split(";")
        found += [Item(f"{name}, {size}", unit, int(low), int(high), kind)
                  for size in sizes.split("/")]  # fmt: skip
    return tuple(found)


WIRING: Final = {lang: _wiring(text) for lang, text in _WIRING.items()}
