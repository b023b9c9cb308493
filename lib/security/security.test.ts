import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  fileHeaders,
  inlineScriptHashes,
  pageHeaders,
  siteOrigin,
  siteUrlProblem,
  tileOrigin,
} from './headers.mjs';
import { observatoryReport } from './observatory';

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

describe('tileOrigin', () => {
  it('is the origin of an http(s) tile template, {s} subdomains as a wildcard', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('http://{s}.tiles.example:8080/{z}/{x}/{y}.png')).toBe(
      'http://*.tiles.example:8080',
    );
  });

  it('is null for anything else', () => {
    expect(tileOrigin('not a url')).toBeNull();
    expect(tileOrigin('javascript:alert(1)')).toBeNull();
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

const asRecord = (headers: [string, string][]) => Object.fromEntries(headers);
const page = (siteUrl: string | undefined, frameable = false) =>
  asRecord(
    pageHeaders({
      scriptHashes: ["'sha256-abc='"],
      frameable,
      tileOrigin: 'https://tile.openstreetmap.org',
      siteUrl,
    }),
  );

describe('pageHeaders', () => {
  it('sends HSTS for an https site only', () => {
    expect(page('https://atlas.example.org')['Strict-Transport-Security']).toMatch(
      /max-age=(\d+); includeSubDomains/,
    );
    expect(page('http://localhost:3000')['Strict-Transport-Security']).toBeUndefined();
    expect(page(undefined)['Strict-Transport-Security']).toBeUndefined();
  });

  it('lets browsers keep a page briefly and revalidate it', () => {
    expect(page(undefined)['Cache-Control']).toBe('public, max-age=300, must-revalidate');
  });

  it('denies framing except for the embed view', () => {
    expect(page(undefined)['X-Frame-Options']).toBe('DENY');
    expect(page(undefined, true)['X-Frame-Options']).toBeUndefined();
  });
});

describe('the Observatory rules', () => {
  it('grade a page and a data file served behind HTTPS A+', () => {
    for (const headers of [
      page('https://atlas.example.org'),
      page('https://atlas.example.org', true),
      asRecord(fileHeaders({ siteUrl: 'https://atlas.example.org' })),
    ]) {
      const report = observatoryReport(headers, { https: true });
      expect(report.grade, JSON.stringify(report.tests)).toBe('A+');
    }
  });

  it('take points off for what is missing or unsafe', () => {
    const noHsts = observatoryReport(page(undefined), { https: true });
    expect(noHsts.tests['strict-transport-security']!.result).toBe('hsts-not-implemented');
    expect(noHsts.grade).not.toBe('A+');
    const unsafe = {
      ...page('https://a.example'),
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline'",
    };
    expect(
      observatoryReport(unsafe, { https: true }).tests['content-security-policy']!.modifier,
    ).toBe(-20);
    expect(observatoryReport({}, { https: true }).score).toBe(30);
  });
});

describe('siteUrlProblem', () => {
  it('names the variable when it is unset, not a URL or this machine', () => {
    expect(siteUrlProblem(undefined)).toMatch(/SITE_URL is not set/);
    expect(siteUrlProblem('atlas.example.org')).toMatch(/not an absolute URL/);
    expect(siteUrlProblem('http://localhost:3000')).toMatch(/this machine/);
  });

  it('is quiet for a public origin', () => {
    expect(siteUrlProblem('https://atlas.example.org')).toBeNull();
  });
});

describe('siteOrigin', () => {
  it('is SITE_URL when usable, else this machine', () => {
    expect(siteOrigin('https://atlas.example.org/')).toBe('https://atlas.example.org');
    for (const bad of [undefined, '', 'atlas.example.org', 'ftp://x.example'])
      expect(siteOrigin(bad)).toBe('http://localhost:3000');
  });
});
