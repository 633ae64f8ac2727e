// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidedialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// resources/CMakeLists.txt puts resources/user-guide.md here.
const QString kGuideBase = QStringLiteral(":/help/user-guide");
const QString kSuffix = QStringLiteral(".md");

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_contents(new QListWidget)
    , m_browser(new QTextBrowser) {
    setObjectName(QStringLiteral("userGuideDialog"));
    setModal(false);
    setWindowTitle(tr("Checkstand user guide"));

    m_contents->setObjectName(QStringLiteral("userGuideContents"));
    m_contents->setAccessibleName(tr("Sections"));
    m_contents->setMaximumWidth(220);
    auto* contentsLabel = new QLabel(tr("&Sections"));
    contentsLabel->setBuddy(m_contents);

    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);

    auto* side = new QVBoxLayout;
    side->addWidget(contentsLabel);
    side->addWidget(m_contents, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(m_browser, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(760, 560);

    load();
    // Walking the list with the arrow keys walks the guide with it.
    connect(m_contents, &QListWidget::currentTextChanged, this,
            [this](const QString& heading) { showSection(heading); });
}

QString UserGuideDialog::guideResource() {
    // The language the program speaks (i18n::applyLanguage() sets the default locale), then
    // the language alone, then the English original.
    const QString name = QLocale().name();
    QStringList candidates;
    if (!name.isEmpty() && name != QLatin1String("C")) {
        candidates << kGuideBase + u'_' + name + kSuffix;
        if (const qsizetype cut = name.indexOf(u'_'); cut > 0)
            candidates << kGuideBase + u'_' + name.left(cut) + kSuffix;
    }
    candidates << kGuideBase + kSuffix;
    for (const QString& candidate : std::as_const(candidates)) {
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

void UserGuideDialog::load() {
    const QString path = guideResource();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_hasGuide = false;
        m_browser->setPlainText(tr("This copy of Checkstand was built without its user guide. "
                                   "The README that comes with Checkstand has the same text."));
        return;
    }
    m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    m_hasGuide = true;
    // The sections (level 2; level 1 is the guide's title) make the list on the left.
    const QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            m_contents->addItem(block.text());
    }
}

QStringList UserGuideDialog::headings() const {
    QStringList found;
    const QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            found.append(block.text());
    }
    return found;
}

bool UserGuideDialog::showSection(const QString& heading) {
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text() != heading)
            continue;
        m_browser->setTextCursor(QTextCursor(block));
        // The heading at the top of the view, not merely somewhere on it.
        const QRectF where = document->documentLayout()->blockBoundingRect(block);
        m_browser->verticalScrollBar()->setValue(static_cast<int>(where.top()));
        return true;
    }
    return false;
}

void UserGuideDialog::present() {
    show();
    raise();
    activateWindow();
    m_browser->setFocus(Qt::OtherFocusReason);
}

} // namespace checkstand
