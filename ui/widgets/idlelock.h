// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace checkstand {

class AppSettings;

// Locks the till after settingskey::idleLockMinutes minutes without a key press or a mouse
// click anywhere in the application (an event filter on the application restarts a timer);
// 0 minutes: never by itself. The setting is read again whenever it changes. It counts only
// while armed (someone is signed in).
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(AppSettings& settings, QObject* parent = nullptr);
    ~IdleLock() override;

    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    // From the settings; 0 when the till never locks by itself.
    int minutes() const;
    // Running while armed with a number of minutes.
    QTimer* timer() const { return m_timer; }
    // For tests: how long one of the setting's minutes lasts (60 s), so an idle lock is
    // tested in milliseconds.
    void setMinuteLength(std::chrono::milliseconds length);

Q_SIGNALS:
    // Nobody pressed a key or clicked for the set time.
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();

    AppSettings& m_settings;
    QTimer* m_timer;
    bool m_armed = false;
    std::chrono::milliseconds m_minute{std::chrono::minutes(1)};
};

} // namespace checkstand
