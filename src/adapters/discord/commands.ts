import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPutAPIApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';

/** Longest question /ask accepts: the same bound as the HTTP API (contract). */
export const MAX_QUESTION_LENGTH = 1000;

const everywhere = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/**
 * The slash commands, as sent to `PUT .../commands`: English names; each description carries its Arabic beside the
 * English: Discord's locale list has no Arabic, so `description_localizations.ar` is not a valid key and Arabic-speaking
 * users see the default description whatever their client language.
 */
export const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    name: 'ask',
    description: 'Ask about the article, in Arabic or English · اسأل عن المقال بالعربية أو الإنجليزية',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, in Arabic or English · سؤالك بالعربية أو الإنجليزية',
        required: true,
        min_length: 1,
        max_length: MAX_QUESTION_LENGTH,
      },
    ],
    ...everywhere,
  },
  {
    name: 'source',
    description: 'Which article Sanad answers from · المقال الذي يجيب منه سند',
    ...everywhere,
  },
  {
    name: 'help',
    description: 'How to ask Sanad a question · كيف تسأل سند',
    ...everywhere,
  },
];

/** Where commands are registered: one guild (instant, for development) when `guildId` is set, else globally. */
export function commandsRoute(applicationId: string, guildId?: string): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
}
