import { Registry, Counter } from 'prom-client';
import { createAdminServer } from '../../src/admin/server';

describe('admin HTTP server', () => {
  let ready = false;
  const registry = new Registry();
  new Counter({ name: 'apiward_test_total', help: 'x', registers: [registry] }).inc(3);
  const admin = createAdminServer({ registry, ready: () => ready, routes: () => ({ routes: [{ route: 'GET /a/{id}' }] }), tools: () => ({ tools: [{ name: 'crm.lookup' }] }) });
  let base = '';
  beforeAll(async () => {
    base = `http://127.0.0.1:${await admin.listen('127.0.0.1:0')}`;
  });
  afterAll(() => admin.close());

  it('answers liveness always and readiness only once serving', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    ready = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('serves Prometheus text and the route inventory', async () => {
    const m = await fetch(`${base}/metrics`);
    expect(m.headers.get('content-type')).toContain('text/plain');
    expect(await m.text()).toContain('apiward_test_total 3');
    const r = await fetch(`${base}/v1/routes`);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toEqual({ routes: [{ route: 'GET /a/{id}' }] });
    expect(await (await fetch(`${base}/v1/tools`)).json()).toEqual({ tools: [{ name: 'crm.lookup' }] });
  });

  it('rejects unknown paths and methods', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
