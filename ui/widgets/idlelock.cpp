// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlelock.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace checkstand {

IdleLock::IdleLock(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_timer(new QTimer(this)) {
    m_timer->setObjectName(QStringLiteral("idleLockTimer"));
    m_timer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early (3 s of a minute) and reports its remaining time
    // rounded: the till should lock when the setting says, and the tests read remainingTime().
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    connect(&m_settings, &AppSettings::changed, this, [this](const QString& key) {
        if (key == settingskey::idleLockMinutes)
            apply();
    });
    // Every key and click of the application, whichever window or dialog it reaches.
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleLock::~IdleLock() {
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

int IdleLock::minutes() const {
    return qMax(0, m_settings.value(settingskey::idleLockMinutes).toInt());
}

void IdleLock::setArmed(bool armed) {
    m_armed = armed;
    apply();
}

void IdleLock::setMinuteLength(std::chrono::milliseconds length) {
    m_minute = length;
    apply();
}

void IdleLock::apply() {
    const int n = minutes();
    if (!m_armed || n == 0) {
        m_timer->stop();
        return;
    }
    m_timer->setInterval(m_minute * n);
    m_timer->start();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // One event reaches several objects on its way up; restarting once more is cheap.
        if (m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace checkstand
