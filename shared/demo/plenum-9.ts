import { secretaryOf, chairOf } from './directory.ts';
import type { AttendeeSpec, MeetingSpec } from './meeting-builder.ts';

const MEMBER = 'Ủy viên Ban Chấp hành Đảng bộ Quận';
const INVITED = 'Đại biểu mời';

/** "Dự hội nghị có…": each group of the report, then the committee members one by one. */
const ATTENDEES: readonly AttendeeSpec[] = [
  { group: 'Đại diện các ban xây dựng Đảng Thành ủy theo dõi Quận', role: 'Đại biểu Thành ủy' },
  { group: 'Ủy viên Ban Chấp hành Đảng bộ Quận khóa IV, nhiệm kỳ 2020-2025', role: 'Thành viên hội nghị' },
  { group: 'Các đồng chí Ủy viên Ủy ban Kiểm tra Quận ủy', role: INVITED },
  { group: 'Trưởng các phòng, ban và đoàn thể CT-XH Quận', role: INVITED },
  { group: 'Phó Trưởng ban xây dựng Đảng, VPQU, TTCT', role: INVITED },
  { group: 'Bí thư Đảng ủy, Chủ tịch UBND 14 phường', role: INVITED },
  { person: 'duongHoaiNam', role: 'Chủ trì hội nghị' },
  { person: 'ngoManhDiem', role: MEMBER },
  { person: 'nguyenManhHa', role: MEMBER },
  { person: 'pctMinh', role: MEMBER },
  { person: 'pctLanAnh', role: MEMBER, absent: 'Đi công tác' },
  { person: 'truongBanToChuc', role: MEMBER },
  { person: 'truongBanTuyenGiao', role: MEMBER },
  { person: 'truongBanDanVan', role: MEMBER },
  { person: 'chuNhiemUbkt', role: MEMBER },
  { person: 'chanhVpqu', role: `${MEMBER}, thư ký hội nghị` },
  { person: 'truongPhongQldt', role: MEMBER },
  { person: 'truongPhongYTe', role: MEMBER, absent: 'Nghỉ ốm' },
  { person: 'truongCongAn', role: MEMBER },
  { person: 'chiHuyTruongQs', role: MEMBER },
  { person: 'chuTichMttq', role: MEMBER },
  { person: secretaryOf('Bồ Đề'), role: MEMBER },
  { person: secretaryOf('Việt Hưng'), role: MEMBER },
  { person: secretaryOf('Thạch Bàn'), role: MEMBER },
];

const RESOLUTION_2 = [
  'Yêu cầu cấp ủy đảng, chính quyền, MTTQ và các đoàn thể CT-XH tập trung lãnh đạo, chỉ đạo để tổ chức thực ' +
    'hiện, tập trung triển khai thực hiện các nhiệm vụ trọng tâm năm 2022 như sau:',
  '(1) Tập trung chỉ đạo, quyết liệt thực hiện các chỉ tiêu, nhiệm vụ, chương trình công tác nhiệm kỳ 2020 - ' +
    '2025 và kế hoạch năm 2022 của Thành ủy, Quận ủy; hoàn thành một số chỉ tiêu cơ bản trong nửa đầu nhiệm ' +
    'kỳ, tạo động lực hoàn thành toàn diện chỉ tiêu Đại hội Đảng bộ Quận lần thứ IV, nhiệm kỳ 2020 - 2025; ' +
    'hướng tới chào mừng kỷ niệm 20 năm thành lập Quận (6/11/2003 - 6/11/2023).',
  '(2) Ưu tiên ở mức cao nhất công tác phòng, chống dịch; chỉ đạo đồng bộ, các giải pháp để thích ứng an toàn, ' +
    'linh hoạt, kiểm soát hiệu quả dịch Covid-19 trong tình trạng bình thường mới.',
  '(3) Lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị gắn với chủ đề công tác năm của Thành phố, Quận; hoàn ' +
    'thành các chỉ tiêu phát triển kinh tế - xã hội, an ninh quốc phòng năm 2022.',
  '(4) Lãnh đạo công tác xây dựng Đảng, xây dựng hệ thống chính trị trọng tâm thực hiện bộ tiêu chí đánh giá ' +
    'sự chuyên nghiệp của cán bộ, CCVC, NLĐ quận Long Biên gắn với thực hiện hiệu quả thí điểm tổ chức mô hình ' +
    'chính quyền đô thị. Phát huy sức mạnh của khối đại đoàn kết toàn dân, vai trò MTTQ và các đoàn thể chính ' +
    'trị - xã hội, tạo sự đồng thuận trong thực hiện các nhiệm vụ chính trị ở địa phương. Chỉ đạo tổ chức ' +
    'thành công Đại hội Đoàn TNCS Hồ Chí Minh và Đại hội Hội Cựu chiến binh Quận nhiệm kỳ 2022 - 2027.',
  '(5) Giữ vững an ninh chính trị, trật tự an toàn xã hội; sẵn sàng lực lượng, phương tiện, thực hiện nhiệm ' +
    'vụ phòng chống thiên tai, tìm kiếm cứu nạn; xây dựng khu vực phòng thủ vững chắc và hoàn thành tốt các ' +
    'chỉ tiêu Quốc phòng, An ninh năm 2022.',
  '(6) Phát động phong trào thi đua chào mừng kỷ niệm 20 năm ngày thành lập quận Long Biên (06/11/2003 - ' +
    '06/11/2023). Thực hiện tốt Đề án "Đổi mới công tác thi đua - khen thưởng giai đoạn 2021 - 2026".',
].join('\n');

