"""Labels of the other identifiers and dates an invoice prints beside its own (order, customer,
folio, room, account, delivery note; delivery and service dates), in en, de, fr, es, it and nl:
matched so that their values are never taken for the invoice's number or issue date, nor
their words for a party label. Patterns over `fold`ed text, like those in `_labels`."""

from __future__ import annotations

from typing import Final

NO: Final = r"(?:n\s*\.?\s*°|n\.|no\.?|nr\.?|nro\.?|nbr\.?|num\.?|#|nummer|number|numero)"
"""A number sign or word: "N°", "Nr.", "Nro.", "Nbr.", "No.", "#", "Nummer", "Numero"."""
_NO = NO

_OTHER_THINGS = (
    r"folio|room|zimmer|chambre|camera|kamer|habitacion|stanza|conto|cuenta|compte|account"
    r"|pedido|orden|ordine|commande|order|bestelling|cliente|client|klant|customer|albaran"
    r"|lieferschein|ddt|cmr|container|booking|reservation|reserva|prenotazione|reservering"
    r"|buchung|reservierung|shipment|spedizione|envio|expedition|zending|sendung|tracking"
    r"|contract|contrat|contrato|contratto|vertrag|project|projet|proyecto"
    r"|progetto|projekt|member|membre|socio|lid|mitglied|case|dossier|expediente|pratica"
    r"|subscri\w*|abonn\w*|suscri\w*|abbonat\w*|policy|police|poliza|polizza|polis"
    r"|meter|compteur|contador|contatore|zahler|patient\w*|paciente|paziente|vehicle|vehicule"
    r"|vehiculo|veicolo|voertuig|fahrzeug|supplier|vendor|fournisseur|proveedor|fornitore"
    r"|leverancier|lieferant(?:en)?|debtor|debiteur|debitor|deudor|debitore|tenant|locataire"
    r"|inquilino|mieter|huurder|bordereau|versandschein|verzendbon|bolla|envio|delivery"
)
"""Things other than the invoice that carry numbers on an invoice (orders, rooms, folios,
accounts, shipments, contracts, bookings): their labels name another identifier."""

REFERENCE_LABELS: Final = (
    rf"customer\s*(?:{_NO}|id|code|ref\.?)", rf"account\s*{_NO}", r"(?:your|our)\s*order",
    rf"(?:purchase\s*)?order\s*(?:{_NO}|ref\.?(?:erence)?|id)", rf"po\s*{_NO}",
    r"kunden\s*-?\s*(?:nr\.?|nummer)", r"kundennummer", r"(?:ihre|unsere)\s*bestellung",
    r"(?:auftrags|bestell|liefer\s*schein)\s*-?\s*(?:nr\.?|nummer)",
    r"auftragsnummer", r"bestellnummer",
    rf"(?:code|{_NO})\s*client", r"ref\.?\s*client", r"(?:votre|notre)\s*commande",
    rf"(?:bon\s*de\s*)?commande\s*{_NO}", rf"{_NO}\s*(?:de\s*)?commande",
    rf"{_NO}\s*(?:de\s*)?cliente", r"(?:su|nuestro)\s*pedido",
    r"referencia\s*(?:del\s*)?pedido", rf"pedido\s*{_NO}", r"cod\.?\s*cliente",
    r"codice\s*cliente", r"(?:vs\.?|vostro)\s*ordine",
    rf"ordine\s*{_NO}", rf"{_NO}\s*ordine", r"klantnummer", rf"klant\s*-?\s*{_NO}",
    r"(?:uw|onze)\s*(?:order|bestelling)", r"(?:order|bestel)\s*-?\s*(?:nummer|nr\.?)",
    # a number sign naming what it numbers: "N° de folio", "Nº de pedido", "N. conto"
    rf"{_NO}\s*(?:de\s*(?:la\s*)?|du\s*|di\s*|del(?:la)?\s*|dell'|d'|van\s*(?:de\s*)?|of\s*)?"
    rf"(?:{_OTHER_THINGS})",
    rf"(?:{_OTHER_THINGS})\s*-?\s*(?:{_NO}|id|ref\.?|code|kennung)",
    rf"(?:ref|rif|rf)\.?\s*-?\s*(?:de\s*(?:la\s*)?|du\s*|di\s*|del(?:la)?\s*)?(?:{_OTHER_THINGS})",
    r"(?:kunden|bestell|auftrags|liefer|buchungs|reservierungs|sendungs)\s*-?\s*(?:kennung|id)",
    rf"(?:purchase\s*order|delivery\s*note|packing\s*slip)(?:\s*{_NO})?",
    r"bon\s*de\s*(?:livraison|commande)", r"albaran", r"pakbon",
    r"(?:vertrags|projekt|mitglieds|buchungs|reservierungs|sendungs|vorgangs|akten)"
    r"\s*-?\s*(?:nr\.?|nummer)",
    # a case file's sign or number: "Aktenzeichen", "File no.", "File reference"
    r"akten\s*-?\s*zeichen", rf"(?<![a-z])file\s*(?:{_NO}|ref\.?(?:erence)?)",
    r"orden\s*de\s*compra", r"ordine\s*d(?:i\s*|')acquisto", rf"inkoop\s*-?\s*order\s*{_NO}?",
    r"(?:bestel|inkoop|order|klant)\s*(?:nr\.?|nummer)",
    # the buyer's reference: "Your ref. no.", "Ihre Referenz", "Votre référence"
    r"(?:your|ihre?|votre|vos|su|sus|vostro|vostra|vs\.?|uw)\s*(?:[a-z]*(?:rechnung|factur"
    r"|fattur|invoic|billing)[a-z]*\s*-?\s*)?(?:ref\.?|reference|referenz"
    rf"|referentie|riferimento|referencia|zeichen|kenmerk)(?:\s*-?\s*{_NO})?",
)  # fmt: skip
"""Other numbers and references printed next to the invoice's: matched so that their values
are not taken for the invoice number or their words for a party label."""

