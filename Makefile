# Two commands set everything up on a fresh machine: `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# llama-cpp-python compiles from source; native CPU flags crashed in the first decode here (AMX).
# Only what the product loads is compiled: no multimodal library (LLAVA_BUILD=OFF) and no
# llama.cpp "common" library (packaging/llama-cpp-minimal.cmake says why).
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF \
	-DCMAKE_PROJECT_llama.cpp_INCLUDE=$(CURDIR)/packaging/llama-cpp-minimal.cmake

.PHONY: install run test test-fast screenshots lint bench eval

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/streamlit run app.py

# Rewrite the page's screenshots under docs/screenshots (the browser test takes them).
screenshots: install
	UPDATE_SCREENSHOTS=1 $(VENV)/bin/pytest -q -m browser tests/app/test_browser.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: lint
	$(VENV)/bin/pytest

# The development loop: everything but the real model, the server, the browser and the install.
test-fast: install
	$(VENV)/bin/pytest -q -m "not model and not server and not browser and not install"

bench: install
	$(PY) scripts/bench_checker.py
	$(PY) scripts/bench_pipeline.py

eval: install
	$(PY) -m evals run --backend local
