import { z } from 'zod';
import { isSafeHref } from './is-safe-href';
import type {
  Address,
  Article,
  ArticleImage,
  DateSpan,
  Event,
  Head,
  InfoboxField,
  Inline,
  List,
  ListItem,
  Paragraph,
  PartialDate,
  Reference,
  Section,
} from './types';

/** An absolute http(s) URL. */
export const hrefSchema = z.string().refine(isSafeHref, { message: 'not an http(s) URL' });

export const inlineSchema: z.ZodType<Inline> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('link'), text: z.string(), href: hrefSchema }),
]);

export const richTextSchema = z.array(inlineSchema);

export const paragraphSchema: z.ZodType<Paragraph> = z.object({
  id: z.string().min(1),
  content: richTextSchema,
});

export const listItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ id: z.string().min(1), content: richTextSchema, children: z.array(listItemSchema) }),
);

export const listSchema: z.ZodType<List> = z.object({
  id: z.string().min(1),
  ordered: z.boolean(),
  items: z.array(listItemSchema),
});

export const sectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    title: z.string(),
    level: z.number().int().min(2).max(6),
    paragraphs: z.array(paragraphSchema),
    lists: z.array(listSchema),
    blockOrder: z.array(z.string()),
    children: z.array(sectionSchema),
  }),
);

export const infoboxFieldSchema: z.ZodType<InfoboxField> = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  value: richTextSchema,
});

export const partialDateSchema: z.ZodType<PartialDate> = z.union([
  z.object({ iso: z.string().regex(/^\d{4}$/), precision: z.literal('year') }),
  z.object({ iso: z.string().regex(/^\d{4}-\d{2}$/), precision: z.literal('month') }),
  z.object({ iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), precision: z.literal('day') }),
]);

export const dateSpanSchema: z.ZodType<DateSpan> = z.object({
  start: partialDateSchema,
  end: partialDateSchema.nullable(),
  open: z.boolean(),
  raw: z.string(),
});

export const headSchema: z.ZodType<Head> = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  href: hrefSchema.nullable(),
  term: dateSpanSchema,
});

export const eventSchema: z.ZodType<Event> = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  place: z.string(),
  placeHref: hrefSchema.nullable(),
  start: partialDateSchema,
  end: partialDateSchema.nullable(),
  raw: z.string(),
});

export const addressSchema: z.ZodType<Address> = z.object({
  id: z.enum(['henderson-centre', 'dianmen-west-71']),
  text: z.string().min(1),
  from: partialDateSchema.nullable(),
  to: partialDateSchema.nullable(),
  sentences: z.array(z.string()),
});

export const referenceSchema: z.ZodType<Reference> = z.object({
  id: z.string().min(1),
  url: hrefSchema.nullable(),
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  accessdate: z.string(),
});

export const articleImageSchema: z.ZodType<ArticleImage> = z.object({
  file: z.string().min(1),
  caption: z.string(),
  origin: z.enum(['infobox', 'body']),
  href: hrefSchema,
  src: hrefSchema,
});

/** The shape of an `Article`; checks structure and hrefs, not that any fact is present. */
export const articleSchema: z.ZodType<Article> = z.object({
  title: z.string(),
  source: z.object({
    url: hrefSchema,
    license: z.literal('CC BY-SA 4.0'),
    licenseUrl: hrefSchema,
  }),
  lead: z.array(paragraphSchema),
  infobox: z.array(infoboxFieldSchema),
  sections: z.array(sectionSchema),
  heads: z.array(headSchema),
  events: z.array(eventSchema),
  addresses: z.array(addressSchema),
  references: z.array(referenceSchema),
  images: z.array(articleImageSchema),
});
