import type { GoodsDeclaration, GoodsItem } from '../../documents/goods.ts';
import type { Hit, Rule } from '../engine.ts';
import { differs, isBlank, isNumber, listOf, measure, money, say } from './define.ts';

/** Boxes 31–47 of each goods item, checked item by item; paths name the item by its index. */
const kinds = ['goods'] as const;

/** Each item with its index and the procedure it is declared under (box 37, else box 1). */
function* eachItem(d: GoodsDeclaration): Iterable<[number, GoodsItem, string | undefined]> {
  for (const [i, item] of listOf(d.items).entries()) yield [i, item, isBlank(item.procedureCode) ? d.procedureCode : item.procedureCode];
}

function itemRule(
  id: string,
  severity: 'error' | 'warning',
  message: ReturnType<typeof say>,
  check: (item: GoodsItem, i: number, procedure: string | undefined, d: GoodsDeclaration, ctx: Parameters<Rule['check']>[1]) => Iterable<Hit>,
): Rule<GoodsDeclaration> {
  return {
    id,
    severity,
    kinds,
    message,
    *check(d, ctx) {
      for (const [i, item, procedure] of eachItem(d)) yield* check(item, i, procedure, d, ctx);
    },
  };
}

const numbering = itemRule(
  'goods.item.number-sequence',
  'error',
  say('32-баған: тауардың реттік нөмірі {expected} болуы керек.', 'Графа 32: порядковый номер товара должен быть {expected}.', 'Box 32: the item number must be {expected}.'),
  function* (item, i) {
    if (item.number !== i + 1) yield { path: `items.${i}.number`, params: { expected: i + 1 } };
  },
);

const description = itemRule(
  'goods.item.description-required',
  'error',
  say('31-баған: тауардың сипаттамасы көрсетілуі керек.', 'Графа 31: должно быть указано описание товара.', 'Box 31: the description of the goods is required.'),
  function* (item, i) {
    if (isBlank(item.description)) yield { path: `items.${i}.description` };
  },
);

const hsCodeRequired = itemRule(
  'goods.item.hs-code-required',
  'error',
  say('33-баған: СЭҚ ТН коды көрсетілуі керек.', 'Графа 33: должен быть указан код ТН ВЭД.', 'Box 33: the TN VED code is required.'),
  function* (item, i) {
    if (isBlank(item.hsCode)) yield { path: `items.${i}.hsCode` };
  },
);

const hsCodeUnknown = itemRule(
  'goods.item.hs-code-unknown',
  'error',
  say('33-баған: {code} коды {date} күні СЭҚ ТН-да жоқ.', 'Графа 33: кода {code} нет в ТН ВЭД на {date}.', 'Box 33: the code {code} is not in the TN VED on {date}.'),
  function* (item, i, _procedure, _d, ctx) {
    const code = item.hsCode;
    if (code && /^\d{10}$/.test(code) && ctx.reference.hsCode(code, ctx.date) === 'unknown') yield { path: `items.${i}.hsCode`, params: { code, date: ctx.date } };
  },
);

const hsCodeGroup = itemRule(
  'goods.item.hs-code-group',
  'error',
  say(
    '33-баған: {code} — топ, оның астында кіші қосалқы позициялар бар; 10 таңбалы кіші қосалқы позицияны мәлімдеңіз.',
    'Графа 33: {code} — группа, под ней есть подсубпозиции; заявите 10-значную подсубпозицию.',
    'Box 33: {code} is a group with lines below it; declare a 10-digit subheading.',
  ),
  function* (item, i, _procedure, _d, ctx) {
    const code = item.hsCode;
    if (code && /^\d{10}$/.test(code) && ctx.reference.hsCode(code, ctx.date) === 'group') yield { path: `items.${i}.hsCode`, params: { code } };
  },
);

const procedureRequired = itemRule(
  'goods.item.procedure-required',
  'error',
  say('37-баған: кедендік рәсім көрсетілуі керек.', 'Графа 37: должна быть указана таможенная процедура.', 'Box 37: the customs procedure is required.'),
  function* (item, i) {
    if (isBlank(item.procedureCode)) yield { path: `items.${i}.procedureCode` };
  },
);

