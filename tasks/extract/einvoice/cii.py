"""UN/CEFACT Cross Industry Invoice: Factur-X / ZUGFeRD 2.x / XRechnung CII, and ZUGFeRD 1.0.

ZUGFeRD 1.0 (`urn:ferd:CrossIndustryDocument:invoice:1p0`) names its containers differently
(`HeaderExchangedDocument`, `ApplicableSupplyChainTradeAgreement`, ...); each path below lists
the CII name first and the 1.0 name second. Amounts stay the XML's decimal strings, exactly.
"""

from __future__ import annotations

from lxml import etree

from core.models import AllowanceCharge, ExtractorInfo, Invoice, LineItem, Party, TaxLine
from tasks.extract.einvoice._xml import (
    amount,
    children,
    cii_date,
    find,
    find_all,
    first_text,
    text,
)


def _first(element: etree._Element | None, *paths: str) -> etree._Element | None:
    for path in paths:
        found = find(element, path)
        if found is not None:
            return found
    return None


def _address(party: etree._Element | None) -> tuple[str | None, str | None]:
    address = find(party, "PostalTradeAddress")
    if address is None:
        return None, None
    parts = [
        text(address, name)
        for name in ("LineOne", "LineTwo", "LineThree", "PostcodeCode", "CityName")
    ]
    joined = ", ".join(p.strip() for p in parts if p)
    return joined or None, text(address, "CountryID")


def _party(party: etree._Element | None, iban: str | None = None) -> Party:
    if party is None:
        return Party()
    vat_id = None
    tax_id = None
    for registration in children(party, "SpecifiedTaxRegistration"):
        node = find(registration, "ID")
        if node is None or not (node.text or "").strip():
            continue
        if node.get("schemeID") == "VA" and vat_id is None:
            vat_id = node.text.strip()
        elif tax_id is None:
            tax_id = node.text.strip()
    address, country = _address(party)
    return Party(
        name=text(party, "Name"),
        vat_id=vat_id,
        address=address,
        country=country,
        iban=iban,
    )


def _currency_amount(elements: list[etree._Element], currency: str | None) -> etree._Element | None:
    """Of several amounts (one per currency), the one in the invoice currency."""
    for element in elements:
        if currency and element.get("currencyID") == currency:
            return element
    return elements[0] if elements else None


def _line(item: etree._Element) -> LineItem:
    agreement = _first(item, "SpecifiedLineTradeAgreement", "SpecifiedSupplyChainTradeAgreement")
    delivery = _first(item, "SpecifiedLineTradeDelivery", "SpecifiedSupplyChainTradeDelivery")
    settlement = _first(item, "SpecifiedLineTradeSettlement", "SpecifiedSupplyChainTradeSettlement")
    quantity = find(delivery, "BilledQuantity")
    summation = _first(
        settlement,
        "SpecifiedTradeSettlementLineMonetarySummation",
        "SpecifiedTradeSettlementMonetarySummation",
    )
    return LineItem(
        description=text(item, "SpecifiedTradeProduct/Name"),
        quantity=amount(text(quantity)),
        unit=None if quantity is None else quantity.get("unitCode"),
        unit_price=amount(
            first_text(
                agreement,
                "NetPriceProductTradePrice/ChargeAmount",
                "GrossPriceProductTradePrice/ChargeAmount",
            )
        ),
        net_amount=amount(text(summation, "LineTotalAmount")),
        tax_rate=amount(text(settlement, "ApplicableTradeTax/ApplicablePercent")),
    )


def _allowances(settlement: etree._Element | None) -> list[AllowanceCharge]:
    found = []
    for node in children(settlement, "SpecifiedTradeAllowanceCharge"):
        value = amount(text(node, "ActualAmount"))
        if value is None:
            continue
        indicator = (first_text(node, "ChargeIndicator/Indicator") or "").strip().lower()
        found.append(
            AllowanceCharge(
                charge=indicator == "true",
                amount=value,
                reason=text(node, "Reason"),
                tax_rate=amount(text(node, "CategoryTradeTax/ApplicablePercent")),
            )
        )
    return found


def parse_cii(root: etree._Element, *, extractor: ExtractorInfo) -> Invoice:
    """The invoice in a CII or ZUGFeRD 1.0 tree (`root` is the document element)."""
    header = _first(root, "ExchangedDocument", "HeaderExchangedDocument")
    transaction = _first(
        root, "SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction"
    )
    agreement = _first(
        transaction, "ApplicableHeaderTradeAgreement", "ApplicableSupplyChainTradeAgreement"
    )
    settlement = _first(
        transaction, "ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement"
    )
    summation = _first(
        settlement,
        "SpecifiedTradeSettlementHeaderMonetarySummation",
        "SpecifiedTradeSettlementMonetarySummation",
    )
    currency = text(settlement, "InvoiceCurrencyCode")
    currency = currency.strip() if currency else None
    iban = first_text(
        settlement,
        "SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID",
    )
    terms = find_all(settlement, "SpecifiedTradePaymentTerms")
    due_date = next((d for d in (cii_date(find(t, "DueDateDateTime")) for t in terms) if d), None)
    term_text = next((v for v in (text(t, "Description") for t in terms) if v), None)
    tax_total = _currency_amount(find_all(summation, "TaxTotalAmount"), currency)
    breakdown = [
        TaxLine(
            category=text(tax, "CategoryCode"),
            rate=amount(text(tax, "ApplicablePercent")),
            basis=amount(text(tax, "BasisAmount")),
            amount=amount(text(tax, "CalculatedAmount")),
        )
        for tax in children(settlement, "ApplicableTradeTax")
    ]
    items = find_all(transaction, "IncludedSupplyChainTradeLineItem")
    type_code = text(header, "TypeCode")
    return Invoice(
        invoice_number=text(header, "ID"),
        type_code=type_code.strip() if type_code else "380",
        issue_date=cii_date(find(header, "IssueDateTime")),
        due_date=due_date,
        currency=currency if currency and len(currency) == 3 and currency.isupper() else None,
        seller=_party(find(agreement, "SellerTradeParty"), iban=iban.strip() if iban else None),
        buyer=_party(find(agreement, "BuyerTradeParty")),
        net_total=amount(text(summation, "TaxBasisTotalAmount")),
        tax_total=amount(text(tax_total)),
        grand_total=amount(text(summation, "GrandTotalAmount")),
        amount_due=amount(text(summation, "DuePayableAmount")),
        lines=[_line(item) for item in items],
        tax_breakdown=breakdown,
        allowances=_allowances(settlement),
        payment_terms=term_text.strip() if term_text else None,
        extractor=extractor,
    )
