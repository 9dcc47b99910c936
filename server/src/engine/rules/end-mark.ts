/**
 * The `end-mark` rule. What it asks for is `meta.description` (the one copy: the docs page and
 * the registry test follow it).
 *
 * Off unless the house style turns it on. The house's marks are `endMark.marks`; the first is
 * the one a fix writes. Other common marks (-ENDS-, # # #, -30- ...) are recognised so that a
 * foreign one is replaced rather than doubled.
 */
import { lineEnding } from '../parse/document';
import { isEndMark } from '../parse/section-marks';
import type { Rule } from '../rule';

export const endMark: Rule = {
  meta: {
    id: 'end-mark',
    description: "End the release with the house's end mark (###) after the contact block.",
    defaultSeverity: 'off',
    fixable: true,
  },
  check({ doc, style, report }) {
    const house = style.endMark.marks.length > 0 ? style.endMark.marks : ['###'];
    const wanted = house[0]!;
    const isMark = (text: string) => isEndMark(text, house);

    if (doc.endMark) {
      const written = doc.endMark.text.trim();
      // Markdown escapes the hashes so that they are not read as an empty heading: `\#\#\#` is "###".
      const meant = doc.format === 'markdown' ? written.replace(/\\#/g, '#') : written;
      if (!house.includes(meant)) {
        const start = doc.endMark.range.start;
        const end = start + written.length;
        report({
          message: `The end mark "${written}" is not the house's: use "${wanted}".`,
          range: { start, end },
          fix: { range: { start, end }, text: wanted },
        });
      }
    }
    // An end mark above the end: the release goes on after it.
    const last = doc.endMark ? doc.blocks.length - 1 : doc.blocks.length;
    // Without a separate end mark, the draft's very last line is handled below.
    const finalLine = doc.endMark ? undefined : doc.blocks[last - 1]?.lines.at(-1);
    let early = false;
    for (let i = 0; i < last; i++) {
      const block = doc.blocks[i]!;
      if (block.kind === 'headline' || block.kind === 'subheadline') continue;
      for (const line of block.lines) {
        const content = doc.text.slice(line.start, line.end);
        if (line === finalLine || !isMark(content)) continue;
        const start = line.start + (content.length - content.trimStart().length);
        report({
          message: `The end mark "${content.trim()}" must come last: the release goes on after it.`,
          range: { start, end: start + content.trim().length },
        });
        early = true;
      }
    }
    if (doc.endMark || early) return;

    const lastBlock = doc.blocks[doc.blocks.length - 1];
    if (!lastBlock) return;
    const eol = lineEnding(doc);
    const lastLine = lastBlock.lines[lastBlock.lines.length - 1]!;
    const lastContent = doc.text.slice(lastLine.start, lastLine.end);
    if (lastBlock.lines.length > 1 && isMark(lastContent)) {
      // "###" written straight under the contacts: it needs a blank line above it.
      const start = lastLine.start + (lastContent.length - lastContent.trimStart().length);
      const end = start + lastContent.trim().length;
      const replaceMark = house.includes(lastContent.trim()) ? lastContent.trim() : wanted;
      report({
        message: 'Put the end mark on a line of its own, after a blank line.',
        range: { start, end },
        fix: { range: { start: lastLine.start, end }, text: eol + replaceMark },
      });
      return;
    }
    const at = lastBlock.range.end;
    report({
      message: `End the release with the end mark "${wanted}" after the contact block.`,
      range: { start: lastLine.start + (lastContent.length - lastContent.trimStart().length), end: lastLine.end },
      fix: { range: { start: at, end: at }, text: eol + eol + wanted },
    });
  },
};
