/**
 * Characters a terminal or a reader's eye takes for something else: C0 and C1 controls (ESC
 * starts a terminal sequence that can set a window title or clear the screen, BEL rings) and the
 * bidirectional overrides that reorder what is shown ("Trojan source"). A message that quotes a
 * draft or a house style shows them escaped, `\u{1b}`, never raw. One home for every output.
 */

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same set and also line breaks and tabs: for text that must stay on one line. */
const UNSAFE_ON_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string): string => `\\u{${char.codePointAt(0)!.toString(16)}}`;

/** `text` with every control and bidirectional override written as `\u{1b}` (line breaks and tabs kept). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** `text` on one line: controls, line breaks and tabs all escaped. */
export function escapeControlsOnOneLine(text: string): string {
  return text.replace(UNSAFE_ON_ONE_LINE, escape);
}

/**
 * JSON text (from JSON.stringify, which escapes C0 controls but leaves DEL, C1 controls and the
 * overrides raw) with those escaped as JSON escapes too: the same string to a JSON reader.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A short excerpt of a text a message quotes: at most `max` characters, controls escaped. */
export function excerpt(text: string, max = 40): string {
  const characters = [...text];
  const shown = characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
  return escapeControlsOnOneLine(shown);
}
