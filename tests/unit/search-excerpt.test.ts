import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search-excerpt.ts';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(excerptParts('the <mark>National</mark> <mark>Cybersecurity</mark> Agency (<mark>ANSSI),</mark> the')).toEqual([
      { text: 'the ', marked: false },
      { text: 'National', marked: true },
      { text: ' ', marked: false },
      { text: 'Cybersecurity', marked: true },
      { text: ' Agency (', marked: false },
      { text: 'ANSSI),', marked: true },
      { text: ' the', marked: false },
    ]);
  });

  it('undoes Pagefind’s escaping of angle brackets, and keeps other text as it is', () => {
    expect(excerptParts('a &lt;b&gt; &amp; “c”')).toEqual([{ text: 'a <b> &amp; “c”', marked: false }]);
  });

  it('never turns anything but <mark> into markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark>FBI</mark><script>x</script>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'FBI', marked: true },
      { text: '<script>x</script>', marked: false },
    ]);
  });

  it('gives nothing for an empty excerpt, and joins neighbours of the same kind', () => {
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark>Home</mark><mark>land</mark>')).toEqual([{ text: 'Homeland', marked: true }]);
  });
});
