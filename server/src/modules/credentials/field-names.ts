import type { LocalizedText } from '../../platform/i18n/language.ts';
import type { RequestStatus } from './request-repository.ts';

/**
 * The items of a request for a login and password (AST-6) as a refusal names them to the
 * applicant, in the words of the ASTANA-1 procedure (issue 21 points 2 and 5): «справка о
 * государственной регистрации», «документ, удостоверяющий личность», never `regionCode`.
 */
const fieldNames: Record<string, LocalizedText> = {
  iinBin: { kk: 'ЖСН/БСН', ru: 'ИИН/БИН', en: 'IIN/BIN' },
  regionCode: { kk: 'өңір', ru: 'регион', en: 'region' },
  registrationNoticeNumber: {
    kk: 'мемлекеттік тіркеу туралы хабарламаның (анықтаманың) нөмірі',
    ru: 'номер уведомления или справки о государственной регистрации',
    en: 'number of the state-registration notice',
  },
  'registrationNotice.issuedOn': {
    kk: 'мемлекеттік тіркеу туралы хабарламаның (анықтаманың) күні',
    ru: 'дата уведомления или справки о государственной регистрации',
    en: 'date of the state-registration notice',
  },
  identityDocument: {
    kk: 'жеке басты куәландыратын құжат',
    ru: 'документ, удостоверяющий личность',
    en: 'identity document',
  },
  'identityDocument.kind': {
    kk: 'жеке басты куәландыратын құжаттың түрі',
    ru: 'вид документа, удостоверяющего личность',
    en: 'kind of identity document',
  },
  'identityDocument.number': {
    kk: 'жеке басты куәландыратын құжаттың нөмірі',
    ru: 'номер документа, удостоверяющего личность',
    en: 'number of the identity document',
  },
  'identityDocument.issuedOn': {
    kk: 'жеке басты куәландыратын құжаттың берілген күні',
    ru: 'дата выдачи документа, удостоверяющего личность',
    en: 'date of issue of the identity document',
  },
  'identityDocument.country': {
    kk: 'жеке басты куәландыратын құжатты берген мемлекет',
    ru: 'государство, выдавшее документ, удостоверяющий личность',
    en: 'country that issued the identity document',
  },
  birthDate: { kk: 'туған күні', ru: 'дата рождения', en: 'date of birth' },
  applicantName: {
    kk: 'өтініш берушінің тегі, аты, әкесінің аты',
    ru: 'фамилия, имя, отчество заявителя',
    en: 'applicant’s full name',
  },
};

const or: LocalizedText = { kk: ' немесе ', ru: ' или ', en: ' or ' };

/** A field, or fields one of which is needed ("registrationNoticeNumber | identityDocument"), named in each language. */
export function requestFieldName(field: string): LocalizedText {
  const names = field.split(' | ').map((one) => fieldNames[one] ?? { kk: one, ru: one, en: one });
  const join = (language: keyof LocalizedText) => names.map((name) => name[language]).join(or[language]);
  return { kk: join('kk'), ru: join('ru'), en: join('en') };
}

/** A request's decision as a refusal to decide it again names it. */
export const requestStatusNames: Record<RequestStatus, LocalizedText> = {
  submitted: { kk: 'қаралуда', ru: 'на рассмотрении', en: 'under review' },
  approved: { kk: 'логин мен құпиясөз берілді', ru: 'логин и пароль присвоены', en: 'login and password issued' },
  rejected: { kk: 'бас тартылды', ru: 'отказано', en: 'refused' },
};
