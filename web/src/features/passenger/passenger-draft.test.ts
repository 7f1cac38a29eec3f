import { documentSchemas } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { documentOf, newPassengerDraft, numberOf } from './passenger-draft.ts';

describe('the passenger declaration’s form as a document (issue 17 point 2)', () => {
  it('ACC-15: makes the model’s document box by box, blank lines dropped, goods numbered, numbers read as typed', () => {
    const draft = {
      ...newPassengerDraft('800115300012', '2026-12-06'),
      name: ' Сериков Арман ',
      documentNumber: 'N123',
      country: 'tr',
      baggagePieces: '2',
      cash: [
        { kind: 'cash' as const, currency: 'usd', amount: '12 000' },
        { kind: 'cash' as const, currency: 'EUR', amount: ' ' },
      ],
      goods: [
        { description: 'Ноутбук', quantity: '1', unit: 'шт', value: '1 234,50', currency: 'eur', massKg: '2.5' },
        { description: '', quantity: '1', unit: '', value: '', currency: 'EUR', massKg: '' },
      ],
    };
    const document = documentOf(draft);
    expect(document).toEqual({
      declarant: {
        iinBin: '800115300012',
        name: 'Сериков Арман',
        identityDocument: { kind: 'passport', number: 'N123' },
        citizenship: 'KZ',
      },
      direction: 'entry',
      departureCountry: 'TR',
      movement: 'accompanied',
      transport: 'air',
      baggagePieces: 2,
      cash: [{ kind: 'cash', currency: 'USD', amount: 12000 }],
      goods: [
        { number: 1, description: 'Ноутбук', quantity: 1, unit: 'шт', value: 1234.5, currency: 'EUR', massKg: 2.5 },
      ],
      filler: { name: 'Сериков Арман', date: '2026-12-06' },
    });
    expect(documentSchemas.passenger.safeParse(document).success).toBe(true);
  });

  it('ACC-15: box 4 carries the vehicles filled in, codes in capitals; an untouched vehicle line is dropped', () => {
    const draft = {
      ...newPassengerDraft('800115300012', '2026-12-06'),
      vehicles: [
        {
          kind: 'car' as const,
          make: 'Toyota Camry',
          vin: 'jtdbr32e720012345',
          registrationNumber: '',
          countryCode: 'kz',
        },
        { kind: 'trailer' as const, make: '', vin: '', registrationNumber: '', countryCode: 'KZ' },
      ],
    };
    expect(documentOf(draft).vehicles).toEqual([
      { kind: 'car', make: 'Toyota Camry', vin: 'JTDBR32E720012345', countryCode: 'KZ' },
    ]);
  });

  it('ACC-20: goods delivered by post carry no baggage transport; on exit the country is the destination', () => {
    const draft = { ...newPassengerDraft('800115300012', '2026-12-06'), movement: 'delivered' as const, country: 'AE' };
    expect(documentOf(draft)).toMatchObject({ movement: 'delivered', departureCountry: 'AE' });
    expect(documentOf(draft).transport).toBeUndefined();
    expect(documentOf({ ...draft, direction: 'exit' })).toMatchObject({ destinationCountry: 'AE' });
  });

  it('reads numbers with spaces and a decimal comma, and nothing else', () => {
    expect(numberOf('1 000,25')).toBe(1000.25);
    expect(numberOf('')).toBeUndefined();
    expect(numberOf('12abc')).toBeUndefined();
  });
});
