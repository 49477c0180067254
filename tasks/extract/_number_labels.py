"""More labels of the invoice number, issue date and due date, built from structure rather than
fixed phrases: an invoice stem (full word, compound or abbreviation, in en, de, fr, es, it and
nl) joined to a number sign or word, a reference word joined to a document word, the ways
letters say "dated", and the ways they name the last day to pay. Patterns over `fold`ed text,
added to the dictionaries of `_labels`."""

from __future__ import annotations

from typing import Final

from tasks.extract._ref_labels import NO

INVOICE_STEM: Final = (
    r"(?:(?<!be)(?<!ver)rechnung|(?<!manu)factur|fattur|faktur|factuur|fatur|invoic|billing)"
)
"""The stem every invoice word grows from: "Fakturanummer", "facturation", "fatturazione"."""

NOT_OTHER: Final = (
    r"(?![a-z]*(?:empfang|konto|kunde|klant|client|account|adres|address|order|bestel|auftrag"
    r"|lieferant|leverancier|debit|ordine|pedido|commande|vertrag|contra|period|zeitraum))"
)
"""Not a compound naming another thing: "Rechnungsempfängernummer" numbers the customer."""
_OF: Final = (
    r"(?:de\s*(?:la\s*)?|du\s*|d'|di\s*|del(?:la)?\s*|dell'|der\s*|des\s*|van\s*(?:de\s*)?"
    r"|of\s*(?:the\s*)?)?"
)
_REF: Final = r"(?:(?:ref|rif|rf)\.?|reference|referenz|referentie|riferimento|referencia)"
"""A reference word."""
_DOC: Final = r"(?:doc\.?|documento?|document|dokument|piece|beleg|pieza|stuk)"
"""A document word, not an invoice word: a reference word before an invoice word may cite
another invoice ("Rif. fattura 2365/2026" on a credit note)."""

_OUR: Final = r"(?:our|unser[e]?|notre|nuestr[ao]|nostr[ao]|onze|ons)"
"""The seller's own: "Our", "Unsere", "Notre", "Nuestro", "Nostro", "Ons"."""
_THIS: Final = (
    r"(?:this|our|notre|cette|ce|nuestr[ao]|esta|este|nostr[ao]|questa|questo|onze|ons|deze|dit"
    r"|dieser|diese|unserer|unsere|unser)"
)
"""This very document or the seller's own: "of this invoice", "de notre facture", "van deze
nota"."""
_ID: Final = (
    r"(?:(?:ref|rif|rf)\.?|reference|referenz|referentie|riferimento|referencia|kenmerk"
    r"|zeichen|kennung|kennzeichen|identifier|identifiant|identificador|identificativo"
    r"|identificatie)"
)
"""A reference or identifier word (not a bare "ID": "Charge ID" names a card payment)."""
_BILL: Final = (
    r"(?:notas?|note|releve|cargo|cobro|addebito|afrekenings?|abrechnungs?|billing|bill"
    r"|charge|statement|collection)"
    r"(?!\s*(?:d'identite|de\s*compte|bancaire|de\s*(?:livraison|frais|credit|debit|pedido)"
    r"|di\s*(?:consegna|credito|debito)|de\s*(?:entrega|credito|debito)|van\s*levering"
    r"|zeitraum|periode|period|datum|date)(?![a-z]))"
)
"""A word for the bill that is not "invoice": a note, a statement, a charge, a collection, a
settlement (never a delivery note, an account statement or a bank detail)."""

