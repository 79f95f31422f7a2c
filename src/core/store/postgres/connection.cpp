// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "store/postgres/connection.h"

#include <lector/core/tr.h>

#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

#include <poll.h>

namespace lector::postgres {

std::string numberedPlaceholders(const std::string& sql, int* count, std::vector<bool>* used)
{
    std::vector<bool> named;
    std::string out;
    out.reserve(sql.size() + 16);
    int highest = 0; // a bare `?` is one more than the highest number so far, as SQLite numbers them
    const std::size_t n = sql.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            // A literal or a quoted identifier, its doubled quotes included, copied as it is.
            const std::size_t start = i;
            for (++i; i < n; ++i) {
                if (sql[i] == c) {
                    if (i + 1 < n && sql[i + 1] == c)
                        ++i;
                    else
                        break;
                }
            }
            out.append(sql, start, i - start + (i < n ? 1 : 0));
            continue;
        }
        if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string::npos ? n : end;
            out.append(sql, i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            const std::size_t end = sql.find("*/", i + 2);
            const std::size_t stop = end == std::string::npos ? n : end + 2;
            out.append(sql, i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c != '?') {
            out.push_back(c);
            continue;
        }
        int number = 0;
        std::size_t j = i + 1;
        while (j < n && sql[j] >= '0' && sql[j] <= '9') {
            number = number * 10 + (sql[j] - '0');
            ++j;
        }
        if (j == i + 1)
            number = highest + 1;
        highest = std::max(highest, number);
        if (number > 0) {
            if (named.size() < std::size_t(number))
                named.resize(std::size_t(number));
            named[std::size_t(number - 1)] = true;
        }
        out.push_back('$');
        out.append(std::to_string(number));
        i = j - 1;
    }
    if (count)
        *count = highest;
    if (used) {
        named.resize(std::size_t(highest));
        *used = std::move(named);
    }
    return out;
}

QString withoutPassword(const QString& conninfo)
{
    if (conninfo.startsWith(QStringLiteral("postgresql://")) || conninfo.startsWith(QStringLiteral("postgres://"))) {
        QUrl url(conninfo);
        url.setPassword(QString());
        QString shown = url.toString();
        // And a password given as a parameter.
        static const QRegularExpression parameter(QStringLiteral("([?&])password=[^&]*&?"));
        shown.replace(parameter, QStringLiteral("\\1"));
        if (shown.endsWith(QLatin1Char('?')) || shown.endsWith(QLatin1Char('&')))
            shown.chop(1);
        return shown;
    }
    static const QRegularExpression keyword(QStringLiteral("\\s*password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)"));
    return conninfo.trimmed().replace(keyword, QString());
}

namespace {

// Result codes from SQLSTATE classes that callers act on.
ErrorCode codeOf(const char* state)
{
    if (!state)
        return ErrorCode::Database;
    const std::string s(state);
    if (s == "40001" || s == "40P01" || s == "55P03")
        return ErrorCode::Locked; // serialization failure, deadlock, lock not available
    if (s == "42501" || s == "25006")
        return ErrorCode::ReadOnly; // insufficient privilege, read-only transaction
    return ErrorCode::Database;
}

class Statement final : public db::Statement {
public:
    Statement(Connection& db, std::string sql, std::string numbered, std::vector<unsigned int> types, std::string name,
        int parameters, bool streams = false)
        : m_db(db)
        , m_sql(std::move(sql))
        , m_numbered(std::move(numbered))
        , m_types(std::move(types))
        , m_name(std::move(name))
        , m_session(db.session())
        , m_values(std::size_t(parameters))
        , m_null(std::size_t(parameters), 1)
        , m_streams(streams)
    {
    }
    ~Statement() override
    {
        clear();
        // The server forgets the prepared statement with the session; a long session that drops many owned ones
        // deallocates them here (not when the session itself ends).
        if (!m_db.closing() && m_session == m_db.session() && PQstatus(m_db.handle()) == CONNECTION_OK
            && PQtransactionStatus(m_db.handle()) == PQTRANS_IDLE) {
            const std::string sql = "DEALLOCATE \"" + m_name + "\"";
            PQclear(PQexec(m_db.handle(), sql.c_str()));
        }
    }

