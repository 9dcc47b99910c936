/** Lines and positions of a text whose line endings may be LF, CRLF, CR or a mix. */

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character, before its line ending. */
  end: number;
  /** Offset just past the line ending (equals `end` on the last line). */
  next: number;
}

/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

/** Splits a text into lines, keeping every offset exact. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) {
      lines.push({ start, end: i, next: i + 1 });
      start = i + 1;
    } else if (code === 13 /* \r */) {
      const next = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Maps offsets to positions by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly lines: readonly Line[]) {
    this.starts = lines.map((line) => line.start);
  }

  /** The zero-based line holding `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line]! };
  }

  offsetAt(position: Position): number {
    const line = this.lines[Math.min(Math.max(position.line, 0), this.lines.length - 1)]!;
    return Math.min(line.start + Math.max(position.character, 0), line.end);
  }
}

/** The line ending a text mostly uses, for inserting new lines that match it. */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (code === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}
