// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/ocr/autolabel.h>
#include <lector/ocr/ocr_engine.h>
#include <lector/ocr/promote_predictions.h>
#include <lector/store/edit_provenance.h>
#include <lector/store/types.h>

#include <QObject>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QWidget;

namespace lector {

class CanvasController;
class ProjectSession;

/// The OCR engine in the IDE: pre-labeling runs over the project or a selection (a job of the session's runner,
/// whose progress, time left and Cancel the status bar shows), promotion of a run's predictions to pre-labels (a
/// step of the project's history), and re-reading the text of boxes on the canvas (a step of the canvas's), which
/// never overwrites what a person typed without asking (rereadOutcome). Owns one engine for re-reading, made on
/// first use and reused.
class OcrController : public QObject {
    Q_OBJECT
public:
    using PersonTextPolicy = lector::PersonTextPolicy;

    OcrController(ProjectSession* session, CanvasController* canvas, QWidget* dialogParent);
    ~OcrController() override;

    /// Language and page segmentation mode of the last run (kept in QSettings), used for re-reading too.
    OcrSettings settings() const;
    void setSettings(const OcrSettings& settings);
    void setPersonTextPolicy(PersonTextPolicy policy) { m_policy = policy; }
    /// When a canceled run has finished images: keep them (true) or remove the run (false). Unset: ask when
    /// interactive, else keep.
    void setKeepCanceledRuns(std::optional<bool> keep) { m_keepCanceled = keep; }

    /// Asks for the engine, language, mode and scope, then runs. `listed` are the images the browser lists now.
    void prelabelDialog(const std::vector<ImageId>& listed, ImageId current);
    /// Starts a pre-labeling run on a worker with its own store connection; runFinished (or runFailed) follows.
    /// Interactive: questions (keep a canceled run?) in message boxes. False when a run is under way already or no
    /// project is open.
    bool startRun(const AutolabelOptions& options, bool interactive = true);
    /// startRun(), then promote() the run's words at `minConfidence` (also the run's acceptThreshold) when it
    /// finished with images read: "make the words my pre-labels" of the dialog.
    bool startRunAndPromote(AutolabelOptions options, double minConfidence, bool interactive = true);
    bool isRunning() const;
    /// Cancels the run under way.
    void cancelRun();

    /// Promotes a run's predictions to `annotator`'s pre-labels (see promotePredictions) on a worker, editing paused
    /// meanwhile; the promotion becomes one step of the project's history (undo removes exactly what it added).
    /// promoted or promotionFailed follows. Interactive: the outcome in a message box that does not block, which
    /// says how many words were below the threshold and offers "Show them" (promotes them too, one more undo step).
    /// False when no project is open or a promotion is under way.
    bool promote(const PromoteOptions& options, bool interactive = true);
    bool isPromoting() const;
    void promoteDialog();

    /// Re-reads the text of my selected boxes (or every box of mine on the image) with the engine, on a worker;
    /// recognitionFinished follows. Labels whose text a person typed are overwritten only as the policy says.
    void rerecognize(bool allOnImage);

signals:
    void runFinished(const lector::AutolabelSummary& summary, const QString& message);
    void runFailed(const QString& message);
    void promoted(const lector::PromoteSummary& summary);
    void promotionFailed(const QString& message);
    /// `changed` texts written, `kept` left as a person typed them, `unchanged` read the same.
    void recognitionFinished(int changed, int kept, int unchanged, const QString& message);

private:
    void showPromotion(const PromoteOptions& options, const PromoteSummary& summary);
    /// Replace (true) or Keep a text a person typed or imported: asked in a message box, Keep by default.
    bool askReplace(int count);
    void runEnded(lector::Result<AutolabelSummary> summary, bool interactive);

    ProjectSession* m_session;
    CanvasController* m_canvas;
    QWidget* m_parent;
    PersonTextPolicy m_policy = PersonTextPolicy::Ask;
    std::optional<bool> m_keepCanceled;
    // Re-reading: one engine, used by one worker at a time.
    std::shared_ptr<std::mutex> m_engineMutex;
    std::shared_ptr<std::unique_ptr<OcrEngine>> m_engine;
};

} // namespace lector
