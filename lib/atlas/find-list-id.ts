import type { Section } from '@/lib/article/types';

/** The id of the list (in any section or subsection) that holds the item `itemId`, or null. */
export function findListId(
  sections: readonly Section[],
  itemId: string | undefined,
): string | null {
  if (!itemId) return null;
  for (const section of sections) {
    const list = section.lists.find((l) => l.items.some((item) => item.id === itemId));
    if (list) return list.id;
    const inChild = findListId(section.children, itemId);
    if (inChild) return inChild;
  }
  return null;
}
