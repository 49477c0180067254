"""The number of a document that calls itself an account, as British bills often do ("Funeral
Account", a date captioned "Account rendered"): there "Account no." or "Account number ref." is
the caption of this document's own number, not of the customer's account. It is read only when
the document names itself an account (a short title ending in the word, or a date caption such
as "Account rendered", "Account date", "Date of account"), when the caption is the account
word and number words alone (never "Your account", "Customer account no.", "Trade account",
"Kontonummer" among bank details), and when the caption stands in the column of keys that holds
that dated caption or, on a page titled an account, of another date's caption. Exactly one
such value must be found, and it is given at a low confidence: a customer's account number is
no invoice number, and a wrong number is worse than none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found, Hit
from tasks.extract._last_numbers import _value_of
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import parse_date

ACCOUNT_NUMBER: Final = 0.4
"""The confidence of a number captioned an account's number on a self-named account."""
_UPPER: Final = 0.45
"""How far down the first page the header reaches."""
_BLOCK: Final = 70.0
"""How far (points) above or below the dated caption the number's caption may stand."""
_ALIGNED: Final = 6.0
"""How far apart (points) the left edges of a column's keys may be."""
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_ACCOUNT: Final = r"(?:account|acct\.?|a/c)"
_NUMBER: Final = r"(?:no\.?|nr\.?|num\.?|number|ref\.?|reference|n°|#|id)"
_CAPTION: Final = re.compile(rf"^{_ACCOUNT}\s*(?:{_NUMBER}\s*){{1,2}}:?$")
"""An account word and number words alone: "Account no.", "Account number ref.", "A/c no."."""
_TITLE: Final = re.compile(rf"^(?:[a-z&'-]+\s+){{0,2}}{_ACCOUNT}$")
"""A short title ending in the account word: "Account", "Funeral Account", "Final account"."""
_NOT_SELF: Final = re.compile(
    r"(?<![a-z])(?:your|our|my|customer|client|member|trade|bank|savings|saving|current|deposit"
    r"|loan|credit|card|billing|expense|expenses|statement|summary|of|on|in|from|to|for"
    r"|payer|debtor|user|online|business|personal|joint|sub|master|main|holder)(?![a-z])"
)
"""Words making a title someone's account or a statement of accounts, not the bill itself."""
_DATED: Final = re.compile(
    rf"^(?:{_ACCOUNT}\s*(?:rendered|date|dated|issued|sent)|date\s+of\s+(?:this\s+)?account)\s*:?$"
)
"""A date caption naming the document an account: "Account rendered", "Date of account"."""


def account_numbers(layouts: Sequence[PageLayout]) -> list[Found]:
    """The value captioned the account's number when the document calls itself an account."""
    if not layouts:
        return []
    layout = layouts[0]
    limit = layout.height * _UPPER
    upper = [s for s in layout.segments if s.y0 <= limit]
    captions = [s for s in upper if _CAPTION.match(s.folded.strip())]
    if not captions:
        return []
    keys = [  # the captions of dates
        s for s in upper if not any(c.isdigit() for c in s.text) and _dated_value(layout, s)
    ]
    dated = [s for s in keys if _DATED.match(s.folded.strip())]
    if not dated and any(_title(s, upper) for s in upper):
        dated = keys  # titled an account: the number stands among its dated keys
    found: dict[str, Found] = {}
    for segment in captions:
        if not any(_same_block(d, segment) for d in dated if d is not segment):
            continue  # beside the customer, not among the bill's own keys
        hit = Hit("invoice_number", segment, segment.text.strip(), "", 0, ends_segment=True)
        read = _value_of(hit, layout)
        if read is None or parse_date(read[2]) is not None or _YEAR.fullmatch(read[0]):
            continue  # a date or a year alone is never the number
        value, where, text = read
        label = f"account caption:{segment.text.strip()}"
        found.setdefault(value, Found(value, ACCOUNT_NUMBER, label, where, text))
    return list(found.values()) if len(found) == 1 else []


def _title(segment: Segment, upper: list[Segment]) -> bool:
    """Whether `segment` is a title naming the document an account: short, ending in the
    account word, printed in the largest size of the page's upper part."""
    text = segment.folded.strip()
    if not _TITLE.match(text) or _NOT_SELF.search(text):
        return False
    return segment.size >= max(s.size for s in upper) - 0.5 or segment.size >= 14.0


def _dated_value(layout: PageLayout, caption: Segment) -> bool:
    """Whether a date stands right of `caption` on its line or just below it."""
    for other in layout.lines[caption.line]:
        if other.x0 >= caption.x1 - 1 and parse_date(other.text.strip()) is not None:
            return True
    if caption.line + 1 < len(layout.lines):
        for other in layout.lines[caption.line + 1]:
            overlap = min(other.x1, caption.x1) - max(other.x0, caption.x0)
            if overlap > 0 and parse_date(other.text.strip()) is not None:
                return True
    return False


def _same_block(dated: Segment, caption: Segment) -> bool:
    """Whether two keys stand in one column (left edges aligned), a few lines apart."""
    return abs(dated.x0 - caption.x0) <= _ALIGNED and abs(dated.y0 - caption.y0) <= _BLOCK


__all__ = ["ACCOUNT_NUMBER", "account_numbers"]
