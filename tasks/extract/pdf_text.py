"""Layout-aware rules that read an invoice from a PDF's text layer.

Labels from dictionaries in six languages (`_labels`) are found in the positioned text
(`_layout`); each value is taken from the same piece of text, the piece to its right on the same
line, or the piece below it. Totals are cross-checked by arithmetic, line items read from the
table by column geometry, and every field carries its `Evidence`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from core.models import Evidence, ExtractorInfo, Invoice
from tasks.extract._header import read_header, title_type
from tasks.extract._hits import Found, Hit, find_hits
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._numbers import cites_reversed_invoice
from tasks.extract._other_documents import other_document
from tasks.extract._parse import CURRENCY_CUE, IBAN_RE, currencies
from tasks.extract._parties import Parties, find_parties
from tasks.extract._rows import all_items, read_tables
from tasks.extract._table import Table
from tasks.extract._totals import (
    check_lines,
    choose_totals,
    decimal_hint,
    fill_missing_totals,
    positive_credit,
    set_amount_due,
)

PDF_RULES: Final = ExtractorInfo(name="pdf-rules", version="0.26.0")


def _currency(
    layouts: Sequence[PageLayout], totals: dict[str, Found]
) -> tuple[str, Evidence] | None:
    scores: Counter[str] = Counter()
    where: dict[str, tuple[Segment, str]] = {}
    forms: set[str] = set()
    for found in totals.values():
        for code, printed in currencies(found.text):
            scores[code] += 3
            where.setdefault(code, (found.segment, printed))
            forms.add(printed)
    for layout in layouts:
        for line in layout.lines:
            named = False  # "Währung | EUR", "Alle Beträge in DKK": the currency by name
            for segment in line:
                found = currencies(segment.text)
                named = named or CURRENCY_CUE.search(segment.folded) is not None
                for code, printed in found:
                    scores[code] += 4 if named else 1
                    where.setdefault(code, (segment, printed))
                    forms.add(printed)
                if found:
                    named = False
    if not scores:
        return _crowns(layouts)
    dollars = [c for c, _ in scores.most_common() if c in _DOLLARS]
    if dollars and "USD" in scores and not forms & {"USD", "US$"}:
        scores[dollars[0]] += scores.pop("USD")  # "$" on a Canadian invoice is a Canadian dollar
    code, score = scores.most_common(1)[0]
    segment, printed = where[code]
    confidence = 0.9 if score >= 3 else 0.7
    kind = "code" if printed == code else "symbol"
    return code, Evidence(
        confidence=confidence, source=f"{kind}:{printed}", page=segment.page,
        bbox=segment.bbox, text=segment.text,
    )  # fmt: skip


_DOLLARS: Final = frozenset({"CAD", "AUD", "NZD", "HKD", "SGD", "MXN"})
_KRONE: Final = re.compile(r"\d\s?(?:kr\.?|Kr\.?|:-)(?![A-Za-z])|(?<![A-Za-z])kr\.?\s?\d")
_CROWNS: Final = {"DK": "DKK", "SE": "SEK", "NO": "NOK", "IS": "ISK", "FO": "DKK", "GL": "DKK"}


def _crowns(layouts: Sequence[PageLayout]) -> tuple[str, Evidence] | None:
    """Amounts in "kr." name no currency by themselves: the crown of the country whose IBAN
    the invoice prints (Danish, Swedish, Norwegian, Icelandic)."""
    printed = next(
        (s for layout in layouts for s in layout.segments if _KRONE.search(s.text)), None
    )
    if printed is None:
        return None
    for layout in layouts:
        for segment in layout.segments:
            for match in IBAN_RE.finditer(segment.text):
                code = _CROWNS.get(match.group(1)[:2])
                if code:
                    return code, Evidence(
                        confidence=0.6, source=f"symbol:kr+IBAN {match.group(1)[:2]}",
                        page=printed.page, bbox=printed.bbox, text=printed.text,
                    )  # fmt: skip
    return None


@dataclass
class _Fields:
    """What `parse_invoice` reads before the currency and the parties, with what they need."""

    invoice: Invoice
    hits: list[Hit]
    totals: dict[str, Found]
    table: Table | None
    type_evidence: Evidence | None
    used: set[int]


def invoice_fields(layouts: Sequence[PageLayout]) -> Invoice | None:
    """The invoice as `parse_invoice` reads it, without its currency, parties and confidence
    (its number, dates and totals are the same): enough to tell which invoice a page shows."""
    fields = _read_fields(layouts)
    return fields.invoice if fields else None


def parse_invoice(layouts: Sequence[PageLayout]) -> Invoice | None:
    """The invoice the pages show, or None when no invoice fields are recognisable."""
    fields = _read_fields(layouts)
    if fields is None:
        return None
    invoice = fields.invoice
    currency = _currency(layouts, fields.totals)
    if currency:
        invoice.currency, invoice.evidence["currency"] = currency
    if fields.type_evidence:
        invoice.evidence["type_code"] = fields.type_evidence
    positive_credit(invoice)
    parties = find_parties(layouts, fields.hits, fields.table, fields.used)
    _apply_parties(invoice, parties)
    invoice.confidence = overall_confidence(invoice)
    return invoice


def _read_fields(layouts: Sequence[PageLayout]) -> _Fields | None:
    if not layouts:
        return None
    hint = decimal_hint(layouts)
    tables = read_tables(layouts, hint)
    hits = find_hits(layouts, tables)
    invoice = Invoice(extractor=PDF_RULES)
    numbers, issued, due = read_header(layouts, hits, tables)
    if numbers:
        invoice.invoice_number = numbers[0].value
        invoice.evidence["invoice_number"] = numbers[0].evidence()
    if issued:
        invoice.issue_date = issued[0].value
        invoice.evidence["issue_date"] = issued[0].evidence()
    if due:
        invoice.due_date = due[0].value
        invoice.evidence["due_date"] = due[0].evidence()
    totals, warnings = choose_totals(hits, layouts, hint, tables)
    invoice.warnings.extend(warnings)
    for name, found in totals.items():
        setattr(invoice, name, found.value)
        invoice.evidence[name] = found.evidence()
    set_amount_due(invoice, hits, layouts, hint)
    table = next(iter(tables.values()), None)
    if table and table.items:
        invoice.lines = all_items(tables)
        check_lines(invoice, table)
    fill_missing_totals(invoice)
    invoice.type_code, type_evidence, titles = title_type(layouts[0])
    if type_evidence is None:
        type_evidence = _reversal(invoice, hits, layouts)
    if not titles and other_document(layouts[0]) is not None:
        return None  # a quotation or delivery note is not read as an invoice
    if not recognisable(invoice, titled=bool(titles), balanced=_balanced(totals)):
        return None
    used = {id(f.segment) for f in (*numbers, *issued, *due, *totals.values())} | titles
    return _Fields(invoice, hits, totals, table, type_evidence, used)


def _reversal(invoice: Invoice, hits: list[Hit], layouts: Sequence[PageLayout]) -> Evidence | None:
    """An untitled document whose totals are all negative and that cites the invoice it
    corrects or refunds ("Corrects invoice EN26-1") is a credit note (381)."""
    totals = [
        v for v in (invoice.net_total, invoice.tax_total, invoice.grand_total) if v is not None
    ]
    if not totals or any(v >= 0 for v in totals):
        return None
    cited = cites_reversed_invoice(hits, layouts)
    if cited is None:
        return None
    invoice.type_code = "381"
    segment = cited.segment
    return Evidence(
        confidence=0.7, source=f"reverses:{segment.text}", page=segment.page, bbox=segment.bbox,
        text=segment.text,
    )  # fmt: skip


def _balanced(totals: Mapping[str, Found]) -> bool:
    """Net, tax and grand total each printed under its own label and adding up (net + tax =
    grand, tax not zero): a priced document even when its number and date sit in prose
    (an invoice printed from an e-mail, "Re: Invoice CW 638/2026")."""
    net, tax, grand = (totals.get(name) for name in ("net_total", "tax_total", "grand_total"))
    if net is None or tax is None or grand is None:
        return False
    return tax.value != 0 and net.value + tax.value == grand.value


def recognisable(invoice: Invoice, *, titled: bool = False, balanced: bool = False) -> bool:
    """Two of: a number, an issue date, a total, an invoice title ("Beitragsrechnung" over a
    letter with its premium and no number printed is an invoice too), labelled totals that
    add up (net + tax = grand)."""
    found = [
        invoice.invoice_number is not None,
        invoice.issue_date is not None,
        invoice.grand_total is not None or invoice.net_total is not None,
        titled,
        balanced,
    ]
    return sum(found) >= 2


def _apply_parties(invoice: Invoice, parties: Parties) -> None:
    invoice.seller = parties.seller
    invoice.buyer = parties.buyer
    invoice.evidence.update(parties.evidence)


KEY_FIELDS: Final = (
    "invoice_number", "issue_date", "currency", "grand_total", "net_total", "tax_total",
    "seller.name", "buyer.name",
)  # fmt: skip


def overall_confidence(invoice: Invoice) -> float:
    """The mean confidence of the key fields (missing ones count 0), lowered when warned about;
    the same formula for every reader, so their invoices compare."""
    scores = [invoice.evidence[f].confidence if f in invoice.evidence else 0.0 for f in KEY_FIELDS]
    score = sum(scores) / len(scores)
    if invoice.warnings:
        score *= 0.8
    return round(score, 3)


__all__ = [
    "KEY_FIELDS",
    "PDF_RULES",
    "invoice_fields",
    "overall_confidence",
    "parse_invoice",
    "recognisable",
]
