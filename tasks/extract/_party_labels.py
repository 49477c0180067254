"""Party labels in en, de, fr, es, it and nl: the words that open a seller's, a buyer's or a
delivery address block, and the field that gives a party's name ("Name:", "Raison sociale").

Patterns are regular expressions over `fold`ed text, like the other labels in `_labels`."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._parse import fold

ACCOUNT_HOLDER_LABELS: Final = (
    r"account\s*holder", r"holder\s*of\s*(?:the\s*)?account", r"customer\s*account\s*holder",
    r"konto\s*-?\s*inhaber(?:in)?", r"inhaber(?:in)?\s*des\s*kontos",
    r"titulaire\s*(?:du|de\s*la)?\s*(?:compte|contrat|abonnement)",
    r"titular\s*(?:de\s*la\s*cuenta|del\s*contrato|de\s*la\s*suscripcion|de\s*la\s*cta\.?)",
    r"(?:intestatario|titolare)\s*(?:del\s*)?(?:conto|contratto|abbonamento)",
    r"rekening\s*-?\s*houder", r"(?:houder|titularis)\s*van\s*de\s*rekening",
    r"contract\s*-?\s*houder", r"abonnee", r"abonne", r"abonnent(?:in)?", r"suscriptor",
    r"abbonato", r"subscriber", r"account\s*owner",
)  # fmt: skip
"""Who holds an account: the customer's account at the seller (storage, subscription), or, by
the bank details, the holder of the seller's bank account; `_party_context` tells them apart."""

_OF_THE = (
    r"(?:\s*-?\s*|\s+(?:of\s*(?:the\s*|this\s*)?|for\s*(?:the\s*)?|de\s*(?:la\s*|l')?|du\s*|des\s*"
    r"|della\s*|dell'|di\s*|del\s*|der\s*|zur\s*|fur\s*(?:die\s*)?|van\s*(?:de\s*)?"
    r"|voor\s*(?:de\s*)?))"
)
_BILL_WORD = (
    r"(?:invoice|bill(?:ing)?|rechnung|facture|facturation|factura|facturacion|fattura"
    r"|fatturazione|factuur|facturatie)"
)
_RECIPIENT = (
    r"(?:recipient|receiver|addressee|empfanger(?:in)?|adressat(?:in)?|destinataire"
    r"|destinatari[oa]|receptor(?:a)?|ricevente|ontvanger|geadresseerde)"
)
_ISSUER = (
    r"(?:issuer|sender|aussteller(?:in)?|ersteller(?:in)?|emetteur|expediteur|emisor|remitente"
    r"|expedidor|emittente|mittente|uitgever|afzender|opsteller|verzender)"
)
RECIPIENT_CAPTIONS: Final = (
    rf"{_RECIPIENT}{_OF_THE}{_BILL_WORD}", rf"{_BILL_WORD}s?\s*-?\s*{_RECIPIENT}",
)  # fmt: skip
"""Who receives the bill, with the invoice word ("Destinataire de la facture", "Destinatario
della fattura", "Ontvanger factuur", "Invoice recipient", "Empfänger der Rechnung"): a
caption, never a name, and a name may follow it on its line."""
ISSUER_CAPTIONS: Final = (
    rf"{_ISSUER}{_OF_THE}{_BILL_WORD}", rf"{_BILL_WORD}s?\s*-?\s*{_ISSUER}",
)  # fmt: skip
"""Who issues the bill ("Émetteur de la facture", "Emisor de la factura", "Invoice issuer",
"Uitgever factuur"): the seller's caption."""

