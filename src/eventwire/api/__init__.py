"""The analyst's desk over HTTP: a typed JSON API, the offline page, and the review workflow.

Why FastAPI with pydantic response models: the OpenAPI document at `/openapi.json` is then
exact, so clients and the fuzz tests (schemathesis) work from the same contract the page uses.

Every reader goes through `reviews.apply_reviews`, so what the API shows is what analysts
corrected. Writes (reviews, new reports) need the bearer token: `$EVENTWIRE_TOKEN`, or the
token file `make_token()` writes (`$EVENTWIRE_TOKEN_FILE`, default ~/.config/eventwire/token).
Article text is untrusted: the API returns it as JSON data only, the page renders it with
textContent, and a strict Content-Security-Policy forbids inline script and style.
"""


from __future__ import annotations

from eventwire.api.app import MAX_BODY_BYTES, create_app, serve
from eventwire.api.tokens import configured_token, make_token, token_id, token_path

__all__ = ["MAX_BODY_BYTES", "configured_token", "create_app", "make_token", "serve", "token_id", "token_path"]
