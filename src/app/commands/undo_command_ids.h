// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

namespace lector {

/// QUndoCommand::id() values of the commands that merge; one enum so that two never collide.
enum class UndoCommandId { ChangeBoxGeometry = 1, ChangeTranscription };

} // namespace lector
