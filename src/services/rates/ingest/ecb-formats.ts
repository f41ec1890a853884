import { isIsoDate } from "../../../lib/dates";
import { childElements, readXml, XmlError, type XmlElement } from "../../../lib/xml";
import { fixingInstant } from "../calendar/target";
import { SourceError, type RateObservation } from "./types";

/**
 * The two formats the ECB publishes its euro reference rates in (1 EUR = rate currency):
 *
 *  - eurofxref XML (daily, 90-day and full-history files): a gesmes Envelope whose `<Cube>` holds one
 *    `<Cube time="YYYY-MM-DD">` per business day, each with one `<Cube currency="USD" rate="1.0565"/>`
 *    per currency;
 *  - eurofxref CSV (inside eurofxref-hist.zip): a `Date,USD,JPY,…` header and one line per business
 *    day, `N/A` where a currency had no rate that day (not yet or no longer published).
 *
 * TARGET holidays and weekends have no day at all. Rates stay the exact text published.
 */
export interface EcbDay {
  date: string;
  /** Currency → rate text exactly as published. */
  rates: Record<string, string>;
}

const CURRENCY = /^[A-Z]{3}$/;

function addDay(days: EcbDay[], seen: Set<string>, date: string, rates: Record<string, string>): void {
  if (!isIsoDate(date)) throw new SourceError(`invalid fixing date '${date.slice(0, 20)}'`);
  if (seen.has(date)) throw new SourceError(`fixing date ${date} appears twice`);
  seen.add(date);
  days.push({ date, rates });
}

function finish(days: EcbDay[]): EcbDay[] {
  if (days.length === 0) throw new SourceError("no dated <Cube time> elements");
  if (days.every((d) => Object.keys(d.rates).length === 0)) throw new SourceError("no rates in the document");
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Parse an eurofxref XML document (daily, 90-day or full history). Throws SourceError on anything else. */
export function parseEcbXml(xml: string): EcbDay[] {
  let envelope: XmlElement;
  try {
    envelope = readXml(xml);
  } catch (error) {
    throw new SourceError(`not an ECB eurofxref document (${error instanceof XmlError ? error.message : "not XML"})`);
  }
  if (envelope.name !== "Envelope" || !xml.includes("eurofxref")) throw new SourceError("not an ECB eurofxref document");
  const days: EcbDay[] = [];
  const seen = new Set<string>();
  for (const outer of childElements(envelope, "Cube")) {
    for (const dated of childElements(outer, "Cube")) {
      const time = dated.attributes.time;
      if (time === undefined) throw new SourceError(dated.attributes.currency !== undefined ? "rate outside a dated Cube" : "a day's Cube has no time");
      const rates: Record<string, string> = {};
      for (const cube of childElements(dated, "Cube")) {
        const currency = cube.attributes.currency ?? "";
        if (!CURRENCY.test(currency)) throw new SourceError(`invalid currency code '${currency.slice(0, 10)}'`);
        rates[currency] = (cube.attributes.rate ?? "").trim();
      }
      addDay(days, seen, time, rates);
    }
  }
  return finish(days);
}

/** Parse the eurofxref CSV (eurofxref-hist.csv). Throws SourceError on anything else. */
export function parseEcbCsv(csv: string): EcbDay[] {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split(",").map((c) => c.trim());
  if (header[0] !== "Date") throw new SourceError("not an ECB eurofxref CSV (no Date column)");
  // Every line ends with a comma, so the last column is empty.
  const currencies = header.slice(1).filter((c, i, all) => c !== "" || i < all.length - 1);
  for (const c of currencies) if (!CURRENCY.test(c)) throw new SourceError(`invalid currency code '${c.slice(0, 10)}'`);
  const days: EcbDay[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    const cells = line.split(",").map((c) => c.trim());
    if (cells.length < currencies.length + 1) throw new SourceError(`a line has ${cells.length} fields, the header ${currencies.length + 1}`);
    const rates: Record<string, string> = {};
    currencies.forEach((currency, i) => {
      const value = cells[i + 1]!;
      if (value !== "" && value !== "N/A") rates[currency] = value;
    });
    addDay(days, seen, cells[0]!, rates);
  }
  return finish(days);
}

export function ecbObservations(days: EcbDay[]): RateObservation[] {
  return days.flatMap((d) => {
    // The ECB sets the rates at 14:15 Frankfurt time on the fixing day: that instant is each rate's asOf.
    const asOf = fixingInstant(d.date);
    return Object.entries(d.rates).map(([quote, rate]) => ({ base: "EUR", quote, rate, date: d.date, asOf }));
  });
}
