import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { comparisonPath } from './paths.ts';

/**
 * A declaration whose declarant resubmitted it after a requested correction (issue 19 point 5):
 * which copy this is, and the way to what changed since the one before it.
 */
export function ResubmittedMark({ registrationNumber, copies }: { registrationNumber: string; copies: number }) {
  const { t } = useTranslation();
  if (copies < 2) return null;
  return (
    <Group gap={6}>
      {/* in the words of the catalogue, whole: a narrow column wraps it rather than cutting it */}
      <Badge
        color="orange"
        variant="light"
        tt="none"
        h="auto"
        styles={{ label: { whiteSpace: 'normal' } }}
        data-testid="resubmitted"
        data-copy={copies}
      >
        {t('officerDeclarations.resubmitted.badge', { copy: copies })}
      </Badge>
      <Anchor component={Link} to={comparisonPath(registrationNumber)} size="sm" data-testid="resubmitted-compare">
        {t('officerDeclarations.resubmitted.compare')}
      </Anchor>
    </Group>
  );
}
