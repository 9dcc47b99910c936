/** `acronym-expansion`: Expand an acronym with its official name from the registry. */
import type { Rule } from '../types';

export const acronymExpansion: Rule = {
  meta: {
    id: 'acronym-expansion',
    description: "Expand an acronym with its official name from the registry.",
    defaultSeverity: 'error',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
