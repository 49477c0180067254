"""The invoice number among the identifiers an invoice prints: labels naming the invoice
("Invoice no.", "Rechnungs-ID", "N° de facture") win over bare invoice words and number signs,
and a value that a label of another identifier (order, folio, room, customer, account) points
at, or that stands right of another key on the line, is never the invoice's number."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from tasks.extract._before import joined_identifier
from tasks.extract._columned import in_column
from tasks.extract._dashed_numbers import dashed_code, dated_piece
from tasks.extract._hits import Found, Hit, value_candidates
from tasks.extract._labels import BARE_INVOICE_RE, GENERIC_LABELS, GENERIC_REF, INVOICE_WORDS
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._parse import currencies, fold, parse_date
from tasks.extract._ref_labels import OWN_REF
from tasks.extract._spaced_numbers import CAPS as _CAPS
from tasks.extract._spaced_numbers import DATE_CUE as DATE_CUE
from tasks.extract._spaced_numbers import NOT_PREFIX as _NOT_PREFIX
from tasks.extract._spaced_numbers import leading_prefix, prefixed_value, spaced_groups
from tasks.extract._street_values import street_line


def _sentence_end(token: str) -> str:
    """A token without the full stop of a sentence it ends ("... factuurnummer 2026-4471.")."""
    return token[:-1] if len(token) > 2 and token[-1] == "." and token[-2].isalnum() else token


def invoice_number_value(text: str) -> str | None:
    for token in text.split():
        token = _sentence_end(token.strip(",;:()[]"))
        if (
            len(token) >= 2
            and any(c.isdigit() for c in token)
            and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-/._&]*", token)
        ):
            date = parse_date(token)
            if date is None or date[1] != token:
                return token
    return None


_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_GROUP: Final = re.compile(r"\d{2,}")
_AMOUNT_SHAPE: Final = re.compile(r"[-\u2212]?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}")


def identifier(text: str) -> str | None:
    """The value of a bare invoice word ("Unsere Rechnung: SO-64589", "Factuur 2026.86111"):
    only a first token shaped like an identifier (a digit in it, not a date or an amount),
    alone or followed by a date cue, so that a title word never takes a stray number."""
    tokens = text.split()
    if not tokens:
        return None
    dashed = dashed_code(text)
    if dashed is not None:
        return dashed[0]  # "Rechnung INV - 2026 - 0042": a code in parts joined by dashes
    if len(tokens) > 1 and _CAPS.fullmatch(tokens[0]) and tokens[0] not in _NOT_PREFIX:
        rest = identifier(" ".join(tokens[1:]))  # "Invoice CW 638/2026": a capital prefix
        if rest is not None and rest == tokens[1] and not currencies(tokens[0]):
            return f"{tokens[0]} {rest}"
        groups = tokens[1:]  # "Factura: FV 2026 118": a prefix, a year and a serial
        if (
            2 <= len(groups) <= 3
            and all(_GROUP.fullmatch(g) for g in groups)
            and not currencies(tokens[0])
            and parse_date(" ".join(groups)) is None
            and not any(_YEAR.fullmatch(g) for g in groups[1:])
        ):
            return " ".join(tokens)
    token = _sentence_end(tokens[0].strip(",;:()[]"))
    if (
        len(token) < 3
        or not any(c.isdigit() for c in token)
        or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-/._]*", token)
        or _AMOUNT_SHAPE.fullmatch(token)
        or parse_date(token) is not None
        or (len(token) == 4 and token.isdigit() and 1990 <= int(token) <= 2100)  # a year
    ):
        return None
    rest = " ".join(tokens[1:])
    if len(tokens) > 1 and not DATE_CUE.match(rest) and not dated_piece(rest):
        return None  # "Facture INV-4711 - 03/03/2026" (any dash): the date's own piece
    return token


def bare_word(hit: Hit) -> bool:
    """Whether a hit is a bare invoice word ("Rechnung", "Factuur"), not a number label."""
    label = fold(hit.label)
    if "#" in label:
        return False  # "Invoice #": a number sign makes it a number label
    return hit.field == "invoice_number" and BARE_INVOICE_RE.fullmatch(label) is not None


_CITING: Final = frozenset(
    {"sur", "credits", "crediting", "for", "on", "to", "against", "re", "ref", "ref.", "rif",
     "rif.", "bezug", "zu", "zur", "zum", "auf", "op", "bij", "voor", "de", "del",
     "della", "alla", "a", "al", "per", "storniert", "cancels", "annule", "corrige", "corrects",
     "korrigiert", "ersetzt", "replaces", "remplace", "refunds", "rembourse", "corrigeert",
     "crediteert", "annuleert", "vervangt", "rectifica", "anula", "sustituye", "reembolsa",
     "rettifica", "annulla", "sostituisce", "rimborsa", "storna", "dell'", "van",
     # "regarding", "betreffend", "concernant", "riguardante", "relativa a", "met betrekking tot"
     "regarding", "concerning", "referring", "betreffend", "betreffende", "betrifft", "betr.",
     "betreft", "tot", "concernant", "relatif", "relative", "riguardante", "relativa",
     "relativo", "inerente", "referente", "referida", "referido", "riferita", "riferito"}
)  # fmt: skip
_ARTICLES: Final = frozenset(
    {"la", "le", "l'", "el", "il", "lo", "the", "die", "der", "het", "this", "cette", "esta",
     "questa", "diese", "deze", "that"}
)  # fmt: skip
_REVERSING: Final = re.compile(
    r"(?<![a-z])(?:storn\w*|correct\w*|corrig\w*|korrektur\w*|korrigier\w*|rectifi\w*|retti"
    r"fic\w*|refund\w*|credit\w*|gutschrift\w*|erstatt\w*|rembours\w*|reembols\w*|rimbors\w*"
    r"|annul\w*|anula\w*|cancel\w*|avoir|abono|accredit\w*|reversal|reverses|reverse)(?![a-z])"
)
"""Words of a line citing the invoice a document corrects, reverses or refunds."""


_REPLY: Final = frozenset({"re:", "aw:", "wg:", "fw:", "fwd:", "tr:", "rv:", "r:", "i:", "antw:"})
"""Prefixes a mail client sets before a subject it replies to or forwards."""
_SUBJECT: Final = frozenset(
    {"subject", "betreff", "betr.", "objet", "asunto", "oggetto", "onderwerp", "re", "assunto"}
)


def _replied(before: list[str], hit: Hit, layouts: Sequence[PageLayout]) -> bool:
    """Whether a bare invoice word follows only a mail client's reply or forward prefixes in
    the value of a subject label left of it on its line: the mail's own invoice."""
    if not before or any(w not in _REPLY for w in before):
        return False
    line = page_of(layouts, hit.segment.page).lines[hit.segment.line]
    left = [s for s in line if s.x1 <= hit.segment.x0]
    return bool(left) and left[-1].folded.strip(" :") in _SUBJECT