_DIGIT_WORD: Final = r"(?:(?:kenn)?ziff(?:er|\.)|kennzahl)"
"""A German word for a number as a figure: "Rechnungsziffer", "Belegkennziffer", "Rg.-Ziff.",
"Rechnungskennzahl"."""
_PAYING: Final = (
    r"(?:(?:your|the|votre|le|su|el|la|il|uw|de|der|ihrer|ihre)\s*)?(?:payment|paying|remittance"
    r"|transfer|bank\s*transfer|zahlung|uberweisung|begleichung|uberweisungen|paiement|reglement"
    r"|virement|pago|transferencia|abono|ingreso|pagamento|bonifico|versamento|causale"
    r"|betaling|overschrijving|overboeking|omschrijving|verwendungszweck)"
)
"""The payment a number is to be quoted in."""
PURPOSE: Final = (
    r"\(?\s*(?:"
    # en: "to quote", "(please quote with payment)", "to be stated on your transfer"
    r"(?:please\s*|to\s*be\s*|to\s*)?(?:quote[ds]?|state[ds]?|mention(?:ed)?|cite[ds]?|include[ds]?"
    rf"|reference[ds]?)(?:\s*(?:on|with|in|when|for)\s*{_PAYING})?"
    # de: "bei Zahlung angeben", "bitte stets angeben", "als Verwendungszweck angeben"
    rf"|(?:bitte\s*)?(?:(?:bei|mit|in)\s*{_PAYING}\s*|als\s*verwendungszweck\s*)?(?:bitte\s*)?"
    r"(?:stets\s*|immer\s*)?(?:angeben|anfuhren|nennen|vermerken|verwenden)"
    # fr: "à rappeler", "à indiquer lors du paiement", "à mentionner sur votre virement"
    r"|a\s*(?:rappeler|indiquer|mentionner|preciser|reporter|porter)"
    rf"(?:\s*(?:lors\s*du|avec\s*(?:le|votre)|dans\s*(?:le|votre)|sur\s*(?:le|votre)|en)\s*{_PAYING})?"
    # es: "a indicar en el pago", "a citar en la transferencia"
    r"|(?:a|para)\s*(?:indicar|citar|mencionar|consignar|incluir|hacer\s*constar)"
    rf"(?:\s*(?:en|con|al\s*(?:realizar|efectuar)?)\s*{_PAYING})?"
    # it: "da citare nel pagamento", "da indicare nella causale"
    r"|da\s*(?:citare|indicare|riportare|menzionare|richiamare)"
    rf"(?:\s*(?:nel(?:la)?|sul(?:la)?|in|con\s*(?:il|la))\s*{_PAYING})?"
    # nl: "te vermelden bij betaling", "te vermelden in de omschrijving"
    rf"|te\s*(?:vermelden|noemen|gebruiken)(?:\s*(?:bij|in|op)\s*{_PAYING})?"
    r")\s*\)?"
)
"""What a number is for, after its label: it is still the label of the invoice number."""

