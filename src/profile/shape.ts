import type { LeafKind } from '../types';

// The shape of a value: character classes with run lengths (`13812345678` →
// `d11`, `AB123456` → `A2d6`, `张三` → `cjk2`, `a@b.cn` → `a1@a1.a2`).
// It tells a profiler (or an LLM) what a field holds without revealing it.

const MAX_SHAPE_CHARS = 48;
const KEPT_PUNCTUATION = new Set('-_.:/@+,()#* '.split(''));

type Run = 'd' | 'a' | 'A' | 'cjk' | 'u';

function runOf(code: number): Run | null {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 97 && code <= 122) return 'a';
  if (code >= 65 && code <= 90) return 'A';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'cjk';
  if (code > 127) return 'u';
  return null;
}

export function valueShape(kind: LeafKind, value: string): string {
  if (kind === 'boolean' || kind === 'null') return kind;
  let out = '';
  let run: Run | null = null;
  let count = 0;
  const flush = (): void => {
    if (run !== null) out += run + count;
    run = null;
    count = 0;
  };
  for (let i = 0; i < value.length && out.length < MAX_SHAPE_CHARS; i++) {
    const c = value.charCodeAt(i);
    const r = runOf(c);
    if (r !== null && r === run) {
      count++;
      continue;
    }
    flush();
    if (r !== null) {
      run = r;
      count = 1;
    } else {
      const ch = value[i];
      out += KEPT_PUNCTUATION.has(ch) ? ch : '?';
    }
  }
  flush();
  return out.length >= MAX_SHAPE_CHARS ? `${out.slice(0, MAX_SHAPE_CHARS)}…(${value.length})` : out;
}
