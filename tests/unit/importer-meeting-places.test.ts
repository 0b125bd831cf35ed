import { describe, expect, it } from 'vitest';
import { findMeetingPlace } from '../../src/importer/meeting-places.ts';

describe('findMeetingPlace', () => {
  it('places as written', () => {
    expect(findMeetingPlace('held the sixth dialogue in Washington, D.C., to reaffirm')).toMatchObject({ place: { kind: 'city', city: 'Washington, D.C.', country: 'us' }, written: 'Washington, D.C.' });
    expect(findMeetingPlace('which was held in Paris in September of 2016')).toMatchObject({ place: { kind: 'city', city: 'Paris', country: 'fr' } });
    expect(findMeetingPlace('the fourth dialogue was held virtually')).toMatchObject({ place: { kind: 'virtual' } });
  });

  it('names a place it does not know, and finds none where there is none', () => {
    expect(findMeetingPlace('they met in Brussels')).toEqual({ unrecognised: 'Brussels' });
    expect(findMeetingPlace('On February 7th and 8th, the United States and France deepened')).toBeUndefined();
  });
});
