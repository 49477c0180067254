"""Headers for handing an original file back: a Content-Disposition every browser reads right."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from core.files import safe_filename

_NOT_PLAIN = re.compile(r"[^A-Za-z0-9 ._()+\[\]-]+")


def content_disposition(filename: str, *, disposition: str = "attachment") -> str:
    """`filename="..."` with an ASCII stand-in, plus RFC 5987 `filename*` when the name is not
    plain ASCII: `Rechnung Müller.pdf` -> `filename="Rechnung Muller.pdf";
    filename*=UTF-8''Rechnung%20M%C3%BCller.pdf`."""
    name = safe_filename(filename)
    # Accents fall away ("ü" -> "u"); any other character outside plain ASCII becomes "_".
    decomposed = unicodedata.normalize("NFKD", name)
    unaccented = "".join(char for char in decomposed if not unicodedata.combining(char))
    fallback = _NOT_PLAIN.sub("_", unaccented).strip(" .") or "document"
    header = f'{disposition}; filename="{fallback}"'
    if fallback != name:
        header += f"; filename*=UTF-8''{quote(name, safe='')}"
    return header
