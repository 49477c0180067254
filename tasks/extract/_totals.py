"""Totals by label and arithmetic: the consistent (net, tax, grand) triple, the amount due,
line items checked against the net total, and missing totals derived with lower confidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from core.models import Evidence, Invoice
from tasks.extract._amounts import Amount, totals_area
from tasks.extract._consistent import consistent_triple, over_lines, rate_score
from tasks.extract._hits import Found, Hit, collect
from tasks.extract._layout import PageLayout
from tasks.extract._parse import decimal_mark, find_money
from tasks.extract._roles import TOTAL_ROLES
from tasks.extract._table import Table
from tasks.extract._tax_summary import SummaryTotals, confirmed_summary

TOTALS: Final = ("net_total", "tax_total", "grand_total")


def money_parser(hint: str | None) -> Callable[[str], Decimal | None]:
    def parse(text: str) -> Decimal | None:
        found = find_money(text, hint)
        return found[0] if found else None

    return parse


def decimal_hint(layouts: Sequence[PageLayout]) -> str | None:
    marks: Counter[str] = Counter()
    for layout in layouts:
        for segment in layout.segments:
            found = find_money(segment.text)
            mark = decimal_mark(found[1]) if found else None
            if mark:
                marks[mark] += 1
    return marks.most_common(1)[0][0] if marks else None


_WRONG_ROLE: Final = -4.0
_ROLE_SCORES: Final = {
    # what each place of the triple scores for the role its label names
    "net_total": {"net_total": 3.0, "grand_total": -2.0},
    "tax_total": {"tax_total": 3.0},
    "grand_total": {"grand_total": 3.0, "amount_due": 2.5},
}


def _role_score(place: str, amount: Amount) -> float:
    if amount.role is None or amount.role not in TOTAL_ROLES:
        return 0.0
    score = _ROLE_SCORES[place].get(amount.role, _WRONG_ROLE)
    return score if amount.direct else score / 2


@dataclass
class _Triple:
    net: Amount
    tax: Amount
    grand: Amount
    score: float
    labelled: int


def _candidates(amounts: list[Amount]) -> tuple[list[Amount], list[Amount]]:
    """Amounts that may be totals, and the possible tax totals (with the sum of several
    per-rate tax amounts when no tax total is printed)."""
    usable = [a for a in amounts if a.role is None or a.role in TOTAL_ROLES]
    taxes = list(usable)
    per_rate = [a for a in usable if a.role == "tax_total" and a.direct]
    if len(per_rate) >= 2:
        total = sum((a.value for a in per_rate), Decimal(0))
        last = per_rate[-1]
        taxes.append(Amount(total, last.segment, last.text, last.label, "tax_total", True))
    return usable, taxes


def best_triple(amounts: list[Amount], lines_sum: Decimal | None) -> _Triple | None:
    """The (net, tax, grand) amounts with net + tax = grand that best fit their labels, the
    line items and a plausible VAT rate."""
    usable, taxes = _candidates(amounts)
    by_value: dict[Decimal, list[Amount]] = {}
    for amount in usable:
        by_value.setdefault(amount.value, []).append(amount)
    largest = max((abs(a.value) for a in usable), default=Decimal(0))
    extra = sum((a.value for a in amounts if a.role == "adjust" and a.direct), Decimal(0))
    best: _Triple | None = None
    for net in usable:
        if net.value == 0:
            continue
        for tax in taxes:
            if tax is net or tax.segment is net.segment:
                continue
            grands = list(by_value.get(net.value + tax.value, ()))
            adjusted = bool(extra) and not grands
            if adjusted:  # shipping or a discount after the tax: "Shipping 5.00"
                grands = [g for g in by_value.get(net.value + tax.value + extra, ())
                          if g.order > net.order]  # fmt: skip
            for grand in grands:
                if grand.segment is net.segment or grand.segment is tax.segment:
                    continue
                # lines that add up to the net before a discount say nothing against the
                # base after it: only an exact sum may claim them
                lines = None if adjusted else lines_sum
                triple = _score(net, tax, grand, lines, abs(grand.value) == largest)
                if triple and adjusted:
                    triple.score -= 4  # an exact sum elsewhere is the better reading
                if triple and (
                    best is None or (triple.score, grand.order) > (best.score, best.grand.order)
                ):
                    best = triple
    return best


def _score(
    net: Amount, tax: Amount, grand: Amount, lines_sum: Decimal | None, largest: bool
) -> _Triple | None:
    roles = [_role_score("net_total", net), _role_score("tax_total", tax),
             _role_score("grand_total", grand)]  # fmt: skip
    lines = lines_sum is not None and lines_sum == net.value
    if lines and net.role == "grand_total" and grand.order > net.order and grand.order > tax.order:
        roles[0] = 0.0  # "Total" of the items above the tax, then the total with tax
    score = sum(roles) + rate_score(net.value, tax.value)
    if largest:  # the grand total is the largest amount around (unless money was prepaid)
        score += 1
    if lines:
        score += 3
    elif lines_sum is not None and lines_sum == grand.value:
        score += 1
    if grand.order > net.order and grand.order > tax.order:
        score += 1
    elif grand.order < net.order and grand.order < tax.order:
        score -= 1
    labelled = sum(1 for r in roles if r > 0)
    if score < 4 or not (labelled or lines) or any(r < 0 for r in roles):
        return None
    if net.value and abs(tax.value / net.value) > Decimal("0.4"):
        return None  # no VAT rate comes near: "Beitrag 220,00 + Forderung 220,00 = 440,00"
    return _Triple(net, tax, grand, score, labelled)


def _found(amount: Amount, confidence: float, source: str) -> Found:
    return Found(amount.value, confidence, source, amount.segment, amount.text)


def choose_totals(
    hits: list[Hit],
    layouts: Sequence[PageLayout],
    hint: str | None,
    tables: dict[int, Table] | None = None,
) -> tuple[dict[str, Found], list[str]]:
    """Net, tax and grand total: the amounts that add up and fit their labels best, else each
    by its label alone (with a warning when those do not add up)."""
    parse = money_parser(hint)
    candidates = {f: collect(hits, layouts, f, parse) for f in (*TOTALS, "amount_due")}
    # Totals sit at the end: among equally sure candidates prefer the lowest on the last page.
    for values in candidates.values():
        values.sort(key=lambda f: (-f.confidence, -f.segment.page, -f.segment.y0))
    amounts = totals_area(layouts, tables or {}, hint)
    _add_label_roles(amounts, candidates)
    items = [item for table in (tables or {}).values() for item in table.items]
    lines_sum = (
        sum((item.net_amount or Decimal(0) for item in items), Decimal(0))
        if items and all(item.net_amount is not None for item in items)
        else None
    )
    warnings: list[str] = []
    triple = best_triple(amounts, lines_sum)
    summary = confirmed_summary(layouts, hint, [a.value for a in amounts], lines_sum)
    if summary is not None and (triple is None or summary.rows >= 2):
        return summed_totals(summary), warnings  # "VAT rate | Net | VAT | Gross", per rate
    if triple:
        confidence = min(0.97, 0.7 + 0.09 * triple.labelled)
        return {
            "net_total": _found(triple.net, confidence, f"label:{triple.net.label}+arithmetic"),
            "tax_total": _found(triple.tax, confidence, f"label:{triple.tax.label}+arithmetic"),
            "grand_total": _found(
                triple.grand, confidence, f"label:{triple.grand.label}+arithmetic"
            ),
        }, warnings
    checked = consistent_triple(amounts, lines_sum)
    if checked:  # the labels disagree with the arithmetic: the amounts that add up win
        source = "arithmetic:net+tax=grand"
        return {
            "net_total": _found(checked.net, 0.6, source),
            "tax_total": _found(checked.tax, 0.6, source),
            "grand_total": _found(checked.grand, 0.6, source),
        }, warnings
    paired = over_lines(amounts, lines_sum) if lines_sum is not None else None
    if paired:  # the net follows from the lines (`fill_missing_totals`)
        source = "arithmetic:lines+tax=grand"
        return {
            "tax_total": _found(paired[0], 0.5, source),
            "grand_total": _found(paired[1], 0.5, source),
        }, warnings
    chosen: dict[str, Found] = {}
    named = [a for a in amounts if a.role == "grand_total" and a.direct]
    # an amount whose words name the grand total before one labelled as the amount to pay
    # (a balance may add an older debt: "Beitrag inkl. Steuer 220 | zu zahlen 440")
    grands = candidates["grand_total"] or ([] if named else candidates["amount_due"])
    fallback = {
        "net_total": candidates["net_total"],
        "tax_total": candidates["tax_total"],
        "grand_total": grands,
    }
    for name, values in fallback.items():
        if values:
            chosen[name] = values[0]
        else:
            roles = [a for a in amounts if a.role == name and a.direct]
            if name == "grand_total" and not roles:
                roles = [a for a in amounts if a.role == "amount_due" and a.direct]
            if roles:
                chosen[name] = _found(roles[-1], 0.6, f"label:{roles[-1].label}")
    _one_amount_one_total(chosen)
    net, tax, grand = (chosen.get(name) for name in TOTALS)
    if net and tax and grand and net.value + tax.value != grand.value:
        repaired = _tax_from_difference(net, grand, amounts)
        if repaired:
            chosen["tax_total"] = repaired
            return chosen, warnings
        warnings.append("net total plus tax does not equal the grand total")
        for found in chosen.values():
            found.confidence *= 0.6
    return chosen, warnings


def summed_totals(summary: SummaryTotals) -> dict[str, Found]:
    """Net, tax and grand total from a tax summary's rows summed over the rates."""
    grand = summary.gross if summary.gross is not None else summary.net + summary.tax
    source = f"tax-summary:{summary.rows} rows"
    out = {}
    for name, value, kind in (("net_total", summary.net, "net"), ("tax_total", summary.tax, "tax"),
                              ("grand_total", grand, "gross")):  # fmt: skip
        segment = summary.last.get(kind) or summary.last["tax"]
        out[name] = Found(value, 0.85, source, segment, segment.text)
    return out


