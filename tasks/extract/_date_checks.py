"""Checks on the issue and due dates a header reading proposes: a date that opens a period
("01.08.2026 - 30.08.2026", any dash) is neither; a date in a row of the line-item table is
the day of that item, never the issue date; and a due date before the issue date, when the
due date is not printed plainly beside its label, means a pairing went wrong, so neither is
given."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Final

from tasks.extract._hits import Found, Hit, collect
from tasks.extract._layout import PageLayout
from tasks.extract._parse import fold, parse_date
from tasks.extract._table import Table

_TO: Final = re.compile(r"\s*(?:[-\u2013\u2014~]|to|bis|au|al|a|tot|t/m|through|until)\s*", re.I)


def opens_period(text: str, raw: str) -> bool:
    """Whether the date printed as `raw` in `text` is the first day of a period."""
    after = text[text.find(raw) + len(raw) :]
    joint = _TO.match(after)
    if joint is None:
        return False
    rest = after[joint.end() :]
    second = parse_date(rest)
    return second is not None and rest.lstrip().startswith(second[1][:2])


def outside_items(found: list[Found], tables: dict[int, Table]) -> list[Found]:
    """`found` without the dates printed in the rows of a line-item table."""
    rows = {id(s) for t in tables.values() if t.items for row in t.rows for s in row}
    return [f for f in found if id(f.segment) not in rows]


PLAIN: Final = 0.85
"""The confidence of a due date printed beside or right under its label."""


def consistent(issued: list[Found], due: list[Found]) -> tuple[list[Found], list[Found]]:
    """Both lists, or neither when the best due date precedes the best issue date and was not
    printed plainly beside its label (an invoice read wrong is worse than one not read)."""
    if issued and due and due[0].value < issued[0].value and due[0].confidence < PLAIN:
        return [], []
    return issued, due


_TAX_POINT: Final = re.compile(
    r"exigibilit|tax\s*point|devengo|esigibilit|steuer\s*-?\s*(?:falligkeit|entstehung)"
    r"|leistungs\s*-?\s*(?:datum|tag)|belastingpunt"
)
"""A label of the day the tax falls due (the tax point), which is not the day to pay."""
_DEADLINE: Final = re.compile(
    r"(?<![a-z])(?:pay\w*|settle|remit|due|deadline|latest|before|until|zahl\w*|begleich\w*"
    r"|uberweis\w*|bis|spatestens|fallig\w*|plus\s*tard|avant|regl\w*|echeance|pag\w*"
    r"|antes|hasta|vencimiento|vence|entro|scadenza|uiterlijk|voor|betal\w*|vervaldatum)(?![a-z])"
)
"""Words of an explicit payment deadline: "Paiement au plus tard le", "Zahlbar bis"."""


def _label(found: Found) -> str:
    return fold(found.source.removeprefix("label:"))


def tax_point_issued(issued: list[Found], due: list[Found]) -> tuple[list[Found], list[Found]]:
    """A header with two due-looking labels, one naming the tax point ("Date d'exigibilité")
    and one an explicit payment deadline ("Paiement au plus tard le"): the deadline is the due
    date, and the tax point the issue date when no issue date is labelled. A lone tax-point
    label keeps its reading."""
    points = [f for f in due if _TAX_POINT.search(_label(f))]
    deadlines = [f for f in due if f not in points and _DEADLINE.search(_label(f))]
    if not deadlines:
        return issued, due
    if not points:
        return _charged_issued(issued, due, deadlines)
    due = [f for f in due if f not in points]
    if not issued:
        issued = [points[0]]
    return issued, due


_CHARGE: Final = re.compile(
    r"(?<![a-z])(?:charge[ds]?|charging|debit\w*|cargo|cargad\w*|adeudo|domiciliacion|cobro"
    r"|addebit\w*|prelevement|preleve\w*|encaissement|abbuchung\w*|lastschrift\w*|einzug\w*"
    r"|belastung\w*|belast\w*|incasso\w*|afschrijving\w*|collection)(?![a-z])"
)
"""Words of the day an amount is charged or collected: "Fecha de cargo", "Data addebito"."""
CHARGED: Final = 0.6
"""The confidence of a charge date read as the issue date beside an explicit deadline."""


def _charged_issued(
    issued: list[Found], due: list[Found], deadlines: list[Found]
) -> tuple[list[Found], list[Found]]:
    """A header with an explicit payment deadline ("Rogamos pago hasta el", "Zahlbar bis") and
    an earlier date under a label of the day the amount is charged ("Fecha de cargo",
    "Data addebito", "Date de prélèvement"): the deadline is the due date, and the earlier
    date, the day the amount was charged, the issue date when no issue date is labelled."""
    deadline = min(f.value for f in deadlines)
    charged = [
        f for f in due if f not in deadlines and f.value < deadline and _CHARGE.search(_label(f))
    ]
    if not charged:
        return issued, due
    due = [f for f in due if f not in charged]
    if not issued:
        issued = [replace(f, confidence=min(f.confidence, CHARGED)) for f in charged[:1]]
    return issued, due


_SUPPLY: Final = re.compile(
    r"suppl(?:y|ied)|tax\s*point|leistung|exigibilit|prestation|devengo|operacion|prestacion"
    r"|effettuazione|operazione|prestazione|esigibilit|belastingpunt|prestatie|dienstverlening"
)
"""Labels of the day of supply, which is the tax point: "Date of supply", "Leistungsdatum"."""
SUPPLIED: Final = 0.6
"""The confidence of a date of supply read as the issue date."""


def invoice_dated_first(issued: list[Found]) -> list[Found]:
    """`issued` with the tax-point dates ("Tax point", "Date d'exigibilité") after the dates of
    other issue labels: an invoice printing both its date and a tax point is dated by the
    first, the tax point being the day of supply."""
    points = [f for f in issued if _TAX_POINT.search(_label(f))]
    if not points or len(points) == len(issued):
        return issued
    return [f for f in issued if f not in points] + points


def supplied_issue(
    hits: list[Hit], layouts: Sequence[PageLayout], parse: Callable[[str], Any]
) -> list[Found]:
    """The date of supply (the tax point, "Date of supply", "Leistungsdatum", "Fecha de
    devengo") as the issue date, for an invoice that nothing else dates: where no issue label
    and no letter date is printed, the day of supply is the day the invoice is made out."""
    supplied = [h for h in hits if h.field == "other_date" and _SUPPLY.search(fold(h.label))]
    found = collect(supplied, layouts, "other_date", parse)
    return [replace(f, confidence=min(f.confidence, SUPPLIED)) for f in found]


__all__ = [
    "consistent",
    "invoice_dated_first",
    "opens_period",
    "outside_items",
    "supplied_issue",
    "tax_point_issued",
]
