"""The HTTP face of the central server (FastAPI); OpenAPI at /openapi.json and /docs.

`create_app(db)` builds the application on an open Database; the protocol
itself is described in onestop_desktop/sync/protocol.py, what the centre accepts
of it in limits.py. guard.RequestGuard wraps the whole app: the device token is
checked and the body's size and pace kept before any route reads a byte. Every
answer other than a success is a p.ErrorBody, and the OpenAPI document lists each
one a route gives.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path as FilePath
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from onestop_desktop.domain import json_input
from onestop_desktop.domain.codes import is_dossier_code
from onestop_desktop.sync import protocol as p

from . import dossier_files, online, service
from . import limits as bounds
from .db import Database
from .files import CHUNK, DiskFileStore, FileMissing, FileStore, default_files_dir
from .guard import RequestGuard
from .limits import Limits
from .models import Device, StoredFile
from .uploads import UploadRefused, Uploads, parse_content_range


def _utc_now() -> datetime:
    return datetime.now(UTC)


_HTTP_ERRORS = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 408: "body_timeout", 409: "conflict",
                413: "body_too_large", 422: "invalid_request"}
_DESCRIPTIONS = {
    400: "Protocol version not served (`protocol_mismatch`), or a request HTTP refuses.",
    401: "No device token, or not a live device's (`unauthorized`).",
    403: "A desk's token where the online portal's is needed, or the other way round "
         "(`forbidden`).",
    404: "No such dossier for this device's agency (`not_found`).",
    408: "The body did not arrive within the server's time-out (`body_timeout`).",
    409: "The audit chain head disagrees with what the device sent before "
         "(`audit_diverged`); an upload's chunk does not start at the offset the centre "
         "holds (`offset_mismatch`) or the file is being sent by another request "
         "(`upload_busy`); a file placed before the centre holds it whole "
         "(`file_not_uploaded`).",
    503: "The agency has used every number of the centre's range for the day "
         "(`online_numbers_exhausted`).",
    413: "The body is larger than the server's limit (`body_too_large`), or the file "
         "larger than its upload limit (`file_too_large`).",
    422: "The request does not follow the protocol (`invalid_request`, with `detail`), or "
         "an upload's bytes do not have its SHA-256 (`hash_mismatch`).",
}


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route: each 4xx it gives, with the ErrorBody model."""
    return {status: {"model": p.ErrorBody, "description": _DESCRIPTIONS[status]}
            for status in statuses}


class DossierReply(BaseModel):
    """GET /v1/dossiers/{code}: the dossier under the national portal's names."""

    server_time: datetime
    dossier: dict[str, Any] = Field(
        description="The national portal's record (schemas/dvcqg_hoso.schema.json).")