    void reset() override
    {
        clear();
        std::fill(m_null.begin(), m_null.end(), 1);
        m_bindError.clear();
    }
    db::Statement& bind(int index, std::int64_t value) override { return set(index, std::to_string(value)); }
    db::Statement& bind(int index, double value) override
    {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", value);
        return set(index, text);
    }
    db::Statement& bind(int index, const QString& value) override { return set(index, value.toStdString()); }
    db::Statement& bind(int index, std::string_view utf8) override { return set(index, std::string(utf8)); }
    db::Statement& bindNull(int index) override
    {
        if (index < 1 || index > int(m_values.size())) {
            m_bindError = "no parameter " + std::to_string(index);
            return *this;
        }
        m_null[std::size_t(index - 1)] = 1;
        return *this;
    }

    Result<bool> step() override
    {
        if (!m_result) {
            if (!m_bindError.empty())
                return LECTOR_ERROR(ErrorCode::Internal, Core::tr("cannot bind a value"))
                    .at(m_db.path())
                    .withDetail(QString::fromStdString(m_bindError + " in: " + m_sql));
            if (m_streams && PQtransactionStatus(m_db.handle()) == PQTRANS_INTRANS)
                LECTOR_TRY(declareCursor());
            else
                LECTOR_TRY(execute());
            m_row = -1;
        }
        ++m_row;
        if (m_row < PQntuples(m_result))
            return true;
        if (m_cursorOpen && PQntuples(m_result) == kFetchRows) {
            LECTOR_TRY(fetch());
            m_row = 0;
            if (PQntuples(m_result) > 0)
                return true;
        }
        clear(); // done: the next step runs it again
        return false;
    }

    /// Rows a cursor brings per round trip: a few hundred kilobytes of a large read, whatever its size.
    static constexpr int kFetchRows = 2000;

    Result<void> run() override
    {
        if (!m_bindError.empty())
            return LECTOR_ERROR(ErrorCode::Internal, Core::tr("cannot bind a value"))
                .at(m_db.path())
                .withDetail(QString::fromStdString(m_bindError + " in: " + m_sql));
        clear();
        LECTOR_TRY(execute());
        clear();
        return {};
    }

    std::int64_t columnInt64(int column) const override
    {
        const char* v = value(column);
        if (!v)
            return 0;
        if (v[0] == 't' && v[1] == '\0')
            return 1; // a boolean
        if (v[0] == 'f' && v[1] == '\0')
            return 0;
        return std::strtoll(v, nullptr, 10);
    }
    double columnDouble(int column) const override
    {
        const char* v = value(column);
        return v ? std::strtod(v, nullptr) : 0.0;
    }
    bool columnIsNull(int column) const override
    {
        return !m_result || m_row < 0 || PQgetisnull(m_result, m_row, column) != 0;
    }
    QString columnText(int column) const override
    {
        const char* v = value(column);
        return v ? QString::fromUtf8(v, PQgetlength(m_result, m_row, column)) : QString();
    }
    std::string_view columnUtf8(int column) const override
    {
        const char* v = value(column);
        return v ? std::string_view(v, std::size_t(PQgetlength(m_result, m_row, column))) : std::string_view();
    }

private:
    db::Statement& set(int index, std::string text)
    {
        if (index < 1 || index > int(m_values.size())) {
            m_bindError = "no parameter " + std::to_string(index);
            return *this;
        }
        m_values[std::size_t(index - 1)] = std::move(text);
        m_null[std::size_t(index - 1)] = 0;
        return *this;
    }

    const char* value(int column) const
    {
        if (!m_result || m_row < 0 || m_row >= PQntuples(m_result) || column >= PQnfields(m_result)
            || PQgetisnull(m_result, m_row, column))
            return nullptr;
        return PQgetvalue(m_result, m_row, column);
    }

