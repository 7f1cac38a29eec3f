import type { GoodsDeclaration, GoodsItem } from '../../documents/goods.ts';
import type { ControlContext, Hit, Rule } from '../engine.ts';
import { differs, isBlank, isNumber, listOf, measure, money, say } from './define.ts';

/** Boxes 31–47 of each goods item, checked item by item; paths name the item by its index. */
const kinds = ['goods'] as const;

/**
 * A rule checked item by item: `check` is given each item with its index and the procedure it is
 * declared under (box 37, else box 1) and pushes what it finds. Plain loops and arrays rather
 * than generators: these run 999 times per rule, and control of a full declaration has 20 ms.
 */
function itemRule(
  id: string,
  severity: 'error' | 'warning',
  message: ReturnType<typeof say>,
  check: (
    out: Hit[],
    item: GoodsItem,
    i: number,
    procedure: string | undefined,
    d: GoodsDeclaration,
    ctx: ControlContext,
  ) => void,
): Rule<GoodsDeclaration> {
  return {
    id,
    severity,
    kinds,
    message,
    check(d, ctx) {
      const out: Hit[] = [];
      const items = listOf(d.items);
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        check(out, item, i, isBlank(item.procedureCode) ? d.procedureCode : item.procedureCode, d, ctx);
      }
      return out;
    },
  };
}

const numbering = itemRule(
  'goods.item.number-sequence',
  'error',
  say(
    '32-баған: тауардың реттік нөмірі {expected} болуы керек.',
    'Графа 32: порядковый номер товара должен быть {expected}.',
    'Box 32: the item number must be {expected}.',
  ),
  (out, item, i) => {
    if (item.number !== i + 1) out.push({ path: `items.${i}.number`, params: { expected: i + 1 } });
  },
);

const description = itemRule(
  'goods.item.description-required',
  'error',
  say(
    '31-баған: тауардың сипаттамасы көрсетілуі керек.',
    'Графа 31: должно быть указано описание товара.',
    'Box 31: the description of the goods is required.',
  ),
  (out, item, i) => {
    if (isBlank(item.description)) out.push({ path: `items.${i}.description` });
  },
);

const hsCodeRequired = itemRule(
  'goods.item.hs-code-required',
  'error',
  say(
    '33-баған: ЕАЭО СЭҚ ТН бойынша тауар коды көрсетілуі керек.',
    'Графа 33: должен быть указан код товара по ТН ВЭД ЕАЭС.',
    'Box 33: the TN VED code is required.',
  ),
  (out, item, i) => {
    if (isBlank(item.hsCode)) out.push({ path: `items.${i}.hsCode` });
  },
);

const hsCodeUnknown = itemRule(
  'goods.item.hs-code-unknown',
  'error',
  say(
    '33-баған: ЕАЭО СЭҚ ТН бойынша {date} күні {code} коды жоқ.',
    'Графа 33: кода {code} нет в ТН ВЭД ЕАЭС на {date}.',
    'Box 33: the code {code} is not in the TN VED on {date}.',
  ),
  (out, item, i, _procedure, _d, ctx) => {
    const code = item.hsCode;
    if (code && /^\d{10}$/.test(code) && ctx.reference.hsCode(code, ctx.date) === 'unknown')
      out.push({ path: `items.${i}.hsCode`, params: { code, date: ctx.date } });
  },
);

const hsCodeGroup = itemRule(
  'goods.item.hs-code-group',
  'error',
  say(
    '33-баған: {code} — топ, оның ішінде кіші субпозициялар бар; 10 таңбалы кіші субпозицияны мәлімдеңіз.',
    'Графа 33: {code} — группа, под ней есть подсубпозиции; заявите 10-значную подсубпозицию.',
    'Box 33: {code} is a group with lines below it; declare a 10-digit sub-subheading.',
  ),
  (out, item, i, _procedure, _d, ctx) => {
    const code = item.hsCode;
    if (code && /^\d{10}$/.test(code) && ctx.reference.hsCode(code, ctx.date) === 'group')
      out.push({ path: `items.${i}.hsCode`, params: { code } });
  },
);