CAPTION_LABELS: Final = (
    *RECIPIENT_CAPTIONS,
    r"(?:bill|sold|invoice)\s*-?\s*to\s*(?:party|customer|account)",
    r"(?:invoice|bill(?:ing)?)\s*(?:addressee|holder|payer)", r"addressee", r"bill\s*payer",
    r"paying\s*party", r"(?:invoiced|billed|made\s*out)\s*(?:in\s*the\s*name\s*of|to)",
    # who holds the invoice: "Titular de la factura", "Titulaire de la facture"
    r"titular\s*(?:de\s*la\s*)?factura", r"titulaire\s*(?:de\s*la\s*)?facture",
    r"titolare\s*(?:della\s*)?fattura", r"rechnungs\s*-?\s*inhaber(?:in)?",
    r"houder\s*(?:van\s*de\s*)?factuur",
    r"rechnungs\s*-?\s*(?:adressat|empfanger)(?:in)?",
    r"rechnungs\s*-?\s*(?:kunde|nehmer)", r"ausgestellt\s*(?:auf|fur|an)",
    r"zahlungs\s*-?\s*pflichtige[rs]?", r"(?:factur(?:e|ee|er)|etablie?)\s*au\s*nom\s*de",
    r"client\s*payeur", r"payeur",
    r"factur(?:ar|ado|ada)\s*a\s*(?:nombre|cargo)\s*de", r"pagador",
    r"(?:fattura(?:re|t[oa])|intestat[oa])\s*a\s*nome\s*di", r"pagatore",
    r"(?:factuur|gefactureerd|factureren)\s*op\s*naam\s*van",
    r"betaler", r"betalende\s*partij", r"factuur\s*-?\s*ontvanger",
    # the customer's account at the seller: "Customer account", "Kundenkonto", "Compte client"
    r"customer\s*account", r"kunden\s*-?\s*konto", r"compte\s*client",
    r"cuenta\s*(?:de(?:l)?\s*)?cliente", r"conto\s*(?:del\s*)?cliente", r"klant\s*-?\s*rekening",
)  # fmt: skip
"""Captions naming the party a bill is made out to ("Facturar a nombre de", "Fatturato a nome
di", "Facturé au nom de", "Op naam van"): a name may follow them on their line."""

_INLINE: Final = re.compile(
    "(?:"
    + "|".join(f"(?:{p})" for p in (*CAPTION_LABELS, *ISSUER_CAPTIONS, *ACCOUNT_HOLDER_LABELS))
    + r")\W*$"
)


def inline_party_value(label: str, tail: str) -> bool:
    """Whether `tail` is the name a caption label carries on its own line ("Titulaire du compte
    Garage des Quatre Routes SARL"): the caption is one of a bill's addressee or account holder
    and the text after it opens with a capital. A one-word caption ("Subscriber") takes a
    colon: "Subscriber Services Ltd" may be a name."""
    tail, label = tail.strip(), fold(label).strip()
    return bool(tail[:1].isupper() and re.search(r"\w[\s-]+\w", label) and _INLINE.match(label))


_CAPTION_TAIL: Final = re.compile(
    r"^(?:with|without|on|in|of|for|by|mit|ohne|im|am|zum|zur|per|con|sin|senza|avec|sans|sur"
    r"|par|en|de|du|des|del|della|di|da|al|au|met|zonder|van|voor|op|bij|zu)"
    r"(?:[\s'\u2019-]+[^\W\d_A-Z][^\W\d_]*){1,3}\W*$"
)


_CAPTION_NOUN: Final = (
    r"(?:account|acct|a/c|details|detail|information|info|data|record|file|profile|contact"
    r"|reference|ref|konto|daten|angaben|informationen|kontakt|compte|coordonnees|informations"
    r"|donnees|fiche|cuenta|datos|informacion|ficha|conto|dati|informazioni|scheda"
    r"|rekening|gegevens|informatie)"
)
_CAPTION_NOUNS: Final = re.compile(
    rf"^{_CAPTION_NOUN}(?:\s*(?:&|and|/|und|et|y|e|en)?\s*{_CAPTION_NOUN})?\W*$", re.IGNORECASE
)
"""A party word's caption nouns ("Client account", "Customer details", "Kunde Daten")."""


_BILL_TAIL: Final = re.compile(
    r"^(?:(?:of|for|de|du|des|della|dell'|di|del|der|zur|fur|van|voor)"
    r"(?:\s+(?:the|this|la|l'|de|die|het))?\s*)?" + _BILL_WORD + r"s?\W*$"
)
"""An invoice word after a party word ("Intestatario fattura", "Client de la facture")."""


