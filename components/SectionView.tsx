import type { ListItem, Section } from '@/lib/article/types';
import { linkMentions, type Mark } from '@/lib/atlas/link-mentions';
import RichTextView from './RichTextView';

type Props = {
  section: Section;
  marks: Map<string, Mark[]>;
  extra?: React.ReactNode;
  /** lists drawn by another component (e.g. the heads as a timeline), by list id */
  listViews?: Map<string, React.ReactNode>;
};

/** One section of the article, its paragraphs and lists in reading order, then its subsections. */
export default function SectionView({ section, marks, extra, listViews }: Props) {
  const Heading = section.level <= 2 ? 'h2' : 'h3';
  const paragraphs = new Map(section.paragraphs.map((p) => [p.id, p]));
  const lists = new Map(section.lists.map((l) => [l.id, l]));
  return (
    <section aria-labelledby={`${section.id}-h`}>
      <Heading id={`${section.id}-h`}>{section.title}</Heading>
      {section.blockOrder.map((id) => {
        const p = paragraphs.get(id);
        if (p) {
          return (
            <p key={id}>
              <RichTextView content={linkMentions(p.content, marks.get(id) ?? [])} />
            </p>
          );
        }
        const list = lists.get(id);
        if (!list) return null;
        const view = listViews?.get(id);
        if (view) return <div key={id}>{view}</div>;
        const ListTag = list.ordered ? 'ol' : 'ul';
        return (
          <ListTag key={id}>
            <Items items={list.items} marks={marks} ordered={list.ordered} />
          </ListTag>
        );
      })}
      {extra}
      {section.children.map((child) => (
        <SectionView key={child.id} section={child} marks={marks} listViews={listViews} />
      ))}
    </section>
  );
}

function Items({
  items,
  marks,
  ordered,
}: {
  items: ListItem[];
  marks: Map<string, Mark[]>;
  ordered: boolean;
}) {
  const ListTag = ordered ? 'ol' : 'ul';
  return items.map((item) => (
    <li key={item.id}>
      <RichTextView content={linkMentions(item.content, marks.get(item.id) ?? [])} />
      {item.children.length > 0 && (
        <ListTag>
          <Items items={item.children} marks={marks} ordered={ordered} />
        </ListTag>
      )}
    </li>
  ));
}
