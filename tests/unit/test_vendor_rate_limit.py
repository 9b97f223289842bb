"""The vendor query's rate limit: 10 requests per second per access code by default, then 429 with Retry-After."""

from __future__ import annotations

from app.web.rate_limit import TokenBuckets


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_ten_requests_in_a_second_pass_the_eleventh_waits_one_second():
    clock = FakeClock()
    buckets = TokenBuckets(10, clock)
    assert [buckets.take("kod-1") for _ in range(10)] == [0] * 10
    assert buckets.take("kod-1") == 1
    clock.now += 0.1                      # a tenth of a second gives one request back
    assert buckets.take("kod-1") == 0
    assert buckets.take("kod-1") == 1


def test_each_access_code_has_its_own_bucket():
    buckets = TokenBuckets(2, FakeClock())
    assert buckets.take("a") == buckets.take("a") == 0
    assert buckets.take("a") == 1
    assert buckets.take("b") == 0


def test_a_slow_rate_says_how_many_seconds_to_wait_and_a_pause_refills_only_up_to_one_seconds_worth():
    clock = FakeClock()
    buckets = TokenBuckets(0.25, clock)   # one request every four seconds
    buckets._buckets["a"] = (1.0, clock.now)
    assert buckets.take("a") == 0
    assert buckets.take("a") == 4
    clock.now += 3600
    slow = TokenBuckets(5, clock)
    slow._buckets["a"] = (0.0, clock.now - 3600)
    assert [slow.take("a") for _ in range(6)] == [0, 0, 0, 0, 0, 1]


def test_a_changed_setting_applies_to_the_next_request_and_zero_means_no_limit():
    buckets = TokenBuckets(1, FakeClock())
    assert buckets.take("a") == 0 and buckets.take("a") == 1
    buckets.set_rate(0)
    assert all(buckets.take("a") == 0 for _ in range(100))
