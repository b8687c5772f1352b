"""tawthiq_quotes: who says what — direct quotes and indirect speech, with their speakers.

Direct quotes are the spans between quotation marks (all styles, across sentences); their cue
is the speech verb of their sentence ("…,” said al-Mayadeen correspondent Rida al-Basha) or of
the sentence introducing them, a name before a colon ("PENCE: …") or a dash and name that sign
them ("“…” ― Esther Tapia"); a quote standing alone continues the previous speaker. Indirect
speech is the clause a speech verb governs ("X told Y that …", "according to X, …"), both halves
of a sentence a cue interrupts ("The convoy, the envoy said, was stopped"), the paragraph after
"X added:", and a line headed "Name: …". A claim in the reporter's words with quoted words in it
is one claim, not a quote of its own. The
speaker is the actor named by the verb's subject — the addressee ("told the Syrian Voice") never
is; a pronoun or a reference joins the actor it refers to, and a source no other component
named ("officials", "a source") becomes an actor here.
"""

from __future__ import annotations

import re
from itertools import takewhile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import NO_ONE, doc_tokens, in_dateline, mention_owners, span_tokens, subject_left_behind, text_of, word_forms
from .actors import acts, last_act, names_a_unit, nouns
from .sides import side_of_late_actor
from .places import PLACE_LABELS
from ..record import Actor, Quote, Span as Evidence

OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "''": "''"}
_CLOSING = set(OPENERS.values()) | {")", "]"}
MIXED_CLOSERS = {"“": '"', '"': "”"}  # a curly and a straight double mark, typed as a pair
PRONOUNS = {"he", "she", "they", "i", "we"}
PERSON_HEADS = {"envoy", "nominee", "candidate", "lawyer", "attorney", "adviser", "advisor", "aide", "chairman",
                "chairwoman", "director", "minister", "secretary", "senator", "governor", "mayor", "chief", "manager",
                "president", "leader", "member", "executive", "analyst", "expert", "critic", "supporter", "voter"}
ONE_PERSON = frozenset(PERSON_HEADS | {"officer", "official", "soldier", "policeman", "policewoman", "worker", "resident",
                                        "doctor", "medic", "nurse", "witness", "commander", "fighter", "militant", "activist",
                                        "journalist", "reporter", "spokesman", "spokeswoman", "spokesperson", "source",
                                        "villager", "farmer", "survivor", "relative"})  # one person, whatever side they act for


