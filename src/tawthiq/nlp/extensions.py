"""The Doc extensions through which tawthiq's spaCy components talk to each other.

Each component writes its own attribute and reads the others', never their internals:

- `doc._.meta`        dict set before the pipeline runs: `published` (ISO date or None),
                      `original_published`, `dateline` ((start, end) char span of its place
                      or None), `dateline_end` (where the whole dateline prefix ends, past its
                      date, agency and dash, or None), `outlet`, `title`, `language`.
- `doc._.actors`      list[record.Actor]         (tawthiq_actors, tawthiq_sides)
- `doc._.places`      list[record.Place]         (tawthiq_places)
- `doc._.dates`       list[record.DateExpr]      (tawthiq_dates)
- `doc._.quantities`  list[record.Quantity]      (tawthiq_quantities)
- `doc._.quotes`      list[record.Quote]         (tawthiq_quotes)
- `doc._.events`      list[record.Event]         (tawthiq_events, tawthiq_claims)

- `doc._.actor_drafts` dict actor id → actors.Draft (token-level detail: mention token spans,
                      description span, lexicon entries) for components that need tokens.
- `doc._.attributions` list of quotes.Attribution: every reported statement (content char span,
                      cue token, source tokens, speaker actor id, direct or not), for claims.
- Place records may carry `dateline: true` (named only in the dateline) and `attributive: true`
  (named only as a modifier, "Tehran-backed"); mentions carry the same flags. Neither is ever an
  event's place.

Record objects carry character offsets into `doc.text`; `doc.char_span(start, end,
alignment_mode="expand")` turns them back into spans when a component needs tokens.
Components that want to share richer internal state (for example a token → actor index) add
their own extension here, documented in this list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

LIST_EXTENSIONS = ("actors", "places", "dates", "quantities", "quotes", "events")
# words that make a subject no one ("No group has claimed …", "neither faction", "nobody")
NO_ONE = frozenset({"no", "none", "nobody", "noone", "neither", "nor"})
# the common verbs of saying, whose subject is a speaker, not an actor of what is told
SPEECH_VERBS = frozenset({"say", "tell", "explain", "add", "claim", "state", "report", "confirm", "deny", "note",
                          "describe", "insist", "warn", "believe", "accuse", "recount", "recall"})
# verbs of waging an attack or a campaign: with an object, their subject is who waged it ("as Moscow
# launched its biggest barrage"), a government by its capital, not a scene
WAGING_VERBS = frozenset({"launch", "fire", "send", "deploy", "unleash", "conduct", "carry", "step", "intensify", "escalate",
                          "begin", "start", "wage"})
# verbs of taking a stand on what others say or do: their subject is a party, a government by its
# capital ("Kigali rejected the report", "as Bamako dismissed the claims"), not a scene
STANCE_VERBS = frozenset({"refute", "reject", "dismiss", "condemn", "denounce", "demand", "urge", "welcome", "threaten",
                          "vow", "pledge", "protest", "blame", "criticise", "criticize", "respond", "reply", "announce",
                          "rebut", "retort", "counter", "refuse", "decline", "summon", "recall", "expel"})

# verbs whose object is a party held to account or called on ("accused Ankara of …", "urged Moscow to …")
ADDRESSED_VERBS = frozenset({"accuse", "blame", "urge", "warn", "condemn", "criticise", "criticize", "sanction", "pressure",
                             "press", "summon", "call", "ask", "fault", "denounce"})


def acts_for_a_government(tok: Token) -> bool:
    """A place named as the subject of a verb of saying, of taking a stand, or of waging with an
    object ('Moscow said', 'Damascus rejected the claims', 'Washington began its campaign'), or as
    the party a verb holds to account ('accused Ankara of …'): its government, not where anything
    happened."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "Moscow and Damascus rejected the plea": both governments
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = tok.head.lemma_.lower()
    if tok.dep_ == "dobj":
        return verb in ADDRESSED_VERBS  # "accused Ankara of violating the truce", "urged Damascus to"
    if verb in SPEECH_VERBS:
        return True
    return tok.dep_ == "nsubj" and (verb in STANCE_VERBS or verb in WAGING_VERBS and any(c.dep_ == "dobj" for c in tok.head.children))


