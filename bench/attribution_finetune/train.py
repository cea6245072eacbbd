"""Fine-tunes the packaged MiniLM (all-MiniLM-L6-v2, fp16 copy in model/) as a BIO token tagger for
PolNeAR attribution (source, cue, content on three separate heads), cross-validated over documents
with the same seeded 5 folds as bench/train_attribution_cues.py, and writes the held-out
predictions as character spans per role (scored locally by score.py).

Two variants in one run: (a) all layers trained, (b) embeddings + bottom 4 layers frozen (top 2
layers + heads trained).

Usage: python3 train.py --out DIR [--epochs 6] [--smoke]   (DIR defaults to $OUT)
Needs only torch, transformers, tokenizers, numpy (no eventwire, no network).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from transformers import BertModel

HERE = Path(__file__).resolve().parent
GOLD = HERE / "polnear_dev.jsonl"
MODEL = HERE / "model"
SEED, FOLDS = 13, 5  # bench/train_attribution_cues.py's split
ROLES = ("source", "cue", "content")
TOKENIZER = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
TOKENIZER.no_truncation()
TOKENIZER.no_padding()
CLS, SEP = TOKENIZER.token_to_id("[CLS]"), TOKENIZER.token_to_id("[SEP]")
WINDOW, STRIDE = 254, 127  # word pieces per window (+ [CLS], [SEP] = 256), half-window overlap
O, B, I = 0, 1, 2


def folds(count: int) -> list[set[int]]:
    """Exactly bench/train_attribution_cues.py's folds: documents in file order, seeded shuffle."""
    order = list(range(count))
    random.Random(SEED).shuffle(order)
    return [set(order[fold::FOLDS]) for fold in range(FOLDS)]


def encode(document: dict) -> dict:
    """Word pieces with character offsets and a BIO label per role (gold spans may overlap across
    roles, so each role has its own label row)."""
    encoding = TOKENIZER.encode(document["text"], add_special_tokens=False)
    offsets = np.array(encoding.offsets, dtype=np.int64).reshape(-1, 2)
    labels = np.zeros((len(ROLES), len(offsets)), dtype=np.int64)
    for attribution in document.get("attributions", []):
        for r, role in enumerate(ROLES):
            span = attribution.get(role)
            if not span:
                continue
            inside = np.nonzero((offsets[:, 0] < int(span[1])) & (offsets[:, 1] > int(span[0])))[0]
            if len(inside):
                labels[r, inside] = I
                labels[r, inside[0]] = B
    return {"ids": np.array(encoding.ids, dtype=np.int64), "offsets": offsets, "labels": labels}


def windows(length: int) -> list[int]:
    """Start positions of overlapping windows covering `length` pieces."""
    starts = list(range(0, max(length - WINDOW, 0) + 1, STRIDE))
    if starts[-1] + WINDOW < length:
        starts.append(length - WINDOW)
    return starts


class Tagger(torch.nn.Module):
    def __init__(self, frozen_layers: int) -> None:
        super().__init__()
        self.encoder = BertModel.from_pretrained(str(MODEL), add_pooling_layer=False).float()
        self.dropout = torch.nn.Dropout(0.1)
        self.heads = torch.nn.Linear(self.encoder.config.hidden_size, 3 * len(ROLES))  # 3 BIO logits per role
        if frozen_layers:
            for parameter in self.encoder.embeddings.parameters():
                parameter.requires_grad = False
            for layer in self.encoder.encoder.layer[:frozen_layers]:
                for parameter in layer.parameters():
                    parameter.requires_grad = False

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        return self.heads(self.dropout(hidden)).view(ids.shape[0], ids.shape[1], len(ROLES), 3)


