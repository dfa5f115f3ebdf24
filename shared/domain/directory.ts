import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import { enumSchema, nullableIdSchema, nullableViText, viText } from './primitives.ts';
import { DIRECTORY_SPACE } from './space.ts';
import { keyedError, keyedIssue, viError } from './vi-issue-message.ts';

export const unitKinds = ['party_committee', 'department', 'ward', 'front', 'office'] as const;
/**
 * Loại đơn vị — party_committee: ban Đảng, cấp ủy; department: phòng, ban chuyên môn; ward: phường;
 * front: Mặt trận Tổ quốc và các đoàn thể; office: văn phòng (Văn phòng Quận ủy, UBND).
 */
export type UnitKind = (typeof unitKinds)[number];

const directorySpaceSchema = z.literal(
  DIRECTORY_SPACE,
  keyedError('space.directory', { space: DIRECTORY_SPACE }),
);

const unitShape = {
  id: idSchema,
  spaceId: directorySpaceSchema,
  kind: enumSchema(unitKinds),
  parentId: nullableIdSchema,
  name: viText(1, 300),
  shortName: nullableViText(60),
};

export const unitBaseSchema = z.strictObject(unitShape, viError);

/** Đơn vị — a unit: a party committee body, a department, a ward, a mass organisation or an office. */
export const unitSchema = unitBaseSchema.superRefine((unit, ctx) => {
  if (unit.parentId === unit.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['parentId'],
      ...keyedIssue('unit.ownParent'),
    });
  }
});
export type Unit = z.infer<typeof unitSchema>;

export const unitPatchSchema = unitBaseSchema.omit({ id: true, spaceId: true }).partial();

const PHONE = /^\+?[0-9][0-9 .()-]{5,19}$/;

const personShape = {
  id: idSchema,
  spaceId: directorySpaceSchema,
  name: viText(1, 200),
  position: viText(0, 300),
  unitId: idSchema,
  email: z.email(keyedError('person.email')).max(254, viError).nullable(),
  phone: z.string(viError).trim().regex(PHONE, keyedError('person.phone')).nullable(),
};

export const personBaseSchema = z.strictObject(personShape, viError);

/** Cán bộ — a person: an official with a position in a unit ("Bí thư Quận ủy, Chủ tịch HĐND Quận"). */
export const personSchema = personBaseSchema;
export type Person = z.infer<typeof personSchema>;

export const personPatchSchema = personBaseSchema.omit({ id: true, spaceId: true }).partial();
