import { readFileSync } from 'node:fs';

// Just enough Dockerfile and .dockerignore semantics to check the image recipe
// without a Docker engine: instructions per stage, and which repository files
// end up in the build context.

export interface Instruction {
  op: string;
  args: string;
}

export interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const joined = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ');
  const stages: Stage[] = [];
  for (const line of joined.split('\n')) {
    const m = /^\s*([A-Za-z]+)\s+(.*?)\s*$/.exec(line);
    if (m === null) continue;
    const op = m[1].toUpperCase();
    if (op === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(m[2]);
      if (from === null) throw new Error(`bad FROM: ${m[2]}`);
      stages.push({ from: from[1], name: from[2], instructions: [] });
    } else if (op !== 'ARG' || stages.length > 0) {
      if (stages.length === 0) throw new Error(`${op} before FROM`);
      stages[stages.length - 1].instructions.push({ op, args: m[2] });
    }
  }
  return stages;
}

/** The JSON (exec) form of CMD/ENTRYPOINT/VOLUME, or undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
  try {
    const v = JSON.parse(args) as unknown;
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

interface IgnoreRule {
  negate: boolean;
  re: RegExp;
}

export function readDockerignore(file: string): IgnoreRule[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = (negate ? l.slice(1) : l).replace(/^\/+|\/+$/g, '');
      const re = pattern
        .split(/(\*\*\/?|\*|\?)/)
        .map((part) => (part === '**' || part === '**/' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
      return { negate, re: new RegExp(`^${re}$`) };
    });
}

/** Docker's rule: the last pattern matching the path or one of its parent directories decides. */
export function inContext(path: string, rules: IgnoreRule[]): boolean {
  const segments = path.split('/');
  const prefixes = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  let excluded = false;
  for (const r of rules) if (prefixes.some((p) => r.re.test(p))) excluded = !r.negate;
  return !excluded;
}
