"""Weights in memory shared with forked worker processes.

Each batch's weights (~400 KB for the default linear policy) went down every worker's pipe,
pickled and unpickled, ~1 ms of the trainer's time a batch while the workers waited. With
``fork`` the trainer instead copies them into an anonymous shared mapping made before the
workers started (~40 us), and a worker's policy reads them there. The trainer writes only
between batches, when no worker reads weights (a worker may be making its head start on
the next batch, which needs none), so a worker never sees half-written weights.
"""

from __future__ import annotations

import mmap

import numpy as np


class SharedParams:
    """One shared array per named parameter, laid out like ``template``."""

    def __init__(self, template: dict[str, np.ndarray]) -> None:
        self.layout = {name: (array.shape, array.dtype, np.isfortran(array)) for name, array in template.items()}
        sizes = [int(np.prod(shape)) * dtype.itemsize for shape, dtype, _ in self.layout.values()]
        self._mapping = mmap.mmap(-1, max(1, sum(sizes)))
        self.arrays: dict[str, np.ndarray] = {}
        offset = 0
        for (name, (shape, dtype, fortran)), size in zip(self.layout.items(), sizes, strict=True):
            self.arrays[name] = np.ndarray(shape, dtype, buffer=self._mapping, offset=offset,
                                           order="F" if fortran else "C")
            offset += size

    def fits(self, params: dict[str, np.ndarray]) -> bool:
        """Whether ``params`` has exactly the names, shapes and dtypes of the layout."""
        return params.keys() == self.layout.keys() and all(
            params[name].shape == shape and params[name].dtype == dtype
            for name, (shape, dtype, _) in self.layout.items()
        )

    def write(self, params: dict[str, np.ndarray]) -> None:
        for name, array in self.arrays.items():
            array[...] = params[name]
