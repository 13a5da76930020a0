// Whether the cards follow a debtor turn or it waits in the tray (lib/live/follow).
import { describe, expect, it } from 'vitest';
import { AGENT_SPOKE_MS, CARDS_FRESH_MS, follow, readingReason, TYPING_MS, type ReadingState } from '@/lib/live/follow';

const NOW = 1_000_000;
const free: ReadingState = { now: NOW, pointerOrFocusInCards: false, agentHeardAt: 0, agentSpeaking: false, cardsShownAt: 0, typedAt: 0, typingInBox: false };

describe('readingReason', () => {
  it('is null when the agent is free', () => {
    expect(readingReason(free)).toBeNull();
    expect(readingReason({ ...free, cardsShownAt: NOW - CARDS_FRESH_MS - 1, agentHeardAt: NOW - AGENT_SPOKE_MS - 1, typedAt: NOW - TYPING_MS - 1 })).toBeNull();
  });
  it('names each way of being busy', () => {
    expect(readingReason({ ...free, pointerOrFocusInCards: true })).toBe('pointer');
    expect(readingReason({ ...free, agentSpeaking: true, agentHeardAt: NOW - 5_000 })).toBe('agent-speaking');
    expect(readingReason({ ...free, agentHeardAt: NOW - 1_000 })).toBe('agent-speaking');
    expect(readingReason({ ...free, cardsShownAt: NOW - 1_000 })).toBe('cards-fresh');
    expect(readingReason({ ...free, typedAt: NOW - 500 })).toBe('typing');
    expect(readingReason({ ...free, typingInBox: true })).toBe('typing');
  });
  it('forgets an interim agent turn that never became final', () => {
    expect(readingReason({ ...free, agentSpeaking: true, agentHeardAt: NOW - 60_000 })).toBeNull();
  });
});

describe('follow', () => {
  it('takes a new situation when free, trays it while reading, ignores the same one or none', () => {
    expect(follow({ top: 'after-payday', crisis: false }, 'no-money-now', null)).toBe('take');
    expect(follow({ top: 'after-payday', crisis: false }, 'no-money-now', 'pointer')).toBe('tray');
    expect(follow({ top: 'no-money-now', crisis: false }, 'no-money-now', null)).toBe('same');
    expect(follow({ top: null, crisis: false }, 'no-money-now', null)).toBe('same');
  });
  it('never trays a crisis', () => {
    expect(follow({ top: 'crisis', crisis: true }, 'no-money-now', 'agent-speaking')).toBe('take');
  });
});
