import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional → Simplified Chinese with OpenCC's Hong Kong → mainland tables (the article is
 * written with Hong Kong forms: 綫, 裏 …). Server-only: runs while pages are built, so the
 * tables never reach the browser. Non-Chinese text passes through unchanged.
 */
export const toSimplified: (text: string) => string = Converter({ from: 'hk', to: 'cn' });
