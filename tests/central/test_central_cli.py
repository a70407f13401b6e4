"""`onestop-central` subcommands against a real database (each takes --db URL)."""

from __future__ import annotations

import json

from onestop_central.cli import main
from tests.central.live import LiveServer
from tests.central.payloads import AGENCY, created_event, dossier_payload, push


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_device_stats_and_back_office_actions(central_db_url, capsys, tmp_path):
    code, out, _ = run(capsys, "device", "add", "Quầy 1", "--agency-code", AGENCY, "--desk", "1",
                       "--db", central_db_url)
    token = out.strip()
    assert code == 0 and len(token) >= 40

    server = LiveServer(central_db_url).start()
    try:
        payload = dossier_payload(1001)
        with server.client(token) as client:
            assert push(client, created_event(payload))[0]["outcome"] == "accepted"
    finally:
        server.stop()

    code, out, _ = run(capsys, "stats", "--db", central_db_url)
    assert code == 0 and json.loads(out)["dossiers"] == 1 and json.loads(out)["events"] == 1

    code, out, _ = run(capsys, "set-status", payload["code"], "4", "--note", "Chuyển xử lý",
                       "--db", central_db_url)
    assert code == 0 and json.loads(out)["to_status"] == 4
    code, _, err = run(capsys, "set-status", payload["code"], "10", "--db", central_db_url)
    assert code == 2 and "Không thể chuyển" in err
    code, _, err = run(capsys, "set-status", "000.00.01.H22-261130-9999", "4",
                       "--db", central_db_url)
    assert code == 2 and "Không có hồ sơ" in err

    assert run(capsys, "calendar", "set", "2026-12-31", "off", "--name", "Nghỉ bù",
               "--db", central_db_url)[0] == 0
    assert run(capsys, "calendar", "set", "31/12/2026", "off", "--db", central_db_url)[0] == 2
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(json.dumps({"version": "2026.12", "procedures": [
        {"code": "1.000001", "name": "Thủ tục thử", "field": "Thử", "agency": "Sở",
         "time_limit": {"value": 3, "unit": "day"}, "fees": [], "documents": []}]}),
        encoding="utf-8")
    code, out, _ = run(capsys, "catalogue", "publish", str(catalogue), "--db", central_db_url)
    assert code == 0 and "1 procedures" in out
    code, out, _ = run(capsys, "stats", "--db", central_db_url)
    assert json.loads(out)["changes"] == 3
