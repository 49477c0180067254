"""Issue dates printed without a known label: the only date a short key of its own names in
the upper block of the first page ("Geschrieben am | 21.03.26"), or a date standing alone as
letters print theirs ("Berlin, 24. Januar 2014"), never one of the rows' dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from tasks.extract._columned import in_column
from tasks.extract._hits import Found, Hit, value_candidates
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._numbers import bare_word
from tasks.extract._other_dated import _OTHER_DOCUMENT
from tasks.extract._parse import currencies, fold, parse_date

_WEEKDAY: Final = (
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|luned[iì]"
    r"|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag|zondag)\.?"
)
_PLACE: Final = re.compile(
    r"^(?:'s[ -])?[^\W\d][\w .'-]{0,30}(?:,\s*(?:(?:den|le|el|il|l[iì]|a|am|on|the|de|op)"
    rf"(?:\s+|$))?(?:{_WEEKDAY},?)?)?$"
)
"""What may precede a letter's date, its place and an article: "Berlin, den", "Paris, le",
"Madrid, a", "Milano, lì", "'s-Hertogenbosch,", "Paris, le mardi" (against the text before
the date, stripped)."""


def letter_date(
    layouts: Sequence[PageLayout], hits: list[Hit], month_first: bool, top: int | None
) -> list[Found]:
    """An issue date printed without a label, as letters do: the only date in the upper part of
    the first page standing alone (or after its place, "Berlin, 24. Januar 2014") that no label
    points at, above the line-item table (line `top`) whose rows may be dated too."""
    layout = layouts[0]
    pointed = _pointed(layout, hits)
    found: dict[Any, Found] = {}
    for segment in layout.segments:
        if segment.y0 > layout.height * 0.45 or id(segment) in pointed:
            continue
        if top is not None and segment.line >= top:
            continue
        day = parse_date(segment.text, month_first=month_first)
        if day is None:
            continue
        before, _, after = segment.text.partition(day[1])
        if after.strip(" .") or (before.strip() and not _PLACE.match(before.strip())):
            continue
        if "," not in before and _other_key(fold(before)):
            continue  # not a place but a key naming another day: "Scaffold up since"
        left = [s for s in layout.lines[segment.line] if s.x1 <= segment.x0]
        if left and (_other_key(left[-1].folded) or _OTHER_DOCUMENT.search(left[-1].folded)):
            continue  # a key naming another day or document: "Auftrag-Datum | 02.04.2026"
        if any(_other_key(s.folded) for s in _next_to(layout, segment, -1)):
            continue  # the value under such a key: "Plazo de ingreso" over "22/06/2026"
        found.setdefault(day[0], Found(day[0], 0.55, "unlabelled date", segment, segment.text))
    return list(found.values()) if len(found) == 1 else []


def _pointed(layout: PageLayout, hits: list[Hit]) -> set[int]:
    """The ids of the segments on `layout` that hold a label or a value a label points at."""
    labels = [h for h in hits if h.segment.page == layout.number and not bare_word(h)]
    pointed = {id(s) for hit in labels for s, *_ in value_candidates(hit, layout)}
    return pointed | {id(hit.segment) for hit in labels}


_OTHER_DAY: Final = re.compile(
    r"order|deliver|ship|dispatch|service|period|perform|due|pay|valid|expir|auftrag|bestell"
    r"|liefer|leistung|versand|zahl|fallig|gultig|commande|livr|expedi|prestation|echeance"
    r"|regist|zulass|immatric|matricul|toelating|circulation|event|veranstalt|evenement"
    r"|paiement|pedido|entrega|envio|servicio|vencim|pago|ordine|consegna|spedizion|scadenz"
    r"|pagament|bestel|lever|verzend|verval|betal|geldig|albaran|ddt|bis|until|from|von"
    r"|since|seit|depuis|desde|sinds"  # "Scaffold up since", "Gerüst steht seit"
    # a term or deadline to pay: "Plazo de ingreso", "Termine di versamento", "Délai"
    r"|plazo|termin|deadline|delai|frist|limit|ingreso|versam|storting|remit|settle"
)
"""Words of a key that names another day than the issue date ("Auftrag-Datum", "Valid until")."""
_OTHER_THING: Final = re.compile(
    # the day of another thing: a visit, a meter reading, a birth, a contract or quote, a stay,
    # a treatment, a course or lesson, the start of something
    r"visit|besuch|bezoek|reading|ablese|ablesung|lectura|lettura|meter|compteur|contador"
    r"|contator|opname|relev|birth|geburt|naissance|nacimiento|nascita|geboort|contra|vertrag"
    r"|angebot|quot|devis|presupuesto|preventivo|offert|arriv|depart|anreise|abreise|llegada"
    r"|salida|partenza|aankomst|vertrek|stay|aufenthalt|sejour|estancia|soggiorno|verblijf"
    r"|check|treatment|behandl|soins|tratamiento|trattamento|appointment|rendez|appuntamento"
    r"|afspraak|course|kurs|cours|curso|corso|cursus|lesson|lecon|leccion|lezione|class"
    r"|session|sitzung|seance|sesion|sessione|start|beginn|debut|inicio|inizio"
)
"""Words of a key naming the day of another thing ("Course dates", "Visit on", "Vertrag vom");
beside a letter's date only a bare key counts ("Vertrag Nr: 00.123" names the contract)."""