def _one_person(tok: Token) -> bool:
    """'a police officer', 'the rescue worker': one person of a body, whom "he" or "she" may name
    again once they have spoken (not "a wake for a local soldier")."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in ONE_PERSON


UNNAMED = {"some", "many", "others", "most", "all", "each", "someone", "somebody", "everyone", "everybody", "few",
           "several", "both", "those", "none", "one", "either", "neither"}
NEEDS_CLAUSE = {"show", "find", "learn", "know", "call", "ask", "point", "feel", "hope", "expect", "agree", "worry", "think", "believe", "fear", "suggest", "estimate", "predict", "urge", "promise", "charge", "post"}


@lru_cache(maxsize=1)
def _cue_rows() -> list[list[str]]:
    text = resources.files("tawthiq.data.quotes").joinpath("cues.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def cue_verbs() -> dict[str, str]:
    return {r[0]: r[1] for r in _cue_rows()}


@lru_cache(maxsize=1)
def object_cues() -> frozenset[str]:
    """Cues whose object says what the source says when no clause does ("denied the report")."""
    return frozenset(r[0] for r in _cue_rows() if len(r) > 2 and r[2].strip() == "object")


@lru_cache(maxsize=1)
def line_labels() -> frozenset[str]:
    """Words that head a "Word: …" line without naming who speaks ("UPDATE:", "Watch:")."""
    text = resources.files("tawthiq.data.quotes").joinpath("labels.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


RELATIVES = frozenset({"who", "whom", "which", "that"})
CLAIM_NOUNS = frozenset({"claim", "assertion", "allegation", "accusation", "contention", "insistence", "statement", "denial",
                         "warning", "argument", "report", "declaration", "announcement"})
DASHES = frozenset({"-", "--", "–", "—", "―"})
MAX_SOURCE_WORDS = 20  # a longer subject is a clause around the speaker, not its name

# "“…” ― Esther Tapia": a quote signed with a dash and a name that ends the line
SIGNATURE = re.compile(r"[”\"’»]?[ \t]*([―—–])[ \t]*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*[.,]?[ \t]*(?:\n|$)")


@dataclass
class Attribution:
    content: tuple[int, int]  # char span
    cue: Token | None
    cue_span: tuple[int, int] | None
    source: list[Token]  # tokens of the source phrase
    direct: bool
    speaker: str | None = None
    continued: bool = False
    extra: dict = field(default_factory=dict)


class QuotesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_quotes"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        finder = _Finder(doc)
        doc._.quotes = finder.run()
        doc._.attributions = finder.attributions
        return doc


class _Finder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.actors: list[Actor] = list(doc._.actors or [])
        self.actor_at: dict[int, str] = mention_owners(doc, self.actors)
        self.kind: dict[str, str] = {a.id: a.kind for a in self.actors}
        self.attributions: list[Attribution] = []
        self.voiced: set[int] = set()
        self.place_at: set[int] = set(mention_owners(doc, doc._.places or []))

    def run(self) -> list[Quote]:
        direct = self._direct()
        self.mixed: set[tuple[int, int]] = set()
        indirect = self._indirect(direct)
        direct = [a for a in direct if _marked(text_of(self.doc), a.content) not in self.mixed]
        atts = sorted(direct + indirect, key=lambda a: a.content[0])
        self.voiced = {t.i for a in atts for t in a.source}  # words that name someone speaking
        last_speaker = None
        last_para_quote = None
        for att in atts:
            if att.cue is None and att.direct:
                att.speaker = last_speaker if last_para_quote is not None else None
                att.continued = att.speaker is not None
                if att.continued and last_para_quote.cue_span and self._same_paragraph(last_para_quote.content[1], att.content[0]):
                    att.cue, att.cue_span = last_para_quote.cue, last_para_quote.cue_span  # "“A,” she said. “B.”": one cue
            else:
                att.speaker = self._speaker(att)
                if att.speaker is not None:
                    self._whole_source(att.speaker, att.source)
            if att.direct and att.speaker:
                last_speaker = att.speaker
                last_para_quote = att
        renames = _renumber(self.doc, self.actors)
        self.doc._.actors = self.actors
        for att in atts:
            att.speaker = renames.get(att.speaker, att.speaker)
        self.attributions = atts
        quotes = []
        for att in atts:
            if att.speaker is None and not att.cue:
                continue
            s, e = att.content
            cue_text = text_of(self.doc)[att.cue_span[0] : att.cue_span[1]] if att.cue_span else None
            extra = {"cue_start": att.cue_span[0], "cue_end": att.cue_span[1]} if att.cue_span else {}
            quotes.append(Quote(id=f"u{len(quotes) + 1}", speaker=att.speaker, text=text_of(self.doc)[s:e], start=s, end=e,
                                direct=att.direct, cue=cue_text, **extra))
            att.extra["quote_id"] = quotes[-1].id
        return quotes

    # -- direct quotes --------------------------------------------------------------------------

    def _direct(self) -> list[Attribution]:
        doc = self.doc
        text = text_of(doc)
        spans = quote_spans(text)
        inners = [doc.char_span(start, end, alignment_mode="expand") for start, end in spans]
        split = {k for k, (a, b) in enumerate(zip(spans, spans[1:])) if self._split_by_cue(a, b)}
        out = []
        for k, (start, end) in enumerate(spans):
            inner = inners[k]
            if inner is None:
                continue
            pieces = [j for j in (k - 1, k, k + 1) if j == k or min(j, k) in split]
            # a piece of a quote split around its cue may be short: "“I would,” she said. “I would.”"
            if not _is_statement([t for j in pieces for t in inners[j] or ()]):
                continue
            named = self._colon_name(inner[0].i)
            if named is not None:  # "PENCE: Gennifer Flowers will not be attending …" in a transcript
                source, colon = named
                rest = doc[colon.i + 1 :]
                first = next((t for t in rest if not t.is_space), None)
                if first is not None and first.idx < end:
                    out.append(Attribution((first.idx, end), colon, (colon.idx, colon.idx + 1), source, True))
                continue
            cue = self._cue_outside(inner)
            cue_span = _cue_span(cue) if cue is not None else None
            source = _source_tokens(cue, _marked(text_of(doc), (start, end))) if cue is not None else []
            if cue is None:
                cue, cue_span, source = self._signature(end)
            if cue is None and k - 1 in split and out and out[-1].content == spans[k - 1]:
                cue, cue_span, source = out[-1].cue, out[-1].cue_span, out[-1].source  # "“A,” she said. “B.”"
            out.append(Attribution((start, end), cue, cue_span, source, True))
        return out

    def _split_by_cue(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Whether two quotes are one, split around its cue: "“A,” she said, laughing. “B.”" — only
        a short clause with a speech verb and its subject between them, on one line."""
        text = text_of(self.doc)
        between = _marked(text, a)[1], _marked(text, b)[0]
        if between[0] >= between[1] or "\n" in text[between[0] : between[1]]:
            return False
        gap = self.doc.char_span(*between, alignment_mode="contract")
        if gap is None or sum(t.is_alpha for t in gap) > 12:
            return False
        return any(_is_cue(t) and _source_tokens(t) for t in gap)

    def _signature(self, end: int) -> tuple[Token | None, tuple[int, int] | None, list[Token]]:
        """The dash and name that sign a quote ending at `end`: "“…” ― Esther Tapia"."""
        signed = SIGNATURE.match(text_of(self.doc), end)
        if signed is None:
            return None, None, []
        name = self.doc.char_span(signed.start(2), signed.end(2), alignment_mode="expand")
        dash = self.doc.char_span(signed.start(1), signed.end(1), alignment_mode="expand")
        if name is None or dash is None or any(t.ent_type_ in PLACE_LABELS for t in name):
            return None, None, []
        return dash[0], (signed.start(1), signed.end(1)), list(name)

    def _colon_name(self, i: int) -> tuple[list[Token], Token] | None:
        """The name and colon that open a line at token `i` ("Pat Caddell: …", "“PENCE: …"), when the
        words before the colon name someone: proper names or capitals, neither a place nor a label."""
        doc = self.doc
        tok_at = doc_tokens(doc)
        while i < len(doc) and (tok_at[i].is_space or tok_at[i].text in OPENERS):
            i += 1
        headline = "\n" not in text_of(doc)[: tok_at[i].idx] if i < len(doc) else False
        name = []
        for tok in doc[i : i + 5]:
            if tok.text == ":":
                break
            named = tok.pos_ == "PROPN" or tok.is_upper and tok.is_alpha or headline and tok.is_title and tok.pos_ == "NOUN"
            if not named or tok.ent_type_ in PLACE_LABELS or tok.i in self.place_at:
                return None  # (a headline's capitals hide a name from the tagger: "Guterres: …")
            name.append(tok)
        else:
            return None
        if not name or tok.text != ":" or any(t.lower_.strip(".") in line_labels() for t in name):
            return None
        return name, tok

    def _headed_lines(self, quoted) -> list[Attribution]:
        """Lines that name their speaker before a colon: "Assad: the West is to blame"."""
        doc = self.doc
        tok_at = doc_tokens(doc)
        out = []
        for tok in tok_at:
            if tok.i and "\n" not in tok_at[tok.i - 1].text:
                continue
            named = self._colon_name(tok.i)
            if named is None:
                continue
            source, colon = named
            words = []
            for t in doc[colon.i + 1 :]:
                if "\n" in t.text:
                    break
                words.append(t)
            words = _trimmed(words)
            if sum(t.is_alpha for t in words) < 3 or any(qs <= words[0].idx < qe for qs, qe in quoted):
                continue
            out.append(Attribution((words[0].idx, words[-1].idx + len(words[-1])), colon, (colon.idx, colon.idx + 1), source, False))
        return out

    def _cue_outside(self, inner: Span) -> Token | None:
        """The speech verb of the sentence around a quote, outside the quote; or the one that
        introduces it ("X said:") in the sentence before."""
        doc = self.doc
        tok_at = doc_tokens(doc)
        sents = {t.sent.start: t.sent for t in (inner[0], inner[-1])}
        best = None
        for sent in sents.values():
            for tok in span_tokens(sent):
                if inner.start <= tok.i < inner.end or tok.i == inner.start - 1 or tok.i == inner.end:
                    continue
                if _is_cue(tok) and _source_tokens(tok):
                    dist = min(abs(tok.i - inner.start), abs(tok.i - inner.end))
                    if best is None or dist < best[0]:
                        best = (dist, tok)
        if best:
            return best[1]
        first = inner[0].sent
        if first.start > 0:
            prev = tok_at[first.start - 1].sent
            last = [t for t in prev if not t.is_space]
            if last and last[-1].text == ":" or text_of(doc)[prev.end_char : inner.start_char].strip() in (":", ""):
                for tok in prev:
                    if _is_cue(tok) and _source_tokens(tok):
                        return tok
        before = text_of(doc)[max(0, inner.start_char - 3) : inner.start_char]
        if ":" in before:
            sent = inner[0].sent
            for tok in span_tokens(sent):
                if tok.i < inner.start and _is_cue(tok) and _source_tokens(tok):
                    return tok
        return None

    # -- indirect speech ------------------------------------------------------------------------

    def _indirect(self, direct: list[Attribution]) -> list[Attribution]:
        doc = self.doc
        tok_at = doc_tokens(doc)
        quoted = [_marked(text_of(doc), a.content) for a in direct]
        out = []
        for tok in tok_at:
            if not _is_cue(tok) or _said_too(tok) or _unnamed_wish(tok):
                continue
            parts = _around(tok)
            if parts is None:
                content = _clause(tok) or _block_after(tok)
                parts = [content] if content is not None else []
            source = _source_tokens(tok)
            if not (parts and source) and (credit := _trailing_credit(tok) or _credit_without_comma(tok, self.actor_at)) is not None:
                parts, source = [credit[0]], credit[1]
            if not parts or any(qs <= tok.idx < qe for qs, qe in quoted):
                continue
            if not source and tok.lower_ != "according" or any(t.lower_ in NO_ONE for t in source[:2]):
                continue  # "no group has claimed the attack": no one said it
            for s, e in parts:
                att = self._reported(tok, s, e, source, quoted, direct)
                if att is not None:
                    out.append(att)
        out.extend(self._according_to(quoted))
        out.extend(self._headed_lines(quoted))
        out.extend(self._owned_claims(quoted, direct))
        return out

    def _owned_claims(self, quoted, direct: list[Attribution]) -> list[Attribution]:
        """'the ministry's claim that the convoy carried arms', 'his assertion that …': a noun of
        saying with its owner and the clause it names is that owner's claim."""
        out = []
        for tok in doc_tokens(self.doc):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CLAIM_NOUNS:
                continue
            owner = [c for c in tok.children if c.dep_ == "poss"] or [
                c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]  # "a Reuters report that …"
            clause = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i
                      and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.i + 1 for m in c.children)]
            if not owner or not clause:
                continue
            words = _trimmed(list(clause[0].subtree))
            last = _reporters_tail(words[0], words[-1])
            if any(qs <= words[0].idx < qe for qs, qe in quoted):
                continue
            source = [t for o in owner for t in o.subtree if t.dep_ != "case"]
            att = self._reported(tok, words[0].idx, last.idx + len(last), source, quoted, direct)
            if att is not None:
                att.cue_span = (tok.idx, tok.idx + len(tok))
                out.append(att)
        return out

    def _reported(self, tok: Token, s: int, e: int, source: list[Token], quoted, direct) -> Attribution | None:
        """What `tok` reports between `s` and `e` in the reporter's words, unless that is a direct
        quote found already."""
        text = text_of(self.doc)
        inside = [(qs, qe) for qs, qe in quoted if s <= qs + _mark_length(text, qs) and _no_words(text[e : qe - 1])]
        # "said that the team avoided the hospital to “keep the details under wraps”": one
        # claim in the reporter's words with a quoted fragment, not a quote of its own
        fragment = bool(inside) and _words_outside(text[s:e], [(qs - s, qe - s) for qs, qe in inside]) >= 1
        if not fragment and any(s < qe and qs < e for qs, qe in quoted):
            return None  # the clause is (or holds) a direct quote, found already
        if not fragment and any(s <= a.content[0] < e and a.cue == tok for a in direct):
            return None
        cut = text.find("\n", s, e)
        if cut != -1:
            e = cut  # a paragraph break ends what was said ("… polling places.\n\nWASHINGTON (AP)")
            while e > s and not text[e - 1].isalnum() and text[e - 1] not in "”\"’)":
                e -= 1
            if e <= s:
                return None
        e = _open_end(self.doc, s, e)
        e += len(m.group()) if (m := _NEGATION_CLITIC.match(text, e)) else 0  # "the ones who don’t", the "n’t" parsed apart
        inside = [q for q in inside if _no_words(text[e : q[1]])]
        if fragment and inside:
            e = max([e] + [qe for _, qe in inside])  # the closing mark of a fragment that ends the claim
        self.mixed.update(inside)
        return Attribution((s, e), tok, _cue_span(tok), source, False)

    def _according_to(self, quoted) -> list[Attribution]:
        doc = self.doc
        tok_at = doc_tokens(doc)
        out = []
        for tok in tok_at:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and tok_at[tok.i + 1].lower_ == "to":
                pobj = [t for t in tok_at[tok.i + 1].children if t.dep_ == "pobj"]
                if not pobj:
                    continue
                source = list(pobj[0].subtree)
                sent = tok.sent
                phrase = {t.i for t in source} | {tok.i, tok.i + 1}
                words = [t for t in span_tokens(sent) if t.i not in phrase and not t.is_punct and not t.is_space]
                # "X, according to Y, did Z" is one claim in two parts, either side of the phrase
                for part in ([t for t in words if t.i < tok.i], [t for t in words if t.i > tok.i]):
                    if part and not any(qs <= part[0].idx < qe for qs, qe in quoted):
                        s, e = part[0].idx, part[-1].idx + len(part[-1])
                        out.append(Attribution((s, e), tok, (tok.idx, tok_at[tok.i + 1].idx + 2), source, False))
        return out

    # -- speakers -------------------------------------------------------------------------------

    def _speaker(self, att: Attribution) -> str | None:
        tokens = att.source
        if not tokens:
            return None
        ids = [self.actor_at[t.i] for t in tokens if t.i in self.actor_at]
        persons = [i for i in ids if self.kind.get(i) == "person"]
        head = _head_noun(tokens)
        if head is not None and head.lemma_.lower() in ISSUED and any(c.lower_ == "the" for c in head.children) \
                and (issuer := self._issuer(head)):
            return issuer  # "the statement said", after "the army said in a statement": the army
        if head is not None and head.lemma_.lower() in GROUP_HEADS and (
                named := [self.actor_at[c.i] for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.i in self.actor_at
                          and self.kind.get(self.actor_at[c.i]) in ("armed_group", "organization")]):
            return named[-1]  # "the al-Shabaab group claimed": the group by its name
        if head is not None and head.i in self.actor_at:
            # the phrase's head names the speaker: "Scott's family said" is the family, not Scott;
            # a name in apposition says who the head is ("a spokesman for the army, Ali Hamid,")
            named = [self.actor_at.get(c.i) for c in (*head.children, *_after_body(head)) if c.dep_ == "appos"]
            named = [i for i in named if i is not None and self.kind.get(i) == "person"]
            return named[0] if named else self.actor_at[head.i]
        if head is not None and head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in head.children) \
                and not any(c.dep_ == "appos" and self.kind.get(self.actor_at.get(c.i)) == "person" for c in head.children) \
                and (aid := self._new_actor(head)) is not None:
            return aid  # "the Darfur Bar Association, a monitoring group": the name, not what it is
        named = [self.actor_at[c.i] for c in head.children if c.dep_ == "appos" and c.i in self.actor_at] if head is not None else []
        if not named and head is not None:
            named = [self.actor_at[c.i] for c in _after_body(head) if self.kind.get(self.actor_at.get(c.i)) == "person"]
        if named:
            return named[0]  # "Clinton's campaign manager Robby Mook"
        if head is not None and _noun_by_case(head) and head.lower_ not in UNNAMED and ids:
            # "A Bloomberg poll", "the Trump campaign", "attorneys for the family": the name
            # qualifies the one who speaks, who is the whole phrase
            aid = self._new_actor(head, whole=True)
            if aid is not None:
                return aid
        root = min(tokens, key=lambda t: (t.dep_ not in ("nsubj", "nsubjpass", "pobj"), t.i))
        if persons:
            return persons[-1] if len(set(persons)) > 1 and self.actor_at.get(root.i) not in persons else self.actor_at.get(root.i) if self.actor_at.get(root.i) in persons else persons[0]
        if ids:
            return ids[0]
        head = _head_noun(tokens)
        if head is None:
            return None
        if head.lower_ in RELATIVES and head.head.dep_ == "relcl":
            described = head.head.head  # "Mr. Smith, who said that …": the noun the clause describes
            part_of = [g.i for c in described.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            aid = self.actor_at.get(described.i) or next((self.actor_at[i] for i in part_of if i in self.actor_at), None) \
                or self._new_actor(described)  # "many of the residents, who said": the residents
            if aid is not None:
                self._add_mention(aid, head.i, head.i + 1)
            return aid
        if head.lower_ in PRONOUNS or head.lower_ == "it":
            antecedent = self._antecedent(head)
            if antecedent is not None:
                self._add_mention(antecedent, head.i, head.i + 1)
                return antecedent
            return None
        if head.lower_ in UNNAMED:
            return self._unnamed(head, tokens)
        return self._new_actor(head)

    def _issuer(self, document: Token) -> str | None:
        """Who put out the statement a text names again: the subject of the last "… said in a
        statement" shortly before it."""
        for tok in reversed(self.doc[max(0, document.i - ISSUER_REACH) : document.i]):
            if tok.lemma_.lower() == document.lemma_.lower() and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through"):
                verb = tok.head.head
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None:  # the subject's own word first: "Niger's army" is the army
                    return self.actor_at.get(subject.i) or next((self.actor_at[t.i] for t in subject.subtree if t.i in self.actor_at), None)
        return None

    def _unnamed(self, head: Token, tokens: list[Token]) -> str | None:
        """'Some said', 'most of whom say', 'those close to him said': people the writer does not
        name are an anonymous source, named by the whole phrase."""
        ordered = _trimmed(sorted((t for t in tokens if t.dep_ not in ("relcl", "acl") or t is head), key=lambda t: t.i))
        if not ordered or ordered[-1].i - ordered[0].i + 1 != len(ordered) or len(ordered) > 6:
            ordered = [head]
        return self._register(self.doc[ordered[0].i : ordered[-1].i + 1], "population", anonymous=True).id

    def _same_paragraph(self, a: int, b: int) -> bool:
        return "\n" not in text_of(self.doc)[min(a, b) : max(a, b)]

    def _whole_source(self, aid: str, tokens: list[Token]) -> None:
        """The speaker's mention at a quote is the whole noun phrase that names it ("longtime pollster
        Pat Caddell", "the Syrian Observatory"), not only the name inside it."""
        if tokens and self._described_source(aid, tokens):
            return
        head = _head_noun(tokens)
        if head is None:
            return
        after_comma = lambda c: c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ","  # noqa: E731
        # "Mr. Kamin, who emphasized that …" tells something of the speaker; "leaders who have
        # opposed it" and "a poll released last week" say which one it is
        told = [c.left_edge.i for c in head.children if c.i > head.i and after_comma(c)
                and (c.dep_ == "relcl" or c.dep_ == "acl" and _is_cue(c))]
        dated = [c.i for t in tokens if t.pos_ in ("NOUN", "PROPN") for c in t.children if c.dep_ == "prep" and c.i > t.i
                 and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)]  # "doctors in 2015"
        cut = min(told + dated, default=None)
        ordered = sorted((t for t in tokens if cut is None or t.i < cut), key=lambda t: t.i)
        ordered = _lead_trimmed(ordered, head)
        if not ordered or len(ordered) > MAX_SOURCE_WORDS or ordered[-1].i - ordered[0].i + 1 != len(ordered):
            return
        describing = {d.i for t in ordered if t.dep_ in ("acl", "relcl") for d in t.subtree}
        if any(t.pos_ in ("VERB", "AUX") and t.i not in describing and t.dep_ not in ("amod", "compound", "prep")
               for t in ordered):
            return
        head = _head_noun(ordered)
        part_of = head is not None and head.pos_ not in ("NOUN", "PROPN") and any(  # "many of his supporters"
            c.dep_ == "prep" and c.lower_ == "of" and any(self.actor_at.get(g.i) == aid for g in c.children) for c in head.children)
        if head is None or not (self.actor_at.get(head.i) == aid or part_of or any(
                c.dep_ == "appos" and self.actor_at.get(c.i) == aid for c in head.children)):
            return  # the phrase is about someone else ("Trump's lawyer"): not this speaker's name
        end = ordered[-1].i + 1
        if end < len(self.doc) and self.doc[end].text == ")" and "(" in [t.text for t in ordered]:
            end += 1  # "Sen. Lindsey Graham (R-S.C.)": the closing bracket too
        span = self.doc[ordered[0].i : end]
        actor = next(a for a in self.actors if a.id == aid)
        inside = [m for m in actor.mentions if span.start_char <= m.start and m.end <= span.end_char
                  and m.text.lower() not in RELATIVES]  # "officials who asked not to be named": 'who' stays its own
        if len(inside) != 1 or (inside[0].start == span.start_char and inside[0].end == span.end_char):
            return  # already whole, or a name with its alias ("the Syrian Arab Army (SAA)"): keep each
        # "Clinton spokesman Nick Merrill", "a spokeswoman for Hillary Clinton": names inside keep their own actor
        actor.mentions = [m for m in actor.mentions if m not in inside]
        actor.mentions.append(Evidence(start=span.start_char, end=span.end_char, text=span.text))
        actor.mentions.sort(key=lambda m: m.start)
        for t in span:
            self.actor_at.setdefault(t.i, aid)

    def _described_source(self, aid: str, tokens: list[Token]) -> bool:
        """A speaker named with an apposition or a relative clause is named by all of it: "Daryl
        Kimball, executive director of the Arms Control Association, said". Names inside the
        description keep their own actors."""
        head = _head_noun(tokens)
        if head is None or self.actor_at.get(head.i) != aid or len(tokens) > 40:
            return False
        after_comma = lambda c: c.i > head.i and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ","  # noqa: E731
        described = [c for c in head.children if after_comma(c) and c.dep_ in ("appos", "relcl") and not _is_cue(c)]
        if not described or "\n" in "".join(t.text for t in tokens):
            return False
        # the description ends where another description begins ("Scott Pruitt, the attorney
        # general of Oklahoma, one of the states suing …") or a clause that says something
        first = described[0]
        cut = min((c.left_edge.i for c in [*head.children, *first.subtree] if c.i > first.i and after_comma(c)
                   and (c.dep_ == "appos" or c.dep_ in ("relcl", "acl") and _is_cue(c))), default=None)
        tokens = [t for t in tokens if cut is None or t.i < cut - 1]
        ordered = _lead_trimmed(sorted(tokens, key=lambda t: t.i), head)
        if not ordered or ordered[-1].i - ordered[0].i + 1 != len(ordered):
            return False
        own = [t for t in ordered if not any(t in d.subtree for d in described)]
        if any(self.actor_at.get(t.i, aid) != aid for t in own):
            return False
        span = self.doc[ordered[0].i : ordered[-1].i + 1]
        actor = next(a for a in self.actors if a.id == aid)
        if any(m.start == span.start_char and m.end == span.end_char for m in actor.mentions):
            return True
        actor.mentions = [m for m in actor.mentions if not (span.start_char <= m.start and m.end <= span.end_char)]
        actor.mentions.append(Evidence(start=span.start_char, end=span.end_char, text=span.text))
        actor.mentions.sort(key=lambda m: m.start)
        return True

    def _antecedent(self, pronoun: Token) -> str | None:
        """The most recent person (or group, for 'they') named before the pronoun."""
        groups = ("population", "organization", "armed_group", "state", "media")
        want = groups if pronoun.lower_ in ("they", "we") else groups[1:] if pronoun.lower_ == "it" else ("person",)
        reach = 60 if pronoun.lower_ == "it" else 250  # "it" is often a thing: look only close by
        best = None
        for i in range(pronoun.i - 1, max(-1, pronoun.i - reach), -1):
            aid = self.actor_at.get(i)
            if aid and (self.kind.get(aid) in want or "person" in want and _one_person(self.doc[i]) and i in self.voiced) \
                    and not (pronoun.lower_ in SINGULAR and self.doc[i].tag_ in ("NNS", "NNPS")):
                best = aid  # ("it" is never "the terrorists", "he" never "reporters")
                break
        return self._governing_subject(pronoun, want) or self._last_speaker(pronoun, want) or best

    def _last_speaker(self, pronoun: Token, want: tuple[str, ...]) -> str | None:
        """'The army said it hit a command post. It said 12 militants were killed': a pronoun that
        opens its sentence and speaks goes on with the one who spoke in the sentence before."""
        sent = pronoun.sent
        opening = [t for t in sent if t.is_alpha][:2]
        if pronoun not in opening or opening.index(pronoun) == 1 and opening[0].pos_ != "CCONJ" or sent.start == 0:
            return None
        before = pronoun.doc[sent.start - 1].sent
        for tok in before:
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and cue_verbs().get(tok.head.lemma_.lower()) == "speech":
                aid = next((self.actor_at[t.i] for t in tok.subtree if t.i in self.actor_at), None)
                return aid if aid and self.kind.get(aid) in want else None
        return None

    def _governing_subject(self, pronoun: Token, want: tuple[str, ...]) -> str | None:
        """'The group blamed the militia for the attack, which it said wounded 20': the pronoun
        that speaks in a relative clause stands for the subject of the clause that clause hangs from."""
        verb = pronoun.head
        if verb.dep_ != "relcl":
            return None
        while verb.head.i != verb.i:
            verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i):
                aid = next((self.actor_at[t.i] for t in subject.subtree if t.i in self.actor_at), None)
                if aid and self.kind.get(aid) in want:
                    return aid
            return None
        return None

    def _add_mention(self, aid: str, start: int, end: int) -> None:
        actor = next(a for a in self.actors if a.id == aid)
        span = self.doc[start:end]
        actor.mentions.append(Evidence(start=span.start_char, end=span.end_char, text=span.text))
        actor.mentions.sort(key=lambda m: m.start)
        for i in range(start, end):
            self.actor_at[i] = aid

    def _new_actor(self, head: Token, whole: bool = False) -> str | None:
        """A source nobody named yet: 'a campaign spokesman', 'sources close to the talks'."""
        span = _np(head, whole)
        if span is None or not any(t.is_alpha for t in span) or word_forms(head) & acts():
            return None  # "the attack showed …": an act, not a source
        anonymous = not any(t.pos_ == "PROPN" for t in span)
        kind = "person" if anonymous or span.root.ent_type_ == "PERSON" else "organization"
        if names_a_unit(span):
            kind = "armed_group"  # "Liwa al-Fatah Brigade said …": the head word says it is armed
        if whole and _noun_by_case(head):  # "the UN envoy", "the Trump campaign": the head says what it is
            lemma = head.lemma_.lower()
            kind, anonymous = nouns().get(lemma, ("person" if lemma in PERSON_HEADS else "organization",))[0], True
        owner = self._sided_owner(span) if whole else None
        actor = self._register(span, kind, anonymous, keep_inner=whole)
        if owner is not None:  # "the UN envoy" speaks for the UN's side
            actor.side, actor.inter = owner.side, actor.inter or (owner.inter if kind == owner.kind else None)
            actor.side_evidence = next((m for m in owner.mentions if span.start_char <= m.start and m.end <= span.end_char), None)
        else:  # "Ukraine says", "Russia's Defence Ministry said"
            side_of_late_actor(self.doc, actor)
        return actor.id

    def _register(self, span: Span, kind: str, anonymous: bool, keep_inner: bool = False) -> Actor:
        """A new actor named by `span`, indexed by its words; with `keep_inner`, names inside it
        keep their own actor."""
        actor = Actor(id=f"a{len(self.actors) + 1}", name=span.text, kind=kind, anonymous=anonymous,
                      mentions=[Evidence(start=span.start_char, end=span.end_char, text=span.text)])
        self.actors.append(actor)
        self.kind[actor.id] = kind
        for t in span:
            if keep_inner:
                self.actor_at.setdefault(t.i, actor.id)
            else:
                self.actor_at[t.i] = actor.id
        return actor

    def _sided_owner(self, span: Span) -> Actor | None:
        """The actor on a known side named inside a description ("the UN envoy")."""
        inside = {self.actor_at[t.i] for t in span if t.i in self.actor_at}
        return next((a for a in self.actors if a.id in inside and a.side not in (None, "unknown")), None)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, across sentences."""
    out = []
    i, n = 0, len(text)
    while i < n:
        mark = _open_mark(text, i)
        if mark:
            close = OPENERS[mark]
            other = MIXED_CLOSERS.get(mark)
            j = i + len(mark)
            while j < n:
                if text.startswith(close, j) and (close != "’" or _closes_single(text, j)) and (mark != '"' or j > i + 1):
                    break
                if other and text.startswith(other, j) and j > i + 1 and not text[j - 1].isspace() \
                        and (j + 1 >= n or not text[j + 1].isalnum()) and "\n" not in text[i:j]:
                    close = other  # “no sign" of it: a typed pair of marks that do not match
                    break
                if text.startswith("\n\n", j) and close != "”" and mark != '"':
                    j = n
                    break
                j += 1
            if j < n:
                s, e = i + len(mark), j
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1] in " \n,":
                    e -= 1
                if e > s:
                    out.append((s, e))
                i = j + len(close)
                continue
        i += 1
    return out


def _marked(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A direct quote's span with its quotation marks."""
    s, e = content
    return s - _mark_length(text, max(s - 2, 0)), e + _mark_length(text, e)


