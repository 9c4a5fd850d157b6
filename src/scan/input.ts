import { z } from 'zod';
import type { ScanCase } from './scan';

const caseSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  method: z.string().min(1),
  path: z.string().startsWith('/'),
  direction: z.enum(['request', 'response']),
  contentType: z.string().optional(),
  body: z.string(),
});

export interface InputError {
  readonly line: number;
  readonly message: string;
}

/** Parses `scan` JSONL input; bad lines are reported with their line number, never silently skipped. */
export function parseScanInput(text: string): { cases: ScanCase[]; errors: InputError[] } {
  const cases: ScanCase[] = [];
  const errors: InputError[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      errors.push({ line: i + 1, message: `not JSON: ${(e as Error).message}` });
      return;
    }
    const parsed = caseSchema.safeParse(json);
    if (parsed.success) cases.push(parsed.data);
    else errors.push({ line: i + 1, message: parsed.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`).join('; ') });
  });
  return { cases, errors };
}