def caption_tail(tail: str) -> bool:
    """Whether `tail`, after a party word, makes a caption: a preposition and a few lower-case
    words without a digit ("Cliente con cuenta", "Client avec compte", "Customer on account",
    "Klant met rekening"); a name goes on with a capital ("Cliente de Prueba S.L.")."""
    tail = tail.strip(" .:")
    if _CAPTION_NOUNS.match(fold(tail)) or _BILL_TAIL.match(fold(tail)):
        return True  # "Client account", "Customer Details", "Intestatario fattura": a caption
    words = tail.split()
    if 1 <= len(words) <= 2 and all(w.isalpha() and w.islower() for w in words):
        return True  # a qualifier in lower case: "Cliente intestatario", "Client final"
    return not any(c.isupper() for c in tail) and bool(_CAPTION_TAIL.match(tail))


BUYER_LABELS: Final = (
    r"bill(?:ed)?\s*to", r"invoice\s*to", r"sold\s*to", r"customer", r"client", r"buyer",
    r"verkauft\s*an", r"vendu(?:e)?\s*a", r"vendid[oa]\s*a", r"vendut[oa]\s*a",
    r"verkocht\s*aan",
    r"recipient", r"invoiced\s*to", r"customer\s*(?:details|address)", r"purchaser",
    r"deliver(?:y|ed)?\s*(?:&|and|/)\s*invoice\s*to",
    r"invoice\s*(?:&|and|/)\s*deliver(?:y)?\s*to",
    r"billing\s*address", r"invoice\s*address", r"bill\s*to\s*party", r"sold\s*to\s*party",
    r"rechnungsempfanger", r"rechnungsadresse", r"rechnungsanschrift", r"kunde",
    r"kunden\s*-?\s*(?:daten|anschrift|adresse)", r"auftraggeber", r"kaufer", r"besteller",
    r"leistungsempfanger", r"empfanger", r"rechnung\s*an", r"an",
    r"liefer\s*-?\s*(?:und|&|/)\s*rechnungs\s*-?\s*(?:anschrift|adresse)",
    r"facture\s*a", r"facturer\s*a", r"facture\s*et\s*livre\s*a", r"destinataire",
    r"adresse\s*de\s*facturation", r"acheteur", r"client\s*(?:factur|livr)e",
    r"client\s*(?:factur|livr)e\s*(?:/|&|et)\s*(?:factur|livr)e", r"adresse\s*a",
    r"cliente", r"facturar\s*a", r"datos\s*del\s*cliente", r"destinatario", r"comprador",
    r"datos\s*de\s*facturacion", r"direccion\s*de\s*facturacion", r"facturado\s*a",
    r"spett\.?(?:le)?", r"intestatario", r"cessionario(?:\s*/\s*committente)?",
    r"committente", r"acquirente", r"intestato\s*a", r"fatturare\s*a",
    r"indirizzo\s*di\s*fatturazione",
    r"klant(?:gegevens)?", r"factuur\s*aan", r"afnemer", r"factuuradres",
    r"afleveradres\s*(?:/|&|en)\s*factuuradres", r"factuur\s*-?\s*en\s*afleveradres",
    r"gefactureerd\s*aan", r"koper", r"opdrachtgever", r"ontvanger", r"aan",
    r"t\.?\s*a\.?\s*v\.?", r"ter\s*attentie\s*van", r"kundendaten", r"to", r"payer",
    r"debiteur", r"debitor", r"bill\s*-?\s*to\s*address", r"prepared\s*for", r"adressat",
    r"coordonnees\s*(?:du\s*)?client", r"informations\s*client", r"doit",
    r"dati\s*(?:del\s*)?cliente", r"datos\s*del\s*destinatario", r"geadresseerde",
    r"(?:customer|client|buyer)\s*name", r"kunden\s*-?\s*name", r"name\s*des\s*kunden",
    r"nom\s*du\s*client", r"donneur\s*d'ordre", r"nombre\s*del\s*cliente",
    r"(?:nome|ragione\s*sociale)\s*(?:del\s*)?cliente", r"klantnaam",
    # a party word with a word for its details: "Customer information", "Kundendaten"
    r"bill\s*-?\s*to", r"sold\s*-?\s*to", r"invoice\s*recipient",
    r"(?:customer|client|buyer|purchaser|billing)\s*(?:details|information|info|data|contact)",
    r"kunden\s*-?\s*(?:informationen|information|info|angaben)", r"angaben\s*zum\s*kunden",
    r"(?:donnees|informations?|adresse)\s*(?:du\s*)?client", r"factur(?:e|ee)\s*a",
    r"(?:informacion|direccion)\s*(?:del\s*)?cliente", r"facturada\s*a",
    r"(?:informazioni|indirizzo|anagrafica)\s*(?:del\s*)?cliente",
    r"fatturat[oa]\s*a", r"intestat[oa]\s*a",
    r"klant\s*-?\s*(?:informatie|adres|details)", r"factureren\s*aan",
    r"(?:invoiced|billed|billing)\s*party", r"(?:partie|parte)\s*(?:facturee|facturada|fatturata)",
    r"gefactureerde\s*partij", r"abgerechnete\s*partei", r"abnehmer(?:in)?",
    r"belastete?r?\s*kunde", r"belaste\s*klant", r"your\s*details", r"ihre\s*(?:daten|angaben)",
    r"vos\s*coordonnees", r"sus\s*datos", r"i\s*vostri\s*dati", r"uw\s*gegevens",
    # whom the amount is charged to: "Charged to", "Spettabile", "A cargo de", "Ten laste van"
    r"charged?\s*to", r"spettabile", r"(?:a\s*)?cargo\s*(?:de|a)", r"addebitat[oa]\s*a",
    r"ten\s*laste\s*van", r"belastet\s*an", r"rechnung\s*fur", r"invoice\s*for",
    r"facture\s*pour", r"factura\s*para", r"fattura\s*per", r"factuur\s*voor",
    r"(?:debite|facture)\s*au\s*compte\s*de",
    r"(?:a\s*)?debite[er]?\s*a", r"cargad[oa]\s*a", r"(?:da\s*)?addebitare\s*a",
    r"(?:te\s*)?belast(?:en)?\s*aan", r"in\s*rekening\s*gebracht\s*aan",
    r"zu\s*lasten\s*(?:von|des|der)?",
    r"to\s*be\s*charged\s*to", r"debit(?:ed)?\s*to",
    r"(?:a\s*)?imput(?:e|ee|er)\s*a", r"imputad[oa]\s*a", r"imputat[oa]\s*a",
    r"(?:da\s*)?imputare\s*a", r"allocated\s*to", r"zugeordnet\s*(?:zu|an)",
    r"toegewezen\s*aan",
    # who pays a rent or a lease: "Tenant", "Mieter", "Locataire"
    r"ship\s*(?:&|and|/)\s*bill\s*to", r"bill\s*(?:&|and|/)\s*ship\s*to",
    r"bill\s*recipient", r"adresse\s*de\s*facture", r"adres\s*(?:voor\s*)?facturatie",
    r"tenant", r"lessee", r"mieter(?:in)?", r"pachter", r"locataire", r"preneur",
    r"arrendatario", r"inquilino", r"conduttore", r"huurder", r"sres\.?", r"senores",
    # who pays the bill, beside whom the goods go to: "Pago a cargo de", "Betaling namens"
    r"(?:invoice\s*)?(?:recipient|addressee)\s*for\s*(?:the\s*)?payment",
    r"payment\s*(?:on\s*behalf\s*of|for\s*the\s*account\s*of)", r"payable\s*by",
    r"(?:rechnungs\s*-?\s*)?empfanger(?:in)?\s*(?:fur\s*die|der)\s*zahlung",
    r"zahlung\s*(?:zu\s*lasten\s*(?:von|des|der)|im\s*auftrag\s*(?:von|des|der))",
    r"zahler(?:in)?", r"kosten\s*-?\s*trager",
    r"(?:paiement|reglement)\s*(?:a\s*la\s*charge\s*(?:de|du)|pour\s*le\s*compte\s*(?:de|du)"
    r"|au\s*nom\s*(?:de|du))", r"a\s*la\s*charge\s*(?:de|du)",
    r"pago\s*(?:a\s*cargo\s*de(?:l)?|por\s*cuenta\s*de(?:l)?|en\s*nombre\s*de(?:l)?)",
    r"pagamento\s*(?:a\s*carico\s*(?:di|del(?:la)?)|per\s*conto\s*(?:di|del(?:la)?)"
    r"|a\s*nome\s*(?:di|del(?:la)?))", r"a\s*carico\s*(?:di|del(?:la)?)",
    r"(?:betaling|betaald|te\s*betalen)\s*(?:namens|door|ten\s*laste\s*van"
    r"|voor\s*rekening\s*van)", r"voor\s*rekening\s*van",
    # whom the bill is made out to: "Invoice made out to", "Abgerechnet an", "Établie pour"
    r"(?:invoice\s*|bill\s*)?(?:made\s*out|issued|addressed|raised)\s*to",
    r"(?:invoice\s*|bill\s*)?made\s*out\s*for", r"(?:abgerechnet|verrechnet|fakturiert)\s*an",
    r"(?:rechnung\s*)?(?:ausgestellt|adressiert|gestellt)\s*an",
    r"(?:facture\s*)?(?:etablie|emise|adressee|libellee|delivree)\s*(?:a|au\s*nom\s*de)",
    r"(?:facture\s*)?etablie\s*pour",
    r"(?:factura\s*)?(?:emitida|expedida|extendida|girada)\s*a(?:\s*nombre\s*de)?",
    r"(?:fattura\s*)?(?:emessa|rilasciata|indirizzata)\s*a(?:\s*nome\s*di)?",
    r"(?:factuur\s*)?(?:opgemaakt|uitgeschreven|uitgereikt|gericht)\s*(?:aan|op\s*naam\s*van)",
    r"(?:factuur\s*)?opgemaakt\s*voor",
    r"(?:prepared|drawn\s*up|compiled)\s*for", r"(?:erstellt|ausgestellt|angefertigt)\s*fur",
    r"(?:preparee?|etablie?|redigee?)\s*pour", r"(?:preparad[oa]|elaborad[oa])\s*para",
    r"(?:preparat[oa]|redatt[oa])\s*per", r"(?:opgesteld|uitgeschreven)\s*voor",
    r"(?:rechnungs|rg|re)\s*\.?\s*-?\s*empf\.?", r"kundin", r"facturatie\s*-?\s*adres",
    # "Rechnung geht an", "Invoice goes to", "La facture va à", "Factuur gaat naar"
    r"(?:(?:the|die|la|de)\s*)?(?:rechnung|invoice|bill|facture|factura|fattura|factuur)\s*"
    r"(?:geht|goes|va|gaat)\s*"
    r"(?:an|to|a|naar)",
    # "Bill this work to", "Invoice the job to", "Charge these services to"
    r"(?:bill|invoice|charge)\s*(?:this|the|these|our|your)\s*(?:work|works|job|jobs|order"
    r"|orders|service|services|repairs?|invoice|account)\s*to",
    # who commissions building works: "Maître d'ouvrage", "Bauherr", "Bouwheer", "Promotor"
    r"maitre\s*d\s*['\u2019]?\s*ouvrage", r"maitre\s*de\s*l\s*['\u2019]?\s*ouvrage",
    r"bauherr(?:in|schaft)?", r"bouwheer", r"opdrachtgevende\s*partij",
    r"promotor(?:a)?\s*de\s*la\s*obra", r"committente\s*(?:dei\s*)?lavori",
    # the party a bill is made out to, as a caption: "Bill-to party", "Rechnungsadressat"
    *CAPTION_LABELS,
    *ACCOUNT_HOLDER_LABELS,
)  # fmt: skip

