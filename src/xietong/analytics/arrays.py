"""Distinct values of large integer arrays.

``np.unique`` of numpy 2.4 takes a hash-based path for integers that is
about fifty times slower than sorting on millions of values (5.4 s against
0.09 s for 5,000,000 int64 here): for the 5,000,000 memberships of the
analytics benchmark it alone took seconds. Sorting gives the same answer, in
the same (ascending) order.
"""

from __future__ import annotations

import numpy as np


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending — what ``np.unique(values)`` gives.

    >>> distinct(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    return _sorted_runs(values)[0]


def distinct_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, ascending, and how often each occurs — what
    ``np.unique(values, return_counts=True)`` gives.

    >>> [a.tolist() for a in distinct_counts(np.array([3, 1, 3, 2]))]
    [[1, 2, 3], [1, 1, 2]]
    """
    uniq, starts, n = _sorted_runs(values)
    return uniq, np.diff(np.append(starts, n))


def _sorted_runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    s = np.sort(np.asarray(values).ravel())
    if not len(s):
        return s, np.zeros(0, np.int64), 0
    first = np.empty(len(s), dtype=bool)
    first[0] = True
    np.not_equal(s[1:], s[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return s[starts], starts, len(s)
