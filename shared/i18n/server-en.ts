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
  'auth.wrongPassword': 'The current password is wrong.',
  'admin.usage':
    'Admin commands (add --server <url> --as <administrator>, or --token-file <file>, to work through a running server; without, they work on the database directly, with the server stopped):\n  login          --server <url> --as <administrator> --token-file <file>   (sign in once, keep the session in the file)\n  logout         --token-file <file>\n  create-admin   --username U [--password P] [--name "Name"] [--unit <unitId>] [--person <personId>]\n  create-user    --username U [--password P] --name "Name" [--unit <unitId>] [--person <personId>]\n  grant          --username U --space <spaceId> --role read|write|manage\n  revoke         --username U --space <spaceId>\n  reset-password --username U [--password P]   (without --password it is asked, not echoed)\n  disable-user   --username U\n  enable-user    --username U\n  sign-out       --username U   (signs out every device)\n  sessions       --username U\n  list-users     [--search "words"]\n  create-unit    --name "Name" [--short "Short name"] [--kind ward|party_committee|department|front|office] [--parent <unitId>] [--by <administrator>]\n  list-units\n  create-person  --name "Full name" --position "Position" --unit <unitId> [--by <administrator>]\n  list-people    [--unit <unitId>] [--search "words"]\n  capability grant|revoke --username U|--unit <unitId> --capability organise_meetings|draw_up_programmes|keep_directory\n  capability list\n  audit          [--limit N]   (the admin audit)\nOn the database directly only (--by: the admin account that writes units and people):\n  sync-status\n  seed-demo      --username <administrator>   (loads the Long Biên district demo data)\n  bootstrap      --file district.json          (units, people, accounts, grants and demo data from a file)\n  compact        --before <version>',
  'admin.apiNeedsAdmin': "Only the district's administrators may use administration.",
  'admin.directOnly':
    'The command "{command}" runs on the database directly only (drop --server and --token-file; with PGlite, stop the server first).',
  'admin.badLimit': '--limit must be a number from 1 to 500.',
  'admin.askNewPassword': 'New password for {username}: ',
  'admin.askPassword': 'Password of {username} on {server}: ',
  'admin.tokenFileUnreadable':
    'Cannot read the session file {file} ({error}). Sign in again with the login command.',
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
  'admin.badUnit': 'The unit is not valid: {issues}.',
  'admin.badPerson': 'The person is not valid: {issues}.',
  'admin.noUnit': 'There is no unit with id {id} (list-units shows the ids).',
  'admin.pushRefused': 'The server refused the change: {reason}',
  'admin.badKey': 'File {file}: there is no {what} with key "{key}".',
  'admin.duplicateKey': 'File {file}: the key "{key}" is used twice.',
  'admin.noDirectoryAdmin':
    'File {file} has units or people but no admin account (admin: true) to write them.',
  // Backup and restore of the whole district (server/backup/).
  'backup.usage':
    'Back up and restore the whole district (DATA_DIR or DATABASE_URL chooses the database, as for serve):\n  backup  --to <file>     write a new backup (never overwrites an existing file)\n  restore --from <file>   restore into a new or empty data folder, or an empty PostgreSQL database',
  'backup.missingOption': '--{option} <file> is missing.\n{usage}',
  'backup.memoryDatabase': 'An in-memory database cannot be backed up or restored: set DATA_DIR to a folder.',
  'backup.busy':
    'Cannot back up: the data folder {dir} is in use by process {pid} (the server is running). Stop the server, back up, then start it again; or run the server on PostgreSQL (DATABASE_URL) to back up while it runs.',
  'backup.restoreBusy':
    'Cannot restore: the folder {dir} is in use by process {pid} (is a server running?). Restore into a new folder no server uses.',
  'backup.noDatabase':
    'The data folder {dir} holds no district server database: there is nothing to back up.',
  'backup.noPostgresDatabase':
    'The PostgreSQL database at DATABASE_URL has no district server tables: there is nothing to back up.',
  'backup.fileExists':
    'The file {file} already exists: choose another name (a backup never overwrites a file).',
  'backup.cannotWrite': 'Cannot write the backup file {file}: {error}',
  'backup.cannotRead': 'Cannot read the file {file}: {error}',
  'backup.notABackup': 'The file {file} is not a district server backup. Nothing was restored.',
  'backup.badManifest':
    'The file {file} is damaged: its header cannot be read ({issue}). Nothing was restored.',
  'backup.truncated':
    'The file {file} is truncated or has extra data: {size} bytes, {expected} expected. Nothing was restored.',
  'backup.checksum': 'The file {file} is damaged: part "{part}" fails its checksum. Nothing was restored.',
  'backup.unknownPart':
    'The file {file} has a part "{part}" this server version does not know (made by a newer version?). Update the server, then restore.',
  'backup.wrongKind':
    'The file {file} is a {kind} backup and cannot be restored into {target}. Restore it with {kind}.',
  'backup.kindPglite': 'PGlite (DATA_DIR folder)',
  'backup.kindPostgres': 'PostgreSQL (DATABASE_URL)',
  'backup.targetHasDatabase':
    'The folder {dir} already holds a database: a restore only writes into a new or empty folder and never overwrites data. Set DATA_DIR to a new folder.',
  'backup.targetNotEmpty':
    'Not restoring into the folder {dir}: {reason}. A restore only writes into a new or empty folder and never overwrites data.',
  'backup.databaseNotEmpty':
    'The target database already has tables ({tables}): a restore only goes into an empty database and never overwrites data. Create a new database (createdb) and point DATABASE_URL at it.',
  'backup.toolMissing':
    '{tool} (a PostgreSQL tool) was not found on PATH or in /usr/lib/postgresql/*/bin: install the postgresql-client package of the same version as the PostgreSQL server.',
  'backup.toolFailed': '{tool} failed (code {code}): {detail}',
  'backup.restoreFailed': 'The restore failed ({detail}). The target was left as it was.',
  'backup.done': 'Backed up {kind} to {file} ({bytes} bytes).',
  'backup.restored':
    'Restored {file} into {target}. Start the server on it and compare the output of admin sync-status.',
  // TLS_CERT and TLS_KEY (server/http/tls.ts).
  'tls.onlyOne':
    'Set both TLS_CERT and TLS_KEY (paths of the PEM certificate and private key files), or neither; only {present} is set.',
  'tls.unreadable': 'Cannot read the {variable} file ({file}): {error}',
  'tls.notPem': 'The {variable} file ({file}) is not a PEM {what} (no "-----BEGIN …-----" line).',
  'tls.whatCert': 'certificate',
  'tls.whatKey': 'private key',
  'tls.mismatch': 'The TLS_CERT certificate cannot be used with the TLS_KEY key: {error}',
  'cli.usage':
    'Usage:\n  npm run server -- serve [--port 8787] [--host 127.0.0.1]   (TLS_CERT, TLS_KEY: HTTPS)\n  npm run server -- admin <command> …\n  npm run server -- backup --to <file> | restore --from <file>\n\n{adminUsage}\n\n{backupUsage}',
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
  // Yjs documents (server/documents/, shared/sync/documents-api.ts)
  'documents.badId': 'Not a document id: minutes:<meeting id> or notes:<meeting id> expected.',
  'documents.wrongSpace': 'Document {docId} belongs to space {expected}, not {spaceId}.',
  'documents.noRead': 'You may not read this document of the meeting.',
  'documents.noWrite': 'You may read but not change this document of the meeting.',
  'documents.signedOff':
    'The chair has approved these minutes: since then only the office may change them, so the server did not take this edit.',
  'documents.staleEpoch':
    "This computer's copy of the document is out of date with the server. Reload it from the server and go on editing.",
  'documents.requestTooLarge':
    'This request is too large ({size} KiB, at most {max} KiB). Send the changes in several smaller requests.',
  'documents.documentFull':
    'The document has reached its size limit on the server ({max} MiB); this change cannot be stored.',
  'documents.badUpdate': 'Update {index} of the document is damaged and cannot be read.',
  'documents.badStateVector': 'The document state sent is damaged and cannot be read.',
  // Files (server/blobs/, shared/sync/blobs-api.ts)
  'blobs.noRead': 'You may not read the files of space {spaceId}.',
  'blobs.noWrite': 'You may read but not attach files in space {spaceId}.',
  'blobs.notFound': 'The server has no such file in space {spaceId}.',
  'blobs.tooLarge': 'The file is too large ({size} MB): the server takes files of at most {max} MB.',
  'blobs.checksumMismatch':
    'The file the server received does not match the original (its SHA-256 or size differs), so it was not stored. Upload the file again.',
  'blobs.badMetadata': 'The upload information (Upload-Metadata) is not valid: {issues}.',
  'blobs.sizeMismatch': 'The size in Upload-Metadata ({size}) differs from Upload-Length ({length}).',
  'blobs.lengthRequired': "The file's size (Upload-Length) must be given when the upload starts.",
  'blobs.uploadNotFound':
    'This upload was not found (it expired, was cancelled or belongs to another account). Upload the file again from the start.',
  'blobs.uploadConflict':
    'The offset to continue from does not match what the server has received. Ask for the offset (HEAD) and continue from there.',
  'blobs.uploadBusy': 'The server is still processing this upload. Try again in a few minutes.',
  'blobs.uploadRefused': 'The server did not take this upload request ({status}: {detail}).',
  'blobs.storeFailed': "The server's file store cannot be used at the moment. Try again later.",
  'blobs.badRange': 'The byte range asked for (Range: {range}) does not fit the file of {size} bytes.',
  'cli.badMaxFileBytes':
    'MAX_FILE_BYTES is not valid: {raw} (a number of bytes, a positive whole number, is needed)',
  'cli.badBlobStore': 'BLOB_STORE is not valid: {raw} (disk or s3 is needed)',
  'cli.missingS3Setting': 'BLOB_STORE=s3 needs {name}',
} as const satisfies Catalogue<ServerKey>;
