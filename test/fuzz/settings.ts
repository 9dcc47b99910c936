/**
 * How many inputs each property tries, from which seed, and how a failure is reported.
 *
 * `npm test` runs every property with a fixed seed and a bounded number of runs, so the suite
 * stays fast and a failure repeats on every machine. `npm run fuzz` sets FUZZ_RUNS (and may
 * set FUZZ_SEED to explore new inputs; FUZZ_SEED=random picks one and prints it).
 * A failure prints the seed and path that replay it, with FUZZ_SEED and FUZZ_PATH.
 */
import fc from 'fast-check';

/** The seed `npm test` uses. */
export const DEFAULT_SEED = 20260601;

function seedFromEnv(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  if (raw === 'random') return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${JSON.stringify(raw)}.`);
  return seed;
}

export const FUZZ_SEED = seedFromEnv();
const FUZZ_PATH = process.env.FUZZ_PATH || undefined;
/** Set by `npm run fuzz`: the number of runs of the cheapest properties. */
const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;

/** True under `npm run fuzz` (a long run). */
export const LONG_RUN = FUZZ_RUNS !== undefined && FUZZ_RUNS > 0;

/**
 * Runs for a property: `quick` in `npm test`; under `npm run fuzz`, FUZZ_RUNS times `share`
 * (the expensive properties take a share of the cheap ones' count).
 */
export function runs(quick: number, share = 1): number {
  return LONG_RUN ? Math.max(quick, Math.round(FUZZ_RUNS! * share)) : quick;
}

/** Inputs tried per property in this process, for the summary `npm run fuzz` prints. */
export const tried = new Map<string, number>();

/**
 * Checks an asynchronous property with the fuzz seed; on failure, throws fast-check's report
 * (the counterexample, seed and path) with how to replay it and where to keep it.
 */
export async function checkProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void> | void, numRuns: number): Promise<void> {
  let count = 0;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    count++;
    await predicate(value);
  });
  const details = await fc.check(property, { seed: FUZZ_SEED, path: FUZZ_PATH, numRuns, endOnFailure: !LONG_RUN, includeErrorInReport: true });
  tried.set(name, (tried.get(name) ?? 0) + details.numRuns);
  if (LONG_RUN) console.log(`fuzz: ${name}: ${details.numRuns} inputs, seed ${details.seed}${details.failed ? ', FAILED' : ''}`);
  if (details.failed) {
    const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} node --import tsx --test test/fuzz/*.test.ts`;
    throw new Error(
      `${fc.defaultReportMessage(details)}\n\nProperty "${name}" failed after ${count} inputs. Replay: ${replay}\n` +
        'Fix the cause, then keep the counterexample in test/fuzz/regressions.ts.',
    );
  }
}
