import { describe, expect, it } from 'vitest';
import { matchTerms } from './match-terms';

const spans = (text: string, terms: Array<[string, string | null]>) =>
  matchTerms(
    text,
    terms.map(([term, owner]) => ({ text: term, owner })),
  ).map((m) => [text.slice(m.start, m.end), m.owner]);

describe('matchTerms', () => {
  it('lets the longest overlapping match win', () => {
    expect(
      spans('天津市政府', [
        ['天津', 't'],
        ['天津市', 't'],
      ]),
    ).toEqual([['天津市', 't']]);
    expect(
      spans('天津市政府', [
        ['天津', 'x'],
        ['津市政府', 'y'],
      ]),
    ).toEqual([['津市政府', 'y']]);
  });

  it('hides names inside a shadowing term, wherever the term starts', () => {
    expect(
      spans('駐北京辦事處與北京', [
        ['北京', 'b'],
        ['駐北京辦事處', null],
      ]),
    ).toEqual([['北京', 'b']]);
  });

  it('matches Latin names as whole words, ignoring ASCII case', () => {
    expect(spans('BEIJING, Beijinger, beijing', [['Beijing', 'b']])).toEqual([
      ['BEIJING', 'b'],
      ['beijing', 'b'],
    ]);
  });

  it('gives a shared name to every target that has it, and ignores empty names', () => {
    expect(
      spans('吉林', [
        ['吉林', 'province'],
        ['吉林', 'city'],
        ['', 'x'],
      ]),
    ).toEqual([
      ['吉林', 'province'],
      ['吉林', 'city'],
    ]);
  });

  it('counts offsets in UTF-16 code units', () => {
    const [match] = matchTerms('𠀀北京', [{ text: '北京', owner: 'b' }]);
    expect([match?.start, match?.end]).toEqual([2, 4]);
  });
});
