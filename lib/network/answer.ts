/**
 * What the finder says of a city outside the Beijing Office's ten provinces: which of the Hong
 * Kong Government's Mainland offices serves its province, on each day the data knows of, that
 * office's liaison units, and the great-circle distance to each. The options are built on the
 * server in the page's language; the browser picks the one for the timeline's date (pickOption),
 * so the page needs no data beyond the city's own.
 */
import { toSourceRef } from '@/lib/atlas/describe-place';
import { distanceKm } from '@/lib/geo/distance-km';
import type { Locale } from '@/lib/i18n/locales';
import type { Network, NetworkMember } from './network';
import type { MemberRef, OfficeOption } from './pick';

export type { MemberRef, OfficeOption };

export type Convert = (zh: string) => string;

type Here = { id: string; position: [number, number] };

function ref(m: NetworkMember, here: Here, locale: Locale, convert: Convert): MemberRef {
  const zh = m.address?.zh ?? null;
  const en = m.address?.en ?? null;
  // The page's language first, else the other one.
  const inEnglish = en === null ? null : { text: en, lang: 'en' as const };
  const inChinese = zh === null ? null : { text: convert(zh), lang: 'zh' as const };
  const address = locale === 'en' ? (inEnglish ?? inChinese) : (inChinese ?? inEnglish);
  return {
    id: m.id,
    href: { kind: m.page, id: m.id },
    name: m.shortNames[locale],
    address,
    km: distanceKm(here.position, m.position),
    sameCity: m.cityId === here.id,
    from: m.from,
  };
}

/** Every office that has served `regionId`, with its period, units and distances from the city `here`. */
export function officeOptions(
  network: Network,
  regionId: string,
  here: Here,
  locale: Locale,
  convert: Convert = (s) => s,
): OfficeOption[] {
  return network.periods
    .filter((p) => p.regionId === regionId)
    .map((p) => {
      const office = network.offices.find((o) => o.id === p.officeId);
      if (!office) throw new Error(`officeOptions: unknown office ${p.officeId}`);
      return {
        from: p.from?.date ?? null,
        until: p.until?.date ?? null,
        note: p.note ? (locale === 'en' ? p.note.en : convert(p.note.zh)) : null,
        office: ref(office, here, locale, convert),
        units: network.units
          .filter((u) => u.officeId === office.id)
          .map((u) => ref(u, here, locale, convert))
          .sort((a, b) => a.km - b.km),
        sources: p.sources.map((s) => toSourceRef(s, locale, convert)),
      };
    });
}
