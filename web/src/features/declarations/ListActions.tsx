import { Button, Group, Menu } from '@mantine/core';
import { type DeclarationKind, declarationKinds } from '@shekara/contracts/declarations/documents';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { decisionsPath, importPath } from './paths.ts';

/** What the list starts: the decisions received, declarations uploaded as XML, a new one of a kind. */
export function ListActions({ onCreate }: { onCreate: (kind: DeclarationKind) => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button variant="default" component={Link} to={decisionsPath}>
        {t('declarations.menu.decisions')}
      </Button>
      <Button variant="default" component={Link} to={importPath} data-testid="declaration-import">
        {t('declarations.list.importXml')}
      </Button>
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
