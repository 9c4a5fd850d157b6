import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, FieldStats, walkLeaves } from '../../src/classify';
import type { CompiledFieldMap, RouteTemplate } from '../../src/types';
import { isSensitiveType } from '../../src/types';

// The committed corpus is well-formed, and the classifier keeps its quality on
// it (a regression floor well under the figures `npm run eval` reports).

interface Case {
  id: string; method: string; path: string; direction: 'request' | 'response'; body: string; split: string; shape: string;
  labels: Array<{ pointer: string; type: string; value: string }>; hardNegatives: string[];
}

const load = (files: string[]): Case[] => files.flatMap((f) =>
  readFileSync(join(__dirname, f), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Case));
const cases = load(['main.jsonl', 'heldout.jsonl']);
/** The outsider's corpus (eval/wild/): measured by `npm run eval`, held to the same well-formedness. */
const wild = load(['wild.jsonl']);
/** The later outsiders' corpora (eval/blind/, eval/blind3/ … eval/blind6/): scored by eval/score-file.ts. */
const blind = load(['blind.jsonl']);
const blind3 = load(['blind3.jsonl']);
const blind4 = load(['blind4.jsonl']);
const blind5 = load(['blind5.jsonl']);
const blind6 = load(['blind6.jsonl']);

function leafAt(doc: unknown, pointer: string): unknown {
  return pointer.slice(1).split('/').reduce<unknown>((cur, raw) => (cur as Record<string, unknown>)?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

describe('corpus', () => {
  test('covers at least 30 API shapes across the required industries', () => {
    expect(new Set(cases.map((c) => c.shape)).size).toBeGreaterThanOrEqual(30);
    expect(cases.some((c) => c.split === 'heldout')).toBe(true);
  });

  test('every label points at a leaf holding the labelled value; hard negatives are leaves', () => {
    expect(wild.length).toBeGreaterThan(0);
    expect(wild.every((c) => c.split === 'wild')).toBe(true);
    expect(blind.length).toBeGreaterThan(0);
    expect(blind.every((c) => c.split === 'blind')).toBe(true);
    expect(blind3.length).toBeGreaterThan(0);
    expect(blind3.every((c) => c.split === 'blind3')).toBe(true);
    expect(blind4.length).toBeGreaterThan(0);
    expect(blind4.every((c) => c.split === 'blind4')).toBe(true);
    expect(blind5.length).toBeGreaterThan(0);
    expect(blind5.every((c) => c.split === 'blind5')).toBe(true);
    expect(blind6.length).toBeGreaterThan(0);
    expect(blind6.every((c) => c.split === 'blind6')).toBe(true);
    for (const c of [...cases, ...wild, ...blind, ...blind3, ...blind4, ...blind5, ...blind6]) {
      const doc = JSON.parse(c.body) as unknown;
      for (const l of c.labels) {
        expect(isSensitiveType(l.type)).toBe(true);
        const leaf = leafAt(doc, l.pointer);
        expect(['string', 'number']).toContain(typeof leaf);
        // Numbers beyond 2^53 lose digits in JSON.parse: their literal is checked in the raw body.
        const text = typeof leaf === 'number' && !Number.isSafeInteger(leaf) && c.body.includes(l.value) ? l.value : String(leaf);
        const unpercent = (t: string): string => {
          try {
            return decodeURIComponent(t.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
          } catch {
            return t; // not UTF-8 underneath
          }
        };
        const unbase64 = Buffer.from(text, 'base64').toString('utf8');
        // Mail headers carry non-ASCII text as RFC 2047 encoded words (`=?UTF-8?B?…?=`).
        const unmime = text.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, b: string) => Buffer.from(b, 'base64').toString('utf8'));
        // Encodings nest: base64 of a URL-encoded query string.
        const decoded = [text, unbase64, unpercent(text), unpercent(unbase64), unmime];
        if (!decoded.some((d) => d.includes(l.value))) throw new Error(`${c.id} ${l.pointer}: ${l.type} value not in leaf`);
      }
      for (const h of c.hardNegatives) expect(['string', 'number']).toContain(typeof leafAt(doc, h));
    }
  });

  test('classifier with route history: micro F1 ≥ 0.95 and no hard negative flagged', () => {
    const stats = new FieldStats();
    const plain = createClassifier();
    const withHistory = createClassifier({ fieldEvidence: stats });
    const fm = (c: Case): CompiledFieldMap => ({ route: `${c.method} ${c.path.replace(/\/\d+|\/[A-Z]{2}\d+|\/\d{8}\w+/g, '/{id}')}` as RouteTemplate, version: 0, isEmpty: true, lookup: () => undefined });
    for (const c of cases) walkLeaves(JSON.parse(c.body), (leaf) => stats.observe(fm(c).route, c.direction, leaf, plain.classify(leaf, c.direction, fm(c))));
    let tp = 0, fp = 0, fn = 0, hn = 0;
    for (const c of cases) {
      const found = new Set<string>();
      walkLeaves(JSON.parse(c.body), (leaf) => {
        for (const s of withHistory.classify(leaf, c.direction, fm(c)) ?? []) found.add(`${leaf.pointer()} ${s.type}`);
      });
      const gold = new Set(c.labels.map((l) => `${l.pointer} ${l.type}`));
      for (const f of found) if (gold.has(f)) tp++; else fp++;
      for (const g of gold) if (!found.has(g)) fn++;
      for (const h of c.hardNegatives) if ([...found].some((f) => f.startsWith(`${h} `))) hn++;
    }
    expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(0.95);
    expect(hn).toBe(0);
  });
});
