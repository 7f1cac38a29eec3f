import type { OperatorRegister } from '@shekara/contracts/registers';
import { defineErrors } from '../../platform/errors.ts';
import type { LocalizedText } from '../../platform/i18n/language.ts';

/** Each register's name in the three languages, for the messages below. */
const registerNames: Record<OperatorRegister, LocalizedText> = {
  customs_representative: {
    kk: 'кеден өкілдерінің тізілімі',
    ru: 'реестр таможенных представителей',
    en: 'register of customs representatives',
  },
  customs_carrier: {
    kk: 'кедендік тасымалдаушылардың тізілімі',
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

/** The register's name as an error parameter: each language's message takes its own. */
export const registerNameParam = (register: OperatorRegister): LocalizedText => registerNames[register];

/** Refusals about the registers of persons in customs business (REG-3, REG-5). */
export const RegisterErrors = defineErrors({
  REG_NOT_ON_REGISTER: {
    status: 403,
    message: {
      kk: 'ЖСН/БСН {iinBin} {date} күні мына тізілімге енгізілмеген: {register}. Сондықтан осы түрдегі пайдаланушы ретінде тіркелуге және әрекет етуге болмайды.',
      ru: 'ИИН/БИН {iinBin} на {date} не включён в {register}: регистрироваться и действовать как пользователь этого типа нельзя.',
      en: 'IIN/BIN {iinBin} is not on the {register} on {date}: it cannot register or act as a user of this type.',
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
      kk: 'ЖСН/БСН {iinBin} осы кезеңге тізілімге бұрыннан енгізілген (№ {registerNumber}).',
      ru: 'ИИН/БИН {iinBin} уже включён в реестр на этот период (№ {registerNumber}).',
      en: 'IIN/BIN {iinBin} is already on this register for that period (No. {registerNumber}).',
    },
  },
  REGISTER_ENTRY_PERIOD_INVALID: {
    status: 400,
    message: {
      kk: 'Жазбаның аяқталу күні оның басталу күнінен ({validFrom}) бұрын болмауы керек.',
      ru: 'Запись не может окончиться раньше даты её начала ({validFrom}).',
      en: 'The entry cannot end before it starts ({validFrom}).',
    },
  },
  REGISTER_ENTRY_ENDED: {
    status: 409,
    message: {
      kk: 'Жазбаның мерзімі {validTo} күні аяқталған; аяқталу күнін кейінге жылжытуға болмайды.',
      ru: 'Срок записи истёк {validTo}; перенести его окончание на более позднюю дату нельзя.',
      en: 'The entry already ended on {validTo}; its end cannot be moved later.',
    },
  },
});
