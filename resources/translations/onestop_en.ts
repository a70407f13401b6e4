<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="147"/>
        <source>Tài khoản cán bộ đầu tiên</source>
        <translation>First officer account</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="148"/>
        <source>Tài khoản quản trị của quầy; tạo thêm tài khoản sau.</source>
        <translation>The desk&apos;s administrator account; create more accounts later.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="149"/>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="150"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="151"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="152"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="158"/>
        <source>Chưa nhập họ tên cán bộ.</source>
        <translation>The officer&apos;s full name is missing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../onestop_desktop/ui/first_run.py" line="160"/>
        <source>Mật khẩu phải có ít nhất %n ký tự.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="163"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="102"/>
        <source>Địa chỉ Trung tâm</source>
        <translation>The Centre&apos;s address</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="103"/>
        <source>In trên giấy tiếp nhận và phiếu hẹn trả kết quả.</source>
        <translation>Printed on the receipt and appointment slip.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="104"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="105"/>
        <source>Số nhà, đường, phường/xã, tỉnh/thành phố</source>
        <translation>Number, street, ward/commune, province/city</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="106"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="107"/>
        <source>Thanh Hóa (in “Thanh Hóa, ngày … tháng … năm …”)</source>
        <translation>Thanh Hóa (printed as “Thanh Hóa, ngày … tháng … năm …”)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="112"/>
        <source>Chưa nhập địa chỉ của Trung tâm.</source>
        <translation>The Centre&apos;s address is missing.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="114"/>
        <source>Chưa nhập địa danh.</source>
        <translation>The place name is missing.</translation>
    </message>
</context>
<context>
    <name>CitizenLink</name>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_link.py" line="68"/>
        <source>Màn hình công dân</source>
        <translation>Citizen screen</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="101"/>
        <source>Quầy số %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="109"/>
        <source>đến Quầy số %1</source>
        <translation>to desk %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="123"/>
        <source>Không thu</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="131"/>
        <source>(dự kiến)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="152"/>
        <source>Mã hồ sơ: %1</source>
        <translation>Dossier code: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="154"/>
        <source>Kết quả đã có</source>
        <translation>The result is ready</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="158"/>
        <source>Phí, lệ phí còn phải nộp: %1</source>
        <translation>Fees still to pay: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/citizen_screen.py" line="163"/>
        <source>Cảm ơn Ông/Bà đã đánh giá: %1.</source>
        <translation>Thank you for your rating: %1.</translation>
    </message>
</context>
<context>
    <name>CitizenScreenForm</name>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="5"/>
        <source>Màn hình công dân</source>
        <translation>Citizen screen</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="18"/>
        <source>Kính chào Quý khách!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="25"/>
        <source>Ông/Bà vui lòng kiểm tra thông tin hồ sơ</source>
        <translation>Please check the details of your dossier</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="28"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="29"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="30"/>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="31"/>
        <source>Hẹn trả kết quả</source>
        <translation>Result due</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="34"/>
        <source>Giấy tờ đã nộp</source>
        <translation>Papers handed in</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="41"/>
        <source>Giấy tờ</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="42"/>
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="43"/>
        <source>Chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="44"/>
        <source>Photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="51"/>
        <source>Trả kết quả giải quyết hồ sơ</source>
        <translation>Handing back the result</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="55"/>
        <source>Ông/Bà có hài lòng với việc giải quyết hồ sơ? Chạm để đánh giá:</source>
        <translation>Are you satisfied with how your dossier was handled? Touch to rate:</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="59"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="60"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="61"/>
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../forms/citizen_screen.ui" line="70"/>
        <source>Mời công dân có số</source>
        <translation>Now serving number</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="77"/>
        <source>Cơ quan và quầy</source>
        <translation>Agency and desk</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="78"/>
        <source>Mã và tên cơ quan tiếp nhận, số của quầy này.</source>
        <translation>The receiving agency&apos;s code and name, and this desk&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="79"/>
        <source>Mã cơ quan:</source>
        <translation>Agency code:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="80"/>
        <source>Tên cơ quan:</source>
        <translation>Agency name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="81"/>
        <source>Trung tâm Phục vụ hành chính công tỉnh …</source>
        <translation>Trung tâm Phục vụ hành chính công tỉnh …</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="82"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="83"/>
        <source>UBND TỈNH … (dòng đầu của mẫu in, có thể bỏ trống)</source>
        <translation>UBND TỈNH … (first line of the printed forms, may be left empty)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="87"/>
        <source>Số quầy:</source>
        <translation>Desk number:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="90"/>
        <source>1 chữ số (tối đa 9 quầy)</source>
        <translation>1 digit (up to 9 desks)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="91"/>
        <source>2 chữ số (tối đa 99 quầy)</source>
        <translation>2 digits (up to 99 desks)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="92"/>
        <source>Số chữ số của quầy:</source>
        <translation>Desk number digits:</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="44"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="44"/>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="47"/>
        <source>chờ gửi: %1</source>
        <translation>pending: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="49"/>
        <source>lỗi: %1</source>
        <translation>failed: %1</translation>
    </message>
</context>
<context>
    <name>DossierDetailForm</name>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="8"/>
        <source>← Danh sách (Esc)</source>
        <translation>← List (Esc)</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="20"/>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="22"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="24"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="26"/>
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="28"/>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="30"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="32"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="34"/>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="36"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="38"/>
        <location filename="../../forms/dossier_detail_page.ui" line="83"/>
        <source>Trả kết quả</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="48"/>
        <source>Diễn biến (trạng thái, bản in, đồng bộ, thông báo)</source>
        <translation>Timeline (statuses, prints, sync, notices)</translation>
    </message>
    <message>
        <source>Diễn biến (trạng thái, bản in, đồng bộ)</source>
        <translation type="vanished">Timeline (status, prints, sync)</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="54"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="55"/>
        <source>Nội dung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="63"/>
        <source>Bản quét giấy tờ và kết quả</source>
        <translation>Scans of papers and result</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="65"/>
        <source>Nhấp đúp để mở bằng trình xem PDF của máy</source>
        <translation>Double-click to open in this PC&apos;s PDF viewer</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="68"/>
        <source>Mở bản quét</source>
        <translation>Open scan</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="81"/>
        <source>In giấy tiếp nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="82"/>
        <source>In mẫu…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="82"/>
        <source>In các mẫu 01–06 của hồ sơ này</source>
        <translation>Print forms 01–06 of this dossier</translation>
    </message>
    <message>
        <source>In lại giấy tiếp nhận</source>
        <translation type="vanished">Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="85"/>
        <source>Chuyển sang</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_detail_page.ui" line="87"/>
        <source>Chuyển trạng thái</source>
        <translation>Change status</translation>
    </message>
</context>
<context>
    <name>DossierDetailPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="137"/>
        <source>Không tìm thấy hồ sơ mã %1.</source>
        <translation>No dossier with code %1.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="148"/>
        <source>Hồ sơ %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="151"/>
        <source>, sinh %1</source>
        <translation>, born %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="153"/>
        <source> (quốc tịch %1)</source>
        <translation> (nationality %1)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="159"/>
        <source>(dự kiến)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="162"/>
        <source>hẹn khi tiếp nhận</source>
        <translation>set when received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="167"/>
        <source>Lịch nghỉ lễ, Tết của năm hẹn trả chưa được công bố chính thức: ngày hẹn tính theo lịch dự kiến.</source>
        <translation>The holidays of the appointment&apos;s year are not officially announced yet: the date follows the expected calendar.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="176"/>
        <source>%1, người nhận: %2%3, thu %4, %5%6</source>
        <translation>%1, collected by %2%3, fees %4, %5%6</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="178"/>
        <source> (ủy quyền)</source>
        <translation> (authorised)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="213"/>
        <source>Không thu</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="214"/>
        <source>biên lai số %1: %2 (%3)</source>
        <translation>receipt no. %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="218"/>
        <source>đã hoàn %1</source>
        <translation>refunded %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="220"/>
        <source>còn phải thu %1 khi trả kết quả</source>
        <translation>%1 still to collect at the hand-back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="223"/>
        <source>miễn: %1</source>
        <translation>exempt: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="228"/>
        <source>Chỉ in lần đầu khi hồ sơ ở trạng thái: %1.</source>
        <translation>First issued only when the dossier&apos;s status is: %1.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="252"/>
        <source>In lại mẫu %1 — %2</source>
        <translation>Reprint form %1 — %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="253"/>
        <source>Đã in %1 lần; bản in lại giữ nguyên nội dung lần in đầu.</source>
        <translation>Printed %1 time(s); a reprint keeps what the first print said.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="257"/>
        <source>In mẫu %1 — %2…</source>
        <translation>Print form %1 — %2…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="258"/>
        <source>In mẫu %1 — %2</source>
        <translation>Print form %1 — %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="335"/>
        <source>Đã in mẫu %1.</source>
        <translation>Form %1 printed.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="337"/>
        <source>Đã lưu mẫu %1 thành tệp %2.</source>
        <translation>Form %1 saved as %2.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="373"/>
        <source>Chuyển trạng thái hồ sơ</source>
        <translation>Change the dossier&apos;s status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="375"/>
        <source>Chuyển sang “%1”</source>
        <translation>Move to “%1”</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="237"/>
        <source>In lại giấy tiếp nhận</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="239"/>
        <source>In giấy tiếp nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="310"/>
        <source>Đang in, chờ một chút…</source>
        <translation>Printing, one moment…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="319"/>
        <source>Đang in mẫu %1…</source>
        <translation>Printing form %1…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_page.py" line="321"/>
        <source>Mẫu %1 — %2</source>
        <translation>Form %1 — %2</translation>
    </message>
    <message>
        <source>Mẫu 01 — %1</source>
        <translation type="vanished">Form 01 — %1</translation>
    </message>
