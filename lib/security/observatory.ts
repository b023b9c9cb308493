/**
 * Mozilla HTTP Observatory's header tests and score modifiers (its published scoring: start at
 * 100, add each test's modifier, grade by the total), applied to a response's headers, so a
 * unit test can say what a scan of a deployment behind HTTPS would give without a live scan.
 * Only the tests that headers decide are here; cookies, CORS, SRI and redirection have nothing
 * to score on this site (no cookies, no cross-origin access, same-origin scripts only) and are
 * counted as their neutral result.
 */
export type ObservatoryTest = { result: string; modifier: number };
export type ObservatoryReport = {
  score: number;
  grade: string;
  tests: Record<string, ObservatoryTest>;
};

type Headers = Record<string, string | undefined>;

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), values);
  }
  return map;
}

function cspTest(csp: string | undefined): ObservatoryTest {
  if (!csp) return { result: 'csp-not-implemented', modifier: -25 };
  const d = directives(csp);
  const fallback = d.get('default-src');
  const scripts = d.get('script-src') ?? fallback;
  const styles = d.get('style-src') ?? fallback;
  if (!scripts || (!d.has('object-src') && !fallback))
    return { result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  // A hash or nonce makes CSP2 browsers ignore 'unsafe-inline' for scripts.
  const hashed = scripts.some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));
  if (scripts.includes("'unsafe-inline'") && !hashed)
    return { result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  const all = [...d.values()].flat();
  if (all.some((s) => s.startsWith('http:') || s === 'http:'))
    return { result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
  if (scripts.includes("'unsafe-eval'"))
    return { result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  if (styles?.includes("'unsafe-inline'"))
    return { result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
  if (fallback?.length === 1 && fallback[0] === "'none'")
    return { result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  return { result: 'csp-implemented-with-no-unsafe', modifier: 0 };
}

function hstsTest(hsts: string | undefined, https: boolean): ObservatoryTest {
  if (!https) return { result: 'hsts-not-implemented-no-https', modifier: -20 };
  if (!hsts) return { result: 'hsts-not-implemented', modifier: -20 };
  const maxAge = /max-age=(\d+)/i.exec(hsts);
  if (!maxAge) return { result: 'hsts-header-invalid', modifier: -20 };
  if (Number(maxAge[1]) < 15_768_000)
    return { result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
  return { result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 };
}

const PRIVATE_REFERRERS = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
];

function referrerTest(value: string | undefined): ObservatoryTest {
  if (!value) return { result: 'referrer-policy-not-implemented', modifier: 0 };
  const last =
    value
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .pop() ?? '';
  if (PRIVATE_REFERRERS.includes(last)) return { result: 'referrer-policy-private', modifier: 5 };
  if (['origin', 'origin-when-cross-origin', 'no-referrer-when-downgrade'].includes(last))
    return { result: 'referrer-policy-no-referrer-when-downgrade', modifier: 0 };
  if (last === 'unsafe-url') return { result: 'referrer-policy-unsafe', modifier: -5 };
  return { result: 'referrer-policy-header-invalid', modifier: -5 };
}

function nosniffTest(value: string | undefined): ObservatoryTest {
  if (!value) return { result: 'x-content-type-options-not-implemented', modifier: -5 };
  return value.trim().toLowerCase() === 'nosniff'
    ? { result: 'x-content-type-options-nosniff', modifier: 0 }
    : { result: 'x-content-type-options-header-invalid', modifier: -5 };
}

function framingTest(xfo: string | undefined, csp: string | undefined): ObservatoryTest {
  if (csp && directives(csp).has('frame-ancestors'))
    return { result: 'x-frame-options-implemented-via-csp', modifier: 5 };
  if (xfo && ['deny', 'sameorigin'].includes(xfo.trim().toLowerCase()))
    return { result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
  if (xfo) return { result: 'x-frame-options-header-invalid', modifier: -20 };
  return { result: 'x-frame-options-not-implemented', modifier: -20 };
}

/** Grades by the published thresholds (A+ from 100). */
export function observatoryGrade(score: number): string {
  const grades: [number, string][] = [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
  ];
  return grades.find(([min]) => score >= min)?.[1] ?? 'F';
}

/** Scores one response's headers as the Observatory would, served over `https` or not. */
export function observatoryReport(
  headers: Headers,
  { https }: { https: boolean },
): ObservatoryReport {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const csp = h['content-security-policy'];
  const tests: Record<string, ObservatoryTest> = {
    'content-security-policy': cspTest(csp),
    cookies: { result: 'cookies-not-found', modifier: 0 },
    'cross-origin-resource-sharing': {
      result: 'cross-origin-resource-sharing-not-implemented',
      modifier: 0,
    },
    redirection: https
      ? { result: 'redirection-to-https', modifier: 0 }
      : { result: 'redirection-missing', modifier: -20 },
    'referrer-policy': referrerTest(h['referrer-policy']),
    'strict-transport-security': hstsTest(h['strict-transport-security'], https),
    'subresource-integrity': {
      result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
      modifier: 0,
    },
    'x-content-type-options': nosniffTest(h['x-content-type-options']),
    'x-frame-options': framingTest(h['x-frame-options'], csp),
  };
  // Bonuses count only for a site already at 90 or more (the Observatory's rule).
  const penalties = Object.values(tests).reduce((s, t) => s + Math.min(0, t.modifier), 0);
  const bonuses = Object.values(tests).reduce((s, t) => s + Math.max(0, t.modifier), 0);
  const base = 100 + penalties;
  const score = Math.max(0, base + (base >= 90 ? bonuses : 0));
  return { score, grade: observatoryGrade(score), tests };
}