const procedureMatches = itemRule(
  'goods.item.procedure-matches-header',
  'error',
  say(
    '37-баған: {procedure} рәсімі 1-бағандағы {declared} рәсімінен өзгеше.',
    'Графа 37: процедура {procedure} отличается от заявленной в графе 1 процедуры {declared}.',
    'Box 37: the procedure {procedure} differs from {declared} declared in box 1.',
  ),
  function* (item, i, _procedure, d) {
    if (!isBlank(item.procedureCode) && !isBlank(d.procedureCode) && item.procedureCode !== d.procedureCode) {
      yield { path: `items.${i}.procedureCode`, params: { procedure: item.procedureCode!, declared: d.procedureCode! } };
    }
  },
);

const origin = itemRule(
  'goods.item.origin-required',
  'error',
  say(
    '34-баған: ішкі тұтыну үшін шығаруда (40) шығарылған ел көрсетілуі керек.',
    'Графа 34: при выпуске для внутреннего потребления (40) должна быть указана страна происхождения.',
    'Box 34: release for domestic consumption (40) requires the country of origin.',
  ),
  function* (item, i, procedure) {
    if (procedure === '40' && isBlank(item.originCountry)) yield { path: `items.${i}.originCountry` };
  },
);

const customsValue = itemRule(
  'goods.item.customs-value-required',
  'error',
  say(
    '45-баған: ішкі тұтыну үшін шығаруда (40) кедендік құн көрсетілуі керек.',
    'Графа 45: при выпуске для внутреннего потребления (40) должна быть указана таможенная стоимость.',
    'Box 45: release for domestic consumption (40) requires the customs value.',
  ),
  function* (item, i, procedure) {
    if (procedure === '40' && !isNumber(item.customsValue)) yield { path: `items.${i}.customsValue` };
  },
);

const invoiceValue = itemRule(
  'goods.item.invoice-value-required',
  'error',
  say(
    '42-баған: экспортта (10) және ішкі тұтыну үшін шығаруда (40) тауардың фактуралық құны көрсетілуі керек.',
    'Графа 42: при экспорте (10) и выпуске для внутреннего потребления (40) должна быть указана фактурная стоимость товара.',
    'Box 42: export (10) and release for domestic consumption (40) require the invoice value of the item.',
  ),
  function* (item, i, procedure) {
    if ((procedure === '40' || procedure === '10') && !isNumber(item.invoiceValue)) yield { path: `items.${i}.invoiceValue` };
  },
);

const masses = itemRule(
  'goods.item.mass-required',
  'error',
  say('35 және 38-бағандар: брутто және нетто салмағы (кг) көрсетілуі керек.', 'Графы 35 и 38: должны быть указаны вес брутто и нетто (кг).', 'Boxes 35 and 38: the gross and net mass (kg) are required.'),
  function* (item, i) {
    if (!isNumber(item.grossMass)) yield { path: `items.${i}.grossMass` };
    if (!isNumber(item.netMass)) yield { path: `items.${i}.netMass` };
  },
);

/**
 * A mass rounded to the whole kilogram (as box 35 and 38 may be) can put the gross up to half a
 * kilogram below the net: that is a warning to look at, more is an error.
 */
const roundingKg = 0.5;

const netLeGross = itemRule(
  'goods.item.net-le-gross',
  'error',
  say(
    '38-баған: нетто салмағы ({net} кг) брутто салмағынан ({gross} кг) артық болмауы керек.',
    'Графа 38: вес нетто ({net} кг) не может быть больше веса брутто ({gross} кг).',
    'Box 38: the net mass ({net} kg) cannot exceed the gross mass ({gross} kg).',
  ),
  function* (item, i) {
    const { grossMass: gross, netMass: net } = item;
    if (isNumber(gross) && isNumber(net) && net - gross > roundingKg) yield { path: `items.${i}.netMass`, params: { net: measure(net), gross: measure(gross) } };
  },
);

