import type { Locale } from '@/lib/i18n/locales';

const integers = new Map<Locale, Intl.NumberFormat>();
const kilometres = new Map<Locale, Intl.NumberFormat>();

function cached(map: Map<Locale, Intl.NumberFormat>, locale: Locale, options: object) {
  let f = map.get(locale);
  if (!f) map.set(locale, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** 4232360 → "4,232,360 km²" (Intl has no unit for square kilometres) */
export function formatKm2(km2: number, locale: Locale): string {
  return `${cached(integers, locale, { maximumFractionDigits: 0 }).format(km2)} km²`;
}

/** 112.34 → "112 km" in English, "112 公里" in Chinese */
export function formatKm(km: number, locale: Locale): string {
  return cached(kilometres, locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: 0,
  }).format(km);
}
