import type {
  DeliveryControlDocument,
  PreliminaryInformation,
  PreliminarySubkind,
  TemporaryVehicleApplication,
  TransitDeclaration,
  VehicleDeclaration,
} from '@shekara/contracts/declarations/documents';
import { type DemoOptions, demoGoodsDeclaration } from './demo-goods.ts';
import { type DemoLine, demoLines, sum } from './demo-lines.ts';
import { declarantParty, demoCarrier, demoDriver, demoFiller, demoVehicle, foreignSeller } from './demo-parties.ts';
import { addDays, type DemoRandom, fromMinor } from './demo-random.ts';
import { demoCurrencies } from './demo-rates.ts';

/** Demo documents of goods and vehicles on the move: transit, vehicle, preliminary, delivery control, temporary vehicles. */

/** A clearance centre other than `office`, for the far end of a journey. */
const inlandOfficeOtherThan = (office: string) => (office === '75101' ? '71101' : '75101');
/** A border checkpoint other than `office`, for the near end. */
const borderCheckpointOtherThan = (office: string) => (office === '33301' ? '33302' : '33301');

const cmr = (random: DemoRandom, date: string) => ({
  kindCode: '02015',
  number: `CMR-${random.int(100000, 999999)}`,
  date,
});

export function demoTransitDeclaration(
  random: DemoRandom,
  { items, declarant, office, date }: DemoOptions,
): TransitDeclaration {
  const lines = demoLines(random, items);
  const transport = { modeCode: '30', identification: `${random.int(100, 999)}ABC02`, countryCode: 'KZ' };
  const invoice = { kindCode: '04021', number: `INV-${random.int(1000, 9999)}`, date };
  return {
    declarationType: 'TT',
    consignor: foreignSeller,
    totalItems: lines.length,
    totalPackages: sum(lines.map((l) => l.packages)),
    consignee: declarantParty(declarant),
    dispatchCountry: 'CN',
    destinationCountry: 'KZ',
    departureTransport: transport,
    borderTransport: transport,
    containers: false,
    deliveryTerms: { code: 'FCA', place: 'Urumqi' },
    invoiceCurrency: random.pick(demoCurrencies),
    totalInvoiceAmount: fromMinor(sum(lines.map((l) => l.invoiceCents))),
    borderTransportMode: '30',
    declarant: declarantParty(declarant),
    carrier: demoCarrier,
    route: ['CN', 'KZ'],
    transitOffices: [],
    security: {
      amount: fromMinor(Math.round(sum(lines.map((l) => l.invoiceCents)) * 0.3)),
      certificateNumber: `GR-${random.int(10000, 99999)}`,
    },
    departureOffice: office,
    destinationOffice: inlandOfficeOtherThan(office),
    seals: [{ count: 2, identification: `KZ ${random.int(100000, 999999)}` }],
    deliveryTerm: addDays(date, 8),
    documents: [cmr(random, date), invoice],
    filler: demoFiller(declarant, date, random),
    items: lines.map((line) => ({
      number: line.number,
      description: line.goods.description,
      packages: line.packages,
      packageKindCode: 'CT',
      hsCode: line.goods.hsCode,
      grossMass: line.grossMass,
      invoiceValue: fromMinor(line.invoiceCents),
      documents: [invoice],
    })),
  };
}

function carried(random: DemoRandom, lines: readonly DemoLine[], date: string) {
  const document = cmr(random, date);
  return lines.map((line) => ({
    number: line.number,
    description: line.goods.description,
    hsCode: line.goods.hsCode,
    packages: line.packages,
    grossMass: line.grossMass,
    transportDocument: document,
  }));
}

export function demoVehicleDeclaration(
  random: DemoRandom,
  { items, declarant, office, date }: DemoOptions,
): VehicleDeclaration {
  return {
    direction: 'IM',
    declarant: declarantParty(declarant),
    vehicle: demoVehicle(random),
    purpose: 'goods',
    driver: demoDriver(random),
    borderOffice: office,
    crossingDate: date,
    route: ['CN', 'KZ'],
    fuelLitres: random.int(300, 900),
    spareParts: 'Запасное колесо, комплект инструментов',
    documents: [cmr(random, date)],
    filler: demoFiller(declarant, date, random),
    goods: carried(random, demoLines(random, items), date),
  };
}

