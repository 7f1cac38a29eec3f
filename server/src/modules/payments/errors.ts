import { defineErrors } from '../../platform/errors.ts';

/** What the calculation refuses rather than guesses (issue 16 points 1, 2 and 5). */
export const PaymentErrors = defineErrors({
  PAYMENTS_REGIME_NOT_IN_FORCE: {
    status: 422,
    message: {
      kk: 'Электрондық сауда тауарларының режимі {date} күні күшіне енбеген: тауарлар жеке пайдалануға арналған тауарлар ретінде есептеледі.',
      ru: 'Режим товаров электронной торговли на {date} не вступил в силу: товары исчисляются как товары для личного пользования.',
      en: 'The e-commerce regime is not in force on {date}: the goods are calculated as goods for personal use.',
    },
  },
  PAYMENTS_DECLARATION_INCOMPLETE: {
    status: 422,
    message: {
      kk: 'Төлемдерді есептеу мүмкін емес: {box}-баған толтырылмаған (тауар № {item}).',
      ru: 'Платежи не исчислить: не заполнена графа {box} (товар № {item}).',
      en: 'The payments cannot be calculated: box {box} is not filled in (item {item}).',
    },
  },
  PAYMENTS_TARIFF_RATE_MISSING: {
    status: 422,
    message: {
      kk: '{code} коды үшін {date} күнге кедендік әкелу бажының мөлшерлемесі жоқ.',
      ru: 'Нет ставки ввозной таможенной пошлины для кода {code} на {date}.',
      en: 'There is no import duty rate for code {code} on {date}.',
    },
  },
  PAYMENTS_VAT_RATE_MISSING: {
    status: 422,
    message: {
      kk: '{date} күнге ҚҚС мөлшерлемесі жоқ.',
      ru: 'Нет ставки НДС на {date}.',
      en: 'There is no VAT rate on {date}.',
    },
  },
  PAYMENTS_EXCHANGE_RATE_MISSING: {
    status: 422,
    message: {
      kk: '{date} күнге {currency} валютасының Ұлттық Банк бағамы жоқ.',
      ru: 'Нет курса Национального Банка для валюты {currency} на {date}.',
      en: 'There is no National Bank exchange rate for {currency} on {date}.',
    },
  },
  PAYMENTS_QUANTITY_MISSING: {
    status: 422,
    message: {
      kk: '{code} кодының мөлшерлемесі өлшем бірлігіне алынады ({unit}): тауардың осы бірліктегі саны көрсетілмеген.',
      ru: 'Ставка для кода {code} взимается за единицу измерения ({unit}): количество товара в этой единице не указано.',
      en: 'The rate for code {code} is charged per unit of measure ({unit}): the quantity of the goods in that unit is not given.',
    },
  },
  PAYMENTS_ORIGIN_REQUIRED: {
    status: 422,
    message: {
      kk: '{code} кодына {date} күні шығарылған елге байланысты баж қолданылады: тауардың шығарылған елін көрсетіңіз.',
      ru: 'Для кода {code} на {date} действует пошлина в зависимости от страны происхождения: укажите страну происхождения товара.',
      en: 'A duty that depends on the country of origin applies to code {code} on {date}: give the goods’ country of origin.',
    },
  },
  PAYMENTS_PREFERENCE_UNKNOWN: {
    status: 422,
    message: {
      kk: '36-бағандағы «{code}» коды {date} күні қолданылатын жеңілдіктердің ішінде жоқ.',
      ru: 'Кода «{code}» в графе 36 нет среди льгот, действующих на {date}.',
      en: 'Code “{code}” in box 36 is not among the preferences and exemptions in force on {date}.',
    },
  },
  PAYMENTS_PREFERENCE_NOT_APPLICABLE: {
    status: 422,
    message: {
      kk: '36-бағандағы «{code}» жеңілдігі {hsCode} кодты, шығарылған елі {origin} тауарларға қолданылмайды.',
      ru: 'Льгота «{code}» из графы 36 не распространяется на товары с кодом {hsCode} происхождения {origin}.',
      en: 'The preference “{code}” in box 36 does not cover goods of code {hsCode} originating in {origin}.',
    },
  },
  PAYMENTS_FEE_SCHEDULE_MISSING: {
    status: 422,
    message: {
      kk: '{date} күнге кедендік алымдар кестесі немесе АЕК жоқ.',
      ru: 'Нет ставок таможенных сборов или МРП на {date}.',
      en: 'There is no customs fee schedule or MRP on {date}.',
    },
  },
  PAYMENTS_PERSONAL_USE_NORMS_MISSING: {
    status: 422,
    message: {
      kk: '{date} күнге жеке пайдалануға арналған тауарлардың нормалары жоқ.',
      ru: 'Нет норм ввоза товаров для личного пользования на {date}.',
      en: 'There are no norms for goods for personal use on {date}.',
    },
  },
  PAYMENTS_PERSONAL_USE_CHANNEL_REQUIRED: {
    status: 400,
    message: {
      kk: 'Жеке пайдалануға арналған тауарлар үшін тауарлардың жеткізілу тәсілін көрсетіңіз: халықаралық пошта жөнелтілімі немесе тасымалдаушы, әуе көлігімен ілесіп жүретін багаж немесе өзге көлікпен ілесіп жүретін багаж.',
      ru: 'Для товаров для личного пользования укажите способ перемещения товаров: международное почтовое отправление или перевозчик, сопровождаемый багаж воздушным транспортом или сопровождаемый багаж иным транспортом.',
      en: 'For goods for personal use give how the goods are moved (post, air-baggage, other-baggage).',
    },
  },
});
