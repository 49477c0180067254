"""Seller and buyer.

A party label ("Bill to", "Kunde", "Cessionario") points at its block (a name with address lines
under or beside it). Without a label, the seller is the letterhead or the footer block that
carries a VAT id or IBAN (scored by prominence, legal form and agreement between the two), and
the buyer is the address block (a name over street and postcode lines) that is not the seller's,
preferring the letter window under a one-line sender; a blank line (with a change of type, or
past the seller's own block) parts a letterhead from the window address under it. Parties
printed at the foot, under the line-item table, are read there when none are found above it
(`_party_context`: also account holder labels and captions over a name). A VAT id is kept only
when it has the shape of one; one printed in the buyer's block is the buyer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.models import Evidence, Party
from tasks.extract._address_shapes import attention, contact
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._named_street import repeats_street
from tasks.extract._parse import IBAN_RE, fold
from tasks.extract._party_context import (
    bank_holders,
    below_table,
    caption_over_name,
    past_totals,
    table_foot,
    totals_line,
)
from tasks.extract._party_cues import proven
from tasks.extract._party_ids import party_ids
from tasks.extract._party_labels import caption_tail
from tasks.extract._party_layout import (
    after_paragraph,
    aligned_with,
    beside_table,
    block_below,
    column_blocks,
    sender_line,
    under_sender,
)
from tasks.extract._party_monogram import is_monogram, long_form, monogram_score
from tasks.extract._party_names import (
    addressy,
    bare_street,
    block_name,
    has_legal_form,
    is_label,
    is_salutation,
    key_row,
    nameable,
    number_only,
    split_name,
)
from tasks.extract._same_party import related, same_party

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


def _labelled_party(hit: Hit, layout: PageLayout, limit: float) -> list[Segment] | None:
    label = hit.segment
    if number_only(hit.rest):
        return None  # "Kunde: 10023": the customer's number, not a party block
    inline = hit.rest and any(c.isalpha() for c in hit.rest) and ":" not in hit.rest
    if inline and not caption_tail(hit.rest):  # "Cliente con cuenta": a caption, name below
        if not nameable(split_name(hit.rest)):
            return None
        return [label, *block_below(label, layout, limit)[1:]]
    right = sorted(
        (s for s in layout.lines[label.line] if s.x0 >= label.x1 - 1), key=lambda s: s.x0
    )
    # A value to the right belongs to the label only if it is near (not the next column).
    near = right and right[0].x0 - label.x1 < layout.width * 0.25
    if near and nameable(split_name(right[0].text)):
        return block_below(right[0], layout, limit)
    if near and number_only(right[0].text):
        return None
    # Below: skip the block's field lines (customer number, GLN) to the name; a "Name:" line
    # gives it directly.
    for line in layout.lines[label.line + 1 : label.line + 9]:
        aligned = [
            s
            for s in line
            if label.x0 - 12 < s.x0 < label.x0 + 24 or aligned_with(s, label, layout)
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
                return _line_above(right[0], layout) + block_below(right[0], layout, limit)
            continue
        if _field_line(first, line) or attention(first.text):
            continue
        if is_salutation(first.text) or nameable(split_name(first.text)):
            return block_below(first, layout, limit)
        below = block_below(first, layout, limit)
        if len(below) > 1 and repeats_street(first.text, below[1].text):
            return below  # "Stockwerkeigentümer Rebhaldenweg 8" over "Rebhaldenweg 8"
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
    held = bank_holders(hits, layouts)  # "Kontoinhaber" among bank details: no buyer label
    hits = [h for h in hits if id(h) not in held]
    for role in ("buyer", "seller", "delivery"):
        for hit in hits:
            # A party label opens its line: "payable to:" inside a sentence is none.
            if hit.field != role or hit.start or id(hit.segment) in consumed:
                continue
            layout = page_of(layouts, hit.segment.page)
            limit = label_limit if hit.segment.page == 0 else 1e9
            if beside_table(hit.segment, table):
                limit = layout.height * _FOOTER
            elif below_table(hit.segment, table, layout):
                limit = layout.height  # the parties at the foot, under the lines and totals
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
    excluded = consumed | hit_ids
    foot = table_foot(table, first)  # parties printed under the table, found when none above
    if foot is not None:
        foot = past_totals(foot, first, used)
    if "seller.name" not in parties.evidence:
        _unlabelled_seller(parties, first, hits, excluded, top_limit)
    if "seller.name" not in parties.evidence and foot is not None:
        _unlabelled_seller(parties, first, hits, excluded, top_limit, foot)
    sender = None if "seller.name" in parties.evidence else sender_line(first, top_limit, excluded)
    if sender:  # no letterhead: the return-address line over the window names the sender
        _set(parties, "seller", [sender[1]], sender[0], _evidence(0.6, "line:sender", sender[1]))
    if "buyer.name" not in parties.evidence:
        _address_buyer(parties, first, excluded, top_limit)
    if "buyer.name" not in parties.evidence and foot is not None:
        _address_buyer(parties, first, excluded, first.height, foot)
    party_ids(parties, layouts, hits)
    return parties


def _unlabelled_seller(
    parties: Parties,
    page: PageLayout,
    hits: list[Hit],
    excluded: set[int],
    top_limit: float,
    foot: float | None = None,
) -> None:
    """The letterhead or the footer block with a VAT id or IBAN, whichever scores best; with
    `foot`, the blocks printed below it (the parties set under the table) instead."""
    footer = page.height * _FOOTER if foot is None else page.height + 1
    ids = [h.segment for h in hits if h.field in _ID_FIELDS and h.segment.page == 0]
    id_ids = {id(s) for s in ids}
    candidates = [
        s
        for s in page.segments
        if (s.y0 > foot if foot is not None else s.y1 <= top_limit or s.y0 >= footer)
        and id(s) not in excluded
    ]
    candidates += [s for s in ids if id(s) not in {id(c) for c in candidates}]
    named: list[tuple[list[Segment], str, Segment, bool]] = []
    for block in column_blocks(candidates, page):
        if caption_over_name(block):
            block = block[1:]  # "Issued by" in small print over the name
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
        window = block[0].size < page.body_size * 1.3 and under_sender(block[0], page)
        # The buyer's name printed again (over its account block) is not the seller.
        buyer = parties.buyer.name
        if buyer and same_party(found[0], buyer):
            continue
        if party_like and not window:
            named.append((block, found[0], found[1], with_ids))
    footer_ids = any(w and b[0].y0 >= footer for b, _, _, w in named)
    # An id in a footer column of its own ("VAT reg. DK 38 21 44 07" beside the name column).
    ids_below = any(s.y0 >= footer for s in ids)
    best: tuple[float, int] | None = None
    scores: list[tuple[float, int]] = []
    for index, (block, name, where, with_ids) in enumerate(named):
        in_footer = block[0].y0 >= footer
        # A footer names the seller beside its VAT id or IBAN, or as "Firma GmbH · Straße 1".
        company_line = has_legal_form(name) and bool(re.search(r"[·|•]", block[0].text))
        company = ids_below and has_legal_form(name) and any(addressy(s.text) for s in block)
        if in_footer and not (footer_ids or company_line or company):
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
        score += monogram_score(index, named, footer)
        scores.append((score, index))
        if best is None or score > best[0]:
            best = (score, index)
    if best is None:
        return
    best = proven(best, scores, named, footer)
    block, name, where, with_ids = named[best[1]]
    source = "block:vat-id/iban" if with_ids else "block:letterhead"
    full = long_form(name, page.segments) if is_monogram(name) else None
    if full:  # the logo's initials stand for a name printed elsewhere: that name
        name, where = full
        source += "+long form of monogram"
    confidence = 0.8 if best[0] >= 2.5 else 0.6
    _set(parties, "seller", block, name, _evidence(confidence, source, where))


def _address_buyer(
    parties: Parties, page: PageLayout, excluded: set[int], limit: float, start: float = -1.0
) -> None:
    """The address block (a name over street and postcode lines) that is not the seller's,
    preferring one under a one-line sender in small print (a letter's window); only blocks
    below `start` (the foot of the page under the table) when given."""
    seller = parties.seller.name or ""
    seller_ids = {id(s) for s in parties.blocks.get("seller", [])}
    seen: set[int] = set()
    best: tuple[tuple[int, float], list[Segment], str, Segment] | None = None
    for line in page.lines:
        for segment in line:
            if segment.y1 > limit or id(segment) in seen or id(segment) in excluded:
                continue
            if segment.y0 <= start or (start >= 0 and totals_line(segment, line)):
                continue
            if key_row(segment, page):
                continue  # "Till | 01" under "Date | 21/09/2026": a key, not a name
            block = block_below(segment, page, limit, gap=2.6)
            seen |= {id(s) for s in block}
            stop = next((i for i, s in enumerate(block) if id(s) in excluded), len(block))
            block = block[:stop]
            if caption_over_name(block):
                block = block[1:]  # "Rechnungsadressat" in small print over the name
            found = block_name(block) if len(block) >= 2 else None
            if found and (any(id(s) in seller_ids for s in block) or related(found[0], seller)):
                # The seller's own block, a blank line over the window address in its column.
                block = after_paragraph(block)
                found = block_name(block) if len(block) >= 2 else None
            if len(block) < 2 or any(id(s) in seller_ids for s in block):
                continue
            if found is None or (seller and related(found[0], seller)):
                continue
            name, where = found
            if bare_street(name):
                continue  # "Main Street" over a town line: an address without its name
            rest = block[block.index(where) + 1 : block.index(where) + 5]
            if not any(addressy(s.text) for s in rest):
                continue
            if where.size >= page.body_size * 1.6 and not is_salutation(block[0].text):
                continue  # a heading or letterhead, not an address window
            window = under_sender(block[0], page)
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
