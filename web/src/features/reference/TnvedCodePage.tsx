import { Anchor, Badge, Breadcrumbs, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageSection } from '../../components/PageSection.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { DateField } from './DateField.tsx';
import { tnvedName } from './localized.ts';
import { tnvedCodePath, tnvedPath, withQuery } from './paths.ts';
import { useTnvedEntry } from './queries.ts';
import { RatesView } from './RatesView.tsx';
import { useReferenceDate } from './use-reference-date.ts';

/** One code of the nomenclature: where it sits, what lies under it, and its rates at the date. */
export function TnvedCodePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const query = params.get('q') ?? undefined;
  const [date, setDate] = useReferenceDate();
  const load = loadOf(useTnvedEntry(code, date));
  const language = currentLanguage();
  const linkTo = (target: string) => withQuery(tnvedCodePath(target), { date, q: query });

  return (
    <Stack gap="lg" py="xl">
      <Group justify="space-between" align="flex-end">
        <Anchor component={Link} to={withQuery(tnvedPath, { q: query, date })} size="sm" data-testid="tnved-back">
          {t('reference.code.backToSearch')}
        </Anchor>
        <DateField label={t('reference.date.ratesAt')} value={date} onChange={setDate} testId="tnved-code-date" />
      </Group>
      {load.state === 'loading' && <Loader size="sm" />}
      {load.state === 'failed' && <ServerRefusalAlert title={t('reference.code.failed')} error={load.error} />}
      {load.state === 'ready' && (
        <Stack gap="lg" data-testid="tnved-entry" data-code={load.value.code}>
          {load.value.path.length > 0 && (
            <Breadcrumbs
              separator="›"
              separatorMargin={6}
              aria-label={t('reference.code.path')}
              style={{ flexWrap: 'wrap', rowGap: 4 }}
              data-testid="tnved-path"
            >
              {load.value.path.map((item) => (
                <Anchor
                  key={item.code}
                  component={Link}
                  to={linkTo(item.code)}
                  size="sm"
                  title={tnvedName(item.name, language)}
                >
                  {item.code}
                </Anchor>
              ))}
            </Breadcrumbs>
          )}
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} ff="monospace" data-testid="tnved-code">
                {load.value.code}
              </Title>
              <Badge variant="light">{t(`reference.levels.${load.value.level}`)}</Badge>
            </Group>
            <Text size="lg" data-testid="tnved-name">
              {tnvedName(load.value.name, language)}
            </Text>
            <Text size="sm" c="dimmed">
              {load.value.validTo
                ? t('reference.code.validRange', {
                    from: printedDate(load.value.validFrom),
                    to: printedDate(load.value.validTo),
                  })
                : t('reference.code.valid', { from: printedDate(load.value.validFrom) })}
            </Text>
          </Stack>
          <RatesView rates={load.value.rates} date={load.value.date} />
          <PageSection title={t('reference.code.children')}>
            {load.value.children.length === 0 ? (
              <Text c="dimmed">{t('reference.code.noChildren')}</Text>
            ) : (
              <Stack gap={4} data-testid="tnved-children">
                {load.value.children.map((child) => (
                  <Group key={child.code} gap="xs" wrap="nowrap" align="flex-start">
                    <Anchor
                      component={Link}
                      to={linkTo(child.code)}
                      ff="monospace"
                      fw={600}
                      style={{ whiteSpace: 'nowrap' }}
                      data-testid="tnved-child-link"
                    >
                      {child.code}
                    </Anchor>
                    <Text size="sm">{tnvedName(child.name, language)}</Text>
                  </Group>
                ))}
              </Stack>
            )}
          </PageSection>
        </Stack>
      )}
    </Stack>
  );
}