def _one_amount_one_total(chosen: dict[str, Found]) -> None:
    """The tax is printed apart from the net and the grand total ("VAT on services 22 % |
    20,07" read by one label as the net and by another as the tax): the surer reading keeps
    the amount, a tie drops both. (Net and grand may share one amount when no tax is due.)"""
    for first, second in (("net_total", "tax_total"), ("tax_total", "grand_total")):
        a, b = chosen.get(first), chosen.get(second)
        if a is None or b is None or a.segment is not b.segment:
            continue
        if a.confidence >= b.confidence:
            del chosen[second]
        if a.confidence <= b.confidence:
            del chosen[first]


def _tax_from_difference(net: Found, grand: Found, amounts: list[Amount]) -> Found | None:
    """Grand minus net as the tax, when that is a plausible rate of the net and printed on the
    page (its sign lost, say), and the tax label pointed at something else."""
    tax = grand.value - net.value
    if rate_score(net.value, tax) <= 0:
        return None
    printed = next((a for a in amounts if abs(a.value) == abs(tax) and a.role != "carry"), None)
    if printed is None:
        return None
    return Found(tax, 0.5, "arithmetic:grand-net", printed.segment, printed.text)


def _add_label_roles(amounts: list[Amount], labelled: dict[str, list[Found]]) -> None:
    """Amounts whose words named no role take the field of a label that points at them
    (a label above and left of a sidebar value, say)."""
    by_segment = {id(a.segment): a for a in amounts}
    for field, values in labelled.items():
        for found in values:
            amount = by_segment.get(id(found.segment))
            if amount is not None and amount.role is None and amount.value == found.value:
                amount.role = field
                amount.label = found.source.removeprefix("label:")
                amount.direct = True


