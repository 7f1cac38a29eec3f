import { devSignerRoutes as routes } from '@shekara/contracts/signature';
import { createCms, signRaw, signXml } from '@shekara/nca';
import type { TestHolder, TestPki } from '@shekara/nca/test-pki';
import type { Clock } from '../../platform/clock.ts';
import { PlatformErrors } from '../../platform/errors.ts';
import { publicAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';

/**
 * The development test signer (issue 3, point 11): the web app and the browser tests sign with the
 * project's own test keys through these endpoints when NCALayer is not there. Registered only
 * outside production, and only with the test PKI, whose roots production never trusts.
 */
const keyId = (holder: TestHolder) => `${holder.algorithm}:${holder.id}`;

export async function devSignerRoutes(
  app: ZodApp,
  { testPki, clock }: { testPki: TestPki; clock: Clock },
): Promise<void> {
  // Open to anyone where it exists: development and tests, with test keys nobody else trusts.
  const route = contractRoutes(app, { tags: ['development'], access: publicAccess });

  route(routes.keys, {
    summary: 'Test keys of the development signer',
    description: 'Development only: the keys of the project’s test PKI, to sign without NCALayer.',
    handler: async () => ({
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
  });

  route(routes.sign, {
    summary: 'Sign with a test key',
    description: 'Development only: a CMS (attached or detached) or an enveloped XMLDSig, made as NCALayer makes them.',
    handler: async (request) => {
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
  });
}
