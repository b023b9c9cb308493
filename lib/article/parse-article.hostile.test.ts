import { describe, expect, it } from 'vitest';
import { findSection, SECTION_TITLES } from './find-section';
import { isSafeHref } from './is-safe-href';
import { parseArticle } from './parse-article';
import { toPlainText } from './rich-text';
import { articleSchema } from './schema';
import { collectHrefs, collectStrings } from './testing';

// Policy: an Article holds plain strings only. HTML tags are stripped (with the contents of
// <script> and <style>), including tags written as entities (&lt;b&gt;); links whose target
// is not http(s) are dropped to their text. Components render text as text nodes.
const HOSTILE = `{{香港政府部門基礎資訊
|中文部門名稱=<script>alert(1)</script>駐京辦
|網站={{URL|javascript:alert(1)}}
|總部=[javascript:alert(1) 地址] <img src=x onerror=alert(1)>
}}
'''駐京辦'''<script>alert(1)</script>在北京。<img src=x onerror="alert(1)">[javascript:alert(1) 點我] [//evil.example 相對] [data:text/html,x 資料] [http://ok.example 好]&lt;script&gt;alert(2)&lt;/script&gt;<style>body{display:none}</style>完。

== 外部連結 ==
* [javascript:alert(1) 壞]
* [http://good.example 好]
* <a href="javascript:alert(1)">錨</a>
`;

const article = parseArticle(HOSTILE);
const texts = collectStrings(article).filter(
  ({ at }) => !/\.(href|url|licenseUrl|placeHref|src)$/.test(at),
);

describe('parseArticle on hostile wikitext', () => {
  it('gives a well-formed article', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  it('gives only http(s) hrefs', () => {
    const hrefs = collectHrefs(article);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(isSafeHref(href), href).toBe(true);
    expect(hrefs.join(' ')).not.toMatch(/javascript:|data:|^\/\//i);
  });

  it('strips HTML tags and the contents of <script> and <style>', () => {
    for (const { at, text } of texts) {
      expect(text, at).not.toMatch(/<\/?[a-z][^<>]*>|onerror|display:none/i);
      // script bodies are gone; the only alert( left is in literal text "javascript:alert(1)"
      expect(text.replace(/javascript:alert\(1\)/g, ''), at).not.toMatch(/alert\(/);
    }
    expect(toPlainText(article.lead[0]?.content ?? [])).toMatch(/^駐京辦在北京。/);
  });

  it('keeps an unsafe external link as its literal text, as MediaWiki shows it', () => {
    const lead = article.lead[0]?.content ?? [];
    expect(toPlainText(lead)).toContain('[javascript:alert(1) 點我]');
    expect(lead).toContainEqual({ kind: 'link', text: '好', href: 'http://ok.example' });
    const links = findSection(article.sections, SECTION_TITLES.externalLinks);
    expect(links?.lists[0]?.items.map((item) => item.content)).toEqual([
      [{ kind: 'text', text: '[javascript:alert(1) 壞]' }],
      [{ kind: 'link', text: '好', href: 'http://good.example' }],
      [{ kind: 'text', text: '錨' }],
    ]);
  });

  it('renders {{URL|javascript:…}} as text, not a link', () => {
    const site = article.infobox.find((field) => field.key === '網站');
    expect(site?.value).toEqual([{ kind: 'text', text: 'javascript:alert(1)' }]);
  });
});
