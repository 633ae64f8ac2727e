// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QLineEdit;
class QWidget;

namespace checkstand {

// Recognises a barcode scanner wherever the keyboard focus is. A USB scanner is a keyboard
// that types a code much faster than a person can and ends it with Enter; when that happens in
// a field or dialog of `scope` (the Sale page and the dialogs it opens) other than the scan
// field itself, the code goes to scanned() instead: the characters it left in a text field are
// taken out again and its Enter never reaches a button. A person's typing is not delayed or
// changed in any way (keys pass through at once; only the Enter of a burst is caught).
class ScannerGuard : public QObject {
    Q_OBJECT
public:
    // `scope`: the widget whose fields and dialogs are guarded; `scanField` takes scans itself.
    ScannerGuard(QWidget* scope, QWidget* scanField, QObject* parent = nullptr);
    ~ScannerGuard() override;

    // A burst: keys on average at most kAverageGapMs apart (a scanner sends one every 1-20 ms, a
    // person types 80-250 ms apart), none more than kMaxGapMs apart (a busy machine may hold a
    // key or two back, a scanner never pauses longer).
    static constexpr qint64 kAverageGapMs = 35;
    static constexpr qint64 kMaxGapMs = 150;
    // Shortest code taken for a scan: a short fast burst ("12" + Enter) may be a person.
    static constexpr int kMinLength = 6;
    // A widget with this property set to true takes scans itself (they are typed into it).
    static constexpr const char* kAcceptsScans = "checkstandAcceptsScans";

Q_SIGNALS:
    // A scan that arrived outside the scan field.
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool inScope(QWidget* widget) const;
    void reset();

    const QEvent* m_lastEvent = nullptr; // only compared, never dereferenced
    QPointer<QWidget> m_lastReceiver;
    QPointer<QWidget> m_scope;
    QPointer<QWidget> m_scanField;
    QElapsedTimer m_clock;
    qint64 m_lastKeyMs = -1;
    qint64 m_firstKeyMs = -1; // of the burst
    QString m_burst;
    QPointer<QWidget> m_target; // where the burst's keys went
    QPointer<QLineEdit> m_edit; // the text field, to take the burst's characters out again
    QString m_textBefore;       // its text before the burst
    int m_cursorBefore = 0;
};

} // namespace checkstand
