import type { ModuleCommands } from '../platform/module.ts';

/**
 * The modules' `shekara` subcommands, in the order of the module list (and of `shekara --help`).
 * Each group is loaded only when one of its commands runs, so a command costs its own code alone.
 */
export const moduleCommands: readonly ModuleCommands[] = [
  { names: ['reference'], load: async () => (await import('./reference/cli.ts')).registerReferenceCommands },
  {
    names: ['signature', 'sign', 'pki'],
    async load() {
      const [{ registerSignatureCommands }, { registerPkiCommands }] = await Promise.all([
        import('./signature/cli.ts'),
        import('./signature/pki/cli.ts'),
      ]);
      return (program, services) => {
        registerSignatureCommands(program, services);
        registerPkiCommands(program, services);
      };
    },
  },
  { names: ['users'], load: async () => (await import('./accounts/cli.ts')).registerUserCommands },
  { names: ['demo'], load: async () => (await import('./declarations/demo/cli.ts')).registerDemoCommands },
];
