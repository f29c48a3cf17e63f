"""Tracking negotiations: timelines, positions, figure series, contradictions, what is new."""

from .changes import Change, what_is_new
from .figures import contradictions, series
from .positions import Position, positions
from .timeline import Negotiation, TimelineEntry, negotiations, timeline

__all__ = ["Change", "what_is_new", "contradictions", "series", "Position", "positions", "Negotiation",
           "TimelineEntry", "negotiations", "timeline"]
