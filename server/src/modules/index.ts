import type { ModuleDescriptor } from '../platform/module.ts';
import { accountsModule, type CredentialsIntake } from './accounts/index.ts';
import { credentialsModule } from './credentials/index.ts';
import { declarationsModule, type ReceiptSigner } from './declarations/index.ts';
import { paymentsModule } from './payments/index.ts';
import { portalModule } from './portal/index.ts';
import { referenceModule } from './reference/index.ts';
import { registersModule } from './registers/index.ts';
import { type SignatureSetup, signatureModule } from './signature/index.ts';
import { webDeclarantAccessModule } from './web-declarant-access/index.ts';

/** What the modules' `prepare` gives at start-up (tests give it themselves): the signature set-up. */
export type PreparedServices = SignatureSetup;

/** Every service a module gives others, by the stage that gives it. */
export type ModuleServices = PreparedServices & { credentialsIntake: CredentialsIntake; receiptSigner: ReceiptSigner };

/**
 * The application's modules, in order: a module comes after those whose services it needs
 * (signature gives the verifier), and a module with routes for logged-in callers after accounts,
 * which installs their session guards. Routes, demo data and commands are registered in this order.
 */
export const modules: readonly ModuleDescriptor<ModuleServices, Partial<ModuleServices>>[] = [
  referenceModule,
  signatureModule,
  accountsModule,
  // after accounts, whose guards its officers' editor needs; accounts asks it who is on a register
  registersModule,
  credentialsModule,
  webDeclarantAccessModule,
  portalModule,
  // before declarations, whose registration and decisions hold and take the money it keeps
  paymentsModule,
  declarationsModule,
];
