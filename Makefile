# Targets named in the README. Every target works from a fresh Debian 12 clone.
.PHONY: setup demo test package i18n bench lint

setup:
	bash scripts/setup.sh

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

package:
	/usr/bin/python3 scripts/package.py

i18n:
	/usr/bin/python3 scripts/i18n.py update

bench:
	bash scripts/bench

lint:
	ruff check abs_qgis tests scripts && ruff format --check abs_qgis tests scripts
