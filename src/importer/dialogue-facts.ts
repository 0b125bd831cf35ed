/**
 * What a release says about dialogues: the one it reports (its ordinal, dates and place) and the earlier
 * ones it names ("builds on the inaugural … dialogue, which was held in Paris in September of 2016").
 */
import type { PartialDate } from '../schemas/dates.ts';
import type { Place } from '../schemas/place.ts';
import { findMeetingDates, findMonthDate } from './calendar-dates.ts';
import { ORDINAL_PATTERN, parseOrdinal } from './dialogue-ordinals.ts';
import { findMeetingPlace } from './meeting-places.ts';
import { splitSentences } from './sentences.ts';

/** Facts about one dialogue, each as the text states it; `quote` is the passage that states them. */
export interface DialogueFacts {
  ordinal?: number;
  /** The ordinal as written ("sixth", "inaugural"). */
  ordinalWritten?: string;
  dates?: PartialDate;
  datesWritten?: string;
  yearFromIssue?: boolean;
  place?: Place;
  placeWritten?: string;
  /** "in Somewhere" where Somewhere is not a city the importer knows. */
  unrecognisedPlace?: string;
  quote: string;
  /** The whole sentence the facts were read from. */
  sentence?: string;
}

export interface DialoguesInText {
  /** The dialogue the release reports; undefined when the text gives neither an ordinal nor dates. */
  reported?: DialogueFacts;
  earlier: DialogueFacts[];
}

const DIALOGUE_MENTION = new RegExp(`\\b(${ORDINAL_PATTERN})\\b(?:\\s+[^\\s,;]+){0,5}?\\s+dialogue\\b`, 'gi');
const EARLIER_LEAD_IN = /\b(?:builds? on|building on|follows?|following|after|since|previous|prior to|preceding|like)\s+(?:the|our)?\s*$/i;

/** The passage of `sentence` from its start to the end of its last fact, without trailing punctuation. */
function quoteUpTo(sentence: string, end: number): string {
  return sentence.slice(0, Math.max(end, 1)).replace(/[\s,;:]+$/, '');
}

/** The facts of the dialogue an earlier-dialogue mention names, read from the rest of its sentence. */
function readEarlierDialogue(sentence: string, mentionIndex: number, mention: string, ordinalWord: string, issued: string | undefined): DialogueFacts {
  const restStart = mentionIndex + mention.length;
  const rest = sentence.slice(restStart);
  const facts: DialogueFacts = { ordinal: parseOrdinal(ordinalWord), ordinalWritten: ordinalWord, quote: '' };
  let end = restStart;
  const place = findMeetingPlace(rest);
  if (place && 'place' in place) {
    facts.place = place.place;
    facts.placeWritten = place.written;
    end = Math.max(end, restStart + place.index + place.written.length);
  }
  let day;
  try {
    day = findMeetingDates(rest, issued);
  } catch {
    day = undefined;
  }
  const month = findMonthDate(rest);
  const date = day ?? month;
  if (date) {
    facts.dates = date.dates;
    facts.datesWritten = date.written;
    end = Math.max(end, restStart + date.index + date.written.length);
  }
  facts.quote = quoteUpTo(sentence, end);
  return facts;
}

/**
 * Reads the dialogue facts of a release text. `issued` (`YYYY-MM-DD`) gives the year of dates written without one.
 * Throws DateReadingError when the meeting's dates have no year and there is no date of issue.
 */
export function findDialogueFacts(text: string, issued: string | undefined): DialoguesInText {
  const earlier: DialogueFacts[] = [];
  const earlierSentences = new Set<number>();
  let ordinal: { value: number; written: string; sentence: number; end: number } | undefined;
  const sentences = splitSentences(text);

  sentences.forEach((sentence, n) => {
    for (const match of sentence.text.matchAll(DIALOGUE_MENTION)) {
      const before = sentence.text.slice(0, match.index);
      const isEarlier = EARLIER_LEAD_IN.test(before) || /^,?\s*which (?:was|were) held\b/.test(sentence.text.slice(match.index + match[0].length));
      if (isEarlier) {
        earlier.push(readEarlierDialogue(sentence.text, match.index, match[0], match[1]!, issued));
        earlierSentences.add(n);
      } else if (!ordinal) {
        const value = parseOrdinal(match[1]!);
        if (value) ordinal = { value, written: match[1]!, sentence: n, end: match.index + match[0].length };
      }
    }
  });

  // The meeting's dates: those of the sentence that reports the dialogue (by its ordinal), else the first day or
  // range of days outside the sentences about earlier dialogues. A date before that sentence (a date-of-issue line
  // left in the text, say) is never the meeting's when the reporting sentence has its own.
  const outsideEarlier = sentences.map((_, n) => n).filter((n) => !earlierSentences.has(n));
  const reporting = ordinal && !earlierSentences.has(ordinal.sentence) ? ordinal.sentence : undefined;
  const order = reporting === undefined ? outsideEarlier : [reporting, ...outsideEarlier.filter((n) => n !== reporting)];
  let dates: { found: NonNullable<ReturnType<typeof findMeetingDates>>; sentence: number } | undefined;
  for (const n of order) {
    const found = findMeetingDates(sentences[n]!.text, issued);
    if (found) {
      dates = { found, sentence: n };
      break;
    }
  }
  if (!ordinal && !dates) return { earlier };

  const factSentence = ordinal?.sentence ?? dates!.sentence;
  const sentence = sentences[factSentence]!.text;
  const reported: DialogueFacts = { quote: '', sentence };
  let end = 0;
  if (ordinal) {
    reported.ordinal = ordinal.value;
    reported.ordinalWritten = ordinal.written;
    end = ordinal.end;
  }
  if (dates) {
    reported.dates = dates.found.dates;
    reported.datesWritten = dates.found.written;
    reported.yearFromIssue = dates.found.yearFromIssue;
    if (dates.sentence === factSentence) end = Math.max(end, dates.found.index + dates.found.written.length);
  }
  const place = findMeetingPlace(sentence);
  if (place && 'place' in place) {
    reported.place = place.place;
    reported.placeWritten = place.written;
    end = Math.max(end, place.index + place.written.length);
  } else if (place) {
    reported.unrecognisedPlace = place.unrecognised;
  }
  reported.quote = quoteUpTo(sentence, end);
  return { reported, earlier };
}
