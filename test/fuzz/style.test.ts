/**
 * Property tests of the house style reader: whatever the file holds (random bytes, YAML
 * punctuation, deep nesting, alias bombs, huge strings, wrong types, a valid file mutated),
 * reading it gives a style or a StyleError naming a place in the file, within a second, and
 * never another exception or a hang.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadStyleFile } from '../../server/src/engine/config/load';
import { mergeStyle, readStyleText, StyleError } from '../../server/src/engine/config/parse';
import { recommended } from '../../server/src/engine/config/recommended';
import { STYLE_REGRESSIONS } from './regressions';
import { checkProperty, FUZZ_SEED, runs } from './settings';
import { hostileStyleText } from './style-arbitraries';

/** "Within a second", with room for a machine shared by other work. */
const STYLE_MS = 1_000;

/** Reads a style text; returns what happened and how long it took. Anything but a StyleError fails. */
function read(text: string): { outcome: 'style' | 'error'; ms: number; error?: StyleError } {
  const started = performance.now();
  try {
    const contents = readStyleText(text, '/fuzz/.presslint.yaml');
    mergeStyle(recommended, contents, 'fuzz'); // what the loader does next must not throw either
    return { outcome: 'style', ms: performance.now() - started };
  } catch (error) {
    const ms = performance.now() - started;
    if (!(error instanceof StyleError)) throw new Error(`readStyleText threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}, not a StyleError`);
    checkIssues(error, text);
    return { outcome: 'error', ms, error };
  }
}

/** A StyleError names the file and a place inside it, with a message. */
function checkIssues(error: StyleError, text: string): void {
  assert.ok(error.issues.length > 0, 'a StyleError with no issue');
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const issue of error.issues) {
    assert.equal(issue.file, '/fuzz/.presslint.yaml');
    assert.ok(issue.message.length > 0, 'an issue without a message');
    assert.ok(issue.line >= 1 && issue.line <= lines + 1, `issue line ${issue.line} outside the file (${lines} lines): ${issue.message}`);
    assert.ok(issue.column >= 1, `issue column ${issue.column}: ${issue.message}`);
  }
}

describe(`house style reader properties (seed ${FUZZ_SEED})`, () => {
  it('gives a style or a StyleError within a second for hostile YAML', async () => {
    let refused = 0;
    await checkProperty(
      'hostile style files',
      hostileStyleText,
      (text) => {
        const { outcome, ms } = read(text);
        if (outcome === 'error') refused++;
        assert.ok(ms < STYLE_MS, `reading a ${text.length}-character style took ${Math.round(ms)} ms`);
      },
      runs(300),
    );
    assert.ok(refused > 0, 'nothing was refused: the generator is broken');
  });

  describe('files on disk', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'presslint-fuzz-style-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('loadStyleFile gives a style or a StyleError for random bytes on disk', async () => {
      let n = 0;
      await checkProperty(
        'style files of random bytes',
        fc.uint8Array({ maxLength: 4_000 }),
        (bytes) => {
          const file = join(folder, `style-${n++}.yaml`);
          writeFileSync(file, bytes);
          try {
            loadStyleFile(file);
          } catch (error) {
            if (!(error instanceof StyleError)) throw error;
          }
        },
        runs(100, 0.1),
      );
    });
  });

  describe('regressions (style files that once hung or were misread)', () => {
    for (const regression of STYLE_REGRESSIONS) {
      it(`${regression.id}: ${regression.cause.split('. ')[0]}`, () => {
        const { outcome, ms, error } = read(regression.text);
        assert.equal(outcome, regression.expect, error?.message);
        // The valid megabyte-sized ones parse in about a second on a quiet machine.
        const limit = regression.text.length > 200_000 ? 10 * STYLE_MS : STYLE_MS;
        assert.ok(ms < limit, `took ${Math.round(ms)} ms`);
      });
    }
  });
});
