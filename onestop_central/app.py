"""The HTTP face of the central server (FastAPI); OpenAPI at /openapi.json and /docs.

`create_app(db)` builds the application on an open Database; the protocol
itself is described in onestop_desktop/sync/protocol.py.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from onestop_desktop.sync import protocol as p

from . import service
from .db import Database
from .models import Device


def _utc_now() -> datetime:
    return datetime.now(UTC)


_HTTP_ERRORS = {401: "unauthorized", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 400: "bad_request"}


def create_app(db: Database, clock: Callable[[], datetime] = _utc_now) -> FastAPI:
    """`clock` stamps every reply's server_time (tests give a skewed one)."""
    _now = clock

    def _error(status: int, error: str, message: str, detail: list | None = None
               ) -> JSONResponse:
        body = p.ErrorBody(error=error, message=message, server_time=_now(),
                           detail=detail or [])
        return JSONResponse(body.model_dump(mode="json"), status_code=status)

    app = FastAPI(title="onestop-central", version=str(p.PROTOCOL_VERSION),
                  description="Reference central server for onestop-desktop desks.")
    app.state.db = db

    @app.middleware("http")
    async def server_time_header(request: Request, call_next):
        response = await call_next(request)
        response.headers[p.SERVER_TIME_HEADER] = _now().isoformat()
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if isinstance(exc.detail, dict):
            return _error(exc.status_code, exc.detail["error"], exc.detail["message"])
        return _error(exc.status_code, _HTTP_ERRORS.get(exc.status_code, "error"), str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return _error(422, "invalid_request", "Yêu cầu không đúng định dạng của giao thức.",
                      detail)

    @app.exception_handler(Exception)
    async def internal_error(_request: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal_error", f"Lỗi máy chủ: {type(exc).__name__}.")

    def check_protocol(version: Annotated[str | None, Header(alias=p.PROTOCOL_HEADER)] = None
                       ) -> None:
        if version is not None and version != str(p.PROTOCOL_VERSION):
            raise HTTPException(400, {"error": "protocol_mismatch",
                                      "message": f"Máy chủ dùng giao thức {p.PROTOCOL_VERSION}, "
                                                 f"quầy gửi {version}."})

    def device(authorization: Annotated[str | None, Header()] = None) -> Device:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, {"error": "unauthorized",
                                      "message": "Thiếu mã thiết bị (Bearer token)."})
        with db.read() as session:
            found = service.authenticate(session, token.strip())
            if found is None:
                raise HTTPException(401, {
                    "error": "unauthorized",
                    "message": "Mã thiết bị không hợp lệ hoặc đã bị thu hồi."})
            session.expunge(found)
        return found

    Dev = Annotated[Device, Depends(device)]
    checks = [Depends(check_protocol)]

    @app.get("/v1/health", response_model=p.Health)
    def health() -> p.Health:
        return p.Health(server_time=_now())

    async def push_body(request: Request) -> bytes:
        return await request.body()

    @app.post("/v1/push", response_model=p.PushResponse, dependencies=checks,
              openapi_extra=_PUSH_REQUEST_BODY)
    def push(dev: Dev, raw: Annotated[bytes, Depends(push_body)]) -> Response:
        # The token is checked before the body is read; the body is parsed and
        # validated once (pydantic's own JSON parser), the reply serialised once.
        try:
            body = p.PushRequest.model_validate_json(raw)
        except ValidationError as exc:
            raise RequestValidationError(
                [dict(e, loc=("body", *e["loc"])) for e in exc.errors(include_url=False)]
            ) from None
        if body.protocol != p.PROTOCOL_VERSION:
            check_protocol(str(body.protocol))
        with db.transaction() as session:
            results = service.push(session, dev, body.events)
        reply = p.PushResponse(server_time=_now(), results=results)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.get("/v1/changes", response_model=p.PullResponse, dependencies=checks)
    def changes(dev: Dev, since: Annotated[int, Query(ge=0)] = 0,
                limit: Annotated[int, Query(ge=1, le=p.MAX_PULL_PAGE)] = 200) -> p.PullResponse:
        with db.read() as session:
            items, cursor, has_more = service.changes_since(session, dev, since, limit)
        return p.PullResponse(server_time=_now(), changes=items, cursor=cursor,
                              has_more=has_more)

    @app.get("/v1/dossiers/{code}", dependencies=checks)
    def dossier(code: str, dev: Dev) -> dict:
        """The dossier under the national portal's field names."""
        with db.read() as session:
            row = service.get_dossier(session, dev, code)
            if row is None:
                raise HTTPException(404, {"error": "not_found",
                                          "message": f"Không có hồ sơ {code}."})
            portal = p.PortalDossier.from_payload(row.payload, row.status, row.returned_at)
        return {"server_time": _now().isoformat(), "dossier": portal.model_dump(by_alias=True)}

    # A desk's audit chain heads, kept per device (in memory: the minimal form a desk's
    # tests need). A head that moves back, or names a row seen before with another hash,
    # means the desk's history was rewritten.
    heads: dict[int, dict[int, str]] = {}

    @app.post("/v1/audit-heads", dependencies=checks)
    def audit_head(dev: Dev, head: _AuditHead) -> dict:
        seen = heads.setdefault(dev.id, {})
        if (head.seq in seen and seen[head.seq] != head.hash) or \
                (seen and head.seq < max(seen)):
            raise HTTPException(409, {"error": "audit_diverged",
                                      "message": "Nhật ký của quầy khác với bản đã gửi trước."})
        seen[head.seq] = head.hash
        return {"server_time": _now().isoformat(), "seq": head.seq}

    _document_push_request(app)
    return app


class _AuditHead(BaseModel):
    seq: int
    hash: str
    at: str


# /v1/push reads its body itself (above); the document still names its model.
_PUSH_REQUEST_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/PushRequest"}}}}}


def _document_push_request(app: FastAPI) -> None:
    """Put PushRequest (and the models it uses) into the OpenAPI document's schemas."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            document = build()
            schema = p.PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(schema.pop("$defs", {}))
            schemas["PushRequest"] = schema
        return app.openapi_schema

    app.openapi = openapi