def set_amount_due(
    invoice: Invoice, hits: list[Hit], layouts: Sequence[PageLayout], hint: str | None
) -> None:
    """The labelled amount due, else the grand total (nothing prepaid is shown)."""
    due = collect(hits, layouts, "amount_due", money_parser(hint))
    due.sort(key=lambda f: (-f.confidence, -f.segment.page, -f.segment.y0))
    if due:
        invoice.amount_due = due[0].value
        invoice.evidence["amount_due"] = due[0].evidence()
    elif invoice.grand_total is not None:
        derive(invoice, "amount_due", invoice.grand_total, 0.6, "arithmetic:grand total")


def derive(invoice: Invoice, field: str, value: Decimal, confidence: float, source: str) -> None:
    setattr(invoice, field, value)
    invoice.evidence[field] = Evidence(confidence=confidence, source=source, text=str(value))


def check_lines(invoice: Invoice, table: Table) -> None:
    amounts = [line.net_amount for line in invoice.lines if line.net_amount is not None]
    consistent = all(
        line.quantity is None
        or line.unit_price is None
        or line.net_amount is None
        or abs(line.quantity * line.unit_price - line.net_amount) <= Decimal("0.01")
        for line in invoice.lines
    )
    total = sum(amounts, Decimal(0))
    adds_up = invoice.net_total is None or total == invoice.net_total
    confidence = 0.9 if consistent and adds_up else 0.6
    if not adds_up:
        invoice.warnings.append("line items do not add up to the net total")
    if not consistent:
        invoice.warnings.append("a line item's quantity times unit price differs from its amount")
    invoice.evidence["lines"] = Evidence(
        confidence=confidence, source=f"table:{table.header_text}", page=table.page,
        bbox=table.bbox, text=table.header_text,
    )  # fmt: skip