OWN_REF: Final = (
    r"(?:our|unsere?|notre|nos|nuestr[ao]s?|n/|ns\.?|nostr[ao]|onze|ons)\s*(?:ref\.?|reference"
    r"|referenz|referentie|riferimento|rif\.?|referencia|zeichen|kenmerk|kennung"
    r"|ident(?:ifier|ifikation|ifiant|ificador|ificativo|ificatie|ificatienummer)?)"
)
"""The issuer's own reference ("Unser Zeichen", "Notre référence", "Ns. rif.", "Ons kenmerk"):
the document's number when no invoice label numbers it, less sure than one."""

OTHER_DATE_LABELS: Final = (
    r"(?:delivery|shipping|shipment|ship|dispatch|order|supply|service|performance)\s*date",
    r"date\s*of\s*(?:delivery|supply|service|shipment|order)", r"shipped(?:\s*on)?",
    r"delivered(?:\s*on)?", r"(?:service|billing|delivery)\s*period",
    r"(?:liefer|leistungs|bestell|auftrags|versand)\s*-?\s*(?:datum|zeitraum)",
    r"liefer\s*-?\s*(?:und|/)\s*-?\s*leistungs\s*-?\s*(?:datum|zeitraum)",
    r"(?:abrechnungs|berechnungs)\s*-?\s*zeitraum", r"geliefert\s*am",
    r"date\s*(?:de\s*(?:la\s*)?)?(?:livraison|commande|expedition|prestation)",
    r"livre\s*le", r"periode\s*(?:de\s*)?(?:facturation|prestation)",
    r"fecha\s*(?:de\s*)?(?:entrega|pedido|envio|servicio)", r"fecha\s*(?:del\s*)?albaran",
    r"periodo\s*(?:de\s*)?(?:facturacion|servicio)",
    r"data\s*(?:di\s*|della\s*|dell')?(?:consegna|ordine|spedizione)", r"data\s*ddt",
    r"periodo\s*(?:di\s*)?(?:fatturazione|competenza)",
    r"(?:lever|levering|bestel|order|verzend)s?\s*-?\s*datum", r"geleverd\s*op",
    r"leverings?periode",
    # the day an order was placed and the period a service covers
    r"order(?:ed)?\s*(?:placed|on)", r"bestellt\s*am", r"commande\s*(?:passee\s*)?le",
    r"pedido\s*(?:realizado|hecho)(?:\s*el)?", r"ordine\s*(?:effettuato|del)(?:\s*il)?",
    r"besteld\s*op", r"periode\s*de\s*service", r"periodo\s*del\s*servicio",
    r"periodo\s*di\s*servizio", r"service\s*-?\s*periode", r"leistungs\s*-?\s*zeitraum",
    # the day of an event catered or hosted, and a vehicle's first registration
    r"(?:event|function|party|wedding)\s*date", r"date\s*of\s*(?:the\s*)?(?:event|function)",
    r"(?:veranstaltungs|event|feier)\s*-?\s*(?:datum|tag)",
    r"date\s*(?:de\s*)?(?:l'|la\s*)?(?:evenement|manifestation|reception|prestation)",
    r"fecha\s*(?:del?\s*)?(?:evento|acto|celebracion|banquete)",
    r"data\s*(?:dell'|del(?:la)?\s*)?(?:evento|manifestazione|ricevimento)",
    r"(?:evenement|event|feest)s?\s*-?\s*datum", r"datum\s*(?:van\s*(?:het\s*)?)?evenement",
    r"(?:date\s*of\s*)?first\s*registration(?:\s*date)?", r"registration\s*date",
    r"erst\s*-?\s*zulassung(?:s\s*-?\s*datum)?", r"zulassungs\s*-?\s*datum",
    r"(?:date\s*de\s*)?(?:(?:premiere|1re|1ere)\s*)?(?:mise\s*en\s*circulation|immatriculation)",
    r"(?:fecha\s*(?:de\s*)?)?(?:primera\s*)?matriculacion",
    r"(?:data\s*(?:di\s*|della\s*)?)?(?:prima\s*)?immatricolazione",
    r"(?:datum\s*)?eerste\s*(?:toelating|inschrijving)",
)  # fmt: skip
"""Dates other than the issue and due dates: matched so that a generic "date" inside them
("Delivery date:") is not read as the invoice's date."""
