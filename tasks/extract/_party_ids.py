"""The parties' identifiers: VAT ids by shape (the buyer's when printed in the buyer's block or
under a buyer cue, the seller's otherwise, also unlabelled in its letterhead) and the IBAN."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from core.models import Evidence
from tasks.extract._id_shapes import iban_valid, vat_id
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._parse import IBAN_RE, fold

if TYPE_CHECKING:
    from tasks.extract._hits import Hit
    from tasks.extract._parties import Parties

_TAX_WORDS: Final = frozenset({"vat", "tva", "iva", "btw", "mwst", "ust", "tax", "gst"})
_BUYER_CUE: Final = re.compile(
    r"(?<![a-z])(?:your|ihre?|votre|vostra|su|uw|customer|client[ea]?|kunden?|klant|buyer"
    r"|kaufer|acquirente|destinatario|des\s+kunden|du\s+client|del\s+cliente)(?![a-z])"
)
"""A VAT id label that names the buyer's ("Your VAT no.", "USt-IdNr. des Kunden")."""
_DEBIT: Final = re.compile(
    r"ihrem\s+konto|your\s+(?:bank\s+)?account|votre\s+compte|su\s+cuenta|vostro\s+conto"
    r"|uw\s+rekening|lastschrift|direct\s+debit|prelevement|domiciliacion|addebito|incasso"
    r"|sepa\s*-?\s*mandat|abgebucht|eingezogen|will\s+be\s+debited"
)
"""A sentence about a direct debit: the IBAN in it is the buyer's account."""


def _evidence(confidence: float, source: str, segment: Segment) -> Evidence:
    return Evidence(
        confidence=confidence, source=source, page=segment.page, bbox=segment.bbox,
        text=segment.text,
    )  # fmt: skip


def party_ids(parties: Parties, layouts: Sequence[PageLayout], hits: list[Hit]) -> None:
    """VAT ids by shape (the buyer's when printed in the buyer's block), and the IBAN."""
    buyer_block = parties.blocks.get("buyer", [])
    if "buyer" in parties.labels and buyer_block:
        buyer_block = [parties.labels["buyer"], *buyer_block]  # fields between label and name
    seller_vats: list[tuple[int, str, Hit]] = []
    for hit in hits:
        # "VAT: GB 123 4567 89", "Btw NL123456789B01": a tax word before a VAT-shaped value
        taxed = hit.field == "tax_total" and fold(hit.label).strip(" .:") in _TAX_WORDS
        if hit.field != "vat_id" and not taxed:
            continue
        # The rest of the piece of text, past any words between label and value ("cliente:").
        value = hit.segment.text[hit.start + len(hit.label) :]
        if not any(c.isdigit() for c in value):
            line = page_of(layouts, hit.segment.page).lines[hit.segment.line]
            right = [s for s in line if s.x0 > hit.segment.x1]
            value = right[0].text if right else ""
        found = vat_id(value.lstrip(" :#.\t"))
        if found is None or (taxed and not found[:2].isalpha()):
            continue
        evidence = _evidence(0.8, f"label:{hit.label}", hit.segment)
        if _in_block(hit.segment, buyer_block) or _BUYER_CUE.search(hit.segment.folded):
            if parties.buyer.vat_id is None:
                parties.buyer.vat_id = found
                parties.evidence["buyer.vat_id"] = evidence
            continue
        prefixed = 0 if found[:2].isalpha() else 1
        seller_vats.append((prefixed, found, hit))
    seller_vats = [v for v in seller_vats if v[1] != parties.buyer.vat_id]
    for segment in parties.blocks.get("seller", [])[1:]:
        found = vat_id(segment.text)  # unlabelled in the letterhead: "CHE-123.456.788 MWST"
        short = len(segment.text.split()) <= 6 and not re.search(r"[a-z]{3}", segment.text)
        if not seller_vats and found and found[:2].isalpha() and short:
            parties.seller.vat_id = found
            parties.evidence["seller.vat_id"] = _evidence(0.6, "pattern:vat id", segment)
    if seller_vats:
        _, found, hit = min(seller_vats, key=lambda v: v[0])
        parties.seller.vat_id = found
        parties.evidence["seller.vat_id"] = _evidence(0.8, f"label:{hit.label}", hit.segment)
    for layout in layouts:
        for segment in layout.segments:
            match = IBAN_RE.search(segment.text)
            iban = match.group(1).replace(" ", "") if match else ""
            if not iban_valid(iban):
                continue
            if _in_block(segment, buyer_block) or _DEBIT.search(segment.folded):
                if parties.buyer.iban is None:  # the account a direct debit draws from
                    parties.buyer.iban = iban
                    parties.evidence["buyer.iban"] = _evidence(0.7, "pattern:iban", segment)
            elif parties.seller.iban is None:
                parties.seller.iban = iban
                parties.evidence["seller.iban"] = _evidence(0.85, "pattern:iban", segment)


def _in_block(segment: Segment, block: list[Segment]) -> bool:
    """Whether `segment` is part of `block` or sits in its column right under it."""
    if not block or segment.page != block[0].page:
        return False
    if any(segment is s for s in block):
        return True
    x0, top, bottom, height = block[0].x0, block[0].y0, block[-1].y1, block[-1].height
    if abs(segment.x0 - x0) < 12 and top <= segment.y0 <= bottom + height * 4:
        return True
    # A field label left of the block's column on one of its lines ("NIF:" | "A-87654321").
    return segment.x0 < x0 and x0 - 100 <= segment.x1 <= x0 and top <= segment.y0 <= bottom