const SOLUTIONS = 'Các giải pháp cụ thể';
const ASSIGNMENTS = 'Giao nhiệm vụ';

/**
 * Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV (14/12/2021), from its public report (not in the repository). The agenda,
 * resolutions and conclusions are the report's words; the ward and department speeches and the written
 * comments are short made-up summaries in the spirit of "các ý kiến phát biểu đã thống nhất với các dự thảo".
 */
export const PLENUM_9: MeetingSpec = {
  title: 'Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV nhiệm kỳ 2020-2025',
  kind: 'plenum',
  date: '2021-12-14',
  start: '08:00',
  end: '11:30',
  place: 'Hội trường Quận ủy Long Biên',
  chair: 'duongHoaiNam',
  minuteTaker: 'chanhVpqu',
  term: 'IV',
  session: 9,
  issuingBody: 'Ban Chấp hành Đảng bộ quận Long Biên',
  agenda: [
    {
      title:
        'Báo cáo kết quả công tác xây dựng Đảng, hệ thống chính trị năm 2021 và phương hướng nhiệm vụ trọng ' +
        'tâm năm 2022',
      kind: 'draft',
      presenter: 'ngoManhDiem',
    },
    {
      title:
        'Báo cáo thực hiện phát triển kinh tế xã hội, an ninh quốc phòng năm 2021 và phương hướng nhiệm vụ ' +
        'trọng tâm năm 2022',
      kind: 'draft',
      presenter: 'nguyenManhHa',
    },
    {
      title: 'Tờ trình của BTV Quận ủy về Quy định quản lý cán bộ, phân cấp quản lý cán bộ',
      kind: 'submission',
      presenter: 'truongBanToChuc',
    },
    {
      title:
        'Chương trình công tác của Ban Chấp hành Đảng bộ Quận, Thường trực, Ban Thường vụ Quận ủy năm 2022',
      kind: 'draft',
      presenter: 'chanhVpqu',
    },
    {
      title: 'Kế hoạch kiểm tra, giám sát của BCH Đảng bộ Quận và của UBKTQU năm 2022',
      kind: 'draft',
      presenter: 'chuNhiemUbkt',
    },
    { title: 'Báo cáo công tác quản lý tài chính Đảng năm 2021', kind: 'report', presenter: 'chanhVpqu' },
    {
      title: 'Kế hoạch phát triển kinh tế - xã hội 05 năm (giai đoạn 2021-2025)',
      kind: 'draft',
      presenter: 'truongPhongTcKh',
    },
    { title: 'Kế hoạch đầu tư công năm 2022', kind: 'draft', presenter: 'truongPhongTcKh' },
  ],
  attendees: ATTENDEES,
  speeches: [
    {
      speaker: 'ngoManhDiem',
      item: 0,
      summary:
        'Báo cáo kết quả công tác xây dựng Đảng, hệ thống chính trị năm 2021 và phương hướng nhiệm vụ trọng ' +
        'tâm năm 2022. Năm 2021, với tinh thần chủ động, quyết tâm cao, tập thể Thường trực, Ban Thường vụ ' +
        'Quận ủy luôn đổi mới phương thức lãnh đạo, tập trung chỉ đạo quyết liệt, dân chủ, khoa học, khẩn ' +
        'trương, linh hoạt, phù hợp thực tiễn, đạt được một số kết quả nổi bật: hoàn thành toàn diện 16/16 ' +
        'chỉ tiêu phát triển kinh tế - xã hội năm 2021: 5/16 chỉ tiêu vượt kế hoạch giao; 11/16 chỉ tiêu đạt ' +
        'kế hoạch giao; trong đó một số chỉ tiêu khó như thu ngân sách đạt 101,53%; chỉ đạo tổ chức thành ' +
        'công cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu HĐND các cấp, nhiệm kỳ 2021-2026; chủ ' +
        'động trong công tác chỉ đạo phòng chống dịch Covid-19; công tác xây dựng Đảng, xây dựng hệ thống ' +
        'chính trị được chỉ đạo sát sao, trọng tâm là triển khai thực hiện thí điểm chính quyền đô thị; vai ' +
        'trò của MTTQ và các đoàn thể chính trị được phát huy.',
    },
    {
      speaker: 'nguyenManhHa',
      item: 1,
      summary:
        'Báo cáo kết quả thực hiện phát triển kinh tế xã hội, an ninh quốc phòng năm 2021 và phương hướng ' +
        'nhiệm vụ trọng tâm năm 2022.',
    },
    {
      speaker: secretaryOf('Bồ Đề'),
      item: 0,
      summary:
        'Thống nhất với dự thảo báo cáo. Làm rõ kết quả thực hiện thí điểm mô hình chính quyền đô thị tại ' +
        'phường; kiến nghị quận hỗ trợ kinh phí cải tạo, chỉnh trang các tuyến ngõ ngách năm 2022.',
    },
    {
      speaker: chairOf('Việt Hưng'),
      item: 1,
      summary:
        'Báo cáo kết quả phòng, chống dịch Covid-19 tại phường; đề xuất tiếp tục duy trì các tổ Covid cộng ' +
        'đồng và bổ sung trang thiết bị cho trạm y tế phường.',
    },
    {
      speaker: 'truongPhongQldt',
      item: 7,
      summary:
        'Thống nhất dự thảo Kế hoạch đầu tư công năm 2022; đề nghị ưu tiên vốn cho các dự án thoát nước và ' +
        'các công trình hướng tới kỷ niệm 20 năm thành lập Quận.',
    },
    {
      speaker: 'truongCongAn',
      item: 1,
      summary:
        'Đánh giá tình hình an ninh chính trị, trật tự an toàn xã hội năm 2021; đề xuất các giải pháp giữ ' +
        'vững an ninh trật tự dịp Tết Nguyên đán Nhâm Dần 2022.',
    },
    {
      speaker: 'duongHoaiNam',
      summary:
        'Phát biểu kết luận Hội nghị: thống nhất các văn bản trình Hội nghị; nêu các giải pháp cụ thể thực ' +
        'hiện nhiệm vụ năm 2022 và giao nhiệm vụ cho Ban Thường vụ Quận ủy, Văn phòng Quận ủy.',
    },
  ],
  resolutions: ['Thống nhất các văn bản được trình bày và xin ý kiến tại Hội nghị.', RESOLUTION_2],
  conclusions: [
    {
      section: SOLUTIONS,
      text:
        'Tập trung xây dựng các kế hoạch thực hiện 03 chương trình công tác trọng tâm toàn khóa của Quận ủy, ' +
        '10 chương trình Thành ủy năm 2022 ngay từ đầu năm, xong trong tháng 01/2022.',
    },
    {
      section: SOLUTIONS,
      text:
        'Tiếp tục đổi mới trong công tác lãnh đạo, chỉ đạo, điều hành: Xác định chủ đề công tác năm của ' +
        'Quận, thống nhất về đường lối lãnh đạo, chỉ đạo và tổ chức thực hiện trong toàn Đảng bộ. Triển ' +
        'khai Đề án đổi mới Công nghệ thông tin đáp ứng yêu cầu nhiệm vụ trong tình hình hiện nay. Kiểm ' +
        'soát công việc hiệu quả thường xuyên gắn với tiêu chí chuyên nghiệp, đơn giản hóa công việc, thực ' +
        'hiện giảm họp.',
    },
    {
      section: SOLUTIONS,
      text:
        'Thực hiện tốt chủ đề công tác năm của Thành phố “kỷ cương, trách nhiệm, hành động, sáng tạo, phát ' +
        'triển”, xây dựng đội ngũ CBCCVC đáp ứng yêu cầu nhiệm vụ gắn với thực hiện tiêu chí chuyên nghiệp. ' +
        'Thực hiện nghiêm túc quy định luân chuyển điều động cán bộ, tạo sự đổi mới trong công tác tổ chức ' +
        'cán bộ, khắc phục tình trạng trì trệ.',
    },
    {
      section: SOLUTIONS,
      text:
        'Xác định rõ nhiệm vụ chính trị, nhóm công trình cần quan tâm, ưu tiên: nhiệm vụ, công trình hướng ' +
        'tới kỷ niệm 20 năm thành lập Quận; hoàn thành chỉ tiêu pháp lệnh của Quận năm 2022 và chỉ tiêu xây ' +
        'dựng Đảng; Nhóm nội dung ngăn chặn nguy cơ và giải quyết khuyết điểm tồn tại năm 2021.',
    },
    {
      section: SOLUTIONS,
      text:
        'Phát động phong trào và các đợt thi đua năm 2022 trong toàn Đảng bộ, các cấp các ngành, địa phương, ' +
        'đơn vị và trong toàn dân.',
    },
    {
      section: ASSIGNMENTS,
      text:
        'Giao Ban Thường vụ Quận ủy chỉ đạo UBND quận, Ủy ban kiểm tra, Văn phòng Quận ủy; Ban chủ nhiệm các ' +
        'Chương trình, cơ quan Thường trực các Chương trình tiếp thu các ý kiến góp ý tại hội nghị, căn cứ ' +
        'kết luận của đồng chí Bí thư Quận ủy để hoàn thiện và ban hành chính thức các văn bản, nghiên cứu ' +
        'thống nhất chủ đề công tác năm 2022 của Quận (Tiếp tục thực hiện Năm Dân vận khéo gắn với một nhiệm ' +
        'vụ cụ thể).',
    },
    {
      section: ASSIGNMENTS,
      text:
        'Giao Văn phòng Quận ủy, căn cứ kết luận của đồng chí Bí thư Quận ủy ban hành Thông báo Hội nghị Ban ' +
        'Chấp hành lần thứ 9 để đơn vị căn cứ tổ chức thực hiện.',
    },
  ],
  comments: [
    {
      item: 0,
      author: secretaryOf('Bồ Đề'),
      text:
        'Đề nghị bổ sung đánh giá kết quả thực hiện thí điểm mô hình chính quyền đô thị ở cấp phường, nhất ' +
        'là việc bố trí, sắp xếp cán bộ, công chức phường.',
      disposition: 'accepted',
    },
    {
      item: 0,
      author: 'truongBanDanVan',
      text:
        'Đề nghị nêu rõ kết quả thực hiện “Năm Dân vận khéo” 2021 và đề xuất tiếp tục thực hiện trong năm ' +
        '2022 gắn với một nhiệm vụ cụ thể.',
      disposition: 'accepted',
    },
    {
      item: 2,
      author: 'chuNhiemUbkt',
      text:
        'Đề nghị làm rõ thẩm quyền của Ban Thường vụ Quận ủy và Đảng ủy phường đối với các chức danh được ' +
        'phân cấp quản lý.',
      disposition: 'explained',
    },
    {
      item: 7,
      author: chairOf('Thượng Thanh'),
      text:
        'Đề nghị ưu tiên bố trí vốn năm 2022 cho dự án cải tạo hệ thống thoát nước, chống úng ngập cục bộ ' +
        'trên địa bàn phường Thượng Thanh.',
      disposition: 'noted',
    },
  ],
};
