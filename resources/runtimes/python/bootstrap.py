# SPDX-License-Identifier: MIT
"""Bullpen's Python runtime, started as ``python3 /var/runtime/bootstrap.py``.

A launcher: the runtime is the module ``bullpen_runtime`` beside it. Python
compiles a script from source at every start (~10 ms of CPU for the runtime),
but can read a module's bytecode from a cache. The runtime image carries that
bytecode under ``/var/lang/pycache`` (compiled by the image's own Python when
the image is built, hash-checked against the source), because ``/var/runtime``
is bound read-only over the image's and holds none. A source the cache does not
match (or no cache, as on the process backend) is compiled as before, so the
cache can only save time. The prefix applies to this one module: the standard
library's and user code's bytecode is read where it always is.
"""

import time

# The interpreter is up: this is the runtime's first line. Told to the engine
# with the first /next (Bullpen-Runtime-Init), which splits the cold start at it.
_INTERPRETER_UP_NS = time.time_ns()

import os
import sys

# importlib's own classes, loaded with the interpreter (importlib itself is not).
from _frozen_importlib import module_from_spec
from _frozen_importlib_external import SourceFileLoader, cache_from_source, spec_from_file_location

_BYTECODE_PREFIX = "/var/lang/pycache"


def _with_bytecode_prefix(call, *args):
    saved = sys.pycache_prefix
    sys.pycache_prefix = _BYTECODE_PREFIX
    try:
        return call(*args)
    finally:
        sys.pycache_prefix = saved


class _RuntimeLoader(SourceFileLoader):
    def get_code(self, fullname):
        return _with_bytecode_prefix(super().get_code, fullname)


def _load(name):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")
    spec = spec_from_file_location(name, path, loader=_RuntimeLoader(name, path))
    spec.cached = _with_bytecode_prefix(cache_from_source, path)
    module = module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_load("bullpen_runtime").run(_INTERPRETER_UP_NS)
