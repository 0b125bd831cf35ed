import type { Country } from '../schemas/country.ts';

export const COUNTRY_NAMES: Record<Country, string> = { us: 'United States', fr: 'France' };

/** How each side's delegation is named on the pages ("U.S. delegation"). */
export const SIDE_ADJECTIVES: Record<Country, string> = { us: 'U.S.', fr: 'French' };

/** Fragment ids of the delegation sections' headings on dialogue and release pages (#us-delegation, #france-delegation). */
export const SIDE_ANCHORS: Record<Country, string> = { us: 'us-delegation', fr: 'france-delegation' };
