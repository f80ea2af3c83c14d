/** Discord API v10 objects as the real service sends them, trimmed to what discord.js reads. For the loopback fake. */

const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A fresh, realistic snowflake (timestamp-based, 18-19 digits). */
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export function user(u: FakeUser) {
  return {
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.bot ? null : u.username,
    avatar: null,
    bot: u.bot ?? false,
    flags: 0,
  };
}

export function member(u: FakeUser) {
  return {
    user: user(u),
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
  };
}

export function textChannel(id: string, guildId: string) {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    parent_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function dmChannel(id: string, recipient: FakeUser) {
  return { id, type: 1, last_message_id: null, flags: 0, recipients: [user(recipient)] };
}

export function guildCreate(guildId: string, channelId: string, bot: FakeUser) {
  return {
    id: guildId,
    name: 'Sanad test guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    preferred_locale: 'en-US',
    features: [],
    roles: [
      {
        id: guildId,
        name: '@everyone',
        permissions: '1071698660929',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(bot)],
    channels: [textChannel(channelId, guildId)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message the bot "sent", built from the body discord.js posted. */
export function sentMessage(body: Record<string, unknown>, channelId: string, bot: FakeUser, extra = {}) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: user(bot),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: [],
    pinned: false,
    type: body.message_reference ? 19 : 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...extra,
  };
}
