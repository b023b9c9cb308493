import type { MentionTarget } from '@/lib/article/find-mentions';
import type { Place, Region } from '@/lib/data/schema';
import { selectionPath, type Selection } from '@/lib/url/selection';

/** Target ids are prefixed by kind, so a place and a region can never share one. */
export function placeTargetId(id: string) {
  return `place:${id}`;
}
export function regionTargetId(id: string) {
  return `region:${id}`;
}

/** The names to look for in the article: every name, short name and alias, in every language. */
export function toMentionTargets(
  places: readonly Place[],
  regions: readonly Region[],
): MentionTarget[] {
  const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  return [
    ...places.map((p) => ({
      id: placeTargetId(p.id),
      names: unique([...Object.values(p.names), ...Object.values(p.shortNames), ...p.aliases]),
    })),
    ...regions.map((r) => ({
      id: regionTargetId(r.id),
      names: unique([...Object.values(r.names), ...Object.values(r.fullNames), ...r.aliases]),
    })),
  ];
}

/** The app path a mention target selects: `place:x` → `/place/x`. */
export function targetPath(targetId: string): string {
  const [kind, id] = targetId.split(':') as [Selection['kind'], string];
  return selectionPath({ kind, id });
}
