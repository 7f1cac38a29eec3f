import { parseIinBin } from '../../../domain/iin-bin.ts';
import type { ClassifierName } from '../../../reference/classifier.ts';
import type { DeclarationKind } from '../../documents/kinds.ts';
import type { Hit, Rule } from '../engine.ts';
import { classifierRule } from './codes.ts';
import { differs, invalidIinBin, isBlank, isCalendarDate, isNumber, money, say } from './define.ts';

/**
 * The rules every kind beside the goods declaration shares, made from a description of where its
 * boxes are: required boxes, the declarant's IIN/BIN, codes of classifiers, dates, TN VED codes,
 * customs bodies, item numbers and totals. A path may hold `*` for every element of a list
 * (`items.*.hsCode`); findings name the element by its index (`items.3.hsCode`). Rules of a
 * kind's own logic sit beside its description, in its file.
 */
export interface KindSpec {
  kind: DeclarationKind;
  /** boxes that must be filled */
  required: readonly string[];
  /** the declarant's (applicant's, resident's) IIN/BIN, always a Kazakh number */
  declarant: string;
  codes: Partial<Record<Exclude<ClassifierName, 'vat-rates'>, readonly string[]>>;
  dates: readonly string[];
  hsCodes: readonly string[];
  /** fields holding the code of a customs body */
  offices: readonly string[];
  /** the list of goods, numbered 1..n, and the header boxes that count or sum it */
  items?: { list: string; count?: string; packages?: string; sums?: readonly { total: string; of: string }[] };
}

/** Calls `visit` with each value at `path` and the concrete path it was found at. */
export function eachAt(document: unknown, path: string, visit: (value: unknown, path: string) => void): void {
  walk(document, path.split('.'), 0, '', visit);
}

function walk(
  value: unknown,
  parts: readonly string[],
  at: number,
  prefix: string,
  visit: (value: unknown, path: string) => void,
): void {
  if (at === parts.length) {
    visit(value, prefix);
    return;
  }
  const part = parts[at]!;
  if (part === '*') {
    if (!Array.isArray(value)) return;
    value.forEach((element, i) => walk(element, parts, at + 1, prefix ? `${prefix}.${i}` : String(i), visit));
    return;
  }
  const next = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  // a missing parent still reaches the leaf (as undefined), so a required box inside an absent group is reported
  if (next === undefined && parts.slice(at + 1).includes('*')) return;
  walk(next, parts, at + 1, prefix ? `${prefix}.${part}` : part, visit);
}

const valueAt = (document: unknown, path: string): unknown => {
  let found: unknown;
  eachAt(document, path, (value) => (found = value));
  return found;
};

