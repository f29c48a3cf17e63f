"""The Graph Model for Conflict Resolution: model, states, preferences, stability."""

from .analysis import Analysis, StatusQuoResult, analyse
from .coalitions import CoalitionMove, CoalitionVerdict
from .expressions import parse as parse_statement
from .gmcr_format import dump_gmcr, load_gmcr, to_gmcr
from .hold import Change, Edit, make_hold
from .inverse import Requirement, ranking_conditions
from .model import Conflict, DecisionMaker, Evidence, Infeasibility, Option, Preference, Statement
from .stability import CONCEPTS
from .yaml_format import dump_yaml, dumps_yaml, load_yaml, loads_yaml


def load_model(path) -> Conflict:
    """Read a model file: ``.gmcr`` (gmcr-py) or YAML."""
    from pathlib import Path

    return load_gmcr(path) if Path(path).suffix.lower() == ".gmcr" else load_yaml(path)


__all__ = ["Analysis", "StatusQuoResult", "analyse", "parse_statement", "load_gmcr", "dump_gmcr",
           "to_gmcr", "load_yaml", "loads_yaml", "dump_yaml", "load_model", "Conflict",
           "DecisionMaker", "Evidence", "Infeasibility", "Option", "Preference", "Statement",
           "CONCEPTS", "dumps_yaml", "CoalitionMove", "CoalitionVerdict", "Change", "Edit", "make_hold",
           "Requirement", "ranking_conditions"]
