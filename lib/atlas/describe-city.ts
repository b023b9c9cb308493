import type { Place, Region } from '@/lib/data/schema';
import { distanceKm } from '@/lib/geo/distance-km';
import type { Locale } from '@/lib/i18n/locales';
import type { City, Province } from './cities';

export type PlaceRef = { id: string; name: string };
export type CityDescription = {
  city: City;
  /** The province it lies in (by polygon), or null if none of ours holds it. */
  province: Province | null;
  /** In one of the ten provinces the office covers. */
  covered: boolean;
  /** The office (the address in use today) and the great-circle distance to it. */
  office: PlaceRef & { km: number };
  /** The nearest of the liaison units, and the distance to it. */
  nearestLiaisonUnit: (PlaceRef & { km: number }) | null;
  /** The liaison unit that serves its province, where one does. */
  provinceLiaisonUnit: PlaceRef | null;
};

/**
 * What the finder answers about a city: its province, whether this office covers it, and how
 * far it is from the office and from the nearest liaison unit (great circle, Turf). Pure.
 * Throws on an unknown city id or data without a current office.
 */
export function describeCity(
  id: string,
  cities: readonly City[],
  provinces: readonly Province[],
  places: readonly Place[],
  regions: readonly Region[],
  locale: Locale,
): CityDescription {
  const city = cities.find((c) => c.id === id);
  if (!city) throw new Error(`describeCity: unknown city "${id}"`);
  const province = provinces.find((p) => p.id === city.regionId) ?? null;
  const office = places.find((p) => p.role === 'office' && !p.dates.to);
  if (!office) throw new Error('describeCity: no office in use today');
  const ref = (p: Place) => ({ id: p.id, name: p.shortNames[locale] });
  const units = places
    .filter((p) => p.role === 'liaison-unit' && !p.dates.to)
    .map((p) => ({ ...ref(p), km: distanceKm(city.position, p.position) }))
    .sort((a, b) => a.km - b.km);
  const region = regions.find((r) => r.id === city.regionId);
  const unitId = region?.liaisonUnit ?? null;
  const unit = unitId ? places.find((p) => p.id === unitId) : undefined;
  return {
    city,
    province,
    covered: !!province?.covered,
    office: { ...ref(office), km: distanceKm(city.position, office.position) },
    nearestLiaisonUnit: units[0] ?? null,
    provinceLiaisonUnit: unit ? ref(unit) : null,
  };
}
