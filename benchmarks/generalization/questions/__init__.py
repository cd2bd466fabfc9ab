"""Question banks shared by both splits (a structural axis, like the option formats)."""

from .free_response import FREE_RESPONSE
from .humanities import HISTORY, LAW, LOGIC
from .math_mc import MATH
from .model import FRQuestion, MCQuestion
from .science import SCIENCE

MULTIPLE_CHOICE = SCIENCE + HISTORY + LAW + LOGIC + MATH

__all__ = ["FREE_RESPONSE", "MULTIPLE_CHOICE", "FRQuestion", "MCQuestion"]
