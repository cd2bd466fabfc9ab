"""Multiple-choice questions: physics, chemistry, biology, astronomy."""

# Questions keep their typographic symbols (minus and multiplication signs, superscripts) on
# purpose: real prompts carry them.
# ruff: noqa: RUF001

from __future__ import annotations

from .model import MCQuestion as Q

SCIENCE = (
    Q(
        "sci.orbit", "astronomy",
        "Which planet in the Solar System has the shortest orbital period?",
        ("Venus", "Mercury", "Mars", "Earth", "Jupiter"), 1,
        ("Orbital period depends on how far a planet is from the Sun.",
         "Kepler's third law says the square of the period scales with the cube of the semi-major axis."),
        ("The innermost planet has the smallest semi-major axis.",
         "Mercury orbits at about 0.39 AU, so its year of roughly 88 days is the shortest."),
    ),
    Q(
        "sci.ph", "chemistry",
        "A solution has a hydrogen-ion concentration of 1 × 10⁻³ mol/L. What is its pH?",
        ("pH 1", "pH 3", "pH 7", "pH 11"), 1,
        ("pH is the negative base-10 logarithm of the hydrogen-ion concentration.",
         "A neutral solution at 25 °C sits at pH 7, and acids are below that."),
        ("−log10(10⁻³) = 3.", "So the solution is acidic with a pH of 3."),
    ),
    Q(
        "sci.boyle", "physics",
        "At constant temperature, a gas at 2 atm occupying 6 L is compressed to 3 L. What is its new pressure?",
        ("1 atm", "2 atm", "3 atm", "4 atm", "6 atm", "12 atm"), 3,
        ("At constant temperature Boyle's law holds: P1·V1 = P2·V2.",
         "Halving a volume should change the pressure by the inverse factor."),
        ("P1·V1 = 2 atm × 6 L = 12 atm·L.", "P2 = 12 atm·L / 3 L = 4 atm."),
    ),
    Q(
        "sci.dna", "biology",
        "Which base pairs with adenine in DNA?",
        ("Cytosine", "Guanine", "Thymine", "Uracil"), 2,
        ("Watson–Crick pairing matches a purine with a pyrimidine.",
         "Uracil appears in RNA rather than in DNA."),
        ("Adenine forms two hydrogen bonds with thymine.",
         "Guanine pairs with cytosine, which leaves thymine as adenine's partner."),
    ),
    Q(
        "sci.atp", "biology",
        "Which organelle is the main site of ATP production by oxidative phosphorylation in eukaryotic cells?",
        ("Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome", "Nucleus",
         "Endoplasmic reticulum", "Peroxisome"), 2,
        ("Oxidative phosphorylation needs an electron transport chain and ATP synthase.",
         "Those proteins sit in an inner membrane with folds called cristae."),
        ("The inner mitochondrial membrane hosts the electron transport chain.",
         "So the mitochondrion is where most ATP is made."),
    ),
    Q(
        "sci.force", "physics",
        "A 2 kg cart accelerates at 3 m/s². What net force acts on it?",
        ("1.5 N", "5 N", "6 N", "9 N", "12 N"), 2,
        ("Newton's second law relates net force, mass and acceleration.",
         "One newton is one kilogram metre per second squared."),
        ("F = m·a = 2 kg × 3 m/s².", "That is 6 N."),
    ),
    Q(
        "sci.noble", "chemistry",
        "Which of these elements is a noble gas?",
        ("Nitrogen", "Argon", "Chlorine", "Oxygen", "Hydrogen", "Fluorine"), 1,
        ("Noble gases sit in group 18 and have full outer shells.",
         "Halogens such as chlorine and fluorine are one electron short of a full shell."),
        ("Argon has atomic number 18 and a full valence shell.",
         "Nitrogen, oxygen and hydrogen are reactive, so argon is the noble gas here."),
    ),
    Q(
        "sci.ohm", "physics",
        "A 12 V battery drives current through a 4 Ω resistor. What is the current?",
        ("0.33 A", "3 A", "8 A", "16 A", "48 A"), 1,
        ("Ohm's law: V = I·R.", "Current is voltage divided by resistance."),
        ("I = V / R = 12 V / 4 Ω.", "That gives 3 A."),
    ),
    Q(
        "sci.photo", "biology",
        "Which gas do plants take in from the air for photosynthesis?",
        ("Oxygen", "Nitrogen", "Carbon dioxide", "Methane"), 2,
        ("Photosynthesis builds glucose using light energy.",
         "The overall reaction combines water with a carbon source."),
        ("6 CO₂ + 6 H₂O → C₆H₁₂O₆ + 6 O₂.",
         "The carbon comes from carbon dioxide taken in through the stomata."),
    ),
    Q(
        "sci.sound", "physics",
        "In which medium does sound travel fastest?",
        ("Air", "Water", "Steel", "Vacuum"), 2,
        ("Sound is a mechanical wave and needs a medium.",
         "Its speed grows with the stiffness of the medium relative to its density."),
        ("Sound moves at about 343 m/s in air, about 1,480 m/s in water and about 5,900 m/s in steel.",
         "It cannot travel through a vacuum at all, so steel is fastest."),
    ),
    Q(
        "sci.halflife", "physics",
        "A radioactive sample has a half-life of 5 years. What fraction of it remains after 15 years?",
        ("1/2", "1/3", "1/4", "1/8", "1/15", "1/16", "3/4", "None of it"), 3,
        ("Each half-life leaves half of what was there before.",
         "The remaining fraction is (1/2) raised to the number of half-lives."),
        ("15 years is 15 / 5 = 3 half-lives.", "(1/2)³ = 1/8 remains."),
    ),
    Q(
        "sci.vessels", "biology",
        "Which blood vessels carry blood away from the heart?",
        ("Veins", "Arteries", "Capillaries", "Venules", "Lymphatic vessels"), 1,
        ("Vessels are named by the direction of flow relative to the heart, not by oxygen content.",
         "Capillaries are where exchange with tissues happens."),
        ("Arteries carry blood away from the heart; veins bring it back.",
         "Even the pulmonary artery, with deoxygenated blood, is an artery by that rule."),
    ),
)  # fmt: skip
