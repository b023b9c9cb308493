const SENTENCE = /[^。！？]*(?:[。！？]+[」』”’）》]*|$)/g;

/**
 * Splits Chinese prose into sentences after 。！？ (with any closing quote or bracket that
 * follows), keeping the punctuation: joining the result gives back the text minus the
 * whitespace trimmed between sentences.
 */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((part) => part.trim()).filter((part) => part !== '');
}