def _mark_length(text: str, i: int) -> int:
    return 2 if text.startswith("''", i) else 1


def _open_end(doc: Doc, s: int, e: int) -> int:
    """`e` moved back over a joint the reported words end on and the reporter's words go on from:
    "… would be more intense — and", "… were not complete, and"."""
    words = doc.char_span(s, e, alignment_mode="expand")
    if words is None:
        return e
    last = len(words)
    while last > 1 and (words[last - 1].dep_ == "cc" or words[last - 1].is_punct and words[last - 1].text not in _CLOSING):
        last -= 1
    return words[last - 1].idx + len(words[last - 1]) if last < len(words) else e


def _open_mark(text: str, i: int) -> str | None:
    """The quotation mark that opens a quote at `i`, if one does: a typewriter pair of
    apostrophes ('' … '', as newspaper archives write quotes) before a single one."""
    if text.startswith("''", i):
        return "''" if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,;:!?") else None
    ch = text[i]
    return ch if ch in OPENERS and _opens(text, i) else None


def _is_statement(inner: Sequence[Token] | Span) -> bool:
    """Words someone said, not a name or a phrase in scare quotes (‘National Defence Force’,
    the ‘holocaust’)."""
    words = [t for t in inner if t.is_alpha]
    if len(words) < 3:
        return False
    if all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for", "al") for t in words):
        return False
    return len(words) >= 6 or any(t.pos_ in ("VERB", "AUX") for t in inner)


