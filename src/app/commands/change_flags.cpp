// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/change_flags.h"

#include <QCoreApplication>

namespace lector {

ChangeFlags::ChangeFlags(
    LabelDocument* document, const std::vector<AnnotationId>& ids, std::uint32_t flag, bool on, QUndoCommand* parent)
    : ChangeAnnotations(document, ids, QCoreApplication::translate("Undo", "Change Flags"), parent)
{
    for (Annotation& a : m_after)
        a.region.flags = on ? (a.region.flags | flag) : (a.region.flags & ~flag);
}

} // namespace lector
