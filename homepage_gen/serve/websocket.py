"""The little of RFC 6455 the reload channel needs: handshake, text frames out, control frames in.

The server only sends; from the browser it reads close, ping and pong frames
(anything else is read and dropped). Incoming frames are bounded in size.
"""

from __future__ import annotations

import base64
import hashlib
import socket
import struct
from collections.abc import Mapping

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_INCOMING = 4096

OP_TEXT = 0x1
OP_CLOSE = 0x8
OP_PING = 0x9
OP_PONG = 0xA


class ProtocolError(Exception):
    """The peer broke the protocol or sent too much; the connection is dropped."""


def handshake_error(headers: Mapping[str, str]) -> str | None:
    """Why these request headers are not a WebSocket upgrade we accept, or None."""
    if "websocket" not in headers.get("Upgrade", "").lower():
        return "expected `Upgrade: websocket`"
    if "upgrade" not in headers.get("Connection", "").lower():
        return "expected `Connection: Upgrade`"
    if headers.get("Sec-WebSocket-Version", "").strip() != "13":
        return "only WebSocket version 13 is supported"
    key = headers.get("Sec-WebSocket-Key", "").strip()
    try:
        if len(base64.b64decode(key, validate=True)) != 16:
            return "bad Sec-WebSocket-Key"
    except ValueError:
        return "bad Sec-WebSocket-Key"
    return None


def accept_key(key: str) -> str:
    digest = hashlib.sha1((key.strip() + _GUID).encode("ascii")).digest()  # noqa: S324 - the protocol's choice
    return base64.b64encode(digest).decode("ascii")


def encode_frame(opcode: int, payload: bytes) -> bytes:
    """One unmasked, final frame (servers never mask)."""
    head = bytes([0x80 | opcode])
    size = len(payload)
    if size < 126:
        head += bytes([size])
    elif size < 1 << 16:
        head += bytes([126]) + struct.pack("!H", size)
    else:
        head += bytes([127]) + struct.pack("!Q", size)
    return head + payload


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionResetError("the peer closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(sock: socket.socket) -> tuple[int, bytes]:
    """(opcode, unmasked payload) of the next frame from a client."""
    first, second = _recv_exact(sock, 2)
    opcode = first & 0x0F
    masked = second & 0x80
    size = second & 0x7F
    if size == 126:
        (size,) = struct.unpack("!H", _recv_exact(sock, 2))
    elif size == 127:
        (size,) = struct.unpack("!Q", _recv_exact(sock, 8))
    if size > MAX_INCOMING:
        raise ProtocolError(f"frame of {size} bytes is too large")
    if not masked:
        raise ProtocolError("client frames must be masked")
    mask = _recv_exact(sock, 4)
    data = _recv_exact(sock, size)
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))
