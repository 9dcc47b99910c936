/** `acronym-unknown`: Expand or register every acronym; ignore those that are not acronyms. */
import type { Rule } from '../types';

export const acronymUnknown: Rule = {
  meta: {
    id: 'acronym-unknown',
    description: "Expand or register every acronym; ignore those that are not acronyms.",
    defaultSeverity: 'warning',
    fixable: false,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