def _cited(hit: Hit, layouts: Sequence[PageLayout]) -> bool:
    """A bare invoice word after a citing word ("Avoir sur facture FA-1", "Credits invoice 42",
    "Bezug: | Rechnung 2026-7") names another invoice, not this one."""
    before = hit.segment.folded[: hit.start].split()
    if not before:  # the citing word may end the piece of text left of it
        line = page_of(layouts, hit.segment.page).lines[hit.segment.line]
        left = [s for s in line if s.x1 <= hit.segment.x0]
        before = left[-1].folded.split() if left else []
    if _replied(before, hit, layouts):
        return False  # "Subject: | RE: Invoice CW 638/2026": a reply to this invoice's mail
    words = [w.rstrip(":") for w in before[-3:]]
    while len(words) > 1 and words[-1] in _ARTICLES:  # "Annule et remplace la facture SI-4"
        words.pop()
    return bool(words) and words[-1] in _CITING


def cites_reversed_invoice(hits: list[Hit], layouts: Sequence[PageLayout]) -> Hit | None:
    """A line naming the invoice this document corrects, reverses or refunds ("Corrects invoice
    EN26-1", "Storno della fattura 2025-9", "Korrektur zu Rechnung RE-7"): a cited invoice word
    with its number after it and a reversing word on the line."""
    for hit in hits:
        if not bare_word(hit) or identifier(hit.rest) is None or not _cited(hit, layouts):
            continue
        line = page_of(layouts, hit.segment.page).lines[hit.segment.line]
        if any(_REVERSING.search(s.folded) for s in line if s.x0 <= hit.segment.x0):
            return hit
    return None


def short_no(hit: Hit) -> bool:
    """A number sign alone ("Nr.", "No.", "N°"), which also cites laws: "§ 4 Nr. 14 UStG"."""
    return hit.field == "invoice_number" and fold(hit.label).strip(" .:") in {"n°", "nr", "no"}


_NAMES_INVOICE: Final = re.compile(
    rf"(?<![a-z])(?:{INVOICE_WORDS}|credit\s*note|gutschrift|avoir|abono|credito|creditnota"
    r"|rg|rech|rechn|fakt|fact|fatt|fra|inv)(?![a-z])|(?<=[a-z])rechnungs?(?![a-z])"
)
"""An invoice word in a label: the label names the invoice's own number."""


