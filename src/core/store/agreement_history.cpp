// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/agreement_history.h>
#include <lector/store/agreement_history_json.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>

#include "store/annotation_rows.h"
#include "store/db/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

namespace lector {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// a's figures as b's: the sides trade places (precision and recall with them), the rest stays.
PairFigures swapped(const PairFigures& p)
{
    PairFigures s = p;
    std::swap(s.a, s.b);
    std::swap(s.regionsA, s.regionsB);
    std::swap(s.matched, s.matchedB);
    std::swap(s.lengthA, s.lengthB);
    return s;
}

std::vector<SnapshotLine> annotatorLines(const AgreementReport& report)
{
    std::map<QString, SnapshotLine> byName;
    for (const QString& name : report.annotators) {
        SnapshotLine& line = byName[name];
        line.scope = SnapshotScope::Annotator;
        line.figures.b = name;
    }
    for (const PairFigures& p : report.pairs) {
        byName[p.b].figures.add(p); // b on the b side already
        byName[p.a].figures.add(swapped(p));
    }
    for (auto& [name, line] : byName)
        line.figures.images = 0; // a pair's images would count an image once per partner: counted below
    // Images each annotator labeled along with someone else: an image counts once, however many pairs it has.
    for (const ImageAgreement& image : report.perImage) {
        QStringList seen;
        for (const PairFigures& p : image.pairs)
            for (const QString& name : { p.a, p.b })
                if (!seen.contains(name))
                    seen << name;
        for (const QString& name : seen)
            byName[name].figures.images += 1;
    }
    std::vector<SnapshotLine> out;
    for (auto& [name, line] : byName) {
        line.figures.b = name;
        out.push_back(std::move(line));
    }
    return out;
}

double nanForNull(const db::Statement& q, int column) { return q.columnIsNull(column) ? kNaN : q.columnDouble(column); }

void bindAlpha(db::Statement& s, int index, double value)
{
    std::isfinite(value) ? s.bind(index, value) : s.bindNull(index);
}

double alphaValue(const AlphaResult& alpha) { return alpha.alpha; } // NaN when undefined

} // namespace

QString snapshotScopeName(SnapshotScope scope)
{
    switch (scope) {
    case SnapshotScope::Overall:
        return QStringLiteral("overall");
    case SnapshotScope::Pair:
        return QStringLiteral("pair");
    case SnapshotScope::Annotator:
        return QStringLiteral("annotator");
    case SnapshotScope::Slice:
        return QStringLiteral("slice");
    }
    return {};
}

bool parseSnapshotScope(const QString& name, SnapshotScope* scope)
{
    for (SnapshotScope s :
        { SnapshotScope::Overall, SnapshotScope::Pair, SnapshotScope::Annotator, SnapshotScope::Slice }) {
        if (snapshotScopeName(s) == name) {
            *scope = s;
            return true;
        }
    }
    return false;
}

const SnapshotLine* AgreementSnapshot::find(
    SnapshotScope scope, const QString& a, const QString& b, const QString& dimension, const QString& bin) const
{
    for (const SnapshotLine& line : lines) {
        if (line.scope != scope)
            continue;
        if (scope == SnapshotScope::Pair && (line.figures.a != a || line.figures.b != b))
            continue;
        if (scope == SnapshotScope::Annotator && line.figures.b != (b.isEmpty() ? a : b))
            continue;
        if (scope == SnapshotScope::Slice && (line.dimension != dimension || line.bin != bin))
            continue;
        return &line;
    }
    return nullptr;
}

