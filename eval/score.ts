import { SENSITIVE_TYPES } from '../src/types';
import type { SensitiveType } from '../src/types';
import type { CorpusCase } from './corpus/build';

// Scoring shared by apiward and the peers: per (pointer, type) precision and
// recall, hard-negative false positives, and the masking check.

export interface Prediction {
  readonly pointer: string;
  /** A taxonomy type, or null for a peer entity outside the taxonomy (counts only against hard negatives). */
  readonly type: SensitiveType | null;
  readonly confidence?: number;
}

export class Tally {
  readonly tp = new Map<SensitiveType, number>();
  readonly fp = new Map<SensitiveType, number>();
  readonly fn = new Map<SensitiveType, number>();
  hardNegatives = 0;
  hardNegativeHits = 0;
  readonly produced = new Set<SensitiveType>();
  /** [confidence bucket] → [correct, total] */
  readonly calibration = new Map<number, [number, number]>();
  /** FP/FN descriptions for `--errors` (synthetic corpus values only). */
  readonly errors: string[] = [];

  add(c: CorpusCase, preds: readonly Prediction[]): void {
    const gold = new Set(c.labels.map((l) => `${l.pointer}\u0000${l.type}`));
    const seen = new Set<string>();
    const flagged = new Set<string>();
    for (const p of preds) {
      flagged.add(p.pointer);
      if (p.type === null) continue;
      const key = `${p.pointer}\u0000${p.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.produced.add(p.type);
      const ok = gold.has(key);
      bump(ok ? this.tp : this.fp, p.type);
      if (!ok) this.errors.push(`FP ${p.type} ${c.id} ${p.pointer} = ${JSON.stringify(leafAt(JSON.parse(c.body), p.pointer))}`);
      if (p.confidence !== undefined) {
        const b = Math.min(9, Math.floor(p.confidence * 10));
        const cell = this.calibration.get(b) ?? [0, 0];
        this.calibration.set(b, [cell[0] + (ok ? 1 : 0), cell[1] + 1]);
      }
    }
    for (const l of c.labels) {
      const key = `${l.pointer}\u0000${l.type}`;
      if (!seen.has(key)) {
        seen.add(key);
        bump(this.fn, l.type);
        this.errors.push(`FN ${l.type} ${c.id} ${l.pointer} = ${JSON.stringify(l.value)}`);
      }
    }
    this.hardNegatives += c.hardNegatives.length;
    for (const h of c.hardNegatives) {
      if (!flagged.has(h)) continue;
      this.hardNegativeHits++;
      this.errors.push(`HN ${c.id} ${h} = ${JSON.stringify(leafAt(JSON.parse(c.body), h))}`);
    }
  }

  f1(t: SensitiveType): { p: number; r: number; f1: number; support: number } {
    const tp = this.tp.get(t) ?? 0, fp = this.fp.get(t) ?? 0, fn = this.fn.get(t) ?? 0;
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), support: tp + fn };
  }
  typesWithSupport(): SensitiveType[] {
    return SENSITIVE_TYPES.filter((t) => this.f1(t).support > 0);
  }
  micro(): number {
    let tp = 0, fp = 0, fn = 0;
    for (const t of SENSITIVE_TYPES) {
      tp += this.tp.get(t) ?? 0;
      fp += this.fp.get(t) ?? 0;
      fn += this.fn.get(t) ?? 0;
    }
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  macro(): number {
    const ts = this.typesWithSupport();
    return ts.reduce((s, t) => s + this.f1(t).f1, 0) / Math.max(1, ts.length);
  }
  hardNegativeRate(): number {
    return this.hardNegatives === 0 ? 0 : this.hardNegativeHits / this.hardNegatives;
  }
}

function bump(m: Map<SensitiveType, number>, t: SensitiveType): void {
  m.set(t, (m.get(t) ?? 0) + 1);
}

/** The leaf at an RFC 6901 pointer, or undefined. */
export function leafAt(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Every leaf pointer of a parsed document. */
export function leafPointers(doc: unknown, ptr = '', out: string[] = []): string[] {
  if (doc !== null && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc as Record<string, unknown>)) leafPointers(v, `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  } else out.push(ptr);
  return out;
}

function decodings(s: string): string[] {
  const out = [s];
  try {
    out.push(decodeURIComponent(s));
  } catch { /* not URL-encoded */ }
  if (/^[A-Za-z0-9+/=_-]{8,}$/.test(s)) out.push(Buffer.from(s, 'base64').toString('utf8'));
  return out;
}

export class MaskCheck {
  cases = 0;
  validJson = 0;
  labelled = 0;
  labelledGone = 0;
  others = 0;
  othersIntact = 0;

  add(c: CorpusCase, masked: string | null): void {
    this.cases++;
    const orig = JSON.parse(c.body) as unknown;
    let out: unknown;
    try {
      out = masked === null ? undefined : JSON.parse(masked);
    } catch {
      out = undefined;
    }
    if (out !== undefined) this.validJson++;
    const labelled = new Map<string, string[]>();
    for (const l of c.labels) labelled.set(l.pointer, [...(labelled.get(l.pointer) ?? []), l.value]);
    for (const p of leafPointers(orig)) {
      const after = out === undefined ? undefined : leafAt(out, p);
      const values = labelled.get(p);
      if (values !== undefined) {
        for (const v of values) {
          this.labelled++;
          const text = after === undefined || after === null ? '' : String(after);
          if (out !== undefined && !decodings(text).some((d) => d.includes(v))) this.labelledGone++;
        }
      } else {
        this.others++;
        if (out !== undefined && Object.is(after, leafAt(orig, p))) this.othersIntact++;
      }
    }
  }
}