NUMBER_LABELS: Final = (
    # a word grown from an invoice stem, then a number sign or word: "Faktura-Nr.",
    # "Factuurreeksnummer", "Fakturanummer", "Billing no.", "Facturation n°", perhaps after
    # "our": "Unsere Rechnungsnummer", "Ons factuurnr.", "Our invoicing no."
    rf"(?:{_OUR}\s*)?[a-z]{{0,14}}?{INVOICE_STEM}{NOT_OTHER}[a-z]*?"
    rf"(?:\s*-?\s*(?<![a-z]){NO}|nummer|number|numero|nr\.?|\s*-?\s*{_DIGIT_WORD})",
    # a document word or an abbreviated invoice word and a digit word: "Belegziffer",
    # "Beleg-Kennziffer", "Dokumentziffer", "Rg.-Ziff.", "Rechn.-Ziffer"
    rf"(?:beleg|dokument|rg|rech|rechn)s?\.?\s*-?\s*{_DIGIT_WORD}",
    # a digit word naming the invoice: "Ziffer der Rechnung", "Kennziffer des Belegs"
    rf"{_DIGIT_WORD}\s*{_OF}(?:[a-z]*{INVOICE_STEM}[a-z]*|belegs?)",
    # a number label and what the number is for: "Factura número a indicar en el pago",
    # "Rechnungsnummer bei Zahlung angeben", "N° de facture à rappeler", "Invoice no. (please
    # quote with payment)", "Numero fattura da citare nel bonifico", "Factuurnr. te vermelden"
    rf"(?:(?:[a-z]{{0,14}}?{INVOICE_STEM}[a-z]*?\s*-?\s*)?(?:{NO}|{_DIGIT_WORD})"
    rf"|{NO}\s*{_OF}{INVOICE_STEM}[a-z]*)\s*{PURPOSE}",
    # an invoice or document word and a word of sequence: "Rechnungsfolge", "Belegfolgenummer",
    # "Invoice sequence no.", "Factuurreeks", "Sequenza fattura"
    rf"(?:[a-z]{{0,14}}?{INVOICE_STEM}{NOT_OTHER}[a-z]*?|beleg|dokument|document)\s*-?\s*"
    rf"(?:folge|reihe|sequen[cz]e?|reeks)(?:\s*-?\s*(?:{NO}|nummer|number|numero|nr\.?))?",
    rf"(?:sequen[cz]\w*|progressivo|volgnummer)\s*{_OF}{INVOICE_STEM}[a-z]*",
    # a number sign naming an invoice word: "N° de facturation", "N. di fatturazione", perhaps
    # after "our": "Notre n° de facture", "Nuestro número de factura", "Nostro n. fattura"
    rf"(?:{_OUR}\s*)?{NO}\s*{_OF}{INVOICE_STEM}[a-z]*",
    # the seller's sales ledger names the invoice it posts: "Sales ledger ref.", "Our ledger no."
    rf"(?:sales|{_OUR})\s*(?:sales\s*)?ledger\s*-?\s*(?:{_ID}|{NO}|id)(?![a-z])",
    # a reference word naming the document: "Réf. pièce", "Ref. doc.", "Rif. doc."
    rf"{_REF}\s*-?\s*{_OF}{_DOC}", rf"{_DOC}\s*-?\s*{_REF}", rf"(?:ref|rif)\.?\s*-?\s*(?:{NO})",
    # a document word with a reference word of its own: "Documentkenmerk", "Belegzeichen",
    # "Document identifier", "Dokumentkennung"
    rf"{_DOC}\s*-?\s*(?:kenmerk|zeichen|kennung|kennzeichen|identifier|identificatie"
    r"|identifiant|identificativo|identificador)",
    rf"boekstuk\s*-?\s*{NO}", rf"serie\s*[-/.]\s*{NO}",
    # a document's code or ID ("Doc ID", "Document code", "Dokument-ID"), a sequence or
    # chronological number ("Sequence no.", "N° chrono", "Numéro chronologique")
    rf"{_DOC}\s*-?\s*(?:code|id|codigo|codice)", rf"sequence\s*(?:{NO}|number|nr\.?)",
    rf"(?:{NO}|numero)\s*(?:de\s*)?(?:chrono(?:logique)?|sequence)\.?",
    # a document's number or serial: "Stuknummer", "Document serial", "Belegseriennummer"
    rf"(?:stuk|bescheid|bewijsstuk|{_DOC})\s*-?\s*(?:{NO}|serial(?:\s*(?:no\.?|number))?"
    r"|serien?\s*-?\s*(?:nummer|nr\.?))",
    rf"serial\s*(?:{NO})?\s*{_OF}(?:{_DOC}|invoice|bill)",
    # a settlement's or statement's number: "Afrekeningsnr.", "N° de décompte", "Settlement no."
    rf"(?:afrekening|verrekening|settlement|decompte|liquidacion|liquidazione|conteggio)s?"
    rf"\s*-?\s*(?:{NO})",
    rf"{NO}\s*{_OF}(?:afrekening|verrekening|settlement|decompte|liquidacion|liquidazione)",
    # an invoice stem with a reference word: "Our billing ref.", "Rechnungszeichen"
    rf"(?:(?:our|unsere?|notre|nuestr[ao]|nostr[ao]|onze|ons)\s*)?[a-z]{{0,14}}?{INVOICE_STEM}"
    rf"{NOT_OTHER}[a-z]*?\s*-?\s*(?:ref\.?|rif\.?|reference|referenz|referentie|riferimento"
    r"|referencia|zeichen|kenmerk|kennung|schlussel)(?!-)",
    # (the billing, not an invoice: "Rif. fattura 2365/2026" cites another invoice)
    rf"{_REF}\s*-?\s*{_OF}(?:facturation|facturacion|fatturazione|billing|fakturering)",
    # a reference, identifier or number sign and a word for the bill, in either order, perhaps
    # after "our": "Référence de la note", "Notre n° de relevé", "Nuestro n.º de cobro",
    # "Riferimento addebito", "Notakenmerk", "Ons afrekeningsnr.", "Our billing no."
    rf"(?:{_OUR}\s*)?(?:{_ID}|{NO})\s*-?\s*{_OF}{_BILL}",
    rf"(?:{_OUR}\s*)?{_BILL}\s*-?\s*(?:{_ID}|(?<![a-z]){NO}|nummer|nr\.?)(?!-)",
    # a number or reference word, "of", and "this" or "our" invoice or bill: "Référence de notre
    # facture", "Nummer van deze nota", "Número de nuestra factura", "Number of this invoice",
    # "Nummer dieser Rechnung", "Numero di questa fattura" (the determiner says it is this very
    # document: "Référence de la facture" on a credit note cites another)
    rf"(?:{_ID}|{NO}|numeros?)\s*-?\s*{_OF}{_THIS}\s*(?:[a-z]{{0,14}}?{INVOICE_STEM}{NOT_OTHER}"
    rf"[a-z]*|{_BILL})",
    # "the bill" in Italian is also a bank account: only ours, and never "conto corrente"
    rf"{_OUR}\s*(?:{_ID}|{NO})\s*-?\s*{_OF}conto(?!\s*(?:corrente|bancari|banca|c/c))",
)  # fmt: skip
"""Invoice number labels beyond the fixed phrases of `_labels`."""

