/** Small helpers of the spelling tests: a draft around a sentence, a speller's reports and their words. */
import type { Report } from '../../server/src/engine/index';
import type { Speller } from '../../server/src/engine/spelling/index';
import type { HouseStyle } from '../../server/src/engine/config/style';
import { parseDraft } from '../../server/src/engine/parse/document';
import { recommended } from '../../server/src/engine/config/recommended';

/** A release whose dateline paragraph is `body`, with a contact block when `contact` is given. */
export function draft(body: string, contact = ''): string {
  return `Headline of the release\n\nNairobi, Kenya, 3 March 2026 - ${body}\n${contact ? `\nFor more information, please contact:\n\n${contact}\n` : ''}`;
}

/** The spelling reports of a draft. */
export async function check(speller: Speller, text: string, style: HouseStyle = recommended): Promise<Report[]> {
  return speller.check(parseDraft(text, { style }));
}

/** The words the reports are about. */
export const words = (reports: Report[]) => reports.map((r) => r.data?.word);
