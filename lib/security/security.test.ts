import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';
import { inlineScriptHashes } from './inline-script-hashes';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, in order, and skips scripts with a src', () => {
    const html =
      '<script src="/_next/a.js" async=""></script><script>self.a=1</script>' +
      '<script id="_R_">self.b=2</script><SCRIPT>self.a=1</SCRIPT><script>\n</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.a=1'), sha('self.b=2'), sha('\n')]);
  });

  it('hashes the text as written, multi-byte characters included', () => {
    expect(inlineScriptHashes('<script>"駐京辦"</script>')).toEqual([sha('"駐京辦"')]);
  });

  it('finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  const base = { scriptHashes: ["'sha256-abc='"], tileOrigin: 'https://tile.example' };

  it('allows scripts from this origin and the hashed inline ones, never eval', () => {
    const csp = contentSecurityPolicy({ ...base, frameable: false });
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data: blob: https://tile.example");
    expect(csp).toContain("connect-src 'self'");
  });

  it('lets any site frame the embed view', () => {
    expect(contentSecurityPolicy({ ...base, frameable: true })).toContain('frame-ancestors *');
  });

  it('loosens scripts only for development', () => {
    expect(contentSecurityPolicy({ ...base, frameable: false, development: true })).toContain(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    );
  });
});
