import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { moduleCommands } from './commands.ts';

describe("the modules' commands", () => {
  it('name every top-level command their definitions add, so `shekara <name>` loads the right group', async () => {
    for (const group of moduleCommands) {
      const program = new Command('shekara');
      (await group.load())(program, {
        io: { env: {}, out() {}, err() {}, exitCode: 0 },
        loadDemoData: async () => ({}),
      });
      expect(program.commands.map((command) => command.name())).toEqual(group.names);
    }
  });
});
