import { defineErrors } from '../../../platform/errors.ts';

/** Refusals of customs representation: who may register it and the contract's terms. */
export const RepresentationErrors = defineErrors({
  DECL_REPRESENTATIVE_ONLY: {
    status: 403,
    message: {
      kk: 'Декларанттарды тек кеден өкілі тіркей алады.',
      ru: 'Регистрировать декларантов может только таможенный представитель.',
      en: 'Only a customs representative registers the declarants it acts for.',
    },
  },
  DECL_REPRESENTATION_SELF: {
    status: 400,
    message: {
      kk: 'Кеден өкілі өзінің өкілі бола алмайды.',
      ru: 'Таможенный представитель не может представлять сам себя.',
      en: 'A customs representative cannot represent itself.',
    },
  },
  DECL_REPRESENTATION_PERIOD_INVALID: {
    status: 400,
    message: {
      kk: 'Шарттың аяқталу күні оның басталу күнінен ({validFrom}) бұрын болмауы тиіс.',
      ru: 'Дата окончания договора не может быть раньше даты его начала ({validFrom}).',
      en: 'The contract cannot end before it starts ({validFrom}).',
    },
  },
  DECL_REPRESENTATION_EXISTS: {
    status: 409,
    message: {
      kk: 'Осы декларантпен № {contractNumber} шарт бұрын тіркелген.',
      ru: 'Договор № {contractNumber} с этим декларантом уже зарегистрирован.',
      en: 'Contract No. {contractNumber} with this declarant is already registered.',
    },
  },
  DECL_REPRESENTATION_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Өкілдік шарты табылмады.',
      ru: 'Договор о представительстве не найден.',
      en: 'The representation contract was not found.',
    },
  },
  DECL_REPRESENTATION_ENDED: {
    status: 409,
    message: {
      kk: 'Шарттың мерзімі {validTo} күні аяқталған.',
      ru: 'Срок договора истёк {validTo}.',
      en: 'The contract already ended on {validTo}.',
    },
  },
  DECL_REPRESENTATION_CONFIRMED: {
    status: 409,
    message: {
      kk: 'Өкілдік шарты бұрын расталған.',
      ru: 'Договор о представительстве уже подтверждён.',
      en: 'The representation contract is already confirmed.',
    },
  },
  DECL_REPRESENTATION_SIGNER_NOT_DECLARANT: {
    status: 403,
    message: {
      kk: 'Өкілдікті декларанттың өзі өз ЭЦҚ-сымен растайды: қол қойған адамның ЖСН/БСН-і декларанттікімен сәйкес келмейді.',
      ru: 'Представительство подтверждает сам декларант своей ЭЦП: ИИН/БИН подписавшего не совпадает с ИИН/БИН декларанта.',
      en: "The declarant confirms a representation with its own signature: the signer's IIN/BIN is not the declarant's.",
    },
  },
});