SELLER_LABELS: Final = (
    r"from", r"seller", r"supplier", r"vendor", r"issued\s*by", r"sold\s*by", r"bill\s*from",
    r"invoice\s*from", r"payee", r"billed\s*by", r"invoiced\s*by", r"(?:service\s*)?provider",
    r"contractor", r"issuer", r"biller", r"sender", r"mittente",
    r"(?:supplier|vendor|seller)\s*name", r"anbieter", r"dienstleister", r"expediteur",
    r"uitgegeven\s*door",
    r"verkaufer", r"lieferant", r"rechnungs\s*-?\s*(?:aus|er)?steller", r"rechnungssteller",
    r"absender", r"auftragnehmer", r"leistungserbringer", r"zahlungsempfanger",
    r"fournisseur", r"vendeur", r"emetteur", r"emis\s*par", r"prestataire",
    r"proveedor", r"emisor", r"vendedor", r"emitido\s*por", r"prestador",
    r"fornitore", r"venditore", r"cedente(?:\s*/\s*prestatore)?", r"prestatore",
    r"emittente", r"emessa\s*da",
    r"leverancier", r"verkoper", r"afzender", r"opdrachtnemer", r"verkocht\s*door",
    r"vendu\s*par", r"vendido\s*por", r"venduto\s*da", r"verkauf(?:t)?\s*durch",
    r"verkauft\s*von",
    # where to pay and whose details: "Remit to", "Supplier details", "Datos del emisor"
    r"remit\s*(?:payment\s*)?to", r"remittance\s*address",
    r"(?:supplier|seller|vendor|company)\s*(?:details|information|info|address)",
    r"our\s*(?:details|company\s*details)", r"unsere\s*(?:daten|angaben)",
    r"nos\s*coordonnees", r"nuestros\s*datos", r"i\s*nostri\s*dati", r"onze\s*gegevens",
    r"(?:lieferanten|verkaufer)\s*-?\s*(?:daten|angaben)",
    r"(?:coordonnees|informations?)\s*(?:du\s*)?(?:fournisseur|vendeur|prestataire)",
    r"datos\s*del\s*(?:proveedor|emisor|vendedor)",
    r"dati\s*(?:del\s*)?(?:fornitore|venditore|cedente|prestatore)",
    r"(?:leveranciers|verkopers?)\s*-?\s*gegevens", r"gegevens\s*(?:van\s*de\s*)?leverancier",
    # who bills: "Facturé par", "Facturado por", "Fatturato da", "Ausgestellt von"
    r"factur(?:e|ee)\s*par", r"facturad[oa]\s*por", r"emitid[oa]\s*por", r"fatturat[oa]\s*da",
    r"emess[oa]\s*da", r"gefactureerd\s*door", r"ausgestellt\s*von",
    r"in\s*rechnung\s*gestellt\s*von", r"(?:supplier|seller|vendor)\s*party",
    r"landlord", r"lessor", r"vermieter(?:in)?", r"verpachter", r"bailleur", r"arrendador",
    r"locatore", r"verhuurder",
    *ISSUER_CAPTIONS,
)  # fmt: skip

