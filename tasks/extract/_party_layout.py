"""Page geometry for party blocks: a centred layout (label, name and address lines each
centred on the page axis) and a table in another column (a sidebar of client, facts and
totals beside the lines), which must not cut a labelled block short."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
