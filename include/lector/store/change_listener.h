// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>

#include <memory>
#include <vector>

namespace lector {

class ProjectStore;

namespace postgres {
class Connection;
}

/// What another session changed in a server project, as its listeners hear it: which kind of rows, of which
/// image. Only that: what the listener may read of the rows is still up to the server's policies.
struct StoreChange {
    enum class Kind {
        Labels, // annotations added, changed or removed (a settlement's consensus too)
        States, // someone's to do / in progress / done of an image
        Conflicts, // found, settled or reopened
        Queues, // label queues assigned or cleared
        Guideline, // a version published or withdrawn
    };
    Kind kind = Kind::Labels;
    ImageId image = 0; // 0: not about one image (the guideline)

    bool operator==(const StoreChange& o) const { return kind == o.kind && image == o.image; }
};

/// The kind's name as the CLI prints it (labels, states, conflicts, queues, guideline).
QString storeChangeKindName(StoreChange::Kind kind);

/// Listens to a server project's change notices (the triggers of migration 0015 NOTIFY on "lector:<schema>") on
/// a connection of its own, so that waiting never holds up the store's. Wait until socket() is readable (a
/// QSocketNotifier in the app), then take(). What the store it was opened from wrote itself is not reported: that
/// session announces its own changes.
class ChangeListener {
public:
    /// InvalidArgument for a project file (a file has no other sessions to hear from); the connection's error when
    /// the server cannot be reached.
    static Result<std::unique_ptr<ChangeListener>> open(const ProjectStore& store);
    /// A listener for the store's project that has not connected yet (reconnect() does): made without waiting for
    /// the network, so that connecting can happen on another thread. InvalidArgument for a project file.
    static Result<std::unique_ptr<ChangeListener>> prepare(const ProjectStore& store);
    ~ChangeListener();
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    /// The socket to wait on (-1 once the connection is lost).
    int socket() const;
    /// The changes heard since the last call, in order, each once. Never blocks. An Error once the connection is
    /// lost: reconnect() then (what was missed meanwhile is not replayed: read the project again).
    Result<std::vector<StoreChange>> take();
    /// Blocks up to `timeoutMs` until a notice arrives (or the connection is lost); true when one did. For the CLI
    /// and tests; the app waits on socket() instead.
    bool wait(int timeoutMs);
    /// Connects (again) and listens; waits at most 10 s for a server that does not answer. Safe on any thread as
    /// long as one thread at a time uses the listener.
    Result<void> reconnect();
    /// The channel: "lector:" and the project's schema.
    const std::string& channel() const { return m_channel; }

private:
    ChangeListener() = default;
    Result<void> connect();

    QString m_location;
    std::string m_channel;
    int m_ignoredPid = 0; // the store's own session
    std::unique_ptr<postgres::Connection> m_connection;
};

} // namespace lector
