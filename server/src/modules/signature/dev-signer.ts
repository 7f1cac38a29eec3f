import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { PlatformErrors } from '../../platform/errors.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { createCms, signRaw, signXml } from '@shekara/nca';
import type { TestHolder, TestPki } from '@shekara/nca/test-pki';

/**
 * The development test signer (issue 3, point 11): the web app and the browser tests sign with the
 * project's own test keys through these endpoints when NCALayer is not there. Registered only
 * outside production, and only with the test PKI, whose roots production never trusts.
 */
const keyList = z
  .object({
    keys: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        algorithm: z.enum(['RSA', 'GOST2004', 'GOST2015-512']),
        keyPurpose: z.enum(['auth', 'sign']),
        iin: z.string(),
        bin: z.string().optional(),
        commonName: z.string(),
        organization: z.string().optional(),
        roles: z.array(z.string()),
        status: z.enum(['good', 'expired', 'revoked']),
      }),
    ),
  })
  .meta({ id: 'TestSignerKeys' });

const signRequest = z
  .object({
    keyId: z.string().max(100),
    format: z.enum(['cms', 'xml']),
    data: z.base64().max(2_000_000).optional(),
    detached: z.boolean().default(false),
    xml: z.string().max(2_000_000).optional(),
  })
  .refine((body) => (body.format === 'cms' ? body.data !== undefined : body.xml !== undefined), {
    message: 'cms needs data, xml needs xml',
    path: ['data'],
  })
  .meta({ id: 'TestSignerRequest' });

const signResponse = z.object({ cms: z.base64().optional(), xml: z.string().optional() }).meta({ id: 'TestSignerSignature' });

const keyId = (holder: TestHolder) => `${holder.algorithm}:${holder.id}`;

export async function devSignerRoutes(app: ZodApp, { testPki, clock }: { testPki: TestPki; clock: Clock }): Promise<void> {
  app.get(
    '/api/v1/dev/test-signer/keys',
    {
      schema: {
        summary: 'Test keys of the development signer',
        description: 'Development only: the keys of the project’s test PKI, to sign without NCALayer.',
        tags: ['development'],
        response: { 200: keyList },
      },
    },
    async () => ({
      keys: testPki.holders.map((holder) => ({
        id: keyId(holder),
        label: `${holder.commonName} — ${holder.algorithm}, ${holder.keyPurpose === 'auth' ? 'AUTH' : 'SIGN'}${holder.status === 'good' ? '' : ` (${holder.status})`}`,
        algorithm: holder.algorithm,
        keyPurpose: holder.keyPurpose,
        iin: holder.iin,
        ...(holder.bin ? { bin: holder.bin } : {}),
        commonName: holder.commonName,
        ...(holder.organization ? { organization: holder.organization } : {}),
        roles: holder.roles,
        status: holder.status,
      })),
    }),
  );

  app.post(
    '/api/v1/dev/test-signer/sign',
    {
      schema: {
        summary: 'Sign with a test key',
        description: 'Development only: a CMS (attached or detached) or an enveloped XMLDSig, made as NCALayer makes them.',
        tags: ['development'],
        body: signRequest,
        response: { 200: signResponse },
      },
    },
    async (request) => {
      const { keyId: wanted, format, data, detached, xml } = request.body;
      const holder = testPki.holders.find((h) => keyId(h) === wanted);
      if (!holder) throw PlatformErrors.NOT_FOUND();
      const sign = (bytes: Uint8Array) => signRaw(holder.key, bytes);
      if (format === 'xml') {
        try {
          return { xml: signXml(xml!, { certificate: holder.certificate, algorithm: holder.algorithm, sign }) };
        } catch (error) {
          // The document is the user's input: an unreadable one is their mistake, not ours.
          throw PlatformErrors.MALFORMED_REQUEST({}, { cause: error });
        }
      }
      // Like NCALayer, only the signer's own certificate goes in; the verifier finds the CAs in its store.
      const cms = createCms({
        content: Buffer.from(data!, 'base64'),
        detached,
        certificate: holder.certificate,
        algorithm: holder.algorithm,
        sign,
        signingTime: clock.now(),
      });
      return { cms: Buffer.from(cms).toString('base64') };
    },
  );
}
