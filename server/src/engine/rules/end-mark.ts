/** `end-mark`: End the release with the house's end mark (###) after the contact block. */
import type { Rule } from '../types';

export const endMark: Rule = {
  meta: {
    id: 'end-mark',
    description: "End the release with the house's end mark (###) after the contact block.",
    defaultSeverity: 'off',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
