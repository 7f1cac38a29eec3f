import { defineErrors } from '../../../platform/errors.ts';

/**
 * Refusals of the exchange of declarations as the album's XML (WD-7, WD-14). A refused file of an
 * upload carries one of the first three codes in its report; the upload itself is answered 200.
 */
export const InterchangeErrors = defineErrors({
  DECL_XML_REFUSED: {
    status: 422,
    message: {
      kk: 'Файл шектеулердегі XML емес (DTD, нысандар, өлшем, тереңдік немесе элементтер саны): {problem}.',
      ru: 'Файл не является XML в допустимых пределах (DTD, сущности, размер, вложенность или число элементов): {problem}.',
      en: 'The file is not XML within bounds (DTD, entities, size, depth or element count): {problem}.',
    },
  },
  DECL_XML_NOT_ESAD: {
    status: 422,
    message: {
      kk: 'Файл ESADout_CU, DTSout_CU, AutoPreliminary, AirPreliminary, RWPreliminary немесе SeaPreliminary құжаты да, оларды қамтитын ED_Container да емес: {problem}.',
      ru: 'Файл не является ни документом ESADout_CU, DTSout_CU, AutoPreliminary, AirPreliminary, RWPreliminary или SeaPreliminary, ни содержащим их контейнером ED_Container: {problem}.',
      en: 'The file is neither an ESADout_CU, DTSout_CU, AutoPreliminary, AirPreliminary, RWPreliminary or SeaPreliminary document nor an ED_Container holding them: {problem}.',
    },
  },
  DECL_XML_SCHEMA_INVALID: {
    status: 422,
    message: {
      kk: 'Файл электрондық форматтар альбомының XSD-схемаларына сәйкес келмейді.',
      ru: 'Файл не соответствует XSD-схемам альбома электронных форматов.',
      en: 'The file does not validate against the XSD schemas of the album of formats.',
    },
  },
  DECL_IMPORT_FILE_MISSING: {
    status: 400,
    message: {
      kk: 'Сұрауда файл жоқ: импортталатын XML файлын тіркеңіз.',
      ru: 'В запросе нет файла: приложите импортируемый XML-файл.',
      en: 'The request has no file in the `file` field (multipart/form-data): attach the XML file to import.',
    },
  },
  DECL_XML_KIND_NOT_EXCHANGED: {
    status: 409,
    message: {
      kk: 'Бұл түрдегі құжат ESADout_CU түрінде шығарылмайды: тек тауарларға арналған декларация мен транзиттік декларация шығарылады.',
      ru: 'Этот вид документа не выгружается в ESADout_CU: только декларации на товары и транзитные декларации.',
      en: 'This kind of document is not exported as ESADout_CU: only goods and transit declarations are.',
    },
  },
  DECL_RECEIVED_FILE_NOT_FOUND: {
    status: 404,
    message: {
      kk: 'Бұл декларация файлдан импортталмаған.',
      ru: 'Эта декларация не была импортирована из файла.',
      en: 'This declaration was not imported from a file.',
    },
  },
});
