"""Parties of the sixth fresh evaluation slice (`evalset_fresh6.py`): a seller per layout and
language and two buyers per language, none of them used by another set, plus the patients and
shoots the layouts print beside them."""

from __future__ import annotations

from typing import Final

from generate import Company

# Sellers per layout and language: "name|street|city|VAT id|IBAN".
_SELLERS: Final = {
    "dental": {
        "en": "Harbourside Dental Practice|41 Quay Street|Bristol BS1 4DB|GB 301 5520 87|"
              "GB62 NWBK 6016 1331 9268 19",
        "de": "Zahnarztpraxis Dr. med. dent. Lea Brunner|Seefeldstrasse 88|8008 Zürich|"
              "CHE-418.220.731|CH93 0076 2011 6238 5295 7",
        "fr": "Cabinet dentaire du Vieux-Lille|17 rue de la Monnaie|59800 Lille|"
              "FR 48 803 227 114|FR76 3002 7175 3300 0204 6610 188",
        "es": "Clínica Dental Sonrisa Norte S.L.P.|Calle Gran Vía 47|48011 Bilbao|B95880312|"
              "ES71 2095 0000 7012 3456 7891",
        "it": "Studio Odontoiatrico Dott. Ferraris|Corso Francia 102|10143 Torino|"
              "IT 10455670015|IT62 Q030 6909 6061 0000 0118 223",
        "nl": "Tandartspraktijk Het Spaarne|Spaarne 84|2011 CL Haarlem|NL 8630.41.877.B01|"
              "NL27 INGB 0007 7412 58"},
    "printshop": {
        "en": "Kestrel Print & Design Ltd|Unit 9, Mill Lane Trading Estate|Leeds LS12 6BD|"
              "GB 244 7106 92|GB15 BARC 2003 5570 1122 33",
        "de": "Druckerei Wendelstein GmbH & Co. KG|Industriestraße 14|83022 Rosenheim|"
              "DE 131 447 802|DE44 7115 0000 0020 4417 66",
        "fr": "Imprimerie du Léman SA|Route des Acacias 24|1227 Carouge|CHE-109.884.320 TVA|"
              "CH56 0483 5012 3456 7800 9",
        "es": "Gráficas Ebro S.L.|Polígono Malpica, calle E 31|50016 Zaragoza|B50774412|"
              "ES80 2085 5201 8803 3012 4567",
        "it": "Tipografia Artigiana Lucchese S.r.l.|Via di Tiglio 170|55100 Lucca|"
              "IT 01933620468|IT40 S030 6913 7021 0000 0046 271",
        "nl": "Drukkerij De Zwaluw B.V.|Industrieweg 33|8304 AD Emmeloord|NL 8067.22.319.B01|"
              "NL63 RABO 0118 4420 67"},
    "webshop": {
        "en": "Gridline Office Supply Inc.|350 Hudson Street|New York NY 10014|EIN 82-4471029|"
              "ABA 021000021 acct 483392017",
        "de": "Lagerwelt24 GmbH|Hafenbahnstraße 5|68159 Mannheim|DE 325 118 904|"
              "DE71 6705 0505 0038 4477 12",
        "fr": "Bureau-Direct Pro SAS|12 rue de l'Industrie|67400 Illkirch-Graffenstaden|"
              "FR 36 830 117 552|FR76 1027 8010 0000 0204 5520 166",
        "es": "Suministros Oficina Online S.L.|Calle Ribera del Loira 8|28042 Madrid|"
              "B87332109|ES09 0128 0010 9901 0003 5821",
        "it": "Ufficio Facile S.p.A.|Via Emilia Ovest 1014|41123 Modena|IT 03788260364|"
              "IT23 A053 8712 9000 0000 3311 776",
        "nl": "Kantoorwinkel Online B.V.|Celsiusweg 41|5928 PR Venlo|NL 8599.11.047.B01|"
              "NL86 ABNA 0612 0487 33"},
    "customs": {
        "en": "Svinesund Tollagentur AS|Svinesundsparken 12|1789 Berg i Østfold|"
              "NO 920 117 448 MVA|NO78 1503 4422 180",
        "de": "Agencja Celna Odra Sp. z o.o.|ul. Transportowa 3|74-100 Gryfino|PL 5981622407|"
              "PL27 1140 2004 0000 3302 7741 8812",
        "fr": "Transit Douane Fos Services SARL|Quai Gloria, Port de Fos|13270 Fos-sur-Mer|"
              "FR 90 421 774 305|FR76 1131 5000 0108 0044 2211 704",
        "es": "Aduanas y Consignaciones Algeciras S.A.|Avenida Virgen del Carmen 21|"
              "11201 Algeciras|A11088213|ES42 2103 0610 1100 3022 5417",
        "it": "Spedizioni Doganali Porto di Genova S.r.l.|Via Albertazzi 3|16149 Genova|"
              "IT 01755410999|IT05 L061 7501 4060 0000 0421 580",
        "nl": "Douane-expediteur Maasvlakte B.V.|Europaweg 875|3199 LD Rotterdam|"
              "NL 8012.88.330.B01|NL48 INGB 0006 8890 14"},
    "photo": {
        "en": "Studio Mathilde Krogh|Refshalevej 163A|1432 København K|DK 38 44 12 07|"
              "DK18 2000 6278 1144 09",
        "de": "Fotoatelier Jana Procházková|Karlínské nám. 7|186 00 Praha 8|CZ 7851220418|"
              "CZ65 0800 0000 1920 0014 5399",
        "fr": "Atelier Lumière Basile Girard|9 rue des Trois-Cailloux|80000 Amiens|"
              "FR 13 889 441 206|FR76 1670 6050 8500 0111 2233 469",
        "es": "Estudio Fotográfico Lucía Serrano|Calle Laurel 18|26001 Logroño|"
              "ES 16554208K|ES58 3008 0001 1121 1550 7633",
        "it": "Fotografia Paolo Zanetti|Via Emilia Santo Stefano 54|42121 Reggio Emilia|"
              "IT 02994480353|IT83 M020 0812 8340 0010 4417 921",
        "nl": "Fotostudio Lotte de Graaf|Veemarkt 14|5038 CV Tilburg|NL 002117745B34|"
              "NL71 ASNB 0708 8412 55"},
    "erp": {
        "en": "Alföld Foodservice Zrt.|Kecskeméti út 42|6000 Kecskemét|HU 24418870|"
              "HU31 1040 2142 5052 6678 8912 1004",
        "de": "Gastro-Großhandel Mehlhose KG|Am Güterbahnhof 19|34117 Kassel|DE 113 844 205|"
              "DE33 5205 0353 0001 8844 71",
        "fr": "Distri-Resto Grand Est SAS|Zone Actisud, 3 rue des Vergers|57155 Marly|"
              "FR 55 442 810 994|FR76 1470 7000 3831 1111 2222 384",
        "es": "Distribuciones Hosteleras Navarro S.L.|Polígono Las Labradas, nave 7|"
              "31500 Tudela|B31774520|ES29 3008 0142 1327 4455 6612",
        "it": "Ingrosso Horeca Adriatica S.r.l.|Via del Commercio 27|60127 Ancona|"
              "IT 02411360424|IT36 E030 6902 6651 0000 0055 481",
        "nl": "Horeca Groothandel Twente B.V.|Marssteden 58|7547 TD Enschede|"
              "NL 8188.40.662.B01|NL17 RABO 0312 6640 08"},
    "centred": {
        "en": "Crama Dealul Mare SRL|Strada Viilor 12|107265 Ceptura|RO 31442087|"
              "RO49 BTRL 0290 1202 3457 8XX0",
        "de": "Weinkeller zum Rebstock AG|Dorfstrasse 6|8215 Hallau|CHE-204.881.372 MWST|"
              "CH09 0070 0110 0044 2217 3",
        "fr": "Cave des Coteaux Vernaison|4 place du Marché|69390 Vernaison|FR 72 533 902 118|"
              "FR76 1007 1690 0000 0020 4411 271",
        "es": "Bodega Viña Los Almendros|Carretera de Haro km 4|26200 Haro|B26441187|"
              "ES13 2038 7440 3560 0012 7788",
        "it": "Enoteca Bottega del Barolo|Via Roma 31|12060 Barolo|IT 03588140041|"
              "IT70 V030 6946 4400 0000 0077 124",
        "nl": "Wijnhandel De Druivenkist|Oude Markt 9|7511 GA Enschede|NL 8544.02.119.B01|"
              "NL92 TRIO 0390 2244 11"},
}  # fmt: skip


