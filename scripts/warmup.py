"""Run the dashboard's first session right after the server starts: `python scripts/warmup.py URL`.

Why: with a pages/ folder beside app.py, Streamlit runs the first session of a server process as a
folder-based app; a reader whose first visit is a deep link (/economy?figure=...) then sees
"Page not found" over the right page (streamlit#9992). Every later session is fine, so one script run
at start-up spares every reader. Speaks Streamlit's own websocket protocol; needs no browser.
Exits 0 once the script has run, 1 if the server did not answer.
"""

from __future__ import annotations

import asyncio
import sys

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg


async def warm_up(url: str, timeout: float = 60) -> None:
    stream = url.replace("http", "ws", 1).rstrip("/") + "/_stcore/stream"
    async with websockets.connect(stream, subprotocols=["streamlit"], max_size=None) as socket:
        request = BackMsg()
        request.rerun_script.query_string = ""
        request.rerun_script.page_name = ""
        await socket.send(request.SerializeToString())
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(socket.recv(), timeout))
            if message.WhichOneof("type") == "script_finished":
                return


def main() -> int:
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8501"
    try:
        asyncio.run(warm_up(url))
    except (OSError, TimeoutError, websockets.WebSocketException) as error:
        print(f"warm-up of {url} failed: {error}", file=sys.stderr)
        return 1
    print(f"warmed up {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
