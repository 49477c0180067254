"""Document titles: how invoices, credit notes, corrected invoices and other UNTDID 1001 types
name themselves in en, de, fr, es, it and nl (patterns over `fold`ed text)."""

from __future__ import annotations

import re
from typing import Final


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # Longer patterns first: the regex engine takes the first alternative that matches.
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?![a-z0-9])")


CREDIT_TITLES: Final = (
    r"credit\s*(?:note|memo(?:randum)?|advice)", r"[a-z]*gutschrift", r"stornorechnung", r"avoir",
    r"facture\s*d'avoir",
    r"note\s*de\s*credit", r"nota\s*de\s*credito", r"factura\s*rectificativa", r"abono",
    r"(?:nota\s*|documento\s*)?rectificativa",  # the Spanish noun alone: "Rectificativa n.º 12"
    r"nota\s*di\s*credito", r"[a-z]*credit\s*-?\s*nota", r"[a-z]*creditfactuur",
    r"nota\s*d(?:i\s*|')?accredito", r"nota\s*(?:de\s*)?abono", r"credit\s*invoice",
    r"gutschriftsanzeige", r"rechnungsstorno", r"note\s*d'avoir", r"nota\s*de\s*credit",
    r"nota\s*di\s*storno", r"storno\s*-?\s*rechnung",
    r"nota\s*di\s*variazione(?!\s*in\s*aumento)",
    # also Dutch compounds: "Abonnementscreditnota", "Verkoopcreditfactuur", "Huurcreditnota"
    r"nota\s*(?:de\s*)?credito", r"creditnote", r"[a-z]*credit\s*-?\s*factuur",
    # refunds, reversals and credit adjustments: the money goes back to the buyer
    r"refund(?:\s*(?:invoice|note|receipt|statement|confirmation))?",
    r"credit\s*(?:adjustment|statement|voucher|receipt)", r"return(?:s)?\s*(?:credit|invoice)",
    r"(?:ruck)?erstattungs?\s*-?\s*(?:beleg|rechnung|gutschrift|quittung|bescheinigung)?",
    r"(?:korrektur|storno|retouren?|gutschrifts)\s*-?\s*beleg", r"storno", r"retourengutschrift",
    r"(?:note|facture|avis)\s*de\s*remboursement", r"remboursement",
    r"avoir\s*(?:client|commercial)",
    r"factura\s*de\s*(?:devolucion|reembolso)", r"devolucion", r"reembolso", r"rectificacion",
    r"nota\s*di\s*(?:rimborso|reso)", r"rimborso", r"storno\s*(?:fattura|documento)",
    r"terugbetaling", r"correctiefactuur", r"restitutie", r"creditering", r"retourfactuur",
)  # fmt: skip
CORRECTION_TITLES: Final = (
    r"rechnungskorrektur", r"korrekturrechnung", r"corrected\s*invoice", r"corrective\s*invoice",
    r"invoice\s*correction", r"facture\s*rectificative", r"factura\s*correctiva",
    r"fattura\s*(?:di\s*)?rettifica", r"gecorrigeerde\s*factuur",
)  # fmt: skip
SELF_BILLING: Final = re.compile(
    r"selbst\s*ausgestellte\s*rechnung|self\s*-?\s*bill(?:ed|ing)|autofactura(?:cion)?"
    r"|autofacturation|autofattura|zelf\s*-?\s*factur"
)
"""Self-billing (UNTDID 1001 code 389) named anywhere in a title."""
TYPE_CODES: Final = frozenset(
    {"71", "80", "81", "82", "83", "84", "102", "130", "202", "203", "204", "211", "218", "219",
     "261", "262", "295", "296", "308", "325", "326", "331", "380", "381", "382", "383", "384",
     "385", "386", "387", "388", "389", "390", "393", "394", "395", "396", "420", "456", "457",
     "458", "527", "532", "553", "575", "623", "633", "751", "780", "817", "870", "875", "876",
     "877", "935"}
)  # fmt: skip
"""UNTDID 1001 document type codes an invoice title may print in brackets: "Rechnung (380)"."""
TYPED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "325": (r"pro\s*-?\s*forma(?:\s*-?\s*(?:invoice|rechnung|facture|factura|fattura|factuur))?",
            r"(?:facture|factura|fattura|factuur)\s*pro\s*-?\s*forma"),
    "326": (r"partial\s*invoice", r"teilrechnung", r"facture\s*partielle", r"factura\s*parcial",
            r"fattura\s*parziale", r"deelfactuur"),
    "386": (r"prepayment\s*invoice", r"advance\s*(?:payment\s*)?invoice",
            r"(?:an|voraus)zahlungsrechnung", r"facture\s*d'acompte", r"factura\s*de\s*anticipo",
            r"fattura\s*d(?:i\s*|')acconto", r"voorschotfactuur"),
    "387": (r"hire\s*invoice", r"mietrechnung", r"facture\s*de\s*location",
            r"factura\s*de\s*alquiler", r"fattura\s*di\s*noleggio", r"huurfactuur"),
    "575": (r"insurer'?s\s*invoice", r"rechnung\s*des\s*versicherers"),
    "751": (r"invoice\s*information\s*for\s*accounting\s*purposes", r"buchungshilfe"),
}  # fmt: skip
"""Titles naming a UNTDID 1001 invoice type other than 380/381/384/389."""
INVOICE_TITLES: Final = (
    r"(?:tax\s*|commercial\s*)?invoice",
    r"[a-z]*rechnung",  # also compounds: Handels-, Miet-, Baurechnung
    r"facture",
    r"factura",
    r"fattura",
    r"factuur",
    # a professional's fee note: "Note d'honoraires", "Honorarnote", "Nota de honorarios"
    r"note\s*d'honoraires",
    r"(?:honorar|kosten)note",
    r"fee\s*note",
    r"nota\s*de\s*honorarios",
    r"nota\s*(?:di\s*|d'|delle\s*)?(?:onorari|competenze)",
    r"(?:honorarium|honoraria)\s*nota",
    r"declaratie",
)