    Result<void> execute()
    {
        std::vector<const char*> values(m_values.size());
        for (std::size_t k = 0; k < m_values.size(); ++k)
            values[k] = m_null[k] ? nullptr : m_values[k].c_str();
        ExecStatusType status = PGRES_FATAL_ERROR;
        // Twice at most: once more on a new session when the loss showed only now (libpq learns of it by trying).
        for (int attempt = 0; attempt < 2; ++attempt) {
            LECTOR_TRY(m_db.reconnectIfLost(false));
            if (m_session != m_db.session()) {
                // Prepared on a session the server no longer has (the connection was made again): prepared anew.
                LECTOR_TRY(m_db.prepareOnServer(m_name, m_numbered, m_types, m_sql));
                m_session = m_db.session();
            }
            m_result
                = PQexecPrepared(m_db.handle(), m_name.c_str(), int(values.size()), values.data(), nullptr, nullptr, 0);
            status = PQresultStatus(m_result);
            if (status != PGRES_FATAL_ERROR || attempt > 0 || !m_db.mayRunAgain(m_sql))
                break;
            clear();
        }
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            Error e = m_db.resultError(m_result, Core::tr("running a statement"), m_sql);
            clear();
            return e;
        }
        const char* tuples = PQcmdTuples(m_result);
        m_db.setChanges(tuples && *tuples ? std::atoi(tuples) : 0);
        return {};
    }

    void clear()
    {
        if (m_result)
            PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
        closeCursor();
    }

    // A read inside a transaction goes through a cursor (DECLARE … CURSOR FOR, then FETCH), so that a large one holds
    // kFetchRows rows in memory at a time instead of its whole result. The cursor ends with the transaction: a
    // statement stepped on after its transaction committed gets the server's error, not stale rows.
    std::string cursorName() const { return m_name + "_cursor"; }
    Result<void> declareCursor()
    {
        std::vector<const char*> values(m_values.size());
        for (std::size_t k = 0; k < m_values.size(); ++k)
            values[k] = m_null[k] ? nullptr : m_values[k].c_str();
        const std::string sql = "DECLARE " + cursorName() + " NO SCROLL CURSOR FOR " + m_numbered;
        pg_result* r = PQexecParams(
            m_db.handle(), sql.c_str(), int(values.size()), m_types.data(), values.data(), nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            Error e = m_db.resultError(r, Core::tr("running a statement"), m_sql);
            PQclear(r);
            return e;
        }
        PQclear(r);
        m_cursorOpen = true;
        return fetch();
    }
    Result<void> fetch()
    {
        if (m_result)
            PQclear(m_result);
        const std::string sql = "FETCH FORWARD " + std::to_string(kFetchRows) + " FROM " + cursorName();
        m_result = PQexec(m_db.handle(), sql.c_str());
        if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
            Error e = m_db.resultError(m_result, Core::tr("running a statement"), m_sql);
            PQclear(m_result);
            m_result = nullptr;
            m_cursorOpen = false;
            return e;
        }
        return {};
    }
    void closeCursor()
    {
        if (!m_cursorOpen)
            return;
        m_cursorOpen = false;
        // Closed with its transaction otherwise (committed, rolled back, or failed).
        if (!m_db.closing() && PQstatus(m_db.handle()) == CONNECTION_OK
            && PQtransactionStatus(m_db.handle()) == PQTRANS_INTRANS)
            PQclear(PQexec(m_db.handle(), ("CLOSE " + cursorName()).c_str()));
    }

    Connection& m_db;
    std::string m_sql;
    std::string m_numbered;
    std::vector<unsigned int> m_types;
    std::string m_name;
    int m_session;
    std::vector<std::string> m_values;
    std::vector<char> m_null;
    std::string m_bindError;
    pg_result* m_result = nullptr;
    int m_row = -1;
    bool m_streams = false; // a read of its own (prepareOwned): through a cursor inside a transaction
    bool m_cursorOpen = false;
};

} // namespace

Connection::Connection(pg_conn* conn, QString shown)
    : m_conn(conn)
    , m_shown(std::move(shown))
{
}

