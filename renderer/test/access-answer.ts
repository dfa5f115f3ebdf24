import type { Role } from '../../shared/sync/protocol.ts';
import type { AccessAnswer } from '../src/sync-engine/transport.ts';

/** What `GET /me` answers for a scripted transport: a ward official with these spaces. */
export function accessAnswer(spaceIds: readonly string[], role: Role = 'write'): AccessAnswer {
  return {
    user: {
      id: '0190f5a0-0000-7000-8000-0000000000aa',
      username: 'bode',
      displayName: 'Phường Bồ Đề',
      personId: null,
      unitId: null,
      isAdmin: false,
    },
    grants: spaceIds.map((spaceId) => ({ spaceId, role })),
    serverTime: Date.now(),
  };
}
