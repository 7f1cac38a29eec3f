import { Button, FileButton, Group, Menu } from '@mantine/core';
import { type DeclarationKind, declarationKinds } from '@shekara/contracts/declarations/documents';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { decisionsPath } from './paths.ts';

/** What the list starts: the decisions received, a declaration imported from ESAD XML, a new one of a kind. */
export function ListActions({
  onImport,
  onCreate,
}: {
  onImport: (file: File | null) => void;
  onCreate: (kind: DeclarationKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button variant="default" component={Link} to={decisionsPath}>
        {t('declarations.menu.decisions')}
      </Button>
      <FileButton onChange={onImport} accept="application/xml,text/xml,.xml">
        {(props) => (
          <Button variant="default" {...props} data-testid="declaration-import">
            {t('declarations.list.importXml')}
          </Button>
        )}
      </FileButton>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button data-testid="declaration-new">{t('declarations.list.new')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {declarationKinds.map((k) => (
            <Menu.Item key={k} onClick={() => onCreate(k)} data-testid={`declaration-new-${k}`}>
              {t(`declarations.kinds.${k}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
