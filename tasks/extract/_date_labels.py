"""Date labels built by grammar rather than fixed phrases: a date word ("date", "Datum",
"fecha", "data", "day", "Tag") joined to a word for the bill ("invoice", "statement",
"Abrechnung", "relevé", "cargo", "nota", "afrekening") in either order or as a compound, the
day of issuing or invoicing ("Day of issue", "Issuing date", "Date of invoicing"), the ways of
asking for the money by a day ("Terms expire", "Settle by", "A pagar antes de"),
and the dates of other things (birth, a visit, a course, a meter reading, a contract), which
are never the invoice's. Patterns over `fold`ed text, added to the dictionaries of `_labels`."""

from __future__ import annotations

from typing import Final

from tasks.extract._number_labels import INVOICE_STEM, NOT_OTHER

_DATE: Final = r"(?:date|datum|data|fecha|day|tag|dagtekening|dag|giorno|dia|jour)"
"""A date word, or a day word that dates a thing: "Rechnungstag", "Day of issue"."""
_BILL: Final = (
    r"(?:invoice|bill|statement|note|rechnung|abrechnung|beleg|gutschrift|facture|(?<=du )releve"
    r"|avoir|decompte|note\s*d'honoraires|factura|extracto|fattura|nota|estratto\s*conto"
    r"|factuur|afrekening|declaratie|rekening|credit\s*note|creditnota|abono)"
)
"""A word for the bill, as a whole word."""
_BILL_STEM: Final = (
    rf"(?:[a-z]{{0,12}}?{INVOICE_STEM}{NOT_OTHER}[a-z]{{0,8}}?|[a-z]{{0,8}}?(?:abrechnung|beleg"
    r"|gutschrift|nota|note|afrekening|declaratie|statement|rekening)s?)"
)
"""The stem of a compound naming the bill: "Rechnungs-", "Abrechnungs-", "Nota-", "Factuur"."""
_OF: Final = (
    r"(?:of\s*(?:the\s*|this\s*)?|de\s*(?:la\s*|l'|le\s*)?|du\s*|d'|del(?:la|l')?\s*|dell'|di\s*"
    r"|der\s*|des\s*|van\s*(?:de\s*|het\s*|deze\s*)?)?"
)
_ISSUE: Final = (
    r"(?:issue|issuing|issuance|emission|emissione|emision|expedicion|ausstellung|uitgifte"
    r"|uitreiking|opmaak|etablissement|redaction|invoicing|billing|facturation|facturacion"
    r"|fatturazione|fakturierung|facturering|rechnungsstellung|rechnungslegung)"
)
"""A word for the issuing or the invoicing."""
_NOT_THING: Final = (
    r"(?!\s*(?:de|of|du|del|di|der|van)?\s*(?:service|livraison|entrega|consegna|levering|period"
    r"|periode|periodo|zeitraum|cycle))"
)

