import { describe, expect, it } from 'vitest';
import { toSigningError } from './ncalayer-errors.ts';
import { SigningError } from './signer.ts';

/** What ncalayer-js-client throws: an Error named NCALayerError, sometimes flagged as a user's cancel. */
function ncaLayerError(message: string, canceledByUser?: boolean): Error {
  return Object.assign(new Error(message), { name: 'NCALayerError', canceledByUser });
}

describe('NCALayer failures become the four signing codes', () => {
  it('any failure to connect means NCALayer is not running', () => {
    const refused = ncaLayerError(
      'Ошибка взаимодействия с NCALayer. В том случае, если на вашем компьютере не установлен NCALayer, пожалуйста установите его c портала НУЦ РК (https://ncl.pki.gov.kz/).',
    );
    expect(toSigningError(refused, 'connect').code).toBe('NCALAYER_NOT_RUNNING');
    expect(toSigningError(ncaLayerError('NCALayer закрыл соединение.'), 'connect').code).toBe('NCALAYER_NOT_RUNNING');
    expect(toSigningError(new Error('no answer in 15000 ms'), 'connect').code).toBe('NCALAYER_NOT_RUNNING');
  });

  it('the user closing the key window is a cancel, in both NCALayer modules', () => {
    expect(toSigningError(ncaLayerError('500: action.canceled'), 'sign').code).toBe('CANCELLED');
    expect(toSigningError(ncaLayerError('cancelled by user', true), 'sign').code).toBe('CANCELLED');
    expect(toSigningError(ncaLayerError('Операция отменена пользователем', true), 'sign').code).toBe('CANCELLED');
  });

  it('an empty key store is NO_KEY', () => {
    expect(toSigningError(ncaLayerError('500: storage.empty'), 'sign').code).toBe('NO_KEY');
    expect(toSigningError(ncaLayerError('500: Key not found'), 'sign').code).toBe('NO_KEY');
  });

  it('NCALayer quitting mid-way is reported as not running, so the page shows what to do', () => {
    expect(toSigningError(ncaLayerError('NCALayer закрыл соединение.'), 'sign').code).toBe('NCALAYER_NOT_RUNNING');
  });

  it('anything else is FAILED, with NCALayer’s words kept for support', () => {
    const error = toSigningError(ncaLayerError('500: org.xml.sax.SAXParseException; lineNumber: 1'), 'sign');
    expect(error.code).toBe('FAILED');
    expect(error.detail).toContain('SAXParseException');
    expect(toSigningError('a string', 'sign').code).toBe('FAILED');
  });

  it('a SigningError passes through unchanged', () => {
    const original = new SigningError('NO_KEY', 'empty');
    expect(toSigningError(original, 'sign')).toBe(original);
  });
});