def register() -> None:
    """Idempotent: safe to call from every process and every test."""
    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", default=None)
    for name in ("actor_drafts", "attributions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in LIST_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# Per-doc caches in `doc.user_data`.
_TEXT, _TOKENS, _ENTS = "tawthiq_text", "tawthiq_tokens", "tawthiq_ents"


def text_of(doc: Doc) -> str:
    """`doc.text`, built once: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Hand `text_of` the text the doc was made from, which its tokens rebuild exactly."""
    doc.user_data[_TEXT] = text


def doc_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, made once: `doc[i]` builds a new Token object on every access, which
    the components' scans over every word would otherwise pay millions of times per corpus."""
    toks = doc.user_data.get(_TOKENS)
    if toks is None:
        toks = doc.user_data[_TOKENS] = list(doc)
    return toks


def span_tokens(span: Span) -> list[Token]:
    """A span's tokens from the doc's cached list (iterating a Span builds new ones each time)."""
    return doc_tokens(span.doc)[span.start : span.end]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once: spaCy rebuilds the tuple on every access."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = doc.ents
    return ents


def drop_token_caches(doc: Doc) -> None:
    """Let the doc go when its record is made: its cached tokens and spans point back at it, a
    cycle only the garbage collector would break."""
    doc.user_data.pop(_TOKENS, None)
    doc.user_data.pop(_ENTS, None)


def meta(doc: Doc) -> dict:
    return doc._.meta or {}


def in_headline(tok: Token) -> bool:
    """Whether `tok` is on the text's first line, its headline (all of a one-line text)."""
    return text_of(tok.doc).find("\n", 0, tok.idx) < 0


def in_dateline(doc: Doc, char: int) -> bool:
    """Whether the character at `char` is in the dateline that opens the report ("DUBAI, April 18
    (Reuters) -"), which the parser may hang on the first sentence's subject."""
    info = meta(doc)
    at, end = info.get("dateline"), info.get("dateline_end")
    return bool(at) and end is not None and at[0] <= char < end


def word_forms(tok: Token) -> set[str]:
    """A word's lemma, its lower-case form and that form without a plural "s": title case hides
    plurals from the lemmatiser ("Airstrikes", "Attacks")."""
    return {tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")}


def mention_owners(doc: Doc, owners) -> dict[int, str]:
    """Token index → id of the actor (or place) whose mention covers it, for `owners` with `.id`
    and `.mentions`. The shortest mention wins a word two mentions share: in "Rami Haddad, a
    spokesman for the WHO" the WHO's words stay the WHO's."""
    out: dict[int, str] = {}
    spans = sorted(((m, o.id) for o in owners for m in o.mentions), key=lambda x: x[0].end - x[0].start)
    for m, oid in spans:
        for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
            out.setdefault(t.i, oid)
    return out


def subject_left_behind(verb: Token) -> list[Token]:
    """'… killed in a drone attack on the camp local official Ahmed Hamid said': with no comma
    before the speaker, the parser hangs the name on the clause it closes and leaves the verb with
    no subject. The noun phrase that ends right before such a verb, outside its own subtree, is
    its subject; none when the verb has one, does not close the sentence that tells the claim
    first, or the word before it is no noun."""
    if verb.i == 0 or verb.dep_ != "ROOT" or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "expl") for c in verb.children):
        return []
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("PROPN", "NOUN") or noun.dep_ not in ("pobj", "dobj", "appos", "conj", "npadvmod") \
            or noun.head.i > noun.i or verb.i in {t.i for t in noun.subtree}:
        return []
    phrase = [t for t in noun.subtree if t.i < verb.i]
    doc = verb.doc
    while noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.left_edge.i > 0 and doc[noun.head.left_edge.i - 1].text == ",":
        noun = noun.head  # "…, a war monitor and local officials said": all who are joined after the comma
        phrase = list(doc[noun.left_edge.i : verb.i])
    start = phrase[0].i
    while start > 1 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in ("of", "for") and doc[start - 2].pos_ == "PROPN"):
        start -= 1  # "… the Syrian Observatory for [Human Rights] said": the whole name
    if start < phrase[0].i and doc[start - 1].lower_ == "the":
        start -= 1
    return list(doc[start : verb.i]) if start < phrase[0].i else phrase
