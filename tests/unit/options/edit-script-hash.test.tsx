// The team dashboard links a weak script to options.html#edit-script=<pack>/<script>: the pack
// editor opens that pack and brings that script's editor into view with its text focused.
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PackEditor } from '@/components/options/PackEditor';
import { parseEditScriptHash } from '@/components/options/edit-script-target';
import { translator } from '@/lib/i18n';
import type { Library } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import './helpers';

const pack = loadDefaultPackNode();
const library: Library = {
  packs: [{ id: pack.id, source: 'default', enabled: true, pack } as unknown as Library['packs'][number]],
  subscriptions: [],
};

afterEach(() => {
  location.hash = '';
});

describe('pack editor opened at a script', () => {
  it('parses the hash', () => {
    expect(parseEditScriptHash('#edit-script=default/no-money-now-2')).toEqual({ packId: 'default', scriptId: 'no-money-now-2' });
    expect(parseEditScriptHash('#edit-script=bank%20pack/a%2Fb')).toEqual({ packId: 'bank pack', scriptId: 'a/b' });
    expect(parseEditScriptHash('#packs')).toBeNull();
  });

  it('loads the pack and focuses the script', async () => {
    const scenario = pack.scenarios[3]!;
    const script = scenario.scripts[1]!;
    location.hash = `#edit-script=${pack.id}/${encodeURIComponent(script.id)}`;
    render(<PackEditor library={library} agentName="王琳" t={translator('zh-CN')} locale="zh-CN" />);
    await screen.findByTestId('pack-editor');
    await waitFor(() => expect(document.querySelector(`[data-script-id="${script.id}"]`)).toBeTruthy(), { timeout: 20_000 });
    const el = document.querySelector<HTMLElement>(`[data-script-id="${script.id}"]`)!;
    await waitFor(() => expect(el.classList.contains('editor-target')).toBe(true), { timeout: 20_000 });
    expect(document.activeElement).toBe(el.querySelector('textarea'));
    expect((screen.getByTestId('editor-pack-id') as HTMLInputElement).value).toBe(pack.id);
  }, 60_000);
});
