"""Label dictionaries: how invoices in en, de, fr, es, it and nl name each field.

Patterns are regular expressions over `fold`ed text (lower case, no accents, `º` -> `°`).
When several fields' labels match the start of a piece of text, the longest match wins, so
"Total HT" is a net total, not a grand total, and "VAT No." a VAT id, not a tax amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tasks.extract._date_labels import DUE_GRAMMAR, ISSUE_GRAMMAR, OTHER_DATE_GRAMMAR, WEAK_ISSUE
from tasks.extract._number_labels import DUE_LABELS, ISSUE_LABELS, NOT_OTHER, NUMBER_LABELS
from tasks.extract._party_labels import (
    BUYER_LABELS,
    DELIVERY_LABELS,
    PARTY_NAME_LABELS,
    SELLER_LABELS,
    caption_tail,
    inline_party_value,
)
from tasks.extract._ref_labels import NO, OTHER_DATE_LABELS, OWN_REF, REFERENCE_LABELS
from tasks.extract._titles import CORRECTION_RE as CORRECTION_RE
from tasks.extract._titles import CREDIT_RE as CREDIT_RE
from tasks.extract._titles import INVOICE_RE as INVOICE_RE
from tasks.extract._total_labels import AMOUNT_DUE_LABELS, GRAND_LABELS, NET_LABELS, TAX_LABELS

_NO = NO
_OF = (
    r"(?:de\s*(?:la\s*)?|d'|du\s*|des\s*|di\s*|del(?:la|lo)?\s*|dell'|van\s*(?:de|het)?\s*"
    r"|of\s*(?:the\s*|this\s*)?|der\s*|do\s*)?"
)
"""The article between a number word and the document word: "N° du document", "Numero del"."""
_REF = (
    r"(?:ref\.?|rif\.?|reference|referenz|referentie|riferimento|referencia|id|code|kenmerk|kennung"
    r"|kennzeichen|ident(?:ifier|ifikation|ifiant|ificador|ificativo|ificatie)?|codice|codigo"
    r"|serial(?:\s*(?:no\.?|number))?|serie)"
)
"""Words that, after an invoice word, name its identifier: "Invoice ref.", "Rechnungsreferenz"."""
INVOICE_WORDS: Final = (
    r"(?:tax\s*|sales\s*|commercial\s*)?invoice|[a-z]*(?<!be)(?<!ver)rechnung|facture|factura|fattura"
    r"|[a-z]*factuur"
)
"""The invoice word in en, de, fr, es, it and nl (also compounds: "Verkoopfactuur")."""
GENERIC_REF: Final = r"(?:ref\.?|rif\.?|reference|referenz|referentie|riferimento|referencia)"
"""A reference word alone: "Reference no." numbers the document only when nothing else does."""
_OWNER = r"(?:our|your|unsere|ihre|notre|votre|nuestra|su|vostra|nostra|onze|uw)"
_GAP = r"(?:\s+[a-z0-9%.,']{1,15}){0,5}?"
"""A few words inside a payment sentence: "Zahlbar innerhalb 30 Tagen netto bis"."""
_OTHER_REFS = (
    r"(?:kunden?|customer|client[ei]?|order|auftrags?|bestell\w*|account|konto|pedido|commande"
    r"|ordine|klant|po|lieferschein|delivery|livraison|albaran|ddt|vat|tax|ust|steuer|tva|iva"
    r"|btw|page|seite|pagina)(?![a-z])"
)
"""Words naming another number, which a number word after an invoice word then belongs to."""
BARE_INVOICE: Final = (
    rf"(?:{_OWNER}\s*)?(?:{INVOICE_WORDS}|credit\s*note|gutschrift|creditnota|nota\s*de\s*credito"
    r"|nota\s*di\s*credito|credit\s*memo(?:randum)?|(?:note\s*d')?avoir|nota\s*di\s*storno|bill"
    r"|beleg)"
)
BARE_INVOICE_RE: Final = re.compile(rf"{BARE_INVOICE}\W*")
"""An invoice word standing alone as a label ("Unsere Rechnung:", "Factuur ......"): its value is
taken only when it is shaped like an identifier (see `pdf_text`)."""

FIELD_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "invoice_number": (
        rf"invoice\s*{_NO}", r"invoice\s*id", rf"inv\.?\s*{_NO}", rf"credit\s*note\s*{_NO}",
        rf"(?:document|bill)\s*{_NO}", rf"documento?\s*{_NO}", rf"{_NO}\s*(?:de\s*)?documento",
        r"numero\s*(?:del\s*)?documento", r"nummer", r"numero", r"number", r"n\s*°", r"nr\.?",
        r"no\.",
        r"ref\.?\s*(?:de\s*(?:la\s*)?)?facture", rf"abono\s*{_NO}",
        rf"nota\s*(?:de\s*)?credito\s*{_NO}",
        # a document title, its type in brackets, then the number: "Gutschrift (389) Nr."
        rf"[a-z]*(?:rechnung|gutschrift|invoice|facture|factura|fattura|factuur|avoir)[a-z]*"
        rf"(?:\s*\([^)]{{0,40}}\))+\s*{_NO}",
        rf"[a-z]*rechnung{NOT_OTHER}[a-z]*\s*-?\s*{_NO}", rf"[a-z]*gutschrifts?\s*-?\s*{_NO}",
        rf"beleg\s*-?\s*{_NO}",
        rf"{_NO}\s*(?:der\s*|des\s*|de\s*(?:la\s*)?|di\s*|del(?:la)?\s*|van\s*de\s*|of\s*(?:the\s*)?)?"
        r"(?:rechnung|gutschrift|facture|factura|fattura|factuur|invoice|abono|avoir)",
        rf"(?:tax|sales|commercial|pro\s*-?\s*forma|vat)\s*invoice\s*{_NO}", rf"nota\s*{_NO}",
        # the number sign before the note word: "N. nota", "N.º de nota", "Nr. Note"
        rf"{_NO}\s*(?:de\s*(?:la\s*)?|della\s*|di\s*|der\s*)?not[ae](?![a-z])"
        r"(?!\s*(?:de|di|du)\s*(?:consegna|entrega|pedido|livraison|spese|gastos|frais))",
        # abbreviated invoice words before a number sign: "RG-Nr.", "Rechn.-Nr.", "Fatt. n."
        rf"(?:rg|re|rech|rechn|fakt|fact|fatt|fra|fv)\.?\s*-?\s*{_NO}",
        # and after it: "Nº fra.", "N. fatt.", "Nr. Rechn.", "N° fact."
        rf"{_NO}\s*(?:de\s*|di\s*)?(?:rg|rech|rechn|fakt|fact|fatt|fra|fv)\.",
        rf"facture\s*{_NO}", rf"{_NO}\s*(?:de\s*)?facture", rf"avoir\s*{_NO}",
        rf"{_NO}\s*d'avoir",
        rf"factura\s*{_NO}", rf"{_NO}\s*(?:de\s*)?factura",
        rf"fattura\s*{_NO}", r"(?:n\.|numero)\s*(?:di\s*|della\s*)?fattura",
        rf"nota\s*di\s*credito\s*{_NO}",
        rf"factuur\s*-?\s*{_NO}", rf"credit\s*-?\s*nota\s*-?\s*{_NO}",
        # the invoice word with a reference word: "Invoice ref.", "Rechnungsreferenz"
        rf"(?:{INVOICE_WORDS})s?\s*-?\s*{_REF}", rf"{_REF}\s*(?:de\s*(?:la\s*)?|della\s*)?"
        r"(?:facture|factura|fattura|factuur|invoice)",
        rf"(?:bill|receipt|voucher|dokument|document|belegs?)\s*-?\s*{_NO}", rf"re\s*-?\s*{_NO}",
        # a till receipt's number is its invoice number: "Bon-Nr.", "Ticket n°", "Scontrino n."
        rf"(?:ticket|(?:kassen)?bon|quittung|scontrino|ricevuta|recibo|kassabon|kwitantie)s?"
        rf"\s*-?\s*{_NO}",
        r"(?:bill|receipt|voucher|document|dokument|beleg|documento)\s*-?\s*id",
        rf"piece\s*{_NO}", rf"{_NO}\s*{_OF}piece", rf"serie\s*(?:/|y|e)?\s*{_NO}",
        # an abbreviated document word, a fee note ("Note d'honoraires n°", "Honorarnote Nr.")
        rf"doc\.?\s*-?\s*{_NO}", rf"(?:honorar|kosten)?note\s*-?\s*{_NO}",
        rf"{_NO}\s*(?:de\s*(?:la\s*)?|d'|di\s*)?note",
        rf"{_NO}\s*{_OF}(?:doc\.?|documento|document)(?![a-z])",
        r"(?:num\.?|nr\.?|n\.)\s*(?:doc\.?|fatt\.?)", rf"factuur\s*{_REF}",
        BARE_INVOICE, rf"{_OWNER}\s*(?:{INVOICE_WORDS})\s*-?\s*(?:{_NO}|{_REF})",
        # a bill's reference, a running number, a reference number of its own
        rf"bill\s*-?\s*{_REF}", rf"(?:{_NO}|numero)\s*(?:progressivo|correlativo)",
        r"progressivo(?:\s*fattura)?", r"(?:fort)?laufende\s*-?\s*(?:nummer|nr\.?)",
        r"lfd\.?\s*-?\s*nr\.?", r"volg\s*-?\s*(?:nummer|nr\.?)", r"numero\s*(?:de|di)\s*serie",
        r"running\s*(?:no\.?|number)", r"numero\s*d'ordre",
        rf"{GENERIC_REF}\s*-?\s*{_NO}", rf"{GENERIC_REF}nummer",
        rf"{_NO}\s*(?:de\s*|di\s*|of\s*|van\s*)?{GENERIC_REF}",
        rf"{OWN_REF}(?:\s*-?\s*{_NO})?(?:\s*(?:de\s*(?:la\s*)?|della\s*|di\s*)?(?:{INVOICE_WORDS}))?",
        rf"(?:{INVOICE_WORDS})\s*{_NO}\s*(?:de\s*|di\s*)?serie",
        # the invoice word, a few words, then a number word: "Rechnung des Versicherers Nr."
        rf"(?:{INVOICE_WORDS})(?:\s+(?:(?!{_OTHER_REFS})[a-z'.]{{2,15}}|\(\w{{1,20}}\)))"
        rf"{{1,3}}?\s*(?<![a-z]){_NO}",
        *NUMBER_LABELS,
    ),
    "issue_date": (
        r"invoice\s*date", r"date\s*of\s*(?:issue|invoice)", r"issue\s*date", r"date\s*issued",
        r"billing\s*date", r"date",
        # a mail's sending day, when an invoice is printed from its mail (a generic label)
        r"sent", r"gesendet", r"envoye", r"enviado", r"inviato", r"verzonden", r"verstuurd",
        # the bill's own date: "Date of bill", "Bill date", "Date of the invoice"
        r"date\s*of\s*(?:the\s*|this\s*)?(?:bill|invoice|billing)", r"bill\s*date",
        r"rechnungs\s*-?\s*datum", r"ausstellungsdatum", r"beleg\s*-?\s*datum",
        r"gutschrifts\s*-?\s*datum", r"datum",
        r"date\s*de\s*(?:la\s*)?facture", r"date\s*d'emission", r"date\s*de\s*l'avoir",
        r"fecha\s*(?:de\s*)?(?:la\s*)?factura", r"fecha\s*de\s*(?:emision|expedicion)",
        r"fecha",
        r"data\s*(?:della\s*)?fattura", r"data\s*(?:di\s*)?emissione", r"data\s*documento",
        r"data",
        r"factuur\s*-?\s*datum", r"dated", r"emise?\s*le", r"fecha\s*de\s*emision",
        # the invoice word with a date word: "Rechnungstag", "Date de facturation", "Datum factuur"
        rf"(?:{INVOICE_WORDS})s?\s*-?\s*(?:datum|dated|date|tag|vom|du|del|van|dd\.?|d\.d\.)",
        r"(?:nota|note|declaratie)s?\s*-?\s*datum", r"date\s*(?:de\s*(?:la\s*)?)?note",
        r"data\s*(?:della\s*)?nota", r"fecha\s*(?:de\s*(?:la\s*)?)?nota",
        r"tax\s*date", r"fecha\s*(?:de\s*)?(?:emision|expedicion)",
        r"(?:document|dokument|beleg|piece|documento)\s*-?\s*(?:date|datum)",
        r"date\s*(?:de\s*(?:la\s*)?)?(?:facturation|piece|document)", r"datum\s*factuur",
        r"(?:data|fecha)\s*(?:del\s*)?(?:documento|doc\.)", r"issued(?:\s*on)?",
        # a document "dated" a day: "Pièce datée du", "Documento fechado el", "Beleg datiert vom"
        r"(?:document|documento|dokument|piece|beleg|releve|extracto|estratto|afschrift)\s*"
        r"(?:datee?|fechad[oa]|datat[oa]|gedateerd|datiert|dated)\s*(?:du|le|el|il|op|vom|am|on)?",
        r"ausgestellt\s*am", r"ausstellungs\s*-?\s*datum", r"erstellungsdatum",
        r"date\s*d'emission", r"fecha\s*(?:de\s*)?emision", r"data\s*(?:di\s*)?emissione",
        r"datum\s*van\s*(?:uitgifte|de\s*factuur)", r"del", r"vom",
        # the day of issue of the invoice: "Fecha de emisión de la factura", "Éditée le"
        r"(?:fecha|date|data|datum)\s*(?:de\s*|d'|di\s*|of\s*|van\s*)?(?:emision|expedicion"
        r"|emission|emissione|issue|uitgifte|ausstellung)\s*(?:de\s*(?:la\s*)?|della\s*|der\s*"
        rf"|of\s*(?:the\s*)?|van\s*de\s*)(?:{INVOICE_WORDS})", r"editee?\s*le",
        # the day the invoice was made out, in the phrasings of letters and tax law
        r"tax\s*point(?:\s*date)?", r"bill\s*date", r"invoiced\s*(?:on|date)",
        r"(?:date|datum|data|fecha)\s*(?:of\s*(?:the\s*)?|der\s*|de\s*(?:la\s*)?|della\s*"
        r"|van\s*de\s*)?(?:invoice|rechnung|facture|factura|fattura|factuur)",
        r"(?:erstellt|ausgestellt|berechnet|fakturiert)\s*(?:am|den)", r"datum\s*der\s*ausstellung",
        r"(?:etablie?|emise?|facturee?)\s*le", r"date\s*d'etablissement",
        r"(?:emitid[ao]|expedid[ao]|extendid[ao]|facturad[ao])\s*(?:el|en\s*fecha)",
        r"fecha\s*de\s*facturacion",
        r"(?:emess[ao]|fatturat[ao])\s*(?:il|in\s*data)", r"data\s*(?:di\s*)?fatturazione",
        r"(?:opgemaakt|uitgegeven|gefactureerd|gedateerd)\s*op", r"uitgiftedatum",
        r"(?:rg|rech|rechn|re|fakt|fact|fatt|fra|fv)\.?\s*-?\s*(?:datum|date|data|fecha|dat\.)",
        # the day of issue in other phrasings: "Tag der Ausstellung", "Émise en date du"
        r"(?:tag|datum)\s*der\s*(?:ausstellung|rechnungs\s*-?\s*stellung|rechnung)",
        r"rechnungs\s*-?\s*stellung(?:s\s*-?\s*datum)?", r"date\s*of\s*(?:issuance|billing)",
        r"(?:emise?|etablie?|facturee?)\s*en\s*date\s*du", r"en\s*date\s*du",
        r"(?:emitida|expedida|extendida)\s*(?:con\s*)?fecha", r"(?:data\s*di\s*)?rilascio",
        r"rilasciat[ao]\s*(?:il|in\s*data)", r"emess[ao]\s*(?:il|in\s*data)",
        r"(?:data|datum)\s*(?:van\s*)?(?:uitgifte|opmaak)", r"uitgereikt\s*op",
        r"created\s*on", r"creation\s*date", r"invoice\s*issued(?:\s*on)?", r"fait\s*le",
        r"factura\s*de\s*fecha", r"fattura\s*del", r"rechnung\s*vom", r"facture\s*du",
        r"(?:date\s*)?raised(?:\s*on)?", r"datum\s*(?:des\s*)?beleg(?:e?s)?", r"data\s*doc\.?",
        *ISSUE_LABELS, *ISSUE_GRAMMAR,
    ),
    "due_date": (
        r"due\s*date", r"payment\s*due(?:\s*date)?", r"date\s*due", r"due\s*(?:by|on)?",
        r"pay(?:able)?\s*by",
        r"falligkeit(?:sdatum)?", r"fallig\s*(?:am|bis)?", r"zahlbar\s*(?:bis|am)",
        r"zahlungsziel",
        r"date\s*d'echeance", r"echeance", r"date\s*limite\s*de\s*(?:paiement|reglement)",
        r"a\s*payer\s*avant\s*le",
        r"fecha\s*de\s*vencimiento", r"vencimiento", r"fecha\s*limite\s*de\s*pago",
        r"data\s*(?:di\s*)?scadenza", r"scadenza", r"da\s*pagare\s*entro(?:\s*il)?",
        r"vervaldatum", r"vervaldag", r"(?:uiterlijk\s*)?te\s*betalen\s*voor",
        r"uiterste\s*betaaldatum", r"(?:uiterlijk\s*)?betalen\s*voor", r"vence",
        r"fecha\s*de\s*pago",
        r"scadenza\s*(?:del\s*)?pagamento", r"payment\s*(?:due\s*)?(?:by|before|on)",
        r"(?:remit|pay)(?:\s+[a-z]+){0,2}?\s+(?:by|before|no\s*later\s*than)",
        r"due\s*date\s*for\s*payment",
        r"zahlbar(?:\s+[a-z]+){0,3}?\s+bis(?:\s*(?:zum|spatestens))?",
        r"zahlung(?:\s+[a-z]+){0,3}?\s+bis(?:\s*zum)?", r"(?:a\s*)?regler\s*avant\s*le",
        r"(?:regler|payer|paiement|virement)(?:\s+[a-z']+){0,3}?\s+au\s*plus\s*tard\s*le",
        r"(?:a\s*)?payer\s*avant\s*le",
        r"(?:pago|pagadero|pagar|abonar)(?:\s+[a-z]+){0,3}?\s+antes\s*del?",
        r"(?:pagamento|pagare|bonifico)(?:\s+[a-z]+){0,3}?\s+entro\s*(?:il|e\s*non\s*oltre\s*il)?",
        r"(?:betalen|betaling|bedrag|overmaken)(?:\s+[a-z]+){0,3}?\s+(?:voor|uiterlijk\s*op)",
        r"(?:zahlungs|falligkeits)\s*-?\s*(?:termin|datum)", r"fallig\s*(?:zum|per)",
        r"zu\s*zahlen\s*(?:bis|am)", r"(?:reglement|paiement)\s*(?:au|le|avant\s*le|pour\s*le)",
        r"payable\s*(?:le|au|avant\s*le)", r"date\s*de\s*(?:reglement|paiement)",
        r"echeance\s*(?:le|au)", r"vto\.?", r"vencimiento\s*(?:el|a)?", r"vence\s*el",
        r"fecha\s*(?:de\s*)?(?:vto\.?|vencimiento)", r"scad\.?", r"scadenza\s*(?:il|al)?",
        r"data\s*(?:di\s*)?pagamento", r"vervalt\s*(?:op)?", r"vervaldatum", r"betaaldatum",
        r"betalen\s*(?:voor|uiterlijk|op)", r"uiterlijk\s*(?:te\s*)?betalen\s*op",
        # a payment sentence: a paying verb, a few words ("innerhalb 30 Tagen netto"), then
        # the word that introduces the last day
        rf"(?:pay|paid|remit|settle|transfer|payment|settlement|amount|sum|balance|funds){_GAP}\s+"
        r"(?:by|before|until|on\s*or\s*before|no\s*later\s*than)",
        rf"(?:zahlbar|zahlen|bezahlen|uberweisen|begleichen|zahlung|uberweisung|ausgleichen)"
        rf"{_GAP}\s+bis(?:\s*(?:zum|spatestens|spatestens\s*zum))?",
        rf"(?:regler|payer|paiement|virement|reglement|payable|acquitter){_GAP}\s+"
        r"(?:avant\s*le|au\s*plus\s*tard\s*le|jusqu'au|d'ici\s*(?:le|au))",
        # the money reaching the seller: "que le montant nous parvienne le ... au plus tard"
        rf"(?:montant|somme|paiement|reglement|virement){_GAP}\s+(?:parvien\w*|arriv\w*|credite\w*)"
        r"\s+(?:le|avant\s*le|au\s*plus\s*tard\s*le|d'ici\s*le)",
        rf"(?:pago|pagadero|pagar|abonar|transferencia|liquidar|abonarse|importe|cantidad|suma)"
        rf"{_GAP}\s+(?:antes\s*del?|hasta\s*el|no\s*mas\s*tarde\s*del?|como\s*(?:muy\s*)?tarde"
        r"(?:\s*el)?|a\s*mas\s*tardar(?:\s*el)?)",
        rf"(?:pagamento|pagare|bonifico|saldare|versare|saldo|importo|somma|pervenire){_GAP}\s+"
        r"(?:entro\s*(?:il|e\s*non\s*oltre\s*il)?|non\s*oltre\s*il)",
        rf"(?:betalen|betaling|bedrag|overmaken|voldoen|voldaan|overschrijven){_GAP}\s+"
        r"(?:voor|uiterlijk(?:\s*op)?|tot)",
        # the day of payment named as such, or "at the latest" before a date
        r"payment\s*date", r"date\s*(?:of|for)\s*payment", r"zahlungsdatum",
        r"termine\s*(?:di\s*)?pagamento", r"betaal\w*\s*(?:tot|voor|op)", r"betalingsdatum",
        r"at\s*the\s*latest(?:\s*(?:by|on))?", r"latest\s*(?:by|on)", r"no\s*later\s*than",
        r"spatestens(?:\s*(?:am|zum|bis))?", r"au\s*plus\s*tard(?:\s*le)?",
        r"a\s*mas\s*tardar(?:\s*el)?", r"(?:entro\s*e\s*)?non\s*oltre(?:\s*il)?",
        r"uiterlijk(?:\s*op)?", r"echeance\s*(?:de\s*|du\s*)?(?:paiement|reglement)",
        r"(?:vencimiento|fecha\s*limite)\s*(?:de(?:l)?\s*)?pago", r"scadenza\s*(?:di\s*)?pagamento",
        r"(?:falligkeits|zahlungs)\s*-?\s*tag", r"(?:abbuchungs|einzugs|lastschrift)\s*-?\s*datum",
        # a direct debit: "Der Betrag ... wird am 20.03.2014 von Ihrem Konto ... eingezogen"
        rf"(?:betrag|rechnungsbetrag|summe|lastschrift){_GAP}\s+(?:wird|werden)\s*(?:am|zum)",
        r"(?:abgebucht|eingezogen|belastet)\s*(?:am|zum)",
        r"will\s*be\s*(?:direct\s*)?(?:debited|collected|withdrawn)"
        r"(?:\s+(?:from|to)\s+your\s+(?:bank\s*)?(?:account|card))?\s+on",
        r"(?:debited|collected|withdrawn)\s+from\s+your\s+(?:bank\s*)?(?:account|card)\s+on",
        r"(?:preleve|debite)e?s?\s*(?:sur\s*votre\s*compte\s*)?le",
        r"(?:cargara|cargado|domiciliara|adeudara)(?:\s+en\s+su\s+cuenta)?\s+el",
        r"(?:addebitat[oa]|addebiteremo)(?:\s+sul\s+vostro\s+conto)?\s+(?:il|in\s*data)",
        r"(?:afgeschreven|geincasseerd)\s*op", r"payment\s*deadline",
        r"deadline\s*for\s*payment", r"zahlungsfrist", r"plazo\s*(?:de\s*)?pago",
        r"delai\s*de\s*(?:paiement|reglement)", r"termine\s*ultimo\s*(?:di\s*)?pagamento",
        rf"(?:bedrag|factuurbedrag){_GAP}\s+wordt\s*op",
        # the day the payment is expected or collected: "Payment expected", "Fecha de cobro"
        r"(?:payment|remittance)\s*expected(?:\s*(?:by|on|before))?",
        r"expected\s*payment(?:\s*date)?", r"due\s*for\s*payment(?:\s*(?:by|on))?",
        r"zahlung\s*erwartet\s*(?:bis|am|zum)?", r"zahlungs\s*-?\s*eingang\s*bis",
        r"(?:paiement|reglement|virement)\s*attendu\s*(?:le|pour\s*le|avant\s*le|au)?",
        r"date\s*d'encaissement", r"(?:a\s*)?regler\s*(?:le|au|pour\s*le)",
        r"(?:pago|pagar|abonar|cobro)\s*hasta(?:\s*el)?", r"fecha\s*(?:de\s*)?cobro",
        r"(?:pago|cobro)\s*(?:esperado|previsto)(?:\s*(?:el|para\s*el))?",
        r"scade(?:\s*(?:il|in\s*data))?", r"da\s*(?:saldare|pagare|versare)\s*entro(?:\s*il)?",
        r"pagamento\s*(?:atteso|previsto)\s*(?:entro\s*il|entro|il|per\s*il)?",
        r"data\s*(?:di\s*)?incasso", r"betaling\s*verwacht\s*(?:voor|op|uiterlijk)?",
        r"(?:te\s*)?voldoen\s*(?:voor|op|uiterlijk)",
        r"(?:amount|balance|total|payment)\s*due\s*(?:by|on|before)", r"a\s*payer\s*le",
        r"spatestens\s*(?:zahlbar|zu\s*zahlen|fallig)\s*(?:am|bis(?:\s*zum)?)",
        r"scadenza\s*(?:della\s*)?fattura", r"(?:a\s*)?acquitter\s*(?:avant\s*le|le|au)",
        r"date\s*d'exigibilite", r"exigible\s*(?:le|au)", r"pagader[oa]\s*(?:el|antes\s*del?)",
        r"pagabile\s*(?:entro(?:\s*il)?|il|al)",
        # the day of a direct debit: "Abbuchung am", "Prélèvement le", "Incasso op"
        r"(?:direct\s*)?debit\s*(?:date|on)", r"collection\s*date",
        r"(?:abbuchung|lastschrift|lastschrifteinzug|einzug)\s*(?:am|zum|ab)",
        r"date\s*de\s*prelevement", r"prelevement\s*(?:le|au|a\s*partir\s*du)",
        r"fecha\s*de\s*(?:cargo|adeudo|domiciliacion)",
        r"(?:cargo|adeudo|domiciliacion)\s*(?:en\s*cuenta\s*)?el",
        r"data\s*(?:di\s*)?addebito", r"addebito\s*(?:il|in\s*data)",
        r"(?:automatische\s*)?incasso\s*(?:op|datum)", r"incassodatum",
        # the day the money must arrive: "Settlement due", "to reach us by", "parvenir avant le"
        r"settlement\s*(?:due|date)(?:\s*(?:by|on))?",
        r"(?:reach\s*us|be\s*received)\s*(?:by|before)",
        r"(?:eingehen|eingegangen|eintreffen)\s*bis(?:\s*zum)?", r"parvenir\s*(?:avant\s*le|le)",
        r"(?:recibido|recibirse)\s*antes\s*del?", r"(?:pervenire|pervenuto)\s*entro(?:\s*il)?",
        r"ontvangen\s*(?:voor|uiterlijk(?:\s*op)?)",
        *DUE_LABELS, *DUE_GRAMMAR,
    ),
    "net_total": NET_LABELS,
    "tax_total": TAX_LABELS,
    "grand_total": GRAND_LABELS,
    "amount_due": AMOUNT_DUE_LABELS,
    "vat_id": (
        r"vat\s*(?:reg(?:istration)?\.?\s*)?(?:no\.?|number|id|nr\.?)", r"tax\s*(?:id|no\.?)",
        r"ust\.?\s*-?\s*id\.?\s*-?\s*(?:nr\.?)?", r"umsatzsteuer\s*-?\s*id\w*",
        r"steuer\s*-?\s*(?:nr\.?|nummer)",
        r"mwst\s*-?\s*nr\.?", r"uid(?:\s*-?\s*nr\.?)?",
        r"n\s*°\s*(?:de\s*)?tva(?:\s*intra\w*)?", r"tva\s*intra\w*", r"numero\s*de\s*tva",
        r"(?:nif|cif)(?:\s*/\s*(?:nif|cif))?", r"p\.?\s*iva", r"partita\s*iva", r"c\.?f\.",
        r"btw\s*-?\s*(?:nummer|nr\.?|id)", r"btw\s*-?\s*identificatienummer",
        r"btw\s*-?\s*identificatie\s*-?\s*(?:nr\.?|nummer)?", r"btw\s*-?\s*id\s*-?\s*nr\.?",
    ),
    "buyer": BUYER_LABELS,
    "seller": SELLER_LABELS,
    "delivery": DELIVERY_LABELS,
    "reference": REFERENCE_LABELS,
    "other_date": (*OTHER_DATE_LABELS, *OTHER_DATE_GRAMMAR),
    "iban": (r"iban",),
    "party_name": PARTY_NAME_LABELS,
}  # fmt: skip

GENERIC_LABELS: Final = frozenset(
    {"date", "datum", "data", "fecha", "total", "net", "tax", "due", "gesamt", "brutto", "nummer",
     "numero", "number", "base", "vence", "del", "vom", "scad", "n°", "nr", "no", "to", "aan",
     "sent", "gesendet", "envoye", "enviado", "inviato", "verzonden", "verstuurd", "obra",
     "baustelle", "chantier", "cantiere", "bouwplaats", "werf", "works", "site",
     "ausstellungstag", "rechnungsstellungstag", *WEAK_ISSUE}
)  # fmt: skip

NUMBER_WORDS: Final = frozenset({"nummer", "numero", "number", "n°", "nr", "no"})
"""Bare number words: an invoice number label only where they open a piece of text."""

# The column names of line-item tables are in `_column_names.TABLE_COLUMNS`.


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # Longer patterns first: the regex engine takes the first alternative that matches.
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?![a-z0-9])")


@dataclass(frozen=True)
class LabelMatch:
    field: str
    end: int


_FIELD_RES: Final = {name: _compile(patterns) for name, patterns in FIELD_LABELS.items()}
_FIELD_ALTERNATIVES: Final = {
    name: [re.compile(rf"(?:{p})(?![a-z0-9])") for p in patterns]
    for name, patterns in FIELD_LABELS.items()
}
_FIELD_SEARCH: Final = {
    name: re.compile(rf"(?<![a-z0-9])(?:{pattern.pattern})") for name, pattern in _FIELD_RES.items()
}


@lru_cache(maxsize=4096)
def match_label(folded: str) -> LabelMatch | None:
    """The field whose label starts `folded` (longest label wins), and where the label ends."""
    best: LabelMatch | None = None
    for name, pattern in _FIELD_RES.items():
        if pattern.match(folded):
            end = max(m.end() for p in _FIELD_ALTERNATIVES[name] if (m := p.match(folded)))
            if best is None or end > best.end:
                best = LabelMatch(name, end)
    return best


PARTY_FIELDS: Final = frozenset({"seller", "buyer", "delivery"})


def party_label(tail: str, label: str = "") -> bool:
    """Whether a party word ("Kunde", "Lieferant") followed by `tail` is a label: it stands
    alone or has a colon, unlike the name "Lieferant GmbH", or goes on in lower case after a
    preposition ("Cliente con cuenta"); a caption ("Titulaire du compte") may carry the name on
    its line."""
    tail = tail.strip()
    if not tail or tail.startswith((":", "/", "(")) or caption_tail(tail):
        return True
    return inline_party_value(label, tail)


def find_labels(folded: str) -> list[tuple[int, LabelMatch]]:
    """Every label anywhere in `folded` (at a word start), as (start, match); where labels
    overlap the longer one wins."""
    found: list[tuple[int, int, str]] = []
    for name, pattern in _FIELD_SEARCH.items():
        position = 0
        while True:
            hit = pattern.search(folded, position)
            if hit is None:
                break
            stop = max(
                (m.end() for p in _FIELD_ALTERNATIVES[name] if (m := p.match(folded, hit.start()))),
                default=hit.end(),
            )
            found.append((hit.start(), stop, name))
            position = hit.start() + 1  # a label may start inside this one: "date due date"
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[tuple[int, LabelMatch]] = []
    end = -1
    for start, stop, name in found:
        if start >= end:
            chosen.append((start, LabelMatch(name, stop)))
            end = stop
        elif stop - start > chosen[-1][1].end - chosen[-1][0] and start == chosen[-1][0]:
            chosen[-1] = (start, LabelMatch(name, stop))
            end = stop
    return chosen
