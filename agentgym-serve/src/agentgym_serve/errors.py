"""Errors in OpenAI's format, with the HTTP status a client's mistake deserves.

Everything a client can send wrong ends as an ``APIError`` with a 4xx status, so the
server never answers 500 for bad input; a 500 means a bug here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentgym_serve.schemas import ErrorBody, ErrorResponse

if TYPE_CHECKING:
    from pydantic import ValidationError

INVALID_REQUEST = "invalid_request_error"


class APIError(Exception):
    """A request the server refuses; ``body()`` is what the client receives."""

    def __init__(
        self,
        message: str,
        status: int = 400,
        *,
        param: str | None = None,
        code: str | None = None,
        type: str = INVALID_REQUEST,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.param = param
        self.code = code
        self.type = type

    def body(self) -> bytes:
        error = ErrorBody(message=self.message, type=self.type, param=self.param, code=self.code)
        return ErrorResponse(error=error).model_dump_json().encode()


def invalid_body(error: ValidationError) -> APIError:
    """The first problem pydantic found, named by its place in the body (``messages.0.role``)."""
    first = error.errors(include_url=False, include_context=False)[0]
    location = ".".join(str(part) for part in first["loc"])
    if first["type"] == "json_invalid":
        return APIError(f"the body is not valid JSON: {first['msg']}", code="invalid_json")
    message = f"{location}: {first['msg']}" if location else first["msg"]
    more = error.error_count() - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return APIError(message, param=location or None, code="invalid_value")
