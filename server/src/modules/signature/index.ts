export { signatureRoutes } from './routes.ts';
export { consumeChallenge, issueChallenge, challengeBytes, challengeLifetimeMs, type ChallengeRefusal } from './challenges.ts';
