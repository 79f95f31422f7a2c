// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/analysis/quality_summary.h>

#include <lector/core/tr.h>
#include <lector/io/io_util.h>
#include <lector/metrics/store_agreement_source.h>
#include <lector/store/conflict_repository.h>
#include <lector/store/project_store.h>

#include "analysis/consensus_tally.h"

#include <QDateTime>

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lector {

QString ReportTable::toCsv() const
{
    auto field = [](const QString& f) {
        if (!f.contains(QLatin1Char(',')) && !f.contains(QLatin1Char('"')) && !f.contains(QLatin1Char('\n'))
            && !f.contains(QLatin1Char('\r')))
            return f;
        QString q = f;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    auto line = [&](const QStringList& cells) {
        QStringList out;
        for (const QString& c : cells)
            out << field(c);
        return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString csv = line(columns);
    for (const QStringList& r : rows)
        csv += line(r);
    return csv;
}

QStringList ReportTable::headerLabels() const
{
    // Every column name tables() uses, for lupdate; a name is its own English title.
    static constexpr const char* kTitles[] = { QT_TRANSLATE_NOOP("Core", "annotator"),
        QT_TRANSLATE_NOOP("Core", "boxes"), QT_TRANSLATE_NOOP("Core", "active hours"),
        QT_TRANSLATE_NOOP("Core", "boxes per hour"), QT_TRANSLATE_NOOP("Core", "median seconds per box"),
        QT_TRANSLATE_NOOP("Core", "corrections per box"), QT_TRANSLATE_NOOP("Core", "sessions"),
        QT_TRANSLATE_NOOP("Core", "agreement with consensus"), QT_TRANSLATE_NOOP("Core", "kind"),
        QT_TRANSLATE_NOOP("Core", "conflicts"), QT_TRANSLATE_NOOP("Core", "status"),
        QT_TRANSLATE_NOOP("Core", "matched"), QT_TRANSLATE_NOOP("Core", "precision"),
        QT_TRANSLATE_NOOP("Core", "recall"), QT_TRANSLATE_NOOP("Core", "mean IoU"),
        QT_TRANSLATE_NOOP("Core", "dimension"), QT_TRANSLATE_NOOP("Core", "bin"), QT_TRANSLATE_NOOP("Core", "version"),
        QT_TRANSLATE_NOOP("Core", "image"), QT_TRANSLATE_NOOP("Core", "image id"), QT_TRANSLATE_NOOP("Core", "slice"),
        QT_TRANSLATE_NOOP("Core", "F1 before"), QT_TRANSLATE_NOOP("Core", "F1 after"),
        QT_TRANSLATE_NOOP("Core", "text agreement before"), QT_TRANSLATE_NOOP("Core", "text agreement after"),
        QT_TRANSLATE_NOOP("Core", "matched before"), QT_TRANSLATE_NOOP("Core", "matched after") };
    QStringList out;
    out.reserve(columns.size());
    for (const QString& c : columns) {
        const QByteArray name = c.toUtf8();
        const bool known = std::any_of(
            std::begin(kTitles), std::end(kTitles), [&](const char* t) { return name == QByteArrayView(t); });
        out << (known ? QCoreApplication::translate("Core", name.constData()) : c);
    }
    return out;
}

std::vector<ReportTable> QualitySummary::tables() const
{
    ReportTable speed { Core::tr("Annotator speed"),
        { QStringLiteral("annotator"), QStringLiteral("boxes"), QStringLiteral("active hours"),
            QStringLiteral("boxes per hour"), QStringLiteral("median seconds per box"),
            QStringLiteral("corrections per box"), QStringLiteral("sessions"),
            QStringLiteral("agreement with consensus") },
        {} };
    for (const AnnotatorEfficiency& a : efficiency.annotators) {
        speed.rows.push_back({ a.name, QString::number(a.boxes), QString::number(a.activeHours(), 'f', 2),
            QString::number(a.boxesPerHour(), 'f', 1), QString::number(a.medianSecondsPerBox, 'f', 1),
            QString::number(a.correctionsPerBox(), 'f', 3), QString::number(a.sessions),
            a.consensusAgreement ? QString::number(*a.consensusAgreement, 'f', 3) : QString() });
    }
    ReportTable kinds { Core::tr("Conflicts by kind"), { QStringLiteral("kind"), QStringLiteral("conflicts") }, {} };
    for (const auto& [kind, n] : conflictsByKind)
        kinds.rows.push_back({ kind, QString::number(n) });
    ReportTable statuses { Core::tr("Conflicts by status"), { QStringLiteral("status"), QStringLiteral("conflicts") },
        {} };
    for (const auto& [status, n] : conflictsByStatus)
        statuses.rows.push_back({ status, QString::number(n) });
    auto figures = [](const PairFigures& p) {
        auto f = [](double v, int digits) { return std::isnan(v) ? QString() : QString::number(v, 'f', digits); };
        return QStringList { QString::number(p.matched), f(p.precision(), 3), f(p.recall(), 3), f(p.f1(), 3),
            f(p.meanIoU(), 3), f(p.cer(), 4) };
    };
    const QStringList figureColumns { QStringLiteral("matched"), QStringLiteral("precision"), QStringLiteral("recall"),
        QStringLiteral("F1"), QStringLiteral("mean IoU"), QStringLiteral("CER") };
    ReportTable pairs { Core::tr("Agreement by annotator pair (recall over a's regions, precision over b's, CER over "
                                 "the mean length of the two)"),
        QStringList { QStringLiteral("a"), QStringLiteral("b") } + figureColumns, {} };
    for (const PairFigures& p : agreement.pairs)
        pairs.rows.push_back(QStringList { p.a, p.b } + figures(p));
    ReportTable slices { Core::tr("Agreement by slice (all pairs pooled)"),
        QStringList { QStringLiteral("dimension"), QStringLiteral("bin") } + figureColumns, {} };
    for (const SliceFigures& sl : agreement.perSlice)
        slices.rows.push_back(QStringList { sl.dimension, sl.bin } + figures(sl.pooled));
    ReportTable versions { Core::tr("Agreement by guideline version (all pairs pooled)"),
        QStringList { QStringLiteral("version") } + figureColumns, {} };
    for (const SliceFigures& sl : agreement.perGuidelineVersion)
        versions.rows.push_back(QStringList { sl.bin } + figures(sl.pooled));
    ReportTable images { Core::tr("Agreement by image (worst first, all pairs pooled)"),
        QStringList { QStringLiteral("image") } + figureColumns + QStringList { QStringLiteral("image id") }, {} };
    std::vector<std::pair<double, QStringList>> byImage;
    for (const ImageAgreement& ia : agreement.perImage) {
        PairFigures pooled;
        for (const PairFigures& p : ia.pairs)
            pooled.add(p);
        const auto name = imageNames.find(ia.image);
        const double f1 = std::isnan(pooled.f1()) ? -1 : pooled.f1();
        byImage.emplace_back(f1,
            QStringList { name != imageNames.end() ? name->second : QString::number(ia.image) } + figures(pooled)
                + QStringList { QString::number(ia.image) });
    }
    std::stable_sort(byImage.begin(), byImage.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [f1, row] : byImage)
        images.rows.push_back(std::move(row));
    ReportTable effects { Core::tr("Agreement before and after each guideline change, on the slices it is about"),
        { QStringLiteral("version"), QStringLiteral("slice"), QStringLiteral("F1 before"), QStringLiteral("F1 after"),
            QStringLiteral("text agreement before"), QStringLiteral("text agreement after"),
            QStringLiteral("matched before"), QStringLiteral("matched after") },
        {} };
    for (const GuidelineEffect& e : guidelineEffects) {
        auto f = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'f', 3); };
        effects.rows.push_back({ QStringLiteral("%1 (after %2)").arg(e.version).arg(e.previous),
            e.dimension.isEmpty() ? QStringLiteral("all") : e.dimension + QLatin1Char(':') + e.bin, f(e.before.f1()),
            f(e.after.f1()), f(e.before.textAgreement()), f(e.after.textAgreement()), QString::number(e.before.matched),
            QString::number(e.after.matched) });
    }
    return { speed, kinds, statuses, pairs, slices, versions, effects, images };
}

std::vector<GuidelineEffect> guidelineEffects(
    const AgreementReport& report, const std::vector<GuidelineVersion>& versions)
{
    std::vector<GuidelineEffect> out;
    const auto pooled = [&](int version) -> const SliceFigures* {
        for (const SliceFigures& sf : report.perGuidelineVersion)
            if (sf.bin.toInt() == version)
                return &sf;
        return nullptr;
    };
    for (size_t i = 1; i < versions.size(); ++i) {
        const GuidelineVersion& v = versions[i];
        const int previous = versions[i - 1].number;
        if (!pooled(v.number) || !pooled(previous))
            continue; // nobody labeled under one of the two
        GuidelineEffect e;
        e.version = v.number;
        e.previous = previous;
        e.changelog = v.changelog;
        if (v.about.isEmpty()) {
            e.before = pooled(previous)->pooled;
            e.after = pooled(v.number)->pooled;
            out.push_back(e);
            continue;
        }
        for (const QString& slice : v.about) {
            const int colon = int(slice.indexOf(QLatin1Char(':')));
            if (colon <= 0)
                continue;
            e.dimension = slice.left(colon);
            e.bin = slice.mid(colon + 1);
            const SliceFigures* before = versionSlice(report, previous, e.dimension, e.bin);
            const SliceFigures* after = versionSlice(report, v.number, e.dimension, e.bin);
            e.before = before ? before->pooled : PairFigures {};
            e.after = after ? after->pooled : PairFigures {};
            out.push_back(e);
        }
    }
    return out;
}

Result<QualitySummary> computeQualitySummary(ProjectStore& store, const EfficiencyOptions& options, Progress* progress)
{
    QualitySummary summary;
    auto efficiency = computeEfficiency(store, options);
    if (!efficiency)
        return std::move(efficiency).error();
    summary.efficiency = std::move(efficiency).value();
    {
        auto consensus = store.findAnnotator(QStringLiteral("consensus"));
        if (!consensus)
            return std::move(consensus).error();
        std::optional<AnnotatorId> consensusId;
        if (*consensus)
            consensusId = (*consensus)->id;
        // Streamed from the store (canceling gives ErrorCode::Canceled); the source's read transaction ends here.
        auto source = StoreAgreementSource::open(store);
        if (!source)
            return std::move(source).error();
        ConsensusTally tally(**source, store, consensusId);
        auto agreement = computeAgreement(tally, {}, progress);
        if (!agreement)
            return std::move(agreement).error();
        summary.agreement = std::move(agreement).value();
        tally.fill(summary.efficiency);
    }
    auto versions = store.guidelineVersions();
    if (!versions)
        return std::move(versions).error();
    summary.guidelineEffects = guidelineEffects(summary.agreement, *versions);
    for (const ImageAgreement& ia : summary.agreement.perImage) {
        auto record = store.image(ia.image);
        if (!record)
            return std::move(record).error();
        if (*record)
            summary.imageNames[ia.image] = QFileInfo((*record)->path).fileName();
    }
    auto conflicts = ConflictRepository(store).list({});
    if (!conflicts)
        return std::move(conflicts).error();
    for (const Conflict& c : *conflicts) {
        ++summary.conflictsByStatus[conflictStatusName(c.status)];
        for (const QString& k : c.kinds)
            ++summary.conflictsByKind[k];
    }
    return summary;
}

Result<void> writeHtmlReport(const QString& dir, const QString& title, const std::vector<ReportTable>& tables,
    const std::vector<std::pair<QString, QString>>& charts)
{
    LECTOR_TRY(io::ensureDir(dir));
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body{font-family:sans-serif;margin:2em} table{border-collapse:collapse;"
                                  "margin-bottom:2em} td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
                                  " td:first-child,th:first-child{text-align:left} img{max-width:100%%}</style>"
                                  "</head><body>\n<h1>%1</h1>\n<p>%2</p>\n")
                       .arg(title.toHtmlEscaped(),
                           Core::tr("Written %1.").arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    for (const auto& [caption, file] : charts)
        html += QStringLiteral("<h2>%1</h2>\n<img src=\"%2\" alt=\"%1\">\n")
                    .arg(caption.toHtmlEscaped(), file.toHtmlEscaped());
    int index = 0;
    for (const ReportTable& t : tables) {
        const QString csvName = QStringLiteral("table-%1.csv").arg(++index);
        LECTOR_TRY(io::writeFileAtomically(QDir(dir).filePath(csvName), t.toCsv().toUtf8()));
        html += QStringLiteral("<h2>%1</h2>\n<p><a href=\"%2\">CSV</a></p>\n<table><tr>")
                    .arg(t.title.toHtmlEscaped(), csvName);
        for (const QString& c : t.headerLabels())
            html += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</tr>\n");
        for (const QStringList& r : t.rows) {
            html += QStringLiteral("<tr>");
            for (const QString& c : r)
                html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return io::writeFileAtomically(QDir(dir).filePath(QStringLiteral("index.html")), html.toUtf8());
}

} // namespace lector
