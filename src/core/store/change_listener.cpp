// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/change_listener.h>

#include <lector/core/tr.h>
#include <lector/store/project_store.h>

#include "store/postgres/connection.h"

#include <poll.h>

#include <algorithm>
#include <set>
#include <utility>

namespace lector {

QString storeChangeKindName(StoreChange::Kind kind)
{
    switch (kind) {
    case StoreChange::Kind::Labels:
        return QStringLiteral("labels");
    case StoreChange::Kind::States:
        return QStringLiteral("states");
    case StoreChange::Kind::Conflicts:
        return QStringLiteral("conflicts");
    case StoreChange::Kind::Queues:
        return QStringLiteral("queues");
    case StoreChange::Kind::Guideline:
        return QStringLiteral("guideline");
    }
    return {};
}

namespace {

/// A notice's payload ("<table> <image id or nothing>", migration 0015) as a change; nullopt for a table the IDE
/// does not show.
std::optional<StoreChange> parseNotice(const std::string& payload)
{
    const std::size_t space = payload.find(' ');
    const std::string table = payload.substr(0, space);
    StoreChange change;
    if (table == "annotations")
        change.kind = StoreChange::Kind::Labels;
    else if (table == "image_states")
        change.kind = StoreChange::Kind::States;
    else if (table == "conflicts")
        change.kind = StoreChange::Kind::Conflicts;
    else if (table == "label_queue")
        change.kind = StoreChange::Kind::Queues;
    else if (table == "guideline_versions")
        change.kind = StoreChange::Kind::Guideline;
    else
        return std::nullopt;
    if (space != std::string::npos && space + 1 < payload.size())
        change.image = std::strtoll(payload.c_str() + space + 1, nullptr, 10);
    return change;
}

} // namespace

Result<std::unique_ptr<ChangeListener>> ChangeListener::open(const ProjectStore& store)
{
    auto listener = prepare(store);
    if (!listener)
        return listener;
    LECTOR_TRY((*listener)->connect());
    return listener;
}

Result<std::unique_ptr<ChangeListener>> ChangeListener::prepare(const ProjectStore& store)
{
    auto* own = dynamic_cast<postgres::Connection*>(&store.database());
    if (!own)
        return LECTOR_ERROR(
            ErrorCode::InvalidArgument, Core::tr("only a server project has other sessions to listen to"))
            .at(store.path());
    std::unique_ptr<ChangeListener> listener(new ChangeListener);
    listener->m_location = store.location();
    listener->m_ignoredPid = own->backendPid();
    return listener;
}

ChangeListener::~ChangeListener() = default;

Result<void> ChangeListener::connect()
{
    m_connection.reset();
    auto connection = postgres::Connection::open(m_location);
    if (!connection)
        return std::move(connection).error();
    auto schema = (*connection)->prepare("SELECT current_schema()");
    if (!schema)
        return std::move(schema).error();
    auto name = (*schema)->firstRow([&] { return (*schema)->columnText(0); });
    if (!name)
        return std::move(name).error();
    if (!*name || (*name)->isEmpty())
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the project's schema does not exist on the server"))
            .at((*connection)->path());
    m_channel = "lector:" + (*name)->toStdString();
    LECTOR_TRY((*connection)->listen(m_channel));
    m_connection = std::move(connection).value();
    return {};
}

Result<void> ChangeListener::reconnect() { return connect(); }

int ChangeListener::socket() const { return m_connection ? m_connection->socket() : -1; }

Result<std::vector<StoreChange>> ChangeListener::take()
{
    if (!m_connection)
        return LECTOR_ERROR(ErrorCode::Database, Core::tr("not listening: the connection was lost")).at(m_location);
    auto notices = m_connection->takeNotices();
    if (!notices)
        return std::move(notices).error();
    std::vector<StoreChange> out;
    std::set<std::pair<int, ImageId>> seen;
    for (const postgres::Connection::Notice& n : *notices) {
        if (n.channel != m_channel || n.senderPid == m_ignoredPid)
            continue;
        auto change = parseNotice(n.payload);
        // Each once: a burst (another member's import) names an image many times over several transactions.
        if (change && seen.emplace(static_cast<int>(change->kind), change->image).second)
            out.push_back(*change);
    }
    return out;
}

bool ChangeListener::wait(int timeoutMs)
{
    const int fd = socket();
    if (fd < 0)
        return false;
    pollfd p { fd, POLLIN, 0 };
    return ::poll(&p, 1, std::max(0, timeoutMs)) > 0;
}

} // namespace lector
