# ruff: noqa: E501  (inline e-invoice XML and corpus paths read best unwrapped)
"""E-invoices read exactly: every XML-bearing corpus file equals its truth line, bad XML gets a
reason and falls back to the visible page, and hostile XML is refused."""

from __future__ import annotations

from typing import Any

import pytest

from tasks.extract import EINVOICE_XML, PDF_RULES, extract_document
from tests.tasks.extract.corpus import CORPUS, require_corpus, truth_rows

ROWS = truth_rows()
FIELDS = ("invoice_number", "type_code", "issue_date", "due_date", "currency", "net_total",
          "tax_total", "grand_total", "amount_due")  # fmt: skip
MISMATCHED = (
    "zugferd/ZUGFeRDv1/correct/Konik/acme_invoice-42_ZUGFeRD.pdf",
    "zugferd/ZUGFeRDv2/correct/PHP_@gpFacturX/sample_inofficial_20190125_atgp_factur-x_v_1_0.pdf",
    "zugferd/ZUGFeRDv2/correct/Mustangproject/MustangGnuaccountingBeispielRE-20201121_508_withBOM.pdf",
)


def _extract(data: bytes, name: str = "x.xml", **options: Any) -> Any:
    return extract_document(data, filename=name, max_bytes=50_000_000, max_pages=500, **options)


def _read(file: str, **options: Any) -> Any:
    path = CORPUS / file
    return _extract(path.read_bytes(), path.name, **options)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def test_corpus_is_present() -> None:
    require_corpus()
    assert len(ROWS) > 150


@pytest.mark.parametrize("row", [r for r in ROWS if "error" not in r], ids=lambda r: r["file"])
def test_xml_path_equals_the_truth_on_every_field(row: dict[str, Any]) -> None:
    require_corpus()
    extraction = _read(row["file"])
    invoice = extraction.invoice
    assert invoice is not None, extraction.error
    assert invoice.extractor == EINVOICE_XML
    for field in FIELDS:
        if row.get(field) is not None:
            value = getattr(invoice, field)
            assert (None if value is None else str(value)) == row[field], field
    assert invoice.seller.name == row["seller_name"]
    assert invoice.buyer.name == row["buyer_name"]
    lines = [
        {"description": line.description, "quantity": _text(line.quantity),
         "net_amount": _text(line.net_amount)}
        for line in invoice.lines
    ]  # fmt: skip
    if "lines" in row:
        assert lines == row["lines"]


def test_malformed_embedded_xml_gets_a_reason_and_the_visible_page_is_read() -> None:
    require_corpus()
    extraction = _read(
        "zugferd/ZUGFeRDv2/fail/Mustangproject/factur-x-invalid-xml-encoding-attribute.pdf"
    )
    assert extraction.invoice is not None
    assert extraction.extractor == PDF_RULES
    assert any("malformed" in w and "visible page" in w for w in extraction.warnings)
    assert extraction.invoice.invoice_number == "RE-20190610/507"


def test_malformed_standalone_xml_is_a_clear_error() -> None:
    require_corpus()
    extraction = _read(
        "zugferd/fatturaPA/eigor/valid/con-ritenuta-acconto-e-cassa-previdenziale.xml"
    )
    assert extraction.invoice is None
    assert "malformed" in (extraction.error or "")


@pytest.mark.parametrize("file", MISMATCHED)
def test_embedded_xml_that_disagrees_with_the_page_is_flagged(file: str) -> None:
    require_corpus()
    extraction = _read(file)
    assert any("disagrees with the visible PDF" in w for w in extraction.invoice.warnings)


def test_matching_embedded_xml_is_not_flagged() -> None:
    require_corpus()
    flagged = [
        row["file"] for row in ROWS
        if row["file"].endswith(".pdf") and "error" not in row and row["file"] not in MISMATCHED
        and any("disagrees" in w for w in _read(row["file"]).warnings)
    ]  # fmt: skip
    assert flagged == []


def test_ignore_embedded_xml_reads_the_visible_page() -> None:
    require_corpus()
    extraction = _read(MISMATCHED[2], ignore_embedded_xml=True)
    assert extraction.extractor == PDF_RULES
    assert extraction.invoice is not None
    assert "507" in (extraction.invoice.invoice_number or "")


UBL_CREDIT = b"""<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>CN-7</cbc:ID><cbc:IssueDate>2026-02-03</cbc:IssueDate>
 <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID>
 <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
 <cac:PartyLegalEntity><cbc:RegistrationName>Seller GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">1.90</cbc:TaxAmount>
 <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">10.00</cbc:TaxableAmount>
 <cbc:TaxAmount currencyID="EUR">1.90</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>
 <cbc:Percent>19</cbc:Percent></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
 <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">10.00</cbc:TaxExclusiveAmount>
 <cbc:TaxInclusiveAmount currencyID="EUR">11.90</cbc:TaxInclusiveAmount>
 <cbc:PayableAmount currencyID="EUR">11.90</cbc:PayableAmount></cac:LegalMonetaryTotal>
 <cac:CreditNoteLine><cbc:ID>1</cbc:ID><cbc:CreditedQuantity unitCode="C62">2.500</cbc:CreditedQuantity>
 <cbc:LineExtensionAmount currencyID="EUR">10.00</cbc:LineExtensionAmount>
 <cac:Item><cbc:Name>Widget</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">4.00</cbc:PriceAmount></cac:Price>
 </cac:CreditNoteLine></CreditNote>"""


def test_ubl_credit_note_keeps_exact_decimals_and_the_breakdown() -> None:
    invoice = _extract(UBL_CREDIT).invoice
    assert invoice.is_credit_note and invoice.invoice_number == "CN-7"
    assert str(invoice.grand_total) == "11.90" and str(invoice.lines[0].quantity) == "2.500"
    assert invoice.lines[0].unit == "C62" and str(invoice.lines[0].unit_price) == "4.00"
    assert invoice.seller.name == "Seller GmbH" and invoice.seller.vat_id == "DE123456789"
    assert [(str(t.rate), str(t.basis), str(t.amount)) for t in invoice.tax_breakdown] == [
        ("19", "10.00", "1.90")
    ]


def test_external_entities_are_refused(tmp_path: Any) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>'
        '<CrossIndustryInvoice xmlns="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">'
        "<ExchangedDocument><ID>&s;</ID></ExchangedDocument></CrossIndustryInvoice>"
    ).encode()
    extraction = _extract(xxe)
    assert extraction.invoice is None
    assert "refused" in (extraction.error or "")
    assert "TOP-SECRET" not in extraction.model_dump_json()


def test_billion_laughs_is_refused() -> None:
    entities = "".join(
        f'<!ENTITY l{i} "{"&l" + str(i - 1) + ";" * 1}{("&l" + str(i - 1) + ";") * 9}">'
        for i in range(1, 10)
    )
    bomb = f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{entities}]><r>&l9;</r>'
    extraction = _extract(bomb.encode())
    assert extraction.invoice is None
    assert "refused" in (extraction.error or "")


def test_unknown_xml_is_named() -> None:
    extraction = _extract(b"<?xml version='1.0'?><catalog><item/></catalog>")
    assert "not a known e-invoice" in (extraction.error or "")
    assert "<catalog>" in (extraction.error or "")
