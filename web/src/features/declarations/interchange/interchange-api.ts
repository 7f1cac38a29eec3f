import type { ImportReport } from '@shekara/contracts/declarations/interchange';
import { interchangeRoutes } from '@shekara/contracts/declarations/interchange';
import { ApiError, csrfToken } from '../../../api/client.ts';
import { currentLanguage } from '../../../i18n/index.ts';

/** Where a goods or transit declaration downloads as ESADout_CU XML. */
export const declarationXmlUrl = (id: string) => interchangeRoutes.exportXml.path.replace(':id', id);

/**
 * Uploads one XML file or zip to the import (multipart/form-data, field `file`), reporting the
 * share sent: XMLHttpRequest, because fetch tells nothing of an upload's progress.
 */
export function uploadDeclarations(file: File, onProgress: (share: number) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', interchangeRoutes.import.path);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', currentLanguage());
    const token = csrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error', undefined));
    request.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(request.responseText) as unknown;
        } catch {
          return null;
        }
      })();
      if (request.status === 200) return resolve(body as ImportReport);
      const error = (body as { error?: { code?: string; message?: string; requestId?: string } } | null)?.error;
      reject(
        new ApiError(request.status, error?.code ?? `HTTP_${request.status}`, error?.message ?? '', error?.requestId),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
