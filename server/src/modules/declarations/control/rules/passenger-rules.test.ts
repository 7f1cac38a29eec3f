import { controlDeclaration } from '@shekara/contracts/declarations/control';
import { type PassengerDeclaration, passengerChannelOf } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { demoDocument } from '../../demo/demo-document.ts';
import { sampleDate, sampleReference } from '../sample-goods.ts';

/** Issue 17 point 2: format-logical control of the passenger customs declaration (EEC Commission Decision No. 287). */
const reference = sampleReference();
const traveller = '800115300012';
const airport = '75301';
const signer = { iin: traveller, bin: null, represents: [] };

const demo = (): PassengerDeclaration =>
  structuredClone(demoDocument('passenger', { items: 3, declarant: traveller, office: airport, date: sampleDate }));

const findings = (document: PassengerDeclaration, extra: { signer?: typeof signer } = {}) =>
  controlDeclaration('passenger', document, {
    reference,
    date: sampleDate,
    customsOffice: airport,
    signer,
    ...extra,
  }).errors.map((f) => `${f.rule} ${f.path}`);

describe('the passenger declaration’s control (issue 17 point 2)', () => {
  it('ACC-15: a traveller’s demo declaration, signed by the traveller at an airport, passes', () => {
    expect(findings(demo())).toEqual([]);
  });

  it('ACC-15: is an individual’s: a BIN as declarant is refused, while a customs representative may sign for the individual', () => {
    const byOrganisation = demo();
    byOrganisation.declarant!.iinBin = '150440000013';
    expect(findings(byOrganisation, { signer: { iin: null, bin: '150440000013', represents: [] } as never })).toEqual([
      'passenger.declarant.not-individual declarant.iinBin',
    ]);
    expect(findings(demo(), { signer: { iin: null, bin: '150440000013', represents: [traveller] } as never })).toEqual(
      [],
    );
  });

  it('ACC-15: asks for the country of departure on entry and of destination on exit', () => {
    const entry = demo();
    delete entry.departureCountry;
    expect(findings(entry)).toEqual(['passenger.country-of-direction departureCountry']);
    const exit = { ...demo(), direction: 'exit' as const };
    expect(findings(exit)).toEqual(['passenger.country-of-direction destinationCountry']);
    expect(findings({ ...exit, departureCountry: undefined, destinationCountry: 'ZZ' })).toEqual([
      'passenger.country.unknown destinationCountry',
    ]);
  });

  it('ACC-20: baggage says how it travels (the unified rate’s channel depends on it); goods sent by post need not', () => {
    expect(findings({ ...demo(), transport: undefined })).toEqual(['passenger.baggage-transport transport']);
    expect(findings({ ...demo(), movement: 'delivered', transport: undefined })).toEqual([]);
    expect(passengerChannelOf({ movement: 'accompanied', transport: 'air' })).toBe('air-baggage');
    expect(passengerChannelOf({ movement: 'unaccompanied', transport: 'air' })).toBe('air-baggage');
    expect(passengerChannelOf({ movement: 'unaccompanied', transport: 'other' })).toBe('other-baggage');
    expect(passengerChannelOf({ movement: 'delivered' })).toBe('post');
    expect(passengerChannelOf({ movement: 'accompanied' })).toBeNull();
  });

  it('ACC-20: every good has its description, quantity, value with currency and mass; amounts are not negative', () => {
    const document = demo();
    document.goods = [
      { number: 1, description: ' ', quantity: 0, value: -5, currency: 'EUR' },
      { number: 2, description: 'Сумка', quantity: 1, value: 10, currency: 'XYZ', massKg: -1 },
    ];
    expect(findings(document)).toEqual([
      'passenger.required goods.0.description',
      'passenger.required goods.0.massKg',
      'passenger.currency.unknown goods.1.currency',
      'passenger.goods.amount-positive goods.0.quantity',
      'passenger.goods.measure-negative goods.0.value',
      'passenger.goods.measure-negative goods.1.massKg',
    ]);
  });

  it('ACC-15: cash is declared once per currency and kind; monetary instruments one by one', () => {
    const document = demo();
    document.cash = [
      { kind: 'cash', currency: 'USD', amount: 12000 },
      { kind: 'cash', currency: 'USD', amount: 1 },
      { kind: 'monetary_instrument', currency: 'EUR', amount: 5000, description: 'вексель' },
      { kind: 'monetary_instrument', currency: 'EUR', amount: 6000, description: 'чек' },
      { kind: 'travellers_cheques', currency: 'USD', amount: 0 },
    ];
    expect(findings(document)).toEqual([
      'passenger.goods.amount-positive cash.4.amount',
      'passenger.cash.currency-repeated cash.1.currency',
    ]);
  });

  it('ACC-15: a declaration declaring nothing is refused', () => {
    const document = demo();
    delete document.goods;
    delete document.cash;
    expect(findings(document)).toEqual(['passenger.nothing-declared goods']);
    document.vehicles = [{ kind: 'car', make: 'Toyota', vin: 'JTDBR32E720012345', countryCode: 'KZ' }];
    expect(findings(document)).toEqual([]);
  });
});
