"""The invoice number printed only in a rotated line (up or down a page edge): the rotated
lines of each page read as a page of their own, one line each in reading order, so that a
label and its value there are read like any other while the rotated text stays out of the
item table and the parties."""

from __future__ import annotations

from collections.abc import Sequence

from tasks.extract._hits import Found, find_hits
from tasks.extract._layout import PageLayout
from tasks.extract._numbers import invoice_numbers


def rotated_numbers(layouts: Sequence[PageLayout]) -> list[Found]:
    """Labelled invoice numbers in the pages' rotated lines, best first."""
    views = [
        PageLayout(
            number=layout.number,
            width=layout.width,
            height=layout.height,
            lines=[[segment] for segment in layout.rotated],
            body_size=layout.body_size,
        )
        for layout in layouts
        if layout.rotated
    ]
    if not views:
        return []
    for view in views:
        for index, line in enumerate(view.lines):
            line[0].line = index
    found = invoice_numbers(find_hits(views, {}), views)
    found.sort(key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))
    return found
