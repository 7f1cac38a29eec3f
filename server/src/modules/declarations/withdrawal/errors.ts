import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of a withdrawal at the declarant's request (art. 113). */
export const WithdrawalErrors = defineErrors({
  DECL_WITHDRAWAL_REASON_REQUIRED: {
    status: 400,
    message: {
      kk: 'Декларацияны кері қайтарып алу себебін көрсетіңіз.',
      ru: 'Укажите причину отзыва декларации.',
      en: 'Give the reason for the withdrawal of the declaration.',
    },
  },
  DECL_WITHDRAWAL_AFTER_RELEASE: {
    status: 409,
    message: {
      kk: 'Тауарлар шығарылды («{status}»): декларацияны енді кері қайтарып алуға болмайды. Мәліметтерді өзгерту үшін тауарларға арналған декларацияны түзету (ТДТ) беріңіз.',
      ru: 'Товары уже выпущены («{status}»): отзыв декларации невозможен. Чтобы изменить сведения, подайте корректировку декларации на товары (КДТ).',
      en: 'The goods are already released ("{status}"): the declaration can no longer be withdrawn. File a correction of the goods declaration (KDT) to change its information.',
    },
  },
  DECL_WITHDRAWAL_NOT_REGISTERED: {
    status: 409,
    message: {
      kk: 'Тіркелген және түпкілікті шешім әлі қабылданбаған декларацияны ғана кері қайтарып алуға болады; бұл декларацияның мәртебесі — «{status}».',
      ru: 'Отозвать можно только зарегистрированную декларацию, по которой ещё нет окончательного решения; статус этой декларации — «{status}».',
      en: 'Only a registered declaration awaiting its final decision can be withdrawn; this one is "{status}".',
    },
  },
  DECL_WITHDRAWAL_SIGNER_NOT_DECLARANT: {
    status: 403,
    message: {
      kk: 'Кері қайтарып алуға декларант ({declarant}) немесе оның кеден өкілі қол қоюы керек; қол қойған: {signer}.',
      ru: 'Отзыв должен подписать декларант ({declarant}) или его таможенный представитель; подписант: {signer}.',
      en: 'The withdrawal must be signed by the declarant ({declarant}) or its customs representative; the signer is {signer}.',
    },
  },
});
