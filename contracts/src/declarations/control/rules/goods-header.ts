import type { GoodsDeclaration } from '../../documents/goods.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, isNumber, listOf, say } from './define.ts';

/**
 * The header boxes of a goods declaration: what box 1 declares, and the boxes that procedure
 * makes required (Decision No. 257's filling rules): export (10) names the country of
 * destination, release for domestic consumption (40) the invoice currency, import the country of
 * dispatch.
 */
const kinds = ['goods'] as const;

/** Box 1's direction each procedure allows: export-type procedures go out (EK), import-type ones come in (IM). */
const exportProcedures = new Set(['10', '21', '23', '31']);
const importProcedures = new Set(['40', '51', '53', '60']);

/** Procedures declared: box 1 and every item's box 37. */
export function declaresProcedure(d: GoodsDeclaration, code: string): boolean {
  return d.procedureCode === code || listOf(d.items).some((item) => item.procedureCode === code);
}

const boxOne: Rule<GoodsDeclaration> = {
  id: 'goods.header.procedure-required',
  severity: 'error',
  kinds,
  message: say(
    '1-баған: бағыт (ИМ/ЭК) және кедендік рәсім көрсетілуі керек.',
    'Графа 1: должны быть указаны направление (ИМ/ЭК) и таможенная процедура.',
    'Box 1: the direction (IM/EK) and the customs procedure are required.',
  ),
  *check(d) {
    if (isBlank(d.direction)) yield { path: 'direction' };
    if (isBlank(d.procedureCode)) yield { path: 'procedureCode' };
  },
};

const procedureDirection: Rule<GoodsDeclaration> = {
  id: 'goods.header.procedure-direction',
  severity: 'error',
  kinds,
  message: say(
    '1-баған: {procedure} рәсімі «{direction}» бағытымен мәлімделмейді.',
    'Графа 1: процедура {procedure} не заявляется с направлением «{direction}».',
    'Box 1: the procedure {procedure} is not declared with the direction "{direction}".',
  ),
  *check(d): Iterable<Hit> {
    const procedure = d.procedureCode;
    if (!procedure || !d.direction) return;
    if (
      (d.direction === 'IM' && exportProcedures.has(procedure)) ||
      (d.direction === 'EK' && importProcedures.has(procedure))
    ) {
      yield { path: 'procedureCode', params: { procedure, direction: d.direction } };
    }
  },
};

const itemsRequired: Rule<GoodsDeclaration> = {
  id: 'goods.header.items-required',
  severity: 'error',
  kinds,
  message: say(
    'Декларацияда кемінде бір тауар болуы керек.',
    'В декларации должен быть хотя бы один товар.',
    'The declaration must have at least one goods item.',
  ),
  *check(d): Iterable<Hit> {
    if (listOf(d.items).length === 0) yield { path: 'items' };
  },
};

const destination: Rule<GoodsDeclaration> = {
  id: 'goods.header.destination-required',
  severity: 'error',
  kinds,
  message: say(
    '17-баған: экспорт (10) рәсімінде межелі ел көрсетілуі керек.',
    'Графа 17: при процедуре экспорта (10) должна быть указана страна назначения.',
    'Box 17: the export procedure (10) requires the country of destination.',
  ),
  *check(d): Iterable<Hit> {
    if (declaresProcedure(d, '10') && isBlank(d.destinationCountry)) yield { path: 'destinationCountry' };
  },
};

const dispatch: Rule<GoodsDeclaration> = {
  id: 'goods.header.dispatch-required',
  severity: 'error',
  kinds,
  message: say(
    '15-баған: әкелу кезінде жөнелту елі көрсетілуі керек.',
    'Графа 15: при ввозе должна быть указана страна отправления.',
    'Box 15: an import requires the country of dispatch.',
  ),
  *check(d): Iterable<Hit> {
    if (d.direction === 'IM' && isBlank(d.dispatchCountry)) yield { path: 'dispatchCountry' };
  },
};

const invoiceCurrency: Rule<GoodsDeclaration> = {
  id: 'goods.header.invoice-currency-required',
  severity: 'error',
  kinds,
  message: say(
    '22-баған: шот валютасы көрсетілуі керек (ішкі тұтыну үшін шығару немесе шот құны мәлімделген).',
    'Графа 22: должна быть указана валюта счёта (выпуск для внутреннего потребления или заявлена фактурная стоимость).',
    'Box 22: the invoice currency is required (release for domestic consumption, or an invoice value declared).',
  ),
  *check(d): Iterable<Hit> {
    if (!isBlank(d.invoiceCurrency)) return;
    if (
      declaresProcedure(d, '40') ||
      isNumber(d.totalInvoiceAmount) ||
      listOf(d.items).some((item) => isNumber(item.invoiceValue))
    ) {
      yield { path: 'invoiceCurrency' };
    }
  },
};

const exchangeRate: Rule<GoodsDeclaration> = {
  id: 'goods.header.exchange-rate-required',
  severity: 'error',
  kinds,
  message: say(
    '23-баған: шот валютасы {currency} болғанда валюта бағамы көрсетілуі керек.',
    'Графа 23: при валюте счёта {currency} должен быть указан курс валюты.',
    'Box 23: with the invoice currency {currency} the exchange rate is required.',
  ),
  *check(d): Iterable<Hit> {
    const currency = d.invoiceCurrency;
    if (!isBlank(currency) && currency !== 'KZT' && !isNumber(d.exchangeRate))
      yield { path: 'exchangeRate', params: { currency: currency! } };
  },
};

const transportMode: Rule<GoodsDeclaration> = {
  id: 'goods.header.transport-mode-required',
  severity: 'error',
  kinds,
  message: say(
    '25-баған: шекарадағы көлік түрі көрсетілуі керек.',
    'Графа 25: должен быть указан вид транспорта на границе.',
    'Box 25: the mode of transport at the border is required.',
  ),
  *check(d): Iterable<Hit> {
    if (isBlank(d.borderTransportMode)) yield { path: 'borderTransportMode' };
  },
};

const borderOffice: Rule<GoodsDeclaration> = {
  id: 'goods.header.border-office-unknown',
  severity: 'error',
  kinds,
  message: say(
    '29-баған: {office} кеден органы {date} күні жоқ.',
    'Графа 29: таможенного органа {office} нет на {date}.',
    'Box 29: there is no customs body {office} on {date}.',
  ),
  *check(d, ctx): Iterable<Hit> {
    const office = d.borderOffice;
    if (!isBlank(office) && !ctx.reference.customsBody(office!, ctx.date))
      yield { path: 'borderOffice', params: { office: office!, date: ctx.date } };
  },
};

export const goodsHeaderRules: readonly Rule<GoodsDeclaration>[] = [
  boxOne,
  procedureDirection,
  itemsRequired,
  destination,
  dispatch,
  invoiceCurrency,
  exchangeRate,
  transportMode,
  borderOffice,
];
