"""Per-key token buckets for the vendor query (in-process, thread-safe).

Each key (an access code) holds up to `rate` tokens (a burst of one second's worth, at least one) refilled at `rate` per second;
a request takes one or is told how long to wait. The buckets live in one process: N instances of the service (or
uvicorn workers) behind a proxy allow N times the rate unless the proxy limits too (docs/deployment.md).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

MAX_KEYS = 10_000   # a full bucket is forgotten when there are more keys than this (memory stays bounded)


class TokenBuckets:
    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = float(rate)
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[object, tuple[float, float]] = {}   # key -> (tokens, time of the last update)

    def set_rate(self, rate: float) -> None:
        with self._lock:
            self.rate = float(rate)

    def take(self, key: object) -> int:
        """0 when the request may go on (a token taken); else the whole seconds to wait (Retry-After, ≥ 1)."""
        now = self._clock()
        with self._lock:
            rate = self.rate
            if rate <= 0:
                return 0                      # no limit set
            burst = max(1.0, rate)
            tokens, last = self._buckets.get(key, (burst, now))
            tokens = min(burst, tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_KEYS:
                    self._forget_full(now, rate, burst)
                return 0
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / rate))

    def _forget_full(self, now: float, rate: float, burst: float) -> None:
        for key, (tokens, last) in list(self._buckets.items()):
            if tokens + (now - last) * rate >= burst:
                del self._buckets[key]