Connection::~Connection()
{
    m_closing = true;
    m_cache.clear(); // before the connection they were prepared on
    PQfinish(m_conn);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& conninfo)
{
    const QString shown = withoutPassword(conninfo);
    // A server that does not answer is given up on after kConnectTimeoutS (libpq would wait for the system's TCP
    // timeout, minutes), unless the string says otherwise: it comes after and overrides.
    // A link that goes silent under a statement (a network that drops, a host that dies) fails the statement after
    // kConnectTimeoutS too, instead of the system's retransmission timeout (a quarter of an hour); keepalives find
    // an idle connection gone within a minute.
    const QByteArray info = conninfo.toUtf8();
    const std::string timeout = std::to_string(kConnectTimeoutS);
    const std::string unacknowledged = std::to_string(kConnectTimeoutS * 1000);
    const char* keywords[] = { "connect_timeout", "tcp_user_timeout", "keepalives_idle", "keepalives_interval",
        "keepalives_count", "dbname", nullptr };
    const char* values[] = { timeout.c_str(), unacknowledged.c_str(), "30", "10", "3", info.constData(), nullptr };
    pg_conn* conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        return LECTOR_ERROR(ErrorCode::Database, Core::tr("cannot connect: out of memory")).at(shown);
    if (PQstatus(conn) != CONNECTION_OK) {
        QString reason = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        reason.replace(QLatin1Char('\n'), QStringLiteral("; "));
        PQfinish(conn);
        return LECTOR_ERROR(ErrorCode::Database, Core::tr("cannot connect to the server: %1").arg(reason)).at(shown);
    }
    PQsetClientEncoding(conn, "UTF8");
    std::unique_ptr<Connection> out(new Connection(conn, shown));
    // Notices (NOTICE: relation exists, skipping) are not errors and do not reach the user's terminal.
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    LECTOR_TRY(out->exec("SET lock_timeout = " + std::to_string(kDefaultLockWaitMs) + ";"));
    return out;
}

namespace {
// The store's write lock is keyed by "LECT" in ASCII and the project's schema, so that projects that share a
// database (one schema each) do not wait for each other.
constexpr int kWriteLockClass = 0x4C454354;
} // namespace

Result<void> Connection::beginWrite()
{
    // SQLite's BEGIN IMMEDIATE lets one writer at a time into the store, and the repositories count on it: several
    // look up, then insert (an annotator by name, the next guideline number, a model run). A transaction-scoped
    // advisory lock does the same here; PostgreSQL releases it at COMMIT or ROLLBACK, and when a client dies.
    // Readers are not held up: they take no such lock.
    return beginLocked("pg_advisory_xact_lock");
}

Result<void> Connection::beginEdit()
{
    // Label edits change rows by id and upsert states: row locks and ON CONFLICT keep two of them apart, so they
    // share the lock, and only an exclusive writer waits for them (and they for it).
    return beginLocked("pg_advisory_xact_lock_shared");
}

Result<void> Connection::beginLocked(const char* lockFunction)
{
    LECTOR_TRY(exec("BEGIN;"));
    auto locked = exec(std::string("SELECT ") + lockFunction + "(" + std::to_string(kWriteLockClass)
        + ", hashtext(current_schema()));");
    if (!locked) {
        (void)exec("ROLLBACK;");
        Error e = std::move(locked).error();
        if (e.code == ErrorCode::Locked)
            e.message = Core::tr("another member of the team is writing to the project; try again");
        return e;
    }
    return {};
}

bool Connection::inTransaction() const { return PQtransactionStatus(m_conn) != PQTRANS_IDLE; }

bool Connection::rowSecurityApplies(const std::string& table)
{
    if (auto it = m_rowSecurity.find(table); it != m_rowSecurity.end())
        return it->second;
    // The user and the policies do not change within a session; a failed question answers yes (the safe side).
    auto active = prepare("SELECT row_security_active(?)");
    bool applies = true;
    if (active) {
        (*active)->bind(1, std::string_view(table));
        auto row = (*active)->firstRow([&] { return std::string((*active)->columnUtf8(0)); });
        applies = !(row && *row && **row == "f");
    }
    m_rowSecurity.emplace(table, applies);
    return applies;
}

