import { Anchor, Badge, Button, FileButton, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import type { ImportedFile } from '@shekara/contracts/declarations/interchange';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { declarationPath } from '../paths.ts';
import { uploadDeclarations } from './interchange-api.ts';

type Row = ImportedFile & { upload: string };

/**
 * Declarations and preliminary information made by declarant software, uploaded as the album's XML
 * files (ESADout_CU, DTSout_CU, the preliminary information of every mode of transport, ED_Container)
 * or zips of them (WD-7): files go one after another with a progress bar, and each declaration's
 * report says whether it was imported (with its control findings) or refused, and why.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number; share: number } | null>(null);
  const [rows, setRows] = useState<Row[]>([]);

  const upload = async (files: File[]) => {
    setRows([]);
    for (const [index, file] of files.entries()) {
      setProgress({ done: index, total: files.length, share: 0 });
      try {
        const report = await uploadDeclarations(file, (share) =>
          setProgress({ done: index, total: files.length, share }),
        );
        setRows((before) => [...before, ...report.files.map((f) => ({ ...f, upload: file.name }))]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setRows((before) => [
          ...before,
          { upload: file.name, name: file.name, status: 'refused', errors: [{ code: 'UPLOAD', message }] },
        ]);
      }
    }
    setProgress({ done: files.length, total: files.length, share: 1 });
  };

  const value = progress ? ((progress.done + progress.share) / Math.max(progress.total, 1)) * 100 : 0;
  return (
    <Stack>
      <PageHeading title={t('declarations.interchange.title')} lead={t('declarations.interchange.lead')} />
      <Group>
        <FileButton
          onChange={(files) => void upload(files)}
          accept=".xml,.zip,application/xml,text/xml,application/zip"
          multiple
        >
          {(props) => (
            <Button {...props} data-testid="interchange-upload">
              {t('declarations.interchange.choose')}
            </Button>
          )}
        </FileButton>
      </Group>
      {progress && (
        <Stack gap={4}>
          <Progress
            value={value}
            aria-label={t('declarations.interchange.progress')}
            data-testid="interchange-progress"
          />
          <Text size="sm">
            {t('declarations.interchange.filesDone', { done: progress.done, total: progress.total })}
          </Text>
        </Stack>
      )}
      {rows.length > 0 && (
        <Table data-testid="interchange-report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('declarations.interchange.file')}</Table.Th>
              <Table.Th>{t('declarations.interchange.result')}</Table.Th>
              <Table.Th>{t('declarations.interchange.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={`${row.upload}-${row.name}-${index}`}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>
                  <Badge color={row.status === 'imported' ? 'green' : 'red'}>
                    {t(`declarations.interchange.status.${row.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {row.declarationId && (
                    <Anchor component={Link} to={declarationPath(row.declarationId)}>
                      {t('declarations.interchange.open')}
                    </Anchor>
                  )}
                  {row.control && (
                    <Text size="sm">
                      {t('declarations.interchange.control', {
                        errors: row.control.errors.length,
                        warnings: row.control.warnings.length,
                      })}
                    </Text>
                  )}
                  {row.errors && (
                    <List size="sm">
                      {row.errors.slice(0, 10).map((error, at) => (
                        <List.Item key={at}>
                          {error.line !== undefined && `${t('declarations.interchange.line', { line: error.line })} `}
                          {error.element && `${error.element}: `}
                          {error.message}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
