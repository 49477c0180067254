"""Shapes of the lines of an address block other than its name: a legal form closing a name,
street, postcode and town lines, contact, bank and register lines, stamps, salutations and
attention lines."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._parse import fold, parse_date

LEGAL_FORM: Final = re.compile(
    r"(?<![a-z0-9])(?:gmbh(?:\s*&\s*co\.?\s*kg)?|mbh|ag|kg|ohg|kgaa|ug(?:\s*\(haftungs"
    r"beschrankt\))?|e\.\s*k\.?|e\.\s*v\.?|a\.\s*g\.|gbr|se|ltd\.?|limited|llc|l\.l\.c\.|inc\.?"
    r"|corp\.?|corporation|plc|llp|co\.|company|sarl|s\.a\.r\.l\.?|sas|s\.a\.s\.?|sasu|eurl|snc"
    r"|s\.a\.?|sa|sl|s\.l\.u?\.?|slu|c\.\s*b\.|s\.\s*coop\.?|srl|s\.r\.l\.?|s\.p\.a\.?|spa"
    r"|s\.n\.c\.?|s\.a\.p\.a\.?|bv|b\.v\.?|nv|n\.v\.?|v\.o\.f\.?|vof|c\.v\.|bvba|sprl|cvba"
    r"|stichting|a/s|aps|oy|ab|as|sp\.\s*z\s*o\.\s*o\.?"
    # a family firm: "& Zn.", "& Fils", "& Sons", "& Söhne", "e Figli", "e Hijos", "& Cie"
    r"|&\s*(?:zn|zonen|zoon|fils|freres|sons?|sohne?|cie|co|partners?|associates)\.?"
    r"|(?:e|y)\s+(?:figli|fratelli|hijos|hermanos)|en\s+zonen)\s*$"
)
"""A company's legal form closing its name: "GmbH", "Ltd", "S.r.l.", "V.O.F.", "C.B.", or a
family firm's ending ("& Zn.", "& Fils", "e Figli")."""

