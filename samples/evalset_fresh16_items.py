"""What the layouts of the sixteenth fresh evaluation slice (`evalset_fresh16.py`) bill, per
language: a dairy's products on its delivery round (billed week by week), a pest controller's
visits and treatments, an alarm company's quarterly monitoring, a recording studio's sessions, a
tailor's alterations, a livery yard's month (per horse) and a tyre garage's tyres and fitting.
Items are "description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`).
None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_DAIRY: Final = {
    "en": "Whole milk, glass pint;pt;85;120;n|Semi-skimmed milk, glass pint;pt;80;115;n|"
          "Free-range eggs, half dozen;box;210;290;f|Farmhouse butter, 250 g;pack;260;340;f|"
          "Orange juice, litre carton;ctn;180;240;f",
    "de": "Vollmilch in der Pfandflasche, 1 l;Fl.;119;159;n|Fettarme Milch in der Pfandflasche;"
          "Fl.;109;149;n|Eier aus Freilandhaltung, 6er;Sch.;229;299;f|Süßrahmbutter vom Hof, "
          "250 g;Stk;249;329;f|Naturjoghurt im Glas, 500 g;Gl.;189;249;f",
    "fr": "Lait entier en bouteille consignée;bout.;125;165;n|Lait demi-écrémé en bouteille;"
          "bout.;115;155;n|Œufs plein air, boîte de six;boîte;239;309;f|Beurre de baratte, "
          "250 g;plq;269;349;f|Fromage blanc fermier, 500 g;pot;199;259;f",
    "es": "Leche entera en botella retornable;bot.;105;145;n|Leche semidesnatada en botella;"
          "bot.;99;139;n|Huevos camperos, media docena;estuche;219;289;f|Mantequilla de "
          "granja, 250 g;pastilla;259;339;f|Cuajada artesana, pack de 4;pack;209;279;f",
    "it": "Latte intero in bottiglia a rendere;bott.;115;155;n|Latte parzialmente scremato in "
          "bottiglia;bott.;109;149;n|Uova da galline all'aperto, confezione da 6;conf.;"
          "229;299;f|Burro di centrifuga, 250 g;panetto;259;339;f|Ricotta fresca, 250 g;vasch.;"
          "189;249;f",
    "nl": "Volle melk in statiegeldfles, 1 l;fles;109;149;n|Halfvolle melk in statiegeldfles;"
          "fles;99;139;n|Scharreleieren, doosje van zes;doos;219;289;f|Boerenroomboter, 250 g;"
          "pakje;249;329;f|Boerenkarnemelk, 1 l;fles;129;169;f",
}  # fmt: skip
# How a dairy line names the week of the month it delivered in.
WEEK: Final = {"en": "{item}, week {w}", "de": "{item}, Woche {w}", "fr": "{item}, semaine {w}",
               "es": "{item}, semana {w}", "it": "{item}, settimana {w}",
               "nl": "{item}, week {w}"}  # fmt: skip
_PEST: Final = {
    "en": "Rodent bait stations serviced;stn;650;1100;n|Insect monitoring traps replaced;trap;"
          "300;520;n|Wasp nest treatment, eaves;nest;5500;8500;1|Cockroach gel treatment, "
          "kitchen;visit;9000;14000;1|Bird netting fitted over loading bay;m²;1400;2200;d|"
          "Follow-up inspection after treatment;visit;4500;6500;1|Proofing of pipe entry "
          "points;hr;4200;5800;h",
    "de": "Köderstationen Nager kontrolliert;Stat.;650;1100;n|Insektenmonitore erneuert;Falle;"
          "300;520;n|Wespennest beseitigt, Dachkasten;Nest;5500;8500;1|Schabenbekämpfung mit Gel, "
          "Küche;Einsatz;9000;14000;1|Taubenabwehrnetz über Laderampe;m²;1400;2200;d|"
          "Nachkontrolle nach Behandlung;Einsatz;4500;6500;1|Abdichtung von "
          "Rohrdurchführungen;Std.;4200;5800;h",
    "fr": "Postes d'appâtage rongeurs contrôlés;poste;650;1100;n|Pièges de surveillance "
          "insectes remplacés;piège;300;520;n|Destruction de nid de guêpes, avant-toit;nid;"
          "5500;8500;1|Traitement blattes au gel, cuisine;passage;9000;14000;1|Filet "
          "anti-pigeons sur quai de chargement;m²;1400;2200;d|Contrôle après traitement;"
          "passage;4500;6500;1|Colmatage des passages de canalisations;h;4200;5800;h",
    "es": "Portacebos de roedores revisados;est.;650;1100;n|Trampas de monitoreo de insectos "
          "repuestas;trampa;300;520;n|Retirada de avispero, alero;nido;5500;8500;1|Tratamiento "
          "de cucarachas con gel, cocina;visita;9000;14000;1|Red antipalomas en muelle de carga;"
          "m²;1400;2200;d|Revisión posterior al tratamiento;visita;4500;6500;1|Sellado de "
          "pasos de tuberías;h;4200;5800;h",
    "it": "Erogatori esca per roditori controllati;post.;650;1100;n|Trappole di monitoraggio "
          "insetti sostituite;tr.;300;520;n|Rimozione nido di vespe, gronda;nido;5500;8500;1|"
          "Disinfestazione blatte con gel, cucina;int.;9000;14000;1|Rete antipiccione sulla "
          "baia di carico;m²;1400;2200;d|Sopralluogo di verifica post-trattamento;int.;"
          "4500;6500;1|Sigillatura passaggi tubazioni;ora;4200;5800;h",
    "nl": "Lokdozen knaagdieren gecontroleerd;box;650;1100;n|Insectenmonitors vervangen;val;"
          "300;520;n|Wespennest verwijderd, dakgoot;nest;5500;8500;1|Kakkerlakkenbestrijding "
          "met gel, keuken;bezoek;9000;14000;1|Duivennet boven laaddock;m²;1400;2200;d|"
          "Nacontrole na behandeling;bezoek;4500;6500;1|Dichten van leidingdoorvoeren;uur;"
          "4200;5800;h",
}  # fmt: skip
_ALARM: Final = {
    "en": "Central station monitoring, one quarter;qtr;16000;24000;1|Dual-path signalling "
          "SIM, quarterly;qtr;3500;5500;1|Keyholder alarm response call-out;call;6500;9500;f|"
          "Maintenance visit, quarter share;qtr;5000;7500;1|Lone-worker pendant monitoring;"
          "device;900;1500;n|Detector battery pack replaced;pack;1200;1900;n",
    "de": "Aufschaltung Notruf- und Serviceleitstelle, Quartal;Quartal;16000;24000;1|"
          "Doppelte Übertragung per SIM, Quartal;Quartal;3500;5500;1|Alarmverfolgung durch "
          "Interventionskraft;Einsatz;6500;9500;f|Wartung nach DIN VDE 0833, Quartalsanteil;"
          "Quartal;5000;7500;1|Personennotsignal-Empfang;Gerät;900;1500;n|Melderbatterie "
          "getauscht;Satz;1200;1900;n",
    "fr": "Télésurveillance par centre agréé, trimestre;trim.;16000;24000;1|Double "
          "transmission SIM, trimestre;trim.;3500;5500;1|Intervention sur alarme, agent "
          "mobile;interv.;6500;9500;f|Maintenance préventive, quote-part trimestrielle;trim.;"
          "5000;7500;1|Suivi du dispositif travailleur isolé;app.;900;1500;n|Bloc de piles "
          "détecteur remplacé;bloc;1200;1900;n",
    "es": "Conexión a central receptora de alarmas, trimestre;trim.;16000;24000;1|Doble vía "
          "de comunicación SIM, trimestre;trim.;3500;5500;1|Acuda de vigilante ante alarma;"
          "aviso;6500;9500;f|Mantenimiento preventivo, parte trimestral;trim.;5000;7500;1|"
          "Seguimiento de pulsador de trabajador aislado;equipo;900;1500;n|Pack de pilas de "
          "detector sustituido;pack;1200;1900;n",
    "it": "Collegamento alla centrale operativa, trimestre;trim.;16000;24000;1|Doppia via di "
          "comunicazione SIM, trimestre;trim.;3500;5500;1|Intervento guardia su allarme;"
          "interv.;6500;9500;f|Manutenzione programmata, quota trimestrale;trim.;5000;7500;1|"
          "Monitoraggio dispositivo uomo a terra;disp.;900;1500;n|Pacco batterie rilevatore "
          "sostituito;pacco;1200;1900;n",
    "nl": "Doormelding naar particuliere alarmcentrale, kwartaal;kwart.;16000;24000;1|"
          "Dubbele transmissie via simkaart, kwartaal;kwart.;3500;5500;1|Alarmopvolging door "
          "surveillant;uitruk;6500;9500;f|Onderhoudsbeurt, kwartaaldeel;kwart.;5000;7500;1|"
          "Bewaking persoonsalarmzender;zender;900;1500;n|Batterijset melder vervangen;set;"
          "1200;1900;n",
}  # fmt: skip
_STUDIO: Final = {
    "en": "Tracking session, live room A;hr;5500;8500;h|Vocal overdubs, booth 2;hr;3800;5200;h|"
          "Mixing, per song;song;18000;26000;f|Mastering for streaming, per track;track;"
          "6000;9000;n|Backline hire, drum kit;day;4500;7000;1|Session engineer overtime;hr;"
          "4000;5500;h|Stems bounced and archived;set;3500;5500;1",
    "de": "Aufnahme-Session, Aufnahmeraum A;Std.;5500;8500;h|Gesangs-Overdubs, Kabine 2;Std.;"
          "3800;5200;h|Mischung je Titel;Titel;18000;26000;f|Mastering für Streaming je Track;"
          "Track;6000;9000;n|Backline-Miete Schlagzeug;Tag;4500;7000;1|Überstunden "
          "Tontechnik;Std.;4000;5500;h|Stems ausgespielt und archiviert;Satz;3500;5500;1",
    "fr": "Session de prise, salle live A;h;5500;8500;h|Re-re voix, cabine 2;h;3800;5200;h|"
          "Mixage par titre;titre;18000;26000;f|Mastering streaming par piste;piste;6000;9000;n|"
          "Location backline batterie;jour;4500;7000;1|Heures sup. ingénieur du son;h;"
          "4000;5500;h|Export et archivage des stems;lot;3500;5500;1",
    "es": "Sesión de grabación, sala A;h;5500;8500;h|Doblaje de voces, cabina 2;h;3800;5200;h|"
          "Mezcla por canción;canción;18000;26000;f|Masterización para streaming por pista;"
          "pista;6000;9000;n|Alquiler de backline, batería;día;4500;7000;1|Horas extra del "
          "técnico de sonido;h;4000;5500;h|Exportación y archivo de stems;lote;3500;5500;1",
    "it": "Sessione di ripresa, sala A;ora;5500;8500;h|Sovraincisioni voce, cabina 2;ora;"
          "3800;5200;h|Missaggio per brano;brano;18000;26000;f|Mastering per streaming, a "
          "traccia;traccia;6000;9000;n|Noleggio backline batteria;giorno;4500;7000;1|"
          "Straordinario fonico;ora;4000;5500;h|Esportazione e archivio stems;set;3500;5500;1",
    "nl": "Opnamesessie, liveruimte A;uur;5500;8500;h|Zangopnames, cabine 2;uur;3800;5200;h|"
          "Mix per nummer;nummer;18000;26000;f|Mastering voor streaming per track;track;"
          "6000;9000;n|Huur backline drumstel;dag;4500;7000;1|Overuren geluidstechnicus;uur;"
          "4000;5500;h|Stems geëxporteerd en gearchiveerd;set;3500;5500;1",
}  # fmt: skip
_TAILOR: Final = {
    "en": "Trousers, hems shortened;pair;1400;2200;f|Jacket sleeves shortened from cuff;jkt;"
          "3200;4800;1|Dress taken in at the waist;pc;3800;5600;1|Coat zip replaced;pc;"
          "2600;3800;1|Suit steam pressed;suit;1500;2200;f|Shirt collar turned;pc;1800;2600;n|"
          "Bridal gown bustle added;pc;7500;11000;1",
    "de": "Hosen gekürzt, Saum neu;Paar;1400;2200;f|Sakkoärmel gekürzt vom Ärmelende;Stk;"
          "3200;4800;1|Kleid in der Taille enger gemacht;Stk;3800;5600;1|Reißverschluss Mantel "
          "ersetzt;Stk;2600;3800;1|Anzug dampfgebügelt;Anzug;1500;2200;f|Hemdkragen gewendet;"
          "Stk;1800;2600;n|Brautkleid mit Schleppenraffung;Stk;7500;11000;1",
    "fr": "Pantalons, ourlets raccourcis;paire;1400;2200;f|Manches de veste raccourcies par le "
          "bas;u;3200;4800;1|Robe reprise à la taille;u;3800;5600;1|Fermeture éclair de manteau "
          "remplacée;u;2600;3800;1|Costume repassé vapeur;cost.;1500;2200;f|Col de chemise "
          "retourné;u;1800;2600;n|Robe de mariée, relève de traîne;u;7500;11000;1",
    "es": "Pantalones, bajos acortados;par;1400;2200;f|Mangas de americana acortadas;ud;"
          "3200;4800;1|Vestido entallado en cintura;ud;3800;5600;1|Cremallera de abrigo "
          "cambiada;ud;2600;3800;1|Traje planchado a vapor;traje;1500;2200;f|Cuello de camisa "
          "volteado;ud;1800;2600;n|Vestido de novia, recogido de cola;ud;7500;11000;1",
    "it": "Pantaloni, orli accorciati;paio;1400;2200;f|Maniche giacca accorciate dal fondo;pz;"
          "3200;4800;1|Abito stretto in vita;pz;3800;5600;1|Cerniera cappotto sostituita;pz;"
          "2600;3800;1|Abito stirato a vapore;abito;1500;2200;f|Collo camicia rivoltato;pz;"
          "1800;2600;n|Abito da sposa, drappeggio strascico;pz;7500;11000;1",
    "nl": "Pantalons, zomen ingekort;paar;1400;2200;f|Colbertmouwen ingekort aan de manchet;st;"
          "3200;4800;1|Jurk ingenomen in de taille;st;3800;5600;1|Rits in jas vervangen;st;"
          "2600;3800;1|Kostuum stoomgeperst;kost.;1500;2200;f|Overhemdkraag gekeerd;st;"
          "1800;2600;n|Bruidsjurk, sleep opgenomen;st;7500;11000;1",
}  # fmt: skip
# The livery yard's services, each billed for one horse ("{item}, {horse}" on the invoice).
_LIVERY: Final = {
    "en": "Full livery, calendar month;month;42000;58000;1|Extra haylage, per bale;bale;"
          "900;1400;n|Turnout and bring-in;day;600;900;n|Farrier visit, front shoes;visit;"
          "5500;7500;1|Clipping, full clip;clip;4500;6500;1|Worming programme dose;dose;"
          "1100;1600;1",
    "de": "Vollpension Pferd, Kalendermonat;Monat;42000;58000;1|Zusätzliche Heulage je Ballen;"
          "Ballen;900;1400;n|Koppelgang mit Hereinholen;Tag;600;900;n|Hufschmied, Eisen "
          "vorne;Termin;5500;7500;1|Scheren, Ganzschur;Schur;4500;6500;1|Wurmkur nach Plan;"
          "Dosis;1100;1600;1",
    "fr": "Pension complète, mois calendaire;mois;42000;58000;1|Enrubanné supplémentaire, par "
          "balle;balle;900;1400;n|Sortie au paddock et rentrée;jour;600;900;n|Maréchal-ferrant, "
          "fers antérieurs;visite;5500;7500;1|Tonte intégrale;tonte;4500;6500;1|Vermifuge selon "
          "protocole;dose;1100;1600;1",
    "es": "Pupilaje completo, mes natural;mes;42000;58000;1|Henolaje adicional por paca;paca;"
          "900;1400;n|Salida a paddock y recogida;día;600;900;n|Herrador, herraduras delanteras;"
          "visita;5500;7500;1|Esquilado completo;esquilado;4500;6500;1|Desparasitación según "
          "plan;dosis;1100;1600;1",
    "it": "Pensione completa, mese solare;mese;42000;58000;1|Fasciato extra, a balla;balla;"
          "900;1400;n|Uscita in paddock e rientro;giorno;600;900;n|Maniscalco, ferri "
          "anteriori;visita;5500;7500;1|Tosatura completa;tosatura;4500;6500;1|Sverminazione "
          "da programma;dose;1100;1600;1",
    "nl": "Volpension, kalendermaand;maand;42000;58000;1|Extra kuilgras per baal;baal;"
          "900;1400;n|Weidegang en binnenhalen;dag;600;900;n|Hoefsmid, voorijzers;bezoek;"
          "5500;7500;1|Scheren, volledig;beurt;4500;6500;1|Ontwormingskuur volgens schema;dosis;"
          "1100;1600;1",
}  # fmt: skip
_TYRES: Final = {
    "en": "Tyre 205/55 R16 91V, summer;tyre;7800;11500;f|Tyre 225/45 R17 94W XL, all-season;"
          "tyre;10500;14500;f|Fitting and balancing, per wheel;wheel;1400;2200;f|TPMS valve "
          "service kit;valve;450;800;f|Four-wheel alignment check;car;4500;6500;1|Old tyre "
          "disposal;tyre;250;400;f|Seasonal wheel storage, one set;set;3500;5500;1",
    "de": "Reifen 205/55 R16 91V, Sommer;Stk;7800;11500;f|Reifen 225/45 R17 94W XL, "
          "Ganzjahr;Stk;10500;14500;f|Montage und Auswuchten je Rad;Rad;1400;2200;f|RDKS-"
          "Ventil-Servicekit;Stk;450;800;f|Achsvermessung vierrädrig;Fzg.;4500;6500;1|"
          "Altreifenentsorgung;Stk;250;400;f|Räder einlagern, ein Satz;Satz;3500;5500;1",
    "fr": "Pneu 205/55 R16 91V, été;pneu;7800;11500;f|Pneu 225/45 R17 94W XL, quatre "
          "saisons;pneu;10500;14500;f|Montage et équilibrage par roue;roue;1400;2200;f|Kit "
          "valve TPMS;valve;450;800;f|Contrôle de géométrie quatre roues;véh.;4500;6500;1|"
          "Recyclage pneu usagé;pneu;250;400;f|Gardiennage de roues, un jeu;jeu;3500;5500;1",
    "es": "Neumático 205/55 R16 91V, verano;ud;7800;11500;f|Neumático 225/45 R17 94W XL, "
          "todo tiempo;ud;10500;14500;f|Montaje y equilibrado por rueda;rueda;1400;2200;f|Kit "
          "de válvula TPMS;ud;450;800;f|Alineación de cuatro ruedas;veh.;4500;6500;1|"
          "Gestión de neumático usado;ud;250;400;f|Guarda de ruedas, un juego;juego;"
          "3500;5500;1",
    "it": "Pneumatico 205/55 R16 91V, estivo;pz;7800;11500;f|Pneumatico 225/45 R17 94W XL, "
          "quattro stagioni;pz;10500;14500;f|Montaggio ed equilibratura a ruota;ruota;"
          "1400;2200;f|Kit valvola TPMS;pz;450;800;f|Convergenza quattro ruote;veic.;"
          "4500;6500;1|Contributo smaltimento PFU;pz;250;400;f|Deposito stagionale ruote, un "
          "treno;treno;3500;5500;1",
    "nl": "Band 205/55 R16 91V, zomer;st;7800;11500;f|Band 225/45 R17 94W XL, all-season;st;"
          "10500;14500;f|Monteren en balanceren per wiel;wiel;1400;2200;f|TPMS-ventielset;st;"
          "450;800;f|Uitlijnen vier wielen;auto;4500;6500;1|Afvoer oude band;st;250;400;f|"
          "Bandenhotel, één set;set;3500;5500;1",
}  # fmt: skip

DAIRY: Final = {lang: _items(text) for lang, text in _DAIRY.items()}
PEST: Final = {lang: _items(text) for lang, text in _PEST.items()}
ALARM: Final = {lang: _items(text) for lang, text in _ALARM.items()}
STUDIO: Final = {lang: _items(text) for lang, text in _STUDIO.items()}
TAILOR: Final = {lang: _items(text) for lang, text in _TAILOR.items()}
LIVERY: Final = {lang: _items(text) for lang, text in _LIVERY.items()}
TYRES: Final = {lang: _items(text) for lang, text in _TYRES.items()}