CREDIT_RE: Final = _compile(CREDIT_TITLES)
TYPED_RES: Final = {code: _compile(patterns) for code, patterns in TYPED_TITLES.items()}
CREDIT_SEARCH: Final = re.compile(rf"(?<![a-z0-9]){CREDIT_RE.pattern}")
"""A credit-note word anywhere in a short title: "Factura de abono", "Invoice - credit note"."""
CORRECTION_RE: Final = _compile(CORRECTION_TITLES)
INVOICE_RE: Final = _compile(INVOICE_TITLES)
_INVOICE_WORD: Final = r"(?:invoice|rechnung|facture|factura|fattura|factuur|nota|bill)"
CREDITS_INVOICE: Final = re.compile(
    r"(?<![a-z])(?:correct(?:s|ing)?|refund(?:s|ing)?|revers(?:es|ing)|cancel(?:s|ling)?"
    r"|credit(?:s|ing)|korrigier\w*|berichtig\w*|storni\w*|erstatte\w*|corrige\w*"
    r"|rectifi\w*|annul\w*|rembours\w*|anula\w*|rettifica\w*|corregge\w*"
    r"|storna\w*|rimborsa\w*|corrigeer\w*|crediteer\w*|annuleer\w*)"
    rf"(?:\s+[a-z'.]+){{0,3}}?\s+{_INVOICE_WORD}(?![a-z])"
)
"""A sentence saying the document corrects, cancels or refunds an invoice: "Rectifica nuestra
factura", "Corrigeert onze factuur", "La presente nota storna la fattura"."""
CREDIT_FOR: Final = re.compile(
    r"\s*(?:of|for|on|to|fur|zu|zur|zum|sur|pour|de|du|des|del|de\s*la|per|di|della|sulla"
    r"|van|voor|op)(?![a-z])"
)
"""A preposition opening a credit title's description: "Credit note for", "Gutschrift für",
"Avoir sur", "Nota di credito per", "Creditnota voor"."""
AMBIGUOUS_CREDIT: Final = re.compile(r"abono|storno|devolucion|retour\w*|return\w*")
"""Credit words with another sense in a title (a season ticket, a returns service)."""
TITLE_ONLY_CREDIT: Final = re.compile(r"abono")
"""Credit words that name a credit note only as a document title ("Abono", "Nota de abono",
"Factura de abono", "Abono nº 12"): with a describing word after them they name a
subscription or a pass ("Abono mensual", "Abono transporte") or a payment ("abono en cuenta")."""


def described_credit(credit: str, rest: str) -> bool:
    """Whether a title-only credit word (`credit`, folded) is followed by a describing word in
    `rest`, rather than by nothing or a number: "Abono mensual", not "Abono" or "Abono 12"."""
    tokens = rest.replace(":", " ").split()
    return (
        TITLE_ONLY_CREDIT.fullmatch(credit) is not None
        and bool(tokens)
        and tokens[0].isalpha()
        and tokens[0] not in _NUMBER_WORDS
    )


_NUMBER_WORDS: Final = frozenset(
    {"n", "no", "nr", "nro", "num", "numero", "nummer", "number", "nb", "nbr"}
)
"""Words that number a title rather than describe it: "Abono nr 12"."""
