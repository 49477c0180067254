"""Whether two names name one party: the same words (one name's words all in the other's), the
same name read with a few letters apart, or the seller's letterhead short form."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tasks.extract._parse import fold


def _tokens_of(name: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", fold(name)) if len(t) > 1}


def same_party(a: str, b: str) -> bool:
    """ "Cave Vallet" and "Cave et Épicerie Vallet SARL": every word of one is in the other; or
    one name read twice with a few letters apart ("Editions du Rhéne SAS" from a scan)."""
    ta, tb = _tokens_of(a), _tokens_of(b)
    if bool(ta) and (ta == tb or (min(len(ta), len(tb)) >= 2 and (ta <= tb or tb <= ta))):
        return True
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    if min(len(fa), len(fb)) < 10 or abs(len(fa) - len(fb)) > 3:
        return False
    return SequenceMatcher(None, fa, fb).ratio() >= 0.9


def related(name: str, seller: str) -> bool:
    """The seller's name, or its letterhead's short form ("Northwind Labs" for "Northwind
    Laboratory Supplies Ltd"): a buyer block never is."""
    if same_party(name, seller):
        return True
    first, other = fold(name).split(), fold(seller).split()
    return bool(first and other) and first[0] == other[0] and len(first[0]) >= 4
