import type { Place } from '../schemas/place.ts';
import { COUNTRY_NAMES } from './countries.ts';

/** "Paris, France"; "virtual"; "place not known". */
export function formatPlace(place: Place): string {
  switch (place.kind) {
    case 'city':
      return `${place.city}, ${COUNTRY_NAMES[place.country]}`;
    case 'virtual':
      return 'virtual';
    case 'unknown':
      return 'place not known';
  }
}
