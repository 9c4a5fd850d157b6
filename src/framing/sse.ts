import type { DeltaRuns } from './deltas';
import type { Framing } from './records';
import type { PayloadMasker } from './record-masker';

// text/event-stream (WHATWG HTML §9.2). An event ends at a blank line; lines
// end in CRLF, LF or CR. Only `data:` values are inspected: the event's data
// lines joined with "\n" are one payload (JSON masked field by field, anything
// else scanned as text), written back into the same data lines. Every other
// byte (`id:`, `event:`, `retry:`, comments, blank lines, the terminators, a
// BOM) is released exactly as it came.

const LF = 0x0a;
const CR = 0x0d;
const NL = Buffer.from('\n');

interface DataLine {
  readonly start: number;
  /** Where the value starts (after `data:` and one optional space). */
  readonly value: number;
  /** End of the line's text (its terminator starts here). */
  readonly end: number;
}

export class SseFraming implements Framing {
  private lineEmpty = true;
  private afterCR = false;
  private atStart = true;

  /** `deltas`: an LLM stream's text across events (see deltas.ts); absent, each event stands alone. */
  constructor(private readonly masker: PayloadMasker, private readonly deltas?: DeltaRuns) {}

  scan(buf: Uint8Array, from: number): number {
    for (let i = from; i < buf.length; i++) {
      const c = buf[i]!;
      if (c > CR || (c !== LF && c !== CR)) {
        this.afterCR = false;
        this.lineEmpty = false;
      } else if (c === LF && this.afterCR) {
        // Second half of a CRLF whose CR already ended the line.
        this.afterCR = false;
      } else {
        this.afterCR = c === CR;
        if (this.lineEmpty) return i + 1;
        this.lineEmpty = true;
      }
    }
    return -1;
  }

  record(bytes: Buffer, final: boolean): Uint8Array {
    // A UTF-8 BOM may open the stream; it is not part of the first field name.
    const from = this.atStart ? bomLength(bytes) : 0;
    this.atStart = false;
    const lines = dataLines(bytes, from);
    let out = bytes;
    let data: Buffer | undefined;
    if (lines.length > 0) {
      const payload = lines.length === 1 ? bytes.subarray(lines[0]!.value, lines[0]!.end) : joinData(bytes, lines);
      const masked = this.masker.mask(payload);
      data = masked ?? payload;
      if (masked !== undefined) out = rewrite(bytes, lines, masked);
    }
    if (this.deltas === undefined) return out;
    const released = this.deltas.next(out, data);
    if (final) released.push(...this.deltas.flush());
    return released.length === 1 ? released[0]! : Buffer.concat(released);
  }

  flush(): Uint8Array {
    return this.deltas === undefined ? EMPTY : Buffer.concat(this.deltas.flush());
  }
}

const EMPTY = Buffer.alloc(0);

/** The event with its data replaced by `payload` (a held event of an LLM stream, redacted across events). */
export function rewriteEventData(event: Buffer, payload: string): Buffer {
  const lines = dataLines(event, bomLength(event));
  return lines.length === 0 ? event : rewrite(event, lines, Buffer.from(payload, 'utf8'));
}

function bomLength(bytes: Buffer): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

function dataLines(bytes: Buffer, from: number): DataLine[] {
  const lines: DataLine[] = [];
  let i = from;
  while (i < bytes.length) {
    let end = i;
    while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR) end++;
    // `data` alone is a data line with an empty value; `data:` then one optional space.
    if (end - i >= 4 && bytes[i] === 0x64 && bytes[i + 1] === 0x61 && bytes[i + 2] === 0x74 && bytes[i + 3] === 0x61 && (end - i === 4 || bytes[i + 4] === 0x3a)) {
      let value = Math.min(i + 5, end);
      if (value < end && bytes[value] === 0x20) value++;
      lines.push({ start: i, value, end });
    }
    i = end + Math.max(terminatorLength(bytes, end), 1);
  }
  return lines;
}

function joinData(bytes: Buffer, lines: readonly DataLine[]): Buffer {
  const parts: Buffer[] = [];
  lines.forEach((l, k) => {
    if (k > 0) parts.push(NL);
    parts.push(bytes.subarray(l.value, l.end));
  });
  return Buffer.concat(parts);
}

/**
 * The event with its data values replaced by the masked payload's lines. JSON
 * masking never adds or removes a line break (replacements are JSON strings),
 * so line k goes back into data line k. If a text mask changed the line count,
 * all masked lines go out as data lines where the first one was, each with
 * its prefix and terminator, and the later data lines are dropped.
 */
function rewrite(bytes: Buffer, lines: readonly DataLine[], masked: Buffer): Buffer {
  const out: Buffer[] = [];
  const pieces = splitLines(masked);
  let at = 0;
  if (pieces.length === lines.length) {
    lines.forEach((l, k) => {
      out.push(bytes.subarray(at, l.value), pieces[k]!);
      at = l.end;
    });
  } else {
    const first = lines[0]!;
    const prefix = bytes.subarray(first.start, first.value);
    const term = terminatorAt(bytes, first.end);
    out.push(bytes.subarray(0, first.value));
    pieces.forEach((p, k) => (k === 0 ? out.push(p) : out.push(term, prefix, p)));
    at = first.end;
    for (const l of lines.slice(1)) {
      out.push(bytes.subarray(at, l.start));
      at = l.end + terminatorLength(bytes, l.end);
    }
  }
  out.push(bytes.subarray(at));
  return Buffer.concat(out);
}

function splitLines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let i = b.indexOf(LF); i >= 0; i = b.indexOf(LF, at)) {
    out.push(b.subarray(at, i));
    at = i + 1;
  }
  out.push(b.subarray(at));
  return out;
}

/** The line terminator at `end`; a last line without one is given "\n" (only ever needed to split it in two). */
function terminatorAt(bytes: Buffer, end: number): Buffer {
  const n = terminatorLength(bytes, end);
  return n === 0 ? NL : bytes.subarray(end, end + n);
}

function terminatorLength(bytes: Buffer, end: number): number {
  return bytes[end] === CR && bytes[end + 1] === LF ? 2 : end < bytes.length ? 1 : 0;
}
