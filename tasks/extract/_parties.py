"""Seller and buyer.

A party label ("Bill to", "Kunde", "Cessionario") points at its block (a name with address lines
under or beside it). Without a label, the seller is the letterhead or the footer block that
carries a VAT id or IBAN (scored by prominence, legal form and agreement between the two), and
the buyer is the address block (a name over street and postcode lines) that is not the seller's,
preferring the letter window under a one-line sender; a blank line (with a change of type, or
past the seller's own block) parts a letterhead from the window address under it. A VAT id is
kept only when it has the shape of one; one printed in the buyer's block is the buyer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.models import Evidence, Party
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._parse import IBAN_RE, fold
from tasks.extract._party_ids import party_ids
from tasks.extract._party_layout import beside_table, centred_pair
from tasks.extract._party_names import (
    addressy,
    attention,
    block_name,
    contact,
    has_legal_form,
    is_label,
    is_salutation,
    key_row,
    nameable,
    number_only,
    related,
    same_party,
    split_name,
)

if TYPE_CHECKING:
    from tasks.extract._hits import Hit
    from tasks.extract._table import Table

_PARTY_FIELDS = frozenset({"seller", "buyer", "delivery"})
_ID_FIELDS = frozenset({"vat_id", "iban"})
_SHORT_LABELS = frozenset({"to", "an", "aan", "from"})
"""Party labels that are also common words: their block must look like a party."""
_FOOTER = 0.82
"""Below this share of the page height is the footer."""


@dataclass
class Parties:
    seller: Party = field(default_factory=Party)
    buyer: Party = field(default_factory=Party)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    blocks: dict[str, list[Segment]] = field(default_factory=dict)
    labels: dict[str, Segment] = field(default_factory=dict)
    """The label over a labelled party's block: its fields may sit between the two."""


def _field_line(segment: Segment, line: list[Segment]) -> bool:
    """A field line of a party block ("Nummer: 549910", "GLN 4000001123452"), not its name."""
    after = [s for s in line if s.x0 > segment.x1]
    return (
        ":" in segment.text
        or is_label(segment.text)
        or bool(after and after[0].text.startswith(":"))
        or (not nameable(split_name(segment.text)) and bool(re.search(r"\d{5,}", segment.text)))
    )


def _block_below(
    first: Segment, layout: PageLayout, limit: float, gap: float = 1.3
) -> list[Segment]:
    """`first` and the left-aligned lines right under it (an address block); a label or a
    salutation ("Herrn", "Firma") opens another block."""
    block = [first]
    for line in layout.lines[first.line + 1 :]:
        last = block[-1]
        top = min(s.y0 for s in line)
        if top - last.y1 > last.height * gap or top >= limit:
            break
        aligned = [s for s in line if _aligned(s, first, layout)]
        if not aligned:
            continue  # a line of another column
        if is_label(aligned[0].text) or is_salutation(aligned[0].text):
            break
        if aligned[0].text.rstrip().endswith(":"):
            break  # a key of its own ("Charged to:") opens another block
        if aligned[0].size > last.size * 1.25:
            break  # small print over an address: a sender line above the window
        if top - last.y1 > last.height * 1.3 and _other_type(aligned[0], last):
            break  # a blank line and another type: a letterhead name over the window address
        block.append(aligned[0])
    return block


def _other_type(segment: Segment, above: Segment) -> bool:
    """Set in another size (or weight and size) than the line above: another block."""
    ratio = segment.size / above.size if above.size else 1.0
    return not 0.87 <= ratio <= 1.15


def _aligned(segment: Segment, first: Segment, layout: PageLayout) -> bool:
    """Left-aligned with `first`, centred with it on a centred page, or right-aligned with it in
    the right half of the page."""
    if abs(segment.x0 - first.x0) < 4 or centred_pair(segment, first, layout):
        return True
    return abs(segment.x1 - first.x1) < 4 and first.x0 > layout.width * 0.5


