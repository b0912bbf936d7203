"""Running the pipeline: the library API (pipeline), worker processes, dask, progress."""
