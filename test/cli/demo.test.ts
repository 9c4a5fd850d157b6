import { spawnSync } from 'node:child_process';
import { builtCli } from '../support/cli';

describe('apiward demo', () => {
  it('replays the example traffic over a real gRPC stream and shows masked bodies', () => {
    const r = spawnSync(process.execPath, [builtCli(), 'demo', '--standalone'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const after = r.stdout.split('\n').filter((l) => l.includes('after:')).join('\n');
    expect(after).toContain('138****5678');
    expect(after).not.toContain('"mobile": "13812345678"');
    expect(after).not.toContain('110105198803071232');
    // A trading volume that looks like a phone number stays as it was.
    expect(after).toContain('"volume":13812345678');
  });

  it('says how to start a sidecar when none answers', () => {
    const r = spawnSync(process.execPath, [builtCli(), 'demo', '--grpc-addr', '127.0.0.1:1'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no sidecar answers at 127\.0\.0\.1:1.*make run/);
  });
});
