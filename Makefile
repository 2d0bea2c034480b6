# Outage Kit — the two commands a newcomer needs: `make run` and `make test`.
# Everything else (virtual environment, Python packages, the Debian tools the tests use)
# is installed from here.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Debian tools the tests call: minisign (bundle signatures), zip (hostile bundle archives), pdftotext (report checks),
# fonts with Cyrillic/Polish glyphs for PDF reports; LibreOffice Calc (reads the XLSX reports back,
# ~1 min to install); binutils (PyInstaller), a D-Bus session
# and GNOME keyring (the packaged kit against a real Secret Service).
SYSTEM_PACKAGES := minisign zip poppler-utils fonts-dejavu-core binutils dbus-daemon gnome-keyring libreoffice-calc-nogui
SYSTEM_COMMANDS := minisign zip pdftotext objdump dbus-run-session gnome-keyring-daemon soffice
# The packaged kit carries the X11 libraries Qt's xcb plugin needs; the build copies them
# from this machine, so they must be installed here (README.md, "Packaging").
PACKAGE_LIBRARIES := libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0
PACKAGE_PACKAGES := binutils libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
# For screenshots of a real window (not needed by the tests).
SCREENSHOT_PACKAGES := xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0

.PHONY: run bytecode test check lint bench package clean system-deps screenshot-deps package-deps
.PHONY: windows-deps test-windows test-windows-quick package-windows translations

# The kit's languages (issue 15): the .ts sources are kept in git (translators edit them), the
# .qm files the kit reads are built from them by pyside6-lrelease whenever a .ts is newer, so a
# fresh clone, `make run`, `make test` and `make package` always ship the current translation.
# English is the source language: its .ts holds only the plural forms ("%n day(s)" → 1 day, 2 days).
TS_FILES := resources/i18n/outage_kit_pl.ts resources/i18n/outage_kit_en.ts
QM_FILES := $(TS_FILES:.ts=.qm)
LUPDATE_OPTIONS := -silent -no-obsolete -locations none -extensions py -tr-function-alias QT_TRANSLATE_NOOP+=tr_noop

# The Windows lane (README.md, "Windows"): Wine runs a Windows CPython and Windows wheels,
# both downloaded by pip into build/windows/; mingw-w64 builds the DLL stand-in Wine 8 needs.
WINDOWS_PACKAGES := wine64 gcc-mingw-w64-x86-64
WINDOWS_COMMANDS := wine x86_64-w64-mingw32-gcc

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# the translations too: no documented path (`make .venv/.installed` alone included)
	@# leaves a kit that silently speaks English for want of its .qm files
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done
	touch $(STAMP)

# After changing strings in app/: collect them into the .ts files (translations kept, strings
# gone from the code dropped), then rebuild the .qm files.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(LUPDATE_OPTIONS) app -ts resources/i18n/outage_kit_pl.ts
	$(BIN)/pyside6-lupdate $(LUPDATE_OPTIONS) -pluralonly app -ts resources/i18n/outage_kit_en.ts
	$(MAKE) --no-print-directory $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

system-deps:
	@missing=""; for c in $(SYSTEM_COMMANDS); do command -v $$c >/dev/null || missing="$$missing $$c"; done; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing $(SYSTEM_PACKAGES) (missing:$$missing)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	  else \
	    echo "Missing:$$missing. Install the Debian packages: $(SYSTEM_PACKAGES)"; exit 1; \
	  fi; \
	fi

package-deps:
	@missing=""; for l in $(PACKAGE_LIBRARIES); do ldconfig -p | grep -q "$$l" || missing="$$missing $$l"; done; \
	command -v objdump >/dev/null || missing="$$missing objdump"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing $(PACKAGE_PACKAGES) (missing:$$missing)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGE_PACKAGES) >/dev/null; \
	  else \
	    echo "Missing:$$missing. Install the Debian packages: $(PACKAGE_PACKAGES)"; exit 1; \
	  fi; \
	fi