_AP = r"\s*['\u2019]?\s*"
# Where the service is performed (a guarded site, an installation, a work site): like a
# delivery block, it names a place, never the buyer.
SITE_LABELS: Final = (
    r"(?:protected|monitored|secured|guarded|insured)\s*"
    r"(?:site|premises|property|object|location)",
    r"(?:site|service|installation|property|premises|job|work|project)\s*-?\s*"
    r"(?:address|location)",
    r"(?:site|installation)\s*(?:details|name)", r"service\s*(?:site|premises)",
    r"installation\s*site", r"job\s*site", r"work\s*site",
    r"place\s*of\s*(?:service|performance|work|installation)",
    r"location\s*of\s*(?:service|work|installation|the\s*works)",
    r"(?:gesichertes|uberwachtes|bewachtes|geschutztes|betreutes|versichertes)\s*objekt",
    r"objekt\s*-?\s*(?:adresse|anschrift|standort)",
    r"(?:leistungs|einsatz|ausfuhrungs|montage|installations)\s*-?\s*(?:ort|adresse|anschrift)",
    r"anlagen\s*-?\s*(?:standort|adresse|anschrift)", r"standort\s*der\s*anlage",
    r"ort\s*der\s*(?:leistung|ausfuhrung|montage)",
    r"baustellen\s*-?\s*(?:adresse|anschrift)", r"bau\s*-?\s*vorhaben",
    r"(?:site|local|locaux|batiment|objet)\s*(?:protege|surveille|securise|telesurveille)e?s?",
    r"installation\s*(?:protegee|surveillee|securisee)",
    rf"site\s*d{_AP}(?:intervention|installation|execution)",
    rf"adresse\s*(?:du\s*site|du\s*chantier|des\s*travaux|d{_AP}intervention"
    rf"|d{_AP}installation|de\s*(?:la\s*)?prestation)",
    rf"lieu\s*(?:d{_AP}intervention|d{_AP}installation|d{_AP}execution|des\s*travaux"
    r"|de\s*(?:la\s*)?prestation)",
    r"(?:instalacion|sitio|inmueble|local|objeto|edificio)\s*"
    r"(?:protegid|vigilad|monitorizad|asegurad)[oa]s?",
    r"(?:lugar|direccion|ubicacion|domicilio)\s*de\s*(?:la\s*)?"
    r"(?:instalacion|servicio|prestacion|obra|intervencion|trabajos?)",
    r"direccion\s*del\s*(?:servicio|inmueble|local|sitio)",
    r"emplazamiento(?:\s*de\s*la\s*instalacion)?",
    r"(?:sito|impianto|immobile|edificio|oggetto|locali)\s*"
    r"(?:protett|sorvegliat|monitorat|vigilat)[oaie]",
    rf"(?:luogo|sede|indirizzo|ubicazione)\s*(?:di|dell{_AP}|della|del)\s*"
    r"(?:intervento|installazione|impianto|servizio|prestazione|esecuzione|cantiere|lavori)",
    r"ubicazione\s*(?:impianto|intervento)", r"indirizzo\s*(?:impianto|cantiere|immobile)",
    r"(?:beveiligd|bewaakt|beschermd|gemonitord)e?\s*(?:object|pand|terrein|locatie|gebouw)",
    r"object\s*-?\s*(?:adres|locatie)",
    r"(?:installatie|werk|project|uitvoerings|bouw)\s*-?\s*(?:adres|locatie|plaats)",
    r"locatie\s*(?:van\s*(?:de\s*)?)?"
    r"(?:installatie|werkzaamheden|uitvoering|dienstverlening|object)",
    r"adres\s*(?:van\s*(?:de\s*|het\s*)?)?(?:installatie|werkzaamheden|object)",
    r"plaats\s*van\s*(?:uitvoering|installatie)",
    # a construction site or the works as a caption: "Obra", "Baustelle", "Chantier",
    # "Cantiere", "Bouwplaats", "Works at", "Lavori eseguiti presso", "Trabajos realizados en"
    r"obra", r"baustelle", r"chantier", r"cantiere", r"bouwplaats", r"werf", r"site",
    r"(?:works|work\s*(?:done|carried\s*out|performed))(?:\s*at)?",
    r"(?:fitting|installation|mounting|montage)\s*-?\s*(?:address|site|location)",
    r"(?:ausgefuhrte|erbrachte)\s*(?:arbeiten|leistungen)(?:\s*(?:in|bei|an))?",
    r"(?:einbau|montage|verlege)\s*-?\s*ort", r"(?:adresse|lieu)\s*(?:de\s*)?pose",
    r"travaux\s*(?:realises|effectues|executes)(?:\s*(?:a|au|chez))?",
    r"(?:trabajos|obras)\s*(?:realizad|ejecutad|efectuad)[oa]s(?:\s*en)?",
    r"lugar\s*de\s*(?:montaje|colocacion)",
    r"lavori\s*(?:eseguiti|effettuati|svolti)(?:\s*(?:presso|in|a))?",
    rf"luogo\s*(?:di\s*posa|del{_AP}intervento|dei\s*lavori)",
    r"(?:uitgevoerde|verrichte)\s*werkzaamheden(?:\s*(?:op|te|bij|aan))?",
    r"montage\s*-?\s*adres",
)  # fmt: skip