ISSUE_GRAMMAR: Final = (
    # a compound of a bill word and a date word: "Belegdatum", "Afrekeningsdatum", "Notadatum"
    rf"{_BILL_STEM}\s*-?\s*(?:datum|tag|dag)(?![a-z])",
    # a bill word, then a date word: "Statement date", "Note date", "Invoice issue date"
    rf"(?<![a-z]\s)(?<![a-z]){_BILL}\s*(?:{_ISSUE}\s*)?(?:date|datum|data|fecha|dated|day)",
    # a date word, then what is dated: "Date of statement", "Date du relevé", "Fecha del cargo",
    # "Data della nota", "Datum van de afrekening", "Date of invoicing"
    rf"{_DATE}\s*{_OF}(?:{_BILL}|{_ISSUE})(?:\s*{_OF}{_BILL})?{_NOT_THING}",
    # the day of issue: "Day of issue", "Issuing date", "Data emissione fattura"
    rf"(?:{_DATE}\s*{_OF}{_ISSUE}|{_ISSUE}\s*(?:date|datum|day|tag))(?:\s*{_OF}(?:{_BILL}"
    r"|documento?|document|dokuments?|piece|belegs?))?",
    # abbreviated date words of Spanish forms: "F. emisión", "F. expedición", "F. factura"
    r"f\.\s*(?:de\s*)?(?:emision|expedicion|factura|fra\.?)",
    # a bill word and "of" at a label's start: "Relevé du", "Abrechnung vom", "Nota del"
    r"(?<![a-z]\s)(?<![a-z])(?:releve|decompte|note|avoir|abrechnung|gutschrift|beleg|nota"
    r"|extracto|afrekening|statement|bill)\s*(?:du|vom|del|van|dated|fechad[ao]|datat[ao])",
    # made out or drawn up: "Invoice made out on", "Ausgefertigt am", "Opgemaakt d.d."
    r"(?:made\s*out|drawn\s*up|issued|raised|dated)\s*(?:on|as\s*of)",
    r"(?:ausgefertigt|ausgestellt|erstellt|datiert|abgerechnet)\s*(?:am|den|vom)",
    # the verb after its date, as German puts it: "Diese Rechnung wurde am 03.03.2026 erstellt"
    r"(?:rechnung|gutschrift)\s*(?:wurde|ist)\s*am(?=\s*\d[\w. /-]{4,16}?\s*(?:erstellt"
    r"|ausgestellt|ausgefertigt|datiert|abgerechnet)(?![a-z]))",
    r"(?:emise?|etablie?|datee?|facturee?|redigee?)\s*(?:le|en\s*date\s*du)",
    r"(?:emitid[ao]|expedid[ao]|extendid[ao]|facturad[ao]|fechad[ao])\s*(?:el|con\s*fecha)",
    r"(?:emess[ao]|fatturat[ao]|datat[ao]|redatt[ao])\s*(?:il|in\s*data)",
    r"(?:opgemaakt|uitgegeven|gefactureerd|gedateerd|uitgereikt)\s*(?:op|d\.?\s*d\.?)",
    # abbreviated: "Inv. date", "Inv-Dt."; made in a town: "Fait à Lyon le"
    r"inv\.?\s*-?\s*(?:date|dt\.?)", r"fait\s*a\s+[a-z][a-z' -]{1,30}?,?\s*le",
    # the day of issue as a compound: "Ausstellungstag", "Rechnungsstellungstag" (a label only
    # where it opens its text, see `_labels.GENERIC_LABELS`: "am Ausstellungstag" is a phrase)
    r"(?:ausstellungs|rechnungsstellungs)\s*-?\s*tag",
    # dated: "Dated", "Gedagtekend op", "Datiert am", "Daté du", "Fechado el", "Datato il"
    r"(?:dated|gedagtekend|gedateerd)(?:\s*(?:on|op|per|d\.?\s*d\.?))?",
    r"datiert\s*(?:am|vom|den)?", r"datee?\s*(?:du|le)", r"fechad[ao]\s*(?:el|a)?",
    r"(?<![a-z]\s)(?<![a-z])con\s*fecha(?:\s*de)?", r"datat[ao]\s*(?:il|al)?",
    # a participle of issuing right before its date: "Gefactureerd 23 juli 2026", "Issued
    # 9 Aug 2026", "Ausgestellt 01.02.2026", "Emitida 3/2/2026", "Fatturata 12.01.2026"
    r"(?:invoiced|billed|issued|raised|ausgestellt|fakturiert|abgerechnet|berechnet|facturee?"
    r"|emise?|etablie?|facturad[ao]|emitid[ao]|expedid[ao]|fatturat[ao]|emess[ao]"
    r"|gefactureerd|uitgereikt|opgemaakt|uitgegeven)(?=\s*:?\s*\d)",
)  # fmt: skip
"""Issue date labels by grammar."""

WEAK_ISSUE: Final = frozenset(
    {"erstellt", "aangemaakt", "created", "cree", "creee", "creado", "creada", "creato",
     "creata", "gemaakt", "generated", "generiert"}
)  # fmt: skip
"""Bare "created" words: they may date a portal's printout rather than the invoice, so they
count only where no better issue label is printed."""

