/**
 * Work on a paragraph that depends only on the paragraph's text and the house style, carried
 * from one lint of a document to the next. A writer typing in a long draft changes one
 * paragraph at a time; with a memo the others are not tokenised again (on a 1 MB draft the
 * acronym scan and the boilerplate resemblance test were two thirds of each lint).
 *
 * The language server keeps one memo per open document and passes it to every `lint()` of
 * that document; the CLI lints each file once and passes none. A memo keeps only what the last
 * lint used, so it holds at most about one copy of the document's work, and it forgets
 * everything when the house style changes. Results never depend on it: the same text and
 * style lint the same with or without a memo (the tests check both ways).
 */
import type { HouseStyle } from './config/style';

/** What is remembered per paragraph, one table each. */
export type ParagraphWork = 'boilerplate-resemblance' | 'acronym-scan' | 'acronym-scan-exempt';

export class ParagraphMemo {
  private style: HouseStyle | undefined;
  /** Entries the running lint has looked up or computed. */
  private current = new Map<ParagraphWork, Map<string, unknown>>();
  /** Entries of the lint before: reused when the same paragraph comes back. */
  private previous = new Map<ParagraphWork, Map<string, unknown>>();

  /** Called by `lint()` before it parses: what the last lint did not use is dropped. */
  begin(style: HouseStyle): void {
    if (style !== this.style) {
      this.style = style;
      this.previous = new Map();
    } else {
      this.previous = this.current;
    }
    this.current = new Map();
  }

  /** Paragraphs (per kind of work) the last lint used: what the memo holds on to. */
  get size(): number {
    let count = 0;
    for (const table of this.current.values()) count += table.size;
    return count;
  }

  /** The remembered result of `work` on a paragraph's text, computed and kept if there is none. */
  get<T>(work: ParagraphWork, text: string, compute: () => T): T {
    let table = this.current.get(work);
    if (!table) {
      table = new Map();
      this.current.set(work, table);
    }
    if (table.has(text)) return table.get(text) as T;
    const before = this.previous.get(work);
    const value = before?.has(text) ? (before.get(text) as T) : compute();
    table.set(text, value);
    return value;
  }
}
