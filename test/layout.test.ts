/**
 * The engine's layout, kept by a test rather than by memory: the engine imports no editor, no
 * LSP and no adapter; no engine file grows past a size a newcomer reads in one sitting; and no
 * two engine modules import each other, even for types only (a circle is where layers blur).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const engine = join(__dirname, '..', 'server', 'src', 'engine');
/** Lines: a module longer than this holds more than one idea and should be split along its seams. */
const MAX_LINES = 450;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  return Array.from(readFileSync(file, 'utf8').matchAll(IMPORT), (m) => (m[1] ?? m[2])!);
}

/** The engine file a relative specifier names (`./x` is `./x.ts` or `./x/index.ts`). */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

const files = sources(engine);

describe('engine layout', () => {
  it('imports no editor, LSP or adapter code', () => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /^vscode(?:-|$)|^vscode-languageserver|(?:^|\/)(?:lsp|cli|client)(?:\/|$)/.test(specifier) || (specifier.startsWith('.') && !resolve(dirname(file), specifier).startsWith(engine)))
        .map((specifier) => `${relative(engine, file)} imports ${specifier}`),
    );
    assert.deepEqual(offending, []);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file: relative(engine, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    assert.deepEqual(long, []);
  });

  it('has no import circle', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).flatMap((s) => resolveLocal(file, s) ?? [])]));
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(engine, f)).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    assert.deepEqual(circles, []);
  });

  it('spells the month names out in one source file', () => {
    const withMonths = files.filter((file) => /\bfebruary\b/i.test(readFileSync(file, 'utf8').replace(/\/\*[^]*?\*\/|\/\/.*$/gm, '')));
    assert.deepEqual(withMonths.map((file) => relative(engine, file)), ['text/dates.ts']);
  });
});
