// 软电话条 · the demo CRM's web softphone strip: a call button, a call timer and a live transcript
// pane that plays a scripted call from /api/calls/<name> (demo-crm/data/calls/<name>.json). Lines
// appear over time the way a workbench's speech recognition shows them: the agent's line whole,
// the debtor's typed out a few characters at a time as interim (class is-interim), then final.
// Query parameters: ?call=<name> (default "default"), ?speed=<factor> (20 plays 20× faster),
// ?autoplay=1 (start without a click, for E2E). Pure page code; knows nothing about the extension.
import { esc } from './crm-common.js';

const CHUNK_MS = 170;
const LABEL = { agent: '坐席：', debtor: '客户：' };

function params() {
  const q = new URLSearchParams(location.search);
  const name = /^[a-z0-9][a-z0-9-]{0,40}$/.test(q.get('call') ?? '') ? q.get('call') : 'default';
  const speed = Math.min(100, Math.max(0.1, Number(q.get('speed')) || 1));
  return { name, speed, autoplay: q.get('autoplay') === '1' };
}

/** "我知道欠着，可我最近真的没钱" → ["我知道", "欠着，", "可我最", …]: what a recognizer adds per update. */
export function chunks(text) {
  const out = [];
  for (const part of text.match(/[^，。？！、；：,.?!;:\s]+[，。？！、；：,.?!;:\s]*/g) ?? [text]) {
    if (/[a-z]/i.test(part)) out.push(part);
    else for (let i = 0; i < part.length; i += 3) out.push(part.slice(i, i + 3));
  }
  return out;
}

function fill(text, c) {
  const surname = (c?.name ?? '').slice(0, 1);
  const honorific = surname ? `${surname}${c?.gender === '女' ? '女士' : '先生'}` : '您';
  return text.replaceAll('{name}', c?.name ?? '您').replaceAll('{honorific}', honorific);
}

const clock = (s) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

function stripHtml(name) {
  return `<section class="softphone" id="softphone" data-testid="softphone" data-state="idle" aria-label="软电话">
    <div class="sp-bar">
      <span class="sp-logo">☎ 软电话</span>
      <button type="button" class="btn btn-primary sp-call" id="sp-call" data-testid="softphone-call">拨打</button>
      <span class="sp-state" id="sp-state">空闲</span>
      <span class="sp-timer" id="sp-timer" data-testid="softphone-timer">00:00</span>
      <span class="sp-script muted">脚本：${esc(name)}</span>
    </div>
    <div class="sp-pane">
      <div class="sp-title">实时转写</div>
      <ul class="sp-lines" id="sp-lines" role="log" aria-live="polite" aria-label="通话实时转写" data-testid="demo-transcript"></ul>
    </div>
  </section>`;
}

/**
 * Mounts the strip at the end of `host`. `getCase()` gives the case on screen (its name fills the
 * script's {name} / {honorific}). Returns { start, stop }.
 */
export function mountSoftphone(host, { getCase }) {
  const { name, speed, autoplay } = params();
  host.insertAdjacentHTML('beforeend', stripHtml(name));
  const strip = host.querySelector('#softphone');
  const button = strip.querySelector('#sp-call');
  const state = strip.querySelector('#sp-state');
  const timer = strip.querySelector('#sp-timer');
  const list = strip.querySelector('#sp-lines');
  let timers = [];
  let ticking = null;
  let running = false;

  const later = (ms, fn) => timers.push(setTimeout(fn, ms / speed));
  const setState = (s, label) => {
    strip.dataset.state = s;
    state.textContent = label;
  };
  const addLine = (speaker, cls, at) => {
    const li = document.createElement('li');
    li.className = `sp-line ${speaker === 'agent' ? 'sp-agent' : 'sp-customer'} ${cls}`;
    li.dataset.speaker = speaker;
    li.innerHTML = `<span class="sp-time">${clock(at)}</span><span class="sp-who">${LABEL[speaker]}</span><span class="sp-text"></span>`;
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
    return li;
  };
  const system = (text) => {
    const li = document.createElement('li');
    li.className = 'sp-line sp-system';
    li.textContent = text;
    list.appendChild(li);
  };

  const stop = (label = '已挂断') => {
    for (const t of timers) clearTimeout(t);
    timers = [];
    clearInterval(ticking);
    ticking = null;
    if (running) system(`通话结束 ${timer.textContent}`);
    running = false;
    setState('ended', label);
    button.textContent = '拨打';
  };

  const play = (script) => {
    const c = getCase();
    const pickedUpAt = performance.now();
    setState('in-call', '通话中');
    system('通话已接通');
    ticking = setInterval(() => {
      timer.textContent = clock(((performance.now() - pickedUpAt) * speed) / 1000);
    }, Math.max(50, 1000 / speed));
    for (const line of script.lines) {
      const text = fill(line.text, c);
      later(line.at * 1000, () => {
        if (line.speaker === 'agent') {
          addLine('agent', 'is-final', line.at).querySelector('.sp-text').textContent = text;
          return;
        }
        const li = addLine('debtor', 'is-interim', line.at);
        const span = li.querySelector('.sp-text');
        const parts = chunks(text);
        parts.forEach((_, i) =>
          later(i * CHUNK_MS, () => {
            span.textContent = parts.slice(0, i + 1).join('');
            if (i === parts.length - 1) li.className = li.className.replace('is-interim', 'is-final');
          }),
        );
      });
    }
    later((script.end ?? script.lines.at(-1).at + 3) * 1000, () => stop('通话结束'));
  };

  const start = async () => {
    if (running) return;
    running = true;
    list.innerHTML = '';
    timer.textContent = '00:00';
    button.textContent = '挂断';
    setState('dialing', '拨号中…');
    try {
      const res = await fetch(`/api/calls/${encodeURIComponent(name)}`);
      if (!res.ok) throw new Error(`通话脚本「${name}」加载失败（${res.status}）`);
      const script = await res.json();
      later(1200, () => play(script));
    } catch (e) {
      running = false;
      setState('error', e.message);
      button.textContent = '拨打';
    }
  };

  button.addEventListener('click', () => (running ? stop() : void start()));
  if (autoplay) void start();
  return { start, stop };
}
