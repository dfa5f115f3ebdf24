import { z } from 'zod';

/**
 * Vai trò công việc — what an account (or every account of a unit) may do beyond its grants:
 * - `organise_meetings` ("tổ chức hội nghị", the committee office): create meetings, each its own space;
 * - `draw_up_programmes` ("lập chương trình", a programme's standing agency): create programmes;
 * - `keep_directory` ("quản lý danh bạ", the office): add and change units and people in the directory.
 * The creator of a space holds `manage` on it from its first change; a manager grants read and write on it.
 * Administrators hold every capability; they manage accounts, units and capabilities.
 */
export const capabilities = ['organise_meetings', 'draw_up_programmes', 'keep_directory'] as const;
export type Capability = (typeof capabilities)[number];
export const capabilitySchema = z.enum(capabilities);

/** Which capability creates a space of each kind that has one (the unit and directory spaces are not created). */
export const CREATING_CAPABILITY = {
  programme: 'draw_up_programmes',
  meeting: 'organise_meetings',
} as const satisfies Record<string, Capability>;
