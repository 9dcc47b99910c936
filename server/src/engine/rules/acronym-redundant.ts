/** `acronym-redundant`: Expand an acronym once; later uses take the acronym alone. */
import type { Rule } from '../types';

export const acronymRedundant: Rule = {
  meta: {
    id: 'acronym-redundant',
    description: "Expand an acronym once; later uses take the acronym alone.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
