// Who a page is about: a number shown in full identifies one debtor; a masked one never does alone.
import { describe, expect, it } from 'vitest';
import { debtorIdentity, isMasked } from '@/lib/extract/identity';
import type { DebtorContext } from '@/lib/extract/types';

const O = 'https://crm.bank.cn';
const f = (value: string, confidence = 0.9) => ({ value, raw: value, confidence, source: { method: 'table' as const } });
const page = (fields: DebtorContext['fields']) => ({ origin: O, fields });

describe('debtorIdentity', () => {
  it('tells masked numbers from numbers shown in full', () => {
    for (const m of ['6225 **** **** 8812', '138****5521', 'XXXX-XXXX-XXXX-4821', '4392 26•• •••• 0071', 'AF-6214-＊＊＊＊-0093']) expect(isMasked(m), m).toBe(true);
    for (const m of ['CS-2026-004817', '6225880012348812', 'LN-88213-0918', 'TX-2026-X1']) expect(isMasked(m), m).toBe(false);
  });

  it('keys by an unmasked account, else an unmasked case number (the keys earlier versions used)', () => {
    expect(debtorIdentity(page({ name: f('张伟'), accountId: f('6225880012348812'), caseId: f('CS-1') }))).toEqual({ key: `${O}|6225880012348812`, strong: true, basis: ['accountId'] });
    expect(debtorIdentity(page({ name: f('张伟'), accountId: f('6225 **** **** 8812'), caseId: f('CS-2026-004817') }))).toEqual({ key: `${O}|CS-2026-004817`, strong: true, basis: ['caseId'] });
  });

  it('never keys by a masked number alone: two people whose cards mask alike get two keys', () => {
    const zhang = debtorIdentity(page({ name: f('张伟'), accountId: f('6225 **** **** 8812') }))!;
    const wang = debtorIdentity(page({ name: f('王芳'), accountId: f('6225 **** **** 8812') }))!;
    expect(zhang.strong).toBe(false);
    expect(zhang.key).not.toBe(wang.key);
    expect(zhang.key).toBe(`${O}|~6225 **** **** 8812|张伟|`);
  });

  it('uses only values read with certainty', () => {
    // A doubtful unmasked case number does not make the key strong.
    const id = debtorIdentity(page({ name: f('张伟'), accountId: f('6225 **** **** 8812'), caseId: f('CS-2026-004817', 0.5) }))!;
    expect(id.strong).toBe(false);
    expect(id.basis).toEqual(['accountId', 'name']);
    expect(debtorIdentity(page({ name: f('张伟', 0.45) }))).toBeNull();
  });
});
