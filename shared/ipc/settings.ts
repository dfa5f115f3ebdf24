import { z } from 'zod';

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

export const FONT_SCALE_MIN = 0.85;
export const FONT_SCALE_MAX = 1.6;

/** Per-user display preferences, kept by main in the user-data folder. */
export const settingsSchema = z
  .object({
    locale: z.enum(locales),
    /** Multiplier of the base font size: older users read on small office screens. */
    fontScale: z.number().min(FONT_SCALE_MIN).max(FONT_SCALE_MAX),
    highContrast: z.boolean(),
    /**
     * Who uses this computer: a person of the directory. Their unit decides "Việc của đơn vị tôi"; they
     * are the assigner of "Tôi giao". Null until chosen (or taken from the signed-in account).
     */
    personId: z.string().min(1).max(64).nullable(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { locale: 'vi', fontScale: 1, highContrast: false, personId: null };

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
