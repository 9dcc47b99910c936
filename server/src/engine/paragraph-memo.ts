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
 *
 * Results that point into the draft (ranges, the paragraph they were found in, strings cut
 * from it) are kept relative to their paragraph, with their strings copied (see ownString),
 * and moved to wherever the paragraph is now when they are reused: `place` does that for
 * every user, the acronym scan and the speller alike.
 */
import type { HouseStyle } from './config/style';
import type { Block } from './parse/blocks';
import type { TextRange } from './vocabulary';
import { ownString } from './text/own-string';

/** What is remembered per paragraph, one table each. */
export type ParagraphWork = 'boilerplate-resemblance' | 'acronym-scan' | 'acronym-scan-exempt' | 'spelling' | 'capitalised-words' | 'passage-language';

/** What a kept result points at instead of a paragraph: the paragraph is the draft's of the day. */
const DETACHED: Block = { kind: 'body', range: { start: 0, end: 0 }, text: '', lines: [] };

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

  /** Per kind of work, what its results also depend on besides the paragraph (the speller: the draft's names). */
  private readonly contexts = new Map<ParagraphWork, string>();

  /**
   * Declares what `work`'s results depend on besides the paragraph's text: when it differs from
   * the last lint's, that work's kept results are dropped (one comparison per lint, instead of
   * the context repeated in every paragraph's key).
   */
  dependsOn(work: ParagraphWork, context: string): void {
    if (this.contexts.get(work) === context) return;
    this.contexts.set(work, ownString(context));
    this.previous.delete(work);
    this.current.delete(work);
  }

  /** Paragraphs (per kind of work) the last lint used: what the memo holds on to. */
  get size(): number {
    let count = 0;
    for (const table of this.current.values()) count += table.size;
    return count;
  }

  /**
   * The results of `work` on a paragraph, placed at `block`. Computed (in draft offsets) when
   * the last lint did not see the same `key`, and then kept relative to the paragraph; reused
   * otherwise, moved by as much as the paragraph moved. Results are plain data: every
   * `{ start, end }` is a range in the draft, a field named `block` is the paragraph.
   */
  place<T>(work: ParagraphWork, key: string, block: Block, compute: () => T): T {
    let computed: T | undefined;
    let fresh = false;
    const kept = this.get(work, key, () => {
      fresh = true;
      computed = compute();
      return relocate(computed, -block.range.start, DETACHED, true, new Map());
    });
    return fresh ? computed! : relocate(kept, block.range.start, block, false, new Map());
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

/**
 * A copy of plain data moved by `delta`: every `{ start, end }` shifted, every field named
 * `block` pointed at `block`, strings copied when the result is to be kept (`own`). Objects
 * shared inside the data stay shared in the copy (a use points at its definition).
 */
function relocate<T>(value: T, delta: number, block: Block, own: boolean, copies: Map<object, unknown>): T {
  if (typeof value === 'string') return (own ? ownString(value) : value) as T;
  if (value === null || typeof value !== 'object') return value;
  const done = copies.get(value);
  if (done !== undefined) return done as T;
  if (Array.isArray(value)) {
    const array: unknown[] = [];
    copies.set(value, array);
    for (const item of value) array.push(relocate(item, delta, block, own, copies));
    return array as T;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [name, field] of Object.entries(value)) {
    copy[name] = name === 'block' ? block : relocate(field, delta, block, own, copies);
  }
  if (isRange(copy)) {
    copy.start += delta;
    copy.end += delta;
  }
  return copy as T;
}

function isRange(value: Record<string, unknown>): value is Record<string, unknown> & TextRange {
  return typeof value.start === 'number' && typeof value.end === 'number';
}
