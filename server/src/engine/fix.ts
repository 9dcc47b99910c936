/**
 * Fixes are data: a rule reports `{ range, text }`, and these functions apply them, for the
 * editor, the CLI and the tests alike.
 */
import type { Fix, TextRange } from './vocabulary';

/** Merges edits at several places into one fix spanning them, keeping the text between. */
export function mergeEdits(text: string, edits: readonly Fix[]): Fix {
  if (edits.length === 1) return edits[0]!;
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const start = sorted[0]!.range.start;
  let end = start;
  let replacement = '';
  for (const edit of sorted) {
    if (edit.range.start < end) throw new Error('mergeEdits: edits overlap');
    replacement += text.slice(end, edit.range.start) + edit.text;
    end = edit.range.end;
  }
  return { range: { start, end }, text: replacement };
}

/** True when two ranges share a character, or both insert at the same point. */
export function overlaps(a: TextRange, b: TextRange): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export interface FixOutcome {
  text: string;
  applied: Fix[];
  /** Fixes left out because they overlapped an earlier one; a next pass may apply them. */
  skipped: Fix[];
}

/** Applies non-overlapping fixes in text order; an overlapping fix waits for a next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): FixOutcome {
  const sorted = [...fixes].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let lastEnd = -1;
  let lastInsertAt = -1;
  for (const fix of sorted) {
    const insert = fix.range.start === fix.range.end;
    const clash = fix.range.start < lastEnd || (insert && fix.range.start === lastInsertAt);
    const noop = text.slice(fix.range.start, fix.range.end) === fix.text;
    if (clash || noop) {
      if (clash) skipped.push(fix);
      continue;
    }
    applied.push(fix);
    lastEnd = Math.max(lastEnd, fix.range.end);
    if (insert) lastInsertAt = fix.range.start;
  }
  let result = '';
  let cursor = 0;
  for (const fix of applied) {
    result += text.slice(cursor, fix.range.start) + fix.text;
    cursor = fix.range.end;
  }
  result += text.slice(cursor);
  return { text: result, applied, skipped };
}

/**
 * Lints and fixes in passes until nothing fixable is left (as ESLint does), at most
 * `maxPasses` times so that two fixes that undo each other cannot loop forever.
 * `fixesOf` may be asynchronous (the spelling rule's dialect fixes are).
 */
export async function fixUntilStable(
  text: string,
  fixesOf: (text: string) => Fix[] | Promise<Fix[]>,
  maxPasses = 10,
): Promise<{ text: string; passes: number; appliedCount: number }> {
  let current = text;
  let appliedCount = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = await fixesOf(current);
    if (fixes.length === 0) break;
    const outcome = applyFixes(current, fixes);
    passes++;
    if (outcome.applied.length === 0 || outcome.text === current) break;
    appliedCount += outcome.applied.length;
    current = outcome.text;
  }
  return { text: current, passes, appliedCount };
}
