"""Who the headline says carried out the attack its lede tells.

A headline often names the perpetrator ("Regime forces drop vacuum bomb on Idlib") that the lede
leaves out ("Five people were killed in the attack on Sevre"). The headline is not part of
`document.text`, so nothing in it can be evidence; but when the perpetrator it names is also an
actor of the text, the lede's attack that names no one is most likely that actor's. The headline
is parsed by the statistical model alone, and only when the lede has such an attack.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..geo.gazetteer import open_gazetteer
from ..record import Actor, Place

# what reading a headline needs: tags, parse and lemmas, not entities (the costliest step on so short a text)
HEADLINE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# words that say what an actor is, not which one: sharing only these names no actor
_GENERIC = frozenset("the of and al force group fighter member unit troop men".split())


def parser_of(nlp: Language) -> Callable[[str], Doc]:
    """A function that tags, parses and lemmatises a short text with `nlp`'s statistical components."""
    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name in HEADLINE_PIPES:
                doc = proc(doc)
        return doc
    return parse


def sentence_case(title: str, proper: set[str]) -> str:
    """A Title Case headline written as a sentence, for the parser ("Syrian Regime Forces Shell
    Douma" → "Syrian regime forces shell Douma"): a word keeps its capital only if the text writes
    it so inside a sentence (`proper`), or opens the headline."""
    words = title.split(" ")
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 0.6 * len([w for w in words if w[:1].isalpha()]):
        return title  # written as a sentence already
    return " ".join(w if i == 0 or w.strip(",.:;'’\"") in proper or w.isupper() else w.lower() for i, w in enumerate(words))


def named_actor(words: set[str], actors: list[Actor], armed: set[str], places: list[Place]) -> Actor | None:
    """The armed actor of the text whose mentions share the most telling words with `words`; a
    place of the text names none ("Syria air raids" is no word for "Islamic State in Iraq and Syria")."""
    wanted = {_stem(w) for w in words} - _GENERIC - {_stem(w) for p in places for m in p.mentions for w in m.text.split()}
    gazetteer = open_gazetteer()
    # "Syrian Regime Forces": the regime's word tells more than the nationality both sides share
    weight = {w: 0.5 if gazetteer.demonym_country(w.capitalize()) else 1.0 for w in wanted}
    best, best_score = None, 0.0
    for actor in actors:
        if actor.kind not in armed:
            continue
        said = {_stem(w) for m in actor.mentions for w in m.text.replace("-", " ").split()}
        score = sum(weight[w] for w in wanted & said)
        if score > best_score:
            best, best_score = actor, score
    return best


def _stem(word: str) -> str:
    """A word without case and plural ending: "Houthis", "houthi" and "Houthi" are one."""
    word = word.lower().strip(".,'’")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
