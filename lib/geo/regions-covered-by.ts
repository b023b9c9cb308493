import type { Region } from '@/lib/data/schema';

/**
 * The regions a place covers: for an office, the regions whose `coveredBy` is it (the
 * Beijing Office covers all ten); for a liaison unit, the regions whose `liaisonUnit`
 * is it. Order as in `regions`; empty for a place that covers nothing (e.g. the former
 * office).
 * @param placeId e.g. `'beijing-office'`, `'liaoning-liaison-unit'`
 * @param regions data/regions.json `regions`
 */
export function regionsCoveredBy(placeId: string, regions: readonly Region[]): Region[] {
  if (typeof placeId !== 'string' || placeId === '') {
    throw new Error(`regionsCoveredBy: placeId must be a non-empty string, got ${String(placeId)}`);
  }
  if (!Array.isArray(regions)) throw new Error('regionsCoveredBy: regions must be an array');
  return regions.filter((r) => r.coveredBy === placeId || r.liaisonUnit === placeId);
}
