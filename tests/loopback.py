"""What every server the tests run on 127.0.0.1 needs: a free port, an HTTP opener that never
goes through a proxy, a wait until the server answers, and a clean stop."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request

HOST = "127.0.0.1"

#: Loopback requests must never go through an http_proxy taken from the environment.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now (it could be taken before it is used,
    so servers started on it retry)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_until_answers(process: subprocess.Popen, url: str, deadline: float,
                       timeout: float = 1.0, pause: float = 0.02) -> bool:
    """Whether ``url`` answers 200 before ``deadline`` (time.monotonic); False as soon as the
    server process exits."""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with OPENER.open(url, timeout=timeout) as answer:
                if answer.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(pause)
    return False


def stop_process(process: subprocess.Popen | None, timeout: float) -> int | None:
    """Terminate ``process`` (kill it if it does not exit within ``timeout``); its exit code."""
    if process is None:
        return None
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)
    return process.returncode
