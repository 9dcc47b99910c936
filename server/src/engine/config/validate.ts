/**
 * Checks a parsed house style file against the schema (config/schema.ts), walking the YAML
 * nodes so that every problem names its line and key, and the values allowed there.
 */
import { excerpt } from '../text/controls';
import { isMap, isScalar, isSeq, isAlias, type Node } from 'yaml';
import type { Schema } from './schema';

export interface StyleProblem {
  /** Dotted path of the key: `rules.spaceing`, `programmes[0].name`. */
  key: string;
  message: string;
  /** Offset in the file where the problem is, for line and column. */
  offset: number;
  endOffset: number;
}

/** Every schema problem in a YAML (or JSON) node tree; empty when the file is valid. */
export function validateNode(node: Node | null | undefined, schema: Schema, key = ''): StyleProblem[] {
  const problems: StyleProblem[] = [];
  walk(node, schema, key, problems);
  return problems;
}

function rangeOf(node: Node | null | undefined): [number, number] {
  const range = node?.range;
  return range ? [range[0], range[1]] : [0, 0];
}

function describe(node: Node | null | undefined): string {
  if (node == null || (isScalar(node) && node.value === null)) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  // A short excerpt, controls escaped: a message must never print a file it was pointed at.
  if (isScalar(node)) return typeof node.value === 'string' ? `the text "${excerpt(node.value)}"` : `${typeof node.value} ${excerpt(String(node.value))}`;
  return 'something else';
}

const TYPE_NAMES: Record<NonNullable<Schema['type']>, string> = {
  object: 'a mapping of keys to values',
  array: 'a list',
  string: 'a text',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  null: 'null',
};

/** Whether a node has the type a schema asks for (the choice among `oneOf`'s alternatives). */
function hasType(node: Node | null | undefined, type: Schema['type']): boolean {
  const value = isScalar(node) ? node.value : undefined;
  switch (type) {
    case 'object':
      return isMap(node);
    case 'array':
      return isSeq(node);
    case 'null':
      return node == null || (isScalar(node) && value === null);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
    case 'integer':
      return typeof value === 'number';
    default:
      return true;
  }
}

function walk(node: Node | null | undefined, schema: Schema, key: string, problems: StyleProblem[]): void {
  const [offset, endOffset] = rangeOf(node);
  const problem = (message: string, at: Node | null | undefined = node) => {
    const [start, end] = at ? rangeOf(at) : [offset, endOffset];
    problems.push({ key, message, offset: start, endOffset: end });
  };
  const name = key || 'the house style';

  if (isAlias(node)) {
    problem(`"${name}": aliases (*name) are not allowed in a house style file.`);
    return;
  }
  if (schema.oneOf) {
    const fits = schema.oneOf.find((alternative) => hasType(node, alternative.type));
    if (!fits) return problem(`"${name}" must be ${schema.oneOf.map((a) => TYPE_NAMES[a.type ?? 'string']).join(', or ')}, not ${describe(node)}.`);
    return walk(node, fits, key, problems);
  }
  switch (schema.type) {
    case 'null':
      return;
    case 'object': {
      // A file that is no mapping at all is not a house style: nothing of it is quoted (it may
      // be a .env file or a key that `extends` or configPath named by mistake or on purpose).
      if (!isMap(node) && !key) return problem('This file is not a house style: a house style is a mapping of keys to values (dialect:, rules:, ...).');
      if (!isMap(node)) return problem(`"${name}" must be ${TYPE_NAMES.object}, not ${describe(node)}.`);
      const seen = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const child = isScalar(keyNode) ? String(keyNode.value) : undefined;
        if (child === undefined) {
          problem(`"${name}" has a key that is not a plain name.`, keyNode);
          continue;
        }
        seen.add(child);
        const path = key ? `${key}.${child}` : child;
        // Own keys only: `constructor` or `__proto__` must not find Object.prototype's and pass as known.
        const known = schema.properties && Object.hasOwn(schema.properties, child) ? schema.properties[child] : undefined;
        if (schema.propertyNames && !schema.propertyNames.enum.includes(child)) {
          problems.push({
            key: path,
            message: `Unknown rule id "${excerpt(child)}" under "${name}". Known rules: ${schema.propertyNames.enum.join(', ')}.`,
            ...offsets(keyNode),
          });
          continue;
        }
        if (known) walk(pair.value as Node | null, known, path, problems);
        else if (typeof schema.additionalProperties === 'object') walk(pair.value as Node | null, schema.additionalProperties, path, problems);
        else if (schema.additionalProperties === false) {
          const allowed = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema');
          problems.push({
            key: path,
            message: `Unknown key "${excerpt(child)}" in ${key ? `"${excerpt(key)}"` : 'the house style'}. Allowed keys: ${allowed.join(', ')}.`,
            ...offsets(keyNode),
          });
        }
      }
      for (const required of schema.required ?? []) {
        if (!seen.has(required)) problem(`"${name}" needs a "${required}" key.`);
      }
      return;
    }
    case 'array': {
      if (!isSeq(node)) return problem(`"${name}" must be ${TYPE_NAMES.array}, not ${describe(node)}.`);
      node.items.forEach((item, i) => walk(item as Node | null, schema.items ?? {}, `${key}[${i}]`, problems));
      return;
    }
    case undefined:
      return;
    default: {
      const value = isScalar(node) ? node.value : undefined;
      const ok =
        (schema.type === 'string' && typeof value === 'string') ||
        (schema.type === 'boolean' && typeof value === 'boolean') ||
        (schema.type === 'number' && typeof value === 'number') ||
        (schema.type === 'integer' && typeof value === 'number' && Number.isInteger(value));
      if (!ok) return problem(`"${name}" must be ${TYPE_NAMES[schema.type]}, not ${describe(node)}.`);
      if (schema.enum && !schema.enum.includes(value as string)) {
        return problem(`"${excerpt(name)}" must be one of: ${schema.enum.join(', ')} (not "${excerpt(String(value))}").`);
      }
      if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) {
        return problem(`"${name}" must not be empty.`);
      }
      // Control characters (written as YAML escapes such as "\0") are never house text, and a
      // heading holding them was inserted by a fix and never read back (found by the fuzzer).
      if (typeof value === 'string' && /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) {
        return problem(`"${name}" must not contain control characters.`);
      }
      if (typeof value === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
        return problem(`"${excerpt(name)}" must be ${schema.errorMessage ?? `text matching ${schema.pattern}`}, not "${excerpt(value)}".`);
      }
      if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
        return problem(`"${name}" must be at least ${schema.minimum} (not ${value}).`);
      }
    }
  }
}

function offsets(node: Node | null | undefined): { offset: number; endOffset: number } {
  const [offset, endOffset] = rangeOf(node);
  return { offset, endOffset };
}
