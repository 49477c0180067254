"""Gemini as the second reader, against a local HTTP server speaking Gemini's REST wire format
(the hosted API cannot be reached from tests): what is sent, how the answer maps into the
invoice, when Gemini is asked, how its reading merges with the rules', and that every failure
leaves the rules' result standing."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pymupdf
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from cli.main import app
from core.models import Extraction
from core.settings import Settings, get_settings
from tasks.extract import PDF_RULES, extract_document
from tasks.extract.gemini import GeminiConfig
from tests.tasks.extract.gemini_docs import ANSWER, invoice_pdf, loose_pdf, quotation_pdf, weak_pdf
from tests.tasks.extract.gemini_server import FakeGemini, Reply, error_body, serve

MODEL = "gemini-test-flash"


@pytest.fixture
def fake() -> Iterator[FakeGemini]:
    yield from serve()


def config(fake: FakeGemini, **overrides: Any) -> GeminiConfig:
    options: dict[str, Any] = {
        "api_key": "test-key-123",
        "model": MODEL,
        "base_url": fake.url,
        "timeout_seconds": 5.0,
        "max_retries": 0,
        "retry_delay_seconds": 0.05,
    }
    return GeminiConfig(**(options | overrides))


def extract(data: bytes, gemini: GeminiConfig | None, **options: Any) -> Extraction:
    return extract_document(
        data, filename="doc.pdf", max_bytes=10_000_000, max_pages=10, gemini=gemini, **options
    )


def test_the_request_carries_the_key_the_inline_pdf_and_the_response_schema(
    fake: FakeGemini,
) -> None:
    data = loose_pdf()
    fake.reply(ANSWER)
    extract(data, config(fake))

    (request,) = fake.requests
    assert request.path.endswith(f"/models/{MODEL}:generateContent")
    assert request.headers["x-goog-api-key"] == "test-key-123"
    parts = request.body["contents"][0]["parts"]
    inline = next(part["inlineData"] for part in parts if "inlineData" in part)
    assert base64.urlsafe_b64decode(inline["data"]) == data
    assert (inline.get("mimeType") or inline.get("mime_type")) == "application/pdf"
    generation = request.body["generationConfig"]
    assert generation["responseMimeType"] == "application/json"
    schema = generation["responseSchema"]["properties"]
    assert schema["grand_total"]["type"] == "STRING"  # amounts travel as strings
    assert set(schema["lines"]["items"]["properties"]) == {
        "description", "quantity", "unit_price", "net_amount",
    }  # fmt: skip
    assert set(schema["seller"]["properties"]) == {"name", "vat_id"}


def test_the_answer_maps_into_the_invoice_with_decimals_and_evidence(fake: FakeGemini) -> None:
    fake.reply(ANSWER)
    extraction = extract(loose_pdf(), config(fake))

    invoice = extraction.invoice
    assert invoice is not None, extraction.error
    assert extraction.error is None
    assert invoice.extractor.name == extraction.extractor.name == "gemini"
    assert invoice.extractor.version == MODEL
    assert invoice.invoice_number == "ACME-77"
    assert invoice.issue_date == dt.date(2024, 5, 2)
    assert invoice.due_date == dt.date(2024, 6, 1)
    assert invoice.currency == "USD"
    assert invoice.seller.name == "Acme Tools Inc."
    assert invoice.seller.vat_id == "US12-3456789"
    assert invoice.grand_total == Decimal("1234.50")
    assert isinstance(invoice.net_total, Decimal)
    assert invoice.net_total == Decimal("1037.39")
    (line,) = invoice.lines
    assert line.unit_price == Decimal("345.7966")
    assert line.quantity == Decimal("3")
    # Printed on the page: the place is the evidence; not printed: no box, lower confidence.
    number = invoice.evidence["invoice_number"]
    assert number.source == "gemini"
    assert number.page == 0
    assert number.bbox is not None
    assert number.text == "Reference ACME-77"
    assert invoice.evidence["grand_total"].bbox is not None
    seller = invoice.evidence["seller.name"]
    assert seller.source == "gemini"
    assert seller.bbox is None
    assert seller.confidence < number.confidence
    assert extraction.text  # the document's own text is kept for search
    assert any("layout rules read no invoice" in w for w in extraction.warnings)


def test_invalid_values_are_dropped_with_a_warning(fake: FakeGemini) -> None:
    fake.reply(
        ANSWER
        | {
            "issue_date": "31/02/2024",
            "currency": "dollars",
            "tax_total": "NaN",
            "net_total": 1037.39,  # a JSON number: read as an exact decimal, never a float
            "amount_due": "12.3456789",
            "grand_total": "about 1234",
            "lines": [{"description": "Drill", "quantity": "three", "net_amount": "10.00"}, 7],
        }
    )
    extraction = extract(loose_pdf(), config(fake))

    invoice = extraction.invoice
    assert invoice is not None, extraction.error
    assert invoice.issue_date is None
    assert invoice.currency is None
    assert invoice.tax_total is None
    assert invoice.grand_total is None
    assert invoice.amount_due is None
    assert invoice.net_total == Decimal("1037.39")
    assert str(invoice.net_total) == "1037.39"
    (line,) = invoice.lines
    assert line.quantity is None
    assert line.net_amount == Decimal("10.00")
    warned = " ".join(extraction.warnings)
    for name in ("issue_date", "currency", "tax_total", "grand_total", "amount_due"):
        assert f"invalid {name}" in warned
    assert "invalid line 1 quantity" in warned
    assert "invalid line 2" in warned


def test_fallback_does_not_ask_when_the_rules_are_confident(fake: FakeGemini) -> None:
    fake.reply(ANSWER)
    extraction = extract(invoice_pdf(), config(fake))

    assert fake.requests == []
    assert extraction.invoice is not None
    assert extraction.invoice.extractor == PDF_RULES
    assert not any("Gemini" in w for w in extraction.warnings)


def test_fallback_asks_when_the_rules_are_unsure(fake: FakeGemini) -> None:
    fake.reply({"invoice_number": "W-9", "grand_total": "99.00", "issue_date": "2024-01-31"})
    rules = extract(weak_pdf(), None).invoice
    assert rules is not None
    assert rules.confidence < 0.6

    invoice = extract(weak_pdf(), config(fake)).invoice

    assert len(fake.requests) == 1
    assert invoice is not None
    assert invoice.extractor.name == "pdf-rules+gemini"
    assert invoice.issue_date == dt.date(2024, 1, 31)  # only Gemini read it
    assert invoice.evidence["issue_date"].source == "gemini"
    # Both read the number: the rules' evidence stays, with more confidence.
    assert invoice.evidence["invoice_number"].source.endswith("+gemini")
    assert invoice.evidence["invoice_number"].confidence >= 0.9
    assert invoice.confidence > rules.confidence


def test_mode_off_never_asks(fake: FakeGemini) -> None:
    extraction = extract(loose_pdf(), config(fake, mode="off"))
    assert fake.requests == []
    assert extraction.invoice is None
    assert extraction.error


@pytest.mark.parametrize("mode", ["fallback", "always"])
def test_a_document_titled_as_a_quotation_is_never_sent(fake: FakeGemini, mode: str) -> None:
    fake.reply(ANSWER)
    extraction = extract(quotation_pdf(), config(fake, mode=mode))

    assert fake.requests == []
    assert extraction.invoice is None
    assert extraction.not_an_invoice == "a quotation"
    assert extraction.error and "Quotation Q-2024-31" in extraction.error


def test_disagreements_keep_sure_rules_values_and_are_reported(fake: FakeGemini) -> None:
    fake.reply(
        {
            "invoice_number": "INV-2024-001",
            "grand_total": "250.00",  # the rules read 240.00 with confidence
            "buyer": {"name": "Globex Corporation"},
            "currency": "GBP",
        }
    )
    extraction = extract(invoice_pdf(), config(fake, mode="always"))

    invoice = extraction.invoice
    assert invoice is not None
    assert invoice.grand_total == Decimal("240.00")
    assert invoice.invoice_number == "INV-2024-001"
    assert invoice.evidence["currency"].confidence >= 0.9
    assert len(invoice.lines) == 2  # Gemini sent none: the rules' stay
    (warning,) = [w for w in extraction.warnings if "disagree" in w]
    assert "grand_total" in warning
    assert "'240.00'" in warning
    assert "'250.00'" in warning
    assert "rules' value was kept" in warning


def test_a_field_the_rules_are_unsure_of_takes_gemini_s_value(fake: FakeGemini) -> None:
    fake.reply({"invoice_number": "W-9", "grand_total": "99.00", "amount_due": "89.00"})
    invoice = extract(weak_pdf(), config(fake, min_confidence=0.95)).invoice
    assert invoice is not None
    assert invoice.amount_due == Decimal("89.00")  # the rules derived 99.00 by arithmetic
    assert any("amount_due" in w and "Gemini's value was taken" in w for w in invoice.warnings)


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(status=500, body=b"<html>internal error</html>"), "server failed (HTTP 500"),
        (
            Reply(status=429, body=error_body(429, "RESOURCE_EXHAUSTED", "Quota exceeded")),
            "quota or rate limit",
        ),
        (
            Reply(status=400, body=error_body(400, "INVALID_ARGUMENT", "bad model")),
            "refused the request (HTTP 400",
        ),
        (Reply(delay=2.0), "did not answer within 0.5 s"),
        (Reply(text="{not json"), "not valid JSON"),
        (Reply(body=b"this is not json"), "not valid JSON"),
        (Reply(text="[1, 2]"), "not a JSON object"),
    ],
    ids=["500", "429", "400", "timeout", "garbage-answer", "garbage-body", "not-an-object"],
)
def test_failures_leave_the_rules_result_with_a_warning(
    fake: FakeGemini, reply: Reply, reason: str
) -> None:
    fake.reply(reply)
    data = invoice_pdf()
    rules = extract(data, None)
    extraction = extract(data, config(fake, mode="always", timeout_seconds=0.5))

    assert len(fake.requests) == 1
    assert extraction.invoice is not None
    assert extraction.invoice.extractor == PDF_RULES
    assert extraction.invoice.grand_total == rules.invoice.grand_total  # type: ignore[union-attr]
    (warning,) = [w for w in extraction.warnings if "Gemini was not used" in w]
    assert reason in warning
    assert "rules' result stands" in warning
    assert "test-key-123" not in warning


def test_a_failure_when_the_rules_read_nothing_keeps_the_reason(fake: FakeGemini) -> None:
    fake.reply(Reply(status=503, body=error_body(503, "UNAVAILABLE", "overloaded")))
    extraction = extract(loose_pdf(), config(fake))
    assert extraction.invoice is None
    assert extraction.error and "No invoice fields" in extraction.error
    assert any("HTTP 503" in w for w in extraction.warnings)
    assert extraction.text


def test_a_transient_error_is_retried(fake: FakeGemini) -> None:
    fake.reply(Reply(status=503, body=error_body(503, "UNAVAILABLE", "overloaded")), ANSWER)
    extraction = extract(loose_pdf(), config(fake, max_retries=1))
    assert len(fake.requests) == 2
    assert extraction.invoice is not None
    assert extraction.invoice.invoice_number == "ACME-77"


def test_an_empty_answer_for_a_page_without_invoice_keeps_the_rules_reason(
    fake: FakeGemini,
) -> None:
    fake.reply({"invoice_number": None, "lines": []})
    extraction = extract(loose_pdf(), config(fake))
    assert extraction.invoice is None
    assert any("Gemini found no invoice fields" in w for w in extraction.warnings)


def test_an_image_without_ocr_goes_to_gemini_as_an_image(fake: FakeGemini) -> None:
    with pymupdf.open(stream=loose_pdf(), filetype="pdf") as doc:
        png = doc[0].get_pixmap(dpi=50).tobytes("png")
    fake.reply(ANSWER)
    extraction = extract(png, config(fake), ocr_languages=("xx-no-such-language",))

    (request,) = fake.requests
    inline = request.body["contents"][0]["parts"][0]["inlineData"]
    assert (inline.get("mimeType") or inline.get("mime_type")) == "image/png"
    assert base64.urlsafe_b64decode(inline["data"]) == png
    assert extraction.invoice is not None
    assert extraction.invoice.invoice_number == "ACME-77"
    assert extraction.invoice.evidence["invoice_number"].bbox is None  # no words to point at


def test_settings_without_a_key_give_no_config(settings: Settings) -> None:
    assert GeminiConfig.from_settings(settings) is None
    key = SecretStr("secret-gemini-key")
    blank = settings.model_copy(update={"gemini_api_key": SecretStr("  ")})
    assert GeminiConfig.from_settings(blank) is None
    off = settings.model_copy(update={"gemini_api_key": key, "gemini_mode": "off"})
    assert GeminiConfig.from_settings(off) is None
    on = GeminiConfig.from_settings(settings.model_copy(update={"gemini_api_key": key}))
    assert on is not None
    assert on.mode == "fallback"
    assert on.model == settings.gemini_model
    assert on.api_key == "secret-gemini-key"
    assert "secret-gemini-key" not in repr(on)


def _cli_extract(path: str) -> dict[str, Any]:
    import json

    result = CliRunner().invoke(app, ["extract", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if line.startswith("{")]
    return dict(json.loads(line))


def test_the_cli_sends_nothing_without_a_key_and_asks_with_one(
    settings: Settings, fake: FakeGemini, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    path = tmp_path / "loose.pdf"
    path.write_bytes(loose_pdf())
    monkeypatch.setenv("INVOICES_GEMINI_BASE_URL", fake.url)
    monkeypatch.setenv("INVOICES_GEMINI_MODEL", MODEL)
    fake.reply(ANSWER)

    record = _cli_extract(str(path))
    assert fake.requests == []  # no key: no request at all
    assert record["error"]

    monkeypatch.setenv("GEMINI_API_KEY", "cli-key")
    get_settings.cache_clear()
    record = _cli_extract(str(path))
    assert len(fake.requests) == 1
    assert fake.requests[0].headers["x-goog-api-key"] == "cli-key"
    assert record["invoice_number"] == "ACME-77"
    assert record["grand_total"] == "1234.50"
    assert record["extractor"] == {"name": "gemini", "version": MODEL}


def test_a_credit_note_sent_with_negative_amounts_is_read_positive(fake: FakeGemini) -> None:
    fake.reply(
        ANSWER
        | {"type_code": "381", "net_total": "-100.00", "tax_total": "-20.00"}
        | {"grand_total": "-120.00", "amount_due": None}
        | {"lines": [{"description": "Return", "net_amount": "-100.00", "unit_price": "-50.00"}]}
    )
    invoice = extract(loose_pdf(), config(fake)).invoice
    assert invoice is not None
    assert invoice.is_credit_note
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("100.00"), Decimal("20.00"), Decimal("120.00"),
    )  # fmt: skip
    assert invoice.lines[0].net_amount == Decimal("100.00")
    assert invoice.lines[0].unit_price == Decimal("50.00")
