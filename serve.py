#!/usr/bin/env python3
"""serve.py — build the WebAssembly core if it is missing or stale, then serve web/.

    python3 serve.py                 # build if needed, serve on http://127.0.0.1:8000/
    python3 serve.py --port 9000     # another port (0 = any free port; the URL is printed)
    python3 serve.py --no-build      # serve whatever web/gen/ holds

The server binds to 127.0.0.1 only and sends the same strict Content-Security-Policy
a real deployment should use, so the page and the widget are always exercised under
it. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import http.server
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
WEB = ROOT / "web"
GEN_MODULE = WEB / "gen" / "sift-core.mjs"
GEN_WASM = WEB / "gen" / "sift-core.wasm"

# Sources whose change makes web/gen/ stale.
CORE_SOURCE_DIRS = ("core", "wasm")
CORE_SOURCE_FILES = ("CMakeLists.txt",)
CORE_SOURCE_SUFFIXES = {".cpp", ".cc", ".h", ".hpp", ".txt", ".cmake", ".inc"}

# The policy a deployment should send. 'wasm-unsafe-eval' is the only relaxation:
# it allows compiling WebAssembly, nothing else (no eval, no inline scripts/styles).
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
])

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".wasm": "application/wasm",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".ts": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".webmanifest": "application/manifest+json",
}


def newest_source_mtime() -> float:
    newest = 0.0
    for name in CORE_SOURCE_FILES:
        path = ROOT / name
        if path.exists():
            newest = max(newest, path.stat().st_mtime)
    for folder in CORE_SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in CORE_SOURCE_SUFFIXES:
                newest = max(newest, path.stat().st_mtime)
    return newest


def build_is_needed() -> bool:
    if not GEN_MODULE.exists() or not GEN_WASM.exists():
        return True
    built = min(GEN_MODULE.stat().st_mtime, GEN_WASM.stat().st_mtime)
    return newest_source_mtime() > built


def build() -> bool:
    """Runs scripts/setup.sh (only when emcc is missing) and scripts/build.sh."""
    scripts = ROOT / "scripts"
    if shutil.which("emcc") is None:
        setup = scripts / "setup.sh"
        if not setup.exists():
            print("serve.py: emcc is not on PATH and scripts/setup.sh is missing", file=sys.stderr)
            return False
        print("serve.py: emcc not found, running scripts/setup.sh", flush=True)
        if subprocess.run(["bash", str(setup)], cwd=ROOT).returncode != 0:
            return False
    build_script = scripts / "build.sh"
    if not build_script.exists():
        print("serve.py: scripts/build.sh is missing; cannot build web/gen/", file=sys.stderr)
        return False
    print("serve.py: building the WebAssembly core (scripts/build.sh)", flush=True)
    return subprocess.run(["bash", str(build_script)], cwd=ROOT).returncode == 0


class SiftRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from web/ (plus optional extra mounts) with security headers."""

    # Extra URL prefix -> folder mounts, e.g. the browser tests' fixtures.
    protocol_version = "HTTP/1.1"  # keep-alive: the page loads a dozen small modules
    mounts: dict[str, Path] = {}
    quiet = True
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(WEB), **kwargs)

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in self.mounts.items():
            if clean.startswith(prefix):
                rest = clean[len(prefix):]
                # Let the base class normalise the remainder (it drops "..").
                relative = os.path.relpath(super().translate_path("/" + rest), str(WEB))
                return str(folder / relative)
        return super().translate_path(path)

    def guess_type(self, path) -> str:
        suffix = Path(str(path)).suffix.lower()
        return MIME_TYPES.get(suffix) or super().guess_type(path)

    def end_headers(self) -> None:
        policy = CONTENT_SECURITY_POLICY
        if self.path.split("?", 1)[0].endswith("/embed.html"):
            # The embed page exists to be framed by other sites; a deployment
            # should list its hosts here instead of '*'.
            policy = policy.replace("frame-ancestors 'self'", "frame-ancestors *")
        self.send_header("Content-Security-Policy", policy)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        # Development server: always revalidate, so a rebuilt core is picked up on reload
        # (Last-Modified makes revalidation cheap).
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:
        if not self.quiet:
            super().log_message(format, *args)

    def log_error(self, format: str, *args) -> None:
        # 404s and the like are worth seeing even in quiet mode.
        sys.stderr.write("serve.py: %s\n" % (format % args))


def parse_mount(value: str) -> tuple[str, Path]:
    prefix, sep, folder = value.partition("=")
    if not sep or not prefix.startswith("/"):
        raise argparse.ArgumentTypeError("expected /url-prefix/=folder")
    if not prefix.endswith("/"):
        prefix += "/"
    path = (ROOT / folder).resolve()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"not a folder: {folder}")
    return prefix, path


def main() -> int:
    parser = argparse.ArgumentParser(description="Build (if needed) and serve Sift's web/ folder.")
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--no-build", action="store_true", help="do not build web/gen/, serve as is")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    parser.add_argument("--mount", type=parse_mount, action="append", default=[],
                        metavar="/PREFIX/=DIR", help="also serve DIR under /PREFIX/ (used by tests)")
    args = parser.parse_args()

    if not args.no_build and build_is_needed():
        if not build():
            print("serve.py: build failed; serving anyway (the page will report the missing core)",
                  file=sys.stderr)
    elif not GEN_MODULE.exists():
        print("serve.py: web/gen/sift-core.mjs is missing; the page will report it", file=sys.stderr)

    SiftRequestHandler.mounts = dict(args.mount)
    SiftRequestHandler.quiet = not args.verbose

    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), SiftRequestHandler)
    except OSError as error:
        print(f"serve.py: cannot listen on 127.0.0.1:{args.port}: {error.strerror}"
              " (try --port N, or --port 0 for any free port)", file=sys.stderr)
        return 1
    server.daemon_threads = True
    host, port = server.server_address[:2]
    print(f"Serving Sift on http://{host}:{port}/  (Ctrl+C to stop)", flush=True)

    # Ctrl+C (even when started in the background, where SIGINT is inherited as
    # ignored) and SIGTERM both end the server cleanly.
    def stop(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nserve.py: stopping", flush=True)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