ISSUE_LABELS: Final = (
    # "dated" as letters write it: "Datiert", "Datée du", "Con fecha", "In data", "Gedateerd"
    # (the bare phrases only where they open a piece of text, not inside a sentence)
    r"datiert(?:\s*(?:vom|am|den))?", r"datee\s*(?:du|le)", r"(?<![a-z]\s)(?:con|de)\s*fecha",
    r"(?<![a-z]\s)(?:in|con)\s*data", r"gedateerd(?:\s*op)?", r"fechad[ao](?:\s*el)?",
    r"datat[ao](?:\s*il)?",
    # drawn up on: "Redatta il", "Rédigée le", "Redactada el", "Opgesteld op", "Drawn up on"
    r"redatt[ao](?:\s*(?:il|in\s*data))?", r"redigee?\s*le", r"redactad[ao]\s*(?:el|en)",
    r"opgesteld\s*op", r"(?:drawn\s*up|prepared)\s*on",
    # written on: "Geschrieben am", "Written on", "Écrite le", "Escrita el", "Scritta il"
    r"(?:geschrieben|verfasst)\s*am", r"written\s*on", r"(?<![a-z])ecrite?\s*le",
    r"(?<![a-z])escrit[ao]\s*el", r"(?<![a-z])scritt[ao]\s*il", r"geschreven\s*op",
    # an invoice word and the verb of issuing it: "Factura emitida", "Fattura emessa",
    # "Factuur opgemaakt", "Invoice raised", "Rechnung ausgestellt"
    rf"[a-z]*{INVOICE_STEM}[a-z]*\s*(?:emitida|expedida|extendida|emess[ao]|emise?|etablie?"
    r"|issued|raised|made\s*out|created|ausgestellt|erstellt|opgemaakt|uitgegeven|aangemaakt"
    r"|verzonden)(?:\s*(?:el|il|le|on|am|op|den|in\s*data))?"
    r"(?!\s*(?:by|por|da|dal|par|von|door)(?![a-z]))",
    # an invoice word and the verb of making it: "Factura generada", "Fattura creata",
    # "Invoice generated", "Facture générée", "Rechnung erzeugt", "Factuur gegenereerd"
    rf"[a-z]*{INVOICE_STEM}[a-z]*\s*(?:generad[ao]|cread[ao]|elaborad[ao]|generat[ao]"
    r"|creat[ao]|elaborat[ao]|generated|generee?|creee?|generiert|erzeugt|angelegt"
    r"|gegenereerd)(?:\s*(?:el|il|le|on|am|op|den|in\s*data))?"
    r"(?!\s*(?:by|por|da|dal|par|von|door)(?![a-z]))",  # "Invoice created by": a person
    r"(?:generated|generiert|erzeugt|generee?|generad[ao]|generat[ao]|gegenereerd)"
    r"\s*(?:on|am|le|el|il|op|in\s*data)",
    r"billed\s*on", r"date\s*billed",
    # the participle of issuing alone, heading its value: "Ausgestellt", "Expedida", "Émise",
    # "Emessa", "Uitgegeven", "Issued"
    r"(?:ausgestellt|erstellt|emise?|etablie?|emitid[ao]|expedid[ao]|extendid[ao]|emess[ao]"
    r"|rilasciat[ao]|uitgegeven|uitgereikt|opgemaakt|aangemaakt)(?:\s*(?:am|den|le|el|il|op))?",
    r"(?:abgerechnet|in\s*rechnung\s*gestellt)\s*(?:am|den)",
    # the day of the settlement or billing: "Tag der Abrechnung", "Datum der Rechnungsstellung",
    # "Abrechnungstag" ("Ausstellungstag" is also said of a policy's state in a sentence)
    r"(?:tag|datum)\s*der\s*(?:abrechnung|rechnungsstellung|rechnungslegung)",
    r"(?:abrechnungs|rechnungs(?:stellungs)?)\s*-?\s*(?:tag|datum)",
    # a bill word and the verb of issuing it: "Relevé établi le", "Cargo emitido", "Addebito
    # emesso", "Statement issued on"
    rf"{_BILL}\s*(?:emitid[ao]|expedid[ao]|emess[ao]|emise?|etablie?|issued|raised"
    r"|ausgestellt|erstellt|opgemaakt)(?:\s*(?:el|il|le|on|am|op|den))?"
    r"(?!\s*(?:by|por|da|dal|par|von|door)(?![a-z]))",
    # abbreviations of pre-printed forms: "Dt.", "Dd." (de dato), "D.d."
    r"(?:inv\.?\s*)?dt\.", r"dd\.", r"d\.\s*d\.",
)  # fmt: skip
"""Issue date labels beyond the fixed phrases of `_labels`."""

