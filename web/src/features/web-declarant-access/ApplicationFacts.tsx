import { useTranslation } from 'react-i18next';
import { type Fact, FactsTable } from '../../components/FactsTable.tsx';
import { printedDate, printedTime } from '../../dates.ts';
import type { Application } from './web-declarant-api.ts';

/** The application's Annex 1 fields, how it came and when its letter is due. */
export function ApplicationFacts({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const f = application.fields;
  const rows: Fact[] = [
    [t('webDeclarant.form.applicantKind'), t(`webDeclarant.applicantKind.${f.applicantKind}`)],
    [t('webDeclarant.form.fullName'), f.fullName],
    [t('webDeclarant.form.shortName'), f.shortName],
    [t('webDeclarant.form.taxpayerNumber'), f.taxpayerNumber],
    [t('webDeclarant.form.okpo'), f.okpo ?? ''],
    [t('webDeclarant.form.legalAddress'), f.legalAddress],
    [t('webDeclarant.form.actualAddress'), f.actualAddress],
    [t('webDeclarant.form.phones'), f.phones.join(', ')],
    [t('webDeclarant.form.email'), f.email],
    [t('webDeclarant.form.workplaces'), String(f.workplaces)],
    [
      t('webDeclarant.form.stickerLetter'),
      `${f.stickerLetter.number}, ${printedDate(f.stickerLetter.date)}, ${f.stickerLetter.stickerCode}`,
    ],
    [t('webDeclarant.form.signatoryName'), f.signatoryName],
    [t('webDeclarant.application.date'), printedDate(f.applicationDate)],
    [
      t('webDeclarant.columns.channel'),
      t(`webDeclarant.channel.${application.channel}`) +
        (application.signerIin ? ` · ${t('webDeclarant.application.signedBy', { iin: application.signerIin })}` : ''),
    ],
    [t('webDeclarant.columns.received'), printedTime(application.receivedAt, language)],
    [t('webDeclarant.columns.letterDue'), printedDate(application.letterDueOn)],
  ];
  return <FactsTable facts={rows} testId="wd-application-fields" labelWidth={{ base: 140, sm: 260 }} />;
}
