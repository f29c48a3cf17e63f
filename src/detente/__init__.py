"""detente: read negotiation reports, track positions, and analyse the conflict.

The public API; the command line is a thin layer over these.
"""

from .conflict import Analysis, Conflict, analyse, load_model, make_hold, ranking_conditions
from .errors import DetenteError, ModelError

__version__ = "0.1.0"
__all__ = ["Analysis", "Conflict", "analyse", "load_model", "make_hold", "ranking_conditions", "DetenteError",
           "ModelError", "__version__"]
