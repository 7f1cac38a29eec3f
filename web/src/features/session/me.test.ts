import type { meResponse } from '@shekara/contracts/accounts';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Me } from './me.ts';

describe('the web app’s Me', () => {
  it('has every field of the server’s GET /api/v1/me answer, with compatible types', () => {
    type Server = z.infer<typeof meResponse>;
    expectTypeOf<Server>().toExtend<Me>();
    expectTypeOf<keyof Me>().toEqualTypeOf<keyof Server>();
  });
});
