import { caseMaker, type HostileCase, type Identity, pathOf } from './hostile-case.ts';
import { invalidUtf8, unicodeTricks } from './hostile-text.ts';
import {
  essential,
  fieldsOf,
  isConstrainedText,
  type JsonSchema,
  kindOf,
  nearValidText,
  wrongTypeFor,
} from './json-schema.ts';
import type { RouteUnderTest } from './route-table.ts';

const json = { 'content-type': 'application/json' };

/** Bodies Fastify's JSON parser must refuse before any handler runs. */
const malformed: Array<[string, string | Buffer]> = [
  ['empty JSON body', ''],
  ['unclosed object', '{"a":'],
  ['trailing comma', '{"a":1,}'],
  ['single quotes', "{'a':1}"],
  ['text after the value', '{"a":1} trailing'],
  ['bare word', 'undefined'],
  [
    'invalid UTF-8 outside strings',
    Buffer.concat([Buffer.from('{"a":1'), Buffer.from([0xff, 0xfe]), Buffer.from('}')]),
  ],
  ['__proto__ key (prototype pollution)', '{"__proto__":{"isAdmin":true}}'],
  ['constructor.prototype key (prototype pollution)', '{"constructor":{"prototype":{"isAdmin":true}}}'],
];

/** Media types a JSON route does not read. */
const foreignTypes: Array<[string, string]> = [
  ['text/plain', 'hello'],
  ['application/x-www-form-urlencoded', 'isAdmin=true&a=1'],
  ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz--\r\n'],
  ['application/xml', '<a>1</a>'],
];

/** JSON in UTF-16, which the API does not read: its bytes are not UTF-8 JSON. */
const utf16Json = Buffer.from('{"a":1}', 'utf16le');

/**
 * The cases of a route that reads JSON. Those that fail in Fastify's parser (malformed, foreign
 * types, too large) go to every such route, a body or not: no handler runs. Those that parse go only
 * to routes with a body schema, so validation refuses them: a route without one would run.
 */
export function bodyCases(route: RouteUnderTest, as: Identity): HostileCase[] {
  if (!route.takesJson || route.method === 'GET') return [];
  const make = caseMaker(route, as);
  const url = pathOf(route);
  const cases: HostileCase[] = [];
  for (const [what, payload] of malformed) cases.push(make(what, { url, headers: json, payload }));
  for (const [type, payload] of foreignTypes)
    cases.push(make(`content type ${type}`, { url, headers: { 'content-type': type }, payload }));
  cases.push(
    make('JSON in UTF-16', {
      url,
      headers: { 'content-type': 'application/json; charset=utf-16' },
      payload: utf16Json,
    }),
  );
  cases.push(
    make(`body above the route's limit (${route.bodyLimit} bytes)`, {
      url,
      headers: json,
      payload: `{"a":"${'a'.repeat(route.bodyLimit)}"}`,
    }),
  );
  if (!route.body) return cases;

  const wholeBodies: Array<[string, string]> = [
    ['an array instead of an object', '[]'],
    ['a string instead of an object', '"text"'],
    ['a number instead of an object', '42'],
    ['true instead of an object', 'true'],
    ['nested 10,000 deep', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['arrays nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ];
  for (const [what, payload] of wholeBodies) cases.push(make(`body is ${what}`, { url, headers: json, payload }));
  for (const [name, schema] of fieldsOf(route.body)) cases.push(...fieldCases(make, url, name, schema));
  return cases;
}

/** Wrong values for one field; the refusal must name that field. */
function fieldCases(make: ReturnType<typeof caseMaker>, url: string, name: string, schema: JsonSchema): HostileCase[] {
  const field = { in: 'body' as const, path: name };
  const one = essential(schema);
  const withField = (what: string, value: unknown) =>
    make(`field ${name}: ${what}`, { url, headers: json, payload: JSON.stringify({ [name]: value }) }, field);
  const withRawField = (what: string, raw: string | Buffer) =>
    make(
      `field ${name}: ${what}`,
      { url, headers: json, payload: Buffer.concat([Buffer.from(`{"${name}":`), Buffer.from(raw), Buffer.from('}')]) },
      field,
    );
  const cases: HostileCase[] = [];
  const wrong = wrongTypeFor(schema);
  if (wrong !== undefined) cases.push(withField(`a ${typeof wrong} instead of a ${kindOf(schema)}`, wrong));
  switch (kindOf(schema)) {
    case 'integer':
    case 'number':
      cases.push(withRawField('1e400 (beyond a double)', '1e400'));
      cases.push(withRawField('-1.7976931348623157e308', '-1.7976931348623157e308'));
      if (kindOf(schema) === 'integer') cases.push(withRawField('2^53 + 1', '9007199254740993'));
      if (kindOf(schema) === 'integer') cases.push(withRawField('a fraction', '1.5'));
      break;
    case 'string':
      if (one.maxLength !== undefined && one.maxLength < 100_000)
        cases.push(withField(`${one.maxLength + 1} characters`, 'x'.repeat(one.maxLength + 1)));
      if (isConstrainedText(schema)) {
        const valid = nearValidText(schema);
        for (const [trick, value] of unicodeTricks(valid)) cases.push(withField(trick, value));
        for (const [trick, bytes] of invalidUtf8)
          cases.push(withRawField(trick, Buffer.concat([Buffer.from(`"${valid}`), bytes, Buffer.from('"')])));
      }
      break;
    case 'array':
      cases.push(withField(`${(one.maxItems ?? 10_000) + 1} items`, new Array((one.maxItems ?? 10_000) + 1).fill(1)));
      break;
  }
  return cases;
}