bool Connection::canCopyInto(const std::string& table)
{
    if (!rowSecurityApplies(table))
        return true;
    if (!m_mayStage) {
        auto temp = prepare("SELECT has_database_privilege(current_database(), 'TEMPORARY')");
        auto row = temp ? (*temp)->firstRow([&] { return std::string((*temp)->columnUtf8(0)); })
                        : Result<std::optional<std::string>>(std::optional<std::string>());
        m_mayStage = row && *row && **row == "t";
    }
    return *m_mayStage;
}

Result<void> Connection::copyIn(const std::string& table, const std::string& columns, std::string_view rows)
{
    const std::string sql = "COPY " + table + " (" + columns + ") FROM STDIN";
    pg_result* r = PQexec(m_conn, sql.c_str());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        Error e = resultError(r, Core::tr("copying rows"), sql);
        PQclear(r);
        return e;
    }
    PQclear(r);
    const bool sent = PQputCopyData(m_conn, rows.data(), int(rows.size())) == 1;
    const char* abandoned = sent ? nullptr : "the rows could not be sent";
    if (PQputCopyEnd(m_conn, abandoned) != 1 || !sent) {
        Error e = lastError(Core::tr("copying rows"));
        while ((r = PQgetResult(m_conn)))
            PQclear(r);
        return e;
    }
    Result<void> done;
    int changed = 0;
    while ((r = PQgetResult(m_conn))) {
        if (done && PQresultStatus(r) != PGRES_COMMAND_OK)
            done = resultError(r, Core::tr("copying rows"), sql);
        else if (done)
            changed = std::atoi(PQcmdTuples(r));
        PQclear(r);
    }
    m_changes = changed;
    return done;
}

Result<void> Connection::copyRows(const std::string& table, const std::string& columns, std::string_view rows)
{
    if (!rowSecurityApplies(table))
        return copyIn(table, columns, rows);
    // PostgreSQL refuses COPY FROM into a table whose row-level security applies to the user. The rows go by COPY
    // into a temporary table of the same columns (the session's own, never seen by others) and from there by one
    // INSERT … SELECT, whose every row the policies check as they check any INSERT. In the order they were given.
    const std::string staging
        = "lector_staging_" + table + "_" + std::to_string(std::hash<std::string> {}(columns) % 1000000007U);
    LECTOR_TRY(exec("CREATE TEMPORARY TABLE IF NOT EXISTS " + staging + " AS SELECT " + columns + " FROM " + table
        + " WITH NO DATA; ALTER TABLE " + staging
        + " ADD COLUMN IF NOT EXISTS lector_row BIGINT GENERATED ALWAYS AS IDENTITY;"));
    LECTOR_TRY(copyIn(staging, columns, rows));
    return exec("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staging
        + " ORDER BY lector_row; TRUNCATE " + staging + ";");
}

Result<void> Connection::setReadOnly()
{
    LECTOR_TRY(exec("SET default_transaction_read_only = on;"));
    m_readOnly = true;
    return {};
}

bool Connection::mayRunAgain(const std::string& sql) const
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return false;
    std::size_t at = sql.find_first_not_of(" \t\n");
    const auto word = [&](const char* w) { return at != std::string::npos && sql.compare(at, std::strlen(w), w) == 0; };
    if (word("BEGIN"))
        return true;
    return !m_transactionOpen && (word("SELECT") || word("SHOW") || word("WITH"));
}

bool Connection::resetWithin(int ms)
{
    // PQreset would wait for connect_timeout; PQresetStart and PQresetPoll let the wait be ours. Given up on, the
    // connection stays lost and the next attempt starts afresh.
    if (!PQresetStart(m_conn))
        return false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING; // as libpq says to begin
    for (;;) {
        if (status == PGRES_POLLING_OK)
            return true;
        if (status == PGRES_POLLING_FAILED)
            return false;
        const int fd = PQsocket(m_conn);
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now())
                  .count();
        if (fd < 0 || left <= 0)
            return false;
        pollfd wait { fd, short(status == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0 };
        const int ready = ::poll(&wait, 1, int(left));
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready > 0)
            status = PQresetPoll(m_conn);
    }
}

