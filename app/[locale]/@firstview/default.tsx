/** Every page but the home page: no server-drawn first view (Leaflet draws the map at once). */
export default function NoFirstView() {
  return null;
}
