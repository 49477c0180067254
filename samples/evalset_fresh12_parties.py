"""Who bills and who is billed in the twelfth fresh evaluation slice (`evalset_fresh12.py`): one
seller per layout and language, four customers per language, and two families per language (and
their children) for the music school. No name is used by an earlier slice."""

from __future__ import annotations

from typing import Final

from generate import Company

# Per layout, per language: "name;street;town;VAT number;IBAN".
_SELLERS: Final = {
    "jobsheet": {
        "en": "Ashcombe Piano Workshop Ltd;3 Dyer Street;Cirencester GL7 2PF;GB 381 6620 47;"
              "GB72 LOYD 3091 2288 4410 37",
        "de": "Klavierwerkstatt Sonnleitner GmbH;Kaiserstraße 62;66111 Saarbrücken;"
              "DE 325 118 406;DE14 5905 0101 0066 2211 83",
        "fr": "Atelier Pianos Belleville SA;Rue de Carouge 60;1205 Genève;CHE-118.440.297 TVA;"
              "CH62 0900 0000 1566 2210 4",
        "es": "Taller de Pianos Albéniz S.L.;Calle Leopoldo Lugones 5;33420 Lugones;B74412088;"
              "ES12 2048 0011 8830 0041 2297",
        "it": "Laboratorio Pianoforti Cristofori S.r.l.;Via Mazzini 118;37121 Verona;"
              "IT 04471820230;IT30 M050 3411 7010 0000 0288 419",
        "nl": "Pianowerkplaats De Zwevende Hamer;Nieuwstraat 44;7411 LM Deventer;"
              "NL 8512.33.780.B01;NL88 ABNA 0571 2209 64"},
    "vehiclehire": {
        "en": "Wheelright Car & Van Hire Ltd;Unit 7, Airport Way;Bristol BS48 3DY;GB 295 4477 81;"
              "GB29 NWBK 6016 1331 9268 19",
        "de": "Autovermietung Rennsteig GmbH;Erfurter Straße 201;98527 Suhl;DE 284 661 053;"
              "DE42 8405 0000 1704 9921 06",
        "fr": "Loc'Azur Véhicules SAS;120 avenue de la Californie;06200 Nice;FR 92 824 119 557;"
              "FR76 1910 6006 1100 3309 5571 448",
        "es": "Alquiler de Coches Tramontana S.L.;Carretera del Aeropuerto km 8;07611 Palma;"
              "B57220914;ES64 2100 0711 1902 0031 6620",
        "it": "Autonoleggio Ponte Vecchio S.p.A.;Via di Novoli 91;50127 Firenze;IT 05533180487;"
              "IT18 B061 6002 8060 0000 0017 744",
        "nl": "Autoverhuur De Wielewaal B.V.;Luchthavenweg 31;5657 EA Eindhoven;"
              "NL 8605.71.224.B01;NL51 INGB 0008 2231 95"},
    "termfees": {
        "en": "Lindenfield School of Music;22 Cathedral Close;Wells BA5 2UE;GB 177 3390 52;"
              "GB40 BARC 2091 5564 3310 08",
        "de": "Musikschule Am Hopfengarten e.V.;Hopfengarten 9;95444 Bayreuth;DE 266 930 115;"
              "DE05 7735 0110 0038 4417 20",
        "fr": "École de Musique du Val d'Orge;3 place de l'Église;91700 Sainte-Geneviève-des-Bois;"
              "FR 55 789 330 417;FR76 1820 6002 1054 3300 9917 211",
        "es": "Escuela de Música Tomás Bretón;Calle Mayor 40;37008 Salamanca;G37410226;"
              "ES93 3035 0141 2114 1002 7739",
        "it": "Scuola di Musica Tartini;Via del Teatro 6;34121 Trieste;IT 01288470322;"
              "IT72 C089 2802 2010 0000 0041 615",
        "nl": "Muziekschool De Notenbalk;Vismarkt 15;9711 KT Groningen;NL 8177.20.643.B01;"
              "NL19 RABO 0341 5588 02"},
    "flushlabels": {
        "en": "Quarto & Thread Bookbinders ApS;Store Kongensgade 40;1264 Copenhagen K;"
              "DK 3844 1902;DK50 0040 0440 1162 43",
        "de": "Buchbinderei Fadenheftung Wendt;Brühl 48;04109 Leipzig;DE 301 774 582;"
              "DE66 8605 5592 1100 8830 45",
        "fr": "Reliure d'Art Maroquin & Filets;7 rue Mercière;67000 Strasbourg;FR 21 832 447 019;"
              "FR76 1513 5090 1700 8840 2271 356",
        "es": "Encuadernación Artesanal Lomo Dorado;Calle Libreros 12;37008 Salamanca;"
              "B37558014;ES28 0049 1820 1121 9008 3344",
        "it": "Legatoria Artistica Carta Varese;Via dei Librai 3;10122 Torino;IT 09912480014;"
              "IT09 D030 6901 0001 0000 0114 823",
        "nl": "Boekbinderij Het Katern;Kerkstraat 22;2011 HK Haarlem;NL 8033.64.118.B01;"
              "NL70 TRIO 0320 4418 55"},
    "totalsfirst": {
        "en": "Roastline Coffee Club Inc.;410 SE Division Street;Portland, OR 97202;"
              "EIN 93-2018476;US-ACH 123000220 / 8830142297",
        "de": "Röstpost Kaffee-Abo AG;Josefstrasse 92;8005 Zürich;CHE-402.665.118 MWST;"
              "CH35 0070 0110 0045 8812 9",
        "fr": "Torréfaction Grain de Sel Abonnements SAS;18 quai Saint-Pierre;17000 La Rochelle;"
              "FR 40 880 215 334;FR76 1170 6000 2400 1188 4410 627",
        "es": "Tostadores del Norte Suscripción S.L.;Calle Uría 33;33003 Oviedo;B33820456;"
              "ES85 0081 5080 2100 0188 3021",
        "it": "Torrefazione Abbonati Caffè Lanterna S.r.l.;Via XX Settembre 104;16121 Genova;"
              "IT 02884110998;IT44 R034 4001 4000 0000 0551 902",
        "nl": "Koffieabonnement De Bonenbus B.V.;Oudegracht 301;3511 PA Utrecht;"
              "NL 8621.19.404.B01;NL27 BUNQ 2041 5590 18"},
    "banner": {
        "en": "Hartfell Decorators' Merchants AB;Industrigatan 14;212 14 Malmö;"
              "SE 556812440901;SE45 5000 0000 0583 9825 7466",
        "de": "Malerbedarf Farbenhof Rieck KG;Gewerbering 14;24539 Neumünster;DE 292 507 846;"
              "DE73 2125 0000 0090 3411 27",
        "fr": "Négoce Peintures du Ried SAS;Zone Artisanale Nord 6;68000 Colmar;"
              "FR 63 815 660 294;FR76 1027 8030 0000 1944 2208 183",
        "es": "Suministros de Pintura Levante S.A.;Polígono Fuente del Jarro 22;46988 Paterna;"
              "A46330558;ES35 0128 0612 1101 0004 8823",
        "it": "Colorificio Ingrosso Adriatico S.r.l.;Zona Industriale Baraccola 18;60131 Ancona;"
              "IT 02177420429;IT61 W030 6902 6000 0000 0133 508",
        "nl": "Schildersgroothandel Kwastenburg B.V.;Industrieweg 27;4104 AR Culemborg;"
              "NL 8577.90.221.B01;NL93 ABNA 0612 8804 31"},
    "sweep": {
        "en": "Sootfall Chimney Services Sp. z o.o.;ul. Karmelicka 12;31-128 Kraków;PL 6762481190;"
              "PL61 1090 1014 0000 0712 1981 2874",
        "de": "Schornsteinfegermeister Kaminski;Lerchenweg 5;34613 Schwalmstadt;DE 318 905 247;"
              "DE97 5205 2154 0001 4470 38",
        "fr": "Ramonage Fumivore Dauphinois;12 chemin des Granges;38500 Voiron;FR 74 842 330 518;"
              "FR76 1390 6000 3385 0221 7740 492",
        "es": "Deshollinadores Pirineo Limpio S.L.;Calle Fueros 2;22700 Jaca;B22418770;"
              "ES07 2085 2250 9103 3100 4417",
        "it": "Spazzacamino Valtellina di Rota;Via Stelvio 44;23100 Sondrio;IT 00991240140;"
              "IT83 E056 9611 0000 0033 1207 889",
        "nl": "Schoorsteenveegbedrijf Roetvrij;Dorpsstraat 70;7251 BE Vorden;NL 8455.17.692.B01;"
              "NL56 RABO 0318 8620 74"},
}  # fmt: skip
SELLERS: Final = {
    layout: {lang: Company(name, (street, town), vat, iban)
             for lang, (name, street, town, vat, iban) in
             ((lang, entry.split(";")) for lang, entry in by_lang.items())}
    for layout, by_lang in _SELLERS.items()
}  # fmt: skip

