"""A date that belongs to another document's reference is never the issue date: a "dated"
word ("dated", "vom", "du", "del", "van", "Datum") that continues a label naming another
document on its line, such as an order ("Your order dated", "Ihre Bestellung vom"), a delivery
note, a contract, a quote, or the invoice this one supersedes, replaces, corrects or credits
("Supersedes invoice | FV/206/12/2025 | dated | 16/12/2025"), dates that document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from tasks.extract._hits import Hit
from tasks.extract._layout import PageLayout, page_of
from tasks.extract._parse import fold

_DATED: Final = re.compile(
    r"(?:dated|dated\s*on|of|from|vom|von|du|del|dal|van|d\.\s*d\.?|dd\.?|date|datum|data|fecha"
    r"|datiert(?:\s*(?:vom|am))?|datee\s*(?:du|le)|en\s*date\s*du|in\s*data|con\s*data"
    r"|(?:con|de)\s*fecha|ge(?:dateerd|dagtekend)(?:\s*op)?|fechad[ao](?:\s*el)?|datat[ao](?:\s*il)?"
    r"|issued(?:\s*on)?)"
)
"""The connecting words that date whatever the label before them names."""

_OTHER_DOCUMENT: Final = re.compile(
    r"(?<![a-z])(?:orders?|purchase|po|bestellung\w*|bestell\w*|auftrag\w*|commande\w*|pedidos?"
    r"|ordine|ordini|bestelling\w*|opdracht\w*|delivery|deliveries|lieferschein\w*|lieferung"
    r"|livraison|bon\s*de\s*livraison|albaran\w*|entrega|consegna|ddt|levering\w*|pakbon"
    r"|contract\w*|vertrag\w*|contrat|contrato|contratto|quote|quotation|angebot\w*|devis"
    r"|offerta|presupuesto|offerte|estimate|proposal"
    # the invoice this one supersedes, replaces, corrects or cancels (verbs and participles:
    # a "Credit note dated" or "Stornorechnung vom" dates this document itself)
    r"|supersed\w*|replac\w*|ersetz\w*|remplac\w*|sustitu\w*|reemplaz\w*|sostitu\w*|vervang\w*"
    r"|corrects|corrige|korrigiert|rectifica|rettifica|corrigeert|cancels|cancell?ed|annule"
    r"|annulee|annulla|annullat[ao]|anula|anulad[ao]|annuleert|geannuleerd|storniert\w*"
    r"|stornat[ao]|original\w*|origin|ursprung\w*|oorspronkelijk\w*|previous|vorherig\w*"
    r"|precedente|anterior|vorige)(?![a-z])"
)
"""Words naming a document other than this invoice, or this invoice's predecessor."""


def _before(hit: Hit, layouts: Sequence[PageLayout]) -> list[str]:
    """The last few words printed before the label: in its own segment, or else in the
    nearest segment left of it on its line."""
    words = hit.segment.folded[: hit.start].split()
    if not words:
        line = page_of(layouts, hit.segment.page).lines[hit.segment.line]
        left = [s for s in line if s.x1 <= hit.segment.x0]
        if left:
            words = max(left, key=lambda s: s.x1).folded.split()
    return words[-4:]


def dates_another_document(hit: Hit, layouts: Sequence[PageLayout]) -> bool:
    """Whether an issue date label is a "dated" word continuing a label of another document."""
    label = fold(hit.label).strip(" .:")
    if hit.field != "issue_date" or not _DATED.fullmatch(label):
        return False
    before = " ".join(_before(hit, layouts))
    if label in _DATE_KEYS and any(c.isdigit() for c in before):
        return False  # "Order: PO-1234 | Date: 01.01.2026": a key of its own after a value
    return _OTHER_DOCUMENT.search(before) is not None


_DATE_KEYS: Final = frozenset({"date", "datum", "data", "fecha"})
"""Date words that are keys of their own, unlike "dated", "vom", "du" that continue a label."""


def own_dates(layouts: Sequence[PageLayout], hits: list[Hit]) -> list[Hit]:
    """`hits` with the issue date labels that date another document read as other dates."""
    return [
        replace(h, field="other_date") if dates_another_document(h, layouts) else h for h in hits
    ]


__all__ = ["dates_another_document", "own_dates"]
