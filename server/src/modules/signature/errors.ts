import { defineErrors } from '../../platform/errors.ts';

/**
 * Why a signature is not accepted, in the users' three languages: the SIG_* codes are the
 * library's refusal codes (@shekara/nca), one message each. The verify endpoint reports these in
 * its result; the modules that demand a signature (registration, log-in, filing) throw them. A
 * client keys on the code.
 */
export const SignatureErrors = defineErrors({
  SIG_MALFORMED: {
    status: 400,
    message: {
      kk: 'Қолтаңбаны оқу мүмкін емес: пішімі бұзылған немесе толық емес.',
      ru: 'Подпись не удалось прочитать: она повреждена или неполна.',
      en: 'The signature could not be read: it is malformed or incomplete.',
    },
  },
  SIG_BAD_SIGNATURE: {
    status: 422,
    message: {
      kk: 'Қолтаңба жарамсыз: ол сертификаттың кілтімен жасалмаған немесе өзгертілген.',
      ru: 'Подпись недействительна: она не создана ключом сертификата или была изменена.',
      en: 'The signature is invalid: it was not made with the certificate’s key, or it was altered.',
    },
  },
  SIG_CONTENT_MISMATCH: {
    status: 422,
    message: {
      kk: 'Қол қойылған деректер ұсынылған құжатқа сәйкес келмейді.',
      ru: 'Подписанные данные не совпадают с представленным документом.',
      en: 'The signed data does not match the document presented.',
    },
  },
  SIG_CERT_EXPIRED: {
    status: 422,
    message: {
      kk: 'Қол қоюшының сертификатының мерзімі өтіп кеткен.',
      ru: 'Срок действия сертификата подписанта истёк.',
      en: 'The signer’s certificate has expired.',
    },
  },
  SIG_CERT_NOT_YET_VALID: {
    status: 422,
    message: {
      kk: 'Қол қоюшының сертификаты әлі күшіне енбеген.',
      ru: 'Сертификат подписанта ещё не вступил в силу.',
      en: 'The signer’s certificate is not yet valid.',
    },
  },
  SIG_CERT_REVOKED: {
    status: 422,
    message: {
      kk: 'Қол қоюшының сертификаты кері қайтарылған.',
      ru: 'Сертификат подписанта отозван.',
      en: 'The signer’s certificate has been revoked.',
    },
  },
  SIG_UNTRUSTED_CHAIN: {
    status: 422,
    message: {
      kk: 'Сертификатты сенімді куәландырушы орталық (ҚР ҰКО) бермеген.',
      ru: 'Сертификат выдан не доверенным удостоверяющим центром (НУЦ РК).',
      en: 'The certificate was not issued by a trusted certification authority (NCA RK).',
    },
  },
  SIG_WRONG_KEY_PURPOSE: {
    status: 422,
    message: {
      kk: 'Кілт бұл әрекетке арналмаған: кіру үшін аутентификация кілтін (AUTH), құжаттарға қол қою үшін қол қою кілтін (RSA/ГОСТ) таңдаңыз.',
      ru: 'Ключ не предназначен для этого действия: для входа выберите ключ аутентификации (AUTH), для подписания документов — ключ подписи (RSA/ГОСТ).',
      en: 'The key is not meant for this: choose the authentication key (AUTH) to log in and the signing key (RSA/GOST) to sign documents.',
    },
  },
  SIG_UNSUPPORTED_ALGORITHM: {
    status: 422,
    message: {
      kk: 'Қолтаңба алгоритміне қолдау көрсетілмейді.',
      ru: 'Алгоритм подписи не поддерживается.',
      en: 'The signature algorithm is not supported.',
    },
  },
  SIG_REVOCATION_UNAVAILABLE: {
    status: 503,
    message: {
      kk: 'Сертификаттың кері қайтарылмағанын тексеру мүмкін болмады. Біраздан кейін қайталап көріңіз.',
      ru: 'Не удалось проверить, не отозван ли сертификат. Повторите попытку позже.',
      en: 'Could not check whether the certificate has been revoked. Please try again later.',
    },
  },
  AUTH_CHALLENGE_INVALID: {
    status: 401,
    message: {
      kk: 'Кіру сұрауы жарамсыз, пайдаланылған немесе мерзімі өткен. Жаңа сұрау алып, қайта қол қойыңыз.',
      ru: 'Запрос на вход недействителен, уже использован или истёк. Получите новый и подпишите его снова.',
      en: 'The log-in challenge is invalid, already used or expired. Get a new one and sign it again.',
    },
  },
});
