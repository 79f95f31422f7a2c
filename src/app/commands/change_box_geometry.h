// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "commands/change_annotations.h"

namespace lector {

/// Moves, resizes, rotates or reshapes regions. Commands of the same gesture (a non-zero `gesture` number
/// the tool keeps while one drag, one run of nudges or one run of rotation steps lasts) merge into one undo entry.
class ChangeBoxGeometry : public ChangeAnnotations {
public:
    ChangeBoxGeometry(LabelDocument* document, const std::vector<AnnotationId>& ids,
        const std::vector<Polygon>& polygons, int gesture = 0, QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_gesture;
};

} // namespace lector
