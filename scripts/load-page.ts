// Loads a saved CRM page into happy-dom for the command-line tools: page scripts off unless
// asked (web-component pages build their shadow roots from script), same-origin iframe files
// beside it filled in as srcdoc (happy-dom loads no iframe src).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';

export interface LoadedPage {
  doc: Document;
  url: string;
  close(): Promise<void>;
}

export async function loadHtml(html: string, url: string, opts: { baseDir?: string; scripts?: boolean } = {}): Promise<LoadedPage> {
  const window = new Window({
    url,
    settings: {
      navigator: { userAgent: 'daihou-extract-cli happy-dom' },
      ...(opts.scripts ? { enableJavaScriptEvaluation: true, suppressCodeGenerationFromStringsWarning: true } : {}),
    } as never,
  });
  const doc = window.document as unknown as Document;
  doc.open();
  doc.write(html);
  doc.close();
  attachDeclarativeShadowRoots(doc);
  await loadLocalFrames(doc, opts.baseDir);
  if (opts.scripts) await new Promise((r) => setTimeout(r, 30));
  return { doc, url, close: () => window.happyDOM.close() };
}

export async function loadFile(path: string, opts: { scripts?: boolean } = {}): Promise<LoadedPage> {
  const abs = resolve(path);
  return loadHtml(readFileSync(abs, 'utf8'), pathToFileURL(abs).href, { baseDir: dirname(abs), ...opts });
}

/** Fill same-origin iframes of a saved page from the files next to it (no network, no scripts). */
export async function loadLocalFrames(doc: Document, baseDir: string | undefined, depth = 0): Promise<void> {
  if (!baseDir || depth > 3) return;
  const frames = Array.from(doc.querySelectorAll('iframe[src], frame[src]'));
  const loaded: [Element, string][] = [];
  for (const frame of frames) {
    const src = frame.getAttribute('src') ?? '';
    if (/^[a-z]+:/i.test(src) || src.startsWith('//')) continue;
    const file = resolve(baseDir, decodeURIComponent(src.split(/[?#]/)[0]!));
    if (!existsSync(file)) continue;
    frame.removeAttribute('src');
    frame.setAttribute('srcdoc', readFileSync(file, 'utf8'));
    loaded.push([frame, dirname(file)]);
  }
  if (!loaded.length) return;
  await new Promise((r) => setTimeout(r, 20));
  for (const [frame, dir] of loaded) {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (inner) await loadLocalFrames(inner, dir, depth + 1);
  }
}

/**
 * Declarative shadow roots (`<template shadowrootmode="open">`), as a browser's parser attaches
 * them (happy-dom leaves the template in the light DOM): innermost first.
 */
export function attachDeclarativeShadowRoots(root: Document | DocumentFragment): void {
  const templates = Array.from(root.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[];
  for (const t of templates.reverse()) {
    const host = t.parentElement;
    const mode = t.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    attachDeclarativeShadowRoots(t.content);
    host.attachShadow({ mode }).append(t.content.cloneNode(true));
    t.remove();
  }
}
