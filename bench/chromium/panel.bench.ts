// Panel budgets in Chromium: navigation to interactive, a keystroke in the utterance box to
// updated script cards (one frame), and a debtor switch in the CRM tab to the panel.
import { openCrm, removeProfile, tabIdOf } from '../../scripts/browser/launch';
import { demoCases } from '../../scripts/browser/demo-cases';
import { median, percentile, type BenchEnv, type Metric } from '../types';

const UTTERANCES = [
  '现在手上真的没钱',
  '等发了工资就还',
  '好好好我尽量吧',
  '我生病住院了没法上班',
  '能不能打个折一次还清',
  '你们再打电话我就投诉',
  '我不是本人，你打错了',
  '生意亏了还不上',
  '那么多人欠钱为什么只找我',
  '钱是我弟弟用的',
];

export default async function panelBench(env: BenchEnv): Promise<Metric[]> {
  const b = await env.launchBrowser();
  try {
    const cases = demoCases();
    const crm = await openCrm(b, `${env.demoUrl}/app.html#/case/${cases[0]!.caseId}`);
    const tabId = await tabIdOf(b, crm);
    const url = `chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`;

    const interactive: number[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await b.context.newPage();
      await p.goto(url);
      await p.waitForFunction(() => performance.getEntriesByName('daihou:interactive').length > 0, null, { timeout: 10_000 });
      interactive.push(await p.evaluate(() => performance.getEntriesByName('daihou:interactive')[0]!.startTime));
      await p.close();
    }

    const panel = await b.context.newPage();
    await panel.goto(url);
    await panel.getByTestId('utterance-input').waitFor();
    await panel.locator('[data-check="identity-verified"]').check({ force: true }).catch(() => {});
    // Type character by character in the page: each input event → React render → layout.
    const keystrokes = await panel.evaluate(async (lines) => {
      const el = document.querySelector('[data-testid="utterance-input"]') as HTMLTextAreaElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      const times: number[] = [];
      for (const line of lines) {
        for (let i = 1; i <= line.length; i++) {
          const t0 = performance.now();
          setValue.call(el, line.slice(0, i));
          el.dispatchEvent(new Event('input', { bubbles: true }));
          void document.querySelector('[data-testid="script-list"]')?.getBoundingClientRect(); // style + layout
          times.push(performance.now() - t0);
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
      }
      return times;
    }, UTTERANCES);

    // Debtor switch in the SPA CRM tab → the panel shows the new debtor.
    const switches: number[] = [];
    for (const c of cases.slice(1, 6)) {
      const t0 = Date.now();
      await crm.evaluate((id) => {
        location.hash = `#/case/${id}`;
      }, c.caseId);
      await panel.waitForFunction(
        (name) => document.querySelector('[data-testid="context-card"] [data-field="name"]')?.getAttribute('data-value') === name,
        c.name,
        { timeout: 5_000, polling: 10 },
      );
      switches.push(Date.now() - t0);
    }

    const sorted = [...keystrokes].sort((a, b) => a - b);
    return [
      { metric: 'panel.nav-to-interactive.median', value: median(interactive), unit: 'ms', budget: 300 },
      { metric: 'panel.keystroke-to-cards.p95', value: percentile(sorted, 95), unit: 'ms', budget: 16 },
      { metric: 'panel.debtor-switch.median', value: median(switches), unit: 'ms', budget: 500 },
      { metric: 'panel.debtor-switch.max', value: Math.max(...switches), unit: 'ms', budget: 500 },
    ];
  } finally {
    await b.close();
    removeProfile(b.userDataDir);
  }
}
