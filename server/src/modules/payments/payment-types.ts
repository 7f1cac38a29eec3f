/**
 * The payment type codes this engine produces, from the EAEU classifier of kinds of taxes, fees
 * and other payments (Decision of the Customs Union Commission No. 378 of 20.09.2010, Annex 9),
 * with the budget classification code (KBK) Kazakhstan credits each to. The KBK figures are our
 * reading of the Unified budget classification and are marked so in docs/PAYMENTS.md: they are
 * to be checked against the Ministry of Finance's classification in force before they go on a
 * payment order.
 */
export interface PaymentType {
  code: string;
  name: { kk: string; ru: string; en: string };
  kbk: string;
}

export const paymentTypes = {
  customsFee: {
    code: '1010',
    name: {
      kk: 'Кедендік операциялар үшін кедендік алымдар',
      ru: 'Таможенные сборы за таможенные операции',
      en: 'Customs fees for customs operations',
    },
    kbk: '106102',
  },
  importDuty: {
    code: '2010',
    name: { kk: 'Кедендік әкелу бажы', ru: 'Ввозная таможенная пошлина', en: 'Import customs duty' },
    kbk: '106110',
  },
  special: {
    code: '2110',
    name: { kk: 'Арнайы баж', ru: 'Специальная пошлина', en: 'Special duty' },
    kbk: '106111',
  },
  antiDumping: {
    code: '2130',
    name: { kk: 'Демпингке қарсы баж', ru: 'Антидемпинговая пошлина', en: 'Anti-dumping duty' },
    kbk: '106112',
  },
  countervailing: {
    code: '2150',
    name: { kk: 'Өтемақы бажы', ru: 'Компенсационная пошлина', en: 'Countervailing duty' },
    kbk: '106113',
  },
  vat: {
    code: '5010',
    name: { kk: 'Қосылған құн салығы', ru: 'Налог на добавленную стоимость', en: 'Value added tax' },
    kbk: '105102',
  },
  excise: {
    code: '5020',
    name: { kk: 'Акциз', ru: 'Акциз', en: 'Excise' },
    kbk: '105270',
  },
  unifiedRate: {
    code: '6010',
    name: {
      kk: 'Жеке пайдалануға арналған тауарларға кедендік баждардың, салықтардың бірыңғай мөлшерлемелері',
      ru: 'Таможенные пошлины, налоги по единым ставкам в отношении товаров для личного пользования',
      en: 'Customs duties and taxes at the unified rates on goods for personal use',
    },
    kbk: '106110',
  },
} as const satisfies Record<string, PaymentType>;
