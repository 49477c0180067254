"""Where a party label stands and what it means there.

An "account holder" label ("Kontoinhaber", "Titulaire du compte", "Rekeninghouder") names the
customer whose account the invoice is charged to (a storage, rental or subscription account),
unless it stands among bank details (IBAN, BIC, bank name, account number): then it names the
holder of the seller's bank account, and no buyer. A label printed below the line-item table
(the parties set at the foot of the page) opens its block there, not cut off by the table.
A small caption over a larger name ("Rechnungsadressat" over the customer's name) is the
block's label, never its name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tasks.extract._parse import IBAN_RE, find_money, fold
from tasks.extract._party_labels import ACCOUNT_HOLDER_LABELS
from tasks.extract._party_names import addressy, has_legal_form, nameable, split_name
from tasks.extract._roles import total_role

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tasks.extract._hits import Hit
    from tasks.extract._layout import PageLayout, Segment
    from tasks.extract._table import Table

_HOLDER: Final = re.compile(
    "(?:" + "|".join(f"(?:{p})" for p in ACCOUNT_HOLDER_LABELS) + r")(?![a-z0-9])"
)
_BANK: Final = re.compile(
    r"(?<![a-z])(?:iban|bic|swift|bank\w*|\w+bank|sparkasse|raiffeisen\w*|banque|banco|banca"
    r"|blz|sort\s*code|routing|aba|rib|clabe|abi|cab|cin|bankverbindung|bankgegevens"
    r"|kontonummer|konto\s*-?\s*nr|account\s*(?:no|number|nr)|n(?:o|°|um(?:ero)?)\.?\s*de\s*compte"
    r"|numero\s*de\s*cuenta|n\.?\s*(?:di\s*)?conto|rekeningnummer|rekening\s*-?\s*nr"
    r"|coordonnees\s*bancaires|datos\s*bancarios|coordinate\s*bancarie)(?![a-z])"
)
"""A word of bank details: an account holder among them holds the seller's bank account."""
_REACH: Final = 4
"""How many lines above and below a holder label are searched for bank details."""


def bank_name(text: str) -> bool:
    """A bank's name ("Commerzbank AG", "Banco Sabadell S.A."): no seller."""
    return bool(_BANK.search(fold(text)))


def holder_label(hit: Hit) -> bool:
    """Whether the hit's label is an account holder's ("Account holder", "Kontoinhaber")."""
    return bool(_HOLDER.match(fold(hit.label)))


def bank_holder(hit: Hit, layout: PageLayout) -> bool:
    """An account holder label among bank details (the seller's bank account's holder): its
    own line, or a line of its paragraph (the lines of its column run on without a blank
    line, up to a few each way), names an IBAN, BIC, bank or account number."""
    if not holder_label(hit):
        return False
    label = hit.segment
    if IBAN_RE.search(label.text) or _BANK.search(fold(label.text)[len(hit.label) :]):
        return True
    for step in (-1, 1):
        edge = label
        for index in range(label.line + step, label.line + step * (_REACH + 1), step):
            if not 0 <= index < len(layout.lines):
                break
            column = [
                s for s in layout.lines[index] if s.x0 < label.x1 + 40 and s.x1 > label.x0 - 40
            ]
            if not column:
                continue
            nearest = column[0]
            gap = nearest.y0 - edge.y1 if step > 0 else edge.y0 - nearest.y1
            if gap > max(edge.height, nearest.height) * 0.8:
                break  # a blank line ends the paragraph
            if any(IBAN_RE.search(s.text) or _BANK.search(fold(s.text)) for s in column):
                return True
            edge = nearest
    return False


def bank_holders(hits: list[Hit], layouts: Sequence[PageLayout]) -> set[int]:
    """The ids of the hits whose account holder label stands among bank details."""
    pages = {layout.number: layout for layout in layouts} if layouts else {}
    held: set[int] = set()
    for hit in hits:
        if hit.field != "buyer" or not holder_label(hit):
            continue
        layout = pages.get(hit.segment.page)
        if layout is not None and bank_holder(hit, layout):
            held.add(id(hit))
    return held


def table_foot(table: Table | None, layout: PageLayout) -> float | None:
    """Where the line-item table ends on `layout`'s page (None without a table there)."""
    if table is None or table.page != layout.number or not table.columns:
        return None
    bottom = max(s.y1 for _, s in table.columns)
    for row in table.rows:
        bottom = max([bottom, *(s.y1 for s in row)])
    if 0 <= table.last_line < len(layout.lines):
        bottom = max([bottom, *(s.y1 for s in layout.lines[table.last_line])])
    return bottom


def past_totals(foot: float, layout: PageLayout, used: set[int]) -> float:
    """Where the totals under the table end: the run of lines from `foot` down that hold an
    amount already read or a totals label ("Betrag ohne MwSt.", "Total inkl. MwSt.")."""
    edge = foot
    for line in layout.lines:
        top = min(s.y0 for s in line)
        if top <= edge - 1:
            continue
        if top - edge > max(s.height for s in line) * 3:
            break  # a wide gap: the totals are over
        if not any(id(s) in used or total_role(s.text) is not None for s in line):
            break
        edge = max(s.y1 for s in line)
    return edge


def totals_line(segment: Segment, line: list[Segment]) -> bool:
    """A totals label with its amount right of it ("Betrag ohne MwSt. | 5 245,13 kr"), never a
    party's name."""
    if total_role(segment.text) is None or has_legal_form(segment.text):
        return False
    return any(s.x0 > segment.x1 and find_money(s.text) is not None for s in line)


def below_table(label: Segment, table: Table | None, layout: PageLayout) -> bool:
    """The label stands under the line-item table on its page (parties set at the foot)."""
    bottom = table_foot(table, layout)
    return bottom is not None and label.y0 > bottom


def caption_over_name(block: list[Segment]) -> bool:
    """A block opening with a caption: a short line without digits set smaller (or lighter)
    than the name under it, which an address line follows ("Bill-to party" over "Ashdown
    Health Centre")."""
    if len(block) < 3:
        return False
    caption, name = block[0], block[1]
    text = caption.text.strip()
    if not text or re.search(r"\d", text) or len(text.split()) > 4 or has_legal_form(text):
        return False
    if caption.size > name.size * 0.9 and (caption.bold or not name.bold):
        return False  # neither smaller nor lighter than the name: the name's first line
    if not nameable(split_name(name.text)):
        return False
    return any(addressy(s.text) for s in block[2:5])
