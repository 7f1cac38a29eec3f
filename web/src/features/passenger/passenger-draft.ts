import {
  maxCashLines,
  maxPassengerGoods,
  maxPassengerVehicles,
  type PassengerDeclaration,
} from '@shekara/contracts/declarations/documents';

/** A line of box 5 as typed: every box a text, read into numbers when the document is made. */
export interface GoodsLineDraft {
  description: string;
  quantity: string;
  unit: string;
  value: string;
  currency: string;
  massKg: string;
}

/** A line of box 3: cash, traveller's cheques or a monetary instrument, in one currency. */
export interface CashLineDraft {
  kind: 'cash' | 'travellers_cheques' | 'monetary_instrument';
  currency: string;
  amount: string;
}

/** Box 4: a vehicle for personal use crossing with the traveller. */
export interface VehicleDraft {
  kind: 'car' | 'motorcycle' | 'trailer' | 'watercraft' | 'aircraft' | 'other';
  make: string;
  vin: string;
  registrationNumber: string;
  countryCode: string;
}

/** The paper form as the traveller fills it, box by box. */
export interface PassengerDraft {
  name: string;
  iin: string;
  documentKind: 'passport' | 'id_card' | 'residence_permit' | 'other';
  documentNumber: string;
  citizenship: string;
  city: string;
  street: string;
  direction: 'entry' | 'exit';
  /** the country of departure on entry, of destination on exit */
  country: string;
  movement: 'accompanied' | 'unaccompanied' | 'delivered';
  transport: 'air' | 'other';
  baggagePieces: string;
  cash: CashLineDraft[];
  vehicles: VehicleDraft[];
  goods: GoodsLineDraft[];
  date: string;
}

export const emptyGoodsLine: GoodsLineDraft = {
  description: '',
  quantity: '1',
  unit: '',
  value: '',
  currency: 'EUR',
  massKg: '',
};
export const emptyCashLine: CashLineDraft = { kind: 'cash', currency: 'USD', amount: '' };
export const emptyVehicle: VehicleDraft = { kind: 'car', make: '', vin: '', registrationNumber: '', countryCode: 'KZ' };
export { maxCashLines, maxPassengerGoods, maxPassengerVehicles };

export const newPassengerDraft = (iin: string, date: string): PassengerDraft => ({
  name: '',
  iin,
  documentKind: 'passport',
  documentNumber: '',
  citizenship: 'KZ',
  city: '',
  street: '',
  direction: 'entry',
  country: '',
  movement: 'accompanied',
  transport: 'air',
  baggagePieces: '',
  cash: [],
  vehicles: [],
  goods: [{ ...emptyGoodsLine }],
  date,
});

const trimmed = (text: string): string | undefined => text.trim() || undefined;
const upper = (text: string): string | undefined => trimmed(text)?.toUpperCase();

/** A number as typed — spaces between thousands, a comma or a point — or undefined when empty or not a number. */
export function numberOf(text: string): number | undefined {
  const plain = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (plain === '' || !/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}

/** A line the traveller left blank is no line: it is dropped rather than reported as missing boxes. */
const isBlankGoods = (line: GoodsLineDraft) =>
  [line.description, line.unit, line.value, line.massKg].every((box) => box.trim() === '');

/** The document the form makes: the model's boxes, empty ones left out, goods numbered from 1. */
export function documentOf(draft: PassengerDraft): PassengerDeclaration {
  const goods = draft.goods.filter((line) => !isBlankGoods(line));
  const cash = draft.cash.filter((line) => line.amount.trim() !== '');
  const vehicles = draft.vehicles.filter((v) => [v.make, v.vin, v.registrationNumber].some((box) => box.trim() !== ''));
  const baggagePieces = numberOf(draft.baggagePieces);
  const city = trimmed(draft.city);
  const street = trimmed(draft.street);
  return {
    declarant: {
      iinBin: draft.iin.replace(/\s/g, ''),
      ...(trimmed(draft.name) && { name: draft.name.trim() }),
      identityDocument: {
        kind: draft.documentKind,
        ...(trimmed(draft.documentNumber) && { number: draft.documentNumber.trim() }),
      },
      ...(upper(draft.citizenship) && { citizenship: upper(draft.citizenship) }),
      ...((city || street) && { address: { countryCode: 'KZ', ...(city && { city }), ...(street && { street }) } }),
    },
    direction: draft.direction,
    ...(upper(draft.country) &&
      (draft.direction === 'entry'
        ? { departureCountry: upper(draft.country) }
        : { destinationCountry: upper(draft.country) })),
    movement: draft.movement,
    ...(draft.movement !== 'delivered' && { transport: draft.transport }),
    ...(baggagePieces !== undefined && Number.isInteger(baggagePieces) && { baggagePieces }),
    ...(cash.length > 0 && {
      cash: cash.map((line) => ({
        kind: line.kind,
        ...(upper(line.currency) && { currency: upper(line.currency) }),
        ...(numberOf(line.amount) !== undefined && { amount: numberOf(line.amount) }),
      })),
    }),
    ...(vehicles.length > 0 && {
      vehicles: vehicles.map((v) => ({
        kind: v.kind,
        ...(trimmed(v.make) && { make: v.make.trim() }),
        ...(upper(v.vin) && { vin: upper(v.vin) }),
        ...(upper(v.registrationNumber) && { registrationNumber: upper(v.registrationNumber) }),
        ...(upper(v.countryCode) && { countryCode: upper(v.countryCode) }),
      })),
    }),
    ...(goods.length > 0 && {
      goods: goods.map((line, index) => ({
        number: index + 1,
        ...(trimmed(line.description) && { description: line.description.trim() }),
        ...(numberOf(line.quantity) !== undefined && { quantity: numberOf(line.quantity) }),
        ...(trimmed(line.unit) && { unit: line.unit.trim() }),
        ...(numberOf(line.value) !== undefined && { value: numberOf(line.value) }),
        ...(upper(line.currency) && { currency: upper(line.currency) }),
        ...(numberOf(line.massKg) !== undefined && { massKg: numberOf(line.massKg) }),
      })),
    }),
    filler: { ...(trimmed(draft.name) && { name: draft.name.trim() }), date: draft.date },
  };
}
