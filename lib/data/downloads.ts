/**
 * The data downloads: where each is served (`app/data/<file>/route.ts`), the name it is saved
 * under and its media type. No data in here, so the links (components/DataDownloads) do not
 * pull the builders in. The fields are documented in data/README.md.
 */
export type Download = {
  /** the URL path, which is also the route folder under app/ */
  path: `/data/${string}`;
  /** the name a browser saves it under */
  filename: string;
  contentType: string;
};

export const DOWNLOADS = {
  placesGeoJson: {
    path: '/data/places.geojson',
    filename: 'bjo-atlas-places.geojson',
    contentType: 'application/geo+json; charset=utf-8',
  },
  placesKml: {
    path: '/data/places.kml',
    filename: 'bjo-atlas-places.kml',
    contentType: 'application/vnd.google-earth.kml+xml; charset=utf-8',
  },
  placesCsv: {
    path: '/data/places.csv',
    filename: 'bjo-atlas-places.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
  },
  placesDetailsGeoJson: {
    path: '/data/places-details.geojson',
    filename: 'bjo-atlas-places-details.geojson',
    contentType: 'application/geo+json; charset=utf-8',
  },
  regionsGeoJson: {
    path: '/data/regions.geojson',
    filename: 'bjo-atlas-regions.geojson',
    contentType: 'application/geo+json; charset=utf-8',
  },
  regionsKml: {
    path: '/data/regions.kml',
    filename: 'bjo-atlas-regions.kml',
    contentType: 'application/vnd.google-earth.kml+xml; charset=utf-8',
  },
} as const satisfies Record<string, Download>;

/**
 * A download's response: its media type, and `Content-Disposition: attachment` so that a
 * browser saves it under its name instead of showing it as text. (The static export serves
 * the file by its extension; these headers are for `next start`.)
 */
export function downloadResponse(download: Download, body: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': download.contentType,
      'Content-Disposition': `attachment; filename="${download.filename}"`,
    },
  });
}
