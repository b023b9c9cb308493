import wtf from 'wtf_wikipedia';
import { isSafeHref } from './is-safe-href';
import type { WtfTemplateParser } from './wtf-shapes';

/** Infobox templates of zh.wikipedia that wtf_wikipedia does not know as infoboxes. */
export const INFOBOX_TEMPLATES = ['香港政府部門基礎資訊'];

/** What a country-flag template such as `{{CHN}}` renders as text; other flags render nothing. */
const FLAG_NAMES: Record<string, string> = { chn: '中國', hkg: '香港', mac: '澳門' };
const FLAG_EMOJI = /^[\u{1F1E6}-\u{1F1FF}]{2}$/u;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

type TemplateTable = Record<string, unknown>;

/** `{{URL|example.org|name}}` → an external link, or plain text if the URL is not http(s). */
function renderUrl(tmpl: string, _list: unknown, parse: WtfTemplateParser): string {
  const args = parse(tmpl, ['url', 'name']);
  const written = typeof args.url === 'string' ? args.url.trim() : '';
  const label =
    typeof args.name === 'string' && args.name.trim() !== '' ? args.name.trim() : written;
  const href = SCHEME.test(written) ? written : `http://${written.replace(/^\/\//, '')}`;
  const linkable = written !== '' && isSafeHref(href) && !/[[\]]/.test(href + label);
  return linkable ? `[${href} ${label}]` : label;
}

/** Replaces wtf_wikipedia's flag-emoji output of `{{XXX}}` country templates. */
function registerFlags(templates: TemplateTable): void {
  for (const [name, render] of Object.entries(templates)) {
    if (!/^[a-z]{3}$/.test(name) || typeof render !== 'function') continue;
    let output: unknown;
    try {
      output = (render as (tmpl: string) => unknown)(`{{${name}}}`);
    } catch {
      continue;
    }
    if (typeof output === 'string' && FLAG_EMOJI.test(output)) {
      templates[name] = FLAG_NAMES[name] ?? '';
    }
  }
  templates.flagicon = '';
  templates.flagdeco = '';
}

let registered = false;

/**
 * Teaches wtf_wikipedia (a process-wide singleton) the templates this article uses:
 * `{{香港政府部門基礎資訊}}` as an infobox, `{{URL}}` as a link, `{{CHN}}` as `中國`.
 * Safe to call more than once; only the first call changes anything.
 */
export function registerTemplates(): void {
  if (registered) return;
  registered = true;
  wtf.extend((_models: unknown, templates: TemplateTable, infoboxes: Record<string, boolean>) => {
    for (const name of INFOBOX_TEMPLATES) infoboxes[name] = true;
    templates.url = renderUrl;
    registerFlags(templates);
  });
}