Result<void> Connection::reconnectIfLost(bool startsTransaction)
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return {};
    if (m_transactionOpen && !startsTransaction)
        return LECTOR_ERROR(ErrorCode::Database,
            Core::tr("the connection to the server was lost during a transaction: nothing of it was written"))
            .at(m_shown);
    m_transactionOpen = false;
    if (!resetWithin(kReconnectWaitMs)) {
        QString reason = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        if (reason.isEmpty())
            reason = Core::tr("the server did not answer within %1 s").arg(kReconnectWaitMs / 1000.0);
        reason.replace(QLatin1Char('\n'), QStringLiteral("; "));
        return LECTOR_ERROR(ErrorCode::Database, Core::tr("the connection to the server is lost: %1").arg(reason))
            .at(m_shown);
    }
    ++m_session;
    PQsetClientEncoding(m_conn, "UTF8");
    for (const std::string& setting : m_sessionSettings) {
        pg_result* r = PQexec(m_conn, setting.c_str());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        Error e = ok ? Error {} : resultError(r, Core::tr("setting up the session again"), setting);
        PQclear(r);
        if (!ok)
            return e;
    }
    return {};
}

Result<void> Connection::exec(const std::string& sql)
{
    const auto startsWith = [&sql](const char* word) { return sql.rfind(word, 0) == 0; };
    const bool begins = startsWith("BEGIN");
    const bool ends = startsWith("COMMIT") || startsWith("ROLLBACK");
    if (!ends)
        LECTOR_TRY(reconnectIfLost(begins));
    pg_result* r = PQexec(m_conn, sql.c_str());
    ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_FATAL_ERROR && !ends && mayRunAgain(sql)) {
        // The loss showed only now (libpq learns of it by trying): once more on a new session.
        PQclear(r);
        LECTOR_TRY(reconnectIfLost(begins));
        r = PQexec(m_conn, sql.c_str());
        status = PQresultStatus(r);
    }
    if (ends)
        m_transactionOpen = false;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        Error e = resultError(r, Core::tr("running SQL"), sql);
        PQclear(r);
        return e;
    }
    if (begins)
        m_transactionOpen = true;
    else if (startsWith("SET ") && !startsWith("SET LOCAL") && !startsWith("SET TRANSACTION") && !m_transactionOpen) {
        // A session's setting, made again on the next session; a later SET of the same name replaces it.
        const std::string name = sql.substr(0, sql.find_first_of(" =", 4));
        m_sessionSettings.erase(
            std::remove_if(m_sessionSettings.begin(), m_sessionSettings.end(),
                [&](const std::string& s) { return s.substr(0, s.find_first_of(" =", 4)) == name; }),
            m_sessionSettings.end());
        m_sessionSettings.push_back(sql);
    }
    const char* tuples = PQcmdTuples(r);
    m_changes = tuples && *tuples ? std::atoi(tuples) : 0;
    PQclear(r);
    return {};
}

Result<void> Connection::listen(const std::string& channel)
{
    char* quoted = PQescapeIdentifier(m_conn, channel.c_str(), channel.size());
    if (!quoted)
        return lastError(Core::tr("quoting a channel name"));
    const std::string sql = std::string("LISTEN ") + quoted + ";";
    PQfreemem(quoted);
    return exec(sql);
}

Result<std::vector<Connection::Notice>> Connection::takeNotices()
{
    if (PQstatus(m_conn) != CONNECTION_OK || !PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
        return LECTOR_ERROR(ErrorCode::Database,
            Core::tr("the connection to the server was lost: %1")
                .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()))
            .at(m_shown);
    std::vector<Notice> out;
    while (PGnotify* n = PQnotifies(m_conn)) {
        out.push_back({ n->relname ? n->relname : "", n->extra ? n->extra : "", n->be_pid });
        PQfreemem(n);
    }
    return out;
}

