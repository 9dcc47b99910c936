/**
 * Drafts as bytes on disk: whatever the bytes, presslint reads them as text or says why not,
 * and what it reads as text it writes back byte for byte (--fix keeps a UTF-16 draft UTF-16).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText, encodeText } from '../../server/src/engine/text-file';
import { unicodeText } from './arbitraries';
import { checkProperty, FUZZ_SEED, runs } from './settings';

/** Random bytes, and bytes shaped like text files: UTF-16 with either mark, UTF-8 with a mark, Windows-1252. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], []), fc.uint8Array({ maxLength: 200 })).map(([mark, body]) => Uint8Array.from([...mark, ...body])),
  unicodeText.map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
  unicodeText.map((text) => new Uint8Array(Buffer.from(text, 'latin1'))),
);

describe(`files as bytes (seed ${FUZZ_SEED})`, () => {
  it('any bytes are text (re-encoded to the same bytes) or a reason naming no path', async () => {
    await checkProperty(
      'file bytes',
      fileBytes,
      (bytes) => {
        const decoded = decodeText(bytes);
        if ('reason' in decoded) {
          assert.ok(decoded.reason.length > 0 && !decoded.reason.includes('/'), decoded.reason);
          return;
        }
        assert.deepEqual(new Uint8Array(encodeText(decoded.text, decoded.encoding, decoded.bom)), bytes, `${decoded.encoding} with${decoded.bom ? '' : 'out'} a mark`);
      },
      runs(300, 0.5),
    );
  });
});
