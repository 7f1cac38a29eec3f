import { Alert, Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowserControl } from './use-browser-control.ts';

/**
 * Control's messages as a list (issue 6 point 4, WD-9): each names its box and takes the user to
 * it. Errors block submission, warnings do not. `held` are the messages not shown yet, about boxes
 * the user has not reached (issue 19 point 6): they are counted, and shown on asking.
 */
export const ControlList = memo(function ControlList({
  control,
  onJump,
  held,
  onReveal,
  beside,
}: {
  control: BrowserControl;
  onJump: (path: string) => void;
  held?: { errors: number; warnings: number };
  onReveal?: () => void;
  /** 'refusal' when the server's refusal is shown next to it: a clean control is then not green (issue 19 point 6) */
  beside?: 'refusal';
}) {
  const { t } = useTranslation();
  if (control.state === 'loading') {
    return (
      <Text size="sm" c="dimmed" data-testid="control-state" data-state="loading">
        {t('declarations.control.loading')}
      </Text>
    );
  }
  if (control.state === 'unavailable') {
    return (
      <Alert
        color="gray"
        title={t('declarations.control.unavailable')}
        data-testid="control-state"
        data-state="unavailable"
      >
        {control.error instanceof Error ? control.error.message : String(control.error)}
      </Alert>
    );
  }
  const shownErrors = control.messages.filter((m) => m.severity === 'error').length;
  const shownWarnings = control.messages.length - shownErrors;
  const heldCount = (held?.errors ?? 0) + (held?.warnings ?? 0);
  const errors = shownErrors + (held?.errors ?? 0);
  const warnings = shownWarnings + (held?.warnings ?? 0);
  // never the green of "no errors" beside the server's red refusal (issue 19 point 6)
  const tone =
    shownErrors > 0
      ? 'red'
      : shownWarnings > 0
        ? 'yellow'
        : heldCount > 0
          ? 'blue'
          : beside === 'refusal'
            ? 'gray'
            : 'teal';
  return (
    <Alert
      color={tone}
      data-tone={tone}
      title={
        errors + warnings === 0
          ? t('declarations.control.clean')
          : shownErrors + shownWarnings === 0
            ? t('declarations.control.heldTitle')
            : t('declarations.control.summary', { errors: shownErrors, warnings: shownWarnings })
      }
      data-testid="control-state"
      data-state="ready"
      data-errors={errors}
      data-warnings={warnings}
      data-shown={control.messages.length}
      data-held={heldCount}
    >
      {heldCount > 0 && (
        <Group gap="sm" mb={control.messages.length > 0 ? 'xs' : 0}>
          <Text size="sm" data-testid="control-held">
            {t('declarations.control.held', { number: heldCount })}
          </Text>
          {onReveal && (
            <Button size="compact-xs" variant="light" onClick={onReveal} data-testid="control-reveal">
              {t('declarations.control.reveal')}
            </Button>
          )}
        </Group>
      )}
      {control.messages.length > 0 && (
        <List size="sm" spacing={4} data-testid="control-messages" style={{ maxHeight: 240, overflowY: 'auto' }}>
          {control.messages.slice(0, 200).map((message, index) => (
            <List.Item
              key={`${message.rule}:${message.path}:${index}`}
              data-testid="control-message"
              data-rule={message.rule}
              data-path={message.path}
              data-severity={message.severity}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge size="xs" color={message.severity === 'error' ? 'red' : 'yellow'} variant="light">
                  {t(`declarations.control.severity.${message.severity}`)}
                </Badge>
                <Anchor component="button" type="button" size="sm" onClick={() => onJump(message.path)} ta="left">
                  {message.text}
                </Anchor>
              </Group>
            </List.Item>
          ))}
          {control.messages.length > 200 && (
            <List.Item>{t('declarations.control.more', { count: control.messages.length - 200 })}</List.Item>
          )}
        </List>
      )}
    </Alert>
  );
});