def _opens(text: str, i: int) -> bool:
    if text[i] == "‘":
        return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and not text[i + 1].isspace()
    if text[i] == '"':
        return i == 0 or not text[i - 1].isalnum()
    return True


def _closes_single(text: str, j: int) -> bool:
    return j + 1 >= len(text) or not text[j + 1].isalpha()


def _is_cue(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in cue_verbs() or tok.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in NEEDS_CLAUSE and not any(c.dep_ == "ccomp" for c in tok.children) and _object(tok) is None:
        return False
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ in ("up", "off") for c in tok.children):
        return False  # "to call up 5,000 men", "called off the talks": no words said
    return True


OBJECT_PREPS = {"for", "on"}
TOPIC_PREPS = {"about", "to"}  # what a cue is about ("complained about"), what it points to
GROUNDS = {"for", "of", "with"}  # what the object is blamed for, accused of, charged with
LIKENING = {"compare", "liken", "equate"}  # "likened [the refugees to a snake]", not "gave [them] to the AP"


def _object(tok: Token) -> tuple[Token, Token] | None:
    """First and last token of what an object cue takes: "denied [the report]", "pledged [to rebuild
    the school]", "called for [a ceasefire]", "urged [the army to withdraw]"."""
    if tok.lemma_.lower() not in object_cues():
        return _topic(tok)
    if any(c.dep_ == "dobj" and _addressee(c) for c in tok.children) and (topic := _topic(tok)):
        return topic  # "asked [him] about his tax returns": whom they asked is no claim
    parts: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("dobj", "xcomp", "oprd") and child.i > tok.i:
            parts.extend(child.subtree)  # "called [the candidate “fit”]": the object and what it is called
        elif child.dep_ == "prep" and child.lower_ == "as" and any(c.dep_ == "dobj" and c.i < child.i for c in tok.children):
            parts.extend(child.subtree)  # "described [the mayor as a “disgrace”]"
        elif child.dep_ == "prep" and child.lower_ in OBJECT_PREPS and child.i == tok.i + 1:
            parts.extend(t for t in child.subtree if t.i != child.i)
        elif child.dep_ == "prep" and (child.lower_ in GROUNDS or child.lower_ == "to" and tok.lemma_.lower() in LIKENING) and any(c.dep_ == "dobj" and c.i < child.i for c in tok.children):
            parts.extend(child.subtree)  # "criticized [the mayor for closing the shelters]", "charged [two men with fraud]"
    if not parts and any(c.dep_ == "agent" for c in tok.children):
        for child in tok.children:  # "[the registration issue] was first reported by the Post"
            if child.dep_ == "nsubjpass" and child.i < tok.i:
                parts.extend(child.subtree)
    if parts:
        end = max(t.i for t in parts)
        parts = [t for t in parts if not (t.is_punct and t.i == end)]  # a trailing comma or full stop
    if not parts:
        return None
    return min(parts, key=lambda t: t.i), max(parts, key=lambda t: t.i)


