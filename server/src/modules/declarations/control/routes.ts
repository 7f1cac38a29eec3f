import { draftRoutes } from '@shekara/contracts/declarations/drafts';
import { publicAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { AnswerCache, almatyDate, sendAnswer, serialiseAnswer } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { controlReferenceCopy } from './server-reference-view.ts';
import { buildControlSnapshot } from './snapshot.ts';

/**
 * Routes of control: the reference data the browser's control runs on (issue 6 point 4). Public,
 * like the reference data it is cut from. The answer is serialised once per date and copy of the
 * reference data, and carries an ETag over its bytes: a browser that has it gets a 304.
 */
export async function controlRoutes(app: ZodApp, options: { ctx: DeclarationsContext }): Promise<void> {
  const { db, clock } = options.ctx;
  const answers = new AnswerCache(64, 30_000, () => clock.now().getTime());

  const route = contractRoutes(app, { tags: ['declarations'], access: publicAccess });

  route(draftRoutes.controlReference, {
    summary: 'Reference data of format-logical control',
    description:
      'What the browser needs to run the same control as the server on a document of the date: the classifier codes in force, ' +
      'the 10-digit TN VED lines goods are declared under, the codes that have lines below them, and the customs bodies with ' +
      'their kind and the document kinds they accept. ETag over the body; If-None-Match answers 304.',
    handler: async (request, reply) => {
      const date = request.query.date ?? almatyDate(clock.now());
      const copy = await controlReferenceCopy(db);
      const key = `${copy.version}|${date}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = serialiseAnswer(buildControlSnapshot(copy, date));
        answers.set(key, answer);
      }
      return sendAnswer(request, reply, answer);
    },
  });
}
