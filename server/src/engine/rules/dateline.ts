/** `dateline`: Open the first paragraph with the dateline in the house form: City, Country, D Month YYYY - . */
import type { Rule } from '../types';

export const dateline: Rule = {
  meta: {
    id: 'dateline',
    description: "Open the first paragraph with the dateline in the house form: City, Country, D Month YYYY - .",
    defaultSeverity: 'error',
    fixable: true,
  },
  check() {
    // TODO: implemented in its own change.
  },
};
