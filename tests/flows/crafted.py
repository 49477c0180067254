"""Crafted bad invoices drawn as PDFs the way the sample generator draws them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from samples.generate import Company, Line, Sample, render

SELLER = Company(
    "Müller & Söhne GmbH",
    ("Hauptstraße 15", "80331 München", "Deutschland"),
    "DE 811 569 869",
    "DE89 3704 0044 0532 0130 00",
)
BAD_VAT_SELLER = dataclasses.replace(SELLER, name="Falsch Nummer GmbH", vat_id="DE 811 569 860")
BUYER = Company("Kunde AG", ("Marktplatz 1", "10115 Berlin", "Deutschland"))
LINES = (Line("Beratungsleistung", Decimal(2), Decimal("150.00")),)


@dataclasses.dataclass(frozen=True)
class WrongTotal(Sample):
    """Prints a grand total ten euros above net + tax."""

    @property
    def grand(self) -> Decimal:
        return self.net + self.tax + Decimal("10.00")


def sample(file: str, number: str, **overrides: object) -> Sample:
    values: dict[str, object] = {
        "file": file,
        "lang": "de",
        "layout": "classic",
        "number": number,
        "issue": dt.date(2026, 3, 5),
        "due": dt.date(2026, 3, 19),
        "currency": "EUR",
        "symbol": "€",
        "symbol_before": False,
        "seller": SELLER,
        "buyer": BUYER,
        "tax_rate": Decimal(19),
        "lines": LINES,
    }
    values.update(overrides)
    cls = values.pop("cls", Sample)
    return cls(**values)  # type: ignore[operator]


def crafted() -> list[Sample]:
    """Each case and, in the file name, what it is."""
    return [
        sample("01-good.pdf", "RE-1001"),
        sample("02-wrong-total.pdf", "RE-1002", cls=WrongTotal),
        sample(
            "03-swapped-dates.pdf", "RE-1003", issue=dt.date(2026, 3, 19), due=dt.date(2026, 3, 5)
        ),
        sample("04-bad-vat.pdf", "RE-1004", seller=BAD_VAT_SELLER),
        sample(
            "05-duplicate.pdf",
            "RE-1001",
            lines=(Line("Montage vor Ort", Decimal(1), Decimal("300.00")),),
        ),
        sample("06-credit-note.pdf", "RE-1001", credit_note=True),
        sample("07-likely-duplicate.pdf", "RE-1007"),
    ]


def write_crafted(folder: Path) -> dict[str, Sample]:
    folder.mkdir(parents=True, exist_ok=True)
    cases = {}
    for case in crafted():
        (folder / case.file).write_bytes(render(case))
        cases[case.file] = case
    return cases