def positive_credit(invoice: Invoice) -> None:
    """A credit note (type 381) printed with minus signs is read with positive amounts, as its
    e-invoice would carry them (the type says which way the money goes), the lines with it.
    Corrections (384) keep their signs."""
    totals = [getattr(invoice, name) for name in TOTALS if getattr(invoice, name) is not None]
    if invoice.type_code != "381" or not any(v < 0 for v in totals) or any(v > 0 for v in totals):
        return
    for name in (*TOTALS, "amount_due"):
        value = getattr(invoice, name)
        if value is not None:
            setattr(invoice, name, -value)
    for line in invoice.lines:
        if line.net_amount is not None:
            line.net_amount = -line.net_amount
        if line.unit_price is not None and line.unit_price < 0:
            line.unit_price = -line.unit_price
    invoice.warnings.append("amounts are printed negative: read as a credit note's amounts")


def fill_missing_totals(invoice: Invoice) -> None:
    net, tax, grand = invoice.net_total, invoice.tax_total, invoice.grand_total
    if net is None and invoice.lines and all(line.net_amount is not None for line in invoice.lines):
        net = sum((line.net_amount or Decimal(0) for line in invoice.lines), Decimal(0))
        derive(invoice, "net_total", net, 0.6, "arithmetic:sum of lines")
    if grand is None and net is not None and tax is not None:
        derive(invoice, "grand_total", net + tax, 0.6, "arithmetic:net+tax")
    elif tax is None and net is not None and grand is not None:
        derive(invoice, "tax_total", grand - net, 0.6, "arithmetic:grand-net")
    elif net is None and tax is not None and grand is not None:
        derive(invoice, "net_total", grand - tax, 0.6, "arithmetic:grand-tax")
