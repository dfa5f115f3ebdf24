import type { Catalogue } from './locale.ts';
import type { ServerKey } from './server-vi.ts';

/** English texts of the district server, key for key with `serverVi`. */
export const serverEn = {
  'http.unauthorized': 'Please sign in to continue.',
  'http.tokenExpired': 'The session has expired; the sign-in needs renewing.',
  'http.forbidden': 'You are not allowed to do this.',
  'http.notFound': 'The requested data was not found.',
  'http.tooManyLogins': 'Too many failed sign-ins. Please try again in {minutes} minutes.',
  'http.schemaVersion':
    'This version of the app is too old for the server. Please update the app; changes not yet sent are kept on your computer.',
  'http.unavailable': 'The server is not ready yet, please try again later.',
  'http.refusedText':
    'The data sent holds invalid characters (NUL or broken characters); the server cannot store it.',
  'http.tooLarge': 'The data sent is too large.',
  'http.jsonOnly': 'The server only accepts JSON data (application/json).',
  'http.emptyBody': 'No data was sent.',
  'http.invalidJson': 'The data sent is not valid JSON.',
  'http.badRequest': 'The request is not valid.',
  'http.internal': 'The server failed to handle the request. Please try again later.',
  'http.noRoute': 'There is no such address on the server.',
  'http.invalidBody': 'The data sent is not valid: {issues}.',
  'http.invalidBodyMore': 'The data sent is not valid: {issues} (and {more} more problems).',
  'http.notReady': 'The server is not ready: the database has not answered or has not been updated.',
  'auth.wrongCredentials': 'The user name or password is wrong.',
  'auth.sessionEnded': 'The session is no longer valid, please sign in again.',
  'auth.disabled': 'This account is locked. Please contact an administrator.',
  'auth.wrongPassword': 'The current password is wrong.',
  'admin.usage':
    'Admin commands:\n  create-admin   --username U --password P [--name "Name"]\n  create-user    --username U --password P --name "Name" [--unit <unitId>] [--person <personId>]\n  grant          --username U --space <spaceId> --role read|write|manage\n  revoke         --username U --space <spaceId>\n  reset-password --username U --password P\n  disable-user   --username U\n  enable-user    --username U\n  list-users\n  sync-status\n  seed-demo      --username <administrator>   (loads the Long Biên district demo data)\n  bootstrap      --file district.json          (accounts, grants and demo data from a file)\n  compact        --before <version>\n  capability grant|revoke --username U|--unit <unitId> --capability organise_meetings|draw_up_programmes|keep_directory\n  capability list',
  'admin.missingOption': 'Missing --{option}.',
  'admin.defaultAdminName': 'Administrator',
  'admin.badBefore': '--before must be a version number ≥ 1.',
  'admin.badCommand': 'Unknown command: "{command}".\n{usage}',
  'admin.noUser': 'No user "{username}".',
  'admin.badUsername':
    'A user name has only lower-case letters without diacritics, digits, . _ - (2–64 characters).',
  'admin.badPassword': 'A password needs 8 to 200 characters.',
  'admin.badDisplayName': 'A display name is needed (at most 200 characters).',
  'admin.badUnitId': 'A unit id must be a UUID v7.',
  'admin.badPersonId': 'An official’s id must be a UUID v7.',
  'admin.userExists': 'User "{username}" already exists.',
  'admin.badSpace': 'The data space must be directory, programme:<id>, meeting:<id> or unit:<id>.',
  'admin.capabilityHolder':
    'Give exactly one of --username (one account) or --unit (every account of the unit).',
  'admin.badCapability': 'The capability must be one of: {capabilities}.',
  'admin.noCapability': 'There is no capability {capability} to revoke.',
  'admin.badCapabilityAction': 'The capability command needs grant, revoke or list.',
  'spaces.badSpace': 'Not a valid data space.',
  'spaces.notManager': 'Only a manager of this space or an administrator may see and give access to it.',
  'spaces.onlyAdminManage': 'Only an administrator may give the manage role.',
  'spaces.otherManager': 'You cannot change or remove another manager’s manage role; ask an administrator.',
  'spaces.noUser': 'There is no such account.',
  'spaces.noGrant': 'This account has no access to this space.',
  'admin.badRole': 'The role must be read, write or manage.',
  'admin.noGrant': '"{username}" has no grant on {space}.',
  'admin.needAdmin': 'An administrator account is needed: "{username}".',
  'admin.grantsUnreadable': 'Could not read the grants of "{username}".',
  'admin.fileUnreadable': 'Could not read the file {file}: {error}',
  'admin.fileInvalid': 'The file {file} is not in the right format: {issue}',
  'cli.usage':
    'Usage:\n  node server/cli.ts serve [--port 8787] [--host 127.0.0.1]\n  node server/cli.ts admin <command> …\n\n{adminUsage}',
  'cli.badPageLimit': 'PAGE_LIMIT is not valid: {raw} (a whole number from 1 to {max} is needed)',
  'cli.badPort': 'Not a valid port: {port}',
  'cli.badTrustProxy':
    "TRUST_PROXY is not valid: {raw} (a comma-separated list of the proxies' IP addresses is needed, e.g. 127.0.0.1,10.0.0.5; a range such as 10.0.0.0/24 is allowed)",
  'db.notADatabase':
    'The data folder {dir} is not a valid database ({reason}). It is not opened, so that no data is lost: restore the folder from a backup, or set DATA_DIR to an empty folder to start anew.',
  'db.cannotOpen':
    'Could not open the database in the data folder {dir} ({detail}). If the folder is damaged, restore it from a backup.',
  'db.listMore': '{shown}, … ({count} items)',
  'db.missingVersion': '{pgdata}/PG_VERSION is missing',
  'db.wrongVersion': '{pgdata}/PG_VERSION says "{version}", this build needs PostgreSQL {major}',
  'db.missingDir': 'the folder {pgdata}/{dir} is missing',
  'db.missingControl': '{pgdata}/global/pg_control is missing',
  'db.badControl': '{pgdata}/global/pg_control is damaged: {problem}',
  'db.walTruncated': 'the log file {pgdata}/pg_wal/{name} is truncated: {size} bytes, {expected} needed',
  'db.walWrongSize':
    'the log file {pgdata}/pg_wal/{name} has the wrong size: {size} bytes, {expected} needed',
  'db.missingWal': 'the log file {pgdata}/pg_wal/{name} is missing',
  'db.isFile': 'is a file, not a folder',
  'db.nestedPgdata':
    'has PG_VERSION right inside: DATA_DIR is the folder that holds {pgdata}, not {pgdata} itself',
  'db.pgdataIsFile': '{pgdata} is a file, not a folder',
  'db.notEmpty': 'the folder is not empty and holds no database: it has {listed}',
  'db.unreadable': 'cannot be read: {code}',
  'db.controlSize': 'has {size} bytes, {expected} needed',
  'db.controlZero': 'all zero bytes',
  'db.controlVersion': 'version {version} cannot be read (PostgreSQL {major} needed)',
  'db.controlCrc': 'wrong CRC checksum',
  'db.controlWalSize': 'log segment size {size} is not valid',
  'db.locked':
    'The data folder {dir} is in use by process {pid} (is the server running?). Stop the server first, or use DATABASE_URL with PostgreSQL.',
  'db.staleLock':
    'The data folder {dir} still holds the lock of a process that stopped midway ({lockFile}, {claim}). If you are sure no server is using this folder, delete those two files and run again.',
} as const satisfies Catalogue<ServerKey>;
