/**
 * What the finder says of a city outside the Beijing Office's ten provinces: which of the Hong
 * Kong Government's Mainland offices serves its province, on each day the data knows of, that
 * office's liaison units, and the great-circle distance to each. The options are built on the
 * server in the page's language; the browser picks the one for the timeline's date (pickOption),
 * so the page needs no data beyond the city's own.
 */
import type { SourceRef } from '@/lib/atlas/describe-place';
import { distanceKm } from '@/lib/geo/distance-km';
import type { Locale } from '@/lib/i18n/locales';
import type { Network, NetworkMember, Source } from './network';
import type { MemberRef, OfficeOption } from './pick';

export type { MemberRef, OfficeOption };

export type Convert = (zh: string) => string;

/** A source of data/mainland-offices.json as the panels' source lists show it. */
export function networkSourceRef(s: Source, locale: Locale, convert: Convert): SourceRef {
  const zhTitle = s.titleLang === 'zh-Hant' || s.titleLang === 'zh-Hans';
  return {
    id: s.id,
    url: s.url,
    title: s.title
      ? zhTitle && locale === 'zh-Hans'
        ? { text: convert(s.title), lang: 'zh-Hans' }
        : { text: s.title, lang: s.titleLang ?? 'und' }
      : null,
    about: locale === 'en' ? s.about.en : convert(s.about.zh),
    supports: s.supports,
  };
}

type Here = { id: string; position: [number, number] };

function ref(m: NetworkMember, here: Here, locale: Locale, convert: Convert): MemberRef {
  const zh = m.address?.zh ?? null;
  const en = m.address?.en ?? null;
  const address =
    locale === 'en'
      ? en
        ? { text: en, lang: 'en' as const }
        : zh
          ? { text: convert(zh), lang: 'zh' as const }
          : null
      : zh
        ? { text: convert(zh), lang: 'zh' as const }
        : en
          ? { text: en, lang: 'en' as const }
          : null;
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
        sources: p.sources.map((s) => networkSourceRef(s, locale, convert)),
      };
    });
}
