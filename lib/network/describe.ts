/**
 * What the short panel of one of the other Mainland offices or liaison units says: names,
 * address, dates with their sources, position and how it was found, the provinces it serves (an
 * office, with dates) or works with (a unit), its office or units, and every source. Pure; text
 * in the page's language (`convert` turns Traditional into Simplified on those pages).
 */
import { toSourceRef, type DatedFact, type SourceRef } from '@/lib/atlas/describe-place';
import type { Names } from '@/lib/data/schema';
import { distanceKm } from '@/lib/geo/distance-km';
import type { Locale } from '@/lib/i18n/locales';
import { BEIJING_OFFICE, type Address, type Network, type NetworkMember } from './network';
import type { Convert } from './answer';

export type NamedRef = { id: string; name: string };

export type NetworkPlaceDescription = {
  member: NetworkMember;
  address: Address;
  region: NamedRef;
  /** a unit's office */
  office: NamedRef | null;
  /** an office's liaison units */
  units: NamedRef[];
  /** a unit's province (null: it serves a city only) */
  worksWith: NamedRef | null;
  /** an office's service periods, in the file's order */
  serves: { region: NamedRef; from: string | null; until: string | null; note: string | null }[];
  from: DatedFact | null;
  otherDates: DatedFact[];
  basis: string;
  notes: string | null;
  /** great circle from the Beijing Office */
  fromBeijingKm: number;
  /** the Beijing Office's provinces (they have pages of their own) */
  covered: string[];
  sources: SourceRef[];
};

export function describeNetworkPlace(
  id: string,
  network: Network,
  provinceNames: ReadonlyMap<string, Names>,
  locale: Locale,
  convert: Convert = (s) => s,
): NetworkPlaceDescription {
  const rec = network.records.get(id);
  const member = [...network.offices, ...network.units].find((m) => m.id === id);
  if (!rec || !member) throw new Error(`describeNetworkPlace: unknown id ${JSON.stringify(id)}`);
  const text = (b: { zh: string; en: string }) => (locale === 'en' ? b.en : convert(b.zh));
  const region = (regionId: string): NamedRef => {
    const names = provinceNames.get(regionId);
    if (!names) throw new Error(`describeNetworkPlace: unknown region ${regionId}`);
    return { id: regionId, name: names[locale] };
  };
  const nameOf = (m: NetworkMember): NamedRef => ({ id: m.id, name: m.shortNames[locale] });
  const sources = member.sources.map((s) => toSourceRef(s, locale, convert));
  const dated = (e: NonNullable<typeof rec.dates.from>): DatedFact => ({
    date: e.date,
    what: locale === 'en' ? e.what : convert(e.whatZh),
    note: e.note ? text(e.note) : undefined,
    source: sources.find((s) => s.id === e.source) ?? null,
  });
  const beijing = network.offices.find((o) => o.id === BEIJING_OFFICE)!;
  const office =
    rec.role === 'liaison-unit' ? network.offices.find((o) => o.id === rec.officeId) : undefined;
  return {
    member,
    address: rec.address
      ? { zh: rec.address.zh && convert(rec.address.zh), en: rec.address.en }
      : null,
    region: region(rec.regionId),
    office: office ? nameOf(office) : null,
    units: rec.role === 'office' ? network.units.filter((u) => u.officeId === id).map(nameOf) : [],
    worksWith: rec.role === 'liaison-unit' && rec.servesRegion ? region(rec.servesRegion) : null,
    serves:
      rec.role === 'office'
        ? rec.serves.map((p) => ({
            region: region(p.regionId),
            from: p.from?.date ?? null,
            until: p.until?.date ?? null,
            note: p.note ? text(p.note) : null,
          }))
        : [],
    from: rec.dates.from ? dated(rec.dates.from) : null,
    otherDates: (rec.dates.other ?? []).map(dated),
    basis: text(rec.basis),
    notes: rec.notes ? text(rec.notes) : null,
    fromBeijingKm: distanceKm(beijing.position, member.position),
    covered: network.periods
      .filter((p) => p.officeId === BEIJING_OFFICE && p.until === null)
      .map((p) => p.regionId),
    sources,
  };
}
