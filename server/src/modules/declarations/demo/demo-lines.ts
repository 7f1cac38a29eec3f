import { type DemoGoods, demoCatalogue } from './demo-catalogue.ts';
import type { DemoRandom } from './demo-random.ts';

/** One line of goods every kind's demo document describes in its own boxes. */
export interface DemoLine {
  number: number;
  goods: DemoGoods;
  /** in the goods' unit: pieces or kilograms */
  quantity: number;
  packages: number;
  /** kg, to the gram */
  grossMass: number;
  netMass: number;
  /** in the invoice currency's minor units */
  invoiceCents: number;
}

export function demoLines(random: DemoRandom, count: number): DemoLine[] {
  return Array.from({ length: count }, (_, index) => {
    const goods = random.pick(demoCatalogue);
    const quantity = goods.unitCode === '166' ? random.int(50, 2000) : random.int(2, 120);
    const perPackage = goods.unitCode === '166' ? 20 : random.int(1, 4);
    return {
      number: index + 1,
      goods,
      quantity,
      packages: Math.ceil(quantity / perPackage),
      grossMass: (quantity * goods.grossGrams) / 1000,
      netMass: (quantity * goods.netGrams) / 1000,
      invoiceCents: quantity * goods.priceCents,
    };
  });
}

export const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
