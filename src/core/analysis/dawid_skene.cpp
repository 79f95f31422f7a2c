// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/dawid_skene.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace lector {

namespace {

int readers(const DawidSkeneItem& item)
{
    return static_cast<int>(
        std::count_if(item.votes.begin(), item.votes.end(), [](const DawidSkeneVote& v) { return v.reading >= 0; }));
}

double map(double hits, double total, double a, double b) { return (hits + a - 1) / (total + a + b - 2); }

/// The places of one set of annotators (the ones who labeled an image) that nobody drew: never seen, yet part of
/// the model, since a place is an item only when someone drew it. Without them every "no word" looks like a place
/// that someone always draws, and its false-positive rates come out near 1/k: then two annotators finding a word
/// that a third missed read as a stray box.
struct UnseenPlaces {
    std::vector<int> annotators; // sorted
    double seen = 0; // items voted by exactly these annotators
    double words = 0; // expected unseen places that are words (their annotators all missed them)
    double noWords = 0;
};

std::vector<int> labelers(const DawidSkeneItem& item)
{
    std::vector<int> out;
    out.reserve(item.votes.size());
    for (const DawidSkeneVote& v : item.votes)
        out.push_back(v.annotator);
    std::sort(out.begin(), out.end());
    return out;
}

/// The estimating items' annotator sets, in sorted order.
std::vector<UnseenPlaces> unseenGroups(const std::vector<DawidSkeneItem>& items, const std::vector<double>& counts)
{
    std::map<std::vector<int>, double> seen;
    for (std::size_t c = 0; c < items.size(); ++c) {
        if (items[c].votes.size() >= 2)
            seen[labelers(items[c])] += counts[c];
    }
    std::vector<UnseenPlaces> out;
    out.reserve(seen.size());
    for (const auto& [annotators, n] : seen)
        out.push_back({ annotators, n, 0, 0 });
    return out;
}

/// The E step's share for the unseen places: for each set of annotators seen on n items, n P0 / (1 - P0) places
/// nobody drew, P0 = prior * prod(1 - sensitivity) + (1 - prior) * prod(1 - false-positive rate), split between
/// words and not as the two terms of P0 (the EM of truncated data, Dempster, Laird and Rubin 1977, section 4.7).
void expectUnseen(std::vector<UnseenPlaces>& groups, const DawidSkeneFit& fit)
{
    for (UnseenPlaces& g : groups) {
        double missWord = fit.prior;
        double missNoWord = 1 - fit.prior;
        for (const int j : g.annotators) {
            missWord *= 1 - fit.annotators[static_cast<std::size_t>(j)].sensitivity;
            missNoWord *= 1 - fit.annotators[static_cast<std::size_t>(j)].falsePositive;
        }
        const double unseen = missWord + missNoWord;
        const double places = g.seen * unseen / (1 - unseen);
        g.words = places * missWord / unseen;
        g.noWords = places * missNoWord / unseen;
    }
}

/// The M step: MAP estimates from the current posteriors and the unseen places expected.
void maximize(const std::vector<DawidSkeneItem>& items, const std::vector<double>& counts,
    const std::vector<UnseenPlaces>& groups, const DawidSkeneOptions& o, DawidSkeneFit& fit)
{
    struct Sums {
        double wordTotal = 0;
        double wordHits = 0;
        double noWordTotal = 0;
        double noWordHits = 0;
        double readTotal = 0;
        double readHits = 0;
    };
    std::vector<Sums> sums(fit.annotators.size());
    double prior = 0;
    double estimating = 0;
    for (std::size_t c = 0; c < items.size(); ++c) {
        const DawidSkeneItem& item = items[c];
        if (item.votes.size() < 2)
            continue;
        const double n = counts[c];
        const double w = n * fit.word[c];
        const double notW = n * (1 - fit.word[c]);
        prior += w;
        estimating += n;
        const bool readable = readers(item) >= 2;
        for (const DawidSkeneVote& v : item.votes) {
            Sums& s = sums[static_cast<std::size_t>(v.annotator)];
            const bool drew = v.reading >= 0;
            s.wordTotal += w;
            s.noWordTotal += notW;
            if (drew) {
                s.wordHits += w;
                s.noWordHits += notW;
                if (readable) {
                    s.readTotal += w;
                    s.readHits += w * fit.reading[c][static_cast<std::size_t>(v.reading)];
                }
            }
        }
    }
    for (const UnseenPlaces& g : groups) {
        prior += g.words;
        estimating += g.words + g.noWords;
        for (const int j : g.annotators) {
            sums[static_cast<std::size_t>(j)].wordTotal += g.words;
            sums[static_cast<std::size_t>(j)].noWordTotal += g.noWords;
        }
    }
    fit.prior = map(prior, estimating, o.priorA, o.priorB);
    for (std::size_t j = 0; j < sums.size(); ++j) {
        const Sums& s = sums[j];
        fit.annotators[j].sensitivity = map(s.wordHits, s.wordTotal, o.sensitivityA, o.sensitivityB);
        fit.annotators[j].falsePositive = map(s.noWordHits, s.noWordTotal, o.falsePositiveA, o.falsePositiveB);
        fit.annotators[j].readingAccuracy = map(s.readHits, s.readTotal, o.readingA, o.readingB);
    }
}

/// What each annotator's vote adds to an item's log odds and readings' log likelihoods.
struct LogTerms {
    double drew = 0; // log(sensitivity / false-positive rate)
    double missed = 0; // log((1 - sensitivity) / (1 - false-positive rate))
    double right = 0; // log(reading accuracy)
    double wrong = 0; // log(1 - reading accuracy)
};

std::vector<LogTerms> logTerms(const std::vector<DawidSkeneAnnotator>& annotators)
{
    std::vector<LogTerms> out;
    out.reserve(annotators.size());
    for (const DawidSkeneAnnotator& a : annotators) {
        out.push_back(
            { std::log(a.sensitivity / a.falsePositive), std::log((1 - a.sensitivity) / (1 - a.falsePositive)),
                std::log(a.readingAccuracy), std::log(1 - a.readingAccuracy) });
    }
    return out;
}

void scoreItem(const DawidSkeneItem& item, double priorOdds, const std::vector<LogTerms>& terms, double* word,
    std::vector<double>* reading)
{
    double logOdds = priorOdds;
    reading->assign(static_cast<std::size_t>(item.readings), 0.0);
    for (const DawidSkeneVote& v : item.votes) {
        const LogTerms& t = terms[static_cast<std::size_t>(v.annotator)];
        if (v.reading < 0) {
            logOdds += t.missed;
            continue;
        }
        logOdds += t.drew;
        for (int r = 0; r < item.readings; ++r)
            (*reading)[static_cast<std::size_t>(r)] += r == v.reading ? t.right : t.wrong;
    }
    *word = 1 / (1 + std::exp(-logOdds));
    if (reading->empty())
        return;
    // Normalized in the log domain first: a long list of agreeing readers would underflow exp.
    const double top = *std::max_element(reading->begin(), reading->end());
    double total = 0;
    for (double& r : *reading) {
        r = std::exp(r - top);
        total += r;
    }
    for (double& r : *reading)
        r /= total;
}

/// The E step: the posteriors of every item under the current estimates.
void expect(const std::vector<DawidSkeneItem>& items, DawidSkeneFit& fit)
{
    const std::vector<LogTerms> terms = logTerms(fit.annotators);
    const double priorOdds = std::log(fit.prior / (1 - fit.prior));
    for (std::size_t c = 0; c < items.size(); ++c)
        scoreItem(items[c], priorOdds, terms, &fit.word[c], &fit.reading[c]);
}

double largestChange(const DawidSkeneFit& a, const DawidSkeneFit& b)
{
    double d = std::abs(a.prior - b.prior);
    for (std::size_t j = 0; j < a.annotators.size(); ++j) {
        d = std::max({ d, std::abs(a.annotators[j].sensitivity - b.annotators[j].sensitivity),
            std::abs(a.annotators[j].falsePositive - b.annotators[j].falsePositive),
            std::abs(a.annotators[j].readingAccuracy - b.annotators[j].readingAccuracy) });
    }
    return d;
}

} // namespace

