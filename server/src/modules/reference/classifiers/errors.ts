import { defineErrors } from '../../../platform/errors.ts';

export const ClassifierErrors = defineErrors({
  REFERENCE_CLASSIFIER_NOT_FOUND: {
    status: 404,
    message: {
      kk: '«{name}» сыныптауышы жоқ.',
      ru: 'Классификатора «{name}» нет.',
      en: 'There is no classifier "{name}".',
    },
  },
});
