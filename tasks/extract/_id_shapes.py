"""The shapes of a party's identifiers: a VAT id read from a line (compacted, with or without
its country prefix) and the IBAN's check digits. Where on a page they are printed, and whose
they are, is `_party_ids`."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._party_names import LEADERS

_COUNTRIES: Final = (
    "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
)
VAT_PREFIXES: Final = frozenset(f"{_COUNTRIES} GB XI CH CHE NO".split())


def vat_id(text: str) -> str | None:
    """The VAT identifier `text` prints, compacted ("GB 301 4478 12" -> "GB301447812"), or None
    when nothing in it has the shape of one. Leader dots and trailing remarks are ignored."""
    text = LEADERS.sub(" ", text)
    if re.search(r"\d\s*/\s*\d", text):
        return None  # "201/113/40209": a tax number, not a VAT id
    text = re.split(r"\s+[·|•●/]\s+|;|,\s", text)[0]
    tokens = re.findall(r"[A-Z0-9][A-Z0-9.\-]*", text.upper())
    for i, token in enumerate(tokens):
        prefixed = token[:2] in VAT_PREFIXES or token.startswith("CHE")
        if not prefixed and not any(c.isdigit() for c in token):
            continue
        group = [token]
        for following in tokens[i + 1 :]:
            if token.startswith("CHE") and following in ("MWST", "TVA", "IVA", "TPV"):
                group.append(following)  # the Swiss UID keeps its VAT suffix
                break
            if not any(c.isdigit() for c in following):
                break
            group.append(following)
        compact = re.sub(r"[.\-]", "", "".join(group))
        prefix = "CHE" if compact.startswith("CHE") else compact[:2]
        digits = sum(c.isdigit() for c in compact)
        if prefix in VAT_PREFIXES and compact.isalnum() and digits >= 6 and len(compact) <= 17:
            return compact
        if compact.isalnum() and 8 <= len(compact) <= 12 and digits >= len(compact) - 1:
            return compact  # no country prefix: "B12345678", "01234567890"
    return None


def iban_valid(iban: str) -> bool:
    """The ISO 13616 check: the number, rotated and with letters as digits, is 1 modulo 97."""
    if len(iban) < 15 or not iban.isalnum():
        return False
    rotated = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rotated.upper())) % 97 == 1
