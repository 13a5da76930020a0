import { describe, expect, it } from 'vitest';
import { shortFormIssues } from '@/lib/packs/short-form';

describe('shortFormIssues', () => {
  it('accepts one breath ending in one question, variables counted as written', () => {
    expect(shortFormIssues('{name}您好，这个月收入大概能有多少？')).toEqual([]);
    expect(shortFormIssues('Is now a good time?')).toEqual([]);
  });
  it('names what is wrong', () => {
    expect(shortFormIssues('好的。').map((i) => i.kind)).toEqual(['no-question']);
    expect(shortFormIssues('方便吗？什么时候还？').map((i) => i.kind)).toEqual(['several-questions']);
    const long = `${'很'.repeat(61)}？`;
    expect(shortFormIssues(long)).toEqual([{ kind: 'too-long', chars: 62, max: 60 }]);
    expect(shortFormIssues('感谢您的配合，再见。', { question: false })).toEqual([]);
  });
});