std::vector<SnapshotLine> snapshotLines(const AgreementReport& report)
{
    std::vector<SnapshotLine> out;
    SnapshotLine overall;
    overall.scope = SnapshotScope::Overall;
    for (const PairFigures& p : report.pairs) {
        overall.figures.add(p);
        SnapshotLine pair;
        pair.scope = SnapshotScope::Pair;
        pair.figures = p;
        out.push_back(std::move(pair));
    }
    overall.figures.images = report.images;
    out.insert(out.begin(), std::move(overall));
    for (SnapshotLine& line : annotatorLines(report))
        out.push_back(std::move(line));
    for (const auto* slices : { &report.perSlice, &report.perGuidelineVersion }) {
        for (const SliceFigures& s : *slices) {
            SnapshotLine line;
            line.scope = SnapshotScope::Slice;
            line.dimension = s.dimension;
            line.bin = s.bin;
            line.figures = s.pooled;
            line.figures.a.clear();
            line.figures.b.clear();
            line.figures.images = static_cast<int>(s.images.size());
            out.push_back(std::move(line));
        }
    }
    return out;
}

QStringList snapshotFigureNames()
{
    return { QStringLiteral("f1"), QStringLiteral("precision"), QStringLiteral("recall"), QStringLiteral("mean_iou"),
        QStringLiteral("text_agreement"), QStringLiteral("cer"), QStringLiteral("alpha_text"),
        QStringLiteral("alpha_geometry") };
}

double snapshotFigure(const PairFigures& f, const QString& name)
{
    if (name == QLatin1String("precision"))
        return f.precision();
    if (name == QLatin1String("recall"))
        return f.recall();
    if (name == QLatin1String("f1"))
        return f.f1();
    if (name == QLatin1String("mean_iou"))
        return f.meanIoU();
    if (name == QLatin1String("text_agreement"))
        return f.textAgreement();
    if (name == QLatin1String("cer"))
        return f.cer();
    return kNaN;
}

std::vector<TrendPoint> trend(const std::vector<AgreementSnapshot>& snapshots, const QString& figure,
    SnapshotScope scope, const QString& a, const QString& b, const QString& dimension, const QString& bin)
{
    std::vector<TrendPoint> out;
    out.reserve(snapshots.size());
    for (const AgreementSnapshot& s : snapshots) {
        TrendPoint p;
        p.snapshot = s.id;
        p.takenAt = s.takenAt;
        p.guidelineVersion = s.guidelineVersion;
        if (figure == QLatin1String("alpha_text")) {
            p.value = s.alphaText;
        } else if (figure == QLatin1String("alpha_geometry")) {
            p.value = s.alphaGeometry;
        } else {
            const SnapshotLine* line = s.find(scope, a, b, dimension, bin);
            p.value = line ? snapshotFigure(line->figures, figure) : kNaN;
        }
        out.push_back(p);
    }
    return out;
}

Result<std::int64_t> AgreementHistoryRepository::lastEntry() const
{
    LECTOR_PREPARE(q, m_store.database(), "SELECT coalesce(max(id), 0) FROM edit_log");
    auto row = q.firstRow([&] { return q.columnInt64(0); });
    LECTOR_TRY(row);
    return row->value_or(0);
}

