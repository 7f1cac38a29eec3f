/**
 * Just enough of JSON Schema (as zod writes it) for the hostile-input suite to know what a field
 * takes, and so what a field must refuse.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  maxLength?: number;
  maxItems?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** The schema with its `$ref`s to its own `$defs` replaced by what they name (zod refers to schemas with an id). */
export function resolveRoot(root: JsonSchema): JsonSchema {
  const defs = root.$defs ?? {};
  const resolve = (schema: unknown, depth: number): unknown => {
    if (Array.isArray(schema)) return schema.map((one) => resolve(one, depth));
    if (schema === null || typeof schema !== 'object') return schema;
    const { $ref, $defs: _defs, ...rest } = schema as JsonSchema;
    const named = $ref?.startsWith('#/$defs/') && depth < 8 ? defs[$ref.slice('#/$defs/'.length)] : undefined;
    const base = named ? (resolve(named, depth + 1) as JsonSchema) : {};
    const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, resolve(value, depth)]));
    return { ...base, ...own };
  };
  return resolve(root, 0) as JsonSchema;
}

/** The one schema a value must meet, looking through `X | null` and a lone `allOf`. */
export function essential(schema: JsonSchema): JsonSchema {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    const real = choices.filter((choice) => choice.type !== 'null');
    if (real.length === 1) return essential(real[0]!);
  }
  if (schema.allOf?.length === 1) return essential(schema.allOf[0]!);
  return schema;
}

export type FieldKind = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'any';

export function kindOf(schema: JsonSchema): FieldKind {
  const one = essential(schema);
  const type = [one.type].flat().find((t) => t !== 'null');
  if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean') return type;
  if (type === 'object' || one.properties) return 'object';
  if (type === 'array' || one.items) return 'array';
  if (one.enum?.every((v) => typeof v === 'string') || typeof one.const === 'string') return 'string';
  return 'any';
}

/** The top-level fields of an object schema. */
export function fieldsOf(schema: JsonSchema | null): Array<[string, JsonSchema]> {
  if (!schema) return [];
  return Object.entries(essential(schema).properties ?? {});
}

/**
 * A string field that takes only some text: an enumeration, a constant, a format or a pattern
 * that lists what it takes. A pattern that only lists what it refuses (`^[^\r\n]*$`: one line)
 * still takes any other text.
 */
export function isConstrainedText(schema: JsonSchema): boolean {
  const one = essential(schema);
  if (kindOf(one) !== 'string') return false;
  const listsWhatItTakes = !!one.pattern && !one.pattern.startsWith('^[^');
  return one.enum !== undefined || one.const !== undefined || !!one.format || listsWhatItTakes;
}

/** A string field holding a calendar day (YYYY-MM-DD), by its format or its pattern. */
export function isDay(schema: JsonSchema): boolean {
  const one = essential(schema);
  return one.format === 'date' || !!one.pattern?.includes('\\d{4}-');
}

/** A value of a type the field does not take; undefined for a field that takes anything. */
export function wrongTypeFor(schema: JsonSchema): unknown {
  switch (kindOf(schema)) {
    case 'string':
      return 12_345;
    case 'integer':
    case 'number':
      return '12';
    case 'boolean':
      return 'yes';
    case 'object':
      return ['not', 'an', 'object'];
    case 'array':
      return { not: 'an array' };
    case 'any':
      return undefined;
  }
}

/** A value close to a valid one, for Unicode tricks to be wrapped around: the first of an enumeration, a UUID, a date. */
export function nearValidText(schema: JsonSchema): string {
  const one = essential(schema);
  if (one.enum?.length && typeof one.enum[0] === 'string') return one.enum[0];
  if (typeof one.const === 'string') return one.const;
  if (one.format === 'uuid') return '3fa85f64-5717-4562-b3fc-2c963f66afa6';
  if (one.format === 'date') return '2025-01-15';
  if (one.format === 'date-time') return '2025-01-15T10:00:00Z';
  if (one.format === 'email') return 'user@example.kz';
  return '123456789012';
}