def names_invoice(label: str) -> bool:
    """Whether a label names the invoice ("Invoice reference", "Rechnungsreferenz")."""
    return _NAMES_INVOICE.search(fold(label)) is not None


def _names_other(hit: Hit) -> bool:
    """A number sign or number word followed by a word ("N° de folio", "Nr. Kunde", "Numero
    camera") numbers something else than the invoice: the word says what."""
    if not (short_no(hit) or fold(hit.label).strip(" .:") in GENERIC_LABELS):
        return False
    tokens = hit.rest.split()
    if not tokens:
        return False
    if tokens[0].lower() in _OF_WORDS:
        return True  # "N° d' | Abonné": a sign and "of" name what the next label says
    first = tokens[0].strip(",;:()[]").split("'")[-1]  # "N° d'abonné": the word after d'
    return len(first) >= 2 and first.isalpha() and not first.isupper()


_OF_WORDS: Final = frozenset(
    {"de", "d'", "du", "des", "di", "del", "dell'", "della", "of", "van", "der", "l'"}
)
"""Words joining a number sign to what it numbers: an invoice would have made a longer label."""


_ANOTHER: Final = re.compile(
    r"(?:original\w*|origin\w*|d'origine|ursprungl\w*|urspr\.?|oorspronkelijk\w*|rectificad[ao]s?"
    r"|rettificat[ao]|corrigee|berichtigte\w*|stornierte\w*|stornat[ao]|annulee|anulad[ao]"
    r"|annullat[ao]|cancell?ed|replaced|reversed|credited|gecrediteerde|related|referenced"
    r"|bezogene\w*|liee|associee|concernee|relacionad[ao]|asociad[ao]|collegat[ao]|gerelateerde"
    r"|vorherige\w*|previous|precedente|anterior|vorige|initial\w*|iniziale)$"
)
"""Words that make an invoice label name another invoice: "Original invoice no.", "Nº factura
rectificada", "Ursprüngliche Rechnungsnummer", "Fattura originale n."."""


def of_another_invoice(hit: Hit) -> bool:
    """An invoice label qualified as another invoice's, by a word before it, inside it or
    after it: the number it points at is the invoice this one corrects or cites."""
    before = hit.segment.folded[: hit.start].split()
    after = fold(hit.rest).split()
    words = [w.strip(":.,()") for w in before[-1:] + fold(hit.label).split() + after[:1]]
    return any(_ANOTHER.match(w) for w in words)


def _key_like(segment: Segment) -> bool:
    """Text that is a key of its own: letters, no digit, no currency ("Folio-Nr.", "Zimmer")."""
    text = segment.text
    return (
        sum(c.isalpha() for c in text) >= 3
        and not any(c.isdigit() for c in text)
        and not currencies(text)
    )


def _pick(
    hits: list[Hit],
    layouts: Sequence[PageLayout],
    parse: Callable[[str], str | None],
    claimed: set[int],
) -> list[Found]:
    """The value each hit points at: the first candidate that parses, unless another
    identifier's label claims it or the scan right of the label has passed another key."""
    found = []
    for hit in hits:
        candidates = value_candidates(hit, page_of(layouts, hit.segment.page))
        passed = False  # the scan right of the label has passed another key
        for index, (segment, text, where, confidence) in enumerate(candidates):
            if where != "inline" and id(segment) in claimed:
                break
            if where == "right" and passed:
                continue  # "Rechnung (Folio) | Folio-Nr. | 18456": the value of another key
            if where == "below" and in_column(page_of(layouts, hit.segment.page), segment):
                break  # "Bon-Nr. | 4105 | 4118": the label heads a column of the rows' numbers
            value = parse(text)
            if value is not None and where == "before":
                value = joined_identifier(text) or value  # "L 023593 Invoice reference"
            elif value is not None and parse is invoice_number_value:
                value = spaced_groups(segment, text, value)  # "Bill reference | 2608 29478"
                if where in ("right", "below", "above"):
                    value = prefixed_value(text, value)  # "Invoice ref. no. | FV 986/06/2026"
                elif where == "inline":
                    value = leading_prefix(segment, text, value)  # "Our ref. no.: LS 43692"
                if _YEAR.fullmatch(value) and text.split()[0] != value:
                    value = None  # "INV 2026", "Q3 2026": a year after a word, not a number
            if value is not None and where != "inline" and street_line(text, value):
                value = None  # "Carretera A-319 km 48": an address line below or beside
            if value is not None and where == "below" and _deep_in(text, value):
                value = None  # "Firma · Hafenstraße 33 · ...": a line below, not its value
            if value is None:
                following = candidates[index + 1][2] if index + 1 < len(candidates) else None
                passed = where == "right" and following == "right" and _key_like(segment)
                continue
            label = fold(hit.label)
            if label.strip(" .:") in GENERIC_LABELS or _REF_ONLY.match(label):
                confidence -= 0.15  # "Nummer", "Reference no.": an invoice label wins
            elif _NAMES_INVOICE.search(label) and not bare_word(hit):
                confidence += 0.05  # "Rechnungs-ID" over "Beleg-Nr."
            source = f"label:{hit.label.rstrip(':')}"
            found.append(Found(value, confidence, source, segment, text.strip()))
            break
    return found