std::string Connection::option(const char* keyword) const
{
    std::string value;
    PQconninfoOption* options = PQconninfo(m_conn);
    for (PQconninfoOption* o = options; o && o->keyword; ++o)
        if (std::strcmp(o->keyword, keyword) == 0 && o->val)
            value = o->val;
    PQconninfoFree(options);
    return value;
}

int Connection::socket() const { return PQsocket(m_conn); }

int Connection::backendPid() const { return PQbackendPID(m_conn); }

std::string Connection::nextStatementName() { return "lector_" + std::to_string(++m_statements); }

Result<std::unique_ptr<db::Statement>> Connection::prepareOwned(const std::string& sql)
{
    // A SELECT of its own is a large read's (the image-label cursor, exports, a copy's tables): it streams.
    const std::size_t first = sql.find_first_not_of(" \t\n");
    return makeStatement(sql, first != std::string::npos && sql.compare(first, 6, "SELECT") == 0);
}

Result<std::unique_ptr<db::Statement>> Connection::makeStatement(const std::string& sql, bool streams)
{
    int parameters = 0;
    std::vector<bool> used;
    const std::string numbered = numberedPlaceholders(sql, &parameters, &used);
    // The server infers each parameter's type from where the SQL uses it; one it does not use (SQLite lets a
    // statement skip ?1 and take ?2…) would have none, so it is declared text, and left unbound.
    std::vector<unsigned int> types(used.size());
    for (std::size_t k = 0; k < used.size(); ++k)
        types[k] = used[k] ? 0U : 25U; // 25: text's type OID
    const std::string name = nextStatementName();
    LECTOR_TRY(prepareOnServer(name, numbered, types, sql));
    return std::unique_ptr<db::Statement>(
        std::make_unique<Statement>(*this, sql, numbered, std::move(types), name, parameters, streams));
}

Result<void> Connection::prepareOnServer(const std::string& name, const std::string& numbered,
    const std::vector<unsigned int>& types, const std::string& sql)
{
    LECTOR_TRY(reconnectIfLost(false));
    pg_result* r = PQprepare(m_conn, name.c_str(), numbered.c_str(), int(types.size()), types.data());
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQstatus(m_conn) != CONNECTION_OK && !m_transactionOpen) {
        // The loss showed only now; preparing changes nothing, so it is tried once more on a new session.
        PQclear(r);
        LECTOR_TRY(reconnectIfLost(false));
        r = PQprepare(m_conn, name.c_str(), numbered.c_str(), int(types.size()), types.data());
    }
    const bool prepared = PQresultStatus(r) == PGRES_COMMAND_OK;
    Error e = prepared ? Error {} : resultError(r, Core::tr("preparing a statement"), sql);
    PQclear(r);
    if (!prepared)
        return e;
    return {};
}

Result<db::Statement*> Connection::prepare(const std::string& sql)
{
    const auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    auto made = makeStatement(sql, false); // the cache's are lookups: one round trip, their whole result
    if (!made)
        return std::move(made).error();
    db::Statement* statement = made->get();
    m_cache.emplace(sql, std::move(made).value());
    return statement;
}

Error Connection::resultError(const pg_result* result, const QString& what, const std::string& sql) const
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    Error e;
    e.code = codeOf(state);
    e.message = Core::tr("the server refused %1: %2").arg(what, message);
    e.path = m_shown;
    e.detail = QStringLiteral("SQLSTATE %1 in: %2")
                   .arg(QString::fromLatin1(state ? state : "?"), QString::fromStdString(sql));
    e.sourceFile = __FILE__;
    e.sourceLine = __LINE__;
    return e;
}

Error Connection::lastError(const QString& what) const
{
    Error e;
    e.code = ErrorCode::Database;
    e.message = Core::tr("%1 failed: %2").arg(what, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    e.path = m_shown;
    e.sourceFile = __FILE__;
    e.sourceLine = __LINE__;
    return e;
}

} // namespace lector::postgres