def batch(items: list[tuple[np.ndarray, np.ndarray]], device: torch.device) -> tuple[torch.Tensor, ...]:
    """[CLS] window [SEP], padded; labels -100 on specials and padding."""
    width = max(len(ids) for ids, _ in items) + 2
    ids = torch.zeros((len(items), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    labels = torch.full((len(items), width, len(ROLES)), -100, dtype=torch.long)
    for row, (piece_ids, piece_labels) in enumerate(items):
        n = len(piece_ids)
        ids[row, 0], ids[row, n + 1] = CLS, SEP
        ids[row, 1 : n + 1] = torch.from_numpy(piece_ids)
        mask[row, : n + 2] = 1
        if piece_labels is not None:
            labels[row, 1 : n + 1] = torch.from_numpy(piece_labels.T)
    return ids.to(device), mask.to(device), labels.to(device)


def train(encoded: list[dict], frozen_layers: int, epochs: int, lr: float, device: torch.device,
          seed: int, batch_size: int) -> tuple[Tagger, list[float]]:
    torch.manual_seed(seed)
    model = Tagger(frozen_layers).to(device)
    examples = [(doc["ids"][s : s + WINDOW], doc["labels"][:, s : s + WINDOW])
                for doc in encoded for s in windows(len(doc["ids"]))]
    encoder_params = [p for p in model.encoder.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW([{"params": encoder_params, "lr": lr},
                                   {"params": model.heads.parameters(), "lr": lr * 10}],  # fresh heads learn faster
                                  weight_decay=0.01)
    steps = epochs * ((len(examples) + batch_size - 1) // batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / max(1, steps // 10)) * max(0.0, (steps - step) / steps))
    order = random.Random(seed)
    losses = []
    model.train()
    for _ in range(epochs):
        order.shuffle(examples)
        total, count = 0.0, 0
        for start in range(0, len(examples), batch_size):
            ids, mask, labels = batch(examples[start : start + batch_size], device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(ids, mask)
            loss = torch.nn.functional.cross_entropy(logits.float().reshape(-1, 3), labels.reshape(-1), ignore_index=-100)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            total, count = total + loss.item(), count + 1
        losses.append(round(total / max(count, 1), 4))
    return model, losses


@torch.no_grad()
def predict(model: Tagger, doc: dict, device: torch.device, batch_size: int) -> dict[str, list[list[int]]]:
    """Character spans per role; each piece takes the label of the window where it is most central."""
    model.eval()
    n = len(doc["ids"])
    starts = windows(n)
    best = np.full((n,), -1.0)
    labels = np.zeros((len(ROLES), n), dtype=np.int64)
    for first in range(0, len(starts), batch_size):
        chunk = starts[first : first + batch_size]
        ids, mask, _ = batch([(doc["ids"][s : s + WINDOW], None) for s in chunk], device)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            logits = model(ids, mask).float()
        predicted = logits.argmax(-1).cpu().numpy()  # window, position, role
        for row, s in enumerate(chunk):
            length = min(WINDOW, n - s)
            positions = np.arange(length)
            centrality = np.minimum(positions + 1, length - positions)  # distance from the window's edges
            better = centrality > best[s : s + length]
            best[s : s + length] = np.where(better, centrality, best[s : s + length])
            labels[:, s : s + length] = np.where(better, predicted[row, 1 : length + 1].T, labels[:, s : s + length])
    return {role: spans(labels[r], doc["offsets"]) for r, role in enumerate(ROLES)}


def spans(labels: np.ndarray, offsets: np.ndarray) -> list[list[int]]:
    """BIO to character spans (an I after O opens a span, as a B would)."""
    result: list[list[int]] = []
    start = end = None
    for label, (c0, c1) in zip(labels, offsets):
        if label == B or (label == I and start is None):
            if start is not None:
                result.append([int(start), int(end)])
            start, end = c0, c1
        elif label == I:
            end = c1
        elif start is not None:
            result.append([int(start), int(end)])
            start = None
    if start is not None:
        result.append([int(start), int(end)])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", ".")))
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--lr", type=float, default=5e-5, help="encoder learning rate of variant a (heads: x10)")
    parser.add_argument("--lr-b", type=float, default=1e-4, help="encoder learning rate of variant b")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--smoke", action="store_true", help="CPU check: 1 fold, 1 epoch, a few documents")
    args = parser.parse_args()
    began = time.time()
    device = torch.device("cuda" if torch.cuda.is_available() and not args.smoke else "cpu")
    documents = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    encoded = [encode(document) for document in documents]
    split = folds(len(documents))
    print(f"device {device} ({torch.cuda.get_device_name() if device.type == 'cuda' else 'cpu'}), "
          f"{len(documents)} documents, {sum(len(e['ids']) for e in encoded)} pieces")
    print("fold sizes", [len(f) for f in split], "folds", [sorted(f) for f in split])
    epochs = 1 if args.smoke else args.epochs
    variants = {"a": (0, args.lr), "b": (4, args.lr_b)}
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (frozen, lr) in variants.items():
        lines = []
        for k, test in enumerate(split[:1] if args.smoke else split):
            train_ids = [i for i in range(len(documents)) if i not in test]
            test_ids = sorted(test)
            if args.smoke:
                train_ids, test_ids = train_ids[:4], test_ids[:3]
            t0 = time.time()
            model, losses = train([encoded[i] for i in train_ids], frozen, epochs, lr, device, SEED + k, args.batch)
            for i in test_ids:
                lines.append({"id": documents[i]["id"], "fold": k,
                              "spans": predict(model, encoded[i], device, args.batch)})
            trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
            print(f"variant {name} fold {k}: train {len(train_ids)} docs, test {len(test_ids)}, "
                  f"trainable {trainable}, loss per epoch {losses}, {time.time() - t0:.1f}s", flush=True)
        path = args.out / f"preds_{name}.jsonl"
        path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        print(f"wrote {path} ({len(lines)} documents)")
    print(f"total {time.time() - began:.1f}s")


if __name__ == "__main__":
    main()
