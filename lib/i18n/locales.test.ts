import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alternatePaths,
  DEFAULT_LOCALE,
  LOCALES,
  localeFromSegment,
  localeParams,
  localizePath,
  splitLocalePath,
} from './locales';

describe('localizePath', () => {
  it('leaves the default language unprefixed and prefixes the others', () => {
    expect(localizePath('zh-Hant', '/place/beijing-office')).toBe('/place/beijing-office');
    expect(localizePath('zh-Hans', '/place/beijing-office')).toBe('/zh-hans/place/beijing-office');
    expect(localizePath('en', '/region/gansu?date=2010-01-01')).toBe(
      '/en/region/gansu?date=2010-01-01',
    );
  });

  it('writes the home page as /en, not /en/', () => {
    expect(localizePath('en', '/')).toBe('/en');
    expect(localizePath('en', '/?date=1999-01-01')).toBe('/en?date=1999-01-01');
    expect(localizePath('zh-Hant', '/')).toBe('/');
  });
});

describe('splitLocalePath', () => {
  it('reads the language and the rest of the path', () => {
    expect(splitLocalePath('/en/place/x')).toEqual({ locale: 'en', path: '/place/x' });
    expect(splitLocalePath('/zh-hans')).toEqual({ locale: 'zh-Hans', path: '/' });
    expect(splitLocalePath('/zh-hans/')).toEqual({ locale: 'zh-Hans', path: '/' });
    expect(splitLocalePath('/place/x')).toEqual({ locale: DEFAULT_LOCALE, path: '/place/x' });
  });

  it('does not take a longer first segment for a prefix', () => {
    expect(splitLocalePath('/english/place/x')).toEqual({
      locale: DEFAULT_LOCALE,
      path: '/english/place/x',
    });
    expect(splitLocalePath(null)).toEqual({ locale: DEFAULT_LOCALE, path: '/' });
  });

  it('undoes localizePath for every language and unprefixed path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const unprefixed = fc
      .array(segment, { maxLength: 3 })
      .filter((parts) => !['en', 'zh-hans'].includes(parts[0] ?? ''));
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), unprefixed, (l, parts) => {
        const path = `/${parts.join('/')}`;
        expect(splitLocalePath(localizePath(l, path))).toEqual({ locale: l, path });
      }),
      { examples: [['en', []]] },
    );
  });
});

describe('segments', () => {
  it('maps each prefixed language to its segment and back', () => {
    expect(localeParams()).toEqual([{ locale: 'zh-hans' }, { locale: 'en' }]);
    expect(localeParams().map((p) => localeFromSegment(p.locale))).toEqual(['zh-Hans', 'en']);
    expect(localeFromSegment('zh-hans')).toBe('zh-Hans');
    expect(localeFromSegment('EN')).toBe(DEFAULT_LOCALE);
    expect(localeFromSegment(undefined)).toBe(DEFAULT_LOCALE);
  });
});

describe('alternatePaths', () => {
  it('lists the page in every language and an x-default', () => {
    expect(alternatePaths('/place/x')).toEqual({
      'zh-Hant': '/place/x',
      'zh-Hans': '/zh-hans/place/x',
      en: '/en/place/x',
      'x-default': '/place/x',
    });
  });
});
