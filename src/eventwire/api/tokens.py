"""The write token: where it lives, how it is made, and its fingerprint for the audit trail."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path


def token_path() -> Path:
    """Where the write token lives: $EVENTWIRE_TOKEN_FILE, else $XDG_CONFIG_HOME/eventwire/token."""
    if os.environ.get("EVENTWIRE_TOKEN_FILE"):
        return Path(os.environ["EVENTWIRE_TOKEN_FILE"])
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "eventwire" / "token"


def make_token(rotate: bool = False) -> str:
    """The write token, created (owner-only file) when missing or when `rotate` asks for a new one."""
    path = token_path()
    if path.exists() and not rotate:
        existing = path.read_text(encoding="utf-8").strip()
        if existing:
            return existing
    token = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
    os.chmod(path, 0o600)
    return token


def configured_token() -> str | None:
    """The token writes must present: $EVENTWIRE_TOKEN, else the token file; None when neither is set."""
    if os.environ.get("EVENTWIRE_TOKEN"):
        return os.environ["EVENTWIRE_TOKEN"]
    path = token_path()
    if path.exists():
        return path.read_text(encoding="utf-8").strip() or None
    return None


def token_id(token: str) -> str:
    """A fingerprint of the token for the audit trail: tells tokens apart without storing them."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]
