// The demo CRM's web server: static pages from public/, extraction fixtures under /fixtures/,
// and a tiny JSON API over data/cases.json. Zero dependencies; must never serve a file
// outside its roots, whatever the request path says.
import { createServer } from 'node:http';
import { readdir, readFile, stat, realpath } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PUBLIC_DIR = join(HERE, 'public');
const CASES_FILE = join(HERE, 'data', 'cases.json');
const CALLS_DIR = join(HERE, 'data', 'calls');
/** A scripted call's name: a file name in data/calls, nothing else. */
const CALL_NAME = /^[a-z0-9][a-z0-9-]{0,40}$/;
const DEFAULT_FIXTURES_DIR = join(HERE, '..', 'tests', 'fixtures', 'crm');
export const DEFAULT_PORT = 5174;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>404 页面不存在</title>
<link rel="stylesheet" href="/crm.css"></head>
<body class="error-page"><div class="error-box"><h1>404 页面不存在</h1>
<p>您访问的页面不存在或已被移除。</p><p><a href="/">返回案件队列</a></p></div></body></html>
`;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Turns a request path into a file inside `root`, or throws 400/404. Rejects any `..`
 * segment (raw or percent-encoded), backslashes and NUL bytes before touching the disk,
 * then checks the resolved real path is still under the root (symlinks included).
 */
async function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'bad path encoding');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new HttpError(400, 'bad path');
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) throw new HttpError(400, 'bad path');
  const rootReal = await realpath(root).catch(() => null);
  if (!rootReal) throw new HttpError(404, 'not found');
  let file = resolve(rootReal, '.' + sep + segments.filter(Boolean).join(sep));
  if (file !== rootReal && !file.startsWith(rootReal + sep)) throw new HttpError(400, 'bad path');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) throw new HttpError(404, 'not found');
  const real = await realpath(file);
  if (!real.startsWith(rootReal + sep)) throw new HttpError(404, 'not found');
  return real;
}

async function loadCases() {
  return JSON.parse(await readFile(CASES_FILE, 'utf8'));
}

/** The queue row: what a list page shows, without call history or promises. */
function summarize(c) {
  const { caseId, name, phone, accountId, product, productName, amountOverdue, currency, daysPastDue, bucket, region, nextAction, nextActionDate, agent } = c;
  return { caseId, name, phone, accountId, product, productName, amountOverdue, currency, daysPastDue, bucket, region, nextAction, nextActionDate, agent };
}

function sendJson(res, status, body, head) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store' });
  res.end(head ? undefined : text);
}

function readBody(req, limit = 64 * 1024) {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** GET /api/calls (the scripted calls' names) and /api/calls/:name (one script) for the softphone strip. */
async function handleCalls(req, res, parts, head) {
  if (req.method !== 'GET' && !head) throw new HttpError(405, 'method not allowed');
  if (parts.length === 2) {
    const names = (await readdir(CALLS_DIR).catch(() => [])).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((n) => CALL_NAME.test(n));
    return sendJson(res, 200, names.sort(), head);
  }
  if (parts.length !== 3 || !CALL_NAME.test(parts[2])) throw new HttpError(404, 'not found');
  const text = await readFile(join(CALLS_DIR, `${parts[2]}.json`), 'utf8').catch(() => null);
  if (text === null) throw new HttpError(404, `call ${parts[2]} not found`);
  return sendJson(res, 200, JSON.parse(text), head);
}

async function handleApi(req, res, pathname, notes) {
  const head = req.method === 'HEAD';
  let parts; // ['api', 'cases', id?, 'notes'?]
  try {
    parts = pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  } catch {
    throw new HttpError(400, 'bad path encoding');
  }
  if (parts[1] === 'calls') return handleCalls(req, res, parts, head);
  if (parts[1] !== 'cases' || parts.length > 4) throw new HttpError(404, 'not found');
  const cases = await loadCases();
  if (parts.length === 2) {
    if (req.method !== 'GET' && !head) throw new HttpError(405, 'method not allowed');
    return sendJson(res, 200, cases.map(summarize), head);
  }
  const found = cases.find((c) => c.caseId === parts[2]);
  if (!found) throw new HttpError(404, `case ${parts[2]} not found`);
  if (parts.length === 3) {
    if (req.method !== 'GET' && !head) throw new HttpError(405, 'method not allowed');
    return sendJson(res, 200, found, head);
  }
  if (parts[3] !== 'notes') throw new HttpError(404, 'not found');
  const list = notes.get(found.caseId) ?? [];
  if (req.method === 'GET' || head) return sendJson(res, 200, list, head);
  if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
  let text;
  try {
    const body = await readBody(req);
    text = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(body).text : body;
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, 'invalid JSON');
  }
  if (typeof text !== 'string' || !text.trim()) throw new HttpError(400, 'note text is required');
  const note = { text: text.slice(0, 4000), savedAt: new Date().toISOString() };
  notes.set(found.caseId, [...list, note]);
  return sendJson(res, 201, note);
}

async function sendFile(req, res, file) {
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function createHandler({ fixturesDir }) {
  const notes = new Map();
  return async (req, res) => {
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    try {
      if (!rawPath.startsWith('/')) throw new HttpError(400, 'bad path');
      if (rawPath.startsWith('/api/')) return await handleApi(req, res, rawPath, notes);
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      let file;
      if (rawPath === '/fixtures' || rawPath.startsWith('/fixtures/')) {
        if (!fixturesDir) throw new HttpError(404, 'no fixtures directory');
        file = await resolveInside(fixturesDir, rawPath.slice('/fixtures'.length) || '/');
      } else {
        file = await resolveInside(PUBLIC_DIR, rawPath);
      }
      return await sendFile(req, res, file);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) console.error('demo-crm:', e);
      if (res.headersSent) return res.destroy();
      if (rawPath.startsWith('/api/')) return sendJson(res, status, { error: e.message ?? 'error' });
      res.writeHead(status, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      res.end(status === 404 ? NOT_FOUND_PAGE : `<!doctype html><meta charset="utf-8"><title>${status}</title><p>${status} 请求无效</p>`);
    }
  };
}

/**
 * Starts the demo CRM. `port: 0` picks a free port. `fixturesDir` defaults to
 * tests/fixtures/crm under the repo root (served at /fixtures/ once it exists).
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', fixturesDir } = {}) {
  const fixtures = fixturesDir ? resolve(fixturesDir) : DEFAULT_FIXTURES_DIR;
  const server = createServer(createHandler({ fixturesDir: fixtures }));
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actualPort = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections?.();
      }),
  };
}

function portFromArgs(argv, env) {
  const i = argv.indexOf('--port');
  const fromFlag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice(7);
  const value = fromFlag ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`demo-crm: invalid port "${value}"`);
    process.exit(1);
  }
  return port;
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  const port = portFromArgs(process.argv.slice(2), process.env);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const server = await startDemoServer({ port, host });
    console.log(`演示 CRM / demo CRM: ${server.url}/`);
    console.log(`  案件队列 (case queue):   ${server.url}/`);
    console.log(`  新版工作台 (SPA):        ${server.url}/app.html`);
    if (existsSync(DEFAULT_FIXTURES_DIR)) console.log(`  fixtures:               ${server.url}/fixtures/`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    if (e?.code === 'EADDRINUSE') {
      console.error(`demo-crm: port ${port} on ${host} is already in use (is the demo CRM already running?).`);
      console.error(`Pick another port: node demo-crm/server.mjs --port 5175  (or PORT=5175)`);
    } else {
      console.error(`demo-crm: could not start: ${e?.message ?? e}`);
    }
    process.exit(1);
  }
}