def _labelled_party(hit: Hit, layout: PageLayout, limit: float) -> list[Segment] | None:
    label = hit.segment
    if number_only(hit.rest):
        return None  # "Kunde: 10023": the customer's number, not a party block
    if hit.rest and any(c.isalpha() for c in hit.rest) and ":" not in hit.rest:
        if not nameable(split_name(hit.rest)):
            return None
        return [label, *_block_below(label, layout, limit)[1:]]
    right = sorted(
        (s for s in layout.lines[label.line] if s.x0 >= label.x1 - 1), key=lambda s: s.x0
    )
    # A value to the right belongs to the label only if it is near (not the next column).
    near = right and right[0].x0 - label.x1 < layout.width * 0.25
    if near and nameable(split_name(right[0].text)):
        return _block_below(right[0], layout, limit)
    if near and number_only(right[0].text):
        return None
    # Below: skip the block's field lines (customer number, GLN) to the name; a "Name:" line
    # gives it directly.
    for line in layout.lines[label.line + 1 : label.line + 9]:
        aligned = [
            s for s in line if label.x0 - 12 < s.x0 < label.x0 + 24 or _aligned(s, label, layout)
        ]
        if not aligned:
            continue
        first = aligned[0]
        if first.y0 >= limit or first.y0 - label.y1 > label.height * 9:
            break
        found = match_label(first.folded)
        if found and found.field in _PARTY_FIELDS and is_label(first.text):
            break
        if found and found.field == "party_name":
            value = first.text[found.end :].strip(" :")
            words = first.words[len(first.text[: found.end].split()) :]
            if value and words:
                return [Segment(first.page, words, first.line)]
            right = [s for s in line if s.x0 > first.x1]
            if right and nameable(right[0].text):
                return _line_above(right[0], layout) + _block_below(right[0], layout, limit)
            continue
        if _field_line(first, line) or attention(first.text):
            continue
        if is_salutation(first.text) or nameable(split_name(first.text)):
            return _block_below(first, layout, limit)
        break
    return None


def _party_shaped(block: list[Segment], name: str) -> bool:
    """A name with its legal form, or over an address line."""
    return has_legal_form(name) or any(addressy(s.text) for s in block[1:5])


def _line_above(value: Segment, layout: PageLayout) -> list[Segment]:
    """The first line of a name printed over two lines beside a "Name:" label centred on them
    ("MVM Musterhafter" over "Versicherungsverein Musterstadt a.G.", "Herrn" over a name)."""
    if value.line == 0:
        return []
    above = [s for s in layout.lines[value.line - 1] if abs(s.x0 - value.x0) < 4]
    if not above or value.y0 - above[0].y1 > value.height * 1.3:
        return []
    text = above[0].text
    if not (is_salutation(text) or nameable(text)) or has_legal_form(text):
        return []
    return above[:1]


def _set(parties: Parties, role: str, block: list[Segment], name: str, evidence: Evidence) -> None:
    address = [s.text for s in block[1:] if match_label(s.folded) is None and not contact(s.text)]
    if len(block) == 1 and name != block[0].text.strip(" :,"):
        address = [block[0].text[len(name) :].strip(" ,·|•")]
    setattr(parties, role, Party(name=name, address=", ".join(a for a in address if a) or None))
    parties.evidence[f"{role}.name"] = evidence
    parties.blocks[role] = block


def _evidence(confidence: float, source: str, segment: Segment) -> Evidence:
    return Evidence(
        confidence=confidence, source=source, page=segment.page, bbox=segment.bbox,
        text=segment.text,
    )  # fmt: skip


