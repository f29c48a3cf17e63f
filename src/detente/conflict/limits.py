"""How large a model this machine can analyse, checked before any work starts.

The analysis holds a handful of arrays over the whole hypercube of 2**n
states, so memory, not time, is what refuses a model: a model whose arrays
would not fit is refused up front with the reason, not after minutes of work.
"""

from __future__ import annotations

import os

from ..errors import ModelError

MAX_OPTIONS = 26  # 2**26 states: the engine's indices and masks are sized for this
BYTES_PER_STATE = 256  # peak per hypercube state of a full analysis: ~190 measured on 3x20 (make bench)


def memory_bytes() -> int | None:
    """This machine's physical memory, or None where the system does not say."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def check_option_count(n: int, source: str | None = None, field: str = "options") -> None:
    """Refuse a model whose state space exceeds the engine's range or this machine's memory."""
    if n > MAX_OPTIONS:
        raise ModelError(f"{n} options make 2^{n} states; detente analyses at most {MAX_OPTIONS} options "
                         f"(2^{MAX_OPTIONS} states)", source=source, field=field)
    memory = memory_bytes()
    need = BYTES_PER_STATE * (1 << n)
    if memory is not None and need > memory:
        raise ModelError(f"{n} options make 2^{n} states, which need about {need / 2**30:.0f} GiB of memory; "
                         f"this machine has {memory / 2**30:.0f} GiB", source=source, field=field)
