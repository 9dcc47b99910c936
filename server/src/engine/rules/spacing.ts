/** `spacing`: Use single ordinary spaces: no runs of spaces, no pasted no-break spaces, no space inside brackets. */
import type { Rule } from '../types';

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    description: "Use single ordinary spaces: no runs of spaces, no pasted no-break spaces, no space inside brackets.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
