"""The compiled runtime holds what the package loads and no more (Makefile CMAKE_ARGS and
packaging/llama-cpp-minimal.cmake): a smaller build is what makes the first install fast. The
model tests (`-m model`) draft with this build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


@pytest.mark.model
def test_llama_cpp_ships_only_the_libraries_it_loads() -> None:
    import llama_cpp

    libraries = {
        re.sub(r"\.so(?:\.\d+)*$", "", path.name)
        for path in (Path(llama_cpp.__file__).parent / "lib").iterdir()
    }
    # The multimodal library and llama.cpp's "common" are left out; text generation needs none.
    assert libraries == {"libllama", "libggml", "libggml-base", "libggml-cpu"}
