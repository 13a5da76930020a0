// Options → pack editor, as a supervisor who has never seen JSON uses it: techniques, stages,
// personas and buckets are picked by their Chinese names; errors appear beside their field in
// plain words, never as code paths, and not before the supervisor has done anything.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PackEditor } from '@/components/options/PackEditor';
import { translator } from '@/lib/i18n';
import type { Library } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import './helpers';

const library: Library = {
  packs: [{ id: 'default', source: 'default', enabled: true, pack: loadDefaultPackNode() } as unknown as Library['packs'][number]],
  subscriptions: [],
};
const show = () => render(<PackEditor library={library} agentName="王琳" t={translator('zh-CN')} locale="zh-CN" />);

describe('pack editor', () => {
  it('shows no errors on a blank form nobody has touched', async () => {
    show();
    await screen.findByTestId('pack-editor');
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    expect(screen.getByTestId('editor-status').textContent).toContain('填写后');
  });

  it('offers techniques, personas and stages by their Chinese names and stores the ids', async () => {
    show();
    const scenario = await screen.findByTestId('editor-scenario');
    const techniques = within(scenario).getByTestId('editor-scenario-techniques');
    fireEvent.click(within(techniques).getByLabelText('共情'));
    expect((within(techniques).getByLabelText('共情') as HTMLInputElement).value).toBe('empathy');
    expect(within(techniques).queryByLabelText('群体进攻')).toBeNull(); // prohibited tactics are not offered
    const script = within(scenario).getByTestId('editor-script');
    const stage = within(script).getByLabelText('通话阶段') as HTMLSelectElement;
    expect([...stage.options].map((o) => o.textContent)).toContain('核实本人');
    fireEvent.change(stage, { target: { value: 'verify' } });
    expect(stage.value).toBe('verify');
    fireEvent.click(within(script).getByLabelText('从容不迫型'));
    fireEvent.click(within(script).getByLabelText('M2（逾期 31–60 天）'));
    // Nothing about techniques, personas or buckets is wrong, so nothing is flagged for them.
    expect(screen.queryByText(/scenarios\[/)).toBeNull();
    expect(screen.queryByText(/只能用小写字母/)).toBeNull();
  });

  it('shows an error beside the field that was touched, in plain words', async () => {
    show();
    const scenario = await screen.findByTestId('editor-scenario');
    const id = within(scenario).getByTestId('editor-scenario-id');
    fireEvent.change(id, { target: { value: '分期' } });
    const alerts = await within(scenario).findAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toBe('编号只能用小写英文字母、数字和连字符，例如 instalment-plan');
    expect(id.closest('.field-row')?.nextElementSibling).toBe(alerts[0]); // right under the id's row
    // Other empty fields (title, script text) are not flagged yet.
    expect(screen.queryByText('不能为空')).toBeNull();
  });

  it('asking to publish an unfinished pack marks every problem beside its field', async () => {
    show();
    await screen.findByTestId('pack-editor');
    fireEvent.click(screen.getByRole('button', { name: /导出|发布/ }));
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(1));
    for (const a of screen.getAllByRole('alert')) expect(a.textContent).not.toMatch(/scenarios\[|\.scripts|name\./);
    expect(screen.getByTestId('editor-status').textContent).toMatch(/处需要修改/);
  });
});
