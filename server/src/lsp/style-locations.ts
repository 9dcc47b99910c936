/**
 * Where things are in a house style file: a programme's canonical boilerplate, so that a
 * boilerplate finding can point at the text it should match (relatedInformation).
 */
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { readStyleFileText, type HouseStyle } from '../engine/index';

/** Per style (a new object whenever the file changes): programme name -> its boilerplate's location. */
const located = new WeakMap<HouseStyle, Map<string, Location>>();

/** The location of a programme's boilerplate in the house style file, if that file writes it. */
export function boilerplateLocation(style: HouseStyle, programme: string): Location | undefined {
  if (!style.file) return undefined;
  let map = located.get(style);
  if (!map) {
    map = readLocations(style.file);
    located.set(style, map);
  }
  return map.get(programme);
}

function readLocations(file: string): Map<string, Location> {
  const map = new Map<string, Location>();
  let text: string;
  try {
    text = readStyleFileText(file);
  } catch {
    return map;
  }
  const counter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: counter });
  const programmes = document.get('programmes', true);
  if (!isSeq(programmes)) return map;
  const uri = pathToFileURL(file).toString();
  const position = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: line - 1, character: col - 1 };
  };
  for (const item of programmes.items) {
    if (!isMap(item)) continue;
    const name = item.get('name');
    const boilerplate = item.get('boilerplate', true);
    if (typeof name !== 'string' || !isScalar(boilerplate) || !boilerplate.range) continue;
    map.set(name, { uri, range: { start: position(boilerplate.range[0]), end: position(boilerplate.range[1]) } });
  }
  return map;
}
