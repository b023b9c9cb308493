/**
 * Folds a name or a query for matching: Unicode compatibility forms (full-width letters),
 * accents dropped (`Ürümqi` → `urumqi`), lower case, and everything that is not a letter or
 * digit removed (`Xi'an` → `xian`, `Hong Kong` → `hongkong`). Chinese characters are kept as
 * they are: Traditional and Simplified names are both indexed, so either script finds a place.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a name, folded, for matches at the start of any word (`kong` → Hong Kong). */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Administrative suffixes a reader may type after a Chinese name (大連市, 遼寧省): without them
 * the query still finds the place. Longest first.
 */
const CHINESE_SUFFIXES = [
  '特別行政區',
  '特别行政区',
  '維吾爾自治區',
  '维吾尔自治区',
  '回族自治區',
  '回族自治区',
  '自治區',
  '自治区',
  '市',
  '省',
  '縣',
  '县',
  '區',
  '区',
  '鎮',
  '镇',
];

/** The query folded, and without a trailing Chinese administrative suffix if it has one. */
export function foldQuery(query: string): string[] {
  const folded = foldName(query.trim());
  if (!folded) return [];
  const forms = [folded];
  for (const suffix of CHINESE_SUFFIXES) {
    if (folded.length > suffix.length && folded.endsWith(suffix)) {
      forms.push(folded.slice(0, -suffix.length));
      break;
    }
  }
  return forms;
}
