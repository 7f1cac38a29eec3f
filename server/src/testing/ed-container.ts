/**
 * An ED_Container of the album of formats (5.22.0) as declarant software sends one: each document
 * the body of a `ContainerDoc`, in the order given, its XML declaration dropped. For the import's tests.
 */
export function edContainer(...documents: string[]): string {
  const bodies = documents
    .map((document) => `<ContainerDoc><DocBody>${document.replace(/^<\?xml[^>]*\?>\s*/, '')}</DocBody></ContainerDoc>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ED_Container xmlns="urn:customs.ru:Information:ExchangeDocuments:ED_Container:5.22.0" xmlns:cat_ru="urn:customs.ru:CommonAggregateTypes:5.22.0" DocumentModeID="1006058E">
<cat_ru:DocumentID>7D2C0A51-3E4F-4A6B-9C8D-2E1F0A3B4C5D</cat_ru:DocumentID>
${bodies}
</ED_Container>
`;
}

/** A document of the album the import does not read (an invoice), which a container may carry beside the others. */
export const invoiceDocument = `<Invoice xmlns="urn:customs.ru:Information:CommercialFinanceDocuments:Invoice:5.22.0" DocumentModeID="1002007E"><DocumentID xmlns="urn:customs.ru:CommonAggregateTypes:5.22.0">1B2C3D4E-5F60-4718-8293-A4B5C6D7E8F9</DocumentID></Invoice>`;
