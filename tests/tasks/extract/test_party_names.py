"""What a party's name and VAT id look like: shape tests over single lines of text."""

from __future__ import annotations

import pytest

from tasks.extract._id_shapes import vat_id
from tasks.extract._party_names import nameable, split_name
from tasks.extract._same_party import same_party


@pytest.mark.parametrize(
    ("printed", "compact"),
    [
        ("............................................. GB 301 4478 12", "GB301447812"),
        (". FR 62 812 554 903", "FR62812554903"),
        ("DE 314 159 265 · Bankverbindung: IBAN DE44 2905 0101", "DE314159265"),
        ("NL 8012.34.567.B01", "NL801234567B01"),
        ("CHE-123.456.788 MWST", "CHE123456788MWST"),
        ("ATU12345678", "ATU12345678"),
        ("B46123987", "B46123987"),
        ("201/113/40209", None),
        ("12345", None),
        ("siehe Rückseite", None),
    ],
)
def test_vat_ids_by_shape(printed: str, compact: str | None) -> None:
    assert vat_id(printed) == compact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Whitfield Academy Trust, Science Department, Hove BN3 7BX", "Whitfield Academy Trust"),
        ("Reformas Ibáñez C.B., C/ Colón 18, bajo, 03001 Alicante", "Reformas Ibáñez C.B."),
        ("Acme, Inc., 12 Main Street, Springfield IL 62701", "Acme, Inc."),
        ("Cave et Épicerie Vallet SARL · RCS Nantes 812 554 903", "Cave et Épicerie Vallet SARL"),
        ("Rossi, Bianchi e Figli", "Rossi, Bianchi e Figli"),
        ("ACME Tools Ltd — Quality since 1920", "ACME Tools Ltd"),
        ("Orchard Retail plc (No. 40021)", "Orchard Retail plc"),
    ],
)
def test_the_name_of_a_one_line_address(text: str, name: str) -> None:
    assert split_name(text) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rechnung", False),
        ("FACTURE DE VENTE", False),
        ("K O S T E N R E C H N U N G", False),
        ("RECHNUNGS-KORREKTUR", False),
        ("Règlement au ..................... 4 nov. 2026", False),
        ("Tel: +49 (030) 41092-0", False),
        ("12 rue de la Fosse", False),
        ("Via Emilia 10", False),
        ("GLN 4333741000005", False),
        ("Globale Nummer: 4000001123452", False),
        ("Date of delivery 2019-06-10", False),
        ("Bankverbindung", False),
        ("Kunde", False),
        ("Sehr geehrter Herr Mustermann,", False),
        ("Bei Ausstellung der Beitragsrechnung wurde der bekannte Vertragsstand", False),
        ("Internet Systems AG", True),
        ("z. Hd. Frau Anna Weber", False),
        ("Attn: Accounts Payable", False),
        ("Attention Grabbers Ltd", True),
        ("Cherry Consulting Ltd", True),
        ("Data Systems Ltd", True),
        ("Lieferant GmbH", True),
        ("3M Deutschland GmbH", True),
        ("Hôtel Les Remparts", True),
    ],
)
def test_what_may_be_a_name(text: str, expected: bool) -> None:
    assert nameable(text) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Cave Vallet", "Cave et Épicerie Vallet SARL", True),
        ("Editions du Rhéne SAS", "Éditions du Rhône SAS", True),  # one name, read twice by OCR
        ("Kestrel Lab Supplies Ltd", "Kestrel Lab Supply Ltd", True),
        ("MUSTER-KUNDE GMBH", "MUSTER-MARKT GMBH", False),
        ("Hotel Adler GmbH", "Hotel Adlon GmbH", False),
        ("Acme AG", "Acne AG", False),  # too short to tell a misreading from another name
    ],
)
def test_one_party_named_twice(a: str, b: str, expected: bool) -> None:
    assert same_party(a, b) is expected