</context>
<context>
    <name>DossierListForm</name>
    <message>
        <location filename="../../forms/dossier_list_page.ui" line="8"/>
        <source>Tìm theo mã hồ sơ, họ tên, số giấy tờ, điện thoại (không dấu được)</source>
        <translation>Search code, name, ID number, phone (accents optional)</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_list_page.ui" line="27"/>
        <source>Đỏ: quá hạn · Vàng: đến hạn trong 24 giờ · Enter: mở hồ sơ</source>
        <translation>Red: overdue · Yellow: due within 24 h · Enter: open</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="51"/>
        <source>Tất cả thời gian</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="52"/>
        <source>Chờ trả kết quả</source>
        <translation>Ready to hand back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="53"/>
        <source>Nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="54"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="55"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="59"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="62"/>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="83"/>
        <source>Mọi thủ tục</source>
        <translation>Any procedure</translation>
    </message>
    <message numerus="yes">
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="118"/>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="122"/>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="142"/>
        <source>%Ln hồ sơ</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="131"/>
        <source>Trực tuyến – chờ tiếp nhận</source>
        <translation>Online – waiting for intake</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation type="vanished">
            <numerusform>%n dossier(s)</numerusform>
            <numerusform>%n dossier(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_list_page.py" line="119"/>
        <source>%1 hồ sơ khớp nhất (gõ thêm để thu hẹp)</source>
        <translation>The %1 best matches (type more to narrow)</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="72"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="72"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="72"/>
        <source>Số giấy tờ</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="73"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="73"/>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="73"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="74"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_model.py" line="119"/>
        <source>(dự kiến)</source>
        <translation>(provisional)</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../onestop_desktop/ui/widgets.py" line="141"/>
        <source>Lỗi không mong đợi (%1). Chi tiết đã ghi vào nhật ký của quầy; hãy báo quản trị viên.</source>
        <translation>Unexpected error (%1). The details are in the desk&apos;s log; tell the administrator.</translation>
    </message>
</context>
<context>
    <name>FeeDayDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="81"/>
        <source>Bàn giao tiền phí, lệ phí cuối ngày</source>
        <translation>End-of-day fee handover</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="97"/>
        <source>Tất cả cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="98"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="100"/>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="110"/>
        <source>Cán bộ thu</source>
        <translation>Collecting officer</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="109"/>
        <source>Theo cán bộ và hình thức thu</source>
        <translation>By officer and method</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="110"/>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="126"/>
        <source>Hình thức</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="111"/>
        <source>Số biên lai</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="111"/>
        <source>Đã thu</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="112"/>
        <source>Số lần hoàn</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="112"/>
        <source>Đã hoàn</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="113"/>
        <source>Còn lại</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="124"/>
        <source>Các khoản thu, hoàn trong ngày</source>
        <translation>The day&apos;s collections and refunds</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="125"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="125"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="125"/>
        <source>Biên lai</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="126"/>
        <source>Nội dung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="127"/>
        <source>Thu</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="127"/>
        <source>Hoàn</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="127"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="135"/>
        <source>Xem và in bảng kê…</source>
        <translation>Preview and print the sheet…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="137"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="186"/>
        <source>Tiền mặt nộp bàn giao: %1 · Chuyển khoản đã nhận: %2 · Tổng đã thu %3, đã hoàn %4</source>
        <translation>Cash to hand over: %1 · Transfers received: %2 · Collected %3, refunded %4</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="195"/>
        <source>Hoàn: %1</source>
        <translation>Refund: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="203"/>
        <source>Không có khoản thu hay hoàn nào trong ngày %1.</source>
        <translation>No collection or refund on %1.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="235"/>
        <source>Bảng kê thu phí, lệ phí ngày %1</source>
        <translation>Fee sheet for %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="243"/>
        <source>Đã in bảng kê.</source>
        <translation>The sheet was printed.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_day_dialog.py" line="245"/>
        <source>Đã lưu bảng kê thành tệp %1.</source>
        <translation>The sheet was saved as %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="47"/>
        <source>Phản ánh, kiến nghị</source>
        <translation>Feedback and petitions</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="60"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="60"/>
        <source>Nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="60"/>
        <source>Người phản ánh</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="61"/>
        <source>Về</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="61"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="142"/>
        <source>Chưa có phản ánh, kiến nghị nào.</source>
        <translation>No feedback or petitions yet.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="157"/>
        <source>Người phản ánh: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="159"/>
        <source>Nội dung: %1</source>
        <translation>Content: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="161"/>
        <source>&lt;b&gt;Trả lời&lt;/b&gt; (%1, %2): %3</source>
        <translation>&lt;b&gt;Answer&lt;/b&gt; (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="166"/>
        <source>&lt;i&gt;Chưa có trả lời của cơ quan có thẩm quyền.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No answer from the competent authority yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="221"/>
        <source>Đã tiếp nhận phản ánh, kiến nghị %1.</source>
        <translation>Feedback %1 taken in.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="241"/>
        <source>Phiếu tiếp nhận phản ánh, kiến nghị %1</source>
        <translation>Acknowledgement of feedback %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="250"/>
        <source>Đã in phiếu tiếp nhận.</source>
        <translation>Acknowledgement printed.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/feedback_dialog.py" line="252"/>
        <source>Đã lưu phiếu thành tệp %1.</source>
        <translation>Acknowledgement saved as %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialogForm</name>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="13"/>
        <source>Tiếp nhận phản ánh, kiến nghị</source>
        <translation>Take in feedback or a petition</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="20"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="22"/>
        <source>Số điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="23"/>
        <source>Điện thoại hoặc email: ít nhất một</source>
        <translation>Phone or e-mail: at least one</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="24"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="26"/>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="27"/>
        <source>Ví dụ 1.000466 (không bắt buộc)</source>
        <translation>For example 1.000466 (optional)</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="28"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="29"/>
        <source>Mã hồ sơ hoặc phần cuối (không bắt buộc)</source>
        <translation>Dossier code or its end (optional)</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="30"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="31"/>
        <source>Nội dung phản ánh, kiến nghị (tối đa 4000 ký tự)</source>
        <translation>Content of the feedback or petition (at most 4000 characters)</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="38"/>
        <source>Nhập mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="39"/>
        <source>Tiếp nhận và in phiếu (Ctrl+S)</source>
        <translation>Take in and print the acknowledgement (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="47"/>
        <source>Đã tiếp nhận (mới nhất trước)</source>
        <translation>Taken in (newest first)</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="53"/>
        <source>Xem thêm</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="55"/>
        <source>In lại phiếu…</source>
        <translation>Reprint the acknowledgement…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="56"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>FilesList</name>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="224"/>
        <source>Giấy tờ %1: %2</source>
        <translation>Paper %1: %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="227"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="229"/>
        <source>%1 trang</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>%1
%2 trang · %3 · %4</source>
        <translation type="vanished">%1
%2 pages · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="238"/>
        <source>Chưa có bản quét nào.</source>
        <translation>No scans yet.</translation>
    </message>
</context>
<context>
    <name>FinalMove</name>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="33"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="77"/>
        <source>Từ chối tiếp nhận hồ sơ của %1 (thủ tục %2): hồ sơ được cấp mã và chuyển sang “Không được tiếp nhận”, in phiếu từ chối tiếp nhận (mẫu 03). Tiếp tục?</source>
        <translation>Refuse the dossier of %1 (procedure %2): it gets a code and goes to “Not accepted”, and the refusal slip (form 03) is printed. Continue?</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="91"/>
        <source>không in gì ngay, %1 in sau bằng nút “In mẫu…”</source>
        <translation>nothing is printed now, %1 later with “Print form…”</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="94"/>
        <source>không in gì</source>
        <translation>nothing is printed</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="95"/>
        <source>Chuyển hồ sơ %1 của %2 sang “%3” (%4), trạng thái cuối không chuyển tiếp được nữa: %5. Tiếp tục?</source>
        <translation>Move dossier %1 of %2 to “%3” (%4), a final status that cannot be left: %5. Continue?</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="104"/>
        <source>người được ủy quyền</source>
        <translation>an authorised person</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="105"/>
        <source>người nộp hồ sơ tự nhận</source>
        <translation>the applicant in person</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="106"/>
        <source>thu %1 phí, lệ phí</source>
        <translation>collecting %1 in fees</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="108"/>
        <source>không thu phí, lệ phí</source>
        <translation>no fees collected</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/confirm.py" line="111"/>
        <source>Trả kết quả hồ sơ %1 cho %2 (%3, số giấy tờ %4), %5: hồ sơ chuyển sang “Đã trả kết quả”, không in phiếu nào. Tiếp tục?</source>
        <translation>Hand back the result of dossier %1 to %2 (%3, ID %4), %5: the dossier goes to “Result returned”, nothing is printed. Continue?</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="212"/>
        <source>Thiết lập quầy tiếp nhận</source>
        <translation>Set up the reception desk</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="218"/>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="219"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="220"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="221"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="222"/>
        <source>Lưu thiết lập</source>
        <translation>Save set-up</translation>
    </message>
</context>
<context>
    <name>FormDetailsDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="93"/>
        <source>Mẫu %1 — hồ sơ %2</source>
        <translation>Form %1 — dossier %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="100"/>
        <source>Mẫu %1 — %2</source>
        <translation>Form %1 — %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="104"/>
        <source>Hồ sơ %1 — %2. Nội dung này được in lần đầu và giữ nguyên khi in lại.</source>
        <translation>Dossier %1 — %2. This content is printed the first time and kept on reprints.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="123"/>
        <source>Vì sao hồ sơ cần bổ sung, hướng dẫn cho người nộp</source>
        <translation>Why the dossier must be completed, guidance for the applicant</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="124"/>
        <source>Vì sao hồ sơ không được tiếp nhận</source>
        <translation>Why the dossier is not accepted</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="125"/>
        <source>Vì sao chậm trả kết quả</source>
        <translation>Why the result is late</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="126"/>
        <source>Vì sao dừng giải quyết hồ sơ</source>
        <translation>Why processing is stopped</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="130"/>
        <source>Lý do, hướng dẫn</source>
        <translation>Reason, guidance</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="130"/>
        <source>Lý do từ chối</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="131"/>
        <source>Lý do chậm trả</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="131"/>
        <source>Lý do dừng</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="136"/>
        <source>Địa chỉ trang quy định thủ tục (có thể bỏ trống)</source>
        <translation>Address of the procedure&apos;s rules page (optional)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="138"/>
        <source>Quy định xem tại</source>
        <translation>Rules at</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="150"/>
        <source>In mẫu %1</source>
        <translation>Print form %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="155"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="181"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="181"/>
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="182"/>
        <source>Bản chứng thực</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="182"/>
        <source>Bản photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="196"/>
        <source>Tên giấy tờ còn thiếu, Enter để thêm vào danh sách</source>
        <translation>Name of the missing document, Enter to add it to the list</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="199"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="203"/>
        <source>Bỏ dòng chọn</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="212"/>
        <source>Giấy tờ cần bổ sung</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="219"/>
        <source>Hẹn trả hiện tại</source>
        <translation>Current appointment</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/form_dialog.py" line="229"/>
        <source>Hẹn trả mới</source>
        <translation>New appointment</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Thời hạn giải quyết: %2 · Phí, lệ phí: %3</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Time limit: %2 · Fees: %3</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="394"/>
        <source>không thu</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Hẹn trả kết quả (nếu nhận ngay): %1</source>
        <translation type="vanished">Result due (if received now): %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="554"/>
        <source>Đã điền từ thẻ căn cước: %1 (sinh %2).</source>
        <translation>Filled from the ID card: %1 (born %2).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="576"/>
        <source>Họ tên quá dài (tối đa 200 ký tự).</source>
        <translation>Name too long (200 characters at most).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="582"/>
        <source>Chọn quốc tịch trong danh sách (gõ tên nước hoặc mã, ví dụ KOR).</source>
        <translation>Choose the nationality from the list (type a country name or code, e.g. KOR).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="601"/>
        <source>CMND hết giá trị từ 01/01/2025: đề nghị cung cấp số định danh cá nhân.</source>
        <translation>The old ID card (CMND) expired on 01/01/2025: ask for the personal identification number.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="606"/>
        <source>Cần số điện thoại để nhận thông báo qua %1.</source>
        <translation>A phone number is needed for notices by %1.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="611"/>
        <source>Cần địa chỉ email để nhận thông báo qua email.</source>
        <translation>An e-mail address is needed for notices by e-mail.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="632"/>
        <source>Tên tổ chức</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="632"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="712"/>
        <source>Bỏ đánh dấu những giấy tờ còn thiếu để ghi vào phiếu yêu cầu bổ sung.</source>
        <translation>Untick the missing papers to list them on the completion request.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="719"/>
        <source>Nhập lý do từ chối tiếp nhận hồ sơ.</source>
        <translation>Enter the reason for refusing the dossier.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="725"/>
        <source>Còn giấy tờ chưa nhận: đánh dấu đủ, hoặc chọn “Thiếu hồ sơ (mẫu 02)”.</source>
        <translation>Some papers are not ticked: tick them, or choose “Incomplete (form 02)”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="758"/>
        <source>Từ chối tiếp nhận hồ sơ</source>
        <translation>Refuse the dossier</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="760"/>
        <source>Từ chối và in mẫu 03</source>
        <translation>Refuse and print form 03</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="765"/>
        <source>Đã lưu hồ sơ %1. Đang in mẫu %2…</source>
        <translation>Dossier %1 saved. Printing form %2…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="769"/>
        <source>Mẫu %1 — %2</source>
        <translation>Form %1 — %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="785"/>
        <source>Đã lưu hồ sơ %1. Đang xem trước mẫu %2: bấm “In” (Ctrl+P) để in.</source>
        <translation>Dossier %1 saved. Previewing form %2: press “Print” (Ctrl+P) to print.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="787"/>
        <source>Đã lưu hồ sơ %1 và in mẫu %2.</source>
        <translation>Dossier %1 saved and form %2 printed.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="789"/>
        <source>Đã lưu hồ sơ %1 và lưu mẫu %2 thành tệp %3.</source>
        <translation>Dossier %1 saved and form %2 saved as %3.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="792"/>
        <source>Đã lưu hồ sơ %1, chưa in giấy tiếp nhận (mẫu 01). Để in: “Hồ sơ” (Ctrl+2), mở hồ sơ, bấm “In giấy tiếp nhận”.</source>
        <translation>Dossier %1 saved; the receipt (form 01) was not printed. To print it: “Dossiers” (Ctrl+2), open the dossier, “Print receipt”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="795"/>
        <source>Đã lưu hồ sơ %1, chưa in mẫu %2. Để in: “Hồ sơ” (Ctrl+2), mở hồ sơ, bấm “In mẫu…”.</source>
        <translation>Dossier %1 saved; form %2 was not printed. To print it: “Dossiers” (Ctrl+2), open the dossier, “Print form…”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="799"/>
        <source>Đã lưu hồ sơ %1 nhưng chưa in được mẫu %2. %3</source>
        <translation>Dossier %1 saved but form %2 could not be printed. %3</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="852"/>
        <source>Chưa chọn thủ tục: gõ tên thủ tục ở mục 1 rồi nhấn Enter.</source>
        <translation>No procedure chosen: type its name in box 1, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="895"/>
        <source>Gõ số thứ tự cần gọi vào ô “Số thứ tự”, rồi bấm “Gọi số tiếp theo” (F8).</source>
        <translation>Type the number to call in “Queue number”, then press “Call the next number” (F8).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="903"/>
        <source>Đã gọi số %1.</source>
        <translation>Number %1 called.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="959"/>
        <source>thu ngay</source>
        <translation>collected now</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="960"/>
        <source>thu khi trả kết quả</source>
        <translation>collected at hand-back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="961"/>
        <source>miễn</source>
        <translation>exempt</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="626"/>
        <source>Chưa lưu: sửa các mục được đánh dấu đỏ.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="352"/>
        <source>chưa xác minh</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="354"/>
        <source>Nguồn mã thủ tục: %1</source>
        <translation>Procedure code source: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="374"/>
        <source>Không có thủ tục nào khớp với “%1”.</source>
        <translation>No procedure matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="389"/>
        <source>Thủ tục: %1 — %2</source>
        <translation>Procedure: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="392"/>
        <source>Thời hạn: %1 · Phí, lệ phí: %2</source>
        <translation>Time limit: %1 · Fees: %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="426"/>
        <source>Hẹn trả: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="429"/>
        <source>(dự kiến)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="430"/>
        <source>Lịch nghỉ lễ, Tết năm %1 chưa được công bố chính thức: ngày hẹn tính theo lịch dự kiến.</source>
        <translation>The %1 holidays are not officially announced yet: the date follows the expected calendar.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="442"/>
        <source>Phí, lệ phí: không thu</source>
        <translation>Fees: none</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="444"/>
        <source>Phí, lệ phí %1:</source>
        <translation>Fees %1:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_page.py" line="820"/>
        <source>Không lưu được: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation type="vanished">No procedure chosen.</translation>
    </message>
</context>
<context>
    <name>IntakePageForm</name>
    <message>
        <location filename="../../forms/intake_page.ui" line="21"/>
        <source>1. Thủ tục hành chính</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="23"/>
        <source>Tìm thủ tục (gõ không dấu được, ví dụ: dang ky kinh doanh)</source>
        <translation>Find a procedure (accents optional, e.g. dang ky kinh doanh)</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation type="vanished">No procedure chosen.</translation>
    </message>
    <message>
        <source>2. Người nộp hồ sơ (quét mã QR thẻ căn cước để điền tự động)</source>
        <translation type="vanished">2. Applicant (scan the ID card QR code to fill in)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="90"/>
        <source>Đối tượng</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="91"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="91"/>
        <source>Tổ chức, doanh nghiệp</source>
        <translation>Organisation, business</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="92"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Số CCCD/CMND/Hộ chiếu</source>
        <translation type="vanished">ID card / passport no.</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="105"/>
        <source>Số điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="108"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email (nếu có)</source>
        <translation type="vanished">E-mail (optional)</translation>
    </message>
    <message>
        <source>3. Thành phần hồ sơ (Space: đánh dấu đã nhận; gõ số để sửa số bản)</source>
        <translation type="vanished">3. Documents (Space: mark received; type a number to change copies)</translation>
    </message>
    <message>
        <source>Tên giấy tờ (đánh dấu: đã nhận)</source>
        <translation type="vanished">Document (ticked: received)</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation type="vanished">Originals</translation>
    </message>
    <message>
        <source>Bản chứng thực</source>
        <translation type="vanished">Certified</translation>
    </message>
    <message>
        <source>Bản photo</source>
        <translation type="vanished">Photocopies</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="70"/>
        <source>Giấy tờ khác (ngoài danh mục)…</source>
        <translation>Other document (not on the checklist)…</translation>
    </message>
    <message>
        <source>Thêm giấy tờ</source>
        <translation type="vanished">Add document</translation>
    </message>
    <message>
        <source>Bỏ dòng đã chọn</source>
        <translation type="vanished">Remove selected</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="62"/>
        <source>Chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Chứng thực</source>
        <translation type="vanished">Certified</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="64"/>
        <source>Photo</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <source>Bỏ dòng chọn</source>
        <translation type="vanished">Remove row</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="35"/>
        <source>Thu ngay</source>
        <translation>Collect now</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="35"/>
        <source>Thu khi trả kết quả</source>
        <translation>Collect at hand-back</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="35"/>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="36"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="36"/>
        <source>Chuyển khoản</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="42"/>
        <source>Lý do miễn phí, lệ phí (trường hợp được miễn theo quy định)</source>
        <translation>Reason for the exemption (the case the rules name)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="51"/>
        <source>3. Thành phần hồ sơ (Space: đã nhận; gõ số: số bản)</source>
        <translation>3. Documents (Space: received; type a number: copies)</translation>
    </message>
    <message>
        <source>Giấy tờ (✓ đã nhận)</source>
        <translation type="vanished">Document (✓ received)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="61"/>
        <source>Giấy tờ</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="61"/>
        <source>Đánh dấu ✓ giấy tờ đã nhận (phím cách)</source>
        <translation>Tick ✓ the papers received (space bar)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="62"/>
        <source>Số bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="63"/>
        <source>C.thực</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="63"/>
        <source>Số bản sao có chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="64"/>
        <source>Số bản photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="65"/>
        <source>Bản quét</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="71"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="71"/>
        <source>Thêm giấy tờ ngoài danh mục vào danh sách (Enter)</source>
        <translation>Add a document outside the checklist (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="72"/>
        <source>Bỏ dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="72"/>
        <source>Bỏ giấy tờ ở dòng đang chọn khỏi danh sách</source>
        <translation>Remove the selected row&apos;s document from the list</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="74"/>
        <source>Số bộ</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="86"/>
        <source>2. Người nộp hồ sơ (quét QR thẻ căn cước để điền)</source>
        <translation>2. Applicant (scan the ID card&apos;s QR to fill in)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="95"/>
        <source>Số định danh/Hộ chiếu</source>
        <translation>Personal ID/Passport</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="95"/>
        <source>Số định danh cá nhân/Thẻ căn cước/Hộ chiếu; với tổ chức: mã số doanh nghiệp/mã số thuế</source>
        <translation>Personal ID number/Citizen ID card/Passport; for an organisation: enterprise code/tax code</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="99"/>
        <source>Căn cước 12 số / hộ chiếu / mã số thuế</source>
        <translation>12-digit ID / passport / tax code</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="100"/>
        <source>Quốc tịch</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="106"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="111"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="114"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="116"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="117"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="117"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="117"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="121"/>
        <source>Nhận thông báo qua</source>
        <translation>Notices by</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="124"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="125"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="126"/>
        <location filename="../../forms/intake_page.ui" line="127"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="127"/>
        <source>Địa chỉ email (nếu có)</source>
        <translation>Email address (if any)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="131"/>
        <source>Nhận kết quả</source>
        <translation>Result by</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="134"/>
        <source>Tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="134"/>
        <source>Qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="135"/>
        <source>Địa chỉ nhận kết quả qua bưu chính</source>
        <translation>Postal address for the result</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="139"/>
        <source>Người nộp thay</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="139"/>
        <source>Người khác nộp thay chủ hồ sơ: người được ủy quyền, hoặc người đại diện của tổ chức</source>
        <translation>Someone other than the owner submits: an authorised person, or an organisation&apos;s representative</translation>
    </message>
    <message>
        <source>Người khác nộp thay (ủy quyền, đại diện tổ chức)</source>
        <translation type="vanished">Submitted by someone else (authorised, or an organisation&apos;s representative)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="144"/>
        <source>Họ tên người nộp</source>
        <translation>Submitter&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="145"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="146"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="151"/>
        <source>Số thứ tự</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="154"/>
        <source>A012</source>
        <translation>A012</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="154"/>
        <source>Số thứ tự công dân cầm (gõ hoặc quét vé)</source>
        <translation>The citizen&apos;s queue number (typed or scanned from the ticket)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="155"/>
        <source>Gọi số tiếp theo (F8)</source>
        <translation>Call the next number (F8)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="155"/>
        <source>Hiện số trên màn hình công dân: số vừa gõ, hoặc số sau số vừa gọi</source>
        <translation>Show the number on the citizen screen: the one typed, or the one after the last called</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="168"/>
        <source>Lý do (khi thiếu hồ sơ hoặc từ chối tiếp nhận)</source>
        <translation>Reason (when incomplete or refused)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="169"/>
        <source>Làm mới</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="170"/>
        <source>Từ chối (mẫu 03)</source>
        <translation>Refuse (form 03)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="171"/>
        <source>Thiếu hồ sơ (mẫu 02)</source>
        <translation>Incomplete (form 02)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="172"/>
        <source>Lưu và in giấy tiếp nhận (Ctrl+S)</source>
        <translation>Save and print receipt (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>IntakeScans</name>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="191"/>
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="210"/>
        <source>Quét trên máy quét mạng: bản quét tiếp theo vào thư mục %1 sẽ là “%2”.</source>
        <translation>Scan on the network scanner: the next scan into folder %1 becomes “%2”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="260"/>
        <source>Đã quét “%1”: %2 trang.</source>
        <translation>Scanned “%1”: %2 pages.</translation>
    </message>
</context>
<context>
    <name>LockScreenForm</name>
    <message>
        <location filename="../../forms/lock_screen.ui" line="16"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="17"/>
        <source>Không có thao tác trong một thời gian nên quầy đã khóa màn hình; dữ liệu của công dân được che đi.</source>
        <translation>Nothing was done for a while, so the desk locked its screen; citizens&apos; data is hidden.</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="20"/>
        <location filename="../../forms/lock_screen.ui" line="27"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="22"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="24"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../forms/lock_screen.ui" line="31"/>
        <source>Cán bộ khác đăng nhập (kết thúc phiên này)</source>
        <translation>Another officer signs in (ends this session)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Một cửa — Tiếp nhận và trả kết quả hồ sơ</source>
        <translation type="vanished">One-stop desk — intake and return of results</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="82"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="82"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="83"/>
        <source>Danh sách hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="83"/>
        <source>Trả kết quả</source>
        <translation>Hand back results</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="84"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="84"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="85"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="85"/>
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="288"/>
        <source>%1 · quầy %2</source>
        <translation>%1 · desk %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="126"/>
        <source>chưa kết nối máy chủ</source>
        <translation>not connected to a server</translation>
    </message>
    <message>
        <source>chưa cấu hình máy chủ</source>
        <translation type="vanished">no server configured</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="304"/>
        <source>Chưa đăng nhập</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="326"/>
        <source>Cán bộ: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="344"/>
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="346"/>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="348"/>
        <source>Phản ánh, kiến nghị…</source>
        <translation>Feedback and petitions…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="351"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="363"/>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="466"/>
        <source>Một cửa — %1</source>
        <translation>One-stop desk — %1</translation>
    </message>
</context>
<context>
    <name>MainWindowForm</name>
    <message>
        <location filename="../../forms/main_window.ui" line="17"/>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="18"/>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="19"/>
        <source>Trả kết quả</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="20"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="21"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OnlinePanel</name>
    <message>
        <location filename="../../onestop_desktop/ui/online_panel.py" line="53"/>
        <source>(giấy tờ %1)</source>
        <translation>(paper %1)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/online_panel.py" line="54"/>
        <source>đang tải về…</source>
        <translation>downloading…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/online_panel.py" line="58"/>
        <source>Công dân không gửi kèm tệp nào.</source>
        <translation>The citizen attached no files.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/online_panel.py" line="74"/>
        <source>Tệp “%1” chưa tải về xong từ máy chủ; thử lại sau ít phút.</source>
        <translation>File “%1” has not finished downloading from the server; try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/online_panel.py" line="117"/>
        <source>Đã tiếp nhận hồ sơ %1; mẫu 01 đã lập và sẽ được gửi cho công dân.</source>
        <translation>Dossier %1 received; form 01 is made and will be sent to the citizen.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/online_panel.py" line="119"/>
        <source>Đã yêu cầu bổ sung hồ sơ %1; mẫu 02 đã lập và sẽ được gửi cho công dân.</source>
        <translation>More papers requested for dossier %1; form 02 is made and will be sent to the citizen.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/online_panel.py" line="121"/>
        <source>Đã từ chối hồ sơ %1; mẫu 03 đã lập và sẽ được gửi cho công dân.</source>
        <translation>Dossier %1 refused; form 03 is made and will be sent to the citizen.</translation>
    </message>
</context>
<context>
    <name>OnlinePanelForm</name>
    <message>
        <location filename="../../forms/online_panel.ui" line="9"/>
        <source>Hồ sơ nộp trực tuyến – chờ tiếp nhận</source>
        <translation>Dossier submitted online – waiting for intake</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="12"/>
        <source>Kiểm tra giấy tờ công dân đã nộp, rồi tiếp nhận, yêu cầu bổ sung hoặc từ chối.</source>
        <translation>Check the papers the citizen submitted, then receive, ask for more or refuse.</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="19"/>
        <source>Giấy tờ</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="20"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="21"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="26"/>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="26"/>
        <source>Mở tệp đang chọn bằng chương trình xem của máy</source>
        <translation>Open the selected file with this PC&apos;s viewer</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="28"/>
        <source>Từ chối…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="28"/>
        <source>Không tiếp nhận (mẫu 03, ghi lý do)</source>
        <translation>Do not accept (form 03, with the reason)</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="29"/>
        <source>Yêu cầu bổ sung…</source>
        <translation>Request more papers…</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="29"/>
        <source>Yêu cầu bổ sung giấy tờ (mẫu 02)</source>
        <translation>Request more papers (form 02)</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="30"/>
        <source>Tiếp nhận</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../forms/online_panel.ui" line="30"/>
        <source>Tiếp nhận hồ sơ: tính ngày hẹn trả từ bây giờ, lập mẫu 01 gửi công dân</source>
        <translation>Receive the dossier: appointment counted from now, form 01 made for the citizen</translation>
    </message>
</context>
<context>
    <name>PaperFilesCell</name>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="80"/>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="102"/>
        <source>Quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="81"/>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="105"/>
        <source>Quét vào giấy tờ này (mũi tên: chọn máy quét, thư mục quét hay tệp)</source>
        <translation>Scan into this paper (arrow: choose scanner, scan folder or file)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="94"/>
        <source>Chưa quét: bấm “Quét”, hoặc kéo thả tệp vào đây</source>
        <translation>Not scanned: press “Scan”, or drop a file here</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="98"/>
        <source>Đã quét %1 trang; quét nữa thì thêm trang vào sau</source>
        <translation>%1 pages scanned; scanning again adds pages after them</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="102"/>
        <source>Chờ…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_scans.py" line="104"/>
        <source>Đang chờ bản quét từ thư mục quét; bấm mũi tên để quét cách khác</source>
        <translation>Waiting for a scan from the scan folder; press the arrow to scan another way</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="27"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="34"/>
        <source>Tài khoản: %1 (%2)</source>
        <translation>Account: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="59"/>
        <source>Hai lần nhập mật khẩu mới không khớp.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PasswordDialogForm</name>
    <message>
        <location filename="../../forms/password_dialog.ui" line="10"/>
        <source>Mật khẩu đang dùng</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="12"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="13"/>
        <source>Ít nhất 8 ký tự</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="14"/>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="22"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="23"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>Chức năng in chưa sẵn sàng: %1</source>
        <translation type="vanished">Printing is not available yet: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="45"/>
        <source>Không in được: %1</source>
        <translation>Could not print: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="173"/>
        <source>Bản in đã lưu tại: %1</source>
        <translation>The print is kept at: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="208"/>
        <source>không đọc được các trang của bản xem trước (%1).</source>
        <translation>the preview&apos;s pages could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="260"/>
        <source>Xem trước bản in lần đầu. Chỉ tính là một bản in khi in ra máy in hoặc lưu thành tệp.</source>
        <translation>Preview of the first print. A copy counts only when printed or saved as a file.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="263"/>
        <source>Xem trước bản in lại lần %1. Chỉ tính là một bản in khi in ra máy in hoặc lưu thành tệp.</source>
        <translation>Preview of reprint %1. A copy counts only when printed or saved as a file.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../onestop_desktop/ui/print_preview.py" line="89"/>
        <source>%n trang — %1</source>
        <translation>
            <numerusform>%n page(s) — %1</numerusform>
            <numerusform>%n page(s) — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Không tìm thấy máy in mặc định. Tệp PDF: %1</source>
        <translation type="vanished">No default printer. PDF file: %1</translation>
    </message>
</context>
<context>
    <name>PrintPreviewForm</name>
    <message>
        <location filename="../../forms/print_preview.ui" line="18"/>
        <source>In (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview.ui" line="19"/>
        <source>Lưu tệp PDF… (Ctrl+S)</source>
        <translation>Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview.ui" line="20"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="172"/>
        <source>Mã khôi phục bản sao lưu</source>
        <translation>Backup recovery secret</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="173"/>
        <source>Chỉ hiện một lần. Quản trị viên chép lại và cất nơi an toàn, không để trên máy này: khi máy này hỏng, bản sao lưu chỉ khôi phục được trên máy khác bằng mã này.</source>
        <translation>Shown only once. The administrator writes it down and keeps it somewhere safe, not on this PC: if this PC fails, its backups can be restored on another PC only with this secret.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="185"/>
        <source>Tôi đã chép lại mã khôi phục</source>
        <translation>I have written down the recovery secret</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="192"/>
        <source>Quầy đã có mã khôi phục từ trước; mã đó vẫn dùng được.</source>
        <translation>This desk already has a recovery secret; it still works.</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <location filename="../../forms/reports_page.ui" line="10"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (mẫu 07)</source>
        <translation type="vanished">Dossier ledger (form 07)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="30"/>
        <source>Báo cáo theo kỳ</source>
        <translation>Report for a period</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="34"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="36"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="38"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="40"/>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="42"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="43"/>
        <source>Xuất PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="44"/>
        <source>In sổ theo dõi (mẫu 07)…</source>
        <translation>Print the ledger (form 07)…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="50"/>
        <source>Hủy xuất tệp</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="56"/>
        <source>Tổng hợp</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="74"/>
        <source>Theo thủ tục</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="80"/>
        <source>Theo lĩnh vực</source>
        <translation>By field</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="86"/>
        <source>Theo cán bộ tiếp nhận</source>
        <translation>By receiving officer</translation>
    </message>
    <message>
        <source>Xem và in sổ</source>
        <translation type="vanished">Preview and print</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18"/>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="21"/>
        <source>Bàn giao tiền cuối ngày…</source>
        <translation>End-of-day handover…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="98"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="99"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="100"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="101"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="102"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="103"/>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="105"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="199"/>
        <source>Kết quả giải quyết</source>
        <translation>Processing results</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="201"/>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="208"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="208"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="208"/>
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="209"/>
        <source>Đang trong hạn</source>
        <translation>Pending, within time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="209"/>
        <source>Đang quá hạn</source>
        <translation>Pending, overdue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="216"/>
        <source>Mức độ hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="223"/>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="223"/>
        <source>Tên thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="224"/>
        <source>Mã lĩnh vực</source>
        <translation>Field code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="224"/>
        <source>Tên lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="225"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="225"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="290"/>
        <source>Chưa đánh giá</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="323"/>
        <source>Hôm nay: %1 biên lai, đã thu %2, đã hoàn %3 · tiền mặt phải nộp %4</source>
        <translation>Today: %1 receipts, collected %2, refunded %3 · cash to hand over %4</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="330"/>
        <source>Nhận trong ngày: %1 · Đến hạn trả hôm nay: %2 · Đang quá hạn: %3</source>
        <translation>Received today: %1 · Due today: %2 · Overdue: %3</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="338"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="339"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="340"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="378"/>
        <source>Đã lưu báo cáo thành tệp %1.</source>
        <translation>Report saved as %1.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="384"/>
        <source>Đã hủy xuất báo cáo: không tệp nào được ghi.</source>
        <translation>Report export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="414"/>
        <source>Sổ theo dõi hồ sơ</source>
        <translation>Dossier ledger</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="423"/>
        <source>Đã in sổ theo dõi hồ sơ.</source>
        <translation>Dossier ledger printed.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/reports_page.py" line="425"/>
        <source>Đã lưu sổ theo dõi hồ sơ thành tệp %1.</source>
        <translation>Dossier ledger saved as %1.</translation>
    </message>
</context>
<context>
    <name>ResultScans</name>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="283"/>
        <source>%1 tệp</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="283"/>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="284"/>
        <source>Bản quét kết quả: %1</source>
        <translation>Result scan: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="320"/>
        <source>Đang chờ bản quét kết quả trong thư mục %1…</source>
        <translation>Waiting for the result scan in folder %1…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="339"/>
        <source>Đã lưu bản quét kết quả (%1 trang).</source>
        <translation>Result scan saved (%1 pages).</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="97"/>
        <source>Không tìm thấy hồ sơ mã %1.</source>
        <translation>No dossier with code %1.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="98"/>
        <source>“%1” không phải mã hồ sơ: quét mã vạch trên giấy hẹn, hoặc gõ mã hồ sơ (hay phần cuối của mã, ví dụ 261202-2002).</source>
        <translation>“%1” is not a dossier code: scan the barcode on the appointment slip, or type the code (or its end, e.g. 261202-2002).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="109"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Người nộp: %3 (%4)&lt;br&gt;Hẹn trả: %5 · Trạng thái: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Applicant: %3 (%4)&lt;br&gt;Due: %5 · Status: %6</translation>
    </message>
    <message>
        <source>Nếu trả bây giờ: %1</source>
        <translation type="vanished">If returned now: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="118"/>
        <source>Xử lý xong lúc %1: %2</source>
        <translation>Processed at %1: %2</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="120"/>
        <source>Chưa xử lý xong</source>
        <translation>Not processed yet</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="140"/>
        <source>Biên lai số %1: %2 (%3)</source>
        <translation>Receipt no. %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="144"/>
        <source>Miễn: %1</source>
        <translation>Exempt: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="179"/>
        <source>Chưa có hồ sơ.</source>
        <translation>No dossier yet.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="184"/>
        <source>Nhập họ tên người được ủy quyền.</source>
        <translation>Enter the authorised person&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="186"/>
        <source>Nhập số CCCD của người được ủy quyền.</source>
        <translation>Enter the authorised person&apos;s ID number.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="188"/>
        <source>Chọn mức độ hài lòng của người dân, hoặc “Công dân không đánh giá”.</source>
        <translation>Choose the citizen&apos;s satisfaction, or “No rating given”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="193"/>
        <source>Hồ sơ đang ở trạng thái “%1”: chỉ trả kết quả khi đã xử lý xong.</source>
        <translation>The dossier is “%1”: results are returned only once processing is done.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="224"/>
        <location filename="../../onestop_desktop/ui/return_page.py" line="229"/>
        <source>Trả kết quả</source>
        <translation>Hand back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="239"/>
        <source>Đã trả kết quả hồ sơ %1 cho %2 (%3, thu %4).</source>
        <translation>Result of %1 returned to %2 (%3, fees %4).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="241"/>
        <source>Đã trả kết quả hồ sơ %1 cho %2 (%3, thu %4, biên lai số %5).</source>
        <translation>Result of %1 handed to %2 (%3, collected %4, receipt no. %5).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="268"/>
        <source>Chưa có hồ sơ: quét mã vạch trên giấy hẹn trả kết quả.</source>
        <translation>No dossier yet: scan the barcode on the appointment slip.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_page.py" line="304"/>
        <source>Công dân chọn trên màn hình: %1.</source>
        <translation>Chosen by the citizen on the screen: %1.</translation>
    </message>
</context>
<context>
    <name>ReturnPageForm</name>
    <message>
        <location filename="../../forms/return_page.ui" line="8"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="9"/>
        <source>Quét mã vạch trên giấy hẹn, hoặc gõ mã rồi Enter</source>
        <translation>Scan the slip barcode, or type the code and press Enter</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="10"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="16"/>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="18"/>
        <source>Chưa có hồ sơ: quét mã vạch trên giấy hẹn trả kết quả.</source>
        <translation>No dossier yet: scan the barcode on the appointment slip.</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="24"/>
        <source>Quét kết quả</source>
        <translation>Scan result</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="24"/>
        <source>Quét bản kết quả trả cho công dân (mũi tên: chọn máy quét, thư mục quét hay tệp)</source>
        <translation>Scan the result handed to the citizen (arrow: choose scanner, scan folder or file)</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="35"/>
        <source>Người nhận kết quả</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="37"/>
        <source>Người nộp hồ sơ tự nhận</source>
        <translation>The applicant in person</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="38"/>
        <source>Người được ủy quyền</source>
        <translation>An authorised person</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="39"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="41"/>
        <source>Số định danh/Hộ chiếu</source>
        <translation>Personal ID/Passport</translation>
    </message>
    <message>
        <source>Số CCCD/CMND</source>
        <translation type="vanished">ID card no.</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="44"/>
        <source>Phí, lệ phí phải thu</source>
        <translation>Fees to collect</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="46"/>
        <source>Hình thức thu</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="47"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="47"/>
        <source>Chuyển khoản</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu</source>
        <translation type="vanished">Fees collected</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="53"/>
        <source>Mức độ hài lòng của người dân</source>
        <translation>Citizen satisfaction</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="55"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="56"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="57"/>
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="58"/>
        <source>Công dân không đánh giá</source>
        <translation>No rating given</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="59"/>
        <source>Ý kiến góp ý (không bắt buộc)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../forms/return_page.ui" line="69"/>
        <source>Xác nhận trả kết quả (Ctrl+Enter)</source>
        <translation>Confirm return (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ScanChoice</name>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="80"/>
        <source>Quét từ máy quét của quầy</source>
        <translation>Scan from the desk&apos;s scanner</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="81"/>
        <source>Chờ bản quét từ máy quét mạng (thư mục quét)</source>
        <translation>Wait for a scan from the network scanner (scan folder)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="82"/>
        <source>Chọn tệp trên máy…</source>
        <translation>Choose a file on this PC…</translation>
    </message>
</context>
<context>
    <name>ScanInboxSetting</name>
    <message>
        <location filename="../../onestop_desktop/ui/scan_inbox_setting.py" line="56"/>
        <source>Chọn thư mục quét</source>
        <translation>Choose the scan folder</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/scan_inbox_setting.py" line="72"/>
        <source>Đã lưu thư mục quét.</source>
        <translation>Scan folder saved.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="120"/>
        <source>Máy chủ trung tâm</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="121"/>
        <source>Địa chỉ máy chủ và mã thiết bị do quản trị viên cấp. Chưa có thì chọn làm việc ngoại tuyến: hồ sơ vẫn được tiếp nhận và sẽ gửi lên khi có máy chủ.</source>
        <translation>The server address and device token from your administrator. Without them, choose to work offline: dossiers are still taken in and are sent when a server is set.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="124"/>
        <source>Địa chỉ máy chủ:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="126"/>
        <source>Mã thiết bị:</source>
        <translation>Device token:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run.py" line="127"/>
        <source>Làm việc ngoại tuyến</source>
        <translation>Work offline</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../forms/settings_page.ui" line="6"/>
        <source>Bạn đăng nhập với quyền cán bộ: máy chủ, tài khoản và danh mục thủ tục chỉ quản trị viên thay đổi được.</source>
        <translation>You are signed in as an officer: only administrators can change the server, the accounts and the catalogue.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="12"/>
        <source>Quầy và máy in</source>
        <translation>Desk and printer</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="20"/>
        <source>Quầy tiếp nhận</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="25"/>
        <source>Thư mục sao lưu hằng ngày</source>
        <translation>Daily backup folder</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="27"/>
        <location filename="../../forms/settings_page.ui" line="35"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="33"/>
        <source>Thư mục quét (máy quét mạng lưu vào)</source>
        <translation>Scan folder (where network scanners save)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="34"/>
        <source>Máy quét mạng “quét vào thư mục” lưu bản quét vào đây; bấm “Quét” trên dòng giấy tờ rồi quét trên máy</source>
        <translation>Network scanners that “scan to folder” save here; press “Scan” on a paper&apos;s row, then scan on the machine</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="46"/>
        <source>Máy quét mã vạch / QR (kiểu bàn phím)</source>
        <translation>Barcode / QR scanner (keyboard wedge)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="48"/>
        <source>Ký tự đầu (prefix)</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="50"/>
        <source>Ký tự cuối (suffix, ngoài Enter)</source>
        <translation>Suffix (besides Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="52"/>
        <source>Khoảng cách tối đa giữa hai phím (ms)</source>
        <translation>Longest gap between two keys (ms)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="54"/>
        <source>Lưu cài đặt máy quét</source>
        <translation>Save scanner settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="60"/>
        <source>Màn hình công dân: thông báo khi không có hồ sơ đang làm</source>
        <translation>Citizen screen: notices shown when no dossier is under way</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="62"/>
        <source>Mỗi dòng một thông báo</source>
        <translation>One notice per line</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="66"/>
        <source>Lưu thông báo</source>
        <translation>Save the notices</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="77"/>
        <source>In giấy tờ</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="79"/>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="81"/>
        <source>Khổ giấy (mẫu 01–06)</source>
        <translation>Paper (forms 01–06)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="83"/>
        <source>Lưu cài đặt in</source>
        <translation>Save printing settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="90"/>
        <source>Khóa màn hình khi không thao tác</source>
        <translation>Lock the screen when idle</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="92"/>
        <source>Khóa sau (phút)</source>
        <translation>Lock after (minutes)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="94"/>
        <source>Lưu thời gian khóa</source>
        <translation>Save the lock time</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="103"/>
        <source>Máy chủ và đồng bộ</source>
        <translation>Server and sync</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="111"/>
        <source>Máy chủ trung tâm</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="113"/>
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="116"/>
        <source>Mã thiết bị</source>
        <translation>Device token</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="118"/>
        <source>Chứng chỉ CA của tỉnh</source>
        <translation>Province CA certificate</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="121"/>
        <source>Để trống: dùng chứng chỉ của hệ điều hành</source>
        <translation>Empty: use the operating system&apos;s certificates</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="122"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="126"/>
        <source>Máy chủ luôn được kiểm chứng chứng chỉ; tệp PEM này dùng khi tỉnh có CA riêng.</source>
        <translation>The server&apos;s certificate is always verified; this PEM file is for a province with its own CA.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="128"/>
        <source>Lưu và đồng bộ thử</source>
        <translation>Save and try a sync</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="134"/>
        <source>Đồng bộ với hệ thống trung tâm</source>
        <translation>Sync with the central system</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="138"/>
        <source>Ngoại tuyến – chưa kết nối máy chủ</source>
        <translation>Offline – not connected to a server</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="156"/>
        <source>Tài khoản cán bộ</source>
        <translation>Officer accounts</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="170"/>
        <location filename="../../forms/settings_page.ui" line="199"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="171"/>
        <location filename="../../forms/settings_page.ui" line="201"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="172"/>
        <location filename="../../forms/settings_page.ui" line="207"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="173"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="178"/>
        <source>Tài khoản đang chọn</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="183"/>
        <source>Khóa tài khoản</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="184"/>
        <source>Đặt mật khẩu mới</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="185"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="186"/>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="187"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="197"/>
        <location filename="../../forms/settings_page.ui" line="209"/>
        <source>Thêm tài khoản</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="203"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="205"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="216"/>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="224"/>
        <source>Danh mục thủ tục hành chính</source>
        <translation>Administrative procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="227"/>
        <source>Nạp một tệp danh mục (JSON, theo mẫu của danh mục kèm theo chương trình) để thay toàn bộ danh mục trên quầy này. Tệp có lỗi thì danh mục được giữ nguyên.</source>
        <translation>Load a catalogue file (JSON, in the format of the bundled catalogue) to replace this desk&apos;s whole catalogue. A file with errors leaves the catalogue as it is.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="230"/>
        <source>Nạp danh mục…</source>
        <translation>Load a catalogue…</translation>
    </message>
    <message>
        <source>Ngoại tuyến – chưa cấu hình máy chủ</source>
        <translation type="vanished">Offline – no server configured</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="139"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="128"/>
        <source>Chưa cấu hình</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="184"/>
        <source>Không đọc được cài đặt</source>
        <translation>Could not read the settings</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="211"/>
        <source>Quầy chưa được thiết lập.</source>
        <translation>The desk is not set up.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="213"/>
        <source>%1 (mã %2) — quầy số %3</source>
        <translation>%1 (code %2) — desk %3</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="305"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="305"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="305"/>
        <source>Giấy cuộn 80 mm</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="316"/>
        <source>Không đọc được danh sách máy in</source>
        <translation>Could not read the list of printers</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="322"/>
        <source>Máy in mặc định của hệ thống</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="326"/>
        <source>%1 (không thấy máy in này)</source>
        <translation>%1 (printer not found)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="334"/>
        <source>Đã lưu: in ra %1, khổ %2.</source>
        <translation>Saved: printing on %1, paper %2.</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation type="vanished">Saved</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="358"/>
        <source>Chưa có</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Đã lưu — để trống nếu giữ nguyên</source>
        <translation type="vanished">Saved — leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="362"/>
        <source>Chưa có — nhập mã thiết bị được cấp cho quầy này</source>
        <translation>None yet — enter the device token issued for this desk</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="372"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="381"/>
        <source>Đã lưu máy chủ; đang đồng bộ thử (xem dòng trạng thái bên dưới).</source>
        <translation>Server saved; trying a sync (see the status line below).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="388"/>
        <source>Không lưu được máy chủ</source>
        <translation>Could not save the server</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="418"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation type="vanished">Administrator</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="428"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="423"/>
        <source>Đã khóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="115"/>
        <source>Bạn đăng nhập với vai trò %1: máy chủ, tài khoản và danh mục thủ tục chỉ quản trị viên thay đổi được.</source>
        <translation>You are signed in as %1: only an administrator may change the server, accounts and procedure catalogue.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="227"/>
        <source>Chọn thư mục sao lưu hằng ngày</source>
        <translation>Choose the daily backup folder</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="242"/>
        <source>Đã lưu thư mục sao lưu.</source>
        <translation>Backup folder saved.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="244"/>
        <source>Không lưu được thư mục sao lưu</source>
        <translation>Could not save the backup folder</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="271"/>
        <source>Đã lưu: cửa sổ tự khóa sau %1 phút không thao tác.</source>
        <translation>Saved: the window locks after %1 idle minutes.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="276"/>
        <source>Không lưu được thời gian khóa</source>
        <translation>Could not save the lock time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="296"/>
        <source>Đã lưu %1 thông báo.</source>
        <translation>%1 notices saved.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="300"/>
        <source>Không lưu được thông báo</source>
        <translation>The notices could not be saved</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="356"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="360"/>
        <source>%1 — để trống nếu giữ nguyên</source>
        <translation>%1 — leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="394"/>
        <source>Chọn tệp chứng chỉ CA của tỉnh</source>
        <translation>Choose the province&apos;s CA certificate file</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="395"/>
        <source>Chứng chỉ PEM (*.pem *.crt *.cer);;Mọi tệp (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="418"/>
        <source>Lãnh đạo trung tâm</source>
        <translation>Centre head</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="419"/>
        <source>Quản trị viên</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="426"/>
        <source>Tạm khóa đến %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="442"/>
        <source>Nhập sai mật khẩu 5 lần liên tiếp. Đặt lại mật khẩu thì mở khóa ngay.</source>
        <translation>Wrong password 5 times in a row. Resetting the password unlocks it at once.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="462"/>
        <source>Chọn một tài khoản trong bảng.</source>
        <translation>Choose an account in the table.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="463"/>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="466"/>
        <source>Khóa tài khoản</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="467"/>
        <source>Mở khóa tài khoản</source>
        <translation>Enable the account</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="481"/>
        <source>Đã mở khóa tài khoản %1.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="482"/>
        <source>Đã khóa tài khoản %1.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="492"/>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="514"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="506"/>
        <source>Đã đặt mật khẩu mới cho %1; hãy báo cho cán bộ đó.</source>
        <translation>New password set for %1; tell the officer.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="529"/>
        <source>Đã thêm tài khoản %1 (%2).</source>
        <translation>Account %1 (%2) added.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="535"/>
        <source>Không thêm được tài khoản</source>
        <translation>Could not add the account</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="542"/>
        <source>Không thay đổi được tài khoản</source>
        <translation>Could not change the account</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="549"/>
        <source>Danh mục hiện có: %1 thủ tục, phiên bản “%2”.</source>
        <translation>Current catalogue: %1 procedures, version “%2”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="556"/>
        <source>Chọn tệp danh mục thủ tục</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="557"/>
        <source>Danh mục thủ tục (*.json)</source>
        <translation>Procedure catalogue (*.json)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="566"/>
        <source>Đang nạp %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="573"/>
        <source>Đã nạp %1 thủ tục từ %2.</source>
        <translation>Loaded %1 procedures from %2.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="579"/>
        <source>Tệp không dùng được; danh mục giữ nguyên:</source>
        <translation>The file cannot be used; the catalogue is unchanged:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/settings_page.py" line="584"/>
        <source>Không nạp được danh mục</source>
        <translation>Could not load the catalogue</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../forms/sign_in.ui" line="16"/>
        <source>Bộ phận Một cửa — Tiếp nhận và trả kết quả</source>
        <translation>One-stop desk — intake and return of results</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="20"/>
        <location filename="../../forms/sign_in.ui" line="27"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="22"/>
        <location filename="../../forms/sign_in.ui" line="36"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="24"/>
        <location filename="../../forms/sign_in.ui" line="40"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="33"/>
        <source>Lần chạy đầu: tạo tài khoản quản trị</source>
        <translation>First run: create the administrator account</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="35"/>
        <source>Máy này chưa có tài khoản cán bộ nào. Tạo tài khoản đầu tiên (quyền quản trị) để bắt đầu.</source>
        <translation>This computer has no officer account yet. Create the first one (administrator) to start.</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="38"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="42"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="45"/>
        <source>Tạo tài khoản và đăng nhập</source>
        <translation>Create account and sign in</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/sign_in_page.py" line="75"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>StatusBarForm</name>
    <message>
        <location filename="../../forms/status_bar.ui" line="11"/>
        <source>Chưa đăng nhập</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../forms/status_bar.ui" line="14"/>
        <source>Tài khoản ▾</source>
        <translation>Account ▾</translation>
    </message>
    <message>
        <location filename="../../forms/status_bar.ui" line="15"/>
        <source>Đổi mật khẩu, khóa màn hình, đăng xuất</source>
        <translation>Change password, lock screen, sign out</translation>
    </message>
    <message>
        <location filename="../../forms/status_bar.ui" line="22"/>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../forms/status_bar.ui" line="25"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>StoreCare</name>
    <message>
        <location filename="../../onestop_desktop/ui/store_care.py" line="59"/>
        <source>Dữ liệu hỏng, không ghi</source>
        <translation>Data damaged, not writing</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/store_care.py" line="61"/>
        <source>Dữ liệu của quầy bị hỏng</source>
        <translation>The desk&apos;s data is damaged</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/store_care.py" line="83"/>
        <source>Đã sao lưu hôm nay</source>
        <translation>Backed up today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/store_care.py" line="88"/>
        <source>Chưa sao lưu được</source>
        <translation>Not backed up yet</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/store_care.py" line="89"/>
        <source>%1 (thử lại sau một giờ; chi tiết trong nhật ký).</source>
        <translation>%1 (trying again in an hour; details in the log).</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <location filename="../../onestop_desktop/ui/sync_bridge.py" line="159"/>
        <source>chưa kết nối máy chủ</source>
        <translation>not connected to a server</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="62"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="62"/>
        <source>Việc</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="62"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="63"/>
        <source>Số lần gửi</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="63"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="63"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="72"/>
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="73"/>
        <source>Bỏ qua</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="74"/>
        <source>Đánh dấu đã xem xung đột từ máy chủ</source>
        <translation>Mark the conflict from the server as seen</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="75"/>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="218"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="133"/>
        <source>Trạng thái từ máy chủ</source>
        <translation>Status from the server</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="144"/>
        <source>Chờ gửi: %1 · Lỗi: %2 · Xung đột: %3 · Đã gửi: %4</source>
        <translation>Waiting: %1 · Failed: %2 · Conflicts: %3 · Sent: %4</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="148"/>
        <source> · Tệp chờ gửi: %1 (%2 MB)</source>
        <translation> · Files waiting: %1 (%2 MB)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="155"/>
        <source>Không đọc được hàng đợi đồng bộ: %1</source>
        <translation>Could not read the sync queue: %1</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="195"/>
        <source>Không thử lại được</source>
        <translation>Could not retry</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="198"/>
        <source>Không bỏ qua được</source>
        <translation>Could not dismiss</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_panel.py" line="218"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="294"/>
        <source>Không tìm thấy máy in mặc định: bấm “Lưu tệp PDF…” (Ctrl+S) để lưu bản in thành tệp.</source>
        <translation>No default printer: press “Save PDF…” (Ctrl+S) to save the print as a file.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="297"/>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="313"/>
        <source>Lưu bản in thành tệp PDF</source>
        <translation>Save the print as a PDF file</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="314"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="325"/>
        <source>Đang lưu tệp…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_flow.py" line="330"/>
        <source>Không lưu được: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../onestop_desktop/app.py" line="249"/>
        <source>Lỗi không mong đợi: chi tiết đã ghi vào nhật ký của quầy (%1); hãy báo quản trị viên.</source>
        <translation>Unexpected error: the details are in the desk&apos;s log (%1); please tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/app.py" line="255"/>
        <source>Không mở được dữ liệu của quầy</source>
        <translation>The desk&apos;s data could not be opened</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../onestop_desktop/ui/paper_files.py" line="99"/>
        <source>Chọn bản quét</source>
        <translation>Choose a scan</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>chưa cấu hình máy chủ</source>
        <translation type="vanished">no server configured</translation>
    </message>
</context>
</TS>
