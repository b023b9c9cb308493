import type { TextCleaner } from './clean-text';
import { readSectionBody } from './read-section-body';
import type { Paragraph, Section } from './types';
import type { WtfSection } from './wtf-shapes';

type Draft = { title: string; level: number; source: WtfSection; children: Draft[] };

/** True when wtf_wikipedia's first section is the text before any heading. */
function hasLead(sections: WtfSection[]): boolean {
  return sections[0] !== undefined && sections[0].title() === '';
}

/** The lead: the paragraphs before the first heading, named `lead-p1`, `lead-p2`, …. */
export function readLead(sections: WtfSection[], clean: TextCleaner): Paragraph[] {
  const first = sections[0];
  if (!first || !hasLead(sections)) return [];
  return readSectionBody(first.paragraphs(), 'lead', clean).paragraphs;
}

function toLevel(depth: number | null): number {
  const level = (typeof depth === 'number' && Number.isFinite(depth) ? depth : 0) + 2;
  return Math.min(6, Math.max(2, Math.round(level)));
}

function nest(sources: WtfSection[], clean: TextCleaner): Draft[] {
  const roots: Draft[] = [];
  const stack: Draft[] = [];
  for (const source of sources) {
    const draft: Draft = {
      title: clean(source.title()).trim(),
      level: toLevel(source.depth()),
      source,
      children: [],
    };
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= draft.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(draft);
    else roots.push(draft);
    stack.push(draft);
  }
  return roots;
}

function build(drafts: Draft[], prefix: string, clean: TextCleaner): Section[] {
  return drafts.map((draft, index) => {
    const id = `${prefix}${index + 1}`;
    const body = readSectionBody(draft.source.paragraphs(), id, clean);
    return {
      id,
      title: draft.title,
      level: draft.level,
      ...body,
      children: build(draft.children, `${id}-`, clean),
    };
  });
}

/**
 * The sections after the lead as a tree: `== h ==` at level 2 holds the `=== h ===` after it.
 * Ids are positional: `s1`, `s2`, `s2-1`, ….
 */
export function readSections(sections: WtfSection[], clean: TextCleaner): Section[] {
  const headed = hasLead(sections) ? sections.slice(1) : sections;
  return build(nest(headed, clean), 's', clean);
}
