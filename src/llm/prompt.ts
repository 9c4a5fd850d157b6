import { CATEGORIES, RISK_LEVELS, SENSITIVE_TYPES, type Direction, type RouteTemplate } from '../types';

// The profiling prompt. It carries only what the sampler kept: field paths,
// key names, JSON kinds, value shapes and masked examples. The model is told
// what the answer must look like; response_format enforces it where supported.

export interface PromptField {
  readonly pointer: string;
  readonly key?: string;
  readonly kinds: readonly string[];
  /** Share of samples the field appeared in. */
  readonly presence: number;
  readonly shapes: readonly string[];
  readonly examples: readonly string[];
  /** Types local detectors flagged in this field, with the share of its values flagged. */
  readonly detected: Readonly<Record<string, number>>;
}

export interface ProfileRequest {
  readonly route: RouteTemplate;
  readonly method: string;
  readonly direction: Direction;
  readonly samples: number;
  readonly fields: readonly PromptField[];
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const SYSTEM = [
  'You classify the fields of one HTTP JSON API for a data-protection gateway.',
  'You receive the route template, the method, the direction (request or response body) and a redacted schema:',
  'every field is given by its JSON Pointer (array indices written as *), its key name, JSON kinds, value shapes',
  '(d = digit, a = lower-case letter, A = upper-case letter, cjk = Chinese character, followed by the run length)',
  'and masked examples. Raw values are never shown.',
  `Answer with one JSON object: {"route": <the route exactly as given>, "category": one of ${CATEGORIES.join(', ')},`,
  `"risk": one of ${RISK_LEVELS.join(', ')}, "fields": [{"pointer": <a pointer from the schema>, "type": <type id>, "confidence": 0..1}]}.`,
  `Type ids: ${SENSITIVE_TYPES.join(', ')}.`,
  'List only fields that hold personal or secret data of one of these types, including fields with obscure or abbreviated',
  'names whose shapes and neighbours reveal what they hold. Leave out fields that are not sensitive. No prose, no markdown.',
].join('\n');

export function buildMessages(req: ProfileRequest): ChatMessage[] {
  const user = {
    route: req.route,
    method: req.method,
    direction: req.direction,
    samples: req.samples,
    fields: req.fields,
  };
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: JSON.stringify(user) },
  ];
}

/** Rough token count of the messages (≈ 4 characters a token), for budgeting before the call. */
export function estimateTokens(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const m of messages) chars += m.content.length;
  return Math.ceil(chars / 4);
}
