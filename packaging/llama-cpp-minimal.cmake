# Read by CMake right after llama.cpp's project() call while pip builds llama-cpp-python (the
# Makefile passes it in CMAKE_ARGS as CMAKE_PROJECT_llama.cpp_INCLUDE).
#
# llama-cpp-python forces llama.cpp's "common" library on, but its Python package loads only
# libllama and libggml: common (argument parsing, downloads, chat templates, an HTTP client) is
# compiled and never installed or loaded, and it was 40% of the compile time here (190 of 506
# CPU seconds, .ninja_log). Turning it off leaves the installed libraries as they were.
set(LLAMA_BUILD_COMMON OFF CACHE BOOL "llama.cpp: build common utils library" FORCE)
