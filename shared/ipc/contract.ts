import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '../backup/backup-file.ts';
import {
  backupListSchema,
  backupOpenResultSchema,
  backupSaveResultSchema,
  backupNameSchema,
} from './backup.ts';
import { exportResultSchema, exportTableInputSchema, MAX_EXPORT_INPUT_BYTES } from './export.ts';
import { remindersNotifyInputSchema, remindersNotifyOutputSchema } from './reminders.ts';
import { settingsPatchSchema, settingsSchema } from './settings.ts';
import { adminChannels } from './admin.ts';
import { documentsChannels, documentsEvents } from './documents.ts';
import { filesChannels, filesEvents } from './files.ts';
import { bundleChannels } from './bundle.ts';
import { spacesChannels } from './spaces.ts';
import { syncChannels, syncEvents } from './sync.ts';

/**
 * The one IPC contract. main registers a handler for every channel, preload and the web host's client
 * expose exactly these, and every input is parsed against its schema before a handler sees it.
 */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** Inputs larger than this (as JSON) are refused before parsing; default {@link MAX_IPC_INPUT_BYTES}. */
  maxInputBytes?: number;
}

/** The default bound of a call's input (as JSON). */
export const MAX_IPC_INPUT_BYTES = 1_000_000;

const noInput = z.object({}).strict();

export const hostKinds = ['electron', 'web'] as const;
export type HostKind = (typeof hostKinds)[number];

export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    host: z.enum(hostKinds),
    platform: z.string(),
    startedAt: z.number().int(),
    /** Names this profile's local database, so two profiles in one browser never share data. */
    profileId: z.string(),
    /** Fill an empty profile with the demo data of Quận Long Biên (`npm run demo`). */
    demo: z.boolean(),
    /** Whether main can show the system's open/save dialogs (Electron) or only the backups folder. */
    nativeDialogs: z.boolean(),
  })
  .strict();

export const ipcChannels = {
  /** What is running: name, version, which host. */
  'app.info': { input: noInput, output: appInfoSchema },
  /** Round-trips a text through main: a liveness check of the whole IPC path. */
  'app.ping': {
    input: z.object({ text: z.string().max(2_000) }).strict(),
    output: z.object({ text: z.string(), receivedAt: z.number().int() }).strict(),
  },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  /** Writes a full export of the local data to a file the user picks. */
  'backup.save': {
    input: z
      .object({ content: z.string().max(MAX_BACKUP_BYTES), suggestedName: backupNameSchema.optional() })
      .strict(),
    output: backupSaveResultSchema,
    maxInputBytes: MAX_BACKUP_BYTES + 4_096,
  },
  /** The backups in the profile's backups folder, newest first. */
  'backup.list': { input: noInput, output: backupListSchema },
  /** Reads and validates a backup: one from the backups folder by name, or one the user picks. */
  'backup.open': {
    input: z.object({ name: backupNameSchema.optional() }).strict(),
    output: backupOpenResultSchema,
  },
  /** Deadline reminders the renderer scheduled: main raises a desktop notification where it can. */
  'reminders.notify': { input: remindersNotifyInputSchema, output: remindersNotifyOutputSchema },
  /** Writes a table (the current task view) as an .xlsx: a save dialog in Electron, the exports folder otherwise. */
  'export.xlsx': {
    input: exportTableInputSchema,
    output: exportResultSchema,
    maxInputBytes: MAX_EXPORT_INPUT_BYTES,
  },
  ...syncChannels,
  ...spacesChannels,
  ...adminChannels,
  ...documentsChannels,
  ...filesChannels,
  ...bundleChannels,
} as const satisfies Record<string, ChannelSpec>;

export const menuCommands = [
  'font-larger',
  'font-smaller',
  'font-reset',
  'toggle-contrast',
  'go-home',
  'go-programmes',
  'go-tasks',
  'go-meetings',
  'show-about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** Events main sends to the renderer. */
export const ipcEvents = {
  'settings.changed': settingsSchema,
  'menu.command': z.object({ command: z.enum(menuCommands) }).strict(),
  ...syncEvents,
  ...documentsEvents,
  ...filesEvents,
} as const satisfies Record<string, z.ZodType>;

export type Channel = keyof typeof ipcChannels;
export type EventName = keyof typeof ipcEvents;
/** What a caller passes (before defaults are applied). */
export type ChannelInput<C extends Channel> = z.input<(typeof ipcChannels)[C]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<(typeof ipcChannels)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof ipcChannels)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof ipcEvents)[E]>;

export const channelNames = Object.keys(ipcChannels) as Channel[];

/** The largest input any channel accepts: the bound of one transport message. */
export const MAX_CHANNEL_INPUT_BYTES = Math.max(
  ...Object.values(ipcChannels).map((spec: ChannelSpec) => spec.maxInputBytes ?? MAX_IPC_INPUT_BYTES),
);
export const eventNames = Object.keys(ipcEvents) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(ipcChannels, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(ipcEvents, name);
}
