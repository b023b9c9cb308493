import { localeParams } from '@/lib/i18n/locales';
import { PREVIEW_SIZE } from '@/lib/preview/preview-layout';
import { renderPreviewPng } from '@/lib/preview/render-preview-png';

export const alt =
  'Map of the ten provinces covered by the Hong Kong SAR Government’s Beijing Office, with its offices marked';
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
// Rendered at build time, also for `npm run build:static` (output: 'export').
export const dynamic = 'force-static';
export const dynamicParams = false;

/** The same image for each language: its text is in Chinese and English already. */
export function generateStaticParams() {
  return localeParams();
}

/** The home page's link preview, rendered once at build time. */
export default function Image() {
  return renderPreviewPng(null);
}
