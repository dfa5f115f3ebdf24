import { describe, expect, it } from 'vitest';
import { useAdminDatabase } from '../test/admin-database.ts';
import { backends } from '../test/backends.ts';
import { newId } from '../test/records.ts';

describe.each(backends)('admin commands on $name', (backend) => {
  const { run } = useAdminDatabase(backend);

  it('creates users, grants and revokes, resets passwords and lists', async () => {
    const unit = newId();
    const programme = `programme:${newId()}`;
    await run('create-admin', '--username', 'quan.tri', '--password', 'mat-khau-123');
    const user = await run(
      'create-user',
      '--username',
      'can.bo',
      '--password',
      'mat-khau-456',
      '--name',
      'Lê Thị Hoa',
      '--unit',
      unit,
    );
    expect(user).toMatchObject({
      username: 'can.bo',
      displayName: 'Lê Thị Hoa',
      unitId: unit,
      isAdmin: false,
    });
    await run('grant', '--username', 'can.bo', '--space', programme, '--role', 'write');
    await run('grant', '--username', 'can.bo', '--space', programme, '--role', 'read');
    expect(await run('list-users')).toMatchObject([
      { username: 'can.bo', grants: [{ spaceId: programme, role: 'read' }], disabled: false },
      { username: 'quan.tri', isAdmin: true, grants: [] },
    ]);
    await run('revoke', '--username', 'can.bo', '--space', programme);
    await run('reset-password', '--username', 'can.bo', '--password', 'mat-khau-789');
    await run('disable-user', '--username', 'can.bo');
    expect(await run('list-users')).toMatchObject([{ username: 'can.bo', grants: [], disabled: true }, {}]);
    expect(await run('sync-status')).toEqual({ lastVersion: 0, minCursor: 0, changeRows: 0 });
  });

  it.each([
    [['create-user', '--username', 'X Y', '--password', 'mat-khau-123', '--name', 'A'], /Tên đăng nhập/],
    [['create-user', '--username', 'ngan', '--password', 'ngan', '--name', 'A'], /Mật khẩu/],
    [['create-admin', '--username', 'quan.tri', '--password', 'mat-khau-123'], /Đã có người dùng/],
    [['grant', '--username', 'ai.do', '--space', 'directory', '--role', 'read'], /Không có người dùng/],
    [['grant', '--username', 'quan.tri', '--space', 'programme:1', '--role', 'read'], /Không gian dữ liệu/],
    [['grant', '--username', 'quan.tri', '--space', 'directory', '--role', 'owner'], /Vai trò/],
    [['create-user', '--username', 'a.b'], /Thiếu --password/],
    [['explode'], /Lệnh không hợp lệ/],
  ])('refuses %j', async (args, message) => {
    await expect(run(...args)).rejects.toThrow(message);
  });
});
