import { parseIinBin } from '../../../domain/iin-bin.ts';
import type { PassengerDeclaration } from '../../documents/passenger.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, isNumber, listOf, say } from './define.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/**
 * The passenger customs declaration (EEC Commission Decision No. 287): an individual's goods for
 * personal use, cash and vehicles. Beside the shared rules: the declarant is an individual (an
 * IIN, not a BIN), the country on the side the goods come from or go to, how baggage travels
 * (the unified rate's channel depends on it), and amounts that can be weighed and valued.
 */
export const passengerSpec: KindSpec = {
  kind: 'passenger',
  required: [
    'declarant.iinBin',
    'declarant.name',
    'declarant.identityDocument.number',
    'declarant.citizenship',
    'direction',
    'movement',
    'goods.*.description',
    'goods.*.quantity',
    'goods.*.value',
    'goods.*.currency',
    'goods.*.massKg',
    'cash.*.currency',
    'cash.*.amount',
    'filler.date',
  ],
  declarant: 'declarant.iinBin',
  codes: {
    countries: [
      'declarant.citizenship',
      'declarant.identityDocument.countryCode',
      'declarant.address.countryCode',
      'departureCountry',
      'destinationCountry',
      'vehicles.*.countryCode',
    ],
    currencies: ['goods.*.currency', 'cash.*.currency', 'vehicles.*.currency'],
  },
  dates: ['declarant.identityDocument.issuedOn'],
  hsCodes: [],
  offices: [],
  items: { list: 'goods' },
};

type Passenger = PassengerDeclaration;

const individual: Rule<Passenger> = {
  id: 'passenger.declarant.not-individual',
  severity: 'error',
  kinds: ['passenger'],
  message: say(
    'Жолаушы кедендік декларациясын жеке тұлға береді: БСН емес, ЖСН керек ({value}).',
    'Пассажирскую декларацию подаёт физическое лицо: нужен ИИН, а не БИН ({value}).',
    'A passenger declaration is filed by an individual: an IIN is needed, not a BIN ({value}).',
  ),
  *check(d): Iterable<Hit> {
    const value = d.declarant?.iinBin?.trim();
    if (!value) return;
    const parsed = parseIinBin(value);
    if (parsed.valid && parsed.number.kind !== 'iin') yield { path: 'declarant.iinBin', params: { value } };
  },
};

const countryOfDirection: Rule<Passenger> = {
  id: 'passenger.country-of-direction',
  severity: 'error',
  kinds: ['passenger'],
  message: say(
    'Кіру кезінде жөнелту елі, шығу кезінде межелі ел көрсетіледі.',
    'При въезде указывается страна отправления, при выезде — страна назначения.',
    'On entry the country of dispatch is given, on exit the country of destination.',
  ),
  *check(d): Iterable<Hit> {
    if (d.direction === 'entry' && isBlank(d.departureCountry)) yield { path: 'departureCountry' };
    if (d.direction === 'exit' && isBlank(d.destinationCountry)) yield { path: 'destinationCountry' };
  },
};

const transportOfBaggage: Rule<Passenger> = {
  id: 'passenger.baggage-transport',
  severity: 'error',
  kinds: ['passenger'],
  message: say(
    'Багаждың қалай тасымалданатынын көрсетіңіз: әуе көлігімен немесе өзге көлікпен.',
    'Укажите, как перевозится багаж: воздушным или иным транспортом.',
    'Say how the baggage travels: by air or by other transport.',
  ),
  *check(d): Iterable<Hit> {
    if ((d.movement === 'accompanied' || d.movement === 'unaccompanied') && isBlank(d.transport))
      yield { path: 'transport' };
  },
};

const positive = say(
  'Мән нөлден үлкен болуы керек.',
  'Значение должно быть больше нуля.',
  'The value must be greater than zero.',
);
const notNegative = say(
  'Мән теріс болмауы керек.',
  'Значение не может быть отрицательным.',
  'The value must not be negative.',
);

const goodsAmounts: Rule<Passenger> = {
  id: 'passenger.goods.amount-positive',
  severity: 'error',
  kinds: ['passenger'],
  message: positive,
  *check(d): Iterable<Hit> {
    for (const [i, item] of listOf(d.goods).entries())
      if (isNumber(item.quantity) && item.quantity <= 0) yield { path: `goods.${i}.quantity` };
    for (const [i, line] of listOf(d.cash).entries())
      if (isNumber(line.amount) && line.amount <= 0) yield { path: `cash.${i}.amount` };
  },
};

const goodsMeasures: Rule<Passenger> = {
  id: 'passenger.goods.measure-negative',
  severity: 'error',
  kinds: ['passenger'],
  message: notNegative,
  *check(d): Iterable<Hit> {
    for (const [i, item] of listOf(d.goods).entries()) {
      if (isNumber(item.value) && item.value < 0) yield { path: `goods.${i}.value` };
      if (isNumber(item.massKg) && item.massKg < 0) yield { path: `goods.${i}.massKg` };
    }
    for (const [i, vehicle] of listOf(d.vehicles).entries())
      if (isNumber(vehicle.value) && vehicle.value < 0) yield { path: `vehicles.${i}.value` };
  },
};

const cashOncePerCurrency: Rule<Passenger> = {
  id: 'passenger.cash.currency-repeated',
  severity: 'error',
  kinds: ['passenger'],
  message: say(
    '{currency} валютасы екі рет көрсетілген: бір валюта бір жолда жиынтық сомамен жазылады.',
    'Валюта {currency} указана дважды: одна валюта пишется одной строкой, общей суммой.',
    '{currency} is given twice: one currency is written on one line, as its total.',
  ),
  *check(d): Iterable<Hit> {
    const seen = new Set<string>();
    for (const [i, line] of listOf(d.cash).entries()) {
      if (isBlank(line.currency)) continue;
      const kind = line.kind ?? 'cash';
      if (kind === 'monetary_instrument') continue; // instruments are listed one by one
      const key = `${kind} ${line.currency!.trim().toUpperCase()}`;
      if (seen.has(key)) yield { path: `cash.${i}.currency`, params: { currency: line.currency! } };
      seen.add(key);
    }
  },
};

const somethingDeclared: Rule<Passenger> = {
  id: 'passenger.nothing-declared',
  severity: 'error',
  kinds: ['passenger'],
  message: say(
    'Декларацияда тауар, қолма-қол ақша немесе көлік құралы көрсетілуі керек.',
    'В декларации должны быть указаны товары, наличные деньги или транспортное средство.',
    'The declaration must declare goods, cash or a vehicle.',
  ),
  *check(d): Iterable<Hit> {
    if (listOf(d.goods).length + listOf(d.cash).length + listOf(d.vehicles).length === 0) yield { path: 'goods' };
  },
};

export const passengerRules: readonly Rule[] = [
  ...kindRules(passengerSpec),
  individual as Rule,
  countryOfDirection as Rule,
  transportOfBaggage as Rule,
  goodsAmounts as Rule,
  goodsMeasures as Rule,
  cashOncePerCurrency as Rule,
  somethingDeclared as Rule,
];
