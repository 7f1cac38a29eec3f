import { maxPassengerGoods, type PassengerDeclaration } from '@shekara/contracts/declarations/documents';
import type { DemoOptions } from './demo-goods.ts';
import type { DemoRandom } from './demo-random.ts';

/** What a traveller brings home: description, unit, a value range in euro and a mass per piece. */
const personalGoods = [
  { description: 'Смартфон', unit: 'шт', eur: [300, 900], kg: 0.2 },
  { description: 'Ноутбук', unit: 'шт', eur: [500, 1500], kg: 2 },
  { description: 'Кроссовки', unit: 'пар', eur: [50, 150], kg: 1 },
  { description: 'Куртка', unit: 'шт', eur: [80, 300], kg: 1.2 },
  { description: 'Духи', unit: 'шт', eur: [40, 120], kg: 0.3 },
  { description: 'Детский конструктор', unit: 'шт', eur: [20, 80], kg: 0.8 },
] as const;

/**
 * A passenger declaration of an individual (`declarant`, an IIN) arriving by air from Turkey with
 * its baggage: `items` lines of goods (at most the model's 200), some cash in dollars.
 */
export function demoPassengerDeclaration(
  random: DemoRandom,
  { items, declarant, date }: DemoOptions,
): PassengerDeclaration {
  const count = Math.min(items, maxPassengerGoods);
  return {
    declarant: {
      iinBin: declarant,
      name: 'Ахметова Айгерим Сериковна',
      identityDocument: {
        kind: 'passport',
        number: `N${String(random.int(1_000_000, 9_999_999))}`,
        issuedOn: '2022-04-12',
        countryCode: 'KZ',
      },
      citizenship: 'KZ',
      address: { countryCode: 'KZ', city: 'Алматы', street: 'пр. Абая, 10' },
    },
    direction: 'entry',
    departureCountry: 'TR',
    movement: 'accompanied',
    transport: 'air',
    baggagePieces: random.int(1, 4),
    cash: [{ kind: 'cash', currency: 'USD', amount: random.int(11, 30) * 1000 }],
    goods: Array.from({ length: count }, (_, i) => {
      const goods = random.pick(personalGoods);
      const quantity = random.int(1, 3);
      return {
        number: i + 1,
        description: goods.description,
        quantity,
        unit: goods.unit,
        value: quantity * random.int(goods.eur[0], goods.eur[1]),
        currency: 'EUR',
        massKg: Math.round(quantity * goods.kg * 1000) / 1000,
      };
    }),
    filler: { name: 'Ахметова Айгерим Сериковна', iin: declarant, date, place: 'Аэропорт Алматы' },
  };
}
