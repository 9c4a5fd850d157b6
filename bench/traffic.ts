import { roundTrip, type Trip } from './grpc-load';

// Agent traffic as the access/audit and sizing benches replay it: 100 policy
// agents in turn (x-agent-id), item paths spread over 997 ids, each answered
// with a 4 KB JSON list where every 4th record has a phone and every 8th an email.

const BODY = Buffer.from(JSON.stringify({
  data: Array.from({ length: 40 }, (_, i) => ({ id: i, name: `item-${i}`, phone: i % 4 === 0 ? `1381234${String(5000 + i)}` : '', email: i % 8 === 0 ? `u${i}@example.com` : '', price: 12.5 })),
}).padEnd(4096, ' '));

/** A trip per call, cycling through the agents and paths; `agents` must be in the server's policy (agentPolicyText). */
export function agentTraffic(agents = 100): Trip {
  let seq = 0;
  return (c) => {
    const n = seq++;
    return roundTrip(c, [[':method', 'GET'], [':path', `/api/items/${n % 997}`], [':authority', 'bench'], ['x-agent-id', `agent-${n % agents}`]], BODY);
  };
}