DUE_GRAMMAR: Final = (
    # settling or paying by a day ("Settle by", "A pagar antes de"); a request's "Please" or
    # "Bitte" stays outside the label, so that a sentence reads as a sentence
    r"(?:settle|remit)\s*(?:by|before)",
    r"(?:a\s*)?(?:pagar|abonar|liquidar|ingresar)\s*(?:antes\s*d(?:e|el)|hasta\s*el)",
    r"(?:begleichen|bezahlen|uberweisen|ausgleichen)\s*(?:bis|am)(?:\s*(?:zum|spatestens))?",
    # a German sentence closing on its verb: "ist bis 02.04.2026 zahlbar", "bis zum 2. April
    # 2026 zu begleichen"
    r"(?<![a-z])bis(?:\s*zum|\s*spatestens)?(?=\s*\d[\w. /-]{4,16}?\s*(?:zahlbar|fallig"
    r"|zu\s*(?:zahlen|begleichen|bezahlen|uberweisen)|auszugleichen|zu\s*entrichten)(?![a-z]))",
    # payable, expected or owed by a day: "Payable on", "Settlement expected", "Funds due on",
    # "Gelden verschuldigd op", "Fondos debidos el", "Opeisbaar op", "Esigibile il"
    r"payable\s*(?:on|before|until|no\s*later\s*than)",
    r"(?:payment|remittance|settlement|transfer|funds)\s*expected(?:\s*(?:by|on|before))?",
    r"last\s*day\s*to\s*(?:pay|settle|remit)", r"(?:verschuldigd|opeisbaar)\s*(?:op|voor|per)",
    r"debid[oa]s?\s*(?:el|antes\s*del?)", r"dovut[oa]\s*(?:il|entro(?:\s*il)?)",
    r"geschuldet\s*(?:am|bis(?:\s*zum)?)", r"(?:esigibile|exigible)\s*(?:il|dal|le|au|el)",
    # a polite request in Spanish and Italian: "Pague antes del", "Rogamos abone antes del",
    # "Pagare prima del", "Incasso previsto entro il"
    r"(?:(?:le\s*)?rogamos\s*)?(?:pague|abone|ingrese|liquide|paguen|abonen)\s*(?:antes\s*del?"
    r"|hasta\s*el|como\s*maximo\s*el|a\s*mas\s*tardar\s*el)",
    r"(?:pagare|saldare|versare|pagamento|pagabile|bonifico)\s*prima\s*del(?:l'|la)?",
    r"incasso\s*(?:previsto|atteso)\s*(?:entro(?:\s*il)?|il|per\s*il)",
    # the end of the term to pay: "Terme du délai", "Fin del plazo", "Einde betaaltermijn"
    r"(?:terme|fin|expiration)\s*du\s*delai(?:\s*de\s*(?:paiement|reglement))?",
    r"(?:fin|vencimiento)\s*del\s*plazo(?:\s*de\s*pago)?", r"fine\s*del\s*termine",
    r"(?:einde|afloop)\s*(?:van\s*de\s*)?(?:betaal|betalings)?\s*-?\s*termijn",
    r"(?:betaal|betalings)\s*-?\s*termijn", r"ende\s*der\s*zahlungsfrist",
    r"remittance\s*due(?:\s*(?:by|on|date))?", r"(?:a\s*)?payer\s*pour\s*le",
    r"(?:fecha\s*)?(?:tope|limite)\s*(?:de|para\s*el)\s*(?:pago|abono|ingreso)", r"fecha\s*tope",
    r"(?<![a-z]\s)(?<![a-z])entro\s*(?:il|e\s*non\s*oltre\s*il)",
    r"f\.\s*(?:de\s*)?(?:vencimiento|vto\.?)",
    # the end of the terms: "Terms expire", "Payment term ends", "Zahlungsziel endet"
    r"(?:payment\s*terms?|terms)\s*(?:expires?|ends?)(?:\s*on)?",
    r"(?:payment|credit)\s*(?:term\s*)?expir(?:y|es|ation)(?:\s*date)?",
    r"zahlungs\s*-?\s*ziel\s*(?:endet\s*)?(?:am|bis)",
    r"(?:payment|invoice)\s*deadline", r"deadline\s*for\s*payment",
    r"(?:echeance|date\s*limite)\s*(?:de\s*la\s*facture|de\s*paiement|le)",
    r"(?:termine|data)\s*(?:ultim[ao]\s*)?(?:di\s*|per\s*il\s*)?pagamento",
    r"(?:betalings\s*-?\s*)?termijn\s*(?:tot|verloopt\s*op)",
    r"(?:fecha|date|data)\s*limite(?!\s*(?:de|di)\s*(?:validit|validez|consommation|consumo))",
    # the net day to pay: "Net payment date", "Nettozahlungsdatum", "Date de paiement nette",
    # "Fecha neta de pago", "Data netta di pagamento", "Netto betaaldatum"
    r"net(?:to)?\s*(?:payment|due|settlement)\s*date", r"(?:payment|due)\s*date\s*\(?net\)?",
    r"netto\s*-?\s*(?:zahlungs|falligkeits)\s*-?\s*(?:datum|termin|tag)",
    r"(?:zahlungs|falligkeits)\s*-?\s*(?:datum|termin)\s*netto",
    r"date\s*(?:de\s*)?(?:paiement|reglement|echeance)\s*net(?:te)?",
    r"date\s*nette\s*(?:de\s*)?(?:paiement|reglement|d'echeance)",
    r"fecha\s*(?:neta\s*(?:de\s*)?(?:pago|vencimiento|cobro)|de\s*(?:pago|vencimiento)\s*net[ao])",
    r"data\s*(?:netta\s*(?:di\s*)?(?:pagamento|scadenza)|(?:di\s*)?(?:pagamento|scadenza)"
    r"\s*nett[ao])", r"(?:pagamento|scadenza)\s*nett[ao]\s*(?:il|al|entro(?:\s*il)?)?",
    r"netto\s*-?\s*(?:betaal|betalings|verval)\s*-?\s*(?:datum|dag)",
    r"(?:betaal|betalings|verval)\s*-?\s*datum\s*netto",
)  # fmt: skip
"""Due date labels by grammar."""

