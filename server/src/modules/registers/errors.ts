import type { OperatorRegister } from '@shekara/contracts/registers';
import { defineErrors } from '../../platform/errors.ts';

/** Each register's name in the three languages, for the messages below. */
const registerNames: Record<OperatorRegister, { kk: string; ru: string; en: string }> = {
  customs_representative: {
    kk: 'кеден өкілдерінің тізілімі',
    ru: 'реестр таможенных представителей',
    en: 'register of customs representatives',
  },
  customs_carrier: {
    kk: 'кеден тасымалдаушыларының тізілімі',
    ru: 'реестр таможенных перевозчиков',
    en: 'register of customs carriers',
  },
  temporary_storage_owner: {
    kk: 'уақытша сақтау қоймалары иелерінің тізілімі',
    ru: 'реестр владельцев складов временного хранения',
    en: 'register of temporary storage warehouse owners',
  },
  customs_warehouse_owner: {
    kk: 'кеден қоймалары иелерінің тізілімі',
    ru: 'реестр владельцев таможенных складов',
    en: 'register of customs warehouse owners',
  },
  duty_free_shop_owner: {
    kk: 'бажсыз сауда дүкендері иелерінің тізілімі',
    ru: 'реестр владельцев магазинов беспошлинной торговли',
    en: 'register of duty-free shop owners',
  },
  free_warehouse_owner: {
    kk: 'еркін қоймалар иелерінің тізілімі',
    ru: 'реестр владельцев свободных складов',
    en: 'register of free warehouse owners',
  },
  authorized_economic_operator: {
    kk: 'уәкілетті экономикалық операторлардың тізілімі',
    ru: 'реестр уполномоченных экономических операторов',
    en: 'register of authorized economic operators',
  },
};

/** The register's names as error parameters: each language's message takes its own. */
export const registerNameParams = (register: OperatorRegister) => {
  const names = registerNames[register];
  return { registerKk: names.kk, registerRu: names.ru, registerEn: names.en };
};

/** Refusals about the registers of persons in customs business (REG-3, REG-5). */
export const RegisterErrors = defineErrors({
  REG_NOT_ON_REGISTER: {
    status: 403,
    message: {
      kk: 'ЖСН/БСН {iinBin} {date} күні {registerKk} тізімінде жоқ: бұл пайдаланушы түрі ретінде тіркелуге және әрекет етуге болмайды.',
      ru: 'ИИН/БИН {iinBin} на {date} не включён в {registerRu}: регистрироваться и действовать как пользователь этого типа нельзя.',
      en: 'IIN/BIN {iinBin} is not on the {registerEn} on {date}: it cannot register or act as a user of this type.',
    },
  },
  REGISTER_ENTRY_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Тізілім жазбасы табылмады.',
      ru: 'Запись реестра не найдена.',
      en: 'The register entry was not found.',
    },
  },
  REGISTER_ENTRY_OVERLAPS: {
    status: 409,
    message: {
      kk: 'ЖСН/БСН {iinBin} осы кезеңде тізілімде бұрыннан бар (№ {registerNumber}).',
      ru: 'ИИН/БИН {iinBin} уже включён в реестр на этот период (№ {registerNumber}).',
      en: 'IIN/BIN {iinBin} is already on this register for that period (No. {registerNumber}).',
    },
  },
  REGISTER_ENTRY_PERIOD_INVALID: {
    status: 400,
    message: {
      kk: 'Жазба басталу күнінен ({validFrom}) бұрын аяқтала алмайды.',
      ru: 'Запись не может окончиться раньше даты её начала ({validFrom}).',
      en: 'The entry cannot end before it starts ({validFrom}).',
    },
  },
  REGISTER_ENTRY_ENDED: {
    status: 409,
    message: {
      kk: 'Жазба {validTo} аяқталған; оны кейінге жылжытуға болмайды.',
      ru: 'Запись уже окончена {validTo}; перенести окончание позже нельзя.',
      en: 'The entry already ended on {validTo}; its end cannot be moved later.',
    },
  },
});
