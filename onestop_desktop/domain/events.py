"""The kinds of change a desk reports to the centre (outbox events), and how an officer reads them.

One list for the desk's services, its outbox views and the sync protocol both
sides share.
"""

DOSSIER_CREATED = "dossier.created"
DOSSIER_STATUS_CHANGED = "dossier.status_changed"
DOSSIER_RETURNED = "dossier.returned"
# A new appointment (papers asked for arrived; form 04's new date): old and new due time.
DOSSIER_DUE_CHANGED = "dossier.due_changed"
# Money (domain/fees.py): a collection with its receipt number, a refund against one, an
# exemption decided after intake (one decided at intake is in the dossier's fee_plan).
DOSSIER_FEE_COLLECTED = "dossier.fee_collected"
DOSSIER_FEE_REFUNDED = "dossier.fee_refunded"
DOSSIER_FEE_EXEMPTED = "dossier.fee_exempted"
# Feedback and petitions taken at the desk (domain/feedback.py): not a dossier's event.
FEEDBACK_CREATED = "feedback.created"

KIND_LABELS = {DOSSIER_CREATED: "Tiếp nhận hồ sơ", DOSSIER_STATUS_CHANGED: "Đổi trạng thái",
               DOSSIER_RETURNED: "Trả kết quả", DOSSIER_DUE_CHANGED: "Đổi hẹn trả",
               DOSSIER_FEE_COLLECTED: "Thu phí, lệ phí",
               DOSSIER_FEE_REFUNDED: "Hoàn phí, lệ phí",
               DOSSIER_FEE_EXEMPTED: "Miễn phí, lệ phí",
               FEEDBACK_CREATED: "Tiếp nhận phản ánh, kiến nghị"}