Result<SnapshotSave> AgreementHistoryRepository::save(
    const AgreementReport& report, const QString& source, std::int64_t lastEntry, std::optional<SnapshotTime> at)
{
    if (report.canceled)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("an agreement computation that was canceled is incomplete and is not kept in the history"));
    if (m_store.isReadOnly())
        return LECTOR_ERROR(
            ErrorCode::ReadOnly, Core::tr("the project is open read-only: the agreement history cannot be saved"))
            .at(m_store.path());
    db::Connection& db = m_store.database();
    auto tx = db::Transaction::begin(db);
    LECTOR_TRY(tx);
    if (lastEntry < 0) {
        auto last = this->lastEntry();
        LECTOR_TRY(last);
        lastEntry = *last;
    }
    auto guideline = m_store.currentGuideline();
    LECTOR_TRY(guideline);
    const int version = at ? at->guidelineVersion : *guideline ? (*guideline)->number : 0;
    const std::string annotators = [&] {
        nlohmann::json names = nlohmann::json::array();
        for (const QString& name : report.annotators)
            names.push_back(name.toStdString());
        return names.dump();
    }();
    if (!at) { // a replayed history says what it is; only a snapshot of now can repeat the newest
        LECTOR_PREPARE(newest, db,
            "SELECT id, last_entry, iou_threshold, annotators, guideline_version FROM agreement_snapshots "
            "ORDER BY id DESC LIMIT 1");
        auto same = newest.firstRow([&] {
            const bool unchanged = newest.columnInt64(1) == lastEntry && newest.columnDouble(2) == report.iouThreshold
                && newest.columnUtf8(3) == annotators && newest.columnInt(4) == version;
            return unchanged ? newest.columnInt64(0) : std::int64_t(0);
        });
        LECTOR_TRY(same);
        if (same->value_or(0) > 0)
            return SnapshotSave { **same, false };
    }
    LECTOR_PREPARE(ins, db,
        "INSERT INTO agreement_snapshots (taken_at, source, iou_threshold, guideline_version, last_entry, images, "
        "units, annotators, alpha_text, alpha_geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    ins.bind(1, at ? at->takenAt : store::nowMs())
        .bind(2, source)
        .bind(3, report.iouThreshold)
        .bind(4, version)
        .bind(5, lastEntry);
    ins.bind(6, report.images).bind(7, report.units).bind(8, std::string_view(annotators));
    bindAlpha(ins, 9, alphaValue(report.alphaText));
    bindAlpha(ins, 10, alphaValue(report.alphaGeometry));
    auto inserted = ins.runReturningId();
    if (!inserted)
        return std::move(inserted).error();
    const std::int64_t id = *inserted;
    LECTOR_PREPARE(line, db,
        "INSERT INTO agreement_snapshot_figures (snapshot_id, scope, a, b, dimension, bin, images, regions_a, "
        "regions_b, matched, matched_b, iou_sum, text_equal, edit_distance, length_a, length_b, line) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::int64_t number = 0;
    for (const SnapshotLine& l : snapshotLines(report)) {
        const PairFigures& f = l.figures;
        line.bind(1, id).bind(2, snapshotScopeName(l.scope)).bind(3, f.a).bind(4, f.b).bind(5, l.dimension);
        line.bind(6, l.bin).bind(7, f.images).bind(8, std::int64_t(f.regionsA)).bind(9, std::int64_t(f.regionsB));
        line.bind(10, std::int64_t(f.matched)).bind(11, std::int64_t(f.matchedB)).bind(12, f.iouSum);
        line.bind(13, std::int64_t(f.textEqual)).bind(14, std::int64_t(f.editDistance));
        line.bind(15, std::int64_t(f.lengthA)).bind(16, std::int64_t(f.lengthB)).bind(17, ++number);
        LECTOR_TRY(line.run());
    }
    LECTOR_TRY(tx->commit());
    return SnapshotSave { id, true };
}

Result<std::vector<AgreementSnapshot>> AgreementHistoryRepository::snapshots(bool withLines) const
{
    db::Connection& db = m_store.database();
    LECTOR_PREPARE(q, db,
        "SELECT id, taken_at, source, iou_threshold, guideline_version, last_entry, images, units, annotators, "
        "alpha_text, alpha_geometry FROM agreement_snapshots ORDER BY id");
    std::vector<AgreementSnapshot> out;
    std::unordered_map<std::int64_t, size_t> index;
    LECTOR_TRY(q.forEachRow([&] {
        AgreementSnapshot s;
        s.id = q.columnInt64(0);
        s.takenAt = q.columnInt64(1);
        s.source = q.columnText(2);
        s.iouThreshold = q.columnDouble(3);
        s.guidelineVersion = q.columnInt(4);
        s.lastEntry = q.columnInt64(5);
        s.images = q.columnInt(6);
        s.units = q.columnInt(7);
        const std::string_view names = q.columnUtf8(8);
        const nlohmann::json j = nlohmann::json::parse(names.begin(), names.end(), nullptr, false);
        for (const auto& name : j.is_array() ? j : nlohmann::json::array())
            if (name.is_string())
                s.annotators << QString::fromStdString(name.get<std::string>());
        s.alphaText = nanForNull(q, 9);
        s.alphaGeometry = nanForNull(q, 10);
        index[s.id] = out.size();
        out.push_back(std::move(s));
    }));
    q.reset();
    if (!withLines)
        return out;
    LECTOR_PREPARE(f, db,
        "SELECT snapshot_id, scope, a, b, dimension, bin, images, regions_a, regions_b, matched, matched_b, iou_sum, "
        "text_equal, edit_distance, length_a, length_b FROM agreement_snapshot_figures ORDER BY snapshot_id, line");
    LECTOR_TRY(f.forEachRow([&] {
        const auto at = index.find(f.columnInt64(0));
        SnapshotLine line;
        if (at == index.end() || !parseSnapshotScope(f.columnText(1), &line.scope))
            return;
        line.figures.a = f.columnText(2);
        line.figures.b = f.columnText(3);
        line.dimension = f.columnText(4);
        line.bin = f.columnText(5);
        line.figures.images = f.columnInt(6);
        line.figures.regionsA = f.columnInt64(7);
        line.figures.regionsB = f.columnInt64(8);
        line.figures.matched = f.columnInt64(9);
        line.figures.matchedB = f.columnInt64(10);
        line.figures.iouSum = f.columnDouble(11);
        line.figures.textEqual = f.columnInt64(12);
        line.figures.editDistance = f.columnInt64(13);
        line.figures.lengthA = f.columnInt64(14);
        line.figures.lengthB = f.columnInt64(15);
        out[at->second].lines.push_back(std::move(line));
    }));
    f.reset();
    return out;
}

Result<std::int64_t> AgreementHistoryRepository::count() const
{
    LECTOR_PREPARE(q, m_store.database(), "SELECT count(*) FROM agreement_snapshots");
    auto row = q.firstRow([&] { return q.columnInt64(0); });
    LECTOR_TRY(row);
    return row->value_or(0);
}

} // namespace lector

