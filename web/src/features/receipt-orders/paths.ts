/** The pages of customs receipt orders (ТПО): the recipient's in the cabinet, the officer's in the workplace. */
export const cabinetReceiptOrdersPath = '/cabinet/payments/receipt-orders';
export const cabinetReceiptOrderPath = (id: string) => `${cabinetReceiptOrdersPath}/${id}`;
export const officerReceiptOrdersPath = '/officer/payments/receipt-orders';
export const officerReceiptOrderPath = (id: string) => `${officerReceiptOrdersPath}/${id}`;
