import { describeBuiltKeys } from '../../i18n/built-keys.ts';

// Keys the passenger declaration's page builds from the form's choices, which the literal-key check cannot see.
describeBuiltKeys('passenger declaration', [
  'passenger.menu',
  ...['passport', 'id_card', 'residence_permit', 'other'].map((kind) => `passenger.documentKinds.${kind}`),
  ...['accompanied', 'unaccompanied', 'delivered'].map((movement) => `passenger.movements.${movement}`),
  ...['cash', 'travellers_cheques', 'monetary_instrument'].map((kind) => `passenger.cashKinds.${kind}`),
  ...['car', 'motorcycle', 'trailer', 'watercraft', 'aircraft', 'other'].map(
    (kind) => `passenger.vehicleKinds.${kind}`,
  ),
]);
