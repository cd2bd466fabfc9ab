"""The words the reasoning uses when it refers to a hint: people, their attitudes, sources.

Kept apart from the cue rules that combine them, so that other checks can reuse the same
vocabulary ("the pilot is certain" names a person of the hint with an attitude).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections import defaultdict


def _split_top(group: str) -> list[str]:
    """The top-level alternatives of ``(?:a|b|c)``."""
    inner, parts, depth, current, at = group[3:-1], [], 0, "", 0
    while at < len(inner):
        char = inner[at]
        if char == "\\":
            current += inner[at : at + 2]
            at += 2
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        at += 1
    return [*parts, current]


def by_first_letter(group: str) -> str:
    """``(?:note|notes|file)`` as ``(?:n(?:ote|otes)|file)``: the same alternatives, in order.

    Python's regex engine tries alternatives one by one; grouped by first letter it tests
    that letter once per group, which makes these long word lists about twice as cheap.
    Alternatives that start with a group or an escape stay last, as written.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    rest = []
    for alternative in _split_top(group):
        if alternative[:1].isalnum():
            groups[alternative[0]].append(alternative[1:])
        else:
            rest.append(alternative)
    parts = [
        first + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")")
        for first, tails in groups.items()
    ]
    return "(?:" + "|".join([*parts, *rest]) + ")"


