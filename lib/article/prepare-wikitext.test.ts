import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { prepareWikitext, restoreMarks } from './prepare-wikitext';
import { toPlainText } from './rich-text';

const leadText = (wikitext: string) =>
  parseArticle(wikitext).lead.map((paragraph) => toPlainText(paragraph.content));

describe('prepareWikitext and restoreMarks', () => {
  it('round-trips 。 through wtf_wikipedia', () => {
    expect(leadText('甲。乙。丙。')).toEqual(['甲。乙。丙。']);
  });

  it('drops refs mid-sentence without leaving a space between CJK characters', () => {
    expect(
      leadText(
        '成立於1999年<ref>{{cite news|title=t}}</ref>。乙<ref name="n">注</ref>，丙<ref name="n"/>丁。',
      ),
    ).toEqual(['成立於1999年。乙，丙丁。']);
    expect(leadText('English <ref>r</ref> text.')).toEqual(['English  text.']);
  });

  it('drops inline formatting tags, comments and scripts without adding spaces', () => {
    expect(
      leadText(
        '甲<span style="color:red">乙</span><small>丙</small><!-- 註 -->丁<script>x()</script>戊。',
      ),
    ).toEqual(['甲乙丙丁戊。']);
  });

  it('picks marks that do not occur in the input', () => {
    const { wikitext, marks } = prepareWikitext('\uE000\uE001。<ref>x</ref>');
    expect(marks?.fullStop).toBe('\uE002');
    expect(new Set([marks?.fullStop, marks?.refStart, marks?.refEnd]).size).toBe(3);
    expect(restoreMarks(wikitext, marks)).toBe('\uE000\uE001。');
  });
});
