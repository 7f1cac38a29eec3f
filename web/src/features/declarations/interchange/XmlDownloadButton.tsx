import { Button } from '@mantine/core';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { useTranslation } from 'react-i18next';
import { declarationXmlUrl } from './interchange-api.ts';

/** "Download XML" of a goods or transit declaration as ESADout_CU (WD-14); nothing for other kinds. */
export function XmlDownloadButton({ id, kind }: { id: string; kind: DeclarationKind }) {
  const { t } = useTranslation();
  if (kind !== 'goods' && kind !== 'transit') return null;
  return (
    <Button variant="default" component="a" href={declarationXmlUrl(id)} download data-testid="declaration-xml">
      {t('declarations.interchange.downloadXml')}
    </Button>
  );
}
