"""Run every benchmark module (or those named on the command line) and print its figures."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time

import tests.benchmarks as pkg

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def main(names: list[str]) -> int:
    modules = sorted(
        m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith("bench_")
    )
    if names:
        modules = [m for m in modules if any(n in m for n in names)]
    for name in modules:
        started = time.perf_counter()
        module = importlib.import_module(f"tests.benchmarks.{name}")
        print(f"== {name}", flush=True)
        for figure in module.run():
            print("  " + figure.line(), flush=True)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
