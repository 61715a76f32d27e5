"""The ASGI app (Starlette): chat completions, models, health, errors in OpenAI's format.

Routes:

- ``POST /v1/chat/completions``: one decision of the run the ``model`` names;
- ``GET /v1/models`` and ``GET /v1/models/{model}``: the loaded runs;
- ``GET /health``: ``{"status": "ok", "models": N}`` (no key needed, for probes).

With an API key, every ``/v1`` route wants ``Authorization: Bearer KEY`` (401 otherwise).
Anything a client sends wrong is a 4xx in OpenAI's error format; a 500 is a bug.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from agentgym_serve.decide import complete
from agentgym_serve.errors import APIError, invalid_body
from agentgym_serve.responses import completion, server_sent_events
from agentgym_serve.runs import ServedRun
from agentgym_serve.schemas import ChatCompletionRequest, ModelCard, ModelList

JSON = "application/json"
MAX_BODY_BYTES = 4 * 1024 * 1024
HTTP_ERROR_CODES = {404: "not_found", 405: "method_not_allowed"}


def json_response(body: bytes | str, status: int = 200) -> Response:
    return Response(body, status_code=status, media_type=JSON)


def error_response(error: APIError) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return Response(error.body(), status_code=error.status, media_type=JSON, headers=headers)


class Server:
    """The routes' shared state: the runs by model name and the API key, if any."""

    def __init__(self, runs: Mapping[str, ServedRun], api_key: str | None = None,
                 max_body_bytes: int = MAX_BODY_BYTES) -> None:
        self.runs = dict(runs)
        self.api_key = api_key.encode() if api_key else None
        self.max_body_bytes = max_body_bytes
        self.cards = {name: ModelCard(**run.card()) for name, run in self.runs.items()}

    def authorize(self, request: Request) -> None:
        if self.api_key is None:
            return
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), self.api_key):
            raise APIError("Incorrect API key provided: send 'Authorization: Bearer KEY' with the server's key",
                           401, code="invalid_api_key")

    async def read_body(self, request: Request) -> bytes:
        """The body, refused (413) past the limit before it is all read."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise self.too_large()
        body = bytearray()
        async for part in request.stream():
            body += part
            if len(body) > self.max_body_bytes:
                raise self.too_large()
        return bytes(body)

    def too_large(self) -> APIError:
        return APIError(f"the body is larger than {self.max_body_bytes} bytes", 413, code="request_too_large")

    async def chat_completions(self, request: Request) -> Response:
        self.authorize(request)
        body = await self.read_body(request)
        try:
            parsed = ChatCompletionRequest.model_validate_json(body)
        except ValidationError as error:
            raise invalid_body(error) from None
        decision = complete(self.runs, parsed)
        if parsed.stream:
            include_usage = bool(parsed.stream_options and parsed.stream_options.include_usage)
            return StreamingResponse(
                server_sent_events(decision, parsed.model, include_usage),
                media_type="text/event-stream", headers={"Cache-Control": "no-cache"},
            )
        return json_response(completion(decision, parsed.model).model_dump_json())

    async def models(self, request: Request) -> Response:
        self.authorize(request)
        return json_response(ModelList(data=list(self.cards.values())).model_dump_json())

    async def model(self, request: Request) -> Response:
        self.authorize(request)
        name = request.path_params["model"]
        card = self.cards.get(name)
        if card is None:
            raise APIError(f"the model '{name}' does not exist; served: {', '.join(sorted(self.cards)) or 'none'}",
                           404, param="model", code="model_not_found")
        return json_response(card.model_dump_json())

    async def health(self, request: Request) -> Response:
        return json_response(f'{{"status": "ok", "models": {len(self.runs)}}}')


async def _api_error(request: Request, error: APIError) -> Response:
    return error_response(error)


async def _http_error(request: Request, error: HTTPException) -> Response:
    """Starlette's own errors (unknown route, wrong method) in OpenAI's format."""
    code = HTTP_ERROR_CODES.get(error.status_code, "http_error")
    message = f"{request.method} {request.url.path}: {error.detail}"
    return error_response(APIError(message, error.status_code, code=code))


def create_app(runs: Mapping[str, ServedRun], api_key: str | None = None,
               max_body_bytes: int = MAX_BODY_BYTES) -> Starlette:
    """The app serving ``runs`` (model name -> run); ``api_key`` turns on the bearer check."""
    server = Server(runs, api_key, max_body_bytes)
    routes = [
        Route("/v1/chat/completions", server.chat_completions, methods=["POST"]),
        Route("/v1/models", server.models, methods=["GET"]),
        Route("/v1/models/{model:path}", server.model, methods=["GET"]),
        Route("/health", server.health, methods=["GET"]),
    ]
    handlers = {APIError: _api_error, HTTPException: _http_error}
    app = Starlette(routes=routes, exception_handlers=handlers)  # type: ignore[arg-type]
    app.state.server = server
    return app
