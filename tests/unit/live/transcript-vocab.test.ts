// Speaker labels as workbenches write them: with times, names, brackets; field labels that start with a speaker word are not speakers.
import { it, expect } from 'vitest';
import { splitLabel, labelAlone } from '@/lib/live/transcript/vocab';
it('splits speaker labels off the words and refuses field labels', () => {
  const cases: [string, string | null, string][] = [
    ['客户：我没钱', 'debtor', '我没钱'], ['[10:02:31] 坐席：您好', 'agent', '您好'], ['【客户】你好', 'debtor', '你好'], ['[客户] 你好', 'debtor', '你好'],
    ['坐席(王琳)：好', 'agent', '好'], ['客户 张伟：嗯', 'debtor', '嗯'], ['Agent (Li): Hi', 'agent', 'Hi'], ['Customer: no', 'debtor', 'no'],
    ['Customer Service: hi', 'agent', 'hi'], ['Report: x', null, ''], ['我：您好', 'agent', '您好'], ['我没钱', null, ''], ['客户10:02:31：好', 'debtor', '好'],
    ['10:02 客户 ：好的', 'debtor', '好的'], ['本人：是我', 'debtor', '是我'], ['客户姓名：张伟', null, ''], ['坐席工号：A1027', null, ''], ['Customer ID: 42', null, ''], ['Meeting: x', null, ''],
  ];
  for (const [t, s, rest] of cases) {
    const r = splitLabel(t);
    expect(r?.speaker ?? null, t).toBe(s);
    if (s) expect(r!.rest, t).toBe(rest);
  }
  expect(labelAlone('坐席：')).toBe('agent');
  expect(labelAlone('本人')).toBeNull();
});
