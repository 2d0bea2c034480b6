from app.delivery.retry import Backoff


def test_backoff_grows_to_a_ceiling_and_resets_when_a_path_works() -> None:
    backoff = Backoff(first=30, factor=2, longest=300)
    assert [backoff.failed() for _ in range(6)] == [30, 60, 120, 240, 300, 300]
    assert backoff.succeeded() == 30
    assert backoff.failed() == 30
