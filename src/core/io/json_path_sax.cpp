// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "json_path_sax.h"

#include <lector/core/tr.h>

#include <algorithm>
#include <iterator>

namespace lector::io {

// nlohmann reads its input one byte at a time through an iterator pair and keeps its own position private;
// this iterator publishes the read head so that hooks can tell where they are without any per-byte counting.
struct JsonPathSax::CountingIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* p = nullptr;
    const char** head = nullptr;

    reference operator*() const { return *p; }
    CountingIterator& operator++()
    {
        *head = ++p;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    friend bool operator==(const CountingIterator& a, const CountingIterator& b) { return a.p == b.p; }
    friend bool operator!=(const CountingIterator& a, const CountingIterator& b) { return a.p != b.p; }
};

Result<void> JsonPathSax::parse(const char* data, std::size_t size, const QString& path)
{
    m_begin = data;
    m_end = data + size;
    m_head = data;
    m_path = path;
    m_frames.clear();
    m_error.reset();
    // A UTF-8 byte order mark is not JSON, but editors on Windows write one.
    const char* start = data;
    if (size >= 3 && std::equal(data, data + 3, "\xEF\xBB\xBF"))
        start += 3;
    CountingIterator first { start, &m_head };
    CountingIterator last { m_end, &m_head };
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(first, last, this);
    } catch (const std::exception& e) {
        // sax_parse reports through parse_error(); anything thrown is unexpected (e.g. bad_alloc).
        return LECTOR_ERROR(
            ErrorCode::Internal, Core::tr("cannot parse the JSON file: %1").arg(QString::fromUtf8(e.what())))
            .at(path);
    }
    if (m_error)
        return std::move(*m_error);
    if (!ok)
        return LECTOR_ERROR(ErrorCode::Parse, Core::tr("malformed JSON")).at(path);
    return {};
}

int JsonPathSax::lineAt(std::size_t pos) const
{
    const std::size_t size = std::size_t(m_end - m_begin);
    std::size_t i = std::min(pos, size);
    // Step back over blanks so that an error at the end of input names the last line with content.
    while (
        i > 0 && (m_begin[i - 1] == ' ' || m_begin[i - 1] == '\n' || m_begin[i - 1] == '\r' || m_begin[i - 1] == '\t'))
        --i;
    if (i > 0)
        --i; // the byte at i is the one to place
    return 1 + int(std::count(m_begin, m_begin + i, '\n'));
}

bool JsonPathSax::fail(Error error)
{
    if (error.path.isEmpty())
        error.path = m_path;
    if (error.line == 0)
        error.line = lineAt(offset());
    m_error = std::move(error);
    return false;
}

std::string JsonPathSax::pathString(std::size_t depth) const
{
    std::string out;
    const std::size_t n = std::min(depth, m_frames.size());
    for (std::size_t i = 0; i < n; ++i) {
        const Frame& f = m_frames[i];
        if (f.isArray) {
            out += '[';
            out += std::to_string(f.index);
            out += ']';
        } else {
            if (!out.empty())
                out += '.';
            out += f.key;
        }
    }
    return out;
}

void JsonPathSax::advanceParent()
{
    if (!m_frames.empty() && m_frames.back().isArray)
        ++m_frames.back().index;
}

bool JsonPathSax::scalar(const Scalar& value)
{
    const bool ok = onScalar(value);
    advanceParent();
    return ok;
}

bool JsonPathSax::null() { return scalar(Scalar {}); }

bool JsonPathSax::boolean(bool value)
{
    Scalar s;
    s.kind = Kind::Bool;
    s.boolean = value;
    return scalar(s);
}

bool JsonPathSax::number_integer(std::int64_t value)
{
    Scalar s;
    s.kind = Kind::Integer;
    s.integer = value;
    s.number = double(value);
    return scalar(s);
}

bool JsonPathSax::number_unsigned(std::uint64_t value)
{
    Scalar s;
    s.kind = Kind::Integer;
    s.integer = value > std::uint64_t(INT64_MAX) ? INT64_MAX : std::int64_t(value);
    s.number = double(value);
    return scalar(s);
}

bool JsonPathSax::number_float(double value, const std::string&)
{
    Scalar s;
    s.kind = Kind::Float;
    s.number = value;
    return scalar(s);
}

bool JsonPathSax::string(std::string& value)
{
    Scalar s;
    s.kind = Kind::String;
    s.text = &value;
    return scalar(s);
}

bool JsonPathSax::binary(nlohmann::json::binary_t&)
{
    // JSON text has no binary values; nlohmann only produces them for CBOR and the like.
    return scalar(Scalar {});
}

bool JsonPathSax::tooDeep()
{
    if (m_frames.size() < std::size_t(kMaxJsonDepth))
        return false;
    const std::string where = pathString();
    fail(LECTOR_ERROR(ErrorCode::Parse,
        Core::tr("malformed JSON at %1: nested deeper than %2 levels")
            .arg(QString::fromStdString(where))
            .arg(kMaxJsonDepth)));
    return true;
}

bool JsonPathSax::start_object(std::size_t)
{
    if (tooDeep())
        return false;
    m_frames.push_back(Frame { false, {}, 0 });
    return onStartContainer();
}

bool JsonPathSax::key(std::string& value)
{
    Frame& f = m_frames.back();
    f.key = value;
    f.tag = keyTag(value);
    return true;
}

bool JsonPathSax::end_object()
{
    const bool ok = onEndContainer();
    m_frames.pop_back();
    advanceParent();
    return ok;
}

bool JsonPathSax::start_array(std::size_t)
{
    if (tooDeep())
        return false;
    m_frames.push_back(Frame { true, {}, 0 });
    return onStartContainer();
}

bool JsonPathSax::end_array() { return end_object(); }

bool JsonPathSax::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
{
    // nlohmann's message reads "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
    // error ..."; keep the part after the position, and compute the line ourselves from the byte position.
    // Numbers out of double range come as "[json.exception.out_of_range.406] number overflow ...".
    const std::string what = ex.what();
    std::string reason = what;
    const auto colon = what.find(": ");
    if (colon != std::string::npos)
        reason = what.substr(colon + 2);
    else if (what.rfind("[json.exception.", 0) == 0 && what.find("] ") != std::string::npos)
        reason = what.substr(what.find("] ") + 2);
    // The path is still that of the value being read: "annotations[3].bbox[1]" helps find the line in an editor.
    const std::string where = pathString();
    const QString message = where.empty()
        ? Core::tr("malformed JSON: %1").arg(QString::fromStdString(reason))
        : Core::tr("malformed JSON at %1: %2").arg(QString::fromStdString(where), QString::fromStdString(reason));
    Error e = LECTOR_ERROR(ErrorCode::Parse, message).withDetail(QString::fromStdString(what));
    // position counts bytes read, the bad one included; the BOM, if any, was skipped before parsing.
    const std::size_t bom = (m_end - m_begin >= 3 && std::equal(m_begin, m_begin + 3, "\xEF\xBB\xBF")) ? 3 : 0;
    e.path = m_path;
    e.line = lineAt(position + bom);
    m_error = std::move(e);
    return false;
}

} // namespace lector::io
