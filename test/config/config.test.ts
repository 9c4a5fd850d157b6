import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/config';

describe('config', () => {
  it('embedded defaults need no file', () => {
    const c = loadConfig(undefined);
    expect(c.grpcAddr).toBe('0.0.0.0:50051');
    expect(c.failureMode).toEqual({ request: 'pass', response: 'reject' });
    expect(c.limits.maxDepth).toBe(512);
    expect(c.masking.routes).toEqual([]);
    expect(c.profiling.rawSamplesToLlm).toBe(false);
  });

  it('reads YAML with per-route and per-field rules; a bare strategy is shorthand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiward-cfg-'));
    const file = join(dir, 'c.yaml');
    writeFileSync(
      file,
      [
        'masking:',
        '  defaults: {EMAIL_ADDRESS: hash}',
        '  routes:',
        '    - route: "GET /api/users/**"',
        '      fields:',
        '        /data/*/nick: {type: PERSON_NAME, strategy: redact}',
        '        /data/*/memo: remove',
      ].join('\n'),
    );
    const c = loadConfig(file, { adminAddr: '127.0.0.1:0' });
    expect(c.adminAddr).toBe('127.0.0.1:0');
    expect(c.masking.defaults).toEqual({ EMAIL_ADDRESS: 'hash' });
    expect(c.masking.routes[0].fields).toEqual({
      '/data/*/nick': { type: 'PERSON_NAME', strategy: 'redact' },
      '/data/*/memo': { strategy: 'remove', type: undefined },
    });
  });

  it.each([
    [{ grpcAddr: 'nohost' }, 'grpcAddr'],
    [{ masking: { defaults: { PHONE: 'partial' } } }, 'masking.defaults'],
    [{ masking: { defaults: { PHONE_NUMBER: 'scramble' } } }, 'masking.defaults.PHONE_NUMBER'],
    [{ failureMode: { response: 'maybe' } }, 'failureMode.response'],
    [{ limits: { maxDepth: 1 } }, 'limits.maxDepth'],
    [{ typo: true }, '(root)'],
    [{ masking: { routes: [{ route: 'GET /x', fields: { 'no-slash': 'redact' } }] } }, 'masking.routes.0.fields.no-slash'],
  ])('rejects %j naming %s', (raw, where) => {
    expect(() => parseConfig(raw)).toThrow(ConfigError);
    expect(() => parseConfig(raw)).toThrow(where);
  });

  it('reports unreadable and non-YAML files clearly', () => {
    expect(() => loadConfig('/nonexistent/apiward.yaml')).toThrow(/cannot read config/);
    const dir = mkdtempSync(join(tmpdir(), 'apiward-cfg-'));
    writeFileSync(join(dir, 'bad.yaml'), 'a: [unclosed');
    expect(() => loadConfig(join(dir, 'bad.yaml'))).toThrow(/not valid YAML/);
  });
});