# The kit for this platform: dist/outage-kit/ (one folder) and dist/outage-kit-*.tar.gz.
package: $(STAMP) $(QM_FILES) package-deps
	$(BIN)/python packaging/build.py

screenshot-deps:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SCREENSHOT_PACKAGES) >/dev/null

# An editable install leaves the kit's own modules uncompiled, and where PYTHONDONTWRITEBYTECODE
# is set every start would compile them again (~0.1 s): compile them first (quick when current).
bytecode: $(STAMP) $(QM_FILES)
	@$(BIN)/python -m compileall -q app

run: $(STAMP) bytecode
	$(BIN)/outage-kit

lint: $(STAMP)
	$(BIN)/ruff check app tests packaging
	$(BIN)/ruff format --check app tests packaging
	$(BIN)/mypy

# The suite on every core (a file's tests stay on one worker: their module's fixtures are
# built once), then the tests that time another process's wait, alone. The files are handed
# out in the order collected, the longest first (tests/heavy_files.txt): xdist's own order,
# most tests first, started the one-test crash files last, one core working alone minutes.
PYTEST_ARGS := -q --durations=15 --ignore-glob='tests/windows/test_wine_*.py'

test: $(STAMP) $(QM_FILES) system-deps package-deps lint
	$(BIN)/python -m pytest $(PYTEST_ARGS) -n auto --dist loadfile --no-loadscope-reorder -m 'not alone'
	$(BIN)/python -m pytest $(PYTEST_ARGS) -m alone
	@if [ "$(WINDOWS)" = 0 ]; then echo "Windows tests SKIPPED (WINDOWS=0)."; \
	elif [ "$(WINDOWS)" = 1 ]; then $(MAKE) --no-print-directory test-windows; \
	elif $(MAKE) --no-print-directory -s windows-deps; then $(MAKE) --no-print-directory test-windows-quick; \
	else echo "Windows tests SKIPPED: Wine is not installed and cannot be installed here (not root, or no apt-get); install $(WINDOWS_PACKAGES)."; fi

# Windows in `make test` (README.md, "Windows, built and tested on Linux"): the Windows part
# (winpy.QUICK, a few minutes) when Wine is there or can be installed; WINDOWS=1 runs the whole
# lane instead (30+ min on 2 busy cores), WINDOWS=0 none.

windows-deps:
	@missing=""; for c in $(WINDOWS_COMMANDS); do command -v $$c >/dev/null || missing="$$missing $$c"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing $(WINDOWS_PACKAGES) (missing:$$missing)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(WINDOWS_PACKAGES) >/dev/null; \
	  else \
	    echo "Missing:$$missing. Install the Debian packages: $(WINDOWS_PACKAGES)"; exit 1; \
	  fi; \
	fi

# Every test that needs no QApplication, under Windows Python (Wine); what is left out and why
# is listed at the end of the report.
test-windows: $(STAMP) $(QM_FILES) system-deps windows-deps
	$(BIN)/python packaging/windows/winpy.py test -q -p no:cacheprovider
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/windows/test_wine_*.py
	$(BIN)/python packaging/windows/winpy.py window -q -p no:cacheprovider

# The Windows behaviour end to end under Windows Python (packaging/windows/winpy.py, QUICK).
test-windows-quick: $(STAMP) $(QM_FILES) system-deps windows-deps
	$(BIN)/python packaging/windows/winpy.py quick -q -p no:cacheprovider

# The Windows kit: dist/windows/outage-kit/ (outage-kit.exe, outage-kit-cli.exe) and
# dist/windows/outage-kit-*-windows-*.zip, built with PyInstaller under Wine, then its
# --selftest (the checks that need no window) under Wine.
package-windows: $(STAMP) $(QM_FILES) windows-deps
	$(BIN)/python packaging/windows/winpy.py package

bench: $(STAMP) bytecode
	$(BIN)/python -m tests.benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