def _blocks(segments: list[Segment], page: PageLayout) -> list[list[Segment]]:
    """Lines under each other, left-aligned (or right-aligned in the right half: a letterhead
    set flush right)."""
    blocks: list[list[Segment]] = []
    for segment in sorted(segments, key=lambda s: (s.y0, s.x0)):
        for block in blocks:
            last = block[-1]
            gap = segment.y0 - last.y1  # boxes of adjacent lines may overlap a little
            aligned = _aligned(segment, last, page) and not is_salutation(segment.text)
            aligned = aligned and segment.size <= last.size * 1.25  # not small print over it
            if aligned and -last.height * 0.5 <= gap < last.height * 1.3:
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
    for role in ("buyer", "seller", "delivery"):
        for hit in hits:
            # A party label opens its line: "payable to:" inside a sentence is none.
            if hit.field != role or hit.start or id(hit.segment) in consumed:
                continue
            layout = page_of(layouts, hit.segment.page)
            limit = label_limit if hit.segment.page == 0 else 1e9
            if beside_table(hit.segment, table):
                limit = layout.height * _FOOTER
            block = _labelled_party(hit, layout, limit)
            if not block:
                continue
            if block[0] is hit.segment:
                name, where = split_name(hit.rest), hit.segment
            else:
                named = block_name(block)
                if named is None:
                    continue
                name, where = named
            if fold(hit.label).strip(" .:") in _SHORT_LABELS and not _party_shaped(block, name):
                continue  # "To" over a column of dates or services is no party label
            consumed |= {id(s) for s in block} | {id(hit.segment)}
            if role != "delivery":  # a delivery address is no party: only kept out of the rest
                _set(parties, role, block, name, _evidence(0.85, f"label:{hit.label}", where))
                parties.labels[role] = hit.segment
            break
    hit_ids = {
        id(h.segment) for h in hits if h.field not in _ID_FIELDS and is_label(h.segment.text)
    }
    if "seller.name" not in parties.evidence:
        _unlabelled_seller(parties, first, hits, consumed | hit_ids, top_limit)
    if "buyer.name" not in parties.evidence:
        _address_buyer(parties, first, consumed | hit_ids, top_limit)
    party_ids(parties, layouts, hits)
    return parties


def _unlabelled_seller(
    parties: Parties, page: PageLayout, hits: list[Hit], excluded: set[int], top_limit: float
) -> None:
    """The letterhead or the footer block with a VAT id or IBAN, whichever scores best."""
    footer = page.height * _FOOTER
    ids = [h.segment for h in hits if h.field in _ID_FIELDS and h.segment.page == 0]
    id_ids = {id(s) for s in ids}
    candidates = [
        s for s in page.segments if (s.y1 <= top_limit or s.y0 >= footer) and id(s) not in excluded
    ]
    candidates += [s for s in ids if id(s) not in {id(c) for c in candidates}]
    named: list[tuple[list[Segment], str, Segment, bool]] = []
    for block in _blocks(candidates, page):
        found = block_name(block)
        if found is None:
            continue
        with_ids = any(id(s) in id_ids or IBAN_RE.search(s.text) for s in block)
        # A heading ("Project", "Notes") is no party: a name shows its legal form, address
        # lines, an id, or letterhead-sized type.
        party_like = (
            with_ids
            or has_legal_form(found[0])
            or any(addressy(s.text) for s in block[block.index(found[1]) + 1 :])
            or found[1].size >= page.body_size * 1.3
        )
        # A body-sized block under a one-line sender is the window address: the buyer.
        window = block[0].size < page.body_size * 1.3 and _under_sender(block[0], page)
        if party_like and not window:
            named.append((block, found[0], found[1], with_ids))
    footer_ids = any(w and b[0].y0 >= footer for b, _, _, w in named)
    best: tuple[float, int] | None = None
    for index, (block, name, where, with_ids) in enumerate(named):
        in_footer = block[0].y0 >= footer
        # A footer names the seller beside its VAT id or IBAN, or as "Firma GmbH · Straße 1".
        company_line = has_legal_form(name) and bool(re.search(r"[·|•]", block[0].text))
        if in_footer and not (footer_ids or company_line):
            continue
        score = 0.0 if in_footer else 1.0 / (1 + index)
        if with_ids:
            score += 2.0
        elif in_footer and footer_ids:
            score += 1.5  # a footer column beside the one with the VAT id or IBAN
        if where.bold or where.size > page.body_size * 1.1:
            score += 0.5
        if where.size >= page.body_size * 1.4:
            score += 0.5
        if has_legal_form(name):
            score += 1.0
        if any(contact(s.text) for s in block):
            score += 0.5  # phone, e-mail, web: a letterhead
        if name.islower():
            score -= 0.5  # a logo's styling, not how the name is written
        if any(same_party(name, other) for j, (_, other, _, _) in enumerate(named) if j != index):
            score += 1.0
        if best is None or score > best[0]:
            best = (score, index)
    if best is None:
        return
    block, name, where, with_ids = named[best[1]]
    source = "block:vat-id/iban" if with_ids else "block:letterhead"
    confidence = 0.8 if best[0] >= 2.5 else 0.6
    _set(parties, "seller", block, name, _evidence(confidence, source, where))


