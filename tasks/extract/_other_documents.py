"""Commercial documents that are not invoices: a quotation, an order confirmation, a purchase
order or a delivery note carries a number, a date and often totals that add up, yet reading it
as an invoice would book a bill nobody sent. Their titles in en, de, fr, es, it and nl."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._layout import PageLayout, Segment

_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "a quotation": (
        r"quotation", r"quote", r"price\s*quote", r"offer", r"estimate", r"cost\s*estimate",
        r"proposal", r"angebot", r"kosten(?:vor)?anschlag", r"(?:kosten|preis)angebot",
        r"devis", r"offre(?:\s*de\s*prix)?", r"proposition\s*(?:commerciale|de\s*prix)",
        r"presupuesto", r"cotizacion", r"oferta", r"preventivo", r"offerta", r"offerte",
        r"prijsopgave", r"kostenraming",
    ),
    "an order confirmation": (
        r"order\s*(?:confirmation|acknowledge?ment)", r"sales\s*order(?:\s*confirmation)?",
        r"(?:auftrags|bestell)bestatigung", r"confirmation\s*de\s*commande",
        r"accuse\s*de\s*reception\s*de\s*commande", r"confirmacion\s*de\s*pedido",
        r"conferma\s*(?:d'|dell'|di\s*)?ordine", r"(?:order|opdracht)bevestiging",
    ),
    "a purchase order": (
        r"purchase\s*order", r"bestellschein", r"bon\s*de\s*commande", r"orden\s*de\s*compra",
        r"pedido\s*de\s*compra", r"ordine\s*d(?:i\s*|')acquisto", r"inkooporder", r"bestelbon",
    ),
    "a delivery note": (
        r"delivery\s*(?:note|slip|docket)", r"packing\s*(?:slip|list)", r"dispatch\s*note",
        r"lieferschein", r"packliste", r"(?:bon|bordereau)\s*de\s*livraison", r"albaran",
        r"nota\s*de\s*entrega", r"documento\s*di\s*trasporto", r"ddt",
        r"bolla\s*(?:di\s*)?(?:consegna|accompagnamento)", r"pakbon", r"(?:af)?leverbon",
    ),
}  # fmt: skip
_TITLES: Final = {
    kind: re.compile("(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + r")(?![a-z0-9])")
    for kind, patterns in _KINDS.items()
}
_REST: Final = re.compile(
    r"\s*(?:[:#-]\s*)?(?:(?:n\s*\.?\s*°|no\.?|nr\.?|number|nummer|numero|num\.?)\s*:?\s*)?"
    r"[\w/.-]*\d[\w/.-]*\s*$|\s*$"
)
"""What may follow such a title: nothing, or its number ("Angebot Nr. 2026-114", "Quote #Q-88")."""
_TOP: Final = 0.4
"""A title sits in the upper part of the first page."""


def other_document(layout: PageLayout) -> tuple[str, Segment] | None:
    """The kind of non-invoice document the first page's title names ("a quotation") and that
    title, or None. Only a title counts: a prominent line high on the page holding the
    document's name alone or with its number, never a reference inside an invoice
    ("Lieferschein-Nr. 4711" in a facts grid is in body type)."""
    for segment in layout.segments:
        if segment.y0 > layout.height * _TOP:
            continue
        prominent = segment.size >= layout.body_size * 1.2 or segment.bold
        if not prominent:
            continue
        folded = segment.folded.strip()
        for kind, title in _TITLES.items():
            found = title.match(folded)
            if found and _REST.fullmatch(folded, found.end()):
                return kind, segment
    return None


__all__ = ["other_document"]
