"""Ingestion: the layer that reads reports and stores them, calling the reader, the store and the
kept timeline of tracking; here or on a Dask cluster (ingestion.cluster)."""

from .local import ingest
from .writer import infer_negotiation, parse_date, store_reading

__all__ = ["ingest", "store_reading", "parse_date", "infer_negotiation"]
