"""Totals words by concept: which role the words that label an amount name (net, tax, grand
total, amount due, carried over, prepaid, a discount or charge).

A tax word with "incl."/"TTC" is a grand total, with "excl."/"HT"/"ohne" a net total, alone a
tax amount; "due"/"zu zahlen"/"à payer" words make an amount due, "subtotal"/"goods"/
"Warenwert" words a net total, and "total"/"Summe"/"Betrag" words a grand total. Carry-over
lines ("Übertrag", "carried forward", "à reporter") and prepayments are told apart so that
they are never taken for totals. Vocabulary in en, de, fr, es, it and nl.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._parse import fold

_W = r"(?<![a-z])"  # a word start
_E = r"(?![a-z])"  # a word end


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile(_W + "(?:" + "|".join(patterns) + ")" + _E)


CARRY: Final = _words(
    r"carried\s*(?:forward|over)", r"brought\s*(?:forward|over)", r"carry\s*(?:forward|over)",
    r"balance\s*(?:brought|carried)", r"b/f", r"c/f", r"ubertrag", r"uebertrag", r"vortrag",
    r"zwischenubertrag", r"a\s*reporter", r"report", r"reporte?\s*a\s*nouveau",
    r"suma\s*y\s*sigue", r"suma\s*anterior", r"de\s*la\s*pagina\s*anterior", r"a\s*riportare",
    r"riporto", r"riportato", r"transport(?:\s*van\s*vorige\s*pagina)?", r"van\s*vorige\s*pagina",
    r"naar\s*volgende\s*pagina", r"continued",
)  # fmt: skip
PAID: Final = _words(
    r"prepaid", r"(?:already\s*)?paid", r"deposit", r"advance\s*payments?", r"payments?\s*received",
    r"anzahlung(?:en)?", r"vorauszahlung(?:en)?", r"bereits\s*(?:bezahlt|gezahlt|erhalten)",
    r"erhaltene", r"abschlagszahlung(?:en)?", r"acomptes?", r"deja\s*(?:paye|regle|verse)e?s?",
    r"anticipos?", r"ya\s*pagado", r"entregas?\s*a\s*cuenta", r"acconti", r"acconto",
    r"gia\s*(?:pagato|versato)", r"aanbetaling", r"vooruitbetaling", r"reeds\s*betaald",
    r"voorschot", r"betaald",
)  # fmt: skip
ADJUST: Final = _words(
    r"discount", r"rebate", r"allowances?", r"charges?", r"shipping", r"freight", r"postage",
    r"delivery", r"handling", r"rabatt", r"nachlass", r"skonto", r"zuschlage?", r"abschlage?",
    r"fracht", r"versand(?:kosten)?", r"porto", r"verpackung", r"remise", r"escompte", r"frais",
    r"port", r"descuentos?", r"portes", r"envio", r"sconto", r"abbuono", r"spese", r"trasporto",
    r"korting", r"verzendkosten", r"vracht", r"rounding", r"rundung", r"arrondi", r"redondeo",
    r"arrotondamento", r"afronding",
    # compounds naming what the discount is for: "Groepskorting", "Mengenrabatt"
    r"[a-z]+(?:korting|rabatt|nachlass|skonto)",
)  # fmt: skip
TAX: Final = _words(
    r"vat", r"tax(?:es)?", r"gst", r"hst", r"mwst", r"ust", r"umsatzsteuer", r"mehrwertsteuer",
    r"[a-z]*steuer(?:betrag|summe|n)?", r"tva", r"taxes?", r"iva", r"igic", r"impuestos?",
    r"imposta", r"btw", r"cuota",
    # the tax in plain words: "Som vóór belasting", "Omzetbelasting", "Imposte", "Impôts"
    r"[a-z]*belasting", r"imposte", r"impots?", r"tasse", r"accise",
)  # fmt: skip
INCLUDING: Final = _words(
    r"incl\.?", r"inkl\.?", r"inklusive?", r"including", r"inclusive", r"included", r"ttc",
    r"brutto", r"gross",
    r"con\s*iva", r"iva\s*inclusa", r"ivato", r"ivata", r"incluido", r"incluida", r"inclus",
    r"compris", r"inclusief", r"mit",
    # the tax included, said after it: "TVA incluse", "IVA compresa", "btw inbegrepen"
    r"inclus[ea]s?", r"inclus[aoi]", r"incluid[ao]s", r"compris(?:e|es)?", r"compres[aoi]",
    r"inbegrepen", r"inclusive\s*of",
)  # fmt: skip
OF_WHICH: Final = _words(
    r"of\s*which", r"davon", r"darin(?:\s*enthaltene?)?", r"enthaltene", r"dont", r"di\s*cui",
    r"del\s*cual", r"de\s*(?:la|los|las)\s*cual(?:es)?", r"waarvan",
)  # fmt: skip
"""A part of the amount before it: "davon MwSt.", "dont TVA", "di cui IVA" name the tax
contained in a total, whatever "incl." words come with them."""
EXCLUDING: Final = _words(
    r"excl\.?", r"exkl\.?", r"excluding", r"exclusive", r"ex\.?", r"ohne", r"ht", r"hors",
    r"sin", r"senza", r"before", r"vor", r"avant", r"exclusief", r"zonder", r"netto?", r"nett",
    r"neto",
    r"base", r"bases", r"imponibile", r"imponible", r"[a-z]*basis(?:betrag)?",
    r"bemessungsgrundlage", r"grondslag", r"maatstaf",
    # "Totaal vóór btw", "Totale prima dell'IVA", "Total antes de impuestos", "Total sans TVA"
    r"voor\s*(?:btw|belasting)", r"prima\s*(?:dell'|delle\s*|di\s*)?(?:iva|imposte|tasse)",
    r"antes\s*(?:de\s*(?:l\s*|los\s*)?)?(?:iva|impuestos?|igic)", r"sans\s*(?:tva|taxes?)",
    r"without\s*(?:vat|tax|gst)", r"vor\s*(?:steuern?|mwst|ust)",
    # the tax left out, said after it: "IVA esclusa", "TVA exclue", "IVA excluido"
    r"esclus[aoi]", r"exclus[ea]?s?", r"exclue?s?", r"excluid[ao]s?", r"exklusive",
)  # fmt: skip
NOT_INCLUDED: Final = _words(
    r"(?:non|not|nicht|niet|no)\s*(?:inclus\w*|compr\w*|includ\w*|inbegr\w*|enthalten)"
)
"""The tax named as left out: "TVA non comprise", "IVA non inclusa", "btw niet inbegrepen"."""
DUE: Final = _words(
    r"due", r"payable", r"to\s*pay", r"balance", r"outstanding", r"zu\s*zahlen(?:der)?",
    r"zahlbetrag", r"zahlbar", r"offen(?:er)?", r"restbetrag", r"a\s*payer", r"a\s*regler",
    r"montant\s*du", r"reste\s*du", r"solde", r"a\s*pagar", r"liquido", r"pendiente",
    r"da\s*pagare", r"a\s*pagare", r"saldo", r"te\s*betalen", r"te\s*voldoen", r"openstaand",
    r"verschuldigd", r"(?:a\s*)?vostro\s*debito", r"a\s*vostro\s*carico", r"a\s*su\s*cargo",
    r"your\s*debit", r"a\s*votre\s*charge", r"to\s*be\s*paid",
)  # fmt: skip
NET: Final = _words(
    r"net", r"netto", r"nett", r"neto", r"neta", r"sub\s*-?\s*totale?", r"subtotaal",
    r"zwischensumme", r"sous\s*-?\s*total", r"warenwert", r"positionssumme",
    r"summe\s*positionen",
    r"line\s*total", r"items?\s*total", r"total\s*(?:of\s*)?items", r"ht", r"hors\s*taxes?",
    r"base\s*imponible", r"imponibile", r"nettobetrag", r"nettosumme", r"nettowert",
    r"importe\s*neto", r"total\s*neto", r"totale\s*netto",
    # the taxable base: "Base total", "Total base", "Grondslag", "Bemessungsgrundlage"
    r"bases?", r"grondslag", r"bemessungsgrundlage", r"maatstaf\s*van\s*heffing",
    # the amount tax is charged on: "Taxable amount", "Belastbaar bedrag", "Base imposable"
    r"taxable", r"belastbaar", r"imposable", r"steuerpflichtige[rs]?", r"steuerbare[rs]?",
    r"gravable", r"tassabile",
    # a net word leading a compound: "Nettoentgelt", "Nettorechnungsbetrag"
    r"netto\s*-?\s*(?:entgelt|preis|rechnungs\w*|gesamt\w*|umsatz|leistung\w*|honorar)",
)  # fmt: skip
SUBJECT: Final = _words(
    # a total of the goods or services (the tax follows): "Totale prestazioni", "Total services";
    # beside a tax word they say what the tax is on: "TVA sur prestations", "Btw over diensten"
    r"goods", r"merchandise", r"marchandises?", r"merce", r"mercancias?", r"mercaderias?",
    r"goederen",
    r"(?:products|services|articles|positions|posten|positionen|leistungen|arbeiten)",
    r"(?:prestations|produits|servicios|productos|articulos|trabajos|prestazioni|servizi)",
    r"(?:articoli|prodotti|lavori|diensten|producten|artikelen|werkzaamheden|leveringen)",
)  # fmt: skip
GRAND: Final = _words(
    r"total", r"totale", r"totaal", r"gesamt\w*", r"\w*summe", r"\w*betrag", r"brutto",
    r"ttc", r"montant", r"importe", r"importo", r"bedrag", r"amount", r"sum", r"endbetrag",
    r"\w*beitrag", r"suma", r"somma", r"somme",
    r"rechnungsbetrag", r"factuurbedrag", r"invoice\s*value",
    # the final sum: "Eindbedrag", "Totaalbedrag", "Final amount", "Montant final", "Som"
    r"eind\s*-?\s*(?:bedrag|totaal|som)", r"totaal\s*-?\s*(?:bedrag|som)", r"som",
    r"final\s*(?:amount|total|sum)", r"montant\s*final", r"importe\s*final",
    r"importo\s*finale", r"totale\s*finale", r"total\s*final",
)  # fmt: skip
TO_BE_PAID: Final = _words(r"(?:still\s*)?to\s*be\s*paid", r"remaining\s*to\s*be\s*paid")
"""Money still to pay ("Total to be paid"): due, not paid."""
_ACRONYM: Final = re.compile(r"(?<![a-z.])(?:[a-z]{1,2}\.\s?){2,}")
"""Dotted acronyms, read without their dots: "T.V.A." is "tva", "M.w.St." is "mwst"."""
TOTAL_ROLES: Final = frozenset({"net_total", "tax_total", "grand_total", "amount_due"})


_FEES: Final = re.compile(r"charges?|frais|spese")
"""Words for the charges themselves, not one kind of extra: "Sum of charges", "Total des
frais", "Totale spese" add them up."""
_SUM: Final = _words(
    r"total", r"totale", r"totaal", r"sum", r"summe", r"somme", r"suma", r"somma", r"som",
    r"gesamt\w*",
)  # fmt: skip


