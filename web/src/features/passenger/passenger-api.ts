import { type PassengerDeclaration, passengerDeclaration } from '@shekara/contracts/declarations/documents';
import { draftRoutes } from '@shekara/contracts/declarations/drafts';
import { submissionRoutes } from '@shekara/contracts/declarations/submission';
import { type CalculationAnswer, paymentRoutes } from '@shekara/contracts/payments';
import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

/** The server's routes the passenger declaration's page uses: the draft → sign → submit flow of every kind. */
export type Calculation = CalculationAnswer;

/** What the goods owe at the unified rate, read from the form as registration will read it (ACC-10). */
export const calculatePassenger = (document: PassengerDeclaration): Promise<Calculation> =>
  call(paymentRoutes.passengerDeclaration, { body: { document: passengerDeclaration.parse(document) } });

/** The customs bodies that take passenger declarations: airports and checkpoints at the border. */
export const fetchPassengerOffices = async () =>
  (await call(referenceRoutes.customsOffices, { query: { documentKind: 'passenger_declaration' } })).offices;

/** The draft the form becomes: made at the first signing, saved again when the form changed since. */
export const createPassengerDraft = (document: PassengerDeclaration) =>
  call(draftRoutes.create, { body: { kind: 'passenger', document } });
export const savePassengerDraft = (id: string, document: PassengerDeclaration, revision: number) =>
  call(draftRoutes.save, { params: { id }, body: { document, revision } });

export const fetchPassengerPayload = async (id: string) =>
  (await call(submissionRoutes.signingPayload, { params: { id } })).data;

export const submitPassenger = (id: string, body: { customsOffice: string; signature: string }, key: string) =>
  call(submissionRoutes.submit, { params: { id }, body, headers: { 'idempotency-key': key } });
