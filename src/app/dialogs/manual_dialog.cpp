// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "dialogs/manual_dialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

// The pages are resources of lector_app, a static library: registered when first needed (the linker would drop an
// initializer nothing names).
static void initManualResources() { Q_INIT_RESOURCE(manual); }

namespace lector {

QString ManualDialog::pageFor(const QLocale& locale)
{
    initManualResources();
    if (locale.language() == QLocale::Korean && QFile::exists(QStringLiteral(":/lector/manual/manual.ko.md")))
        return QStringLiteral("manual.ko.md");
    return QStringLiteral("manual.md");
}

ManualDialog::ManualDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manual"));
    setWindowTitle(tr("Lector Manual"));
    setAttribute(Qt::WA_DeleteOnClose);
    // Qt renders the Markdown itself (CommonMark with GitHub's tables); the screenshots resolve beside the page.
    // Links are followed here: one within the page scrolls to its heading (QTextBrowser would load the page again,
    // losing the headings' names), one to the web opens in the browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ManualDialog::follow);
    m_browser->setSearchPaths({ QStringLiteral(":/lector/manual") });
    m_browser->setSource(
        QUrl(QStringLiteral("qrc:/lector/manual/") + pageFor(QLocale())), QTextDocument::MarkdownResource);

    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        nameHeadings();
        fitImages();
    });
    nameHeadings();
    m_browser->viewport()->installEventFilter(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(960, 720);
}

void ManualDialog::follow(const QUrl& link)
{
    const QUrl page = m_browser->source();
    if (link.hasFragment() && (link.path().isEmpty() || link.adjusted(QUrl::RemoveFragment) == page)) {
        m_browser->scrollToAnchor(link.fragment());
        return;
    }
    if (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(link);
        return;
    }
    // Another page of docs/ is not compiled in: said instead of a blank page.
    m_browser->setToolTip(
        tr("%1 is in the docs folder of Lector's sources and in /usr/share/doc/lector.").arg(link.fileName()));
}

QString ManualDialog::slug(const QString& heading)
{
    // GitHub's rule, which the page's own links follow: lower case, letters, digits, hyphens and underscores kept,
    // spaces as hyphens, everything else dropped.
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

void ManualDialog::nameHeadings()
{
    // Qt's Markdown reader gives headings no names: each is named as GitHub names it, so that the contents' links
    // (#part-i-annotators) scroll to it.
    QTextDocument* doc = m_browser->document();
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty())
            continue;
        QTextCharFormat name;
        name.setAnchor(true);
        name.setAnchorNames({ slug(block.text()) });
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(name);
    }
}

bool ManualDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The page's width is the browser's viewport's, known only once the layout has placed it.
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

void ManualDialog::fitImages()
{
    // Screenshots are 1280 or 1920 pixels wide: each shown at most as wide as the page, its height in proportion.
    const int room = std::max(200, m_browser->viewport()->width() - 40);
    QTextDocument* doc = m_browser->document();
    struct Change {
        int position;
        int length;
        QTextImageFormat format;
    };
    std::vector<Change> changes; // made after the walk: changing a format can split or merge the fragments walked
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage pixels = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (pixels.isNull())
                continue;
            const double width = std::min<double>(pixels.width(), room);
            if (qFuzzyCompare(image.width(), width))
                continue;
            image.setWidth(width);
            image.setHeight(width * pixels.height() / pixels.width());
            changes.push_back({ fragment.position(), fragment.length(), image });
        }
    }
    QTextCursor cursor(doc);
    for (const Change& c : changes) {
        cursor.setPosition(c.position);
        cursor.setPosition(c.position + c.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(c.format);
    }
}

} // namespace lector
