// Cheap signs that something may be (part of) a live transcript: a speaker-classed element, a
// line that starts with a speaker label. String tests first; the real reading is in line.ts.
import { LABEL_STARTS, labelAlone, splitLabel } from './vocab';

/** Class names that may say who speaks (checked properly by classHints). */
const CLASS_SPEAKER = /agent|custom|client|debtor|self|mine|send|sent|receiv|incoming|outgoing|kefu|staff|seat|user|guest|visitor|caller|other|speaker/i;
/** Side classes count only on chat-like elements: "is-left" is on every cell of some UI kits' tables. */
const CLASS_SIDE = /left|right|\bfl\b|\bfr\b/i;
const CLASS_CHAT = /msg|mess|chat|bubble|talk|dialog|convers|asr|transcri|speech|say|im[-_]|line/i;
const SPEAKER_ATTRS = ['data-speaker', 'data-role', 'data-from', 'data-side', 'data-direction', 'data-party'];

/** Could this element say who speaks? (cheap string tests before any real reading) */
export function classEvidence(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class');
  if (cls && (CLASS_SPEAKER.test(cls) || (CLASS_SIDE.test(cls) && CLASS_CHAT.test(cls)))) return true;
  if (el.attributes.length <= (cls ? 1 : 0)) return false;
  for (const a of SPEAKER_ATTRS) if (el.hasAttribute(a)) return true;
  return false;
}

/** "王琳：…" or a lone "王琳" when 王琳 is a name the page gives one side. */
function namedLine(data: string, names: readonly string[]): boolean {
  const t = data.trim();
  for (const n of names) {
    if (!n || !t.startsWith(n)) continue;
    const rest = t.slice(n.length).trimStart();
    if (!rest || /^[:：]/.test(rest)) return true;
  }
  return false;
}

/** Most added nodes looked at per batch of page changes. */
const MAX_ADDED = 200;

/**
 * Did these page changes add something a transcript is made of (a labelled line, a speaker-classed
 * bubble)? Only then is the page searched again: a page without a transcript costs next to nothing.
 */
export function changesMayAddTranscript(records: readonly MutationRecord[], names?: readonly string[]): boolean {
  let seen = 0;
  for (const r of records) {
    if (r.type === 'characterData') {
      if (textEvidence((r.target as Text).data, names)) return true;
      continue;
    }
    if (r.type !== 'childList') continue;
    for (const n of Array.from(r.addedNodes)) {
      if (++seen > MAX_ADDED) return true; // a big insertion: look properly
      if (n.nodeType === 3) {
        if (textEvidence((n as Text).data, names)) return true;
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (classEvidence(el) || el.localName === 'iframe') return true;
        // The element's own few descendants (a line with its parts, a small panel).
        const walker = el.ownerDocument.createTreeWalker(el, 0x5);
        for (let d = walker.nextNode(), i = 0; d && i < 60; d = walker.nextNode(), i++) {
          if (d.nodeType === 3 ? textEvidence((d as Text).data, names) : classEvidence(d as Element)) return true;
        }
        if (el.getAttribute('role') === 'log' || el.hasAttribute('aria-live')) return true;
      }
    }
  }
  return false;
}

/** Could this text be or start with a speaker label? (its first visible character decides before any regex runs) */
export function textEvidence(data: string, names?: readonly string[]): boolean {
  if (data.length < 2 || data.length > 400) return false;
  if (names?.length && namedLine(data, names)) return true;
  let i = 0;
  while (i < data.length && data.charCodeAt(i) <= 32) i++;
  if (i >= data.length || !LABEL_STARTS.has(data[i]!.toLowerCase())) return false;
  return !!splitLabel(data) || (data.length <= 30 && !!labelAlone(data));
}
