/** The outline of a release: headline, dateline, body, boilerplate, contact block (from the DraftDocument). */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Block, TextRange } from '../engine/index';
import { contactInfo } from '../engine/parse/contact';
import { parseDateline } from '../engine/parse/dateline';
import { toRange } from './diagnostics';
import type { Analysis } from './linter';

/** The document symbols of a draft, in text order. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const doc = analysis.result.doc;
  const range = (r: TextRange) => toRange(doc.index, r);
  const symbol = (name: string, detail: string, kind: SymbolKind, r: TextRange, children?: DocumentSymbol[], selection = r): DocumentSymbol => ({
    name: name.trim() === '' ? detail : name,
    detail,
    kind,
    range: range(r),
    selectionRange: range(selection),
    children,
  });
  const symbols: DocumentSymbol[] = [];

  if (doc.embargo) symbols.push(symbol(short(doc.embargo.text), 'embargo', SymbolKind.Event, doc.embargo.range));
  if (doc.headline) symbols.push(symbol(short(doc.headline.text), 'headline', SymbolKind.String, doc.headline.range));
  if (doc.subheadline) symbols.push(symbol(short(doc.subheadline.text), 'sub-headline', SymbolKind.String, doc.subheadline.range));

  const dateline = safe(() => parseDateline(doc));
  if (doc.body.length > 0) {
    const first = doc.body[0]!;
    const last = doc.body[doc.body.length - 1]!;
    const children = doc.body.map((block, i) => symbol(short(block.text, 60), i === 0 ? 'lead paragraph' : 'paragraph', SymbolKind.String, block.range));
    if (dateline) {
      const text = doc.text.slice(dateline.range.start, dateline.range.end);
      children.unshift(symbol(text.replace(/[\s\-–—:]+$/, ''), 'dateline', SymbolKind.Event, dateline.range));
    }
    symbols.push(symbol('Body', `${doc.body.length} paragraph${doc.body.length === 1 ? '' : 's'}`, SymbolKind.Namespace, span(first, last), children, first.range));
  }

  const aboutHeadings = doc.blocks.filter((b) => b.kind === 'about-heading');
  const boilerplate = [...aboutHeadings, ...doc.boilerplate].sort((a, b) => a.range.start - b.range.start);
  if (boilerplate.length > 0) {
    const first = boilerplate[0]!;
    const name = first.kind === 'about-heading' ? short(first.text) : 'Boilerplate';
    const children = doc.boilerplate.map((block) => symbol(short(block.text, 60), 'boilerplate paragraph', SymbolKind.String, block.range));
    symbols.push(symbol(name, 'boilerplate', SymbolKind.Module, span(first, boilerplate[boilerplate.length - 1]!), children, first.range));
  }

  if (doc.contact) {
    const info = safe(() => contactInfo(doc));
    const children = (info?.entries ?? []).map((entry) => {
      const who = [entry.organisation?.text, entry.name?.text].filter(Boolean).join(': ');
      return symbol(who || short(doc.text.slice(entry.range.start, entry.range.end)), 'contact', SymbolKind.Object, entry.range);
    });
    const heading = doc.contact.heading;
    symbols.push(symbol(heading ? short(heading.text) : 'Contact', 'contact block', SymbolKind.Object, doc.contact.range, children, heading?.range ?? doc.contact.range));
  }
  if (doc.endMark) symbols.push(symbol(doc.endMark.text, 'end mark', SymbolKind.Constant, doc.endMark.range));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function span(first: Block, last: Block): TextRange {
  return { start: first.range.start, end: last.range.end };
}

/** The first words of a block, on one line. */
function short(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** The outline never fails because an analysis did: it just shows less. */
function safe<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}
