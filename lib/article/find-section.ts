import type { Section } from './types';

/** Section titles as zh.wikipedia writes them, in its traditional and simplified variants. */
export const SECTION_TITLES = {
  functions: ['職能', '职能'],
  structure: ['架構及歷任首長', '架构及历任首长', '架構', '架构'],
  heads: ['歷任首長', '历任首长'],
  events: ['活動', '活动'],
  location: ['位置', '地址'],
  references: ['参考文献', '參考文獻', '参考资料', '參考資料', '注釋', '注释', '腳註', '脚注'],
  externalLinks: ['外部連結', '外部链接', '外部連接', '外部鏈接'],
  seeAlso: ['参见', '參見', '參看', '参看', '相關條目', '相关条目'],
} as const;

/** Every section of the tree, depth first, parents before their children. */
export function flattenSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children)]);
}

/** The first section (depth first) whose title is one of `titles`, or null. */
export function findSection(sections: Section[], titles: readonly string[]): Section | null {
  return flattenSections(sections).find((section) => titles.includes(section.title)) ?? null;
}