def create_app(db: Database, clock: Callable[[], datetime] = _utc_now,
               limits: Limits | None = None, files: FileStore | None = None,
               partials: FilePath | None = None) -> FastAPI:
    """`clock` stamps every reply's server_time (tests give a skewed one). `files`: where
    whole files are kept (default: a directory beside the database); `partials`: where
    partial uploads wait (default: `.partial` inside that directory)."""
    _now = clock
    limits = limits or Limits()
    if files is None:
        files = DiskFileStore(default_files_dir(db.url))
        partials = partials or files.root / ".partial"
    if partials is None:
        partials = default_files_dir(db.url) / ".partial"
    uploads = Uploads(partials, files, db, max_file_bytes=limits.max_file_bytes,
                      max_partial_bytes=limits.max_partial_bytes, clock=_now)

    def _error(status: int, error: str, message: str, headers: dict[str, str] | None = None,
               detail: list | None = None) -> JSONResponse:
        body = p.ErrorBody(error=error, message=message, server_time=_now(),
                           detail=detail or [])
        return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)

    app = FastAPI(title="onestop-central", version=str(p.PROTOCOL_VERSION),
                  description="Reference central server for onestop-desktop desks.")
    app.state.db = db
    app.state.limits = limits
    app.state.files = files

    def authenticate(token: str) -> Device | None:
        with db.read() as session:
            found = service.authenticate(session, token)
            if found is not None:
                session.expunge(found)
        return found

    app.add_middleware(RequestGuard, limits=limits, authenticate=authenticate,
                       error=_error, clock=_now)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 405:  # Allow lists every route of the path, not the first's
            return _error(405, "method_not_allowed", str(exc.detail),
                          {"Allow": ", ".join(_methods_of(request.url.path))})
        if isinstance(exc.detail, dict):
            return _error(exc.status_code, exc.detail["error"], exc.detail["message"],
                          exc.headers)
        return _error(exc.status_code, _HTTP_ERRORS.get(exc.status_code, "error"),
                      str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))}
                  for e in exc.errors()]
        return _error(422, "invalid_request", "Yêu cầu không đúng định dạng của giao thức.",
                      detail=detail)

    def _methods_of(path: str) -> list[str]:
        return sorted({method for route in app.router.routes
                       if isinstance(route, APIRoute) and route.path_regex.match(path)
                       for method in route.methods})

    def check_protocol(version: Annotated[str | None, Header(
            alias=p.PROTOCOL_HEADER, json_schema_extra={"enum": [str(p.PROTOCOL_VERSION)]},
            description="The protocol the desk speaks; another is answered 400 "
                        "(`protocol_mismatch`).")] = None) -> None:
        if version is not None and version != str(p.PROTOCOL_VERSION):
            raise HTTPException(400, {"error": "protocol_mismatch",
                                      "message": f"Máy chủ dùng giao thức {p.PROTOCOL_VERSION}, "
                                                 f"quầy gửi {version[:20]}."})

    bearer = HTTPBearer(auto_error=False, description="The device token "
                        "(`onestop-central device add`).")

    def device(request: Request,
               _token: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
               ) -> Device:
        # RequestGuard checked the token before anything was read; here it is only
        # documented (and the device handed over).
        found = request.scope.get("state", {}).get("device")
        if found is None:
            raise HTTPException(401, {"error": "unauthorized",
                                      "message": "Thiếu mã thiết bị (Bearer token)."})
        return found

    def only_query(*names: str):
        """A query parameter the route does not take is refused, not ignored: the
        request is not what the client thinks it asks."""
        def check(request: Request) -> None:
            unknown = sorted(set(request.query_params) - set(names))
            if unknown:
                raise RequestValidationError([
                    {"loc": ("query", name[:40]), "msg": "Unknown query parameter"}
                    for name in unknown[:10]])
        return Depends(check)

    def desk(found: Annotated[Device, Depends(device)]) -> Device:
        if found.portal:
            raise HTTPException(403, {"error": "forbidden", "message": (
                "Mã thiết bị của cổng trực tuyến chỉ dùng để nộp hồ sơ trực tuyến.")})
        return found

    def portal_side(found: Annotated[Device, Depends(device)]) -> Device:
        if not found.portal:
            raise HTTPException(403, {"error": "forbidden", "message": (
                "Chỉ cổng trực tuyến (thiết bị tạo bằng `device add --portal`) được nộp "
                "hồ sơ trực tuyến.")})
        return found

    Dev = Annotated[Device, Depends(desk)]
    Portal = Annotated[Device, Depends(portal_side)]
    checks = [Depends(check_protocol), only_query()]

    @app.get("/v1/health", response_model=p.Health, dependencies=[only_query()],
             responses=_errors(422))
    def health() -> p.Health:
        return p.Health(server_time=_now())

    async def push_body(request: Request) -> bytes:
        return await request.body()  # counted against the limit by RequestGuard

    @app.post("/v1/push", response_model=p.PushResponse, dependencies=checks,
              openapi_extra=_PUSH_REQUEST_BODY,
              responses=_errors(400, 401, 408, 413, 422))
    def push(dev: Dev, raw: Annotated[bytes, Depends(push_body)]) -> Response:
        # The body is parsed and validated once (pydantic's own JSON parser, the
        # centre's bounds), the reply serialised once.
        body = _parse(bounds.PushRequest, raw)
        if body.protocol != p.PROTOCOL_VERSION:
            check_protocol(str(body.protocol))
        with db.transaction() as session:
            results = service.push(session, dev, body.events)
        reply = p.PushResponse(server_time=_now(), results=results)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.get("/v1/changes", response_model=p.PullResponse,
             dependencies=[Depends(check_protocol), only_query("since", "limit")],
             responses=_errors(400, 401, 422))
    def changes(dev: Dev, since: Annotated[int, Query(ge=0, le=bounds.MAX_CURSOR)] = 0,
                limit: Annotated[int, Query(ge=1, le=p.MAX_PULL_PAGE)] = 200) -> p.PullResponse:
        with db.read() as session:
            items, cursor, has_more = service.changes_since(session, dev, since, limit)
        return p.PullResponse(server_time=_now(), changes=items, cursor=cursor,
                              has_more=has_more)

    @app.get("/v1/dossiers/{code}", response_model=DossierReply, dependencies=checks,
             responses=_errors(400, 401, 404, 422))
    def dossier(code: Annotated[str, Path(min_length=1, max_length=64)], dev: Dev
                ) -> DossierReply:
        """The dossier as the national portal (DVCQG) records it (onestop_central/portal.py;
        JSON Schema: onestop_central/schemas/dvcqg_hoso.schema.json)."""
        record = None
        if is_dossier_code(code):
            with db.read() as session:
                record = service.portal_record(session, dev, code)
        if record is None:
            raise HTTPException(404, {"error": "not_found",
                                      "message": f"Không có hồ sơ {code[:64]}."})
        return DossierReply(server_time=_now(), dossier=record)

    @app.post("/v1/audit-heads", response_model=p.AuditHeadReply, dependencies=checks,
              openapi_extra=_AUDIT_HEAD_REQUEST_BODY,
              responses=_errors(400, 401, 408, 409, 413, 422))
    def audit_head(dev: Dev, raw: Annotated[bytes, Depends(push_body)]) -> Response:
        """The head of the desk's audit chain: kept per device, a divergence marked."""
        head = _parse(bounds.AuditHead, raw)
        with db.transaction() as session:
            outcome = service.record_audit_head(session, dev, head, _now())
        if outcome == service.AUDIT_DIVERGED:
            return _error(409, "audit_diverged",
                          f"Chuỗi nhật ký của thiết bị không khớp với lần gửi trước "
                          f"(số {head.seq}).")
        reply = p.AuditHeadReply(server_time=_now(), outcome=outcome, seq=head.seq,
                                 hash=head.hash)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.post(p.ONLINE_DOSSIERS_PATH, response_model=p.OnlineReply, dependencies=checks,
              status_code=201, responses=_errors(400, 401, 403, 408, 413, 422, 503))
    def online_dossier(dev: Portal, raw: Annotated[bytes, Depends(push_body)]) -> Response:
        """A dossier submitted online: the desk's intake JSON plus `agency_code` and
        `files` ([{"paper", "name", "media_type", "content": base64}], at most
        online.MAX_FILES, each up to online.MAX_FILE_BYTES). Kept in status 1, numbered
        from the centre's own range, pulled by the agency's desks (`dossier.online`)."""
        try:
            document = json_input.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            return _error(422, "invalid_submission",
                          f"Hồ sơ nộp trực tuyến không phải JSON hợp lệ: {exc}"[:300])
        try:
            with db.transaction() as session:
                done = online.take(session, files, document, _now(), dev,
                                   online.files_from_json)
        except online.OnlineRefused as refused:
            return _error(refused.status, refused.error, "; ".join(
                str(x) for x in refused.problems[:5]),
                detail=[{"loc": [x.field], "msg": x.message} for x in refused.problems])
        reply = p.OnlineReply(server_time=_now(), id=done.dossier.id, code=done.dossier.code,
                              files=done.files)
        return Response(reply.model_dump_json(), status_code=201,
                        media_type="application/json")

    @app.get("/v1/files/{sha256}", dependencies=checks,
             responses={200: {"content": {"application/octet-stream": {}},
                              "description": "The file's bytes."},
                        **_errors(400, 401, 403, 404, 422)})
    def file_bytes(sha256: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
                   dev: Dev) -> StreamingResponse:
        """A file on one of the device's agency's dossiers (its SHA-256 names it)."""
        with db.read() as session:
            known = service.agency_has_file(session, dev.agency_code, sha256)
        try:
            handle = files.open(sha256) if known else None
        except FileMissing:
            handle = None
        if handle is None:
            raise HTTPException(404, {"error": "not_found",
                                      "message": f"Không có tệp {sha256[:12]}… của cơ quan "
                                                 f"này."})

        def chunks():
            with handle:
                while chunk := handle.read(CHUNK):
                    yield chunk

        return StreamingResponse(chunks(), media_type="application/octet-stream",
                                 headers={"Content-Length": str(files.size(sha256))})

    Sha256 = Annotated[str, Path(pattern=p.SHA256_PATTERN)]
    DossierCode = Annotated[str, Path(min_length=1, max_length=64)]

    def refused(exc: UploadRefused) -> JSONResponse:
        return _error(exc.status, exc.error, exc.message)

    def upload_state(sha256: str, progress) -> Response:
        reply = p.UploadState(server_time=_now(), sha256=sha256, offset=progress.offset,
                              complete=progress.complete)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.get("/v1/uploads/{sha256}", response_model=p.UploadState, dependencies=checks,
             responses=_errors(400, 401, 422))
    def upload_progress(sha256: Sha256, dev: Dev) -> Response:
        """How much of the file the centre holds for this device; complete at once when
        the centre holds the file already (from any desk)."""
        return upload_state(sha256, uploads.progress(dev.id, sha256))

    @app.put("/v1/uploads/{sha256}", response_model=p.UploadState, dependencies=checks,
             openapi_extra=_CHUNK_REQUEST_BODY,
             responses=_errors(400, 401, 408, 409, 413, 422))
    def upload_chunk(sha256: Sha256, dev: Dev, raw: Annotated[bytes, Depends(push_body)],
                     content_range: Annotated[str, Header(
                         pattern=r"^bytes \d{1,15}-\d{1,15}/\d{1,15}$",
                         description="bytes START-END/TOTAL of this chunk (END inclusive)")]
                     ) -> Response:
        """One chunk, appended only at the offset the centre holds; with the last byte
        the file is verified against its SHA-256 and kept."""
        try:
            chunk_range = parse_content_range(content_range)
            return upload_state(sha256, uploads.append(dev.id, sha256, chunk_range, raw))
        except UploadRefused as exc:
            return refused(exc)

    def agency_dossier(session, dev: Device, code: str):
        found = service.get_dossier(session, dev, code) if is_dossier_code(code) else None
        if found is None:
            raise HTTPException(404, {"error": "not_found",
                                      "message": f"Không có hồ sơ {code[:64]}."})
        return found

    def entry(row, size: int) -> p.DossierFileEntry:
        return p.DossierFileEntry(sha256=row.sha256, role=row.role, paper=row.paper,
                                  name=row.name, pages=row.pages, media_type=row.media_type,
                                  source=row.source, size=size, added_at=row.added_at)

    @app.post("/v1/dossiers/{code}/files", response_model=p.FilePlaced, dependencies=checks,
              openapi_extra=_FILE_PLACE_REQUEST_BODY,
              responses=_errors(400, 401, 404, 408, 409, 413, 422))
    def place_file(code: DossierCode, dev: Dev, raw: Annotated[bytes, Depends(push_body)]
                   ) -> p.FilePlaced:
        """A file the centre holds, placed on the dossier (idempotent)."""
        place = _parse(p.FilePlace, raw)
        with db.transaction() as session:
            dossier = agency_dossier(session, dev, code)
            stored = session.get(StoredFile, place.sha256)
            if stored is None:
                raise HTTPException(409, {"error": "file_not_uploaded",
                                          "message": "Máy chủ chưa có đủ tệp này; hãy gửi "
                                                     "tệp trước."})
            row, created = dossier_files.place_file(
                session, dossier, sha256=place.sha256, role=place.role, name=place.name,
                source=place.source, now=_now(), paper=place.paper, pages=place.pages,
                media_type=place.media_type)
            return p.FilePlaced(server_time=_now(), created=created,
                                file=entry(row, stored.size))

    @app.get("/v1/dossiers/{code}/files", response_model=p.DossierFiles, dependencies=checks,
             responses=_errors(400, 401, 404, 422))
    def list_files(code: DossierCode, dev: Dev) -> p.DossierFiles:
        """The dossier's files at the centre, with their SHA-256 and size."""
        with db.read() as session:
            dossier = agency_dossier(session, dev, code)
            rows = dossier_files.files_of(session, dossier)
            return p.DossierFiles(server_time=_now(), code=dossier.code,
                                  files=[entry(row, size) for row, size in rows])

    _document_bodies(app)
    return app


M = TypeVar("M", bound=BaseModel)


def _parse(model: type[M], raw: bytes) -> M:
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise RequestValidationError(
            [dict(e, loc=("body", *e["loc"])) for e in exc.errors(include_url=False,
                                                                  include_context=False)]
        ) from None


# /v1/push and /v1/audit-heads read their bodies themselves (above, after the guard);
# the document still names their models.
def _body(model: str) -> dict:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model}"}}}}}


_PUSH_REQUEST_BODY = _body("PushRequest")
_AUDIT_HEAD_REQUEST_BODY = _body("AuditHead")
_FILE_PLACE_REQUEST_BODY = _body("FilePlace")
_CHUNK_REQUEST_BODY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


def _document_bodies(app: FastAPI) -> None:
    """Put the request models (and the models they use) into the document's schemas."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            document = build()
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for name, model in (("PushRequest", bounds.PushRequest),
                                ("AuditHead", bounds.AuditHead),
                                ("FilePlace", p.FilePlace)):
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(schema.pop("$defs", {}))
                schemas[name] = schema
        return app.openapi_schema

    app.openapi = openapi
