"""Schemathesis over the central server's own OpenAPI document, with a device token.

Every operation gets generated requests, valid and invalid: no answer may be a
server error, break the document's schema or use a status the document does not
list (schemathesis's default checks: not_a_server_error, status_code_conformance,
content_type_conformance, response_headers_conformance,
response_schema_conformance, negative_data_rejection, positive_data_acceptance,
ignored_auth, …). Runs on SQLite, and on PostgreSQL when configured. The default
run keeps to a few examples an operation (some 20 s a database); the slow one
explores further when asked to:
`ONESTOP_FUZZ_EXAMPLES=300 python -m pytest -m slow tests/central/test_central_fuzz.py`.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from onestop_central import service
from onestop_central.app import create_app
from onestop_central.db import Database
from tests.central.payloads import AGENCY, dossier_payload

FEW = 25
MANY = int(os.environ.get("ONESTOP_FUZZ_EXAMPLES", "0"))


@pytest.fixture
def device_app(central_db_url):
    db = Database(central_db_url)
    with db.transaction() as session:
        token = service.add_device(session, "Quầy 1", AGENCY, 1)
    app = create_app(db)
    app.state.test_token = token
    yield app
    db.close()


@pytest.fixture
def central_schema(device_app):
    return schemathesis.openapi.from_asgi("/openapi.json", device_app)


schema = schemathesis.pytest.from_fixture("central_schema")
_SETTINGS = {"suppress_health_check": list(HealthCheck), "deadline": None}


# A chunk is taken only when its bytes match its Content-Range and, with the last byte,
# the SHA-256 in its path: no OpenAPI schema can say so, so a request the document
# allows may rightly be refused (400 bad_range, 413 file_too_large, 422 hash_mismatch).
_SEMANTIC_BODY = {("PUT", "/v1/uploads/{sha256}")}


def _call(case) -> None:
    token = case.operation.schema.app.state.test_token
    excluded = ([positive_data_acceptance]
                if (case.operation.method.upper(), case.operation.path) in _SEMANTIC_BODY
                else [])
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"},
                           excluded_checks=excluded)


@schema.parametrize()
@settings(max_examples=FEW, **_SETTINGS)
def test_no_server_error_and_no_schema_violation(case):
    _call(case)


@pytest.mark.slow
@pytest.mark.skipif(not MANY, reason="ONESTOP_FUZZ_EXAMPLES not set")
@schema.parametrize()
@settings(max_examples=max(MANY, 1), **_SETTINGS)
def test_no_server_error_and_no_schema_violation_at_length(case):
    _call(case)


def test_the_document_lists_every_error_each_route_gives(device_app):
    document = device_app.openapi()
    paths = document["paths"]
    expected = {("/v1/push", "post"): {"400", "401", "408", "413", "422"},
                ("/v1/changes", "get"): {"400", "401", "422"},
                ("/v1/dossiers/{code}", "get"): {"400", "401", "404", "422"},
                ("/v1/audit-heads", "post"): {"400", "401", "408", "409", "413", "422"},
                ("/v1/uploads/{sha256}", "get"): {"400", "401", "422"},
                ("/v1/uploads/{sha256}", "put"): {"400", "401", "408", "409", "413", "422"},
                ("/v1/dossiers/{code}/files", "post"): {"400", "401", "404", "408", "409",
                                                        "413", "422"},
                ("/v1/dossiers/{code}/files", "get"): {"400", "401", "404", "422"}}
    for (path, method), statuses in expected.items():
        responses = paths[path][method]["responses"]
        assert statuses <= set(responses), (path, set(responses))
        for status in statuses:
            schema_ref = responses[status]["content"]["application/json"]["schema"]["$ref"]
            assert schema_ref.endswith("/ErrorBody")
    assert "HTTPValidationError" not in document["components"]["schemas"]
    assert document["components"]["schemas"]["AuditHead"]["properties"]["hash"]["pattern"]
    # A real dossier's payload fits the bounds the document gives.
    assert len(str(dossier_payload(1001))) < 4000