# Whom or what the service was for, beside the party who pays: the person treated or taught,
# the animal, the vehicle, the event. Like a delivery block, it names no buyer.
SUBJECT_LABELS: Final = (
    r"patient(?:in|e)?(?:\s*/\s*(?:in|e))?", r"paciente", r"paziente", r"client\s*animal",
    r"(?:pupil|student|trainee|learner|participant|attendee|delegate)s?(?:\s*name)?",
    r"(?:kurs\s*-?\s*)?teilnehmer(?:in(?:nen)?)?", r"schuler(?:in)?", r"auszubildende[rs]?",
    r"fahrschuler(?:in)?", r"eleve(?:\s*conducteur)?", r"stagiaire", r"apprenant(?:e)?",
    r"participant(?:e)?s?", r"alumn[oa]s?(?:\s*/\s*a)?(?:\s*conductor)?", r"estudiante",
    r"participante", r"allievo(?:\s*/\s*a)?(?:\s*conducente)?", r"allieva", r"studente(?:ssa)?",
    r"partecipante", r"corsista", r"leerling", r"cursist", r"deelnemer", r"student(?:e)?",
    r"(?:animal|pet|horse|patient)\s*name", r"tier\s*-?\s*name", r"nom\s*de\s*l'animal",
    r"nombre\s*del\s*animal", r"nome\s*dell'animale", r"naam\s*(?:van\s*het\s*)?dier",
    r"(?:vehicle|fahrzeug|vehicule|vehiculo|veicolo|voertuig)(?:\s*(?:details|daten))?",
    r"(?:event\s*)?venue", r"event\s*location", r"veranstaltungs\s*-?\s*ort",
    r"lieu\s*de\s*(?:l'evenement|la\s*manifestation)", r"lugar\s*del\s*evento",
    r"(?:luogo|sede)\s*(?:dell'evento|della\s*manifestazione)",
    r"locatie\s*(?:van\s*het\s*)?evenement",
    # the property worked on: "Liegenschaft", "Objekt", "Inmueble", "Immobile"
    r"objekt", r"liegenschaft", r"immobilie", r"inmueble", r"immobile",
)  # fmt: skip

