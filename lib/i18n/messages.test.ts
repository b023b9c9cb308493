import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { messagesFor } from './messages';

/** Every message as `Namespace.key` → text. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** The ICU arguments and rich-text tags a message uses: `{km}`, `{count, plural …}`, `<link>`. */
function placeholders(text: string): string[] {
  const args = [...text.matchAll(/\{\s*(\w+)/g)].map((m) => `{${m[1]}}`);
  const tags = [...text.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

describe('messages', () => {
  const english = flatten(messagesFor('en'));

  it('every language has every message, none empty', () => {
    for (const locale of LOCALES) {
      const messages = flatten(messagesFor(locale));
      expect([...messages.keys()].sort(), locale).toEqual([...english.keys()].sort());
      for (const [key, text] of messages) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('every translation uses the same arguments and tags as the English', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of flatten(messagesFor(locale))) {
        // Plural forms may drop `#`/`{count}` in languages without plural inflection.
        const expected = placeholders(english.get(key)!).filter(
          (p) => !(p === '{count}' && !text.includes('count')),
        );
        expect(placeholders(text), `${locale} ${key}`).toEqual(expected);
      }
    }
  });

  it('Simplified Chinese is the Traditional converted, not a copy', () => {
    const hant = messagesFor('zh-Hant');
    const hans = messagesFor('zh-Hans');
    expect(hant.Nav.label).toBe('地點');
    expect(hans.Nav.label).toBe('地点');
    expect(hans.Legend.covered).toBe('办事处负责的省份');
  });
});
