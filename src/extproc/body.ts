import type { BodyProcessor } from '../json/body';
import { BodyError } from '../json/errors';
import type { BodyFailure, BodyReport, Direction, LeafFinding } from '../types';
import type { ContentCoding } from './codec';
import { decodeBody, encodeBody } from './compression';
import type { BodyContext, ExchangeDeps } from './deps';

const EMPTY = new Uint8Array(0);

/**
 * Findings kept per BodyReport. A bulk export can hold millions of sensitive
 * values; past this many, findings are counted (findingsDropped) but not kept,
 * so one body's memory stays bounded however large it streams.
 */
export const MAX_FINDINGS_PER_REPORT = 10_000;

/**
 * One body being inspected (one direction of one stream): drives its
 * BodyProcessor, handles the content coding, counts bytes and findings, and
 * emits exactly one BodyReport when finished.
 */
export class InspectedBody {
  private bytesIn = 0;
  private bytesOut = 0;
  private readonly findings: FindingList;
  /** Encoded chunks collected until the end of a compressed body. */
  private encoded: Uint8Array[] | null;
  private encodedBytes = 0;
  private finished = false;
  private readonly processor: BodyProcessor;

  /** Null when the body's content type is not inspected. */
  static open(deps: ExchangeDeps, ctx: Omit<BodyContext, 'onFinding'>, coding: ContentCoding): InspectedBody | null {
    const findings = new FindingList();
    const processor = deps.bodyProcessor({ ...ctx, onFinding: (f) => findings.add(f) });
    return processor === null ? null : new InspectedBody(deps, ctx, coding, processor, findings);
  }

  private constructor(
    private readonly deps: ExchangeDeps,
    private readonly ctx: Omit<BodyContext, 'onFinding'>,
    private readonly coding: ContentCoding,
    processor: BodyProcessor,
    findings: FindingList,
  ) {
    this.processor = processor;
    this.findings = findings;
    this.encoded = coding === 'identity' ? null : [];
  }

  get direction(): Direction {
    return this.ctx.direction;
  }

  /** Bytes releasable now (throws BodyError). */
  push(chunk: Uint8Array): Uint8Array {
    this.bytesIn += chunk.length;
    this.deps.metrics.bytesCounts.inc(this.ctx.direction, '', chunk.length);
    if (this.encoded !== null) {
      this.encodedBytes += chunk.length;
      if (this.encodedBytes > this.deps.maxBufferedBodyBytes) throw new BodyError('max_body_bytes', this.encodedBytes);
      this.encoded.push(chunk);
      return EMPTY;
    }
    return this.count(this.processor.push(chunk));
  }

  /** The rest of the body (throws BodyError). Emits the report. */
  end(): Uint8Array {
    let out: Uint8Array;
    if (this.encoded !== null && this.coding !== 'identity') {
      const whole = Buffer.concat(this.encoded, this.encodedBytes);
      this.encoded = [];
      const plain = decodeBody(this.coding, whole, this.deps.maxBufferedBodyBytes);
      out = encodeBody(this.coding, concat(this.processor.push(plain), this.processor.end()));
    } else {
      out = this.processor.end();
    }
    this.count(out);
    this.finish();
    return out;
  }

  /** A body delivered in one message (BUFFERED modes). */
  whole(body: Uint8Array): Uint8Array {
    if (body.length > this.deps.maxBufferedBodyBytes) throw new BodyError('max_body_bytes', body.length);
    const head = this.push(body);
    return head.length === 0 ? this.end() : concat(head, this.end());
  }

  /** Emits the report once; later calls are no-ops. */
  finish(failure?: BodyFailure): void {
    if (this.finished) return;
    this.finished = true;
    const report: BodyReport = {
      streamId: this.ctx.streamId,
      at: Date.now(),
      route: this.ctx.route,
      direction: this.ctx.direction,
      agent: this.ctx.agent.id,
      contentType: this.ctx.contentType,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      findings: this.findings.kept,
      ...(failure === undefined ? {} : { failure }),
      ...(this.findings.dropped === 0 ? {} : { findingsDropped: this.findings.dropped }),
    };
    this.deps.sink.onBody(report);
  }

  private count(out: Uint8Array): Uint8Array {
    this.bytesOut += out.length;
    return out;
  }
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return Buffer.concat([a, b], a.length + b.length);
}

class FindingList {
  readonly kept: LeafFinding[] = [];
  dropped = 0;

  add(f: LeafFinding): void {
    if (this.kept.length < MAX_FINDINGS_PER_REPORT) this.kept.push(f);
    else this.dropped++;
  }
}
