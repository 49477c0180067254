"""Page geometry for party blocks: address blocks (a name and the aligned lines under it),
columns of such blocks, the letter window under a one-line sender, a centred layout (label,
name and address lines each centred on the page axis) and a table in another column (a
sidebar of client, facts and totals beside the lines), which must not cut a labelled block
short."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tasks.extract._party_names import addressy, is_label, is_salutation, nameable, split_name

if TYPE_CHECKING:
    from tasks.extract._layout import PageLayout, Segment
    from tasks.extract._table import Table

_AXIS = 6.0
"""How far (in points) a centred line's centre may lie from the page's vertical axis."""


def _centre(segment: Segment) -> float:
    return (segment.x0 + segment.x1) / 2


def centred_pair(segment: Segment, first: Segment, layout: PageLayout) -> bool:
    """Both lines centred on the page's axis: lines of one centred block."""
    axis = layout.width / 2
    return abs(_centre(segment) - axis) < _AXIS and abs(_centre(first) - axis) < _AXIS


def beside_table(label: Segment, table: Table | None) -> bool:
    """The table lies wholly right or left of the label's column: a sidebar layout, where the
    table's top does not end the label's block."""
    if table is None or not table.columns or table.page != label.page:
        return False
    left = min(s.x0 for _, s in table.columns)
    right = max(s.x1 for _, s in table.columns)
    return label.x1 < left - 6 or label.x0 > right + 6


def block_below(
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
        column = [s for s in line if aligned_with(s, first, layout)]
        if not column:
            continue  # a line of another column
        if is_label(column[0].text) or is_salutation(column[0].text):
            break
        if column[0].text.rstrip().endswith(":"):
            break  # a key of its own ("Charged to:") opens another block
        if column[0].size > last.size * 1.25:
            break  # small print over an address: a sender line above the window
        if top - last.y1 > last.height * 1.3 and _other_type(column[0], last):
            break  # a blank line and another type: a letterhead name over the window address
        block.append(column[0])
    return block


def _other_type(segment: Segment, above: Segment) -> bool:
    """Set in another size (or weight and size) than the line above: another block."""
    ratio = segment.size / above.size if above.size else 1.0
    return not 0.87 <= ratio <= 1.15


def aligned_with(segment: Segment, first: Segment, layout: PageLayout) -> bool:
    """Left-aligned with `first`, centred with it on a centred page, or right-aligned with it in
    the right half of the page."""
    if abs(segment.x0 - first.x0) < 4 or centred_pair(segment, first, layout):
        return True
    return abs(segment.x1 - first.x1) < 4 and first.x0 > layout.width * 0.5


def column_blocks(segments: list[Segment], page: PageLayout) -> list[list[Segment]]:
    """Lines under each other, left-aligned (or right-aligned in the right half: a letterhead
    set flush right)."""
    blocks: list[list[Segment]] = []
    for segment in sorted(segments, key=lambda s: (s.y0, s.x0)):
        for block in blocks:
            last = block[-1]
            gap = segment.y0 - last.y1  # boxes of adjacent lines may overlap a little
            joined = aligned_with(segment, last, page) and not is_salutation(segment.text)
            joined = joined and segment.size <= last.size * 1.25  # not small print over it
            if joined and -last.height * 0.5 <= gap < last.height * 1.3:
                block.append(segment)
                break
        else:
            blocks.append([segment])
    return blocks


def after_paragraph(block: list[Segment]) -> list[Segment]:
    """What follows the first blank line in `block` (nothing when there is none)."""
    for i in range(1, len(block)):
        if block[i].y0 - block[i - 1].y1 > block[i - 1].height * 1.3:
            return block[i:]
    return []


def under_sender(first: Segment, page: PageLayout) -> bool:
    """Whether a small-print line ("Firma GmbH · Straße 1 · 12345 Ort") sits right above."""
    for line in page.lines[max(first.line - 3, 0) : first.line]:
        small = [s for s in line if s.size <= page.body_size * 0.85]
        if not small or first.y0 - small[0].y1 > first.height * 3:
            continue
        text = " · ".join(s.text for s in line)
        if re.search(r"[·|•●]|\s[-\u2013]\s", text) and any(addressy(s.text) for s in line):
            return True
    return False


def sender_line(page: PageLayout, limit: float, excluded: set[int]) -> tuple[str, Segment] | None:
    """The sender named in the small-print return-address line over a letter's window
    ("Ardmore Signs & Graphics · 4 Quay St · Dublin"): its first part, when it is a name and
    an address block in body type follows right under the line."""
    for number, line in enumerate(page.lines[:-1]):
        small = [s for s in line if s.size <= page.body_size * 0.85 and id(s) not in excluded]
        if not small or small[0].y1 > limit:
            continue
        text = " · ".join(s.text for s in line)
        if not re.search(r"[·|•●]|\s[-\u2013]\s", text) or not any(addressy(s.text) for s in line):
            continue
        below = [s for s in page.lines[number + 1] if s.size > page.body_size * 0.85]
        if not below or not under_sender(below[0], page):
            continue
        name = split_name(small[0].text)
        if name and nameable(name) and not addressy(name):
            return name, small[0]
    return None
