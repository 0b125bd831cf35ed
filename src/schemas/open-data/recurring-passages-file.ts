/**
 * The shape of `/data/recurring-passages.json`: the recurring passages of the series, one entry per appearance
 * (src/schemas/open-data/shared.ts says how these schemas are used).
 */
import { z } from 'astro/zod';
import { dataFileHeaderShape } from './shared.ts';

const appearanceFields = {
  release: z.string().describe('The id of the release (its page is /releases/ID/; its record is in /data/releases.json).'),
  url: z.url().describe('The paragraph on the release page that holds the passage.'),
  paragraph: z.string().describe('The anchor of that paragraph on the release page: "p1" for the first.'),
  firstWord: z.number().int().positive().describe('Where the passage starts in the paragraph: the number of its first word, from 1, words counted as the finder counts them.'),
  wordCount: z.number().int().positive().describe('How many words it holds.'),
  words: z.string().describe('The passage as the release writes it, from its first word to its last.'),
};

export const passageAppearanceSchema = z.object(appearanceFields);

export const laterPassageAppearanceSchema = z.object({
  ...appearanceFields,
  changes: z
    .array(
      z.object({
        from: z.string().describe('The words of the first appearance that changed; empty where words were added.'),
        to: z.string().describe('The words this appearance has in their place; empty where words were left out.'),
      }),
    )
    .describe('How its words differ from the first appearance, change by change (case, accents and punctuation aside); empty when they are the same.'),
});

export const recurringPassagesFileSchema = z.object({
  ...dataFileHeaderShape,
  rules: z
    .object({
      minimumRun: z.number().int().positive().describe('The fewest identical words in a row that make a recurring passage (12).'),
      maximumChange: z.number().int().positive().describe('The most words a change may replace, add or leave out on either side and still belong to the passage.'),
      minimumRunAfterChange: z.number().int().positive().describe('The fewest identical words that must follow a change for the passage to go on past it.'),
    })
    .describe('What counts as a match; the /language/ page says it in words.'),
  passages: z
    .array(
      z.object({
        id: z.string().describe('The passage\'s id, from its first appearance: "passage-", the release id, "-p", the paragraph, "-w", the first word.'),
        url: z.url().describe('The passage on the /language/ page.'),
        first: passageAppearanceSchema.describe('Its earliest appearance in the archive (releases in date order; one without a date of issue is placed by the dialogue it reports).'),
        later: z.array(laterPassageAppearanceSchema).describe('Every later appearance, in the same order.'),
      }),
    )
    .describe('Every passage that two or more releases share, in the order of their first appearance.'),
});

export type RecurringPassagesFile = z.output<typeof recurringPassagesFileSchema>;
export type PassageAppearanceData = z.output<typeof passageAppearanceSchema>;
export type LaterPassageAppearanceData = z.output<typeof laterPassageAppearanceSchema>;
