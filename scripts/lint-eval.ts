// `npm run -s compliance -- lint-eval [--folds K] [--json]`: how well the language lint generalises.
//   cross-validated: the training split in K folds; each fold is linted by rules + a model trained on
//                    the other folds (and the default pack), so no line is scored by a model that saw it.
//   held-out:        lib/compliance/lint-corpus/heldout.tsv linted with the committed model.
// "caught" = an unlawful line got at least one finding; "flagged" = a lawful line got any finding.
import { lintText } from '../lib/compliance/lint';
import { compileLintModel, loadLintModel, LAWFUL, type LintModel } from '../lib/compliance/lint-learned';
import { trainLintModel, type Example } from '../lib/compliance/lint-train';
import { HELDOUT_FILE, LABELS, readCorpus, THRESHOLD, TRAIN_FILE, trainingExamples } from './gen-lint-model';

export interface Score {
  unlawful: number;
  caught: number;
  /** Caught with the corpus's own rule among the findings. */
  ruleRight: number;
  lawful: number;
  flagged: number;
  misses: string[];
  falseFlags: string[];
}

const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);

export function score(lines: readonly Example[], model: LintModel | null): Score {
  const s: Score = { unlawful: 0, caught: 0, ruleRight: 0, lawful: 0, flagged: 0, misses: [], falseFlags: [] };
  for (const e of lines) {
    const f = lintText(e.text, { model });
    if (e.label === LAWFUL) {
      s.lawful++;
      if (f.length) {
        s.flagged++;
        s.falseFlags.push(`${e.text}  ← ${f.map((x) => `${x.ruleId}${x.learned ? `~${x.learned}` : ''}`).join(',')}`);
      }
    } else {
      s.unlawful++;
      if (f.length) s.caught++;
      else s.misses.push(`[${e.label}] ${e.text}`);
      if (f.some((x) => x.ruleId === e.label)) s.ruleRight++;
    }
  }
  return s;
}

function add(a: Score, b: Score): Score {
  return {
    unlawful: a.unlawful + b.unlawful,
    caught: a.caught + b.caught,
    ruleRight: a.ruleRight + b.ruleRight,
    lawful: a.lawful + b.lawful,
    flagged: a.flagged + b.flagged,
    misses: [...a.misses, ...b.misses],
    falseFlags: [...a.falseFlags, ...b.falseFlags],
  };
}

export const summary = (s: Score) => ({
  unlawful: s.unlawful,
  caughtPct: pct(s.caught, s.unlawful),
  ruleNamedPct: pct(s.ruleRight, s.unlawful),
  lawful: s.lawful,
  falseFlagPct: pct(s.flagged, s.lawful),
});

/** K-fold cross-validation over the training split (folds by position, every K-th line). */
export function crossValidate(k: number, threshold = THRESHOLD): { combined: Score; rulesOnly: Score } {
  const train = readCorpus(TRAIN_FILE);
  let combined: Score = score([], null);
  let rulesOnly: Score = score([], null);
  for (let fold = 0; fold < k; fold++) {
    const test = train.filter((_, i) => i % k === fold);
    const rest = train.filter((_, i) => i % k !== fold);
    const model = compileLintModel(trainLintModel(trainingExamples(rest), { labels: LABELS, threshold }));
    combined = add(combined, score(test, model));
    rulesOnly = add(rulesOnly, score(test, null));
  }
  return { combined, rulesOnly };
}

export async function lintEval(args: string[]): Promise<void> {
  const i = args.indexOf('--folds');
  const k = i >= 0 ? Number(args[i + 1]) : 5;
  const verbose = args.includes('--verbose');
  if (args.includes('--sweep')) {
    for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) process.stdout.write(`${t} ${JSON.stringify(summary(crossValidate(k, t).combined))}\n`);
    return;
  }
  const cv = crossValidate(k);
  const heldout = readCorpus(HELDOUT_FILE);
  const model = await loadLintModel();
  const ho = score(heldout, model);
  const hoRules = score(heldout, null);
  const out = {
    corpus: { train: readCorpus(TRAIN_FILE).length, heldout: heldout.length },
    threshold: model.threshold,
    crossValidated: { folds: k, rulesAndModel: summary(cv.combined), rulesOnly: summary(cv.rulesOnly) },
    heldout: { rulesAndModel: summary(ho), rulesOnly: summary(hoRules) },
    ...(verbose ? { cvMisses: cv.combined.misses, cvFalseFlags: cv.combined.falseFlags, heldoutMisses: ho.misses, heldoutFalseFlags: ho.falseFlags } : {}),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