# Where the goods go: a party block that is neither the seller nor (by itself) the buyer.
DELIVERY_LABELS: Final = (
    r"ship(?:ped)?\s*-?\s*to", r"deliver(?:ed)?\s*-?\s*to", r"delivery\s*details",
    r"delivery\s*address", r"shipping\s*address",
    r"consignee", r"lieferanschrift", r"lieferadresse", r"warenempfanger",
    r"(?:liefern|lieferung|versand)\s*an", r"adresse\s*de\s*livraison", r"livre\s*a",
    r"expedie\s*a", r"enviar\s*a", r"direccion\s*de\s*(?:entrega|envio)", r"entregar\s*a",
    r"lugar\s*de\s*entrega", r"destinazione\s*merce", r"luogo\s*di\s*consegna",
    r"indirizzo\s*di\s*consegna", r"afleveradres", r"leveradres", r"afleveren\s*aan",
    r"verzendadres",
    # the goods handed over: "Geliefert an", "Entregado a", "Consegnato a", "Bezorgd bij"
    r"geliefert\s*(?:an|bei|zu)", r"zugestellt\s*(?:an|bei)", r"lieferung\s*(?:zu|bei)",
    r"empfanger(?:in)?\s*der\s*(?:lieferung|ware)", r"livr(?:e|ee|es|ees)\s*(?:a|chez)",
    r"destinataire\s*de\s*la\s*livraison", r"lieu\s*de\s*livraison",
    r"entregad[oa]s?\s*(?:a|en)", r"enviad[oa]s?\s*a", r"entrega\s*(?:a|en)",
    r"destinatario\s*de\s*(?:la\s*entrega|el\s*envio)",
    r"consegnat[oaie]\s*(?:a|presso)", r"spedit[oaie]\s*a", r"consegna\s*(?:a|presso)",
    r"destinatario\s*(?:della\s*consegna|merce)", r"indirizzo\s*di\s*spedizione",
    r"(?:bezorgd|afgeleverd|geleverd)\s*(?:bij|aan|op)", r"bezorgadres", r"leveren\s*aan",
    r"delivered\s*(?:to|at)", r"delivery\s*(?:to|recipient)", r"deliver\s*to",
    *SITE_LABELS,
    *SUBJECT_LABELS,
)  # fmt: skip

PARTY_NAME_LABELS: Final = (
    r"name", r"firma", r"company(?:\s*name)?", r"nom", r"raison\s*sociale", r"nombre",
    r"razon\s*social", r"ragione\s*sociale", r"denominazione", r"naam", r"bedrijfsnaam",
)  # fmt: skip