# Per language: four customers, "name|street|town".
_BUYERS: Final = {
    "en": ("Pennine Edge Holiday Cottages Ltd|Moor Road 12|Hebden Bridge HX7 8AA",
           "St Aldhelm's Parish Hall Trust|Church Walk|Sherborne DT9 3LP",
           "Corvid Ridge Architects LLP|5 Tanners Row|Kendal LA9 4HF",
           "Blackthorn Lodge Care Home Ltd|Orchard Drive 40|Taunton TA1 2QX"),
    "de": ("Ferienhof Eulenwinkel GbR|Eulenweg 3|87541 Bad Hindelang",
           "Kulturverein Alte Tuchfabrik e.V.|Tuchmacherstraße 19|03046 Cottbus",
           "Planungsbüro Grauwacke Partner mbB|Steinstraße 7|57072 Siegen",
           "Seniorenresidenz Lindenhain gGmbH|Parkallee 21|29221 Celle"),
    "fr": ("Gîtes du Plateau de Millevaches SARL|Le Bourg|19290 Peyrelevade",
           "Association Salle des Fêtes de Cluny|Place du Marché|71250 Cluny",
           "Atelier d'Architecture Pierre Sèche|9 rue Carnot|12000 Rodez",
           "Résidence Seniors Les Glycines|45 avenue Foch|64100 Bayonne"),
    "es": ("Casas Rurales Valle del Jerte S.L.|Calle Real 2|10614 Cabezuela del Valle",
           "Asociación Cultural Casino de Tudela|Plaza de los Fueros 11|31500 Tudela",
           "Estudio de Arquitectura Piedra Seca S.L.P.|Calle Compañía 6|10003 Cáceres",
           "Residencia de Mayores Los Olivos S.L.|Avenida de Andalucía 90|23006 Jaén"),
    "it": ("Agriturismo Poggio dei Lecci|Località Poggio 8|53024 Montalcino",
           "Circolo Culturale Teatro Sociale|Piazza Garibaldi 3|26900 Lodi",
           "Studio Architetti Pietra Serena|Via Guelfa 41|50129 Firenze",
           "Residenza Anziani Villa Glicine|Viale Europa 77|61121 Pesaro"),
    "nl": ("Vakantiepark Het Zandkasteel B.V.|Duinweg 88|4354 RA Vrouwenpolder",
           "Stichting Dorpshuis De Zwaluw|Brink 4|7991 CG Dwingeloo",
           "Architectenbureau Baksteen & Vorm|Lange Gasthuisstraat 9|4811 ER Breda",
           "Zorgcentrum De Linde B.V.|Lindelaan 60|6512 BE Nijmegen"),
}  # fmt: skip


