"""Money is integer đồng; shown with dots between thousands, as Vietnamese print it."""


def format_vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"
