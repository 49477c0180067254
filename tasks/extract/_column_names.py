"""The names of line-item table columns in en, de, fr, es, it and nl, by kind: codes, the
description, quantity, unit price, list price, discount, the line's amount, tax rate and unit.
Each name is a regular expression over folded text (lower case, no accents); `_columns` reads
header cells with them.
"""

from __future__ import annotations

from typing import Final

TABLE_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "code": (
        r"ean(?:\s*-?\s*code)?", r"gtin", r"upc", r"sku", r"isbn", r"issn",
        r"code(?:\s*(?:ean|article|art\.?))?",
        r"art(?:ikel)?\.?\s*-?\s*(?:nr|no|nummer|number|code)\.?(?:\s*-?\s*[a-z]+\.?)?",
        r"artnr\.?", r"artikelcode",
        # compounds and phrases naming a code or reference ("Testcode", "Probe-Ref.",
        # "Code analyse", "Rif. campione")
        r"[a-z]{3,}code", r"[a-z]{3,}\s*-?\s*ref\.?", r"r[ei]f(?:\.\s*|\s+)[a-z]{3,}",
        r"(?:code|codigo|codice)\s+(?!(?:iva|tva|vat|btw|tax)\b)[a-z]{3,}",
        r"item\s*(?:code|no\.?|#|number|id)", r"product\s*(?:code|no\.?|#|id|number)",
        r"part\s*(?:no\.?|number|#)", r"ref(?:erence)?\.?(?:\s*(?:article|produit))?",
        r"n\s*°\s*(?:d')?article", r"article\s*(?:no\.?|n\s*°|nr\.?|number|code)",
        r"referencia", r"ref\.?\s*articulo", r"cod\.?(?:\s*(?:de\s*)?art(?:\.|icolo|iculo)?)?",
        r"codigo(?:\s*(?:de\s*)?(?:articulo|producto))?", r"cod\.?\s*prod(?:\.|ucto|otto)?",
        r"codice(?:\s*art(?:\.|icolo)?)?", r"riferimento", r"material\s*-?\s*(?:nr\.?|nummer)",
        r"bestell\s*-?\s*(?:nr\.?|nummer)", r"artikelnummer", r"artikelnr\.?",
    ),
    "description": (
        r"description(?:\s*of\s*(?:goods|services))?", r"items?(?:\s*description)?",
        r"products?(?:\s*description)?", r"services?", r"details", r"particulars", r"goods",
        r"articles?", r"[a-z]*beschreibung", r"[a-z]*bezeichnung", r"artikel\s*-?\s*bezeichnung",
        r"artikel", r"leistung", r"designation", r"libelle", r"descripcion", r"concepto",
        r"articulo", r"descrizione(?:\s*(?:beni|articolo|prodotto|servizi))?", r"articolo",
        r"omschrijving", r"artikelomschrijving", r"product", r"leistungsbeschreibung",
        r"positionstext", r"concept", r"prestations?", r"produkte?", r"produits?", r"productos?",
        r"prodott[oi]", r"waren?", r"dienstleistung", r"benennung", r"text", r"denominacion",
        r"beni", r"benaming", r"activity", r"task", r"[a-z]*text", r"work(?:\s*performed)?",
        r"tatigkeit", r"leistungen", r"intitule", r"objet", r"nature", r"detalle", r"trabajos?",
        r"servicios?", r"oggetto", r"dettaglio", r"voce", r"servizi", r"prestazione", r"lavori",
        r"product\s*/\s*dienst", r"werkzaamheden", r"dienst(?:en)?", r"beschrijving", r"servizio",
        # the work done ("Work carried out", "Ausgeführte Arbeiten", "Uitgevoerd werk")
        r"work\s*(?:done|carried\s*out|performed|completed)", r"(?:performed|completed)\s*work",
        r"services?\s*(?:rendered|provided|performed)",
        r"(?:ausgefuhrte|durchgefuhrte|erbrachte)\s*(?:arbeiten|leistungen|tatigkeiten)",
        r"(?:travaux|prestations?|travail)\s*(?:effectue|realise|execute)e?s?",
        r"(?:trabajos?|servicios?)\s*(?:realizad|efectuad|prestad|ejecutad)[oa]s?",
        r"(?:lavor[oi]|servizi|prestazioni|interventi)\s*(?:eseguit|effettuat|svolt|prestat)[oiae]",
        r"(?:uitgevoerd|verricht|geleverd)e?\s*(?:werk|werkzaamheden|diensten|prestaties)",
        # titles of books, media and courses
        r"titel", r"title", r"titre", r"titulo", r"titolo", r"buchtitel", r"book\s*title",
        # courses and seminars
        r"course", r"kurs", r"seminare?", r"schulung", r"lehrgang", r"training", r"formation",
        r"curso", r"corso", r"cursus", r"workshop", r"webinar", r"opleiding", r"seminario",
        # short and singular names on forms ("Detail", "Specificatie", "Descr.")
        r"detail", r"detalles", r"dettagli", r"specificatie",
        # an entry of the bill ("Posten", "Rechnungsposten", "Post", "Line item")
        r"[a-z]*posten", r"post", r"line\s*items?",
        r"desc(?:r)?\.", r"omschr\.?", r"bezeichn\.?", r"beschr\.?", r"design\.", r"descrip\.",
    ),
    "quantity": (
        r"qty\.?", r"quantity", r"hours", r"hrs\.?", r"menge", r"anzahl", r"anz\.?", r"qte\.?",
        r"quantite", r"cantidad", r"cant\.?", r"uds\.?", r"unidades", r"quantita", r"q\.?\s*ta",
        r"aantal", r"qta", r"stuck(?:zahl)?", r"stk\.?", r"pcs\.?", r"pieces", r"units", r"nb",
        r"nombre", r"unid\.?", r"hoeveelheid", r"st\.?", r"days", r"tage", r"jours", r"stunden",
        r"std\.?", r"heures", r"ore", r"horas", r"uren", r"qty\s*ordered", r"qty\s*shipped",
        r"bestellmenge", r"liefermenge", r"quantite\s*livree", r"cant\.?\s*servida",
        r"quantita\s*consegnata", r"geleverd", r"volume", r"verbrauch", r"consumo", r"consumption",
        r"usage", r"quant\.?", r"ctd\.?", r"aant\.?", r"mng\.?", r"q\.?\s*te", r"nights?", r"nuits",
        r"(?:qty|q\.?\s*ta|qte|cant\.?|menge)\s*ord(?:ered|\.)?", r"nachte", r"noches", r"notti",
        r"nachten", r"no\.?\s*of\s*[a-z]+", r"aantal\s*stuks", r"n[°o]\.?\s*uds",
        # counts of units, hours, days or words under other names
        r"count", r"mge\.?", r"nbre", r"cdad\.?", r"qt\.?", r"hvh", r"unites", r"eenheden",
        r"einheiten",
        r"pezzi", r"words", r"worter", r"mots", r"palabras", r"parole", r"woorden", r"dias",
        r"giorni", r"dagen", r"miettage", r"huurdagen", r"jours\s*de\s*location",
        r"dias\s*de\s*alquiler", r"giorni\s*di\s*noleggio", r"hire\s*days", r"rental\s*days",
        # copies of a book or medium
        r"expl\.?", r"exemplare", r"exemplaires?", r"exemplaren", r"ejemplares", r"ej\.?",
        r"esemplari", r"copies", r"copie", r"ex\.", r"aantal\s*ex\.?",
        # participants of a course or event
        r"participants?", r"delegates", r"attendees", r"trainees", r"students", r"persons",
        r"teilnehmer(?:zahl)?", r"tn", r"personen", r"stagiaires", r"personnes", r"alumnos",
        r"participantes", r"asistentes", r"personas", r"partecipanti", r"allievi", r"persone",
        r"deelnemers", r"cursisten", r"pax",
        # the count asked as a question: "How many", "Wie viele", "Combien", "Cuántos"
        r"how\s*many", r"wie\s*viele?", r"combien", r"cuant[oa]s", r"quant[ie]", r"hoeveel",
    ),
    "unit_price": (
        r"unit\s*(?:price|cost|rate)(?:\s*net)?", r"price(?:\s*(?:per\s*unit|each|/\s*unit))?",
        r"rate", r"each", r"per\s*unit", r"einzelpreis(?:\s*netto)?", r"e\.?\s*-?\s*preis",
        r"ep", r"preis(?:\s*(?:je|pro)\s*(?:einheit|stuck|me))?", r"preis\s*/\s*einheit",
        r"stuckpreis", r"nettopreis", r"netto\s*-?\s*preis", r"prix\s*unitaire(?:\s*ht)?",
        r"p\.?\s*u\.?(?:\s*ht)?", r"prix(?:\s*u(?:nit)?\.?)?(?:\s*ht)?", r"tarif",
        r"precio(?:\s*unit(?:ario|\.)?)?", r"pvp", r"prezzo(?:\s*(?:unitario|unit\.?|un\.?))?",
        r"prijs(?:\s*per\s*(?:stuk|eenheid))?", r"stukprijs", r"eenheidsprijs", r"tarief",
        r"(?:hourly|daily|day)\s*rate", r"rate\s*(?:per|/)\s*(?:hour|hr|h|day)", r"stundensatz",
        r"tagessatz", r"verrechnungssatz", r"taux\s*(?:horaire|journalier)",
        r"tarif\s*(?:horaire|journalier)", r"prix\s*(?:horaire|net)", r"tarifa(?:\s*/\s*hora)?",
        r"precio\s*(?:/\s*hora|neto)", r"tariffa(?:\s*oraria)?", r"prezzo\s*netto",
        r"uurtarief", r"dagtarief", r"nettoprijs", r"net\s*(?:unit\s*)?price", r"einzelpr\.?",
        r"netto\s*-?\s*(?:prijs|preis|stuckpreis|einzelpreis)", r"prix\s*unitaire\s*net",
        # prices per unit, day or word under other names
        r"cost\s*(?:per|/)\s*(?:unit|item|piece)", r"costo\s*unitario", r"coste\s*unitario",
        r"cout\s*unitaire", r"einheitspreis", r"stuksprijs", r"prijs\s*per\s*eenheid",
        r"(?:prix|precio|prezzo|prijs|preis)\s*(?:par|por|per|pro|/)\s*(?:unite|unidad|ud\.?"
        r"|unita|eenheid|einheit|stuk|jour|dia|giorno|dag|tag|mot|palabra|parola|woord|wort)",
        r"tagesmiete", r"dagprijs", r"dagtarief", r"wortpreis", r"(?:rate|price)\s*per\s*word",
        r"tarifa\s*diaria", r"tariffa\s*giornaliera",
        r"per\s*(?:stuk|piece|item|stuck|unit)", r"(?:pro|je)\s*(?:stuck|stk\.?|einheit)",
        r"(?:a\s*)?l'unite", r"(?:a\s*)?la\s*piece", r"por\s*unidad", r"c/u", r"cad(?:auno|\.)",
        r"p\.?\s*unit\.?", r"per\s*pezzo", r"al\s*pezzo", r"je", r"cada\s*un[oa]",
        r"la\s*pieza", r"por\s*pieza", r"each\s*unit", r"per\s*item",
        r"satz\s*(?:je|pro)(?:\s*(?:einheit|stuck|stk\.?))?",
        r"tarifa\s*(?:por\s*|/\s*)?(?:unidad|ud\.?)", r"tarifa\s*unitaria",
        r"tarif\s*(?:unitaire|a\s*l'unite)", r"tariffa\s*(?:unitaria|per\s*unita)",
        # retail and cover prices
        r"ladenpreis", r"verkaufspreis", r"retail\s*price", r"cover\s*price", r"sale\s*price",
        r"prix\s*(?:public|de\s*vente)", r"precio\s*(?:de\s*)?venta", r"winkelprijs",
        r"prezzo\s*(?:di\s*)?(?:copertina|vendita)", r"verkoopprijs",
        # a price or fee per anything ("Fee per delegate", "Gebühr je TN", "Quota a persona")
        r"(?:fee|gebuhr|honorar|prix|precio|prezzo|prijs|preis|price|quota|cuota|tarif[a]?|"
        r"cost[eo]?|cout|kosten)(?:\s*/|\s+(?:per|je|pro|par|por|a))(?:\s*[a-z]+\.?)?",
    ),
    "list_price": (
        r"list\s*price", r"listenpreis", r"listpreis", r"brutto\s*-?\s*preis", r"bruttopreis",
        r"prix\s*(?:catalogue|brut|de\s*base|tarif)", r"precio\s*(?:de\s*)?(?:lista|tarifa|bruto)",
        r"prezzo\s*(?:di\s*)?listino", r"listino", r"prezzo\s*lordo", r"lijstprijs",
        r"catalogusprijs", r"bruto\s*prijs", r"brutoprijs", r"gross\s*price", r"rrp", r"msrp",
    ),
    "discount": (
        r"discount(?:\s*%)?", r"disc\.?(?:\s*%)?", r"rabatt(?:\s*%)?", r"rab\.?", r"nachlass",
        r"remise(?:\s*%)?", r"descuento(?:\s*%)?", r"dto\.?(?:\s*%)?", r"dcto\.?",
        r"sconto(?:\s*%)?", r"korting(?:\s*%)?",
        r"%\s*(?:disc|rabatt|remise|dto|sconto|korting)\.?",
    ),
    "net_amount": (
        r"amount", r"line\s*(?:total|amount|value)", r"total", r"net(?:\s*(?:amount|value))?",
        r"betrag", r"gesamt(?:preis|betrag|wert|kosten)?", r"summe", r"netto", r"montant(?:\s*ht)?",
        r"total\s*(?:ht|net|line)", r"importe", r"importo", r"totale(?:\s*riga)?", r"bedrag",
        r"totaal", r"subtotal", r"entgelt", r"positions\s*-?\s*(?:betrag|wert|summe)",
        r"gesamt\s*-?\s*(?:netto|betrag|summe|preis)", r"netto\s*-?\s*betrag",
        r"ext(?:ended|\.)?\s*(?:price|amount)", r"montant\s*total", r"prix\s*total(?:\s*ht)?",
        r"importe\s*(?:neto|total)", r"precio\s*total", r"importo\s*(?:netto|totale)",
        r"prezzo\s*totale", r"totaalbedrag", r"regeltotaal", r"nettobedrag",
        r"bedrag\s*excl\.?(?:\s*btw)?", r"value", r"wert", r"nettowert", r"valeur", r"valor",
        r"valore", r"waarde", r"charges?", r"fee", r"cost", r"total\s*cost", r"line\s*net",
        r"total\s*(?:linea|ligne|riga|regel)", r"importe\s*linea", r"valeur\s*ht",
        r"montant\s*net", r"kosten", r"zeilen\s*-?\s*(?:summe|betrag|wert)", r"regelbedrag",
        r"summe\s*netto", r"totaal\s*excl\.?(?:\s*btw)?", r"gp", r"g(?:es)?\.?\s*-?\s*preis",
        r"gesamtpr\.?", r"imponibile", r"base\s*imponible", r"p\.?\s*t\.?\s*ht",
        r"posten\s*-?\s*(?:summe|betrag|wert|preis)",
        # the line's sum ("Sum", "Somme", "Suma", "Somma", "Som")
        r"sum", r"somme", r"suma", r"somma", r"som",
    ),
    "tax_rate": (
        r"(?:vat|tax|gst|ust|mwst|tva|iva|btw)\.?\s*(?:%|rate|satz|taux)?", r"steuer(?:satz)?",
        r"(?:tax|vat)\s*rate", r"taux(?:\s*(?:de\s*)?tva)?", r"aliq(?:uota|\.)?(?:\s*iva)?",
        r"tarief\s*btw", r"tipo(?:\s*(?:de\s*)?iva)?", r"%\s*(?:vat|tax|ust|mwst|tva|iva|btw)",
        r"%",
    ),
    "unit": (
        r"unit", r"uom", r"einheit", r"me", r"unite", r"unidad", r"unita", r"eenheid",
        r"u\.?\s*m\.?", r"ud\.?", r"eenh\.?", r"einh\.?", r"unid\.?\s*med(?:ida)?\.?",
        r"unite\s*de\s*mesure", r"unit\s*of\s*measure", r"mengeneinheit",
    ),
}  # fmt: skip
