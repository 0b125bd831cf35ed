import { z } from 'astro/zod';

/** The two sides of the dialogue; also the country of an agency or person. */
export const COUNTRIES = ['us', 'fr'] as const;
export const countrySchema = z.enum(COUNTRIES, { error: 'expected "us" or "fr"' });
export type Country = z.output<typeof countrySchema>;