def _company(text: str) -> Company:
    name, street, city, vat_id, iban = text.split("|")
    return Company(name, (street, city), vat_id, iban)


SELLERS: Final = {layout: {lang: _company(text) for lang, text in by_lang.items()}
                  for layout, by_lang in _SELLERS.items()}  # fmt: skip

# Two buyers per language ("name|street|city").
_BUYERS: Final = {
    "en": ("Redcliffe Housing Co-operative|8 Temple Gate|Bristol BS1 6PL",
           "Northgate Veterinary Group Ltd|55 Northgate|Darlington DL1 1RR"),
    "de": ("Ingenieurbüro Strobel & Haas|Prinzregentenstraße 12|83022 Rosenheim",
           "Hotel Alpenblick Betriebs-GmbH|Seestraße 4|83209 Prien am Chiemsee"),
    "fr": ("Mutuelle des Artisans du Nord|22 boulevard Carnot|59000 Lille",
           "Brasserie Les Trois Ponts SARL|5 quai de la Fosse|44000 Nantes"),
    "es": ("Asociación Cultural Txalaparta|Calle Somera 11|48005 Bilbao",
           "Hostal Miramar S.L.|Paseo Marítimo 42|29016 Málaga"),
    "it": ("Cooperativa Agricola Val Tidone|Via Roma 88|29010 Pianello Val Tidone",
           "Ristorante La Pergola di Ugo S.n.c.|Piazza Garibaldi 6|43121 Parma"),
    "nl": ("Vereniging Dorpshuis Oosterwolde|Brink 3|8431 GH Oosterwolde",
           "Restaurant De Waag Holding B.V.|Waagplein 1|2011 CH Haarlem"),
}  # fmt: skip
BUYERS: Final = {lang: tuple(Company(n, (s, c)) for n, s, c in (b.split("|") for b in pair))
                 for lang, pair in _BUYERS.items()}  # fmt: skip

