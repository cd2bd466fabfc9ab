"""Multiple-choice questions: history, law and logic."""

from __future__ import annotations

from .model import MCQuestion as Q

HISTORY = (
    Q(
        "hist.magna",
        "history",
        "In which year was Magna Carta sealed?",
        ("1066", "1215", "1295", "1348", "1415", "1492"),
        1,
        (
            "Magna Carta was forced on King John by rebel barons.",
            "John reigned in the early thirteenth century.",
        ),
        (
            "The charter was sealed at Runnymede in June 1215.",
            "1066 is the Norman Conquest and 1492 Columbus, so 1215 it is.",
        ),
    ),
    Q(
        "hist.wall",
        "history",
        "In which year did the Berlin Wall fall?",
        ("1985", "1987", "1989", "1991", "1993"),
        2,
        (
            "The wall came down during the revolutions across Eastern Europe.",
            "German reunification followed within about a year.",
        ),
        (
            "The border crossings opened on 9 November 1989.",
            "Reunification was October 1990 and the Soviet Union dissolved in 1991, so 1989.",
        ),
    ),
    Q(
        "hist.emperor",
        "history",
        "Who was the first emperor of Rome?",
        (
            "Julius Caesar",
            "Augustus",
            "Nero",
            "Tiberius",
            "Caligula",
            "Trajan",
            "Hadrian",
            "Claudius",
            "Vespasian",
            "Constantine",
        ),
        1,
        (
            "The Republic gave way to the Principate after decades of civil war.",
            "Julius Caesar was dictator but never held the title of emperor.",
        ),
        (
            "Octavian defeated Antony and Cleopatra at Actium in 31 BC.",
            "In 27 BC the Senate granted him the name Augustus, and he ruled as the first emperor.",
        ),
    ),
    Q(
        "hist.print",
        "history",
        "Who is credited with introducing movable-type printing to Europe around 1440?",
        ("Johannes Gutenberg", "William Caxton", "Aldus Manutius", "Martin Luther"),
        0,
        (
            "Movable type reached Europe in the Rhineland in the mid-fifteenth century.",
            "Caxton brought printing to England later, in the 1470s.",
        ),
        (
            "Gutenberg developed his press in Mainz around 1440.",
            "His Bible was printed in the 1450s, so the credit goes to Gutenberg.",
        ),
    ),
    Q(
        "hist.ww1",
        "history",
        "Which event directly triggered the outbreak of the First World War in 1914?",
        (
            "The sinking of the Lusitania",
            "The assassination of Archduke Franz Ferdinand",
            "The Zimmermann Telegram",
            "The invasion of Poland",
            "The Treaty of Versailles",
        ),
        1,
        (
            "Alliance systems turned a regional crisis into a general war in the summer of 1914.",
            "Several of these events happened later in the war or after it.",
        ),
        (
            "Franz Ferdinand was shot in Sarajevo on 28 June 1914.",
            "Austria-Hungary's ultimatum to Serbia followed, and the alliances pulled everyone in.",
        ),
    ),
    Q(
        "hist.decl",
        "history",
        "In which year was the United States Declaration of Independence adopted?",
        ("1763", "1776", "1783", "1787", "1791"),
        1,
        (
            "The Second Continental Congress debated independence during the Revolutionary War.",
            "1787 is the Constitutional Convention and 1791 the Bill of Rights.",
        ),
        (
            "Congress adopted the Declaration on 4 July 1776.",
            "The Treaty of Paris ending the war came in 1783, so 1776.",
        ),
    ),
    Q(
        "hist.silk",
        "history",
        "Zhang Qian's missions to Central Asia, which helped open the Silk Road, were sent by which Chinese dynasty?",
        ("Tang", "Han", "Song", "Ming", "Qin", "Qing"),
        1,
        (
            "Zhang Qian travelled west in the second century BC.",
            "The Tang, Song, Ming and Qing all came centuries later.",
        ),
        (
            "He was an envoy of Emperor Wu.",
            "Emperor Wu ruled the Western Han, so the dynasty is the Han.",
        ),
    ),
    Q(
        "hist.bastille",
        "history",
        "Which event of 14 July 1789 is commemorated as France's national day?",
        (
            "The storming of the Bastille",
            "The Tennis Court Oath",
            "The execution of Louis XVI",
            "The coronation of Napoleon",
            "The Women's March on Versailles",
        ),
        0,
        (
            "The summer of 1789 began the French Revolution.",
            "Louis XVI was executed in 1793 and Napoleon crowned in 1804.",
        ),
        (
            "On 14 July 1789 crowds in Paris stormed the Bastille fortress.",
            "The Tennis Court Oath was June 1789 and the march on Versailles October 1789.",
        ),
    ),
)
LAW = (
    Q(
        "law.miranda",
        "law",
        "Which US Supreme Court case established that suspects must be informed of their rights before custodial interrogation?",
        (
            "Marbury v. Madison",
            "Miranda v. Arizona",
            "Gideon v. Wainwright",
            "Roe v. Wade",
            "Brown v. Board of Education",
            "Mapp v. Ohio",
        ),
        1,
        (
            "The rule concerns the Fifth Amendment privilege against self-incrimination.",
            "Gideon is about the right to counsel at trial, and Mapp about the exclusionary rule.",
        ),
        (
            "The 1966 decision required warnings before custodial interrogation.",
            "Those warnings carry the case's name, Miranda v. Arizona.",
        ),
    ),
    Q(
        "law.contract",
        "law",
        "Under common-law contract principles, which of these is NOT generally required for a valid contract?",
        (
            "Offer",
            "Acceptance",
            "Consideration",
            "Written form",
            "Intention to create legal relations",
        ),
        3,
        (
            "A contract needs agreement, something of value exchanged, and an intent to be bound.",
            "Some contracts, such as land sales, do have to be in writing under statutes of frauds.",
        ),
        (
            "Offer, acceptance, consideration and intention are the core elements.",
            "Most contracts can be oral, so written form is not generally required.",
        ),
    ),
    Q(
        "law.hearsay",
        "law",
        "An out-of-court statement offered to prove the truth of the matter asserted is generally called what?",
        ("Hearsay", "Perjury", "Slander", "Res judicata", "Estoppel", "Dictum"),
        0,
        (
            "Evidence rules restrict second-hand statements because the declarant cannot be cross-examined.",
            "Perjury is lying under oath, and res judicata bars relitigation.",
        ),
        (
            "A statement made outside court and offered for its truth is the definition of hearsay.",
            "So the term is hearsay.",
        ),
    ),
    Q(
        "law.jeopardy",
        "law",
        "Which amendment to the US Constitution contains the protection against double jeopardy?",
        ("First", "Fourth", "Fifth", "Sixth", "Eighth", "Fourteenth"),
        2,
        (
            "The Bill of Rights groups several criminal-procedure protections together.",
            "The Fourth covers searches and the Sixth speedy trials and counsel.",
        ),
        (
            "The Fifth Amendment says no person shall be twice put in jeopardy for the same offence.",
            "So it is the Fifth.",
        ),
    ),
    Q(
        "law.standard",
        "law",
        "In a common-law criminal trial, to what standard must the prosecution usually prove guilt?",
        (
            "Preponderance of the evidence",
            "Clear and convincing evidence",
            "Beyond a reasonable doubt",
            "Probable cause",
            "Reasonable suspicion",
        ),
        2,
        (
            "Civil cases generally use the balance of probabilities.",
            "Probable cause and reasonable suspicion govern arrests and stops, not verdicts.",
        ),
        (
            "Criminal conviction requires the highest standard.",
            "That standard is proof beyond a reasonable doubt.",
        ),
    ),
    Q(
        "law.adverse",
        "law",
        "What is the doctrine by which someone gains title to land through open, continuous and hostile possession for a statutory period?",
        (
            "Eminent domain",
            "Adverse possession",
            "Easement by necessity",
            "Escheat",
            "Laches",
            "Quiet enjoyment",
            "Fee simple",
        ),
        1,
        (
            "Eminent domain is the state's power to take land, and escheat sends ownerless property to the state.",
            "The question describes a private party acquiring title by occupation.",
        ),
        (
            "Open, notorious, continuous and hostile possession for the statutory period is the test for adverse possession.",
            "So the doctrine is adverse possession.",
        ),
    ),
)
LOGIC = (
    Q(
        "logic.syllogism", "logic",
        "All bloops are razzies and all razzies are lazzies. Which statement must be true?",
        ("All lazzies are bloops", "All bloops are lazzies", "Some razzies are not bloops",
         "No lazzies are bloops"), 1,
        ("Universal statements chain: if every A is a B and every B is a C, something follows about A and C.",
         "Converses of universal statements do not follow."),
        ("Every bloop is a razzie, and every razzie is a lazzie.",
         "So every bloop is a lazzie; nothing forces the converse or the existence of other razzies."),
    ),
    Q(
        "logic.contra", "logic",
        "Which statement is logically equivalent to 'If it rains, the street is wet'?",
        ("If the street is wet, it rained", "If it does not rain, the street is not wet",
         "If the street is not wet, it did not rain", "The street is wet only if it rains"), 2,
        ("A conditional is equivalent to its contrapositive, not to its converse or inverse.",
         "'Only if' reverses the direction of the conditional."),
        ("The contrapositive of 'rain → wet' is 'not wet → not rain'.",
         "So the equivalent statement is: if the street is not wet, it did not rain."),
    ),
    Q(
        "logic.knaves", "logic",
        "On an island, knights always tell the truth and knaves always lie. A says: 'We are both knaves.' What are A and B?",
        ("A is a knight and B is a knight", "A is a knight and B is a knave",
         "A is a knave and B is a knight", "A is a knave and B is a knave"), 2,
        ("A knight cannot truthfully claim to be a knave.",
         "So the speaker's own type constrains what the statement can be."),
        ("If A were a knight the statement would be true, making A a knave: contradiction, so A is a knave.",
         "A's statement is then false, so they are not both knaves, which makes B a knight."),
    ),
    Q(
        "logic.seq", "logic",
        "What number comes next in the sequence 2, 6, 12, 20, 30, ...?",
        ("36", "40", "42", "44", "48"), 2,
        ("The gaps between terms are 4, 6, 8, 10.",
         "Each term looks like a product of two consecutive integers."),
        ("The terms are 1·2, 2·3, 3·4, 4·5, 5·6.", "The next is 6·7 = 42."),
    ),
    Q(
        "logic.fallacy", "logic",
        "'Everyone I know likes the film, so it must be good.' Which fallacy does this argument commit?",
        ("Ad hominem", "Appeal to popularity", "Straw man", "False dilemma", "Slippery slope",
         "Circular reasoning", "Red herring", "Post hoc"), 1,
        ("The argument moves from how many people like something to a claim about its quality.",
         "It attacks no one and misrepresents no opposing view."),
        ("Inferring quality from popularity is the bandwagon fallacy.",
         "That is the appeal to popularity."),
    ),
    Q(
        "logic.truth", "logic",
        "If P is true and Q is false, which of these statements is true?",
        ("P and Q", "Not P", "P implies Q", "P or Q", "Not (P or Q)"), 3,
        ("A conjunction needs both parts true; a disjunction needs one.",
         "A conditional is false only when its antecedent is true and its consequent false."),
        ("'P and Q' is false, 'not P' is false, and 'P implies Q' is false because P is true and Q false.",
         "'P or Q' is true because P is true."),
    ),
)  # fmt: skip