UNNAMING = frozenset({"name", "identify", "quote", "disclose"})


def _unnamed_wish(tok: Token) -> bool:
    """'a commander, who asked not to be named', 'asked to be identified only by a nickname': the
    wish about how to be named is why the source is unnamed, not something they said."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in UNNAMING and any(n.dep_ in ("neg", "auxpass") for n in c.children)
               for c in tok.children)


def _addressee(obj: Token) -> bool:
    """A person spoken to, not what is said: a pronoun or a name ("asked [him]", "told [Clinton]")."""
    return obj.pos_ == "PRON" or obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "")


def _topic(tok: Token) -> tuple[Token, Token] | None:
    """'complained about [the heat in the camp]', 'asked him about [his tax returns]': with no clause
    of what was said, what a cue is about is what the source speaks of."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > tok.i and not (c.dep_ == "dobj" and _addressee(c)) for c in tok.children):
        return None
    preps = TOPIC_PREPS if tok.lemma_.lower() == "point" else ("about",)  # "pointed to the crime bill"
    about = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i), None)
    words = [t for c in about.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree] if about is not None else []  # not "all about"
    while words and words[-1].is_punct:
        words.pop()
    return (words[0], words[-1]) if words else None


def _cue_span(tok: Token) -> tuple[int, int]:
    start = tok.idx
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < tok.i and tok.i - child.i <= 3:
            start = min(start, child.idx)
    end = tok.idx + len(tok)
    for child in tok.children:
        if child.dep_ == "prt" and child.i == tok.i + 1:
            end = child.idx + len(child)
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS | TOPIC_PREPS and child.i == tok.i + 1 and _object(tok) is not None:
            end = child.idx + len(child)  # "called for"
    return start, end


