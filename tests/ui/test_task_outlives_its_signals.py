"""Work still running when its signals' QObject is deleted — what PySide does to every QObject
left as the application is torn down — ends quietly: it printed "RuntimeError: Signal source
has been deleted" from the pool thread, and a progress report on the way cut the work short.
Now the work runs to its end and what nobody can be shown any more goes to the log."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.ui import tasks

Progress = Callable[[int, int], None]


def run_past_its_signals(work: Callable[[Progress], str]) -> list[object]:
    """Starts `work` on the pool, deletes the task's signals while it waits, lets it go on
    and waits for it: what reached the GUI thread."""
    heard: list[object] = []
    released = threading.Event()

    def waiting(progress: Progress, _token: tasks.CancelToken) -> str:
        assert released.wait(10)
        return work(progress)

    task = tasks.start(
        tasks.Task(waiting, on_done=heard.append, on_error=heard.append, on_progress=print)
    )
    shiboken6.delete(task.signals)
    released.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    return heard


def test_work_whose_signals_are_gone_runs_to_its_end_and_prints_nothing(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    steps: list[int] = []

    def work(progress: Progress) -> str:
        for step in range(3):
            progress(step, 3)
            steps.append(step)
        return "stored"

    caplog.set_level(logging.INFO, logger="app.ui.tasks")
    heard = run_past_its_signals(work)
    qtbot.wait(20)  # anything queued for the GUI thread would arrive now

    assert capfd.readouterr() == ("", "")
    assert steps == [0, 1, 2]  # not cut short by its first progress report
    assert heard == []
    assert "background work finished after the application closed" in caplog.text


def test_a_failure_nobody_can_be_shown_goes_to_the_log_not_the_terminal(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    def work(progress: Progress) -> str:
        progress(1, 2)
        raise OSError("the disk went away")

    heard = run_past_its_signals(work)
    qtbot.wait(20)

    assert capfd.readouterr() == ("", "")
    assert heard == []
    failed = [r for r in caplog.records if r.name == "app.ui.tasks"]
    assert [r.levelno for r in failed] == [logging.ERROR]
    assert failed[0].exc_info is not None and "the disk went away" in caplog.text
