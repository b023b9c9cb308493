import { booleanPointInPolygon } from '@turf/turf';
import type * as z from 'zod';
import { findRegionOf } from '@/lib/geo/find-region-of';
import { regionFeatures } from '@/lib/geo/region-features';
import type { GeoTopology } from '@/lib/geo/types';
import {
  placesFileSchema,
  regionsFileSchema,
  topologySchema,
  type Place,
  type RegionsFile,
} from './schema';

export const PLACES_FILE = 'data/places.json';
export const REGIONS_FILE = 'data/regions.json';
export const TOPOLOGY_FILE = 'data/geo.topo.json';

export type Geodata = {
  places: Place[];
  regions: RegionsFile['regions'];
  /** China's land area in the source, km² (what it includes: regions.json chinaAreaNote) */
  chinaAreaKm2: number;
  topology: GeoTopology;
};

export type GeodataValidation =
  { ok: true; errors: []; data: Geodata } | { ok: false; errors: string[] };

/**
 * Checks the three data files, each against its schema and then against each other:
 * every place lies inside its region's polygon, every region has a shape and its label
 * point lies inside it, coverage refers to places of the right role. Pure; reports
 * everything it finds, nothing is dropped.
 * @returns `{ ok: true, data }` or `{ ok: false, errors }`, each error a line
 *   `file: field.path: message`, e.g.
 *   `data/places.json: places[2].position: latitude 123.4 is out of range (-90..90) — are lng/lat swapped?`
 */
export function validateGeodata(
  rawPlaces: unknown,
  rawRegions: unknown,
  rawTopology: unknown,
): GeodataValidation {
  const places = placesFileSchema.safeParse(rawPlaces);
  const regions = regionsFileSchema.safeParse(rawRegions);
  const topology = topologySchema.safeParse(rawTopology);
  const errors = [
    ...issuesOf(PLACES_FILE, places.error),
    ...issuesOf(REGIONS_FILE, regions.error),
    ...issuesOf(TOPOLOGY_FILE, topology.error),
  ];
  if (!places.success || !regions.success || !topology.success) return { ok: false, errors };

  // The schema checked the shape; the cast adds the TopoJSON types it cannot express.
  const topo = rawTopology as GeoTopology;
  const shapes = regionFeatures(topo);
  const shapeOf = new Map(shapes.features.map((f) => [f.properties.id, f]));
  const placeById = new Map(places.data.places.map((p) => [p.id, p]));

  for (const f of shapes.features) {
    if (!regions.data.regions.some((r) => r.id === f.properties.id)) {
      errors.push(
        `${TOPOLOGY_FILE}: objects.regions: "${f.properties.id}" is not in ${REGIONS_FILE}`,
      );
    }
  }

  regions.data.regions.forEach((region, i) => {
    const at = `${REGIONS_FILE}: regions[${i}]`;
    const shape = shapeOf.get(region.id);
    if (!shape) {
      errors.push(
        `${at}.id: region "${region.id}" has no shape in ${TOPOLOGY_FILE} objects.regions`,
      );
    } else if (!booleanPointInPolygon(region.labelPoint, shape)) {
      errors.push(
        `${at}.labelPoint: [${region.labelPoint.join(', ')}] is not inside region "${region.id}"`,
      );
    }
    const office = placeById.get(region.coveredBy);
    if (office && office.role !== 'office') {
      errors.push(`${at}.coveredBy: "${region.coveredBy}" is a ${office.role}, not an office`);
    }
    if (region.liaisonUnit !== null) {
      const unit = placeById.get(region.liaisonUnit);
      if (unit && unit.role !== 'liaison-unit') {
        errors.push(
          `${at}.liaisonUnit: "${region.liaisonUnit}" is a ${unit.role}, not a liaison unit`,
        );
      } else if (unit && unit.regionId !== region.id) {
        errors.push(
          `${at}.liaisonUnit: "${unit.id}" is in region "${unit.regionId}", not "${region.id}"`,
        );
      }
    }
  });

  places.data.places.forEach((place, i) => {
    const shape = shapeOf.get(place.regionId);
    if (!shape || booleanPointInPolygon(place.position, shape)) return;
    const actual = findRegionOf(place.position, shapes);
    errors.push(
      `${PLACES_FILE}: places[${i}].position: [${place.position.join(', ')}] is not inside its region "${place.regionId}" (${TOPOLOGY_FILE})` +
        (actual ? ` — it is in "${actual}"` : ' — it is in none of the ten regions'),
    );
  });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    errors: [],
    data: {
      places: places.data.places,
      regions: regions.data.regions,
      chinaAreaKm2: regions.data.chinaAreaKm2,
      topology: topo,
    },
  };
}

/** Zod issues → `file: a.b[2].c: message` lines. */
function issuesOf(file: string, error: z.ZodError | undefined): string[] {
  return (error?.issues ?? []).map(
    (issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`,
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}