void scoreDawidSkeneItem(const DawidSkeneItem& item, double prior, const std::vector<DawidSkeneAnnotator>& annotators,
    double* word, std::vector<double>* reading)
{
    scoreItem(item, std::log(prior / (1 - prior)), logTerms(annotators), word, reading);
}

namespace {

/// The EM over distinct items, each standing for counts[c] items.
DawidSkeneFit fitDistinct(const std::vector<DawidSkeneItem>& items, const std::vector<double>& counts, int annotators,
    const DawidSkeneOptions& options)
{
    DawidSkeneFit fit;
    fit.annotators.resize(static_cast<std::size_t>(std::max(annotators, 0)));
    fit.word.resize(items.size());
    fit.reading.resize(items.size());
    // The plain majority to start from.
    for (std::size_t c = 0; c < items.size(); ++c) {
        const DawidSkeneItem& item = items[c];
        const int drew = readers(item);
        fit.word[c] = item.votes.empty() ? 0 : static_cast<double>(drew) / static_cast<double>(item.votes.size());
        fit.reading[c].assign(static_cast<std::size_t>(item.readings), 0.0);
        for (const DawidSkeneVote& v : item.votes) {
            if (v.reading >= 0)
                fit.reading[c][static_cast<std::size_t>(v.reading)] += 1.0 / drew;
        }
    }
    // The plain majority expects no unseen places.
    std::vector<UnseenPlaces> unseen = unseenGroups(items, counts);
    DawidSkeneFit previous;
    for (fit.iterations = 1; fit.iterations <= options.maxIterations; ++fit.iterations) {
        maximize(items, counts, unseen, options, fit);
        fit.converged = fit.iterations > 1 && largestChange(fit, previous) <= options.tolerance;
        expect(items, fit);
        expectUnseen(unseen, fit);
        if (fit.converged)
            break;
        previous.prior = fit.prior;
        previous.annotators = fit.annotators;
    }
    fit.iterations = std::min(fit.iterations, options.maxIterations);
    for (const UnseenPlaces& g : unseen)
        fit.unseenPlaces += g.words + g.noWords;
    return fit;
}

} // namespace