def _address_buyer(parties: Parties, page: PageLayout, excluded: set[int], limit: float) -> None:
    """The address block (a name over street and postcode lines) that is not the seller's,
    preferring one under a one-line sender in small print (a letter's window)."""
    seller = parties.seller.name or ""
    seller_ids = {id(s) for s in parties.blocks.get("seller", [])}
    seen: set[int] = set()
    best: tuple[tuple[int, float], list[Segment], str, Segment] | None = None
    for line in page.lines:
        for segment in line:
            if segment.y1 > limit or id(segment) in seen or id(segment) in excluded:
                continue
            if key_row(segment, page):
                continue  # "Till | 01" under "Date | 21/09/2026": a key, not a name
            block = _block_below(segment, page, limit, gap=2.6)
            seen |= {id(s) for s in block}
            stop = next((i for i, s in enumerate(block) if id(s) in excluded), len(block))
            block = block[:stop]
            found = block_name(block) if len(block) >= 2 else None
            if found and (any(id(s) in seller_ids for s in block) or related(found[0], seller)):
                # The seller's own block, a blank line over the window address in its column.
                block = _after_paragraph(block)
                found = block_name(block) if len(block) >= 2 else None
            if len(block) < 2 or any(id(s) in seller_ids for s in block):
                continue
            if found is None or (seller and related(found[0], seller)):
                continue
            name, where = found
            rest = block[block.index(where) + 1 : block.index(where) + 5]
            if not any(addressy(s.text) for s in rest):
                continue
            if where.size >= page.body_size * 1.6 and not is_salutation(block[0].text):
                continue  # a heading or letterhead, not an address window
            window = _under_sender(block[0], page)
            end = max((i for i, s in enumerate(block[:6]) if addressy(s.text)), default=0)
            if not window and any(contact(s.text) for s in block[: end + 2]):
                continue  # phone, e-mail, web: the seller's letterhead under another name
            rank = (0 if window else 1, block[0].y0)
            if best is None or rank < best[0]:
                best = (rank, block, name, where)
    if best is None:
        return
    (window, _), block, name, where = best
    source = "block:window address under sender line" if window == 0 else "block:address"
    end = max((i for i, s in enumerate(block[:6]) if addressy(s.text)), default=len(block) - 1)
    _set(parties, "buyer", block[: end + 1], name, _evidence(0.7 if window == 0 else 0.55,
                                                             source, where))  # fmt: skip


def _after_paragraph(block: list[Segment]) -> list[Segment]:
    """What follows the first blank line in `block` (nothing when there is none)."""
    for i in range(1, len(block)):
        if block[i].y0 - block[i - 1].y1 > block[i - 1].height * 1.3:
            return block[i:]
    return []


def _under_sender(first: Segment, page: PageLayout) -> bool:
    """Whether a small-print line ("Firma GmbH · Straße 1 · 12345 Ort") sits right above."""
    for line in page.lines[max(first.line - 3, 0) : first.line]:
        small = [s for s in line if s.size <= page.body_size * 0.85]
        if not small or first.y0 - small[0].y1 > first.height * 3:
            continue
        text = " · ".join(s.text for s in line)
        if re.search(r"[·|•●]|\s[-\u2013]\s", text) and any(addressy(s.text) for s in line):
            return True
    return False
