import type { TextCleaner } from './clean-text';
import { toPlainText } from './rich-text';
import { toWikiUrl } from './to-wiki-url';
import type { ArticleImage, InfoboxField } from './types';
import type { WtfImage } from './wtf-shapes';

const NAMESPACE = /^\s*(?:file|image|media|文件|檔案|档案|圖像|图像|媒體|媒体)\s*:\s*/i;
const IMAGE_FILE = /\.(?:svg|png|jpe?g|gif|webp|tiff?)$/i;

function toImage(file: string, caption: string, origin: ArticleImage['origin']): ArticleImage {
  return {
    file,
    caption,
    origin,
    href: toWikiUrl(`File:${file}`),
    src: toWikiUrl(`Special:FilePath/${file}`),
  };
}

/** Infobox fields whose value is a bare image file name; the caption is `<key>名稱`. */
function infoboxImages(fields: InfoboxField[]): ArticleImage[] {
  return fields.flatMap((field) => {
    const file = toPlainText(field.value).replace(NAMESPACE, '').trim();
    if (!IMAGE_FILE.test(file) || field.value.some((run) => run.kind === 'link')) return [];
    const captionField = fields.find((other) => other.key === `${field.key}名稱`);
    return [toImage(file, captionField ? toPlainText(captionField.value).trim() : '', 'infobox')];
  });
}

/**
 * The images the article shows: the infobox's (e.g. its logo) first, then those in the text
 * (`[[File:…|thumb]]`). `file` is the name as written, without the `File:` prefix.
 */
export function readImages(
  images: WtfImage[],
  infobox: InfoboxField[],
  clean: TextCleaner,
): ArticleImage[] {
  const found = infoboxImages(infobox);
  for (const image of images) {
    const file = clean(image.file()).replace(NAMESPACE, '').trim();
    if (file === '' || found.some((other) => other.file === file)) continue;
    found.push(toImage(file, clean(image.caption()).trim(), 'body'));
  }
  return found;
}