# The dental accounts go to a private payer (the patient or a parent) at the buyers' addresses.
PAYERS: Final = {"en": ("Mrs Claire Hartley", "Mr Oliver Pemberton"),
                 "de": ("Herr Matthias Brunner", "Frau Ursula Schürch"),
                 "fr": ("Mme Sandrine Lefebvre", "M. Olivier Marchand"),
                 "es": ("D.ª Ainhoa Etxeberria", "D. Javier Ruiz Olano"),
                 "it": ("Sig.ra Paola Ferraris", "Sig. Enrico Bellini"),
                 "nl": ("Mevr. A. Visser-de Boer", "Dhr. P. Jansen")}  # fmt: skip
PATIENTS: Final = ("Amelia Hartley", "Jonas Brunner", "Inès Lefebvre", "Mikel Etxeberria",
                   "Giulia Ferraris", "Daan Visser", "Oscar Pemberton", "Nele Schürch")  # fmt: skip
SHOOTS: Final = {
    "en": "Spring lookbook, Refshaleøen", "de": "Imagekampagne Frühjahr, Studio Karlín",
    "fr": "Catalogue automne, atelier d'Amiens", "es": "Campaña vendimia, viñedos de Rioja",
    "it": "Catalogo prodotti, stabilimento di Reggio", "nl": "Portretten jaarverslag, Tilburg",
}  # fmt: skip
