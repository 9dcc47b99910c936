/**
 * Values derived from a parsed document or a house style, computed once and kept with what
 * they were derived from, so that they are released with it. A parsed document carries its own
 * `DerivedValues` (`doc.derived`); a house style, which is frozen when it is merged, has one
 * through `derivedFrom(style)` (`deepFreeze` freezes it). Every cache of the engine is a `DerivedKey` used through one of
 * these two: there are no module-level caches beside them.
 */

/** Names one derived value and its type. Keys compare by identity: declare each once, at module level. */
export class DerivedKey<T> {
  /** Only for the type: never set. */
  declare private readonly type?: T;
  constructor(readonly name: string) {}
}

export class DerivedValues {
  private readonly values = new Map<DerivedKey<unknown>, { inputs: readonly unknown[]; value: unknown }>();

  /**
   * The value for `key`, computed the first time and whenever `inputs` (compared by identity
   * with the last call's) differ: an analysis that depends on the house style's registry passes
   * the registry.
   */
  get<T>(key: DerivedKey<T>, compute: () => T, inputs: readonly unknown[] = []): T {
    const held = this.values.get(key);
    if (held && held.inputs.length === inputs.length && held.inputs.every((input, i) => input === inputs[i])) return held.value as T;
    const value = compute();
    this.values.set(key, { inputs, value });
    return value;
  }
}

const owners = new WeakMap<object, DerivedValues>();

/**
 * The derived values of an object that never changes (a frozen house style or a part of one).
 * A cache keyed on an object that could still be edited would go stale without a word, so an
 * unfrozen owner (a style a test builds by hand) gets fresh values every call: right, only slower.
 */
export function derivedFrom(owner: object): DerivedValues {
  if (!Object.isFrozen(owner)) return new DerivedValues();
  let values = owners.get(owner);
  if (!values) {
    values = new DerivedValues();
    owners.set(owner, values);
  }
  return values;
}

/** Freezes an object and everything reachable from it (plain objects and arrays), so that values derived from it stay true. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