OTHER_DATE_GRAMMAR: Final = (
    # dates of other things: birth, a visit, a course, a meter reading, a contract, a stay
    r"(?:date|day)\s*of\s*(?:birth|visit|reading|treatment|the\s*course|course|contract"
    r"|arrival|departure|travel|admission|discharge)",
    r"(?:birth|visit|reading|treatment|course|contract|arrival|departure|travel"
    r"|meter\s*reading|start|end|expiry|check\s*-?\s*(?:in|out))\s*date",
    r"(?:geburts|besuchs|ablese|behandlungs|kurs|vertrags|anreise|abreise|reise|beginn"
    r"|end|start|ablauf|zahlungseingangs|eingangs|buchungs|termin)\s*-?\s*(?:datum|tag)",
    r"(?:delivery|dispatch|packing|consignment)\s*note\s*date", r"date\s*of\s*delivery\s*note",
    r"date\s*(?:de\s*(?:la\s*|l')?)?(?:naissance|visite|releve(?!\s*du\s*\d)|lecture"
    r"|cours|contrat|arrivee|depart|debut|fin|soins|consultation)",
    r"fecha\s*(?:de\s*(?:la\s*)?)?(?:nacimiento|visita|lectura|curso|contrato|llegada|salida"
    r"|inicio|fin|consulta)",
    r"data\s*(?:di\s*|della\s*|del\s*|dell')?(?:nascita|visita|lettura|corso|contratto|arrivo"
    r"|partenza|inizio|fine)",
    r"(?:geboorte|bezoek|meterstand|opname|cursus|contract|aankomst|vertrek|begin|eind)"
    r"s?\s*-?\s*datum",
    r"datum\s*(?:van\s*(?:de\s*|het\s*)?)?(?:geboorte|bezoek|opname|cursus|aankomst|vertrek)",
    # the day work was done: "Fitted on", "Montiert am", "Posé le", "Instalado el",
    # "Eseguito il", "Gemonteerd op"
    r"(?:done|fitted|installed|performed|carried\s*out|completed|delivered|serviced|mounted"
    r"|repaired|inspected|visited|attended)\s*(?:on|at)",
    r"(?:montiert|ausgefuhrt|geliefert|installiert|eingebaut|erbracht|durchgefuhrt|repariert"
    r"|gewartet|erledigt)\s*(?:am|den)",
    r"(?:posee?|installee?|realisee?|effectuee?|livree?|montee?|executee?|reparee?)\s*le",
    r"(?:instalad[ao]|montad[ao]|realizad[ao]|entregad[ao]|ejecutad[ao]|efectuad[ao]"
    r"|reparad[ao])\s*(?:el|en\s*fecha)",
    r"(?:installat[ao]|montat[ao]|eseguit[ao]|consegnat[ao]|effettuat[ao]|realizzat[ao]"
    r"|riparat[ao])\s*(?:il|in\s*data)",
    r"(?:gemonteerd|geplaatst|uitgevoerd|geleverd|geinstalleerd|gerepareerd|afgeleverd"
    r"|verricht)\s*(?:op|d\.?\s*d\.?)",
)  # fmt: skip
"""Dates of other things, so that a generic "date" inside them is not the issue date."""

__all__ = ["DUE_GRAMMAR", "ISSUE_GRAMMAR", "OTHER_DATE_GRAMMAR", "WEAK_ISSUE"]
