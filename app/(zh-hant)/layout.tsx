// The default language's pages (no path prefix) share the `[locale]` layout, with no locale.
export { default, generateMetadata, viewport } from '../[locale]/layout';
