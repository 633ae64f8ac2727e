// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace checkstand {

// What came of the last send: the tracking id, ready to copy into the order notes, or the
// failure in plain words.
class SendResultPanel : public QFrame {
    Q_OBJECT
public:
    explicit SendResultPanel(QWidget* parent = nullptr);

    void showSending();
    void showSent(const QString& trackingId, const QString& note = {});
    void showFailed(const QString& message);
    void clear();

    QPushButton* copyButton() const { return m_copy; }

private:
    void setMessage(const QString& text, bool isError);

    QLabel* m_message;
    QLineEdit* m_trackingId;
    QPushButton* m_copy;
};

} // namespace checkstand
