import type { TextCleaner } from './clean-text';
import { INFOBOX_TEMPLATES } from './register-templates';
import { trimRichText } from './rich-text';
import { toRichText } from './to-rich-text';
import type { InfoboxField } from './types';
import type { WtfInfobox, WtfSentence } from './wtf-shapes';

/** Readable labels for keys that are not already readable Chinese. */
const LABELS: Record<string, string> = {
  name: '名稱',
  image: '圖像',
  logo: '標誌',
  website: '網站',
  headquarters: '總部',
  formed: '成立年份',
};

function isSentence(value: unknown): value is WtfSentence {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WtfSentence).text === 'function' &&
    typeof (value as WtfSentence).links === 'function' &&
    typeof (value as WtfSentence).wikitext === 'function'
  );
}

/** Our infobox, or wtf_wikipedia's first infobox if ours is not there. */
function pickInfobox(infoboxes: WtfInfobox[]): WtfInfobox | undefined {
  const ours = infoboxes.find((infobox) => INFOBOX_TEMPLATES.includes(infobox.type().trim()));
  return ours ?? infoboxes[0];
}

/**
 * The fields of the article's infobox (`{{香港政府部門基礎資訊}}`) in the order written, each
 * as rich text. The label is the key itself when the key is Chinese (e.g. 中文部門名稱).
 * Fields left empty in the wikitext are not reported (wtf_wikipedia drops them).
 */
export function readInfobox(infoboxes: WtfInfobox[], clean: TextCleaner): InfoboxField[] {
  const infobox = pickInfobox(infoboxes);
  const data: Record<string, unknown> = infobox?.data ?? {};
  const fields: InfoboxField[] = [];
  for (const [rawKey, value] of Object.entries(data)) {
    const key = clean(rawKey).trim();
    if (key === '' || !isSentence(value)) continue;
    fields.push({ key, label: LABELS[key] ?? key, value: trimRichText(toRichText(value, clean)) });
  }
  return fields;
}
