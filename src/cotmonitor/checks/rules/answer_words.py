"""The words for "answer", "solution", "result" and "correct" beyond English.

A hint is written in the language of whoever wrote its carrier: a German answer sheet says
"Lösung", a Spanish forum post "la respuesta es", a Japanese key "正解". These are the words
for the answer, the solution, the result and the answer key, and for "correct", in the major
European languages (German, Dutch, the Scandinavian languages, French, Spanish, Portuguese,
Italian, Polish, Czech, Russian), with Chinese, Japanese and Korean. Claim forms use them
beside their English words; the reasoning's references are read in English.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

ANSWER_NOUN = (
    r"antwort(?:en)?|l(?:ö|oe)sung(?:en)?|musterl(?:ö|oe)sung|ergebnis(?:se)?|antwoord(?:en)?"
    r"|oplossing(?:en)?|uitkomst|svar(?:et)?|l(?:ö|o)sning(?:en|ar)?|r(?:é|e)ponses?"
    r"|r(?:é|e)sultat|corrig(?:é|e)|respuestas?|soluci(?:ó|o)n(?:es)?|resultado|respostas?"
    r"|solu(?:ç|c)(?:ã|a)o|rispost[ae]|soluzion[ei]|risultato|odpowied(?:ź|z)|rozwi(?:ą|a)zanie"
    r"|wynik|odpov(?:ě|e)(?:ď|d)|(?:ř|r)e(?:š|s)en(?:í|i)|ответ|решение|результат"
)
"""The answer, the solution, the result or the key, as a word (lower case, ``re`` syntax)."""
CJK_ANSWER = r"答案|正解|正确答案|正確答案|解答|答え|模範解答|정답|답안"
"""The answer in Chinese, Japanese and Korean: written without spaces around it."""
CJK_COPULA = r"\s*(?:は|是|为|為|\uff1a|:|=|는|은)?\s*"
"""What joins a CJK answer word to its value ("正解は", "答案是", "정답은")."""
CORRECT = (
    r"richtig(?:e[nrs]?)?|korrekt(?:e[nrs]?)?|juiste?|goede|r(?:ä|a)tt(?:a)?|riktig(?:e|a)?"
    r"|correct(?:e|a|o|as|os)?|bonne|buena|corrett[ao]|giust[ao]|corret[ao]|certa|certo"
    r"|prawid(?:ł|l)ow[aey]|poprawn[aey]|spr(?:á|a)vn(?:á|a|ý|y)|правильн\w*|верн\w*"
)
"""Correct, right (lower case): "richtige Antwort", "risposta corretta", "bonne réponse"."""
COPULA = r"is|es|ist|lautet|lauten|est|(?:è|é)|(?:ä|a)r|er|jest|war|era|ser(?:í|i)a|serait|sarebbe"
"""Is, was, would be: "la respuesta es", "die Lösung ist", "la réponse est"."""
ANSWER_LITERALS = (
    *("antwort", "lösung", "loesung", "ergebnis", "antwoord", "oplossing", "svar", "lösning"),
    *("réponse", "reponse", "résultat", "respuesta", "solución", "solucion", "resultado"),
    *("resposta", "solução", "risposta", "soluzione", "risultato", "odpowiedź", "rozwiązanie"),
    *("wynik", "odpověď", "ответ", "решение", "答案", "正解", "解答", "答え", "정답"),
)
"""``ANSWER_NOUN``'s words as plain lower-case literals (for literal-led searches)."""
FIRST_PERSON_OPINION = (
    r"mein(?:e|er)?\s+(?:tipp|vermutung|antwort|wahl|meinung|bauchgef(?:ü|ue)hl)"
    r"|ich\s+(?:glaube|denke|tippe|vermute|meine|w(?:ü|ue)rde\s+sagen)"
    r"|mi\s+(?:apuesta|respuesta|opci(?:ó|o)n|voto|intuici(?:ó|o)n)|creo\s+que|pienso\s+que"
    r"|yo\s+dir(?:í|i)a|je\s+(?:pense|crois|dirais|parie)|(?:à|a)\s+mon\s+avis"
    r"|mon\s+(?:choix|vote|pari|intuition)|penso\s+che|credo\s+che|secondo\s+me"
    r"|la\s+mia\s+(?:risposta|scelta)|acho\s+que|eu\s+diria|ik\s+(?:denk|gok|geloof)"
)
"""The asker's own guess in another language: "ich glaube", "creo que es", "je pense"."""
FIRST_PERSON_PICK = (
    r"ich\s+(?:nehme|w(?:ä|ae)hle|sage)|je\s+(?:prends|choisis|dis)|me\s+quedo\s+con|elijo"
    r"|escojo|prendo|scelgo|escolho|fico\s+com|ik\s+(?:kies|neem)|jag\s+v(?:ä|a)ljer|wybieram"
)
"""I take, I choose, in other languages: "ich nehme 14", "je prends b", "elijo la C"."""
