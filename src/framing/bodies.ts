import type { BodyContext, BodyProcessor } from '../extproc/deps';
import type { ProcessorFactory } from '../extproc/codec';
import type { LeafPlugins } from './outbound';
import { FormFraming } from './form';
import { NdjsonFraming } from './ndjson';
import { RecordMasker } from './record-masker';
import { RecordStream } from './records';
import { DeltaRuns } from './deltas';
import { rewriteEventData, SseFraming } from './sse';
import { PairMasker, type ValueContext } from './value';

export const isSseMediaType = (t: string): boolean => t === 'text/event-stream';
const NDJSON = new Set(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines']);
export const isNdjsonMediaType = (t: string): boolean => NDJSON.has(t);
export const isFormMediaType = (t: string): boolean => t === 'application/x-www-form-urlencoded';

export interface FramingDeps {
  /**
   * The plain JSON processor factory: each SSE/NDJSON record gets a fresh one,
   * given the body's classifier and masker (built once per body, not per record).
   */
  json(ctx: BodyContext, leaves: LeafPlugins): BodyProcessor;
  /** Classifier and masker for values outside JSON (SSE text, form pairs). */
  leaves(ctx: BodyContext): LeafPlugins;
  /** Longest record (event, line, pair) held back whole; longer fails the body (max_token_bytes). */
  readonly maxRecordBytes: number;
}

/** Rows for `selectByMediaType`, after the JSON row: SSE, NDJSON, form bodies. */
export function framedBodies(deps: FramingDeps): ReadonlyArray<readonly [(mediaType: string) => boolean, ProcessorFactory]> {
  const text = (ctx: BodyContext): ValueContext => ({ leaves: deps.leaves(ctx), direction: ctx.direction, fieldMap: ctx.fieldMap, onFinding: ctx.onFinding });
  const records = (ctx: BodyContext, textFallback: boolean) => {
    const value = text(ctx);
    return new RecordMasker({ json: (onFinding) => deps.json({ ...ctx, onFinding }, value.leaves), text: value }, textFallback);
  };
  const stream = (framing: ConstructorParameters<typeof RecordStream>[0]): BodyProcessor => new RecordStream(framing, deps.maxRecordBytes);
  return [
    [isSseMediaType, (ctx) => stream(new SseFraming(records(ctx, true), new DeltaRuns(text(ctx), rewriteEventData)))],
    [isNdjsonMediaType, (ctx) => stream(new NdjsonFraming(records(ctx, false)))],
    [isFormMediaType, (ctx) => stream(new FormFraming(new PairMasker(text(ctx))))],
  ];
}
