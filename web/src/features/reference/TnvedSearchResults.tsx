import { Anchor, Badge, Breadcrumbs, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printedDate } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { Highlighted, HighlightedCode } from './Highlighted.tsx';
import { codePrefixOf, queryStems } from './highlight.ts';
import { tnvedName } from './localized.ts';
import { tnvedCodePath, withQuery } from './paths.ts';
import { rateWords } from './rate-words.ts';
import type { TnvedSearchResult } from './tnved-api.ts';

/** The server's ranked hits, each with its place in the tree and its import duty at the date. */
export function TnvedSearchResults({ result }: { result: TnvedSearchResult }) {
  const { t } = useTranslation();
  const amountOf = usePrintedAmount();
  const language = currentLanguage();
  const stems = queryStems(result.query);
  const prefix = codePrefixOf(result.query);
  if (result.hits.length === 0 && result.validFrom)
    return (
      <Text c="orange.9" data-testid="tnved-no-hits" data-cause="date">
        {t('reference.tnved.noHitsOnDate', { date: printedDate(result.date), from: printedDate(result.validFrom) })}
      </Text>
    );
  if (result.hits.length === 0)
    return (
      <Text c="dimmed" data-testid="tnved-no-hits">
        {t('reference.tnved.noHits')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="tnved-hits" data-query={result.query}>
      <Text size="sm" c="dimmed">
        {t('reference.tnved.hits', { number: result.hits.length })}
      </Text>
      {result.hits.map((hit) => (
        <Card key={hit.code} withBorder padding="sm" data-testid="tnved-hit" data-code={hit.code}>
          <Stack gap={4}>
            {hit.path.length > 0 && (
              <Breadcrumbs separator="›" separatorMargin={4} style={{ flexWrap: 'wrap' }}>
                {hit.path.map((item) => (
                  <Text key={item.code} size="xs" c="dimmed">
                    {item.code}
                  </Text>
                ))}
              </Breadcrumbs>
            )}
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Anchor
                component={Link}
                to={withQuery(tnvedCodePath(hit.code), { date: result.date, q: result.query })}
                ff="monospace"
                fw={700}
                style={{ whiteSpace: 'nowrap' }}
                data-testid="tnved-hit-link"
              >
                <HighlightedCode code={hit.code} prefix={prefix} />
              </Anchor>
              <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
                {t(`reference.levels.${hit.level}`)}
              </Badge>
            </Group>
            <Text size="sm">
              <Highlighted text={tnvedName(hit.name, language)} stems={stems} />
            </Text>
            {hit.rates?.importDuty && (
              <Text size="sm" c="dimmed" data-testid="tnved-hit-duty">
                {t('reference.tnved.duty', { rate: rateWords(hit.rates.importDuty, t, amountOf) })}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
