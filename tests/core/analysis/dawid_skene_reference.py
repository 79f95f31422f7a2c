# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The Lector authors
#
# An independent implementation, in numpy, of the model that dawid_skene_test.cpp checks lector's fitDawidSkene
# against: Dawid and Skene's (1979) estimation by EM of per-annotator error rates, here with
#   - two coins per annotator for "is there a word at this place" (sensitivity s, false-positive rate f), over the
#     annotators who labeled the item's image, and a prior pi of a place being a word;
#   - places that nobody drew (never seen, since an item is a place someone drew) as missing data: for each set of
#     labelers seen on n items, n * P0 / (1 - P0) unseen places, P0 = pi * prod(1 - s) + (1 - pi) * prod(1 - f),
#     split between words and non-words by the two terms of P0 (the EM for truncated samples);
#   - one coin per annotator for "did they read it right" (reading accuracy r): P(readings | true reading t) =
#     prod over readers of r if they read t else 1 - r, over the readings seen on the item;
#   - MAP estimates under Beta(a, b) pseudo-counts; items labeled by one annotator only are scored but do not
#     estimate, readings are estimated from items with two readers or more, weighted by P(word).
# Written from that description with whole-array operations (a matrix of items by annotators), not from the C++.
#
# Reads a JSON request on stdin: {"annotators": J, "items": [{"votes": [[annotator, reading], ...], "readings": m}],
# "options": {...Beta pseudo-counts...}, "max_iterations": N, "tolerance": t}. Prints the fit as JSON.
import json
import sys

import numpy as np


def fit(request):
    J = request["annotators"]
    items = request["items"]
    o = request["options"]
    n = len(items)
    M = max([it["readings"] for it in items] + [1])
    labeled = np.zeros((n, J))
    drew = np.zeros((n, J))
    reading = np.full((n, J), -1, dtype=int)
    has_reading = np.zeros((n, M), dtype=bool)
    for c, it in enumerate(items):
        has_reading[c, : it["readings"]] = True
        for a, r in it["votes"]:
            labeled[c, a] = 1
            if r >= 0:
                drew[c, a] = 1
                reading[c, a] = r
    estimating = labeled.sum(1) >= 2
    readable = estimating & (drew.sum(1) >= 2)
    # one-hot of each annotator's reading: R[c, j, r]
    R = np.zeros((n, J, M))
    for r in range(M):
        R[:, :, r] = reading == r

    # The plain majority to start from.
    with np.errstate(invalid="ignore", divide="ignore"):
        mu = np.where(labeled.sum(1) > 0, drew.sum(1) / labeled.sum(1), 0.0)
        rho = R.sum(1) / drew.sum(1)[:, None]
    rho = np.nan_to_num(rho)

    groups, group_of = np.unique(labeled[estimating], axis=0, return_inverse=True)
    seen = np.bincount(group_of.ravel(), minlength=len(groups)).astype(float)
    unseen_word = np.zeros(len(groups))
    unseen_noword = np.zeros(len(groups))

    def beta_map(hits, total, a, b):
        return (hits + a - 1) / (total + a + b - 2)

    E = estimating.astype(float)
    prior = 0.5
    s = np.zeros(J)
    f = np.zeros(J)
    acc = np.zeros(J)
    iterations = 0
    converged = False
    previous = None
    for it in range(1, request["max_iterations"] + 1):
        iterations = it
        # M step
        prior = beta_map((E * mu).sum() + unseen_word.sum(), E.sum() + unseen_word.sum() + unseen_noword.sum(),
                         o["priorA"], o["priorB"])
        word_w = (E * mu)[:, None] * labeled
        noword_w = (E * (1 - mu))[:, None] * labeled
        s = beta_map((word_w * drew).sum(0), word_w.sum(0) + groups.T @ unseen_word, o["sensitivityA"],
                     o["sensitivityB"])
        f = beta_map((noword_w * drew).sum(0), noword_w.sum(0) + groups.T @ unseen_noword, o["falsePositiveA"],
                     o["falsePositiveB"])
        read_w = (readable * mu)[:, None] * drew
        right = (R * rho[:, None, :]).sum(2)
        acc = beta_map((read_w * right).sum(0), read_w.sum(0), o["readingA"], o["readingB"])
        params = np.concatenate([[prior], s, f, acc])
        converged = previous is not None and np.max(np.abs(params - previous)) <= request["tolerance"]
        previous = params
        # E step
        log_odds = np.log(prior / (1 - prior)) + drew @ np.log(s / f) + (labeled - drew) @ np.log((1 - s) / (1 - f))
        mu = 1 / (1 + np.exp(-log_odds))
        # each reader adds log r to the reading they gave and log(1 - r) to every other one
        loglik = np.einsum("cjr,j->cr", R, np.log(acc)) + np.einsum("cjr,j->cr", drew[:, :, None] * (1 - R),
                                                                     np.log(1 - acc))
        loglik = np.where(has_reading, loglik, -np.inf)
        top = loglik.max(1, keepdims=True)
        top = np.where(np.isfinite(top), top, 0)
        w = np.exp(loglik - top)
        rho = np.nan_to_num(w / w.sum(1, keepdims=True))
        miss_word = prior * np.prod(np.where(groups > 0, 1 - s[None, :], 1), axis=1)
        miss_noword = (1 - prior) * np.prod(np.where(groups > 0, 1 - f[None, :], 1), axis=1)
        unseen = miss_word + miss_noword
        places = seen * unseen / (1 - unseen)
        unseen_word = places * miss_word / unseen
        unseen_noword = places * miss_noword / unseen
        if converged:
            break
    return {
        "prior": prior,
        "annotators": [[s[j], f[j], acc[j]] for j in range(J)],
        "word": mu.tolist(),
        "reading": [rho[c, : items[c]["readings"]].tolist() for c in range(n)],
        "iterations": iterations,
        "converged": bool(converged),
        "unseen": float(unseen_word.sum() + unseen_noword.sum()),
    }


if __name__ == "__main__":
    print(json.dumps(fit(json.load(sys.stdin))))
