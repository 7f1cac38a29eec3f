import type { rate, ratesAtDate } from '@shekara/contracts/reference/tariffs';
import type { z } from 'zod';

/** A tariff rate as the reference API answers it (combined: the larger of percent and amount; ad_valorem_plus_specific: their sum). */
export type Rate = z.output<typeof rate>;
/** Every rate in force for a code on a day: import duty, excise, protective duties, VAT. */
export type RatesAtDate = z.output<typeof ratesAtDate>;
