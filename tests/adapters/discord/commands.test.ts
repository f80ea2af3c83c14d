import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsRoute } from '../../../src/adapters/discord/commands.js';

describe('slash command definitions', () => {
  it('are /ask question:<text up to 1000>, /source and /help, usable in guilds and DMs', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['ask', 'source', 'help']);
    const [ask] = COMMANDS;
    expect(ask && 'options' in ask ? ask.options : undefined).toEqual([
      expect.objectContaining({ name: 'question', type: 3, required: true, min_length: 1, max_length: 1000 }),
    ]);
    for (const c of COMMANDS) expect(c).toMatchObject({ contexts: [0, 1], integration_types: [0] });
  });

  it('fit Discord naming rules, with descriptions of at most 100 characters that include Arabic', () => {
    const all = COMMANDS.flatMap((c) => [c, ...(('options' in c && c.options) || [])]) as Array<{
      name: string;
      description?: string;
    }>;
    for (const c of all) {
      expect(c.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(c.description?.length).toBeLessThanOrEqual(100);
      expect(c.description).toMatch(/[\u0600-\u06ff]/);
      // Discord has no Arabic locale: an `ar` localization key would not be a valid one.
      expect(c).not.toHaveProperty('description_localizations');
    }
  });

  it('are registered in one guild when a guild id is set, globally otherwise', () => {
    expect(commandsRoute('123456789012345678', '876543210987654321')).toBe(
      '/applications/123456789012345678/guilds/876543210987654321/commands',
    );
    expect(commandsRoute('123456789012345678')).toBe('/applications/123456789012345678/commands');
  });
});
