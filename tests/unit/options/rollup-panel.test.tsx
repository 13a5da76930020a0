// Options → Data → 统计汇总: one click exports the roll-up; a salt set by policy is never shown;
// without a salt or with a bad agent id it says why, in the UI language.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RollupPanel } from '@/components/options/data/RollupPanel';
import * as files from '@/components/options/files';
import { translator } from '@/lib/i18n';
import { setDefaultPackLoader } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { settingsOf } from './helpers';

setDefaultPackLoader(async () => loadDefaultPackNode());

const show = (values: Parameters<typeof settingsOf>[0], locked: Parameters<typeof settingsOf>[1] = [], update = vi.fn(async () => {})) =>
  render(<RollupPanel settings={settingsOf(values, locked)} update={update} t={translator('zh-CN')} locale="zh-CN" />);

describe('roll-up export panel', () => {
  it('exports with the chosen agent id and remembers it and the salt', async () => {
    const download = vi.spyOn(files, 'downloadText').mockImplementation(() => {});
    const update = vi.fn(async () => {});
    show({ agentId: 'A1027' }, [], update);
    expect((screen.getByTestId('rollup-agent-id') as HTMLInputElement).value).toBe('A1027');
    fireEvent.change(screen.getByTestId('rollup-salt'), { target: { value: 'team-salt' } });
    fireEvent.click(screen.getByTestId('rollup-export-button'));
    await waitFor(() => expect(screen.getByTestId('rollup-status').textContent).toMatch(/^已导出 0 通电话的汇总：daihou-rollup-A1027-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.json$/));
    const [name, text] = download.mock.calls[0]!;
    expect(name).toMatch(/^daihou-rollup-A1027-/);
    expect(JSON.parse(text)).toMatchObject({ format: 'daihou-assist-rollup', agentId: 'A1027' });
    expect(update).toHaveBeenCalledWith({ rollupAgentId: 'A1027', analyticsTeamSalt: 'team-salt' });
  });

  it('a salt set by policy is used and never shown', async () => {
    vi.spyOn(files, 'downloadText').mockImplementation(() => {});
    show({ agentId: 'A1', analyticsTeamSalt: 'policy-salt-secret' }, ['analyticsTeamSalt']);
    expect(screen.queryByTestId('rollup-salt')).toBeNull();
    expect(document.body.textContent).not.toContain('policy-salt-secret');
    expect(document.body.textContent).toContain('团队盐值已由管理策略设置');
    fireEvent.click(screen.getByTestId('rollup-export-button'));
    await waitFor(() => expect(screen.getByTestId('rollup-status').textContent).toContain('daihou-rollup-A1-'));
  });

  it('says why when the salt or the agent id is missing', async () => {
    show({ agentId: '' });
    fireEvent.click(screen.getByTestId('rollup-export-button'));
    await waitFor(() => expect(screen.getByTestId('rollup-status').textContent).toBe('请填写坐席标识（字母、数字、汉字或 ._-，最多 40 个字符）。'));
    fireEvent.change(screen.getByTestId('rollup-agent-id'), { target: { value: 'A9' } });
    fireEvent.click(screen.getByTestId('rollup-export-button'));
    await waitFor(() => expect(screen.getByTestId('rollup-status').textContent).toBe('请先填写团队盐值（向主管索取）。'));
  });
});
