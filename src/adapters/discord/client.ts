import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { Config } from '../../config.js';
import { NO_MENTIONS } from './context.js';

/**
 * Intents Sanad needs: slash commands arrive without any intent; guild mentions and DMs carry their content without
 * the privileged MessageContent intent, which is deliberately absent.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

const keepSelf = { maxSize: 0, keepOverLimit: (x: { id: string; client: Client }) => x.id === x.client.user?.id };

/**
 * A discord.js client configured for Sanad: no pings ever, bounded caches, REST (and so the gateway) from config, and
 * as many gateway shards as Discord recommends.
 */
export function createDiscordClient(config: Pick<Config, 'DISCORD_REST_API'>): Client {
  return new Client({
    intents: INTENTS,
    // Discord requires one shard per 2,500 guilds; 'auto' opens the count that GET /gateway/bot recommends, all in
    // this process, and reads it again at every start.
    shards: 'auto',
    // DM channels are never announced with CHANNEL_CREATE, so DMs only reach messageCreate as partial channels.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // The gateway URL is whatever this REST base answers for GET /gateway/bot.
    rest: { api: config.DISCORD_REST_API.replace(/\/+$/, '') },
    // Sanad reads nothing back from Discord: no message, member, presence or emoji history needs to stay in memory.
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildMemberManager: keepSelf,
      UserManager: keepSelf,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      BaseGuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
      ApplicationEmojiManager: 0,
      EntitlementManager: 0,
    }),
  });
}

type PacketHandler = (packet?: { t?: string }, shard?: unknown) => boolean;

/**
 * discord.js turns a gateway payload it cannot parse (a field Discord added, dropped or renamed) into an unhandled
 * rejection, which stops Node (discord.js#8599). This wraps its packet handler so that such an event is reported to
 * `onError` and skipped. Returns false if discord.js no longer has the hook, so the caller can say so.
 */
export function guardPacketHandling(client: Client, onError: (err: unknown, event: string | undefined) => void) {
  const ws = client.ws as unknown as { handlePacket?: PacketHandler };
  const original = ws.handlePacket?.bind(ws);
  if (!original) return false;
  ws.handlePacket = (packet, shard) => {
    try {
      return original(packet, shard);
    } catch (err) {
      onError(err, packet?.t);
      return true;
    }
  };
  return true;
}
