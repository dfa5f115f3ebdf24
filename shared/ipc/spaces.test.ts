import { describe, expect, it } from 'vitest';
import { spacesChannels } from './spaces.ts';

const SPACE = 'programme:0190f5a0-0000-7000-8000-000000000001';

describe('spaces IPC inputs, from the spaces API', () => {
  it('name a real space: a made-up space id never reaches the server', () => {
    const grants = spacesChannels['spaces.grants'].input;
    expect(grants.safeParse({ spaceId: SPACE }).success).toBe(true);
    expect(grants.safeParse({ spaceId: 'programme:1/../../accounts' }).success).toBe(false);
    expect(grants.safeParse({}).success).toBe(false);
  });

  it('set a grant with a role of the protocol, and remove one without a role', () => {
    const set = spacesChannels['spaces.setGrant'].input;
    expect(set.safeParse({ spaceId: SPACE, userId: 'u2', role: 'read' }).success).toBe(true);
    expect(set.safeParse({ spaceId: SPACE, userId: 'u2', role: 'owner' }).success).toBe(false);
    expect(set.safeParse({ spaceId: SPACE, userId: '', role: 'read' }).success).toBe(false);
    const remove = spacesChannels['spaces.removeGrant'].input;
    expect(remove.safeParse({ spaceId: SPACE, userId: 'u2' }).success).toBe(true);
    expect(remove.safeParse({ spaceId: SPACE, userId: 'u2', role: 'read' }).success).toBe(false);
  });
});
