import type { LocalizedText } from '../../i18n/index.ts';
import type { DeclarationAction, DeclarationStatus } from './machine.ts';

/**
 * A declaration's statuses and actions as a message names them to its reader, in the glossary's
 * words (issue 21 point 5: never the identifier `released` inside a Kazakh or Russian sentence).
 */
export const declarationStatusNames: Record<DeclarationStatus, LocalizedText> = {
  draft: { kk: 'жоба', ru: 'черновик', en: 'draft' },
  registered: { kk: 'тіркелді', ru: 'зарегистрирована', en: 'registered' },
  in_processing: { kk: 'өңдеуге қабылданды', ru: 'принята к обработке', en: 'accepted for processing' },
  correction_requested: { kk: 'түзету сұралды', ru: 'запрошено исправление', en: 'correction requested' },
  released: { kk: 'шығаруға рұқсат етілді', ru: 'выпуск разрешён', en: 'released' },
  conditionally_released: { kk: 'шартты шығару', ru: 'условный выпуск', en: 'conditionally released' },
  release_refused: { kk: 'шығарудан бас тартылды', ru: 'отказано в выпуске', en: 'release refused' },
  withdrawn: { kk: 'кері қайтарып алынды', ru: 'отозвана', en: 'withdrawn' },
  released_for_transit: {
    kk: 'тауарлар кедендік транзитке шығарылды',
    ru: 'товары выпущены для таможенного транзита',
    en: 'released for customs transit',
  },
  arrived: {
    kk: 'тауарлар жеткізу орнына келді',
    ru: 'товары прибыли в место доставки',
    en: 'goods arrived at destination',
  },
  transit_completed: {
    kk: 'кедендік транзит аяқталды',
    ru: 'таможенный транзит завершён',
    en: 'customs transit completed',
  },
  used: {
    kk: 'тауарлар келгенде пайдаланылды',
    ru: 'использована при прибытии товаров',
    en: 'used on the goods’ arrival',
  },
  closed: {
    kk: 'кейінгі декларациямен жабылды',
    ru: 'закрыта последующей декларацией',
    en: 'closed by a later declaration',
  },
};

export const declarationActionNames: Record<DeclarationAction, LocalizedText> = {
  submit: { kk: 'декларацияны беру', ru: 'подача декларации', en: 'filing' },
  resubmit: {
    kk: 'түзетілген данасын беру',
    ru: 'подача исправленного экземпляра',
    en: 'filing a corrected copy',
  },
  withdraw: { kk: 'декларацияны кері қайтарып алу', ru: 'отзыв декларации', en: 'withdrawal' },
  accept: { kk: 'өңдеуге қабылдау', ru: 'принятие к обработке', en: 'acceptance for processing' },
  request_correction: { kk: 'түзетуді сұрау', ru: 'запрос исправления', en: 'request for correction' },
  release: { kk: 'тауарларды шығару', ru: 'выпуск товаров', en: 'release' },
  release_conditionally: { kk: 'шартты шығару', ru: 'условный выпуск', en: 'conditional release' },
  refuse_release: { kk: 'шығарудан бас тарту', ru: 'отказ в выпуске', en: 'refusal to release' },
  release_for_transit: {
    kk: 'кедендік транзитке шығару',
    ru: 'выпуск для таможенного транзита',
    en: 'release for customs transit',
  },
  record_arrival: {
    kk: 'тауарлардың келуін тіркеу',
    ru: 'регистрация прибытия товаров',
    en: 'recording the goods’ arrival',
  },
  complete_transit: {
    kk: 'кедендік транзитті аяқтау',
    ru: 'завершение таможенного транзита',
    en: 'completion of customs transit',
  },
  record_use: {
    kk: 'алдын ала ақпараттың пайдаланылғанын белгілеу',
    ru: 'отметка об использовании предварительной информации',
    en: 'recording the use of the preliminary information',
  },
  link: {
    kk: 'кейінгі декларациямен байланыстыру',
    ru: 'связь с последующей декларацией',
    en: 'linking to a later declaration',
  },
};
