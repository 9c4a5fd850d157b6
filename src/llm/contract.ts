import { z } from 'zod';
import { CATEGORIES, RISK_LEVELS, SENSITIVE_TYPES } from '../types';

// The LLM profile contract (DESIGN §5), twice: as the JSON schema the server is
// asked to follow, and as the zod schema the answer must pass. Extra keys,
// unknown enum values, pointers that are not pointers: rejected.

export const MAX_ANSWER_FIELDS = 500;

export const llmProfileSchema = z.strictObject({
  route: z.string().min(1),
  category: z.enum(CATEGORIES),
  risk: z.enum(RISK_LEVELS),
  fields: z
    .array(
      z.strictObject({
        pointer: z.string().regex(/^(\/[^/]*)+$/, 'expected a JSON Pointer such as /data/*/name'),
        type: z.enum(SENSITIVE_TYPES),
        confidence: z.number().min(0).max(1),
      }),
    )
    .max(MAX_ANSWER_FIELDS),
});

export type LlmProfile = z.infer<typeof llmProfileSchema>;

export const RESPONSE_FORMAT = {
  type: 'json_schema',
  json_schema: {
    name: 'apiward_route_profile',
    strict: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['route', 'category', 'risk', 'fields'],
      properties: {
        route: { type: 'string' },
        category: { type: 'string', enum: [...CATEGORIES] },
        risk: { type: 'string', enum: [...RISK_LEVELS] },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['pointer', 'type', 'confidence'],
            properties: {
              pointer: { type: 'string' },
              type: { type: 'string', enum: [...SENSITIVE_TYPES] },
              confidence: { type: 'number' },
            },
          },
        },
      },
    },
  },
} as const;

export type AnswerCheck = { ok: true; profile: LlmProfile } | { ok: false; reason: string };

/** Parses and validates `choices[0].message.content` for the route that was asked about. */
export function checkAnswer(content: string | null | undefined, route: string): AnswerCheck {
  if (typeof content !== 'string' || content.length === 0) return { ok: false, reason: 'empty content' };
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return { ok: false, reason: 'content is not JSON' };
  }
  const parsed = llmProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, reason: `schema violation at ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  // An answer about another route is a confused model, not a profile of this one.
  if (parsed.data.route !== route) return { ok: false, reason: 'answer names another route' };
  return { ok: true, profile: parsed.data };
}