namespace lector {

namespace {
nlohmann::json jsonNumber(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }
}

nlohmann::json toJson(const AgreementSnapshot& s, std::optional<SnapshotScope> scope)
{
    nlohmann::json j;
    j["id"] = s.id;
    j["taken_at"] = s.takenAt;
    j["taken"] = QDateTime::fromMSecsSinceEpoch(s.takenAt, QTimeZone::utc()).toString(Qt::ISODateWithMs).toStdString();
    j["source"] = s.source.toStdString();
    j["iou_threshold"] = s.iouThreshold;
    j["guideline_version"] = s.guidelineVersion;
    j["last_entry"] = s.lastEntry;
    j["images"] = s.images;
    j["units"] = s.units;
    nlohmann::json names = nlohmann::json::array();
    for (const QString& name : s.annotators)
        names.push_back(name.toStdString());
    j["annotators"] = std::move(names);
    j["alpha_text"] = jsonNumber(s.alphaText);
    j["alpha_geometry"] = jsonNumber(s.alphaGeometry);
    nlohmann::json lines = nlohmann::json::array();
    for (const SnapshotLine& l : s.lines) {
        if (scope && l.scope != *scope)
            continue;
        const PairFigures& f = l.figures;
        nlohmann::json line = { { "scope", snapshotScopeName(l.scope).toStdString() }, { "a", f.a.toStdString() },
            { "b", f.b.toStdString() }, { "dimension", l.dimension.toStdString() }, { "bin", l.bin.toStdString() },
            { "images", f.images }, { "regions_a", f.regionsA }, { "regions_b", f.regionsB }, { "matched", f.matched },
            { "matched_b", f.matchedB }, { "iou_sum", f.iouSum }, { "text_equal", f.textEqual },
            { "edit_distance", f.editDistance }, { "length_a", f.lengthA }, { "length_b", f.lengthB } };
        for (const QString& name : snapshotFigureNames())
            if (!name.startsWith(QLatin1String("alpha")))
                line[name.toStdString()] = jsonNumber(snapshotFigure(f, name));
        lines.push_back(std::move(line));
    }
    j["lines"] = std::move(lines);
    return j;
}

} // namespace lector
