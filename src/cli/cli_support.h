// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// What every lector-cli verb shares: exit codes, error printing, progress on stderr, and the verb table. Each verb
// is one file, src/cli/<verb>_verb.cpp, that registers itself with a static VerbRegistrar; main.cpp only dispatches.
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/image/image_probe.h>
#include <lector/store/project_store.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <unistd.h>

namespace lector::cli {

/// The CLI's text for a user (help, errors, the sentences a verb prints) goes through Cli::tr(): lupdate files it
/// under the context "Cli" of resources/translations/lector_<code>.ts, and main() installs the translation of the
/// system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) before a verb declares its options. What scripts read
/// (JSON keys, CSV and TSV columns, option names, exit codes) is never translated.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int kExitOk = 0;
constexpr int kExitUser = 1;
constexpr int kExitInternal = 2;

inline void printErr(const QString& line) { std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData()); }
inline void printOut(const QString& text) { std::fputs(text.toLocal8Bit().constData(), stdout); }

inline int fail(const Error& e)
{
    printErr(QStringLiteral("lector-cli: ") + e.toString());
    return e.isUserError() ? kExitUser : kExitInternal;
}

inline int usageError(const QString& message)
{
    printErr(QStringLiteral("lector-cli: ") + message);
    return kExitUser;
}

/// Progress on stderr, as a percentage that rewrites itself, only when stderr is a terminal.
class StderrProgress : public Progress {
public:
    explicit StderrProgress(QString what)
        : m_what(std::move(what))
        , m_tty(isatty(fileno(stderr)))
    {
    }
    ~StderrProgress() override
    {
        if (m_tty && m_lastPercent >= 0)
            std::fputs("\n", stderr);
    }
    void report(std::int64_t done, std::int64_t total) override
    {
        if (!m_tty || total <= 0)
            return;
        const int percent = static_cast<int>(100 * done / total);
        if (percent == m_lastPercent)
            return;
        m_lastPercent = percent;
        std::fprintf(stderr, "\r%s: %d%%", m_what.toLocal8Bit().constData(), percent);
        std::fflush(stderr);
    }
    bool isCanceled() const override { return false; }

private:
    QString m_what;
    bool m_tty;
    int m_lastPercent = -1;
};

struct Verb {
    /// One sentence, marked with QT_TRANSLATE_NOOP("Cli", …): registrars run before main() installs the translator,
    /// so it is translated where it is shown (summaryText()).
    const char* summary;
    /// Positional arguments after the verb, as shown in the help (every verb takes exactly one).
    QString arguments;
    std::function<void(QCommandLineParser&)> declare;
    std::function<int(QCommandLineParser&)> run;
    /// Empty for a QCoreApplication; a verb that needs Qt Gui (demo renders text) builds its own application here,
    /// before anything is parsed.
    std::function<std::unique_ptr<QCoreApplication>(int& argc, char** argv)> application = {};
    /// How many positional arguments follow the verb.
    int minArguments = 1;
    int maxArguments = 1;

    QString summaryText() const { return QCoreApplication::translate("Cli", summary); }
};

/// Every verb, by name (sorted: the top-level help lists them in this order). Filled before main() by the verbs'
/// VerbRegistrars. Why self-registration over a table: a verb is one file and nothing else names it. The linker
/// keeps every registrar because src/cli/CMakeLists.txt compiles the verb files straight into the executable; were
/// they moved into a static library, unreferenced verb objects would be dropped silently (make it an OBJECT library
/// instead). tests/cli/cli_help.sh fails if a src/cli/*_verb.cpp is missing from the top-level help.
inline std::map<QString, Verb>& registeredVerbs()
{
    static std::map<QString, Verb> verbs;
    return verbs;
}

struct VerbRegistrar {
    VerbRegistrar(const QString& name, Verb verb) { registeredVerbs()[name] = std::move(verb); }
};

/// How many terminal cells `c` takes: two for the wide East Asian letters (Hangul, CJK ideographs, kana, full-width
/// forms), none for a combining mark, one for the rest. A table of ranges of our own rather than wcwidth(3), which
/// depends on LC_CTYPE and answers -1 for every non-ASCII letter under LC_ALL=C.
inline int terminalWidth(char32_t c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1160 && c <= 0x11FF) || c == 0x200B || (c >= 0xFE00 && c <= 0xFE0F))
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

/// `text` padded with spaces to `width` terminal cells, as QString::arg's field width pads to characters: on the left
/// (right-aligned) for a positive width, on the right for a negative one; a longer text is kept whole. Keeps a
/// table's columns in line when a header or a name is Korean.
inline QString padded(const QString& text, int width)
{
    int cells = 0;
    for (const char32_t c : text.toUcs4())
        cells += terminalWidth(c);
    const int room = std::abs(width) - cells;
    if (room <= 0)
        return text;
    const QString fill(room, QLatin1Char(' '));
    return width > 0 ? fill + text : text + fill;
}

