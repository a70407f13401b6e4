"""Made-up but realistic applicants for demo and benchmark stores: Vietnamese names with
their marks, in the proportions surnames really have, valid CCCD numbers, mobile
phones and addresses. Deterministic for a seed; nobody here is a real person."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .identity import PROVINCE_CODES

# Surnames and about how often Vietnamese people carry them (percent).
SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5.1),
            ("Huỳnh", 2), ("Phan", 4.5), ("Vũ", 3.9), ("Võ", 2), ("Đặng", 2.1), ("Bùi", 2),
            ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.8),
            ("Trịnh", 0.6), ("Mai", 0.5), ("Lương", 0.4), ("Cao", 0.4), ("Tô", 0.3)]
MALE_MIDDLE = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân", "Đình", "Ngọc",
               "Trọng", "Anh", "Thanh"]
FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng",
                 "Kim", "Mai", "Thùy"]
MALE_GIVEN = ["An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hoàng",
              "Hùng", "Huy", "Khánh", "Khoa", "Lâm", "Long", "Mạnh", "Nam", "Nghĩa", "Phong",
              "Phúc", "Quân", "Quang", "Sơn", "Tâm", "Thắng", "Thành", "Thịnh", "Trung",
              "Tuấn", "Tùng", "Việt", "Vinh", "Ẩn"]
FEMALE_GIVEN = ["Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hoa",
                "Hồng", "Hương", "Hường", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My",
                "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thu",
                "Thủy", "Trang", "Vân", "Yến"]
STREETS = ["Lê Lợi", "Trần Phú", "Quang Trung", "Nguyễn Trãi", "Lý Thường Kiệt", "Hàm Nghi",
           "Phan Chu Trinh", "Bà Triệu", "Hai Bà Trưng", "Đinh Tiên Hoàng", "Lê Hoàn",
           "Tống Duy Tân", "Hạc Thành", "Nguyễn Du", "Trường Thi"]
WARDS = ["phường Hạc Thành", "phường Quảng Phú", "phường Đông Sơn", "phường Nguyệt Viên",
         "phường Hàm Rồng", "xã Hoằng Hóa", "xã Thiệu Hóa", "xã Quảng Xương", "xã Nông Cống",
         "xã Triệu Sơn", "xã Yên Định", "xã Thọ Xuân", "phường Sầm Sơn", "xã Hậu Lộc"]
MOBILE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "070", "076",
                   "077", "078", "079", "081", "082", "083", "084", "085", "086", "088",
                   "089", "090", "091", "093", "094", "096", "097", "098"]
HOME_PROVINCES = ["038"] * 6 + list(PROVINCE_CODES)  # most applicants are local


@dataclass(frozen=True)
class DemoPerson:
    name: str
    id_number: str
    phone: str  # "" for about one in ten: many elderly citizens have none
    address: str
    gender: str  # "Nam" | "Nữ"
    birth_year: int


class PeopleMaker:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self._surnames = [name for name, _ in SURNAMES]
        self._weights = [weight for _, weight in SURNAMES]

    def person(self, this_year: int) -> DemoPerson:
        r = self.rng
        female = r.random() < 0.5
        surname = r.choices(self._surnames, self._weights)[0]
        middle = r.choice(FEMALE_MIDDLE if female else MALE_MIDDLE)
        given = r.choice(FEMALE_GIVEN if female else MALE_GIVEN)
        name = f"{surname} {middle} {given}"
        if r.random() < 0.15:  # some have two given names
            name = f"{surname} {middle} {r.choice(FEMALE_GIVEN if female else MALE_GIVEN)} {given}"
        born = r.randint(this_year - 85, this_year - 18)
        century = (born // 100 - 19) * 2 + (1 if female else 0)
        id_number = (f"{r.choice(HOME_PROVINCES)}{century}{born % 100:02d}"
                     f"{r.randrange(10**6):06d}")
        phone = "" if r.random() < 0.1 else f"{r.choice(MOBILE_PREFIXES)}{r.randrange(10**7):07d}"
        address = (f"Số {r.randint(1, 300)} {r.choice(STREETS)}, {r.choice(WARDS)}, "
                   f"tỉnh Thanh Hóa")
        return DemoPerson(name, id_number, phone, address, "Nữ" if female else "Nam", born)
