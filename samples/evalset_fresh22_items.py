"""What the layouts of the twenty-second fresh evaluation slice (`evalset_fresh22.py`) bill, per
language: a tree surgeon's tree work, a roofer's materials and labour, a taxidermist's mounts, a
borehole driller's drilling and pump work, a fencing contractor's runs of fence, a court
reporting service's transcripts and attendance, and a ceramics studio's tableware per glaze.
Items are "description;unit;low;high;kind" as in the tenth slice (`evalset_fresh10_items.Item`).
None of the lists is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from evalset_fresh10_items import _items

_TREES: Final = {
    "en": "Fell and section oak, chip brash;tree;38000;62000;1|Crown reduction by 25%;tree;"
          "22000;36000;1|Crown lift to 5.2 m over footpath;tree;9500;16000;1|Remove deadwood "
          "over 25 mm;tree;12000;19000;1|Grind stump below ground level;stump;6500;11000;1|"
          "Pollard lime to previous points;tree;14000;21000;1|Install dynamic crown brace;tree;"
          "17000;26000;1",
    "de": "Baum fällen und zerlegen, Reisig häckseln;Baum;38000;62000;1|Kronenrückschnitt um "
          "25 %;Baum;22000;36000;1|Lichtraumprofil auf 4,5 m herstellen;Baum;9500;16000;1|"
          "Totholz über 3 cm entfernen;Baum;12000;19000;1|Wurzelstock ausfräsen;Stock;6500;"
          "11000;1|Kopfweide auf alte Köpfe schneiden;Baum;14000;21000;1|Dynamische "
          "Kronensicherung einbauen;Baum;17000;26000;1",
    "fr": "Abattage par démontage et broyage des rémanents;arbre;38000;62000;1|Réduction de "
          "couronne de 25 %;arbre;22000;36000;1|Relevé de couronne à 4,5 m;arbre;9500;16000;"
          "1|Suppression du bois mort;arbre;12000;19000;1|Rognage de souche;souche;6500;11000;"
          "1|Taille en têtard sur anciennes coupes;arbre;14000;21000;1|Pose d'un haubanage "
          "dynamique;arbre;17000;26000;1",
    "es": "Apeo por desmontaje y triturado de restos;árbol;38000;62000;1|Reducción de copa "
          "del 25 %;árbol;22000;36000;1|Elevación de copa a 4,5 m;árbol;9500;16000;1|"
          "Eliminación de madera muerta;árbol;12000;19000;1|Destoconado con fresadora;tocón;"
          "6500;11000;1|Desmoche sobre cortes anteriores;árbol;14000;21000;1|Instalación de "
          "anclaje dinámico en copa;árbol;17000;26000;1",
    "it": "Abbattimento controllato e cippatura ramaglie;albero;38000;62000;1|Riduzione "
          "della chioma del 25%;albero;22000;36000;1|Rialzo della chioma a 4,5 m;albero;9500;"
          "16000;1|Rimozione del secco;albero;12000;19000;1|Fresatura ceppaia;ceppaia;6500;"
          "11000;1|Capitozzatura sui tagli precedenti;albero;14000;21000;1|Consolidamento "
          "dinamico della chioma;albero;17000;26000;1",
    "nl": "Boom vellen in delen, takken versnipperen;boom;38000;62000;1|Kroonreductie van "
          "25%;boom;22000;36000;1|Kroon opkronen tot 4,5 m;boom;9500;16000;1|Dood hout "
          "verwijderen;boom;12000;19000;1|Stobbe frezen;stobbe;6500;11000;1|Knotten op oude "
          "knoppen;boom;14000;21000;1|Dynamische kroonverankering plaatsen;boom;17000;26000;1",
}  # fmt: skip
# Roofing: materials (kinds d, f) and labour (kind h: the roofer's and the labourer's hours).
_ROOF: Final = {
    "en": "Natural slate 500 x 250, fixed with copper nails;m²;5200;7800;d|Breathable "
          "underlay and treated battens;m²;1100;1800;d|Code 4 lead flashing;m;2600;3900;d|"
          "Dry ridge system;m;3400;4800;d|Scaffold tower hire;wk;9000;14000;f|Roofer;hr;"
          "3600;4800;h|Roofer's labourer;hr;2200;3000;h",
    "de": "Naturschiefer 30 x 20 in Altdeutscher Deckung;m²;5200;7800;d|Unterdeckbahn und "
          "Lattung imprägniert;m²;1100;1800;d|Walzblei-Anschluss 2,0 mm;m;2600;3900;d|"
          "Trockenfirst mit Lüfterband;m;3400;4800;d|Dachfanggerüst;Wo.;9000;14000;f|"
          "Dachdeckergeselle;Std.;3600;4800;h|Helfer Dachdeckerei;Std.;2200;3000;h",
    "fr": "Ardoise naturelle 32 x 22 au crochet;m²;5200;7800;d|Écran sous-toiture et "
          "liteaunage traité;m²;1100;1800;d|Bande de solin en plomb;ml;2600;3900;d|Faîtage "
          "à sec ventilé;ml;3400;4800;d|Échafaudage de pied;sem.;9000;14000;f|Couvreur "
          "qualifié;h;3600;4800;h|Manœuvre couvreur;h;2200;3000;h",
    "es": "Pizarra natural 32 x 22 con gancho;m²;5200;7800;d|Lámina impermeable y rastrelado "
          "tratado;m²;1100;1800;d|Babero de plomo en encuentros;ml;2600;3900;d|Cumbrera en "
          "seco ventilada;ml;3400;4800;d|Andamio perimetral;sem.;9000;14000;f|Oficial "
          "tejador;h;3600;4800;h|Peón de cubiertas;h;2200;3000;h",
    "it": "Coppi di recupero posati a secco;m²;5200;7800;d|Guaina traspirante e listellatura "
          "trattata;m²;1100;1800;d|Scossalina in piombo;ml;2600;3900;d|Colmo ventilato a "
          "secco;ml;3400;4800;d|Ponteggio di facciata;sett.;9000;14000;f|Copritetto "
          "specializzato;ora;3600;4800;h|Manovale copertura;ora;2200;3000;h",
    "nl": "Natuurleien 40 x 25 op haken;m²;5200;7800;d|Dampopen folie en tengels "
          "geïmpregneerd;m²;1100;1800;d|Loodslabben aansluiting;m;2600;3900;d|Droge nok met "
          "ventilatie;m;3400;4800;d|Steigerhuur gevel;wk;9000;14000;f|Dakdekker;uur;3600;"
          "4800;h|Opperman dakwerk;uur;2200;3000;h",
}  # fmt: skip
_MOUNTS: Final = {
    "en": "Red deer, shoulder mount on oak shield;mount;62000;88000;1|Roe buck, European "
          "skull mount;mount;14000;22000;1|Pheasant in flight, wall plaque;mount;26000;38000;"
          "1|Brown trout on driftwood;mount;32000;46000;1|Fox, full mount on habitat base;"
          "mount;58000;79000;1|Glass display case with backdrop;pc;18000;29000;1|Cleaning and "
          "restoration of an old mount;hr;4500;6500;h",
    "de": "Rothirsch, Schulterpräparat auf Eichenschild;Präp.;62000;88000;1|Rehbock, "
          "Schädelpräparat gebleicht;Präp.;14000;22000;1|Fasan fliegend, Wandpräparat;Präp.;"
          "26000;38000;1|Bachforelle auf Treibholz;Präp.;32000;46000;1|Fuchs, Ganzpräparat "
          "auf Naturbodenplatte;Präp.;58000;79000;1|Glasvitrine mit Hintergrund;Stk;18000;"
          "29000;1|Reinigung und Restaurierung Altpräparat;Std.;4500;6500;h",
    "fr": "Cerf élaphe, massacre en cape sur écusson;pièce;62000;88000;1|Chevreuil, crâne "
          "blanchi sur écusson;pièce;14000;22000;1|Faisan en vol, applique murale;pièce;"
          "26000;38000;1|Truite fario sur bois flotté;pièce;32000;46000;1|Renard en pied sur "
          "socle décor;pièce;58000;79000;1|Vitrine en verre avec fond peint;pce;18000;29000;"
          "1|Nettoyage et restauration d'une ancienne pièce;h;4500;6500;h",
    "es": "Ciervo, trofeo de cuello sobre escudo de roble;pieza;62000;88000;1|Corzo, "
          "cráneo blanqueado;pieza;14000;22000;1|Faisán en vuelo, placa de pared;pieza;26000;"
          "38000;1|Trucha común sobre madera de deriva;pieza;32000;46000;1|Zorro de cuerpo "
          "entero sobre peana;pieza;58000;79000;1|Vitrina de cristal con fondo;ud.;18000;"
          "29000;1|Limpieza y restauración de pieza antigua;h;4500;6500;h",
    "it": "Cervo, trofeo a mezzo busto su scudo;pezzo;62000;88000;1|Capriolo, cranio "
          "sbiancato;pezzo;14000;22000;1|Fagiano in volo, placca da parete;pezzo;26000;38000;"
          "1|Trota fario su legno di fiume;pezzo;32000;46000;1|Volpe intera su base "
          "ambientata;pezzo;58000;79000;1|Teca in vetro con fondale;pz;18000;29000;1|Pulizia "
          "e restauro di preparato antico;ora;4500;6500;h",
    "nl": "Edelhert, schouderpreparaat op eiken schild;prep.;62000;88000;1|Reebok, "
          "gebleekte schedel;prep.;14000;22000;1|Fazant in vlucht, wandpreparaat;prep.;26000;"
          "38000;1|Beekforel op drijfhout;prep.;32000;46000;1|Vos, volledig opgezet op "
          "natuursokkel;prep.;58000;79000;1|Glazen vitrine met achtergrond;st;18000;29000;1|"
          "Reinigen en restaureren oud preparaat;uur;4500;6500;h",
}  # fmt: skip
# Metres drilled, cased and screened (kind x: 12 to 240 m), the pump, the test and the rig.
_BORE: Final = {
    "en": "Rotary drilling 150 mm through overburden;m;5500;7500;x|Drilling 125 mm in rock;m;"
          "6800;9200;x|Steel casing 140 mm installed;m;3200;4600;x|Slotted PVC screen and "
          "gravel pack;m;2800;3900;x|Submersible pump 1.1 kW supplied and fitted;pc;120000;"
          "165000;1|Test pumping and water sample;job;45000;68000;1|Rig mobilisation;job;"
          "60000;90000;1",
    "de": "Spülbohrung 150 mm im Lockergestein;m;5500;7500;x|Bohrung 125 mm im Fels;m;6800;"
          "9200;x|Stahlverrohrung 140 mm eingebaut;m;3200;4600;x|Filterrohr PVC mit "
          "Kiesschüttung;m;2800;3900;x|Unterwasserpumpe 1,1 kW geliefert und montiert;Stk;"
          "120000;165000;1|Pumpversuch mit Wasserprobe;Pausch.;45000;68000;1|An- und Abtransport "
          "Bohrgerät;Pausch.;60000;90000;1",
    "fr": "Forage rotary 150 mm en terrains meubles;m;5500;7500;x|Forage 125 mm au rocher;m;"
          "6800;9200;x|Tubage acier 140 mm posé;m;3200;4600;x|Crépine PVC et massif "
          "filtrant;m;2800;3900;x|Pompe immergée 1,1 kW fournie et posée;u;120000;165000;1|"
          "Essai de pompage et prélèvement;forfait;45000;68000;1|Amenée et repli de la "
          "foreuse;forfait;60000;90000;1",
    "es": "Perforación a rotación 150 mm en aluvial;m;5500;7500;x|Perforación 125 mm en "
          "roca;m;6800;9200;x|Entubado de acero 140 mm;m;3200;4600;x|Rejilla de PVC y "
          "engravillado;m;2800;3900;x|Bomba sumergible 1,1 kW suministrada e instalada;ud.;"
          "120000;165000;1|Aforo y toma de muestra de agua;serv.;45000;68000;1|Traslado e "
          "implantación de la sonda;serv.;60000;90000;1",
    "it": "Perforazione a rotazione 150 mm in terreno sciolto;m;5500;7500;x|Perforazione "
          "125 mm in roccia;m;6800;9200;x|Tubazione in acciaio 140 mm;m;3200;4600;x|Filtro "
          "in PVC e drenaggio in ghiaietto;m;2800;3900;x|Elettropompa sommersa 1,1 kW fornita "
          "e posata;pz;120000;165000;1|Prova di portata e campione d'acqua;forf.;45000;68000;"
          "1|Trasporto e piazzamento sonda;forf.;60000;90000;1",
    "nl": "Spoelboring 150 mm in losse grond;m;5500;7500;x|Boring 125 mm in gesteente;m;"
          "6800;9200;x|Stalen mantelbuis 140 mm geplaatst;m;3200;4600;x|PVC-filter met "
          "grindomstorting;m;2800;3900;x|Dompelpomp 1,1 kW geleverd en geplaatst;st;120000;"
          "165000;1|Pomptest en watermonster;post;45000;68000;1|Aan- en afvoer boorinstallatie;"
          "post;60000;90000;1",
}  # fmt: skip
_FENCE: Final = {
    "en": "Close-board fence 1.8 m, concrete posts;m;5200;7400;x|Post and rail fence, "
          "three rails;m;2400;3600;x|Galvanised weld mesh 2.0 m;m;3100;4500;x|Timber field "
          "gate 3.6 m hung;pc;42000;61000;1|Pedestrian gate with latch;pc;21000;32000;1|"
          "Remove and dispose of old fencing;m;600;1100;x|Concrete gravel boards;m;900;1400;x",
    "de": "Sichtschutzzaun 1,80 m, Betonpfosten;m;5200;7400;x|Holzkoppelzaun, drei "
          "Riegel;m;2400;3600;x|Doppelstabmatte verzinkt 2,03 m;m;3100;4500;x|Einfahrtstor "
          "Holz 3,6 m montiert;Stk;42000;61000;1|Gartentür mit Schloss;Stk;21000;32000;1|"
          "Altzaun rückbauen und entsorgen;m;600;1100;x|Betonsockelplatten;m;900;1400;x",
    "fr": "Clôture occultante 1,80 m, poteaux béton;ml;5200;7400;x|Clôture ranch trois "
          "lisses;ml;2400;3600;x|Panneaux rigides galvanisés 2,03 m;ml;3100;4500;x|Portail "
          "bois 3,60 m posé;u;42000;61000;1|Portillon avec serrure;u;21000;32000;1|Dépose et "
          "évacuation de l'ancienne clôture;ml;600;1100;x|Plaques de soubassement béton;ml;"
          "900;1400;x",
    "es": "Valla de ocultación 1,80 m, postes de hormigón;m;5200;7400;x|Cerca de madera de "
          "tres travesaños;m;2400;3600;x|Panel de malla electrosoldada 2,0 m;m;3100;4500;x|"
          "Portón de madera 3,6 m colocado;ud.;42000;61000;1|Puerta peatonal con cerradura;"
          "ud.;21000;32000;1|Retirada de la valla antigua;m;600;1100;x|Zócalo de placas de "
          "hormigón;m;900;1400;x",
    "it": "Recinzione frangivista 1,80 m, pali in cemento;m;5200;7400;x|Staccionata a tre "
          "traverse;m;2400;3600;x|Pannelli in rete elettrosaldata 2,0 m;m;3100;4500;x|"
          "Cancello carraio in legno 3,6 m;pz;42000;61000;1|Cancelletto pedonale con "
          "serratura;pz;21000;32000;1|Smontaggio e smaltimento vecchia recinzione;m;600;1100;"
          "x|Zoccolatura in lastre di cemento;m;900;1400;x",
    "nl": "Schuttingscherm 1,80 m, betonpalen;m;5200;7400;x|Paddockhek drie liggers;m;2400;"
          "3600;x|Gaaspanelen verzinkt 2,03 m;m;3100;4500;x|Houten inrijpoort 3,6 m "
          "afgehangen;st;42000;61000;1|Tuinpoort met slot;st;21000;32000;1|Oude afscheiding "
          "slopen en afvoeren;m;600;1100;x|Betonnen onderplaten;m;900;1400;x",
}  # fmt: skip
_TRANSCRIPT: Final = {
    "en": "Appearance fee, half day;session;18000;26000;1|Original transcript;page;420;640;x|"
          "Certified copy of transcript;page;150;260;x|Expedited delivery, 3 days;page;180;"
          "300;x|Exhibits scanned and indexed;exhibit;150;350;n|Real-time feed to counsel;hr;"
          "4500;7000;h|Video synchronisation of transcript;hr;6000;9000;h",
    "de": "Anwesenheitspauschale Protokollführung, halbtags;Termin;18000;26000;1|Wortprotokoll "
          "Original;Seite;420;640;x|Beglaubigte Protokollabschrift;Seite;150;260;x|"
          "Eilzuschlag 3 Tage;Seite;180;300;x|Anlagen gescannt und verzeichnet;Anl.;150;350;"
          "n|Live-Mitschrift für den Anwalt;Std.;4500;7000;h|Videosynchronisierung des "
          "Protokolls;Std.;6000;9000;h",
    "fr": "Vacation de sténotypie, demi-journée;séance;18000;26000;1|Transcription "
          "originale;page;420;640;x|Copie certifiée de la transcription;page;150;260;x|"
          "Supplément délai de 3 jours;page;180;300;x|Pièces numérisées et indexées;pièce;150;"
          "350;n|Transcription en temps réel à l'avocat;h;4500;7000;h|Synchronisation vidéo "
          "de la transcription;h;6000;9000;h",
    "es": "Asistencia de estenotipista, media jornada;sesión;18000;26000;1|Transcripción "
          "original;pág.;420;640;x|Copia certificada de la transcripción;pág.;150;260;x|"
          "Recargo por urgencia, 3 días;pág.;180;300;x|Documentos escaneados e indexados;"
          "doc.;150;350;n|Transcripción en tiempo real para letrados;h;4500;7000;h|"
          "Sincronización de vídeo y transcripción;h;6000;9000;h",
    "it": "Presenza stenotipista, mezza giornata;udienza;18000;26000;1|Trascrizione "
          "originale;pag.;420;640;x|Copia conforme della trascrizione;pag.;150;260;x|"
          "Maggiorazione urgenza 3 giorni;pag.;180;300;x|Documenti scansionati e indicizzati;"
          "doc.;150;350;n|Resocontazione in tempo reale al legale;ora;4500;7000;h|"
          "Sincronizzazione video della trascrizione;ora;6000;9000;h",
    "nl": "Aanwezigheid stenograaf, halve dag;zitting;18000;26000;1|Origineel "
          "woordelijk verslag;pag.;420;640;x|Gewaarmerkt afschrift verslag;pag.;150;260;x|"
          "Spoedtoeslag 3 dagen;pag.;180;300;x|Producties gescand en geïndexeerd;stuk;150;350;"
          "n|Live-verslag voor de advocaat;uur;4500;7000;h|Videosynchronisatie van het "
          "verslag;uur;6000;9000;h",
}  # fmt: skip

TREES: Final = {lang: _items(text) for lang, text in _TREES.items()}
ROOF: Final = {lang: _items(text) for lang, text in _ROOF.items()}
MOUNTS: Final = {lang: _items(text) for lang, text in _MOUNTS.items()}
BORE: Final = {lang: _items(text) for lang, text in _BORE.items()}
FENCE: Final = {lang: _items(text) for lang, text in _FENCE.items()}
TRANSCRIPT: Final = {lang: _items(text) for lang, text in _TRANSCRIPT.items()}

# The ceramics studio's tableware per language (ordered by a restaurant in dozens of pieces per
# glaze) and their prices.
WARE: Final = {
    "en": ("Dinner plate 28 cm", "Side plate 19 cm", "Pasta bowl 24 cm", "Rice bowl 12 cm",
           "Espresso cup and saucer", "Serving platter, oval 36 cm", "Dipping dish 8 cm",
           "Water tumbler, unhandled"),
    "de": ("Speiseteller 28 cm", "Brotteller 19 cm", "Pastateller tief 24 cm", "Reisschale "
           "12 cm", "Espressotasse mit Untertasse", "Servierplatte oval 36 cm", "Dipschälchen "
           "8 cm", "Wasserbecher ohne Henkel"),
    "fr": ("Assiette plate 28 cm", "Assiette à pain 19 cm", "Assiette creuse 24 cm", "Bol à "
           "riz 12 cm", "Tasse à expresso et soucoupe", "Plat de service ovale 36 cm",
           "Coupelle à sauce 8 cm", "Gobelet à eau sans anse"),
    "es": ("Plato llano 28 cm", "Plato de pan 19 cm", "Plato hondo de pasta 24 cm", "Cuenco "
           "de arroz 12 cm", "Taza de café con platillo", "Fuente ovalada 36 cm", "Salsera "
           "pequeña 8 cm", "Vaso de agua sin asa"),
    "it": ("Piatto piano 28 cm", "Piattino pane 19 cm", "Piatto fondo pasta 24 cm",
           "Ciotola riso 12 cm", "Tazzina caffè con piattino", "Piatto da portata ovale 36 cm",
           "Coppetta salse 8 cm", "Bicchiere acqua senza manico"),
    "nl": ("Dinerbord 28 cm", "Ontbijtbord 19 cm", "Diep pastabord 24 cm", "Rijstkom 12 cm",
           "Espressokop en schotel", "Serveerschaal ovaal 36 cm", "Dipschaaltje 8 cm",
           "Waterbeker zonder oor"),
}  # fmt: skip
WARE_PRICES: Final = ((2200, 3400), (1300, 2000), (2000, 3100), (1100, 1700), (1600, 2600),
                      (4200, 6500), (500, 900), (1200, 1900))  # fmt: skip
GLAZES: Final = {"en": ("celadon", "tenmoku", "oatmeal"), "de": ("Seladon", "Tenmoku",
                 "Haferweiß"), "fr": ("céladon", "tenmoku", "blanc avoine"),
                 "es": ("celadón", "tenmoku", "avena"), "it": ("celadon", "tenmoku",
                 "avena"), "nl": ("celadon", "tenmoku", "havermout")}  # fmt: skip
