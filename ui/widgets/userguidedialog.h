// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QListWidget;
class QTextBrowser;

namespace checkstand {

// The user guide (Help > User guide): the README's operator parts, shipped in the program as
// Markdown (resources/user-guide.md, ":/help/user-guide.md"), shown beside the console, not
// modal, with its sections listed on the left. A guide in the operator's language
// (":/help/user-guide_pt_BR.md", then "_pt") is taken when the program has one.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // Shows the window (again) and gives it the keyboard.
    void present();

    // False when the program was built without the guide; the window then says so.
    bool hasGuide() const { return m_hasGuide; }
    // The guide's headings, in order, as the document shows them (tests check the sections).
    QStringList headings() const;
    // Scrolls to the section titled `heading`; false when there is none.
    bool showSection(const QString& heading);

    QTextBrowser* browser() const { return m_browser; }

    // The resource the guide is read from for the current language ("" when there is none).
    static QString guideResource();

private:
    void load();

    QListWidget* m_contents;
    QTextBrowser* m_browser;
    bool m_hasGuide = false;
};

} // namespace checkstand
