#!/usr/bin/env python3
"""Serves the site's files after a fixed delay: the upstream of nginx's /ywxt/ location, standing
in for a slow back-end system (在线申报, 查询) so the benchmark has a few ~2 s URLs."""
import argparse
import functools
import http.server
import time


class SlowHandler(http.server.SimpleHTTPRequestHandler):
    delay = 2.0

    def send_head(self):
        time.sleep(self.delay)
        return super().send_head()

    def guess_type(self, path):
        kind = super().guess_type(path)
        return kind + "; charset=utf-8" if kind == "text/html" else kind

    def log_message(self, format, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--delay", type=float, default=2.0)
    args = parser.parse_args()
    SlowHandler.delay = args.delay
    handler = functools.partial(SlowHandler, directory=args.root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