def _people(by_lang: dict[str, tuple[str, ...]]) -> dict[str, tuple[Company, ...]]:
    """Per language, the customers of "name|street|town" entries."""
    return {lang: tuple(Company(name, tuple(rest)) for name, *rest in
                        (entry.split("|") for entry in entries))
            for lang, entries in by_lang.items()}  # fmt: skip


BUYERS: Final = _people(_BUYERS)

# Per language: the music school's two families, "name|street|town".
_FAMILIES: Final = {
    "en": ("Mr and Mrs Penhaligon|14 Vicars Lane|Wells BA5 2SN",
           "Ms Imogen Trelawney|3 Mendip View|Shepton Mallet BA4 5LL"),
    "de": ("Familie Hartwig-Obermaier|Richard-Wagner-Straße 30|95444 Bayreuth",
           "Frau Dorothea Zellweger|Am Roten Hügel 7|95445 Bayreuth"),
    "fr": ("M. et Mme Vaillancourt|8 allée des Acacias|91700 Sainte-Geneviève-des-Bois",
           "Mme Solène Marchetti|22 rue de Longpont|91310 Montlhéry"),
    "es": ("Familia Ibarrola Cienfuegos|Calle Zamora 18|37002 Salamanca",
           "Sra. Remedios Villalba|Paseo de Canalejas 60|37001 Salamanca"),
    "it": ("Famiglia Zanetti Bortolin|Via Cologna 12|34127 Trieste",
           "Sig.ra Ottavia Loredan|Viale Miramare 41|34135 Trieste"),
    "nl": ("Familie Oosterhuis-Brink|Zuiderpark 9|9724 AG Groningen",
           "Mevr. Anneloes Wiersema|Herestraat 51|9711 LE Groningen"),
}  # fmt: skip
FAMILIES: Final = _people(_FAMILIES)
PUPILS: Final = {"en": ("Tamsin", "Rufus"), "de": ("Leonie", "Mats"), "fr": ("Capucine", "Anatole"),
                 "es": ("Candela", "Bruno"), "it": ("Viola", "Tommaso"),
                 "nl": ("Floor", "Jasper")}  # fmt: skip