def _other_key(folded: str) -> bool:
    """Whether a key names another day than the issue date."""
    if _OTHER_DAY.search(folded):
        return True
    return not any(c.isdigit() for c in folded) and _OTHER_THING.search(folded) is not None


def _next_to(layout: PageLayout, segment: Segment, step: int) -> list[Segment]:
    """The piece of text on the next line below (step 1) or above (step -1) `segment`,
    overlapping it and near: a value under its key, or the key over its value."""
    line = segment.line + step
    if not 0 <= line < len(layout.lines):
        return []
    return [
        s
        for s in layout.lines[line]
        if (s.y0 - segment.y1 if step > 0 else segment.y0 - s.y1) < segment.height * 1.5
        and min(s.x1, segment.x1) - max(s.x0, segment.x0) > 0
    ][:1]


def keyed_date(
    layouts: Sequence[PageLayout], hits: list[Hit], month_first: bool, top: int | None
) -> list[Found]:
    """A date under a key no dictionary knows ("Tax point: 30 April 2026", "Opgemaakt op |
    07-07-2026"): in the key/value block high on the first page, above the line-item table,
    the only date that a short key without a known label (of another date) names."""
    layout = layouts[0]
    labelled = {id(h.segment) for h in hits if h.segment.page == layout.number}
    pointed = _pointed(layout, hits)
    found: dict[Any, Found] = {}
    for line in layout.lines[:top]:
        for index, segment in enumerate(line):
            if segment.y0 > layout.height * 0.45 or id(segment) in labelled:
                continue
            key, colon, value = segment.text.partition(":")
            targets = [(segment, value)]
            if not (colon and value.strip()):
                # the value right of its key, or below it in a grid or fact box
                nearby = line[index + 1 : index + 2] + _next_to(layout, segment, 1)
                targets = [(s, s.text) for s in nearby]
            words = key.split()
            if (
                not 1 <= len(words) <= 4
                or any(c.isdigit() for c in key)
                or currencies(key)
                or _other_key(fold(key))
                or (len(key.strip()) <= 4 and key.strip().isupper())  # a code in a value row
            ):
                continue
            for target, value in targets:
                day = parse_date(value, month_first=month_first)
                if id(target) in pointed or id(target) in labelled or day is None:
                    continue
                if target.line > segment.line and in_column(layout, target):
                    continue  # "Tag | 21.02.26 | 25.02.26": a column of the rows' dates
                if value.strip().strip(" .") == day[1].strip(" ."):
                    source = f"key:{key.strip()}"
                    found.setdefault(day[0], Found(day[0], 0.5, source, target, target.text))
                    break
    return list(found.values()) if len(found) == 1 else []


__all__ = ["keyed_date", "letter_date"]
