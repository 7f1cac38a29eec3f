/**
 * The ESADout_CU document of the FCS album of electronic formats 5.23.0 (the version of the
 * schemas the import is checked against): its namespaces as the album's schemas declare them, and
 * the names of box 40 entries the model keeps at header level.
 */
export const esadNamespaces = {
  xmlns: 'urn:customs.ru:Information:CustomsDocuments:ESADout_CU:5.23.0',
  'xmlns:cat_ru': 'urn:customs.ru:CommonAggregateTypes:5.22.0',
  'xmlns:catESAD_cu': 'urn:customs.ru:CUESADCommonAggregateTypesCust:5.22.0',
  'xmlns:RUDECLcat': 'urn:customs.ru:RUDeclCommonAggregateTypesCust:5.23.0',
  'xmlns:RUScat_ru': 'urn:customs.ru:RUSCommonAggregateTypes:5.22.0',
} as const;

/** DocumentModeID of ESADout_CU in the album's list of documents. */
export const esadDocumentMode = '1006107E';

/** Box 40 entries naming a document the model holds at header level, by the name written with them. */
export const precedingNames = {
  preliminaryInformation: 'Предварительная информация',
  releaseBeforeDeclaration: 'Заявление о выпуске товаров до подачи ДТ',
} as const;

/** Box 1, first part: the model's Latin codes and the album's Cyrillic ones. */
export const procedureCodes = { IM: 'ИМ', EK: 'ЭК', TT: 'ТТ' } as const;

/** Currencies of specific rates and fees in box 47, by their numeric code (RateCurrencyCode). */
export const rateCurrencies: Record<string, string> = { KZT: '398', USD: '840', EUR: '978', RUB: '643', CNY: '156' };

/**
 * Units of specific rates in box 47 (RateTNVEDQualifierCode), as the model writes them after the
 * currency ("0.5 EUR/kg") and by their codes in the classifier of units of measure.
 */
export const rateUnits: Record<string, string> = {
  kg: '166',
  t: '168',
  l: '112',
  m2: '055',
  m3: '113',
  pcs: '796',
  pair: '715',
  '1000pcs': '798',
};

/**
 * RecordID of a box 44 entry that is one of the documents common to every item, followed by its
 * position among them: the album has box 44 in items only, so they are written in every item.
 */
export const commonDocumentRecord = 'common-';

/** Box 54: the filler's IIN goes as the number of an identity document so named. */
export const fillerIinCardName = 'ИИН';
