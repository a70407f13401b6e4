"""The parts every dossier form opens with and the call that turns them into a PDF."""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.dossier import DeliveryMethod
from .blocks import NationalHeader, esc, field, place_date
from .code_strip import code_strip
from .context import PERSON_ID_LABEL, FormContext, applicant_title, id_label, id_text
from .layout import (
    Footnote,
    PageSpec,
    Styles,
    build_pdf,
    page_spec,
    standard_decorations,
    styles_for,
)


def form_page(ctx: FormContext) -> tuple[PageSpec, Styles]:
    spec = page_spec(ctx.size)
    return spec, styles_for(spec.font)


def opening(ctx: FormContext, spec: PageSpec, styles: Styles, dated: datetime,
            *, with_codes: bool = True) -> list[Flowable]:
    """National header with "Mã hồ sơ: …" under the agency (the dossier's code, not a
    document number), the place/date line, the title, the code strip."""
    config = ctx.config
    out: list[Flowable] = [
        Paragraph(f"<i>{esc(ctx.template.legal_ref)}</i>", styles.small_right),
        NationalHeader(spec, config.parent_name, config.agency_name,
                       f"Mã hồ sơ: {ctx.dossier.code}"),
        Paragraph(esc(place_date(config.place_name, dated)), styles.right_italic),
        Paragraph(esc(ctx.template.title), styles.title),
    ]
    if with_codes:
        out.append(Spacer(1, spec.font * 0.3))
        out += code_strip(spec, styles, ctx.dossier.code, ctx.lookup_url)
        out.append(Spacer(1, spec.font * 0.3))
    return out


def applicant_block(ctx: FormContext, styles: Styles, lead: str) -> list[Flowable]:
    """"<lead> Ông (Bà): NAME" and their details. The name is the person who stood at the
    counter (the one who signs): the owner in person, or a person the owner authorised
    (then "Chủ hồ sơ" follows with the owner's details, as for an organisation)."""
    d = ctx.dossier
    a, submitter = d.applicant, d.submitter
    if submitter is None:
        return [
            Paragraph(f"{esc(lead)}:", styles.body),
            Paragraph(f"{applicant_title(d)}: <b>{esc(a.name)}</b>", styles.body),
            field(styles, "Địa chỉ", a.address),
            field(styles, "Số điện thoại", a.phone),
            field(styles, "Email", a.email),
            field(styles, id_label(d), id_text(d)),
        ]
    role = "người được ủy quyền" if submitter.authorised else "người đại diện"
    return [
        Paragraph(f"{esc(lead)}:", styles.body),
        Paragraph(f"Ông (Bà): <b>{esc(submitter.name)}</b> ({role})", styles.body),
        field(styles, PERSON_ID_LABEL, submitter.id_number),
        field(styles, "Số điện thoại", submitter.phone),
        Paragraph(f"Chủ hồ sơ – {applicant_title(d)}: <b>{esc(a.name)}</b>", styles.body),
        field(styles, "Địa chỉ", a.address),
        field(styles, "Số điện thoại", a.phone),
        field(styles, "Email", a.email),
        field(styles, id_label(d), id_text(d)),
    ]


def delivery_text(ctx: FormContext) -> str:
    """Form 01's "Đăng ký nhận kết quả tại": the counter, or the public postal service."""
    delivery = ctx.dossier.delivery
    if delivery.method is DeliveryMethod.POST:
        return f"Qua dịch vụ bưu chính công ích, địa chỉ nhận: {esc(delivery.address)}"
    return f"Bộ phận Một cửa – {esc(ctx.config.center_address or ctx.config.agency_name)}"


def request_line(ctx: FormContext, styles: Styles) -> Paragraph:
    return Paragraph(f"Nội dung yêu cầu giải quyết: <b>{esc(ctx.dossier.procedure_name)}</b>",
                     styles.justify)


def render(ctx: FormContext, spec: PageSpec, story: list[Flowable],
           out: BinaryIO | None, *, footnote: Footnote | None = None) -> bytes:
    """`footnote`: small print at the foot of a one-page form (see layout.Footnote)."""
    return build_pdf(story, spec, out, title=f"{ctx.template.title} – {ctx.dossier.code}",
                     author=ctx.config.agency_name,
                     decorate=standard_decorations(ctx.dossier.code, ctx.reprint_no,
                                                   footnote),
                     stamp_band=ctx.reprint_no > 0)
