/** Links to the data behind the map, as GeoJSON. */
export default function DataDownloads() {
  return (
    <p className="downloads">
      Data: <a href="/data/places.geojson">Offices (GeoJSON)</a> ·{' '}
      <a href="/data/regions.geojson">Provinces (GeoJSON)</a>
    </p>
  );
}
