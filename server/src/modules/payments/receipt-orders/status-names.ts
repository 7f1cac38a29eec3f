import type { LocalizedText } from '../../../platform/i18n/language.ts';
import type { ReceiptOrderStatus } from './receipt-order-repository.ts';

/** A customs receipt order's status as the printed order and a refusal name it. */
export const receiptOrderStatusNames: Record<ReceiptOrderStatus, LocalizedText> = {
  issued: { kk: 'төленуге тиіс', ru: 'к уплате', en: 'due' },
  paid: { kk: 'төленді', ru: 'оплачен', en: 'paid' },
  'nothing-due': { kk: 'төленетін сома жоқ', ru: 'к уплате ничего', en: 'nothing due' },
  annulled: { kk: 'күші жойылды', ru: 'аннулирован', en: 'annulled' },
};
