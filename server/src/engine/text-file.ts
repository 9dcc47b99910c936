/**
 * Reading a text file presslint was given (a draft, a house style, a words file): only a
 * regular file within a size limit, decoded from UTF-8 or from UTF-16 with a byte-order mark,
 * and, when it is neither, a reason a writer can act on. The one place that decides what a
 * readable text file is, so drafts, styles and word lists cannot drift apart.
 */
import { readFileSync, statSync } from 'node:fs';
import { TextDecoder } from 'node:util';

/** The encodings presslint reads (and --fix writes back as it found them). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A decoded text file: its text without the byte-order mark, and how to write it back. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file began with a byte-order mark (kept on write-back). */
  bom: boolean;
}

/** Why a file cannot be read as text. `reason` completes "cannot be read: …" and names no path. */
export class TextFileError extends Error {
  override name = 'TextFileError';
  constructor(
    readonly path: string,
    readonly reason: string,
    /** `missing` lets a caller treat an absent optional file as none. */
    readonly kind: 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'not-text',
  ) {
    super(`${path}: ${reason}`);
  }
}

/** The decoded text of a file, or TextFileError. Never reads a device, a pipe or a folder. */
export function readTextFile(path: string, maxBytes: number): DecodedText {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new TextFileError(path, 'it is a folder', 'not-a-file');
    // A device or a named pipe (`/dev/zero`, a FIFO, a link to one) would be read forever.
    if (!stat.isFile()) throw new TextFileError(path, 'it is not a regular file (a device, a pipe or a socket)', 'not-a-file');
    if (stat.size > maxBytes) throw new TextFileError(path, `it is ${formatSize(stat.size)}, more than the ${formatSize(maxBytes)} presslint reads`, 'too-large');
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof TextFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TextFileError(path, 'it does not exist', 'missing');
    throw new TextFileError(path, describeErrno(error), 'unreadable');
  }
  const decoded = decodeText(bytes);
  if ('reason' in decoded) throw new TextFileError(path, decoded.reason, 'not-text');
  return decoded;
}

/** A system error as a reader would say it. */
export function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'its symbolic links loop (or nest too deep)';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code ? `the system refused (${code})` : String((error as Error).message ?? error);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** Bytes as text (UTF-8, or UTF-16 with a byte-order mark), or why they are not text presslint reads. */
export function decodeText(bytes: Uint8Array): DecodedText | { reason: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(UTF16LE, bytes.subarray(2), 'utf-16le', 'UTF-16');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(UTF16BE, bytes.subarray(2), 'utf-16be', 'UTF-16');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes.includes(0)) {
    return { reason: looksLikeUtf16(bytes) ? 'it seems to be UTF-16 without a byte-order mark; save it as UTF-8' : 'it is binary (it contains NUL bytes)' };
  }
  try {
    return { text: UTF8.decode(bom ? bytes.subarray(3) : bytes), encoding: 'utf-8', bom };
  } catch {
    return { reason: legacyEncodingReason(bytes) };
  }
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, encoding: TextEncoding, name: string): DecodedText | { reason: string } {
  try {
    return { text: decoder.decode(bytes), encoding, bom: true };
  } catch {
    return { reason: `it starts with a ${name} byte-order mark but is not valid ${name}` };
  }
}

/** Text back to the bytes of the encoding it was read in (the byte-order mark too, if it had one). */
export function encodeText(text: string, encoding: TextEncoding = 'utf-8', bom = false): Buffer {
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const little = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') little.swap16();
  const mark = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), little]) : little;
}

/** ASCII text in UTF-16 has a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = sample.length / 2;
  return Math.max(even, odd) > half * 0.6 && Math.min(even, odd) < half * 0.05;
}

/**
 * Not UTF-8: most often a draft saved by an older word processor. Bytes 0x80–0x9F are
 * Windows-1252's curly quotes and dashes (Word on Windows); other bytes above 0x7F alone
 * read as Latin-1. Control bytes mean it is not text at all.
 */
function legacyEncodingReason(bytes: Uint8Array): string {
  let controls = 0;
  let windows = 0;
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
    else if (byte >= 0x80 && byte <= 0x9f) windows++;
  }
  if (controls > bytes.length / 100) return 'it is not text (not UTF-8, and full of control bytes)';
  const seems = windows > 0 ? 'Windows-1252 (as Word on Windows saves it)' : 'Latin-1 (ISO-8859-1) or Windows-1252';
  return `it is not UTF-8 but seems to be ${seems}; save it as UTF-8`;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
