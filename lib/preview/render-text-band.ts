import { escapeMarkup } from '@/lib/text/escape';
import type { PreviewText } from './describe-preview';
import { FONT_FAMILY, PALETTE, TEXT_BAND } from './preview-layout';
import { fitText } from './wrap-text';

const MARGIN = 48;

type Block = { lines: string[]; size: number; gapBefore: number; attrs: string };

/**
 * The text band of a link preview as SVG elements: the kicker, the Chinese name large, the
 * English name, a line of context and "BJO Atlas" at the foot. Text is XML-escaped here.
 */
export function renderTextBand(text: PreviewText): string {
  const width = TEXT_BAND.width - 2 * MARGIN;
  const title = fitText(text.title, width, [64, 56, 48, 40], 2);
  const subtitle = fitText(text.subtitle, width, [30, 26, 22], 3);
  const context = fitText(text.context, width, [20, 18], 2);
  const blocks: Block[] = [
    {
      lines: [text.kicker],
      size: 22,
      gapBefore: 0,
      attrs: `font-weight="700" fill="${PALETTE.accent}"`,
    },
    {
      ...title,
      gapBefore: 22,
      attrs: `font-weight="700" fill="${PALETTE.ink}" xml:lang="zh-Hant"`,
    },
    { ...subtitle, gapBefore: 18, attrs: `fill="${PALETTE.ink}" xml:lang="en"` },
    { ...context, gapBefore: 22, attrs: `fill="${PALETTE.inkMuted}"` },
  ];
  let baseline = 84;
  const texts = blocks.map(({ lines, size, gapBefore, attrs }) => {
    baseline += gapBefore;
    return lines
      .map((line, i) => {
        baseline += i === 0 ? size : Math.round(size * 1.22);
        return `<text x="${MARGIN}" y="${baseline}" font-size="${size}" ${attrs}>${escapeMarkup(line)}</text>`;
      })
      .join('');
  });
  const foot = TEXT_BAND.height - MARGIN;
  return [
    `<g font-family="${FONT_FAMILY}">`,
    `<rect x="${TEXT_BAND.x}" y="${TEXT_BAND.y}" width="${TEXT_BAND.width}" height="${TEXT_BAND.height}" fill="${PALETTE.band}"/>`,
    `<rect x="${TEXT_BAND.width - 2}" y="0" width="2" height="${TEXT_BAND.height}" fill="${PALETTE.bandLine}"/>`,
    `<rect x="${MARGIN}" y="${MARGIN}" width="56" height="6" fill="${PALETTE.accent}"/>`,
    ...texts,
    `<circle cx="${MARGIN + 8}" cy="${foot - 8}" r="8" fill="${PALETTE.accent}"/>`,
    `<text x="${MARGIN + 26}" y="${foot}" font-size="24" font-weight="700" fill="${PALETTE.ink}">BJO Atlas</text>`,
    '</g>',
  ].join('');
}
