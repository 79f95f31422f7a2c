// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/change_box_geometry.h"

#include "commands/undo_command_ids.h"

#include <QCoreApplication>

namespace lector {

ChangeBoxGeometry::ChangeBoxGeometry(LabelDocument* document, const std::vector<AnnotationId>& ids,
    const std::vector<Polygon>& polygons, int gesture, QUndoCommand* parent)
    : ChangeAnnotations(document, ids, QCoreApplication::translate("Undo", "Change Box Geometry"), parent)
    , m_gesture(gesture)
{
    Q_ASSERT(polygons.size() == ids.size());
    for (size_t i = 0; i < m_after.size() && i < polygons.size(); ++i)
        m_after[i].region.polygon = polygons[i];
}

int ChangeBoxGeometry::id() const { return static_cast<int>(UndoCommandId::ChangeBoxGeometry); }

bool ChangeBoxGeometry::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const ChangeBoxGeometry*>(other);
    if (m_gesture == 0 || o->m_gesture != m_gesture)
        return false;
    return absorb(*o);
}

} // namespace lector
