"""Train the FNC-1 stance model shipped in retold/data and score it on the competition test set.

    python benchmarks/train_stance.py --out retold/data/

Trains on train_stances.csv/train_bodies.csv only. Model selection (boosting rounds, the
disagree weight) uses a validation split of the train set by body ID that also holds out
whole stories (bodies and headlines linked by related pairs), so no body, headline or topic
leaks between the halves; the competition test set is scored once, at the end, with
the official FNC-1 score (0.25 for related/unrelated right, 0.75 more for the exact stance of
a related pair, as a percentage of the best possible total), per-class F1, macro-F1 and the
confusion matrix. Deterministic: fixed seeds, single-threaded LightGBM in deterministic mode.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retold import stance as st  # noqa: E402

SEED = 20170601
RELATED_PARAMS = dict(objective="binary", learning_rate=0.05, num_leaves=31, min_data_in_leaf=40,
                      feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, lambda_l2=1.0)
STANCE_PARAMS = dict(objective="multiclass", num_class=3, learning_rate=0.05, num_leaves=31,
                     min_data_in_leaf=30, feature_fraction=0.7, bagging_fraction=0.8, bagging_freq=1,
                     lambda_l2=1.0)
COMMON = dict(verbosity=-1, num_threads=1, deterministic=True, force_col_wise=True, seed=SEED,
              bagging_seed=SEED, feature_fraction_seed=SEED, data_random_seed=SEED)


def read_split(data: Path, prefix: str) -> tuple[list[tuple[str, int, str]], dict[int, str]]:
    csv.field_size_limit(10_000_000)
    with open(data / f"{prefix}_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
    with open(data / f"{prefix}_stances.csv", encoding="utf-8", newline="") as fh:
        pairs = [(r["Headline"], int(r["Body ID"]), r["Stance"]) for r in csv.DictReader(fh)]
    return pairs, bodies


def report(gold: list[str], pred: list[str], title: str) -> float:
    score, best, pct = st.fnc_score(gold, pred)
    print(f"\n== {title}: FNC-1 score {score:.2f} / {best:.2f} = {pct:.2f}%")
    labels = st.LABELS
    index = {l: i for i, l in enumerate(labels)}
    cm = np.zeros((4, 4), int)
    for g, p in zip(gold, pred):
        cm[index[g], index[p]] += 1
    f1s = []
    for i, label in enumerate(labels):
        tp = cm[i, i]
        prec = tp / cm[:, i].sum() if cm[:, i].sum() else 0.0
        rec = tp / cm[i, :].sum() if cm[i, :].sum() else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        print(f"  {label:10s} P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}  (n={cm[i, :].sum()})")
    print(f"  macro-F1 {np.mean(f1s):.4f}   accuracy {np.trace(cm) / cm.sum():.4f}")
    rel_acc = np.mean([(g == "unrelated") == (p == "unrelated") for g, p in zip(gold, pred)])
    print(f"  related/unrelated accuracy {rel_acc:.4f}")
    print("  confusion (rows gold, columns predicted):")
    print("  " + " " * 11 + "".join(f"{l:>11s}" for l in labels))
    for i, label in enumerate(labels):
        print("  " + f"{label:11s}" + "".join(f"{v:11d}" for v in cm[i]))
    return pct


def build_vocabulary(texts: list[str], max_terms: int, min_df: int = 2):
    df: Counter = Counter()
    docs = []
    for text in texts:
        doc_terms = st.terms(st.content_stems(st.words(text)))
        docs.append(doc_terms)
        df.update(set(doc_terms))
    kept = sorted((t for t, c in df.items() if c >= min_df), key=lambda t: (-df[t], t))[:max_terms]
    n = len(texts)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept])
    return kept, idf, docs


def lsa_components(docs: list[list[str]], vocab: dict[str, int], idf: np.ndarray, k: int) -> np.ndarray:
    from scipy.sparse import csr_matrix
    from sklearn.utils.extmath import randomized_svd

    rows, cols, vals = [], [], []
    for r, doc in enumerate(docs):
        counts = Counter(vocab[t] for t in doc if t in vocab)
        if not counts:
            continue
        ids = np.fromiter(counts.keys(), np.int64)
        v = (1.0 + np.log(np.fromiter(counts.values(), np.float64))) * idf[ids]
        v /= np.linalg.norm(v)
        rows.extend([r] * len(ids))
        cols.extend(ids.tolist())
        vals.extend(v.tolist())
    m = csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)))
    _, _, vt = randomized_svd(m, n_components=k, n_iter=7, random_state=SEED)
    # Fix the sign of each component so the result does not depend on the solver's whims.
    signs = np.sign(vt[np.arange(k), np.abs(vt).argmax(axis=1)])
    return (vt * signs[:, None]).astype(np.float32)


def featurize(fz: st.Featurizer, pairs, bodies) -> np.ndarray:
    heads, docs = {}, {}
    rows = []
    for headline, body_id, _ in pairs:
        if headline not in heads:
            heads[headline] = fz.headline(headline)
        if body_id not in docs:
            docs[body_id] = fz.body(bodies[body_id])
        rows.append(fz.features(heads[headline], docs[body_id]))
    return np.vstack(rows)


def topic_split(pairs, share: float = 0.2):
    """Validation split by body ID that also keeps stories apart.

    Bodies and headlines linked by a related pair form one story (a connected component); a
    fifth of the stories, drawn at random with a fixed seed, is held out. Pairs between a held-out
    and a kept story (unrelated by construction) are left out of both sides, so no body and no
    headline is seen on both sides, as in the competition's own split.
    """
    parent: dict = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for headline, body_id, label in pairs:
        find(("h", headline)), find(("b", body_id))
        if label != "unrelated":
            parent[find(("h", headline))] = find(("b", body_id))
    stories: dict = {}
    for node in sorted(parent, key=repr):
        stories.setdefault(find(node), []).append(node)
    keys = sorted(stories, key=repr)
    random.Random(SEED).shuffle(keys)
    n_bodies = sum(1 for node in parent if node[0] == "b")
    held: set = set()
    held_bodies = 0
    for key in keys:
        if held_bodies >= share * n_bodies:
            break
        held.update(stories[key])
        held_bodies += sum(1 for node in stories[key] if node[0] == "b")
    fit, val = [], []
    for i, (headline, body_id, _) in enumerate(pairs):
        h_out, b_out = ("h", headline) in held, ("b", body_id) in held
        if h_out and b_out:
            val.append(i)
        elif not h_out and not b_out:
            fit.append(i)
    return np.array(fit), np.array(val)


def train_boosters(x, y, fit, val, disagree_weight, rounds=None):
    """Train both stages on rows `fit`; with `val`, pick rounds by early stopping there."""
    import lightgbm as lgb

    related = np.array([lab != "unrelated" for lab in y])
    stance_ix = {"agree": 0, "disagree": 1, "discuss": 2}
    out = {}
    # Stage one: related vs unrelated.
    d1 = lgb.Dataset(x[fit], related[fit].astype(int), free_raw_data=False)
    valid1 = [lgb.Dataset(x[val], related[val].astype(int), reference=d1)] if val is not None else []
    cb = [lgb.early_stopping(100, verbose=False)] if val is not None else []
    n1 = rounds[0] if rounds else 3000
    b1 = lgb.train({**RELATED_PARAMS, **COMMON}, d1, num_boost_round=n1, valid_sets=valid1, callbacks=cb)
    out["related"] = b1
    # Stage two: agree / disagree / discuss among related pairs (gold related at training time).
    fit2 = fit[related[fit]]
    y2 = np.array([stance_ix[y[i]] for i in fit2])
    w2 = np.where(y2 == 1, disagree_weight, 1.0)
    d2 = lgb.Dataset(x[fit2], y2, weight=w2, free_raw_data=False)
    valid2 = []
    if val is not None:
        val2 = val[related[val]]
        valid2 = [lgb.Dataset(x[val2], np.array([stance_ix[y[i]] for i in val2]), reference=d2)]
    n2 = rounds[1] if rounds else 3000
    b2 = lgb.train({**STANCE_PARAMS, **COMMON}, d2, num_boost_round=n2, valid_sets=valid2, callbacks=cb)
    out["stance"] = b2
    return out


def predict(boosters, x) -> list[str]:
    probs = st.combine(boosters["related"].predict(x, num_threads=1),
                       boosters["stance"].predict(x, num_threads=1))
    return [st.LABELS[i] for i in probs.argmax(axis=1)]


def speed(path: Path, pairs, bodies) -> None:
    """Load time and pairs/s of the written model, one call per pair, on ~500-word test bodies."""
    t = time.perf_counter()
    model = st.StanceModel(str(path))
    model._load()
    load = time.perf_counter() - t
    sample = [(h, bodies[b]) for h, b, _ in pairs if 450 <= len(bodies[b].split()) <= 550][:300]
    t, c = time.perf_counter(), time.process_time()
    for headline, body in sample:
        model(headline, body)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"load {load:.3f}s; {len(sample)} pairs with 450-550-word bodies, one call each: "
          f"{len(sample) / wall:.0f} pairs/s wall, {len(sample) / cpu:.0f} pairs/s per CPU second")
    batch = [(h, bodies[b]) for h, b, _ in pairs[:2000]]
    t = time.perf_counter()
    model.predict_many(batch)
    print(f"predict_many on 2,000 test pairs: {len(batch) / (time.perf_counter() - t):.0f} pairs/s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "fnc-1"),
                    help="folder with the FNC-1 csv files (default ../shared/data/fnc-1)")
    ap.add_argument("--out", default=None, help="write the model files here (e.g. retold/data/)")
    ap.add_argument("--max-terms", type=int, default=30000)
    ap.add_argument("--lsa", type=int, default=50, help="LSA dimensions")
    ap.add_argument("--no-word-features", action="store_true",
                    help="leave out the per-word counts of the stance lexicons")
    ap.add_argument("--lsa-features", type=int, default=0,
                    help="leading LSA dimensions of headline and body given to the trees as features")
    ap.add_argument("--stance-params", default="{}",
                    help="JSON overrides of the stage-two LightGBM parameters")
    ap.add_argument("--related-params", default="{}",
                    help="JSON overrides of the stage-one LightGBM parameters")
    ap.add_argument("--no-test", action="store_true",
                    help="stop after validation (for model selection; the test set stays unseen)")
    ap.add_argument("--weights", default="1,2,3", help="disagree class weights to try on validation")
    args = ap.parse_args(argv)
    random.seed(SEED)
    np.random.seed(SEED)
    STANCE_PARAMS.update(json.loads(args.stance_params))
    RELATED_PARAMS.update(json.loads(args.related_params))
    data = Path(args.data)
    t0 = time.perf_counter()
    train_pairs, train_bodies = read_split(data, "train")
    test_pairs, test_bodies = read_split(data, "competition_test")
    print(f"train {len(train_pairs)} pairs / {len(train_bodies)} bodies; "
          f"test {len(test_pairs)} pairs / {len(test_bodies)} bodies")

    headlines = sorted({h for h, _, _ in train_pairs})
    texts = headlines + [train_bodies[k] for k in sorted(train_bodies)]
    kept, idf, docs = build_vocabulary(texts, args.max_terms)
    vocab = {t: i for i, t in enumerate(kept)}
    components = lsa_components(docs, vocab, idf, args.lsa)
    # Train with exactly the precision that ships: float32 IDF, float16 LSA components.
    idf = idf.astype(np.float32).astype(np.float64)
    components = components.astype(np.float16).astype(np.float32)
    avg_len = float(np.mean([len(st.content_stems(st.words(train_bodies[k]))) for k in train_bodies]))
    fz = st.Featurizer(vocab, idf, components, avg_len, args.lsa_features,
                        not args.no_word_features)
    print(f"vocabulary {len(kept)} terms, LSA {args.lsa} dims  [{time.perf_counter() - t0:.1f}s]")

    x = featurize(fz, train_pairs, train_bodies)
    y = [s for _, _, s in train_pairs]
    print(f"train features {x.shape}  [{time.perf_counter() - t0:.1f}s]")

    fit, val = topic_split(train_pairs)
    print(f"validation split: {len(fit)} fit pairs, {len(val)} validation pairs "
          f"({len(train_pairs) - len(fit) - len(val)} crossing pairs left out)")
    best = None
    for w in [float(v) for v in args.weights.split(",")]:
        boosters = train_boosters(x, y, fit, val, w)
        pred = predict(boosters, x[val])
        _, _, pct = st.fnc_score([y[i] for i in val], pred)
        rounds = (boosters["related"].best_iteration, boosters["stance"].best_iteration)
        print(f"validation: disagree weight {w}: FNC {pct:.2f}%  rounds {rounds}  "
              f"[{time.perf_counter() - t0:.1f}s]")
        if best is None or pct > best[0]:
            best = (pct, w, rounds, pred)
    pct, weight, rounds, pred = best
    report([y[i] for i in val], pred, f"validation (held-out stories), disagree weight {weight}")

    if args.no_test:
        return 0
    # Final model: all train rows, the selected settings, rounds scaled for 25% more data.
    final_rounds = tuple(max(50, int(r * 1.2)) for r in rounds)
    boosters = train_boosters(x, y, np.arange(len(y)), None, weight, final_rounds)
    train_time = time.perf_counter() - t0
    print(f"\ntraining done in {train_time:.1f}s (rounds {final_rounds}, disagree weight {weight})")

    xt = featurize(fz, test_pairs, test_bodies)
    pred = predict(boosters, xt)
    report([s for _, _, s in test_pairs], pred, "competition test set")
    print(f"\ntraining time {train_time:.1f}s; total {time.perf_counter() - t0:.1f}s")

    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        meta = {"name": "fnc1-lgbm-2stage", "terms": kept, "avg_body_len": avg_len,
                "lsa_dims": fz.lsa_dims, "word_features": fz.word_features, "labels": list(st.LABELS),
                "disagree_weight": weight, "rounds": list(final_rounds)}
        (out / st.VOCAB_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(out / st.ARRAYS_FILE, idf=idf.astype(np.float32),
                            components=components.astype(np.float16))
        for key, name in (("related", st.RELATED_MODEL_FILE), ("stance", st.STANCE_MODEL_FILE)):
            forest = st.Forest.from_lightgbm_text(boosters[key].model_to_string())
            check = forest.predict(xt[:500]) - boosters[key].predict(xt[:500], num_threads=1)
            assert np.abs(check).max() < 1e-9, "numpy trees disagree with LightGBM"
            forest.save(out / name)
        size = sum(p.stat().st_size for p in out.glob("stance*"))
        print(f"model written to {out} ({size / 1e6:.1f} MB)")
        speed(out, test_pairs, test_bodies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