/// Adds an option to a verb's parser.
inline void addOption(QCommandLineParser& p, const QString& name, const QString& help, const QString& value = {})
{
    p.addOption(QCommandLineOption(name, help, value));
}

/// --image-root, which every verb takes (main.cpp sets it): where this workstation finds a server project's images.
inline QString& imageRootOption()
{
    static QString root;
    return root;
}

/// A server project's image root on this workstation: --image-root, else $LECTOR_IMAGE_ROOT, else the folder the
/// project recorded when it was pushed. A project file's images are found beside it, as always. Remembered for the
/// process, so that the worker threads' connections find them too.
inline Result<std::unique_ptr<ProjectStore>> withImageRoot(Result<std::unique_ptr<ProjectStore>> store)
{
    if (!store || !(*store)->isServer())
        return store;
    const QString root = imageRootOption().isEmpty() ? qEnvironmentVariable("LECTOR_IMAGE_ROOT") : imageRootOption();
    if (!root.isEmpty()) {
        ProjectStore::setWorkstationImageRoot((*store)->location(), root);
        (*store)->setImageRoot(root);
    }
    return store;
}

/// A project file or a server project (postgresql://…), opened to write.
inline Result<std::unique_ptr<ProjectStore>> openProject(const QString& path)
{
    return withImageRoot(ProjectStore::open(path));
}

/// For verbs that only read: a project that cannot be written (a read-only folder or medium) is opened read-only
/// instead of refused. Read-write first, so that an older schema is still migrated where it can be.
inline Result<std::unique_ptr<ProjectStore>> openProjectForReading(const QString& path)
{
    auto store = ProjectStore::open(path);
    if (store || store.error().code != ErrorCode::ReadOnly)
        return withImageRoot(std::move(store));
    return withImageRoot(ProjectStore::open(path, OpenMode::ReadOnly));
}

/// --max-megapixels, for verbs that decode images (import, check).
inline void declarePixelLimit(QCommandLineParser& p)
{
    addOption(p, QStringLiteral("max-megapixels"),
        Cli::tr("Refuse images of more megapixels (default %1, or $LECTOR_MAX_MEGAPIXELS; 0: no limit).")
            .arg(kDefaultImagePixelLimit / 1'000'000),
        QStringLiteral("n"));
}

/// Applies --max-megapixels; false (after printing a usage error) when its value is not a number of 0 or more.
inline bool applyPixelLimit(QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("max-megapixels")))
        return true;
    bool ok = false;
    const double megapixels = parser.value(QStringLiteral("max-megapixels")).toDouble(&ok);
    if (!ok || !(megapixels >= 0) || megapixels > 1e9) {
        usageError(Cli::tr("--max-megapixels takes a number of 0 or more"));
        return false;
    }
    setImagePixelLimit(std::llround(megapixels * 1e6));
    return true;
}

/// Refuses a name given to `option` that is not an annotator of the project: NotFound in one line naming it, the
/// project and its annotators (every verb refuses an annotator that does not exist, issue 14 §6).
inline Result<void> requireAnnotators(const ProjectStore& store, const QStringList& names, const QString& option)
{
    auto all = store.annotators();
    if (!all)
        return std::move(all).error();
    QStringList known;
    for (const Annotator& a : *all)
        known << a.name;
    for (const QString& name : names) {
        if (!known.contains(name))
            return LECTOR_ERROR(ErrorCode::NotFound,
                Cli::tr("%1: there is no annotator \"%2\" (annotators: %3)")
                    .arg(option, name, known.isEmpty() ? Cli::tr("none") : known.join(QStringLiteral(", "))))
                .at(store.path());
    }
    return {};
}

/// The same for a batch name (empty: no batch asked for).
inline Result<void> requireBatch(const ProjectStore& store, const QString& batch, const QString& option)
{
    if (batch.isEmpty())
        return {};
    auto all = store.batches();
    if (!all)
        return std::move(all).error();
    if (all->contains(batch))
        return {};
    QString list = all->isEmpty() ? Cli::tr("none") : all->mid(0, 8).join(QStringLiteral(", "));
    if (all->size() > 8)
        list += Cli::tr(", … (%1 in all)").arg(all->size());
    return LECTOR_ERROR(
        ErrorCode::NotFound, Cli::tr("%1: there is no batch \"%2\" (batches: %3)").arg(option, batch, list))
        .at(store.path());
}

/// The names given to --exclude (repeatable, comma separated).
inline QStringList excludedAnnotators(QCommandLineParser& parser)
{
    QStringList out;
    for (const QString& v : parser.values(QStringLiteral("exclude")))
        out << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return out;
}

} // namespace lector::cli