export function kindRules(spec: KindSpec): Rule[] {
  const kinds = [spec.kind] as const;
  const prefix = spec.kind;
  const rules: Rule[] = [
    {
      id: `${prefix}.required`,
      severity: 'error',
      kinds,
      message: say('Міндетті баған толтырылмаған.', 'Не заполнена обязательная графа.', 'A required box is empty.'),
      check(d) {
        const out: Hit[] = [];
        for (const path of spec.required)
          eachAt(
            d,
            path,
            (value, at) => (isBlank(value) || (Array.isArray(value) && value.length === 0)) && out.push({ path: at }),
          );
        return out;
      },
    },
    {
      id: `${prefix}.declarant.iin-bin-invalid`,
      severity: 'error',
      kinds,
      message: invalidIinBin,
      check(d) {
        const value = valueAt(d, spec.declarant);
        return typeof value === 'string' && !isBlank(value) && !parseIinBin(value).valid
          ? [{ path: spec.declarant, params: { value } }]
          : [];
      },
    },
    {
      id: `${prefix}.format.date`,
      severity: 'error',
      kinds,
      message: say(
        '«{value}» — мұндай күн жоқ немесе ол дұрыс жазылмаған.',
        '«{value}» — такой даты нет или она записана неверно.',
        '"{value}" is not a real date written YYYY-MM-DD.',
      ),
      check(d) {
        const out: Hit[] = [];
        for (const path of [...spec.dates, 'filler.date']) {
          eachAt(
            d,
            path,
            (value, at) =>
              typeof value === 'string' &&
              !isBlank(value) &&
              !isCalendarDate(value) &&
              out.push({ path: at, params: { value } }),
          );
        }
        return out;
      },
    },
  ];
  if (spec.hsCodes.length > 0) {
    rules.push({
      id: `${prefix}.hs-code`,
      severity: 'error',
      kinds,
      message: say(
        '«{code}» — ЕАЭО СЭҚ ТН бойынша {date} күні тауарды мәлімдеуге болатын 10 таңбалы кіші субпозиция емес.',
        '«{code}» — не 10-значная подсубпозиция ТН ВЭД ЕАЭС, под которой можно заявить товар на {date}.',
        '"{code}" is not a 10-digit TN VED subheading goods can be declared under on {date}.',
      ),
      check(d, ctx) {
        const out: Hit[] = [];
        for (const path of spec.hsCodes) {
          eachAt(d, path, (value, at) => {
            if (typeof value !== 'string' || isBlank(value)) return;
            if (!/^\d{10}$/.test(value) || ctx.reference.hsCode(value, ctx.date) !== 'subheading')
              out.push({ path: at, params: { code: value, date: ctx.date } });
          });
        }
        return out;
      },
    });
  }
  if (spec.offices.length > 0) {
    rules.push({
      id: `${prefix}.office-unknown`,
      severity: 'error',
      kinds,
      message: say(
        '{office} кеден органы {date} күні жоқ.',
        'Таможенного органа {office} нет на {date}.',
        'There is no customs body {office} on {date}.',
      ),
      check(d, ctx) {
        const out: Hit[] = [];
        for (const path of spec.offices) {
          eachAt(
            d,
            path,
            (value, at) =>
              typeof value === 'string' &&
              !isBlank(value) &&
              !ctx.reference.customsBody(value, ctx.date) &&
              out.push({ path: at, params: { office: value, date: ctx.date } }),
          );
        }
        return out;
      },
    });
  }
  for (const [classifier, paths] of Object.entries(spec.codes) as [
    Exclude<ClassifierName, 'vat-rates'>,
    readonly string[],
  ][]) {
    rules.push(
      classifierRule<unknown>(prefix, kinds, classifier, (d, visit) => {
        for (const path of paths) eachAt(d, path, (value, at) => typeof value === 'string' && visit(value, at));
      }),
    );
  }
  if (spec.items) rules.push(...itemRules(spec, spec.items));
  return rules;
}

function itemRules(spec: KindSpec, items: NonNullable<KindSpec['items']>): Rule[] {
  const kinds = [spec.kind] as const;
  const listOf = (d: unknown): Record<string, unknown>[] => {
    const list = valueAt(d, items.list);
    return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
  };
  const rules: Rule[] = [
    {
      id: `${spec.kind}.item.number-sequence`,
      severity: 'error',
      kinds,
      message: say(
        'Тауардың реттік нөмірі {expected} болуы керек.',
        'Порядковый номер товара должен быть {expected}.',
        'The item number must be {expected}.',
      ),
      check(d) {
        return listOf(d).flatMap((item, i) =>
          item?.number === i + 1 ? [] : [{ path: `${items.list}.${i}.number`, params: { expected: i + 1 } }],
        );
      },
    },
  ];
  if (items.count) {
    const count = items.count;
    rules.push({
      id: `${spec.kind}.total.items`,
      severity: 'error',
      kinds,
      message: say(
        'Тауарлар саны {expected} болуы керек.',
        'Всего товаров должно быть {expected}.',
        'The number of items must be {expected}.',
      ),
      check(d) {
        const expected = listOf(d).length;
        return valueAt(d, count) === expected ? [] : [{ path: count, params: { expected } }];
      },
    });
  }
  const sums = [...(items.packages ? [{ total: items.packages, of: 'packages' }] : []), ...(items.sums ?? [])];
  for (const { total, of } of sums) {
    rules.push({
      id: `${spec.kind}.total.${total}`,
      severity: 'error',
      kinds,
      message: say(
        'Жиыны {expected} болуы керек (тауарлар бойынша қосынды), көрсетілгені {stated}.',
        'Итог должен быть {expected} (сумма по товарам), указано {stated}.',
        'The total must be {expected} (the sum over the items); {stated} is stated.',
      ),
      check(d) {
        const list = listOf(d);
        const stated = valueAt(d, total);
        if (!isNumber(stated) && !list.some((item) => isNumber(item?.[of]))) return [];
        const expected = list.reduce((sum, item) => sum + (isNumber(item?.[of]) ? (item[of] as number) : 0), 0);
        if (isNumber(stated) && !differs(stated, expected)) return [];
        return [{ path: total, params: { expected: money(expected), stated: isNumber(stated) ? money(stated) : '—' } }];
      },
    });
  }
  return rules;
}
