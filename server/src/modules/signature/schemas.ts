import { z } from 'zod';

export const challengeResponse = z
  .object({
    nonce: z.base64().describe('32 random bytes, base64: sign exactly these bytes (CMS, NCA auth key) to log in'),
    expiresAt: z.iso.datetime().describe('The challenge is refused after this moment (5 minutes) and after its first use'),
  })
  .meta({ id: 'AuthChallenge' });
