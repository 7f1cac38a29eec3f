import { decimalOf, emptyItem, hsCodeOf, type ItemDraft } from '../payments/calculator-draft.ts';
import type { OfficerIssueRequest } from './receipt-orders-api.ts';

/** The officer's form of a ТПО as typed: the recipient, the channel, the day and the goods (as the calculator takes them). */
export interface IssueDraft {
  recipientIin: string;
  recipientName: string;
  channel: OfficerIssueRequest['channel'];
  date: string;
  items: ItemDraft[];
}

export const newIssueDraft = (date: string): IssueDraft => ({
  recipientIin: '',
  recipientName: '',
  channel: 'post',
  date,
  items: [{ ...emptyItem }],
});

/** The request the form becomes: IIN without spaces, codes and amounts as the calculator reads them. */
export function issueRequestOf(draft: IssueDraft): OfficerIssueRequest {
  const name = draft.recipientName.trim();
  return {
    recipientIin: draft.recipientIin.replace(/\s/g, ''),
    ...(name !== '' && { recipientName: name }),
    channel: draft.channel,
    ...(draft.date !== '' && { date: draft.date }),
    items: draft.items.map((item) => ({
      hsCode: hsCodeOf(item.hsCode),
      ...(item.originCountry.trim() !== '' && { originCountry: item.originCountry.trim().toUpperCase() }),
      invoiceValue: decimalOf(item.invoiceValue),
      currency: item.currency.trim().toUpperCase(),
      netMassKg: decimalOf(item.netMassKg),
    })),
  };
}