DawidSkeneFit fitDawidSkene(const std::vector<DawidSkeneItem>& items, int annotators, const DawidSkeneOptions& options)
{
    // Items with the same votes have the same posteriors: the EM runs over the distinct ones (a few hundred where
    // there are tens of thousands of places), each counted as often as it occurs.
    std::map<std::pair<int, std::vector<std::pair<int, int>>>, std::size_t> index;
    std::vector<DawidSkeneItem> distinct;
    std::vector<double> counts;
    std::vector<std::size_t> of;
    of.reserve(items.size());
    for (const DawidSkeneItem& item : items) {
        std::vector<std::pair<int, int>> votes;
        for (const DawidSkeneVote& v : item.votes)
            votes.emplace_back(v.annotator, v.reading);
        const auto [it, added] = index.emplace(std::make_pair(item.readings, std::move(votes)), distinct.size());
        if (added) {
            distinct.push_back(item);
            counts.push_back(0);
        }
        counts[it->second] += 1;
        of.push_back(it->second);
    }
    DawidSkeneFit fit = fitDistinct(distinct, counts, annotators, options);
    std::vector<double> word(items.size());
    std::vector<std::vector<double>> reading(items.size());
    for (std::size_t c = 0; c < items.size(); ++c) {
        word[c] = fit.word[of[c]];
        reading[c] = fit.reading[of[c]];
    }
    fit.word = std::move(word);
    fit.reading = std::move(reading);
    return fit;
}

} // namespace lector
