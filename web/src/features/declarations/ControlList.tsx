import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowserControl } from './use-browser-control.ts';

/**
 * Control's messages as a list (issue 6 point 4, WD-9): each names its box and takes the user to
 * it. Errors block submission, warnings do not.
 */
export const ControlList = memo(function ControlList({
  control,
  onJump,
}: {
  control: BrowserControl;
  onJump: (path: string) => void;
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
  const errors = control.messages.filter((m) => m.severity === 'error').length;
  const warnings = control.messages.length - errors;
  return (
    <Alert
      color={errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'teal'}
      title={
        errors + warnings === 0
          ? t('declarations.control.clean')
          : t('declarations.control.summary', { errors, warnings })
      }
      data-testid="control-state"
      data-state="ready"
      data-errors={errors}
      data-warnings={warnings}
    >
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
