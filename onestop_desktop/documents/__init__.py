"""The official forms of Circular 03/2025/TT-VPCP as PDF (reportlab).

Pure renderers: they take domain objects and return PDF bytes (or write to a
file object); they never touch the store. `render_form` picks the renderer.
"""

from __future__ import annotations

from typing import BinaryIO

from ..domain.forms import DOSSIER_FORMS
from ..domain.ledger import LedgerEntry
from .context import FormContext
from .layout import SIZES
from .ledger import render_ledger
from .templates import FormTemplate, template_by_version, template_in_force


def render_form(ctx: FormContext, out: BinaryIO | None = None) -> bytes:
    """Form 01–06 of one dossier as PDF."""
    from .control_slip import render_control_slip
    from .notices import render_notice
    from .receipt import render_receipt

    form = ctx.template.form
    if form == "01":
        return render_receipt(ctx, out)
    if form in ("02", "03", "04", "05"):
        return render_notice(ctx, out)
    if form == "06":
        return render_control_slip(ctx, out)
    raise ValueError(f"form {form!r} is not a dossier form (01–06)")


__all__ = ["DOSSIER_FORMS", "SIZES", "FormContext", "FormTemplate", "LedgerEntry",
           "render_form", "render_ledger", "template_by_version", "template_in_force"]