const netNearGross = itemRule(
  'goods.item.gross-below-net-rounding',
  'warning',
  say(
    '35-баған: брутто салмағы ({gross} кг) нетто салмағынан ({net} кг) сәл аз — дөңгелектеуді тексеріңіз.',
    'Графа 35: вес брутто ({gross} кг) немного меньше веса нетто ({net} кг) — проверьте округление.',
    'Box 35: the gross mass ({gross} kg) is slightly below the net mass ({net} kg) — check the rounding.',
  ),
  function* (item, i) {
    const { grossMass: gross, netMass: net } = item;
    if (isNumber(gross) && isNumber(net) && net > gross && net - gross <= roundingKg) yield { path: `items.${i}.grossMass`, params: { net: measure(net), gross: measure(gross) } };
  },
);

const supplementary = itemRule(
  'goods.item.supplementary-unit',
  'error',
  say(
    '41-баған: қосымша өлшем бірліктегі саны мен бірліктің коды бірге көрсетіледі.',
    'Графа 41: количество в дополнительной единице и код этой единицы указываются вместе.',
    'Box 41: the quantity in the supplementary unit and the unit code go together.',
  ),
  function* (item, i) {
    const quantity = isNumber(item.supplementaryQuantity);
    const unit = !isBlank(item.supplementaryUnitCode);
    if (quantity && !unit) yield { path: `items.${i}.supplementaryUnitCode` };
    if (unit && !quantity) yield { path: `items.${i}.supplementaryQuantity` };
  },
);

const statisticalValue = itemRule(
  'goods.item.statistical-value-missing',
  'warning',
  say('46-баған: статистикалық құн көрсетілмеген.', 'Графа 46: не указана статистическая стоимость.', 'Box 46: the statistical value is missing.'),
  function* (item, i) {
    if (!isNumber(item.statisticalValue)) yield { path: `items.${i}.statisticalValue` };
  },
);

const documentsComplete = itemRule(
  'goods.item.document-incomplete',
  'error',
  say('44-баған: құжаттың түрінің коды мен нөмірі көрсетілуі керек.', 'Графа 44: должны быть указаны код вида и номер документа.', 'Box 44: the document kind code and number are required.'),
  function* (item, i) {
    for (const [j, doc] of listOf(item.documents).entries()) {
      if (isBlank(doc.kindCode)) yield { path: `items.${i}.documents.${j}.kindCode` };
      if (isBlank(doc.number)) yield { path: `items.${i}.documents.${j}.number` };
    }
  },
);

/** "10%", "5,5 %": an ad valorem rate; anything else (specific, combined) is not recomputed here. */
export function adValoremPercent(rate: string | undefined): number | null {
  const match = rate ? /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*$/.exec(rate) : null;
  return match ? Number(match[1]!.replace(',', '.')) : null;
}

const paymentAmount = itemRule(
  'goods.item.payment-amount',
  'warning',
  say(
    '47-баған: {base} × {rate} = {expected}, ал көрсетілгені {amount}.',
    'Графа 47: {base} × {rate} = {expected}, а указано {amount}.',
    'Box 47: {base} × {rate} = {expected}, but {amount} is stated.',
  ),
  function* (item, i) {
    for (const [j, line] of listOf(item.payments).entries()) {
      const percent = adValoremPercent(line.rate);
      if (percent === null || !isNumber(line.base) || !isNumber(line.amount)) continue;
      const expected = Math.round(line.base * percent) / 100;
      if (differs(line.amount, expected)) {
        yield { path: `items.${i}.payments.${j}.amount`, params: { base: money(line.base), rate: line.rate!.trim(), expected: money(expected), amount: money(line.amount) } };
      }
    }
  },
);

export const goodsItemRules: readonly Rule<GoodsDeclaration>[] = [
  numbering,
  description,
  hsCodeRequired,
  hsCodeUnknown,
  hsCodeGroup,
  procedureRequired,
  procedureMatches,
  origin,
  customsValue,
  invoiceValue,
  masses,
  netLeGross,
  netNearGross,
  supplementary,
  statisticalValue,
  documentsComplete,
  paymentAmount,
];
