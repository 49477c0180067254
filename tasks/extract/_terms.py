"""Payment terms in days ("Net 30", "zahlbar innerhalb 14 Tagen", "à 30 jours fin de mois")
and the due date they give counted from the issue date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found
from tasks.extract._layout import PageLayout

_DAYS = r"(?:days?|tage?n?|werktage?n?|jours?|dias|giorni|gg\.?|dagen|werkdagen)"
_FROM_ISSUE = (
    r"(?:from|after)\s+(?:the\s+)?invoice\s+date|(?:nach|ab)\s+rechnungs(?:datum|erhalt)"
    r"|date\s+de\s+(?:la\s+)?facture|fecha\s+(?:de\s+)?(?:la\s+)?factura|d\.\s?f\.|data\s+fattura"
    r"|na\s+factuurdatum"
)
_TERMS_LABEL = (
    r"(?:payment\s+)?terms|zahlungsziel|zahlungsbedingungen|conditions?\s+de\s+(?:paiement|reglement)"
    r"|condiciones\s+de\s+pago|forma\s+de\s+pago|(?:termini|condizioni)\s+di\s+pagamento"
    r"|betalings?(?:termijn|voorwaarden)|betaaltermijn"
)
_TERMS: Final = re.compile(
    rf"(?<![a-z])(?:net(?:to)?\s*(\d{{1,3}})(?![.,]?\d)(?:\s*{_DAYS})?"
    r"|(?:within|innerhalb(?:\s+von)?|binnen|dans\s+(?:les|un\s+delai\s+de)|sous|a|entro|en"
    rf"|dentro\s+de|in|payable\s+in)\s+(\d{{1,3}})\s*{_DAYS}"
    rf"|(\d{{1,3}})\s*{_DAYS}(?=\s*(?:net(?:to)?|rein|fin\s+de\s+mois|{_FROM_ISSUE}))"
    rf"|(?:{_TERMS_LABEL})\s*:?\s*(\d{{1,3}})\s*{_DAYS})(?![a-z])"
)
"""Payment terms in days: "Net 30", "zahlbar innerhalb 14 Tagen", "à 30 jours", "30 días"."""
_PAYING: Final = re.compile(
    r"pay|terms|zahl|paiement|reglement|regler|payable|pago|pagar|pagamento|condizioni"
    r"|betaling|betalen|betaal|voorwaarden|conditions|condiciones|due|fallig|echeance"
    r"|vencimiento|scadenza|vervalt"
)
_MONTH_END: Final = re.compile(
    r"\s*(?:net(?:to)?\s*)?(?:fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month|ende\s+des\s+monats"
    r"|fine\s+mese|fin\s+de\s+mes|einde\s+(?:van\s+de\s+)?maand)"
)
_DISCOUNT: Final = re.compile(r"skonto|discount|escompte|descuento|pronto\s*pago|sconto|korting")


def due_by_terms(layouts: Sequence[PageLayout], issued: Found) -> list[Found]:
    """A due date from payment terms counted from the issue date, when none is printed; a
    discount period ("3 % Skonto innerhalb 10 Tagen") is not the term."""
    for layout in layouts:
        for segment in layout.segments:
            folded = segment.folded
            if not _PAYING.search(folded):
                continue
            for match in _TERMS.finditer(folded):
                clause = re.split(r"[,;.]\s", folded[: match.start()])[-1]
                if _DISCOUNT.search(clause):
                    continue
                days = int(next(g for g in match.groups() if g))
                if not 0 < days <= 180:
                    continue
                due = issued.value + dt.timedelta(days=days)
                if _MONTH_END.match(folded, match.end()):  # "45 jours fin de mois"
                    following = (due.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
                    due = following - dt.timedelta(days=1)
                source = f"terms:{days} days after the issue date"
                return [Found(due, min(issued.confidence, 0.6), source, segment, segment.text)]
    return []


__all__ = ["due_by_terms"]