def _source_tokens(tok: Token, quoted: tuple[int, int] = (0, 0)) -> list[Token]:
    """Who the cue `tok` says spoke: its subject, or the agent of a passive; never words inside the
    `quoted` span, which the parser may take for the subject ("“Total chaos,” said Ms. Saleh").
    Of two subjects the parser gives a cue, the one beside it spoke ("killed 40 people, most of
    them fighters, security sources said")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and not quoted[0] <= c.idx < quoted[1]]
    if subjects:
        return _outside_dateline(list(min(subjects, key=lambda c: abs(c.i - tok.i)).subtree))
    for child in tok.children:
        if child.dep_ == "agent":
            return [t for t in child.subtree if t.i != child.i]
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and _is_cue(tok.head.head) and tok.head.head.i < tok.head.i:
        return _source_tokens(tok.head.head, quoted)  # "X said A would happen and suggested that B": X suggested it
    if tok.dep_ in ("conj", "xcomp") and tok.head.pos_ == "VERB":
        return _source_tokens(tok.head, quoted) if tok.head != tok else []
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX") and tok.head != tok:
        return _source_tokens(tok.head, quoted)  # "the mayor spoke for an hour, adding that …"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return _source_tokens(tok.head.head, quoted)  # "the ministry responded by saying that …"
    return [t for t in subject_left_behind(tok) if not quoted[0] <= t.idx < quoted[1]]


def _outside_dateline(tokens: list[Token]) -> list[Token]:
    """A subject without the dateline the parser hung on it ("Hasakah, Syria (Reuters) - Kurdish-led
    forces said": the forces spoke, not the town the report was filed from)."""
    return [t for t in tokens if not in_dateline(t.doc, t.idx)]


def _block_after(tok: Token) -> tuple[int, int] | None:
    """The paragraph a cue ending its sentence with a colon introduces ("The governor added:")."""
    doc = tok.doc
    sent = tok.sent
    words = [t for t in span_tokens(sent) if not t.is_space]
    if not words or words[-1].text != ":" or tok.dep_ != "ROOT" or words[-1].i < tok.i:
        return None
    body = []
    for t in doc[words[-1].i + 1 :]:
        if t.is_space and "\n" in t.text and body:
            break
        if not t.is_space:
            body.append(t)
    while body and body[-1].is_punct:
        body.pop()
    if sum(t.is_alpha for t in body) < 3 or body[0].text in OPENERS:
        return None  # nothing to say, or a quotation, found as a direct quote
    return body[0].idx, body[-1].idx + len(body[-1])


def _around(tok: Token) -> list[tuple[int, int]] | None:
    """The two halves of a sentence a parenthetical cue splits: "The museum, [Mr. Obama said,]
    would make visitors face uncomfortable truths", "Though the handover was smooth, [he said,]
    replacing her would be harder"."""
    if tok.dep_ != "parataxis":
        return None
    doc = tok.doc
    tok_at = doc_tokens(doc)
    source = _source_tokens(tok)
    if not source:
        return None
    first = min(t.i for t in source)
    last = max([tok.i] + [c.i for c in tok.children if c.dep_ in ("prt", "advmod", "npadvmod") and c.i > tok.i])
    if first == 0 or tok_at[first - 1].text != "," or last + 1 >= len(doc) or tok_at[last + 1].text != ",":
        return None
    sent = tok.sent
    start = sent.start
    for k in range(first - 1, sent.start - 1, -1):
        if "\n" in tok_at[k].text:
            start = k + 1
            break
    end = sent.end - 1
    while end > last + 1 and (tok_at[end].is_punct or tok_at[end].is_space):
        end -= 1
    if first - 2 < start or end <= last + 1:
        return None
    before = (tok_at[start].idx, tok_at[first - 2].idx + len(tok_at[first - 2]))
    after = (tok_at[last + 2].idx, tok_at[end].idx + len(tok_at[end]))
    return [before, after]


def _clause(tok: Token) -> tuple[int, int] | None:
    """The reported clause a speech verb governs: its ccomp, or 'about …' with 'tell'."""
    # "It is unlikely; the team says she will go on": the clause after the verb is what it says
    child = min((c for c in tok.children if c.dep_ == "ccomp"), key=lambda c: c.i < tok.i, default=None)
    if child is None:
        child = _said_in_a_setting(tok)
    if child is not None and child.i < tok.i and any(t.text == ";" for t in tok.doc[child.right_edge.i : tok.i]) and _is_cue(child) \
            and any(c.dep_ == "nsubj" for c in child.children) and tok.lemma_.lower() in DENIALS:
        return None  # "Rebels say jets hit the market; the army denies": it denies another's claim, not says it
    if child is not None:
        behind = subject_left_behind(tok) if child.i < tok.i else []
        told = last_act(behind)
        behind = [t for t in behind if t.i > told]  # "… of heavy bombing security analysts say": the act was told
        if behind and behind[0].i > 0 and tok.doc[behind[0].i - 1].lower_ in ("in", "near", "around", "outside"):
            while len(behind) > 1 and behind[0].ent_type_ in PLACE_LABELS:
                behind.pop(0)  # "… kill 23 in Eastern Ghouta activists say": where it happened, then who says so
        toks = [t for t in child.subtree if not behind or t.i < behind[0].i]  # not the speaker hung on it
        also = [c for c in tok.children if c.i > child.i > tok.i and _said_too(c)]
        if also:  # "said Holt was wrong and that the offers had been refused": both are what was said
            toks = list(tok.doc[toks[0].i : also[-1].right_edge.i + 1])
        said_next = [c for c in child.children if c.dep_ == "conj" and c.i > child.i and _is_cue(c)
                     and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
        if said_next:  # "… by March and suggested that it would leave": the next thing said is another claim
            toks = [t for t in toks if t.i < said_next[0].left_edge.i]
            while len(toks) > 1 and (toks[-1].dep_ == "cc" or toks[-1].is_punct):
                toks.pop()
        marks = [t for t in tok.children if t.dep_ == "mark" and tok.i < t.i < child.i]
        if child.i > tok.i and not marks:
            toks = _past_time_said(child, toks)
        first = min([toks[0]] + marks, key=lambda t: t.i)
        first = doc_tokens(tok.doc)[_past_dateline(tok.doc, first.i, toks[-1].i)]
        last = _reporters_tail(first, toks[-1])
        return first.idx, last.idx + len(last)
    if tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and tok.head.i < tok.i and any(c.dep_ == "nsubj" for c in tok.children) \
            and not (tok.dep_ in ("ccomp", "conj") and _is_cue(tok.head)) and not _subordinate(tok) or _second_subject_told(tok):
        # (only a cue with its own subject: not "… stopped them and told them to leave", "shouting
        # insults"; and not "the spokesman said he would not comment", nor "X has vowed …, and Y is
        # promising …": what comes before a cue that another cue governs is that cue's)
        # "Males … are transferred to camps, Zein a-Din told the Syrian Voice."
        source = _source_tokens(tok)
        first_source = min((t.i for t in source), default=tok.i)
        sent = tok.sent
        end = first_source - 1
        doc = tok.doc
        while end > sent.start and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "mark" and doc[end].head == tok):
            end -= 1  # (and the "as" of "…, as the bank warned")
        start = sent.start
        for k in range(end, sent.start - 1, -1):
            if doc[k].is_space and "\n" in doc[k].text:
                start = k + 1
                break
        while start < end and (doc[start].is_space or doc[start].text in ("“", '"')):
            start += 1
        start = _past_dateline(doc, start, end)
        if end > start and doc[first_source - 1].text in (",", "”", '"') or end > start and doc[first_source - 2].text in (",",):
            return doc[start].idx, doc[end].idx + len(doc[end])
    span = _that_clause_misread(tok) or _object(tok)
    if span is not None and not any(c.dep_ == "ccomp" for c in tok.children):
        first, last = span
        last = _reporters_tail(first, last)
        return first.idx, last.idx + len(last)
    if tok.lemma_.lower() in ("tell", "speak", "talk"):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "about":
                toks = list(child.subtree)
                last = toks[-1]
                while last.i > child.i and last.is_punct:
                    last = last.doc[last.i - 1]
                return toks[0].idx, last.idx + len(last)
    return None


CREDIT_WORDS = 8  # at most this many words between the comma and the verb of a trailing credit
CREDIT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PART"})


def _trailing_credit(tok: Token) -> tuple[tuple[int, int], list[Token]] | None:
    """'Rebels took the town after two days of fighting with the army, residents and a local
    official said, sending …': a speaker set off by a comma with its verb of saying, closing a
    sentence the parser tied up otherwise. What comes before the comma is what they said."""
    doc, sent = tok.doc, tok.sent
    if cue_verbs().get(tok.lemma_.lower()) != "speech" or tok.i + 1 >= sent.end or doc[tok.i + 1].text not in (",", "."):
        return None
    if tok.i + 2 < len(doc) and doc[tok.i + 2].text in OPENERS:
        return None  # "Asked about the device, the commissioner said, “Not now.”": what follows is what was said
    words = list(takewhile(lambda t: t.pos_ in CREDIT_POS, reversed(doc[sent.start : tok.i])))
    comma = tok.i - len(words) - 1
    if not words or len(words) > CREDIT_WORDS or comma <= sent.start + 2 or doc[comma].text != "," \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    return _claim_before(doc, sent.start, comma - 1), sorted(words, key=lambda t: t.i)


def _claim_before(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """The characters of a claim its credit closes, from token `first` (past a dateline that opens
    the report) to token `last`."""
    start = doc[_past_dateline(doc, first, last)]
    return start.idx, doc[last].idx + len(doc[last])


DENIALS = frozenset({"deny", "reject", "dispute", "refute", "dismiss"})
SPEAKER_WORDS = 5  # at most this many words name who speaks in a credit without a comma
CREDIT_TAIL = frozenset({"prep", "pobj", "det", "amod", "compound", "npadvmod", "advmod", "nummod"})
CREDIT_VERBS = frozenset({"say", "tell", "report", "add", "announce", "state", "claim", "confirm", "write", "explain"})
NO_CLAIM_END = frozenset({"DET", "ADJ", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON"})


def _credit_without_comma(tok: Token, actor_at: dict[int, str]) -> tuple[tuple[int, int], list[Token]] | None:
    """'… took control of the hills overlooking the road the source said on Thursday', in text that
    lost its commas: a speaker named with a determiner, or as an actor, right before a verb of
    saying that ends its sentence (but for when and where it was said) closes a claim."""
    doc, sent = tok.doc, tok.sent
    lemma = tok.lemma_.lower()
    if lemma not in CREDIT_VERBS or tok.dep_ not in ("ROOT", "conj", "advcl", "parataxis") or tok.i - sent.start < 6:
        return None
    tail = [t for t in doc[tok.i + 1 : sent.end] if not t.is_space]
    if tail and tail[-1].is_punct:
        tail.pop()
    if any(t.dep_ not in CREDIT_TAIL and not (t.dep_ == "dobj" and lemma in TELLING) or tok not in t.ancestors for t in tail):
        return None  # what follows the verb is more than whom, when or where it was told
    opening = max([sent.start] + [t.i + 1 for t in doc[sent.start : tok.i] if "\n" in t.text])  # not a headline run into it
    for first in range(tok.i - 1, max(opening + 3, tok.i - SPEAKER_WORDS) - 1, -1):
        words = list(doc[first : tok.i])
        if words[0].pos_ not in ("NOUN", "PROPN", "ADJ", "DET"):
            return None
        named = words[0].pos_ == "DET" or all(w.i in actor_at for w in words)
        if named and words[-1].pos_ in ("NOUN", "PROPN") and doc[first - 1].pos_ not in NO_CLAIM_END \
                and (first - 1 not in actor_at or actor_at[first - 1] != actor_at.get(first)):  # not inside one name
            while first - 1 > opening + 3 and (doc[first - 1].dep_ in ("compound", "amod", "det") and doc[first - 1].head.i in range(first, tok.i)
                                               or doc[first].pos_ == "PROPN" and doc[first - 1].lemma_.lower() in nouns()):
                first -= 1  # the speaker's role before the name: "civil defence official Ahmad Saleh told …"
                words.insert(0, doc[first])
            said = [t for t in doc[opening : first] if not t.is_space]
            if said[-1].pos_ in NO_CLAIM_END or not any(t.pos_ in ("VERB", "AUX") for t in said) or any(t.text in OPENERS or t.text in _CLOSING for t in said):
                return None  # (a quotation with its speaker is found as such)
            return _claim_before(doc, said[0].i, said[-1].i), words
        if words[0].pos_ == "DET":
            return None
    return None


def _past_time_said(child: Token, toks: list[Token]) -> list[Token]:
    """'The army said on Monday its forces had …', parsed with the day hung on what was said: a
    time before the clause's subject, with no "that" between, is when it was said."""
    subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "mark" for c in child.children):
        return toks
    lead = [c for c in child.children if c.i < subject.i and c.dep_ != "punct"]
    spans = [(d.start_char, d.end_char) for d in child.doc._.dates or []]
    if not lead or lead[0].left_edge != toks[0] or not all(
            any(s <= t.idx < e for s, e in spans) for c in lead for t in c.subtree if t.pos_ != "ADP"):
        return toks
    return [t for t in toks if t.i >= subject.left_edge.i] or toks


def _said_too(clause: Token) -> bool:
    """'said X and that Y': a second "that" clause joined to a cue is more of what it said."""
    return clause.dep_ == "conj" and _is_cue(clause.head) and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _subordinate(tok: Token) -> bool:
    """'…, when the senator cited the report': a clause opened by a word of time, cause or
    condition tells when or why the cue happened; what comes before it is no one's claim."""
    own_words = any(c.dep_ == "ccomp" or c.dep_ == "dobj" and tok.lemma_.lower() not in TELLING for c in tok.children)
    # ("…, as leaders accused each other of …", not "…, as he said" nor "…, as he told reporters")
    return any(c.dep_ in ("mark", "advmod") and c.i < tok.i and (c.lower_ in SUBORDINATORS or c.lower_ == "as" and own_words)
               for c in tok.children)


def _that_clause_misread(tok: Token) -> tuple[Token, Token] | None:
    """'She wrote that the bill "rewards failure" and urged …', where quotation marks led the parser
    to take the clause's verb for a noun: a cue followed by "that" says all up to the next thing it
    does or the sentence's end."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "that" or doc[tok.i + 1].dep_ != "mark" or doc[tok.i + 1].head.dep_ == "ccomp":
        return None
    stop = min([c.i for c in tok.children if c.i > tok.i + 1 and c.dep_ in ("cc", "conj")] + [tok.sent.end])
    words = [t for t in doc[tok.i + 1 : stop] if not t.is_space]
    while words and words[-1].is_punct and words[-1].text not in _CLOSING:
        words.pop()
    return (words[0], words[-1]) if len(words) > 2 else None


def _said_in_a_setting(tok: Token) -> Token | None:
    """'The army said in a statement that its forces had retaken the village', parsed with the
    clause hung on "statement": the clause is what was said."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in SETTINGS:
                for clause in obj.children:
                    if clause.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                        return clause
    return None


def _second_subject_told(tok: Token) -> bool:
    """'An air strike … killed 18 people, health officials said', parsed with the strike as a
    second subject of the cue: the subject set off by a comma right before the cue spoke, and all
    before the comma is what it said."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if tok.dep_ != "ROOT" or len(subjects) < 2:
        return False
    speaker = subjects[-1]
    return speaker.left_edge.i > 0 and tok.doc[speaker.left_edge.i - 1].text == "," and speaker.right_edge.i == tok.i - 1


def _past_dateline(doc: Doc, start: int, end: int) -> int:
    """The first word after the dateline that opens the report ("KYIV, May 14 (Reuters) - …"), when
    what was said starts there: where the report was filed is no part of it."""
    info = doc._.meta or {}
    dateline, after = info.get("dateline"), info.get("dateline_end")
    if not dateline or after is None or doc[start].idx != dateline[0]:
        return start
    while start < end and doc[start].idx < after:
        start += 1
    return start


GROUP_HEADS = frozenset({"group", "movement", "militia", "organisation", "organization", "faction", "alliance", "coalition"})
SINGULAR = frozenset({"it", "he", "she", "him", "her"})
ISSUED = frozenset({"statement", "communique", "communiqué", "release"})  # what a body puts out and a text names again
SETTINGS = ISSUED | {"interview", "briefing", "conference", "speech", "message", "video", "letter"}  # where one says it
ISSUER_REACH = 120  # words back to where the text said who put it out

_NEGATION_CLITIC = re.compile(r"n[’']t\b")
SETTING_OFF = frozenset({",", "--", "—", "–", "("})
CONCESSIVE = frozenset({"although", "though", "even", "despite"})
TELLING = frozenset({"tell", "inform", "brief", "assure", "remind"})  # verbs whose object is whom they told
SUBORDINATORS = frozenset({"when", "whenever", "while", "after", "before", "because", "since", "until", "once", "if",
                           "unless"}) | CONCESSIVE  # words opening a clause of time, cause or condition


def _reporters_tail(first: Token, last: Token) -> Token:
    """The last word of what was said, from `first` to at most `last`: it ends where the reporter
    goes on after a comma or a dash to the end of the sentence ("… the health of Donald Trump[, who
    is 70]", "… with NATO[, the existing alliance …]", "… was smart[, although he again refused …]",
    "… to 28 percent[, citing …]"), and never on punctuation."""
    doc = first.doc
    cut = None
    for t in doc[first.i + 2 : last.i + 1]:
        before = doc[t.left_edge.i - 1]
        if before.text not in SETTING_OFF or t.right_edge.i < last.i or t.left_edge.i <= first.i + 1:
            continue
        told_of = t.dep_ in ("relcl", "appos") or t.dep_ in ("advcl", "acl") and (
            t.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in t.children))
        if told_of and (_is_cue(t) or not any(q.text in OPENERS or q.text in _CLOSING for q in doc[t.left_edge.i : last.i + 1])):
            cut = before.i if cut is None else min(cut, before.i)
    end = doc[cut - 1] if cut is not None else last
    while end.i > first.i and end.is_punct:
        end = doc[end.i - 1]
    return end


def _trimmed(tokens: list[Token]) -> list[Token]:
    """`tokens` without the punctuation and spaces at either end."""
    start, end = 0, len(tokens)
    while start < end and (tokens[start].is_punct or tokens[start].is_space):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    return tokens[start:end]


def _lead_trimmed(ordered: list[Token], head: Token) -> list[Token]:
    """A speaker's phrase without what leads into it: anything before a paragraph break or a spaced
    dash before its head ("WASHINGTON -- President Obama"), a leading "Both" or "Even", and the
    punctuation at either end."""
    breaks = [n for n, t in enumerate(ordered) if "\n" in t.text or t.i < head.i and t.text in DASHES and t.whitespace_]
    if breaks:
        ordered = ordered[breaks[-1] + 1 :]
    ordered = _trimmed(ordered)
    while ordered and (ordered[0].dep_ == "preconj" or ordered[0].dep_ == "advmod" and ordered[0].head.i == head.i):
        ordered = ordered[1:]
    return ordered


def _no_words(text: str) -> bool:
    """Nothing but marks and spaces: a quote that closes after the claim's full stop still ends it."""
    return not any(c.isalnum() for c in text)


def _words_outside(text: str, spans: list[tuple[int, int]]) -> int:
    """How many words of `text` lie outside the quoted `spans` (offsets into `text`)."""
    kept = list(text)
    for a, b in spans:
        for i in range(max(a, 0), min(b, len(kept))):
            kept[i] = " "
    return len(re.findall(r"\w+", "".join(kept)))


def _noun_by_case(tok: Token) -> bool:
    """A common noun, also when a headline's tagger calls a word in lower case a name ("Houthi health
    ministry says"). (actors._common_noun reads a sentence's first word instead.)"""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()


def _after_body(head: Token) -> list[Token]:
    """Names in apposition to the body a role is for, which the parser hangs on the body: "a
    spokesman for M23, Lawrence Kanyuka," names the spokesman, not M23."""
    return [c for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
            for obj in prep.children if obj.dep_ == "pobj" for c in obj.children if c.dep_ == "appos"]


def _head_noun(tokens: list[Token]) -> Token | None:
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    return heads[0] if heads else None


def _np(head: Token, whole: bool = False) -> Span | None:
    """The noun phrase a head names; `whole` keeps its determiner and a short phrase after it
    ("attorneys for the family"), as a description that names someone by what they are."""
    doc = head.doc
    tok_at = doc_tokens(doc)
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "det", "poss")]
    told = last_act(t for t in left for t in t.subtree)
    left = [t for t in left if t.i > told]  # "withstood the bombing security analysts say": commas lost
    start = min([head.i] + [t.i for t in left])
    if not whole:
        while start < head.i and tok_at[start].lower_ in ("a", "an", "the", "this", "that", "his", "her", "their", "its"):
            start += 1
        return doc[start : head.i + 1]
    start = min([start] + [t.i for t in left for t in t.subtree if t.i > told])
    end = head.i + 1
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "to", "at", "with", "from", "by") and prep.i == end:
            tail = max(t.i for t in prep.subtree) + 1
            if tail - end <= 6 and not any(t.pos_ in ("VERB", "AUX") or t.text in (",", "(") for t in doc[end:tail]):
                end = tail
        break
    return doc[start:end]


def _renumber(doc: Doc, actors: list[Actor]) -> dict[str, str]:
    """Actors added here keep the text order of ids: a1 is the first actor mentioned."""
    actors.sort(key=lambda a: (a.mentions[0].start if a.mentions else 10**9, a.id))
    mapping = {}
    for n, actor in enumerate(actors, start=1):
        mapping[actor.id] = f"a{n}"
    if all(k == v for k, v in mapping.items()):
        return {}
    drafts = doc._.actor_drafts or {}
    doc._.actor_drafts = {mapping[k]: v for k, v in drafts.items() if k in mapping}
    for actor in actors:
        actor.id = mapping[actor.id]
    return mapping
