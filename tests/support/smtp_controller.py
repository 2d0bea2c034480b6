"""aiosmtpd's threaded controller, closing the connections it served when it stops."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import warnings
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP


class ClosingController(Controller):
    """aiosmtpd's controller stops its loop with the clients' connections still open (a kit
    still connected when a test ends, or a probe connected in the listening backlog): their
    sockets were left to the garbage collector, whose "unclosed transport" warning failed
    whichever test collected them, and the client waited out its timeout."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sessions: list[SMTP] = []

    def factory(self) -> SMTP:
        session = super().factory()
        self.sessions.append(session)
        return session

    def stop(self, no_assert: bool = False) -> None:
        async def close_connections() -> None:
            # the listening socket first: a connection still waiting in its backlog would
            # never be served, and its client would wait out its timeout (30 s for the kit)
            if self.server is not None:
                self.server.close()
            # a connection accepted just before has its session but not yet its transport
            # (connection_made is called soon): let it come
            await asyncio.sleep(0.05)
            for session in self.sessions:
                if session.transport is not None:
                    session.transport.abort()  # not close(): it waits for a reader
            await asyncio.sleep(0.05)  # their connection_lost callbacks run

        if self._thread is not None:
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(close_connections(), self.loop).result(5)
        super().stop(no_assert)
        # a connection the loop accepted in its very last turn never reached its session
        # (seen under pytest-xdist): its transport is garbage now; collected here, where its
        # "unclosed" warning is about this server and says nothing of the kit
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
