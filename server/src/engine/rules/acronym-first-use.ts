/** `acronym-first-use`: Expand an acronym at its first use: Full Name (ACR). */
import type { Rule } from '../types';

export const acronymFirstUse: Rule = {
  meta: {
    id: 'acronym-first-use',
    description: "Expand an acronym at its first use: Full Name (ACR).",
    defaultSeverity: 'error',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
