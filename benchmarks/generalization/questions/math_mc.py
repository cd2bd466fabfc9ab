"""Multiple-choice questions: mathematics."""

# Questions keep their typographic symbols (multiplication signs, superscripts, degrees) on
# purpose: real prompts carry them.
# ruff: noqa: RUF001

from __future__ import annotations

from .model import MCQuestion as Q

MATH = (
    Q(
        "math.deriv", "calculus",
        "What is the derivative of x³ with respect to x?",
        ("x²", "3x²", "3x³", "x⁴/4", "3x"), 1,
        ("The power rule says d/dx xⁿ = n·xⁿ⁻¹.", "x⁴/4 would be an antiderivative, not a derivative."),
        ("Here n = 3.", "So the derivative is 3x²."),
    ),
    Q(
        "math.prime", "number theory",
        "Which of these numbers is prime?",
        ("51", "57", "87", "91", "97", "119"), 4,
        ("Numbers whose digit sum is divisible by 3 are divisible by 3.",
         "To test primality up to 120 it is enough to try 2, 3, 5 and 7."),
        ("51 = 3·17, 57 = 3·19, 87 = 3·29, 91 = 7·13 and 119 = 7·17.",
         "97 is not divisible by 2, 3, 5 or 7, so 97 is prime."),
    ),
    Q(
        "math.hyp", "geometry",
        "A right triangle has legs of length 9 and 12. How long is the hypotenuse?",
        ("13", "15", "17", "21", "108"), 1,
        ("Pythagoras: c² = a² + b².", "9-12-? is a scaled version of a familiar triple."),
        ("81 + 144 = 225.", "√225 = 15."),
    ),
    Q(
        "math.coins", "probability",
        "Two fair coins are tossed. What is the probability of getting exactly one head?",
        ("1/4", "1/3", "1/2", "2/3", "3/4"), 2,
        ("Two fair coins give four equally likely outcomes.",
         "Count the outcomes that match, then divide by the total."),
        ("The outcomes are HH, HT, TH, TT, and exactly one head happens in HT and TH.",
         "2 / 4 = 1/2."),
    ),
    Q(
        "math.log", "algebra",
        "What is log₂(64)?",
        ("4", "5", "6", "8", "32"), 2,
        ("log₂(x) asks which power of 2 gives x.", "Powers of two: 2, 4, 8, 16, 32, 64, ..."),
        ("2⁶ = 64.", "So log₂(64) = 6."),
    ),
    Q(
        "math.hexagon", "geometry",
        "What is the sum of the interior angles of a hexagon?",
        ("360°", "540°", "720°", "900°", "1080°"), 2,
        ("The interior angles of an n-gon sum to (n − 2) × 180°.",
         "A hexagon can be cut into triangles from one vertex."),
        ("For n = 6: (6 − 2) × 180° = 4 × 180°.", "That is 720°."),
    ),
    Q(
        "math.mean", "statistics",
        "The mean of five numbers is 8. Four of them are 6, 7, 9 and 10. What is the fifth?",
        ("6", "7", "8", "9", "10"), 2,
        ("The mean times the count gives the total.", "The missing value is the total minus the known values."),
        ("5 × 8 = 40, and 6 + 7 + 9 + 10 = 32.", "40 − 32 = 8."),
    ),
    Q(
        "math.committee", "combinatorics",
        "In how many ways can a committee of 2 be chosen from 6 people?",
        ("6", "12", "15", "21", "30", "36", "720"), 2,
        ("Order does not matter in a committee, so this is a combination.",
         "C(n, k) = n! / (k!(n − k)!)."),
        ("C(6, 2) = 6·5 / 2.", "That is 15."),
    ),
)  # fmt: skip
