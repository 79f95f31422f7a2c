// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lector {

enum class ErrorCode {
    InvalidArgument, // the caller (or the user on the command line) asked for something impossible
    NotFound, // a file, image, annotator or run that does not exist
    Io, // reading or writing a file failed
    Parse, // a file's content is malformed
    Decode, // an image that does not decode
    Database, // SQLite reported an error
    Locked, // the store is locked by another writer
    ReadOnly, // the store cannot be written (no write permission for the file or its folder); it opens read-only
    Corrupt, // the project file is damaged or is not an SQLite database at all
    SchemaTooNew, // the store was written by a newer Lector
    Stale, // a row changed since it was read (another member's edit): nothing was written
    Exists, // what was to be made is there already (a project in the schema or file asked for)
    Canceled, // the user canceled a long task
    Internal, // a bug: should never reach a user
};

/// A failure that crosses a lectorcore API. `path` and `line` locate the bad data (annotation file, CSV
/// line, JSON record) so that a user can find it; `message` is a sentence for the user, `detail` for the log.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString path;
    int line = 0;
    QString detail;
    const char* sourceFile = nullptr;
    int sourceLine = 0;

    /// "path:line: message" (parts that are unknown left out); what the CLI prints and the GUI shows.
    QString toString() const;
    /// True for errors caused by the input or the environment rather than by a bug in Lector.
    bool isUserError() const { return code != ErrorCode::Internal; }

    Error&& at(QString p, int l = 0) &&
    {
        path = std::move(p);
        line = l;
        return std::move(*this);
    }
    Error&& withDetail(QString d) &&
    {
        detail = std::move(d);
        return std::move(*this);
    }
};

/// `text` with its control characters (C0, DEL, C1, U+2028/2029) written as \n, \r, \t, \xHH or \uHHHH.
QString escapeControlCharacters(const QString& text);

Error makeError(ErrorCode code, QString message, const char* file, int line);

/// "path:line: message", leaving out the parts that are unknown; how errors and warnings name their place. Control
/// characters in the path and the message are escaped (escapeControlCharacters): the result is always one line.
QString locatedMessage(const QString& path, int line, const QString& message);

/// Builds an Error and records where in Lector's source it was made, for the log.
#define LECTOR_ERROR(code, msg) ::lector::makeError((code), (msg), __FILE__, __LINE__)

/// A value or an Error. Mirrors the part of std::expected we need, so that a later switch is a rename.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    /// Of a temporary, the value itself: `for (auto& x : *store.list())` then iterates a value that lives through
    /// the loop instead of a reference into the destroyed Result.
    T operator*() && { return std::move(*this).value(); }

    const Error& error() const& { return std::get<1>(m_data); }
    Error&& error() && { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    void value() const { }

    const Error& error() const& { return *m_error; }
    Error&& error() && { return std::move(*m_error); }

private:
    std::optional<Error> m_error;
};

} // namespace lector

/// Returns the error of a failed Result from the enclosing function.
#define LECTOR_TRY(expr)                                                                                               \
    do {                                                                                                               \
        auto&& lectorTryResult_ = (expr);                                                                              \
        if (!lectorTryResult_)                                                                                         \
            return std::move(lectorTryResult_).error();                                                                \
    } while (false)