export function demoPreliminaryInformation(
  random: DemoRandom,
  options: DemoOptions,
  subkind: PreliminarySubkind,
): PreliminaryInformation {
  const { items, declarant, office, date } = options;
  const common = {
    subkind,
    declarant: declarantParty(declarant),
    carrier: demoCarrier,
    arrivalOffice: office,
    expectedArrival: `${date}T10:00`,
    transport: { modeCode: '30', identification: `${random.int(100, 999)}ABC02`, countryCode: 'KZ' },
    dispatchCountry: 'CN',
    filler: demoFiller(declarant, date, random),
  };
  if (subkind === 'preliminary_goods_declaration')
    return { ...common, goodsDeclaration: demoGoodsDeclaration(random, options) };
  const lines = demoLines(random, items);
  const goods = carried(random, lines, date);
  if (subkind === 'arrival_notification') return { ...common, goods, documents: [goods[0]!.transportDocument] };
  const currency = random.pick(demoCurrencies);
  return {
    ...common,
    goods,
    temporaryStorage: {
      warehouseLicence: `0000${random.int(1000, 9999)}/210`,
      warehouseKeeper: {
        iinBin: '150440000112',
        name: 'ТОО «Демо СВХ»',
        address: { countryCode: 'KZ', city: 'Алматы' },
      },
      storageDays: 30,
      invoiceCurrency: currency,
      invoiceAmount: fromMinor(sum(lines.map((l) => l.invoiceCents))),
    },
    documents: [goods[0]!.transportDocument],
  };
}

export function demoDeliveryControlDocument(
  random: DemoRandom,
  { items, declarant, office, date }: DemoOptions,
): DeliveryControlDocument {
  const lines = demoLines(random, items);
  return {
    declarant: declarantParty(declarant),
    carrier: demoCarrier,
    consignor: foreignSeller,
    consignee: declarantParty(declarant),
    vehicle: demoVehicle(random),
    driver: demoDriver(random),
    departureOffice: borderCheckpointOtherThan(office),
    destinationOffice: office,
    deliveryTerm: addDays(date, 10),
    dispatchCountry: 'CN',
    invoiceCurrency: random.pick(demoCurrencies),
    seals: [{ count: 1, identification: `KZ ${random.int(100000, 999999)}` }],
    documents: [cmr(random, date)],
    filler: demoFiller(declarant, date, random),
    items: lines.map((line) => ({
      number: line.number,
      description: line.goods.description,
      hsCode: line.goods.hsCode,
      packages: line.packages,
      grossMass: line.grossMass,
      invoiceValue: fromMinor(line.invoiceCents),
    })),
  };
}

export function demoTemporaryVehicleApplication(
  random: DemoRandom,
  { declarant, office, date }: DemoOptions,
): TemporaryVehicleApplication {
  const importDate = addDays(date, -60);
  const yymmdd = `${importDate.slice(8, 10)}${importDate.slice(5, 7)}${importDate.slice(2, 4)}`;
  return {
    applicant: declarantParty(declarant),
    operation: 'extend_term',
    vehicle: { ...demoVehicle(random), countryCode: 'KG', registrationNumber: `01KG${random.int(100, 999)}ABC` },
    driver: { ...demoDriver(random), countryCode: 'KG' },
    importDeclarationNumber: `33301/${yymmdd}/${String(random.int(1, 9999999)).padStart(7, '0')}`,
    importDate,
    currentTerm: addDays(importDate, 90),
    requestedTerm: addDays(importDate, 120),
    customsOffice: office,
    grounds: 'Ремонт транспортного средства после поломки двигателя; акт сервисного центра прилагается',
    documents: [{ kindCode: '02015', number: `CMR-${random.int(100000, 999999)}`, date: importDate }],
    filler: demoFiller(declarant, date, random),
  };
}
