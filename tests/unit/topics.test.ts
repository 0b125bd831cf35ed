import { describe, expect, it } from 'vitest';
import { findTopicEvidence, suggestTopics } from '../../src/lib/topics.ts';

const multilateral = { name: 'Multilateral diplomacy', description: 'x', phrases: ['multilateral', 'NATO', 'United Nations'] };
const cybercrime = { name: 'Cybercrime', description: 'x', phrases: ['cybercrime', 'Budapest Convention'] };

describe('findTopicEvidence', () => {
  it('finds a phrase as whole words, whatever the case and spacing', () => {
    expect(findTopicEvidence(multilateral, 'cybersecurity deliverables for the NATO Washington Summit')).toBe('NATO');
    expect(findTopicEvidence(multilateral, "NATO's role")).toBe('NATO');
    expect(findTopicEvidence(cybercrime, 'membership to the Budapest\nConvention')).toBe('Budapest Convention');
    expect(findTopicEvidence(cybercrime, 'Combatting CYBERCRIME')).toBe('cybercrime');
  });

  it('does not find a phrase inside another word', () => {
    expect(findTopicEvidence(multilateral, 'acting Coordinator for Cyber Issues')).toBeUndefined();
    expect(findTopicEvidence(cybercrime, 'anticybercrimes')).toBeUndefined();
  });
});

describe('suggestTopics', () => {
  it('suggests the topics whose phrases occur, in registry order', () => {
    const topics = [
      { id: 'multilateral-diplomacy', data: multilateral },
      { id: 'cybercrime', data: cybercrime },
    ];
    expect(suggestTopics(topics, 'United Nations processes and cybercrime')).toEqual(['multilateral-diplomacy', 'cybercrime']);
    expect(suggestTopics(topics, 'the Coordinator spoke')).toEqual([]);
  });
});
