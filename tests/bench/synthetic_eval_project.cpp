// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "synthetic_eval_project.h"

#include <lector/store/project_store.h>

#include <sqlite3.h>

#include <cstdio>
#include <string>

namespace lector::bench {

void ImageMaker::make(int i, EvalImage& image)
{
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> jitter(0, 2.5);
    image.id = i + 1;
    if (i / 1000 != m_batchNumber) { // one shared copy of each batch name, as the store's cursor gives
        m_batchNumber = i / 1000;
        m_batch = QStringLiteral("batch-%1").arg(m_batchNumber, 2, 10, QLatin1Char('0'));
    }
    image.batch = m_batch;
    image.addedAt = 1'700'000'000'000 + i;
    image.width = i % 3 == 0 ? 1280 : 800;
    image.height = 1000;
    image.groundTruth.reserve(size_t(m_words));
    image.detections.reserve(size_t(m_words) + 4);
    // Words in lines of 5; about 2 % don't care; 5 % missed; 8 % of detections misread one character.
    for (int w = 0; w < m_words; ++w) {
        const double x = 20 + (w % 5) * 150 + unit(m_rng) * 20, y = 20 + (w / 5) * 40;
        const double width = 60 + unit(m_rng) * 60, height = 14 + unit(m_rng) * 18;
        Region truth;
        truth.polygon = Polygon::fromBox({ x, y, x + width, y + height });
        truth.text = m_vocabulary[int(unit(m_rng) * m_vocabulary.size()) % m_vocabulary.size()];
        if (unit(m_rng) < 0.02) {
            truth.text.clear();
            truth.flags = FlagDontCare;
        }
        if (unit(m_rng) >= 0.05) {
            Region det = truth;
            det.flags = FlagNone;
            det.text = truth.isDontCare() ? QStringLiteral("???") : truth.text;
            for (PointF& p : det.polygon.points) {
                p.x += jitter(m_rng);
                p.y += jitter(m_rng);
            }
            if (unit(m_rng) < 0.08 && !det.text.isEmpty())
                det.text[int(unit(m_rng) * det.text.size()) % det.text.size()] = QLatin1Char('x');
            det.confidence = 0.3 + 0.7 * unit(m_rng);
            image.detections.push_back(std::move(det));
        }
        image.groundTruth.push_back(std::move(truth));
    }
    for (int f = int(unit(m_rng) * 4); f > 0; --f) { // false positives
        const double x = unit(m_rng) * 700, y = 520 + unit(m_rng) * 400;
        Region fp;
        fp.polygon = Polygon::fromBox({ x, y, x + 50, y + 20 });
        fp.text = QStringLiteral("noise");
        fp.confidence = 0.6 * unit(m_rng);
        image.detections.push_back(std::move(fp));
    }
}

namespace {

bool check(int rc, sqlite3* db, const char* what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

} // namespace

bool generateEvalProject(const QString& path, int images, int words)
{
    AnnotatorId reference = 0;
    RunId run = 0;
    {
        auto store = ProjectStore::create(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return false;
        }
        auto a = (*store)->ensureAnnotator(QStringLiteral("reference"));
        auto r = (*store)->createRun(QStringLiteral("model"), QStringLiteral("bench"), QStringLiteral("{}"));
        if (!a || !r)
            return false;
        reference = *a;
        run = *r;
    }
    sqlite3* db = nullptr;
    if (!check(sqlite3_open(path.toUtf8().constData(), &db), db, "open"))
        return false;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *image = nullptr, *label = nullptr, *prediction = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO images (id, path, sha256, width, height, batch, split, added_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
        -1, &image, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO annotations (image_id, annotator_id, guideline_version, points, x_min, y_min, x_max, y_max, "
        "text, flags, script, source, created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, '', 'import', "
        "0, 0)",
        -1, &label, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO predictions (run_id, image_id, points, x_min, y_min, x_max, y_max, text, flags, script, "
        "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
        -1, &prediction, nullptr);
    ImageMaker maker(words);
    const auto bindRegion = [](sqlite3_stmt* s, int first, const Region& r) {
        const std::string points = r.polygon.toText();
        const BoxF b = r.polygon.boundingBox();
        const QByteArray text = r.text.toUtf8();
        sqlite3_bind_text(s, first, points.c_str(), int(points.size()), SQLITE_TRANSIENT);
        sqlite3_bind_double(s, first + 1, b.x0);
        sqlite3_bind_double(s, first + 2, b.y0);
        sqlite3_bind_double(s, first + 3, b.x1);
        sqlite3_bind_double(s, first + 4, b.y1);
        sqlite3_bind_text(s, first + 5, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(s, first + 6, r.flags);
    };
    for (int i = 0; i < images; ++i) {
        EvalImage e;
        maker.make(i, e);
        const std::string name = "img_" + std::to_string(e.id) + ".png";
        const QByteArray batch = e.batch.toUtf8();
        sqlite3_bind_int64(image, 1, e.id);
        sqlite3_bind_text(image, 2, name.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(image, 3, name.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(image, 4, e.width);
        sqlite3_bind_int(image, 5, e.height);
        sqlite3_bind_text(image, 6, batch.constData(), int(batch.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(image, 7, e.addedAt);
        if (!check(sqlite3_step(image), db, "insert image"))
            return false;
        sqlite3_reset(image);
        for (const Region& r : e.groundTruth) {
            sqlite3_bind_int64(label, 1, e.id);
            sqlite3_bind_int64(label, 2, reference);
            bindRegion(label, 3, r);
            if (!check(sqlite3_step(label), db, "insert label"))
                return false;
            sqlite3_reset(label);
        }
        for (const Region& r : e.detections) {
            sqlite3_bind_int64(prediction, 1, run);
            sqlite3_bind_int64(prediction, 2, e.id);
            bindRegion(prediction, 3, r);
            sqlite3_bind_double(prediction, 10, r.confidence);
            if (!check(sqlite3_step(prediction), db, "insert prediction"))
                return false;
            sqlite3_reset(prediction);
        }
    }
    sqlite3_finalize(image);
    sqlite3_finalize(label);
    sqlite3_finalize(prediction);
    const bool ok = check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
    return ok;
}

} // namespace lector::bench
