"""OASIS UBL 2.1 Invoice and CreditNote: XRechnung UBL and Peppol BIS Billing 3.0.

Amounts stay the XML's decimal strings, exactly. The party name is the trading name
(`PartyName/Name`) when present, else the legal registration name.
"""

from __future__ import annotations

from lxml import etree

from core.models import AllowanceCharge, ExtractorInfo, Invoice, LineItem, Party, TaxLine
from tasks.extract.einvoice._xml import (
    amount,
    children,
    find,
    find_all,
    first_text,
    parse_date_value,
    text,
)


def _party(node: etree._Element | None, iban: str | None = None) -> Party:
    party = find(node, "Party")
    if party is None:
        return Party()
    vat_id = None
    for scheme in children(party, "PartyTaxScheme"):
        company = text(scheme, "CompanyID")
        if company and (text(scheme, "TaxScheme/ID") or "VAT").strip() == "VAT":
            vat_id = company.strip()
            break
    address = find(party, "PostalAddress")
    parts = [
        text(address, name)
        for name in ("StreetName", "AdditionalStreetName", "PostalZone", "CityName")
    ]
    joined = ", ".join(p.strip() for p in parts if p)
    return Party(
        name=first_text(party, "PartyName/Name", "PartyLegalEntity/RegistrationName"),
        vat_id=vat_id,
        address=joined or None,
        country=text(address, "Country/IdentificationCode"),
        iban=iban,
    )


def _line(node: etree._Element) -> LineItem:
    quantity = find(node, "InvoicedQuantity")
    if quantity is None:
        quantity = find(node, "CreditedQuantity")
    return LineItem(
        description=first_text(node, "Item/Name", "Item/Description"),
        quantity=amount(text(quantity)),
        unit=None if quantity is None else quantity.get("unitCode"),
        unit_price=amount(text(node, "Price/PriceAmount")),
        net_amount=amount(text(node, "LineExtensionAmount")),
        tax_rate=amount(text(node, "Item/ClassifiedTaxCategory/Percent")),
    )


def _tax_total(root: etree._Element, currency: str | None) -> etree._Element | None:
    """The document's tax total in the invoice currency (UBL repeats it in the tax currency)."""
    totals = [find(t, "TaxAmount") for t in children(root, "TaxTotal")]
    totals = [t for t in totals if t is not None]
    for total in totals:
        if currency and total.get("currencyID") == currency:
            return total
    return totals[0] if totals else None


def parse_ubl(root: etree._Element, *, extractor: ExtractorInfo) -> Invoice:
    """The invoice in a UBL `Invoice` or `CreditNote` tree."""
    currency = text(root, "DocumentCurrencyCode")
    currency = currency.strip() if currency else None
    type_code = first_text(root, "InvoiceTypeCode", "CreditNoteTypeCode")
    if type_code is None:
        type_code = "381" if etree.QName(root).localname == "CreditNote" else "380"
    iban = first_text(root, "PaymentMeans/PayeeFinancialAccount/ID")
    totals = find(root, "LegalMonetaryTotal")
    breakdown = [
        TaxLine(
            category=text(sub, "TaxCategory/ID"),
            rate=amount(text(sub, "TaxCategory/Percent")),
            basis=amount(text(sub, "TaxableAmount")),
            amount=amount(text(sub, "TaxAmount")),
        )
        for total in children(root, "TaxTotal")
        for sub in children(total, "TaxSubtotal")
    ]
    allowances = [
        AllowanceCharge(
            charge=(text(node, "ChargeIndicator") or "").strip().lower() == "true",
            amount=value,
            reason=text(node, "AllowanceChargeReason"),
            tax_rate=amount(text(node, "TaxCategory/Percent")),
        )
        for node in children(root, "AllowanceCharge")
        if (value := amount(text(node, "Amount"))) is not None
    ]
    lines = find_all(root, "InvoiceLine") or find_all(root, "CreditNoteLine")
    due = text(root, "DueDate") or first_text(root, "PaymentMeans/PaymentDueDate")
    terms = text(root, "PaymentTerms/Note")
    return Invoice(
        invoice_number=text(root, "ID"),
        type_code=type_code.strip(),
        issue_date=parse_date_value(text(root, "IssueDate")),
        due_date=parse_date_value(due),
        currency=currency if currency and len(currency) == 3 and currency.isupper() else None,
        seller=_party(find(root, "AccountingSupplierParty"), iban=iban.strip() if iban else None),
        buyer=_party(find(root, "AccountingCustomerParty")),
        net_total=amount(text(totals, "TaxExclusiveAmount")),
        tax_total=amount(text(_tax_total(root, currency))),
        grand_total=amount(text(totals, "TaxInclusiveAmount")),
        amount_due=amount(text(totals, "PayableAmount")),
        lines=[_line(line) for line in lines],
        tax_breakdown=breakdown,
        allowances=allowances,
        payment_terms=terms.strip() if terms else None,
        extractor=extractor,
    )
