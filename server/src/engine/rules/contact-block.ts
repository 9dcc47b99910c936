/** `contact-block`: End with the house contact block: heading, organisation and name, and a way to reach each contact. */
import type { Rule } from '../types';

export const contactBlock: Rule = {
  meta: {
    id: 'contact-block',
    description: "End with the house contact block: heading, organisation and name, and a way to reach each contact.",
    defaultSeverity: 'error',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
