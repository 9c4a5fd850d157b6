import * as protobuf from 'protobufjs';

// Strict reading of proto3 JSON (the form of Envoy's YAML) against a protobufjs
// Type: every key must be a declared field (proto or JSON name), values must
// have the field's type, a oneof holds at most one member. Well-known types are
// converted from their JSON form (Duration "0.2s", wrappers as bare values,
// Struct as any object) into message form so that the result can go through
// Type.fromObject + verify. protobufjs's own fromObject ignores unknown keys,
// which is exactly the mistake this check exists to catch.

const DURATION = /^(-?\d+)(?:\.(\d{1,9}))?s$/;
const WRAPPERS: Record<string, string> = {
  '.google.protobuf.BoolValue': 'boolean',
  '.google.protobuf.StringValue': 'string',
  '.google.protobuf.UInt32Value': 'number',
  '.google.protobuf.Int32Value': 'number',
  '.google.protobuf.UInt64Value': 'number',
  '.google.protobuf.Int64Value': 'number',
  '.google.protobuf.DoubleValue': 'number',
  '.google.protobuf.FloatValue': 'number',
};
const SCALARS: Record<string, string> = {
  string: 'string', bool: 'boolean', bytes: 'string',
  double: 'number', float: 'number', int32: 'number', uint32: 'number', sint32: 'number', fixed32: 'number', sfixed32: 'number',
  int64: 'number', uint64: 'number', sint64: 'number', fixed64: 'number', sfixed64: 'number',
};

export function readProto3Json(type: protobuf.Type, json: unknown, errors: string[], path = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isObject(json)) {
    errors.push(`${path || '(root)'}: expected an object for ${type.fullName}`);
    return out;
  }
  type.resolveAll();
  const byName = new Map<string, protobuf.Field>();
  for (const f of type.fieldsArray) byName.set(f.name, f).set(camel(f.name), f);
  const oneofsSet = new Map<string, string>();
  for (const [key, value] of Object.entries(json)) {
    const at = `${path}.${key}`;
    const field = byName.get(key);
    if (!field) {
      errors.push(`${at}: no such field in ${type.fullName}`);
      continue;
    }
    if (field.partOf) {
      const other = oneofsSet.get(field.partOf.name);
      if (other) errors.push(`${at}: oneof ${field.partOf.name} already set by ${other}`);
      oneofsSet.set(field.partOf.name, key);
    }
    if (field.map) {
      if (!isObject(value)) errors.push(`${at}: expected a map`);
      else out[field.name] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readValue(field, v, errors, `${at}.${k}`)]));
    } else if (field.repeated) {
      if (!Array.isArray(value)) errors.push(`${at}: expected a list`);
      else out[field.name] = value.map((v, i) => readValue(field, v, errors, `${at}[${i}]`));
    } else {
      out[field.name] = readValue(field, value, errors, at);
    }
  }
  return out;
}

function readValue(field: protobuf.Field, value: unknown, errors: string[], at: string): unknown {
  const rt = field.resolvedType;
  if (rt instanceof protobuf.Enum) {
    if ((typeof value === 'string' && value in rt.values) || (typeof value === 'number' && Object.values(rt.values).includes(value))) return value;
    errors.push(`${at}: ${JSON.stringify(value)} is not a value of ${rt.fullName}`);
    return undefined;
  }
  if (rt instanceof protobuf.Type) return readWellKnown(rt, value, errors, at);
  const expected = SCALARS[field.type];
  const ok = typeof value === expected || (expected === 'number' && typeof value === 'string' && /^-?\d+$/.test(value));
  if (!ok) errors.push(`${at}: expected ${field.type}, got ${JSON.stringify(value)}`);
  return value;
}

function readWellKnown(type: protobuf.Type, value: unknown, errors: string[], at: string): unknown {
  const name = type.fullName;
  if (name === '.google.protobuf.Duration') {
    const m = typeof value === 'string' ? DURATION.exec(value) : null;
    if (!m) {
      errors.push(`${at}: expected a duration like "0.2s", got ${JSON.stringify(value)}`);
      return undefined;
    }
    return { seconds: Number(m[1]), nanos: Number((m[2] ?? '').padEnd(9, '0')) };
  }
  if (name in WRAPPERS) {
    if (typeof value !== WRAPPERS[name]) errors.push(`${at}: expected a ${WRAPPERS[name]} for ${name}`);
    return { value };
  }
  if (name === '.google.protobuf.Struct') {
    if (!isObject(value)) errors.push(`${at}: expected an object for Struct`);
    return undefined; // free-form: checked for shape only, left out of the converted message
  }
  if (name === '.google.protobuf.Any') {
    if (!isObject(value) || typeof value['@type'] !== 'string') errors.push(`${at}: expected an Any with "@type"`);
    return undefined; // its payload type is not loaded here
  }
  return readProto3Json(type, value, errors, at);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function camel(s: string): string {
  return s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
