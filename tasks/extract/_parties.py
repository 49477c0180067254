"""Seller and buyer: the block after a party label, else (for the seller) the top block that
carries a VAT id or IBAN, else the top block of the first page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.models import Evidence, Party
from tasks.extract._labels import LabelMatch, match_label, party_label
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._parse import IBAN_RE

if TYPE_CHECKING:
    from tasks.extract._hits import Hit
    from tasks.extract._table import Table

_PARTY_FIELDS = frozenset({"seller", "buyer"})
_ID_FIELDS = frozenset({"vat_id", "iban"})
_FOOTER = 0.82
"""Below this share of the page height is the footer."""
_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+|\s+[-\u2013]\s+|,\s+(?=\S*\d)")


@dataclass
class Parties:
    seller: Party = field(default_factory=Party)
    buyer: Party = field(default_factory=Party)
    evidence: dict[str, Evidence] = field(default_factory=dict)


def _label(segment: Segment) -> LabelMatch | None:
    """The label opening `segment`; a party word inside a name ("Lieferant GmbH") is none."""
    found = match_label(segment.folded)
    if found and found.field in _PARTY_FIELDS and not party_label(segment.text[found.end :]):
        return None
    return found


def _is_name(segment: Segment) -> bool:
    return any(c.isalpha() for c in segment.text) and _label(segment) is None


def _block_below(first: Segment, layout: PageLayout, limit: float) -> list[Segment]:
    """`first` and the left-aligned lines right under it (an address block)."""
    block = [first]
    for line in layout.lines[first.line + 1 :]:
        last = block[-1]
        aligned = [s for s in line if abs(s.x0 - first.x0) < 4]
        if not aligned or aligned[0].y0 - last.y1 > last.height * 1.3 or aligned[0].y0 >= limit:
            break
        if _label(aligned[0]) is not None:
            break
        block.append(aligned[0])
    return block


def _key_value(segment: Segment, line: list[Segment]) -> bool:
    """A field line of a party block ("Nummer: 549910", "Globale Nummer: 4000001123452"),
    not its name."""
    after = [s for s in line if s.x0 > segment.x1]
    return (
        ":" in segment.text
        or _label(segment) is not None
        or bool(after and after[0].text.startswith(":"))
    )


def _labelled_party(hit: Hit, layout: PageLayout, limit: float) -> list[Segment] | None:
    label = hit.segment
    if hit.rest and any(c.isalpha() for c in hit.rest) and ":" not in hit.rest:
        return [label, *_block_below(label, layout, limit)[1:]]
    right = sorted(
        (s for s in layout.lines[label.line] if s.x0 >= label.x1 - 1), key=lambda s: s.x0
    )
    # A value to the right belongs to the label only if it is near (not the next column).
    if right and _is_name(right[0]) and right[0].x0 - label.x1 < layout.width * 0.25:
        return _block_below(right[0], layout, limit)
    # Below: skip the block's "key: value" lines (customer number, GLN) to the name; a
    # "Name:" line gives it directly.
    for line in layout.lines[label.line + 1 : label.line + 9]:
        aligned = [s for s in line if abs(s.x0 - label.x0) < 12]
        if not aligned:
            continue
        first = aligned[0]
        if first.y0 >= limit or first.y0 - label.y1 > label.height * 9:
            break
        found = _label(first)
        if found and found.field in _PARTY_FIELDS:
            break
        if found and found.field == "party_name":
            value = first.text[found.end :].strip(" :")
            words = first.words[len(first.text[: found.end].split()) :]
            if value and words:
                return [Segment(first.page, words, first.line)]
            right = [s for s in line if s.x0 > first.x1]
            if right and _is_name(right[0]):
                return _block_below(right[0], layout, limit)
            continue
        if _key_value(first, line):
            continue
        if _is_name(first) and not re.fullmatch(r"[\d\W]+", first.text):
            return _block_below(first, layout, limit)
        break
    return None


def _party(block: list[Segment], first_text: str) -> Party:
    address = ", ".join(s.text for s in block[1:] if match_label(s.folded) is None) or None
    return Party(name=first_text.strip(" :,"), address=address)


def _blocks(segments: list[Segment]) -> list[list[Segment]]:
    blocks: list[list[Segment]] = []
    for segment in sorted(segments, key=lambda s: (s.y0, s.x0)):
        for block in blocks:
            last = block[-1]
            gap = segment.y0 - last.y1  # boxes of adjacent lines may overlap a little
            if abs(last.x0 - segment.x0) < 4 and -last.height * 0.5 <= gap < last.height * 1.3:
                block.append(segment)
                break
        else:
            blocks.append([segment])
    return blocks


def find_parties(
    layouts: Sequence[PageLayout], hits: list[Hit], table: Table | None, used: set[int]
) -> Parties:
    parties = Parties()
    first = layouts[0]
    top_limit = first.height * 0.5
    if table is not None and table.page == 0:
        top_limit = min(s.y0 for _, s in table.columns)
    # A labelled block may sit lower than the unlabelled top block, down to the table or footer.
    label_limit = top_limit if table is not None and table.page == 0 else first.height * _FOOTER
    consumed = set(used)
    for role in ("buyer", "seller"):
        for hit in hits:
            if hit.field != role:
                continue
            layout = page_of(layouts, hit.segment.page)
            block = _labelled_party(hit, layout, label_limit if hit.segment.page == 0 else 1e9)
            if not block:
                continue
            name = hit.rest if block[0] is hit.segment else block[0].text
            setattr(parties, role, _party(block, name))
            parties.evidence[f"{role}.name"] = Evidence(
                confidence=0.85, source=f"label:{hit.label}", page=block[0].page,
                bbox=block[0].bbox, text=block[0].text,
            )  # fmt: skip
            consumed |= {id(s) for s in block} | {id(hit.segment)}
            break
    hit_ids = {id(h.segment) for h in hits if h.field not in _ID_FIELDS}
    if "seller.name" not in parties.evidence:
        # The top of the page, and the footer, where some invoices print the seller only
        # (name, address, VAT id, IBAN); a footer block counts only with a VAT id or IBAN.
        candidates = [
            s
            for s in first.segments
            if (s.y1 <= top_limit or s.y0 >= first.height * _FOOTER)
            and id(s) not in consumed
            and id(s) not in hit_ids
        ]
        ids = [h.segment for h in hits if h.field in _ID_FIELDS]
        best: tuple[float, list[Segment]] | None = None
        for rank, block in enumerate(_blocks(candidates + [s for s in ids if s.page == 0])):
            if not _is_name(block[0]) or re.fullmatch(r"[\d\W]+", block[0].text):
                continue
            score = 1.0 / (1 + rank)
            if any(id(s) in {id(i) for i in ids} or IBAN_RE.search(s.text) for s in block):
                score += 2
            elif block[0].y0 >= first.height * _FOOTER:
                continue
            if block[0].bold or block[0].size > first.body_size * 1.1:
                score += 0.5
            if best is None or score > best[0]:
                best = (score, block)
        if best:
            block = best[1]
            # "Name · street · town" on one footer line: the name is the first part.
            parties.seller = _party(block, _SEPARATOR_RE.split(block[0].text)[0])
            source = "block:vat-id/iban" if best[0] >= 2 else "block:top of page"
            parties.evidence["seller.name"] = Evidence(
                confidence=0.8 if best[0] >= 2 else 0.6, source=source, page=0,
                bbox=block[0].bbox, text=block[0].text,
            )  # fmt: skip
    if "buyer.name" not in parties.evidence:
        _window_buyer(parties, first, consumed, top_limit)
    _seller_ids(parties, layouts, hits)
    return parties


def _window_buyer(parties: Parties, layout: PageLayout, consumed: set[int], limit: float) -> None:
    """A letter's window address: the block right under a one-line sender in small print
    ("Firma GmbH · Straße 1 · 12345 Ort")."""
    for segment in layout.segments:
        if segment.y1 > limit:
            break
        small = segment.size <= layout.body_size * 0.8
        if not small or not _SEPARATOR_RE.search(segment.text):
            continue
        below = [
            s
            for line in layout.lines[segment.line + 1 : segment.line + 3]
            for s in line
            if abs(s.x0 - segment.x0) < 6 and s.y0 - segment.y1 < segment.height * 2.5
        ]
        if not below or id(below[0]) in consumed or not _is_name(below[0]):
            continue
        if below[0].size <= segment.size:
            continue
        block = _block_below(below[0], layout, limit)
        parties.buyer = _party(block, block[0].text)
        parties.evidence["buyer.name"] = Evidence(
            confidence=0.7, source="block:window address under sender line", page=layout.number,
            bbox=block[0].bbox, text=block[0].text,
        )  # fmt: skip
        consumed |= {id(s) for s in block}
        return


def _seller_ids(parties: Parties, layouts: Sequence[PageLayout], hits: list[Hit]) -> None:
    buyer_name = parties.buyer.name or "\0"
    for hit in hits:
        if hit.field == "vat_id" and parties.seller.vat_id is None:
            value = hit.rest
            if not value:
                line = page_of(layouts, hit.segment.page).lines[hit.segment.line]
                right = [s for s in line if s.x0 > hit.segment.x1]
                value = right[0].text if right else ""
            value = re.split(r"\s+[·|•]\s+", value)[0].strip(" ·|•,;")
            if value and any(c.isdigit() for c in value) and buyer_name not in value:
                parties.seller.vat_id = value
                parties.evidence["seller.vat_id"] = Evidence(
                    confidence=0.8, source=f"label:{hit.label}", page=hit.segment.page,
                    bbox=hit.segment.bbox, text=hit.segment.text,
                )  # fmt: skip
    for layout in layouts:
        for segment in layout.segments:
            match = IBAN_RE.search(segment.text)
            if match and parties.seller.iban is None:
                parties.seller.iban = match.group(1).replace(" ", "")
                parties.evidence["seller.iban"] = Evidence(
                    confidence=0.85, source="pattern:iban", page=segment.page,
                    bbox=segment.bbox, text=segment.text,
                )  # fmt: skip
