/** `headline`: Give the release a one-line headline of reasonable length, without a full stop. */
import type { Rule } from '../types';

export const headline: Rule = {
  meta: {
    id: 'headline',
    description: "Give the release a one-line headline of reasonable length, without a full stop.",
    defaultSeverity: 'error',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
