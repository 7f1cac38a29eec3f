import { describeBuiltKeys } from '../../i18n/built-keys.ts';
import { movementFacts } from './TransitMovementCard.tsx';

// The movement card's labels are built from the facts' names, which the literal-key check cannot see.
describeBuiltKeys('transit', [
  ...movementFacts.map((fact) => `transit.facts.${fact}`),
  'declarations.events.transit_overdue',
  'officerDeclarations.history.events.transit_overdue',
]);