CONTACT: Final = re.compile(
    r"^(?:tel(?:efon|ephone|efono)?|phone|fon|fax|telefax|mobil(?:e)?|handy|cell|tfno|gsm)\b"
    r"\.?\s*[:.]?\s*[+(\d]"
    r"|^(?:e\s*-?\s*mail|mail|web(?:site)?|internet|url)\b\s*[.:]"
    r"|@|www\.|https?:"
)
"""A phone, fax, e-mail or web line ("Tel. 0221 445566", "E-Mail: a@b.de"); not "Internet AG"."""
BUSINESS_LINE: Final = re.compile(
    r"^(?:bank\w*|\w*bankverbindung|sparkasse|volksbank|raiffeisen|banque|banco|banca|iban|bic"
    r"|swift|konto(?:nummer|nr|inhaber(?:in)?|verbindung|daten|angaben)?|blz|account|sort\s*code"
    r"|coordonnees\s*bancaires|domiciliacion|datos\s*banc|appoggio|coordinate\s*bancarie"
    r"|rekening(?:nummer|nr|houder|gegevens)?|handelsreg|amtsgericht|registergericht|registered"
    r"|register|hrb|hra|sitz|geschaftsf|managing|director|ceo|inhaber|vorstand|rcs|siret|siren"
    r"|code\s*ape|naf|capital\s*(?:social|sociale|de)|cap\.\s*soc|rea|kvk|kamer"
    r"|btw|vat|ust|mwst|tva|iva|cif|nif|p\.\s*iva"
    r"|page|seite|pagina|pag\.|blatt|feuille|hoja)(?![a-z])"
)
STAMP: Final = re.compile(
    r"^(?:original|copy|duplicate|kopie|copie|copia|duplicado|duplicato|paid|bezahlt|paye|pagado"
    r"|pagato|betaald|draft|entwurf|brouillon|borrador|bozza|concept|proforma|pro\s*-?\s*forma"
    r"|receipt|quittung|recu|ricevuta|recibo|kwitantie|statement)\W*$"
)
"""A stamp or document word printed large ("ORIGINAL", "PAID", "Proforma"), never a name."""
ATTENTION: Final = re.compile(
    r"^(?:z\.?\s*h(?:d|\.)|zu\s+handen|attn|attention\s*(?::|of|to)|c/o|a\s+l'attention"
    r"|all'attenzione|a\.?\s*c\.?\s*a\.?|att\.|atencion|ter\s+attentie)(?![a-z])"
)
LEADERS: Final = re.compile(r"\.{4,}|_{4,}|\u2026{2,}|(?:\.\s){4,}")
"""Leader dots or rules between a label and its value ("Total ........ 12,00")."""
POSTCODE: Final = re.compile(
    r"(?<![\w-])(?:[a-z]{1,2}-)?\d{4,5}(?![\w-])"  # 28217, D-07545, 1000, 44000
    r"|(?<!\w)\d{4}\s?[a-z]{2}(?!\w)"  # 7201 AA
    r"|(?<!\w)[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}(?!\w)"  # BN3 7BX
    r"|(?<!\w)[a-z]{2}\s+\d{5}(?:-\d{4})?(?!\w)"  # CA 94105
    r"|(?<![\w-])\d{2}-\d{3}(?![\w-])|(?<![\w-])\d{4}-\d{3}(?![\w-])"  # 00-238, 1100-148
    r"|(?<![\w\s])\d{3}\s\d{2}(?!\w)"  # 111 47
    r"|(?<!\w)[a-z]\d[a-z]\s?\d[a-z]\d(?!\w)"  # K1A 0B1
    r"|(?<!\w)[a-z]\d[\dw]\s(?=[a-z\d]{0,3}[a-z])[a-z\d]{4}(?!\w)"  # V94 T2CK, D6W XY12
)
STREET: Final = re.compile(
    r"(?:stra(?:ss|\u00df)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|rue|avenue|boulevard|bd"
    r"|chemin|place|quai|calle|c/|avda\.?|avenida|paseo|plaza|via|viale|piazza|corso|largo"
    r"|street|st\.|road|rd\.?|lane|drive|way|close|square|straat|laan|plein|gracht|kade|dijk"
    r"|row|crescent|terrace|grove|gardens|mews|parade|quay|wharf|court|park|hill|green"
    r"|ul\.|ulica|al\.|gatan|vagen|gade|vej|tie|katu|rua|travessa|ave\.?|blvd\.?|suite|unit"
    r"|postfach|p\.?\s*o\.?\s*box|b\.?\s*p\.|apartado|casella)(?![a-z])"
)
_SALUTATION: Final = re.compile(
    r"^(?:herrn?|frau|mr\.?|mrs\.?|ms\.?|messrs\.?|m\.|mme|mlle|monsieur|madame|sr\.?|sra\.?"
    r"|don|dona|sig\.?(?:ra)?|egr\.?|gent\.?(?:mo|ma)?|dhr\.?|mevr\.?|de\s*heer|mevrouw)$"
)
_BARE_STREET: Final = re.compile(
    r"^(?:[^\W\d_]+\s+){1,2}(?:street|road|lane|avenue|drive|stra(?:ss|\u00df)e|gasse|straat"
    r"|laan|gracht|steeg)\.?$"
    r"|^(?:rue|calle|via|viale|vicolo|avenida|avenue|boulevard|chemin|corso|piazza|plaza|paseo"
    r"|rua|travessa)(?:\s+[^\W\d_]+(?:['\u2019-][^\W\d_]+)?){1,4}$"
    r"|^[^\W\d_]{3,}(?:stra(?:ss|\u00df)e|gasse|straat|laan)$"
)
"""A street without its house number ("Main Street", "Vicolo dei Ranocchi", "Kerkstraat")."""


def bare_street(text: str) -> bool:
    """Whether `text` is a street's name alone: an address line, never a party's name."""
    return bool(_BARE_STREET.match(fold(text).strip(" ,"))) and not has_legal_form(text)


def attention(text: str) -> bool:
    """A contact person's line of an address block: "z. Hd. Frau Weber", "Attn: Accounts"."""
    return bool(ATTENTION.match(fold(text)))


def contact(text: str) -> bool:
    """A phone, fax, e-mail or web line."""
    return bool(CONTACT.search(fold(text)))


def is_salutation(text: str) -> bool:
    return bool(_SALUTATION.match(fold(text).strip(" ,")))


def addressy(text: str) -> bool:
    """A street, postcode or town line of an address."""
    folded = _FOUNDED.sub(" ", fold(text))  # "Sartoria Ferrucci dal 1961": a year, no postcode
    if _YEAR.search(text):  # "28 lug. 2026 - 26 ago. 2026": the year of a date is no postcode
        for _ in range(3):
            day = parse_date(folded)
            if day is None:
                break
            folded = folded.replace(day[1], " ")
    return bool(POSTCODE.search(folded) or (STREET.search(folded) and re.search(r"\d", text)))


_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_FOUNDED: Final = re.compile(
    r"(?<![a-z])(?:since|est(?:ablished|\.)?|founded(?:\s*in)?|seit|gegr(?:\.|undet)(?:\s*im?)?"
    r"|depuis|fondee?\s*en|desde|fundad[oa]\s*en|(?:sin\s*)?dal|fondat[oa]\s*nel|sinds"
    r"|opgericht(?:\s*in)?|anno|sinds)\s*(?:1[0-9]|20)\d{2}(?!\d)"
)
"""A founding year in a trade name ("since 1961", "seit 1898", "dal 1961"), no postcode."""


def has_legal_form(text: str) -> bool:
    return bool(LEGAL_FORM.search(fold(text).rstrip(" ,;")))
