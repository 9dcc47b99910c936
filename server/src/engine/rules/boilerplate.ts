/** `boilerplate`: Include each mentioned programme's canonical boilerplate, word for word, before the contact block. */
import type { Rule } from '../types';

export const boilerplate: Rule = {
  meta: {
    id: 'boilerplate',
    description: "Include each mentioned programme's canonical boilerplate, word for word, before the contact block.",
    defaultSeverity: 'error',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
