import type { Language } from '../../../platform/i18n/language.ts';
import type { PostingKind } from './entries.ts';

/** The words of the advance account's statement, in the three languages. */
export interface StatementTexts {
  title: string;
  payer: string;
  period: string;
  columns: [string, string, string, string, string, string, string, string, string, string];
  opening: string;
  closing: string;
  kinds: Record<PostingKind, string>;
  bankDocument: (number: string, date: string) => string;
  declaration: (id: string) => string;
  reverses: (id: number) => string;
  decimalMark: ',' | '.';
  /** when the statement was made */
  madeAt: string;
  pageNumbers: string;
}

export const statementTexts: Record<Language, StatementTexts> = {
  kk: {
    title: 'Аванстық төлемдердің дербес шоты бойынша үзінді көшірме',
    payer: 'Төлеуші (ЖСН/БСН)',
    period: 'Кезең',
    columns: [
      'Күні мен уақыты',
      'Өткізбе №',
      'Операция',
      'Құжат',
      'Қолжетімді: кіріс',
      'Қолжетімді: шығыс',
      'Қолжетімді: қалдық',
      'Резерв: кіріс',
      'Резерв: шығыс',
      'Резерв: қалдық',
    ],
    opening: 'Кезең басындағы қалдық',
    closing: 'Кезең соңындағы қалдық',
    kinds: {
      deposit: 'Төлемнің түсуі',
      reservation: 'Резервтеу',
      debit: 'Есептен шығару',
      release: 'Резервті босату',
      refund: 'Қайтару',
      reversal: 'Сторно',
    },
    bankDocument: (number, date) => `${date} күнгі № ${number} банк құжаты`,
    declaration: (id) => `Декларация ${id}`,
    reverses: (id) => `№ ${id} өткізбенің сторносы`,
    decimalMark: ',',
    madeAt: 'Жасалған уақыты',
    pageNumbers: '{pages} беттің {page}-беті',
  },
  ru: {
    title: 'Выписка по лицевому счёту авансовых платежей',
    payer: 'Плательщик (ИИН/БИН)',
    period: 'Период',
    columns: [
      'Дата и время',
      '№ проводки',
      'Операция',
      'Документ',
      'Доступно: приход',
      'Доступно: расход',
      'Доступно: остаток',
      'Резерв: приход',
      'Резерв: расход',
      'Резерв: остаток',
    ],
    opening: 'Остаток на начало периода',
    closing: 'Остаток на конец периода',
    kinds: {
      deposit: 'Поступление платежа',
      reservation: 'Резервирование',
      debit: 'Списание',
      release: 'Снятие резерва',
      refund: 'Возврат',
      reversal: 'Сторно',
    },
    bankDocument: (number, date) => `Банковский документ № ${number} от ${date}`,
    declaration: (id) => `Декларация ${id}`,
    reverses: (id) => `Сторно проводки № ${id}`,
    decimalMark: ',',
    madeAt: 'Сформирована',
    pageNumbers: 'Страница {page} из {pages}',
  },
  en: {
    title: 'Statement of the personal advance account',
    payer: 'Payer (IIN/BIN)',
    period: 'Period',
    columns: [
      'Date and time',
      'Posting No.',
      'Operation',
      'Document',
      'Available: in',
      'Available: out',
      'Available: balance',
      'Reserved: in',
      'Reserved: out',
      'Reserved: balance',
    ],
    opening: 'Balance at the start of the period',
    closing: 'Balance at the end of the period',
    kinds: {
      deposit: 'Payment received',
      reservation: 'Reservation',
      debit: 'Debit',
      release: 'Reservation released',
      refund: 'Refund',
      reversal: 'Reversal',
    },
    bankDocument: (number, date) => `Bank document No. ${number} of ${date}`,
    declaration: (id) => `Declaration ${id}`,
    reverses: (id) => `Reversal of posting No. ${id}`,
    decimalMark: '.',
    madeAt: 'Made',
    pageNumbers: 'Page {page} of {pages}',
  },
};
