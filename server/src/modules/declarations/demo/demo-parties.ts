import type { Party } from '@shekara/contracts/declarations/documents';
import { checkDigit } from '@shekara/contracts/domain';
import type { DemoRandom } from './demo-random.ts';

/** Who appears in demo documents: the declarant asked for, and invented foreign and Kazakh parties. */
export function declarantParty(iinBin: string): Party {
  // the fifth digit of a BIN is 4, 5 or 6; an IIN's is a day of birth's tens
  const organisation = ['4', '5', '6'].includes(iinBin[4]!);
  return {
    iinBin,
    name: organisation ? 'ТОО «Демо Импорт»' : 'ИП «Демо»',
    address: { countryCode: 'KZ', region: 'г. Алматы', city: 'Алматы', street: 'пр. Абая, 10', postalCode: 'A05X0K0' },
  };
}

export const foreignSeller: Party = {
  name: 'Urumqi Demo Trading Co., Ltd.',
  address: {
    countryCode: 'CN',
    region: 'Xinjiang',
    city: 'Urumqi',
    street: 'Beijing South Road 88',
    postalCode: '830011',
  },
};

export const demoCarrier: Party = {
  iinBin: '050540001232',
  name: 'ТОО «Демо Транс»',
  address: { countryCode: 'KZ', city: 'Алматы', street: 'ул. Рыскулова, 5' },
};

/** A valid IIN of a man born on 15.01.1980, different per serial. */
export function demoIin(random: DemoRandom): string {
  for (;;) {
    const first11 = `8001153${String(random.int(0, 9999)).padStart(4, '0')}`;
    const digit = checkDigit(first11);
    if (digit !== null) return `${first11}${digit}`;
  }
}

export function demoVehicle(random: DemoRandom) {
  const serial = String(random.int(100, 999));
  return {
    modeCode: '30',
    registrationNumber: `${serial}ABC02`,
    countryCode: 'KZ',
    make: 'MAN',
    model: 'TGX 18.480',
    vin: `WMA06XZZ7LM${String(random.int(100000, 999999))}`,
    trailerRegistrationNumbers: [`${serial}AB02`],
  };
}

export function demoDriver(random: DemoRandom) {
  return {
    name: 'Сейткалиев Нурлан Маратович',
    iin: demoIin(random),
    passportNumber: `N${String(random.int(1000000, 9999999))}`,
    countryCode: 'KZ',
  };
}

/** Box 54 or its like: who filled the document, and its date. */
export function demoFiller(declarant: string, date: string, random: DemoRandom) {
  const declarantIsIin = !['4', '5', '6'].includes(declarant[4]!);
  return {
    name: 'Ахметова Айгерим Сериковна',
    position: declarantIsIin ? 'индивидуальный предприниматель' : 'специалист по таможенному декларированию',
    iin: declarantIsIin ? declarant : demoIin(random),
    phone: '+7 727 000 00 00',
    date,
    place: 'г. Алматы',
  };
}
