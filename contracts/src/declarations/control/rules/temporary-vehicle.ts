import type { TemporaryVehicleApplication } from '../../documents/temporary-vehicle.ts';
import type { Hit, Rule } from '../engine.ts';
import { isBlank, say } from './define.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/** The application for operations with a temporarily imported vehicle of international transport. */
const termAfterCurrent: Rule<TemporaryVehicleApplication> = {
  id: 'temporary_vehicle.requested-term-after-current',
  severity: 'error',
  kinds: ['temporary_vehicle'],
  message: say(
    'Сұралған мерзім ({requested}) қазіргі мерзімнен ({current}) кейін болуы керек.',
    'Испрашиваемый срок ({requested}) должен быть позже текущего ({current}).',
    'The requested term ({requested}) must be later than the current one ({current}).',
  ),
  *check(d): Iterable<Hit> {
    if (
      d.operation === 'extend_term' &&
      !isBlank(d.requestedTerm) &&
      !isBlank(d.currentTerm) &&
      d.requestedTerm! <= d.currentTerm!
    ) {
      yield { path: 'requestedTerm', params: { requested: d.requestedTerm!, current: d.currentTerm! } };
    }
  },
};

const transfereeRequired: Rule<TemporaryVehicleApplication> = {
  id: 'temporary_vehicle.transferee-required',
  severity: 'error',
  kinds: ['temporary_vehicle'],
  message: say(
    'Басқа тұлғаға беруде алушы көрсетілуі керек.',
    'При передаче другому лицу должен быть указан получатель.',
    'A transfer to another person requires the transferee.',
  ),
  *check(d): Iterable<Hit> {
    if (d.operation === 'transfer_to_another_person' && isBlank(d.transferee?.name)) yield { path: 'transferee.name' };
  },
};

export const temporaryVehicleSpec: KindSpec = {
  kind: 'temporary_vehicle',
  required: [
    'applicant.iinBin',
    'applicant.name',
    'operation',
    'vehicle.registrationNumber',
    'vehicle.countryCode',
    'importDeclarationNumber',
    'importDate',
    'currentTerm',
    'customsOffice',
    'filler.name',
    'filler.date',
  ],
  declarant: 'applicant.iinBin',
  codes: {
    countries: ['vehicle.countryCode', 'driver.countryCode'],
    'transport-modes': ['vehicle.modeCode'],
    'document-kinds': ['documents.*.kindCode'],
  },
  dates: ['importDate', 'currentTerm', 'requestedTerm', 'documents.*.date'],
  hsCodes: [],
  offices: ['customsOffice'],
};

export const temporaryVehicleRules: readonly Rule[] = [
  ...kindRules(temporaryVehicleSpec),
  termAfterCurrent as Rule,
  transfereeRequired as Rule,
];
