import { type z } from 'zod';
import { event, method } from './rpc/define';
import { AppInfoSchema, AppStatusSchema } from './schemas/app';
import { NoInput } from './schemas/common';
import { LogEntrySchema, LogListInputSchema, LogListOutputSchema } from './schemas/log';
import { SettingsPatchSchema, SettingsSchema } from './schemas/settings';

/**
 * The one declaration of everything the renderer (or any client) can ask of the core, and
 * everything the core pushes. Handlers, the preload bridge, the WebSocket client and the
 * react-query hooks are all typed from this object. Output schemas are the only shape that
 * leaves the core: fields they do not name are stripped, so no secret can ride along.
 */
export const contract = {
  methods: {
    'app.info': method({
      description: 'Version, shell, data folder, schema version and current status.',
      input: NoInput,
      output: AppInfoSchema,
    }),
    'settings.get': method({
      description: 'All user settings, defaults filled in.',
      input: NoInput,
      output: SettingsSchema,
    }),
    'settings.set': method({
      description: 'Change one or more settings; returns all settings after the change.',
      input: SettingsPatchSchema,
      output: SettingsSchema,
    }),
    'log.list': method({
      description: 'System log, newest first, paged, filtered by level and module.',
      input: LogListInputSchema,
      output: LogListOutputSchema,
    }),
  },
  events: {
    'app.status': event({
      description: 'The core is alive; sent on every change and as a heartbeat.',
      payload: AppStatusSchema,
    }),
    'log.appended': event({
      description: 'A line was written to the system log.',
      payload: LogEntrySchema,
    }),
    'settings.changed': event({
      description: 'Settings changed (from any window or shell).',
      payload: SettingsSchema,
    }),
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract['methods'];
export type EventName = keyof Contract['events'];

/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract['methods'][M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type HandlerInput<M extends MethodName> = z.output<Contract['methods'][M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract['methods'][M]['output']>;
export type EventPayload<E extends EventName> = z.output<Contract['events'][E]['payload']>;

export const METHOD_NAMES = Object.keys(contract.methods) as MethodName[];
export const EVENT_NAMES = Object.keys(contract.events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract.methods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(contract.events, name);
}
