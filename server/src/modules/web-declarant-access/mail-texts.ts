import type { Language } from '../../platform/i18n/language.ts';

/** E-mails of the access procedure, in the language of the request that caused them. */
type Mail = { subject: string; text: string };

export function applicationReceivedMail(language: Language, journal: string, dueOn: string): Mail {
  return {
    kk: {
      subject: 'Шекара: «Web-декларант» кешеніне қол жеткізу құқығын беру туралы өтініш қабылданды',
      text: `Өтінішіңіз журналда № ${journal} болып тіркелді. Логин мен құпиясөз көрсетілген хат жіберілетін соңғы күн: ${dueOn}.`,
    },
    ru: {
      subject: 'Шекара: заявление о предоставлении доступа к комплексу «Web-декларант» принято',
      text: `Ваше заявление зарегистрировано в журнале под № ${journal}. Письмо с логином и паролем будет направлено до ${dueOn}.`,
    },
    en: {
      subject: 'Shekara: your application for access to the Web-declarant complex was received',
      text: `Your application is entered in the journal as No. ${journal}. The letter with the login and password will be sent by ${dueOn}.`,
    },
  }[language];
}

/** The logins issued, one per workplace (WD-21, WD-25); their one-time passwords go only in the attached letter. */
export function loginIssuedMail(language: Language, logins: readonly string[], link: string): Mail {
  const list = logins.join(', ');
  return {
    kk: {
      subject: 'Шекара: «Web-декларант» кешенінің логиндері берілді',
      text: `Сізге «Web-декларант» кешенінің логиндері берілді, әр жұмыс орнына бір логиннен (жұмыс орындарының саны: ${logins.length}): ${list}. Бір реттік құпиясөздер қоса берілген хатта. Бірінші кіру кезінде оларды өзгертіңіз. Әр логин ол алғаш қолданылған жұмыс орнына бекітіледі:\n${link}`,
    },
    ru: {
      subject: 'Шекара: выданы логины комплекса «Web-декларант»',
      text: `Вам выданы логины комплекса «Web-декларант», по одному на рабочее место (рабочих мест: ${logins.length}): ${list}. Одноразовые пароли — в приложенном письме. Смените их при первом входе. Каждый логин закрепляется за рабочим местом, где им впервые воспользовались:\n${link}`,
    },
    en: {
      subject: 'Shekara: your Web-declarant logins have been issued',
      text: `You have been issued Web-declarant logins, one per workplace (workplaces: ${logins.length}): ${list}. The one-time passwords are in the attached letter. Change each at its first log-in. Each login is bound to the workplace where it is first used:\n${link}`,
    },
  }[language];
}

export function applicationRejectedMail(language: Language, journal: string, reason: string): Mail {
  return {
    kk: {
      subject: 'Шекара: «Web-декларант» кешеніне қол жеткізу құқығын беруден бас тартылды',
      text: `№ ${journal} өтініш бойынша бас тартылды. Себебі: ${reason}`,
    },
    ru: {
      subject: 'Шекара: отказ в предоставлении доступа к комплексу «Web-декларант»',
      text: `По заявлению № ${journal} отказано. Причина: ${reason}`,
    },
    en: {
      subject: 'Shekara: Web-declarant access refused',
      text: `Application No. ${journal} has been refused. Reason: ${reason}`,
    },
  }[language];
}

export type MeasureMailKind = 'suspended' | 'suspension_lifted' | 'revoked' | 'disabled' | 'regranted';

export function accessMeasureMail(
  language: Language,
  kind: MeasureMailKind,
  details: { reason?: string; earliest?: string },
): Mail {
  const reason = details.reason ?? '';
  const texts: Record<Language, Record<MeasureMailKind, Mail>> = {
    kk: {
      suspended: {
        subject: 'Шекара: қол жеткізу құқығы тоқтатыла тұрды',
        text: `Логиніңіз бойынша қол жеткізу құқығы тоқтатыла тұрды (үшінші тұлғаларға беру үшін). Себебі: ${reason}`,
      },
      suspension_lifted: {
        subject: 'Шекара: қол жеткізу құқығы қалпына келтірілді',
        text: 'Логиніңіз бойынша қол жеткізу құқығын тоқтата тұру алынып тасталды.',
      },
      revoked: {
        subject: 'Шекара: қол жеткізу құқығы кері қайтарып алынды',
        text: `Логиніңіз бойынша қол жеткізу құқығы кері қайтарып алынды. Себебі: ${reason}. Себеп жойылғаннан кейін қол жеткізу құқығы ${details.earliest ?? ''} күннен ерте емес қайта берілуі мүмкін.`,
      },
      disabled: {
        subject: 'Шекара: логин біржола өшірілді',
        text: `Қол жеткізу құқығы үш реттен көп кері қайтарып алынғандықтан, логиніңіз біржола өшірілді. Себебі: ${reason}`,
      },
      regranted: {
        subject: 'Шекара: қол жеткізу құқығы қайта берілді',
        text: 'Кері қайтарып алу себебі жойылды: логиніңіз бойынша қол жеткізу құқығы қайта берілді.',
      },
    },
    ru: {
      suspended: {
        subject: 'Шекара: доступ приостановлен',
        text: `Доступ по вашему логину приостановлен (за передачу третьим лицам). Причина: ${reason}`,
      },
      suspension_lifted: {
        subject: 'Шекара: доступ восстановлен',
        text: 'Приостановление доступа по вашему логину снято.',
      },
      revoked: {
        subject: 'Шекара: доступ отозван',
        text: `Доступ по вашему логину отозван. Причина: ${reason}. После устранения причины доступ может быть предоставлен вновь не ранее ${details.earliest ?? ''}.`,
      },
      disabled: {
        subject: 'Шекара: логин отключён навсегда',
        text: `После более чем трёх отзывов доступа ваш логин отключён навсегда. Причина: ${reason}`,
      },
      regranted: {
        subject: 'Шекара: доступ предоставлен вновь',
        text: 'Причина отзыва устранена: доступ по вашему логину предоставлен вновь.',
      },
    },
    en: {
      suspended: {
        subject: 'Shekara: access suspended',
        text: `Access with your login is suspended (for handing it to third parties). Reason: ${reason}`,
      },
      suspension_lifted: { subject: 'Shekara: access restored', text: 'The suspension of your login has been lifted.' },
      revoked: {
        subject: 'Shekara: access revoked',
        text: `Access with your login has been revoked. Reason: ${reason}. Once the cause is removed, access can be granted again no sooner than ${details.earliest ?? ''}.`,
      },
      disabled: {
        subject: 'Shekara: login disabled for good',
        text: `After more than three revocations your login is disabled for good. Reason: ${reason}`,
      },
      regranted: {
        subject: 'Shekara: access granted again',
        text: 'The cause of the revocation has been removed: access with your login is granted again.',
      },
    },
  };
  return texts[language][kind];
}
