// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lector::io {

/// How deep JSON may nest in a label file (arrays and objects): every format needs 6 levels at most. Deeper is an
/// error, not a stack overflow in a later copy of the value, nor a frame stack that grows with the file.
constexpr int kMaxJsonDepth = 64;

/// Streams a JSON document through nlohmann's SAX parser and keeps track of where each event is: the key
/// path (for messages such as "annotations[12].bbox") and the byte offset of the parser's read head (for
/// line numbers). Readers derive from it and override the on*() hooks. Why not a DOM: nlohmann::json takes
/// about ten times a file's size in memory, over 1 GB for a COCO file with a million annotations.
class JsonPathSax : public nlohmann::json_sax<nlohmann::json> {
public:
    /// A container being parsed: for an object the key of the value being read, for an array its index.
    struct Frame {
        bool isArray = false;
        std::string key;
        std::size_t index = 0;
        int tag = 0; // keyTag(key), so that hooks compare integers instead of strings
    };

    enum class Kind { Null, Bool, Integer, Float, String };
    /// A scalar value; `text` is set for strings only and is valid during the hook.
    struct Scalar {
        Kind kind = Kind::Null;
        bool boolean = false;
        std::int64_t integer = 0;
        double number = 0; // set for Integer and Float
        const std::string* text = nullptr;
        bool isNumber() const { return kind == Kind::Integer || kind == Kind::Float; }
    };

    /// Parses `size` bytes of UTF-8 JSON. `path` names the file in errors. A syntax error gives an Error at the
    /// line of the offending byte (computed from nlohmann's byte position); a hook that calls fail() gives
    /// that error.
    Result<void> parse(const char* data, std::size_t size, const QString& path);

    /// The 1-based line of the last non-blank byte at or before byte `offset` of the parsed data.
    int lineAt(std::size_t offset) const;

    // nlohmann::json_sax
    bool null() override;
    bool boolean(bool value) override;
    bool number_integer(std::int64_t value) override;
    bool number_unsigned(std::uint64_t value) override;
    bool number_float(double value, const std::string& text) override;
    bool string(std::string& value) override;
    bool binary(nlohmann::json::binary_t& value) override;
    bool start_object(std::size_t elements) override;
    bool key(std::string& value) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(
        std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& ex) override;

protected:
    /// A scalar at the position frames() describes (frames().back() is its container; empty for a bare value).
    virtual bool onScalar(const Scalar& value) = 0;
    /// A container was opened; frames().back() is it, frames()[size - 2] says where it sits.
    virtual bool onStartContainer() { return true; }
    /// A container is about to close; frames().back() is still it.
    virtual bool onEndContainer() { return true; }
    /// A number for an object key that hooks care about (0 for others); called once per key.
    virtual int keyTag(const std::string&) const { return 0; }

    const std::vector<Frame>& frames() const { return m_frames; }
    std::size_t depth() const { return m_frames.size(); }
    /// "annotations[12].bbox": the position of the value in frame `depth - 1` (all frames when -1).
    std::string pathString(std::size_t depth = std::size_t(-1)) const;
    /// The byte offset of the parser's read head; the current token ends at most one byte before it.
    std::size_t offset() const { return std::size_t(m_head - m_begin); }
    const QString& filePath() const { return m_path; }
    /// Stops the parse with `error` (its path and line are filled in when empty).
    bool fail(Error error);

private:
    struct CountingIterator;
    bool scalar(const Scalar& value);
    bool tooDeep();
    void advanceParent();

    std::vector<Frame> m_frames;
    const char* m_begin = nullptr;
    const char* m_end = nullptr;
    const char* m_head = nullptr;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace lector::io