def _deep_in(text: str, value: str) -> bool:
    """Whether `value` stands after more than two words of a line below a label: a value
    below its label opens its line ("FV 986/2026", "No. 4471"), a footer's house number
    does not."""
    words = text.split()
    return next((i for i, w in enumerate(words) if value in w), 0) > 2


_REF_ONLY: Final = re.compile(
    rf"(?:{GENERIC_REF}|{OWN_REF}|(?:n\s*\.?\s*°|n\.|no\.?|nr\.?)\s*(?:de\s*|di\s*)?ref)"
)
"""A label naming a reference, not the invoice: less sure than an invoice label."""


_OWN_REF_RE: Final = re.compile(OWN_REF)


def _in_text(hit: Hit) -> bool:
    """A label word inside a sentence ("quoting our reference", "unter Angabe der
    Rechnungsnummer."): a mention, whose value is not on the next line."""
    if hit.start == 0:
        return False
    if _OWN_REF_RE.match(fold(hit.label)):
        return True
    text = hit.segment.text
    if len(text[: hit.start].split()) < 3:
        return False
    if not hit.rest.strip(" ."):
        return text.rstrip().endswith(".")
    # "unter Angabe der Belegnummer erbeten.": the sentence goes on in small words, no value
    if all(_SMALL_WORD.fullmatch(w) for w in hit.rest.split()):
        return True
    # "... mit der Belegnummer als Verwendungszweck.": words without a digit end the sentence
    return text.rstrip().endswith(".") and not any(c.isdigit() for c in hit.rest)


_SMALL_WORD: Final = re.compile(r"[^\W\dA-Z][^\W\d]*[.,;!)]?")
"""A word of running text: lower-case letters, perhaps closing the sentence."""


def _claimed(hits: list[Hit], layouts: Sequence[PageLayout]) -> set[int]:
    """The segments holding the values of other identifiers' labels (order, customer, folio)."""
    others = [h for h in hits if h.field == "reference"]
    return {id(f.segment) for f in _pick(others, layouts, invoice_number_value, set())}


def invoice_numbers(hits: list[Hit], layouts: Sequence[PageLayout]) -> list[Found]:
    """Invoice numbers by label, best first; a bare invoice word ("Rechnung:", "Factuur") or
    number sign ("Nr.") points at its value only when that is shaped like an identifier, and
    counts less than a number label; a number sign naming another thing counts not at all."""
    bare = [h for h in hits if bare_word(h) or short_no(h)]
    labelled = [
        h
        for h in hits
        if h.field == "invoice_number" and h not in bare and not _names_other(h) and not _in_text(h)
    ]
    labelled = [h for h in labelled if not of_another_invoice(h)]
    bare = [h for h in bare if not _cited(h, layouts) and not _names_other(h)]
    bare = [h for h in bare if not of_another_invoice(h)]
    claimed = _claimed(hits, layouts)
    found = _pick(labelled, layouts, invoice_number_value, claimed)
    for item in _pick(bare, layouts, identifier, claimed):
        item.confidence -= 0.1
        found.append(item)
    return sorted(found, key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))


_LONE_YEAR: Final = 0.35
"""The confidence of a lone year read as the number when nothing else is: likely a mistake."""


def years_last(numbers: list[Found]) -> list[Found]:
    """Candidates with a lone year ("Invoice no. 2026", a date's year) after every other: a
    year alone is no running number while any other candidate exists, and is unsure when
    none does."""
    years = [f for f in numbers if _YEAR.fullmatch(f.value)]
    if not years:
        return numbers
    for found in years:
        found.confidence = min(found.confidence, _LONE_YEAR)
    return [f for f in numbers if f not in years] + years


__all__ = [
    "DATE_CUE", "bare_word", "cites_reversed_invoice", "identifier", "invoice_number_value",
    "invoice_numbers", "names_invoice", "of_another_invoice", "short_no", "years_last",
]  # fmt: skip
