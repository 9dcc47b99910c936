/** `date-style`: Write dates in the body as the dateline does (10-13 June), and ranges with the house's dash. */
import type { Rule } from '../types';

export const dateStyle: Rule = {
  meta: {
    id: 'date-style',
    description: "Write dates in the body as the dateline does (10-13 June), and ranges with the house's dash.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
