"""The address students type: which addresses this machine has, and whether
the server can be reached from another device at all.

A server started on 127.0.0.1 (the default of ``make run``) answers only this
machine; a QR code of ``http://127.0.0.1:5000/join/…`` opens nothing on a
student's phone. The publish page and ``quizgen serve`` use
:func:`student_urls` to show addresses that work, and say plainly when there
is none.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
ALL_INTERFACES = frozenset({"0.0.0.0", "::", ""})
FIB_TRIE = Path("/proc/net/fib_trie")
#: Any private address: connecting a UDP socket sends nothing, it only asks the
#: routing table which of our addresses would be used.
_PROBES = ("10.255.255.254", "192.168.255.254", "172.31.255.254")


def is_loopback(host: str) -> bool:
    """True for 127.x, ::1 and localhost names (what no other device can open)."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast)


def _routed_addresses() -> list[str]:
    found = []
    for probe in _PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
                found.append(sock.getsockname()[0])
            except OSError:
                continue
    return found


def _kernel_addresses() -> list[str]:
    """Linux: this machine's own IPv4 addresses ("/32 host LOCAL" in the routing trie)."""
    try:
        text = FIB_TRIE.read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    return re.findall(r"\|-- (\d+\.\d+\.\d+\.\d+)\n\s+/32 host LOCAL", text)


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses other devices can reach, the default route's first."""
    out: list[str] = []
    for address in _routed_addresses() + _kernel_addresses():
        if _usable(address) and address not in out:
            out.append(address)
    return out


@dataclass
class StudentAddress:
    """Where students go, or why there is nowhere yet."""
    urls: list[str] = field(default_factory=list)  # base URLs ending in "/", best first
    loopback_only: bool = False
    configured: bool = False

    @property
    def best(self) -> str | None:
        return self.urls[0] if self.urls else None


def _base(scheme: str, host: str, port: int | None) -> str:
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}{'' if port in (None, default) else f':{port}'}/"


def student_urls(request_url: str, base_url: str | None = None, listen_host: str | None = None,
                 listen_port: int | None = None, lan: list[str] | None = None) -> StudentAddress:
    """The base URLs students can open (best first).

    A configured ``base_url`` always wins. A server listening on every
    interface is reachable at the address the teacher used (unless that is a
    loopback one) and at each LAN address; one listening on loopback is
    reachable from no other device. When how it listens is unknown (a
    development server), the teacher's own address is the only evidence.
    """
    if base_url:
        return StudentAddress([base_url.rstrip("/") + "/"], configured=True)
    parts = urlsplit(request_url)
    scheme, port = parts.scheme or "http", listen_port or parts.port
    seen = parts.hostname if parts.hostname and not is_loopback(parts.hostname) else None
    if listen_host is None:
        return StudentAddress([_base(scheme, seen, parts.port)]) if seen else StudentAddress(loopback_only=True)
    if is_loopback(listen_host):
        return StudentAddress(loopback_only=True)
    if listen_host not in ALL_INTERFACES:
        return StudentAddress([_base(scheme, listen_host, port)])
    urls = [_base(scheme, seen, parts.port)] if seen else []
    for address in lan_addresses() if lan is None else lan:
        url = _base(scheme, address, port)
        if url not in urls:
            urls.append(url)
    return StudentAddress(urls, loopback_only=not urls)
