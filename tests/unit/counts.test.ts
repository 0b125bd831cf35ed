import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/counts.ts';

describe('formatCount', () => {
  it('groups thousands as English does', () => {
    expect([0, 7, 999, 1234, 1234567].map(formatCount)).toEqual(['0', '7', '999', '1,234', '1,234,567']);
  });
});
