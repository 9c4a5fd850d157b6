import { CircuitBreaker } from '../../src/llm/breaker';
import { HourlyBudget } from '../../src/llm/budget';
import { llmConfigFromEnv } from '../../src/llm/config';
import { Slots } from '../../src/llm/slots';

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one trial through after the cooldown, closes on success', () => {
    let now = 0;
    const changes: boolean[] = [];
    const b = new CircuitBreaker({ threshold: 2, cooldownMs: 100, now: () => now, onChange: (o) => changes.push(o) });
    b.failure();
    expect(b.allow()).toBe(true);
    b.failure();
    expect([b.isOpen, b.allow()]).toEqual([true, false]);
    now = 99;
    expect(b.allow()).toBe(false);
    now = 100;
    expect([b.allow(), b.allow()]).toEqual([true, false]); // one trial only
    b.success();
    expect([b.isOpen, b.allow()]).toEqual([false, true]);
    expect(changes).toEqual([true, false]);
  });

  it('a success resets the consecutive count', () => {
    const b = new CircuitBreaker({ threshold: 2, cooldownMs: 100, now: () => 0 });
    b.failure();
    b.success();
    b.failure();
    expect(b.isOpen).toBe(false);
  });
});

describe('HourlyBudget', () => {
  it('admits calls while both limits allow, and starts afresh each hour', () => {
    let now = 0;
    const b = new HourlyBudget({ callsPerHour: 3, tokensPerHour: 1000, now: () => now });
    expect(b.tryTake(400)).toBe(true);
    b.charge(700);
    expect(b.tryTake(400)).toBe(false); // tokens
    expect(b.tryTake(300)).toBe(true);
    expect(b.tryTake(0)).toBe(true);
    expect(b.tryTake(0)).toBe(false); // calls
    now = 3_600_000;
    expect(b.tryTake(900)).toBe(true);
    expect(b.used).toEqual({ calls: 1, tokens: 0 });
  });
});

describe('Slots', () => {
  it('hands slots out in arrival order and turns waiters away on close', async () => {
    const s = new Slots(1);
    expect(await s.acquire()).toBe(true);
    const order: string[] = [];
    const a = s.acquire().then((ok) => order.push(`a:${ok}`));
    const b = s.acquire().then((ok) => order.push(`b:${ok}`));
    s.release();
    await a;
    s.close();
    await b;
    expect(order).toEqual(['a:true', 'b:false']);
    expect(await s.acquire()).toBe(false);
  });
});

describe('llmConfigFromEnv', () => {
  it('is off without a model, whatever else is set', () => {
    expect(llmConfigFromEnv({ OPENAI_BASE_URL: 'http://x/v1', OPENAI_API_KEY: 'k' })).toBeUndefined();
    expect(llmConfigFromEnv({ APIWARD_LLM_MODEL: '' })).toBeUndefined();
  });

  it('reads the endpoint, key, model and tuning', () => {
    expect(
      llmConfigFromEnv({
        OPENAI_BASE_URL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
        OPENAI_API_KEY: 'sk-1',
        APIWARD_LLM_MODEL: 'qwen-plus',
        APIWARD_LLM_CALLS_PER_HOUR: '30',
        PATH: '/usr/bin',
      }),
    ).toMatchObject({ baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1', apiKey: 'sk-1', model: 'qwen-plus', callsPerHour: 30 });
  });

  it('works keyless for local servers (Ollama, vLLM)', () => {
    expect(llmConfigFromEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', APIWARD_LLM_MODEL: 'qwen2.5' })?.apiKey).toBe('none');
  });

  it.each([
    [{ APIWARD_LLM_MODEL: 'm', OPENAI_BASE_URL: 'not a url' }, /OPENAI_BASE_URL/],
    [{ APIWARD_LLM_MODEL: 'm', APIWARD_LLM_TIMEOUT_MS: '-5' }, /APIWARD_LLM_TIMEOUT_MS/],
    [{ APIWARD_LLM_MODEL: 'm', APIWARD_LLM_CONCURRENCY: 'many' }, /APIWARD_LLM_CONCURRENCY/],
  ])('fails loudly on %j', (env, msg) => {
    expect(() => llmConfigFromEnv(env)).toThrow(msg);
  });
});
