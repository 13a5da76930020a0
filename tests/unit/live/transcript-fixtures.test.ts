// Every transcript fixture page: the live transcript is found with no configuration, its lines read
// with the right speaker and the label / name / time / receipts taken out, and no distractor
// (toasts, notifications, help chatbots, menus, history tables, the case header) is read instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findTranscript, readLines } from '@/lib/live/transcript/find';

const DIR = resolve(import.meta.dirname, '../../fixtures/transcripts');
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));

function load(file: string): Document {
  const window = new Window({ url: `http://127.0.0.1:8080/${file}` });
  const doc = window.document as unknown as Document;
  doc.open();
  doc.write(readFileSync(join(DIR, file), 'utf8'));
  doc.close();
  return doc;
}

interface Expected {
  reproduces: string;
  turns: { speaker: 'debtor' | 'agent'; text: string }[];
  lastState?: 'interim' | 'final';
}

describe('transcript fixtures', () => {
  it('has at least 10 pages, each with its expected turns and a note of what it reproduces', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const p of pages) {
      const exp = JSON.parse(readFileSync(join(DIR, p.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
      expect(exp.reproduces.length).toBeGreaterThan(20);
      expect(exp.turns.length).toBeGreaterThanOrEqual(4);
    }
  });

  for (const file of pages) {
    it(`reads ${file}`, () => {
      const doc = load(file);
      const exp = JSON.parse(readFileSync(join(DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
      const found = findTranscript(doc);
      expect(found, 'a transcript is found').not.toBeNull();
      const lines = readLines(found!.container);
      expect(lines.map(({ speaker, text }) => ({ speaker, text }))).toEqual(exp.turns);
      if (exp.lastState) expect(lines.at(-1)!.state).toBe(exp.lastState);
    });
  }

  it('finds nothing on a page of distractors only', () => {
    for (const file of pages) {
      const doc = load(file);
      const found = findTranscript(doc)!;
      found.container.remove();
      // What is left is toasts, menus, notifications, chatbots, headers and history: none is a transcript.
      const again = findTranscript(doc);
      expect(again?.container.outerHTML.slice(0, 120) ?? null, file).toBeNull();
    }
  });
});