def _adjusting(text: str) -> bool:
    """Whether `text` names a discount, a charge or rounding; a sum of the charges ("Sum of
    charges", "Total charges") adds the lines up instead."""
    words = [m.group(0) for m in ADJUST.finditer(text)]
    if any(not _FEES.fullmatch(w) for w in words):
        return True
    return bool(words) and not _SUM.search(text)


def total_role(label: str) -> str | None:
    """The role a totals label names: net_total, tax_total, grand_total, amount_due, carry,
    paid, adjust (discounts, charges, rounding), or None for words that name no amount."""
    text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), fold(label))
    if not re.search(r"[a-z]{2}", text):
        return None
    if CARRY.search(text):
        return "carry"
    if (
        PAID.search(text)
        and not DUE.search(text.replace("paid", ""))
        and not TO_BE_PAID.search(text)
    ):
        return "paid"
    if _adjusting(text) and not TAX.search(text):
        return "adjust"
    if TAX.search(text):
        if OF_WHICH.search(text):
            return "tax_total"
        if INCLUDING.search(text) and not NOT_INCLUDED.search(text):
            return "grand_total"
        if EXCLUDING.search(text) or NET.search(text) or NOT_INCLUDED.search(text):
            return "net_total"
        return "tax_total"
    if DUE.search(text):
        return "amount_due"
    if NET.search(text) or SUBJECT.search(text):
        return "net_total"
    if GRAND.search(text):
        return "grand_total"
    return None


_ON_BASE: Final = _words(
    r"on", r"upon", r"auf", r"sur", r"su", r"sul", r"sulla", r"sobre", r"over", r"op"
)
"""The word that says what a tax was worked out on: "Tax 8.25% on net charges", "MwSt. 19 %
auf Nettobetrag", "TVA 20 % sur HT", "IVA 21 % sobre base imponible", "BTW 21% over netto"."""


def tax_on_base(label: str) -> bool:
    """Whether `label` opens with a tax word and names the base it was worked out on after it:
    the caption of the tax amount, not of the net ("Tax 8.25% on net charges")."""
    text = fold(label)
    tax = TAX.search(text)
    if tax is None or text[: tax.start()].strip(" .:-"):
        return False
    on = _ON_BASE.search(text, tax.end())
    rest = text[on.end() :] if on else ""
    return bool(NET.search(rest) or EXCLUDING.search(rest) or SUBJECT.search(rest))