DUE_LABELS: Final = (
    # the last day to pay: "Letzter Zahltag", "Último día de pago", "Laatste betaaldag"
    r"last\s*(?:day|date)\s*(?:of|for)\s*payment", r"last\s*payment\s*(?:day|date)",
    r"final\s*payment\s*date",
    r"letzter\s*(?:zahl(?:ungs)?\s*-?\s*(?:tag|termin|datum)|tag\s*(?:der|zur)\s*zahlung)",
    r"dernier\s*(?:jour|delai)\s*(?:de|pour\s*le)\s*(?:paiement|reglement)",
    r"ultimo\s*dia\s*(?:de\s*|para\s*(?:el\s*)?)?(?:pago|abonar|pagar)",
    r"ultimo\s*giorno\s*(?:di|per\s*il)\s*pagamento", r"ultimo\s*giorno\s*utile",
    r"laatste\s*(?:betaal\s*-?\s*(?:dag|datum)|dag\s*(?:van|voor)\s*(?:de\s*)?betaling)",
    r"fecha\s*limite\s*(?:de|para\s*el)\s*pago",
    # "at the latest" before the day: "Pagar como máximo el", "Al più tardi il"
    r"(?:(?:pagar|pago|abonar|pagadero|liquidar)\s*)?(?:como\s*maximo|a\s*mas\s*tardar)"
    r"(?:\s*el)?", r"al\s*piu\s*tardi(?:\s*(?:il|entro\s*il))?",
    r"(?:virer|verser|transferer|regler)(?:\s+[a-z']+){0,4}?\s+(?:avant\s*le|au\s*plus\s*tard"
    r"\s*le|jusqu'au)",
    # settling or transferring by a day, or the money expected: "Ausgleich bis", "Zu überweisen
    # bis", "Begleichung spätestens am", "Zahlungseingang erwartet", "Geldeingang bis"
    r"(?:zu\s*)?(?:ausgleich|begleichung|uberweisung|ausgleichen|begleichen|uberweisen)"
    r"\s*(?:bis|spatestens)(?:\s*(?:zum|am|spatestens(?:\s*(?:am|zum))?))?",
    r"(?:zahlungs|geld|betrags)\s*-?\s*eingang\s*(?:erwartet|erbeten|bis|spatestens)"
    r"(?:\s*(?:am|bis|zum|spatestens))?",
    r"(?:zahlung|ausgleich|begleichung|uberweisung)\s*(?:erwartet|erbeten)(?:\s*(?:am|bis|zum))?",
    # abbreviations of pre-printed forms: "Régl. av.", "Bet. vóór", "Zahlb. bis", "Venc."
    r"(?:regl|reglt|pmt|paiemt|paiem)\.?\s*(?:av\.?|avant)(?:\s*le)?", r"ech\.",
    r"bet\.?\s*(?:voor|v\.|uiterl\.?)", r"zahlb\.?\s*(?:bis|am)", r"fall\.\s*(?:am|bis)?",
    r"venc\.", r"pag\.?\s*(?:antes(?:\s*del?)?|entro(?:\s*il)?)",
    # a term or deadline for the money to come in: "Plazo de ingreso", "Termine di versamento",
    # "Délai de versement", "Einzahlungsfrist", "Deadline for remittance", "Termijn van storting"
    r"(?:plazo|termino|fecha\s*limite)\s*(?:de\s*|para\s*(?:el\s*)?)?(?:pago|ingreso|abono"
    r"|transferencia|liquidacion|cobro|desembolso)",
    r"(?:termine|scadenza)\s*(?:ultimo\s*)?(?:di\s*|per\s*(?:il\s*)?|del\s*)?(?:versamento"
    r"|pagamento|saldo|bonifico|incasso|rimessa)",
    r"(?:delai|date\s*limite)\s*(?:de\s*|pour\s*(?:le\s*)?)?(?:paiement|reglement|versement"
    r"|virement|remise)",
    r"(?:ein)?(?:zahlungs|uberweisungs|begleichungs)\s*-?\s*(?:frist|termin)",
    r"(?:payment|remittance|transfer|settlement|pay\s*-?\s*in)\s*(?:deadline|term\s*ends)",
    r"deadline\s*(?:for|of)\s*(?:payment|remittance|transfer|settlement)",
    r"(?:uiterste\s*)?(?:termijn|datum)\s*(?:van|voor)\s*(?:storting|betaling|overmaking)",
)  # fmt: skip
"""Due date labels beyond the fixed phrases of `_labels`."""

__all__ = [
    "DUE_LABELS",
    "INVOICE_STEM",
    "ISSUE_LABELS",
    "NOT_OTHER",
    "NUMBER_LABELS",
    "PURPOSE",
]
