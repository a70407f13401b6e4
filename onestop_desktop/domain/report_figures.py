"""What each figure of the centre's report means: the one text the reports page shows as
its tooltip, the exports print as its heading and the README explains (a test keeps the
README's "Reports" section word for word the same).

A figure is named by its key in the report's JSON (`processed.early`, `ratings.1`), so
the page, the XLSX sheet, the PDF table and the command line's JSON speak of the same
numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .errors import InvalidInput
from .returns import RATING_LABELS

# Longer periods are refused: five years of dossiers is what a head compares, and a
# mistyped year (2062 for 2026) should be said, not counted for minutes.
MAX_PERIOD = timedelta(days=5 * 366)


@dataclass(frozen=True)
class Figure:
    key: str  # its path in the report's JSON
    label: str  # its heading on the page and in the exports
    help: str  # what it counts: the tooltip and the README's line


_RATING_HELP = ("Kết quả trả trong kỳ mà công dân đánh giá “{label}”; tỷ lệ tính trên số "
                "lượt có đánh giá.")

FIGURES: tuple[Figure, ...] = (
    Figure("received", "Tiếp nhận",
           "Hồ sơ nhận trong kỳ (theo ngày nhận, giờ Việt Nam), mọi kênh và mọi trạng thái, "
           "kể cả hồ sơ không được tiếp nhận."),
    Figure("by_channel.direct", "Nộp trực tiếp",
           "Hồ sơ nhận trong kỳ do công dân nộp tại quầy."),
    Figure("by_channel.online", "Nộp trực tuyến",
           "Hồ sơ nhận trong kỳ nộp qua Cổng dịch vụ công."),
    Figure("by_channel.postal", "Nộp qua bưu chính",
           "Hồ sơ nhận trong kỳ gửi qua dịch vụ bưu chính công ích."),
    Figure("refused", "Không được tiếp nhận",
           "Hồ sơ nhận trong kỳ bị từ chối tiếp nhận (trạng thái 3, mẫu 03)."),
    Figure("withdrawn", "Công dân rút hồ sơ",
           "Hồ sơ nhận trong kỳ mà công dân đã rút (trạng thái 7)."),
    Figure("stopped", "Dừng xử lý",
           "Hồ sơ nhận trong kỳ đã dừng xử lý (trạng thái 8, mẫu 05)."),
    Figure("processed.early", "Giải quyết trước hạn",
           "Hồ sơ xử lý xong trong kỳ (lần đầu sang trạng thái 9) trước ngày hẹn trả."),
    Figure("processed.on_time", "Giải quyết đúng hạn",
           "Hồ sơ xử lý xong trong kỳ đúng ngày hẹn trả, không muộn hơn giờ hẹn. Hồ sơ "
           "đã chờ bổ sung giấy tờ được so với ngày hẹn tính lại khi nhận đủ giấy tờ, "
           "nên thời gian chờ không bị tính."),
    Figure("processed.late", "Giải quyết quá hạn",
           "Hồ sơ xử lý xong trong kỳ sau giờ hẹn trả (kể cả một phút)."),
    Figure("pending.within_time", "Đang giải quyết trong hạn",
           "Hồ sơ nhận trong kỳ chưa xử lý xong (trạng thái 1, 2, 4, 5, 6), chưa đến giờ "
           "hẹn trả, hoặc đang chờ công dân bổ sung giấy tờ (trạng thái 5: thời gian "
           "ngừng tính cho đến khi nhận đủ giấy tờ)."),
    Figure("pending.overdue", "Đang quá hạn",
           "Hồ sơ nhận trong kỳ chưa xử lý xong (trạng thái 1, 2, 4, 6) mà đã qua giờ "
           "hẹn trả. Hồ sơ đang chờ bổ sung giấy tờ, đã xử lý xong, đã trả, bị từ chối, "
           "đã rút hay dừng không bao giờ được tính ở đây."),
    Figure("returned", "Đã trả kết quả",
           "Kết quả đã trao cho công dân trong kỳ (theo ngày trả)."),
    *(Figure(f"ratings.{int(r)}", label, _RATING_HELP.format(label=label))
      for r, label in RATING_LABELS.items()),
    Figure("ratings.none", "Chưa đánh giá",
           "Kết quả trả trong kỳ mà công dân không đánh giá."),
    Figure("digitised.count", "Có thành phần số hóa",
           "Hồ sơ nhận trong kỳ có ít nhất một giấy tờ trong danh mục đã được quét vào "
           "quầy (từ máy quét, thư mục quét hay tệp); tỷ lệ tính trên số hồ sơ nhận."),
    Figure("online_payment.count", "Thanh toán trực tuyến",
           "Hồ sơ nhận trong kỳ có phí, lệ phí đã nộp trực tuyến; tỷ lệ tính trên số hồ "
           "sơ có phí. Quầy thu tiền mặt hoặc chuyển khoản nên số này là 0 cho đến khi "
           "có khoản nộp trực tuyến."),
    Figure("queue.tickets", "Hồ sơ có số thứ tự",
           "Hồ sơ nhận trong kỳ có ghi số thứ tự công dân cầm (gõ hoặc quét vé)."),
    Figure("queue.serving_median_s", "Thời gian phục vụ (giây)",
           "Trung vị, tính bằng giây, từ lúc cán bộ gọi số đến lúc lưu hồ sơ, trên các "
           "hồ sơ có số được gọi tại quầy; 0 khi kỳ không có hồ sơ như vậy."),
    Figure("queue.waiting_median_s", "Thời gian chờ (giây)",
           "Trung vị, tính bằng giây, từ lúc lấy vé đến lúc được gọi, trên các vé có ghi "
           "giờ lấy; 0 khi kỳ không có vé như vậy."),
)
FIGURE_BY_KEY = {f.key: f for f in FIGURES}

# The columns of the tables by procedure, field and officer (their JSON keys).
BREAKDOWN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("received", "Tiếp nhận"), ("early", "Trước hạn"), ("on_time", "Đúng hạn"),
    ("late", "Quá hạn"), ("pending", "Đang giải quyết"), ("overdue", "Đang quá hạn"),
)
BREAKDOWN_HELP = ("Tiếp nhận, đang giải quyết và đang quá hạn: hồ sơ nhận trong kỳ. "
                  "Trước hạn, đúng hạn, quá hạn: hồ sơ xử lý xong trong kỳ. Theo cán bộ: "
                  "cán bộ đã tiếp nhận hồ sơ.")
BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("by_procedure", "Theo thủ tục"), ("by_field", "Theo lĩnh vực"),
    ("by_officer", "Theo cán bộ tiếp nhận"),
)


def readme_line(figure: Figure) -> str:
    """The figure's line in the README's "Reports" section."""
    return f"- **{figure.label}** (`{figure.key}`): {figure.help}"


def figure_value(report: dict, key: str) -> int:
    """The number a figure's key names in the report's JSON."""
    value: object = report
    for part in key.split("."):
        value = value[part]  # type: ignore[index]
    return 0 if value is None else round(value)  # type: ignore[arg-type]


def share(count: int, total: int) -> float:
    """A percentage with one decimal (0 when there is nothing to share)."""
    return round(100 * count / total, 1) if total else 0.0


def share_of(report: dict, key: str) -> float | None:
    """The percentage shown beside a figure, or None: a channel of all received, a timing
    of all processed, within time or overdue of all pending, a rating of the rated
    hand-backs, digitised of the received, paid online of the dossiers with fees."""
    head, _, tail = key.partition(".")
    if head == "ratings" and tail != "none":
        return report["rating_shares"][tail]
    if head in ("digitised", "online_payment"):
        return report[head]["share"]
    if head in ("by_channel", "processed", "pending"):
        return share(report[head][tail], sum(report[head].values()))
    return None


class BadPeriod(InvalidInput):
    """A report asked for days that are not a period it can count (exit status 2)."""


def check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise BadPeriod(f"Ngày bắt đầu {date_from:%d/%m/%Y} sau ngày kết thúc "
                        f"{date_to:%d/%m/%Y}.")
    if date_to - date_from >= MAX_PERIOD:
        raise BadPeriod(f"Kỳ báo cáo từ {date_from:%d/%m/%Y} đến {date_to:%d/%m/%Y} dài quá "
                        f"5 năm: hãy chọn kỳ ngắn hơn.")
