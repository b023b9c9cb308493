import type { TextCleaner } from './clean-text';
import type { WtfTemplate } from './wtf-shapes';

const PORTAL_TEMPLATES = ['portal', 'portal bar', 'portals', '主題', '主题'];

/** The portals named by `{{Portal|中华人民共和国|北京|香港}}` templates, in order, deduplicated. */
export function readPortals(templates: WtfTemplate[], clean: TextCleaner): string[] {
  const portals: string[] = [];
  for (const template of templates) {
    const json = template.json();
    if (typeof json.template !== 'string' || !PORTAL_TEMPLATES.includes(json.template)) continue;
    const names = Array.isArray(json.list) ? json.list : [json['1']];
    for (const name of names) {
      const portal = typeof name === 'string' ? clean(name).trim() : '';
      if (portal !== '' && !portals.includes(portal)) portals.push(portal);
    }
  }
  return portals;
}
