/**
 * Our own model of the zh.wikipedia article about the Office. Everything here is plain data
 * (strings, numbers, arrays, objects): safe to pass from a server component to a client one.
 * Text is exactly as written in the article (full-width punctuation kept), with no wikitext,
 * template names, `<ref>` or HTML in it. Every `href` is an absolute http(s) URL.
 */

/** A run of plain text. */
export type TextInline = { kind: 'text'; text: string };

/** A run of text that links somewhere; `href` is always http(s). */
export type LinkInline = { kind: 'link'; text: string; href: string };

/** One run of rich text. */
export type Inline = TextInline | LinkInline;

/** Rich text: runs in reading order; adjacent text runs are merged. */
export type RichText = Inline[];

/** A paragraph of prose. `id` is stable for the same wikitext, e.g. `lead-p1`, `s5-p2`. */
export type Paragraph = { id: string; content: RichText };

/** A list item; `children` holds the items nested under it (`**`, `##`). */
export type ListItem = { id: string; content: RichText; children: ListItem[] };

/** A bulleted (`*`) or numbered (`#`) list. Numbered items carry no "1)" prefix. */
export type List = { id: string; ordered: boolean; items: ListItem[] };

/**
 * A section of the article as a tree. `level` is the heading level (2 for `== h ==`, 3 for
 * `=== h ===`). `blockOrder` holds the ids of `paragraphs` and `lists` in reading order.
 */
export type Section = {
  id: string;
  title: string;
  level: number;
  paragraphs: Paragraph[];
  lists: List[];
  blockOrder: string[];
  children: Section[];
};

/** One field of the infobox; `label` is a readable Chinese label, `key` the wikitext key. */
export type InfoboxField = { key: string; label: string; value: RichText };

/**
 * A date known to a year, month or day. `iso` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * (proleptic Gregorian, no time zone), matching `precision`.
 */
export type PartialDate = { iso: string; precision: 'year' | 'month' | 'day' };

/**
 * A span of time as written, e.g. `2004年1月4日─1月11日`. `end` is null when the span is
 * open (`open: true`, e.g. `2019年1月21日－`) or when only one date is given.
 */
export type DateSpan = { start: PartialDate; end: PartialDate | null; open: boolean; raw: string };

/** A head of the Office, in the order of the article's list of heads. */
export type Head = { id: string; name: string; href: string | null; term: DateSpan };

/** A promotion event (香港周/香港節) held in a province; `place` is the linked place name. */
export type Event = {
  id: string;
  name: string;
  place: string;
  placeHref: string | null;
  start: PartialDate;
  end: PartialDate | null;
  raw: string;
};

/** The Office's premises named by the article. */
export type AddressId = 'henderson-centre' | 'dianmen-west-71';

/**
 * One of the Office's addresses from the 位置 section. `text` is the address as written,
 * `from`/`to` when it was in use (`to` null: still in use), `sentences` the sentences of the
 * paragraph that describes it, exactly as written.
 */
export type Address = {
  id: AddressId;
  text: string;
  from: PartialDate | null;
  to: PartialDate | null;
  sentences: string[];
};

/** A cited source. Missing fields are empty strings; `url` is null unless http(s). */
export type Reference = {
  id: string;
  url: string | null;
  title: string;
  publisher: string;
  date: string;
  accessdate: string;
};

/**
 * An image used by the article. `file` is the file name as written, without `File:`;
 * `href` is its description page (licence), `src` a redirect to the file itself.
 */
export type ArticleImage = {
  file: string;
  caption: string;
  origin: 'infobox' | 'body';
  href: string;
  src: string;
};

/** Where the text comes from, for attribution. */
export type ArticleSource = { url: string; license: 'CC BY-SA 4.0'; licenseUrl: string };

/** The article, narrowed from wtf_wikipedia's output. Missing parts are empty, never absent. */
export type Article = {
  title: string;
  source: ArticleSource;
  lead: Paragraph[];
  infobox: InfoboxField[];
  sections: Section[];
  heads: Head[];
  events: Event[];
  addresses: Address[];
  references: Reference[];
  images: ArticleImage[];
};
