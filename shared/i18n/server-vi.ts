/**
 * Vietnamese texts of the district server that a person reads: HTTP error messages, sign-in, the admin
 * commands' output and errors, the data folder's refusals, the command line. The server answers in
 * Vietnamese. Keys are `<group>.<name>`; `{name}` marks a parameter. `server-en.ts` has exactly these.
 */
export const serverVi = {
  'http.unauthorized': 'Bạn cần đăng nhập để tiếp tục.',
  'http.tokenExpired': 'Phiên làm việc đã hết hạn, cần gia hạn đăng nhập.',
  'http.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'http.notFound': 'Không tìm thấy dữ liệu yêu cầu.',
  'http.tooManyLogins': 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  'http.schemaVersion':
    'Phiên bản ứng dụng đã cũ, máy chủ không còn hỗ trợ. Vui lòng cập nhật ứng dụng; các thay đổi chưa gửi vẫn được giữ trên máy của bạn.',
  'http.unavailable': 'Máy chủ tạm thời chưa sẵn sàng, vui lòng thử lại sau.',
  'http.refusedText':
    'Dữ liệu gửi lên chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự hỏng), máy chủ không lưu được.',
  'http.tooLarge': 'Dữ liệu gửi lên quá lớn.',
  'http.jsonOnly': 'Máy chủ chỉ nhận dữ liệu dạng JSON (application/json).',
  'http.emptyBody': 'Thiếu dữ liệu gửi lên.',
  'http.invalidJson': 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  'http.badRequest': 'Yêu cầu không hợp lệ.',
  'http.internal': 'Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.',
  'http.noRoute': 'Không có địa chỉ này trên máy chủ.',
  'http.invalidBody': 'Dữ liệu gửi lên không hợp lệ: {issues}.',
  'http.invalidBodyMore': 'Dữ liệu gửi lên không hợp lệ: {issues} (và {more} lỗi khác).',
  'http.notReady': 'Máy chủ chưa sẵn sàng: cơ sở dữ liệu chưa trả lời hoặc chưa được cập nhật.',
  'auth.wrongCredentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'auth.sessionEnded': 'Phiên đăng nhập không còn hiệu lực, vui lòng đăng nhập lại.',
  'auth.wrongPassword': 'Mật khẩu hiện tại không đúng.',
  'admin.usage':
    'Lệnh quản trị (thêm --server <địa chỉ> --as <quản trị viên>, hoặc --token-file <tệp>, để làm qua máy chủ đang chạy; không có thì làm thẳng trên cơ sở dữ liệu, khi máy chủ đã dừng):\n  login          --server <địa chỉ> --as <quản trị viên> --token-file <tệp>   (đăng nhập một lần, giữ phiên trong tệp)\n  logout         --token-file <tệp>\n  create-admin   --username U [--password P] [--name "Tên"] [--unit <unitId>] [--person <personId>]\n  create-user    --username U [--password P] --name "Tên" [--unit <unitId>] [--person <personId>]\n  grant          --username U --space <spaceId> --role read|write|manage\n  revoke         --username U --space <spaceId>\n  reset-password --username U [--password P]   (không có --password thì hỏi, không hiện chữ)\n  disable-user   --username U\n  enable-user    --username U\n  sign-out       --username U   (đăng xuất mọi thiết bị)\n  sessions       --username U\n  list-users     [--search "từ khóa"]\n  create-unit    --name "Tên" [--short "Tên ngắn"] [--kind ward|party_committee|department|front|office] [--parent <unitId>] [--by <quản trị viên>]\n  list-units\n  create-person  --name "Họ tên" --position "Chức vụ" --unit <unitId> [--by <quản trị viên>]\n  list-people    [--unit <unitId>] [--search "từ khóa"]\n  capability grant|revoke --username U|--unit <unitId> --capability organise_meetings|draw_up_programmes|keep_directory\n  capability list\n  audit          [--limit N]   (nhật ký quản trị)\nChỉ làm thẳng trên cơ sở dữ liệu (--by: tài khoản quản trị ghi đơn vị, cán bộ):\n  sync-status\n  seed-demo      --username <quản trị viên>   (nạp dữ liệu mẫu quận Long Biên)\n  bootstrap      --file district.json          (đơn vị, cán bộ, tài khoản, quyền và dữ liệu mẫu từ một tệp)\n  compact        --before <version>',
  'admin.apiNeedsAdmin': 'Chỉ quản trị viên của quận được dùng chức năng quản trị.',
  'admin.directOnly':
    'Lệnh "{command}" chỉ chạy thẳng trên cơ sở dữ liệu (bỏ --server và --token-file; với PGlite cần dừng máy chủ trước).',
  'admin.badLimit': '--limit phải là một số từ 1 đến 500.',
  'admin.askNewPassword': 'Mật khẩu mới cho {username}: ',
  'admin.askPassword': 'Mật khẩu của {username} trên {server}: ',
  'admin.tokenFileUnreadable': 'Không đọc được tệp phiên {file} ({error}). Đăng nhập lại bằng lệnh login.',
  'admin.missingOption': 'Thiếu --{option}.',
  'admin.defaultAdminName': 'Quản trị viên',
  'admin.badBefore': '--before phải là một số phiên bản ≥ 1.',
  'admin.badCommand': 'Lệnh không hợp lệ: "{command}".\n{usage}',
  'admin.noUser': 'Không có người dùng "{username}".',
  'admin.badUsername': 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, . _ - (2–64 ký tự).',
  'admin.badPassword': 'Mật khẩu cần từ 8 đến 200 ký tự.',
  'admin.badDisplayName': 'Cần có tên hiển thị (tối đa 200 ký tự).',
  'admin.badUnitId': 'Mã đơn vị phải là UUID v7.',
  'admin.badPersonId': 'Mã cán bộ phải là UUID v7.',
  'admin.userExists': 'Đã có người dùng "{username}".',
  'admin.badSpace': 'Không gian dữ liệu phải là directory, programme:<mã>, meeting:<mã> hoặc unit:<mã>.',
  'admin.capabilityHolder':
    'Cần đúng một trong hai: --username (một tài khoản) hoặc --unit (mọi tài khoản của đơn vị).',
  'admin.badCapability': 'Vai trò công việc phải là một trong: {capabilities}.',
  'admin.noCapability': 'Không có vai trò công việc {capability} để thu hồi.',
  'admin.badCapabilityAction': 'Lệnh capability cần grant, revoke hoặc list.',
  'spaces.badSpace': 'Không gian dữ liệu không hợp lệ.',
  'spaces.notManager': 'Chỉ người quản lý không gian này hoặc quản trị viên mới xem và giao quyền trên đó.',
  'spaces.onlyAdminManage': 'Chỉ quản trị viên mới giao được quyền quản lý.',
  'spaces.otherManager':
    'Không thể thay đổi hoặc gỡ quyền quản lý của một người quản lý khác; hãy nhờ quản trị viên.',
  'spaces.noUser': 'Không có tài khoản này.',
  'spaces.noGrant': 'Tài khoản này không có quyền nào trên không gian này.',
  'admin.badRole': 'Vai trò phải là read, write hoặc manage.',
  'admin.noGrant': '"{username}" không có quyền nào trên {space}.',
  'admin.needAdmin': 'Cần một tài khoản quản trị: "{username}".',
  'admin.grantsUnreadable': 'Không đọc được quyền của "{username}".',
  'admin.fileUnreadable': 'Không đọc được tệp {file}: {error}',
  'admin.fileInvalid': 'Tệp {file} không đúng định dạng: {issue}',
  'admin.badUnit': 'Đơn vị không hợp lệ: {issues}.',
  'admin.badPerson': 'Cán bộ không hợp lệ: {issues}.',
  'admin.noUnit': 'Không có đơn vị mã {id} (xem mã bằng lệnh list-units).',
  'admin.pushRefused': 'Máy chủ không nhận thay đổi: {reason}',
  'admin.badKey': 'Tệp {file}: không có {what} với khóa "{key}".',
  'admin.duplicateKey': 'Tệp {file}: khóa "{key}" bị trùng.',
  'admin.noDirectoryAdmin':
    'Tệp {file} có đơn vị hoặc cán bộ nhưng không có tài khoản quản trị (admin: true) để ghi chúng.',
  // Backup and restore of the whole district (server/backup/).
  'backup.usage':
    'Sao lưu và khôi phục toàn bộ dữ liệu quận (DATA_DIR hoặc DATABASE_URL chọn cơ sở dữ liệu, như với serve):\n  backup  --to <tệp>     ghi một bản sao lưu mới (không ghi đè tệp đã có)\n  restore --from <tệp>   khôi phục vào một thư mục dữ liệu mới hoặc trống, hoặc một cơ sở dữ liệu PostgreSQL trống',
  'backup.missingOption': 'Thiếu --{option} <tệp>.\n{usage}',
  'backup.memoryDatabase':
    'Cơ sở dữ liệu trong bộ nhớ không sao lưu hay khôi phục được: hãy đặt DATA_DIR là một thư mục.',
  'backup.busy':
    'Không sao lưu được: thư mục dữ liệu {dir} đang được tiến trình {pid} dùng (máy chủ đang chạy). Dừng máy chủ, sao lưu, rồi khởi động lại; hoặc chạy máy chủ với PostgreSQL (DATABASE_URL) để sao lưu ngay khi máy chủ đang chạy.',
  'backup.restoreBusy':
    'Không khôi phục được: thư mục {dir} đang được tiến trình {pid} dùng (máy chủ đang chạy?). Khôi phục vào một thư mục mới, không có máy chủ nào dùng.',
  'backup.noDatabase':
    'Thư mục dữ liệu {dir} chưa có cơ sở dữ liệu của máy chủ quận: không có gì để sao lưu.',
  'backup.noPostgresDatabase':
    'Cơ sở dữ liệu PostgreSQL ở DATABASE_URL chưa có các bảng của máy chủ quận: không có gì để sao lưu.',
  'backup.fileExists': 'Tệp {file} đã có: hãy chọn tên khác (bản sao lưu không ghi đè tệp cũ).',
  'backup.cannotWrite': 'Không ghi được tệp sao lưu {file}: {error}',
  'backup.cannotRead': 'Không đọc được tệp {file}: {error}',
  'backup.notABackup': 'Tệp {file} không phải là bản sao lưu của máy chủ quận. Không khôi phục.',
  'backup.badManifest': 'Tệp {file} hỏng: không đọc được phần mô tả ở đầu tệp ({issue}). Không khôi phục.',
  'backup.truncated':
    'Tệp {file} bị cắt cụt hoặc thừa dữ liệu: có {size} byte, cần {expected}. Không khôi phục.',
  'backup.checksum': 'Tệp {file} hỏng: phần "{part}" sai mã kiểm tra. Không khôi phục.',
  'backup.unknownPart':
    'Tệp {file} có phần "{part}" mà bản máy chủ này không biết (sao lưu bằng bản mới hơn?). Hãy cập nhật máy chủ rồi khôi phục.',
  'backup.wrongKind':
    'Tệp {file} là bản sao lưu {kind}, không khôi phục vào {target} được. Hãy khôi phục với {kind}.',
  'backup.kindPglite': 'PGlite (thư mục DATA_DIR)',
  'backup.kindPostgres': 'PostgreSQL (DATABASE_URL)',
  'backup.targetHasDatabase':
    'Thư mục {dir} đã có cơ sở dữ liệu: khôi phục chỉ ghi vào một thư mục mới hoặc trống, không bao giờ ghi đè dữ liệu. Hãy đặt DATA_DIR là một thư mục mới.',
  'backup.targetNotEmpty':
    'Không khôi phục vào thư mục {dir}: {reason}. Khôi phục chỉ ghi vào một thư mục mới hoặc trống, không bao giờ ghi đè dữ liệu.',
  'backup.databaseNotEmpty':
    'Cơ sở dữ liệu đích đã có bảng ({tables}): khôi phục chỉ vào một cơ sở dữ liệu trống, không bao giờ ghi đè dữ liệu. Hãy tạo một cơ sở dữ liệu mới (createdb) và đặt DATABASE_URL trỏ tới nó.',
  'backup.toolMissing':
    'Không tìm thấy {tool} (công cụ của PostgreSQL) trong PATH hay /usr/lib/postgresql/*/bin: hãy cài gói postgresql-client cùng phiên bản với máy chủ PostgreSQL.',
  'backup.toolFailed': '{tool} báo lỗi (mã {code}): {detail}',
  'backup.restoreFailed': 'Khôi phục không thành công ({detail}). Đích được để nguyên như trước.',
  'backup.done': 'Đã sao lưu {kind} vào {file} ({bytes} byte).',
  'backup.restored':
    'Đã khôi phục {file} vào {target}. Hãy khởi động máy chủ trên đó và so sánh kết quả lệnh admin sync-status.',
  // TLS_CERT and TLS_KEY (server/http/tls.ts).
  'tls.onlyOne':
    'Cần đặt cả TLS_CERT và TLS_KEY (đường dẫn tệp PEM của chứng chỉ và khóa riêng), hoặc không đặt biến nào; hiện chỉ có {present}.',
  'tls.unreadable': 'Không đọc được tệp {variable} ({file}): {error}',
  'tls.notPem': 'Tệp {variable} ({file}) không phải {what} dạng PEM (thiếu dòng "-----BEGIN …-----").',
  'tls.whatCert': 'chứng chỉ',
  'tls.whatKey': 'khóa riêng',
  'tls.mismatch': 'Không dùng được chứng chỉ TLS_CERT với khóa TLS_KEY: {error}',
  'cli.usage':
    'Cách dùng:\n  npm run server -- serve [--port 8787] [--host 127.0.0.1]   (TLS_CERT, TLS_KEY: HTTPS)\n  npm run server -- admin <lệnh> …\n  npm run server -- backup --to <tệp> | restore --from <tệp>\n\n{adminUsage}\n\n{backupUsage}',
  'cli.badPageLimit': 'PAGE_LIMIT không hợp lệ: {raw} (cần một số nguyên từ 1 đến {max})',
  'cli.badPort': 'Cổng không hợp lệ: {port}',
  'cli.badTrustProxy':
    'TRUST_PROXY không hợp lệ: {raw} (cần danh sách địa chỉ IP của các proxy, cách nhau bằng dấu phẩy, ví dụ 127.0.0.1,10.0.0.5; có thể ghi dải như 10.0.0.0/24)',
  'db.notADatabase':
    'Thư mục dữ liệu {dir} không phải là cơ sở dữ liệu hợp lệ ({reason}). Không mở để tránh mất dữ liệu: hãy khôi phục thư mục từ bản sao lưu, hoặc đặt DATA_DIR là một thư mục trống để tạo mới.',
  'db.cannotOpen':
    'Không mở được cơ sở dữ liệu trong thư mục dữ liệu {dir} ({detail}). Nếu thư mục bị hỏng, hãy khôi phục từ bản sao lưu.',
  'db.listMore': '{shown}, … ({count} mục)',
  'db.missingVersion': 'thiếu {pgdata}/PG_VERSION',
  'db.wrongVersion': '{pgdata}/PG_VERSION ghi "{version}", bản này cần PostgreSQL {major}',
  'db.missingDir': 'thiếu thư mục {pgdata}/{dir}',
  'db.missingControl': 'thiếu {pgdata}/global/pg_control',
  'db.badControl': '{pgdata}/global/pg_control hỏng: {problem}',
  'db.walTruncated': 'tệp nhật ký {pgdata}/pg_wal/{name} bị cắt cụt: {size} byte, cần {expected}',
  'db.walWrongSize': 'tệp nhật ký {pgdata}/pg_wal/{name} sai kích thước: {size} byte, cần {expected}',
  'db.missingWal': 'thiếu tệp nhật ký {pgdata}/pg_wal/{name}',
  'db.isFile': 'là một tệp, không phải thư mục',
  'db.nestedPgdata':
    'có PG_VERSION ngay trong thư mục: DATA_DIR là thư mục chứa {pgdata}, không phải chính {pgdata}',
  'db.pgdataIsFile': '{pgdata} là một tệp, không phải thư mục',
  'db.notEmpty': 'thư mục không trống mà không có cơ sở dữ liệu: có {listed}',
  'db.unreadable': 'không đọc được: {code}',
  'db.controlSize': 'có {size} byte, cần {expected}',
  'db.controlZero': 'toàn byte 0',
  'db.controlVersion': 'phiên bản {version} không đọc được (cần PostgreSQL {major})',
  'db.controlCrc': 'sai mã kiểm tra CRC',
  'db.controlWalSize': 'kích thước đoạn nhật ký {size} không hợp lệ',
  'db.locked':
    'Thư mục dữ liệu {dir} đang được tiến trình {pid} sử dụng (máy chủ đang chạy?). Dừng máy chủ trước, hoặc dùng DATABASE_URL với PostgreSQL.',
  'db.staleLock':
    'Thư mục dữ liệu {dir} còn khóa của một tiến trình đã dừng giữa chừng ({lockFile}, {claim}). Nếu chắc chắn không có máy chủ nào đang dùng thư mục này, hãy xóa hai tệp đó rồi chạy lại.',
  // Yjs documents (server/documents/, shared/sync/documents-api.ts)
  'documents.badId': 'Mã văn bản không hợp lệ: cần dạng minutes:<mã hội nghị> hoặc notes:<mã hội nghị>.',
  'documents.wrongSpace': 'Văn bản {docId} thuộc không gian {expected}, không phải {spaceId}.',
  'documents.noRead': 'Bạn không có quyền xem văn bản này của hội nghị.',
  'documents.noWrite': 'Bạn chỉ có quyền xem, không có quyền sửa văn bản này của hội nghị.',
  'documents.signedOff':
    'Biên bản đã được chủ trì duyệt: từ đó chỉ Văn phòng mới sửa được, nên máy chủ không nhận bản sửa này.',
  'documents.staleEpoch':
    'Bản văn bản trên máy này đã cũ so với máy chủ. Hãy tải lại văn bản từ máy chủ rồi sửa tiếp.',
  'documents.requestTooLarge':
    'Lần gửi này quá lớn ({size} KiB, tối đa {max} KiB). Hãy gửi các thay đổi thành nhiều lần nhỏ hơn.',
  'documents.documentFull':
    'Văn bản đã đạt dung lượng tối đa trên máy chủ ({max} MiB), không lưu thêm được thay đổi này.',
  'documents.badUpdate': 'Dữ liệu thay đổi số {index} của văn bản bị hỏng, không đọc được.',
  'documents.badStateVector': 'Trạng thái văn bản gửi lên bị hỏng, không đọc được.',
  // Files (server/blobs/, shared/sync/blobs-api.ts)
  'blobs.noRead': 'Bạn không có quyền xem tài liệu của không gian {spaceId}.',
  'blobs.noWrite': 'Bạn chỉ có quyền xem, không có quyền đính kèm tài liệu vào không gian {spaceId}.',
  'blobs.notFound': 'Máy chủ không có tệp này trong không gian {spaceId}.',
  'blobs.tooLarge': 'Tệp quá lớn ({size} MB): máy chủ chỉ nhận tệp tối đa {max} MB.',
  'blobs.checksumMismatch':
    'Tệp máy chủ nhận được không khớp với tệp gốc (mã SHA-256 hoặc kích thước khác), nên không được lưu. Hãy tải tệp lên lại.',
  'blobs.badMetadata': 'Thông tin tải lên (Upload-Metadata) không hợp lệ: {issues}.',
  'blobs.sizeMismatch': 'Kích thước trong Upload-Metadata ({size}) khác Upload-Length ({length}).',
  'blobs.lengthRequired': 'Cần khai báo kích thước tệp (Upload-Length) ngay khi bắt đầu tải lên.',
  'blobs.uploadNotFound':
    'Không tìm thấy lượt tải lên này (đã hết hạn, bị huỷ hoặc của tài khoản khác). Hãy tải tệp lên lại từ đầu.',
  'blobs.uploadConflict':
    'Vị trí gửi tiếp không khớp với phần máy chủ đã nhận. Hãy hỏi lại vị trí (HEAD) rồi gửi tiếp.',
  'blobs.uploadBusy': 'Lượt tải lên này đang được máy chủ xử lý. Hãy thử lại sau ít phút.',
  'blobs.uploadRefused': 'Máy chủ không nhận yêu cầu tải lên này ({status}: {detail}).',
  'blobs.storeFailed': 'Kho lưu tệp của máy chủ tạm thời không dùng được. Hãy thử lại sau.',
  'blobs.badRange': 'Khoảng byte yêu cầu (Range: {range}) không hợp lệ với tệp dài {size} byte.',
  'cli.badMaxFileBytes': 'MAX_FILE_BYTES không hợp lệ: {raw} (cần số byte, một số nguyên dương)',
  'cli.badBlobStore': 'BLOB_STORE không hợp lệ: {raw} (cần disk hoặc s3)',
  'cli.missingS3Setting': 'BLOB_STORE=s3 cần {name}',
} as const;

export type ServerKey = keyof typeof serverVi;
