/**
 * The parts of wtf_wikipedia's objects this folder reads. Its bundled typings return `object`
 * for most methods; these narrow them to what we use. Every value read through them is still
 * checked at run time, since malformed wikitext can yield odd shapes.
 */

export interface WtfLink {
  text(): string;
  page(): string | undefined;
  anchor(): string;
  type(): string;
  site(): string | undefined;
  wiki(): string | undefined;
  wikitext(): string;
}

export interface WtfSentence {
  text(): string;
  wikitext(): string;
  links(): WtfLink[];
}

export interface WtfList {
  lines(): WtfSentence[];
  /** The whole paragraph the list sits in, list markers included. */
  wikitext(): string;
}

export interface WtfParagraph {
  sentences(): WtfSentence[];
  lists(): WtfList[];
}

export interface WtfSection {
  title(): string;
  depth(): number | null;
  paragraphs(): WtfParagraph[];
}

export interface WtfInfobox {
  type(): string;
  /** Field values keyed by the (lower-cased) wikitext key, in the order written. */
  data: Record<string, WtfSentence>;
}

export interface WtfReference {
  json(): Record<string, unknown>;
}

export interface WtfImage {
  file(): string;
  caption(): string;
}

export interface WtfDocument {
  title(): string | null;
  sections(): WtfSection[];
  infoboxes(): WtfInfobox[];
  references(): WtfReference[];
  images(): WtfImage[];
}

/** The arguments wtf_wikipedia passes to a template function registered with `wtf.extend`. */
export type WtfTemplateParser = (tmpl: string, order?: string[]) => Record<string, unknown>;