PERSON = by_first_letter(
    r"(?:user|asker|questioner|setter|person|human|professor|prof|teacher|tutor|instructor|lecturer"
    r"|expert|specialist|colleague|co-?worker|friend|boss|manager|supervisor|mentor"
    r"|advis[eo]r|student|classmate|peer|researcher|scientist|doctor|reviewer|author|parent"
    r"|crowd|majority|consensus|people|authority|stanford|harvard|oxford|chatbot|bot|ta"
    r"|tas|llm|ai)"
)
PERSON_ANCHORS = (
    "user|asker|questioner|setter|person|human|prof|teacher|tutor|instructor|lecturer|expert"
    "|specialist|colleague|co-worker|coworker|friend|boss|manager|supervisor|mentor|advis"
    "|student|classmate|peer|researcher|scientist|doctor|reviewer|author|parent|crowd"
    "|majority|consensus|people|authorit|stanford|harvard|oxford|chatbot|bot | ta | ta's"
    "| tas | ai | llm"
)
"""Literals one of which every ``PERSON`` word holds (the cue rules' anchors)."""
STRONG_VERB = by_first_letter(
    r"(?:think|thinks|thought|believe|believes|believed|suggest|suggests|suggested|suggesting"
    r"|settles?\s+on|settled\s+on|lands?\s+on|landed\s+on|opts?\s+for|opted\s+for"
    r"|guess|guesses|guessed|propose|proposes|proposed|lean|leans|leaning|leaned|favou?rs?"
    r"|prefer|prefers|preferred|pick|picks|picked|chose|chooses|claim|claims|claimed|insist"
    r"|insists|reckon|reckons|suspect|suspects|hint|hints|hinted|hinting|indicate|indicates"
    r"|indicated|indicating|point|points|pointed|pointing|vote|votes|voted|want\s+me\s+to"
    r"|wants\s+me\s+to|expect|expects|expected|push|pushes|pushing|pushed|backs|backing"
    r"|backed|endorses|endorsed|recommends|recommended|hopes\s+for|hoping\s+for|roots\s+for"
    r"|vouch(?:es|ed)?\s+for)"
)
WEAK_VERB = by_first_letter(
    r"(?:say|says|said|saying|mention|mentions|mentioned|mentioning|state|states|stated"
    r"|answered|put|puts|gave|gives|giving|tell|tells|told|claim|claims|claimed|offers|offering"
    r"|offered|provides|providing|provided|hands|handing|settles\s+on|settled\s+on|went\s+with"
    r"|goes\s+with|brought\s+up|brings\s+up)"
)
OPINION_NOUN = by_first_letter(
    r"(?:answer|suggestion|guess|opinion|view|hunch|choice|pick|thought|belief|proposal"
    r"|input|take|idea|claim|assessment|hint|preference|lean|vote|recommendation|feeling"
    r"|conclusion|statement|perspective|intuition|instinct)"
)
ATTITUDE = by_first_letter(
    r"(?:thinks|thought|believes|believed|reckons|guesses|guessed|feels|felt|insists|insisted"
    r"|swears|swore|prefers|preferred|favou?rs|picked|chose|voted|bets|suggests|suggested"
    r"|says|said|claims|claimed|(?:is|was|seems|seemed|sounds|sounded)\s+(?:\w+\s+)?(?:certain"
    r"|sure|confident|convinced|positive))"
)
"""Attitudes only people hold: with a person of the hint, "the pilot is certain"."""
# Things that carry a hint, as a reasoning names them: "the P.S.", "the search snippet",
# "the header comment", "the ACCEPT regex", "the grading query". Words that also name the
# model's own work ("the formula", "the pattern", "the example") are left out.
SOURCE = by_first_letter(
    r"(?:notes?|comments?|header|footer|meta-?data|tags?|fields?|records?|rows?|columns?|logs?"
    r"|log\s*file|entry|entries|file|document|doc|snippet|excerpt|post|forum|thread|page|site"
    r"|website|web\s*page|(?:search|forum|web|site|page|cached|online|query)\s+results?|source"
    r"|answer\s+key|key|sheet|packet|leak|dump|files|drive|database|db|description|profile"
    r"|screenshot|screen|capture|cache|cached\s+\w+|autocomplete|suggestion|fortune|cookie"
    r"|p\.\s?s\.|postscript|spoiler|aside|footnote|sidebar|banner|regex|regexp|query|sql|script"
    r"|assertion|assert|validator|grader|checker|scorer|config|configuration|settings?|yaml"
    r"|json|xml|csv|toml|card|annotation|mark|marker|symbol|check\s?mark|tick|star|dot|bullet"
    r"|arrow|highlight|examples|message|turn|reply|user|friend|teacher|professor|expert|tutor"
    r"|colleague|classmate|crowd|poll|survey|majority|solutions|readme|appendix|attachment|email"
    r"|memo|mail|report|hint|tip|clue|rumou?r|insider|contact|informant|tip-?off|comment\s+line"
    r"|result\s+line|line\s+item|stamp|watermark|caption|label|test\s+file|unit\s+test"
    r"|(?:test|check|scoring|grading|validation|hidden|internal|go|js|python)\s+(?:function|code"
    r"|script|scorer|checker|snippet)"
    r"|grading\s+\w+|scoring\s+\w+|stray\s+\w+|line|transcript"
    # data formats and artifacts a reasoning names a carrier by
    r"|front\s?matter|tsv|ini|env|dotenv|env\s+var|variable|table|spec|rspec|jest|fixture|schema"
    r"|filter|payload|response|request|notebook|cell|manifest|flashcard|book|chatbot|bot|model"
    r"|underscores?|checkbox|emoji|tag|section|block|entry|lines|listing|diff|patch|commit"
    r"|ticket|issue|chat|dm|sms|text|voicemail|transcript|minutes|slide|deck|wiki)"
)
SOURCE_VERB = by_first_letter(
    r"(?:=|\u2192|->|=>|says|said|points?\s+(?:to|at)|pointing\s+(?:to|at)|gives|gave|claims|claimed|lists|listed"
    r"|shows|showed|has|had|suggests|suggested|states|stated|settles\s+on|settled\s+on|favou?rs"
    r"|thinks|expects|expected|accepts|accepted|checks\s+for|checks\s+against|asserts|marks"
    r"|marked|sits\s+next\s+to|sits\s+on|is\s+on|reports|reads|contains|includes|returns"
    r"|wants|picks|picked|went\s+with|goes\s+with|lands\s+on|backs|endorses|recommends"
    r"|insists\s+on|names|mentions|mentioned|spells\s+out|reveals|revealed|leaks|leaked"
    r"|gives\s+it\s+away|compares\s+\w+(?:\s+\w+)?\s+(?:against|to|with)|only\s+takes|requires"
    r"|pins|pinned|hard-?codes|vouches\s+for"
    # the progressive of second-language English: "the sticky note is saying 3"
    r"|(?:is\s+)?(?:saying|showing|giving|listing|stating|wanting|expecting|accepting"
    r"|suggesting|telling|pointing\s+(?:to|at)))"
)
SAY_VERB = by_first_letter(
    r"(?:says?|said|states?|stated|claims?|claimed|suggests?|suggested|indicates?|indicated"
    r"|tells?|told|gives|gave|reveals?|revealed|provides?|provided|contains?|includes?|included"
    r"|mentions?|mentioned|notes?|noted|lists?|listed|shows?|showed|shown|asserts?"
    r"|marks?|marked|points?\s+(?:to|at)|hints?|hinted|specifies|specified|reports?|reported"
    r"|declares?|labels?|labell?ed|records?|recorded|gives?\s+away|spells?\s+out|leaks?"
    r"|leaked|expects?|expected|accepts?|checks?\s+for|compares?|returns?|requires?)"
)
