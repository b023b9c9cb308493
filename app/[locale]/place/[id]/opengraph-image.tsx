import { loadGeodata } from '@/lib/data/load-geodata';
import { localeParams } from '@/lib/i18n/locales';
import { PREVIEW_SIZE } from '@/lib/preview/preview-layout';
import { renderPreviewPng } from '@/lib/preview/render-preview-png';

type Props = { params: Promise<{ id: string }> };

export const alt =
  'Map of a place of the Hong Kong SAR Government’s Beijing Office, marked on its province, with its name';
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
// Rendered at build time, also for `npm run build:static` (output: 'export').
export const dynamic = 'force-static';
export const dynamicParams = false;

/** The same image for each language: its text is in Chinese and English already. */
export function generateStaticParams() {
  return localeParams().flatMap(({ locale }) =>
    loadGeodata().places.map((x) => ({ locale, id: x.id })),
  );
}

/** A place's link preview, rendered once per place at build time. */
export default async function Image({ params }: Props) {
  const { id } = await params;
  return renderPreviewPng({ kind: 'place', id });
}
