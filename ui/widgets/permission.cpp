// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permission.h"

#include "operators/operatorsession.h"
#include "widgets/overridedialog.h"

#include <QCoreApplication>

namespace checkstand {

namespace {

// The consent to let one blocked sale through is the point of these two: it is always given
// with a PIN and a reason, and journalled, whoever is signed in.
bool alwaysAsked(Action action) {
    return action == Action::OverrideCheckerBlock || action == Action::OverrideUnconfirmedPrices;
}

} // namespace

QString Permission::words() const {
    if (!grant)
        return {};
    return u' ' + QCoreApplication::translate("checkstand::Permission", "Authorised by %1.")
                      .arg(grant->supervisor.name);
}

Permission askPermission(OperatorSession& session, Action action, QWidget* parent,
                         const QString& detail) {
    Permission p;
    const bool may = session.may(action);
    if (may && !alwaysAsked(action)) {
        p.granted = true;
        return p;
    }
    const QString own = may && session.current() ? session.current()->number : QString();
    p.grant = OverrideDialog::ask(session, action, detail, own, parent);
    p.granted = p.grant.has_value();
    return p;
}

bool requireAction(OperatorSession& session, Action action, QWidget* parent,
                   QString* authorisedBy) {
    const Permission p = askPermission(session, action, parent);
    if (authorisedBy)
        *authorisedBy = p.authorisedBy();
    return p.granted;
}

QString journalAction(OperatorSession& session, const char* kind, QJsonObject details,
                      const QString& authorisedBy) {
    if (!authorisedBy.isEmpty())
        details.insert(QStringLiteral("authorisedBy"), authorisedBy);
    if (session.journal(QString::fromLatin1(kind), details))
        return {};
    return u' ' + QCoreApplication::translate("checkstand::Permission",
                                              "It was not written to the audit journal: %1")
                      .arg(session.lastError().message);
}

} // namespace checkstand