const procedureRequired = itemRule(
  'goods.item.procedure-required',
  'error',
  say(
    '37-баған: кедендік рәсім көрсетілуі керек.',
    'Графа 37: должна быть указана таможенная процедура.',
    'Box 37: the customs procedure is required.',
  ),
  (out, item, i) => {
    if (isBlank(item.procedureCode)) out.push({ path: `items.${i}.procedureCode` });
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
  (out, item, i, _procedure, d) => {
    if (!isBlank(item.procedureCode) && !isBlank(d.procedureCode) && item.procedureCode !== d.procedureCode) {
      out.push({
        path: `items.${i}.procedureCode`,
        params: { procedure: item.procedureCode!, declared: d.procedureCode! },
      });
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
  (out, item, i, procedure) => {
    if (procedure === '40' && isBlank(item.originCountry)) out.push({ path: `items.${i}.originCountry` });
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
  (out, item, i, procedure) => {
    if (procedure === '40' && !isNumber(item.customsValue)) out.push({ path: `items.${i}.customsValue` });
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
  (out, item, i, procedure) => {
    if ((procedure === '40' || procedure === '10') && !isNumber(item.invoiceValue))
      out.push({ path: `items.${i}.invoiceValue` });
  },
);

const masses = itemRule(
  'goods.item.mass-required',
  'error',
  say(
    '35 және 38-бағандар: брутто және нетто салмағы (кг) көрсетілуі керек.',
    'Графы 35 и 38: должны быть указаны вес брутто и нетто (кг).',
    'Boxes 35 and 38: the gross and net mass (kg) are required.',
  ),
  (out, item, i) => {
    if (!isNumber(item.grossMass)) out.push({ path: `items.${i}.grossMass` });
    if (!isNumber(item.netMass)) out.push({ path: `items.${i}.netMass` });
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
  (out, item, i) => {
    const { grossMass: gross, netMass: net } = item;
    if (isNumber(gross) && isNumber(net) && net - gross > roundingKg)
      out.push({ path: `items.${i}.netMass`, params: { net: measure(net), gross: measure(gross) } });
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
  (out, item, i) => {
    const { grossMass: gross, netMass: net } = item;
    if (isNumber(gross) && isNumber(net) && net > gross && net - gross <= roundingKg)
      out.push({ path: `items.${i}.grossMass`, params: { net: measure(net), gross: measure(gross) } });
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
  (out, item, i) => {
    const quantity = isNumber(item.supplementaryQuantity);
    const unit = !isBlank(item.supplementaryUnitCode);
    if (quantity && !unit) out.push({ path: `items.${i}.supplementaryUnitCode` });
    if (unit && !quantity) out.push({ path: `items.${i}.supplementaryQuantity` });
  },
);

const statisticalValue = itemRule(
  'goods.item.statistical-value-missing',
  'warning',
  say(
    '46-баған: статистикалық құн көрсетілмеген.',
    'Графа 46: не указана статистическая стоимость.',
    'Box 46: the statistical value is missing.',
  ),
  (out, item, i) => {
    if (!isNumber(item.statisticalValue)) out.push({ path: `items.${i}.statisticalValue` });
  },
);

const documentsComplete = itemRule(
  'goods.item.document-incomplete',
  'error',
  say(
    '44-баған: құжаттың түрінің коды мен нөмірі көрсетілуі керек.',
    'Графа 44: должны быть указаны код вида и номер документа.',
    'Box 44: the document kind code and number are required.',
  ),
  (out, item, i) => {
    for (const [j, doc] of listOf(item.documents).entries()) {
      if (isBlank(doc.kindCode)) out.push({ path: `items.${i}.documents.${j}.kindCode` });
      if (isBlank(doc.number)) out.push({ path: `items.${i}.documents.${j}.number` });
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
  (out, item, i) => {
    for (const [j, line] of listOf(item.payments).entries()) {
      const percent = adValoremPercent(line.rate);
      if (percent === null || !isNumber(line.base) || !isNumber(line.amount)) continue;
      const expected = Math.round(line.base * percent) / 100;
      if (differs(line.amount, expected)) {
        out.push({
          path: `items.${i}.payments.${j}.amount`,
          params: {
            base: money(line.base),
            rate: line.rate!.trim(),
            expected: money(expected),
            amount: money(line.amount),
          },
        });
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
