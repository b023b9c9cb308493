import type { Geodata } from '@/lib/data/validate-geodata';
import type { Place, Region } from '@/lib/data/schema';
import type { Selection } from '@/lib/url/selection';

/** The words of a link preview, in the order they are set. */
export type PreviewText = {
  /** what the selection is, e.g. `Liaison unit`, `Province` */
  kicker: string;
  /** its name in Traditional Chinese, set large */
  title: string;
  /** its name in English */
  subtitle: string;
  /** one line of context: the region a place stands in, the office covering a region */
  context: string;
};

const ROLE_LABELS: Record<Place['role'], string> = {
  office: 'Office',
  'former-office': 'Former office',
  'liaison-unit': 'Liaison unit',
};

const KIND_LABELS: Record<Region['kind'], string> = {
  municipality: 'Municipality',
  province: 'Province',
  'autonomous-region': 'Autonomous region',
};

/** The office the home page is about: the one place with role `office`. */
function findOffice(places: readonly Place[]): Place {
  const office = places.find((p) => p.role === 'office');
  if (!office) throw new Error('findOffice: no place has role "office"');
  return office;
}

/**
 * What a link preview says: for no selection the office and its jurisdiction, for a place
 * its short names, role and region, for a region its full names, kind and office. Plain
 * text, not escaped.
 * @throws Error naming the unknown id and the known ones
 */
export function describePreview(selection: Selection | null, geodata: Geodata): PreviewText {
  const { places, regions } = geodata;
  const nameOf = (id: string) => places.find((p) => p.id === id)?.shortNames.en ?? id;
  if (!selection) {
    const office = findOffice(places);
    return {
      kicker: 'Hong Kong SAR Government',
      title: office.names['zh-Hant'],
      subtitle: `${office.shortNames.en} and the ${regions.length} provinces it covers`,
      context: regions.map((r) => r.names['zh-Hant']).join(' · '),
    };
  }
  if (selection.kind === 'place') {
    const place = places.find((p) => p.id === selection.id);
    if (!place) {
      throw new Error(
        `describePreview: unknown place id ${JSON.stringify(selection.id)} (known: ${places.map((p) => p.id).join(', ')})`,
      );
    }
    const region = regions.find((r) => r.id === place.regionId);
    return {
      kicker: ROLE_LABELS[place.role],
      title: place.shortNames['zh-Hant'],
      subtitle: place.shortNames.en,
      context: region ? `${region.fullNames['zh-Hant']} · ${region.fullNames.en}` : '',
    };
  }
  if (selection.kind !== 'region') {
    throw new Error(
      `describePreview: selection.kind must be "place" or "region", got ${JSON.stringify(selection.kind)}`,
    );
  }
  const region = regions.find((r) => r.id === selection.id);
  if (!region) {
    throw new Error(
      `describePreview: unknown region id ${JSON.stringify(selection.id)} (known: ${regions.map((r) => r.id).join(', ')})`,
    );
  }
  const unit = region.liaisonUnit ? ` · ${nameOf(region.liaisonUnit)}` : '';
  return {
    kicker: KIND_LABELS[region.kind],
    title: region.fullNames['zh-Hant'],
    subtitle: region.fullNames.en,
    context: `Covered by the ${nameOf(region.coveredBy)}${unit}`,
  };
}
