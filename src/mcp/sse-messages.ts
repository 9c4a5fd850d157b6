/**
 * The data payloads of an SSE body (each event's data lines joined with "\n"),
 * for reading JSON-RPC messages off the data path. Not for rewriting: the
 * framing in src/framing keeps bytes exact, this only reads.
 */
export function sseMessages(text: string): string[] {
  const out: string[] = [];
  let data: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') {
      if (data.length > 0) out.push(data.join('\n'));
      data = [];
    } else if (line === 'data' || line.startsWith('data:')) {
      const v = line.slice(5);
      data.push(v.startsWith(' ') ? v.slice(1) : v);
    }
  }
  if (data.length > 0) out.push(data.join('\n'));
  return out;
}
